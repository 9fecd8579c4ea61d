// trace: --gomaxprocs=1 --only=alloc
package main

import "fmt"

type node struct {
	val  int
	next *node
}

// Escaping values are allocated by mallocgc's routes: tiny, small by size
// class, large (big escapes through a global: a non-escaping 40 KB slice
// would stay in the frame, under gc's 64 KiB limit).
var sink []int

func main() {
	var head *node
	for i := 0; i < 3; i++ {
		head = &node{val: i, next: head}
	}
	small := make([]byte, 10)
	big := make([]int, 5000)
	sink = big
	flag := new(bool)
	fmt.Println(head.val, len(small), len(big), *flag)
}
