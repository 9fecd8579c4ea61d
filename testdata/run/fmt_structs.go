package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *Inner
	List []int
	M    map[string]int
	Any  any
	priv bool
}

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, Ptr: &in, List: []int{1, 2}, M: map[string]int{"k": 1}, Any: 3.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Println(&in)
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%#v\n", []Inner{{2, "y"}})
	var z Outer
	fmt.Printf("%v\n%+v\n", z, z)
	fmt.Printf("%#v\n", z.List)
	type E struct{}
	fmt.Printf("%v %+v %#v\n", E{}, E{}, E{})
	pp := &o.In
	fmt.Printf("%v\n", []*Inner{nil})
	fmt.Println(pp.A, []any{&in} != nil)
	fmt.Printf("%v\n", struct {
		P *int
		S []string
	}{})
}
