package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	ID      int
	Owner   string
	Balance int
	History []string
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}, nextID: 1} }

func (b *Bank) Open(owner string, initial int) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: initial}
	b.accounts[a.ID] = a
	b.nextID++
	return a
}

func (b *Bank) Transfer(from, to, amt int) error {
	f, ok1 := b.accounts[from]
	t, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return fmt.Errorf("unknown account")
	}
	if f.Balance < amt {
		return fmt.Errorf("insufficient funds in %d: have %d, need %d", from, f.Balance, amt)
	}
	f.Balance -= amt
	t.Balance += amt
	f.History = append(f.History, fmt.Sprintf("-%d", amt))
	t.History = append(t.History, fmt.Sprintf("+%d", amt))
	return nil
}

func main() {
	b := NewBank()
	a := b.Open("ann", 100)
	c := b.Open("cid", 50)
	fmt.Println(b.Transfer(a.ID, c.ID, 30))
	fmt.Println(b.Transfer(c.ID, a.ID, 500))
	fmt.Println(b.Transfer(1, 9, 1))
	fmt.Println(b.Transfer(c.ID, a.ID, 80))
	ids := []int{2, 1}
	sort.Ints(ids)
	for _, id := range ids {
		acc := b.accounts[id]
		fmt.Println(acc.ID, acc.Owner, acc.Balance, strings.Join(acc.History, ","))
	}
}
