package main

func main() {
	ch := make(<-chan int)
	close(ch) // ERROR "invalid operation: cannot close receive-only channel ch \(variable of type <-chan int\)"
}
