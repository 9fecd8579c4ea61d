package main

var keep *int

func loop() int {
	i := 0
	var p *int
again:
	q := new(int)
	*q = i
	p = q
	i++
	if i < 3 {
		goto again
	}
	return *p
}

func main() {
	println(loop())
}
