package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	if len(os.Args) > 0 {
		os.Exit(3)
	}
	fmt.Println("never printed")
}
