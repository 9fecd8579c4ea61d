package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 10; i++ {
		total += i //gosub:break if i%4 == 0
	}
	fmt.Println(total) //gosub:break
}
