package main

func main() {
	ch := make(chan int, 1)
	ch <- "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in send"
}
