package main

type Node struct {
	v    int
	next *Node
}

func push(head *Node, v int) *Node {
	return &Node{v: v, next: head}
}

func length(head *Node) int {
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	return n
}

func main() {
	var h *Node
	for i := 0; i < 3; i++ {
		h = push(h, i)
	}
	println(length(h))
}
