package main

import (
	"fmt"
	"time"
)

// Durations print in the largest fitting units, with Go's exact format.
func main() {
	values := []time.Duration{
		0,
		1,
		999,
		1000,
		1001,
		1500,
		999999,
		1000000,
		1234567,
		500 * time.Microsecond,
		999999999,
		time.Second,
		1500 * time.Millisecond,
		time.Second + time.Nanosecond,
		59 * time.Second,
		time.Minute,
		90 * time.Second,
		time.Hour,
		2 * time.Hour,
		2*time.Hour + 30*time.Second,
		25*time.Hour + 61*time.Minute + 1500*time.Millisecond,
		100 * time.Hour,
		-1,
		-1500 * time.Millisecond,
		-90 * time.Minute,
		-time.Duration(1234) * time.Microsecond,
		1<<63 - 1,
		-1 << 63,
	}
	for _, d := range values {
		fmt.Println(int64(d), d, d.String())
	}
	fmt.Printf("%v|%s|%d|%q|%10v|%-10s|\n", time.Second, time.Minute, time.Millisecond, 3*time.Hour, 5*time.Second, time.Microsecond)
	fmt.Println([]time.Duration{time.Nanosecond, 2 * time.Microsecond, 3 * time.Millisecond})
	m := map[string]time.Duration{"a": 1500 * time.Millisecond, "b": time.Hour}
	fmt.Println(m)
	type timeout struct {
		Name  string
		Limit time.Duration
	}
	fmt.Printf("%v %+v\n", timeout{"read", 30 * time.Second}, timeout{"write", 250 * time.Millisecond})
	var s fmt.Stringer = 42 * time.Second
	fmt.Println(s.String())
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}
