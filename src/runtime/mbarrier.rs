//! The write barrier (`runtime/mbarrier.go`, `mwbbuf.go`).
//!
//! While the collector marks (`writeBarrier.enabled`), every store into a
//! heap object shades the pointer it overwrites (the Yuasa deletion half)
//! and the pointer it stores (the Dijkstra insertion half): Go's fast path
//! records both in the per-P buffer without testing the stack's colour,
//! and so does this one, shading at once instead of buffering. Bulk copies
//! (`typedmemmove`, `memmove` of slices) shade every word they overwrite and
//! copy, as `bulkBarrierPreWrite` does. Stores into goroutine stacks (spans
//! in `Manual` state) and into noscan objects have no barrier, as in Go.
//! With the barrier off the cost is the one branch in `Memory`'s store
//! functions that calls here.
//!
//! The barrier acts only on the destination's pointer words, by the
//! object's layout (`mbitmap.rs`, found from the span as marking finds
//! it), so overwriting an integer never shades what its old value
//! happened to address; the values then shaded are those pointer words'.
//!
//! Simplifications: the barrier sits in the memory's store functions, so
//! it sees every write rather than only the compiler's pointer stores. Stores into globals are not barriered: the model scans
//! globals and every stack in the stop-the-world that starts marking, so
//! they are black from then on, and the deletion half keeps every object
//! reachable at that snapshot alive (snapshot-at-the-beginning).

use super::mgcmark::By;
use super::mheap::{ARENA_BASE, MHeap};

impl MHeap {
    #[inline]
    fn old_word(&self, a: u64) -> u64 {
        let o = (a - ARENA_BASE) as usize;
        self.mem.get(o..o + 8).map_or(0, |b| u64::from_le_bytes(b.try_into().unwrap()))
    }

    /// The barrier for `[addr, addr+n)` about to be overwritten with the
    /// words at `src` (0: new contents unknown, or `new` for a one-word
    /// store).
    #[cold]
    #[inline(never)]
    pub fn write_barrier(&mut self, addr: u64, n: u64, new: Option<u64>, src: u64) {
        if addr < ARENA_BASE {
            return;
        }
        let mut a = addr & !7;
        while a < addr + n {
            if self.is_ptr_word(a) {
                let old = self.old_word(a);
                if old >= ARENA_BASE {
                    self.shade(old, By::Barrier);
                }
                let v = match new {
                    Some(v) => v,
                    None if src >= ARENA_BASE => self.old_word(src + (a - (addr & !7))),
                    None => 0,
                };
                if v >= ARENA_BASE {
                    self.shade(v, By::Barrier);
                }
            }
            a += 8;
        }
    }
}
