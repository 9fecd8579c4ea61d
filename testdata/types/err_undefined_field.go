package main

type P struct{ X int }

func main() {
	p := P{}
	p.x = 1 // ERROR "p\.x undefined \(type P has no field or method x, but does have field X\)"
}
