//! Driving the collector (`runtime/mgc.go`'s `gcStart`, `gcMarkDone`,
//! `gcMarkTermination`, `gcAssistAlloc`, `gcBgMarkWorker`, `bgsweep`) from
//! the evaluator, which owns the goroutines and the clock.
//!
//! The stop-the-world phases run on the scheduler (g0). A heap trigger
//! waits for the running goroutine's next statement boundary (a safe
//! point, `gc_pending`); `runtime.GC()` stops at once, then parks its
//! caller until the cycle's mark terminates (`gcWaitOnMark`: other
//! goroutines run meanwhile) and sweeps span by span, yielding after each
//! as Go's loop does. The goroutine that asks for a pause
//! suspends its coroutine (`stw_request`), so at a pause every goroutine
//! is suspended, as Go stops every M at a safe point. The roots are then
//! scanned: every goroutine's stack in modelled memory (from its low end
//! to `sp`, each frame by its function's pointer map, natives' frames and
//! the bytes between frames word by word, its stack objects only when
//! live: see `mgcstack.rs`), its pins, the data segment (globals), and
//! the runtime's records that hold Go values (defer argument blocks, panic
//! values, sudogs, timers, the argument blocks of goroutines not started
//! yet). `Machine::roots` lists them in scan order, for the collector
//! and for the stepper's heap view alike.
//!
//! Pins: a tree-walking evaluator keeps a half-evaluated expression's
//! values in host variables, where Go's compiler keeps them in stack slots
//! (autotmps) its stack maps describe. The only heap pointers that can
//! live there and nowhere in modelled memory are new objects and pointers
//! a call returned; the evaluator pins both (`Machine::pins`) until the
//! statement that made them ends, and the collector scans the pins with
//! the stack. Multi-word values (strings, slices, interfaces) are always
//! evaluated into frame temporaries, which the stack scan covers. A call
//! returning an integer is not pinned: lowering gives it another result
//! kind (`lower_call.rs`), so only pointer-shaped results are.
//!
//! Mark termination needs no root scan (objects reachable at the snapshot
//! are marked or reachable from grey ones, thanks to the barrier, and new
//! ones are black), so it runs wherever the grey queue runs dry.
//!
//! Simplifications: every root is scanned in the first pause (Go scans
//! each stack during the concurrent phase, stopping one goroutine at a
//! time); the background worker is not a goroutine but runs at scheduler
//! ticks and time-slice ends, a quarter of the slice's time, and to the
//! end whenever nothing else can run (the idle worker).

use super::Machine;
use super::mgcstack::Live;
use super::trace::ev;
use crate::ir::FuncId;
use crate::runtime::memory::DATA_BASE;
use crate::runtime::mgc::{self, Phase, Trigger};
use crate::runtime::mgcmark::By;
use crate::runtime::mheap::ARENA_BASE;
use crate::runtime::runtime2::{GId, GStatus};
use crate::runtime::time::TimerAction;

/// A root of the collector (`markroot`'s jobs), as `Machine::roots` lists
/// them.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Root {
    /// The data segment `[lo, hi)` (globals), scanned word by word.
    Globals { lo: u64, hi: u64 },
    /// A stretch `[lo, hi)` of goroutine `g`'s stack scanned word by word
    /// (conservatively): before, between and after the frames with
    /// pointer maps (`mgcstack.rs`); `first`: its segment's first root.
    Stack { g: GId, lo: u64, hi: u64, first: bool },
    /// Words `[lo, hi)` of the frame at `fp` of function `func` outside
    /// its stack objects, scanned precisely by the function's pointer map.
    Frame { g: GId, fp: u64, lo: u64, hi: u64, func: FuncId },
    /// A stack object `[lo, hi)` of the frame at `fp` of goroutine `g`
    /// (the `idx`th of function `func`'s, `mgcstack.rs`), scanned by the
    /// frame's pointer map unless `Dead`.
    StackObject { g: GId, fp: u64, lo: u64, hi: u64, func: FuncId, idx: u32, live: Live },
    /// One word the runtime holds for goroutine `g` (None: a timer's):
    /// `by` is what the trace says reached an object (`autotmp`,
    /// `runtime`), `what` which record holds it.
    Word { g: Option<GId>, v: u64, by: &'static str, what: &'static str },
}

/// Scan words the background worker does per scheduler tick.
const BG_TICK_WORDS: u64 = 16 << 10;
/// Who does a piece of mark work.
#[derive(Clone, Copy)]
enum Worker {
    Assist,
    Background,
    Idle,
}

/// An assist drains at least this many words once it owes any.
const ASSIST_CHUNK: f64 = 512.0;

impl Machine<'_> {
    /// The collector's part of an allocation of `bytes` heap bytes at
    /// `addr`: born black while marking, assist debt, the trigger test.
    #[inline]
    pub(super) fn gc_alloc(&mut self, addr: u64, bytes: u64) {
        self.gc.pacer.heap_live += bytes;
        if self.gc.phase != Phase::Off || self.gc.pacer.heap_live >= self.gc.pacer.trigger || self.gc.stress {
            self.gc_alloc_slow(addr, bytes);
        }
    }

    #[cold]
    #[inline(never)]
    fn gc_alloc_slow(&mut self, addr: u64, bytes: u64) {
        if self.gc.phase != Phase::Off {
            self.mem.heap.mark_new(addr);
            self.flush_heap_log();
            if self.on_g_stack {
                self.gc_assist(bytes);
            }
        } else {
            // The cycle starts at the next statement (a safe point).
            self.gc_pending = Some(if self.gc.stress { Trigger::Stress } else { Trigger::Heap });
        }
    }

    /// A statement boundary with a cycle pending: stop the world for it.
    #[cold]
    #[inline(never)]
    pub(super) fn gc_safepoint(&mut self) {
        if let Some(why) = self.gc_pending.take() {
            self.stop_the_world(why);
        }
    }

    /// `gcAssistAlloc`: pays for `bytes` allocated with scan work.
    fn gc_assist(&mut self, bytes: u64) {
        self.gc.assist_debt += bytes as f64 * self.gc.pacer.assist_ratio;
        if self.gc.assist_debt < ASSIST_CHUNK {
            return;
        }
        let words = self.mark_work(self.gc.assist_debt as u64, Worker::Assist);
        self.gc.assist_debt -= words as f64;
        if self.mem.heap.gcw.grey.is_empty() {
            self.gc.assist_debt = 0.0;
            self.gc_mark_done();
        }
    }

    /// `gcMarkDone`: the grey queue is empty. Mark termination needs no
    /// root scan, so it runs where marking ended, except under checkmark,
    /// whose re-mark needs every goroutine stopped.
    fn gc_mark_done(&mut self) {
        if self.gc.checkmark && self.on_g_stack {
            self.stop_the_world(Trigger::Heap);
        } else {
            self.gc_mark_termination();
        }
    }

    /// Suspends the running goroutine while the scheduler does a pause's
    /// work (`stopTheWorld`); outside a goroutine, does it at once.
    pub(super) fn stop_the_world(&mut self, why: Trigger) {
        if !self.on_g_stack {
            // On the scheduler's stack (timers, printing a goroutine's
            // fatal panic) the cycle waits for the next allocation.
            return;
        }
        self.stw_request = Some(why);
        self.yield_now();
    }

    /// The pause's work, on the scheduler with every goroutine suspended.
    pub(super) fn run_stw(&mut self, why: Trigger) {
        match why {
            Trigger::Heap | Trigger::Time => match self.gc.phase {
                Phase::Off => {
                    self.gc_start(why);
                    if self.gc.stop_the_world {
                        self.mark_work(u64::MAX, Worker::Background);
                        self.gc_mark_termination();
                    }
                }
                Phase::Mark if self.mem.heap.gcw.grey.is_empty() => self.gc_mark_termination(),
                _ => {}
            },
            Trigger::Cycle | Trigger::Stress => {
                // Finish a cycle in progress, then start a new one.
                if self.gc.phase == Phase::Mark {
                    self.mark_work(u64::MAX, Worker::Background);
                    self.gc_mark_termination();
                }
                self.gc_start(why);
                // Stress mode runs the whole cycle in the pause; `runtime.GC`
                // waits for concurrent marking (`gc_forced`).
                if why == Trigger::Stress || self.gc.stop_the_world {
                    self.mark_work(u64::MAX, Worker::Background);
                    self.gc_mark_termination();
                    self.gc_sweep_all();
                }
            }
        }
    }

    /// `gcStart`: sweep termination, root scan, write barrier on.
    fn gc_start(&mut self, why: Trigger) {
        let t0 = self.nanotime();
        let swept = self.mem.heap.finish_sweep();
        self.clock += mgc::SWEEP_TERM_NS + swept as i64 * mgc::SWEEP_SPAN_NS;
        let goal = self.gc.pacer.goal;
        self.gc.cycle = mgc::CycleRec {
            t_sweep_term: t0,
            heap0: self.gc.pacer.heap_live,
            goal,
            forced: why == Trigger::Cycle,
            ..Default::default()
        };
        self.gc.phase = Phase::Mark;
        let gcw = &mut self.mem.heap.gcw;
        gcw.marking = true;
        gcw.marked_bytes = 0;
        gcw.grey.clear();
        self.trace_gc_phase();
        let stw = self.nanotime() - t0;
        self.gc.cpu_ns += stw * self.stwprocs() as i64;
        self.gc.cycle.t_mark = self.nanotime();
        let words = self.mark_roots();
        let ns = words as i64 * mgc::SCAN_NS_PER_WORD;
        self.clock += ns;
        self.gc.cycle.bg_ns += ns;
        self.gc.cpu_ns += ns;
        self.gc.pacer.start_assists();
        self.gc.assist_debt = 0.0;
        self.flush_heap_log();
    }

    /// Shades everything the roots point to; returns the words examined.
    fn mark_roots(&mut self) -> u64 {
        let mut words = 0;
        let mut stack_bytes = 0;
        let mut ptrs = Vec::new();
        for r in self.roots() {
            match r {
                Root::Globals { .. } => {
                    let data = std::mem::take(&mut self.mem.data);
                    for w in data.chunks_exact(8) {
                        let v = u64::from_le_bytes(w.try_into().unwrap());
                        if v >= ARENA_BASE {
                            self.mem.heap.shade(v, By::Root("global"));
                        }
                    }
                    words += data.len() as u64 / 8;
                    self.gc.pacer.globals_scan = data.len() as u64;
                    self.mem.data = data;
                }
                Root::Stack { lo, hi, .. } => {
                    stack_bytes += hi.saturating_sub(lo);
                    words += self.mem.heap.scan_block(lo, hi, By::Root("stack"));
                }
                // A frame's words are all walked (the work is the frame's
                // size, as Go counts it), but only its map's are shaded;
                // a dead object's are not.
                Root::Frame { lo, hi, .. } | Root::StackObject { lo, hi, .. } => {
                    stack_bytes += hi - lo;
                    words += (hi - lo) / 8;
                    if !matches!(r, Root::StackObject { live: Live::Dead, .. }) {
                        ptrs.clear();
                        self.root_words(&r, |_, v| {
                            if v >= ARENA_BASE {
                                ptrs.push(v);
                            }
                        });
                        for &v in &ptrs {
                            self.mem.heap.shade(v, By::Root("stack"));
                        }
                    }
                }
                Root::Word { v, by, .. } => self.mem.heap.shade(v, By::Root(by)),
            }
        }
        self.gc.pacer.stack_scan = stack_bytes;
        words
    }

    /// The collector's roots in the order `mark_roots` scans them: the
    /// data segment; each live goroutine's stack segments (from their low
    /// end to `sp`, cut into frames scanned by their pointer maps and
    /// conservative stretches, and around their stack objects, each found
    /// live or dead by `trace_stack_objects`), pins, defer argument blocks, panic values and, before
    /// it starts, its argument block; then the sudogs' words and the
    /// timers' (by timer id). The running goroutine's registers are the
    /// machine's own, so a view taken while it runs sees its stack too.
    pub(crate) fn roots(&self) -> Vec<Root> {
        let mut out = vec![Root::Globals { lo: DATA_BASE, hi: DATA_BASE + self.mem.data.len() as u64 }];
        for (g, gg) in self.sched.allgs.iter().enumerate() {
            if gg.status == GStatus::Dead {
                continue;
            }
            let r = &gg.regs;
            let (stack, sp, segments, defers, panics, pins, frames, pos) = if self.in_g && g == self.sched.curg {
                (
                    self.stack,
                    self.sp,
                    &self.aux.segments,
                    &self.aux.defers,
                    &self.aux.panics,
                    &self.pins,
                    &self.aux.frames,
                    self.pos,
                )
            } else {
                (r.stack, r.sp, &r.aux.segments, &r.aux.defers, &r.aux.panics, &r.pins, &r.aux.frames, r.pos)
            };
            self.segment_roots(g, stack.lo, sp, frames, pos, &mut out);
            for (s, sp) in segments {
                self.segment_roots(g, s.lo, *sp, frames, pos, &mut out);
            }
            let word = |v: u64, by: &'static str, what: &'static str| Root::Word { g: Some(g), v, by, what };
            out.extend(pins.iter().map(|&v| word(v, "autotmp", "pin")));
            out.extend(defers.iter().map(|d| word(d.block, "runtime", "defer")));
            for p in panics {
                if let crate::runtime::panic::PanicValue::Value { data, .. } = p.value {
                    out.push(word(data, "runtime", "panic value"));
                }
                if let Some((_, d)) = p.boxed {
                    out.push(word(d, "runtime", "panic value"));
                }
            }
            // Not started yet (after the program ended, `cos` is empty).
            if self.cos.get(g).is_some_and(|c| c.is_none()) {
                out.push(word(gg.start.block, "runtime", "go arguments"));
            }
        }
        let free: std::collections::HashSet<u32> = self.sched.sudog_free.iter().copied().collect();
        for (i, s) in self.sched.sudogs.iter().enumerate() {
            if !free.contains(&(i as u32 + 1)) {
                let g = Some(s.g);
                out.push(Root::Word { g, v: s.elem, by: "runtime", what: "sudog elem" });
                out.push(Root::Word { g, v: s.chan, by: "runtime", what: "sudog chan" });
            }
        }
        let mut timers: Vec<_> = self.sched.timers.all.iter().collect();
        timers.sort_by_key(|(id, _)| **id);
        for (_, t) in timers {
            if let TimerAction::Call { f, arg } = t.action {
                out.push(Root::Word { g: None, v: f, by: "runtime", what: "timer func" });
                out.push(Root::Word { g: None, v: arg.1, by: "runtime", what: "timer arg" });
            }
        }
        self.trace_stack_objects(&mut out);
        out
    }

    /// Drains up to `budget` words of grey objects, charging the virtual
    /// time to `who` (the gctrace line's assist/background/idle figures).
    fn mark_work(&mut self, budget: u64, who: Worker) -> u64 {
        let words = self.mem.heap.drain(budget);
        let ns = words as i64 * mgc::SCAN_NS_PER_WORD;
        self.clock += ns;
        self.gc.cpu_ns += ns;
        let c = &mut self.gc.cycle;
        match who {
            Worker::Assist => c.assist_ns += ns,
            Worker::Background => c.bg_ns += ns,
            Worker::Idle => c.idle_ns += ns,
        }
        self.flush_heap_log();
        words
    }

    /// The background mark worker's share of a scheduler tick, on g0;
    /// `idle`: nothing else can run, so it marks to the end.
    #[inline]
    pub(super) fn gc_background(&mut self, idle: bool) {
        // A busy scheduler outside marking has nothing to give.
        if idle || self.gc.phase == Phase::Mark {
            self.gc_background_work(idle);
        }
    }

    #[inline(never)]
    fn gc_background_work(&mut self, idle: bool) {
        if self.gc.phase != Phase::Mark {
            if self.gc.phase == Phase::Off && idle {
                // `bgsweep` uses idle time.
                self.gc_sweep_all();
            }
            return;
        }
        if idle {
            self.mark_work(u64::MAX, Worker::Idle);
        } else {
            self.mark_work(BG_TICK_WORDS, Worker::Background);
        }
        if self.mem.heap.gcw.grey.is_empty() {
            self.gc_mark_termination();
        }
    }

    /// The background worker's quarter of a time slice that just ended,
    /// on the running goroutine (`gcBgMarkWorker` on a dedicated P).
    pub(super) fn gc_worker_slice(&mut self) {
        let slice_ns = super::proc::PREEMPT_STEPS * super::proc::NS_PER_STEP;
        let budget = (slice_ns / 4 / mgc::SCAN_NS_PER_WORD) as u64;
        self.mark_work(budget, Worker::Background);
        if self.mem.heap.gcw.grey.is_empty() {
            self.gc_mark_done();
        }
    }

    /// `gcMarkTermination`: barrier off, pacer commit, sweep starts.
    fn gc_mark_termination(&mut self) {
        self.gc.phase = Phase::MarkTermination;
        self.trace_gc_phase();
        self.gc.cycle.t_mark_term = self.nanotime();
        if self.gc.checkmark {
            self.gc_checkmark();
        }
        let marked = self.mem.heap.gcw.marked_bytes;
        self.gc.cycle.heap1 = self.gc.pacer.heap_live;
        self.gc.cycle.heap2 = marked;
        let non_heap = self.stacks.in_use;
        let (stack_scan, globals) = (self.gc.pacer.stack_scan, self.gc.pacer.globals_scan);
        self.gc.pacer.commit(marked, stack_scan, globals, non_heap);
        self.gc.pacer.heap_live = marked;
        self.mem.heap.gcw.marking = false;
        self.mem.heap.sweepgen += 2;
        self.flush_mcaches();
        self.clock += mgc::MARK_TERM_NS;
        self.gc.cycle.t_end = self.nanotime();
        self.gc.cpu_ns += mgc::MARK_TERM_NS * self.stwprocs() as i64;
        self.gc.num_gc += 1;
        self.gc.phase = Phase::Off;
        self.gc.last_end = self.nanotime();
        self.record_gc_stats();
        self.flush_heap_log();
        self.trace_gc_phase();
        for g in std::mem::take(&mut self.gc.waiters) {
            self.goready(g);
        }
        if self.gc.gctrace {
            let line = self.gc.trace_line(self.sched.ps.len(), self.stwprocs(), self.nanotime());
            self.write_stderr(line.as_bytes());
        }
        if self.gc.stress {
            self.gc_sweep_all();
        }
    }

    /// `runtime.GC`'s last step: sweep every span before returning.
    fn gc_sweep_all(&mut self) {
        let swept = self.mem.heap.finish_sweep();
        self.clock += swept as i64 * mgc::SWEEP_SPAN_NS;
        self.flush_heap_log();
    }

    /// What `ReadMemStats` reports of the cycle just ended.
    fn record_gc_stats(&mut self) {
        let c = &self.gc.cycle;
        let pause = (c.t_mark - c.t_sweep_term) + (c.t_end - c.t_mark_term);
        let now = self.nanotime();
        let end_unix = (crate::stdlib::sched::START_UNIX * 1_000_000_000 + now) as u64;
        let st = &mut self.mem.heap.stats.gc;
        st.num_gc = self.gc.num_gc;
        st.num_forced_gc += c.forced as u32;
        st.next_gc = self.gc.pacer.goal;
        st.last_gc_unix = end_unix;
        st.pause_total_ns += pause as u64;
        let i = ((self.gc.num_gc + 255) % 256) as usize;
        st.pause_ns[i] = pause as u64;
        st.pause_end[i] = end_unix;
        st.gc_cpu_fraction =
            if now > 0 { self.gc.cpu_ns as f64 / (now as f64 * self.sched.ps.len() as f64) } else { 0.0 };
    }

    /// `gccheckmark`: marks again from the roots into fresh bits and fails
    /// loudly if an object reachable now was left white by the cycle.
    fn gc_checkmark(&mut self) {
        let heap = &mut self.mem.heap;
        let saved: Vec<Vec<u64>> = heap.spans.iter().map(|s| s.gcmark_bits.clone()).collect();
        let saved_bytes = heap.gcw.marked_bytes;
        for s in heap.spans.iter_mut() {
            s.gcmark_bits.fill(0);
        }
        let log = heap.log.take();
        self.mark_roots();
        self.mem.heap.drain(u64::MAX);
        let heap = &mut self.mem.heap;
        heap.log = log;
        let mut bad = None;
        for (id, s) in heap.spans.iter().enumerate() {
            for (w, (&now, &then)) in s.gcmark_bits.iter().zip(&saved[id]).enumerate() {
                let missed = now & !then;
                if missed != 0 && bad.is_none() {
                    bad = Some(s.start + (w as u64 * 64 + missed.trailing_zeros() as u64) * s.elemsize);
                }
            }
        }
        for (s, bits) in heap.spans.iter_mut().zip(saved) {
            s.gcmark_bits = bits;
        }
        heap.gcw.marked_bytes = saved_bytes;
        if let Some(obj) = bad {
            let msg = format!(
                "runtime: checkmark found unmarked object {obj:#x}\nfatal error: checkmark found unmarked object\n"
            );
            self.write_stderr(msg.as_bytes());
            std::process::exit(2);
        }
    }

    /// `runtime.GC()`: a cycle starts in a pause; the caller then parks
    /// until its mark terminates (`gcWaitOnMark`), while other goroutines
    /// run and the background and idle workers mark; then it sweeps every
    /// span before returning.
    /// Every P's mcache back to mcentral (`flushallmcaches`, at mark
    /// termination and in `ReadMemStats`).
    pub(crate) fn flush_mcaches(&mut self) {
        for p in &mut self.sched.ps {
            p.mcache.release_all(&mut self.mem.heap);
        }
    }

    pub fn gc_forced(&mut self) {
        self.stop_the_world(Trigger::Cycle);
        if self.gc.phase == Phase::Mark {
            let g = self.sched.curg;
            self.gc.waiters.push(g);
            self.gopark(crate::runtime::runtime2::WaitReason::WaitForGcCycle, |_| {
                crate::runtime::trace::WaitsOn::Nothing
            });
        }
        // Go's loop: one span at a time, yielding after each, so other
        // goroutines run while the caller sweeps.
        let cycle = self.gc.num_gc;
        while self.gc.num_gc == cycle && self.mem.heap.sweep_one() {
            self.clock += mgc::SWEEP_SPAN_NS;
            self.flush_heap_log();
            ev!(self, crate::runtime::trace::Event::GoSched);
            self.gosched();
        }
    }

    /// `forcegchelper`: a cycle every two minutes once one has run.
    #[inline]
    pub(super) fn gc_periodic(&mut self) -> bool {
        self.gc.num_gc > 0
            && self.gc.phase == Phase::Off
            && self.gc.pacer.gogc >= 0
            && self.nanotime() - self.gc.last_end > mgc::FORCE_GC_PERIOD
    }

    fn stwprocs(&self) -> usize {
        self.sched.ps.len().min(self.ncpu)
    }
}
