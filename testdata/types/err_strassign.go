package main

func main() {
	s := "abc"
	s[0] = 1 // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	m := map[string]int{}
	p := &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type int\)"
	_ = p
}
