package main

func main() {
	var i int = 7 / 2.0 // ERROR "cannot use 7 / 2\.0 \(untyped float constant 3\.5\) as int value in variable declaration \(truncated\)"
	_ = i
}
