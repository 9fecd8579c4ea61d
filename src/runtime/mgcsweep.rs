//! Sweeping (`runtime/mgcsweep.go`, RUNTIME-REFERENCE §2.5, §3.5).
//!
//! Mark termination makes every span unswept in O(1) (`sweepgen += 2`
//! swaps the swept and unswept halves of each mcentral). A span is then
//! swept before it is used again: lazily by an allocator that needs a span
//! of its class (`mcentral.cacheSpan`), by `mheap.reclaim` before the heap
//! grows, by the background sweeper at scheduler ticks (`bgsweep`), and
//! completely before the next cycle starts (sweep termination) or when
//! `runtime.GC()` returns.
//!
//! Sweeping one span (`mspan.sweep`): the mark bits become the alloc bits,
//! the slots left unmarked are free again (`freeindex = 0`), the counts and
//! the `Frees` statistics move, and a span with nothing left goes back to
//! the page heap; otherwise it joins its mcentral's swept partial or full
//! set. Invariant: a span is in at most one mcentral set, and only swept
//! spans (`sweepgen == h`) are handed to an mcache.
//! Simplifications: no finalizer or cleanup specials; freed slots are
//! zeroed when reallocated (mallocgc's `needzero`), and in stress mode
//! poisoned with 0xa5 bytes at once, so a use after free shows.

use super::mheap::{HeapEv, MHeap, SpanId, SpanState};
use super::sizeclasses::NUM_SPAN_CLASSES;

/// Which half of an mcentral's sets holds swept spans for `sweepgen`.
pub fn swept_half(sweepgen: u32) -> usize {
    (sweepgen / 2 % 2) as usize
}

impl MHeap {
    /// Sweeps span `id` (already taken off its mcentral set). `keep`: the
    /// caller (an allocator) takes the span whatever it holds; otherwise
    /// it goes back to a swept set, or to the page heap when empty.
    /// Returns the slots freed.
    pub fn sweep_span(&mut self, id: SpanId, keep: bool) -> u64 {
        let sg = self.sweepgen;
        let s = &mut self.spans[id.0 as usize];
        debug_assert_eq!(s.state, SpanState::InUse);
        let (start, elemsize, nelems, class) = (s.start, s.elemsize, s.nelems, s.spanclass.sizeclass());
        let mut freed_slots = Vec::new();
        let want_slots = self.log.is_some() || self.gcw.poison;
        let mut nalloc = 0;
        for w in 0..s.alloc_bits.len() {
            let live = s.gcmark_bits[w];
            nalloc += live.count_ones() as u64;
            let mut dead = s.alloc_bits[w] & !live;
            while want_slots && dead != 0 {
                let i = w as u64 * 64 + dead.trailing_zeros() as u64;
                dead &= dead - 1;
                if i < nelems {
                    freed_slots.push(start + i * elemsize);
                }
            }
        }
        let freed = s.alloc_count - nalloc;
        // Freed slots keep their old bytes: allocation must clear them.
        s.needzero |= freed > 0;
        std::mem::swap(&mut s.alloc_bits, &mut s.gcmark_bits);
        s.gcmark_bits.fill(0);
        s.alloc_count = nalloc;
        s.freeindex = 0;
        s.sweepgen = sg;
        let full = nalloc == nelems;
        let spc = s.spanclass;
        let st = &mut self.stats;
        st.frees += freed;
        st.heap_objects -= freed;
        st.heap_alloc -= freed * elemsize;
        st.by_size_frees[class] += freed;
        for &a in &freed_slots {
            if self.gcw.poison
                && let Some(b) = self.bytes_mut(a, elemsize)
            {
                b.fill(0xa5);
            }
        }
        let released = nalloc == 0 && !keep;
        if let Some(log) = &mut self.log {
            log.extend(freed_slots.iter().map(|&obj| HeapEv::Free { obj }));
            log.push(HeapEv::Swept { start, freed, released });
        }
        if released {
            self.free_span(id);
        } else if !keep {
            let half = swept_half(sg);
            let c = &mut self.central[spc.0 as usize];
            if full { c.full[half].push(id) } else { c.partial[half].push(id) }
        }
        freed
    }

    /// `sweepone`: sweeps one unswept span of any class; false when none
    /// is left.
    pub fn sweep_one(&mut self) -> bool {
        let unswept = 1 - swept_half(self.sweepgen);
        for k in 0..NUM_SPAN_CLASSES {
            let c = (self.sweep_cursor + k) % NUM_SPAN_CLASSES;
            let central = &mut self.central[c];
            let id = central.partial[unswept].pop().or_else(|| central.full[unswept].pop());
            if let Some(id) = id {
                self.sweep_cursor = c;
                self.sweep_span(id, false);
                return true;
            }
        }
        false
    }

    /// Sweeps everything left (sweep termination, `runtime.GC`).
    pub fn finish_sweep(&mut self) -> u64 {
        let mut n = 0;
        while self.sweep_one() {
            n += 1;
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use crate::runtime::mcache::MCache;
    use crate::runtime::memory::Memory;
    use crate::runtime::mgcmark::By;
    use crate::runtime::sizeclasses::SpanClass;

    /// A cycle by hand: a list a -> b, c unreachable; after marking from
    /// a and sweeping, c's slot is free and reused, a and b survive.
    #[test]
    fn mark_sweep_reuse() {
        let mut m = Memory::new();
        let mut mc = MCache::default();
        let a = mc.mallocgc(&mut m.heap, 16, crate::runtime::mbitmap::Layout::PTRS).addr;
        let b = mc.mallocgc(&mut m.heap, 16, crate::runtime::mbitmap::Layout::PTRS).addr;
        let c = mc.mallocgc(&mut m.heap, 16, crate::runtime::mbitmap::Layout::PTRS).addr;
        m.store(a, 8, b).unwrap();
        m.store(b + 8, 8, 7).unwrap();
        m.store(c, 8, a).unwrap();
        m.heap.gcw.marking = true;
        m.heap.shade(a + 8, By::Root("test")); // an interior pointer
        assert_eq!(m.heap.gcw.grey, vec![a]);
        m.heap.drain(u64::MAX);
        assert!(m.heap.is_marked(a) && m.heap.is_marked(b) && !m.heap.is_marked(c));
        assert_eq!(m.heap.gcw.marked_bytes, 32);
        m.heap.gcw.marking = false;
        m.heap.sweepgen += 2;
        mc.release_all(&mut m.heap); // the cached span is stale: swept now
        assert_eq!((m.heap.stats.frees, m.heap.stats.heap_objects), (1, 2));
        let id = m.heap.span_of(a).unwrap();
        assert_eq!(m.heap.span(id).alloc_count, 2);
        // The next allocation of the class takes c's slot back.
        assert_eq!(mc.mallocgc(&mut m.heap, 16, crate::runtime::mbitmap::Layout::PTRS).addr, c);
        assert_eq!(m.load(b + 8, 8), Some(7));
    }

    /// A span left with nothing goes back to the heap; a large object too.
    #[test]
    fn empty_spans_released() {
        let mut m = Memory::new();
        let mut mc = MCache::default();
        mc.mallocgc(&mut m.heap, 64, crate::runtime::mbitmap::Layout::NOSCAN);
        let big = mc.mallocgc(&mut m.heap, 100_000, crate::runtime::mbitmap::Layout::PTRS).addr;
        let inuse = m.heap.stats.heap_inuse;
        m.heap.sweepgen += 2;
        mc.release_all(&mut m.heap);
        assert!(m.heap.finish_sweep() >= 1);
        assert_eq!(m.heap.span_of(big), None);
        assert!(m.heap.stats.heap_inuse < inuse);
        assert_eq!(m.heap.stats.heap_objects, 0);
        assert_eq!(m.heap.central[SpanClass::new(0, false).0 as usize].full, [vec![], vec![]]);
    }

    /// While marking, overwriting a pointer shades the old referent.
    #[test]
    fn deletion_barrier() {
        let mut m = Memory::new();
        let mut mc = MCache::default();
        let holder = mc.mallocgc(&mut m.heap, 8, crate::runtime::mbitmap::Layout::PTRS).addr;
        let x = mc.mallocgc(&mut m.heap, 8, crate::runtime::mbitmap::Layout::PTRS).addr;
        m.store(holder, 8, x).unwrap();
        m.heap.gcw.marking = true;
        m.store(holder, 8, 0).unwrap();
        assert!(m.heap.is_marked(x));
    }
}
