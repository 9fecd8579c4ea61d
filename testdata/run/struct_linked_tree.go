package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = walk(t.Left, out)
	out = append(out, t.Val)
	return walk(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	fmt.Println(walk(root, nil))
	fmt.Println(height(root))
	fmt.Println(root.Left.Right.Left.Val, root.Right.Left.Right.Val)
}
