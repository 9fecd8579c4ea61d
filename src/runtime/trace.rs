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
//! Heap spans are named the same way (`s1`, `s2`, …, a new name at each
//! `mheap.alloc`); the stack allocator's spans go by their address.
//!
//! Allocations carry their reason (`ir::Why`, an index into the program's
//! table, which the tracer holds): escape analysis's verdict in gc's words,
//! the runtime's own purpose, or the library package making them.
//!
//! Ms appear only where a P changes M: a blocking system call's handoff.

use super::mgcmark::By;
use super::proc::SyscallExit;
use super::sizeclasses::{self, SpanClass};
use super::stack::StackSpan;
use crate::ir::Why;
use std::collections::HashMap;
use std::io::Write;

/// What happened.
#[derive(Clone, Debug)]
pub enum Event {
    /// A statement is about to run.
    Stmt,
    /// A call of function `func` (an `ir::FuncId`: the tracer has the
    /// names), and its return.
    Call {
        func: u32,
    },
    Return {
        func: u32,
    },
    /// `newproc`: goroutine `g` created, into runnext or the queue tail.
    GoCreate {
        g: u64,
        runnext: bool,
    },
    /// The running goroutine parks (`gopark`): why, and what it waits on.
    GoPark {
        reason: &'static str,
        on: WaitsOn,
    },
    /// Goroutine `g` made runnable (into the current P's runnext).
    GoReady {
        g: u64,
    },
    /// `runqsteal`: P `thief` took goroutines `gs` from P `victim`'s
    /// local queue (half of it), or its runnext when the queue was empty.
    GoSteal {
        thief: usize,
        victim: usize,
        gs: Vec<u64>,
        runnext: bool,
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
    /// The goroutine enters a system call (`entersyscall`).
    Syscall,
    /// The call blocks: sysmon retakes P from M `from` (blocked in the
    /// kernel) and `handoffp` wires it to M `to`, or leaves it idle.
    SyscallHandoff {
        p: usize,
        from: u64,
        to: Option<u64>,
    },
    /// `exitsyscall`: the call returned; how the goroutine got a P.
    SyscallExit {
        how: SyscallExit,
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
    /// The buffer after an operation, and its ring's slots (`cap` of
    /// them, up to `RING_SHOWN`; empty when the element type is unknown).
    ChanBuf {
        ch: u64,
        qcount: u64,
        cap: u64,
        sendx: u64,
        recvx: u64,
        ring: Vec<Slot>,
    },
    /// `waitq.enqueue`: goroutine `g`'s sudog joins channel `ch`'s
    /// `recvq` or `sendq` (for a select, `case`'s); `queued`: the
    /// goroutines of the queue afterwards, first to last.
    SudogEnq {
        ch: u64,
        queue: &'static str,
        g: u64,
        case: Option<usize>,
        queued: Vec<u64>,
    },
    /// `waitq.dequeue` or a select's unlinking: goroutine `g`'s sudog
    /// leaves the queue; `why` says how (`by send`, `by receive`, `by
    /// close`, a select already done, unlinked on wake); `claims`: the
    /// dequeue won the sudog's select.
    SudogDeq {
        ch: u64,
        queue: &'static str,
        g: u64,
        case: Option<usize>,
        why: &'static str,
        claims: bool,
        queued: Vec<u64>,
    },
    /// A parked select woken: case `case` on channel `ch` fired, by
    /// goroutine `by` (`closed`: by closing the channel).
    SelectWake {
        case: usize,
        ch: u64,
        send: bool,
        by: u64,
        closed: bool,
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
    /// `runtimer`: a timer set for `when` fires and does `what`.
    TimerFire {
        when: i64,
        what: Fires,
    },
    /// The clock jumped (every goroutine blocked, a timer pending).
    Clock {
        to: i64,
    },
    /// `mallocgc`: `span` is the start of the object's span (None for
    /// zerobase); `refill`: the mcache took a new span for it first; `why`:
    /// the reason.
    Alloc {
        addr: u64,
        size: u64,
        class: usize,
        route: &'static str,
        span: Option<u64>,
        refill: bool,
        why: Why,
    },
    /// An allocation escape analysis kept in the frame: the frame slot's
    /// address, its size, the verdict.
    FrameAlloc {
        addr: u64,
        size: u64,
        why: Why,
    },
    /// Goroutine `g`'s stack, or a segment growth added (`stackalloc`),
    /// at `lo`, from `span`; `why`: `newproc`, `morestack`.
    StackAlloc {
        g: u64,
        lo: u64,
        size: u64,
        span: StackSpan,
        why: &'static str,
    },
    /// A stack or segment given back (`stackfree`).
    StackFree {
        g: u64,
        lo: u64,
        size: u64,
        span: StackSpan,
        why: &'static str,
    },
    /// `mcache.refill`: the cached span of `spc` (at `old`) has no free
    /// slot, or none is cached yet.
    SpanRefill {
        /// The P whose mcache it is.
        p: u32,
        spc: SpanClass,
        old: Option<u64>,
    },
    /// `mcentral.uncacheSpan`: span `span` back from the mcache, to the
    /// full or partial set, or swept first when stale.
    SpanUncache {
        span: u64,
        spc: SpanClass,
        to: &'static str,
    },
    /// `mcentral.cacheSpan`: span `span` (with `free` slots) to the
    /// mcache, found in the partial set, swept, or grown from the heap.
    SpanCache {
        /// The P whose mcache takes the span.
        p: u32,
        span: u64,
        spc: SpanClass,
        from: &'static str,
        free: u64,
    },
    /// `mheap.alloc` (from `mcentral.grow` or a large object): a span of
    /// `npages`; `grown`: bytes the heap grew by for it.
    SpanAlloc {
        span: u64,
        npages: u64,
        spc: SpanClass,
        grown: u64,
    },
    /// `mheap.freeSpan`: a swept span with nothing left goes back.
    SpanFree {
        span: u64,
        npages: u64,
    },
    /// The collector changed phase (`_GCoff`, `_GCmark`, ...).
    GcPhase {
        phase: &'static str,
        cycle: u32,
    },
    /// An object shaded grey, and what reached it (an object reaching
    /// it is named only when the event is written).
    GcGrey {
        obj: u64,
        by: By,
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
    /// A frame discarded without returning: by `recovery` (a deferred call
    /// of a frame below it recovered), or by `goexit0` (`goexit`: after
    /// Goexit ran the deferred calls). A panic nobody recovers unwinds
    /// nothing: the program ends with its frames in place.
    Unwind {
        func: u32,
        goexit: bool,
    },
    /// `checkdead`: nothing can run and no timer is pending.
    Deadlock,
    /// One operation of an expression, with its operands and result (the
    /// stepper's `--granularity=expr`).
    Eval {
        text: String,
    },
    Exit {
        code: i32,
    },
}

impl Event {
    /// The `--only` category.
    pub fn category(&self) -> &'static str {
        match self {
            Event::Stmt | Event::Eval { .. } => "stmt",
            Event::Call { .. } | Event::Return { .. } => "call",
            Event::GoCreate { .. }
            | Event::GoPark { .. }
            | Event::GoReady { .. }
            | Event::GoStart { .. }
            | Event::GoSteal { .. }
            | Event::GoPreempt
            | Event::GoSched
            | Event::GoEnd
            | Event::Syscall
            | Event::SyscallHandoff { .. }
            | Event::SyscallExit { .. }
            | Event::Queues { .. }
            | Event::Deadlock
            | Event::Exit { .. } => "sched",
            Event::ChanSend { .. }
            | Event::ChanRecv { .. }
            | Event::ChanClose { .. }
            | Event::ChanBuf { .. }
            | Event::SudogEnq { .. }
            | Event::SudogDeq { .. }
            | Event::Select { .. }
            | Event::SelectWake { .. } => "chan",
            Event::TimerSet { .. } | Event::TimerFire { .. } | Event::Clock { .. } => "time",
            Event::Alloc { .. }
            | Event::FrameAlloc { .. }
            | Event::StackAlloc { .. }
            | Event::StackFree { .. }
            | Event::SpanRefill { .. }
            | Event::SpanUncache { .. }
            | Event::SpanCache { .. }
            | Event::SpanAlloc { .. }
            | Event::SpanFree { .. } => "alloc",
            // Phases, sweeps and the write barrier's shades; each object's
            // colour changes are the finer `mark` category.
            Event::GcGrey { by: By::Barrier, .. } => "gc",
            Event::GcPhase { .. } | Event::GcSweep { .. } => "gc",
            Event::GcGrey { .. } | Event::GcBlack { .. } | Event::GcFree { .. } => "mark",
            Event::DeferPush { .. } | Event::DeferRun { .. } => "defer",
            Event::PanicStart { .. } | Event::Recovered | Event::Goexit | Event::Unwind { .. } => "panic",
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
            Event::GoSteal { .. } => "go.steal",
            Event::GoPreempt => "go.preempt",
            Event::GoSched => "go.sched",
            Event::GoEnd => "go.end",
            Event::Syscall => "syscall",
            Event::SyscallHandoff { .. } => "syscall.handoff",
            Event::SyscallExit { .. } => "syscall.exit",
            Event::Queues { .. } => "runq",
            Event::ChanSend { .. } => "chan.send",
            Event::ChanRecv { .. } => "chan.recv",
            Event::ChanClose { .. } => "chan.close",
            Event::ChanBuf { .. } => "chan.buf",
            Event::SudogEnq { .. } => "sudog.enq",
            Event::SudogDeq { .. } => "sudog.deq",
            Event::Select { .. } => "select",
            Event::SelectWake { .. } => "select.wake",
            Event::TimerSet { .. } => "timer.set",
            Event::TimerFire { .. } => "timer.fire",
            Event::Clock { .. } => "clock",
            Event::Alloc { .. } => "alloc",
            Event::FrameAlloc { .. } => "alloc.stack",
            Event::StackAlloc { .. } => "stack.alloc",
            Event::StackFree { .. } => "stack.free",
            Event::SpanRefill { .. } => "span.refill",
            Event::SpanUncache { .. } => "span.uncache",
            Event::SpanCache { .. } => "span.cache",
            Event::SpanAlloc { .. } => "span.alloc",
            Event::SpanFree { .. } => "span.free",
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
            Event::Unwind { .. } => "unwind",
            Event::Deadlock => "deadlock",
            Event::Eval { .. } => "eval",
            Event::Exit { .. } => "exit",
        }
    }
}

/// What a parked goroutine waits on.
#[derive(Clone, Debug)]
pub enum WaitsOn {
    /// Nothing named (a nil channel, a collection cycle).
    Nothing,
    /// A channel (heap object) or, for a select, each of its channels.
    Chans(Vec<u64>),
    /// A semaphore or notify list word (`sync`), and the start of the
    /// heap object holding it (None: in a frame or a global).
    Sema { addr: u64, obj: Option<u64> },
    /// A sleep's timer, set for this virtual time.
    Until(i64),
}

/// Slots of a channel's ring the `chan.buf` event shows (the rest are
/// counted).
pub const RING_SHOWN: u64 = 16;

/// One slot of a channel's ring as `chan.buf` shows it.
#[derive(Clone, Debug)]
pub enum Slot {
    /// Between recvx and sendx: no element.
    Empty,
    /// An element shown as text (a number, a quoted string, `{…}`).
    Text(String),
    /// A pointer to the start of a heap object: its stable name.
    Object(u64),
}

/// What a firing timer does.
#[derive(Clone, Copy, Debug)]
pub enum Fires {
    /// Readies a sleeping goroutine (Go's number).
    Wakes(u64),
    /// Runs a function (`ir::FuncId`: `time.sendTime`, `time.goFunc`).
    Calls(u32),
}

/// `1.000000ms`: virtual nanoseconds as the traces print them.
fn ms(t: i64) -> String {
    format!("{}.{:06}ms", t / 1_000_000, t % 1_000_000)
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

/// A name from a table of stable names: the address's, or the next number
/// when there is none or `fresh` asks for a new one.
fn stable(names: &mut HashMap<u64, u32>, next: &mut u32, addr: u64, fresh: bool) -> u32 {
    match names.get(&addr) {
        Some(&id) if !fresh => id,
        _ => {
            let n = *next;
            *next += 1;
            names.insert(addr, n);
            n
        }
    }
}

/// A span class as the allocator sees it: `class 5 (48 B)`, `class 2
/// noscan (16 B)`, `class 0 (large)`.
fn class(spc: SpanClass) -> String {
    let c = spc.sizeclass();
    let noscan = if spc.noscan() { " noscan" } else { "" };
    if c == 0 {
        format!("class 0{noscan} (large)")
    } else {
        format!("class {c}{noscan} ({} B)", sizeclasses::class_size(c))
    }
}

/// Columns a string takes in a `{:<w}` field (chars, as `fmt` counts).
fn width(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

fn pad(b: &mut Vec<u8>, n: usize) {
    const SPACES: [u8; 32] = [b' '; 32];
    if n <= SPACES.len() {
        b.extend_from_slice(&SPACES[..n]);
    } else {
        b.resize(b.len() + n, b' ');
    }
}

/// `s` (`w` columns wide) in a field of `field` columns, right-aligned
/// (`{:>field}`) or left-aligned (`{:<field}`).
fn push_padded(b: &mut Vec<u8>, s: &[u8], w: usize, field: usize, right: bool) {
    let fill = field.saturating_sub(w);
    if right {
        pad(b, fill);
    }
    b.extend_from_slice(s);
    if !right {
        pad(b, fill);
    }
}

/// `n` in decimal at the start of `buf`; its length.
fn num_text(buf: &mut [u8; 20], mut n: u64) -> usize {
    let len = if n == 0 { 1 } else { n.ilog10() as usize + 1 };
    for i in (0..len).rev() {
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    len
}

/// Adds one to the decimal number `digits[..len]` in place; false when
/// it would need a 21st digit.
fn count_up(digits: &mut [u8; 20], len: &mut usize) -> bool {
    for i in (0..*len).rev() {
        if digits[i] < b'9' {
            digits[i] += 1;
            return true;
        }
        digits[i] = b'0';
    }
    // All nines: one more digit.
    if *len == 20 || *len == 0 {
        return false;
    }
    digits[0] = b'1';
    digits[*len] = b'0';
    *len += 1;
    true
}

/// Virtual time as the text format prints it (`12.000345ms`); its length.
fn time_text(buf: &mut [u8; 32], t: i64) -> usize {
    if t < 0 {
        let s = format!("{}.{:06}ms", t / 1_000_000, t % 1_000_000);
        let n = s.len().min(32);
        buf[..n].copy_from_slice(&s.as_bytes()[..n]);
        return n;
    }
    let (int, _) = buf.split_at_mut(20);
    let n = num_text(int.try_into().expect("20 bytes"), t as u64 / 1_000_000);
    buf[n] = b'.';
    let mut frac = t as u64 % 1_000_000;
    for i in (1..=6).rev() {
        buf[n + i] = b'0' + (frac % 10) as u8;
        frac /= 10;
    }
    buf[n + 7..n + 9].copy_from_slice(b"ms");
    n + 9
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
    /// Stable names of heap spans, by start address, and the next number.
    span_names: HashMap<u64, u32>,
    next_span: u32,
    pub truncated: bool,
    chrome: Chrome,
    /// The program's allocation reasons (`ir::Program::whys`), and those
    /// made while tracing for library functions (by function).
    whys: Vec<String>,
    pkg_whys: HashMap<u32, Why>,
    /// Function names by `ir::FuncId`, for calls and returns.
    funcs: Vec<String>,
    /// The text line being written, and digits being formatted (reused:
    /// zeroing a fresh buffer per event costs a `memset` call).
    line: Vec<u8>,
    digits: [u8; 20],
    /// The step number in decimal (counted up in place) and the step it
    /// is; the last time written and its text.
    step_text: ([u8; 20], usize, u64),
    time: [u8; 32],
    time_text: (i64, usize),
    /// Recent sites in the text format (`G1   main.f   x.go:7   `), by
    /// goroutine and line (direct-mapped).
    sites: Vec<SiteText>,
}

/// A site's columns as the text format writes them. `at` is where the
/// site's function and file names were (a tracer serves one run, whose
/// names stay put): the same addresses are the same names, without
/// comparing them.
#[derive(Default)]
struct SiteText {
    goid: u64,
    line: u32,
    at: (usize, usize, usize, usize),
    func: String,
    file: String,
    text: Vec<u8>,
}

/// Entries of the text format's site cache.
const SITE_CACHE: usize = 64;

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
            span_names: HashMap::new(),
            next_span: 1,
            truncated: false,
            chrome: Chrome::default(),
            whys: crate::ir::why::RUNTIME.iter().map(|w| w.to_string()).collect(),
            pkg_whys: HashMap::new(),
            funcs: Vec::new(),
            line: Vec::with_capacity(256),
            digits: [0; 20],
            step_text: ([0; 20], 0, 0),
            time: [0; 32],
            time_text: (-1, 0),
            sites: Vec::new(),
        }
    }

    /// The program's function names (`ir::FuncId` order).
    pub fn set_funcs(&mut self, names: Vec<String>) {
        self.funcs = names;
    }

    /// A function's name by `ir::FuncId`.
    pub fn func(&self, id: u32) -> &str {
        self.funcs.get(id as usize).map_or("", |s| s.as_str())
    }

    /// The program's table of allocation reasons.
    pub fn set_whys(&mut self, whys: Vec<String>) {
        self.whys = whys;
    }

    /// The words of an allocation reason ("" for none).
    pub fn why(&self, w: Why) -> &str {
        self.whys.get(w as usize).map_or("", |s| s.as_str())
    }

    /// The reason of allocations function `func` of package `pkg` makes
    /// for itself (`in package fmt`).
    pub fn pkg_why(&mut self, func: u32, pkg: &str) -> Why {
        if let Some(&w) = self.pkg_whys.get(&func) {
            return w;
        }
        let w = self.whys.len() as Why;
        self.whys.push(format!("in package {pkg}"));
        self.pkg_whys.insert(func, w);
        w
    }

    /// The stable name of a heap object (`o7`); a new name for a new
    /// allocation.
    pub fn name(&mut self, addr: u64, fresh: bool) -> String {
        if addr == 0 {
            return "nil".into();
        }
        format!("o{}", stable(&mut self.names, &mut self.next_name, addr, fresh))
    }

    /// The stable name of a heap span (`s3`) by its start address; a new
    /// name for a new span.
    pub fn span_name(&mut self, start: u64, fresh: bool) -> String {
        format!("s{}", stable(&mut self.span_names, &mut self.next_span, start, fresh))
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
        if self.format == Format::Text {
            return self.text(e, at);
        }
        let detail = self.detail(e);
        if self.format == Format::Chrome {
            self.chrome(e, at, detail);
            return;
        }
        let _ = match self.format {
            Format::Text => unreachable!("written by `text`"),
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

    /// An event in the text format, `{:>6} {:>14} G{:<3} {:<28} {:<18}
    /// {:<11} {}` (step, time, goroutine, function, file:line, kind,
    /// detail), built by hand into a reused buffer: a traced run writes
    /// one per statement, call and return.
    fn text(&mut self, e: &Event, at: &Site) {
        let mut b = std::mem::take(&mut self.line);
        b.clear();
        let (digits, len, of) = &mut self.step_text;
        if !(*of + 1 == self.step && count_up(digits, len)) {
            *len = num_text(digits, self.step);
        }
        *of = self.step;
        push_padded(&mut b, &digits[..*len], *len, 6, true);
        b.push(b' ');
        if self.time_text.0 != at.time {
            self.time_text = (at.time, time_text(&mut self.time, at.time));
        }
        let n = self.time_text.1;
        push_padded(&mut b, &self.time[..n], n, 14, true);
        b.push(b' ');
        self.site_text(at, &mut b);
        let kind = e.kind();
        push_padded(&mut b, kind.as_bytes(), kind.len(), 11, false);
        b.push(b' ');
        match e {
            Event::Stmt => {}
            Event::Call { func } | Event::Return { func } => b.extend_from_slice(self.func(*func).as_bytes()),
            _ => {
                let d = self.detail(e);
                b.extend_from_slice(d.as_bytes());
            }
        }
        b.push(b'\n');
        let _ = self.out.write_all(&b);
        self.line = b;
    }

    /// `G{:<3} {:<28} {:<18} ` of a site (goroutine, function,
    /// file:line), from the cache.
    fn site_text(&mut self, at: &Site, b: &mut Vec<u8>) {
        if self.sites.is_empty() {
            self.sites.resize_with(SITE_CACHE, SiteText::default);
        }
        let slot = &mut self.sites[(at.line as usize ^ (at.goid as usize).wrapping_mul(31)) % SITE_CACHE];
        let addrs = (at.func.as_ptr() as usize, at.func.len(), at.file.as_ptr() as usize, at.file.len());
        let hit = slot.goid == at.goid
            && slot.line == at.line
            && !slot.text.is_empty()
            && (slot.at == addrs || (slot.func == at.func && slot.file == at.file));
        if !hit {
            let s = &mut slot.text;
            s.clear();
            s.push(b'G');
            let g = &mut self.digits;
            let n = num_text(g, at.goid);
            push_padded(s, &g[..n], n, 3, false);
            s.push(b' ');
            push_padded(s, at.func.as_bytes(), width(at.func), 28, false);
            s.push(b' ');
            let mut w = width(at.file);
            s.extend_from_slice(at.file.as_bytes());
            if at.line != 0 {
                s.push(b':');
                let n = num_text(g, at.line as u64);
                s.extend_from_slice(&g[..n]);
                w += 1 + n;
            }
            pad(s, 18usize.saturating_sub(w));
            s.push(b' ');
            slot.goid = at.goid;
            slot.line = at.line;
            slot.at = addrs;
            slot.func.clear();
            slot.func.push_str(at.func);
            slot.file.clear();
            slot.file.push_str(at.file);
        }
        b.extend_from_slice(&slot.text);
    }

    fn detail(&mut self, e: &Event) -> String {
        let gs = |v: &[u64]| v.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(" ");
        let case = |c: &Option<usize>| c.map_or(String::new(), |i| format!(" (select case {i})"));
        match e {
            Event::Stmt | Event::GoPreempt | Event::GoSched | Event::GoEnd => String::new(),
            Event::Syscall => "read of standard input (entersyscall)".into(),
            Event::SyscallHandoff { p, from, to: Some(m) } => {
                format!("sysmon retakes P{p} from M{from} (blocked in read); handoffp: P{p} -> M{m}")
            }
            Event::SyscallHandoff { p, from, to: None } => {
                format!("sysmon retakes P{p} from M{from} (blocked in read); handoffp: no work, P{p} idle")
            }
            Event::SyscallExit { how } => match how {
                SyscallExit::KeptP => "exitsyscall: keeps its P".into(),
                SyscallExit::Reacquired(p) => format!("exitsyscall: reacquires its idle P{p}"),
                SyscallExit::IdleP(p) => format!("exitsyscall: takes idle P{p}"),
                SyscallExit::Global => "exitsyscall: no idle P: to the global run queue, its M parks".into(),
            },
            Event::Recovered | Event::Goexit => String::new(),
            Event::Deadlock => "checkdead: nothing can run and no timer is pending".into(),
            Event::Eval { text } => text.clone(),
            Event::Call { func } | Event::Return { func } => self.func(*func).to_string(),
            Event::DeferPush { func } | Event::DeferRun { func } => func.clone(),
            Event::GoCreate { g, runnext } => {
                format!("G{g} -> {}", if *runnext { "runnext" } else { "runq" })
            }
            Event::GoPark { reason, on } => {
                let on = match on {
                    WaitsOn::Nothing => String::new(),
                    WaitsOn::Chans(cs) => {
                        let names = cs.iter().map(|c| self.name(*c, false)).collect::<Vec<_>>();
                        format!(" on {}", names.join(" "))
                    }
                    WaitsOn::Sema { addr, obj: Some(o) } => {
                        format!(" on sema {addr:#x} ({}+{})", self.name(*o, false), addr - o)
                    }
                    WaitsOn::Sema { addr, obj: None } => format!(" on sema {addr:#x}"),
                    WaitsOn::Until(t) => format!(" until {}", ms(*t)),
                };
                format!("[{reason}]{on}")
            }
            Event::TimerFire { when, what } => match what {
                Fires::Wakes(g) => format!("set for {}: readies G{g}", ms(*when)),
                Fires::Calls(f) => format!("set for {}: calls {}", ms(*when), self.func(*f)),
            },
            Event::Unwind { func, goexit } => {
                format!("{} ({})", self.func(*func), if *goexit { "goexit0" } else { "recovery" })
            }
            Event::GoReady { g } => format!("G{g} -> runnext"),
            Event::GoStart { g, p, inherit } => {
                format!("G{g} on P{p}{}", if *inherit { " (inherits time slice)" } else { "" })
            }
            Event::GoSteal { thief, victim, gs: taken, runnext } => {
                format!("P{thief} stole [{}] from P{victim} {}", gs(taken), if *runnext { "runnext" } else { "runq" })
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
            Event::ChanBuf { ch, qcount, cap, sendx, recvx, ring } => {
                let mut s = format!("{} qcount={qcount}/{cap} sendx={sendx} recvx={recvx}", self.name(*ch, false));
                if !ring.is_empty() {
                    let slots: Vec<String> = ring
                        .iter()
                        .map(|x| match x {
                            Slot::Empty => "_".to_string(),
                            Slot::Text(t) => t.clone(),
                            Slot::Object(a) => self.name(*a, false),
                        })
                        .collect();
                    let more = cap.saturating_sub(ring.len() as u64);
                    let more = if more > 0 { format!(" …{more} more") } else { String::new() };
                    s.push_str(&format!(" buf=[{}{more}]", slots.join(" ")));
                }
                s
            }
            Event::SudogEnq { ch, queue, g, case: c, queued } => {
                format!("{} {queue} += G{g}{} -> [{}]", self.name(*ch, false), case(c), gs(queued))
            }
            Event::SudogDeq { ch, queue, g, case: c, why, claims, queued } => {
                let claims = if *claims { ", claims the select" } else { "" };
                format!("{} {queue} -= G{g}{} {why}{claims} -> [{}]", self.name(*ch, false), case(c), gs(queued))
            }
            Event::SelectWake { case: c, ch, send, by, closed } => {
                let op = if *send { "send" } else { "recv" };
                let closed = if *closed { ", channel closed" } else { "" };
                format!("case {c} ({} {op}) fired by G{by}{closed}", self.name(*ch, false))
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
            Event::TimerSet { when } => format!("fires at {}", ms(*when)),
            Event::Clock { to } => format!("-> {}", ms(*to)),
            Event::Alloc { addr, size, class, route, span, refill, why } => {
                let name = self.name(*addr, true);
                let s = span.map_or(String::new(), |s| format!(" in {}", self.span_name(s, false)));
                let r = if *refill { " (mcache refill)" } else { "" };
                let w = self.why(*why);
                let sep = if w.is_empty() { "" } else { ": " };
                format!("{name} {addr:#x} {size} B class {class} {route}{s}{r}{sep}{w}")
            }
            Event::FrameAlloc { addr, size, why } => format!("{addr:#x} {size} B in the frame: {}", self.why(*why)),
            Event::StackAlloc { g, lo, size, span, why } => {
                let (start, n) = (span.start, span.npages);
                let pages = if n == 1 { "page" } else { "pages" };
                let from = match (span.order, span.heap) {
                    (Some(_), false) => format!("from stackpool in span {start:#x}"),
                    (Some(_), true) => format!("from stackpool in span {start:#x}, new: {n} {pages} from the heap"),
                    (None, _) => format!("in its own span {start:#x}, {n} {pages} from the heap"),
                };
                format!("G{g} {lo:#x} {size} B {from} ({why})")
            }
            Event::StackFree { g, lo, size, span, why } => {
                let (start, n) = (span.start, span.npages);
                let pages = if n == 1 { "page" } else { "pages" };
                match span.order {
                    Some(_) => format!("G{g} {lo:#x} {size} B back to stackpool in span {start:#x} ({why})"),
                    None => format!("G{g} {lo:#x} {size} B: its span {start:#x}, {n} {pages} back to the heap ({why})"),
                }
            }
            Event::SpanRefill { p, spc, old } => match old {
                Some(s) => {
                    format!("P{p} mcache {}: {} {s:#x} has no free slot", class(*spc), self.span_name(*s, false))
                }
                None => format!("P{p} mcache {}: no span cached yet", class(*spc)),
            },
            Event::SpanUncache { span, spc, to } => {
                format!("{} {span:#x} -> mcentral {} {to}", self.span_name(*span, false), class(*spc))
            }
            Event::SpanCache { p, span, spc, from, free } => {
                format!(
                    "{} {span:#x} -> P{p} mcache {}: {from}, {free} free",
                    self.span_name(*span, false),
                    class(*spc)
                )
            }
            Event::SpanAlloc { span, npages, spc, grown } => {
                let pages = if *npages == 1 { "page" } else { "pages" };
                let g = if *grown > 0 { format!(", heap grown by {} MiB", grown >> 20) } else { String::new() };
                format!("{} {span:#x} {npages} {pages} for {}{g}", self.span_name(*span, true), class(*spc))
            }
            Event::SpanFree { span, npages } => {
                let n = self.span_name(*span, false);
                self.span_names.remove(span);
                let pages = if *npages == 1 { "page" } else { "pages" };
                format!("{n} {span:#x} {npages} {pages} back to the heap")
            }
            Event::GcPhase { phase, cycle } => format!("{phase} (cycle {cycle})"),
            Event::GcGrey { obj, by } => {
                let by = match by {
                    By::Root(r) => r.to_string(),
                    By::Object(o) => self.name(*o, false),
                    By::Barrier => "write barrier".into(),
                    By::Alloc => "allocation (born black)".into(),
                };
                format!("{} {obj:#x} by {by}", self.name(*obj, false))
            }
            Event::GcBlack { obj } => format!("{} {obj:#x}", self.name(*obj, false)),
            Event::GcFree { obj } => {
                let n = self.name(*obj, false);
                self.names.remove(obj);
                format!("{n} {obj:#x}")
            }
            Event::GcSweep { start, freed, released } => {
                let r = if *released { ", pages back to the heap" } else { "" };
                format!("span {} {start:#x}: {freed} freed{r}", self.span_name(*start, false))
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
            Event::GoPark { .. }
            | Event::GoEnd
            | Event::GoPreempt
            | Event::GoSched
            | Event::SyscallHandoff { .. }
            | Event::Exit { .. } => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_formatting_matches_fmt() {
        let (mut d, mut len) = ([0u8; 20], 0);
        assert!(!count_up(&mut d, &mut len), "an empty counter is set by num_text");
        len = num_text(&mut d, 1);
        for n in 2..20_000u64 {
            assert!(count_up(&mut d, &mut len));
            assert_eq!(&d[..len], n.to_string().as_bytes());
        }
        let mut t = [0u8; 32];
        for v in [0i64, 5, 999_999, 1_000_000, 1_234_567_890, i64::MAX] {
            let n = time_text(&mut t, v);
            assert_eq!(&t[..n], format!("{}.{:06}ms", v / 1_000_000, v % 1_000_000).as_bytes());
        }
        let mut b = Vec::new();
        push_padded(&mut b, "é".as_bytes(), width("é"), 3, false);
        assert_eq!(b, format!("{:<3}", "é").as_bytes());
    }
}
