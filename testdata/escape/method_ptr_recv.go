package main

type Buf struct {
	data [8]int
	n    int
}

func (b *Buf) Push(v int) {
	b.data[b.n] = v
	b.n++
}

func (b *Buf) Len() int { return b.n }

func main() {
	var b Buf
	b.Push(1)
	b.Push(2)
	println(b.Len())
}
