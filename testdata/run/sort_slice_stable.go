package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	emps := []Emp{
		{"ann", "eng", 30}, {"bob", "ops", 25}, {"cat", "eng", 25},
		{"dan", "ops", 30}, {"eve", "eng", 35}, {"fay", "hr", 25},
	}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Age < emps[j].Age })
	for _, e := range emps {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	for _, e := range emps {
		fmt.Print(e.Name, "/", e.Dept, "/", e.Age, " ")
	}
	fmt.Println()
	sort.Slice(emps, func(i, j int) bool { return emps[i].Name > emps[j].Name })
	fmt.Println(emps[0].Name, emps[len(emps)-1].Name)
	fmt.Println(sort.SliceIsSorted(emps, func(i, j int) bool { return emps[i].Name > emps[j].Name }))
}
