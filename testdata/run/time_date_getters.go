package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Printf("%04d-%02d-%02d %02d:%02d:%02d.%09d %v yday=%d iso=%d-W%02d | %d %v %d %d %d %d %d\n",
		y, int(m), d, hh, mm, ss, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw,
		t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
}

// time.Date and the calendar getters, with normalization.
func main() {
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(2000, time.February, 29, 12, 30, 45, 500, time.UTC))
	show(time.Date(2024, time.December, 31, 6, 7, 8, 9, time.UTC))
	show(time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2021, time.January, 3, 0, 0, 0, 0, time.UTC))
	show(time.Date(2020, time.December, 31, 0, 0, 0, 0, time.UTC))
	show(time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1600, time.March, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1900, time.February, 28, 0, 0, 0, 0, time.UTC))
	show(time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC))
	show(time.Date(12345, time.June, 15, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(-1, time.December, 31, 0, 0, 0, 0, time.UTC))
	show(time.Date(-400, time.February, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println("normalization:")
	show(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.February, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(2024, time.February, 30, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 0, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, -13, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.March, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.March, -31, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.June, 15, 25, 61, 61, 1e9+5, time.UTC))
	show(time.Date(2023, time.June, 15, -1, -1, -1, -1, time.UTC))
	show(time.Date(2023, time.June, 15, 0, 0, 0, -3e9, time.UTC))
	show(time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 365))
	show(time.Date(2023, time.January, 1, 24*400, 0, 0, 0, time.UTC))
	var zero time.Time
	show(zero)
	fmt.Println(zero.IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC).IsZero())
	// Days in every month of a few years.
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":")
		for m := time.January; m <= time.December; m++ {
			fmt.Print(" ", time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day())
		}
		fmt.Println()
	}
	// Weekdays of the 13th in 2026.
	for m := time.January; m <= time.December; m++ {
		if d := time.Date(2026, m, 13, 0, 0, 0, 0, time.UTC); d.Weekday() == time.Friday {
			fmt.Println("Friday the 13th:", d.Month())
		}
	}
}
