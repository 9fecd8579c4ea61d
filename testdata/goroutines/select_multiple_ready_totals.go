package main

import "fmt"

// When several cases are ready select picks one at random, so the order is
// unpredictable, but the totals are not.
func main() {
	a := make(chan int, 50)
	b := make(chan int, 50)
	for i := 1; i <= 50; i++ {
		a <- 1
		b <- 2
	}
	countA, countB, sum := 0, 0, 0
	for i := 0; i < 100; i++ {
		select {
		case v := <-a:
			countA++
			sum += v
		case v := <-b:
			countB++
			sum += v
		}
	}
	fmt.Println("from a:", countA, "from b:", countB, "sum:", sum)
	fmt.Println("both drained:", len(a) == 0 && len(b) == 0)
}
