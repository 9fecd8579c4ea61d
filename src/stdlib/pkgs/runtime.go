// Signatures of package runtime as Go 1.27 declares them, for gosub's type checker;
// bodies are native (src/stdlib).
package runtime

const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

type Error interface {
	error
	RuntimeError()
}

type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError()
func (e *TypeAssertionError) Error() string

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
