package main

func main() {
	a := make([]int, 8)
	b := make([]int, 2, 16)
	for i := range a {
		a[i] = i
	}
	b = append(b, a[3])
	println(len(a), len(b), cap(b))
}
