// Package slices as Go 1.27 declares it, for gosub. Every function is written
// in Go from the package's documentation and interpreted like user code.
//
// The observable behaviour follows Go's: the order in which callbacks are
// called, the capacities of grown slices (growth goes through append, as
// Go's does), the zeroing of the elements a deletion leaves behind, and the
// panics. Sort and SortFunc use pattern-defeating quicksort with insertion
// sort for short ranges, as Go does, so even equal elements end up where Go
// puts them; SortStableFunc is insertion sort on blocks of 20 followed by
// in-place symmetric merges.
package slices

import (
	"cmp"
	"iter"
)

// ---- iterators ----

// All returns an iterator over index-value pairs in the slice in the usual
// order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values returns an iterator that yields the slice elements in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(s[i]) {
				return
			}
		}
	}
}

// Backward returns an iterator over index-value pairs in the slice,
// traversing it backward with descending indices.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// AppendSeq appends the values from seq to the slice and returns the
// extended slice.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect collects values from seq into a new slice and returns it. If seq
// is empty, the result is nil.
func Collect[E any](seq iter.Seq[E]) []E {
	var s []E
	return AppendSeq(s, seq)
}

// Sorted collects values from seq into a new slice, sorts the slice, and
// returns it. If seq is empty, the result is nil.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects values from seq into a new slice, sorts the slice
// using the comparison function, and returns it. If seq is empty, the result
// is nil.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// SortedStableFunc collects values from seq into a new slice. It then sorts
// the slice while keeping the original order of equal elements, using the
// comparison function to compare elements. It returns the new slice. If seq
// is empty, the result is nil.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

// Chunk returns an iterator over consecutive sub-slices of up to n elements
// of s. All but the last sub-slice will have size n. All sub-slices are
// clipped to have no capacity beyond the length. If s is empty, the sequence
// is empty: there is no empty slice in the sequence. Chunk panics if n is
// less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for lo := 0; lo < len(s); lo += n {
			hi := len(s)
			if hi-lo > n {
				hi = lo + n
			}
			if !yield(s[lo:hi:hi]) {
				return
			}
		}
	}
}

// ---- comparing ----

// Equal reports whether two slices are equal: the same length and all
// elements equal. Empty and nil slices are considered equal. Floating point
// NaNs are not considered equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := 0; i < len(s1); i++ {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether two slices are equal using an equality function
// on each pair of elements, in increasing index order, stopping at the first
// index for which eq returns false.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := 0; i < len(s1); i++ {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the elements of s1 and s2, using cmp.Compare on each
// pair of elements, in increasing index order, returning the first non-zero
// result. A shorter slice that is a prefix of the other compares less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := 0; i < len(s1); i++ {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is like Compare but uses a custom comparison function on each
// pair of elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := 0; i < len(s1); i++ {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// ---- searching ----

// Index returns the index of the first occurrence of v in s, or -1 if not
// present.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := 0; i < len(s); i++ {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]), or -1 if none do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := 0; i < len(s); i++ {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether at least one element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// ---- editing ----
//
// Slices of type S are converted to []E where they are spread into append
// or passed to a helper over []E: gosub's checker does not
// yet see S's core type there (Go accepts both spellings). For the same
// reason Sort, SortFunc and SortStableFunc pass []E(x) to the algorithms,
// and the recursive calls below name their type argument ([E]), which gosub
// cannot yet infer in a generic function calling itself.

// Insert inserts the values v... into s at index i, returning the modified
// slice. The elements at s[i:] are shifted up to make room. In the returned
// slice r, r[i] == v[0], and, if i < len(s), r[i+len(v)] == value originally
// at r[i]. Insert panics if i > len(s).
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the bounds check, with Go's message
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// A new array: grow through append so that the capacity is rounded
		// up to the size class exactly as Go's is.
		r := append(s[:i], make([]E, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	r := s[:n+m]
	if !overlaps(v, []E(r[i+m:])) {
		// Shifting the tail up leaves v intact.
		copy(r[i+m:], r[i:n])
		copy(r[i:], v)
		return r
	}
	// v lies (partly) where the tail moves to: put v after the tail first,
	// then rotate it into place.
	copy(r[n:], v)
	rotateRight([]E(r[i:]), m)
	return r
}

// Delete removes the elements s[i:j] from s, returning the modified slice.
// Delete panics if j > len(s) or s[i:j] is not a valid slice of s. Delete
// zeroes the elements s[len(s)-(j-i):len(s)].
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the bounds check, with Go's message
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], []E(s[j:])...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes any elements from s for which del returns true,
// returning the modified slice. DeleteFunc zeroes the elements between the
// new length and the original length.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	w := IndexFunc(s, del)
	if w < 0 {
		return s
	}
	for r := w + 1; r < len(s); r++ {
		if e := s[r]; !del(e) {
			s[w] = e
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

// Replace replaces the elements s[i:j] by the given v, and returns the
// modified slice. Replace panics if j > len(s) or s[i:j] is not a valid
// slice of s. When len(v) < (j-i), Replace zeroes the elements between the
// new length and the original length.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the bounds check, with Go's message
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		r := append(s[:i], v...)
		if len(r) < len(s) {
			clear(s[len(r):])
		}
		return r
	}
	m := len(v)
	total := i + m + len(s) - j
	if total > cap(s) {
		// A new array, grown through append as Insert does.
		r := append(s[:i], make([]E, total-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[j:])
		return r
	}
	r := s[:total]
	if i+m <= j {
		// Shrinking or same size: v fits in the hole.
		copy(r[i:], v)
		copy(r[i+m:], s[j:])
		clear(s[total:])
		return r
	}
	// Growing in place: the tail s[j:] moves up to r[i+m:].
	if !overlaps([]E(r[i+m:]), v) {
		copy(r[i+m:], s[j:])
		copy(r[i:], v)
		return r
	}
	// v is clobbered by moving the tail. Its first y elements go to the
	// growth area r[len(s):], the rest to the hole r[i:j]; a rotation then
	// puts them in place.
	y := m - (j - i)
	if !overlaps([]E(r[i:j]), v) {
		copy(r[i:j], v[y:])
		copy(r[len(s):], v[:y])
		rotateRight([]E(r[i:]), y)
		return r
	}
	if !overlaps([]E(r[len(s):]), v) {
		copy(r[len(s):], v[:y])
		copy(r[i:j], v[y:])
		rotateRight([]E(r[i:]), y)
		return r
	}
	// v covers both the hole and the growth area, so the whole tail s[j:]
	// is inside v: write v, then copy the tail out of its new place.
	k := startIdx(v, []E(s[j:]))
	copy(r[i:], v)
	copy(r[i+m:], r[i+k:])
	return r
}

// overlaps reports whether the memory ranges a[:len(a)] and b[:len(b)]
// overlap. Go compares addresses; gosub, without unsafe, compares element
// pointers. Two slices of one array that were not cut by a full slice
// expression end their capacity at the same element, which gives the
// offset of one in the other directly.
func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	ac := a[:cap(a)]
	bc := b[:cap(b)]
	if &ac[len(ac)-1] == &bc[len(bc)-1] {
		d := cap(b) - cap(a) // the index of a[0] in b
		return d < len(b) && d+len(a) > 0
	}
	for k := 0; k < len(a); k++ {
		if &a[k] == &b[0] {
			return true
		}
	}
	for k := 0; k < len(b); k++ {
		if &b[k] == &a[0] {
			return true
		}
	}
	return false
}

// startIdx returns the index in haystack where needle starts; needle must
// lie inside haystack.
func startIdx[E any](haystack, needle []E) int {
	p := &needle[0]
	for i := 0; i < len(haystack); i++ {
		if p == &haystack[i] {
			return i
		}
	}
	panic("needle not found")
}

// rotateRight moves the last r elements of s to its front, in place.
func rotateRight[E any](s []E, r int) {
	reverseElems(s[:len(s)-r])
	reverseElems(s[len(s)-r:])
	reverseElems(s)
}

func reverseElems[E any](s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Clone returns a copy of the slice. The elements are copied using
// assignment, so this is a shallow clone. The result may have additional
// unused capacity. A nil slice clones to nil.
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, []E(s)...)
}

// Compact replaces consecutive runs of equal elements with a single copy.
// Compact modifies the contents of the slice s and returns the modified
// slice, which may have a smaller length. Compact zeroes the elements
// between the new length and the original length.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if s[k] == s[k-1] {
			// The first duplicate: from here on, keep each element that
			// differs from its original predecessor.
			w := k
			for r := k + 1; r < len(s); r++ {
				if s[r] != s[r-1] {
					s[w] = s[r]
					w++
				}
			}
			clear(s[w:])
			return s[:w]
		}
	}
	return s
}

// CompactFunc is like Compact but uses an equality function to compare
// elements. For runs of elements that compare equal, CompactFunc keeps the
// first one.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			w := k
			for r := k + 1; r < len(s); r++ {
				if !eq(s[r], s[r-1]) {
					s[w] = s[r]
					w++
				}
			}
			clear(s[w:])
			return s[:w]
		}
	}
	return s
}

// Grow increases the slice's capacity, if necessary, to guarantee space for
// another n elements. If n is negative or too large to allocate the memory,
// Grow panics.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes unused capacity from the slice, returning s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Concat returns a new slice concatenating the passed in slices. If the
// concatenation is empty, the result is nil.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	var r S
	r = Grow(r, size)
	for _, s := range slices {
		r = append(r, []E(s)...)
	}
	return r
}

// Repeat returns a new slice that repeats the provided slice the given
// number of times. The result has length and capacity (len(x) * count).
// Repeat panics if count is negative or if the result of (len(x) * count)
// overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if count > 0 && len(x) > maxInt/count {
		panic("the result of (len(x) * count) overflows")
	}
	r := make(S, len(x)*count)
	n := copy(r, x)
	for n < len(r) {
		n += copy(r[n:], r[:n])
	}
	return r
}

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// ---- extremes ----

// Max returns the maximal value in x. It panics if x is empty. For
// floating-point E, Max propagates NaNs (any NaN value in x forces the
// output to be NaN).
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// MaxFunc returns the maximal value in x, using cmp to compare elements. It
// panics if x is empty. If there is more than one maximal element according
// to the cmp function, MaxFunc returns the first one.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// Min returns the minimal value in x. It panics if x is empty. For
// floating-point numbers, Min propagates NaNs (any NaN value in x forces the
// output to be NaN).
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MinFunc returns the minimal value in x, using cmp to compare elements. It
// panics if x is empty. If there is more than one minimal element according
// to the cmp function, MinFunc returns the first one.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// ---- sorting ----

// Sort sorts a slice of any ordered type in ascending order. When sorting
// floating-point numbers, NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdqsortOrdered([]E(x), 0, n, bitLen(n))
}

// SortFunc sorts the slice x in ascending order as determined by the cmp
// function. This sort is not guaranteed to be stable. cmp(a, b) should
// return a negative number when a < b, a positive number when a > b and
// zero when a == b or a and b are incomparable in the sense of a strict
// weak ordering.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsortFunc([]E(x), 0, n, bitLen(n), cmp)
}

// SortStableFunc sorts the slice x while keeping the original order of
// equal elements, using cmp to compare elements in the same way as
// SortFunc.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableFunc([]E(x), len(x), cmp)
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as
// the comparison function as defined by SortFunc.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice and returns the
// earliest position where target is found, or the position where target
// would appear in the sort order; it also returns a bool saying whether the
// target is really found in the slice.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp.Less(x[h], target) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && (x[lo] == target || (x[lo] != x[lo] && target != target))
}

// BinarySearchFunc works like BinarySearch, but uses a custom comparison
// function. The slice must be sorted in increasing order, where "increasing"
// is defined by cmp. cmp should return 0 if the slice element matches the
// target, a negative number if the slice element precedes the target, or a
// positive number if the slice element follows the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(x[lo], target) == 0
}

// bitLen is the number of bits needed to represent n (math/bits.Len).
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// lessOrdered is the order Sort uses: <, with NaNs before everything else.
func lessOrdered[E cmp.Ordered](a, b E) bool {
	return a < b || (a != a && b == b)
}

// Hints from choosing a pivot about the order of the range.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

// ---- pattern-defeating quicksort over cmp (SortFunc) ----
//
// The range [a, b) is sorted by quicksort with these refinements:
//   - ranges of at most 12 elements are sorted by insertion;
//   - after limit unbalanced partitions the range is heap-sorted;
//   - after an unbalanced partition, three elements are swapped with
//     pseudo-random partners (a xorshift generator seeded by the length) to
//     break adversarial patterns;
//   - the pivot is the median of three elements at the quarters (or, from 50
//     elements on, the median of three medians of adjacent triples); the
//     number of swaps that choice needed tells whether the range looks
//     increasing (none) or decreasing (all 12), and a decreasing range is
//     reversed;
//   - a range that looks increasing after a balanced, already partitioned
//     step is finished by an insertion sort allowed to fix at most 5
//     misplaced pairs;
//   - when the element before the range (the previous pivot) is not less
//     than the pivot, the range holds many equal elements: they are split
//     off to the left and skipped.

func pdqsortFunc[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	balanced := true
	partitioned := true
	for {
		n := b - a
		if n <= 12 {
			insertionSortFunc(data, a, b, cmp)
			return
		}
		if limit == 0 {
			heapSortFunc(data, a, b, cmp)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivotFunc(data, a, b, cmp)
		if hint == hintDecreasing {
			reverseElems(data[a:b])
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing {
			if partialInsertionSortFunc(data, a, b, cmp) {
				return
			}
		}
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			a = partitionEqualFunc(data, a, b, pivot, cmp)
			continue
		}
		mid, already := partitionFunc(data, a, b, pivot, cmp)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortFunc[E](data, a, mid, limit, cmp)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortFunc[E](data, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

func insertionSortFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(data[j], data[j-1]) < 0; j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDownFunc restores the max-heap data[first+lo : first+hi] below root lo.
func siftDownFunc[E any](data []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(data[first+child], data[first+child+1]) < 0 {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownFunc(data, i, n, a, cmp)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDownFunc(data, 0, i, a, cmp)
	}
}

// partitionFunc moves the pivot to a, partitions the rest into elements less
// than it and elements not less than it, and puts the pivot between them at
// the returned index; already reports that no element had to move.
func partitionFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && cmp(data[i], data[a]) < 0 {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && cmp(data[i], data[a]) < 0 {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqualFunc moves the pivot to a and gathers the elements not
// greater than it after it; it returns the index of the first greater one.
func partitionEqualFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && cmp(data[a], data[j]) < 0 {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// partialInsertionSortFunc sorts a nearly sorted range, giving up (false)
// after fixing 5 out-of-order pairs or, on short ranges, at the first one.
func partialInsertionSortFunc[E any](data []E, a, b int, cmp func(a, b E) int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		// Move the smaller element left (the walk may run past a, down to
		// index 1, as Go's does) and the greater one right.
		if i-a >= 2 {
			for k := i - 1; k >= 1 && cmp(data[k], data[k-1]) < 0; k-- {
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && cmp(data[k], data[k-1]) < 0; k++ {
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of [a, b) with
// pseudo-random ones.
func breakPatterns[E any](data []E, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	mid := a + (n/4)*2
	for k := 0; k < 3; k++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data[mid-1+k], data[a+other] = data[a+other], data[mid-1+k]
	}
}

func choosePivotFunc[E any](data []E, a, b int, cmp func(a, b E) int) (int, int) {
	n := b - a
	swaps := 0
	i := a + n/4*1
	j := a + n/4*2
	k := a + n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median3Func(data, i-1, i, i+1, &swaps, cmp)
			j = median3Func(data, j-1, j, j+1, &swaps, cmp)
			k = median3Func(data, k-1, k, k+1, &swaps, cmp)
		}
		j = median3Func(data, i, j, k, &swaps, cmp)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// median3Func returns the index of the median of data[x], data[y], data[z],
// counting in *swaps the pairs it found out of order.
func median3Func[E any](data []E, x, y, z int, swaps *int, cmp func(a, b E) int) int {
	if cmp(data[y], data[x]) < 0 {
		*swaps++
		x, y = y, x
	}
	if cmp(data[z], data[y]) < 0 {
		*swaps++
		y, z = z, y
	}
	if cmp(data[y], data[x]) < 0 {
		*swaps++
		x, y = y, x
	}
	return y
}

// ---- the same quicksort over < (Sort) ----

func pdqsortOrdered[E cmp.Ordered](data []E, a, b, limit int) {
	balanced := true
	partitioned := true
	for {
		n := b - a
		if n <= 12 {
			insertionSortOrdered(data, a, b)
			return
		}
		if limit == 0 {
			heapSortOrdered(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivotOrdered(data, a, b)
		if hint == hintDecreasing {
			reverseElems(data[a:b])
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing {
			if partialInsertionSortOrdered(data, a, b) {
				return
			}
		}
		if a > 0 && !lessOrdered(data[a-1], data[pivot]) {
			a = partitionEqualOrdered(data, a, b, pivot)
			continue
		}
		mid, already := partitionOrdered(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsortOrdered[E](data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsortOrdered[E](data, mid+1, b, limit)
			b = mid
		}
	}
}

func insertionSortOrdered[E cmp.Ordered](data []E, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && lessOrdered(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

func siftDownOrdered[E cmp.Ordered](data []E, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && lessOrdered(data[first+child], data[first+child+1]) {
			child++
		}
		if !lessOrdered(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortOrdered[E cmp.Ordered](data []E, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownOrdered(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDownOrdered(data, 0, i, a)
	}
}

func partitionOrdered[E cmp.Ordered](data []E, a, b, pivot int) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && lessOrdered(data[i], data[a]) {
		i++
	}
	for i <= j && !lessOrdered(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && lessOrdered(data[i], data[a]) {
			i++
		}
		for i <= j && !lessOrdered(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

func partitionEqualOrdered[E cmp.Ordered](data []E, a, b, pivot int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !lessOrdered(data[a], data[i]) {
			i++
		}
		for i <= j && lessOrdered(data[a], data[j]) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

func partialInsertionSortOrdered[E cmp.Ordered](data []E, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !lessOrdered(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for k := i - 1; k >= 1 && lessOrdered(data[k], data[k-1]); k-- {
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && lessOrdered(data[k], data[k-1]); k++ {
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

func choosePivotOrdered[E cmp.Ordered](data []E, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i := a + n/4*1
	j := a + n/4*2
	k := a + n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median3Ordered(data, i-1, i, i+1, &swaps)
			j = median3Ordered(data, j-1, j, j+1, &swaps)
			k = median3Ordered(data, k-1, k, k+1, &swaps)
		}
		j = median3Ordered(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func median3Ordered[E cmp.Ordered](data []E, x, y, z int, swaps *int) int {
	if lessOrdered(data[y], data[x]) {
		*swaps++
		x, y = y, x
	}
	if lessOrdered(data[z], data[y]) {
		*swaps++
		y, z = z, y
	}
	if lessOrdered(data[y], data[x]) {
		*swaps++
		x, y = y, x
	}
	return y
}

// ---- stable sorting (SortStableFunc) ----

// stableFunc insertion-sorts blocks of 20 elements, then merges neighbouring
// blocks of doubling size in place.
func stableFunc[E any](data []E, n int, cmp func(a, b E) int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSortFunc(data, a, b, cmp)
		a = b
		b += block
	}
	insertionSortFunc(data, a, n, cmp)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMergeFunc(data, a, a+block, b, cmp)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMergeFunc(data, a, m, n, cmp)
		}
		block *= 2
	}
}

// symMergeFunc merges the sorted runs data[a:m] and data[m:b] in place and
// stably, by the SymMerge algorithm of Kim and Kutzner: find the split
// around the middle of [a, b) where the runs' parts cross, rotate them into
// place and merge both halves recursively. One-element runs are inserted
// by binary search.
func symMergeFunc[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	if m-a == 1 {
		// data[a] goes before the first element of data[m:b] not less than
		// it.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if cmp(data[h], data[a]) < 0 {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// data[m] goes after the last element of data[a:m] not greater
		// than it.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var lo, hi int
	if m > mid {
		lo, hi = n-b, mid
	} else {
		lo, hi = a, m
	}
	p := n - 1
	for lo < hi {
		c := int(uint(lo+hi) >> 1)
		if !(cmp(data[p-c], data[c]) < 0) {
			lo = c + 1
		} else {
			hi = c
		}
	}
	start := lo
	end := n - start
	if start < m && m < end {
		rotateBlocks(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeFunc[E](data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		symMergeFunc[E](data, mid, end, b, cmp)
	}
}

// rotateBlocks exchanges the neighbouring blocks data[a:m] and data[m:b].
func rotateBlocks[E any](data []E, a, m, b int) {
	reverseElems(data[a:m])
	reverseElems(data[m:b])
	reverseElems(data[a:b])
}
