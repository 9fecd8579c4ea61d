package main

import "fmt"

type A interface{ M() }
type B interface {
	M()
	N()
}
type T1 struct{}
type T2 struct{}

func (T1) M() {}
func (T2) M() {}
func (T2) N() {}

func which(a A) string {
	switch a.(type) {
	case B:
		return "B"
	case T1:
		return "T1"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	fmt.Println(which(T1{}), which(T2{}), which(nil))
	var x any = 3
	switch y := x.(type) {
	default:
		fmt.Printf("default %T %v\n", y, y)
	case string:
		fmt.Println("string")
	}
	switch v := any(2.5).(type) {
	case int:
		fmt.Println("int", v)
	case float32, float64:
		fmt.Printf("%T %v\n", v, v)
	}
}
