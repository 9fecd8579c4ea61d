package main

import "strings"

func join(parts []string) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(p)
	}
	return sb.String()
}

func main() {
	println(join([]string{"a", "b"}), strings.ToUpper("x"))
}
