package main

import "fmt"

// s[i:] (or s[i:j]) with i < 0: Go panics "slice bounds out of range [-1:]"; gosub
// prints "[-1:3]". (Go reports a negative low bound as "[x:]", a negative
// high as "[:x]", a negative cap as "[::x]"; see negs.go in the parent dir.)
func main() {
	s := []int{1, 2, 3}
	i := -1
	fmt.Println(s[i:])
}
