//! Time (`runtime/time.go` and sysmon's schedtrace): the virtual clock,
//! running due timers before the scheduler picks a goroutine, the callbacks
//! timers make (on short-lived system goroutines), `time.Sleep`, and
//! `GODEBUG=schedtrace`'s SCHED lines.
//!
//! The clock is virtual unless `--clock=real`: it advances `NS_PER_STEP`
//! for every evaluation step a goroutine takes and jumps to the next timer
//! when nothing can run (`proc::next_g`).

use super::proc::NS_PER_STEP;
use super::trace::ev;
use super::{Machine, R};
use crate::runtime::runtime2::{GStart, WaitReason};
use crate::runtime::time::TimerAction;
use crate::runtime::trace::{Event, Fires};

impl Machine<'_> {
    /// Runs the timers due at the current time (`checkTimers`).
    #[inline]
    pub(super) fn run_timers(&mut self) {
        if !self.sched.timers.is_empty() {
            self.run_due_timers();
        }
    }

    #[inline(never)]
    fn run_due_timers(&mut self) {
        let now = self.nanotime();
        while let Some((_, action, delta)) = self.sched.timers.pop_due(now) {
            ev!(self, {
                let what = match action {
                    TimerAction::Wake(g) => Fires::Wakes(self.sched.allgs[g].goid),
                    TimerAction::Call { f, .. } => Fires::Calls(self.mem.load(f, 8).unwrap_or(0) as u32),
                };
                Event::TimerFire { when: now - delta, what }
            });
            match action {
                TimerAction::Wake(g) => self.goready(g),
                TimerAction::Call { f, arg } => {
                    if self.timer_call(f, arg, delta).is_err() {
                        // Out of memory for the helper: the timer is lost.
                        continue;
                    }
                }
            }
        }
    }

    /// A timer's callback `f(arg, seq, delta)` on a system goroutine.
    fn timer_call(&mut self, f: u64, arg: (u64, u64), delta: i64) -> R<()> {
        let func = self.ld64(f)? as crate::ir::FuncId;
        let block = self.malloc_why(40, crate::runtime::mbitmap::Layout::TIMER_ARGS, crate::ir::why::TIMER)?;
        self.mem.store(block, 8, f);
        self.mem.store(block + 8, 8, arg.0);
        self.mem.store(block + 16, 8, arg.1);
        self.mem.store(block + 32, 8, delta as u64);
        let g = self.newg(GStart { func, block, size: 40 }, None, true);
        let p = self.sched.curp;
        self.sched.runqput(p, g, true);
        Ok(())
    }

    pub(super) fn next_timer(&mut self) -> Option<i64> {
        self.sched.timers.next_when()
    }

    /// The virtual monotonic clock now (the running slice included).
    pub fn nanotime(&self) -> i64 {
        match self.opts.real_clock {
            Some(start) => start.elapsed().as_nanos() as i64,
            None => self.clock + (self.budget_at_switch - self.budget).max(0) * NS_PER_STEP,
        }
    }

    /// With `--clock=real`, how long the host waits for the clock to read
    /// `when` (None on the virtual clock, which jumps instead).
    pub(super) fn real_wait(&self, when: i64) -> Option<std::time::Duration> {
        self.opts.real_clock?;
        Some(std::time::Duration::from_nanos((when - self.nanotime()).max(0) as u64))
    }

    /// `time.Sleep`: a timer that readies this goroutine.
    pub fn sleep(&mut self, d: i64) {
        if d <= 0 {
            return;
        }
        let when = self.nanotime().saturating_add(d);
        let g = self.sched.curg;
        let p = self.sched.curp;
        self.sched.timers.add(p, when, 0, TimerAction::Wake(g));
        ev!(self, Event::TimerSet { when });
        self.gopark(WaitReason::Sleep, |_| crate::runtime::trace::WaitsOn::Until(when));
    }

    /// `GODEBUG=schedtrace=MS`: sysmon's SCHED line every MS of virtual
    /// time (Ms: one per P, plus sysmon and the template thread, plus
    /// those `handoffp` started for a P retaken in a system call).
    #[inline]
    pub(super) fn schedtrace(&mut self) {
        if self.opts.schedtrace.is_some() {
            self.schedtrace_lines();
        }
    }

    #[cold]
    #[inline(never)]
    fn schedtrace_lines(&mut self) {
        let Some(period) = self.opts.schedtrace else { return };
        let period = period.max(1) * 1_000_000;
        while self.clock >= self.next_trace {
            let ms = self.next_trace / 1_000_000;
            self.next_trace += period;
            let n = self.sched.ps.len();
            let queues: Vec<String> = self.sched.ps.iter().map(|p| p.runq.len().to_string()).collect();
            let ticks: Vec<String> = self.sched.ps.iter().map(|p| p.schedtick.to_string()).collect();
            let busy = self.sched.ps.iter().filter(|p| !p.runq.is_empty() || p.runnext.is_some()).count().max(1);
            let idle = n.saturating_sub(busy);
            // The parked Ms `handoffp` started count as idle threads.
            let threads = n as u64 + 2 + self.sched.ms_started;
            let idle_ms = idle + self.sched.midle.len();
            let line = format!(
                "SCHED {ms}ms: gomaxprocs={n} idleprocs={idle} threads={threads} spinningthreads=0 needspinning=0 idlethreads={idle_ms} runqueue={} [ {} ] schedticks=[ {} ]\n",
                self.sched.global.len(),
                queues.join(" "),
                ticks.join(" ")
            );
            self.write_stderr(line.as_bytes());
        }
    }
}
