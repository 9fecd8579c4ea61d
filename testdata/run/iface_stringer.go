package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Stack []int

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, "|") + "]"
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %v\n", p, p, &p)
	fmt.Println(Stack{1, 2, 3}, []Color{Red, Blue})
	fmt.Println(map[Color]int{Blue: 1, Red: 2})
	var s fmt.Stringer = Blue
	fmt.Println(s.String(), s)
}
