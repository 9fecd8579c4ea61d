package main

import "fmt"

func main() {
	text := "the quick brown fox\njumps over\nthe lazy dog"
	lines, words, chars := 0, 0, 0
	inWord := false
	for _, c := range text {
		chars++
		if c == '\n' {
			lines++
		}
		if c == ' ' || c == '\n' {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	fmt.Println(lines+1, words, chars)
	freq := [26]int{}
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	fmt.Println(freq)
}
