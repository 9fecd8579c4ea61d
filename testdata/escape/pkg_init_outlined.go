package main

import "fmt"

type T struct{ n int }

func show(p *T) { fmt.Println(p.n) }

func init() {
	x := &T{n: 9}
	show(x)
}

var small = map[int]*T{1: {1}}

var big = map[string][]int{
	"a": {1, 2, 3},
	"b": {4, 5, 6},
	"c": {7, 8, 9},
}

var later = fmt.Sprint(big["a"])

var big2 = map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g"}

func main() {
	show(small[1])
	fmt.Println(later, len(big2))
}
