package main

type P struct{ X int }

func main() {
	var p P
	p.Move() // ERROR "p\.Move undefined \(type P has no field or method Move\)"
}
