// trace: --gomaxprocs=1 --only=defer,panic
package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	var m map[string]int
	m["x"] = 1
}

func middle() {
	defer func() {
		fmt.Println("middle deferred")
	}()
	inner()
}

// A panic runs every deferred call on top of the panicking frame until
// one recovers.
func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	middle()
}
