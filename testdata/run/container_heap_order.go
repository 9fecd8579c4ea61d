package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// A min-heap of ints that logs every comparison and swap, so the order of
// calls the heap routines make is part of the output.
type logHeap struct {
	xs  []int
	log []string
}

func (h *logHeap) Len() int { return len(h.xs) }
func (h *logHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d%d", i, j))
	return h.xs[i] < h.xs[j]
}
func (h *logHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d%d", i, j))
	h.xs[i], h.xs[j] = h.xs[j], h.xs[i]
}
func (h *logHeap) Push(x any) { h.xs = append(h.xs, x.(int)) }
func (h *logHeap) Pop() any {
	n := len(h.xs)
	x := h.xs[n-1]
	h.xs = h.xs[:n-1]
	return x
}

func (h *logHeap) flush(what string) {
	fmt.Printf("%-8s %v %s\n", what, h.xs, strings.Join(h.log, " "))
	h.log = h.log[:0]
}

type task struct {
	name     string
	priority int
	index    int
}

type queue []*task

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func main() {
	h := &logHeap{xs: []int{9, 4, 7, 1, 8, 2, 6}}
	heap.Init(h)
	h.flush("init")
	heap.Push(h, 0)
	h.flush("push 0")
	h.xs[3] = 10
	heap.Fix(h, 3)
	h.flush("fix 3")
	fmt.Println("removed", heap.Remove(h, 2))
	h.flush("remove")
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	h.log = h.log[:0]
	fmt.Println("popped", out)

	q := queue{}
	for i, n := range []string{"write", "test", "review", "ship"} {
		heap.Push(&q, &task{name: n, priority: (i*7)%5 + 1})
	}
	t := q[len(q)-1]
	t.priority = 10
	heap.Fix(&q, t.index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*task)
		fmt.Printf("%s:%d ", t.name, t.priority)
	}
	fmt.Println()
}
