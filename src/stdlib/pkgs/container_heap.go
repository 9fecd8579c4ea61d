// Package container/heap as Go 1.27 declares it, for gosub. Every function
// is written in Go from the package's documentation and interpreted like
// user code.
//
// A heap is a tree kept in a slice-like collection where each element is
// no greater (by Less) than its children: the minimum is at index 0, and
// the children of element i are at 2i+1 and 2i+2. The sifting below makes
// the same comparisons and swaps, in the same order, as the documented
// algorithm, so user Less/Swap methods that print see the same calls.
package heap

import "sort"

// The Interface type describes the requirements for a type using the
// routines in this package. Any type that implements it may be used as a
// min-heap.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariants required by the other routines in
// this package. The complexity is O(n) where n = h.Len().
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push pushes the element x onto the heap.
// The complexity is O(log n) where n = h.Len().
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from the
// heap. The complexity is O(log n) where n = h.Len().
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	down(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap.
// The complexity is O(log n) where n = h.Len().
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !down(h, i, last) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has
// changed its value. The complexity is O(log n) where n = h.Len().
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element j towards the root while it is less than its parent.
func up(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			break
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves element i0 towards the leaves (within the first n elements)
// while a child is less than it; it reports whether the element moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after int overflow
			break
		}
		child := left
		if right := left + 1; right < n && h.Less(right, left) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > i0
}
