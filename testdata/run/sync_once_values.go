package main

import (
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

// OnceValues: two results computed once, and a panicking function.
func main() {
	calls := 0
	parse := sync.OnceValues(func() (int, error) {
		calls++
		return strconv.Atoi("12x")
	})
	v, err := parse()
	v2, err2 := parse()
	fmt.Println("OnceValues:", v, err, v2, err2 == err, "calls:", calls)

	split := sync.OnceValues(func() (string, []int) {
		calls++
		return "digits", []int{1, 2, 3}
	})
	name, digits := split()
	digits[0] = 9
	_, again := split()
	fmt.Println(name, again, "calls:", calls)

	pair := sync.OnceValues(func() (string, []int) {
		panic(fmt.Sprintf("pair %d", 7))
	})
	catch("OnceValues", func() { pair() })
	catch("OnceValues again", func() { pair() })
}
