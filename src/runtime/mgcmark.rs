//! Marking (`runtime/mgcmark.go`, `mgcwork.go`): shading objects grey and
//! scanning them black over modelled memory.
//!
//! `shade(p)` is Go's `greyobject` after `findObject`: a word that points
//! into an allocated slot of an in-use heap span (interior pointers
//! included, as in Go) sets that slot's `gcmarkBits` bit; an object of a
//! scan span becomes grey (queued), one of a noscan span is black at once
//! (nothing to scan). `drain` pops grey objects and scans them (black),
//! shading every word they hold that points into the heap.
//! Invariants: a slot is marked at most once per cycle; `marked_bytes` is
//! the sum of the slot sizes marked (`heapMarked` at mark termination);
//! every grey object is marked and in `grey` exactly once.
//!
//! Simplifications: a pointer word is still checked against the spans
//! (`findObject`), so a word that holds no heap address costs nothing;
//! the scan work counted for the pacer's assists and the virtual clock is
//! the slot's words, pointer or not (Go counts bytes up to the last
//! pointer); root regions `scan_block` is given (what the stack scan
//! could not map) are scanned word by word, as Go's `scanConservative`;
//! a scan object is scanned whole, not in 128 KiB oblets; one grey queue (LIFO like a workbuf) stands for the
//! per-P workbufs and Green Tea's span queues, which the reference calls a
//! faithful model of the same tri-colour algorithm.

use super::mheap::{ARENA_BASE, HeapEv, MHeap, SpanId, SpanState};

/// What reached an object (the trace reports it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// A root: a goroutine stack, a global, a runtime structure.
    Root(&'static str),
    /// A word of this (grey) object.
    Object(u64),
    /// The write barrier (an overwritten or a stored pointer).
    Barrier,
    /// Allocated during marking (born black).
    Alloc,
}

/// The collector's marking state (`gcWork`, `writeBarrier`).
#[derive(Default)]
pub struct GcWork {
    /// `writeBarrier.enabled`: true in the mark and mark termination phases.
    pub marking: bool,
    /// Grey objects (their base addresses).
    pub grey: Vec<u64>,
    /// Bytes of slots marked this cycle.
    pub marked_bytes: u64,
    /// Stress mode: freed slots are poisoned so a use after free shows.
    pub poison: bool,
}

impl MHeap {
    /// `findObject`: the span, slot and base address of the allocated heap
    /// object containing `p`.
    #[inline]
    pub fn find_object(&self, p: u64) -> Option<(SpanId, u64, u64)> {
        let off = p.checked_sub(ARENA_BASE)?;
        if off >= self.mem.len() as u64 {
            return None;
        }
        let id = self.span_of(p)?;
        let s = self.span(id);
        if s.state != SpanState::InUse {
            return None;
        }
        let i = s.slot_of(p);
        if i >= s.nelems || !s.is_allocated(i) {
            return None;
        }
        Some((id, i, s.start + i * s.elemsize))
    }

    pub fn is_marked(&self, p: u64) -> bool {
        self.find_object(p).is_some_and(|(id, i, _)| self.span(id).gcmark_bits[(i / 64) as usize] >> (i % 64) & 1 == 1)
    }

    /// Sets the mark bit of the object `p` points into; returns its base
    /// and whether it needs scanning, or None if it was marked already
    /// (or is not a heap object).
    fn mark(&mut self, p: u64) -> Option<(u64, bool)> {
        let (id, i, base) = self.find_object(p)?;
        let s = &mut self.spans[id.0 as usize];
        let (w, bit) = ((i / 64) as usize, 1u64 << (i % 64));
        if s.gcmark_bits[w] & bit != 0 {
            return None;
        }
        s.gcmark_bits[w] |= bit;
        self.gcw.marked_bytes += s.elemsize;
        Some((base, !s.spanclass.noscan()))
    }

    /// `shade`/`greyobject`: marks the object `p` points into; an object
    /// with pointers goes on the grey queue, one without is black at once.
    pub fn shade(&mut self, p: u64, by: By) {
        let Some((base, scan)) = self.mark(p) else { return };
        if let Some(log) = &mut self.log {
            log.push(HeapEv::Grey { obj: base, by });
            if !scan {
                log.push(HeapEv::Black { obj: base });
            }
        }
        if scan {
            self.gcw.grey.push(base);
        }
    }

    /// `gcmarknewobject`: an object allocated while marking is black (its
    /// memory is zeroed, so there is nothing to scan yet).
    pub fn mark_new(&mut self, p: u64) {
        let Some((base, _)) = self.mark(p) else { return };
        if let Some(log) = &mut self.log {
            log.push(HeapEv::Grey { obj: base, by: By::Alloc });
            log.push(HeapEv::Black { obj: base });
        }
    }

    /// Shades every word of `[lo, hi)` that points into the heap (a root
    /// region or an object being scanned); returns the words examined.
    pub fn scan_block(&mut self, lo: u64, hi: u64, by: By) -> u64 {
        let lo = lo.next_multiple_of(8);
        let mut a = lo;
        while a + 8 <= hi {
            if let Some(v) = self.word(a)
                && v >= ARENA_BASE
            {
                self.shade(v, by);
            }
            a += 8;
        }
        hi.saturating_sub(lo) / 8
    }

    #[inline]
    fn word(&self, a: u64) -> Option<u64> {
        let o = a.checked_sub(ARENA_BASE)? as usize;
        Some(u64::from_le_bytes(self.mem.get(o..o + 8)?.try_into().ok()?))
    }

    /// `gcDrain`: scans grey objects until about `budget` words are done
    /// or none is left; returns the words scanned.
    pub fn drain(&mut self, budget: u64) -> u64 {
        let mut done = 0;
        let mut long: Vec<bool> = Vec::new();
        while done < budget {
            let Some(obj) = self.gcw.grey.pop() else { break };
            let Some(id) = self.span_of(obj) else { continue };
            let s = self.span(id);
            let n = s.elemsize / 8;
            let layout = s.layout_at(obj);
            match self.layouts.bits(layout) {
                // Every word a pointer (`[]*T`, a node of two pointers...).
                Some((1, 1)) => {
                    for w in 0..n {
                        self.scan_word(obj, w);
                    }
                }
                Some((bits, period)) => {
                    let mut base = 0;
                    while base < n {
                        let mut b = bits;
                        while b != 0 {
                            let w = base + b.trailing_zeros() as u64;
                            if w >= n {
                                break;
                            }
                            self.scan_word(obj, w);
                            b &= b - 1;
                        }
                        base += period;
                    }
                }
                None => {
                    long.clear();
                    long.extend_from_slice(self.layouts.mask(layout));
                    let mut w = 0;
                    while w < n && !long.is_empty() {
                        for &p in &long {
                            if w >= n {
                                break;
                            }
                            if p {
                                self.scan_word(obj, w);
                            }
                            w += 1;
                        }
                    }
                }
            }
            done += n;
            if let Some(log) = &mut self.log {
                log.push(HeapEv::Black { obj });
            }
        }
        done
    }

    /// Shades what word `w` of the grey object `obj` points to.
    #[inline]
    fn scan_word(&mut self, obj: u64, w: u64) {
        if let Some(v) = self.word(obj + 8 * w)
            && v >= ARENA_BASE
        {
            self.shade(v, By::Object(obj));
        }
    }

    /// Whether the word at `a` (in a heap object) is one of its pointer
    /// words by its slot's layout: false outside in-use scan spans.
    #[inline]
    pub fn is_ptr_word(&self, a: u64) -> bool {
        let Some(id) = self.span_of(a) else { return false };
        let s = self.span(id);
        if s.state != SpanState::InUse || s.spanclass.noscan() {
            return false;
        }
        let i = s.slot_of(a);
        self.layouts.is_ptr(s.layout_at(a), (a - (s.start + i * s.elemsize)) / 8)
    }
}
