package main

import (
	"fmt"
	"runtime"
)

// A binary tree is reachable from its root; keeping only a subtree keeps
// exactly that subtree alive.

type tree struct {
	left, right *tree
	val         int
	pad         int
}

// grow builds a complete tree of the given depth (2^depth - 1 nodes).
func grow(depth, val int) *tree {
	if depth == 0 {
		return nil
	}
	return &tree{left: grow(depth-1, 2*val), right: grow(depth-1, 2*val+1), val: val}
}

func count(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.left) + count(t.right)
}

var ms runtime.MemStats

func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

var root, keep *tree

func main() {
	fmt.Println("tree: keeping a subtree")
	live0, _ := collect()

	root = grow(10, 1)
	live1, frees1 := collect()
	fmt.Println("tree of", count(root), "nodes: live grew by >= 950:", live1-live0 >= 950)

	keep = root.left.right // 255 nodes
	root = nil
	live2, frees2 := collect()
	fmt.Println("kept subtree of", count(keep), "nodes, val", keep.val)
	fmt.Println("root dropped: freed >= 768:", frees2-frees1 >= 768)
	fmt.Println("subtree survives: live >= 240 above start:", live2-live0 >= 240)
	fmt.Println("subtree survives: live < 450 above start:", live2-live0 < 450)

	keep = nil
	live3, _ := collect()
	fmt.Println("subtree dropped: live back near start:", live3-live0 < 200)
}
