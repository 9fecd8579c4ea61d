//! Per-P allocation caches (`runtime/mcache.go`).
//!
//! Models `mcache`: one cached span per span class (136), refilled from
//! the span class's mcentral when full, and the tiny allocator's state
//! (`tiny`, `tinyoffset`, `tinyAllocs`).
//! Invariant: a span is cached by at most one mcache at a time.

use super::mheap::{HeapEv, MHeap, SpanId};
use super::sizeclasses::{NUM_SPAN_CLASSES, SpanClass};

#[derive(Clone, Debug)]
pub struct MCache {
    pub alloc: [Option<SpanId>; NUM_SPAN_CLASSES],
    /// Start of the current 16-byte tiny block (0 when none).
    pub tiny: u64,
    pub tiny_offset: u64,
    /// Tiny allocations that fit in an existing block (counted by MemStats
    /// as both a malloc and a free).
    pub tiny_allocs: u64,
}

impl Default for MCache {
    fn default() -> Self {
        MCache { alloc: [None; NUM_SPAN_CLASSES], tiny: 0, tiny_offset: 0, tiny_allocs: 0 }
    }
}

impl MCache {
    /// The next free slot of span class `spc` (`mcache.nextFree`): its
    /// address, its span, and whether the cache had to refill.
    pub fn next_free(&mut self, heap: &mut MHeap, spc: SpanClass) -> (u64, SpanId, bool) {
        let c = spc.0 as usize;
        if let Some(id) = self.alloc[c] {
            let s = heap.span_mut(id);
            if let Some(i) = s.next_free() {
                return (s.start + i * s.elemsize, id, false);
            }
        }
        self.refill(heap, spc);
        let id = self.alloc[c].expect("refilled");
        let s = heap.span_mut(id);
        let i = s.next_free().expect("a refilled span has a free slot");
        (s.start + i * s.elemsize, id, true)
    }

    /// Swaps the cached span of `spc` for one with free slots (`refill`).
    pub fn refill(&mut self, heap: &mut MHeap, spc: SpanClass) {
        let c = spc.0 as usize;
        if let Some(log) = &mut heap.log {
            let old = self.alloc[c].map(|id| heap.spans[id.0 as usize].start);
            log.push(HeapEv::Refill { spc, old });
        }
        if let Some(old) = self.alloc[c].take() {
            heap.uncache_span(old);
        }
        let (id, _) = heap.cache_span(spc);
        self.alloc[c] = Some(id);
    }

    /// Returns every cached span to mcentral (`mcache.releaseAll`, done
    /// before sweeping).
    pub fn release_all(&mut self, heap: &mut MHeap) {
        for c in 0..NUM_SPAN_CLASSES {
            if let Some(id) = self.alloc[c].take() {
                heap.uncache_span(id);
            }
        }
        self.tiny = 0;
        self.tiny_offset = 0;
    }
}
