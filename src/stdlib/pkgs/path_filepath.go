// Package path/filepath as Go 1.27 declares it on Unix, for gosub: the
// separator is '/', so the lexical functions are package path's. Written
// in Go from the package's documentation and interpreted like user code.
// Simplifications: Match, Glob, Walk, WalkDir and EvalSymlinks are not
// provided.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins path elements with Separator and cleans the result; empty
// elements are ignored, and no elements give "".
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits path immediately after the final Separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, cleaned.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// IsLocal reports whether path is local: within the directory it is
// evaluated in, not absolute, not empty, and not reaching above it.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// ToSlash and FromSlash translate between Separator and '/': nothing to do
// on Unix.
func ToSlash(p string) string   { return p }
func FromSlash(p string) string { return p }

// VolumeName returns the leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator (as in PATH);
// the empty string gives an empty slice.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute representation of path, joined to the working
// directory when it is relative, and cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath, or an error when there is none (one path is
// absolute and the other not, or basepath needs a `..` it cannot undo).
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if targ == "." {
		targ = ""
	}
	fail := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	if IsAbs(base) != IsAbs(targ) {
		return "", fail
	}
	// Skip the elements both paths share.
	bs, ts := elements(base), elements(targ)
	i := 0
	for i < len(bs) && i < len(ts) && bs[i] == ts[i] {
		i++
	}
	if i < len(bs) && bs[i] == ".." {
		return "", fail
	}
	var out []string
	for j := i; j < len(bs); j++ {
		out = append(out, "..")
	}
	out = append(out, ts[i:]...)
	return strings.Join(out, "/"), nil
}

// elements splits a cleaned path at its separators (a rooted path's first
// element is empty).
func elements(p string) []string {
	switch p {
	case "":
		return nil
	case "/":
		return []string{""}
	}
	return strings.Split(p, "/")
}
