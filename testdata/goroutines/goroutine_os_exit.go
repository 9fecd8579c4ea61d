package main

import (
	"fmt"
	"os"
)

// os.Exit from any goroutine ends the program at once with that status;
// deferred calls do not run.
func main() {
	defer fmt.Println("main's defer: never printed")
	go func() {
		defer fmt.Println("goroutine's defer: never printed")
		fmt.Println("goroutine exits the process with status 3")
		os.Exit(3)
	}()
	select {}
}
