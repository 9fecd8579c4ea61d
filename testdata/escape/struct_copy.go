package main

type Inner struct{ p *int }

type Outer struct {
	in  Inner
	arr [2]*int
}

var keep Inner

func store(o Outer) {
	keep = o.in
}

func main() {
	a, b := 1, 2
	o := Outer{Inner{&a}, [2]*int{&b, nil}}
	store(o)
	println(*keep.p)
}
