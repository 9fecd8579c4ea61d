package main

import "fmt"

func cleanup(name string) {
	defer fmt.Println("cleanup", name, "inner defer")
	fmt.Println("cleanup", name, "body")
}

func work() {
	defer cleanup("A")
	defer func() {
		defer fmt.Println("closure inner defer")
		fmt.Println("closure body")
	}()
	fmt.Println("work body")
}

func main() {
	work()
	fmt.Println("main done")
}
