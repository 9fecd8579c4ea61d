package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	var parts []string
	for _, x := range []struct {
		f Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.f != 0 {
			parts = append(parts, x.n)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

func main() {
	fmt.Println(Read, Write, Exec, All)
	p := Read | Exec
	fmt.Println(p, p&^Read, p|Write, uint8(All))
	fmt.Printf("%d %08b %v\n", All, All, Perm(0))
	p ^= All
	fmt.Println(p)
}
