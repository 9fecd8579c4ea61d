package main

import (
	"fmt"
	"strings"
)

func render(items []string) string {
	sb := &strings.Builder{}
	for _, it := range items {
		fmt.Fprintf(sb, "[%s]", it)
	}
	return sb.String()
}

func main() {
	fmt.Println(render([]string{"a", "b"}))
}
