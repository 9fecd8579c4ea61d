package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Temp = Celsius
type IntList []int
type StrMap map[string]string
type Op func(int, int) int
type Pipe chan<- string

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func main() {
	var t Temp = 100
	var add Op = func(a, b int) int { return a + b }
	sm := StrMap{"k": "v"}
	fmt.Println(t.ToF(), IntList{1, 2, 3}.Sum(), add(1, 2), sm["k"])
}
