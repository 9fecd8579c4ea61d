// step: --granularity=expr
package main

import "fmt"

func main() {
	s := []int{4, 5, 6}
	x := len(s)*2 + 1
	y := float64(x) / 4
	ok := x > 5 && -y < 0
	fmt.Println(x, y, ok)
}
