package main

import "fmt"

func main() {
	var primes []int
next:
	for n := 2; len(primes) < 20; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	pairs := 0
rows:
	for i := 0; i < 10; i++ {
		for j := i; j < 10; j++ {
			if i+j > 12 {
				continue rows
			}
			pairs++
		}
	}
	fmt.Println(pairs)
}
