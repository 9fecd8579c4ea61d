package main

func kind(v any) int {
	switch v.(type) {
	case int:
		return 1
	case string:
		return 2
	}
	return 0
}

func main() {
	x := 500
	s := "hi"
	println(kind(x), kind(s))
}
