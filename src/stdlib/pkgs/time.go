// Package time as Go 1.27 declares it, for gosub. Functions without a body
// are native (the runtime's virtual clock and timers, src/stdlib); the
// others are written in Go from the package's documentation and interpreted
// like user code.
//
// The model has one time zone, UTC: Local is a distinct *Location named
// "Local" whose zone is UTC. Time keeps Go's representation, so a Time read
// from Now carries a monotonic clock reading that Sub, Since, Until and the
// comparisons use, and that String prints as "m=±s.nnnnnnnnn".
package time

import "errors"

// ---------------------------------------------------------------------------
// Durations

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// utoa formats u in decimal.
func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	return string(buf[i:])
}

// itoa formats v in decimal.
func itoa(v int) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

// fracDigits is "" for f == 0, else "." and f written with `digits` digits,
// without its trailing zeros.
func fracDigits(f uint64, digits int) string {
	if f == 0 {
		return ""
	}
	var buf [10]byte
	for i := digits; i > 0; i-- {
		buf[i] = byte('0' + f%10)
		f /= 10
	}
	end := digits + 1
	for buf[end-1] == '0' {
		end--
	}
	buf[0] = '.'
	return string(buf[:end])
}

// String returns the duration as "72h3m0.5s": hours, minutes and seconds
// with a fraction, leading zero units omitted; durations under a second use
// the largest of ms, µs and ns that fits, and zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	sign := ""
	if d < 0 {
		sign = "-"
		u = -u
	}
	switch {
	case u < uint64(Microsecond):
		return sign + utoa(u) + "ns"
	case u < uint64(Millisecond):
		return sign + utoa(u/1000) + fracDigits(u%1000, 3) + "µs"
	case u < uint64(Second):
		return sign + utoa(u/1000000) + fracDigits(u%1000000, 6) + "ms"
	}
	secs := u / 1000000000
	s := sign
	h := secs / 3600
	m := secs / 60 % 60
	if h > 0 {
		s += utoa(h) + "h"
	}
	if h > 0 || m > 0 {
		s += utoa(m) + "m"
	}
	return s + utoa(secs%60) + fracDigits(u%1000000000, 9) + "s"
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1000 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1000000 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m; m <= 0 leaves
// d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// halfBelow reports whether r < m/2 exactly (r, m >= 0).
func halfBelow(r, m Duration) bool {
	return uint64(r)+uint64(r) < uint64(m)
}

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero; a result that overflows saturates. m <= 0 leaves d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if r < 0 {
		r = -r
	}
	if halfBelow(r, m) {
		if d < 0 {
			return d + r
		}
		return d - r
	}
	if d < 0 {
		if v := d - (m - r); v < d {
			return v
		}
		return minDuration
	}
	if v := d + (m - r); v > d {
		return v
	}
	return maxDuration
}

// Abs returns the absolute value of d; the most negative Duration becomes
// the most positive one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// quote double-quotes s as the package's errors do: bytes outside printable
// ASCII are written \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	b = append(b, '"')
	return string(b)
}

// unitNanos is the length of a ParseDuration unit, or 0 for an unknown one.
func unitNanos(u string) uint64 {
	switch u {
	case "ns":
		return 1
	case "us", "µs", "μs":
		return 1000
	case "ms":
		return 1000000
	case "s":
		return 1000000000
	case "m":
		return 60 * 1000000000
	case "h":
		return 3600 * 1000000000
	}
	return 0
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func errInvalid(s string) error {
	return errors.New("time: invalid duration " + quote(s))
}

// ParseDuration parses a sequence of decimal numbers, each with an optional
// fraction and a unit ("ns", "us" or "µs", "ms", "s", "m", "h"), with an
// optional sign: "300ms", "-1.5h", "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errInvalid(orig)
	}
	const limit = uint64(1) << 63
	var total uint64
	for s != "" {
		if s[0] != '.' && !isDigitByte(s[0]) {
			return 0, errInvalid(orig)
		}
		// The whole part.
		var whole uint64
		i := 0
		for i < len(s) && isDigitByte(s[i]) {
			if whole > limit/10 {
				return 0, errInvalid(orig)
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > limit {
				return 0, errInvalid(orig)
			}
			i++
		}
		hadWhole := i > 0
		s = s[i:]
		// The fraction: digits past what fits are ignored.
		var frac uint64
		scale := 1.0
		hadFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			full := false
			for i < len(s) && isDigitByte(s[i]) {
				if !full {
					if frac > (limit-1)/10 {
						full = true
					} else if next := frac*10 + uint64(s[i]-'0'); next > limit {
						full = true
					} else {
						frac = next
						scale *= 10
					}
				}
				i++
			}
			hadFrac = i > 0
			s = s[i:]
		}
		if !hadWhole && !hadFrac {
			return 0, errInvalid(orig)
		}
		// The unit.
		i = 0
		for i < len(s) && s[i] != '.' && !isDigitByte(s[i]) {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := unitNanos(u)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > limit/unit {
			return 0, errInvalid(orig)
		}
		whole *= unit
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > limit {
				return 0, errInvalid(orig)
			}
		}
		total += whole
		if total > limit {
			return 0, errInvalid(orig)
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > limit-1 {
		return 0, errInvalid(orig)
	}
	return Duration(total), nil
}

// ---------------------------------------------------------------------------
// Months and weekdays

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [12]string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// ---------------------------------------------------------------------------
// Locations

// A Location maps time instants to the zone in use at that time. gosub's
// locations are fixed zones: a name, the zone's abbreviation and its offset
// east of UTC in seconds.
type Location struct {
	name   string
	abbr   string
	offset int
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC", abbr: "UTC"}

// Local represents the system's local time zone, which in gosub's model is
// UTC.
var Local *Location = &localLoc

var localLoc = Location{name: "Local", abbr: "UTC"}

// get maps nil to UTC.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, abbr: name, offset: offset}
}

// ---------------------------------------------------------------------------
// Instants

// A Time represents an instant in time with nanosecond precision.
//
// wall's top bit (hasMonotonic) says whether the Time carries a monotonic
// clock reading. With it, wall's next 33 bits hold the seconds since
// 1885-01-01 and ext the monotonic reading in nanoseconds; without it, ext
// holds the seconds since 0001-01-01. The low 30 bits of wall are always
// the nanoseconds within the second. loc nil means UTC.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30
	wallSecMax   = 1<<33 - 1

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// Days from 0001-01-01 to 1970-01-01 and to 1885-01-01.
	daysToUnix = 1969*365 + 1969/4 - 1969/100 + 1969/400
	daysToWall = 1884*365 + 1884/4 - 1884/100 + 1884/400

	unixToInternal int64 = daysToUnix * secondsPerDay
	internalToUnix int64 = -unixToInternal
	wallToInternal int64 = daysToWall * secondsPerDay
)

// nsec returns the nanoseconds within the second.
func (t *Time) nsec() int32 {
	return int32(t.wall & nsecMask)
}

// sec returns the seconds since 0001-01-01 UTC.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

// unixSec returns the seconds since 1970-01-01 UTC.
func (t *Time) unixSec() int64 { return t.sec() + internalToUnix }

// stripMono drops the monotonic reading, moving the seconds into ext.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// addSec adds d seconds, saturating at the representable range.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		ws := int64(t.wall << 1 >> (nsecShift + 1))
		if n := ws + d; 0 <= n && n <= wallSecMax {
			t.wall = hasMonotonic | uint64(n)<<nsecShift | t.wall&nsecMask
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case (sum > t.ext) == (d > 0):
		t.ext = sum
	case d > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

// setLoc sets the location, dropping the monotonic reading; UTC is kept as
// nil.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// unixTime is the Time of sec seconds and nsec nanoseconds since 1970, Local.
func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// The virtual clock (runtime natives).

// The current wall time (seconds and nanoseconds since 1970) and the monotonic clock, virtual.
func now() (sec int64, nsec int32, mono int64)

// The monotonic clock in nanoseconds.
func runtimeNano() int64

// startNano is the monotonic clock when the package started, less one, so
// that readings are positive.
var startNano int64 = runtimeNano() - 1

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	mono -= startNano
	ws := sec + unixToInternal - wallToInternal
	if uint64(ws)>>33 != 0 {
		// Outside 1885..2157: no room for the monotonic reading.
		return Time{uint64(nsec), ws + wallToInternal, Local}
	}
	return Time{hasMonotonic | uint64(ws)<<nsecShift | uint64(nsec), mono, Local}
}

// Unix returns the local Time of sec seconds and nsec nanoseconds since
// January 1, 1970 UTC; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		q := nsec / 1e9
		sec += q
		nsec -= q * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

// UnixMilli returns the local Time of msec milliseconds since 1970.
func UnixMilli(msec int64) Time {
	return Unix(msec/1000, msec%1000*1000000)
}

// UnixMicro returns the local Time of usec microseconds since 1970.
func UnixMicro(usec int64) Time {
	return Unix(usec/1000000, usec%1000000*1000)
}

// floorDiv returns q, r with a = q*b + r and 0 <= r < b (b > 0).
func floorDiv(a, b int64) (int64, int64) {
	q := a / b
	r := a % b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// carry moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func carry(hi, lo, base int) (int, int) {
	q := lo / base
	lo -= q * base
	if lo < 0 {
		q--
		lo += base
	}
	return hi + q, lo
}

// daysFromCivil returns the days since 1970-01-01 of the proleptic Gregorian
// date y-m-d (m in 1..12; d may be outside the month).
func daysFromCivil(y int64, m int, d int64) int64 {
	// Count from March so that the leap day ends the year.
	if m <= 2 {
		y--
	}
	era, yoe := floorDiv(y, 400)
	mp := int64(m + 9)
	if m > 2 {
		mp = int64(m - 3)
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil returns the date of the day days after 1970-01-01.
func civil(days int64) (year int, month Month, day int) {
	era, doe := floorDiv(days+719468, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), day
}

// Date returns the Time of yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc.
// Values outside their usual ranges are normalized: October 32 is
// November 1.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = carry(year, m, 12)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)
	days := daysFromCivil(int64(year), m+1, int64(day))
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix -= int64(loc.get().offset)
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// zone returns the zone abbreviation and offset in use at t.
func (t Time) zone() (string, int) {
	l := t.loc.get()
	return l.abbr, l.offset
}

// clockDay returns the days since 1970-01-01 and the seconds into that day
// of t in its location.
func (t Time) clockDay() (int64, int) {
	_, off := t.zone()
	days, secs := floorDiv(t.unixSec()+int64(off), secondsPerDay)
	return days, int(secs)
}

// Date returns the year, month and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.clockDay()
	return civil(days)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// weekdayOf returns the weekday of the day days after 1970-01-01 (a
// Thursday).
func weekdayOf(days int64) Weekday {
	_, r := floorDiv(days+4, 7)
	return Weekday(r)
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.clockDay()
	return weekdayOf(days)
}

// YearDay returns the day of the year specified by t, in [1, 365] or
// [1, 366] in leap years.
func (t Time) YearDay() int {
	days, _ := t.clockDay()
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	days, _ := t.clockDay()
	// The Thursday of t's week (weeks start on Monday) decides the year.
	wd := (int64(weekdayOf(days)) + 6) % 7
	thu := days - wd + 3
	year, _, _ = civil(thu)
	return year, int(thu-daysFromCivil(int64(year), 1, 1))/7 + 1
}

// Clock returns the hour, minute and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.clockDay()
	return s / secondsPerHour, s / secondsPerMinute % 60, s % 60
}

// Hour returns the hour within the day specified by t, in [0, 23].
func (t Time) Hour() int {
	_, s := t.clockDay()
	return s / secondsPerHour
}

// Minute returns the minute offset within the hour specified by t.
func (t Time) Minute() int {
	_, s := t.clockDay()
	return s / secondsPerMinute % 60
}

// Second returns the second offset within the minute specified by t.
func (t Time) Second() int {
	_, s := t.clockDay()
	return s % 60
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec()) }

// Zone computes the time zone in effect at t: its abbreviation and its
// offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) { return t.zone() }

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	return t.loc.get()
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same instant in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Unix returns t as the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixNano returns t as nanoseconds since 1970 (undefined beyond int64).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

// UnixMilli returns t as milliseconds since 1970.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as microseconds since 1970.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// IsZero reports whether t is the zero instant, January 1, year 1, 00:00:00
// UTC.
func (t Time) IsZero() bool {
	return t.sec() == 0 && t.nsec() == 0
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		m := t.ext + int64(d)
		if (d < 0 && m > t.ext) || (d > 0 && m < t.ext) {
			t.stripMono() // the monotonic reading overflowed
		} else {
			t.ext = m
		}
	}
	return t
}

// monoSub returns t-u of two monotonic readings, saturating.
func monoSub(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Sub returns t-u, saturating at the Duration range. When both carry a
// monotonic reading the readings are subtracted.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		return monoSub(t.ext, u.ext)
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Since returns the time elapsed since t, Now().Sub(t).
func Since(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return monoSub(runtimeNano()-startNano, t.ext)
	}
	return Now().Sub(t)
}

// Until returns the duration until t, t.Sub(Now()).
func Until(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return monoSub(t.ext, runtimeNano()-startNano)
	}
	return t.Sub(Now())
}

// AddDate returns t with years, months and days added, normalized as Date
// normalizes: October 31 plus one month is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec()), t.Location())
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.wall&u.wall&hasMonotonic != 0 {
		a, b = t.ext, u.ext
	} else {
		a, b = t.sec(), u.sec()
		if a == b {
			a, b = int64(t.nsec()), int64(u.nsec())
		}
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// remainder returns t modulo d since the zero time (d > 0), in [0, d).
func remainder(t Time, d Duration) Duration {
	m := uint64(d)
	_, s := floorDiv(t.sec(), int64(d)) // t.sec() mod d
	r := mulMod(uint64(s), 1000000000%m, m)
	return Duration((r + uint64(t.nsec())%m) % m)
}

// mulMod returns a*b mod m for a, b < m <= 1<<63 without overflow.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for bit := 63; bit >= 0; bit-- {
		r = (r + r) % m
		if b>>uint(bit)&1 != 0 {
			r = (r + a) % m
		}
	}
	return r
}

// Truncate returns t rounded down to a multiple of d since the zero time,
// without a monotonic reading; d <= 0 only strips that reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round returns t rounded to the nearest multiple of d since the zero time
// (halfway values up), without a monotonic reading; d <= 0 only strips that
// reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if halfBelow(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---------------------------------------------------------------------------
// Formatting

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements.
const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elemLowerPM
	elemZoneName // MST
	elemZone     // -0700 and its variants (zone flags in arg)
	elemFrac     // .000 (digit count and flags in arg)
)

// Flags of elemZone.
const (
	zoneISO     = 1 << iota // Z for UTC
	zoneColon               // -07:00
	zoneSeconds             // -07:00:00
	zoneShort               // -07
)

// Flags of elemFrac (above the digit count).
const (
	fracTrim  = 1 << 8 // .999: trailing zeros dropped
	fracComma = 1 << 9 // ,000: comma separator
)

var zoneLayouts = []string{"070000", "07:00:00", "0700", "07:00", "07"}
var zoneLayoutFlags = []int{zoneSeconds, zoneColon | zoneSeconds, 0, zoneColon, zoneShort}

// nextElem splits layout at its first element: the literal text before it,
// the element with its argument, and the text after it (elemNone when
// there is no element left).
func nextElem(layout string) (prefix string, elem, arg int, rest string) {
	for i := 0; i < len(layout); i++ {
		s := layout[i:]
		switch c := layout[i]; c {
		case 'J':
			if hasPrefix(s, "January") {
				return cut(layout, i, elemLongMonth, 0, 7)
			}
			if hasPrefix(s, "Jan") {
				return cut(layout, i, elemMonth, 0, 3)
			}
		case 'M':
			if hasPrefix(s, "Monday") {
				return cut(layout, i, elemLongWeekDay, 0, 6)
			}
			if hasPrefix(s, "Mon") {
				return cut(layout, i, elemWeekDay, 0, 3)
			}
			if hasPrefix(s, "MST") {
				return cut(layout, i, elemZoneName, 0, 3)
			}
		case '0':
			if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
				e := [6]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}
				return cut(layout, i, e[s[1]-'1'], 0, 2)
			}
			if hasPrefix(s, "002") {
				return cut(layout, i, elemZeroYearDay, 0, 3)
			}
		case '1':
			if hasPrefix(s, "15") {
				return cut(layout, i, elemHour, 0, 2)
			}
			return cut(layout, i, elemNumMonth, 0, 1)
		case '2':
			if hasPrefix(s, "2006") {
				return cut(layout, i, elemLongYear, 0, 4)
			}
			return cut(layout, i, elemDay, 0, 1)
		case '_':
			if hasPrefix(s, "_2006") {
				// A literal underscore before the year.
				return layout[:i+1], elemLongYear, 0, layout[i+5:]
			}
			if hasPrefix(s, "_2") {
				return cut(layout, i, elemUnderDay, 0, 2)
			}
			if hasPrefix(s, "__2") {
				return cut(layout, i, elemUnderYearDay, 0, 3)
			}
		case '3':
			return cut(layout, i, elemHour12, 0, 1)
		case '4':
			return cut(layout, i, elemMinute, 0, 1)
		case '5':
			return cut(layout, i, elemSecond, 0, 1)
		case 'P':
			if hasPrefix(s, "PM") {
				return cut(layout, i, elemPM, 0, 2)
			}
		case 'p':
			if hasPrefix(s, "pm") {
				return cut(layout, i, elemLowerPM, 0, 2)
			}
		case '-', 'Z':
			for k, z := range zoneLayouts {
				if hasPrefix(s[1:], z) {
					f := zoneLayoutFlags[k]
					if c == 'Z' {
						f |= zoneISO
					}
					return cut(layout, i, elemZone, f, 1+len(z))
				}
			}
		case '.', ',':
			if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
				j := 1
				for j < len(s) && s[j] == s[1] {
					j++
				}
				if j == len(s) || !isDigitByte(s[j]) {
					a := j - 1
					if s[1] == '9' {
						a |= fracTrim
					}
					if c == ',' {
						a |= fracComma
					}
					return cut(layout, i, elemFrac, a, j)
				}
			}
		}
	}
	return layout, elemNone, 0, ""
}

// cut returns the parts of layout around the element of n bytes at i.
func cut(layout string, i, elem, arg, n int) (string, int, int, string) {
	return layout[:i], elem, arg, layout[i+n:]
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction of a second: a separator and the first
// digits digits of nsec, or with trim its trailing zeros dropped (nothing
// at all when they all are).
func appendFrac(b []byte, nsec int, digits int, trim bool, sep byte) []byte {
	var d [9]byte
	for i := 8; i >= 0; i-- {
		d[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	if digits > 9 {
		digits = 9
	}
	n := digits
	if trim {
		for n > 0 && d[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, d[:n]...)
}

// appendZone appends the offset in seconds in the form the zone flags ask.
func appendZone(b []byte, offset int, flags int) []byte {
	if offset == 0 && flags&zoneISO != 0 {
		return append(b, 'Z')
	}
	mins := offset / 60
	abs := offset
	if mins < 0 {
		b = append(b, '-')
		mins = -mins
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, mins/60, 2)
	if flags&zoneShort != 0 {
		return b
	}
	if flags&zoneColon != 0 {
		b = append(b, ':')
	}
	b = appendInt(b, mins%60, 2)
	if flags&zoneSeconds != 0 {
		if flags&zoneColon != 0 {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

// AppendFormat is like Format but appends the text to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.zone()
	days, secs := t.clockDay()
	year, month, day := civil(days)
	yday := int(days-daysFromCivil(int64(year), 1, 1)) + 1
	wday := weekdayOf(days)
	hour, min, sec := secs/secondsPerHour, secs/secondsPerMinute%60, secs%60
	for layout != "" {
		prefix, elem, arg, rest := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		layout = rest
		switch elem {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, wday.String()[:3]...)
		case elemLongWeekDay:
			b = append(b, wday.String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			w := 0
			if elem == elemZeroHour12 {
				w = 2
			}
			b = appendInt(b, h, w)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elemLowerPM:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemZoneName:
			if name != "" {
				b = append(b, name...)
			} else {
				b = appendZone(b, offset, 0)
			}
		case elemZone:
			b = appendZone(b, offset, arg)
		case elemFrac:
			sep := byte('.')
			if arg&fracComma != 0 {
				sep = ','
			}
			b = appendFrac(b, int(t.nsec()), arg&0xFF, arg&fracTrim != 0, sep)
		}
	}
	return b
}

// Format returns t formatted by layout, which shows how the reference time
// Mon Jan 2 15:04:05 MST 2006 would be displayed.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by " m=±<seconds>" when t has a monotonic clock reading.
func (t Time) String() string {
	b := t.AppendFormat(nil, "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic != 0 {
		m := uint64(t.ext)
		b = append(b, " m="...)
		if t.ext < 0 {
			b = append(b, '-')
			m = -m
		} else {
			b = append(b, '+')
		}
		b = append(b, utoa(m/1e9)...)
		b = appendFrac(b, int(m%1e9), 9, false, '.')
	}
	return string(b)
}

// GoString returns t as Go syntax: a call of time.Date.
func (t Time) GoString() string {
	y, mo, d := t.Date()
	hh, mm, ss := t.Clock()
	s := "time.Date(" + itoa(y) + ", "
	if January <= mo && mo <= December {
		s += "time." + mo.String()
	} else {
		s += itoa(int(mo))
	}
	s += ", " + itoa(d) + ", " + itoa(hh) + ", " + itoa(mm) + ", " + itoa(ss) + ", " + itoa(int(t.nsec())) + ", "
	switch l := t.loc; {
	case l == nil || l == UTC:
		s += "time.UTC"
	case l == Local:
		s += "time.Local"
	default:
		s += "time.Location(" + quote(l.name) + ")"
	}
	return s + ")"
}

func Parse(layout, value string) (Time, error)

// ---------------------------------------------------------------------------
// Sleeping and timers (over the runtime's virtual clock)

// Parks the calling goroutine for d (wait reason "sleep").
func Sleep(d Duration)

// Starts a timer that fires at runtimeNano() == when (and every period after, when period > 0),
// calling f(arg, seq, delta) from the runtime (f must not block; delta is how late it fired).
// Returns the timer's id.
func newTimer(when, period int64, f func(any, uintptr, int64), arg any) uintptr

// Stops timer id; reports whether it was pending.
func stopTimer(id uintptr) bool

// Re-arms timer id; reports whether it was pending.
func resetTimer(id uintptr, when, period int64) bool

// when returns the monotonic time d from now, saturating; d <= 0 is now.
func when(d Duration) int64 {
	n := runtimeNano()
	if d <= 0 {
		return n
	}
	w := n + int64(d)
	if w < 0 {
		return 1<<63 - 1
	}
	return w
}

// sendTime is the callback of channel timers: it offers the time the timer
// was due, without blocking (the channel holds at most one value).
func sendTime(arg any, seq uintptr, delta int64) {
	select {
	case arg.(chan Time) <- Now().Add(Duration(-delta)):
	default:
	}
}

// goFunc is the callback of AfterFunc timers: it starts f in its own
// goroutine.
func goFunc(arg any, seq uintptr, delta int64) {
	go arg.(func())()
}

// drain empties c without blocking and reports whether it held a value.
func drain(c chan Time) bool {
	if c == nil {
		return false
	}
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.
type Timer struct {
	C    <-chan Time
	c    chan Time // C, for draining; nil for AfterFunc timers
	id   uintptr
	init bool
}

// NewTimer creates a Timer that sends the current time on its channel after
// at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c, init: true}
	t.id = newTimer(when(d), 0, sendTime, c)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. The Timer it returns can cancel the call with Stop.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{init: true}
	t.id = newTimer(when(d), 0, goFunc, f)
	return t
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop prevents the Timer from firing. It reports whether the call stopped
// the timer: false if it had already expired (and its value was received)
// or been stopped. After Stop, no value from before is received from t.C.
func (t *Timer) Stop() bool {
	if !t.init {
		panic("time: Stop called on uninitialized Timer")
	}
	pending := stopTimer(t.id)
	if drain(t.c) {
		pending = true
	}
	return pending
}

// Reset changes the timer to expire after duration d. It reports whether
// the timer had been active. After Reset, no value from before is received
// from t.C.
func (t *Timer) Reset(d Duration) bool {
	if !t.init {
		panic("time: Reset called on uninitialized Timer")
	}
	// Stop first, so nothing can fire between the drain and the re-arm.
	pending := stopTimer(t.id)
	if drain(t.c) {
		pending = true
	}
	resetTimer(t.id, when(d), 0)
	return pending
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C    <-chan Time
	c    chan Time
	id   uintptr
	init bool
}

// NewTicker returns a new Ticker whose channel receives the time every d; a
// slow receiver misses ticks. d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, init: true}
	t.id = newTimer(when(d), int64(d), sendTime, c)
	return t
}

// Stop turns off a ticker; no more ticks are received, including one sent
// before Stop.
func (t *Ticker) Stop() {
	if !t.init {
		return
	}
	stopTimer(t.id)
	drain(t.c)
}

// Reset stops the ticker and resets its period to d; the next tick arrives
// after d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.init {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.id)
	drain(t.c)
	resetTimer(t.id, when(d), int64(d))
}

// Tick is NewTicker(d).C, for callers that never stop it; d <= 0 gives nil.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
