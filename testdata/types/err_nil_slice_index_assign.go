package main

func main() {
	var p *[]int
	p[0] = 1 // ERROR "cannot index p \(variable of type \*\[\]int\)"
}
