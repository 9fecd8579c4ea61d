// Signatures of package fmt as Go 1.27 declares them, for gosub's type checker;
// bodies are native (src/stdlib).
package fmt

import (
	"errors"
	"io"
	"strconv"
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
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error) {
	st := &scanState{s: str}
	for _, arg := range a {
		tok := st.token()
		if tok == "" {
			return n, io.ErrUnexpectedEOF
		}
		if err := store(tok, arg, 'v'); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
func Sscanln(str string, a ...any) (n int, err error) {
	for i := 0; i < len(str); i++ {
		if str[i] == '\n' {
			str = str[:i]
			break
		}
	}
	n, err = Sscan(str, a...)
	if err == io.ErrUnexpectedEOF {
		err = errors.New("unexpected newline")
	}
	return n, err
}
func Sscanf(str string, format string, a ...any) (n int, err error) {
	st := &scanState{s: str}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			if c == ' ' || c == '\t' || c == '\n' {
				st.skipSpace()
				continue
			}
			if st.i >= len(st.s) || st.s[st.i] != c {
				return n, errors.New("input does not match format")
			}
			st.i++
			continue
		}
		i++
		verb := format[i]
		if verb == '%' {
			if st.i >= len(st.s) || st.s[st.i] != '%' {
				return n, errors.New("missing literal %")
			}
			st.i++
			continue
		}
		if n >= len(a) {
			return n, errors.New("too few operands for format '%" + string(verb) + "'")
		}
		tok := st.token()
		if tok == "" {
			return n, io.ErrUnexpectedEOF
		}
		if err := store(tok, a[n], verb); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// scanState reads space-separated tokens of a string.
type scanState struct {
	s string
	i int
}

func (st *scanState) skipSpace() {
	for st.i < len(st.s) && (st.s[st.i] == ' ' || st.s[st.i] == '\t' || st.s[st.i] == '\n' || st.s[st.i] == '\r') {
		st.i++
	}
}

func (st *scanState) token() string {
	st.skipSpace()
	start := st.i
	for st.i < len(st.s) && st.s[st.i] != ' ' && st.s[st.i] != '\t' && st.s[st.i] != '\n' && st.s[st.i] != '\r' {
		st.i++
	}
	return st.s[start:st.i]
}

// store parses tok into the variable arg points to.
func store(tok string, arg any, verb byte) error {
	base := 10
	if verb == 'x' || verb == 'X' {
		base = 16
	} else if verb == 'o' {
		base = 8
	} else if verb == 'b' {
		base = 2
	} else if verb == 'v' {
		base = 0
	}
	switch p := arg.(type) {
	case *string:
		*p = tok
	case *int:
		v, err := strconv.ParseInt(tok, base, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = int(v)
	case *int64:
		v, err := strconv.ParseInt(tok, base, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = v
	case *int32:
		v, err := strconv.ParseInt(tok, base, 32)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = int32(v)
	case *uint:
		v, err := strconv.ParseUint(tok, base, 64)
		if err != nil {
			return errors.New("expected integer")
		}
		*p = uint(v)
	case *float64:
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return err
		}
		*p = v
	case *float32:
		v, err := strconv.ParseFloat(tok, 32)
		if err != nil {
			return err
		}
		*p = float32(v)
	case *bool:
		v, err := strconv.ParseBool(tok)
		if err != nil {
			return errors.New("syntax error scanning boolean")
		}
		*p = v
	default:
		return errors.New("can't scan type")
	}
	return nil
}
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
