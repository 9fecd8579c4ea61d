package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func sum(n *Node) int {
	total := 0
	for i := 0; i < 3; i++ {
		total += n.val
		n = n.next
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("sum of 3:", sum(list))
	fmt.Println("sum of 2:", sum(list.next))
}
