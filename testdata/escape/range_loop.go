package main

type Item struct{ n int }

func sum(items []Item) int {
	t := 0
	for _, it := range items {
		p := &it
		t += p.n
	}
	return t
}

func main() {
	println(sum([]Item{{1}, {2}}))
}
