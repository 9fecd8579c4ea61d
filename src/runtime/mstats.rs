//! Memory statistics (`runtime/mstats.go`): the collector's side of
//! `runtime.MemStats`, and the whole record as `ReadMemStats` fills it.
//!
//! `GcStats` holds what the collector records at the end of each cycle
//! (`gcMarkTermination`): cycle counts, the next heap goal, pause times in
//! virtual nanoseconds, and the CPU fraction the gctrace line prints.
//! Invariant: `pause_ns[(num_gc + 255) % 256]` is the latest pause, as in Go.
//!
//! `read_mem_stats` computes `MemStats` with `readmemstats_m`'s formulas
//! (RUNTIME-REFERENCE §3.9) from the heap's counters (`HeapStats`), the
//! mcache's tiny count and the stack allocator:
//! - `Mallocs`/`Frees`: objects allocated/freed, tiny sub-allocations
//!   added to both (their 16-byte blocks are the class-2 allocations);
//!   `HeapObjects = Mallocs - Frees`; `Alloc = HeapAlloc`; `TotalAlloc`
//!   counts slot sizes (whole pages for large objects).
//! - `BySize[i]`: classes 0-60 with their size; class 0 (large objects,
//!   counted apart in Go) stays zero.
//! - Stacks live in manual spans on heap pages: their bytes are
//!   `StackInuse` (= `StackSys`, as on linux) and leave `HeapSys`;
//!   `HeapInuse` counts object spans only; `HeapIdle = HeapSys - HeapInuse`.
//! - `Sys` is the sum of the `*Sys` fields, as in Go.
//! - `NextGC`, `LastGC`, pauses, `NumGC`, `NumForcedGC`, `GCCPUFraction`
//!   come from `GcStats`; `EnableGC` is true, `DebugGC` false, `Lookups` 0.
//!
//! Go stops the world and flushes every mcache's counts before reading;
//! in the model the counts are global already, so only the flush's side
//! effect (the tiny block and cached spans are released) is the caller's.
//!
//! Approximations (the model has no such memory): `HeapReleased` is 0 (no
//! scavenger; Go counts never-used heap pages as released too);
//! `MSpanInuse`/`MSpanSys` are Go's record size (160 B) times the model's
//! live/ever-made span records, the latter in fixalloc's 16 KiB chunks;
//! `MCacheInuse`/`MCacheSys` one 2296-byte mcache per P, likewise;
//! `BuckHashSys` and `OtherSys` are the constants a fresh Go 1.27 program
//! reports, and `GCSys` that program's value plus 1/200 of the heap (the
//! growth measured on a 180 MB heap). Go's own runtime allocations at
//! start-up (about 110 objects) are not modelled.

use super::mheap::{MHeap, SpanState};
use super::sizeclasses::CLASSES;
use super::stack::StackAllocator;

/// What the collector reports to `ReadMemStats`.
#[derive(Clone, Debug)]
pub struct GcStats {
    pub num_gc: u32,
    pub num_forced_gc: u32,
    /// The heap goal of the next cycle (`MemStats.NextGC`).
    pub next_gc: u64,
    /// End of the last cycle, nanoseconds since the Unix epoch (0: none yet).
    pub last_gc_unix: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub gc_cpu_fraction: f64,
}

impl Default for GcStats {
    fn default() -> Self {
        GcStats {
            num_gc: 0,
            num_forced_gc: 0,
            next_gc: 4 << 20,
            last_gc_unix: 0,
            pause_total_ns: 0,
            pause_ns: [0; 256],
            pause_end: [0; 256],
            gc_cpu_fraction: 0.0,
        }
    }
}

/// Entries of `MemStats.BySize`: classes 0–60 only (the array predates the
/// larger classes and cannot change; Go copies the first 61).
pub const BY_SIZE_LEN: usize = 61;

/// `unsafe.Sizeof(mspan{})` on amd64 (Go 1.27): `MSpanInuse` per span.
pub const MSPAN_SIZE: u64 = 160;
/// `unsafe.Sizeof(mcache{})` on amd64 (Go 1.27): `MCacheInuse` per P.
pub const MCACHE_SIZE: u64 = 2296;
/// `_FixAllocChunk`: fixalloc takes memory in 16 KiB chunks holding a
/// whole number of records (`nchunk = 16384 / size * size`).
const FIXALLOC_CHUNK: u64 = 16 << 10;
/// `BuckHashSys` of a Go 1.27 program: the profiling bucket hash table
/// (179999 words) plus the first buckets; constant here (no profiling).
pub const BUCKHASH_SYS: u64 = 1_442_522;
/// `GCSys` of a fresh Go 1.27 program (heap-arena metadata, the page
/// allocator's summaries, the first gcBits arenas) ...
pub const GC_SYS_BASE: u64 = 1_526_032;
/// ... growing by about 1/200 of the heap (mark and alloc bits), as
/// measured on a 180 MB heap.
pub const GC_SYS_HEAP_DIV: u64 = 200;
/// `OtherSys` of a fresh Go 1.27 program (profiling, trace and debug
/// buffers, other off-heap runtime data); constant here.
pub const OTHER_SYS: u64 = 610_006;

/// One `MemStats.BySize` entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BySize {
    pub size: u32,
    pub mallocs: u64,
    pub frees: u64,
}

/// The values of `runtime.MemStats`, field for field.
#[derive(Clone, Debug)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buckhash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [BySize; BY_SIZE_LEN],
}

/// Bytes fixalloc has taken for `n` records of `size` bytes.
fn fixalloc_sys(n: u64, size: u64) -> u64 {
    let per_chunk = FIXALLOC_CHUNK / size;
    n.div_ceil(per_chunk) * per_chunk * size
}

/// `readmemstats_m`: the statistics of the heap, the goroutine stacks, and
/// the collector's record. `nprocs` is GOMAXPROCS (one mcache per P).
/// The caller flushes the mcache first (`flushallmcaches`) so that the
/// tiny block starts afresh after the call, as in Go; the counts
/// themselves are global in the model and need no flushing.
pub fn read_mem_stats(heap: &MHeap, stacks: &StackAllocator, nprocs: u64) -> MemStats {
    let st = &heap.stats;
    // Tiny sub-allocations count as a malloc and a free each (their block
    // is the class-2 allocation).
    let mallocs = st.mallocs + st.tiny_allocs;
    let frees = st.frees + st.tiny_allocs;

    // Stack spans are manual spans taken from the heap's pages: Go moves
    // their bytes out of HeapSys into StackInuse, and HeapInuse counts
    // in-use (object) spans only. (Saturating arithmetic: a broken
    // invariant shows as a wrong number, never a host crash.)
    let stack_inuse = stacks.sys;
    let heap_sys = st.heap_sys.saturating_sub(stack_inuse);
    let heap_inuse = st.heap_inuse;
    let heap_released = 0; // no scavenger: nothing is returned to the OS

    let live_spans = heap.spans.iter().filter(|s| s.state != SpanState::Dead).count() as u64;
    let mspan_sys = fixalloc_sys(heap.spans.len() as u64, MSPAN_SIZE);
    let mcache_sys = fixalloc_sys(nprocs, MCACHE_SIZE);
    let gc_sys = GC_SYS_BASE + st.heap_sys / GC_SYS_HEAP_DIV;
    let stack_sys = stack_inuse;

    let mut by_size = [BySize::default(); BY_SIZE_LEN];
    for (i, b) in by_size.iter_mut().enumerate() {
        b.size = CLASSES[i].0;
        // Class 0 stands for large objects, which Go counts apart
        // (`largeAllocCount`): its entry stays zero.
        if i > 0 {
            b.mallocs = st.by_size_mallocs[i];
            b.frees = st.by_size_frees[i];
        }
    }

    let gc = &st.gc;
    MemStats {
        alloc: st.heap_alloc,
        total_alloc: st.total_alloc,
        sys: heap_sys + stack_sys + mspan_sys + mcache_sys + BUCKHASH_SYS + gc_sys + OTHER_SYS,
        lookups: 0,
        mallocs,
        frees,
        heap_alloc: st.heap_alloc,
        heap_sys,
        heap_idle: heap_sys.saturating_sub(heap_inuse),
        heap_inuse,
        heap_released,
        heap_objects: mallocs.saturating_sub(frees),
        stack_inuse,
        stack_sys,
        mspan_inuse: live_spans * MSPAN_SIZE,
        mspan_sys,
        mcache_inuse: nprocs * MCACHE_SIZE,
        mcache_sys,
        buckhash_sys: BUCKHASH_SYS,
        gc_sys,
        other_sys: OTHER_SYS,
        next_gc: gc.next_gc,
        last_gc: gc.last_gc_unix,
        pause_total_ns: gc.pause_total_ns,
        pause_ns: gc.pause_ns,
        pause_end: gc.pause_end,
        num_gc: gc.num_gc,
        num_forced_gc: gc.num_forced_gc,
        gc_cpu_fraction: gc.gc_cpu_fraction,
        enable_gc: true,
        debug_gc: false,
        by_size,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixalloc_chunks() {
        // Go 1.27 reports MSpanSys 32640 (two chunks of 102 spans) and
        // MCacheSys 16072 (one chunk of 7 mcaches) at start-up.
        assert_eq!(fixalloc_sys(149, MSPAN_SIZE), 32640);
        assert_eq!(fixalloc_sys(2, MCACHE_SIZE), 16072);
        assert_eq!(fixalloc_sys(8, MCACHE_SIZE), 32144);
    }

    #[test]
    fn tiny_allocations_count_twice_and_stacks_leave_the_heap() {
        let mut h = MHeap::new();
        let mut c = crate::runtime::mcache::MCache::default();
        let mut stacks = StackAllocator::default();
        stacks.alloc(&mut h, 8192);
        for _ in 0..1000 {
            c.mallocgc(&mut h, 4, crate::runtime::mbitmap::Layout::NOSCAN);
        }
        c.mallocgc(&mut h, 40000, crate::runtime::mbitmap::Layout::PTRS);
        c.release_all(&mut h); // flushallmcaches, as ReadMemStats does
        let m = read_mem_stats(&h, &stacks, 1);
        // §1.4: 1000 int32s are 250 blocks, 750 packed into them.
        assert_eq!((m.mallocs, m.frees, m.heap_objects), (250 + 750 + 1, 750, 251));
        assert_eq!(m.by_size[2], BySize { size: 16, mallocs: 250, frees: 0 });
        assert_eq!(m.by_size[0], BySize::default(), "large objects are not in BySize");
        assert_eq!(m.total_alloc, 250 * 16 + 5 * 8192);
        assert_eq!(m.heap_alloc, m.alloc);
        assert_eq!(m.stack_inuse, 32 << 10);
        assert_eq!(m.heap_sys + m.stack_inuse, 4 << 20);
        assert_eq!(m.heap_inuse, 8192 + 5 * 8192);
        assert_eq!(m.heap_idle, m.heap_sys - m.heap_inuse);
        assert_eq!(
            m.sys,
            m.heap_sys + m.stack_sys + m.mspan_sys + m.mcache_sys + m.buckhash_sys + m.gc_sys + m.other_sys
        );
        assert!(m.enable_gc && !m.debug_gc);
        assert_eq!(m.by_size[60].size, 18432);
    }
}
