package main

func greet(name string) string { return "hi " + name }

func main() {
	_ = greet(42) // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to greet"
}
