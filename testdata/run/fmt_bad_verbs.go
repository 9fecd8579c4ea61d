package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", 1.5)
	fmt.Printf("%f\n", "s")
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%c\n", "str")
	fmt.Printf("%x\n", true)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%d\n", nil)
	fmt.Printf("trailing %")
	fmt.Println()
}
