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
//!
//! Speed: a handoff reads the hchan's first 32 bytes in one bounds check,
//! and the words that never hold a pointer (qcount, sendx, recvx, the
//! queues' sudog names) go straight to the arena, without the write
//! barrier, which shades only heap addresses and so has nothing to do.

use super::memory::Memory;
use super::mheap::ARENA_BASE;
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

/// The first 32 bytes (qcount … closed) in one bounds check: a channel is
/// always a heap object (a nil one never gets here).
#[inline]
pub fn read(mem: &Memory, c: u64) -> Hchan {
    let b = c.checked_sub(ARENA_BASE).and_then(|o| mem.heap.mem.get(o as usize..(o as usize).checked_add(32)?));
    let Some(b) = b else {
        return Hchan { qcount: 0, dataqsiz: 0, buf: 0, elemsize: 0, closed: false };
    };
    let w = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
    Hchan {
        qcount: w(QCOUNT as usize),
        dataqsiz: w(DATAQSIZ as usize),
        buf: w(BUF as usize),
        elemsize: u16::from_le_bytes([b[ELEMSIZE as usize], b[ELEMSIZE as usize + 1]]) as u64,
        closed: b[CLOSED as usize..CLOSED as usize + 4] != [0; 4],
    }
}

/// A word of the hchan that never holds a pointer (a count, a ring index,
/// a sudog's name), read straight from the arena.
#[inline(always)]
fn get(mem: &Memory, a: u64) -> u64 {
    mem.heap_load8(a).unwrap_or(0)
}

/// Stores such a word. No write barrier: the hybrid barrier shades only
/// heap addresses, and these words never hold one, old or new.
#[inline(always)]
fn put(mem: &mut Memory, a: u64, v: u64) {
    if let Some(o) = a.checked_sub(ARENA_BASE).map(|o| o as usize)
        && let Some(w) = mem.heap.mem.get_mut(o..o.saturating_add(8))
    {
        w.copy_from_slice(&v.to_le_bytes());
    }
}

/// `chanbuf(c, i)`: the address of slot i of the ring.
pub fn slot(h: &Hchan, i: u64) -> u64 {
    h.buf + i * h.elemsize
}

/// Advances `sendx` or `recvx` around the ring; returns the old index.
pub fn bump(mem: &mut Memory, c: u64, field: u64, h: &Hchan) -> u64 {
    let i = get(mem, c + field);
    let n = if i + 1 == h.dataqsiz { 0 } else { i + 1 };
    put(mem, c + field, n);
    i
}

/// Sets `qcount`.
#[inline]
pub fn set_qcount(mem: &mut Memory, c: u64, n: u64) {
    put(mem, c + QCOUNT, n);
}

/// The first sudog of the queue at `q` (0: empty).
#[inline]
pub fn first(mem: &Memory, q: u64) -> u32 {
    get(mem, q) as u32
}

/// The queue at `q` (its first and last words) in one bounds check.
#[inline(always)]
fn waitq(mem: &mut Memory, q: u64) -> Option<&mut [u8; 16]> {
    let o = q.checked_sub(ARENA_BASE)? as usize;
    mem.heap.mem.get_mut(o..o.checked_add(16)?)?.try_into().ok()
}

/// `waitq.enqueue`: sudog `s` (1-based) at the tail of the queue at `q`.
#[inline]
pub fn enqueue(mem: &mut Memory, sudogs: &mut [Sudog], q: u64, s: u32) {
    let Some(w) = waitq(mem, q) else { return };
    let last = u64::from_le_bytes(w[8..].try_into().unwrap()) as u32;
    sudogs[s as usize - 1].prev = last;
    sudogs[s as usize - 1].next = 0;
    if last == 0 {
        w[..8].copy_from_slice(&(s as u64).to_le_bytes());
    } else {
        sudogs[last as usize - 1].next = s;
    }
    w[8..].copy_from_slice(&(s as u64).to_le_bytes());
}

/// `waitq.dequeue`'s unlinking: takes the first sudog off the queue at
/// `q`; 0 when it is empty.
#[inline]
pub fn pop(mem: &mut Memory, sudogs: &mut [Sudog], q: u64) -> u32 {
    let Some(w) = waitq(mem, q) else { return 0 };
    let s = u64::from_le_bytes(w[..8].try_into().unwrap()) as u32;
    if s == 0 {
        return 0;
    }
    let next = std::mem::take(&mut sudogs[s as usize - 1].next);
    w[..8].copy_from_slice(&(next as u64).to_le_bytes());
    if next != 0 {
        sudogs[next as usize - 1].prev = 0;
    } else {
        w[8..].copy_from_slice(&0u64.to_le_bytes());
    }
    s
}

/// Removes sudog `s` from the queue at `q` (`waitq.remove`); false when
/// it was not in the queue (a dequeue took it already).
pub fn unlink(mem: &mut Memory, sudogs: &mut [Sudog], q: u64, s: u32) -> bool {
    let (prev, next) = (sudogs[s as usize - 1].prev, sudogs[s as usize - 1].next);
    let first = first(mem, q);
    let last = get(mem, q + 8) as u32;
    if prev != 0 {
        sudogs[prev as usize - 1].next = next;
    } else if first == s {
        put(mem, q, next as u64);
    } else {
        return false; // not in this queue
    }
    if next != 0 {
        sudogs[next as usize - 1].prev = prev;
    } else if last == s {
        put(mem, q + 8, prev as u64);
    }
    sudogs[s as usize - 1].prev = 0;
    sudogs[s as usize - 1].next = 0;
    true
}

/// The sudogs of the queue at `q`, first to last.
pub fn queued(mem: &Memory, sudogs: &[Sudog], q: u64) -> Vec<u32> {
    let mut v = Vec::new();
    let mut s = first(mem, q);
    while s != 0 {
        v.push(s);
        s = sudogs[s as usize - 1].next;
    }
    v
}
