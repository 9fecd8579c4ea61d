package main

func greet(name string) string {
	return "hello " + name
}

func length(a, b string) int {
	s := a + b
	return len(s)
}

func main() {
	println(greet("x"), length("ab", "cd"))
}
