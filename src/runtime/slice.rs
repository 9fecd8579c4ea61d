//! Slices (`runtime/slice.go`): `growslice`'s capacity rule and
//! `roundupsize`, so `cap` after `append` is what Go prints; the stack
//! backing store of Go 1.26's `move2heap` (`growsliceBuf`'s capacity,
//! `moveSlice` and `moveSliceNoCap`).

use super::mbitmap::Layout;
use super::sizeclasses::{self, MALLOC_HEADER_SIZE, MAX_SMALL_SIZE, MIN_SIZE_FOR_MALLOC_HEADER, PAGE_SIZE};
use crate::interp::{Machine, R};

/// `maxAlloc` on amd64 (48-bit address space).
pub const MAX_ALLOC: u64 = 1 << 47;

/// `nextslicecap`: double small slices, grow large ones by ~1.25x plus a
/// constant, smoothly.
pub fn nextslicecap(newlen: u64, oldcap: u64) -> u64 {
    let mut newcap = oldcap;
    let doublecap = newcap + newcap;
    if newlen > doublecap {
        return newlen;
    }
    const THRESHOLD: u64 = 256;
    if oldcap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap += (newcap + 3 * THRESHOLD) >> 2;
        if newcap >= newlen {
            break;
        }
    }
    newcap
}

/// `roundupsize`: the size mallocgc will really hand out for `size`.
pub fn roundupsize(size: u64, noscan: bool) -> u64 {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let req = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { size + MALLOC_HEADER_SIZE } else { size };
        return sizeclasses::class_size(sizeclasses::class_of(req)) - (req - size);
    }
    size.div_ceil(PAGE_SIZE) * PAGE_SIZE
}

/// `growslice`: a new backing array for at least `newlen` elements, with
/// the old elements copied; returns (pointer, capacity).
pub fn growslice(
    m: &mut Machine,
    p: u64,
    len: u64,
    cap: u64,
    newlen: u64,
    es: u64,
    layout: crate::runtime::mbitmap::Layout,
) -> R<(u64, u64)> {
    if es == 0 {
        return Ok((super::malloc::ZEROBASE, newlen));
    }
    let newcap = nextslicecap(newlen, cap);
    let capmem = roundupsize(newcap * es, layout.noscan());
    let newcap = capmem / es;
    let np = m.malloc(newcap * es, layout)?;
    if len > 0 {
        let _ = m.copy(np, p, len * es);
    }
    Ok((np, newcap))
}

/// `growsliceBuf`'s capacity for `newlen` elements in the frame buffer:
/// one size class at a time, so a later `moveSlice` wastes nothing.
pub fn buf_cap(newlen: u64, es: u64, noscan: bool) -> u64 {
    roundupsize(newlen * es, noscan) / es
}

/// `moveSlice` (`keep_cap`: the capacity is observed, so kept) or
/// `moveSliceNoCap` (the length rounded up to a size class): a heap copy
/// of the slice `(p, len, cap)`; nothing (zerobase) when empty. Returns
/// the new (pointer, length, capacity).
pub fn move_slice(
    m: &mut Machine,
    p: u64,
    len: u64,
    cap: u64,
    es: u64,
    layout: Layout,
    keep_cap: bool,
) -> R<(u64, u64, u64)> {
    let keep = if keep_cap { cap } else { len };
    if keep == 0 || es == 0 {
        return Ok((super::malloc::ZEROBASE, 0, 0));
    }
    let cap = if keep_cap { cap } else { buf_cap(len, es, layout.noscan()) };
    let np = m.malloc(cap * es, layout)?;
    m.copy(np, p, keep * es)?;
    Ok((np, len, cap))
}
