package main

import (
	"errors"
	"fmt"
	"strings"
)

type Visitor interface {
	Visit(n Node) string
}

type Node interface {
	Accept(v Visitor) string
}

type Num int
type Add struct{ L, R Node }

func (n Num) Accept(v Visitor) string { return v.Visit(n) }
func (a Add) Accept(v Visitor) string { return v.Visit(a) }

type printer struct{}

func (printer) Visit(n Node) string {
	switch n := n.(type) {
	case Num:
		return fmt.Sprint(int(n))
	case Add:
		return "(" + n.L.Accept(printer{}) + " + " + n.R.Accept(printer{}) + ")"
	}
	return "?"
}

type temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func main() {
	tree := Add{Num(1), Add{Num(2), Num(3)}}
	fmt.Println(tree.Accept(printer{}))
	var err error = fmt.Errorf("wrap: %w", netErr{})
	var t temporary
	if errors.As(err, &t) {
		fmt.Println("temporary", t.Temporary())
	}
	vals := []any{1, "s", nil, 2.5, []int{1}, map[string]int{}, struct{}{}}
	var sb strings.Builder
	for _, v := range vals {
		fmt.Fprintf(&sb, "%T;", v)
	}
	fmt.Println(sb.String())
	var w fmt.Stringer
	if w == nil {
		fmt.Println("nil stringer")
	}
}
