package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
