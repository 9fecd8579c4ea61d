package main

type A struct{ X int }
type B struct{ X int }

func take(a A) {}

func main() {
	take(B{1}) // ERROR "cannot use B\{…\} \(value of struct type B\) as A value in argument to take"
}
