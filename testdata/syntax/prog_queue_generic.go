package main

import "fmt"

type Queue[T any] struct {
	items []T
}

func NewQueue[T any](items ...T) *Queue[T] {
	return &Queue[T]{items: items}
}

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, fmt.Errorf("empty queue")
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.items) }

func main() {
	q := NewQueue(1, 2)
	q.Enqueue(3)
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v, " ")
	}
	_, err := q.Dequeue()
	fmt.Println(err)
	sq := NewQueue[string]()
	sq.Enqueue("x")
	fmt.Println(sq.Len())
}
