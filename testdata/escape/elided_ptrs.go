package main

type P struct{ x, y int }

func sum(ps []*P) int {
	t := 0
	for _, p := range ps {
		t += p.x + p.y
	}
	return t
}

func main() {
	ps := []*P{{1, 2}, {3, 4}}
	m := map[string]*P{"a": {5, 6}}
	println(sum(ps), m["a"].x)
}
