package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	history []string
}

func NewAccount(owner string) *Account {
	return &Account{Owner: owner}
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("deposit %d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("withdraw %d", n))
	return nil
}

func (a *Account) Balance() int { return a.balance }

func main() {
	acct := NewAccount("ann")
	acct.Deposit(100)
	if err := acct.Withdraw(150); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
	}
	_ = acct.Withdraw(30)
	for i, h := range acct.history {
		fmt.Printf("%d: %s\n", i, h)
	}
	fmt.Println(acct.Owner, acct.Balance())
}
