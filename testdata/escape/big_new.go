package main

func bigNew() int {
	p := new([10000]int64)
	p[2] = 3
	return int(p[2])
}

func smallNew() int {
	p := new([100]int64)
	p[2] = 3
	return int(p[2])
}

func main() {
	println(bigNew(), smallNew())
}
