package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("[%s][%10s][%-10s][%.3s][%10.2s]\n", s, s, s, s, s)
	fmt.Printf("[%q][%x][%X][% x][%#x]\n", s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%#q]\n", "tab\there", "日本", "back`tick", "raw")
	b := []byte("hi")
	fmt.Printf("[%s][%q][%x][%v][%d]\n", b, b, b, b, b)
	fmt.Printf("[%5q][%-6q]\n", "a", "b")
	fmt.Printf("[%s][%v]\n", []string{"a", "b"}, []string{"c d", ""})
	fmt.Printf("[%q]\n", []string{"x", "y z"})
	fmt.Printf("[%c][%c][%c]\n", 'A', 'é', 0x1F600)
	fmt.Printf("[%.1q][%.0s]\n", "abc", "gone")
	fmt.Printf("[%t][%v][%5t][%-6t]\n", true, false, true, false)
	fmt.Printf("%%|100%%\n")
}
