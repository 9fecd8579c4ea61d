package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(start int) (func(int), func() int) {
	sum := start
	return func(x int) { sum += x }, func() int { return sum }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1())
	add, get := adder(10)
	add(5)
	add(-3)
	fmt.Println(get())
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
