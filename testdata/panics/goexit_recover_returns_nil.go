package main

import (
	"fmt"
	"runtime"
)

func guard(name string) {
	r := recover()
	fmt.Printf("%s: recover() = %v, r == nil: %v\n", name, r, r == nil)
}

func work() {
	defer guard("work guard")
	defer func() {
		fmt.Println("closure recover:", recover())
	}()
	runtime.Goexit()
}

func main() {
	defer guard("main guard")
	work()
	fmt.Println("not reached: Goexit is not stopped by recover")
}
