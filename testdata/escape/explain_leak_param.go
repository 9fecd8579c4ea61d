// explain
package main

var sink *int
var names []string

type Node struct {
	next *Node
	val  *int
}

// p itself is stored in a global: leaking param.
func keep(p *int) {
	sink = p
}

// What n points to is stored: leaking param content.
func keepVal(n *Node) {
	sink = n.val
}

// Returned: leaking param to result.
func first(xs []string) string {
	return xs[0]
}

func identity(p *int) *int {
	return p
}

// Only read: does not escape.
func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// An append that may keep the slice's elements.
func add(s []string) {
	names = append(names, s...)
}

func main() {
	a := 1
	keep(&a)
	b := 2
	keepVal(&Node{val: &b})
	c := 3
	d := identity(&c)
	add([]string{"x"})
	println(first([]string{"x"}), sum([]int{1, 2}), *d)
}
