package main

import (
	"fmt"
	"time"
)

// Truncate and Round of instants, relative to the zero time.
func main() {
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 31, 47, 567891234, time.UTC),
		time.Date(2024, time.February, 29, 11, 59, 59, 500000000, time.UTC),
		time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, time.January, 1, 0, 0, 0, 1, time.UTC),
		time.Date(-5, time.June, 30, 18, 45, 30, 250, time.UTC),
		time.Date(2023, time.July, 1, 12, 0, 0, 0, time.FixedZone("X", 5400)),
	}
	ds := []time.Duration{
		-1, 0, 1, time.Microsecond, time.Millisecond, 250 * time.Millisecond, time.Second,
		7 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 5 * time.Hour,
		24 * time.Hour, 7 * 24 * time.Hour, 1000 * time.Hour, 1<<63 - 1, 3 * time.Nanosecond,
		1e9 + 7,
	}
	for _, t := range times {
		fmt.Println(t)
		for _, d := range ds {
			fmt.Printf("  %v: %s | %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
		}
	}
	// Half a unit rounds up.
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, off := range []time.Duration{499 * time.Millisecond, 500 * time.Millisecond, 1500 * time.Millisecond, -500 * time.Millisecond} {
		x := base.Add(off)
		fmt.Println(off, x.Round(time.Second), x.Truncate(time.Second))
	}
	fmt.Println(base.Round(0) == base, base.Truncate(time.Hour) == base)
}
