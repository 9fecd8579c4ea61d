package main

import (
	"fmt"
	"sync"
)

type buffer struct{ data []byte }

func (b *buffer) WriteString(s string) { b.data = append(b.data, s...) }
func (b *buffer) String() string       { return string(b.data) }
func (b *buffer) Reset()               { b.data = b.data[:0] }

// Pool on one goroutine: Get without New, Put and Get order, New.
func main() {
	var p sync.Pool
	fmt.Println("empty Get:", p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	p.Put(nil)
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())

	made := 0
	buffers := sync.Pool{New: func() any {
		made++
		return new(buffer)
	}}
	b := buffers.Get().(*buffer)
	b.WriteString("hello")
	fmt.Println(b.String(), "made:", made)
	b.Reset()
	buffers.Put(b)
	b2 := buffers.Get().(*buffer)
	fmt.Println("reused:", b2 == b, "made:", made)
	b3 := buffers.Get().(*buffer)
	fmt.Println("fresh:", b3 != b, "made:", made)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilPool *sync.Pool
	nilPool.Get()
}
