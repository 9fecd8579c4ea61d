package main

import "fmt"

type K struct {
	A string
	B int
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "a", 2: "b"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "Cherry": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Printf("%v\n%+v\n", map[string]K{"x": {"q", 1}}, map[string]K{"x": {"q", 1}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Println(map[any]int{"b": 1, "a": 3, "c": 6}, map[any]int{2: 2, 1: 4})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	var nm map[string]int
	fmt.Println(nm)
	fmt.Printf("%#v\n", nm)
}
