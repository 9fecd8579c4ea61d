package main

func compute() (r int) {
	y := 21
	defer func() {
		r = y * 2
	}()
	return 0
}

func main() {
	println(compute())
}
