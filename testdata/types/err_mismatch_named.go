package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 1
	var f Fahrenheit = 2
	_ = c + f // ERROR "invalid operation: c \+ f \(mismatched types Celsius and Fahrenheit\)"
}
