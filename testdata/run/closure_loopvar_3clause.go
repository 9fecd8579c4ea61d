package main

import "fmt"

func main() {
	var fs []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() { fmt.Println(i, j) })
	}
	for _, f := range fs {
		f()
	}
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i += 100; return i })
	}
	fmt.Println(gs[0](), gs[0](), gs[1](), gs[2]())
	count := 0
	for i := 0; i < 5; i++ {
		defer_like := func() { count += i }
		defer_like()
	}
	fmt.Println(count)
	var arr [3]func() int
	for i := range arr {
		arr[i] = func() int { return i * i }
	}
	fmt.Println(arr[0](), arr[1](), arr[2]())
}
