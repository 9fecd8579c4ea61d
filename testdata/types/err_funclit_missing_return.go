package main

func main() {
	f := func() int {
		println("x")
	} // ERROR "missing return"
	_ = f
}
