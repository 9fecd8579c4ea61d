package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type MyError struct {
	When string
	What string
}

func (e *MyError) Error() string { return fmt.Sprintf("at %v, %s", e.When, e.What) }

func run() error { return &MyError{"now", "it didn't work"} }

type Vertex struct{ X, Y float64 }

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, errors.New("negative")
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Print(string(b[:n]))
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	if err := run(); err != nil {
		fmt.Println(err)
	}
	v := Vertex{3, 4}
	v.Scale(2)
	p := &v
	p.Scale(0.5)
	f := fibonacci()
	for i := 0; i < 5; i++ {
		fmt.Print(f(), " ")
	}
	z, err := Sqrt(2)
	fmt.Println(z, err, utf8.RuneLen('é'))
	pow := make([]int, 10)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	var i interface{} = "hello"
	if s, ok := i.(string); ok {
		fmt.Fprintln(os.Stdout, s)
	}
	type Vertex2 struct {
		Lat, Long float64
	}
	var m = map[string]Vertex2{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(len(m))
	defer fmt.Println("world")
	fmt.Println("hello")
}
