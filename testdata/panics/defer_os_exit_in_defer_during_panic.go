package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("older defer never runs")
	defer func() {
		fmt.Println("exiting from a deferred call while panicking")
		os.Exit(4)
	}()
	panic("this panic message is never printed")
}
