//! Blocking system calls (`entersyscall`/`exitsyscall` in
//! `runtime/proc.go`): reads of standard input (fd 0), the one call
//! gosub's programs make that can wait on the outside world.
//!
//! Fast path: before reading, `poll(2)` with timeout 0 asks the host
//! whether the read would block. A ready fd (data, EOF, a regular file,
//! /dev/null) is read at once on the interpreter thread: the goroutine
//! keeps its P, as Go's `exitsyscall` fast path does after a short call.
//!
//! Slow path (the read would block): the call outlasts sysmon's 20 µs, so
//! the P is retaken and handed off (`Sched::retake`); the goroutine's
//! coroutine suspends in `_Gsyscall`, on no wait queue, and the scheduler
//! runs the others. The read itself runs on a host thread (that thread is
//! the M blocked in the kernel), spawned on the first such read and
//! serving requests in order; its result comes back over a channel, which
//! the scheduler polls at each scheduling point while a call is
//! outstanding, then `exitsyscall`'s slow path places the goroutine
//! (`Sched::exitsyscall`). Bytes reach modelled memory only on the
//! interpreter thread, when the goroutine resumes.
//!
//! While a call is outstanding, each scheduling point also flushes the
//! program's buffered output, so what it printed shows while it waits.
//!
//! Invariants: while a call is outstanding every read of fd 0 takes the
//! slow path (queued behind it), so two reads never race for the same
//! bytes. Nothing runnable while a goroutine is in a syscall is not a
//! deadlock: the scheduler flushes the program's output and waits for
//! the host. Virtual time does not jump to a pending timer meanwhile:
//! virtual time stands for the program's CPU time, and waiting for input
//! burns none (otherwise a goroutine looping on `Sleep` would spin at the
//! host's speed while the user types). With `--clock=real` the wait ends
//! at the next timer's real deadline.
//!
//! Simplifications: Unix hosts only; fd 0 is read raw (`read(2)`, no host
//! buffering: a program's bufio buffers in modelled memory). A program
//! that ends while a read is outstanding leaves the reader thread blocked
//! in the kernel until the process exits (a stepper restart in the same
//! process loses what that read gets). Under the interactive stepper,
//! whose prompt reads the same terminal, a read always takes the fast
//! path (it blocks with its P, as before the handoff was modelled).

use super::Machine;
use super::trace::ev;
use crate::runtime::proc::SyscallExit;
use crate::runtime::runtime2::{GId, GStatus};
use crate::runtime::trace::Event;
use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};

/// The host thread reading fd 0 for blocked goroutines: requests (the
/// byte count) go in, results come out, in order.
pub(super) struct StdinReader {
    req: Sender<usize>,
    done: Receiver<io::Result<Vec<u8>>>,
}

/// Host-side state of the blocking calls.
#[derive(Default)]
pub(super) struct Syscalls {
    reader: Option<StdinReader>,
    /// Results received for the oldest outstanding calls, in order.
    arrived: std::collections::VecDeque<io::Result<Vec<u8>>>,
    /// Results waiting for their goroutine to resume, with how
    /// `exitsyscall` placed it.
    finished: Vec<(GId, io::Result<Vec<u8>>, SyscallExit)>,
}

impl StdinReader {
    fn spawn() -> io::Result<StdinReader> {
        let (req, requests) = mpsc::channel::<usize>();
        let (results, done) = mpsc::channel();
        std::thread::Builder::new().name("gosub-stdin".into()).spawn(move || {
            for n in requests {
                let mut buf = vec![0u8; n];
                let r = read_fd0(&mut buf, true).map(|got| {
                    buf.truncate(got);
                    buf
                });
                if results.send(r).is_err() {
                    break;
                }
            }
        })?;
        Ok(StdinReader { req, done })
    }
}

/// `read(0, buf)`, retried when interrupted; `wait`: a non-blocking fd's
/// EAGAIN waits in `poll` for input, as a blocking read would.
fn read_fd0(buf: &mut [u8], wait: bool) -> io::Result<usize> {
    loop {
        // SAFETY: buf is valid for writes of its length.
        let r = unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = io::Error::last_os_error();
        match e.kind() {
            io::ErrorKind::Interrupted => {}
            io::ErrorKind::WouldBlock if wait => {
                let mut pfd = libc::pollfd { fd: 0, events: libc::POLLIN, revents: 0 };
                // SAFETY: one valid pollfd.
                unsafe { libc::poll(&mut pfd, 1, -1) };
            }
            _ => return Err(e),
        }
    }
}

/// The error a read gets when the reader thread is gone (only a host
/// failure can do that): a broken pipe.
fn reader_gone() -> io::Error {
    io::Error::from(io::ErrorKind::BrokenPipe)
}

/// Whether a read of fd 0 would block now: no data, no EOF, no error.
fn stdin_would_block() -> bool {
    let mut pfd = libc::pollfd { fd: 0, events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd, timeout 0.
    unsafe { libc::poll(&mut pfd, 1, 0) == 0 }
}

impl Machine<'_> {
    /// `read(0, p, n)` for package os and fmt's Scan: the bytes read are
    /// at `p`. The program's output so far is flushed first (a prompt
    /// shows before the wait).
    pub fn read_stdin(&mut self, p: u64, n: usize) -> io::Result<usize> {
        let _ = self.stdout.flush();
        let blocks = !self.sched.in_syscall.is_empty() || stdin_would_block();
        // The stepper's prompt reads the same terminal: no reader thread
        // may compete with it, so the read blocks with the P kept.
        let shared_tty = self.observer.is_some() && io::stdin().is_terminal();
        let r = if blocks && self.on_g_stack && !shared_tty {
            self.read_blocking(n)
        } else {
            let mut buf = vec![0u8; n];
            self.entersyscall();
            let r = read_fd0(&mut buf, true);
            self.exitsyscall(SyscallExit::KeptP);
            r.map(|got| {
                buf.truncate(got);
                buf
            })
        };
        r.map(|buf| {
            self.mem.write(p, &buf);
            buf.len()
        })
    }

    /// The slow path: the P is retaken, the goroutine suspends until the
    /// host thread's read returns and `exitsyscall` places it.
    fn read_blocking(&mut self, n: usize) -> io::Result<Vec<u8>> {
        if self.sys.reader.is_none() {
            self.sys.reader = Some(StdinReader::spawn()?);
        }
        if let Some(r) = &self.sys.reader {
            r.req.send(n).map_err(|_| reader_gone())?;
        }
        self.entersyscall();
        let (g, p) = (self.sched.curg, self.sched.curp);
        let from = self.sched.ps[p].m.unwrap_or(0);
        let to = self.sched.retake(g, p);
        ev!(self, Event::SyscallHandoff { p, from, to });
        self.ev_queues();
        if let Some(f) = self.aux.frames.last_mut() {
            f.pos = self.pos;
        }
        self.yield_now();
        let i = self.sys.finished.iter().position(|f| f.0 == g);
        let (_, r, how) = match i {
            Some(i) => self.sys.finished.swap_remove(i),
            None => (g, Err(reader_gone()), SyscallExit::Global),
        };
        ev!(self, Event::SyscallExit { how });
        r
    }

    /// `entersyscall`: the goroutine blocks in the host.
    fn entersyscall(&mut self) {
        let g = self.sched.curg;
        self.sched.allgs[g].status = GStatus::Syscall;
        ev!(self, Event::Syscall);
    }

    /// `exitsyscall`'s fast path: the goroutine runs on.
    fn exitsyscall(&mut self, how: SyscallExit) {
        let g = self.sched.curg;
        self.sched.allgs[g].status = GStatus::Running;
        ev!(self, Event::SyscallExit { how });
    }

    /// At a scheduling point with a call outstanding: the results the host
    /// has sent, each through `exitsyscall`; a goroutine that got a P runs
    /// next (it continues on that P: no new time slice is counted).
    #[cold]
    #[inline(never)]
    pub(super) fn poll_syscalls(&mut self) -> Option<GId> {
        // Whoever waits on the other end of the pipe sees the output the
        // program made meanwhile (Go's stdout has no buffer).
        if !self.stdout.buffer().is_empty() {
            let _ = self.stdout.flush();
        }
        self.sched.wakep();
        if let Some(r) = &self.sys.reader {
            loop {
                match r.done.try_recv() {
                    Ok(x) => self.sys.arrived.push_back(x),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        self.sys.arrived.push_back(Err(reader_gone()));
                        break;
                    }
                }
            }
        }
        while let Some(res) = self.sys.arrived.pop_front() {
            let Some(call) = self.sched.in_syscall.pop_front() else { break };
            let how = self.sched.exitsyscall(call);
            self.sys.finished.push((call.g, res, how));
            match how {
                SyscallExit::Reacquired(p) | SyscallExit::IdleP(p) => {
                    self.sched.curp = p;
                    self.sched.allgs[call.g].status = GStatus::Runnable;
                    self.budget = super::proc::PREEMPT_STEPS;
                    self.start_inherit = false;
                    return Some(call.g);
                }
                _ => self.ev_queues(),
            }
        }
        None
    }

    /// Nothing can run while a goroutine is in a syscall: the program's
    /// output is flushed and the thread waits for the host's result (with
    /// `--clock=real`, at most until the next timer is due).
    #[cold]
    #[inline(never)]
    pub(super) fn wait_syscall(&mut self) {
        let _ = self.stdout.flush();
        let _ = io::stderr().flush();
        let deadline = self.next_timer().and_then(|when| self.real_wait(when));
        let Some(r) = &self.sys.reader else {
            // No reader: the calls can never finish (cannot happen).
            self.sys.arrived.push_back(Err(reader_gone()));
            return;
        };
        let got = match deadline {
            Some(d) => match r.done.recv_timeout(d) {
                Ok(x) => Some(x),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => Some(Err(reader_gone())),
            },
            None => Some(r.done.recv().unwrap_or_else(|_| Err(reader_gone()))),
        };
        self.sys.arrived.extend(got);
    }
}
