package main

type Node struct {
	val  *int
	next *Node
}

func build() *Node {
	x := 10
	n := &Node{}
	n.val = &x
	return n
}

func main() {
	println(*build().val)
}
