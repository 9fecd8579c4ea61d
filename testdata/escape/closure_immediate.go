package main

func main() {
	s := 0
	func() {
		s = 5
	}()
	v := func(a int) int { return a * s }(3)
	println(s, v)
}
