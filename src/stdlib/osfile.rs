//! Natives of package os's files (`stdlib/pkgs/os.go`): open, read, write,
//! seek, close, stat, directory listing, remove, mkdir, rename, chdir and
//! the environment, on real host files.
//!
//! Model: a `*File` keeps an fd int. An opened file's fd is the host's own
//! descriptor number (as `Fd()` reports in Go), the key of a host-side
//! table of open `std::fs::File`s; fds 0–2 stay the standard streams:
//! reads of 0 are system calls on the host's fd 0 (`interp::syscall`),
//! writes to 1 and 2 go through its stdout and stderr, and other calls on
//! them (stat, sync, seek) act on a duplicate of the host descriptor. A native never fails
//! as Rust: a host error comes back as its errno number (EINVAL for the
//! few errors Rust makes up, like a NUL byte in a name), and the Go side
//! builds Go's `*PathError` with Go's message for it.
//!
//! Simplifications: Unix hosts only. The table belongs to the thread
//! running the program, and closing fd 0–2 only marks the Go `*File`
//! closed (the host streams stay open); a file the program never closes
//! stays open until it ends (Go's finalizer would close it once garbage).
//! A directory's entries are read, all at its first ReadDir, by the
//! absolute path it was opened under, not through its descriptor (a
//! directory renamed in between is not followed). Entries come in the
//! host's directory order, or sorted by name bytes for `os.ReadDir`.
//! Stat reports the host's modification time (not a deterministic zero),
//! though gosub's own clock starts at the playground's 2009 epoch.
//! The random part of temporary names comes from the host, outside the
//! program's seeded randomness, as Go's `runtime_rand` does.

use super::{Frame, NativeFn};
use crate::interp::{Machine, R};
use crate::ir::Kind;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, FileExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("os.open", os_open),
    ("os.read", os_read),
    // fmt's Scan functions read stdin without package os.
    ("fmt.read", os_read),
    ("os.pread", os_pread),
    ("os.write", |m, b| os_write(m, b, true)),
    ("os.writeString", |m, b| os_write(m, b, false)),
    ("os.pwrite", os_pwrite),
    ("os.seek", os_seek),
    ("os.closefd", os_closefd),
    ("os.fsync", os_fsync),
    ("os.ftruncate", os_ftruncate),
    ("os.fstat", os_fstat),
    ("os.stat", |m, b| os_stat(m, b, true)),
    ("os.lstat", |m, b| os_stat(m, b, false)),
    ("os.readdir", os_readdir),
    ("os.unlink", |m, b| path_op(m, b, std::fs::remove_file::<PathBuf>)),
    ("os.rmdir", |m, b| path_op(m, b, std::fs::remove_dir::<PathBuf>)),
    ("os.chdir", |m, b| path_op(m, b, std::env::set_current_dir::<PathBuf>)),
    ("os.mkdir", os_mkdir),
    ("os.chmod", os_chmod),
    ("os.truncate", os_truncate),
    ("os.rename", os_rename),
    ("os.getwd", os_getwd),
    ("os.fastrand", os_fastrand),
    ("os.Getenv", os_getenv),
    ("os.LookupEnv", os_lookup_env),
];

const EBADF: i64 = 9;
const EINVAL: i64 = 22;
const ENOTDIR: i64 = 20;

/// An open host file and the absolute path it was opened under.
struct Open {
    file: File,
    path: PathBuf,
}

thread_local! {
    static FILES: RefCell<HashMap<i64, Open>> = RefCell::new(HashMap::new());
}

fn errno(e: &io::Error) -> i64 {
    e.raw_os_error().map_or(EINVAL, i64::from)
}

/// Runs `f` on the file behind `fd`: an opened file, or a duplicate of
/// the standard stream 0–2; EBADF for any other fd.
fn with_file<T>(fd: i64, f: impl FnOnce(&mut File, &Path) -> io::Result<T>) -> Result<T, i64> {
    FILES.with(|t| match t.borrow_mut().get_mut(&fd) {
        Some(o) => f(&mut o.file, &o.path).map_err(|e| errno(&e)),
        None => {
            let mut file = std_stream(fd).ok_or(EBADF)?;
            f(&mut file, Path::new("")).map_err(|e| errno(&e))
        }
    })
}

fn std_stream(fd: i64) -> Option<File> {
    use std::os::fd::AsFd;
    let owned = match fd {
        0 => io::stdin().as_fd().try_clone_to_owned(),
        1 => io::stdout().as_fd().try_clone_to_owned(),
        2 => io::stderr().as_fd().try_clone_to_owned(),
        _ => return None,
    };
    owned.ok().map(File::from)
}

fn is_table_fd(fd: i64) -> bool {
    FILES.with(|t| t.borrow().contains_key(&fd))
}

fn path_arg(m: &Machine, fr: &mut Frame) -> PathBuf {
    let a = fr.string();
    PathBuf::from(OsStr::from_bytes(&m.string_at(a)))
}

fn int_arg(m: &Machine, fr: &mut Frame) -> R<i64> {
    let a = fr.word();
    Ok(m.ld64(a)? as i64)
}

/// A host result as (value, errno): stores both words.
fn put2(m: &mut Machine, fr: &mut Frame, r: Result<i64, i64>) {
    let (v, e) = match r {
        Ok(v) => (v, 0),
        Err(e) => (0, e),
    };
    let a = fr.word();
    m.mem.store(a, 8, v as u64);
    let a = fr.word();
    m.mem.store(a, 8, e as u64);
}

fn put_errno(m: &mut Machine, fr: &mut Frame, r: Result<(), i64>) {
    let a = fr.word();
    m.mem.store(a, 8, r.err().unwrap_or(0) as u64);
}

/// The (pointer, length) of the byte slice or string at the frame's next
/// slot; a range outside memory reads as empty.
fn bytes_arg(m: &Machine, fr: &mut Frame, slice: bool) -> R<(u64, u64)> {
    let a = if slice { fr.slice() } else { fr.string() };
    Ok((m.ld64(a)?, m.ld64(a + 8)?))
}

/// Capped as Go's poll layer caps one read or write.
const MAX_IO: u64 = 1 << 30;

/// `open(name string, flag int, perm int) (fd int, errno int)`: flag and
/// perm are the host's `open(2)` bits.
fn os_open(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let path = path_arg(m, &mut fr);
    let flag = int_arg(m, &mut fr)?;
    let perm = int_arg(m, &mut fr)?;
    let acc = flag & 3;
    let custom = i32::try_from(flag & !3).unwrap_or(0);
    let opened = std::fs::OpenOptions::new()
        .read(acc != 1)
        .write(acc != 0)
        .custom_flags(custom)
        .mode((perm & 0o7777) as u32)
        .open(&path);
    let r = opened.map_err(|e| errno(&e)).map(|file| {
        use std::os::fd::AsRawFd;
        let fd = i64::from(file.as_raw_fd());
        let path = std::path::absolute(&path).unwrap_or(path);
        FILES.with(|t| t.borrow_mut().insert(fd, Open { file, path }));
        fd
    });
    put2(m, &mut fr, r);
    Ok(())
}

/// `read(fd int, b []byte) (n int, errno int)`: fd 0 reads the
/// interpreter's standard input (`Machine::read_stdin`: a read that would
/// block hands the P off).
fn os_read(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let (p, n) = bytes_arg(m, &mut fr, true)?;
    let n = n.min(MAX_IO);
    let r = if n == 0 {
        Ok(0)
    } else if fd == 0 && !is_table_fd(fd) {
        m.read_stdin(p, n.min(1 << 20) as usize).map(|got| got as i64).map_err(|e| errno(&e))
    } else {
        match m.mem.bytes_mut(p, n) {
            Some(buf) => with_file(fd, |f, _| f.read(buf)).map(|got| got as i64),
            None => Err(EINVAL),
        }
    };
    put2(m, &mut fr, r);
    Ok(())
}

/// `pread(fd int, b []byte, off int64) (n int, errno int)`.
fn os_pread(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let (p, n) = bytes_arg(m, &mut fr, true)?;
    let off = int_arg(m, &mut fr)?;
    let r = match (m.mem.bytes_mut(p, n.min(MAX_IO)), u64::try_from(off)) {
        _ if n == 0 => Ok(0),
        (Some(buf), Ok(off)) => with_file(fd, |f, _| f.read_at(buf, off)).map(|got| got as i64),
        _ => Err(EINVAL),
    };
    put2(m, &mut fr, r);
    Ok(())
}

/// Writes all of `data` unless the host fails: (bytes written, errno).
fn write_all(f: &mut File, data: &[u8], off: Option<u64>) -> (usize, i64) {
    let mut done = 0;
    while done < data.len() {
        let r = match off {
            Some(o) => f.write_at(&data[done..], o + done as u64),
            None => f.write(&data[done..]),
        };
        match r {
            Ok(0) => return (done, 5), // EIO: the host took nothing
            Ok(k) => done += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return (done, errno(&e)),
        }
    }
    (done, 0)
}

/// `write(fd int, b []byte) (n int, errno int)` and `writeString(fd int, s
/// string)`: fds 1 and 2 go through the interpreter's output streams.
fn os_write(m: &mut Machine, base: u64, slice: bool) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let (p, n) = bytes_arg(m, &mut fr, slice)?;
    let data = m.mem.bytes(p, n).map(<[u8]>::to_vec).unwrap_or_default();
    let (done, e) = if (fd == 1 || fd == 2) && !is_table_fd(fd) {
        if fd == 1 {
            m.write_stdout(&data);
        } else {
            m.write_stderr(&data);
        }
        (data.len(), 0)
    } else {
        with_file(fd, |f, _| Ok(write_all(f, &data, None))).unwrap_or_else(|e| (0, e))
    };
    let a = fr.word();
    m.mem.store(a, 8, done as u64);
    let a = fr.word();
    m.mem.store(a, 8, e as u64);
    Ok(())
}

/// `pwrite(fd int, b []byte, off int64) (n int, errno int)`.
fn os_pwrite(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let (p, n) = bytes_arg(m, &mut fr, true)?;
    let off = int_arg(m, &mut fr)?;
    let data = m.mem.bytes(p, n).map(<[u8]>::to_vec).unwrap_or_default();
    let (done, e) = match u64::try_from(off) {
        Ok(off) => with_file(fd, |f, _| Ok(write_all(f, &data, Some(off)))).unwrap_or_else(|e| (0, e)),
        Err(_) => (0, EINVAL),
    };
    let a = fr.word();
    m.mem.store(a, 8, done as u64);
    let a = fr.word();
    m.mem.store(a, 8, e as u64);
    Ok(())
}

/// `seek(fd int, off int64, whence int) (ret int64, errno int)`.
fn os_seek(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let off = int_arg(m, &mut fr)?;
    let whence = int_arg(m, &mut fr)?;
    let pos = match whence {
        // lseek(2) takes the offset signed: a negative one is EINVAL.
        0 => Some(SeekFrom::Start(off as u64)),
        1 => Some(SeekFrom::Current(off)),
        2 => Some(SeekFrom::End(off)),
        _ => None,
    };
    let r = match pos {
        Some(pos) => with_file(fd, |f, _| f.seek(pos)).map(|r| r as i64),
        None => Err(EINVAL),
    };
    put2(m, &mut fr, r);
    Ok(())
}

/// `closefd(fd int) (errno int)`: closing 0–2 leaves the host stream open.
fn os_closefd(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let gone = FILES.with(|t| t.borrow_mut().remove(&fd));
    let r = if gone.is_some() || (0..=2).contains(&fd) { Ok(()) } else { Err(EBADF) };
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `fsync(fd int) (errno int)`.
fn os_fsync(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let _ = m.stdout.flush();
    let r = with_file(fd, |f, _| f.sync_all());
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `ftruncate(fd int, size int64) (errno int)`.
fn os_ftruncate(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let size = int_arg(m, &mut fr)?;
    let r = match u64::try_from(size) {
        Ok(size) => with_file(fd, |f, _| f.set_len(size)),
        Err(_) => Err(EINVAL),
    };
    put_errno(m, &mut fr, r);
    Ok(())
}

/// Fills Go's `sysStat` (six int64s: size, mode, mtime seconds and
/// nanoseconds, device, inode) at `st`.
fn fill_stat(m: &mut Machine, st: u64, md: &std::fs::Metadata) -> R<()> {
    let fields =
        [md.size() as i64, i64::from(md.mode()), md.mtime(), md.mtime_nsec(), md.dev() as i64, md.ino() as i64];
    for (i, v) in fields.into_iter().enumerate() {
        m.st(st + 8 * i as u64, Kind::I64, v as u64)?;
    }
    Ok(())
}

/// `fstat(fd int, st *sysStat) (errno int)`.
fn os_fstat(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let st = int_arg(m, &mut fr)? as u64;
    let r = match with_file(fd, |f, _| f.metadata()) {
        Ok(md) => {
            fill_stat(m, st, &md)?;
            Ok(())
        }
        Err(e) => Err(e),
    };
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `stat(name string, st *sysStat) (errno int)`, and `lstat`.
fn os_stat(m: &mut Machine, base: u64, follow: bool) -> R<()> {
    let mut fr = Frame::new(base);
    let path = path_arg(m, &mut fr);
    let st = int_arg(m, &mut fr)? as u64;
    let md = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) };
    let r = match md {
        Ok(md) => {
            fill_stat(m, st, &md)?;
            Ok(())
        }
        Err(e) => Err(errno(&e)),
    };
    put_errno(m, &mut fr, r);
    Ok(())
}

/// The type letter of a directory entry (`d`, `l`, `p`, `s`, `c`, `b`,
/// `-` regular, `?` other), as the Go side decodes it.
fn type_letter(t: std::fs::FileType) -> u8 {
    if t.is_dir() {
        b'd'
    } else if t.is_symlink() {
        b'l'
    } else if t.is_fifo() {
        b'p'
    } else if t.is_socket() {
        b's'
    } else if t.is_char_device() {
        b'c'
    } else if t.is_block_device() {
        b'b'
    } else if t.is_file() {
        b'-'
    } else {
        b'?'
    }
}

/// The entries of the directory opened as `fd`, without `.` and `..`.
fn list_dir(fd: i64, sorted: bool) -> Result<Vec<(u8, Vec<u8>)>, i64> {
    let path = with_file(fd, |f, p| Ok(f.metadata()?.is_dir().then(|| p.to_path_buf())))?;
    let path = path.filter(|p| !p.as_os_str().is_empty()).ok_or(ENOTDIR)?;
    let mut out = Vec::new();
    for e in std::fs::read_dir(&path).map_err(|e| errno(&e))? {
        let e = e.map_err(|e| errno(&e))?;
        // An entry that vanished since the listing is skipped, as Go does.
        let Ok(t) = e.file_type() else { continue };
        out.push((type_letter(t), e.file_name().as_bytes().to_vec()));
    }
    if sorted {
        out.sort_by(|a, b| a.1.cmp(&b.1));
    }
    Ok(out)
}

/// `readdir(fd int, sorted int) (entries string, errno int)`: each entry
/// is its type letter, its name and a NUL byte.
fn os_readdir(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fd = int_arg(m, &mut fr)?;
    let sorted = int_arg(m, &mut fr)? != 0;
    let (s, e) = match list_dir(fd, sorted) {
        Ok(entries) => {
            let mut s = Vec::new();
            for (t, name) in entries {
                s.push(t);
                s.extend_from_slice(&name);
                s.push(0);
            }
            (s, 0)
        }
        Err(e) => (Vec::new(), e),
    };
    let a = fr.string();
    m.new_string(a, &s)?;
    let a = fr.word();
    m.mem.store(a, 8, e as u64);
    Ok(())
}

/// `NAME(name string) (errno int)` for an operation on one path.
fn path_op(m: &mut Machine, base: u64, op: fn(PathBuf) -> io::Result<()>) -> R<()> {
    let mut fr = Frame::new(base);
    let path = path_arg(m, &mut fr);
    let r = op(path).map_err(|e| errno(&e));
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `mkdir(name string, perm int) (errno int)`.
fn os_mkdir(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let path = path_arg(m, &mut fr);
    let perm = int_arg(m, &mut fr)?;
    let r = std::fs::DirBuilder::new().mode((perm & 0o7777) as u32).create(&path).map_err(|e| errno(&e));
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `chmod(name string, mode int) (errno int)`.
fn os_chmod(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let path = path_arg(m, &mut fr);
    let mode = int_arg(m, &mut fr)?;
    let perm = std::fs::Permissions::from_mode((mode & 0o7777) as u32);
    let r = std::fs::set_permissions(&path, perm).map_err(|e| errno(&e));
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `truncate(name string, size int64) (errno int)`.
fn os_truncate(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let path = path_arg(m, &mut fr);
    let size = int_arg(m, &mut fr)?;
    let r = match u64::try_from(size) {
        Ok(size) => std::fs::OpenOptions::new().write(true).open(&path).and_then(|f| f.set_len(size)),
        Err(_) => Err(io::Error::from_raw_os_error(EINVAL as i32)),
    };
    put_errno(m, &mut fr, r.map_err(|e| errno(&e)));
    Ok(())
}

/// `rename(from, to string) (errno int)`.
fn os_rename(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let from = path_arg(m, &mut fr);
    let to = path_arg(m, &mut fr);
    let r = std::fs::rename(&from, &to).map_err(|e| errno(&e));
    put_errno(m, &mut fr, r);
    Ok(())
}

/// `getwd() (dir string, errno int)`.
fn os_getwd(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let (dir, e) = match std::env::current_dir() {
        Ok(d) => (d.as_os_str().as_bytes().to_vec(), 0),
        Err(e) => (Vec::new(), errno(&e)),
    };
    let a = fr.string();
    m.new_string(a, &dir)?;
    let a = fr.word();
    m.mem.store(a, 8, e as u64);
    Ok(())
}

/// `fastrand() uint32`: a host random number for temporary names.
fn os_fastrand(m: &mut Machine, base: u64) -> R<()> {
    use std::hash::{BuildHasher, Hasher};
    thread_local!(static N: std::cell::Cell<u64> = const { std::cell::Cell::new(0) });
    let n = N.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(n);
    h.write_u32(std::process::id());
    m.mem.store(base + 8, 4, h.finish() & 0xFFFF_FFFF);
    Ok(())
}

/// The value of environment variable `key`; a key the host cannot hold
/// (empty, or with `=` or NUL) is unset.
fn env_lookup(m: &Machine, fr: &mut Frame) -> Option<Vec<u8>> {
    let key = m.string_at(fr.string());
    if key.is_empty() || key.contains(&b'=') || key.contains(&0) {
        return None;
    }
    std::env::var_os(OsStr::from_bytes(&key)).map(|v| v.as_bytes().to_vec())
}

fn os_getenv(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let v = env_lookup(m, &mut fr).unwrap_or_default();
    let a = fr.string();
    m.new_string(a, &v)
}

fn os_lookup_env(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let v = env_lookup(m, &mut fr);
    let a = fr.string();
    m.new_string(a, v.as_deref().unwrap_or_default())?;
    let a = fr.next(1, 1);
    m.mem.store(a, 1, v.is_some() as u64);
    Ok(())
}
