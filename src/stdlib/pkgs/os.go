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
// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

var Args []string

// NewFile returns a new File with the given file descriptor and name. The
// returned value will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}
func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
