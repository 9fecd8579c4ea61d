//! Per-span-class central lists (`runtime/mcentral.go`).
//!
//! Models `mcentral`: spans of one span class with free slots (`partial`)
//! and without (`full`), each split into swept and unswept halves indexed
//! by `sweepgen/2 % 2`, so the halves swap roles at every GC without
//! moving a span (RUNTIME-REFERENCE §2.4). `cache_span` takes a partial
//! swept span, else sweeps unswept spans of its class until one has a
//! free slot, else grows a new one from the heap; `uncache_span` puts a
//! span back, sweeping it first if a cycle ended while it was cached.
//! Simplification: Go bounds the spans `cacheSpan` sweeps (100) before it
//! grows the heap; here it sweeps until it finds room.

use super::mgcsweep::swept_half;
use super::mheap::{CacheFrom, HeapEv, MHeap, SpanId, SpanState, Uncached};
use super::sizeclasses::{self, SpanClass};

#[derive(Clone, Debug)]
pub struct MCentral {
    pub spanclass: SpanClass,
    pub partial: [Vec<SpanId>; 2],
    pub full: [Vec<SpanId>; 2],
}

impl MCentral {
    pub fn new(spanclass: SpanClass) -> MCentral {
        MCentral { spanclass, partial: [vec![], vec![]], full: [vec![], vec![]] }
    }
}

impl MHeap {
    /// A span with free slots for an mcache (`mcentral.cacheSpan`):
    /// returns the span and whether it was freshly grown from the heap.
    pub fn cache_span(&mut self, spc: SpanClass, p: u32) -> (SpanId, bool) {
        let (id, from) = self.find_span(spc);
        let sg = self.sweepgen;
        let s = self.span_mut(id);
        s.sweepgen = sg + 3; // swept and cached
        let (start, free) = (s.start, s.nelems - s.alloc_count);
        if let Some(log) = &mut self.log {
            log.push(HeapEv::Cache { p, start, spc, from, free });
        }
        (id, from == CacheFrom::Grown)
    }

    /// `cacheSpan`'s search: a partial swept span, else unswept spans of
    /// the class swept until one has room, else `mcentral.grow`.
    fn find_span(&mut self, spc: SpanClass) -> (SpanId, CacheFrom) {
        let half = swept_half(self.sweepgen);
        let c = spc.0 as usize;
        if let Some(id) = self.central[c].partial[half].pop() {
            return (id, CacheFrom::Partial);
        }
        loop {
            let central = &mut self.central[c];
            let Some(id) = central.partial[1 - half].pop().or_else(|| central.full[1 - half].pop()) else { break };
            self.sweep_span(id, true);
            let s = self.span(id);
            if s.alloc_count < s.nelems {
                return (id, CacheFrom::Swept);
            }
            self.central[c].full[half].push(id);
        }
        let npages = sizeclasses::class_pages(spc.sizeclass());
        (self.alloc_span(npages, spc, SpanState::InUse), CacheFrom::Grown)
    }

    /// Takes back a span from an mcache (`mcentral.uncacheSpan`).
    pub fn uncache_span(&mut self, id: SpanId) {
        let half = swept_half(self.sweepgen);
        let sg = self.sweepgen;
        let s = self.span_mut(id);
        let (start, spc) = (s.start, s.spanclass);
        if s.sweepgen == sg + 1 {
            // Cached before the last cycle ended: stale, sweep it now.
            if let Some(log) = &mut self.log {
                log.push(HeapEv::Uncache { start, spc, to: Uncached::Stale });
            }
            self.sweep_span(id, false);
            return;
        }
        s.sweepgen = sg;
        let full = s.alloc_count == s.nelems;
        let c = spc.0 as usize;
        if let Some(log) = &mut self.log {
            log.push(HeapEv::Uncache { start, spc, to: if full { Uncached::Full } else { Uncached::Partial } });
        }
        if full {
            self.central[c].full[half].push(id);
        } else {
            self.central[c].partial[half].push(id);
        }
    }
}
