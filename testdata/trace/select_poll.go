// trace: --gomaxprocs=1 --seed=3 --only=chan
package main

import "fmt"

// Both cases are ready: the poll order, drawn from the seed, decides.
func main() {
	a := make(chan int, 2)
	b := make(chan int, 2)
	a <- 1
	a <- 2
	b <- 10
	b <- 20
	sum := 0
	for i := 0; i < 4; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		}
	}
	fmt.Println(sum)
	select {
	case v := <-a:
		fmt.Println(v)
	default:
		fmt.Println("nothing ready")
	}
}
