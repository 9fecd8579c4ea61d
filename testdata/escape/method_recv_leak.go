package main

type Node struct{ id int }

var registry []*Node

func (n *Node) Register() {
	registry = append(registry, n)
}

func main() {
	n := Node{id: 1}
	n.Register()
	println(len(registry))
}
