package main

import "fmt"

type account struct{ balance int }

func withdraw(a *account, amt int) {
	defer fmt.Println("withdraw done")
	if amt > a.balance {
		panic(fmt.Sprintf("insufficient funds: %d > %d", amt, a.balance))
	}
	a.balance -= amt
}

func main() {
	acc := &account{balance: 10}
	withdraw(acc, 3)
	withdraw(acc, 20)
	fmt.Println("unreachable")
}
