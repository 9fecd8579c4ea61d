package main

type T struct{ x int }

func main() {
	var p **T
	_ = p.x // ERROR "p\.x undefined \(type \*\*T has no field or method x\)"
}
