package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func total() int {
	var sh Shape = Sq{3}
	return sh.Area()
}

func main() {
	println(total())
}
