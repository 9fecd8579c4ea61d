package main

import (
	"fmt"
	"time"
)

// Months and weekdays print their English names.
func main() {
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ", int(m), " ", m.String()[:3], "; ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Printf("%v=%d ", d, d)
	}
	fmt.Println()
	fmt.Println(time.Month(0), time.Month(13), time.Month(-1))
	fmt.Println(time.Weekday(7), time.Weekday(-3))
	fmt.Printf("%s %v %d %q\n", time.March, time.October, time.December, time.June)
	next := time.November + 1
	fmt.Println(next, next == time.December, time.Friday+1, time.Saturday+1)
	var m time.Month
	var w time.Weekday
	fmt.Println(m, w)
	fmt.Println([]time.Month{time.April, time.May}, map[time.Weekday]bool{time.Monday: true})
	days := map[time.Month]int{}
	for y, mo := 2024, time.January; mo <= time.December; mo++ {
		days[mo] = time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	fmt.Println(days)
}
