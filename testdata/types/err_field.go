package main

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	_ = p.Z // ERROR "p\.Z undefined \(type P has no field or method Z\)"
	_ = P{X: 1, Z: 2} // ERROR "unknown field Z in struct literal of type P"
	_ = P{1} // ERROR "too few values in struct literal of type P"
}
