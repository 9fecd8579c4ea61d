package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

// OnceValue and OnceValues cache the result of a function computed once.
func main() {
	computed := 0
	answer := sync.OnceValue(func() int {
		computed++
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
		}
		return sum
	})
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = answer()
		}()
	}
	wg.Wait()
	fmt.Println("results:", results, "computed:", computed)

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing once")
		return strconv.Atoi("12x")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		var numErr *strconv.NumError
		fmt.Println(n, err, errors.As(err, &numErr))
	}
}
