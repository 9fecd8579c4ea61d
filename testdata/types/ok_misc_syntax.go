package main

import (
	"fmt"
	"os"
	"strings"
)

type (
	Point struct{ X, Y int }
	Alias = struct{ A int }
)

var (
	origin = Point{}
	unit   = &Point{1, 1}
)

func variadicAny(prefix string, args ...interface{}) string {
	return prefix + fmt.Sprint(args...)
}

func multi() (a, b int, err error) { return 1, 2, nil }

func main() {
	a := Alias{A: 1}
	var b struct{ A int } = a
	x, y, _ := multi()
	if _, _, err := multi(); err != nil {
		os.Exit(1)
	}
	fmt.Println(origin, *unit, b.A, x+y, variadicAny("p", 1, "a"))
	var sb strings.Builder
	for i := range 3 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Fprintln(os.Stdout, sb.String(), len(os.Args) > 0)
	func() {}()
	var f func() = nil
	if f == nil {
		f = func() {}
	}
	f()
}
