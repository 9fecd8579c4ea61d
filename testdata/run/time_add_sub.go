package main

import (
	"fmt"
	"time"
)

// Add, Sub, AddDate and the comparisons of Date values.
func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.Add(time.Hour))
	fmt.Println(t.Add(90 * time.Minute))
	fmt.Println(t.Add(-24 * time.Hour))
	fmt.Println(t.Add(1500 * time.Millisecond))
	fmt.Println(t.Add(-1))
	fmt.Println(t.Add(time.Nanosecond * 999999999).Add(1))
	fmt.Println(t.Add(100000 * time.Hour))
	fmt.Println(t.Add(1<<63 - 1))
	fmt.Println(t.Add(-1 << 63))
	u := time.Date(2010, time.January, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Sub(t), t.Sub(u), t.Sub(t))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 1, time.UTC).Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)))
	var zero time.Time
	fmt.Println(t.Sub(zero), zero.Sub(t))
	fmt.Println("AddDate:")
	fmt.Println(t.AddDate(1, 0, 0))
	fmt.Println(t.AddDate(0, 1, 0))
	fmt.Println(t.AddDate(0, 0, 1))
	fmt.Println(t.AddDate(-10, -11, -9))
	fmt.Println(time.Date(2023, time.January, 31, 12, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2024, time.February, 29, 12, 0, 0, 7, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, time.October, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2023, time.March, 31, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0))
	fmt.Println(time.Date(2023, time.December, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1))
	fmt.Println(t.AddDate(0, 0, 1000).Sub(t).Hours() / 24)
	fmt.Println("compare:")
	a := time.Date(2020, 5, 17, 10, 0, 0, 0, time.UTC)
	b := a.Add(time.Nanosecond)
	c := time.Date(2020, 5, 17, 10, 0, 0, 0, time.Local)
	for _, p := range [][2]time.Time{{a, b}, {b, a}, {a, a}, {a, c}, {zero, a}} {
		x, y := p[0], p[1]
		fmt.Println(x.Before(y), x.After(y), x.Equal(y), x.Compare(y), x == y)
	}
	times := []time.Time{b, zero, a, t, u}
	for i := 1; i < len(times); i++ {
		for j := i; j > 0 && times[j].Before(times[j-1]); j-- {
			times[j], times[j-1] = times[j-1], times[j]
		}
	}
	for _, x := range times {
		fmt.Println(" ", x)
	}
	// Counting days between dates.
	start := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println("days until Christmas:", int(end.Sub(start).Hours()/24))
	n := 0
	for d := start; d.Before(end); d = d.AddDate(0, 1, 0) {
		n++
	}
	fmt.Println("months:", n)
	deadline := start.Add(72 * time.Hour)
	fmt.Println(deadline.Sub(start) == 3*24*time.Hour, deadline.Weekday())
}
