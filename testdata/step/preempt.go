// step: --max-steps=5000000
package main

import "fmt"

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ { s += i % 7 }
	return s
}

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("the other goroutine runs while main is preempted")
		done <- true
	}()
	r := spin(2100000)
	fmt.Println(r)
	<-done
}
