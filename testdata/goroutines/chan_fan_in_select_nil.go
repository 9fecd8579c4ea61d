package main

import "fmt"

// Merging two channels with select: a closed input is set to nil so that
// its case is never chosen again; the loop ends when both are nil.
func count(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := count(1, 5), count(100, 103)
	sumA, sumB, n, closed := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed++
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				closed++
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println("inputs closed:", closed, "a == nil:", a == nil, "b == nil:", b == nil)
	fmt.Println("values:", n, "sumA:", sumA, "sumB:", sumB)
}
