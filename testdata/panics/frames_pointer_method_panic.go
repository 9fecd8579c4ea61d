package main

import "fmt"

type Account struct {
	owner   string
	balance int
}

func (a *Account) Withdraw(n int) {
	if n > a.balance {
		panic(fmt.Errorf("%s: insufficient funds: have %d, need %d", a.owner, a.balance, n))
	}
	a.balance -= n
	fmt.Println(a.owner, "withdrew", n, "left", a.balance)
}

func pay(a *Account, amounts []int) {
	for _, n := range amounts {
		a.Withdraw(n)
	}
}

func main() {
	acc := &Account{"ann", 10}
	pay(acc, []int{3, 4, 5})
}
