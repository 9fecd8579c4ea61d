package main

import "fmt"

type User struct{ Name string }

func show(n int, u User, p *User) {
	fmt.Println(n, u, p)
}

func main() {
	show(1, User{"a"}, &User{"b"})
	fmt.Println("done", 42)
}
