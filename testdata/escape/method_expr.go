package main

type Pt struct{ x, y int }

func (p *Pt) Move(dx int) { p.x += dx }

func (p Pt) Sum() int { return p.x + p.y }

func main() {
	p := Pt{1, 2}
	move := (*Pt).Move
	move(&p, 3)
	sum := Pt.Sum
	println(sum(p))
}
