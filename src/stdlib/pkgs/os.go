// Signatures of package os as Go 1.27 declares them, for gosub's type checker;
// bodies are native (src/stdlib).
package os

type File struct {
	fd   int
	name string
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

var Args []string

func NewFile(fd uintptr, name string) *File
func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
