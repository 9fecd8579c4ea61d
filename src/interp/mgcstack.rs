//! Stack scanning and stack objects (`runtime/mgcstack.go`, the frame
//! walk of `scanstack` and `scanframeworker`): which words of a
//! goroutine's stack the collector examines.
//!
//! A goroutine's stack segment (from its low end to `sp`) is cut at its
//! frames (`FrameRec::fp`, in address order). A frame of a function
//! lowering compiled (`ir::Func::ptrmap` is Some) is scanned *precisely*:
//! only the words its pointer map names (`ir/ptrmap.rs`: pointer-typed
//! parameters, results, locals and temporaries, a string's or slice's
//! data word, an interface's two words, the closure context word, the
//! address slots of variables moved to the heap), so an integer that
//! happens to equal a heap address keeps nothing alive, as with Go's
//! stack maps. The rest of a segment is scanned *conservatively*, word
//! by word, each word a candidate pointer (Go's `scanConservative`):
//! native (Rust) functions' frames, generated thunks without a map
//! (`deferwrap`s), and the gaps between frames: a callee's frame while
//! its caller is still evaluating the arguments into it (a call in an
//! argument runs above it), and a frame's bytes beyond its own size.
//!
//! Stack objects (`ir::StackObject`, recorded per function by lowering)
//! are slots whose address may be taken, so that no static analysis can
//! tell when they die: address-taken block variables and the allocations
//! escape analysis kept in the frame (`new(T)`, `&T{}`, slice literals'
//! arrays, the `[]any` of a variadic call, closure records, boxed values,
//! frame buffers). As in Go, a stack object is scanned (through the
//! frame's map) only if it is *statically live* (the code may still name
//! it: the frame's current position is inside its live range) or a live
//! pointer points into it: a scanned frame word, a word the runtime holds
//! for a goroutine (pins, defer records, panic values, sudogs, timers,
//! goroutine arguments), or another live stack object. The pass is a
//! small mark phase over the stack objects of every goroutine, run when
//! the roots are listed; a dead object keeps its contents (it is not
//! swept) until its frame is popped or its statement runs again and
//! rewrites it, but they keep nothing alive.
//!
//! The frame's current position: the innermost frame's is the
//! goroutine's `pos` (the statement it is at, or a call it is making);
//! every caller's is the call site its `FrameRec` recorded, inside the
//! statement that made the call.
//!
//! Invariants: nothing outside the goroutine stacks and the runtime's
//! records points into a stack (escape analysis moves to the heap whatever
//! a heap object could point to, as gc's does); where gosub puts on the
//! heap what gc keeps in the frame (the closures and arguments of `defer`
//! statements), lowering leaves the variables they name as plain frame
//! words. A pointer map may name a word that holds no pointer (a slot of
//! unknown type counts whole), never the reverse; a named word is still
//! told from a pointer by value (an address inside an allocated object).
//! Simplifications: one map per function for every safe point (dead
//! pointer slots are cleared by lowering instead, `ir/lower_live.rs`);
//! liveness of stack objects is by statement (a temporary is live during
//! the whole statement that makes it, a variable until the end of the
//! last statement of its block that names it, a loop header's variables
//! during the whole loop); so an object is live from the start of its
//! statement, before the statement rewrites it (Go's liveness starts at
//! its initialisation), and what an earlier iteration left in it may be
//! kept one cycle longer. Parameters, results, variables of functions
//! with `goto`, and slots not aligned to a word are plain frame words.

use super::mgc::Root;
use super::{FrameRec, Machine};
use crate::runtime::runtime2::GId;

/// Why a stack object is scanned (or not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Live {
    /// Neither statically live nor pointed to: not scanned.
    Dead,
    /// Statically live: the frame's position is in its live range.
    Named,
    /// A live pointer (a frame word, a runtime record, a live stack
    /// object) points into it.
    Pointed,
}

impl Machine<'_> {
    /// The roots of goroutine `g`'s stack segment `[lo, hi)`: its frames
    /// (of `frames`, innermost last, at `pos`) with their stack objects,
    /// each found statically live or not, and the conservative stretches
    /// between them, in address order; the first root is a (possibly
    /// empty) `Root::Stack` with `first` set.
    pub(super) fn segment_roots(&self, g: GId, lo: u64, hi: u64, frames: &[FrameRec], pos: u32, out: &mut Vec<Root>) {
        let mut inside: Vec<(usize, &FrameRec)> =
            frames.iter().enumerate().filter(|(_, f)| f.fp != 0 && lo <= f.fp && f.fp < hi).collect();
        inside.sort_by_key(|(_, f)| f.fp);
        let (mut at, mut first) = (lo, true);
        for (k, &(i, fr)) in inside.iter().enumerate() {
            let next = inside.get(k + 1).map_or(hi, |(_, f)| f.fp);
            if fr.fp > at || first {
                out.push(Root::Stack { g, lo: at, hi: fr.fp.max(at), first });
                first = false;
            }
            let Some(f) = self.funcs.get(fr.func as usize) else { continue };
            if f.native.is_some() || f.ptrmap.is_none() || fr.fp < at {
                // Scanned with the next gap, word by word.
                at = at.min(fr.fp);
                continue;
            }
            let (fp, func) = (fr.fp, fr.func);
            let end = (fp + f.frame_size as u64).min(next);
            let at_pos = if i + 1 == frames.len() { pos } else { fr.pos };
            let mut from = fp;
            for (idx, o) in f.stack_objects.iter().enumerate() {
                let (olo, ohi) = (fp + o.off as u64, fp + o.off as u64 + o.size as u64);
                // An overlapping object, or one past the frame, stays
                // with the frame's words (always scanned).
                if olo < from || ohi > end {
                    continue;
                }
                if olo > from {
                    out.push(Root::Frame { g, fp, lo: from, hi: olo, func });
                }
                let named = o.live.0 <= at_pos && at_pos < o.live.1;
                let live = if named { Live::Named } else { Live::Dead };
                out.push(Root::StackObject { g, fp, lo: olo, hi: ohi, func, idx: idx as u32, live });
                from = ohi;
            }
            if end > from {
                out.push(Root::Frame { g, fp, lo: from, hi: end, func });
            }
            at = end;
        }
        if hi > at || first {
            out.push(Root::Stack { g, lo: at, hi: hi.max(at), first });
        }
    }

    /// Calls `f(address, word)` for each word the collector examines in
    /// root `r` (a stack object's whatever its liveness; the address is
    /// None for a word the runtime holds): every aligned word of the data
    /// segment and of a conservative stack stretch, the map's words of a
    /// frame or stack object.
    pub(crate) fn root_words(&self, r: &Root, mut f: impl FnMut(Option<u64>, u64)) {
        let word = |a: u64| self.mem.load(a, 8).unwrap_or(0);
        match *r {
            Root::Globals { lo, hi } | Root::Stack { lo, hi, .. } => {
                let mut a = lo.next_multiple_of(8);
                while a + 8 <= hi {
                    f(Some(a), word(a));
                    a += 8;
                }
            }
            Root::Frame { fp, lo, hi, func, .. } | Root::StackObject { fp, lo, hi, func, .. } => {
                let map = self.funcs.get(func as usize).and_then(|f| f.ptrmap.as_ref());
                let Some(map) = map else {
                    // Never made without a map; should it be, conservatively.
                    return self.root_words(&Root::Stack { g: 0, lo, hi, first: false }, f);
                };
                let (w0, w1) = ((lo - fp).div_ceil(8) as usize, (hi - fp) as usize / 8);
                for w in map.words(w0, w1) {
                    let a = fp + w as u64 * 8;
                    f(Some(a), word(a));
                }
            }
            Root::Word { v, .. } => f(None, v),
        }
    }

    /// Stack tracing: decides which stack objects of `roots` are live
    /// (those statically live, and those a live pointer points into).
    pub(super) fn trace_stack_objects(&self, roots: &mut [Root]) {
        // The objects' (lo, hi, index in roots), by address.
        let mut objs: Vec<(u64, u64, usize)> = roots
            .iter()
            .enumerate()
            .filter_map(|(i, r)| if let Root::StackObject { lo, hi, .. } = *r { Some((lo, hi, i)) } else { None })
            .collect();
        if objs.is_empty() {
            return;
        }
        objs.sort_unstable();
        let find = |p: u64| -> Option<usize> {
            let i = objs.partition_point(|o| o.0 <= p);
            (i > 0 && p < objs[i - 1].1).then(|| i - 1)
        };
        let (min, max) = (objs[0].0, objs.iter().map(|o| o.1).max().unwrap_or(0));
        let named = |r: &Root| matches!(r, Root::StackObject { live: Live::Named, .. });
        let mut work: Vec<usize> = (0..objs.len()).filter(|&i| named(&roots[objs[i].2])).collect();
        // The scanned words of frames and segments, and the runtime's.
        for r in roots.iter().filter(|r| !matches!(r, Root::StackObject { .. } | Root::Globals { .. })) {
            self.root_words(r, |_, v| {
                if (min..max).contains(&v)
                    && let Some(i) = find(v)
                {
                    work.push(i);
                }
            });
        }
        // The mark phase over the stack objects.
        let mut scanned = vec![false; objs.len()];
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut scanned[i], true) {
                continue;
            }
            let r = &mut roots[objs[i].2];
            if let Root::StackObject { live, .. } = r
                && *live == Live::Dead
            {
                *live = Live::Pointed;
            }
            self.root_words(r, |_, v| {
                if (min..max).contains(&v)
                    && let Some(j) = find(v)
                {
                    work.push(j);
                }
            });
        }
    }
}
