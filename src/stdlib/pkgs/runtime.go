// Signatures of package runtime as Go 1.27 declares them, for gosub's type checker;
// bodies are native (src/stdlib) unless given here.
package runtime

const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

type Error interface {
	error
	RuntimeError()
}

// The run-time errors a panic carries (runtime/error.go). The evaluator
// raises them as host values and boxes them into these types when a
// program recovers one; their Error methods give Go's exact text.

// A boundsError is a failed index, slice or slice-to-array bound:
// x against y, worded by code.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

// The wording of each bounds code, and of codes whose x is negative.
var boundsFormats = [...]string{
	"index out of range [%x] with length %y",
	"slice bounds out of range [:%x] with length %y",
	"slice bounds out of range [:%x] with capacity %y",
	"slice bounds out of range [%x:%y]",
	"slice bounds out of range [::%x] with length %y",
	"slice bounds out of range [::%x] with capacity %y",
	"slice bounds out of range [:%x:%y]",
	"slice bounds out of range [%x:%y:]",
	"cannot convert slice with length %x to array or pointer to array with length %y",
}

var boundsNegFormats = [...]string{
	"index out of range [%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [%x:]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [:%x:]",
	"slice bounds out of range [%x::]",
	"",
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	f := boundsFormats[e.code]
	if e.signed && e.x < 0 {
		f = boundsNegFormats[e.code]
	}
	out := "runtime error: "
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			out += f[i : i+1]
			continue
		}
		i++
		if f[i] == 'x' {
			out += itoa(e.x, e.signed)
		} else {
			out += itoa(int64(e.y), true)
		}
	}
	return out
}

// itoa formats v as a signed or unsigned decimal.
func itoa(v int64, signed bool) string {
	u := uint64(v)
	neg := signed && v < 0
	if neg {
		u = uint64(-v)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	s := string(buf[i:])
	if neg {
		s = "-" + s
	}
	return s
}

// An errorString is a run-time error worded "runtime error: ...".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// An errorAddressString is a memory fault at a known address.
type errorAddressString struct {
	msg  string
	addr uintptr
}

func (e errorAddressString) RuntimeError() {}

func (e errorAddressString) Error() string { return "runtime error: " + e.msg }

func (e errorAddressString) Addr() uintptr { return e.addr }

// A plainError is a run-time error without the "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// A PanicNilError is what panic(nil) panics with (under
// `//go:debug panicnil=0`).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion. Simplification:
// the types are held by their names (Go holds *_type descriptors).
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod != "" {
		return "interface conversion: " + e.concrete + " is not " + e.asserted + ": missing method " + e.missingMethod
	}
	msg := "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
	if e.concrete == e.asserted {
		msg += " (types from different scopes)"
	}
	return msg
}

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func GC()
func GOMAXPROCS(n int) int
func Gosched()
func Goexit()
func KeepAlive(x any)
func NumCPU() int
func NumGoroutine() int
func ReadMemStats(m *MemStats)
func Version() string
