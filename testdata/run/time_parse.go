package main

import (
	"errors"
	"fmt"
	"time"
)

// time.Parse with standard and custom layouts, and its errors.
func main() {
	cases := [][2]string{
		{time.RFC3339, "2023-10-05T14:30:00Z"},
		{time.RFC3339, "2023-10-05T14:30:00+00:00"},
		{time.RFC3339, "2023-10-05T14:30:00.123456789-07:00"},
		{time.RFC3339, "2023-10-05T14:30:00,5Z"},
		{time.RFC3339Nano, "2023-10-05T14:30:00.1234567891234Z"},
		{time.RFC3339Nano, "2023-10-05T14:30:00Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT-7"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 CEST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ChST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AEST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ABCD"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 -05"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0100"},
		{time.RFC822, "10 Nov 09 23:00 UTC"},
		{time.RFC850, "Tuesday, 10-Nov-09 23:00:00 UTC"},
		{time.ANSIC, "Tue Nov 10 23:00:00 2009"},
		{time.ANSIC, "Tue Nov  1 23:00:00 2009"},
		{time.UnixDate, "Tue Nov 10 23:00:00 PST 2009"},
		{time.RubyDate, "Tue Nov 10 23:00:00 -0800 2009"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.Kitchen, "11:59pm"},
		{time.Stamp, "Nov 10 23:00:00"},
		{time.StampMilli, "Nov 10 23:00:00.123"},
		{time.DateTime, "2024-02-29 12:00:00"},
		{time.DateOnly, "2024-02-29"},
		{time.TimeOnly, "23:59:59"},
		{"2006-01-02", "2023-1-2"},
		{"2006-1-2", "2023-1-2"},
		{"2006-1-2", "2023-12-25"},
		{"January 2, 2006", "march 15, 2021"},
		{"Jan _2 2006", "Feb  3 2021"},
		{"Jan _2 2006", "Feb 3 2021"},
		{"02/01/06", "31/12/99"},
		{"02/01/06", "31/12/68"},
		{"2006 002", "2024 060"},
		{"2006 __2", "2023   5"},
		{"2006 002", "2023 366"},
		{"2006 002 01", "2024 060 03"},
		{"2006-01-02 15:04:05.000", "2023-01-02 03:04:05.678"},
		{"2006-01-02 15:04:05.000", "2023-01-02 03:04:05.67"},
		{"2006-01-02 15:04:05", "2023-01-02 03:04:05.999999"},
		{"15:04:05.999", "10:00:00"},
		{"15:04 MST", "10:00 UTC"},
		{"15:04 -07:00:00", "10:00 +01:30:15"},
		{"15:04 Z070000", "10:00 -013015"},
		{"15:04 Z07", "10:00 Z"},
		{"2006-01-02T15:04:05", "2023-01-02T03:04:05"},
		{"2006  01", "2006 01"},
		{"2006 01", "2006    01"},
		{"Monday 2006", "Friday 2021"},
		{"Monday 2006", "Fri 2021"},
		{"", ""},
		{"", "x"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-04-31"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-00-10"},
		{"2006-01-02", "2023-01-00"},
		{"2006-01-02", "2023-01-02 extra"},
		{"2006-01-02", "23-01-02"},
		{"2006-01-02", "2023/01/02"},
		{"15:04:05", "24:00:00"},
		{"15:04:05", "23:60:00"},
		{"15:04:05", "23:59:60"},
		{"3:04PM", "13:04PM"},
		{"3:04PM", "1:04XM"},
		{"2006 002", "2023 000"},
		{"2006 002 01", "2024 060 02"},
		{"2006 002 02", "2024 060 28"},
		{"15:04 -0700", "10:00 +2500"},
		{"15:04 -0700", "10:00 +0161"},
		{"15:04 -0700", "10:00 *0100"},
		{"15:04 -07:00", "10:00 +0100"},
		{"15:04 MST", "10:00 pst"},
		{"Jan 2006", "Foo 2006"},
		{"2006-01-02T15:04:05Z07:00", ""},
		{".000", ".12"},
		{"05.000", "01.-12"},
		{"06", "+9"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q %q: error: %v\n", c[0], c[1], err)
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q %q: %v [%s %d %s]\n", c[0], c[1], t, name, off, t.Location())
	}
	_, err := time.Parse("2006-01-02", "2023-1x-02")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	_, err = time.Parse("2006-01-02", "2023-01-32")
	if errors.As(err, &pe) {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	// Round trips through Format.
	orig := time.Date(2021, time.August, 13, 7, 8, 9, 123000000, time.FixedZone("", -4*3600))
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.Layout, time.RubyDate} {
		back, err := time.Parse(l, orig.Format(l))
		fmt.Println(back, err, back.Equal(orig))
	}
	loc := time.FixedZone("EST", -5*3600)
	for _, v := range []string{"2023-06-01 12:00", "2023-06-01 12:00 EST", "2023-06-01 12:00 UTC", "2023-06-01 12:00 -0500"} {
		layout := "2006-01-02 15:04"
		if len(v) > len(layout) {
			if v[len(v)-1] == '0' {
				layout += " -0700"
			} else {
				layout += " MST"
			}
		}
		t, err := time.ParseInLocation(layout, v, loc)
		fmt.Println(t, err, t.Location(), t.UTC())
	}
}
