// trace: --gomaxprocs=1 --max-events=13
package main

import "fmt"

// A trace cut short still ends with a line saying so.
func main() {
	s := 0
	for i := 0; i < 100; i++ {
		s += i
	}
	fmt.Println(s)
}
