//! Emitting the event stream (`runtime::trace`): where an event happened
//! (virtual time, goroutine, function, file:line) comes from the machine's
//! registers. Every site goes through `ev!`, which tests `trace` before it
//! builds the event, so a run without tracing pays one branch.
//!
//! The heap has no tracer: while tracing it logs its steps (marking,
//! sweeping, span refills and frees), and `flush_heap_log` turns the log
//! into events where the step's caller resumes: before an allocation's
//! own event, a collector phase, or the end of a piece of mark work.

/// `ev!(machine, event)`: records the event when tracing; the event
/// expression is not evaluated otherwise.
macro_rules! ev {
    ($m:expr, $e:expr) => {
        if $m.trace.is_some() {
            let e = $e;
            $m.emit(e);
        }
    };
}
pub(crate) use ev;

use super::Machine;
use crate::runtime::malloc::{Alloc, Route};
use crate::runtime::mheap::{CacheFrom, HeapEv, Uncached};
use crate::runtime::stack::{Stack, StackSpan};
use crate::runtime::trace::{Event, RING_SHOWN, Site, Slot, Tracer};

/// Entries of the statement-line cache (direct-mapped by position).
pub const LINE_CACHE: usize = 256;

/// A front end that watches the run as it happens (the stepper): called at
/// every event, before the tracer writes it, with the whole machine.
pub trait Observer {
    fn event(&mut self, m: &mut Machine<'_>, t: &mut Tracer, e: &Event, at: &Site);
    /// `--sched=manual`: which of the runnable goroutines (G indexes, in
    /// the scheduler's own order) runs next; None lets the scheduler pick.
    fn choose(&mut self, _m: &mut Machine<'_>, _t: &mut Tracer, _runnable: &[usize]) -> Option<usize> {
        None
    }
}

impl<'p> Machine<'p> {
    /// Records an event; call it through `ev!`, which builds the event
    /// only when tracing.
    #[cold]
    #[inline(never)]
    pub fn emit(&mut self, e: Event) {
        // The heap's steps since the last event (write-barrier shades of
        // a store) come first: events keep the order of the transitions.
        if self.mem.heap.log.as_ref().is_some_and(|l| !l.is_empty()) {
            self.flush_heap_log();
        }
        let Some(mut t) = self.trace.take() else { return };
        self.emit_to(&mut t, &e);
        self.trace = Some(t);
    }

    /// How the frame of `func` ended: `return`, or `unwind` when a
    /// recovery or Goexit discards it. A fatal panic, `os.Exit` or a fatal
    /// error ends the program with its frames in place: no event.
    #[cold]
    #[inline(never)]
    pub(super) fn frame_end_event(&mut self, func: crate::ir::FuncId, r: &super::R<()>) {
        use crate::runtime::panic::Unwind;
        let e = match r.as_ref().map_err(|u| &**u) {
            Ok(()) => Event::Return { func },
            Err(Unwind::Recovered(_)) => Event::Unwind { func, goexit: false },
            Err(Unwind::Goexit { .. }) => Event::Unwind { func, goexit: true },
            Err(_) => return,
        };
        self.emit(e);
    }

    /// A statement at `pos` is reached: the heap's steps the previous one
    /// took (write-barrier shades of its stores) at its position, then,
    /// when `event`, the statement's event, after which the observer may
    /// have asked to end the run.
    #[cold]
    #[inline(never)]
    pub(super) fn stmt_event(&mut self, pos: u32, event: bool) -> super::R<()> {
        self.flush_heap_log();
        self.pos = pos;
        if !event {
            return Ok(());
        }
        self.emit(Event::Stmt);
        if self.abort {
            return Err(Box::new(crate::runtime::panic::Unwind::Exit(0)));
        }
        Ok(())
    }

    /// A file's name as sites show it (the library's by package:
    /// `$GOROOT/src/time/stub.go` is `time`; the program's by its base
    /// name), and whether it is the library's; cached by file.
    fn site_file(&mut self, fid: crate::source::FileId) -> (&'p str, bool) {
        if let Some(Some(f)) = self.site_files.get(fid.0 as usize) {
            return *f;
        }
        let map: &'p crate::source::SourceMap = self.map;
        let name = map.file(fid).name.as_str();
        let f = match name.strip_prefix("$GOROOT/src/") {
            Some(rest) => (rest.trim_end_matches("/stub.go"), true),
            None => (name.rsplit('/').next().unwrap_or(""), name.starts_with("$GOROOT/")),
        };
        let i = fid.0 as usize;
        if self.site_files.len() <= i {
            self.site_files.resize(i + 1, None);
        }
        self.site_files[i] = Some(f);
        f
    }

    fn emit_to(&mut self, t: &mut Tracer, e: &Event) {
        // Statements repeat: their lines come from a small cache.
        let slot = &mut self.line_cache[self.pos as usize % LINE_CACHE];
        let (fid, line) = if slot.0 == self.pos && self.pos != 0 {
            (crate::source::FileId(slot.1), slot.2)
        } else {
            let (fid, line, _) = self.map.line_col(self.pos);
            *slot = (self.pos, fid.0, line);
            (fid, line)
        };
        let (file, library) = self.site_file(fid);
        // The library's own start-up (package initialisers) is noise: the
        // stream starts with the program's first statement or function.
        if !self.user_seen && self.in_g {
            let user_func =
                self.aux.frames.last().is_some_and(|f| self.funcs[f.func as usize].name.starts_with("main."));
            if !user_func && (self.pos == 0 || library) {
                return;
            }
            self.user_seen = true;
        }
        if self.observer.is_none() && !t.wants(e) {
            return;
        }
        let time = self.nanotime();
        let funcs = self.funcs;
        let site = match self.aux.frames.last().filter(|_| self.in_g) {
            // The scheduler itself (Go's g0), or a goroutine at its end.
            None if self.in_g => Site { time, goid: self.current_goid(), func: "runtime.goexit", file: "-", line: 0 },
            None => Site { time, goid: 0, func: "runtime.schedule", file: "-", line: 0 },
            Some(f) => Site { time, goid: self.current_goid(), func: funcs[f.func as usize].name.as_str(), file, line },
        };
        match self.observer.take() {
            // The program's output so far goes before the event's line, and
            // the event before the stepper stops on it.
            Some(mut o) => {
                if !self.stdout.buffer().is_empty() {
                    self.flush_stdout();
                }
                t.emit(e, &site);
                o.event(self, t, e, &site);
                self.observer = Some(o);
            }
            None => t.emit(e, &site),
        }
    }

    /// `--granularity=expr`: one operation of an expression, with its
    /// operands and result (`3 + 4 = 7`, `-(2) = -2`, `conversion 3 = 3`).
    #[cold]
    pub(super) fn eval_step(
        &mut self,
        op: &str,
        k: crate::ir::Kind,
        x: Option<u64>,
        y: u64,
        rk: crate::ir::Kind,
        r: u64,
    ) {
        let v = value_text;
        let text = match x {
            Some(x) => format!("{} {op} {} = {}", v(k, x), v(k, y), v(rk, r)),
            None if op == "conversion" => format!("{}({}) = {}", kind_name(rk), v(k, y), v(rk, r)),
            None => format!("{op}({}) = {}", v(k, y), v(rk, r)),
        };
        ev!(self, Event::Eval { text });
    }

    /// The run queues, after a scheduling change.
    pub(super) fn ev_queues(&mut self) {
        if self.trace.is_none() {
            return;
        }
        let goid = |m: &Self, g: usize| m.sched.allgs[g].goid;
        let global = self.sched.global.iter().map(|&g| goid(self, g)).collect();
        let ps = self
            .sched
            .ps
            .iter()
            .map(|p| (p.runnext.map(|g| goid(self, g)), p.runq.iter().map(|&g| goid(self, g)).collect()))
            .collect();
        ev!(self, Event::Queues { global, ps });
    }

    /// An allocation: first the heap's steps behind it (a span refill,
    /// sweeping, `mheap.alloc`), then the allocation itself.
    pub(crate) fn trace_alloc(&mut self, a: &Alloc, size: u64) {
        self.flush_heap_log();
        // A tiny allocation inside the current block leaves its span to be
        // found here, off the allocation path.
        let span = a.span.or_else(|| self.mem.heap.span_of(a.addr)).map(|id| self.mem.heap.span(id).start);
        let route = match a.route {
            Route::ZeroSize => "zerobase",
            Route::Tiny { fresh: true } => "tiny (new block)",
            Route::Tiny { fresh: false } => "tiny",
            Route::Small => "small",
            Route::Large => "large",
        };
        let why = if self.why != crate::ir::why::NONE { self.why } else { self.library_why() };
        ev!(self, Event::Alloc { addr: a.addr, size, class: a.sizeclass, route, span, refill: a.refilled, why });
    }

    /// The reason of an allocation no construct gave one: the library
    /// function making it (`in package fmt`), if it is one.
    fn library_why(&mut self) -> crate::ir::Why {
        let Some(f) = self.aux.frames.last().filter(|_| self.in_g) else { return crate::ir::why::NONE };
        let funcs = self.funcs;
        let pkg = funcs[f.func as usize].name.split('.').next().unwrap_or("");
        match &mut self.trace {
            Some(t) if pkg != "main" => t.pkg_why(f.func, pkg),
            _ => crate::ir::why::NONE,
        }
    }

    /// An allocation escape analysis kept in the frame, at `addr`.
    #[cold]
    #[inline(never)]
    pub(super) fn trace_frame_alloc(&mut self, addr: u64, size: u64, why: crate::ir::Why) {
        ev!(self, Event::FrameAlloc { addr, size, why });
    }

    /// A goroutine stack (or segment) from the stack allocator, or back
    /// to it.
    #[cold]
    #[inline(never)]
    pub(super) fn trace_stack(&mut self, alloc: bool, g: u64, s: Stack, span: StackSpan, why: &'static str) {
        let (lo, size) = (s.lo, s.size());
        if alloc {
            ev!(self, Event::StackAlloc { g, lo, size, span, why });
        } else {
            ev!(self, Event::StackFree { g, lo, size, span, why });
        }
    }

    /// A channel's buffer state.
    pub(super) fn ev_chanbuf(&mut self, c: u64) {
        if self.trace.is_none() || c == 0 {
            return;
        }
        let h = crate::runtime::chan::read(&self.mem, c);
        let sendx = self.mem.load(c + crate::runtime::chan::SENDX, 8).unwrap_or(0);
        let recvx = self.mem.load(c + crate::runtime::chan::RECVX, 8).unwrap_or(0);
        let ring = self.ring(c, &h, recvx);
        ev!(self, Event::ChanBuf { ch: c, qcount: h.qcount, cap: h.dataqsiz, sendx, recvx, ring });
    }

    /// The slots of channel `c`'s ring: its `qcount` elements from
    /// `recvx` on, the others empty (none when the element type is
    /// unknown).
    fn ring(&self, c: u64, h: &crate::runtime::chan::Hchan, recvx: u64) -> Vec<Slot> {
        let tw = self.mem.load(c + crate::runtime::chan::ELEMTYPE, 8).unwrap_or(0);
        let (cap, size) = (h.dataqsiz, self.mem.load(c + crate::runtime::chan::ELEMSIZE, 2).unwrap_or(0));
        let Some(t) = tw.checked_sub(1).map(|t| crate::types::typ::TypeId(t as u32)) else { return Vec::new() };
        let buf = self.mem.load(c + crate::runtime::chan::BUF, 8).unwrap_or(0);
        (0..cap.min(RING_SHOWN))
            .map(|i| {
                let full = (i + cap - recvx) % cap < h.qcount;
                if full { self.slot(t, buf + i * size) } else { Slot::Empty }
            })
            .collect()
    }

    /// An element of type `t` at `a`, briefly: basic values in full
    /// (strings quoted, long ones cut), pointers by the object's name,
    /// composites elided.
    fn slot(&self, t: crate::types::typ::TypeId, a: u64) -> Slot {
        use crate::ir::Kind;
        use crate::types::typ::{Basic, Type};
        let size = self.checked.size_of(t);
        let ld = |k: Kind| self.mem.load(a, k.size()).unwrap_or(0);
        let text = match self.checked.types.under_type(t) {
            Type::Basic(b) if b.kind() == Basic::Bool => (ld(Kind::Bool) != 0).to_string(),
            Type::Basic(b) if b.kind().is_string() => {
                let s = String::from_utf8_lossy(&self.string_at(a)).into_owned();
                match s.char_indices().nth(24) {
                    Some((cut, _)) => format!("{:?}…", &s[..cut]),
                    None => format!("{s:?}"),
                }
            }
            Type::Basic(b) if b.kind() == Basic::Float32 => f32::from_bits(ld(Kind::F32) as u32).to_string(),
            Type::Basic(b) if b.kind() == Basic::Float64 => f64::from_bits(ld(Kind::F64)).to_string(),
            Type::Basic(b) if b.kind().is_integer() && size <= 8 => {
                let v = self.mem.load(a, size).unwrap_or(0);
                if b.kind().is_unsigned() || size == 0 {
                    v.to_string()
                } else {
                    let bits = size * 8;
                    (((v << (64 - bits)) as i64) >> (64 - bits)).to_string()
                }
            }
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => {
                let p = ld(Kind::U64);
                return match self.mem.heap.find_object(p) {
                    _ if p == 0 => Slot::Text("nil".into()),
                    Some((_, _, base)) if base == p => Slot::Object(p),
                    _ => Slot::Text(format!("{p:#x}")),
                };
            }
            Type::Struct(_) if size == 0 => "{}".into(),
            Type::Struct(_) => "{…}".into(),
            Type::Slice(_) | Type::Array(..) => "[…]".into(),
            _ => "…".into(),
        };
        Slot::Text(text)
    }
}

/// The Go type a conversion's result kind stands for (int and uint for
/// the 64-bit integers, as programs mostly write them).
fn kind_name(k: crate::ir::Kind) -> &'static str {
    use crate::ir::Kind;
    match k {
        Kind::Bool => "bool",
        Kind::I8 => "int8",
        Kind::I16 => "int16",
        Kind::I32 => "int32",
        Kind::I64 => "int",
        Kind::U8 => "uint8",
        Kind::U16 => "uint16",
        Kind::U32 => "uint32",
        Kind::U64 => "uint",
        Kind::F32 => "float32",
        Kind::F64 => "float64",
    }
}

/// A scalar as `%v` prints it.
fn value_text(k: crate::ir::Kind, v: u64) -> String {
    use crate::ir::Kind;
    let float = |f: f64, bits| {
        let mut out = Vec::new();
        crate::stdlib::fmt::format::fmt_float(&mut out, &Default::default(), f, bits, 'g', -1);
        String::from_utf8_lossy(&out).into_owned()
    };
    match k {
        Kind::Bool => (v != 0).to_string(),
        Kind::I8 => (v as i8).to_string(),
        Kind::I16 => (v as i16).to_string(),
        Kind::I32 => (v as i32).to_string(),
        Kind::I64 => (v as i64).to_string(),
        Kind::U8 | Kind::U16 | Kind::U32 | Kind::U64 => v.to_string(),
        Kind::F32 => float(f32::from_bits(v as u32) as f64, 32),
        Kind::F64 => float(f64::from_bits(v), 64),
    }
}

impl Machine<'_> {
    /// The collector's phase, as an event (after the heap's steps that
    /// led to it).
    pub(super) fn trace_gc_phase(&mut self) {
        self.flush_heap_log();
        let (phase, cycle) = (self.gc.phase.name(), self.gc.num_gc + 1);
        let cycle = if self.gc.phase == crate::runtime::mgc::Phase::Off { cycle - 1 } else { cycle };
        ev!(self, Event::GcPhase { phase, cycle });
    }

    /// Turns the steps recorded by the heap (marking, sweeping, spans)
    /// into events (the heap records them only while tracing).
    pub(super) fn flush_heap_log(&mut self) {
        if self.trace.is_none() {
            return;
        }
        let log = match &mut self.mem.heap.log {
            Some(l) if !l.is_empty() => std::mem::take(l),
            _ => return,
        };
        for e in log {
            let ev = match e {
                HeapEv::Grey { obj, by } => Event::GcGrey { obj, by },
                HeapEv::Black { obj } => Event::GcBlack { obj },
                HeapEv::Free { obj } => Event::GcFree { obj },
                HeapEv::Swept { start, freed, released } => Event::GcSweep { start, freed, released },
                HeapEv::Refill { p, spc, old } => Event::SpanRefill { p, spc, old },
                HeapEv::Uncache { start, spc, to } => {
                    let to = match to {
                        Uncached::Full => "full set",
                        Uncached::Partial => "partial set",
                        Uncached::Stale => "stale: swept first",
                    };
                    Event::SpanUncache { span: start, spc, to }
                }
                HeapEv::Cache { p, start, spc, from, free } => {
                    let from = match from {
                        CacheFrom::Partial => "from mcentral's partial set",
                        CacheFrom::Swept => "unswept in mcentral, swept",
                        CacheFrom::Grown => "grown from mheap",
                    };
                    Event::SpanCache { p, span: start, spc, from, free }
                }
                HeapEv::SpanAlloc { start, npages, spc, grown } => Event::SpanAlloc { span: start, npages, spc, grown },
                HeapEv::SpanFree { start, npages } => Event::SpanFree { span: start, npages },
            };
            ev!(self, ev);
        }
    }
}
