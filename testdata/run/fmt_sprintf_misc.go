package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d-%s-%v", 1, "two", 3.0)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%v %v %v", []int{1, 2}, map[int]string{2: "b", 1: "a"}, [2]bool{true}))
	fmt.Println(fmt.Sprintf("%5.1f%%", 99.44))
	fmt.Println(fmt.Sprintf("%v|%v|%v", int8(-1), uint16(65535), 1e6))
	fmt.Println(fmt.Sprintf("%3d|%-3d|%03d", 1234, 1234, 1234))
	table := [][]any{{"id", "name", "score"}, {1, "ann", 9.5}, {22, "bob", 10.25}}
	for _, row := range table {
		fmt.Printf("%-4v%-6v%6v\n", row...)
	}
	fmt.Println(fmt.Sprintf("%s", []byte(nil)) == "")
	fmt.Println(fmt.Sprintf("%[1]d %[1]x %[1]o %[1]b %[1]q", 65))
	fmt.Println(fmt.Sprintf("%v %v", &[]int{1}, &map[string]int{"a": 1}))
	fmt.Println(fmt.Sprintf("%v", &[2]string{"x", "y"}))
	fmt.Println(fmt.Sprintf("%6.2v|%.2v", "abcdef", []string{"abc", "defg"}))
}
