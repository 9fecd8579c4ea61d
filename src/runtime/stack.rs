//! Goroutine stacks as modelled memory (`runtime/stack.go`).
//!
//! Stacks come from manually managed heap spans (`mSpanManual`), as in Go:
//! sizes are powers of two from 2 KiB (`stackMin`); stacks under 32 KiB are
//! carved out of 32 KiB spans by per-order free lists (`stackpool`, orders
//! 2, 4, 8 and 16 KiB); larger stacks get a span of their own. Freed stacks
//! go back to their pool (or their span to the heap).
//! Simplification: one global pool (Go also keeps per-P `stackcache`s), and
//! pool spans are never returned to the heap (Go frees a pool span whose
//! stacks are all free). Growth by copying belongs to the evaluator
//! (issue 4). Each allocation and free says which span (`StackSpan`), for
//! the trace's `stack.alloc` and `stack.free`.

use super::mheap::{MHeap, SpanId, SpanState};
use super::sizeclasses::{PAGE_SIZE, SpanClass};

/// `stackMin`: the initial stack of a goroutine.
pub const STACK_MIN: u64 = 2048;
/// Stacks below `STACK_MIN << NUM_ORDERS` come from the pools.
pub const NUM_ORDERS: usize = 4;
/// Bytes of each span carved into pool stacks (`_StackCacheSize`).
pub const POOL_SPAN_BYTES: u64 = 32 << 10;
/// The largest stack a goroutine may grow to (`maxstacksize` on 64-bit).
pub const MAX_STACK: u64 = 1_000_000_000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stack {
    pub lo: u64,
    pub hi: u64,
}

impl Stack {
    pub fn size(self) -> u64 {
        self.hi - self.lo
    }
}

#[derive(Default)]
pub struct StackAllocator {
    pool: [Vec<u64>; NUM_ORDERS],
    /// Large stacks by their low address.
    large: Vec<(u64, SpanId)>,
    /// Bytes of stacks handed out (`MemStats.StackInuse` counts spans).
    pub in_use: u64,
    /// Bytes of spans obtained for stacks (`StackSys`).
    pub sys: u64,
}

/// The span a stack was carved from or went back to (for the trace).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackSpan {
    /// The span's start address and pages.
    pub start: u64,
    pub npages: u64,
    /// The pool's order (`stackpool[order]`), or None for a large stack's
    /// own span.
    pub order: Option<usize>,
    /// The span was just taken from the heap (alloc) or given back to it
    /// (free).
    pub heap: bool,
}

fn order_of(n: u64) -> Option<usize> {
    let order = (n / STACK_MIN).trailing_zeros() as usize;
    (order < NUM_ORDERS).then_some(order)
}

impl StackAllocator {
    /// A stack of `n` bytes (a power of two, at least `STACK_MIN`), and
    /// its span.
    pub fn alloc(&mut self, heap: &mut MHeap, n: u64) -> (Stack, StackSpan) {
        debug_assert!(n.is_power_of_two() && n >= STACK_MIN);
        self.in_use += n;
        match order_of(n) {
            Some(order) => {
                let fresh = self.pool[order].is_empty();
                if fresh {
                    let id = heap.alloc_span(POOL_SPAN_BYTES / PAGE_SIZE, SpanClass(0), SpanState::Manual);
                    self.sys += POOL_SPAN_BYTES;
                    let start = heap.span(id).start;
                    // Lowest addresses first.
                    self.pool[order].extend((0..POOL_SPAN_BYTES / n).rev().map(|i| start + i * n));
                }
                let lo = self.pool[order].pop().expect("pool refilled");
                let span = Self::span(heap, lo, Some(order), fresh);
                (Stack { lo, hi: lo + n }, span)
            }
            None => {
                let npages = n.div_ceil(PAGE_SIZE);
                let id = heap.alloc_span(npages, SpanClass(0), SpanState::Manual);
                self.sys += n;
                let lo = heap.span(id).start;
                self.large.push((lo, id));
                (Stack { lo, hi: lo + n }, StackSpan { start: lo, npages, order: None, heap: true })
            }
        }
    }

    fn span(heap: &MHeap, lo: u64, order: Option<usize>, changed: bool) -> StackSpan {
        let (start, npages) = heap.span_of(lo).map_or((lo, 0), |id| (heap.span(id).start, heap.span(id).npages));
        StackSpan { start, npages, order, heap: changed }
    }

    /// Returns a stack (`stackfree`), and its span.
    pub fn free(&mut self, heap: &mut MHeap, s: Stack) -> StackSpan {
        let n = s.size();
        self.in_use -= n;
        // Not cleared: a caller reads the results of a callee whose frame
        // opened this segment after popping it (frames are zeroed when
        // reserved, so nothing reads stale bytes as values).
        match order_of(n) {
            Some(order) => {
                self.pool[order].push(s.lo);
                Self::span(heap, s.lo, Some(order), false)
            }
            None => {
                let npages = n.div_ceil(PAGE_SIZE);
                if let Some(i) = self.large.iter().position(|&(lo, _)| lo == s.lo) {
                    let (_, id) = self.large.swap_remove(i);
                    heap.free_span(id);
                    self.sys -= n;
                }
                StackSpan { start: s.lo, npages, order: None, heap: true }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pools_and_large_stacks() {
        let mut h = MHeap::new();
        let mut st = StackAllocator::default();
        let (a, sa) = st.alloc(&mut h, STACK_MIN);
        let (b, sb) = st.alloc(&mut h, STACK_MIN);
        assert_eq!(b.lo, a.lo + STACK_MIN, "carved from one 32 KiB span");
        assert!(sa.heap && !sb.heap, "the first takes a span from the heap");
        assert_eq!((sb.start, sb.npages, sb.order), (a.lo, POOL_SPAN_BYTES / PAGE_SIZE, Some(0)));
        assert_eq!(st.sys, POOL_SPAN_BYTES);
        st.free(&mut h, a);
        assert_eq!(st.alloc(&mut h, STACK_MIN).0, a, "a freed stack is reused");
        let (big, _) = st.alloc(&mut h, 64 << 10);
        assert_eq!(big.size(), 64 << 10);
        assert!(h.span_of(big.lo).is_some());
        st.free(&mut h, big);
        assert!(h.span_of(big.lo).is_none(), "a large stack's span goes back to the heap");
    }
}
