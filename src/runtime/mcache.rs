//! Per-P allocation caches (`runtime/mcache.go`).
//!
//! Models `mcache`: one cached span per span class (136), refilled from
//! the span class's mcentral when full, and the tiny allocator's state
//! (`tiny`, `tinyoffset`, `tinyAllocs`). As in Go, every P owns one
//! (`p.mcache`, made by `allocmcache` when the P is created and freed by
//! `freemcache` when `procresize` destroys it), and a goroutine allocates
//! from the mcache of the P it runs on, so goroutines on different Ps fill
//! different spans.
//! Invariant: a span is cached by at most one mcache at a time.

use super::mbitmap::Layout;
use super::mheap::{HeapEv, MHeap, SpanId};
use super::sizeclasses::{NUM_SPAN_CLASSES, SpanClass};

#[derive(Clone, Debug)]
pub struct MCache {
    /// The P that owns this mcache (its events name it).
    pub p: u32,
    pub alloc: [Option<SpanId>; NUM_SPAN_CLASSES],
    /// Start of the current 16-byte tiny block (0 when none).
    pub tiny: u64,
    pub tiny_offset: u64,
    /// Tiny allocations that fit in an existing block (counted by MemStats
    /// as both a malloc and a free), since `release_all` last flushed them
    /// to the heap's statistics.
    pub tiny_allocs: u64,
}

impl Default for MCache {
    fn default() -> Self {
        MCache::new(0)
    }
}

impl MCache {
    /// P `p`'s mcache (`allocmcache`): nothing cached yet.
    pub fn new(p: usize) -> MCache {
        MCache { p: p as u32, alloc: [None; NUM_SPAN_CLASSES], tiny: 0, tiny_offset: 0, tiny_allocs: 0 }
    }

    /// The next free slot of span class `spc` (`mcache.nextFree`), given
    /// the object's `layout` (kept in the span's metadata): its address,
    /// its span, whether the cache had to refill, and whether the slot
    /// may hold old bytes (the span's `needzero`).
    #[inline(always)]
    pub fn next_free(&mut self, heap: &mut MHeap, spc: SpanClass, layout: Layout) -> (u64, SpanId, bool, bool) {
        let c = spc.0 as usize;
        if let Some(id) = self.alloc[c] {
            let s = heap.span_mut(id);
            if let Some(i) = s.next_free() {
                s.set_layout(i, layout);
                return (s.start + i * s.elemsize, id, false, s.needzero);
            }
        }
        self.refill(heap, spc);
        let id = self.alloc[c].expect("refilled");
        let s = heap.span_mut(id);
        let i = s.next_free().expect("a refilled span has a free slot");
        s.set_layout(i, layout);
        (s.start + i * s.elemsize, id, true, s.needzero)
    }

    /// Swaps the cached span of `spc` for one with free slots (`refill`).
    pub fn refill(&mut self, heap: &mut MHeap, spc: SpanClass) {
        let c = spc.0 as usize;
        if let Some(log) = &mut heap.log {
            let old = self.alloc[c].map(|id| heap.spans[id.0 as usize].start);
            log.push(HeapEv::Refill { p: self.p, spc, old });
        }
        if let Some(old) = self.alloc[c].take() {
            heap.uncache_span(old);
        }
        let (id, _) = heap.cache_span(spc, self.p);
        self.alloc[c] = Some(id);
    }

    /// Returns every cached span to mcentral and flushes the tiny count
    /// to the heap's statistics (`mcache.releaseAll`, done before
    /// sweeping, by `ReadMemStats`, and by `freemcache`).
    pub fn release_all(&mut self, heap: &mut MHeap) {
        heap.stats.tiny_allocs += std::mem::take(&mut self.tiny_allocs);
        for c in 0..NUM_SPAN_CLASSES {
            if let Some(id) = self.alloc[c].take() {
                heap.uncache_span(id);
            }
        }
        self.tiny = 0;
        self.tiny_offset = 0;
    }
}
