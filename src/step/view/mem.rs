//! `mem`: the allocator's hierarchy (`runtime/mheap.go`, `mcentral.go`,
//! `mcache.go`, `sizeclasses.go`): the page heap (arena base, pages in
//! object spans, in stack spans and free, the heap's size), then every
//! mcentral that holds spans, with its partial and full sets, then the
//! mcache of every P: its span per span class with its fill and
//! `freeindex`, and the tiny allocator's block.
//!
//! Invariants: a span's fill is `allocCount/nelems`; a span is in at most
//! one mcentral set or cached by one mcache, never both; an mcentral's
//! sets are split in swept and unswept halves by `sweepgen` (unswept spans
//! are marked `*`: their counts are from before the last cycle). Pages in
//! object spans, stack spans and the free set add up to the heap mapped.
//! Simplifications: only span classes with spans are listed, at most
//! `MAX_SPANS` spans per set.

use super::{bytes, count, spanclass, table};
use crate::interp::Machine;
use crate::runtime::mgcsweep::swept_half;
use crate::runtime::mheap::{ARENA_BASE, MHeap, SpanId, SpanState};
use crate::runtime::sizeclasses::{self, PAGE_SIZE, SpanClass};

/// Spans listed per mcentral set.
const MAX_SPANS: usize = 4;

pub fn mem(m: &Machine) -> String {
    let h = &m.mem.heap;
    let mut out = pages(h);
    out.push_str(&central(h));
    out.push_str(&cache(m));
    out
}

/// The page heap.
fn pages(h: &MHeap) -> String {
    let total = h.mem.len() as u64 / PAGE_SIZE;
    let (mut objs, mut stacks, mut nobj, mut nstack) = (0, 0, 0u64, 0u64);
    for s in &h.spans {
        match s.state {
            SpanState::InUse => (objs, nobj) = (objs + s.npages, nobj + 1),
            SpanState::Manual => (stacks, nstack) = (stacks + s.npages, nstack + 1),
            SpanState::Dead => {}
        }
    }
    let (free, runs) = h.free_pages();
    let st = &h.stats;
    let mut out =
        format!("mheap: arena {ARENA_BASE:#x}, {} of 8 KiB mapped, {}\n", count(total, "page"), bytes(st.heap_sys));
    out.push_str(&format!(
        "  pages: {objs} in {}, {stacks} in {}, {free} free in {}\n",
        count(nobj, "object span"),
        count(nstack, "stack span"),
        count(runs as u64, "run")
    ));
    out.push_str(&format!(
        "  {} allocated, {}; object spans {}; sweepgen {}\n",
        count(st.heap_objects, "object"),
        bytes(st.heap_alloc),
        bytes(st.heap_inuse),
        h.sweepgen
    ));
    out
}

/// A span and its fill (`*`: unswept).
fn span_cell(h: &MHeap, id: SpanId, unswept: bool) -> String {
    let s = h.span(id);
    let pages = if s.spanclass.sizeclass() == 0 { format!(" {} pages", s.npages) } else { String::new() };
    let mark = if unswept { "*" } else { "" };
    format!("{:#x} {}/{}{pages}{mark}", s.start, s.alloc_count, s.nelems)
}

/// A set of spans, swept half first.
fn set_cell(h: &MHeap, halves: &[Vec<SpanId>; 2]) -> String {
    let swept = swept_half(h.sweepgen);
    let all: Vec<String> = halves[swept]
        .iter()
        .map(|&id| span_cell(h, id, false))
        .chain(halves[1 - swept].iter().map(|&id| span_cell(h, id, true)))
        .collect();
    match all.len() {
        0 => "-".into(),
        n if n > MAX_SPANS => format!("{} +{} more", all[..MAX_SPANS].join(", "), n - MAX_SPANS),
        _ => all.join(", "),
    }
}

fn size_cell(spc: SpanClass) -> String {
    match spc.sizeclass() {
        0 => "large".into(),
        c => format!("{} B", sizeclasses::class_size(c)),
    }
}

/// The mcentrals that hold spans.
fn central(h: &MHeap) -> String {
    let mut rows = vec![vec!["spanclass".into(), "size".into(), "partial".into(), "full".into()]];
    for c in &h.central {
        if c.partial.iter().chain(&c.full).all(Vec::is_empty) {
            continue;
        }
        rows.push(vec![spanclass(c.spanclass), size_cell(c.spanclass), set_cell(h, &c.partial), set_cell(h, &c.full)]);
    }
    if rows.len() == 1 {
        return "mcentral: no spans\n".into();
    }
    format!("mcentral (fill allocCount/nelems, * unswept):\n{}", table(&rows, "  "))
}

/// Every P's mcache: its spans and its tiny block.
fn cache(m: &Machine) -> String {
    let h = &m.mem.heap;
    let mut out = String::new();
    for (p, pp) in m.sched.ps.iter().enumerate() {
        let c = &pp.mcache;
        let mut rows = vec![vec!["spanclass".into(), "size".into(), "span".into(), "fill".into(), "freeindex".into()]];
        for (i, id) in c.alloc.iter().enumerate() {
            let Some(id) = *id else { continue };
            let s = h.span(id);
            rows.push(vec![
                spanclass(SpanClass(i as u8)),
                size_cell(SpanClass(i as u8)),
                format!("{:#x}", s.start),
                format!("{}/{}", s.alloc_count, s.nelems),
                s.freeindex.to_string(),
            ]);
        }
        let running = if p == m.sched.curp && m.in_g { " (running the current goroutine)" } else { "" };
        out.push_str(&format!("mcache of P{p}{running}:\n"));
        if rows.len() == 1 {
            out.push_str("  no spans cached\n");
        } else {
            out.push_str(&table(&rows, "  "));
        }
        if c.tiny != 0 {
            out.push_str(&format!(
                "  tiny block {:#x}: {} of 16 B used, {} tiny allocations packed since the last flush\n",
                c.tiny, c.tiny_offset, c.tiny_allocs
            ));
        }
    }
    out
}
