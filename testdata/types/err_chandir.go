package main

func main() {
	ch := make(<-chan int)
	ch <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int ch \(variable of type <-chan int\)"
	var s chan<- int
	<-s // ERROR "invalid operation: cannot receive from send-only channel chan<- int s \(variable of type chan<- int\)"
}
