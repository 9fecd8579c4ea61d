package main

type Buffer struct {
	buf []byte
	off int
}

func (b *Buffer) Truncate(n int) {
	b.buf = b.buf[:n]
}

func main() {
	b := &Buffer{buf: make([]byte, 10)}
	b.Truncate(3)
	println(len(b.buf))
}
