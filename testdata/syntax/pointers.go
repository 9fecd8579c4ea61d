package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func main() {
	var head *Node
	push(&head, 1)
	push(&head, 2)
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	x := 5
	p := &x
	pp := &p
	**pp = 7
	q := new(int)
	*q += x
	fmt.Println(x, *q)
}
