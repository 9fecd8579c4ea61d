package main

type Key struct{ a, b int }

func find(vals []any, k Key) int {
	for i, v := range vals {
		if v == k {
			return i
		}
	}
	return -1
}

func main() {
	vals := []any{1, Key{1, 2}}
	println(find(vals, Key{1, 2}))
}
