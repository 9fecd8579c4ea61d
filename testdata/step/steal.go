// step: --gomaxprocs=2 --max-steps=5000000
package main

import "fmt"

// main is preempted to the global queue, where P1 finds it; when main
// blocks, P1 has nothing left to run and steals P0's runnext.
func main() {
	done := make(chan bool)
	go func() { done <- true }()
	n := 0
	for i := 0; i < 2100000; i++ { n += i % 7 }
	<-done
	fmt.Println(n)
}
