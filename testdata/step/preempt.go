package main

import "fmt"

func spin(id int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s + id
}

func main() {
	done := make(chan int)
	go func() { done <- spin(1, 300000) }()
	r := spin(0, 300000)
	fmt.Println(r, <-done)
}
