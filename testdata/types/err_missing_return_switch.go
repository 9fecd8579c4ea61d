package main

func name(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func main() { name(1) }
