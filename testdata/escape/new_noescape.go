package main

func newLocal() int {
	p := new(int)
	*p = 5
	return *p
}

func main() {
	println(newLocal())
}
