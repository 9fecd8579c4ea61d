package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ N int }

func inc(c *Counter) { c.N++ }

func main() {
	c := Counter{}
	inc(&c)
	inc(&c)
	fmt.Println(c.N)
	pc := &c
	pc.N = 10
	(*pc).N++
	fmt.Println(c, *pc, pc.N)
	px := &c.N
	*px *= 2
	fmt.Println(c.N)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(head.Next.Next.Next == nil)
	p := new(Node)
	fmt.Println(p.Val, p.Next == nil)
	q := p
	q.Val = 5
	fmt.Println(p.Val, p == q, &Node{} == &Node{})
}
