package main

import "fmt"

func describe(v any) string {
	return fmt.Sprintf("%v:%T", v, v)
}

func main() {
	vals := []any{1, "s", 2.5, true, nil, []int{1}, map[string]int{"a": 1}, struct{}{}, 'x', byte(1), [2]bool{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var x any = 5
	x = x.(int) + 1
	fmt.Println(x)
	var y interface{} = x
	fmt.Println(y == x)
	fn := any(func() {})
	fmt.Printf("%T\n", fn)
	type myAny = any
	var z myAny = "alias"
	fmt.Println(z)
}
