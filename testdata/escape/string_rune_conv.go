package main

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func fromRune(r rune) string {
	return string(r)
}

func fromRunes(rs []rune) int {
	s := string(rs)
	return len(s)
}

func main() {
	println(runes("héllo"), fromRune('x'), fromRunes([]rune{'a'}))
}
