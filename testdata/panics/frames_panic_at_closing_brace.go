package main

import "fmt"

func finish(name string) {
	fmt.Println("finishing", name)
	panic("finish " + name)
}

func main() {
	defer finish("main")
	fmt.Println("main body")
}
