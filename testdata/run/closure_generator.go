package main

import "fmt"

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	next := primes()
	for i := 0; i < 15; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	calls := 0
	sq := memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), sq(4), calls)
}
