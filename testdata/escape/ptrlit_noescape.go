package main

type Pair struct{ a, b int }

func (p *Pair) Sum() int { return p.a + p.b }

func main() {
	p := &Pair{1, 2}
	println(p.Sum())
}
