package main

import (
	"fmt"
	"time"
)

// Each layout element on its own, across hours and fractions.
func main() {
	elems := []string{
		"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002",
		"15", "03", "3", "04", "4", "05", "5", "PM", "pm", "Mon", "Monday", "MST",
		"-0700", "-07:00", "-07", "-070000", "-07:00:00", "Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
		".0", ".00", ".000", ".000000", ".000000000", ".9", ".99", ".999", ".999999", ".999999999",
		",000", ",999", "05.000", "05.9", ".0000000000", ".99999999999", ".0x", ".01", "_2006", "Z", "Jun", "Mo",
		"M", "J", "0", "7", "9", "_", "__", "p", "P", "-", "-07:", "Z07:0", "a.b", "3PM",
	}
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2021, time.March, 7, 0, 0, 9, 100000000, time.FixedZone("PST", -8*3600)),
		time.Date(2000, time.October, 1, 12, 30, 0, 0, time.FixedZone("", 9*3600+30*60+15)),
		time.Date(7, time.May, 5, 11, 59, 59, 1000, time.FixedZone("", -(2*3600+45*60))),
		time.Date(2024, time.December, 31, 13, 1, 1, 10, time.UTC),
	}
	for _, t := range times {
		for _, e := range elems {
			fmt.Printf("[%s]=[%s] ", e, t.Format(e))
		}
		fmt.Println()
	}
	// The hour in 12-hour form around the clock.
	for h := 0; h < 24; h++ {
		t := time.Date(2020, 1, 1, h, 7, 0, 0, time.UTC)
		fmt.Print(t.Format("3:04pm 03PM 15"), "; ")
	}
	fmt.Println()
	// Day-of-year padding.
	for _, d := range []int{1, 9, 10, 99, 100, 366} {
		t := time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC)
		fmt.Printf("%q %q %q\n", t.Format("__2"), t.Format("002"), t.Format("_2 Jan"))
	}
	// Years with fewer or more than four digits.
	for _, y := range []int{-12345, -1, 0, 5, 99, 999, 2006, 10000, 123456} {
		t := time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC)
		fmt.Printf("%s %s | ", t.Format("2006"), t.Format("06"))
	}
	fmt.Println()
}
