package main

import "fmt"

func makeAdders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	for _, f := range makeAdders() {
		fmt.Print(f(10), " ")
	}
	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40))
	x := 1
	func() {
		x := 2
		_ = x
	}()
	defer func(v int) { fmt.Println("deferred", v, x) }(x)
	x = 5
}
