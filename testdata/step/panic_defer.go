package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func risky(n int) (r int) {
	defer cleanup("risky")
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	arr := []int{1, 2, 3}
	return arr[n]
}

func main() {
	defer cleanup("main")
	fmt.Println(risky(1))
	fmt.Println(risky(5))
}
