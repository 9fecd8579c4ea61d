package main

type Writer interface{ Write(p []byte) (int, error) }

type buf struct{}

func (b *buf) Write(p []byte) (int, error) { return len(p), nil }

func save(w Writer) {}

func main() {
	var b buf
	save(b) // ERROR "cannot use b \(variable of struct type buf\) as Writer value in argument to save: buf does not implement Writer \(method Write has pointer receiver\)"
}
