package main

import "fmt"

func main() {
	age := 30
	fmt.Println("age: " + age) // ERROR "invalid operation: \"age: \" \+ age \(mismatched types untyped string and int\)"
}
