package main

func name(v any) string {
	switch v {
	case 1:
		return "one"
	case "two":
		return "two"
	}
	return "?"
}

func main() {
	println(name(1), name("two"), name(3.5))
}
