package main

func main() {
	f := 1.5
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
}
