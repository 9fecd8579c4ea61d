// Package strings as Go 1.27 declares it, for gosub. Functions without a
// body are native (src/stdlib); the others are written in Go from the
// package's documentation and interpreted like user code.
package strings

import (
	"errors"
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
)

// A Builder is used to efficiently build a string using Write methods. It
// minimizes memory copying. The zero value is ready to use. Do not copy a
// non-zero Builder.
type Builder struct {
	addr *Builder
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return unsafeString(b.buf) }

// unsafeString is unsafe.String(unsafe.SliceData(b), len(b)): the string
// shares b's bytes (native; the subset has no package unsafe). Safe here as
// in Go: a Builder only appends, never rewrites bytes already written.
func unsafeString(b []byte) string

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow grows b's capacity, if necessary, to guarantee space for another n
// bytes. If n is negative, Grow panics.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Write appends the contents of p to b's buffer. Write always returns
// len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always
// nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's
// buffer. It returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s to b's buffer. It returns the length
// of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader,
// io.ByteScanner, io.RuneReader, io.RuneScanner, io.Seeker, and
// io.WriterTo interfaces by reading from a string. The zero value for Reader
// operates like a Reader of an empty string.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the original length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case 0:
		abs = offset
	case 1:
		abs = r.i + offset
	case 2:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := w.Write([]byte(s))
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}


// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
	first  [256]bool // first[c]: some old string starts with byte c
	empty  bool      // some old string is empty
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches. The old string comparisons are done in
// argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: make([]string, len(oldnew))}
	copy(r.oldnew, oldnew)
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) == 0 {
			r.empty = true
		} else {
			r.first[oldnew[i][0]] = true
		}
	}
	return r
}

// match returns the index in oldnew of the first old string (in argument
// order) that is a prefix of s, or -1; the empty old string is skipped when
// noEmpty is set.
func (r *Replacer) match(s string, noEmpty bool) int {
	if len(s) > 0 && !r.first[s[0]] {
		if r.empty && !noEmpty {
			for i := 0; i < len(r.oldnew); i += 2 {
				if len(r.oldnew[i]) == 0 {
					return i
				}
			}
		}
		return -1
	}
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if len(old) == 0 {
			if noEmpty {
				continue
			}
			return i
		}
		if len(old) <= len(s) && s[:len(old)] == old {
			return i
		}
	}
	return -1
}

func (r *Replacer) replace(s string) (string, bool) {
	var out []byte
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		if i < len(s) && !r.empty && !r.first[s[i]] {
			i++
			continue
		}
		k := r.match(s[i:], prevEmpty)
		prevEmpty = k >= 0 && len(r.oldnew[k]) == 0
		if k >= 0 {
			if !changed {
				out = make([]byte, 0, len(s))
				changed = true
			}
			out = append(out, s[last:i]...)
			out = append(out, r.oldnew[k+1]...)
			i += len(r.oldnew[k])
			last = i
			continue
		}
		i++
	}
	if !changed {
		return s, false
	}
	out = append(out, s[last:]...)
	return string(out), true
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	out, _ := r.replace(s)
	return out
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	out, _ := r.replace(s)
	return w.Write([]byte(out))
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically. The
// result will be 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

func Contains(s, substr string) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsFunc reports whether any Unicode code points r within s satisfy
// f(r).
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// Count counts the number of non-overlapping instances of substr in s. If
// substr is an empty string, Count returns 1 + the number of Unicode code
// points in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	if len(substr) == 1 {
		c := substr[0]
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Cut slices s around the first instance of sep, returning the text before
// and after sep. The found result reports whether sep appears in s. If sep
// does not appear in s, cut returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix string and reports
// whether it found the prefix. If s doesn't start with prefix, CutPrefix
// returns s, false. If prefix is the empty string, CutPrefix returns s,
// true.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports
// whether it found the suffix. If s doesn't end with suffix, CutSuffix
// returns s, false. If suffix is the empty string, CutSuffix returns s,
// true.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal
// under simple Unicode case-folding, which is a more general form of
// case-insensitivity.
func EqualFold(s, t string) bool {
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		var sr, tr rune
		if s[i] < utf8.RuneSelf {
			sr = rune(s[i])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sr = r
			i += size
		}
		if t[j] < utf8.RuneSelf {
			tr = rune(t[j])
			j++
		} else {
			r, size := utf8.DecodeRuneInString(t[j:])
			tr = r
			j += size
		}
		if sr == tr {
			continue
		}
		if sr > tr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			// ASCII only: sr must be the upper case of tr.
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// General case: walk the fold orbit of sr looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r != tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return i == len(s) && j == len(t)
}

func Fields(s string) []string

// FieldsFunc splits the string s at each run of Unicode code points c
// satisfying f(c) and returns an array of slices of s. If all code points in
// s satisfy f(c) or the string is empty, an empty slice is returned.
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp[0]:sp[1]]
	}
	return a
}

func FieldsSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, x := range Fields(s) {
			if !yield(x) {
				return
			}
		}
	}
}
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, x := range FieldsFunc(s, f) {
			if !yield(x) {
				return
			}
		}
	}
}
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int

// IndexAny returns the index of the first instance of any Unicode code point
// from chars in s, or -1 if no Unicode code point from chars is present in
// s.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, r := range s {
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first instance of c in s, or -1 if c
// is not present in s.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index into s of the first Unicode code point
// satisfying f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code
// point r, or -1 if rune is not present in s. If r is utf8.RuneError, it
// returns the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

func Join(elems []string, sep string) string

// LastIndex returns the index of the last instance of substr in s, or -1 if
// substr is not present in s.
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any Unicode code
// point from chars in s, or -1 if no Unicode code point from chars is
// present in s.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1 if c
// is not present in s.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index into s of the last Unicode code point
// satisfying f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

// Map returns a copy of the string s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the string with no replacement.
func Map(mapping func(rune) rune, s string) string {
	b := make([]byte, 0, len(s))
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func Repeat(s string, count int) string

// Replace returns a copy of the string s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the
// beginning of the string and after each UTF-8 sequence, yielding up to k+1
// replacements for a k-rune string. If n < 0, there is no limit on the
// number of replacements.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll returns a copy of the string s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

func Split(s, sep string) []string

// explode splits s into a slice of UTF-8 strings, one string per Unicode
// character up to a maximum of n (n < 0 means no limit).
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s around each instance of sep, including sepSave bytes of
// sep in the subarrays, up to n pieces (n < 0: all).
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitAfter slices s into all substrings after each instance of sep and
// returns a slice of those substrings.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into substrings after each instance of sep and
// returns a slice of those substrings; n determines the number of
// substrings to return (n < 0: all; n == 0: nil).
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// SplitN slices s into substrings separated by sep and returns a slice of
// the substrings between those separators; n determines the number of
// substrings to return (n < 0: all; n == 0: nil).
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

func SplitSeq(s, sep string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, x := range Split(s, sep) {
			if !yield(x) {
				return
			}
		}
	}
}
func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, x := range SplitAfter(s, sep) {
			if !yield(x) {
				return
			}
		}
	}
}

// isSeparator reports whether the rune could mark a word boundary.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin
// words mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s string) string {
	prev := ' '
	return Map(
		func(r rune) rune {
			if isSeparator(prev) {
				prev = r
				return unicode.ToTitle(r)
			}
			prev = r
			return r
		},
		s)
}

func ToLower(s string) string

// ToTitle returns a copy of the string s with all Unicode letters mapped to
// their Unicode title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

func ToUpper(s string) string

// ToUpperSpecial returns a copy of the string s with all Unicode letters
// mapped to their upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of the string s with all Unicode letters
// mapped to their lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of the string s with all Unicode letters
// mapped to their Unicode title case, giving priority to the special casing
// rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8
// byte sequences replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return string(b)
}

// Trim returns a slice of the string s with all leading and trailing Unicode
// code points contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimFunc returns a slice of the string s with all leading and trailing
// Unicode code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft returns a slice of the string s with all leading Unicode code
// points contained in cutset removed.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	if len(cutset) == 1 && cutset[0] < utf8.RuneSelf {
		c := cutset[0]
		for len(s) > 0 && s[0] == c {
			s = s[1:]
		}
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// TrimLeftFunc returns a slice of the string s with all leading Unicode code
// points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimPrefix returns s without the provided leading prefix string. If s
// doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimRight returns a slice of the string s, with all trailing Unicode code
// points contained in cutset removed.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	if len(cutset) == 1 && cutset[0] < utf8.RuneSelf {
		c := cutset[0]
		for len(s) > 0 && s[len(s)-1] == c {
			s = s[:len(s)-1]
		}
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode
// code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

func TrimSpace(s string) string

// TrimSuffix returns s without the provided trailing suffix string. If s
// doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
