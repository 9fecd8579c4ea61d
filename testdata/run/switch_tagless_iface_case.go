package main

import "fmt"

type flag interface{}

func classify(v interface{}) string {
	// A tagless switch compares each case with true, so an interface
	// case matches when it holds the bool true.
	switch {
	case v:
		return "holds true"
	case v == nil:
		return "nil"
	default:
		return fmt.Sprintf("other %v", v)
	}
}

func main() {
	fmt.Println(classify(true))
	fmt.Println(classify(false))
	fmt.Println(classify(nil))
	fmt.Println(classify(1))
	var f flag = true
	switch x := f; {
	case x:
		fmt.Println("flag set")
	}
}
