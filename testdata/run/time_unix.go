package main

import (
	"fmt"
	"time"
)

// Conversions to and from Unix time.
func main() {
	for _, p := range [][2]int64{
		{0, 0}, {1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1257894000, 0}, {1e9, 5e8},
		{0, 1e9}, {0, 3e9 + 7}, {10, -1}, {-10, -2500000000}, {253402300799, 999999999},
		{-62135596800, 0}, {-62135596801, 0}, {1 << 40, 0},
	} {
		t := time.Unix(p[0], p[1]).UTC()
		fmt.Println(p, t, t.Unix(), t.Nanosecond(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	}
	for _, ms := range []int64{0, 1, 999, 1000, -1, -1001, 1700000000123} {
		t := time.UnixMilli(ms).UTC()
		fmt.Println("ms", ms, t, t.UnixMilli(), t.UnixMicro())
	}
	for _, us := range []int64{0, 1, 999999, -1, 1700000000123456} {
		t := time.UnixMicro(us).UTC()
		fmt.Println("us", us, t, t.UnixMicro(), t.UnixMilli())
	}
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.Unix(), t.UnixNano(), time.Unix(t.Unix(), 0).Equal(t))
	var zero time.Time
	fmt.Println(zero.Unix(), zero.UnixMilli(), zero.UnixMicro())
	// Round trip through Unix seconds for each month start of a year.
	for m := time.January; m <= time.December; m += 3 {
		d := time.Date(1985, m, 1, 0, 0, 0, 0, time.UTC)
		back := time.Unix(d.Unix(), 0).UTC()
		fmt.Println(d.Unix(), back.Format(time.DateOnly), back == d)
	}
	// Unix times are in Local, which prints like UTC here.
	l := time.Unix(1234567890, 0)
	fmt.Println(l, l.Location(), l.UTC().Location(), l.Equal(l.UTC()), l == l.UTC())
	days := time.Unix(1700000000, 0).Sub(time.Unix(0, 0)).Hours() / 24
	fmt.Printf("%.4f days\n", days)
}
