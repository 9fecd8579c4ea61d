package main

func seq(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	total := 0
	for v := range seq(4) {
		total += v
	}
	println(total)
}
