package main

func consume(ch <-chan int) {
	ch <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int ch \(variable of type <-chan int\)"
}

func main() {
	consume(make(chan int))
}
