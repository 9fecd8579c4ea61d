package main

import "fmt"

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", v)
	case string:
		return "string of length " + fmt.Sprint(len(v))
	case error:
		return v.Error()
	case func() int:
		return "func"
	case []int:
		return fmt.Sprint(len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil), describe(3), describe("hey"), describe(2.5))
	var x any = 1
	switch x.(type) {
	case bool:
	}
}
