// Package math/rand as Go 1.27 declares it, for gosub's type checker.
//
// The top-level functions use Go 1.20's default source, the runtime's
// generator (runtime_rand, native: the seeded one map iteration and select
// draw from), so like Go's their values differ from Go's run to run; Seed
// does nothing, as in Go 1.24 and later (GODEBUG randseednop=1). They are
// written here from the package's documented algorithms. A Rand from
// NewSource needs Go's seeded additive generator, which gosub lacks: New,
// NewSource and the Rand methods remain native declarations without an
// implementation, so programs using them are rejected when lowered.
package rand

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Rand struct {
	src Source
}

func New(src Source) *Rand
func NewSource(seed int64) Source
func (r *Rand) Int() int
func (r *Rand) Intn(n int) int
func (r *Rand) Int31() int32
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Int63() int64
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Float32() float32
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Seed(seed int64)

// runtime_rand is the runtime's random source.
func runtime_rand() uint64

func Int63() int64   { return int64(runtime_rand() & (1<<63 - 1)) }
func Uint32() uint32 { return uint32(Int63() >> 31) }
func Uint64() uint64 { return runtime_rand() }
func Int31() int32   { return int32(Int63() >> 32) }

func Int() int {
	u := uint(Int63())
	return int(u << 1 >> 1)
}

// Int63n draws until the value falls below the largest multiple of n, so
// every remainder is equally likely.
func Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := Int63()
	for v > max {
		v = Int63()
	}
	return v % n
}

func Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := Int31()
	for v > max {
		v = Int31()
	}
	return v % n
}

func Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(Int31n(int32(n)))
	}
	return int(Int63n(int64(n)))
}

func Float64() float64 {
	for {
		f := float64(Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

func Float32() float32 {
	for {
		f := float32(Float64())
		if f < 1 {
			return f
		}
	}
}

func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(Int63n(int64(i+1))))
	}
}

// Seed is a no-op, as in Go 1.24 and later.
func Seed(seed int64) {}
