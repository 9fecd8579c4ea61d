// Package time as Go 1.27 declares it, for gosub. Functions without a body
// are native (the runtime's virtual clock and timers, src/stdlib; a call of
// one gosub lacks, such as LoadLocation, is reported when the program is
// lowered); the others are written in Go from the package's documentation
// and interpreted like user code.
//
// The model's system zone is UTC: Local is a distinct *Location named
// "Local" whose zone is UTC, and FixedZone makes the only other zones (no
// zone database). Time keeps Go's representation, so a Time read from Now
// carries a monotonic clock reading that Sub, Since, Until and the
// comparisons use, and that String prints as "m=±s.nnnnnnnnn". Timers are
// Go 1.23's: their channels hold at most one value and Stop and Reset
// discard a value not yet received.
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

// String returns the duration as "72h3m0.5s": hours, minutes and seconds
// with a fraction, leading zero units omitted; durations under a second use
// the largest of ms, µs and ns that fits, and zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// Written from the right: the longest is "-2562047h47m16.854775808s".
	var buf [32]byte
	i := len(buf)
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	i--
	buf[i] = 's'
	if u < uint64(Second) {
		digits := 0
		switch {
		case u < uint64(Microsecond):
			i--
			buf[i] = 'n'
		case u < uint64(Millisecond):
			digits = 3
			i -= 2
			buf[i], buf[i+1] = 0xC2, 0xB5 // µ
		default:
			digits = 6
			i--
			buf[i] = 'm'
		}
		i, u = putFrac(&buf, i, u, digits)
		i = putUint(&buf, i, u)
	} else {
		i, u = putFrac(&buf, i, u, 9)
		i = putUint(&buf, i, u%60)
		if u /= 60; u > 0 {
			i--
			buf[i] = 'm'
			i = putUint(&buf, i, u%60)
			if u /= 60; u > 0 {
				i--
				buf[i] = 'h'
				i = putUint(&buf, i, u)
			}
		}
	}
	if d < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// putFrac writes before buf[i] the low `digits` decimal digits of u as a
// fraction (a point and the digits without trailing zeros; nothing when
// they are all zero) and returns the new start and u without those digits.
func putFrac(buf *[32]byte, i int, u uint64, digits int) (int, uint64) {
	shown := false
	for ; digits > 0; digits-- {
		c := byte(u % 10)
		u /= 10
		if c != 0 || shown {
			shown = true
			i--
			buf[i] = '0' + c
		}
	}
	if shown {
		i--
		buf[i] = '.'
	}
	return i, u
}

// putUint writes u in decimal before buf[i] and returns the new start.
func putUint(buf *[32]byte, i int, u uint64) int {
	for {
		i--
		buf[i] = byte('0' + u%10)
		if u /= 10; u == 0 {
			return i
		}
	}
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

// LoadLocation returns the Location with the given name (needs the zone
// database, which gosub does not model).
func LoadLocation(name string) (*Location, error)

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

// IsDST reports whether t's zone is daylight saving time: never, for the
// fixed zones of gosub's model.
func (t Time) IsDST() bool { return false }

// ZoneBounds returns the bounds of the zone in effect at t; a zone that
// goes on forever, as every fixed zone does, has zero Times for both.
func (t Time) ZoneBounds() (start, end Time) { return Time{}, Time{} }

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

// ---------------------------------------------------------------------------
// Parsing

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
		": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// Parse parses a formatted string and returns the time value it represents,
// the layout showing how the reference time would be written. Without zone
// information the time is UTC; an offset that is Local's gives Local, other
// offsets and unknown abbreviations fabricated fixed zones.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone
// information in loc, and zone information by loc's zone.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// The fields read so far by parse.
type parseState struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	am, pm                 bool
	loc                    *Location // set by "Z" or "UTC"
	offset                 int       // -1: none read
	zoneName               string
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && isDigitByte(s[i])
}

// getNum reads one or two digits (exactly two when fixed).
func getNum(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// getNum3 reads one to three digits (exactly three when fixed).
func getNum3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for i < 3 && isDigitAt(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// atoiAll reads a whole string as an optionally signed decimal number.
func atoiAll(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	var x uint64
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) || x > 1<<63/10 {
			return 0, false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, false
		}
	}
	if neg {
		return -int(x), true
	}
	return int(x), true
}

// lowerASCII folds an ASCII upper-case letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lookupName matches the start of val against names, ignoring ASCII case,
// and returns the index of the first that matches.
func lookupName(names []string, val string) (int, string, bool) {
	for i, n := range names {
		if len(val) < len(n) {
			continue
		}
		same := true
		for j := 0; j < len(n); j++ {
			if lowerASCII(val[j]) != lowerASCII(n[j]) {
				same = false
				break
			}
		}
		if same {
			return i, val[len(n):], true
		}
	}
	return -1, val, false
}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var longMonthNames = monthNames[:]
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var longDayNames = dayNames[:]

// skipLiteral consumes the layout's literal text from value: a run of
// spaces in the layout matches any run of spaces (or none at the end).
func skipLiteral(value, lit string) (string, bool) {
	for lit != "" {
		if lit[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			for lit != "" && lit[0] == ' ' {
				lit = lit[1:]
			}
			for value != "" && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if value == "" || value[0] != lit[0] {
			return value, false
		}
		lit = lit[1:]
		value = value[1:]
	}
	return value, true
}

func isSep(c byte) bool { return c == '.' || c == ',' }

// fracNanos reads the fraction in value[:n] (a separator then digits; at
// most nine digits count) as nanoseconds.
func fracNanos(value string, n int) (ns int, rangeErr string, ok bool) {
	if !isSep(value[0]) {
		return 0, "", false
	}
	if n > 10 {
		n = 10
	}
	ns, ok = atoiAll(value[1:n])
	if !ok {
		return 0, "", false
	}
	if ns < 0 {
		return 0, "fractional second", true
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", true
}

// zoneAbbrevLen returns the length of what looks like a zone abbreviation
// at the start of value: three to five upper-case letters (four or five
// ending in T, or WITA), ChST, MeST, GMT with an optional signed hour, or a
// bare signed hour.
func zoneAbbrevLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasPrefix(value, "ChST") || hasPrefix(value, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedHourLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLen(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch {
	case n == 3:
		return 3, true
	case n == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4, true
	case n == 5 && value[4] == 'T':
		return 5, true
	}
	return 0, false
}

// signedHourLen returns the length of a sign and an hour (at most 23) at
// the start of s, or 0.
func signedHourLen(s string) int {
	if s[0] != '+' && s[0] != '-' {
		return 0
	}
	i := 1
	var x uint64
	for i < len(s) && isDigitByte(s[i]) {
		if x > 1<<63/10 {
			return 0
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0
		}
		i++
	}
	if i == 1 || x > 23 {
		return 0
	}
	return i
}

// zoneFields splits a numeric zone offset of the form the flags give into
// its sign, hours, minutes and seconds, or reports that value is too short
// or misses a colon.
func zoneFields(value string, flags int) (sign byte, hh, mm, ss, rest string, ok bool) {
	colon := flags&zoneColon != 0
	switch {
	case flags&zoneShort != 0:
		if len(value) < 3 {
			return
		}
		return value[0], value[1:3], "00", "00", value[3:], true
	case colon && flags&zoneSeconds != 0:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return
		}
		return value[0], value[1:3], value[4:6], value[7:9], value[9:], true
	case colon:
		if len(value) < 6 || value[3] != ':' {
			return
		}
		return value[0], value[1:3], value[4:6], "00", value[6:], true
	case flags&zoneSeconds != 0:
		if len(value) < 7 {
			return
		}
		return value[0], value[1:3], value[3:5], value[5:7], value[7:], true
	}
	if len(value) < 5 {
		return
	}
	return value[0], value[1:3], value[3:5], "00", value[5:], true
}

// elem reads one layout element from value; rest is the layout after it.
// It returns what is left of value, a range error's subject, and whether
// the text had the element's form.
func (p *parseState) elem(elem, arg int, value, rest string) (string, string, bool) {
	ok := true
	n := 0
	switch elem {
	case elemYear:
		if len(value) < 2 {
			return value, "", false
		}
		y, good := atoiAll(value[:2])
		if !good {
			return value[2:], "", false
		}
		if y >= 69 {
			y += 1900
		} else {
			y += 2000
		}
		p.year = y
		return value[2:], "", true
	case elemLongYear:
		if len(value) < 4 || !isDigitAt(value, 0) {
			return value, "", false
		}
		p.year, ok = atoiAll(value[:4])
		return value[4:], "", ok
	case elemMonth, elemLongMonth:
		names := shortMonthNames
		if elem == elemLongMonth {
			names = longMonthNames
		}
		n, value, ok = lookupName(names, value)
		p.month = n + 1
		return value, "", ok
	case elemNumMonth, elemZeroMonth:
		p.month, value, ok = getNum(value, elem == elemZeroMonth)
		if ok && (p.month <= 0 || p.month > 12) {
			return value, "month", ok
		}
		return value, "", ok
	case elemWeekDay:
		_, value, ok = lookupName(shortDayNames, value)
		return value, "", ok
	case elemLongWeekDay:
		_, value, ok = lookupName(longDayNames, value)
		return value, "", ok
	case elemDay, elemUnderDay, elemZeroDay:
		if elem == elemUnderDay && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, ok = getNum(value, elem == elemZeroDay)
		return value, "", ok
	case elemUnderYearDay, elemZeroYearDay:
		if elem == elemUnderYearDay {
			for k := 0; k < 2 && value != "" && value[0] == ' '; k++ {
				value = value[1:]
			}
		}
		p.yday, value, ok = getNum3(value, elem == elemZeroYearDay)
		return value, "", ok
	case elemHour:
		p.hour, value, ok = getNum(value, false)
		if p.hour >= 24 {
			return value, "hour", ok
		}
		return value, "", ok
	case elemHour12, elemZeroHour12:
		p.hour, value, ok = getNum(value, elem == elemZeroHour12)
		if p.hour > 12 {
			return value, "hour", ok
		}
		return value, "", ok
	case elemMinute, elemZeroMinute:
		p.min, value, ok = getNum(value, elem == elemZeroMinute)
		if p.min >= 60 {
			return value, "minute", ok
		}
		return value, "", ok
	case elemSecond, elemZeroSecond:
		p.sec, value, ok = getNum(value, elem == elemZeroSecond)
		if !ok {
			return value, "", false
		}
		if p.sec >= 60 {
			return value, "second", true
		}
		// A fraction in the value that the layout does not ask for is
		// read here.
		if len(value) >= 2 && isSep(value[0]) && isDigitAt(value, 1) {
			if _, next, _, _ := nextElem(rest); next == elemFrac {
				return value, "", true
			}
			n = 2
			for isDigitAt(value, n) {
				n++
			}
			ns, rangeErr, good := fracNanos(value, n)
			p.nsec = ns
			return value[n:], rangeErr, good
		}
		return value, "", true
	case elemPM, elemLowerPM:
		if len(value) < 2 {
			return value, "", false
		}
		am, pm := "AM", "PM"
		if elem == elemLowerPM {
			am, pm = "am", "pm"
		}
		switch value[:2] {
		case pm:
			p.pm = true
		case am:
			p.am = true
		default:
			ok = false
		}
		return value[2:], "", ok
	case elemZone:
		if arg&zoneISO != 0 && value != "" && value[0] == 'Z' {
			p.loc = UTC
			return value[1:], "", true
		}
		sign, hh, mm, ss, after, good := zoneFields(value, arg)
		if !good {
			return value, "", false
		}
		h, _, okH := getNum(hh, true)
		m, okM := 0, false
		s, okS := 0, false
		if okH {
			m, _, okM = getNum(mm, true)
		}
		if okM {
			s, _, okS = getNum(ss, true)
		}
		rangeErr := ""
		if h > 24 {
			rangeErr = "time zone offset hour"
		}
		if m > 60 {
			rangeErr = "time zone offset minute"
		}
		if s > 60 {
			rangeErr = "time zone offset second"
		}
		p.offset = (h*60+m)*60 + s
		switch sign {
		case '+':
		case '-':
			p.offset = -p.offset
		default:
			okS = false
		}
		return after, rangeErr, okS
	case elemZoneName:
		if hasPrefix(value, "UTC") {
			p.loc = UTC
			return value[3:], "", true
		}
		n, ok = zoneAbbrevLen(value)
		if !ok {
			return value, "", false
		}
		p.zoneName = value[:n]
		return value[n:], "", true
	case elemFrac:
		if arg&fracTrim != 0 {
			// Optional, and any number of digits.
			if len(value) < 2 || !isSep(value[0]) || !isDigitAt(value, 1) {
				return value, "", true
			}
			n = 2
			for isDigitAt(value, n) {
				n++
			}
		} else {
			n = 1 + arg&0xFF
			if len(value) < n {
				return value, "", false
			}
		}
		ns, rangeErr, good := fracNanos(value, n)
		p.nsec = ns
		return value[n:], rangeErr, good
	}
	return value, "", true
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	p := parseState{month: -1, day: -1, yday: -1, offset: -1}
	fail := func(layoutElem, valueElem, msg string) (Time, error) {
		return Time{}, &ParseError{alayout, avalue, layoutElem, valueElem, msg}
	}
	for {
		prefix, elem, arg, rest := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(rest)]
		var ok bool
		value, ok = skipLiteral(value, prefix)
		if !ok {
			return fail(prefix, value, "")
		}
		if elem == elemNone {
			if value != "" {
				return fail("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = rest
		before := value
		var rangeErr string
		value, rangeErr, ok = p.elem(elem, arg, value, rest)
		if rangeErr != "" {
			return fail(elemText, value, ": "+rangeErr+" out of range")
		}
		if !ok {
			return fail(elemText, before, "")
		}
	}
	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}

	if p.yday >= 0 {
		// The day of the year decides the month and day, which must agree
		// with those read.
		days := 365
		if isLeap(p.year) {
			days = 366
		}
		if p.yday < 1 || p.yday > days {
			return fail("", value, ": day-of-year out of range")
		}
		m, d := January, p.yday
		for d > daysIn(m, p.year) {
			d -= daysIn(m, p.year)
			m++
		}
		if p.month >= 0 && p.month != int(m) {
			return fail("", value, ": day-of-year does not match month")
		}
		if p.day >= 0 && p.day != d {
			return fail("", value, ": day-of-year does not match day")
		}
		p.month, p.day = int(m), d
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), p.year) {
		return fail("", value, ": day out of range")
	}

	if p.loc != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.loc), nil
	}
	if p.offset != -1 {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.addSec(-int64(p.offset))
		// The local zone when it has this offset (and name), else a
		// fabricated one.
		l := local.get()
		if l.offset == p.offset && (p.zoneName == "" || l.abbr == p.zoneName) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(p.zoneName, p.offset))
		}
		return t, nil
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		if l := local.get(); l.abbr == p.zoneName {
			t.addSec(-int64(l.offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown abbreviation: its offset is unknown too, except for
		// GMT+h.
		off := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			h, _ := atoiAll(p.zoneName[3:])
			off = h * 3600
		}
		t.setLoc(FixedZone(p.zoneName, off))
		return t, nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLoc), nil
}

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
