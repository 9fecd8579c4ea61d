package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("about to exit with 3")
	os.Exit(3)
}
