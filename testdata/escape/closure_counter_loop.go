package main

func main() {
	funcs := make([]func() int, 0, 3)
	for i := 0; i < 3; i++ {
		j := i * 10
		funcs = append(funcs, func() int { return j })
	}
	total := 0
	for _, f := range funcs {
		total += f()
	}
	println(total)
}
