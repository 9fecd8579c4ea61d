package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string      { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Join() string { return strings.Join(w, "-") }
func (w Words) Len() int     { return len(w) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Set map[string]bool

func (s Set) Add(k string) Set  { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

func main() {
	c := Celsius(21.5)
	fmt.Println(c, c.Fahrenheit())
	fmt.Println(Words{"a", "b", "c"}.Join(), Words(nil).Len())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	s := Set{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), s)
	fmt.Printf("%v %s %d\n", c, c, Words{"q"}.Len())
}
