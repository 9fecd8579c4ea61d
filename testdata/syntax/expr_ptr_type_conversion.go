package main

func main() {
	var sl []int
	b := [3]int(sl)
	c := (*[3]int)(sl)
	_, _ = b, c
}
