package main

func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fs := []func(){}
	_ = Index(fs, nil) // ERROR "func\(\) does not satisfy comparable"
}
