package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	if v := classify(3); v != "" {
		fmt.Println(v)
	}
	m := map[string]int{"a": 1}
	if x, ok := m["a"]; ok && x > 0 {
		fmt.Println("found", x)
	}
	if err := fmt.Errorf("e"); err != nil {
		fmt.Println(err)
	}
}
