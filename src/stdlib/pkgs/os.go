// Package os as Go 1.27 declares it (Unix), for gosub: written in Go from
// the package's documentation and interpreted like user code, over a few
// natives on real host files (src/stdlib/osfile.rs), which return the
// host's errno numbers; this file builds Go's errors from them.
//
// Differences from Go: the types io/fs declares (FileMode, FileInfo,
// DirEntry, PathError) are declared here, so %T prints os.FileMode and
// *os.PathError where Go prints fs.FileMode and *fs.PathError, and the
// errno inside a *PathError is os.syscallErrno where Go's is
// syscall.Errno (same Error text, same Is). FileInfo.Sys returns nil.
// ModTime is the host's modification time, while gosub's clock starts at
// the playground's 2009-11-10 23:00 UTC, so time.Since(ModTime()) is not
// meaningful. Closing Stdin, Stdout or Stderr marks the *File closed but
// leaves the host stream open.
package os

import (
	"errors"
	"io"
	"time"
)

// ---- errors ----

var (
	// ErrInvalid indicates an invalid argument.
	ErrInvalid = errors.New("invalid argument")
	// ErrPermission indicates that permission is denied.
	ErrPermission = errors.New("permission denied")
	// ErrExist indicates that a file already exists.
	ErrExist = errors.New("file already exists")
	// ErrNotExist indicates that a file does not exist.
	ErrNotExist = errors.New("file does not exist")
	// ErrClosed indicates that a file is already closed.
	ErrClosed = errors.New("file already closed")
)

// syscallErrno is a host error number (Go's syscall.Errno).
type syscallErrno uintptr

const (
	_EPERM     syscallErrno = 1
	_ENOENT    syscallErrno = 2
	_EACCES    syscallErrno = 13
	_EEXIST    syscallErrno = 17
	_ENOTDIR   syscallErrno = 20
	_EINVAL    syscallErrno = 22
	_ENOSYS    syscallErrno = 38
	_ENOTEMPTY syscallErrno = 39
	_ENOTSUP   syscallErrno = 95
)

var errnoText = [...]string{
	1: "operation not permitted", 2: "no such file or directory", 3: "no such process",
	4: "interrupted system call", 5: "input/output error", 6: "no such device or address",
	7: "argument list too long", 8: "exec format error", 9: "bad file descriptor",
	10: "no child processes", 11: "resource temporarily unavailable", 12: "cannot allocate memory",
	13: "permission denied", 14: "bad address", 15: "block device required",
	16: "device or resource busy", 17: "file exists", 18: "invalid cross-device link",
	19: "no such device", 20: "not a directory", 21: "is a directory", 22: "invalid argument",
	23: "too many open files in system", 24: "too many open files", 25: "inappropriate ioctl for device",
	26: "text file busy", 27: "file too large", 28: "no space left on device", 29: "illegal seek",
	30: "read-only file system", 31: "too many links", 32: "broken pipe",
	33: "numerical argument out of domain", 34: "numerical result out of range",
	35: "resource deadlock avoided", 36: "file name too long", 37: "no locks available",
	38: "function not implemented", 39: "directory not empty", 40: "too many levels of symbolic links",
	95: "operation not supported", 122: "disk quota exceeded",
}

func (e syscallErrno) Error() string {
	if e < syscallErrno(len(errnoText)) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + itoa(int(e))
}

func (e syscallErrno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == _EACCES || e == _EPERM
	case ErrExist:
		return e == _EEXIST || e == _ENOTEMPTY
	case ErrNotExist:
		return e == _ENOENT
	case errors.ErrUnsupported:
		return e == _ENOSYS || e == _ENOTSUP
	}
	return false
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// LinkError records an error during a link or symlink or rename system
// call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. If err is nil, NewSyscallError
// returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscallErrno)
	return ok && e.Is(target)
}

// IsExist reports whether the error is known to report that a file or
// directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether the error is known to report that a file or
// directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether the error is known to report that
// permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// ---- file modes and information ----

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte // Mode is uint32.
	w := 0
	for i, c := range str {
		if m&(FileMode(1)<<uint(32-1-i)) != 0 { // (gosub types an untyped shift operand as int)
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(FileMode(1)<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (nil in gosub)
}

// sysStat is what the stat natives fill (six int64s).
type sysStat struct {
	size, mode, mtime, mtimeNsec, dev, ino int64
}

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     int64
	ino     int64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

const (
	_S_IFMT   = 0xf000
	_S_IFBLK  = 0x6000
	_S_IFCHR  = 0x2000
	_S_IFDIR  = 0x4000
	_S_IFIFO  = 0x1000
	_S_IFLNK  = 0xa000
	_S_IFSOCK = 0xc000
	_S_ISUID  = 0x800
	_S_ISGID  = 0x400
	_S_ISVTX  = 0x200
)

func newFileStat(name string, st *sysStat) *fileStat {
	fs := &fileStat{name: basename(name), size: st.size, dev: st.dev, ino: st.ino}
	fs.modTime = time.Unix(st.mtime, st.mtimeNsec)
	fs.mode = FileMode(st.mode & 0777)
	switch st.mode & _S_IFMT {
	case _S_IFBLK:
		fs.mode |= ModeDevice
	case _S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case _S_IFDIR:
		fs.mode |= ModeDir
	case _S_IFIFO:
		fs.mode |= ModeNamedPipe
	case _S_IFLNK:
		fs.mode |= ModeSymlink
	case _S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if st.mode&_S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if st.mode&_S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if st.mode&_S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
	return fs
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) int {
	o := int(i.Perm())
	if i&ModeSetuid != 0 {
		o |= _S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= _S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= _S_ISVTX
	}
	return o
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	var st sysStat
	if e := stat(name, &st); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscallErrno(e)}
	}
	return newFileStat(name, &st), nil
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link.
func Lstat(name string) (FileInfo, error) {
	var st sysStat
	if e := lstat(name, &st); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscallErrno(e)}
	}
	return newFileStat(name, &st), nil
}

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.dev == fs2.dev && fs1.ino == fs2.ino
}

// ---- natives (src/stdlib/osfile.rs): results are host errno numbers ----

func open(name string, flag int, perm int) (fd int, errno int)
func read(fd int, b []byte) (n int, errno int)
func pread(fd int, b []byte, off int64) (n int, errno int)
func write(fd int, b []byte) (n int, errno int)
func writeString(fd int, s string) (n int, errno int)
func pwrite(fd int, b []byte, off int64) (n int, errno int)
func seek(fd int, off int64, whence int) (ret int64, errno int)
func closefd(fd int) int
func fsync(fd int) int
func ftruncate(fd int, size int64) int
func fstat(fd int, st *sysStat) int
func stat(name string, st *sysStat) int
func lstat(name string, st *sysStat) int

// readdir lists the directory open as fd: per entry a type letter, the
// name and a NUL byte.
func readdir(fd int, sorted int) (entries string, errno int)
func unlink(name string) int
func rmdir(name string) int
func mkdir(name string, perm int) int
func chdir(name string) int
func chmod(name string, mode int) int
func truncate(name string, size int64) int
func rename(from, to string) int
func getwd() (dir string, errno int)
func fastrand() uint32

// ---- files ----

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const _O_DIRECTORY = 0x10000

// Seek whence values.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return PathSeparator == c }

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dirents    []*unixDirent // the directory's entries, once read
	dirpos     int
	dirRead    bool
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

var Args []string

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// NewFile returns a new File with the given file descriptor and name. The
// returned value will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, e int) error {
	return &PathError{Op: op, Path: f.name, Err: syscallErrno(e)}
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file.
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscallErrno(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// Read reads up to len(b) bytes from the File and stores them in b.
// At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := pread(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			err = io.EOF
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := write(f.fd, b)
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != 0 {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := writeString(f.fd, s)
	if n != len(s) {
		err = io.ErrShortWrite
	}
	if e != 0 {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := pwrite(f.fd, b, off)
		n += m
		if e != 0 {
			err = f.wrapErr("write", e)
			break
		}
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to
// the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", e)
	}
	f.dirents, f.dirpos, f.dirRead = nil, 0, false
	return r, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := closefd(f.fd); e != 0 {
		return f.wrapErr("close", e)
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := fsync(f.fd); e != 0 {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := ftruncate(f.fd, size); e != 0 {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	var st sysStat
	if e := fstat(f.fd, &st); e != 0 {
		return nil, f.wrapErr("stat", e)
	}
	return newFileStat(f.name, &st), nil
}

// ---- directories ----

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type unixDirent struct {
	parent string
	name   string
	typ    FileMode
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }

func (d *unixDirent) String() string {
	name := d.name
	b := make([]byte, 0, 5+len(name))
	mode := d.typ.String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if d.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

func direntType(c byte) FileMode {
	switch c {
	case 'd':
		return ModeDir
	case 'l':
		return ModeSymlink
	case 'p':
		return ModeNamedPipe
	case 's':
		return ModeSocket
	case 'c':
		return ModeDevice | ModeCharDevice
	case 'b':
		return ModeDevice
	case '-':
		return 0
	}
	return ModeIrregular
}

// entries reads the rest of the directory (all of it, on first use).
func (f *File) entries(n int, sorted int) ([]*unixDirent, error) {
	if !f.dirRead {
		s, e := readdir(f.fd, sorted)
		if e != 0 {
			return nil, f.wrapErr("readdirent", e)
		}
		f.dirRead = true
		for i := 0; i < len(s); {
			j := i + 1
			for j < len(s) && s[j] != 0 {
				j++
			}
			f.dirents = append(f.dirents, &unixDirent{parent: f.name, name: s[i+1 : j], typ: direntType(s[i])})
			i = j + 1
		}
	}
	rest := f.dirents[f.dirpos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if n < len(rest) {
			rest = rest[:n]
		}
	}
	f.dirpos += len(rest)
	return rest, nil
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	ents, err := f.entries(n, 0)
	dirents := []DirEntry{}
	for _, d := range ents {
		dirents = append(dirents, d)
	}
	return dirents, err
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of up to n names of files in the directory, in
// directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	ents, err := f.entries(n, 0)
	names = []string{}
	for _, d := range ents {
		names = append(names, d.name)
	}
	return names, err
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values, as would be returned by
// Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	ents, err := f.entries(n, 0)
	infos := []FileInfo{}
	for _, d := range ents {
		info, lerr := d.Info()
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return infos, lerr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|_O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ents, err := f.entries(-1, 1)
	dirs := []DirEntry{}
	for _, d := range ents {
		dirs = append(dirs, d)
	}
	return dirs, err
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int
	if info, err := f.Stat(); err == nil {
		size = int(info.Size())
	}
	zeroSize := size == 0
	size++ // one byte for final read at EOF
	const minBuf = 512
	if size < minBuf {
		size = minBuf
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		capRemain := cap(data) - len(data)
		if capRemain == 0 || (zeroSize && capRemain < minBuf) {
			data = append(data, make([]byte, minBuf)...)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error.
func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or error.
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: _ENOTDIR}
	}
	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path) - 1
	for i >= 0 && IsPathSeparator(path[i]) {
		i--
	}
	for i >= 0 && !IsPathSeparator(path[i]) {
		i--
	}
	if i < 0 {
		i = 0
	}
	if parent := path[:i]; len(parent) > 0 {
		err = MkdirAll(parent, perm)
		if err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by
		// double-checking that directory doesn't exist.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}
	// Both failed: rmdir(file) returns ENOTDIR, so that decides which
	// error is real.
	if syscallErrno(e1) != _ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscallErrno(e)}
}

// RemoveAll removes path and any children it contains. It removes
// everything it can but returns the first error it encounters. If the
// path does not exist, RemoveAll returns nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: _EINVAL}
	}
	return removeAll(path)
}

func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	if len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2]) {
		return true
	}
	return false
}

func removeAll(path string) error {
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	fi, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !fi.IsDir() {
		return err
	}
	f, ferr := OpenFile(path, O_RDONLY|_O_DIRECTORY, 0)
	if ferr != nil {
		if IsNotExist(ferr) {
			return nil
		}
		return ferr
	}
	names, rerr := f.Readdirnames(-1)
	f.Close()
	var first error
	if rerr != nil {
		first = rerr
	}
	for _, name := range names {
		if cerr := removeAll(path + "/" + name); cerr != nil && first == nil {
			first = cerr
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return first
	}
	if first != nil {
		return first
	}
	return err
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, _EEXIST}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscallErrno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := truncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := chdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscallErrno(e)}
	}
	return nil
}

// Getwd returns an absolute path name corresponding to the current
// directory.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	dir, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscallErrno(e))
	}
	return dir, nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR
// if non-empty, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func nextRandom() string { return itoa(int(fastrand())) }

var errPatternHasSeparator = errors.New("pattern contains path separator")

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	pos := -1
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			pos = i
			break
		}
	}
	if pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp creates a new temporary file in the directory dir, opens the
// file for reading and writing, and returns the resulting file.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir and
// returns the pathname of the new directory.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// ---- process ----

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
