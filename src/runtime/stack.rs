//! Goroutine stacks as modelled memory (`runtime/stack.go`).
//!
//! Stacks come from manually managed heap spans (`mSpanManual`), as in Go:
//! sizes are powers of two from 2 KiB (`stackMin`); stacks under 32 KiB are
//! carved out of 32 KiB spans by per-order free lists (`stackpool`, orders
//! 2, 4, 8 and 16 KiB); larger stacks get a span of their own. Freed stacks
//! go back to their pool (or their span to the heap).
//! Simplification: one global pool (Go also keeps per-P `stackcache`s), and
//! pool spans are never returned to the heap while any stack of theirs
//! lives. Growth by copying belongs to the evaluator (issue 4).

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

fn order_of(n: u64) -> Option<usize> {
    let order = (n / STACK_MIN).trailing_zeros() as usize;
    (order < NUM_ORDERS).then_some(order)
}

impl StackAllocator {
    /// A stack of `n` bytes (a power of two, at least `STACK_MIN`).
    pub fn alloc(&mut self, heap: &mut MHeap, n: u64) -> Stack {
        debug_assert!(n.is_power_of_two() && n >= STACK_MIN);
        self.in_use += n;
        match order_of(n) {
            Some(order) => {
                if self.pool[order].is_empty() {
                    let id = heap.alloc_span(POOL_SPAN_BYTES / PAGE_SIZE, SpanClass(0), SpanState::Manual);
                    self.sys += POOL_SPAN_BYTES;
                    let start = heap.span(id).start;
                    // Lowest addresses first.
                    self.pool[order].extend((0..POOL_SPAN_BYTES / n).rev().map(|i| start + i * n));
                }
                let lo = self.pool[order].pop().expect("pool refilled");
                Stack { lo, hi: lo + n }
            }
            None => {
                let id = heap.alloc_span(n.div_ceil(PAGE_SIZE), SpanClass(0), SpanState::Manual);
                self.sys += n;
                let lo = heap.span(id).start;
                self.large.push((lo, id));
                Stack { lo, hi: lo + n }
            }
        }
    }

    /// Returns a stack (`stackfree`); its memory is zeroed for reuse.
    pub fn free(&mut self, heap: &mut MHeap, s: Stack) {
        let n = s.size();
        self.in_use -= n;
        // Not cleared: a caller reads the results of a callee whose frame
        // opened this segment after popping it (frames are zeroed when
        // reserved, so nothing reads stale bytes as values).
        match order_of(n) {
            Some(order) => self.pool[order].push(s.lo),
            None => {
                if let Some(i) = self.large.iter().position(|&(lo, _)| lo == s.lo) {
                    let (_, id) = self.large.swap_remove(i);
                    heap.free_span(id);
                    self.sys -= n;
                }
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
        let a = st.alloc(&mut h, STACK_MIN);
        let b = st.alloc(&mut h, STACK_MIN);
        assert_eq!(b.lo, a.lo + STACK_MIN, "carved from one 32 KiB span");
        assert_eq!(st.sys, POOL_SPAN_BYTES);
        st.free(&mut h, a);
        assert_eq!(st.alloc(&mut h, STACK_MIN), a, "a freed stack is reused");
        let big = st.alloc(&mut h, 64 << 10);
        assert_eq!(big.size(), 64 << 10);
        assert!(h.span_of(big.lo).is_some());
        st.free(&mut h, big);
        assert!(h.span_of(big.lo).is_none(), "a large stack's span goes back to the heap");
    }
}
