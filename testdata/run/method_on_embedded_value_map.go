package main

import "fmt"

type Acc struct{ bal int }

func (a *Acc) Deposit(n int) { a.bal += n }
func (a Acc) Balance() int   { return a.bal }

func main() {
	accts := []Acc{{}, {}}
	for i := range accts {
		accts[i].Deposit((i + 1) * 100)
	}
	fmt.Println(accts[0].Balance(), accts[1].Balance())
	for _, a := range accts {
		a.Deposit(1)
	}
	fmt.Println(accts)
	arr := [2]Acc{}
	arr[1].Deposit(5)
	fmt.Println(arr)
	f := accts[0].Deposit
	f(50)
	fmt.Println(accts[0].bal)
	g := accts[1].Balance
	accts[1].Deposit(1000)
	fmt.Println(g(), accts[1].Balance())
}
