//! The event stream (cf. Go's `runtime/trace`): one typed event per
//! modelled transition, which `gosub trace` writes and every later front
//! end (stepper, viewers) reads.
//!
//! Invariant: a run that does not trace pays one predictable branch per
//! event site (`Machine::trace` is `None`). Events carry nothing from the
//! host: goroutines by Go's number, time on the virtual clock, heap objects
//! by stable names (`o1`, `o2`, … in allocation order) beside their
//! modelled addresses, so two runs give byte-identical traces.
//!
//! Not yet emitted (they arrive with their issues): garbage-collector
//! phases and shading (issue 8); the Chrome Trace Event export.

use std::collections::HashMap;
use std::io::Write;

/// What happened.
#[derive(Clone, Debug)]
pub enum Event {
    /// A statement is about to run.
    Stmt,
    Call {
        func: String,
    },
    Return {
        func: String,
    },
    /// `newproc`: goroutine `g` created, into runnext or the queue tail.
    GoCreate {
        g: u64,
        runnext: bool,
    },
    /// The running goroutine parks.
    GoPark {
        reason: &'static str,
    },
    /// Goroutine `g` made runnable (into the current P's runnext).
    GoReady {
        g: u64,
    },
    /// Goroutine `g` starts running on P `p` (`inherit`: runnext's slice).
    GoStart {
        g: u64,
        p: usize,
        inherit: bool,
    },
    GoPreempt,
    GoSched,
    GoEnd,
    /// The goroutine enters or leaves a blocking system call.
    Syscall {
        enter: bool,
    },
    /// Run queues after a change: the global queue and each P's runnext
    /// and local queue, as goroutine numbers.
    Queues {
        global: Vec<u64>,
        ps: Vec<(Option<u64>, Vec<u64>)>,
    },
    /// A channel operation: `how` is `handoff` (to or from a parked
    /// goroutine), `buffer`, `park` or `closed`.
    ChanSend {
        ch: u64,
        how: &'static str,
    },
    ChanRecv {
        ch: u64,
        how: &'static str,
    },
    ChanClose {
        ch: u64,
        woken: usize,
    },
    /// The buffer after an operation.
    ChanBuf {
        ch: u64,
        qcount: u64,
        cap: u64,
        sendx: u64,
        recvx: u64,
    },
    /// A select: cases polled in this order, the one chosen (None:
    /// default, or parked when `parked`).
    Select {
        order: Vec<usize>,
        chosen: Option<usize>,
        parked: bool,
    },
    TimerSet {
        when: i64,
    },
    TimerFire,
    /// The clock jumped (every goroutine blocked, a timer pending).
    Clock {
        to: i64,
    },
    Alloc {
        addr: u64,
        size: u64,
        class: usize,
        route: &'static str,
        refill: bool,
    },
    /// The collector changed phase (`_GCoff`, `_GCmark`, ...).
    GcPhase {
        phase: &'static str,
        cycle: u32,
    },
    /// An object shaded grey, and what reached it.
    GcGrey {
        obj: u64,
        by: String,
    },
    /// An object scanned (or needing no scan): black.
    GcBlack {
        obj: u64,
    },
    /// The sweeper freed an object.
    GcFree {
        obj: u64,
    },
    /// A span swept: slots freed, pages back to the heap or not.
    GcSweep {
        start: u64,
        freed: u64,
        released: bool,
    },
    DeferPush {
        func: String,
    },
    DeferRun {
        func: String,
    },
    PanicStart {
        value: String,
    },
    Recovered,
    Goexit,
    /// `checkdead`: nothing can run and no timer is pending.
    Deadlock,
    Exit {
        code: i32,
    },
}

/// What a write-barrier shade's `by` says.
pub const BY_BARRIER: &str = "write barrier";

impl Event {
    /// The `--only` category.
    pub fn category(&self) -> &'static str {
        match self {
            Event::Stmt => "stmt",
            Event::Call { .. } | Event::Return { .. } => "call",
            Event::GoCreate { .. }
            | Event::GoPark { .. }
            | Event::GoReady { .. }
            | Event::GoStart { .. }
            | Event::GoPreempt
            | Event::GoSched
            | Event::GoEnd
            | Event::Syscall { .. }
            | Event::Queues { .. }
            | Event::Deadlock
            | Event::Exit { .. } => "sched",
            Event::ChanSend { .. }
            | Event::ChanRecv { .. }
            | Event::ChanClose { .. }
            | Event::ChanBuf { .. }
            | Event::Select { .. } => "chan",
            Event::TimerSet { .. } | Event::TimerFire | Event::Clock { .. } => "time",
            Event::Alloc { .. } => "alloc",
            // Phases, sweeps and the write barrier's shades; each object's
            // colour changes are the finer `mark` category.
            Event::GcGrey { by, .. } if by == BY_BARRIER => "gc",
            Event::GcPhase { .. } | Event::GcSweep { .. } => "gc",
            Event::GcGrey { .. } | Event::GcBlack { .. } | Event::GcFree { .. } => "mark",
            Event::DeferPush { .. } | Event::DeferRun { .. } => "defer",
            Event::PanicStart { .. } | Event::Recovered | Event::Goexit => "panic",
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Event::Stmt => "stmt",
            Event::Call { .. } => "call",
            Event::Return { .. } => "return",
            Event::GoCreate { .. } => "go.create",
            Event::GoPark { .. } => "go.park",
            Event::GoReady { .. } => "go.ready",
            Event::GoStart { .. } => "go.start",
            Event::GoPreempt => "go.preempt",
            Event::GoSched => "go.sched",
            Event::GoEnd => "go.end",
            Event::Syscall { enter: true } => "syscall",
            Event::Syscall { enter: false } => "syscall.exit",
            Event::Queues { .. } => "runq",
            Event::ChanSend { .. } => "chan.send",
            Event::ChanRecv { .. } => "chan.recv",
            Event::ChanClose { .. } => "chan.close",
            Event::ChanBuf { .. } => "chan.buf",
            Event::Select { .. } => "select",
            Event::TimerSet { .. } => "timer.set",
            Event::TimerFire => "timer.fire",
            Event::Clock { .. } => "clock",
            Event::Alloc { .. } => "alloc",
            Event::GcPhase { .. } => "gc.phase",
            Event::GcGrey { .. } => "gc.grey",
            Event::GcBlack { .. } => "gc.black",
            Event::GcFree { .. } => "gc.free",
            Event::GcSweep { .. } => "gc.sweep",
            Event::DeferPush { .. } => "defer.push",
            Event::DeferRun { .. } => "defer.run",
            Event::PanicStart { .. } => "panic",
            Event::Recovered => "recovered",
            Event::Goexit => "goexit",
            Event::Deadlock => "deadlock",
            Event::Exit { .. } => "exit",
        }
    }
}

/// Where an event happened.
pub struct Site<'a> {
    pub time: i64,
    pub goid: u64,
    pub func: &'a str,
    pub file: &'a str,
    pub line: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    /// The stepper's: goroutine, line, kind and detail, indented under
    /// the command that ran the program.
    Brief,
    /// Chrome Trace Event JSON (ui.perfetto.dev opens it): a track per P
    /// with goroutine slices, flow arrows from a goroutine readying another
    /// to where it starts, instants for channel, timer, defer and panic
    /// events, and a heap counter. Statements and calls are left out.
    Chrome,
}

/// Writes the events that pass the filters.
pub struct Tracer {
    out: Box<dyn Write>,
    format: Format,
    only: Option<Vec<String>>,
    goroutine: Option<u64>,
    max_events: Option<u64>,
    step: u64,
    /// Stable names of heap objects, by address, and the next number.
    names: HashMap<u64, u32>,
    next_name: u32,
    pub truncated: bool,
    chrome: Chrome,
}

/// The Chrome export's state: what each P runs, open flows, the heap.
#[derive(Default)]
struct Chrome {
    started: bool,
    cur_p: usize,
    running: HashMap<usize, u64>,
    named_ps: Vec<usize>,
    heap: u64,
}

impl Tracer {
    pub fn new(
        out: Box<dyn Write>,
        format: Format,
        only: Option<Vec<String>>,
        goroutine: Option<u64>,
        max_events: Option<u64>,
    ) -> Tracer {
        Tracer {
            out,
            format,
            only,
            goroutine,
            max_events,
            step: 0,
            names: HashMap::new(),
            next_name: 1,
            truncated: false,
            chrome: Chrome::default(),
        }
    }

    /// The stable name of a heap object (`o7`); a new name for a new
    /// allocation.
    pub fn name(&mut self, addr: u64, fresh: bool) -> String {
        if addr == 0 {
            return "nil".into();
        }
        let id = match self.names.get(&addr) {
            Some(&id) if !fresh => id,
            _ => {
                let n = self.next_name;
                self.next_name += 1;
                self.names.insert(addr, n);
                n
            }
        };
        format!("o{id}")
    }

    pub fn set_only(&mut self, only: Option<Vec<String>>) {
        self.only = only;
    }

    /// The name an object already has, without naming a new one.
    pub fn known_name(&self, addr: u64) -> Option<String> {
        self.names.get(&addr).map(|id| format!("o{id}"))
    }

    /// Passes the `--only` filter, whose entries are categories or kinds.
    pub fn wants(&self, e: &Event) -> bool {
        !self.truncated && self.only.as_ref().is_none_or(|o| o.iter().any(|c| c == e.category() || c == e.kind()))
    }

    pub fn emit(&mut self, e: &Event, at: &Site) {
        if !self.wants(e) || self.goroutine.is_some_and(|g| g != at.goid) {
            return;
        }
        self.step += 1;
        if self.max_events.is_some_and(|m| self.step > m) {
            self.truncated = true;
            let _ = match self.format {
                Format::Chrome => Ok(()),
                Format::Text | Format::Brief => {
                    writeln!(self.out, "... trace truncated after {} events", self.step - 1)
                }
                Format::Jsonl => {
                    writeln!(self.out, "{}", serde_json::json!({"v": 1, "truncated": true, "events": self.step - 1}))
                }
            };
            return;
        }
        let detail = self.detail(e);
        if self.format == Format::Chrome {
            self.chrome(e, at, detail);
            return;
        }
        let t = format!("{}.{:06}ms", at.time / 1_000_000, at.time % 1_000_000);
        let _ = match self.format {
            Format::Text => writeln!(
                self.out,
                "{:>6} {:>14} G{:<3} {:<28} {:<18} {:<11} {}",
                self.step,
                t,
                at.goid,
                at.func,
                if at.line == 0 { at.file.to_string() } else { format!("{}:{}", at.file, at.line) },
                e.kind(),
                detail
            )
            .map(|_| ()),
            Format::Brief => {
                let g = if at.goid == 0 { "g0".to_string() } else { format!("G{}", at.goid) };
                let line = format!("   {g:<4} {:<11} {detail}", e.kind());
                writeln!(self.out, "{}", line.trim_end())
            }
            Format::Jsonl | Format::Chrome => writeln!(
                self.out,
                "{}",
                serde_json::json!({
                    "v": 1, "step": self.step, "time_ns": at.time, "g": at.goid, "func": at.func,
                    "file": at.file, "line": at.line, "kind": e.kind(), "detail": detail,
                })
            ),
        };
    }

    fn detail(&mut self, e: &Event) -> String {
        let gs = |v: &[u64]| v.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(" ");
        match e {
            Event::Stmt | Event::GoPreempt | Event::GoSched | Event::GoEnd | Event::TimerFire => String::new(),
            Event::Syscall { enter: true } => "read of standard input (entersyscall)".into(),
            Event::Syscall { enter: false } => "exitsyscall: keeps its P".into(),
            Event::Recovered | Event::Goexit => String::new(),
            Event::Deadlock => "all goroutines are asleep (checkdead)".into(),
            Event::Call { func } | Event::Return { func } | Event::DeferPush { func } | Event::DeferRun { func } => {
                func.clone()
            }
            Event::GoCreate { g, runnext } => {
                format!("G{g} -> {}", if *runnext { "runnext" } else { "runq" })
            }
            Event::GoPark { reason } => format!("[{reason}]"),
            Event::GoReady { g } => format!("G{g} -> runnext"),
            Event::GoStart { g, p, inherit } => {
                format!("G{g} on P{p}{}", if *inherit { " (inherits time slice)" } else { "" })
            }
            Event::Queues { global, ps } => {
                let mut s = format!("global=[{}]", gs(global));
                for (i, (next, q)) in ps.iter().enumerate() {
                    let n = next.map_or("-".to_string(), |g| format!("G{g}"));
                    s.push_str(&format!(" P{i}: next={n} runq=[{}]", gs(q)));
                }
                s
            }
            Event::ChanSend { ch, how } | Event::ChanRecv { ch, how } => format!("{} {how}", self.name(*ch, false)),
            Event::ChanClose { ch, woken } => format!("{} woke {woken}", self.name(*ch, false)),
            Event::ChanBuf { ch, qcount, cap, sendx, recvx } => {
                format!("{} qcount={qcount}/{cap} sendx={sendx} recvx={recvx}", self.name(*ch, false))
            }
            Event::Select { order, chosen, parked } => {
                let o = order.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(",");
                let c = match (chosen, parked) {
                    (Some(i), _) => format!("case {i}"),
                    (None, true) => "parked on every case".into(),
                    (None, false) => "default".into(),
                };
                format!("poll order [{o}] -> {c}")
            }
            Event::TimerSet { when } => format!("fires at {}.{:06}ms", when / 1_000_000, when % 1_000_000),
            Event::Clock { to } => format!("-> {}.{:06}ms", to / 1_000_000, to % 1_000_000),
            Event::Alloc { addr, size, class, route, refill } => {
                let name = self.name(*addr, true);
                let r = if *refill { " (mcache refill)" } else { "" };
                format!("{name} {addr:#x} {size} B class {class} {route}{r}")
            }
            Event::GcPhase { phase, cycle } => format!("{phase} (cycle {cycle})"),
            Event::GcGrey { obj, by } => format!("{} {obj:#x} by {by}", self.name(*obj, false)),
            Event::GcBlack { obj } => format!("{} {obj:#x}", self.name(*obj, false)),
            Event::GcFree { obj } => {
                let n = self.name(*obj, false);
                self.names.remove(obj);
                format!("{n} {obj:#x}")
            }
            Event::GcSweep { start, freed, released } => {
                let r = if *released { ", pages back to the heap" } else { "" };
                format!("span {start:#x}: {freed} freed{r}")
            }
            Event::PanicStart { value } => value.clone(),
            Event::Exit { code } => format!("status {code}"),
        }
    }

    pub fn flush(&mut self) {
        if self.format == Format::Chrome {
            let _ = writeln!(self.out, "{}]", if self.chrome.started { "" } else { "[" });
        }
        let _ = self.out.flush();
    }

    /// One event in Chrome's form (times in microseconds).
    fn chrome(&mut self, e: &Event, at: &Site, detail: String) {
        use serde_json::json;
        let ts = at.time as f64 / 1000.0;
        let mut objs = Vec::new();
        let tid = |p: usize| p + 1;
        match e {
            Event::Stmt | Event::Call { .. } | Event::Return { .. } | Event::Queues { .. } => return,
            Event::GoStart { g, p, .. } => {
                if !self.chrome.named_ps.contains(p) {
                    self.chrome.named_ps.push(*p);
                    objs.push(json!({"name": "thread_name", "ph": "M", "pid": 1, "tid": tid(*p),
                        "args": {"name": format!("P{p}")}}));
                }
                self.chrome.cur_p = *p;
                self.chrome.running.insert(*p, *g);
                objs.push(json!({"name": "flow", "cat": "ready", "ph": "f", "bp": "e", "id": g, "ts": ts,
                    "pid": 1, "tid": tid(*p)}));
                objs.push(json!({"name": format!("G{g}"), "cat": "goroutine", "ph": "B", "ts": ts, "pid": 1,
                    "tid": tid(*p)}));
            }
            Event::GoPark { .. } | Event::GoEnd | Event::GoPreempt | Event::GoSched | Event::Exit { .. } => {
                let p = self.chrome.cur_p;
                if let Some(g) = self.chrome.running.remove(&p) {
                    objs.push(json!({"name": format!("G{g}"), "cat": "goroutine", "ph": "E", "ts": ts, "pid": 1,
                        "tid": tid(p), "args": {"why": e.kind(), "detail": detail}}));
                }
            }
            Event::GoReady { g } | Event::GoCreate { g, .. } => {
                objs.push(json!({"name": e.kind(), "ph": "i", "s": "t", "ts": ts, "pid": 1,
                    "tid": tid(self.chrome.cur_p), "args": {"detail": detail}}));
                objs.push(json!({"name": "flow", "cat": "ready", "ph": "s", "id": g, "ts": ts, "pid": 1,
                    "tid": tid(self.chrome.cur_p)}));
            }
            Event::Alloc { size, .. } => {
                self.chrome.heap += size;
                objs.push(json!({"name": "heap", "ph": "C", "ts": ts, "pid": 1, "args": {"bytes": self.chrome.heap}}));
            }
            _ => objs.push(json!({"name": e.kind(), "cat": e.category(), "ph": "i", "s": "t", "ts": ts, "pid": 1,
                "tid": tid(self.chrome.cur_p), "args": {"g": at.goid, "detail": detail,
                "at": format!("{}:{}", at.file, at.line)}})),
        }
        for o in objs {
            let sep = if self.chrome.started { "," } else { "[" };
            self.chrome.started = true;
            let _ = writeln!(self.out, "{sep}{o}");
        }
    }
}
