// trace: --gomaxprocs=1 --only=time,sched
package main

import (
	"fmt"
	"time"
)

// AfterFunc's timer starts f in a new goroutine when it fires.
func main() {
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("fired")
		done <- true
	})
	<-done
	fmt.Println("main done")
}
