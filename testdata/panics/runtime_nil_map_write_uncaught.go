package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) {
	r.items[k]++
}

func main() {
	r := &Registry{}
	fmt.Println("len of nil map:", len(r.items), r.items["x"])
	r.Add("x")
}
