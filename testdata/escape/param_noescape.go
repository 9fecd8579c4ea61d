package main

func read(p *int) int { return *p }

func twice(p *int) { *p *= 2 }

func main() {
	y := 2
	twice(&y)
	println(read(&y))
}
