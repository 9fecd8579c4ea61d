//! Channels (`runtime/chan.go`): the `hchan` record in modelled heap
//! memory, with Go's layout, and its wait queues of sudogs.
//!
//! hchan (112 bytes on amd64): qcount, dataqsiz, buf, elemsize, closed,
//! timer, elemtype, sendx, recvx, recvq {first, last}, sendq {first,
//! last}, bubble, lock. As in `makechan`, a channel whose elements hold no
//! pointers gets its ring buffer in the same allocation, right after the
//! hchan; otherwise the buffer is a second, scanned object.
//!
//! The operations that park and wake goroutines are the evaluator's
//! (`interp::chan`, which also dequeues, since claiming a select's sudog
//! needs its goroutine); this file is the data structure: the ring buffer
//! and the FIFO wait queues (`waitq.enqueue`, and unlinking a sudog).
//!
//! Simplification: the queues hold sudog indexes into a host arena
//! (`runtime2`), and the lock word is unused (one thread runs Go code).

use super::memory::Memory;
use super::runtime2::Sudog;

pub const QCOUNT: u64 = 0;
pub const DATAQSIZ: u64 = 8;
pub const BUF: u64 = 16;
pub const ELEMSIZE: u64 = 24;
pub const CLOSED: u64 = 28;
pub const TIMER: u64 = 32;
/// The element's `TypeId` + 1 (0: unknown, as for timer channels).
pub const ELEMTYPE: u64 = 40;
pub const SENDX: u64 = 48;
pub const RECVX: u64 = 56;
pub const RECVQ: u64 = 64;
pub const SENDQ: u64 = 80;
pub const HCHAN_SIZE: u64 = 112;

/// The fields read on every operation.
#[derive(Clone, Copy, Debug)]
pub struct Hchan {
    pub qcount: u64,
    pub dataqsiz: u64,
    pub buf: u64,
    pub elemsize: u64,
    pub closed: bool,
}

pub fn read(mem: &Memory, c: u64) -> Hchan {
    Hchan {
        qcount: mem.load(c + QCOUNT, 8).unwrap_or(0),
        dataqsiz: mem.load(c + DATAQSIZ, 8).unwrap_or(0),
        buf: mem.load(c + BUF, 8).unwrap_or(0),
        elemsize: mem.load(c + ELEMSIZE, 2).unwrap_or(0),
        closed: mem.load(c + CLOSED, 4).unwrap_or(0) != 0,
    }
}

/// `chanbuf(c, i)`: the address of slot i of the ring.
pub fn slot(h: &Hchan, i: u64) -> u64 {
    h.buf + i * h.elemsize
}

/// Advances `sendx` or `recvx` around the ring; returns the old index.
pub fn bump(mem: &mut Memory, c: u64, field: u64, h: &Hchan) -> u64 {
    let i = mem.load(c + field, 8).unwrap_or(0);
    let n = if i + 1 == h.dataqsiz { 0 } else { i + 1 };
    mem.store(c + field, 8, n);
    i
}

/// `waitq.enqueue`: sudog `s` (1-based) at the tail of the queue at `q`.
pub fn enqueue(mem: &mut Memory, sudogs: &mut [Sudog], q: u64, s: u32) {
    let last = mem.load(q + 8, 8).unwrap_or(0) as u32;
    sudogs[s as usize - 1].prev = last;
    sudogs[s as usize - 1].next = 0;
    if last == 0 {
        mem.store(q, 8, s as u64);
    } else {
        sudogs[last as usize - 1].next = s;
    }
    mem.store(q + 8, 8, s as u64);
}

/// Removes sudog `s` from the queue at `q` (`waitq.remove`); false when
/// it was not in the queue (a dequeue took it already).
pub fn unlink(mem: &mut Memory, sudogs: &mut [Sudog], q: u64, s: u32) -> bool {
    let (prev, next) = (sudogs[s as usize - 1].prev, sudogs[s as usize - 1].next);
    let first = mem.load(q, 8).unwrap_or(0) as u32;
    let last = mem.load(q + 8, 8).unwrap_or(0) as u32;
    if prev != 0 {
        sudogs[prev as usize - 1].next = next;
    } else if first == s {
        mem.store(q, 8, next as u64);
    } else {
        return false; // not in this queue
    }
    if next != 0 {
        sudogs[next as usize - 1].prev = prev;
    } else if last == s {
        mem.store(q + 8, 8, prev as u64);
    }
    sudogs[s as usize - 1].prev = 0;
    sudogs[s as usize - 1].next = 0;
    true
}

/// The sudogs of the queue at `q`, first to last.
pub fn queued(mem: &Memory, sudogs: &[Sudog], q: u64) -> Vec<u32> {
    let mut v = Vec::new();
    let mut s = mem.load(q, 8).unwrap_or(0) as u32;
    while s != 0 {
        v.push(s);
        s = sudogs[s as usize - 1].next;
    }
    v
}
