//! Solving the location graph (gc's `escape/solve.go`).
//!
//! `walk_all` walks once from every location (and the heap), re-walking a
//! location when it newly escapes or persists; `walk_one` computes, with
//! Bellman-Ford over edges whose weights are deref counts, the minimal
//! derefs from the root to every location reaching it. A location whose
//! address (derefs < 0) reaches a root that outlives it escapes; a
//! parameter whose value reaches the heap or a result records the leak in
//! its tag.
//!
//! Invariants: intermediate deref counts are clamped at 0 once an address
//! is taken (`root = &l; l = x` flows l's address but not x's), so there are
//! no negative cycles; each location turns escaping or persisting at most
//! once, so the number of walks is linear in the number of locations. The
//! queues are gc's (a deque for the roots, escaping ones first; FIFO within
//! a walk), so results match gc's even where order could matter.
//!
//! In explain mode each walk leaves back-pointers along the shortest paths
//! (gc's `dst`); when a location first escapes, or a parameter's leak gets
//! shorter, the path to the root is recorded (`record.rs`).

use super::batch::Batch;
use super::graph::*;
use std::collections::VecDeque;

impl Batch<'_, '_> {
    pub(super) fn walk_all(&mut self) {
        let mut todo: VecDeque<Loc> = VecDeque::new();
        for l in (0..self.g.locs.len() as Loc).filter(|&l| l > BLANK) {
            todo.push_front(l);
            self.g.locs[l as usize].queued_all = true;
        }
        for l in [MUTATOR, CALLEE, HEAP] {
            todo.push_front(l);
            self.g.locs[l as usize].queued_all = true;
        }
        let mut walkgen = 0;
        while let Some(root) = todo.pop_front() {
            self.g.locs[root as usize].queued_all = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn enqueue(&mut self, l: Loc, todo: &mut VecDeque<Loc>) {
        let loc = &mut self.g.locs[l as usize];
        if !loc.queued_all {
            loc.queued_all = true;
            if loc.attrs & ESCAPES != 0 {
                todo.push_front(l);
            } else {
                todo.push_back(l);
            }
        }
    }

    fn walk_one(&mut self, root: Loc, walkgen: u32, roots: &mut VecDeque<Loc>) {
        {
            let r = &mut self.g.locs[root as usize];
            r.walkgen = walkgen;
            r.derefs = 0;
            r.dst = NO_LOC;
        }
        // A closure called untracked: its results can no longer be
        // followed from its call sites, so walk from them again.
        if self.g.has(root, CALLS)
            && let Some(f) = self.closure_fn_of(root)
            && self.in_mutual_batch(f)
            && !self.funcs.get(f).results_lost
        {
            self.funcs.get_mut(f).results_lost = true;
            for r in self.result_locs(f) {
                self.enqueue(r, roots);
            }
        }

        let mut todo: VecDeque<Loc> = VecDeque::new();
        todo.push_back(root);
        while let Some(l) = todo.pop_front() {
            self.g.locs[l as usize].queued_one = 0;
            let mut derefs = self.g.locs[l as usize].derefs;
            let mut new_attrs = 0u8;
            if derefs < 0 {
                derefs = 0;
                if self.outlives(root, l) {
                    if self.g.explain && !self.g.has(l, ESCAPES) {
                        self.record_path(root, l, None);
                    }
                    new_attrs |= ESCAPES | PERSISTS | MUTATES | CALLS;
                } else if self.g.has(root, PERSISTS) {
                    new_attrs |= PERSISTS;
                }
            }
            if derefs == 0 {
                new_attrs |= self.g.locs[root as usize].attrs & (MUTATES | CALLS);
            }
            if self.g.locs[l as usize].param {
                if self.outlives(root, l)
                    && let Some(slot) = self.leak_to(l, root, derefs)
                    && self.g.explain
                    && !self.g.has(l, ESCAPES)
                {
                    self.record_path(root, l, Some((slot, derefs)));
                }
                if self.g.has(root, MUTATES) {
                    self.g.locs[l as usize].param_esc.add(1, derefs);
                }
                if self.g.has(root, CALLS) {
                    self.g.locs[l as usize].param_esc.add(2, derefs);
                }
            }
            if new_attrs & !self.g.locs[l as usize].attrs != 0 {
                self.g.locs[l as usize].attrs |= new_attrs;
                self.enqueue(l, roots);
                if self.g.has(l, ESCAPES) {
                    continue;
                }
            }
            for i in 0..self.g.locs[l as usize].edges.len() {
                let e = self.g.locs[l as usize].edges[i];
                if self.g.has(e.src, ESCAPES) {
                    continue;
                }
                let d = derefs + e.derefs;
                let src = &mut self.g.locs[e.src as usize];
                if src.walkgen != walkgen || src.derefs > d {
                    src.walkgen = walkgen;
                    src.derefs = d;
                    src.dst = l;
                    src.dst_edge = i as u32;
                    if src.queued_one != walkgen {
                        src.queued_one = walkgen;
                        todo.push_back(e.src);
                    }
                }
            }
        }
    }

    /// Records that parameter `l` leaks to `sink` (gc's `leakTo`); the
    /// slot of its leak set that got shorter, if one did.
    fn leak_to(&mut self, l: Loc, sink: Loc, derefs: i32) -> Option<usize> {
        let s = &self.g.locs[sink as usize];
        let mut slot = 0;
        if s.attrs & ESCAPES == 0 && s.param_out && s.curfn == self.g.locs[l as usize].curfn {
            let ri = s.result_index as usize - 1;
            if ri < NUM_RESULTS {
                slot = 3 + ri;
            }
        }
        self.g.locs[l as usize].param_esc.add(slot, derefs).then_some(slot)
    }

    /// Whether values stored in `l` may outlive `other` if `other` were in
    /// the frame.
    pub(super) fn outlives(&self, l: Loc, other: Loc) -> bool {
        if self.g.has(l, ESCAPES) {
            return true;
        }
        if l == MUTATOR || l == CALLEE {
            return false;
        }
        let (lf, of) = (self.g.locs[l as usize].curfn, self.g.locs[other as usize].curfn);
        if self.g.locs[l as usize].param_out {
            // Closures called where all their call sites are known can
            // return locations of their enclosing function.
            if self.funcs.contains_closure(of, lf) && !self.funcs.get(lf).results_lost {
                return false;
            }
            return true;
        }
        if lf == of && self.g.locs[l as usize].loop_depth < self.g.locs[other as usize].loop_depth {
            return true;
        }
        self.funcs.contains_closure(lf, of)
    }
}
