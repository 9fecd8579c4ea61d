package main

func main() {
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
}
