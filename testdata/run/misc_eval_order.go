package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func pair(a, b int) int { return a*10 + b }

func main() {
	r := pair(t("a", 1), t("b", 2)) + t("c", 3)
	fmt.Println(r, trace)
	trace = nil
	s := []int{t("x", 1), t("y", 2), t("z", 3)}
	fmt.Println(s, trace)
	trace = nil
	m := map[int]int{t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
	fmt.Println(m, trace)
	trace = nil
	ok := t("l", 0) == 1 && t("r", 1) == 1
	ok2 := t("l2", 1) == 1 || t("r2", 1) == 1
	fmt.Println(ok, ok2, trace)
}
