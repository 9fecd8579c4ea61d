package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Println(b.String())
	b.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i*i)
	}
	fmt.Println(b.String())
	var sb strings.Builder
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)
}
