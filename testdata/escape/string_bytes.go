package main

func count(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func upper(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] -= 32
	}
	return string(b)
}

func main() {
	println(count("banana"), upper("abc"))
}
