package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
}

// String, GoString and locations of Date values (no monotonic reading).
func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.String())
	fmt.Printf("%v|%s|%q\n", t, t, t)
	fmt.Printf("%#v\n", t)
	fmt.Println(time.Date(2023, 3, 4, 5, 6, 7, 120000000, time.UTC))
	fmt.Println(time.Date(2023, 3, 4, 5, 6, 7, 1, time.UTC))
	fmt.Println(time.Date(2023, 3, 4, 5, 6, 7, 0, time.Local))
	fmt.Printf("%#v\n", time.Date(2023, 3, 4, 5, 6, 7, 8, time.Local))
	var zero time.Time
	fmt.Println(zero)
	fmt.Printf("%#v\n", zero)
	fmt.Println(time.UTC, time.Local, time.UTC.String(), time.Local.String())
	fmt.Println(t.Location(), t.Local().Location(), t.Local().UTC().Location(), zero.Location())
	cet := time.FixedZone("CET", 3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	anon := time.FixedZone("", -3*3600-1800)
	odd := time.FixedZone("", 3661)
	for _, loc := range []*time.Location{time.UTC, time.Local, cet, ist, anon, odd} {
		in := t.In(loc)
		name, off := in.Zone()
		fmt.Printf("%q %v %q %d %v\n", loc.String(), in, name, off, in.Equal(t))
		fmt.Println("  ", in.Format(time.RFC3339), in.Format("-07:00:00 Z070000 -07 Z07"), in.Hour(), in.Day())
		fmt.Printf("   %#v\n", in)
	}
	d := time.Date(2024, time.January, 1, 0, 30, 0, 0, ist)
	fmt.Println(d, d.UTC(), d.Unix(), d.YearDay(), d.UTC().YearDay())
	fmt.Println(d.Equal(d.UTC()), d == d.UTC(), d.Sub(d.UTC()))
	ev := event{"launch", time.Date(2021, 12, 25, 12, 20, 0, 0, time.UTC)}
	fmt.Println(ev)
	fmt.Printf("%+v\n", ev)
	fmt.Println([]time.Time{t, t.AddDate(0, 0, 1)})
	fmt.Println(map[string]time.Time{"t": t})
	var s fmt.Stringer = t
	fmt.Println(s.String() == t.Format("2006-01-02 15:04:05.999999999 -0700 MST"))
}
