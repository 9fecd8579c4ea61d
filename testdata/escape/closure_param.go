package main

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	sum := 0
	each([]int{1, 2, 3}, func(v int) { sum += v })
	println(sum)
}
