package main

import "fmt"

type counter struct{ n int }

func (c *counter) bump(by ...int) int {
	for _, b := range by {
		c.n += b
	}
	return c.n
}

func (c counter) show(prefix string) string { return fmt.Sprintf("%s%d", prefix, c.n) }

type names []string

func (ns *names) add(s string) { *ns = append(*ns, s) }

func (ns names) count() int { return len(ns) }

func main() {
	c := &counter{}
	fmt.Println((*counter).bump(c, 1, 2, 3))
	fmt.Println(counter.show(*c, "n="))
	fmt.Println((*counter).show(c, "via pointer n="))
	var ns names
	(*names).add(&ns, "a")
	(*names).add(&ns, "b")
	fmt.Println(names.count(ns), ns)
	fmt.Println((*names).count(&ns))
	f := (*counter).bump
	fmt.Println(f(c), f(c, 10))
}
