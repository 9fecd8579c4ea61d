// trace: --gomaxprocs=1 --only=time
package main

import (
	"fmt"
	"time"
)

// A Ticker's timer is periodic: each firing re-arms it one period later,
// until Stop.
func main() {
	t := time.NewTicker(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-t.C
		fmt.Println("tick", i)
	}
	t.Stop()
	time.Sleep(25 * time.Millisecond)
	fmt.Println("stopped")
}
