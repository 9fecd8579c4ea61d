package main

import (
	"fmt"
	"runtime"
)

// Pointer fields of a struct are scanned wherever the struct lives: a heap
// struct reached from a global, and a struct value embedded in another
// struct's field, both keep their lists alive.

type node struct {
	next *node
	id   int
	pad  [2]int
}

// build returns a fresh linked list of n heap nodes.
func build(n int) *node {
	var head *node
	for i := n - 1; i >= 0; i-- {
		head = &node{next: head, id: i}
	}
	return head
}

func length(h *node) int {
	n := 0
	for ; h != nil; h = h.next {
		n++
	}
	return n
}

var ms runtime.MemStats

// collect runs a full GC and returns the live heap objects and total frees.
func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

type inner struct {
	tag  string
	list *node
}

type holder struct {
	name  string
	count int
	first *node
	in    inner
}

var h *holder

func main() {
	fmt.Println("container: struct fields")
	live0, _ := collect()

	h = &holder{name: "h", first: build(500)}
	h.in = inner{tag: "inner", list: build(500)}
	live1, frees1 := collect()
	fmt.Println("two fields hold 1000 nodes: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("lengths:", length(h.first), length(h.in.list))

	h.first = nil
	live2, frees2 := collect()
	fmt.Println("first field cleared: freed >= 500:", frees2-frees1 >= 500)
	fmt.Println("embedded field still holds 500: live >= 450 above start:", live2-live0 >= 450)

	h.in = inner{}
	live3, frees3 := collect()
	fmt.Println("embedded struct zeroed: freed >= 500 more:", frees3-frees2 >= 500)
	fmt.Println("holder itself still live:", h.name == "h")
	fmt.Println("embedded struct zeroed: live back near start:", live3-live0 < 200)
}
