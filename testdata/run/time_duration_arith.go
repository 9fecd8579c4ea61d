package main

import (
	"fmt"
	"time"
)

// Duration conversions, Truncate, Round and Abs.
func main() {
	ds := []time.Duration{
		0,
		1,
		1499 * time.Millisecond,
		1500 * time.Millisecond,
		2750 * time.Millisecond,
		-2750 * time.Millisecond,
		90 * time.Minute,
		-90*time.Minute - 1,
		36*time.Hour + 45*time.Minute + 30*time.Second + 123456789,
		1<<63 - 1,
		-1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
		fmt.Println("  ", d.Seconds(), d.Minutes(), d.Hours())
	}
	ms := []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour}
	for _, d := range ds {
		for _, m := range ms {
			fmt.Printf("%v/%v: T=%v R=%v\n", d, m, d.Truncate(m), d.Round(m))
		}
	}
	// Halfway values round away from zero.
	for _, d := range []time.Duration{500, 1500, 2500, -500, -1500, -2500, 499, -499, 501, -501} {
		fmt.Println(d, d.Round(1000), d.Truncate(1000))
	}
	// Rounding that overflows saturates.
	big := time.Duration(1<<63 - 1)
	fmt.Println(big.Round(time.Hour), (-big).Round(time.Hour), (big - 1).Round(2))
	fmt.Println(time.Duration(-1<<63).Round(3), time.Duration(-1<<63).Truncate(3))
	for _, d := range []time.Duration{0, 5, -5, 1<<63 - 1, -1 << 63, -(1<<63 - 1)} {
		fmt.Println(d.Abs())
	}
	// Arithmetic on the underlying int64.
	d := 3*time.Hour + 20*time.Minute
	fmt.Println(d/2, d*3, d%time.Hour, d/time.Minute, int(d/time.Second))
	fmt.Println(time.Duration(2.5*float64(time.Second)), time.Duration(1e9), time.Second*time.Duration(3))
	fmt.Println(d > time.Hour, d == 200*time.Minute, time.Duration(0) < -time.Nanosecond)
	var total time.Duration
	for i := 1; i <= 10; i++ {
		total += time.Duration(i) * 123 * time.Millisecond
	}
	fmt.Println(total, total.Seconds())
	fmt.Printf("%.3f %.2f %T\n", total.Minutes(), (90 * time.Minute).Hours(), total)
}
