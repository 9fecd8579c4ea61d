package main

func main() {
	ch := make(chan string)
	var n int = <-ch // ERROR "cannot use <-ch \(comma, ok expression of type string\) as int value in variable declaration"
	_ = n
}
