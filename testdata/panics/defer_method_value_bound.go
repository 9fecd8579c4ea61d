package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n; fmt.Println("add", n, "total", a.total) }
func (a Acc) Report()    { fmt.Println("report total", a.total) }

func main() {
	a := &Acc{}
	add := a.Add
	report := a.Report
	defer report()
	defer add(5)
	a.total = 10
	report2 := a.Report
	defer report2()
	fmt.Println("body total", a.total)
}
