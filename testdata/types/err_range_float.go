package main

func main() {
	for i := range 10.5 { // ERROR "cannot range over 10\.5 \(untyped float constant\)"
		_ = i
	}
}
