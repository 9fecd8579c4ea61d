package main

func main() {
	m := map[string]int{}
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
}
