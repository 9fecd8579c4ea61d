//! Channel operations and select (`runtime/chan.go`, `runtime/select.go`)
//! over the hchan of `runtime::chan`.
//!
//! As in Go: a send to a channel with a parked receiver hands the value
//! straight to it (and a receive from a parked sender takes it straight
//! from the sender, or, on a full buffer, takes the head and puts the
//! sender's value at the tail); otherwise the buffer is used; otherwise
//! the goroutine parks on the channel's queue with a sudog pointing at
//! its value. `close` wakes every waiter, readers with zero values and
//! writers to panic, in Go's order (collected on a stack, so readied
//! newest first). A select polls its cases in an order shuffled from the
//! seeded random source, then parks on every channel at once; the first
//! case to fire claims the select (`selectDone`), and the others' sudogs
//! are unlinked on wake. Each sudog joining or leaving a queue is an event
//! (`sudog.enq`, `sudog.deq`), and so is the case that woke a select.
//!
//! Simplification: one thread runs Go code, so there is no lock order
//! (`sellock`); the poll order is Go's.

use super::trace::ev;
use super::{Layout, Machine, R};
use crate::runtime::chan::{self as hc, Hchan};
use crate::runtime::panic::Fault;
use crate::runtime::runtime2::{Sudog, WaitReason};
use crate::runtime::trace::Event;

/// A select case as the evaluator hands it over.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    pub chan: u64,
    pub send: bool,
    /// The value to send, or where a received value goes (0: dropped).
    pub elem: u64,
}

impl Machine<'_> {
    /// `makechan`.
    pub fn makechan(&mut self, elem_size: u64, layout: Layout, size: i64) -> R<u64> {
        self.with_why(crate::ir::why::MAKECHAN, |m| m.makechan_(elem_size, layout, size))
    }

    fn makechan_(&mut self, elem_size: u64, layout: Layout, size: i64) -> R<u64> {
        if size < 0 || (size as u64).saturating_mul(elem_size) > crate::interp::HEAP_LIMIT {
            return Err(self.fault(Fault::Plain("makechan: size out of range")));
        }
        let bytes = elem_size * size as u64;
        let (c, buf) = if bytes == 0 {
            let c = self.malloc(hc::HCHAN_SIZE, Layout::NOSCAN)?;
            (c, c)
        } else if layout.noscan() {
            let c = self.malloc(hc::HCHAN_SIZE + bytes, Layout::NOSCAN)?;
            (c, c + hc::HCHAN_SIZE)
        } else {
            let c = self.malloc(hc::HCHAN_SIZE, Layout::HCHAN)?;
            (c, self.malloc(bytes, layout)?)
        };
        self.mem.store(c + hc::DATAQSIZ, 8, size as u64);
        self.mem.store(c + hc::BUF, 8, buf);
        self.mem.store(c + hc::ELEMSIZE, 2, elem_size);
        Ok(c)
    }

    /// `len` and `cap` of a channel (0 for nil and for timer channels).
    pub fn chanlen(&self, c: u64, cap: bool) -> u64 {
        if c == 0 || self.mem.load(c + hc::TIMER, 8).unwrap_or(0) != 0 {
            return 0;
        }
        let h = hc::read(&self.mem, c);
        if cap { h.dataqsiz } else { h.qcount }
    }

    /// Parks forever (a nil channel, `select {}`).
    fn block_forever(&mut self, reason: WaitReason) -> ! {
        loop {
            self.gopark(reason, |_| crate::runtime::trace::WaitsOn::Nothing);
        }
    }

    /// `chansend`: false when `block` is false and it would block.
    pub fn chansend(&mut self, c: u64, src: u64, block: bool) -> R<bool> {
        if c == 0 {
            if !block {
                return Ok(false);
            }
            self.block_forever(WaitReason::ChanSendNilChan);
        }
        let h = hc::read(&self.mem, c);
        if h.closed {
            return Err(self.fault(Fault::Plain("send on closed channel")));
        }
        if let Some(s) = self.dequeue(c, hc::RECVQ, "by send") {
            let elem = self.sched.sudogs[s as usize - 1].elem;
            if elem != 0 {
                self.copy_elem(elem, src, h.elemsize)?;
            }
            ev!(self, Event::ChanSend { ch: c, how: "handoff" });
            self.wake(s, true);
            return Ok(true);
        }
        if h.qcount < h.dataqsiz {
            let i = hc::bump(&mut self.mem, c, hc::SENDX, &h);
            self.copy(hc::slot(&h, i), src, h.elemsize)?;
            hc::set_qcount(&mut self.mem, c, h.qcount + 1);
            ev!(self, Event::ChanSend { ch: c, how: "buffer" });
            self.ev_chanbuf(c);
            return Ok(true);
        }
        if !block {
            return Ok(false);
        }
        ev!(self, Event::ChanSend { ch: c, how: "park" });
        let ok = self.park_on(hc::SENDQ, c, src, WaitReason::ChanSend);
        if !ok {
            return Err(self.fault(Fault::Plain("send on closed channel")));
        }
        Ok(true)
    }

    /// `chanrecv`: (selected, received). Not selected only when `block`
    /// is false and it would block; received is false for a closed and
    /// drained channel (the zero value is stored).
    /// `<-c` of a scalar: received into a scratch slot on the stack.
    pub(super) fn recv_scalar(&mut self, c: u64, k: crate::ir::Kind) -> R<u64> {
        let tmp = self.reserve(8)?;
        let r = self.chanrecv(c, tmp, true);
        let v = self.ld(tmp, k);
        self.release(tmp);
        r?;
        v
    }

    pub fn chanrecv(&mut self, c: u64, dst: u64, block: bool) -> R<(bool, bool)> {
        if c == 0 {
            if !block {
                return Ok((false, false));
            }
            self.block_forever(WaitReason::ChanReceiveNilChan);
        }
        let h = hc::read(&self.mem, c);
        if h.closed && h.qcount == 0 {
            if dst != 0 {
                self.mem.fill(dst, h.elemsize, 0);
            }
            ev!(self, Event::ChanRecv { ch: c, how: "closed" });
            return Ok((true, false));
        }
        if let Some(s) = self.dequeue(c, hc::SENDQ, "by receive") {
            ev!(self, Event::ChanRecv { ch: c, how: "handoff" });
            self.recv_from(c, &h, s, dst)?;
            return Ok((true, true));
        }
        if h.qcount > 0 {
            let i = hc::bump(&mut self.mem, c, hc::RECVX, &h);
            let at = hc::slot(&h, i);
            if dst != 0 {
                self.copy(dst, at, h.elemsize)?;
            }
            self.mem.fill(at, h.elemsize, 0);
            hc::set_qcount(&mut self.mem, c, h.qcount - 1);
            ev!(self, Event::ChanRecv { ch: c, how: "buffer" });
            self.ev_chanbuf(c);
            return Ok((true, true));
        }
        if !block {
            return Ok((false, false));
        }
        ev!(self, Event::ChanRecv { ch: c, how: "park" });
        let ok = self.park_on(hc::RECVQ, c, dst, WaitReason::ChanReceive);
        Ok((true, ok))
    }

    /// `recv` from a parked sender: straight from it when unbuffered;
    /// otherwise the buffer's head, and the sender's value to its tail.
    fn recv_from(&mut self, c: u64, h: &Hchan, s: u32, dst: u64) -> R<()> {
        let sg = self.sched.sudogs[s as usize - 1];
        if h.dataqsiz == 0 {
            if dst != 0 {
                self.copy_elem(dst, sg.elem, h.elemsize)?;
            }
        } else {
            let i = hc::bump(&mut self.mem, c, hc::RECVX, h);
            let at = hc::slot(h, i);
            if dst != 0 {
                self.copy(dst, at, h.elemsize)?;
            }
            self.copy(at, sg.elem, h.elemsize)?;
            let rx = self.mem.load(c + hc::RECVX, 8).unwrap_or(0);
            self.mem.store(c + hc::SENDX, 8, rx);
            self.ev_chanbuf(c);
        }
        self.wake(s, true);
        Ok(())
    }

    /// A direct handoff's copy: an aligned word (the commonest element)
    /// without `memmove`; the barrier is `heap_store`'s, the same as
    /// `copy`'s for one aligned word.
    #[inline(always)]
    fn copy_elem(&mut self, dst: u64, src: u64, n: u64) -> R<()> {
        if n == 8
            && dst & 7 == 0
            && let Some(v) = self.mem.heap_load8(src)
            && self.mem.heap_store(dst, 8, v).is_some()
        {
            return Ok(());
        }
        self.copy(dst, src, n)
    }

    /// Parks the running goroutine on a channel queue (`queue`: the
    /// offset of recvq or sendq); returns whether the operation succeeded
    /// (false: the channel was closed).
    #[inline(always)]
    fn park_on(&mut self, queue: u64, c: u64, elem: u64, reason: WaitReason) -> bool {
        let g = self.sched.curg;
        let s = self.sched.new_sudog(Sudog { g, elem, chan: c, ..Default::default() });
        hc::enqueue(&mut self.mem, &mut self.sched.sudogs, c + queue, s);
        self.ev_sudog(c, queue, s, None);
        self.gopark(reason, |_| crate::runtime::trace::WaitsOn::Chans(vec![c]));
        self.sched.free_sudog(s);
        self.sched.allgs[g].success
    }

    /// The first live waiter of channel `c`'s queue at offset `queue`
    /// (`waitq.dequeue`); a select's sudog is live until one of its cases
    /// fires, and dequeuing it claims the select. `by`: the operation.
    #[inline(always)]
    fn dequeue(&mut self, c: u64, queue: u64, by: &'static str) -> Option<u32> {
        let s = hc::pop(&mut self.mem, &mut self.sched.sudogs, c + queue);
        if s == 0 {
            return None;
        }
        if !self.sched.sudogs[s as usize - 1].is_select {
            self.ev_sudog(c, queue, s, Some((by, false)));
            return Some(s);
        }
        self.dequeue_select(c, queue, by, s)
    }

    /// `dequeue` past a select's sudog `s`, just taken off the queue: it
    /// claims the select unless another case has; a claimed one is
    /// dropped and the next waiter tried.
    #[inline(never)]
    fn dequeue_select(&mut self, c: u64, queue: u64, by: &'static str, mut s: u32) -> Option<u32> {
        loop {
            let sg = self.sched.sudogs[s as usize - 1];
            if !sg.is_select {
                self.ev_sudog(c, queue, s, Some((by, false)));
                return Some(s);
            }
            let waker = self.current_goid();
            let g = &mut self.sched.allgs[sg.g];
            if !g.select_done {
                g.select_done = true;
                g.param = sg.case;
                g.waker = waker;
                self.ev_sudog(c, queue, s, Some((by, true)));
                return Some(s);
            }
            self.ev_sudog(c, queue, s, Some(("dropped: its select is done", false)));
            s = hc::pop(&mut self.mem, &mut self.sched.sudogs, c + queue);
            if s == 0 {
                return None;
            }
        }
    }

    /// A sudog joining (`deq` None) or leaving a channel's queue, as an
    /// event; `deq`: how it left, and whether that claimed its select.
    #[inline]
    fn ev_sudog(&mut self, c: u64, queue: u64, s: u32, deq: Option<(&'static str, bool)>) {
        if self.trace.is_some() {
            self.ev_sudog_slow(c, queue, s, deq);
        }
    }

    #[cold]
    #[inline(never)]
    fn ev_sudog_slow(&mut self, c: u64, queue: u64, s: u32, deq: Option<(&'static str, bool)>) {
        let goid = |m: &Self, s: u32| m.sched.allgs[m.sched.sudogs[s as usize - 1].g].goid;
        let sg = self.sched.sudogs[s as usize - 1];
        let (g, case) = (goid(self, s), sg.is_select.then_some(sg.case as usize));
        let name = if queue == hc::RECVQ { "recvq" } else { "sendq" };
        let queued = hc::queued(&self.mem, &self.sched.sudogs, c + queue).into_iter().map(|s| goid(self, s)).collect();
        let e = match deq {
            None => Event::SudogEnq { ch: c, queue: name, g, case, queued },
            Some((why, claims)) => Event::SudogDeq { ch: c, queue: name, g, case, why, claims, queued },
        };
        ev!(self, e);
    }

    /// Readies a sudog's goroutine with the outcome of its operation.
    #[inline(always)]
    fn wake(&mut self, s: u32, success: bool) {
        let g = self.sched.sudogs[s as usize - 1].g;
        self.sched.allgs[g].success = success;
        self.goready(g);
    }

    /// `closechan`.
    pub fn closechan(&mut self, c: u64) -> R<()> {
        if c == 0 {
            return Err(self.fault(Fault::Plain("close of nil channel")));
        }
        let h = hc::read(&self.mem, c);
        if h.closed {
            return Err(self.fault(Fault::Plain("close of closed channel")));
        }
        self.mem.store(c + hc::CLOSED, 4, 1);
        // Readers get zero values, writers will panic; readied from a
        // stack, newest first, as Go's gList does.
        let mut woken: Vec<u32> = Vec::new();
        while let Some(s) = self.dequeue(c, hc::RECVQ, "by close") {
            let sg = self.sched.sudogs[s as usize - 1];
            if sg.elem != 0 {
                self.mem.fill(sg.elem, h.elemsize, 0);
            }
            woken.push(s);
        }
        while let Some(s) = self.dequeue(c, hc::SENDQ, "by close") {
            woken.push(s);
        }
        ev!(self, Event::ChanClose { ch: c, woken: woken.len() });
        for s in woken.into_iter().rev() {
            self.wake(s, false);
        }
        Ok(())
    }

    /// `selectgo`: the case that ran (None: the default) and, for a
    /// receive, whether a value was received.
    pub fn selectgo(&mut self, cases: &[Case], has_default: bool) -> R<(Option<usize>, bool)> {
        // Poll order: a random permutation of the cases with a channel
        // (Go's cheaprandn shuffle; nil-channel cases take no draw).
        let n = cases.len();
        let mut order: Vec<usize> = Vec::with_capacity(n);
        for (i, k) in cases.iter().enumerate() {
            if k.chan == 0 {
                continue;
            }
            let m = order.len();
            let j = (self.rng.next_u64() % (m as u64 + 1)) as usize;
            order.push(i);
            order.swap(m, j);
        }
        for &i in &order {
            let k = cases[i];
            let h = hc::read(&self.mem, k.chan);
            if k.send {
                if h.closed {
                    return Err(self.fault(Fault::Plain("send on closed channel")));
                }
                if self.has_live(k.chan + hc::RECVQ) || h.qcount < h.dataqsiz {
                    ev!(self, Event::Select { order: order.clone(), chosen: Some(i), parked: false });
                    self.chansend(k.chan, k.elem, false)?;
                    return Ok((Some(i), true));
                }
            } else if self.has_live(k.chan + hc::SENDQ) || h.qcount > 0 || h.closed {
                ev!(self, Event::Select { order: order.clone(), chosen: Some(i), parked: false });
                let (_, ok) = self.chanrecv(k.chan, k.elem, false)?;
                return Ok((Some(i), ok));
            }
        }
        ev!(self, Event::Select { order: order.clone(), chosen: None, parked: !has_default });
        if has_default {
            return Ok((None, false));
        }
        if cases.iter().all(|k| k.chan == 0) {
            let why = if n == 0 { WaitReason::SelectNoCases } else { WaitReason::Select };
            self.block_forever(why);
        }
        // Park on every channel at once.
        let g = self.sched.curg;
        let mut mine: Vec<(u32, u64, u64)> = Vec::new();
        for (i, k) in cases.iter().enumerate() {
            if k.chan == 0 {
                continue;
            }
            let s = self.sched.new_sudog(Sudog {
                g,
                elem: k.elem,
                chan: k.chan,
                case: i as i64,
                is_select: true,
                ..Default::default()
            });
            let queue = if k.send { hc::SENDQ } else { hc::RECVQ };
            hc::enqueue(&mut self.mem, &mut self.sched.sudogs, k.chan + queue, s);
            self.ev_sudog(k.chan, queue, s, None);
            mine.push((s, k.chan, queue));
        }
        self.sched.allgs[g].select_done = false;
        self.gopark(WaitReason::Select, |_| crate::runtime::trace::WaitsOn::Chans(mine.iter().map(|m| m.1).collect()));
        let (fired, ok) = (self.sched.allgs[g].param as usize, self.sched.allgs[g].success);
        ev!(self, {
            let (k, by) = (cases[fired], self.sched.allgs[g].waker);
            Event::SelectWake { case: fired, ch: k.chan, send: k.send, by, closed: !ok }
        });
        // The other cases' sudogs leave their queues (selectgo's pass 3).
        for (s, c, queue) in mine {
            if hc::unlink(&mut self.mem, &mut self.sched.sudogs, c + queue, s) {
                self.ev_sudog(c, queue, s, Some(("unlinked on wake", false)));
            }
            self.sched.free_sudog(s);
        }
        if cases[fired].send && !ok {
            return Err(self.fault(Fault::Plain("send on closed channel")));
        }
        Ok((Some(fired), ok))
    }

    /// Whether a queue holds a waiter that can still be matched.
    fn has_live(&self, q: u64) -> bool {
        let mut s = hc::first(&self.mem, q);
        while s != 0 {
            let sg = &self.sched.sudogs[s as usize - 1];
            if !sg.is_select || !self.sched.allgs[sg.g].select_done {
                return true;
            }
            s = sg.next;
        }
        false
    }
}
