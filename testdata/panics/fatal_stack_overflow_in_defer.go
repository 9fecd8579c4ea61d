package main

import "fmt"

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	defer func() {
		fmt.Println("deferred func recurses forever")
		fmt.Println(forever(0))
	}()
	fmt.Println("main body done")
}
