//! Frame pointer maps (gc's stack maps, `cmd/compile/internal/liveness`,
//! read by `runtime/stkframe.go`'s `getStackMap`): which 8-byte words of a
//! function's frame may hold pointers, so that the collector's stack scan
//! (`interp/mgc.rs`, `interp/mgcstack.rs`) examines those words only and an
//! integer that happens to equal a heap address keeps nothing alive.
//!
//! Lowering builds one map per function while it lays the frame out
//! (`FnCx::alloc` takes what each slot holds): the closure context word;
//! parameters, results, locals and temporaries by their type's pointer
//! mask (`types::Program::ptr_mask`: a pointer, map, chan or func word; a
//! string's or slice's data word, not its length or capacity; both words
//! of an interface); the address slot of a variable moved to the heap;
//! stack objects by their contents' type.
//!
//! Simplifications: one map per function, not one per safe point. Go's
//! liveness analysis leaves a slot out of the map where it is dead; gosub
//! gets the same effect by clearing dead pointer slots (`lower_live.rs`:
//! temporaries after their statement, block variables after the last
//! statement that names them), so a slot in the map is scanned for the
//! whole call and a dead one reads as nil. Where lowering does not know a
//! slot's type (a memory temporary of an untyped operand, a deferred
//! call's argument block, a compiler wrapper's builtin operands) every
//! word of the slot is in the map: over-approximating only keeps more
//! alive, never less.

/// A string header's words: the data pointer, the length.
pub const STRING: Ptrs = Ptrs::Mask(&[true, false]);
/// A slice header's words: the data pointer, the length, the capacity.
pub const SLICE: Ptrs = Ptrs::Mask(&[true, false, false]);

/// What a frame slot holds, for the map.
#[derive(Clone, Copy, Debug)]
pub enum Ptrs<'a> {
    /// No pointers (numbers, bools, a byte buffer).
    None,
    /// Any word may be a pointer (the type is not known here).
    All,
    /// One flag per word of the slot (`ptr_mask` of its type).
    Mask(&'a [bool]),
}

/// The words of a frame that may hold pointers: bit `i` is the word at
/// `fp + 8*i`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PtrMap {
    bits: Vec<u64>,
}

impl PtrMap {
    fn set(&mut self, word: usize) {
        let (i, b) = (word / 64, word % 64);
        if i >= self.bits.len() {
            self.bits.resize(i + 1, 0);
        }
        self.bits[i] |= 1 << b;
    }

    /// Records the slot `[off, off + size)`. A pointer word is aligned, so
    /// with `Ptrs::All` only the aligned words the slot covers count.
    pub fn mark(&mut self, off: u32, size: u64, ptrs: Ptrs) {
        let first = off as usize / 8;
        match ptrs {
            Ptrs::None => {}
            Ptrs::All => {
                let lo = (off as u64).next_multiple_of(8);
                let mut a = lo;
                while a + 8 <= off as u64 + size {
                    self.set(a as usize / 8);
                    a += 8;
                }
            }
            Ptrs::Mask(m) => {
                // A type with pointers is 8-aligned; should a slot not be,
                // every word it touches counts.
                if !off.is_multiple_of(8) && m.iter().any(|&p| p) {
                    self.mark(off & !7, size + (off % 8) as u64 + 7, Ptrs::All);
                    return;
                }
                for (i, _) in m.iter().enumerate().filter(|(_, p)| **p) {
                    self.set(first + i);
                }
            }
        }
    }

    pub fn is_ptr(&self, word: usize) -> bool {
        self.bits.get(word / 64).is_some_and(|b| b >> (word % 64) & 1 == 1)
    }

    /// The map's pointer words in `[lo, hi)` (word indexes), in order.
    pub fn words(&self, lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
        let hi = hi.min(self.bits.len() * 64);
        let mut w = lo;
        std::iter::from_fn(move || {
            while w < hi {
                let bits = self.bits[w / 64] >> (w % 64);
                if bits == 0 {
                    w = (w / 64 + 1) * 64;
                    continue;
                }
                let at = w + bits.trailing_zeros() as usize;
                if at >= hi {
                    return None;
                }
                w = at + 1;
                return Some(at);
            }
            None
        })
    }

    /// Number of pointer words.
    pub fn count(&self) -> usize {
        self.bits.iter().map(|b| b.count_ones() as usize).sum()
    }
}

/// `n` elements of `stride` bytes whose own mask is `elem`: an array's.
pub fn repeat(elem: &[bool], stride: u64, n: u64) -> Vec<bool> {
    let words = (stride * n).div_ceil(8) as usize;
    let mut out = vec![false; words];
    if stride.is_multiple_of(8) {
        for i in 0..n as usize {
            for (j, &p) in elem.iter().enumerate() {
                if p && let Some(w) = out.get_mut(i * (stride / 8) as usize + j) {
                    *w = true;
                }
            }
        }
    } else if elem.iter().any(|&p| p) {
        // Pointerful elements are whole words; stay safe if not.
        out.fill(true);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_iterates() {
        let mut m = PtrMap::default();
        m.mark(0, 8, Ptrs::Mask(&[true]));
        m.mark(8, 24, Ptrs::Mask(&[true, false, false]));
        m.mark(32, 8, Ptrs::None);
        m.mark(520, 16, Ptrs::All);
        assert_eq!(m.words(0, 1000).collect::<Vec<_>>(), vec![0, 1, 65, 66]);
        assert_eq!(m.words(2, 66).collect::<Vec<_>>(), vec![65]);
        assert!(m.is_ptr(66) && !m.is_ptr(2) && !m.is_ptr(4000));
        assert_eq!(m.count(), 4);
        assert_eq!(repeat(&[true, false], 16, 3), vec![true, false, true, false, true, false]);
    }
}
