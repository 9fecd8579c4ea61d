package main

func main() {
	m := map[string]int{"a": "b"} // ERROR "cannot use \"b\" \(untyped string constant\) as int value in map literal"
	_ = m
}
