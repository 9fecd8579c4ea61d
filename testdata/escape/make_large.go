package main

func sizes() int {
	c := make([]int, 10000)
	d := make([]byte, 100000)
	e := make([]byte, 65536)
	f := make([]byte, 65537)
	return len(c) + len(d) + len(e) + len(f)
}

func main() {
	println(sizes())
}
