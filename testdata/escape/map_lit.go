package main

func lookup(k string) int {
	m := map[string]int{"a": 1, "b": 2}
	return m[k]
}

func ptrs() int {
	x := 3
	m := map[string]*int{"x": &x}
	return *m["x"]
}

func main() {
	println(lookup("a"), ptrs())
}
