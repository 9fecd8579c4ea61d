//! Heap pointer layouts (`runtime/mbitmap.go`): which words of a heap
//! object hold pointers, so that marking (`mgcmark.rs`) and the write
//! barrier (`mbarrier.rs`) look at those words only and an integer equal to
//! a heap address keeps nothing alive.
//!
//! Go records the layout with the object: for a slot of at most 512 B a
//! pointer bitmap at the end of the span (`heapBitsSmall`), for a larger
//! one the 8-byte malloc header at the slot's start pointing at the type,
//! for a large object the type in the span (`largeType`); scanning repeats
//! the type's `GCData` mask every `typ.Size_` bytes over the slot, so one
//! layout serves `mallocgc(n*elemsize, elemtype)`.
//!
//! Model: a `Layout` is the id of one element's pointer mask (a flag per
//! 8-byte word), interned once per distinct mask in the heap's `Layouts`
//! table; a span keeps the id its objects share (`MSpan::layout`), or,
//! once they differ, one per slot (`MSpan::slot_layouts`), set by
//! `mallocgc`; a large span holds one object. So the layout sits in the
//! span's metadata, not in modelled memory: the malloc header still costs
//! its 8 bytes in the size class (`malloc.rs`), but holds nothing.
//! Lowering interns the masks of the program's types (`types::Program::
//! ptr_mask`, the one source of pointer masks, shared with the frame maps
//! of `ir/ptrmap.rs`); the runtime's own records use the fixed ids below.
//!
//! Invariants: id 0 is `NOSCAN` (the empty mask: noscan span classes) and
//! id 1 `PTRS` (every word a pointer); a mask is never all false; word `w`
//! of a slot is a pointer word iff `mask[w % mask.len()]`.
//! `PTRS` is also the conservative fallback, for the few objects whose
//! layout is not known where they are allocated: a `defer`'s argument
//! block (lowering leaves argument types behind), a map's groups when the
//! map is built by fmt's inspection rather than by the program (never
//! the case today: fmt only reads maps), and a slot given no layout.

use crate::fxhash::FxHashMap;

/// One element's pointer mask, by its id in `Layouts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Layout(pub u32);

impl Layout {
    /// No pointers: the object goes to a noscan span.
    pub const NOSCAN: Layout = Layout(0);
    /// Every word a pointer (`[]*T`, `[]map`, ... and the fallback).
    pub const PTRS: Layout = Layout(1);
    /// A string header `{data, len}` (and `[]string` backing stores).
    pub const STRING: Layout = Layout(2);
    /// A slice header `{data, len, cap}`.
    pub const SLICE: Layout = Layout(3);
    /// A timer callback's argument block `{f, arg any, seq, delta}`.
    pub const TIMER_ARGS: Layout = Layout(4);
    /// An `hchan` whose buffer is a separate (pointerful) object: only
    /// `buf` points into the heap (the wait queues hold sudog indexes,
    /// `elemtype` points into rodata).
    pub const HCHAN: Layout = Layout(5);
    /// A map header (`maps.Map`): only `dirPtr` (word 2) is a pointer.
    pub const MAP_HEADER: Layout = Layout(6);
    /// A map's `table` (32 bytes): only `groups` (word 2) is a pointer,
    /// the same first words as the header's.
    pub const MAP_TABLE: Layout = Layout::MAP_HEADER;

    /// A span's `layout` before its first object, and once its objects'
    /// layouts differ (never interned).
    pub const UNSET: Layout = Layout(u32::MAX);
    pub const MIXED: Layout = Layout(u32::MAX - 1);

    /// The conservative fallback (see the header).
    pub const CONSERVATIVE: Layout = Layout::PTRS;

    #[inline]
    pub fn noscan(self) -> bool {
        self == Layout::NOSCAN
    }
}

/// The interned masks.
#[derive(Clone, Debug)]
pub struct Layouts {
    masks: Vec<Box<[bool]>>,
    /// Each mask as bits (word `i` is bit `i`) and its period in words,
    /// when it has at most 64 words: what marking reads.
    bits: Vec<Option<(u64, u64)>>,
    index: FxHashMap<Box<[bool]>, u32>,
}

impl Default for Layouts {
    fn default() -> Self {
        Self::new()
    }
}

impl Layouts {
    pub fn new() -> Self {
        let mut l = Layouts { masks: vec![Box::new([])], bits: vec![Some((0, 1))], index: FxHashMap::default() };
        let hchan: Vec<bool> = (0..super::chan::HCHAN_SIZE / 8).map(|w| w * 8 == super::chan::BUF).collect();
        let map: Vec<bool> = (0..super::map::MAP_HEADER_SIZE / 8).map(|w| w == 2).collect();
        let fixed: [(&[bool], Layout); 6] = [
            (&[true], Layout::PTRS),
            (&[true, false], Layout::STRING),
            (&[true, false, false], Layout::SLICE),
            (&[true, true, true, false, false], Layout::TIMER_ARGS),
            (&hchan, Layout::HCHAN),
            (&map, Layout::MAP_HEADER),
        ];
        for (m, want) in fixed {
            let got = l.intern(m);
            debug_assert_eq!(got, want);
        }
        l
    }

    /// The id of `mask` (one element's words), interning it on first use.
    /// A mask without pointers is `NOSCAN`.
    pub fn intern(&mut self, mask: &[bool]) -> Layout {
        // Words after the last pointer stay: the period is the element's size.
        if !mask.contains(&true) {
            return Layout::NOSCAN;
        }
        if let Some(&id) = self.index.get(mask) {
            return Layout(id);
        }
        let id = self.masks.len() as u32;
        self.masks.push(mask.into());
        let small = (mask.len() <= 64)
            .then(|| (mask.iter().enumerate().fold(0u64, |b, (i, &p)| b | (p as u64) << i), mask.len() as u64));
        self.bits.push(small);
        self.index.insert(mask.into(), id);
        Layout(id)
    }

    /// The mask of `l` (empty for `NOSCAN`).
    #[inline]
    pub fn mask(&self, l: Layout) -> &[bool] {
        self.masks.get(l.0 as usize).map_or(&[true], |m| m)
    }

    /// The mask of `l` as (bits, period in words) if it has at most 64
    /// words (`NOSCAN`: no bits, period 1).
    #[inline]
    pub fn bits(&self, l: Layout) -> Option<(u64, u64)> {
        match self.bits.get(l.0 as usize) {
            Some(b) => *b,
            None => Some((1, 1)),
        }
    }

    /// Whether word `w` of an object of layout `l` may hold a pointer.
    #[inline]
    pub fn is_ptr(&self, l: Layout, w: u64) -> bool {
        let m = self.mask(l);
        !m.is_empty() && m[(w % m.len() as u64) as usize]
    }

    /// The pointer words among the first `words` of an object of layout
    /// `l` (the element mask repeated), appended to `out` as word indexes.
    pub fn ptr_words(&self, l: Layout, words: u64, out: &mut Vec<u64>) {
        let m = self.mask(l);
        if m.is_empty() {
            return;
        }
        let period = m.len() as u64;
        let mut base = 0;
        while base < words {
            for (j, _) in m.iter().enumerate().filter(|(_, p)| **p) {
                let w = base + j as u64;
                if w >= words {
                    return;
                }
                out.push(w);
            }
            base += period;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_and_repeats() {
        let mut l = Layouts::new();
        assert_eq!(l.intern(&[false, false]), Layout::NOSCAN);
        assert_eq!(l.intern(&[true]), Layout::PTRS);
        assert_eq!(l.intern(&[true, false]), Layout::STRING);
        let s = l.intern(&[false, true, false]);
        assert_eq!(l.intern(&[false, true, false]), s);
        let mut out = Vec::new();
        l.ptr_words(s, 8, &mut out);
        assert_eq!(out, vec![1, 4, 7]);
        assert!(l.is_ptr(s, 4) && !l.is_ptr(s, 5) && !l.is_ptr(Layout::NOSCAN, 0));
        assert_eq!(
            (l.bits(s), l.bits(Layout::PTRS), l.bits(Layout::NOSCAN)),
            (Some((0b010, 3)), Some((1, 1)), Some((0, 1)))
        );
        out.clear();
        l.ptr_words(Layout::HCHAN, 14, &mut out);
        assert_eq!(out, vec![2]);
    }
}
