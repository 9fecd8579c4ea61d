//! The collector's cycle (`runtime/mgc.go`, RUNTIME-REFERENCE §3.1, §3.8):
//! phases, what a cycle records, and the `GODEBUG=gctrace=1` line.
//!
//! A cycle is `gcStart` (sweep termination, stop-the-world: finish the
//! last sweep, scan the roots, turn the write barrier on) → concurrent
//! mark (assists and the background worker drain the grey queue while the
//! program runs; new objects are black) → `gcMarkDone`/mark termination
//! (stop-the-world: barrier off, pacer commit, `sweepgen += 2`, mcaches
//! flushed) → concurrent sweep. The driving code is the evaluator's
//! (`interp::mgc`), which owns the goroutines; this file holds the state
//! and the arithmetic.
//!
//! Time is virtual (`--clock=virtual`): marking costs `SCAN_NS_PER_WORD`
//! per word scanned, and the stop-the-world phases fixed amounts, so the
//! gctrace figures are the same on every run.

use super::mgcpacer::Pacer;

/// `gcphase`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Off,
    Mark,
    MarkTermination,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::Off => "_GCoff",
            Phase::Mark => "_GCmark",
            Phase::MarkTermination => "_GCmarktermination",
        }
    }
}

/// Why a cycle starts (`gcTrigger.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// `gcTriggerHeap`: the live heap reached the trigger.
    Heap,
    /// `gcTriggerTime`: two minutes since the last cycle.
    Time,
    /// `gcTriggerCycle`: `runtime.GC()`.
    Cycle,
    /// Stress mode: a whole cycle at an allocation.
    Stress,
}

/// Virtual cost of marking one word.
pub const SCAN_NS_PER_WORD: i64 = 1;
/// Virtual length of the sweep-termination stop-the-world.
pub const SWEEP_TERM_NS: i64 = 20_000;
/// Virtual length of the mark-termination stop-the-world.
pub const MARK_TERM_NS: i64 = 3_000;
/// Virtual cost of sweeping one span.
pub const SWEEP_SPAN_NS: i64 = 200;
/// `forcegcperiod`: two minutes.
pub const FORCE_GC_PERIOD: i64 = 120_000_000_000;

/// What one cycle records for gctrace and MemStats (`work`).
#[derive(Clone, Debug, Default)]
pub struct CycleRec {
    pub t_sweep_term: i64,
    pub t_mark: i64,
    pub t_mark_term: i64,
    pub t_end: i64,
    pub heap0: u64,
    pub heap1: u64,
    pub heap2: u64,
    pub goal: u64,
    pub assist_ns: i64,
    pub bg_ns: i64,
    pub idle_ns: i64,
    pub forced: bool,
}

pub struct GcController {
    pub phase: Phase,
    pub pacer: Pacer,
    pub cycle: CycleRec,
    /// Completed cycles (`memstats.numgc`).
    pub num_gc: u32,
    /// Scan work owed by the running goroutine (words; negative: credit).
    pub assist_debt: f64,
    /// Total virtual CPU time spent collecting (for `GCCPUFraction`).
    pub cpu_ns: i64,
    /// `GODEBUG=gctrace=1`.
    pub gctrace: bool,
    /// `GODEBUG=gcstress=1` / `--gc-stress`: a whole cycle at every allocation.
    pub stress: bool,
    /// `GODEBUG=gccheckmark=1` / `--gc-verify`: re-mark at termination.
    pub checkmark: bool,
    /// `GODEBUG=gcstoptheworld=1`: marking runs inside the first pause.
    pub stop_the_world: bool,
    /// Virtual time when the last cycle ended (0: none yet).
    pub last_end: i64,
    /// Goroutines parked in `runtime.GC` until this cycle's mark
    /// terminates (`gcWaitOnMark`).
    pub waiters: Vec<usize>,
}

impl GcController {
    pub fn new(pacer: Pacer) -> GcController {
        GcController {
            phase: Phase::Off,
            pacer,
            cycle: CycleRec::default(),
            num_gc: 0,
            assist_debt: 0.0,
            cpu_ns: 0,
            gctrace: false,
            stress: false,
            checkmark: false,
            stop_the_world: false,
            last_end: 0,
            waiters: Vec::new(),
        }
    }

    /// The gctrace line of the cycle just ended (`gcMarkTermination`).
    pub fn trace_line(&self, procs: usize, stwprocs: usize, elapsed: i64) -> String {
        let c = &self.cycle;
        let util = if elapsed > 0 { (self.cpu_ns as f64 / (elapsed as f64 * procs as f64) * 100.0) as i64 } else { 0 };
        let stw = stwprocs as i64;
        let clock = [c.t_mark - c.t_sweep_term, c.t_mark_term - c.t_mark, c.t_end - c.t_mark_term];
        let cpu = [stw * clock[0], c.assist_ns, c.bg_ns, c.idle_ns, stw * clock[2]];
        let clock: Vec<String> = clock.iter().map(|&ns| fmt_ns_as_ms(ns)).collect();
        let mut cpu_s = String::new();
        for (i, &ns) in cpu.iter().enumerate() {
            if i == 2 || i == 3 {
                cpu_s.push('/');
            } else if i != 0 {
                cpu_s.push('+');
            }
            cpu_s.push_str(&fmt_ns_as_ms(ns));
        }
        format!(
            "gc {} @{}s {}%: {} ms clock, {} ms cpu, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, {} P{}\n",
            self.num_gc,
            itoa_div(c.t_sweep_term.max(0) as u64 / 1_000_000, 3),
            util,
            clock.join("+"),
            cpu_s,
            c.heap0 >> 20,
            c.heap1 >> 20,
            c.heap2 >> 20,
            c.goal >> 20,
            self.pacer.stack_scan >> 20,
            self.pacer.globals_scan >> 20,
            procs,
            if c.forced { " (forced)" } else { "" }
        )
    }
}

/// `itoaDiv`: `v` with a decimal point `dec` digits from the right.
fn itoa_div(v: u64, dec: usize) -> String {
    let s = format!("{:0>width$}", v, width = dec + 1);
    if dec == 0 {
        return s;
    }
    let (int, frac) = s.split_at(s.len() - dec);
    format!("{int}.{frac}")
}

/// `fmtNSAsMS`: whole milliseconds from 10 ms, else two significant
/// digits with at most three decimals, from whole microseconds.
pub fn fmt_ns_as_ms(ns: i64) -> String {
    let ns = ns.max(0) as u64;
    if ns >= 10_000_000 {
        return (ns / 1_000_000).to_string();
    }
    let mut x = ns / 1000;
    if x == 0 {
        return "0".into();
    }
    let mut dec = 3;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    itoa_div(x, dec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_formatting() {
        // The reference's examples: 160 µs, 4 µs, 1.6 ms, 12 ms, < 1 µs.
        assert_eq!(fmt_ns_as_ms(160_000), "0.16");
        assert_eq!(fmt_ns_as_ms(4_000), "0.004");
        assert_eq!(fmt_ns_as_ms(1_600_000), "1.6");
        assert_eq!(fmt_ns_as_ms(12_000_000), "12");
        assert_eq!(fmt_ns_as_ms(999), "0");
        assert_eq!(itoa_div(6, 3), "0.006");
        assert_eq!(itoa_div(120_009, 3), "120.009");
    }
}
