package main

type Writer interface{ Write(p []byte) int }

type Counter struct{ n int }

func (c *Counter) Write(p []byte) int {
	c.n += len(p)
	return len(p)
}

func emit(w Writer) {
	buf := []byte{1, 2, 3}
	w.Write(buf)
}

func main() {
	c := &Counter{}
	emit(c)
	println(c.n)
}
