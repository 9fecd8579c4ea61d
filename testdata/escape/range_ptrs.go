package main

type Item struct{ n int }

var all []*Item

func register(items []Item) {
	for i := range items {
		all = append(all, &items[i])
	}
}

func main() {
	register([]Item{{1}, {2}})
	println(len(all))
}
