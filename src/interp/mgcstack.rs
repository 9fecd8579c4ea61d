//! Stack objects and stack tracing (`runtime/mgcstack.go`): which parts
//! of a goroutine's stack the collector scans.
//!
//! A frame's words are of two sorts. Most are scanned whenever the frame
//! is (word by word, from the segment's low end to `sp`): lowering already
//! clears the slots that die (temporaries after their statement, block
//! variables after their last mention, `ir/lower_live.rs`), which is what
//! Go's stack maps achieve by leaving dead slots out. The others are
//! *stack objects* (`ir::StackObject`, recorded per function by lowering):
//! slots whose address may be taken, so that no static analysis can tell
//! when they die: address-taken block variables and the allocations escape
//! analysis kept in the frame (`new(T)`, `&T{}`, slice literals' arrays,
//! the `[]any` of a variadic call, closure records, boxed values, frame
//! buffers). As in Go, a stack object is scanned only if it is
//! *statically live* (the code may still name it: the frame's current
//! position is inside its live range) or a live pointer points into it: a
//! scanned frame word, a word the runtime holds for a goroutine (pins,
//! defer records, panic values, sudogs, timers, goroutine arguments), or
//! another live stack object. The pass is a small mark phase over the
//! stack objects of every goroutine, run when the roots are listed; a dead
//! object keeps its contents (it is not swept) until its frame is popped
//! or its statement runs again and rewrites it, but they keep nothing
//! alive.
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
//! words. Words are told from pointers by value, as the rest of the
//! collector does.
//! Simplifications: liveness is by statement (a temporary is live during
//! the whole statement that makes it, a variable until the end of the
//! last statement of its block that names it, a loop header's variables
//! during the whole loop); so an object is live from the start of its
//! statement, before the statement rewrites it (Go's liveness starts at
//! its initialisation), and what an earlier iteration left in it may be
//! kept one cycle longer. Parameters, results, variables of functions
//! with `goto`, and slots not aligned to a word are plain frame words.

use super::Machine;
use super::mgc::Root;
use crate::ir::FuncId;
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

/// A stack object of one frame, at an address.
pub(super) struct StackObj {
    pub g: GId,
    pub lo: u64,
    pub hi: u64,
    pub func: FuncId,
    /// Index in the function's `stack_objects`.
    pub idx: u32,
    pub live: Live,
}

impl Machine<'_> {
    /// Goroutine `g`'s stack objects (`frames`, innermost last, at `pos`),
    /// each statically live or not; appended to `out`.
    pub(super) fn frame_objects(&self, g: GId, frames: &[super::FrameRec], pos: u32, out: &mut Vec<StackObj>) {
        for (i, fr) in frames.iter().enumerate() {
            let Some(f) = self.funcs.get(fr.func as usize) else { continue };
            if fr.fp == 0 || f.stack_objects.is_empty() {
                continue;
            }
            let at = if i + 1 == frames.len() { pos } else { fr.pos };
            for (idx, o) in f.stack_objects.iter().enumerate() {
                let named = o.live.0 <= at && at < o.live.1;
                out.push(StackObj {
                    g,
                    lo: fr.fp + o.off as u64,
                    hi: fr.fp + o.off as u64 + o.size as u64,
                    func: fr.func,
                    idx: idx as u32,
                    live: if named { Live::Named } else { Live::Dead },
                });
            }
        }
    }

    /// Stack tracing: decides which of `objs` are live and splits each
    /// stack segment root of `roots` into its plain words
    /// (`Root::Stack`) and its stack objects (`Root::StackObject`), in
    /// address order.
    pub(super) fn trace_stack_objects(&self, roots: Vec<Root>, mut objs: Vec<StackObj>) -> Vec<Root> {
        if objs.is_empty() {
            return roots;
        }
        objs.sort_by_key(|o| o.lo);
        // Only objects wholly inside a scanned segment count (frames lie
        // below `sp`); the rest of the memory is plain words.
        let mut segs: Vec<(u64, u64)> = roots
            .iter()
            .filter_map(|r| if let Root::Stack { lo, hi, .. } = *r { Some((lo, hi)) } else { None })
            .collect();
        segs.sort_unstable();
        objs.retain(|o| {
            let i = segs.partition_point(|s| s.0 <= o.lo);
            i > 0 && o.hi <= segs[i - 1].1
        });
        // Overlaps cannot happen (one frame per address range); should
        // one, both objects are scanned.
        for i in 1..objs.len() {
            if objs[i].lo < objs[i - 1].hi {
                objs[i - 1].live = Live::Named;
                objs[i].live = Live::Named;
                objs[i].lo = objs[i - 1].hi.max(objs[i].lo).min(objs[i].hi);
            }
        }
        objs.retain(|o| o.lo < o.hi);
        let mut work: Vec<usize> = (0..objs.len()).filter(|&i| objs[i].live == Live::Named).collect();
        let word = |a: u64| self.mem.load(a, 8).unwrap_or(0);
        let find = |objs: &[StackObj], p: u64| -> Option<usize> {
            let i = objs.partition_point(|o| o.lo <= p);
            (i > 0 && p < objs[i - 1].hi).then(|| i - 1)
        };
        let (min, max) = (objs[0].lo, objs.iter().map(|o| o.hi).max().unwrap_or(0));
        // The plain words of every segment, and the runtime's words.
        for &(lo, hi) in &segs {
            let mut a = lo.next_multiple_of(8);
            let mut next = objs.partition_point(|o| o.hi <= a);
            while a + 8 <= hi {
                if next < objs.len() && a >= objs[next].lo {
                    a = objs[next].hi;
                    next += 1;
                    continue;
                }
                let v = word(a);
                if (min..max).contains(&v)
                    && let Some(i) = find(&objs, v)
                {
                    work.push(i);
                }
                a += 8;
            }
        }
        for r in &roots {
            if let Root::Word { v, .. } = *r
                && let Some(i) = find(&objs, v)
            {
                work.push(i);
            }
        }
        // The mark phase over the stack objects.
        let mut scanned = vec![false; objs.len()];
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut scanned[i], true) {
                continue;
            }
            if objs[i].live == Live::Dead {
                objs[i].live = Live::Pointed;
            }
            let mut a = objs[i].lo;
            while a + 8 <= objs[i].hi {
                let v = word(a);
                if (min..max).contains(&v)
                    && let Some(j) = find(&objs, v)
                {
                    work.push(j);
                }
                a += 8;
            }
        }
        // Each segment: its plain stretches and its objects, in order.
        let mut out = Vec::with_capacity(roots.len() + 2 * objs.len());
        for r in roots {
            let Root::Stack { g, lo, hi, .. } = r else {
                out.push(r);
                continue;
            };
            let mut from = lo;
            let mut first = true;
            for o in objs.iter().skip(objs.partition_point(|o| o.lo < lo)).take_while(|o| o.hi <= hi) {
                if from < o.lo || first {
                    out.push(Root::Stack { g, lo: from, hi: o.lo, first });
                    first = false;
                }
                out.push(Root::StackObject { g: o.g, lo: o.lo, hi: o.hi, func: o.func, idx: o.idx, live: o.live });
                from = o.hi;
            }
            if from < hi || first {
                out.push(Root::Stack { g, lo: from, hi, first });
            }
        }
        out
    }
}
