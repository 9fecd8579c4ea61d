package main

import "fmt"

func noPanic() (r any) {
	defer func() {
		r = recover()
		fmt.Println("deferred recover during normal return:", r)
	}()
	return "value"
}

func main() {
	fmt.Println("recover in main body:", recover())
	fmt.Println("noPanic() =", noPanic())
	fmt.Println("recover() == nil:", recover() == nil)
}
