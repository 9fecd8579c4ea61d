package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name string
	Addr Address
	Tags []string
	Meta map[string]int
}

func main() {
	p := Person{Name: "Bo", Addr: Address{"Oslo", 150}}
	fmt.Printf("%v\n%+v\n", p, p)
	q := p
	q.Addr.City = "Rome"
	q.Tags = append(q.Tags, "x")
	fmt.Println(p.Addr.City, q.Addr.City, p.Tags == nil, q.Tags)
	p.Meta = map[string]int{"a": 1}
	r := p
	r.Meta["b"] = 2
	fmt.Println(p.Meta, r.Meta)
	pa := &p.Addr
	pa.Zip = 999
	fmt.Println(p.Addr)
	people := map[string]Person{"x": p}
	fmt.Println(people["x"].Addr.Zip, people["none"].Addr.City == "")
}
