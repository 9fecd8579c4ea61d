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
use crate::runtime::trace::{Event, Site};

impl Machine<'_> {
    /// Records an event; call it through `ev!`, which builds the event
    /// only when tracing.
    #[cold]
    #[inline(never)]
    pub fn emit(&mut self, e: Event) {
        let Some(mut t) = self.trace.take() else { return };
        self.emit_to(&mut t, &e);
        self.trace = Some(t);
    }

    fn emit_to(&mut self, t: &mut crate::runtime::trace::Tracer, e: &Event) {
        let (fid, line, _) = self.map.line_col(self.pos);
        let name = &self.map.file(fid).name;
        // The library's own start-up (package initialisers) is noise: the
        // stream starts with the program's first statement or function.
        if !self.user_seen && self.in_g {
            let user_func = self.frames.last().is_some_and(|f| self.funcs[f.func as usize].name.starts_with("main."));
            if !user_func && (self.pos == 0 || name.starts_with("$GOROOT/")) {
                return;
            }
            self.user_seen = true;
        }
        if !t.wants(e) {
            return;
        }
        let time = self.nanotime();
        let Some(f) = self.frames.last().filter(|_| self.in_g) else {
            // The scheduler itself (Go's g0), or a goroutine at its end.
            let (goid, func) =
                if self.in_g { (self.current_goid(), "runtime.goexit") } else { (0, "runtime.schedule") };
            t.emit(e, &Site { time, goid, func, file: "-", line: 0 });
            return;
        };
        // The library's files by package (`$GOROOT/src/time/stub.go` is
        // `time`), the program's by its base name.
        let file = match name.strip_prefix("$GOROOT/src/") {
            Some(rest) => rest.trim_end_matches("/stub.go"),
            None => std::path::Path::new(name).file_name().and_then(|f| f.to_str()).unwrap_or(""),
        };
        let func = self.funcs[f.func as usize].name.as_str();
        t.emit(e, &Site { time, goid: self.current_goid(), func, file, line });
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
        let span = a.span.map(|id| self.mem.heap.span(id).start);
        let route = match a.route {
            Route::ZeroSize => "zerobase",
            Route::Tiny { fresh: true } => "tiny (new block)",
            Route::Tiny { fresh: false } => "tiny",
            Route::Small => "small",
            Route::Large => "large",
        };
        ev!(self, Event::Alloc { addr: a.addr, size, class: a.sizeclass, route, span, refill: a.refilled });
    }

    /// A channel's buffer state.
    pub(super) fn ev_chanbuf(&mut self, c: u64) {
        if self.trace.is_none() || c == 0 {
            return;
        }
        let h = crate::runtime::chan::read(&self.mem, c);
        let sendx = self.mem.load(c + crate::runtime::chan::SENDX, 8).unwrap_or(0);
        let recvx = self.mem.load(c + crate::runtime::chan::RECVX, 8).unwrap_or(0);
        ev!(self, Event::ChanBuf { ch: c, qcount: h.qcount, cap: h.dataqsiz, sendx, recvx });
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
                HeapEv::Refill { spc, old } => Event::SpanRefill { spc, old },
                HeapEv::Uncache { start, spc, to } => {
                    let to = match to {
                        Uncached::Full => "full set",
                        Uncached::Partial => "partial set",
                        Uncached::Stale => "stale: swept first",
                    };
                    Event::SpanUncache { span: start, spc, to }
                }
                HeapEv::Cache { start, spc, from, free } => {
                    let from = match from {
                        CacheFrom::Partial => "from mcentral's partial set",
                        CacheFrom::Swept => "unswept in mcentral, swept",
                        CacheFrom::Grown => "grown from mheap",
                    };
                    Event::SpanCache { span: start, spc, from, free }
                }
                HeapEv::SpanAlloc { start, npages, spc, grown } => Event::SpanAlloc { span: start, npages, spc, grown },
                HeapEv::SpanFree { start, npages } => Event::SpanFree { span: start, npages },
            };
            ev!(self, ev);
        }
    }
}
