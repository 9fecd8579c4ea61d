// Package sort as Go 1.27 declares it, for gosub. Functions without a body
// are native (src/stdlib); the others are written in Go from the package's
// documentation and interpreted like user code.
//
// Sort and Slice are not stable; like Go's, they sort short inputs (up to 12
// elements) by insertion, which keeps equal elements in order; longer inputs
// may order equal elements differently from Go.
package sort

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// ---- the algorithms over Interface ----

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

// medianOfThree moves the median of data[a], data[b], data[c] to a.
func medianOfThree(data Interface, a, b, c int) {
	if data.Less(b, a) {
		data.Swap(b, a)
	}
	if data.Less(c, b) {
		data.Swap(c, b)
		if data.Less(b, a) {
			data.Swap(b, a)
		}
	}
	// now data[a] <= data[b] <= data[c]
	data.Swap(a, b)
}

func quickSort(data Interface, a, b, depth int) {
	for b-a > 12 {
		if depth == 0 {
			heapSort(data, a, b)
			return
		}
		depth--
		m := int(uint(a+b) >> 1)
		medianOfThree(data, a, m, b-1)
		// Partition around the pivot at a: [a+1, i) < pivot, (j, b) >= pivot.
		i, j := a+1, b-1
		for {
			for i <= j && data.Less(i, a) {
				i++
			}
			for i <= j && !data.Less(j, a) {
				j--
			}
			if i > j {
				break
			}
			data.Swap(i, j)
			i++
			j--
		}
		data.Swap(a, j)
		// Recurse into the smaller side, loop on the larger.
		if j-a < b-j-1 {
			quickSort(data, a, j, depth)
			a = j + 1
		} else {
			quickSort(data, j+1, b, depth)
			b = j
		}
	}
	if b-a > 1 {
		insertionSort(data, a, b)
	}
}

func maxDepth(n int) int {
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth++
	}
	return depth * 2
}

// Sort sorts data in ascending order as determined by the Less method. It
// makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	quickSort(data, 0, n, maxDepth(n))
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse sorts in the reverse order of its embedded Interface.
type reverse struct {
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
// (The methods are declared on *reverse, which Reverse returns, and spelled
// out rather than promoted.)
func (r *reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
func (r *reverse) Len() int           { return r.Interface.Len() }
func (r *reverse) Swap(i, j int)      { r.Interface.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

// swapRange swaps the blocks [a, a+n) and [b, b+n).
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// reverseRange reverses data[a:b].
func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b].
func rotate(data Interface, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

// merge merges the sorted runs data[a:m] and data[m:b] in place, keeping
// equal elements in order.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// Insert data[a] into data[m:b]: it goes before the first greater.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m]: it goes after every element not
		// greater than it.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	var cut1, cut2 int
	if m-a > b-m {
		cut1 = a + (m-a)/2
		// cut2: first element of data[m:b] not less than data[cut1].
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, cut1) {
				i = h + 1
			} else {
				j = h
			}
		}
		cut2 = i
	} else {
		cut2 = m + (b-m)/2
		// cut1: first element of data[a:m] greater than data[cut2].
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(cut2, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		cut1 = i
	}
	rotate(data, cut1, m, cut2)
	nm := cut1 + (cut2 - m)
	merge(data, a, cut1, nm)
	merge(data, nm, cut2, b)
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

func stable(data Interface, n int) {
	const blockSize = 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for size := blockSize; size < n; size *= 2 {
		a, b = 0, 2*size
		for b <= n {
			merge(data, a, a+size, b)
			a = b
			b += 2 * size
		}
		if m := a + size; m < n {
			merge(data, a, m, n)
		}
	}
}

// ---- searching ----

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n), f(i) ==
// true implies f(i+1) == true. If there is no such index, Search returns n.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0, n)
// at which cmp(i) <= 0. If there is no such index i, Find returns i = n. The
// found result is true if i < n and cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the index
// as specified by Search. The return value is the index to insert x if x is
// not present (it could be len(a)). The slice must be sorted in ascending
// order.
func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns
// the index as specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x || isNaN(a[h]) && !isNaN(x) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchStrings searches for x in a sorted slice of strings and returns the
// index as specified by Search.
func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// ---- convenience types ----

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { sortInts(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by
// the sort Interface. Note that floating-point comparison by itself is not a
// transitive relation: it does not report a consistent ordering for
// not-a-number (NaN) values. This implementation of Less places NaN values
// before any others.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { sortFloat64s(x) }

// Search returns the result of applying SearchFloat64s to the receiver and
// x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// isNaN is a copy of math.IsNaN to avoid a dependency on the math package.
func isNaN(f float64) bool { return f != f }

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { sortStrings(x) }

// Search returns the result of applying SearchStrings to the receiver and
// x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { sortInts(x) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64s sorts a slice of float64s in increasing order. Not-a-number
// (NaN) values are ordered before other values.
func Float64s(x []float64) { sortFloat64s(x) }

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || isNaN(x[i]) && !isNaN(x[i-1]) {
			return false
		}
	}
	return true
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { sortStrings(x) }

// StringsAreSorted reports whether the slice x is sorted in increasing
// order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Direct sorts of the basic slices (no interface calls): equal elements of
// these types cannot be told apart, so any order of them is Go's.

func sortInts(x []int) {
	for len(x) > 12 {
		m := len(x) / 2
		// median of three to x[0]
		a, b, c := x[0], x[m], x[len(x)-1]
		if b < a {
			a, b = b, a
		}
		if c < b {
			b = c
			if b < a {
				b = a
			}
		}
		p := b
		i, j := 0, len(x)-1
		for i <= j {
			for x[i] < p {
				i++
			}
			for p < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		if j+1 < len(x)-i {
			sortInts(x[:j+1])
			x = x[i:]
		} else {
			sortInts(x[i:])
			x = x[:j+1]
		}
	}
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func sortStrings(x []string) {
	for len(x) > 12 {
		m := len(x) / 2
		a, b, c := x[0], x[m], x[len(x)-1]
		if b < a {
			a, b = b, a
		}
		if c < b {
			b = c
			if b < a {
				b = a
			}
		}
		p := b
		i, j := 0, len(x)-1
		for i <= j {
			for x[i] < p {
				i++
			}
			for p < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		if j+1 < len(x)-i {
			sortStrings(x[:j+1])
			x = x[i:]
		} else {
			sortStrings(x[i:])
			x = x[:j+1]
		}
	}
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func sortFloat64s(x []float64) {
	// NaNs first, then the rest by value.
	n := 0
	for i := range x {
		if isNaN(x[i]) {
			x[i], x[n] = x[n], x[i]
			n++
		}
	}
	x = x[n:]
	for len(x) > 12 {
		m := len(x) / 2
		a, b, c := x[0], x[m], x[len(x)-1]
		if b < a {
			a, b = b, a
		}
		if c < b {
			b = c
			if b < a {
				b = a
			}
		}
		p := b
		i, j := 0, len(x)-1
		for i <= j {
			for x[i] < p {
				i++
			}
			for p < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		if j+1 < len(x)-i {
			sortFloat64s(x[:j+1])
			x = x[i:]
		} else {
			sortFloat64s(x[i:])
			x = x[:j+1]
		}
	}
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// ---- Slice ----

// sliceLen returns the length of the slice x (native; panics if x is not a
// slice).
func sliceLen(x any) int

// sliceSwap swaps the elements i and j of the slice x (native; panics if x
// is not a slice).
func sliceSwap(x any, i, j int)

// funcSorter sorts a slice held in an interface through a less function.
type funcSorter struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *funcSorter) Len() int           { return s.n }
func (s *funcSorter) Less(i, j int) bool { return s.less(i, j) }
func (s *funcSorter) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	if n <= 1 {
		return
	}
	quickSort(&funcSorter{x, n, less}, 0, n, maxDepth(n))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(&funcSorter{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
