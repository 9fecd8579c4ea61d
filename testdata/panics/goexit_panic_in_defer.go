package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's first defer")
	defer func() {
		fmt.Println("deferred func panics during Goexit")
		panic("panic during Goexit")
	}()
	fmt.Println("calling Goexit")
	runtime.Goexit()
}
