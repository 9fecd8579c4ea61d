package main

import (
	"fmt"
	"os"
)

func find(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	}
	return "pos"
}

func mustPositive(n int) int {
	if n > 0 {
		return n
	}
	panic("not positive")
}

func loopForever() int {
	for {
	}
}

func selectForever(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}

func switchAll(n int) int {
	switch n {
	case 1:
		return 1
	default:
		return 0
	}
}

func gotoEnd(n int) int {
	if n > 0 {
		goto end
	}
	n = -n
end:
	return n
}

func main() {
	i, j, ok := find([][]int{{1, 2}, {3, 4}}, 4)
	fmt.Println(i, j, ok, classify(-3), mustPositive(2), switchAll(1), gotoEnd(-4))
	if len(os.Args) > 5 {
		loopForever()
		selectForever(nil)
	}
}
