package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("release", i)
			fmt.Println("acquire", i)
		}()
	}
	fmt.Println("all released inside the loop")
	stack := []string{}
	for _, s := range []string{"x", "y"} {
		defer func() {
			stack = append(stack, s)
			fmt.Println("stack now", stack)
		}()
	}
	fmt.Println("end of main, stack", stack)
}
