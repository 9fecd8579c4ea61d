package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func main() {
	var a, b int
	var name string
	var f float64
	var ok bool
	var r rune

	n, err := fmt.Scanf("%d", &a)
	fmt.Println("stdin:", n, err)

	in := strings.NewReader("(3,4) bob 2.5 true\n17 ff 101 x\nage: 42\n7 8\n9\n")
	n, err = fmt.Fscanf(in, "(%d,%d) %s %g %t\n", &a, &b, &name, &f, &ok)
	fmt.Println(n, err, a, b, name, f, ok)
	n, err = fmt.Fscanf(in, "%d %x %b %c\n", &a, &b, &a, &r)
	fmt.Println(n, err, a, b, string(r))
	n, err = fmt.Fscanf(in, "age: %d\n", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscanf(in, "%d\n%d", &a, &b)
	fmt.Println("newline in format:", n, err, a, b)
	n, err = fmt.Fscanf(in, "%d %d", &a, &b)
	fmt.Println("newline in input:", n, err, a, b)

	n, err = fmt.Fscanf(strings.NewReader("12345"), "%2d%3d", &a, &b)
	fmt.Println("widths:", n, err, a, b)
	n, err = fmt.Fscanf(strings.NewReader("50%"), "%d%%", &a)
	fmt.Println("percent:", n, err, a)
	n, err = fmt.Fscanf(strings.NewReader("x=1"), "y=%d", &a)
	fmt.Println("mismatch:", n, err)
	n, err = fmt.Fscanf(strings.NewReader("1 2"), "%d", &a, &b)
	fmt.Println("extra operand:", n, err)
	n, err = fmt.Fscanf(strings.NewReader("1 2"), "%d %d %d", &a, &b)
	fmt.Println("missing operand:", n, err)
	n, err = fmt.Fscanf(strings.NewReader("word"), "%d", &name)
	fmt.Println("bad verb:", n, err)
	n, err = fmt.Fscanf(strings.NewReader("1"), "%d %d", &a, &b)
	fmt.Println("short input:", n, err)
	var p point
	n, err = fmt.Fscanf(strings.NewReader("5 6"), "%d %d", &p.x, &p.y)
	fmt.Println("fields:", n, err, p)
	n, err = fmt.Fscanf(strings.NewReader("1.5e3 -0x1p-2"), "%e %v", &f, &f)
	fmt.Println("floats:", n, err, f)
	n, err = fmt.Fscanf(strings.NewReader("abc"), "ab")
	fmt.Println("literal only:", n, err)
}
