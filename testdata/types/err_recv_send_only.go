package main

func produce(ch chan<- int) {
	v := <-ch // ERROR "invalid operation: cannot receive from send-only channel chan<- int ch \(variable of type chan<- int\)"
	_ = v
}

func main() {}
