package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(d int) int { return c.n + d }

func main() {
	c := Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())
	f := Counter.Add
	fmt.Println(f(c, 10))
	g := (*Counter).Inc
	g(&c)
	fmt.Println(c.n)
	h := (*Counter).Get
	fmt.Println(h(&c))
	fmt.Printf("%T\n%T\n%T\n", f, g, get)
	methods := []func(){c.Inc, c.Inc, c.Inc}
	for _, m := range methods {
		m()
	}
	fmt.Println(c.n)
}
