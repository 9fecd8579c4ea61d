package main

type P struct{ x int }

func main() {
	m := map[string]*P{}
	m["a"].y = 1 // ERROR "m\[\"a\"\]\.y undefined \(type \*P has no field or method y\)"
}
