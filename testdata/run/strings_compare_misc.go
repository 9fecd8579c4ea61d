package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Clone("copy") == "copy")
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	r := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.Read(buf)
	fmt.Println(n, err)
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'))
	words := strings.Fields(" the  quick brown   fox ")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
}
