package main

func compute() int { return 1 }

func main() {
	x := go compute()
	_ = x
}
