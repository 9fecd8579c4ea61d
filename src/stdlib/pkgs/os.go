// Signatures of package os as Go 1.27 declares them, for gosub's type checker;
// bodies are native (src/stdlib).
package os

import "io"

type File struct {
	fd   int
	name string
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, io.ErrUnexpectedEOF
	}
	n = readfd(f.fd, b)
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// readfd reads from standard input (native); 0 at end of input.
func readfd(fd int, b []byte) int
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
