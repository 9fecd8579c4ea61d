package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func main() {
	var i Incer = Counter{} // ERROR "cannot use Counter\{\} \(value of struct type Counter\) as Incer value in variable declaration: Counter does not implement Incer \(method Inc has pointer receiver\)"
	fmt.Println(i)
}
