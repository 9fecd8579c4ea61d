// Package fmt as Go 1.27 declares it; bodies without Go are native (src/stdlib).
package fmt

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error {
	s, w, nw := errorf(format, a)
	switch {
	case nw == 0:
		return errors.New(s)
	case nw == 1:
		e := &wrapError{msg: s}
		e.err, _ = a[w].(error)
		return e
	default:
		var errs []error
		for _, x := range a {
			if err, ok := x.(error); ok {
				errs = append(errs, err)
			}
		}
		return &wrapErrors{s, errs}
	}
}

// errorf formats with %w as %v; w is the operand of the first %w, nw how
// many %w verbs there are (native).
func errorf(format string, a []any) (s string, w int, nw int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
func Fprint(w io.Writer, a ...any) (n int, err error) { return w.Write([]byte(Sprint(a...))) }
func Fprintln(w io.Writer, a ...any) (n int, err error) { return w.Write([]byte(Sprintln(a...))) }
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }
func Scan(a ...any) (n int, err error)   { return Fscan(stdin{}, a...) }
func Scanln(a ...any) (n int, err error) { return Fscanln(stdin{}, a...) }
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(stdin{}, format, a...) }

// stdin reads file descriptor 0 as os.Stdin does, without importing os:
// a program importing only fmt does not run os's initialisers (in Go fmt
// imports os). Simplification: a closed os.Stdin is not seen here, and a
// host read error is worded by its errno number.
type stdin struct{}

// read is os's read(2) native.
func read(fd int, b []byte) (n int, errno int)

func (stdin) Read(b []byte) (int, error) {
	n, errno := read(0, b)
	if errno != 0 {
		return 0, errors.New("read /dev/stdin: errno " + strconv.Itoa(errno))
	}
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{str}, a...)
}
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{str}, a...)
}
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{str}, format, a...)
}

// stringReader is Go's: a plain reader, so Sscan reads it a byte at a time.
type stringReader struct{ s string }

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newReadScan(r, true, false).doScan(a)
}
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newReadScan(r, false, true).doScan(a)
}
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newReadScan(r, false, false).doScanf(format, a)
}

// readScan is the state of every Scan function (Go's ss over a reader): it
// reads a rune at a time, as Go does, so a scan consumes no more input than
// it needs. A reader with UnreadRune gets the rune read ahead back; from
// any other (os.Stdin) that rune is lost when the call returns, as in Go.
// Operands are read by Go's rules for the verb %v: integers by their
// digits with an optional base prefix, floats by floatToken's grammar,
// strings up to a space, booleans by their letters.
type readScan struct {
	r         io.Reader
	rs        io.RuneScanner
	nlIsSpace bool // Fscan: newlines count as spaces
	nlIsEnd   bool // Fscanln: a newline ends the input
	atEOF     bool
	count     int // runes read, for a verb's width
	limit     int
	last      rune
	pending   bool // last was read back and is the next rune (plain readers)
	buf       []byte
	one       [1]byte
}

const (
	scanEOF   = -1
	noLimit   = 1 << 62
)

func newReadScan(r io.Reader, nlIsSpace, nlIsEnd bool) *readScan {
	s := &readScan{r: r, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: noLimit}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	}
	return s
}

func (s *readScan) readByte() (byte, bool) {
	n, err := s.r.Read(s.one[:])
	for n == 0 && err == nil {
		n, err = s.r.Read(s.one[:])
	}
	return s.one[0], n == 1
}

func (s *readScan) getRune() rune {
	if s.atEOF || s.count >= s.limit {
		return scanEOF
	}
	r := s.readRune()
	if r == scanEOF {
		s.atEOF = true
		return r
	}
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return r
}

func (s *readScan) readRune() rune {
	if s.pending {
		s.pending = false
		return s.last
	}
	if s.rs != nil {
		r, _, err := s.rs.ReadRune()
		if err != nil {
			return scanEOF
		}
		s.last = r
		return r
	}
	c, ok := s.readByte()
	if !ok {
		return scanEOF
	}
	if c < utf8.RuneSelf {
		s.last = rune(c)
		return s.last
	}
	// A multi-byte sequence: read as many bytes as its first one says.
	var b [utf8.UTFMax]byte
	b[0] = c
	n := 1
	for n < utf8.UTFMax && !utf8.FullRune(b[:n]) {
		c, ok = s.readByte()
		if !ok {
			break
		}
		b[n] = c
		n++
	}
	s.last, _ = utf8.DecodeRune(b[:n])
	return s.last
}

func (s *readScan) unread() {
	s.atEOF = false
	s.count--
	if s.rs != nil {
		s.rs.UnreadRune()
	} else {
		s.pending = true
	}
}

func inSet(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// accept appends the next rune to the token if it is in set.
func (s *readScan) accept(set string) bool {
	r := s.getRune()
	if r == scanEOF {
		return false
	}
	if inSet(set, r) {
		s.buf = utf8.AppendRune(s.buf, r)
		return true
	}
	s.unread()
	return false
}

func (s *readScan) peek(set string) bool {
	r := s.getRune()
	if r != scanEOF {
		s.unread()
	}
	return inSet(set, r)
}

func scanIsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// skipSpace stops before the next operand; in Fscanln a newline there is
// an error.
func (s *readScan) skipSpace() error {
	for {
		r := s.getRune()
		if r == scanEOF {
			return nil
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			return errors.New("unexpected newline")
		}
		if !scanIsSpace(r) {
			s.unread()
			return nil
		}
	}
}

// start skips to an operand; io.EOF when the input has none.
func (s *readScan) start() error {
	if err := s.skipSpace(); err != nil {
		return err
	}
	if s.getRune() == scanEOF {
		return io.EOF
	}
	s.unread()
	s.buf = s.buf[:0]
	return nil
}

func (s *readScan) doScan(a []any) (n int, err error) {
	for _, arg := range a {
		if err := s.scanOne('v', arg); err != nil {
			return n, err
		}
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == scanEOF {
				break
			}
			if !scanIsSpace(r) {
				return n, errors.New("expected newline")
			}
		}
	}
	return n, nil
}

// number reads an integer's token for verb: sign (when signed), digits of
// the verb's base; %v also takes a base prefix (base 0 for ParseInt).
func (s *readScan) number(signed bool, verb rune) (string, int, error) {
	if err := s.start(); err != nil {
		return "", 0, err
	}
	base, digits := 10, "0123456789"
	switch verb {
	case 'b':
		base, digits = 2, "01"
	case 'o':
		base, digits = 8, "01234567"
	case 'x', 'X':
		base, digits = 16, "0123456789aAbBcCdDeEfF"
	}
	if signed {
		s.accept("+-")
	}
	have := false
	if verb == 'v' {
		base, digits = 0, "0123456789_"
		if s.peek("0") {
			s.accept("0")
			have = true
			switch {
			case s.accept("bB"):
				digits = "01_"
			case s.accept("oO"):
				digits = "01234567_"
			case s.accept("xX"):
				digits = "0123456789aAbBcCdDeEfF_"
			default:
				digits = "01234567_"
			}
		}
	}
	if !have {
		if s.getRune() == scanEOF {
			return "", 0, io.EOF
		}
		s.unread()
		if !s.accept(digits) {
			return "", 0, errors.New("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf), base, nil
}

func badVerb(verb rune, typ string) error {
	return errors.New("bad verb '%" + string(verb) + "' for " + typ)
}

func (s *readScan) scanInt(verb rune, bits int) (int64, error) {
	if verb == 'c' {
		r := s.getRune()
		if x := (int64(r) << (64 - bits)) >> (64 - bits); x != int64(r) {
			return 0, errors.New("overflow on character value " + string(r))
		}
		return int64(r), nil
	}
	if !inSet("bdoxXv", verb) {
		return 0, badVerb(verb, "integer")
	}
	tok, base, err := s.number(true, verb)
	if err != nil {
		return 0, err
	}
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		return 0, err
	}
	if x := (i << (64 - bits)) >> (64 - bits); x != i {
		return 0, errors.New("integer overflow on token " + tok)
	}
	return i, nil
}

func (s *readScan) scanUint(verb rune, bits int) (uint64, error) {
	if verb == 'c' {
		r := s.getRune()
		if x := (uint64(r) << (64 - bits)) >> (64 - bits); x != uint64(r) {
			return 0, errors.New("overflow on character value " + string(r))
		}
		return uint64(r), nil
	}
	if !inSet("bdoxXv", verb) {
		return 0, badVerb(verb, "integer")
	}
	tok, base, err := s.number(false, verb)
	if err != nil {
		return 0, err
	}
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		return 0, err
	}
	if x := (i << (64 - bits)) >> (64 - bits); x != i {
		return 0, errors.New("unsigned integer overflow on token " + tok)
	}
	return i, nil
}

// scanFloat reads floatToken's grammar: nan, sign, inf, digits (hex after
// 0x), a point and fraction, an exponent.
func (s *readScan) scanFloat(verb rune, bits int) (float64, error) {
	if !inSet("beEfFgGv", verb) {
		return 0, badVerb(verb, "float"+strconv.Itoa(bits))
	}
	if err := s.start(); err != nil {
		return 0, err
	}
	if !(s.accept("nN") && s.accept("aA") && s.accept("nN")) {
		s.accept("+-")
		if !(s.accept("iI") && s.accept("nN") && s.accept("fF")) {
			digits, exp := "0123456789_", "eEpP"
			if s.accept("0") && s.accept("xX") {
				digits, exp = "0123456789aAbBcCdDeEfF_", "pP"
			}
			for s.accept(digits) {
			}
			if s.accept(".") {
				for s.accept(digits) {
				}
			}
			if s.accept(exp) {
				s.accept("+-")
				for s.accept("0123456789_") {
				}
			}
		}
	}
	return strconv.ParseFloat(string(s.buf), bits)
}

func (s *readScan) scanBool(verb rune) (bool, error) {
	if !inSet("tv", verb) {
		return false, badVerb(verb, "boolean")
	}
	if err := s.start(); err != nil {
		return false, err
	}
	bad := errors.New("syntax error scanning boolean")
	switch s.getRune() {
	case '1':
		return true, nil
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			return false, bad
		}
		return true, nil
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			return false, bad
		}
	}
	return false, nil
}

// word reads a string operand up to a space (%s, %v; %q and %x are not
// modelled).
func (s *readScan) word(verb rune) (string, error) {
	if !inSet("sv", verb) {
		return "", badVerb(verb, "string")
	}
	if err := s.start(); err != nil {
		return "", err
	}
	for {
		r := s.getRune()
		if r == scanEOF {
			break
		}
		if scanIsSpace(r) {
			s.unread()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return string(s.buf), nil
}

func (s *readScan) scanOne(verb rune, arg any) error {
	// On an error the operand keeps its value, as in Go.
	switch p := arg.(type) {
	case *string:
		v, err := s.word(verb)
		if err != nil {
			return err
		}
		*p = v
	case *[]byte:
		v, err := s.word(verb)
		if err != nil {
			return err
		}
		*p = []byte(v)
	case *bool:
		v, err := s.scanBool(verb)
		if err != nil {
			return err
		}
		*p = v
	case *int, *int8, *int16, *int32, *int64:
		bits := 64
		switch p.(type) {
		case *int8:
			bits = 8
		case *int16:
			bits = 16
		case *int32:
			bits = 32
		}
		v, err := s.scanInt(verb, bits)
		if err != nil {
			return err
		}
		switch p := arg.(type) {
		case *int:
			*p = int(v)
		case *int8:
			*p = int8(v)
		case *int16:
			*p = int16(v)
		case *int32:
			*p = int32(v)
		case *int64:
			*p = v
		}
	case *uint, *uint8, *uint16, *uint32, *uint64:
		bits := 64
		switch p.(type) {
		case *uint8:
			bits = 8
		case *uint16:
			bits = 16
		case *uint32:
			bits = 32
		}
		v, err := s.scanUint(verb, bits)
		if err != nil {
			return err
		}
		switch p := arg.(type) {
		case *uint:
			*p = uint(v)
		case *uint8:
			*p = uint8(v)
		case *uint16:
			*p = uint16(v)
		case *uint32:
			*p = uint32(v)
		case *uint64:
			*p = v
		}
	case *float32:
		v, err := s.scanFloat(verb, 32)
		if err != nil {
			return err
		}
		*p = float32(v)
	case *float64:
		v, err := s.scanFloat(verb, 64)
		if err != nil {
			return err
		}
		*p = v
	default:
		return errors.New("can't scan type: " + Sprintf("%T", arg))
	}
	return nil
}

// doScanf is Go's: each verb but %c skips spaces first (a newline there is
// an error), and advance matches the format's literals and spaces.
func (s *readScan) doScanf(format string, a []any) (n int, err error) {
	end := len(format) - 1
	for i := 0; i <= end; {
		w, err := s.advance(format[i:])
		if err != nil {
			return n, err
		}
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				return n, errors.New("input does not match format")
			}
			break
		}
		i++
		wid, widPresent := 0, false
		for ; i < end && '0' <= format[i] && format[i] <= '9'; i++ {
			wid = wid*10 + int(format[i]-'0')
			widPresent = true
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			if err := s.skipSpace(); err != nil {
				return n, err
			}
		}
		if c == '%' {
			if err := s.start(); err != nil {
				return n, err
			}
			if !s.accept("%") {
				return n, errors.New("missing literal %")
			}
			continue
		}
		if widPresent {
			s.limit = s.count + wid
		}
		if n >= len(a) {
			return n, errors.New("too few operands for format '%" + format[i-cw:] + "'")
		}
		err = s.scanOne(c, a[n])
		s.limit = noLimit
		if err != nil {
			return n, err
		}
		n++
	}
	if n < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

// advance matches format up to its next verb: -1 when a literal differs.
// A newline in the format matches spaces then a newline or the end; other
// spaces match one or more spaces (none after a newline, or at the end).
func (s *readScan) advance(format string) (int, error) {
	i := 0
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if scanIsSpace(fmtc) {
			newlines, trailingSpace := 0, false
			for scanIsSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for scanIsSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != scanEOF {
					return i, errors.New("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !scanIsSpace(inputc) && inputc != scanEOF {
						return i, errors.New("expected space in input to match format")
					}
					if inputc == '\n' {
						return i, errors.New("newline in input does not match format")
					}
				}
				for scanIsSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != scanEOF {
					s.unread()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				return i, errors.New("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return i, nil
			}
			i += w
		}
		inputc := s.getRune()
		if inputc == scanEOF {
			return i, io.ErrUnexpectedEOF
		}
		if fmtc != inputc {
			s.unread()
			return -1, nil
		}
		i += w
	}
	return i, nil
}
