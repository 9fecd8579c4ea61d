//! `gc`: the collector (`runtime/mgc.go`, `mgcpacer.go`, `mgcmark.go`,
//! `mgcsweep.go`): its phase by Go's name (`_GCoff`, `_GCmark`,
//! `_GCmarktermination`) and the cycle's number, the pacer's heap live,
//! trigger and goal, the grey queue, the bytes marked, the objects the
//! write barrier shaded this cycle, and how far sweeping has got.
//!
//! Invariants: the cycle number is that of the cycle marking, or of the
//! last one finished when none marks (as the trace's `gc.phase` events
//! number them); the grey queue is listed in the order it will be drained
//! (it is a stack: the newest first); a span is swept when its `sweepgen`
//! is the heap's (or the heap's + 3: swept and cached), unswept when it is
//! 2 behind (or + 1: cached before the cycle ended).
//! Simplifications: sweeping is not a phase of its own in Go's `gcphase`
//! and is shown as the unswept span count under `_GCoff`; lists stop at
//! `MAX_LISTED` objects.

use super::{bytes, count, ms, named};
use crate::interp::Machine;
use crate::runtime::mgc::Phase;
use crate::runtime::mgcpacer::NO_LIMIT;
use crate::runtime::mheap::SpanState;
use crate::runtime::trace::Tracer;

/// Objects listed at most in the grey queue and the barrier's list.
const MAX_LISTED: usize = 50;

pub fn gc(m: &Machine, t: &mut Tracer, barrier_shaded: &[u64]) -> String {
    let (c, p, w) = (&m.gc, &m.gc.pacer, &m.mem.heap.gcw);
    let marking = c.phase != Phase::Off;
    let cycle = if marking { c.num_gc + 1 } else { c.num_gc };
    let mut out = format!(
        "gc: phase {}, cycle {cycle}, {} completed; write barrier {}\n",
        c.phase.name(),
        count(c.num_gc, "cycle"),
        if w.marking { "on" } else { "off" }
    );
    let gogc = if p.gogc < 0 { "off".to_string() } else { p.gogc.to_string() };
    let limit = if p.mem_limit == NO_LIMIT { String::new() } else { format!("  GOMEMLIMIT {}", bytes(p.mem_limit)) };
    out.push_str(&format!("  pacer: GOGC {gogc}{limit}\n"));
    let trigger = if p.trigger == u64::MAX { "none".to_string() } else { bytes(p.trigger) };
    out.push_str(&format!(
        "    heap live  {}\n    trigger    {trigger}\n    goal       {}\n",
        bytes(p.heap_live),
        bytes(p.goal)
    ));
    out.push_str(&format!("    last cycle marked {}\n", bytes(p.heap_marked)));
    if marking {
        out.push_str(&format!("  marked this cycle: {}\n", bytes(w.marked_bytes)));
        let r = &c.cycle;
        out.push_str(&format!(
            "  mark work so far: assist {}, background {}, idle {}\n",
            ms(r.assist_ns),
            ms(r.bg_ns),
            ms(r.idle_ns)
        ));
        let grey: Vec<u64> = w.grey.iter().rev().copied().collect();
        out.push_str(&list("grey queue (next to scan first)", t, &grey));
        out.push_str(&list("shaded by the write barrier this cycle", t, barrier_shaded));
    }
    out.push_str(&sweep(m));
    out
}

/// A list of objects by name, capped.
fn list(label: &str, t: &mut Tracer, objs: &[u64]) -> String {
    if objs.is_empty() {
        return format!("  {label}: none\n");
    }
    let mut s = format!("  {label}: {}\n", count(objs.len() as u64, "object"));
    for &o in objs.iter().take(MAX_LISTED) {
        s.push_str(&format!("    {}\n", named(t, o)));
    }
    if objs.len() > MAX_LISTED {
        s.push_str(&format!("    ... {} more\n", objs.len() - MAX_LISTED));
    }
    s
}

/// Swept and unswept object spans.
fn sweep(m: &Machine) -> String {
    let h = &m.mem.heap;
    let sg = h.sweepgen;
    let (mut swept, mut unswept) = (0u64, 0u64);
    for s in h.spans.iter().filter(|s| s.state == SpanState::InUse) {
        if s.sweepgen == sg.wrapping_sub(2) || s.sweepgen == sg.wrapping_add(1) {
            unswept += 1;
        } else {
            swept += 1;
        }
    }
    let state = if unswept == 0 { "done" } else { "in progress" };
    format!("  sweep: sweepgen {sg}, {} swept, {unswept} unswept ({state})\n", count(swept, "span"))
}
