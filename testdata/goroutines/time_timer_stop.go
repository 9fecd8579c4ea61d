package main

import (
	"fmt"
	"time"
)

// Stop prevents a timer from firing; it reports whether it stopped it.
func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before firing:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired (unexpected)")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("stopped timer never fired")
	}

	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired; Stop after firing:", t2.Stop())
}
