package main

func main() {
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	var n int
	n = "five" // ERROR "cannot use \"five\" \(untyped string constant\) as int value in assignment"
	_, _ = s, n
}
