package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {}}
	m["a"].X = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.X in map"
}
