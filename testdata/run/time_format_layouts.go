package main

import (
	"fmt"
	"time"
)

// Format with the standard layouts and custom ones.
func main() {
	ts := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.UTC),
		time.Date(2024, time.July, 4, 0, 5, 9, 120000000, time.UTC),
		time.Date(1999, time.December, 31, 12, 59, 59, 999, time.UTC),
		time.Date(2001, time.February, 3, 4, 5, 6, 7, time.FixedZone("CET", 3600)),
		time.Date(2015, time.August, 9, 21, 30, 0, 50000, time.FixedZone("", -(5*3600+30*60))),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02T15:04:05.000Z07:00",
		"02/01/2006 15h04",
		"Monday, January 2, 2006 at 3:04pm (MST)",
		"Jan 2 '06, 3:04:05 PM",
		"20060102150405",
		"2006.01.02 15:04:05,000",
		"day 002 of 2006 (__2)",
		"no layout elements here!",
		"",
	}
	for _, t := range ts {
		for _, l := range layouts {
			fmt.Printf("%-40q %s\n", l, t.Format(l))
		}
		fmt.Println()
	}
	b := []byte("stamp: ")
	b = ts[1].AppendFormat(b, time.RFC3339Nano)
	fmt.Println(string(b))
}
