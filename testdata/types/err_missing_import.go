package main

func main() {
	_ = strings.ToUpper("a") // ERROR "undefined: strings"
}
