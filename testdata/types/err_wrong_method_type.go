package main

type Stringer interface{ String() string }

type T struct{}

func (T) String() int { return 0 }

func main() {
	var s Stringer = T{} // ERROR "cannot use T\{\} \(value of struct type T\) as Stringer value in variable declaration: T does not implement Stringer \(wrong type for method String\)"
	_ = s
}
