package main

import (
	"fmt"
	"strings"
)

func pad(s string, w int) string {
	if len(s) >= w {
		return s
	}
	return s + strings.Repeat(".", w-len(s))
}

func main() {
	var sb strings.Builder
	for i := 1; i <= 12; i++ {
		sb.WriteString(pad(fmt.Sprint(i), 4))
		if i%4 == 0 {
			sb.WriteByte('\n')
		}
	}
	fmt.Print(sb.String())
	lines := strings.Split(strings.TrimRight(sb.String(), "\n"), "\n")
	fmt.Println(len(lines), strings.Count(sb.String(), "."))
	fmt.Println(strings.Title(strings.ToLower("GO IS FUN")))
}
