package main

import "fmt"

type user struct{ name string }

var registry []*user

func newUser(name string) *user {
	u := user{name: name}
	return &u
}

func register(name string) {
	v := user{name: name}
	registry = append(registry, &v)
}

func main() {
	local := user{name: "stack"}
	p := newUser("heap")
	register("global")
	count := 0
	inc := func() { count++ }
	inc()
	fmt.Println(local.name, p.name, len(registry), count)
}
