package main

func set(pp **int) {
	x := 7
	*pp = &x
}

func main() {
	var p *int
	set(&p)
	println(*p)
}
