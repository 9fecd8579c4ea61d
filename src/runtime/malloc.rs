//! `mallocgc`: how an allocation request is routed (`runtime/malloc.go`,
//! RUNTIME-REFERENCE §1.2).
//!
//! - size 0: the address of `zerobase`, shared by all zero-size objects;
//! - pointer-free and under 16 B: the tiny allocator, packing objects into
//!   16-byte blocks from span class 5 (class 2, noscan);
//! - up to 32760 B: a slot of the size class, in a scan or noscan span; a
//!   pointerful object over 512 B gets the 8-byte malloc header, so its
//!   class is chosen for size + 8;
//! - larger: a span of its own (size class 0).
//!
//! Every route returns zeroed memory: a slot is cleared unless its span
//! was never swept with frees (`needzero`: a new span is all zero). A pointerful object's layout (the
//! element's pointer mask, `mbitmap.rs`) is recorded in its span's
//! metadata, per slot (Go's heap bits or malloc header) or per span for
//! a large object (Go's `largeType`); `Layout::NOSCAN` picks the noscan
//! route and span class.
//! The collector's side of an allocation (black allocation while marking,
//! assists, the trigger test) is the evaluator's (`interp::mgc`), which
//! calls this. Simplification: no heap profiling samples.

use super::mbitmap::Layout;
use super::mcache::MCache;
use super::mheap::{MHeap, SpanId, SpanState};
use super::sizeclasses::{self, MALLOC_HEADER_SIZE, MIN_SIZE_FOR_MALLOC_HEADER, PAGE_SIZE, SpanClass, TINY_SIZE};

/// The address all zero-size allocations return (`runtime.zerobase`), just
/// below the heap as in Go's data segment.
pub const ZEROBASE: u64 = 0x5a_0000;

/// The largest request served from size classes.
pub const MAX_SMALL_REQUEST: u64 = sizeclasses::MAX_SMALL_SIZE - MALLOC_HEADER_SIZE;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    ZeroSize,
    /// Tiny allocator; `fresh` when a new 16-byte block was taken.
    Tiny {
        fresh: bool,
    },
    Small,
    Large,
}

/// What one allocation did (the event stream reports it).
#[derive(Clone, Copy, Debug)]
pub struct Alloc {
    pub addr: u64,
    pub route: Route,
    pub sizeclass: usize,
    /// The object's span; None for a tiny object placed in the current
    /// block (the trace looks it up).
    pub span: Option<SpanId>,
    /// Bytes taken from the heap (slot size, or span size for large objects).
    pub bytes: u64,
    /// The mcache refilled its span of the class first (`mcache.refill`;
    /// a large object's span comes straight from the heap: false).
    pub refilled: bool,
}

impl MCache {
    pub fn mallocgc(&mut self, heap: &mut MHeap, size: u64, layout: Layout) -> Alloc {
        let noscan = layout.noscan();
        if size == 0 {
            return Alloc {
                addr: ZEROBASE,
                route: Route::ZeroSize,
                sizeclass: 0,
                span: None,
                bytes: 0,
                refilled: false,
            };
        }
        if size > MAX_SMALL_REQUEST {
            return self.malloc_large(heap, size, layout);
        }
        if noscan && size < TINY_SIZE {
            return self.malloc_tiny(heap, size);
        }
        let need = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { size + MALLOC_HEADER_SIZE } else { size };
        let class = sizeclasses::class_of(need);
        let (addr, span, refilled, needzero) = self.next_free(heap, SpanClass::new(class, noscan), layout);
        let bytes = sizeclasses::class_size(class);
        if needzero {
            zero(heap, addr, bytes);
        }
        count(heap, class, bytes);
        Alloc { addr, route: Route::Small, sizeclass: class, span: Some(span), bytes, refilled }
    }

    fn malloc_tiny(&mut self, heap: &mut MHeap, size: u64) -> Alloc {
        let align = if size & 7 == 0 {
            8
        } else if size & 3 == 0 {
            4
        } else if size & 1 == 0 {
            2
        } else {
            1
        };
        let off = self.tiny_offset.div_ceil(align) * align;
        if self.tiny != 0 && off + size <= TINY_SIZE {
            self.tiny_offset = off + size;
            self.tiny_allocs += 1;
            let addr = self.tiny + off;
            return Alloc {
                addr,
                route: Route::Tiny { fresh: false },
                sizeclass: sizeclasses::TINY_SIZE_CLASS,
                // The block's span; only the event stream asks (`trace_alloc`).
                span: None,
                bytes: 0,
                refilled: false,
            };
        }
        let spc = SpanClass::new(sizeclasses::TINY_SIZE_CLASS, true);
        let (addr, span, refilled, needzero) = self.next_free(heap, spc, Layout::NOSCAN);
        if needzero {
            zero(heap, addr, TINY_SIZE);
        }
        count(heap, sizeclasses::TINY_SIZE_CLASS, TINY_SIZE);
        // Keep whichever block has more room left.
        if self.tiny == 0 || size < self.tiny_offset {
            self.tiny = addr;
            self.tiny_offset = size;
        }
        Alloc {
            addr,
            route: Route::Tiny { fresh: true },
            sizeclass: sizeclasses::TINY_SIZE_CLASS,
            span: Some(span),
            bytes: TINY_SIZE,
            refilled,
        }
    }

    fn malloc_large(&mut self, heap: &mut MHeap, size: u64, layout: Layout) -> Alloc {
        let noscan = layout.noscan();
        let npages = size.div_ceil(PAGE_SIZE);
        let id = heap.alloc_span(npages, SpanClass::new(0, noscan), SpanState::InUse);
        let s = heap.span_mut(id);
        s.alloc_bits[0] = 1;
        s.freeindex = 1;
        s.alloc_count = 1;
        s.set_layout(0, layout);
        let (addr, bytes) = (s.start, s.npages * PAGE_SIZE);
        // Large spans live in their class's full swept set until swept.
        let half = super::mgcsweep::swept_half(heap.sweepgen);
        heap.central[SpanClass::new(0, noscan).0 as usize].full[half].push(id);
        count(heap, 0, bytes);
        Alloc { addr, route: Route::Large, sizeclass: 0, span: Some(id), bytes, refilled: false }
    }
}

fn zero(heap: &mut MHeap, addr: u64, len: u64) {
    if let Some(b) = heap.bytes_mut(addr, len) {
        b.fill(0);
    }
}

fn count(heap: &mut MHeap, class: usize, bytes: u64) {
    let st = &mut heap.stats;
    st.mallocs += 1;
    st.total_alloc += bytes;
    st.heap_alloc += bytes;
    st.heap_objects += 1;
    st.by_size_mallocs[class] += 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::mheap::ARENA_BASE;

    #[test]
    fn routes() {
        let mut h = MHeap::new();
        let mut c = MCache::default();
        assert_eq!(c.mallocgc(&mut h, 0, Layout::NOSCAN).addr, ZEROBASE);
        let a = c.mallocgc(&mut h, 24, Layout::PTRS);
        assert_eq!((a.route, a.sizeclass, a.addr), (Route::Small, 3, ARENA_BASE));
        let b = c.mallocgc(&mut h, 24, Layout::PTRS);
        assert_eq!(b.addr, ARENA_BASE + 24);
        // A pointerful 520-byte object needs a header: 528 B → class 27 (576 B).
        assert_eq!(c.mallocgc(&mut h, 520, Layout::PTRS).sizeclass, 27);
        // Pointer-free, no header: class 27 too only above 512.
        assert_eq!(c.mallocgc(&mut h, 512, Layout::NOSCAN).sizeclass, 26);
        assert_eq!(c.mallocgc(&mut h, 32760, Layout::PTRS).route, Route::Small);
        let l = c.mallocgc(&mut h, 32761, Layout::PTRS);
        assert_eq!((l.route, l.bytes), (Route::Large, 4 * PAGE_SIZE));
    }

    #[test]
    fn tiny_allocator_packs_blocks() {
        let mut h = MHeap::new();
        let mut c = MCache::default();
        let addrs: Vec<u64> = (0..6).map(|_| c.mallocgc(&mut h, 4, Layout::NOSCAN).addr).collect();
        let base = addrs[0];
        assert_eq!(addrs.iter().map(|a| a - base).collect::<Vec<_>>(), vec![0, 4, 8, 12, 16, 20]);
        // 1000 int32s: 250 blocks, 750 packed into existing ones (§1.4).
        let mut h = MHeap::new();
        let mut c = MCache::default();
        for _ in 0..1000 {
            c.mallocgc(&mut h, 4, Layout::NOSCAN);
        }
        assert_eq!((h.stats.mallocs, c.tiny_allocs), (250, 750));
    }

    #[test]
    fn refill_takes_a_new_span() {
        let mut h = MHeap::new();
        let mut c = MCache::default();
        let first = c.mallocgc(&mut h, 8, Layout::PTRS);
        let mut refills = 0;
        for _ in 1..1008 {
            refills += c.mallocgc(&mut h, 8, Layout::PTRS).refilled as u32;
        }
        assert_eq!(refills, 0, "a scan span of 8-byte objects holds 1008");
        let next = c.mallocgc(&mut h, 8, Layout::PTRS);
        assert!(next.refilled);
        assert_ne!(h.span_of(next.addr), h.span_of(first.addr));
        let full = h.span_of(first.addr).unwrap();
        assert!(h.central[SpanClass::new(1, false).0 as usize].full.iter().any(|v| v.contains(&full)));
    }
}
