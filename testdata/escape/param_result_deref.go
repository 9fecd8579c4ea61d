package main

func deref(pp **int) *int { return *pp }

type Box struct{ v *int }

func get(b *Box) *int { return b.v }

func main() {
	w := 4
	pw := &w
	r := deref(&pw)
	b := Box{&w}
	println(*r + *get(&b))
}
