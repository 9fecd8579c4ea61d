package main

func local() int {
	total := 0
	add := func(k int) { total += k }
	add(1)
	add(2)
	return total
}

func main() {
	println(local())
}
