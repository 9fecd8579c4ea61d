package main

import "fmt"

func level3() {
	fmt.Println("level3 panics")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("level2 after level3: not reached")
}

func level1() string {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level1 recovered", r)
		}
	}()
	level2()
	return "not reached"
}

func main() {
	res := level1()
	fmt.Printf("level1 returned %q\n", res)
	fmt.Println("main keeps running")
	for i := 0; i < 2; i++ {
		fmt.Println("loop", i, level1() == "")
	}
}
