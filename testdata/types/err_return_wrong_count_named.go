package main

func div(a, b int) (q int, err error) {
	if b == 0 {
		return 0 // ERROR "not enough return values"
	}
	return a / b, nil
}

func main() { div(1, 2) }
