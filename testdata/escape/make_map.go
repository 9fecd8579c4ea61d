package main

func count(words []string) int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

func index(words []string) map[string]int {
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w] = i
	}
	return m
}

func main() {
	ws := []string{"a", "b", "a"}
	println(count(ws), len(index(ws)))
}
