package main

func first() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0]
}

var saved [2]*int

func keep() {
	c, d := 3, 4
	saved = [2]*int{&c, &d}
}

func main() {
	keep()
	println(first(), *saved[1])
}
