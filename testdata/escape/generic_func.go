package main

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	out := Map([]int{1, 2}, func(i int) int { return i * 2 })
	println(len(out))
}
