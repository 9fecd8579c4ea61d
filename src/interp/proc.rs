//! Goroutines on the scheduler (`runtime/proc.go`): each goroutine, main
//! included, runs its evaluator in its own corosensei coroutine with its
//! own native stack; the scheduler loop on the host thread picks the next
//! goroutine (`runtime::proc`), swaps its registers in (`gogo`), resumes
//! its coroutine, and swaps them out when it parks, yields, is preempted
//! or exits.
//!
//! Parking (`gopark`) marks the goroutine waiting with a reason and
//! suspends its coroutine; `goready` makes it runnable in the current P's
//! `runnext`. Preemption stands for sysmon's 10 ms time slice: a budget of
//! `PREEMPT_STEPS` evaluation steps (calls and loop iterations), after
//! which the goroutine goes to the global queue; a goroutine taken from
//! `runnext` inherits the slice (Go's `inheritTime`), so a pair handing
//! off to each other cannot starve the queue. Time and timers are in
//! `interp::time`: the virtual clock advances `NS_PER_STEP` per step and
//! jumps to the next timer when every goroutine is blocked; with
//! `--clock=real` it is the host's clock and the thread sleeps until the
//! next timer. A goroutine whose read of standard input blocks suspends
//! in `_Gsyscall` on no queue (`interp::syscall`); while one does, each
//! scheduling point looks for its result, and nothing runnable means
//! waiting for it, not a deadlock.
//!
//! Coroutine stacks of dead goroutines are pooled and reused (the gfree
//! list's stacks). When main returns, the program ends whatever the other
//! goroutines are doing; their coroutines are never resumed.
//!
//! Aliasing: a suspended coroutine holds `&mut Machine` in its frames
//! while the scheduler and other goroutines use the machine. Every switch
//! passes the machine through an opaque point (`black_box`), so the
//! compiler reloads whatever it had cached across a suspension.

use super::trace::ev;
use super::{Machine, R};
use crate::runtime::panic::Unwind;
use crate::runtime::runtime2::{G, GId, GRegs, GStart, GStatus, WaitReason};
use crate::runtime::trace::{Event, WaitsOn};
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

pub type GCo = Coroutine<(), (), R<()>, DefaultStack>;

/// Evaluation steps in one time slice (sysmon's 10 ms).
pub const PREEMPT_STEPS: i64 = 2_000_000;
/// Virtual nanoseconds one step stands for.
pub const NS_PER_STEP: i64 = 5;
/// Host stack of a goroutine's coroutine (reserved, touched on demand).
pub const GO_HOST_STACK: usize = 256 << 20;
/// The first goroutine id after main and the runtime's four system
/// goroutines (force gc, sweep, scavenge, finalizer).
const FIRST_USER_GOID: u64 = 6;

/// Runs goroutines until the program ends; returns its exit status.
pub fn schedule_loop(m: *mut Machine) -> i32 {
    let mut resume = None;
    loop {
        // SAFETY: `m` outlives the loop; each call makes a short-lived
        // reference, and no coroutine is running between resumes.
        let g = match resume.take() {
            Some(g) => g,
            None => match unsafe { (*m).next_g() } {
                Ok(g) => g,
                Err(code) => return code,
            },
        };
        let co = match unsafe { (*m).switch_in(g, m) } {
            Ok(co) => co,
            Err(code) => return code,
        };
        std::hint::black_box(m);
        // SAFETY: the coroutine is boxed (its address is stable) and only
        // the scheduler resumes it.
        unsafe { (*m).on_g_stack = true };
        let res = unsafe { (*co).resume(()) };
        std::hint::black_box(m);
        unsafe { (*m).on_g_stack = false };
        if let Some(code) = unsafe { (*m).switch_out(g, res) } {
            return code;
        }
        // A goroutine that stopped the world resumes once the pause's
        // work is done, keeping its P and time slice.
        if let Some(why) = unsafe { (*m).stw_request.take() } {
            unsafe { (*m).run_stw(why) };
            unsafe { (*m).resuming = true };
            resume = Some(g);
        }
    }
}

impl Machine<'_> {
    /// Creates the main goroutine running `entry` and runs the scheduler.
    pub(super) fn run_main(&mut self, entry: crate::ir::FuncId) -> i32 {
        let g = self.newg(GStart { func: entry, block: 0, size: 0 }, None, false);
        let p = self.sched.curp;
        self.sched.runqput(p, g, true);
        schedule_loop(self as *mut _)
    }

    /// `newproc1`: a G in `_Grunnable` with a fresh goroutine stack.
    pub(super) fn newg(&mut self, start: GStart, parent: Option<(u64, u32, u32)>, system: bool) -> GId {
        let (stack, span) = self.stacks.alloc(&mut self.mem.heap, 8192);
        let regs = GRegs { stack, sp: stack.lo, fp: stack.lo, stack_total: stack.size(), ..Default::default() };
        let goid = if system { 0 } else { self.sched.next_goid.max(FIRST_USER_GOID) };
        if !system {
            self.sched.next_goid = goid + 1;
        }
        // The main goroutine (no parent, not the runtime's) is G1; user
        // goroutines are numbered after the runtime's own (2-6).
        let goid = if parent.is_none() && !system { 1 } else { goid };
        if self.trace.is_some() {
            self.trace_stack(true, goid, stack, span, "newproc");
        }
        let g = G {
            goid,
            status: GStatus::Runnable,
            wait: WaitReason::None,
            regs,
            start,
            parent,
            system,
            param: 0,
            success: false,
            select_done: false,
            waiting: Vec::new(),
            waker: 0,
        };
        match self.sched.gfree.pop() {
            Some(id) => {
                self.sched.allgs[id] = g;
                id
            }
            None => {
                self.sched.allgs.push(g);
                self.cos.push(None);
                self.sched.allgs.len() - 1
            }
        }
    }

    /// `go f(args)`: the callee and arguments are already in `block`.
    pub(super) fn newproc(&mut self, start: GStart) {
        let parent_g = &self.sched.allgs[self.sched.curg];
        let creator = self.aux.frames.last().map(|f| f.func).unwrap_or(0);
        let parent = Some((parent_g.goid, creator, self.pos));
        let g = self.newg(start, parent, false);
        let p = self.sched.curp;
        self.sched.runqput(p, g, true);
        if self.trace.is_some() {
            ev!(self, Event::GoCreate { g: self.sched.allgs[g].goid, runnext: true });
            self.ev_queues();
        }
    }

    /// Picks the next goroutine to run: one back from a system call with
    /// a P, due timers, then each P's `findRunnable` in turn; when none is
    /// runnable the thread waits for an outstanding system call, else the
    /// clock jumps to the next timer, and without one the program is
    /// deadlocked.
    fn next_g(&mut self) -> Result<GId, i32> {
        loop {
            self.schedtrace();
            // A goroutine whose system call returned and got a P goes on.
            if !self.sched.in_syscall.is_empty()
                && let Some(g) = self.poll_syscalls()
            {
                return Ok(g);
            }
            self.run_timers();
            self.gc_background(false);
            if self.gc_periodic() {
                self.gc_force_cycle();
            }
            if self.observer.is_some()
                && let Some(g) = self.observer_pick()
            {
                self.budget = PREEMPT_STEPS;
                self.start_inherit = false;
                return Ok(g);
            }
            let n = self.sched.ps.len();
            for i in 0..n {
                let p = (self.sched.curp + i) % n;
                if let Some(r) = self.sched.find_runnable(p, &mut self.rng) {
                    let (g, inherit) = (r.g, r.inherit);
                    if let Some(st) = r.stolen {
                        self.ev_steal(p, st);
                    }
                    self.sched.curp = p;
                    if !inherit {
                        self.budget = PREEMPT_STEPS;
                    }
                    self.start_inherit = inherit;
                    return Ok(g);
                }
            }
            self.idle_tick()?;
        }
    }

    #[cold]
    #[inline(never)]
    fn ev_steal(&mut self, p: usize, st: crate::runtime::proc::Stolen) {
        ev!(self, {
            let gs = st.gs.iter().map(|&g| self.sched.allgs[g].goid).collect();
            Event::GoSteal { thief: p, victim: st.victim, gs, runnext: st.runnext }
        });
    }

    /// Nothing can run: the idle mark worker and sweeper use the time;
    /// then the clock goes to the next timer, and without one the program
    /// is deadlocked (`Err`: its exit status).
    #[inline(never)]
    fn idle_tick(&mut self) -> Result<(), i32> {
        if self.gc.phase != crate::runtime::mgc::Phase::Off {
            self.gc_background(true);
            return Ok(());
        }
        self.gc_background(true);
        // Waiting for a system call is no deadlock (see `syscall`).
        if !self.sched.in_syscall.is_empty() {
            self.wait_syscall();
            return Ok(());
        }
        match self.next_timer() {
            Some(when) => match self.real_wait(when) {
                // `--clock=real`: the thread sleeps until the timer.
                Some(d) => std::thread::sleep(d),
                None => {
                    self.clock = self.clock.max(when);
                    ev!(self, Event::Clock { to: self.clock });
                }
            },
            None => return Err(self.checkdead()),
        }
        Ok(())
    }

    /// `forcegchelper`'s cycle.
    #[cold]
    #[inline(never)]
    fn gc_force_cycle(&mut self) {
        if self.gc.gctrace {
            self.write_stderr(b"GC forced\n");
        }
        self.run_stw(crate::runtime::mgc::Trigger::Time);
    }

    /// `execute`: swaps g's registers in and returns its coroutine.
    fn switch_in(&mut self, g: GId, m: *mut Machine) -> Result<*mut GCo, i32> {
        // Timer callbacks run on a runtime goroutine standing for g0: no
        // goroutine starts or ends for them.
        if self.trace.is_some() {
            self.ev_go_start(g);
        }
        self.sched.curg = g;
        self.in_g = true;
        self.sched.allgs[g].status = GStatus::Running;
        self.load_regs(g);
        self.budget_at_switch = self.budget;
        if self.cos[g].is_none() {
            self.new_coroutine(g, m)?;
        }
        Ok(&mut **self.cos[g].as_mut().unwrap() as *mut GCo)
    }

    #[cold]
    #[inline(never)]
    fn ev_go_start(&mut self, g: GId) {
        if !self.sched.allgs[g].system && !std::mem::take(&mut self.resuming) {
            let (goid, p, inherit) = (self.sched.allgs[g].goid, self.sched.curp, self.start_inherit);
            ev!(self, Event::GoStart { g: goid, p, inherit });
            self.ev_queues();
        }
    }

    /// A goroutine's first run: its coroutine, on a pooled host stack.
    #[inline(never)]
    fn new_coroutine(&mut self, g: GId, m: *mut Machine) -> Result<(), i32> {
        let stack = match self.co_stacks.pop() {
            Some(s) => s,
            None => match DefaultStack::new(GO_HOST_STACK) {
                Ok(s) => s,
                Err(_) => {
                    let u = self.out_of_memory();
                    let text = self.describe_unwind(&u);
                    self.write_stderr(text.as_bytes());
                    return Err(2);
                }
            },
        };
        let addr = m as usize;
        let co = Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
            // SAFETY: see the header; the machine outlives every
            // coroutine, which only runs while the scheduler waits.
            let me = unsafe { &mut *(addr as *mut Machine<'static>) };
            me.yielder = y as *const Yielder<(), ()> as usize;
            let marker = 0u8;
            me.host_base = &marker as *const u8 as usize;
            me.goroutine_body()
        });
        self.cos[g] = Some(Box::new(co));
        Ok(())
    }

    /// The goroutine's function, called with its argument block.
    fn goroutine_body(&mut self) -> R<()> {
        let st = self.sched.allgs[self.sched.curg].start;
        let f = &self.funcs[st.func as usize];
        let need = f.frame_size.max(f.args_size).max(st.size) as u64;
        let base = self.reserve(need)?;
        if st.size > 0 {
            self.copy(base, st.block, st.size as u64)?;
        }
        let r = self.invoke(st.func, base);
        self.release(base);
        r
    }

    /// After g's coroutine returned control: saves its registers, and
    /// when it has finished, reports how (and whether the program ends).
    fn switch_out(&mut self, g: GId, res: CoroutineResult<(), R<()>>) -> Option<i32> {
        self.clock += (self.budget_at_switch - self.budget).max(0) * NS_PER_STEP;
        self.budget_at_switch = self.budget;
        match res {
            CoroutineResult::Yield(()) => {
                self.save_regs(g);
                self.in_g = false;
                None
            }
            CoroutineResult::Return(r) => self.goroutine_returned(g, r),
        }
    }

    /// g's function has returned (or unwound): whether the program ends.
    #[inline(never)]
    fn goroutine_returned(&mut self, g: GId, r: R<()>) -> Option<i32> {
        let is_main = self.sched.allgs[g].goid == 1;
        // A fatal panic, os.Exit or a fatal error ends the program from
        // inside the goroutine, which never reaches goexit0.
        let ends = match &r {
            Ok(()) => true,
            Err(u) => matches!(**u, Unwind::Goexit { .. }),
        };
        if ends && !self.sched.allgs[g].system {
            ev!(self, Event::GoEnd);
        }
        let code = match r {
            Ok(()) => is_main.then_some(0),
            Err(u) => match *u {
                Unwind::Goexit { .. } => {
                    if is_main {
                        self.main_goexit = true;
                    }
                    None
                }
                Unwind::Exit(c) => Some(c),
                other => {
                    let text = self.describe_unwind(&other);
                    self.write_stderr(text.as_bytes());
                    Some(other.exit_code())
                }
            },
        };
        if code.is_some() {
            return code;
        }
        self.save_regs(g);
        self.in_g = false;
        self.gexit(g);
        None
    }

    /// `goexit0`: the G is dead; its stacks go back to the pools.
    fn gexit(&mut self, g: GId) {
        let gg = &mut self.sched.allgs[g];
        gg.status = GStatus::Dead;
        let regs = std::mem::take(&mut gg.regs);
        let goid = gg.goid;
        for (seg, _) in regs.aux.segments {
            let span = self.stacks.free(&mut self.mem.heap, seg);
            if self.trace.is_some() {
                self.trace_stack(false, goid, seg, span, "goexit: a segment");
            }
        }
        let span = self.stacks.free(&mut self.mem.heap, regs.stack);
        if self.trace.is_some() {
            self.trace_stack(false, goid, regs.stack, span, "goexit");
        }
        if let Some(co) = self.cos[g].take() {
            self.co_stacks.push(co.into_stack());
        }
        self.sched.gfree.push(g);
    }

    /// `gogo`'s half: g's registers become the machine's. The scalars are
    /// copied (what stays behind in g's record is stale until the switch
    /// out, and nothing reads it while g runs: readers of a running
    /// goroutine use the machine's); the owned parts (pins, `GAux`) are
    /// exchanged, the scheduler's (g0's, empty) waiting in g's record.
    fn load_regs(&mut self, g: GId) {
        let r = &mut self.sched.allgs[g].regs;
        (self.stack, self.stack_total, self.sp, self.fp) = (r.stack, r.stack_total, r.sp, r.fp);
        (self.pos, self.host_base, self.yielder) = (r.pos, r.host_base, r.yielder);
        std::mem::swap(&mut self.pins, &mut r.pins);
        std::mem::swap(&mut self.aux, &mut r.aux);
    }

    /// The switch out: the machine's registers go back to g's record, and
    /// the scheduler's owned parts back to the machine.
    fn save_regs(&mut self, g: GId) {
        let r = &mut self.sched.allgs[g].regs;
        (r.stack, r.stack_total, r.sp, r.fp) = (self.stack, self.stack_total, self.sp, self.fp);
        (r.pos, r.host_base, r.yielder) = (self.pos, self.host_base, self.yielder);
        std::mem::swap(&mut self.pins, &mut r.pins);
        std::mem::swap(&mut self.aux, &mut r.aux);
    }

    /// Suspends the running goroutine's coroutine (its status and queue
    /// were set by the caller).
    pub(super) fn yield_now(&mut self) {
        let y = self.yielder as *const Yielder<(), ()>;
        std::hint::black_box(&mut *self);
        // SAFETY: `yielder` was set by this goroutine's coroutine, which is
        // the one running.
        unsafe { (*y).suspend(()) };
        std::hint::black_box(&mut *self);
    }

    /// `gopark`: blocks the running goroutine until `goready`; `on`: what
    /// it waits on, for the event (built only when tracing).
    #[inline]
    pub fn gopark(&mut self, reason: WaitReason, on: impl FnOnce(&Self) -> WaitsOn) {
        let g = self.sched.curg;
        self.sched.allgs[g].status = GStatus::Waiting;
        self.sched.allgs[g].wait = reason;
        ev!(self, Event::GoPark { reason: reason.as_str(), on: on(self) });
        if let Some(f) = self.aux.frames.last_mut() {
            f.pos = self.pos;
        }
        self.yield_now();
    }

    /// What a goroutine parked on the `sync` word at `addr` waits on: the
    /// word, and the heap object holding it.
    pub fn sema_on(&self, addr: u64) -> WaitsOn {
        WaitsOn::Sema { addr, obj: self.mem.heap.find_object(addr).map(|(_, _, base)| base) }
    }

    /// `goready`: g becomes runnable in the current P's `runnext`.
    #[inline(always)]
    pub fn goready(&mut self, g: GId) {
        self.sched.allgs[g].wait = WaitReason::None;
        let p = self.sched.curp;
        self.sched.runqput(p, g, true);
        if self.trace.is_some() {
            self.ev_ready(g);
        }
    }

    #[cold]
    #[inline(never)]
    fn ev_ready(&mut self, g: GId) {
        ev!(self, Event::GoReady { g: self.sched.allgs[g].goid });
        self.ev_queues();
    }

    /// `Gosched` and preemption: to the global queue, then yield.
    pub fn gosched(&mut self) {
        let g = self.sched.curg;
        self.sched.globrunqput(g);
        if let Some(f) = self.aux.frames.last_mut() {
            f.pos = self.pos;
        }
        self.ev_queues();
        self.yield_now();
    }

    /// The time slice ran out (sysmon's preemption request).
    #[cold]
    #[inline(never)]
    pub(super) fn preempt(&mut self) {
        self.clock += self.budget_at_switch.max(0) * NS_PER_STEP;
        if self.gc.phase == crate::runtime::mgc::Phase::Mark {
            self.gc_worker_slice();
        }
        self.budget = PREEMPT_STEPS;
        self.budget_at_switch = PREEMPT_STEPS;
        // The next P takes its turn on the thread.
        self.sched.curp = (self.sched.curp + 1) % self.sched.ps.len();
        let others = !self.sched.global.is_empty()
            || self.sched.ps.iter().any(|p| !p.runq.is_empty() || p.runnext.is_some())
            || self.next_timer().is_some_and(|w| w <= self.nanotime())
            // A system call may have returned: the scheduler looks.
            || !self.sched.in_syscall.is_empty();
        if others {
            ev!(self, Event::GoPreempt);
            self.gosched();
        }
    }

    /// `--sched=manual`: the stepper chooses among the runnable user
    /// goroutines (when there is a choice); the chosen one leaves its queue.
    #[cold]
    #[inline(never)]
    fn observer_pick(&mut self) -> Option<GId> {
        let mut runnable = Vec::new();
        for p in &self.sched.ps {
            runnable.extend(p.runnext);
            runnable.extend(p.runq.iter().copied());
        }
        runnable.extend(self.sched.global.iter().copied());
        runnable.retain(|&g| !self.sched.allgs[g].system);
        if runnable.len() < 2 {
            return None;
        }
        let (mut o, mut t) = (self.observer.take()?, self.trace.take()?);
        let g = o.choose(self, &mut t, &runnable);
        (self.observer, self.trace) = (Some(o), Some(t));
        let g = g?;
        let s = &mut self.sched;
        for p in s.ps.iter_mut() {
            if p.runnext == Some(g) {
                p.runnext = None;
            }
            p.runq.retain(|&x| x != g);
        }
        s.global.retain(|&x| x != g);
        Some(g)
    }

    /// `checkdead`: nothing can run and no timer is pending.
    fn checkdead(&mut self) -> i32 {
        ev!(self, Event::Deadlock);
        if self.main_goexit && self.sched.user_goroutines() == 0 {
            self.write_stderr(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            return 2;
        }
        let mut s = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        for g in self.sched.user_gs() {
            s.push('\n');
            s.push_str(&self.goroutine_text(g));
        }
        self.write_stderr(s.as_bytes());
        2
    }

    /// A parked goroutine's traceback: header, frames, `created by`.
    fn goroutine_text(&self, g: GId) -> String {
        let gg = &self.sched.allgs[g];
        let mut s = format!("goroutine {} [{}]:\n", gg.goid, gg.wait.as_str());
        s.push_str(&self.frames_text(&gg.regs.aux.frames, false));
        s.push_str(&self.created_by(g));
        s
    }

    /// `created by F in goroutine N` and the `go` statement's line.
    pub(super) fn created_by(&self, g: GId) -> String {
        let Some((goid, func, pos)) = self.sched.allgs[g].parent else { return String::new() };
        let name = &self.funcs[func as usize].name;
        let (_, line, _) = self.map.line_col(pos);
        format!("created by {name} in goroutine {goid}\n\t{}:{line}\n", self.opts.display)
    }

    /// The running goroutine's id and the header of its traceback.
    pub fn current_goid(&self) -> u64 {
        if !self.in_g {
            return 0;
        }
        self.sched.allgs.get(self.sched.curg).map_or(1, |g| g.goid)
    }
}
