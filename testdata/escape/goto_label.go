package main

func count(n int) int {
	i := 0
	var last *int
loop:
	if i < n {
		v := i
		last = &v
		i++
		goto loop
	}
	return *last
}

func main() {
	println(count(3))
}
