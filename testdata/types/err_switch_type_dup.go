package main

func main() {
	var x any
	switch x.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	}
}
