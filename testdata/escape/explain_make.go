// explain
package main

// Larger than a frame may hold.
func huge() int {
	buf := make([]byte, 1<<20)
	return len(buf)
}

// A variable larger than 128 KiB.
func bigArray() int {
	var a [40000]int
	return len(a)
}

// A run-time size that escapes by being returned.
func dynamic(n int) []int {
	s := make([]int, n)
	return s
}

// A run-time size that does not escape: gc keeps a small buffer in the
// frame.
func local(n int) int {
	s := make([]int, n)
	return len(s)
}

// A size held by a variable holding a constant (gc rewrites it).
func constVar() int {
	n := 100000
	s := make([]int64, n)
	return len(s)
}

func main() {
	println(huge(), bigArray(), len(dynamic(3)), local(4), constVar())
}
