//! The page heap and its spans (`runtime/mheap.go`).
//!
//! Models `mheap_`: heap address space starting at 0xc000000000, as on
//! Go/amd64, handed out in 8 KiB pages; `alloc_span` finds a run of free
//! pages (first fit, lowest address) and grows the heap in 4 MiB steps
//! (512 pages, one palloc chunk) when none is free. Every span is an
//! `MSpan` with Go's fields: start address, pages, span class, element
//! size, slot count, `freeindex`, `allocBits`, `gcmarkBits`, `allocCount`,
//! `sweepgen`, state. The bytes of the heap live in one host buffer that
//! grows with the heap, so host memory follows the modelled heap.
//!
//! Before growing, `alloc_span` sweeps unswept spans until a run of free
//! pages appears (`mheap.reclaim`), so freed memory is reused and the
//! heap (and the host buffer behind it) grows only with live data.
//!
//! While tracing, the heap records its steps in `log` (`HeapEv`: marking,
//! sweeping, and heap spans moving between mcache, mcentral and the page
//! heap; stack spans are not recorded), which the evaluator turns into
//! events; otherwise a step pays one test of `log`, on slow paths only.
//!
//! Simplifications: arenas are not materialised (the 64 MiB arena is only
//! an address-space unit); there is no per-P page cache and no scavenger
//! (freed pages are never returned to the OS: `HeapReleased` stays 0);
//! `allocCache` is not kept (the free-slot search reads `allocBits`
//! directly, with the same result).

use super::mbitmap::{Layout, Layouts};
use super::mcentral::MCentral;
use super::sizeclasses::{self, NUM_SPAN_CLASSES, PAGE_SIZE, SpanClass};
use std::collections::BTreeMap;

/// First heap address, as on Go/amd64.
pub const ARENA_BASE: u64 = 0xc0_0000_0000;
/// `heapArenaBytes`: 64 MiB.
pub const ARENA_BYTES: u64 = 64 << 20;
/// The heap grows by at least 512 pages (4 MiB, a palloc chunk).
pub const GROW_PAGES: u64 = 512;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpanId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanState {
    Dead,
    InUse,
    /// Manually managed (goroutine stacks).
    Manual,
}

#[derive(Clone, Debug)]
pub struct MSpan {
    pub start: u64,
    pub npages: u64,
    pub spanclass: SpanClass,
    pub elemsize: u64,
    pub nelems: u64,
    /// Slots below this index are allocated.
    pub freeindex: u64,
    pub alloc_bits: Vec<u64>,
    pub gcmark_bits: Vec<u64>,
    pub alloc_count: u64,
    pub sweepgen: u32,
    pub state: SpanState,
    /// The layout (`mbitmap.rs`) of every object allocated in the span so
    /// far, while they all share one (`Layout::UNSET` before the first,
    /// `Layout::MIXED` once they differ)...
    pub layout: Layout,
    /// ...and once they differ, each slot's, set by `mallocgc`.
    pub slot_layouts: Vec<Layout>,
    /// Some free slot may hold old bytes (`needzero`): a new span's
    /// memory is all zero, so its slots need no clearing until a sweep
    /// frees one.
    pub needzero: bool,
}

impl MSpan {
    pub fn limit(&self) -> u64 {
        self.start + self.npages * PAGE_SIZE
    }

    /// Records slot `i`'s layout (`mallocgc`): one compare while the
    /// span's objects share a layout (Go writes the heap bits here).
    #[inline]
    pub fn set_layout(&mut self, i: u64, layout: Layout) {
        if self.layout != layout {
            self.set_layout_slow(i, layout);
        }
    }

    #[cold]
    fn set_layout_slow(&mut self, i: u64, layout: Layout) {
        if self.layout == Layout::UNSET {
            self.layout = layout;
            return;
        }
        if self.slot_layouts.is_empty() {
            self.slot_layouts = vec![self.layout; self.nelems as usize];
            self.layout = Layout::MIXED;
        }
        if let Some(l) = self.slot_layouts.get_mut(i as usize) {
            *l = layout;
        }
    }

    /// The layout of the object at `addr` (conservative if none was
    /// recorded).
    #[inline]
    pub fn layout_at(&self, addr: u64) -> Layout {
        let l = if self.slot_layouts.is_empty() {
            self.layout
        } else {
            self.slot_layouts.get(self.slot_of(addr) as usize).copied().unwrap_or(Layout::CONSERVATIVE)
        };
        if l == Layout::UNSET { Layout::CONSERVATIVE } else { l }
    }

    pub fn is_allocated(&self, i: u64) -> bool {
        self.alloc_bits[(i / 64) as usize] >> (i % 64) & 1 == 1
    }

    /// The next free slot at or after `freeindex` (`nextFreeIndex`), which
    /// it marks allocated; None when the span is full.
    pub fn next_free(&mut self) -> Option<u64> {
        let mut i = self.freeindex;
        while i < self.nelems {
            let w = (i / 64) as usize;
            // Free slots from i on, in this word of allocBits.
            let free = !self.alloc_bits[w] >> (i % 64);
            if free != 0 {
                let j = i + free.trailing_zeros() as u64;
                if j >= self.nelems {
                    break;
                }
                self.alloc_bits[w] |= 1 << (j % 64);
                self.freeindex = j + 1;
                self.alloc_count += 1;
                return Some(j);
            }
            i = (w as u64 + 1) * 64;
        }
        self.freeindex = self.nelems;
        None
    }

    /// The slot index of an address inside the span.
    pub fn slot_of(&self, addr: u64) -> u64 {
        (addr - self.start) / self.elemsize
    }
}

/// A step of the heap, recorded for the event stream while tracing (the
/// heap has no tracer: `interp::trace` turns the log into events right
/// after the step's caller returns).
#[derive(Clone, Copy, Debug)]
pub enum HeapEv {
    /// Marking: an object shaded grey, and what reached it.
    Grey {
        obj: u64,
        by: super::mgcmark::By,
    },
    Black {
        obj: u64,
    },
    /// A slot freed by the sweeper.
    Free {
        obj: u64,
    },
    /// A span swept: slots freed, and whether its pages went back to the heap.
    Swept {
        start: u64,
        freed: u64,
        released: bool,
    },
    /// `mcache.refill`: the mcache's span of `spc` has no free slot
    /// (`old`, None when it held none yet).
    Refill {
        p: u32,
        spc: SpanClass,
        old: Option<u64>,
    },
    /// `mcentral.uncacheSpan`: a span back from an mcache.
    Uncache {
        start: u64,
        spc: SpanClass,
        to: Uncached,
    },
    /// `mcentral.cacheSpan`: the span handed to the mcache, where it came
    /// from and its free slots.
    Cache {
        /// The P whose mcache takes the span.
        p: u32,
        start: u64,
        spc: SpanClass,
        from: CacheFrom,
        free: u64,
    },
    /// `mheap.alloc`: a heap span of `npages` (`grown`: bytes the heap grew
    /// by to make room).
    SpanAlloc {
        start: u64,
        npages: u64,
        spc: SpanClass,
        grown: u64,
    },
    /// `mheap.freeSpan`: a heap span's pages back to the page heap.
    SpanFree {
        start: u64,
        npages: u64,
    },
}

/// Where `uncacheSpan` put a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uncached {
    Full,
    Partial,
    /// Cached before the last cycle ended: swept at once.
    Stale,
}

/// Where `cacheSpan` found a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheFrom {
    /// A swept span of the partial set.
    Partial,
    /// An unswept span, swept now and found to have room.
    Swept,
    /// None had room: `mcentral.grow` took a new span from the heap.
    Grown,
}

/// Heap-wide statistics, as `runtime.MemStats` will report them.
#[derive(Clone, Debug, Default)]
pub struct HeapStats {
    pub mallocs: u64,
    /// Tiny allocations packed into an existing block, flushed from the
    /// mcaches (`tinyAllocCount`).
    pub tiny_allocs: u64,
    pub frees: u64,
    pub total_alloc: u64,
    /// Bytes of allocated heap objects (slot sizes).
    pub heap_alloc: u64,
    pub heap_objects: u64,
    /// Bytes of in-use spans.
    pub heap_inuse: u64,
    /// Bytes of heap address space obtained.
    pub heap_sys: u64,
    /// Allocations by size class (counted when a slot is taken).
    pub by_size_mallocs: Vec<u64>,
    /// Frees by size class (counted when a sweep frees a slot).
    pub by_size_frees: Vec<u64>,
    /// What the collector records (cycles, goal, pauses).
    pub gc: super::mstats::GcStats,
}

pub struct MHeap {
    /// Bytes of `[ARENA_BASE, ARENA_BASE + mem.len())`.
    pub mem: Vec<u8>,
    pub spans: Vec<MSpan>,
    /// Free page runs: first page index → number of pages.
    free: BTreeMap<u64, u64>,
    /// Dead span records ready for reuse (Go's fixalloc free list).
    dead: Vec<SpanId>,
    /// The span owning each page (`spanOf`), by page index.
    page_span: Vec<Option<SpanId>>,
    pub central: Vec<MCentral>,
    pub sweepgen: u32,
    pub stats: HeapStats,
    /// The collector's marking state and the write barrier's switch.
    pub gcw: super::mgcmark::GcWork,
    /// Where the sweeper looks next for unswept spans (a span class).
    pub sweep_cursor: usize,
    /// The steps since the event stream last looked, when tracing.
    pub log: Option<Vec<HeapEv>>,
    /// Pages from this index on were never in a span, so their bytes are
    /// still the zeroes `grow` made (a span there needs no clearing).
    fresh: u64,
    /// The interned pointer masks heap objects are scanned by.
    pub layouts: Layouts,
}

impl Default for MHeap {
    fn default() -> Self {
        Self::new()
    }
}

impl MHeap {
    pub fn new() -> MHeap {
        MHeap {
            mem: Vec::new(),
            spans: Vec::new(),
            free: BTreeMap::new(),
            dead: Vec::new(),
            page_span: Vec::new(),
            central: (0..NUM_SPAN_CLASSES).map(|i| MCentral::new(SpanClass(i as u8))).collect(),
            sweepgen: 0,
            gcw: Default::default(),
            sweep_cursor: 0,
            log: None,
            fresh: 0,
            layouts: Layouts::new(),
            stats: HeapStats {
                by_size_mallocs: vec![0; sizeclasses::NUM_SIZE_CLASSES],
                by_size_frees: vec![0; sizeclasses::NUM_SIZE_CLASSES],
                ..Default::default()
            },
        }
    }

    pub fn span(&self, id: SpanId) -> &MSpan {
        &self.spans[id.0 as usize]
    }

    pub fn span_mut(&mut self, id: SpanId) -> &mut MSpan {
        &mut self.spans[id.0 as usize]
    }

    /// The in-use span containing `addr` (`spanOf`).
    pub fn span_of(&self, addr: u64) -> Option<SpanId> {
        let page = addr.checked_sub(ARENA_BASE)? / PAGE_SIZE;
        let id = (*self.page_span.get(page as usize)?)?;
        (self.span(id).state != SpanState::Dead).then_some(id)
    }

    /// Grows the heap by at least `npages` (rounded up to 4 MiB steps).
    fn grow(&mut self, npages: u64) {
        let n = npages.div_ceil(GROW_PAGES) * GROW_PAGES;
        let first = self.page_span.len() as u64;
        self.page_span.resize((first + n) as usize, None);
        let len = ((first + n) * PAGE_SIZE) as usize;
        if self.mem.is_empty() {
            // Zeroed by the allocator (fresh pages from the OS), not by hand.
            self.mem = vec![0; len];
        } else {
            self.mem.resize(len, 0);
        }
        self.stats.heap_sys += n * PAGE_SIZE;
        self.release(first, n);
    }

    /// Returns a run of pages to the free set, merging with neighbours.
    fn release(&mut self, mut first: u64, mut n: u64) {
        if let Some((&p, &len)) = self.free.range(..first).next_back()
            && p + len == first
        {
            self.free.remove(&p);
            first = p;
            n += len;
        }
        if let Some(&len) = self.free.get(&(first + n)) {
            self.free.remove(&(first + n));
            n += len;
        }
        self.free.insert(first, n);
    }

    /// Allocates a span of `npages` for span class `spc` (`mheap.alloc` +
    /// `initSpan`); its memory is zeroed.
    pub fn alloc_span(&mut self, npages: u64, spc: SpanClass, state: SpanState) -> SpanId {
        let mut found = self.free.iter().find(|&(_, &len)| len >= npages).map(|(&p, &len)| (p, len));
        // `mheap.reclaim`: sweep unswept spans for free pages before growing.
        while found.is_none() && self.sweep_one() {
            found = self.free.iter().find(|&(_, &len)| len >= npages).map(|(&p, &len)| (p, len));
        }
        let sys = self.stats.heap_sys;
        let (page, len) = match found {
            Some(f) => f,
            None => {
                self.grow(npages);
                let (&p, &len) = self.free.iter().find(|&(_, &len)| len >= npages).expect("grown heap has room");
                (p, len)
            }
        };
        self.free.remove(&page);
        if len > npages {
            self.free.insert(page + npages, len - npages);
        }
        let start = ARENA_BASE + page * PAGE_SIZE;
        let bytes = npages * PAGE_SIZE;
        let (lo, hi) = ((page * PAGE_SIZE) as usize, ((page + npages) * PAGE_SIZE) as usize);
        let dirty_hi = hi.min((self.fresh * PAGE_SIZE) as usize);
        if lo < dirty_hi {
            self.mem[lo..dirty_hi].fill(0);
        }
        self.fresh = self.fresh.max(page + npages);
        let class = spc.sizeclass();
        let (elemsize, nelems) =
            if class == 0 { (bytes, 1) } else { (sizeclasses::class_size(class), sizeclasses::nelems(spc)) };
        let words = nelems.div_ceil(64) as usize;
        let span = MSpan {
            start,
            npages,
            spanclass: spc,
            elemsize,
            nelems,
            freeindex: 0,
            alloc_bits: vec![0; words],
            gcmark_bits: vec![0; words],
            alloc_count: 0,
            sweepgen: self.sweepgen,
            state,
            layout: Layout::UNSET,
            slot_layouts: Vec::new(),
            needzero: false,
        };
        let id = match self.dead.pop() {
            Some(id) => {
                self.spans[id.0 as usize] = span;
                id
            }
            None => {
                self.spans.push(span);
                SpanId(self.spans.len() as u32 - 1)
            }
        };
        for p in page..page + npages {
            self.page_span[p as usize] = Some(id);
        }
        if state == SpanState::InUse {
            self.stats.heap_inuse += bytes;
            if let Some(log) = &mut self.log {
                log.push(HeapEv::SpanAlloc { start, npages, spc, grown: self.stats.heap_sys - sys });
            }
        }
        id
    }

    /// Returns a span's pages to the heap (`mheap.freeSpan`).
    pub fn free_span(&mut self, id: SpanId) {
        let (start, npages, state) = {
            let s = self.span(id);
            (s.start, s.npages, s.state)
        };
        if state == SpanState::InUse {
            self.stats.heap_inuse -= npages * PAGE_SIZE;
            if let Some(log) = &mut self.log {
                log.push(HeapEv::SpanFree { start, npages });
            }
        }
        let page = (start - ARENA_BASE) / PAGE_SIZE;
        for p in page..page + npages {
            self.page_span[p as usize] = None;
        }
        self.span_mut(id).state = SpanState::Dead;
        self.dead.push(id);
        self.release(page, npages);
    }

    /// Pages in the free set, and the number of free runs.
    pub fn free_pages(&self) -> (u64, usize) {
        (self.free.values().sum(), self.free.len())
    }

    /// The host bytes of `[addr, addr+len)`; None outside the heap.
    pub fn bytes(&self, addr: u64, len: u64) -> Option<&[u8]> {
        let lo = addr.checked_sub(ARENA_BASE)? as usize;
        self.mem.get(lo..lo.checked_add(len as usize)?)
    }

    pub fn bytes_mut(&mut self, addr: u64, len: u64) -> Option<&mut [u8]> {
        let lo = addr.checked_sub(ARENA_BASE)? as usize;
        self.mem.get_mut(lo..lo.checked_add(len as usize)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_pages() {
        let mut h = MHeap::new();
        let a = h.alloc_span(1, SpanClass::new(1, true), SpanState::InUse);
        let b = h.alloc_span(10, SpanClass::new(0, false), SpanState::InUse);
        assert_eq!(h.span(a).start, ARENA_BASE);
        assert_eq!(h.span(b).start, ARENA_BASE + PAGE_SIZE);
        assert_eq!(h.stats.heap_sys, 4 << 20);
        assert_eq!(h.span_of(ARENA_BASE + PAGE_SIZE * 5 + 3), Some(b));
        h.free_span(a);
        assert_eq!(h.span_of(ARENA_BASE), None);
        // Freed pages are reused first (lowest address).
        let c = h.alloc_span(1, SpanClass::new(2, true), SpanState::InUse);
        assert_eq!(h.span(c).start, ARENA_BASE);
        // A request larger than any free run grows the heap by the request
        // rounded up to 4 MiB steps (600 pages -> 1024 pages, 8 MiB more).
        h.alloc_span(600, SpanClass::new(0, true), SpanState::InUse);
        assert_eq!(h.stats.heap_sys, 12 << 20);
    }

    #[test]
    fn free_slot_search() {
        let mut h = MHeap::new();
        let id = h.alloc_span(1, SpanClass::new(1, true), SpanState::InUse);
        let s = h.span_mut(id);
        for want in 0..1024 {
            assert_eq!(s.next_free(), Some(want));
        }
        assert_eq!(s.next_free(), None);
        assert_eq!(s.alloc_count, 1024);
        // After a sweep frees slots 3 and 70, the search finds them in order.
        s.alloc_bits[0] &= !(1 << 3);
        s.alloc_bits[1] &= !(1 << 6);
        s.freeindex = 0;
        assert_eq!(s.next_free(), Some(3));
        assert_eq!(s.next_free(), Some(70));
        assert_eq!(s.next_free(), None);
    }
}
