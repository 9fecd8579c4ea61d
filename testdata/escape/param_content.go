package main

var global *int

func keepFirst(s []*int) { global = s[0] }

func sumAll(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	a, b := 1, 2
	ptrs := []*int{&a, &b}
	keepFirst(ptrs)
	println(sumAll([]int{1, 2, 3}))
}
