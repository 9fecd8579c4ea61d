package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
	timer := time.NewTimer(10 * time.Millisecond)
	select {
	case <-timer.C:
		fmt.Println("timer fired")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	start := time.Now()
	time.Sleep(time.Millisecond)
	fmt.Println(time.Since(start) > 0)
}
