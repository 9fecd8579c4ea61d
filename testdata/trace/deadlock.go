// trace: --gomaxprocs=1 --only=sched,chan
package main

// Two goroutines wait on each other's channel; nothing can run.
func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	<-b
	a <- 1
}
