package main

type Ref struct{ p *int }

func wrap() Ref {
	x := 9
	return Ref{p: &x}
}

func local() int {
	y := 3
	r := Ref{p: &y}
	return *r.p
}

func main() {
	println(*wrap().p, local())
}
