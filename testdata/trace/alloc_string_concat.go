// trace: --gomaxprocs=1 --only=alloc --max-events=11
package main

import "fmt"

// Each += builds a new string (s escapes to fmt), except the first: with
// one non-empty operand concatstrings returns it as is. 12 bytes come
// from the tiny allocator, 18 and 24 bytes from size class 3 (24 B).
func main() {
	s := ""
	for i := 0; i < 4; i++ {
		s += "abcdef"
	}
	fmt.Println(s)
}
