package main

type I interface {
	int
	M()
}

func main() {
	var i I // ERROR "cannot use type I outside a type constraint: interface contains type constraints"
	_ = i
}
