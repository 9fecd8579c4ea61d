package main

var last *int

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		last = p
		return false
	}
	return even(n-1, p)
}

func ping(n int, q *int) int {
	if n == 0 {
		return *q
	}
	return pong(n-1, q)
}

func pong(n int, q *int) int {
	return ping(n, q)
}

func main() {
	x, y := 1, 2
	println(even(4, &x), ping(3, &y))
}
