package main

func dup(src []int) []int {
	dst := make([]int, len(src))
	copy(dst, src)
	return dst
}

func localCopy(src []int) int {
	dst := make([]int, 4)
	n := copy(dst, src)
	return n
}

func main() {
	println(len(dup([]int{1, 2})), localCopy([]int{1}))
}
