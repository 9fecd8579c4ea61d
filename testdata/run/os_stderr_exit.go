package main

import (
	"fmt"
	"os"
)

func check(n int) error {
	if n > 2 {
		return fmt.Errorf("value %d too large", n)
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		if err := check(i); err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			os.Exit(1)
		}
		fmt.Println("ok", i)
	}
}
