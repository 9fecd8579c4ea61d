package main

func main() {
	s := "ab"
	_ = s * 2 // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
}
