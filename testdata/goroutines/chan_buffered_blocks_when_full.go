package main

import "fmt"

// The producer can run ahead by the buffer size only; the acks channel
// lets us observe that the third send waits for the consumer.
func main() {
	ch := make(chan int, 2)
	step := make(chan string)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
			step <- fmt.Sprintf("producer sent %d (len %d)", i, len(ch))
		}
		close(ch)
	}()
	fmt.Println(<-step)
	fmt.Println(<-step)
	select {
	case s := <-step:
		fmt.Println("unexpected:", s)
	default:
		fmt.Println("buffer full: third send not reported yet")
	}
	fmt.Println("main received", <-ch)
	fmt.Println(<-step)
	for v := range ch {
		fmt.Println("main received", v)
	}
}
