package main

type T struct{}

func (t T) M() {}

func main() {
	T.M() // ERROR "not enough arguments in call to T\.M"
}
