package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"))
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), strings.Join(parts, "|"))
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	if v, err := strconv.ParseFloat("2.5", 64); err == nil {
		fmt.Println(v * 2)
	}
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found, strconv.Quote("hi\n"), strconv.FormatInt(255, 16))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abc"), strings.Title("go"), strings.EqualFold("Go", "GO"))
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b), string(b[1:3]), strings.Count("cheese", "e"))
}
