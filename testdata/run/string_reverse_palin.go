package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPal(s string) bool { return s == reverse(s) }

func main() {
	for _, s := range []string{"", "a", "ab", "aba", "日本日", "racecar", "héh", "hello"} {
		fmt.Println(s, reverse(s), isPal(s))
	}
	bs := []byte("héllo")
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	fmt.Printf("%q\n", string(bs))
}
