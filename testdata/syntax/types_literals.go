package main

import "fmt"

type Handler func(string) error

type Node struct {
	Value    int
	Children []*Node
	Meta     map[string]string `json:"meta"`
	parent   *Node
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

func main() {
	var arr [3]int
	var sl []string
	var m map[string][]int
	var ch chan int
	var sendOnly chan<- int
	var recvOnly <-chan int
	var nested chan (<-chan int)
	var fn func(int, string) (bool, error)
	var anon struct {
		a int
		b string
	}
	var r Reader
	var h Handler
	var pp **int
	fmt.Println(arr, sl == nil, m == nil, ch, sendOnly, recvOnly, nested, fn == nil, anon, r, h == nil, pp, Node{})
}
