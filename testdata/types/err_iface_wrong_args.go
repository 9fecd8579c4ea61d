package main

type Greeter interface{ Greet(name string) string }

type G struct{}

func (G) Greet(name string) string { return name }

func main() {
	var g Greeter = G{}
	_ = g.Greet() // ERROR "not enough arguments in call to g\.Greet"
	_ = g.Greet("a", "b") // ERROR "too many arguments in call to g\.Greet"
}
