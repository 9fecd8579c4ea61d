// trace: --gomaxprocs=1 --only=alloc
package main

import "fmt"

// Each += builds a new string: short ones from the tiny allocator, longer
// ones from a size class; fmt boxes the final string header (16 B).
func main() {
	s := ""
	for i := 0; i < 4; i++ {
		s += "abcdef"
	}
	fmt.Println(s)
}
