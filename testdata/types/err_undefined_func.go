package main

func main() {
	doSomething() // ERROR "undefined: doSomething"
}
