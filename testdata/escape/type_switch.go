package main

type A struct{ n int }

var keep *A

func classify(v any) int {
	switch x := v.(type) {
	case *A:
		keep = x
		return x.n
	case int:
		return x
	}
	return -1
}

func main() {
	a := A{1}
	println(classify(&a), classify(2))
}
