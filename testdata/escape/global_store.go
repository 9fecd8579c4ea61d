package main

var global *int

func keep() {
	x := 42
	global = &x
}

func main() {
	keep()
	println(*global)
}
