package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(p, p.Name)
	fmt.Printf("%+v\n%T\n", p, p)
	people := []struct {
		N string
		A int
	}{{"a", 1}, {"b", 2}}
	for _, x := range people {
		fmt.Println(x.N, x.A)
	}
	type named struct {
		Name string
		Age  int
	}
	var n named = p
	fmt.Println(n, n == named(p))
	cfg := struct {
		Debug bool
		Level struct{ V int }
	}{}
	cfg.Level.V = 3
	fmt.Printf("%+v\n", cfg)
	var e struct{}
	fmt.Println(e)
}
