package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(done)
	}()
loop:
	for {
		select {
		case v := <-ch:
			if v == 1 {
				continue loop
			}
			fmt.Println(v)
		case <-done:
			break loop
		}
	}
	matrix := [][]int{{1, 2}, {3, 4}}
search:
	for _, row := range matrix {
		for _, v := range row {
			switch {
			case v == 3:
				break search
			case v == 1:
				continue
			}
			fmt.Println(v)
		}
	}
}
