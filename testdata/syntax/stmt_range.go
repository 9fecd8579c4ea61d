package main

import "fmt"

func main() {
	nums := []int{2, 4, 6}
	for i, n := range nums {
		fmt.Print(i, n, " ")
	}
	for _, n := range [3]int{7, 8, 9} {
		fmt.Print(n)
	}
	arr := [2]string{"a", "b"}
	for i := range &arr {
		fmt.Print(i)
	}
	for i, r := range "héllo" {
		fmt.Print(i, string(r))
	}
	m := map[string]int{"x": 1}
	for k, v := range m {
		fmt.Print(k, v)
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	var key string
	for key = range m {
	}
	fmt.Println(key)
}
