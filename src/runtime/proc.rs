//! The scheduler's queues and choices (`runtime/proc.go`): per-P local run
//! queues with `runnext`, the global run queue, `findRunnable`'s order,
//! work stealing, and the goroutine list.
//!
//! Go's rules, kept exactly: a new or readied goroutine goes to its P's
//! `runnext`, kicking the previous one to the tail of the local queue; a
//! full local queue (256) moves half of itself to the global queue;
//! `schedule` looks at the global queue first on every 61st tick; then
//! the local queue, the global queue, and stealing half of another P's
//! queue, trying victims in an order drawn from the seeded random source.
//! A preempted goroutine and one calling `Gosched` go to the global queue.
//!
//! System calls (`entersyscall`, `retake`, `handoffp`, `exitsyscall`): a
//! read of standard input that would block loses its P, as sysmon retakes
//! a P whose syscall outlasts 20 µs: `handoffp` wires the P to a new or
//! idle M when it has work (or when no other P is idle: Go's spinning M,
//! which finds nothing and parks), else the P goes idle. When the read
//! returns, `exitsyscall` takes the old P back if it is idle, else any
//! idle P, else the goroutine joins the global queue and its M parks. Ms
//! are only ids and counts (for traces and schedtrace's `threads=`).
//!
//! Simplification: the Ps are run in turn by one OS thread: a P keeps the
//! thread, running goroutine after goroutine, until a time slice ends
//! (preemption) or it runs out of work; then the next P takes it; a P is
//! "idle" when it has nothing to run (empty runnext, local and global
//! queues). No spinning M looks for work, and `wakep` only gives an M to
//! a P a handoff left idle when work reaches it.

use super::mcache::MCache;
use super::rand::Rng;
use super::runtime2::{G, GId, GStatus, P, RUNQ_SIZE, Sudog};
use super::sema::SemaTable;
use super::time::Timers;
use std::collections::VecDeque;

/// What `findRunnable` found: the goroutine, whether it inherits the
/// running time slice (`inheritTime`), and what was stolen for it.
pub struct Runnable {
    pub g: GId,
    pub inherit: bool,
    pub stolen: Option<Stolen>,
}

/// A `runqsteal`: the victim P and the goroutines taken, first to last
/// (from its runnext when its queue was empty).
pub struct Stolen {
    pub victim: usize,
    pub gs: Vec<GId>,
    pub runnext: bool,
}

/// A goroutine blocked in a system call that its P was retaken from: the
/// P it had and the M blocked in the kernel for it.
#[derive(Clone, Copy, Debug)]
pub struct InSyscall {
    pub g: GId,
    pub p: usize,
    pub m: u64,
}

/// How `exitsyscall` went on after a blocking call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyscallExit {
    /// The call did not block: the P was never retaken (fast path).
    KeptP,
    /// The old P was idle: taken back (`exitsyscallfast`).
    Reacquired(usize),
    /// Another idle P (`exitsyscallfast_pidle`).
    IdleP(usize),
    /// No idle P: to the global queue; the M parks (`exitsyscall0`).
    Global,
}

pub struct Sched {
    pub allgs: Vec<G>,
    pub ps: Vec<P>,
    pub global: VecDeque<GId>,
    /// The running goroutine and the P it runs on.
    pub curg: GId,
    pub curp: usize,
    pub next_goid: u64,
    /// Dead goroutines whose records can be reused (`gfree`).
    pub gfree: Vec<GId>,
    pub timers: Timers,
    pub sema: SemaTable,
    /// Sudogs (index + 1 names one) and the free ones.
    pub sudogs: Vec<Sudog>,
    pub sudog_free: Vec<u32>,
    /// Goroutines in a blocking system call, in the order their calls
    /// were made (the host serves them in that order).
    pub in_syscall: VecDeque<InSyscall>,
    /// Ms started by `handoffp` (beyond the `n + 2` threads the runtime
    /// starts with), and the parked ones (`sched.midle`).
    pub ms_started: u64,
    pub midle: Vec<u64>,
}

impl Sched {
    pub fn new(procs: usize) -> Sched {
        let mut ps: Vec<P> = (0..procs.max(1)).map(P::new).collect();
        // Before main.main, Go's runtime has run its own goroutines (force
        // gc, sweep, scavenge, finalizer), four fresh time slices: as
        // schedtrace shows at 0 ms, `[ 4 ]` with one P, `[ 1 3 ]` with two.
        match ps.len() {
            1 => ps[0].schedtick = 4,
            _ => {
                ps[0].schedtick = 1;
                ps[1].schedtick = 3;
            }
        }
        Sched {
            allgs: Vec::new(),
            ps,
            global: VecDeque::new(),
            curg: 0,
            curp: 0,
            next_goid: 1,
            gfree: Vec::new(),
            timers: Timers::new(procs.max(1)),
            sema: SemaTable::default(),
            sudogs: Vec::new(),
            sudog_free: Vec::new(),
            in_syscall: VecDeque::new(),
            ms_started: 0,
            midle: Vec::new(),
        }
    }

    /// `acquireSudog`: a fresh sudog's name (index + 1).
    pub fn new_sudog(&mut self, s: Sudog) -> u32 {
        match self.sudog_free.pop() {
            Some(i) => {
                self.sudogs[i as usize - 1] = s;
                i
            }
            None => {
                self.sudogs.push(s);
                self.sudogs.len() as u32
            }
        }
    }

    pub fn free_sudog(&mut self, i: u32) {
        self.sudog_free.push(i);
    }

    /// `runqput`: puts g on P's queue; as `runnext` when `next`.
    #[inline]
    pub fn runqput(&mut self, p: usize, g: GId, next: bool) {
        self.allgs[g].status = GStatus::Runnable;
        let pp = &mut self.ps[p];
        // The common case of a handoff: an empty runnext takes g.
        if next && pp.runnext.is_none() {
            pp.runnext = Some(g);
            return;
        }
        self.runqput_kick(p, g, next);
    }

    #[inline(never)]
    fn runqput_kick(&mut self, p: usize, mut g: GId, next: bool) {
        let pp = &mut self.ps[p];
        if next {
            match pp.runnext.replace(g) {
                Some(old) => g = old,
                None => return,
            }
        }
        if pp.runq.len() < RUNQ_SIZE {
            pp.runq.push_back(g);
            return;
        }
        // `runqputslow`: half the local queue and g go to the global queue.
        let half: Vec<GId> = pp.runq.drain(..RUNQ_SIZE / 2).collect();
        self.global.extend(half);
        self.global.push_back(g);
    }

    /// `globrunqput`: to the tail of the global queue.
    pub fn globrunqput(&mut self, g: GId) {
        self.allgs[g].status = GStatus::Runnable;
        self.global.push_back(g);
    }

    /// `runqget`: runnext first (it inherits the time slice: true), then
    /// the head of the local queue.
    pub fn runqget(&mut self, p: usize) -> Option<(GId, bool)> {
        let pp = &mut self.ps[p];
        match pp.runnext.take() {
            Some(g) => Some((g, true)),
            None => pp.runq.pop_front().map(|g| (g, false)),
        }
    }

    /// `globrunqget`: takes a fair share of the global queue into P's
    /// local queue and returns its first goroutine.
    pub fn globrunqget(&mut self, p: usize) -> Option<GId> {
        if self.global.is_empty() {
            return None;
        }
        let n = self.global.len();
        let share = (n / self.ps.len() + 1).min(n).min(RUNQ_SIZE / 2);
        let g = self.global.pop_front()?;
        for _ in 1..share {
            let Some(x) = self.global.pop_front() else { break };
            if self.ps[p].runq.len() >= RUNQ_SIZE {
                self.global.push_front(x);
                break;
            }
            self.ps[p].runq.push_back(x);
        }
        Some(g)
    }

    /// `runqsteal`: half of a victim's queue (its runnext when the queue
    /// is empty), victims tried in a random order. Returns the first
    /// goroutine taken (the others join P's queue) and what was taken.
    pub fn steal(&mut self, p: usize, rng: &mut Rng) -> Option<(GId, Stolen)> {
        let n = self.ps.len();
        if n == 1 {
            return None;
        }
        let start = (rng.next_u64() % n as u64) as usize;
        for i in 0..n {
            let v = (start + i) % n;
            if v == p {
                continue;
            }
            let take = self.ps[v].runq.len().div_ceil(2);
            if take == 0 {
                if let Some(g) = self.ps[v].runnext.take() {
                    return Some((g, Stolen { victim: v, gs: vec![g], runnext: true }));
                }
                continue;
            }
            let gs: Vec<GId> = self.ps[v].runq.drain(..take).collect();
            let (&first, rest) = gs.split_first()?;
            self.ps[p].runq.extend(rest.iter().copied());
            return Some((first, Stolen { victim: v, gs, runnext: false }));
        }
        None
    }

    /// `findRunnable` without timers and idling: the next goroutine for P.
    /// The common case first: `runnext`, when this is no 61st tick with
    /// work in the global queue (it inherits the slice, so no tick).
    #[inline]
    pub fn find_runnable(&mut self, p: usize, rng: &mut Rng) -> Option<Runnable> {
        let pp = &mut self.ps[p];
        if (self.global.is_empty() || !pp.schedtick.is_multiple_of(61))
            && let Some(g) = pp.runnext.take()
        {
            return Some(Runnable { g, inherit: true, stolen: None });
        }
        self.find_runnable_slow(p, rng)
    }

    #[inline(never)]
    fn find_runnable_slow(&mut self, p: usize, rng: &mut Rng) -> Option<Runnable> {
        let found = |g, inherit| Some(Runnable { g, inherit, stolen: None });
        // Fairness: every 61st tick the global queue goes first.
        let next = if self.ps[p].schedtick.is_multiple_of(61)
            && let Some(g) = self.globrunqget(p)
        {
            found(g, false)
        } else if let Some((g, inherit)) = self.runqget(p) {
            found(g, inherit)
        } else if let Some(g) = self.globrunqget(p) {
            found(g, false)
        } else {
            self.steal(p, rng).map(|(g, stolen)| Runnable { g, inherit: false, stolen: Some(stolen) })
        };
        // `execute` counts a tick for each new time slice.
        if next.as_ref().is_some_and(|r| !r.inherit) {
            self.ps[p].schedtick = self.ps[p].schedtick.wrapping_add(1);
        }
        next
    }

    /// `procresize`: n Ps; the queues of removed Ps go to the global
    /// queue, and their timers to P 0. Returns the removed Ps' mcaches,
    /// for the caller to free (`freemcache` returns their spans).
    pub fn resize(&mut self, n: usize) -> Vec<MCache> {
        let mut freed = Vec::new();
        while self.ps.len() > n {
            let p = self.ps.pop().unwrap();
            freed.push(p.mcache);
            self.global.extend(p.runnext);
            self.global.extend(p.runq);
            let heap = self.timers.heaps.pop().unwrap_or_default();
            self.timers.heaps[0].extend(heap);
        }
        while self.ps.len() < n {
            let id = self.ps.len();
            self.ps.push(P::new(id));
            self.timers.heaps.push(Default::default());
        }
        if self.curp >= n {
            self.curp = 0;
        }
        freed
    }

    /// Whether P has nothing to run: it would go idle (`pidleput`).
    pub fn p_idle(&self, p: usize) -> bool {
        self.ps[p].runq.is_empty() && self.ps[p].runnext.is_none() && self.global.is_empty()
    }

    /// `startm`'s M: a parked one (`mget`), else a new one (`newm`), with
    /// the next M id.
    fn startm(&mut self) -> u64 {
        self.midle.pop().unwrap_or_else(|| {
            self.ms_started += 1;
            self.ps.len() as u64 + 1 + self.ms_started
        })
    }

    /// sysmon's `retake` of P, whose goroutine g is blocked in a system
    /// call, and `handoffp`: P goes to a started M when it has work, or
    /// when no other P is idle (a spinning M, which finds none and parks);
    /// otherwise P goes idle. Returns the M P now runs on (None: idle).
    pub fn retake(&mut self, g: GId, p: usize) -> Option<u64> {
        let m = self.ps[p].m.unwrap_or(0);
        self.in_syscall.push_back(InSyscall { g, p, m });
        let work = !self.p_idle(p);
        let others_idle = (0..self.ps.len()).any(|q| q != p && self.p_idle(q));
        let to = (work || !others_idle).then(|| self.startm());
        match to {
            Some(m2) if work => self.ps[p].m = Some(m2),
            Some(m2) => {
                self.midle.push(m2);
                self.ps[p].m = None;
            }
            None => self.ps[p].m = None,
        }
        self.ps[p].m
    }

    /// `wakep`: a P left idle by a handoff that has work again (a timer
    /// readied a goroutine on it) gets an M.
    pub fn wakep(&mut self) {
        for p in 0..self.ps.len() {
            if self.ps[p].m.is_none() && !self.p_idle(p) {
                let m = self.startm();
                self.ps[p].m = Some(m);
            }
        }
    }

    /// `exitsyscall` after a blocking call returned for `call`: the old P
    /// if idle, else another idle P (the goroutine runs on it now), else
    /// the global queue (its M parks).
    pub fn exitsyscall(&mut self, call: InSyscall) -> SyscallExit {
        // The old P may be gone (GOMAXPROCS lowered meanwhile).
        let idle = if call.p < self.ps.len() && self.p_idle(call.p) {
            Some(call.p)
        } else {
            (0..self.ps.len()).find(|&q| self.p_idle(q))
        };
        let Some(p) = idle else {
            self.midle.push(call.m);
            self.globrunqput(call.g);
            return SyscallExit::Global;
        };
        // The P's M, if any, had nothing to run: it parks.
        if let Some(old) = self.ps[p].m.replace(call.m) {
            self.midle.push(old);
        }
        if p == call.p { SyscallExit::Reacquired(p) } else { SyscallExit::IdleP(p) }
    }

    /// Goroutines that are not dead and not the runtime's own, in
    /// creation order (by goroutine number).
    pub fn user_gs(&self) -> Vec<GId> {
        let mut v: Vec<GId> =
            (0..self.allgs.len()).filter(|&g| self.allgs[g].status != GStatus::Dead && !self.allgs[g].system).collect();
        v.sort_by_key(|&g| self.allgs[g].goid);
        v
    }

    pub fn user_goroutines(&self) -> usize {
        self.allgs.iter().filter(|g| g.status != GStatus::Dead && !g.system).count()
    }

    pub fn idle_procs(&self) -> usize {
        self.ps.iter().filter(|p| p.runq.is_empty() && p.runnext.is_none()).count()
    }
}
