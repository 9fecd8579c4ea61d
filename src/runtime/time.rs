//! Timers on a virtual clock (`runtime/time.go`): each P keeps a heap of
//! its timers ordered by when they fire; the scheduler runs the due ones
//! before it picks a goroutine, and when no goroutine can run it moves the
//! clock forward to the earliest timer (the model's time passes only as
//! goroutines run, `interp::proc`, or by these jumps).
//!
//! A timer either wakes a sleeping goroutine (`time.Sleep`) or calls a
//! function (`time` package callbacks: sending on a timer channel,
//! starting an AfterFunc goroutine), which the model runs in a short-lived
//! system goroutine, since Go code needs a goroutine to run on. Periodic
//! timers (tickers) re-arm themselves.
//!
//! Simplification: stopped and re-armed timers leave stale heap entries,
//! recognised by their sequence number and skipped (Go marks and later
//! cleans them).

use super::runtime2::GId;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

#[derive(Clone, Copy, Debug)]
pub enum TimerAction {
    /// Ready this sleeping goroutine.
    Wake(GId),
    /// Call `f(arg, seq, delta)`: a func value and an `any`.
    Call { f: u64, arg: (u64, u64) },
}

#[derive(Clone, Copy, Debug)]
pub struct Timer {
    pub when: i64,
    pub period: i64,
    pub action: TimerAction,
    /// Bumped on every stop and reset; heap entries carry the one they
    /// were pushed with.
    pub seq: u64,
    pub pending: bool,
    pub p: usize,
}

#[derive(Default)]
pub struct Timers {
    pub all: HashMap<u64, Timer>,
    /// Per P: (when, id, seq), earliest first.
    pub heaps: Vec<BinaryHeap<Reverse<(i64, u64, u64)>>>,
    next_id: u64,
}

impl Timers {
    pub fn new(procs: usize) -> Timers {
        Timers { all: HashMap::new(), heaps: (0..procs).map(|_| BinaryHeap::new()).collect(), next_id: 1 }
    }

    /// `addtimer` on P `p`; returns the timer's id.
    pub fn add(&mut self, p: usize, when: i64, period: i64, action: TimerAction) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        self.all.insert(id, Timer { when, period, action, seq: 0, pending: true, p });
        self.heaps[p].push(Reverse((when, id, 0)));
        id
    }

    /// Stops a timer; reports whether it was pending.
    pub fn stop(&mut self, id: u64) -> bool {
        match self.all.get_mut(&id) {
            Some(t) => {
                let was = t.pending;
                t.pending = false;
                t.seq += 1;
                was
            }
            None => false,
        }
    }

    /// Re-arms a timer; reports whether it was pending.
    pub fn reset(&mut self, id: u64, when: i64, period: i64) -> bool {
        let last = self.heaps.len() - 1;
        let Some(t) = self.all.get_mut(&id) else { return false };
        t.p = t.p.min(last);
        let was = t.pending;
        t.seq += 1;
        t.when = when;
        t.period = period;
        t.pending = true;
        let (p, seq) = (t.p, t.seq);
        self.heaps[p].push(Reverse((when, id, seq)));
        was
    }

    /// No heap holds an entry (pending or stale): nothing can be due.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.heaps.iter().all(|h| h.is_empty())
    }

    /// The earliest pending timer of any P.
    pub fn next_when(&mut self) -> Option<i64> {
        if self.is_empty() {
            return None;
        }
        let mut best: Option<i64> = None;
        for p in 0..self.heaps.len() {
            self.drop_stale(p);
            if let Some(Reverse((w, _, _))) = self.heaps[p].peek() {
                best = Some(best.map_or(*w, |b| b.min(*w)));
            }
        }
        best
    }

    fn drop_stale(&mut self, p: usize) {
        while let Some(&Reverse((_, id, seq))) = self.heaps[p].peek() {
            match self.all.get(&id) {
                Some(t) if t.pending && t.seq == seq => return,
                _ => {
                    self.heaps[p].pop();
                }
            }
        }
    }

    /// Pops the earliest timer of any P due at `now`: (id, its action,
    /// how late it is). A periodic timer is re-armed; a one-shot one is
    /// no longer pending.
    pub fn pop_due(&mut self, now: i64) -> Option<(u64, TimerAction, i64)> {
        if self.is_empty() {
            return None;
        }
        let mut best: Option<(i64, usize)> = None;
        for p in 0..self.heaps.len() {
            self.drop_stale(p);
            if let Some(Reverse((w, _, _))) = self.heaps[p].peek()
                && *w <= now
                && best.is_none_or(|(bw, _)| *w < bw)
            {
                best = Some((*w, p));
            }
        }
        let (_, p) = best?;
        let Reverse((when, id, _)) = self.heaps[p].pop()?;
        let t = self.all.get_mut(&id)?;
        let action = t.action;
        if t.period > 0 {
            // Go skips missed ticks: the next one is the first after now.
            let next = when + t.period * (1 + (now - when) / t.period);
            t.when = next;
            self.heaps[p].push(Reverse((next, id, t.seq)));
        } else {
            t.pending = false;
            if matches!(action, TimerAction::Wake(_)) {
                self.all.remove(&id);
            }
        }
        Some((id, action, now - when))
    }
}
