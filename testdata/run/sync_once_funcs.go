package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func catch(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

// Once.Do, OnceFunc and OnceValue, including panicking functions.
func main() {
	var once sync.Once
	n := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { n++ })
	}
	fmt.Println("Do ran", n, "time(s)")
	// A different function on a used Once is not called either.
	once.Do(func() { n = 100 })
	fmt.Println("still", n)

	// A panicking f counts as done.
	var bad sync.Once
	catch("Do", func() { bad.Do(func() { panic("boom") }) })
	ran := false
	bad.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	calls := 0
	hello := sync.OnceFunc(func() {
		calls++
		fmt.Println("hello (once)")
	})
	hello()
	hello()
	fmt.Println("OnceFunc calls:", calls)

	// Every call of a panicking OnceFunc panics with the same value.
	tries := 0
	failing := sync.OnceFunc(func() {
		tries++
		panic(errors.New("init failed"))
	})
	for i := 0; i < 3; i++ {
		catch("OnceFunc #"+strconv.Itoa(i), failing)
	}
	fmt.Println("failing function ran", tries, "time(s)")

	square := sync.OnceValue(func() int {
		calls++
		return 12 * 12
	})
	fmt.Println("OnceValue:", square(), square(), "calls:", calls)

	divide := sync.OnceValue(func() int {
		zero := 0
		return 1 / zero
	})
	catch("OnceValue", func() { fmt.Println(divide()) })
	catch("OnceValue again", func() { fmt.Println(divide()) })
}
