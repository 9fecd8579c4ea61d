package main

import "fmt"

type Stack struct{ items []int }

func (s Stack) Top() int {
	return s.items[len(s.items)-1]
}

func (s Stack) Describe() string {
	return fmt.Sprint("top is ", s.Top())
}

func main() {
	s := Stack{items: []int{4, 5}}
	fmt.Println(s.Describe())
	empty := Stack{}
	fmt.Println(empty.Describe())
}
