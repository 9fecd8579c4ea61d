// Package strconv as Go 1.27 declares it, for gosub. Functions without a
// body are native (src/stdlib); the others are written in Go from the
// package's documentation and interpreted like user code.
package strconv

import (
	"errors"
	"math"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, str, ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, str, ErrRange} }

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// lower returns the lower-case form of an ASCII letter (other bytes are
// returned with bit 0x20 set, which never makes them letters).
func lower(c byte) byte { return c | ('x' - 'X') }

// ParseBool returns the boolean value represented by the string. It accepts
// 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False. Any other value
// returns an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst
// and returns the extended buffer.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// underscoreOK reports whether the underscores in s are allowed: each one
// must sit between two digits, or between a base prefix and a digit.
func underscoreOK(s string) bool {
	// prev: '^' at the start, '0' after a digit or base prefix, '_' after an
	// underscore, '!' after anything else.
	prev := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not
// permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	// cutoff is the smallest number such that cutoff*base > maxUint64.
	cutoff := (1<<64-1)/uint64(base) + 1
	maxVal := uint64(1<<64 - 1)
	if bitSize < 64 {
		maxVal = uint64(1)<<uint(bitSize) - 1
	}
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size
// (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func = fn
		ne.Num = s0
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	// Fast path for short decimal strings.
	if 0 < len(s) && len(s) < 19 {
		s0 := s
		neg := false
		if s[0] == '-' || s[0] == '+' {
			neg = s[0] == '-'
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError("Atoi", s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i] - '0'
			if c > 9 {
				return 0, syntaxError("Atoi", s0)
			}
			n = n*10 + int(c)
		}
		if neg {
			n = -n
		}
		return n, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(i64), err
}

// Itoa is equivalent to FormatInt(int64(i), 10).
// Itoa is native (gc inlines it into FormatInt's small and formatBits
// paths): numbers below nSmalls are substrings of smallsString, the rest
// one allocation for the digits, as in Go.
func Itoa(i int) string

// nSmalls decimal numbers have constant strings: formatting them does not
// allocate.
const nSmalls = 100

const smallsString = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// small returns the string for an i with 0 <= i < nSmalls.
func small(i int) string {
	if i < 10 {
		return digits[i : i+1]
	}
	return smallsString[i*2 : i*2+2]
}

// formatInt and formatUint are formatBits's string form, native: one
// allocation for the digits, as in Go.
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// formatBits appends the digits of the magnitude u (negated when neg) in
// the given base to dst.
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [65]byte
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		a[i] = digits[u-q*b]
		u = q
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// FormatInt returns the string representation of i in the given base, for
// 2 <= base <= 36. The result uses the lower-case letters 'a' to 'z' for
// digit values >= 10.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < nSmalls && base == 10 {
		return small(int(i))
	}
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

// FormatUint returns the string representation of i in the given base, for
// 2 <= base <= 36. The result uses the lower-case letters 'a' to 'z' for
// digit values >= 10.
func FormatUint(i uint64, base int) string {
	if i < nSmalls && base == 10 {
		return small(int(i))
	}
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

// AppendInt appends the string form of the integer i, as generated by
// FormatInt, to dst and returns the extended buffer.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return formatBits(dst, -uint64(i), base, true)
	}
	return formatBits(dst, uint64(i), base, false)
}

// AppendUint appends the string form of the unsigned integer i, as
// generated by FormatUint, to dst and returns the extended buffer.
func AppendUint(dst []byte, i uint64, base int) []byte { return formatBits(dst, i, base, false) }

func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends the string form of the floating-point number f, as
// generated by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// ---- ParseFloat ----

// prefixFoldLen returns the length of the longest common prefix of s and
// the lower-case ASCII word w, ignoring case.
func prefixFoldLen(s, w string) int {
	n := 0
	for n < len(s) && n < len(w) {
		c := s[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[n] {
			break
		}
		n++
	}
	return n
}

// special parses "inf", "infinity" (optionally signed) and "nan" at the
// start of s, ignoring case; n is the number of bytes consumed.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	c := s[0]
	if c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		if len(s) == 0 {
			return 0, 0, false
		}
		c = s[0]
	}
	if c == 'i' || c == 'I' {
		m := prefixFoldLen(s, "infinity")
		if 3 < m && m < 8 {
			m = 3
		}
		if m == 3 || m == 8 {
			return math.Inf(sign), nsign + m, true
		}
	}
	if nsign == 0 && (c == 'n' || c == 'N') && prefixFoldLen(s, "nan") == 3 {
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

// A decimal is the exact value 0.d[0]d[1]...d[nd-1] × 10^dp, digits stored
// as values 0..9 without leading zeros; trunc records that nonzero digits
// were dropped past the end.
type decimal struct {
	d     []byte
	dp    int
	trunc bool
}

// maxDigits bounds the digits a decimal keeps: far more than any float
// needs to round correctly, except for exact halfway ties that longer
// inputs could only break with digits beyond it (recorded in trunc).
const maxDigits = 800

func (a *decimal) trim() {
	for len(a.d) > 0 && a.d[len(a.d)-1] == 0 {
		a.d = a.d[:len(a.d)-1]
	}
	if len(a.d) == 0 {
		a.dp = 0
	}
}

// shl multiplies a by 2^k (k <= 60).
func (a *decimal) shl(k uint) {
	var carry uint64
	for i := len(a.d) - 1; i >= 0; i-- {
		v := uint64(a.d[i])<<k + carry
		carry = v / 10
		a.d[i] = byte(v - carry*10)
	}
	var head []byte
	for carry > 0 {
		q := carry / 10
		head = append(head, byte(carry-q*10))
		carry = q
	}
	if len(head) > 0 {
		nd := make([]byte, 0, len(head)+len(a.d))
		for i := len(head) - 1; i >= 0; i-- {
			nd = append(nd, head[i])
		}
		nd = append(nd, a.d...)
		a.d = nd
		a.dp += len(head)
	}
	if len(a.d) > maxDigits {
		for _, c := range a.d[maxDigits:] {
			if c != 0 {
				a.trunc = true
			}
		}
		a.d = a.d[:maxDigits]
	}
	a.trim()
}

// shr divides a by 2^k (k <= 60).
func (a *decimal) shr(k uint) {
	mask := uint64(1)<<k - 1
	var acc uint64
	r := 0
	// Read digits until the accumulator holds the first output digit.
	for acc>>k == 0 {
		if r < len(a.d) {
			acc = acc*10 + uint64(a.d[r])
		} else {
			if acc == 0 {
				a.d = a.d[:0]
				a.dp = 0
				return
			}
			acc *= 10
		}
		r++
	}
	a.dp -= r - 1
	out := make([]byte, 0, len(a.d)+20)
	for ; r < len(a.d); r++ {
		out = append(out, byte(acc>>k))
		acc = (acc&mask)*10 + uint64(a.d[r])
	}
	for acc > 0 {
		if len(out) >= maxDigits {
			a.trunc = true
			break
		}
		out = append(out, byte(acc>>k))
		acc = (acc & mask) * 10
	}
	a.d = out
	a.trim()
}

// floatFormat describes a binary floating-point format.
type floatFormat struct {
	mantbits uint // explicit mantissa bits
	expbits  uint
	bias     int
}

var float64Format = floatFormat{52, 11, -1023}
var float32Format = floatFormat{23, 8, -127}

// pack rounds mant × 2^exp (with sticky: nonzero bits lost below mant) to
// the nearest value of format flt, ties to even, and returns it as a
// float64 with the sign neg; overflow reports a result beyond the format's
// range (returned as ±Inf).
func pack(neg bool, mant uint64, exp int, sticky bool, flt floatFormat) (float64, bool) {
	sign := 1.0
	if neg {
		sign = -1
	}
	if mant == 0 {
		if neg {
			return math.Copysign(0, -1), false
		}
		return 0, false
	}
	// Normalize to mantbits+3 bits: the leading 1, the mantissa, a round
	// bit and a sticky bit.
	top := uint64(1) << (flt.mantbits + 3)
	for mant >= top {
		if mant&1 != 0 {
			sticky = true
		}
		mant >>= 1
		exp++
	}
	for mant < top>>1 {
		mant <<= 1
		exp--
	}
	// The value is mant × 2^exp with the leading bit at 2^(exp+mantbits+2).
	minExp := flt.bias + 1 // exponent of the smallest normal number
	if e := exp + int(flt.mantbits) + 2; e < minExp {
		// Denormal: shift right, keeping the lost bits as sticky.
		shift := minExp - e
		if shift > 62 {
			shift = 62
		}
		if mant&(uint64(1)<<uint(shift)-1) != 0 {
			sticky = true
		}
		mant >>= uint(shift)
		exp += shift
	}
	if sticky {
		mant |= 1
	}
	// Round to nearest, ties to even: bit 1 is the half, bit 0 sticky, bit 2
	// the last kept bit.
	if mant&2 != 0 && mant&5 != 0 {
		mant += 4
	}
	mant >>= 2
	exp += 2
	if mant == uint64(1)<<(flt.mantbits+1) {
		mant >>= 1
		exp++
	}
	if mant == 0 {
		return 0 * sign, false
	}
	maxExp := -flt.bias // exponent of the largest finite number
	if exp+int(flt.mantbits) > maxExp {
		return math.Inf(int(sign)), true
	}
	if flt.mantbits == 52 {
		var bits uint64
		if mant >= uint64(1)<<52 {
			bits = uint64(exp+52-flt.bias)<<52 | mant&(uint64(1)<<52-1)
		} else {
			bits = mant // denormal: biased exponent 0
		}
		if neg {
			bits |= 1 << 63
		}
		return math.Float64frombits(bits), false
	}
	// A narrower format: its values are exact float64 values.
	return sign * float64(mant) * pow2(exp), false
}

// pow2 returns 2^e for -1022 <= e <= 1023.
func pow2(e int) float64 { return math.Float64frombits(uint64(e+1023) << 52) }

// exact powers of ten representable as float64.
var float64pow10 = []float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

// decimalToFloat converts a (nonzero digits) to the nearest value of flt.
func decimalToFloat(neg bool, a *decimal, flt floatFormat) (float64, bool) {
	if len(a.d) == 0 {
		if neg {
			return math.Copysign(0, -1), false
		}
		return 0, false
	}
	// Fast path: a float64 integer mantissa and a power of ten that are
	// both exact, combined with one correctly rounded operation.
	if flt.mantbits == 52 && !a.trunc && len(a.d) <= 15 {
		var m uint64
		for _, c := range a.d {
			m = m*10 + uint64(c)
		}
		e := a.dp - len(a.d)
		if -22 <= e && e <= 22 {
			f := float64(m)
			if e < 0 {
				f = f / float64pow10[-e]
			} else {
				f = f * float64pow10[e]
			}
			if neg {
				f = -f
			}
			return f, false
		}
	}
	if a.dp > 400 {
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	}
	if a.dp < -400 {
		if neg {
			return math.Copysign(0, -1), false
		}
		return 0, false
	}
	// Scale by powers of two into [0.5, 1): value = a × 2^exp.
	exp := 0
	for a.dp > 0 {
		k := uint(60)
		if a.dp < 18 {
			k = uint(3 * a.dp)
			if k == 0 {
				k = 1
			}
		}
		a.shr(k)
		exp += int(k)
	}
	for a.dp < 0 || a.dp == 0 && a.d[0] < 5 {
		k := uint(60)
		if a.dp == 0 {
			k = 1
		} else if -a.dp < 18 {
			k = uint(3 * -a.dp)
		}
		a.shl(k)
		exp -= int(k)
	}
	for a.dp > 0 {
		a.shr(1)
		exp++
	}
	// Take mantbits+3 bits of the fraction as an integer.
	p := flt.mantbits + 3
	a.shl(p)
	var mant uint64
	i := 0
	for ; i < a.dp && i < len(a.d); i++ {
		mant = mant*10 + uint64(a.d[i])
	}
	for ; i < a.dp; i++ {
		mant *= 10
	}
	sticky := a.trunc || a.dp < len(a.d)
	return pack(neg, mant, exp-int(p), sticky, flt)
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	flt := float64Format
	if bitSize == 32 {
		flt = float32Format
	}
	if f, n, ok := special(s); ok {
		if n != len(s) {
			return 0, syntaxError(fn, s)
		}
		return f, nil
	}
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := 10
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		i += 2
	}
	underscores := false
	sawdot := false
	sawdigits := false
	var dec decimal
	var hmant uint64
	hexp := 0
	hsticky := false
	hbits := 0 // significant bits held in hmant
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			continue
		}
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			d = int(lower(c)-'a') + 10
		default:
			d = -1
		}
		if d < 0 {
			break
		}
		sawdigits = true
		if base == 10 {
			if d == 0 && len(dec.d) == 0 {
				if sawdot {
					dec.dp--
				}
				continue
			}
			if !sawdot {
				dec.dp++
			}
			if len(dec.d) < maxDigits {
				dec.d = append(dec.d, byte(d))
			} else if d != 0 {
				dec.trunc = true
			}
			continue
		}
		// hexadecimal
		if hbits <= 60 {
			hmant = hmant<<4 | uint64(d)
			if hmant != 0 {
				hbits += 4
			}
			if sawdot {
				hexp -= 4
			}
		} else {
			if d != 0 {
				hsticky = true
			}
			if !sawdot {
				hexp += 4
			}
		}
	}
	if !sawdigits {
		return 0, syntaxError(fn, s)
	}
	// Optional exponent: 'e' for decimal, 'p' (required) for hexadecimal.
	expChar := byte('e')
	if base == 16 {
		expChar = 'p'
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return 0, syntaxError(fn, s)
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, syntaxError(fn, s)
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 100000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		if base == 16 {
			hexp += e * esign
		} else {
			dec.dp += e * esign
		}
	} else if base == 16 {
		return 0, syntaxError(fn, s)
	}
	if i != len(s) {
		return 0, syntaxError(fn, s)
	}
	if underscores && !underscoreOK(s) {
		return 0, syntaxError(fn, s)
	}
	var f float64
	var ovf bool
	if base == 16 {
		if hexp > 5000 {
			hexp = 5000
		} else if hexp < -5000 {
			hexp = -5000
		}
		f, ovf = pack(neg, hmant, hexp, hsticky, flt)
	} else {
		dec.trim()
		f, ovf = decimalToFloat(neg, &dec, flt)
	}
	if ovf {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// ---- quoting ----

const lowerhex = "0123456789abcdef"
const upperhex = "0123456789ABCDEF"

// IsPrint reports whether the rune is defined as printable by Go, with the
// same definition as unicode.IsPrint: letters, numbers, punctuation, symbols
// and ASCII space. Native, as unicode.IsPrint: like Go's strconv (which
// keeps its own tables), strconv does not import unicode, whose tables
// every program using fmt would otherwise load.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
// Such characters include letters, marks, numbers, punctuation, symbols, and
// spaces, from categories L, M, N, P, S, and Zs.
func IsGraphic(r rune) bool

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		buf = append(buf, '\\')
		return append(buf, byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7F:
		buf = append(buf, `\x`...)
		buf = append(buf, lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	case r < 0x10000:
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	default:
		buf = append(buf, `\U`...)
		for s := 28; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	}
	return buf
}

func appendQuotedWith(buf []byte, s string, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r, width := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s[i:])
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[i]>>4], lowerhex[s[i]&0xF])
			i++
			continue
		}
		buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
		i += width
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, asciiOnly, graphicOnly bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, '\'')
	buf = appendEscapedRune(buf, r, '\'', asciiOnly, graphicOnly)
	return append(buf, '\'')
}

// Quote returns a double-quoted Go string literal representing s. The
// returned string uses Go escape sequences (\t, \n, \xFF, \u0100) for
// control characters and non-printable characters as defined by IsPrint.
func Quote(s string) string { return string(appendQuotedWith(nil, s, '"', false, false)) }

// AppendQuote appends a double-quoted Go string literal representing s, as
// generated by Quote, to dst and returns the extended buffer.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false, false) }

// QuoteToASCII returns a double-quoted Go string literal representing s.
// The returned string uses Go escape sequences (\t, \n, \xFF, \u0100) for
// non-ASCII characters and non-printable characters as defined by IsPrint.
func QuoteToASCII(s string) string { return string(appendQuotedWith(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends a double-quoted Go string literal representing
// s, as generated by QuoteToASCII, to dst and returns the extended buffer.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic returns a double-quoted Go string literal representing s.
// The returned string leaves Unicode graphic characters, as defined by
// IsGraphic, unchanged and uses Go escape sequences (\t, \n, \xFF, \u0100)
// for non-graphic characters.
func QuoteToGraphic(s string) string { return string(appendQuotedWith(nil, s, '"', false, true)) }

// AppendQuoteToGraphic appends a double-quoted Go string literal
// representing s, as generated by QuoteToGraphic, to dst and returns the
// extended buffer.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// QuoteRune returns a single-quoted Go character literal representing the
// rune.
func QuoteRune(r rune) string { return string(appendQuotedRuneWith(nil, r, false, false)) }

// AppendQuoteRune appends a single-quoted Go character literal representing
// the rune, as generated by QuoteRune, to dst and returns the extended
// buffer.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRuneWith(dst, r, false, false) }

// QuoteRuneToASCII returns a single-quoted Go character literal representing
// the rune, escaping non-ASCII characters.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRuneWith(nil, r, true, false)) }

// AppendQuoteRuneToASCII appends a single-quoted Go character literal
// representing the rune, as generated by QuoteRuneToASCII, to dst and
// returns the extended buffer.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, true, false)
}

// QuoteRuneToGraphic returns a single-quoted Go character literal
// representing the rune, escaping characters that are not graphic.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRuneWith(nil, r, false, true)) }

// AppendQuoteRuneToGraphic appends a single-quoted Go character literal
// representing the rune, as generated by QuoteRuneToGraphic, to dst and
// returns the extended buffer.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, false, true)
}

// CanBackquote reports whether the string s can be represented unchanged as
// a single-line backquoted string without control characters other than
// tab.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
		if wid > 1 {
			if r == '\uFEFF' {
				return false // a byte order mark is invisible
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func unhex(c byte) (v rune, ok bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or byte in the escaped string or
// character literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v // a single byte, possibly not UTF-8
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// unquote parses the quoted literal at the start of in, returning its text
// (unescaped when unescape is set, else the literal itself) and the rest.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := -1
	for k := 1; k < len(in); k++ {
		if in[k] == quote {
			end = k + 1
			break
		}
	}
	if end < 0 {
		return "", in, ErrSyntax
	}
	switch quote {
	case '`':
		if !unescape {
			return in[:end], in[end:], nil
		}
		body := in[1 : end-1]
		hasCR := false
		for k := 0; k < len(body); k++ {
			if body[k] == '\r' {
				hasCR = true
				break
			}
		}
		if hasCR {
			b := make([]byte, 0, len(body))
			for k := 0; k < len(body); k++ {
				if body[k] != '\r' {
					b = append(b, body[k])
				}
			}
			body = string(b)
		}
		return body, in[end:], nil
	case '"', '\'':
		// Without escapes or newlines the literal is its own text.
		plain := true
		for k := 0; k < end; k++ {
			if in[k] == '\\' || in[k] == '\n' {
				plain = false
				break
			}
		}
		if plain {
			body := in[1 : end-1]
			valid := false
			if quote == '"' {
				valid = utf8.ValidString(body)
			} else {
				r, n := utf8.DecodeRuneInString(body)
				valid = n == len(body) && (r != utf8.RuneError || n != 1)
			}
			if valid {
				if unescape {
					return body, in[end:], nil
				}
				return in[:end], in[end:], nil
			}
		}
		var buf []byte
		in0 := in
		in = in[1:]
		for len(in) > 0 && in[0] != quote {
			r, multibyte, rest, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", in0, ErrSyntax
			}
			in = rest
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break // a character literal holds one character
			}
		}
		if !(len(in) > 0 && in[0] == quote) {
			return "", in0, ErrSyntax
		}
		in = in[1:]
		if unescape {
			return string(buf), in, nil
		}
		return in0[:len(in0)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go
// string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the
// prefix of s. If s does not start with a valid quoted string, QuotedPrefix
// returns an error.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}
