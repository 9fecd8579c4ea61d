package main

func main() {
	m := map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = m
}
