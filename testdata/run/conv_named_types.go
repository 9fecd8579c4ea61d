package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type MyInt int
type Bytes []byte

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	var m MyInt = 7
	fmt.Println(int(m)*2, m/2, float64(m)/2)
	b := Bytes("abc")
	fmt.Println(b, string(b), len(b))
	fmt.Printf("%T %T %T\n", c, m, b)
	s := []byte(b)
	s[0] = 'z'
	fmt.Println(string(b))
	type Point struct{ X, Y int }
	type Pair struct{ X, Y int }
	p := Point{1, 2}
	q := Pair(p)
	fmt.Println(q, p == Point(q))
}
