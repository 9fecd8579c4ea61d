package main

import (
	"fmt"
	"time"
)

// Durations print in the largest fitting units.
func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(90 * time.Second)
	fmt.Println(2*time.Hour + 3*time.Minute + 4*time.Second)
	fmt.Println(250 * time.Microsecond)
	fmt.Println(42 * time.Nanosecond)
	fmt.Println(time.Duration(0))
	fmt.Println(-3 * time.Millisecond)
	d := 2750 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Second))
	fmt.Printf("%v %d %s\n", 100*time.Millisecond, 100*time.Millisecond, time.Minute)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Minutes())
	fmt.Println(time.Duration(1<<63 - 1))
}
