package main

var kept []*int

func keepAll(ps ...*int) {
	kept = ps
}

func main() {
	a, b := 1, 2
	keepAll(&a, &b)
	println(len(kept))
}
