//! The location graph (gc's `escape/graph.go` and `leaks.go`).
//!
//! A *location* stands for storage: a variable, an allocation made by an
//! expression (`new`, `&T{}`, a slice literal, a closure, an interface
//! conversion, ...), or a temporary. An *edge* `dst ← src` with a deref count
//! records an assignment: `p = &q` is -1, `p = q` 0, `p = *q` 1. A *hole* is
//! the context an expression is evaluated into: where its value flows and
//! after how many dereferences.
//!
//! Invariants: derefs never go below -1 (`&` applies only to addressable
//! expressions, which are never addresses themselves); the four pseudo
//! locations come first (`HEAP`, `MUTATOR`, `CALLEE`, `BLANK`); a flow into
//! `BLANK` is dropped, and a flow of an address into an escaping location
//! makes the source escape at once, as gc's `batch.flow` does.
//!
//! Explain mode (`gosub escape --explain`) adds gc's `-m=2` bookkeeping:
//! holes and edges carry notes (why each assignment exists), and the walk
//! leaves back-pointers (`dst`) along the shortest paths it found.

use crate::types::typ::ObjId;

pub(super) type Loc = u32;

/// Everything stored here outlives every frame.
pub(super) const HEAP: Loc = 0;
/// Pseudo location for values whose pointees are written to.
pub(super) const MUTATOR: Loc = 1;
/// Pseudo location for closures called without their results tracked.
pub(super) const CALLEE: Loc = 2;
/// The discarded value (`_ = x`, a scalar's pointers).
pub(super) const BLANK: Loc = 3;

/// The location's address escapes: it must be heap allocated.
pub(super) const ESCAPES: u8 = 1;
/// The location's address outlives the statement.
pub(super) const PERSISTS: u8 = 2;
/// Memory reachable from the location may be written to.
pub(super) const MUTATES: u8 = 4;
/// Closures reachable from the location may be called untracked.
pub(super) const CALLS: u8 = 8;

/// A variable: a declared object, a function's unnamed result, or a
/// compiler temporary (go/defer arguments, range operands).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum VarKey {
    Obj(ObjId),
    Result(u32, u32),
    Temp(u32),
    /// The state variable (`#stateN`) of a range-over-func loop: an index
    /// into the batch's `states`.
    State(u32),
}

/// What a location represents (gc's `location.n`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Node {
    None,
    Var(VarKey),
    /// An allocating expression: an index into the batch's sites.
    Site(u32),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Edge {
    pub src: Loc,
    pub derefs: i32,
    /// Why the assignment exists (explain mode; see `Note`).
    pub notes: NoteRef,
}

/// A list of notes in `Graph::notes`: index + 1 of the newest, 0 for none.
pub(super) type NoteRef = u32;

/// What a note's construct is (gc's `note.where`).
pub(super) enum NoteWhat {
    Text(String),
    /// An allocation site, printed with its final text.
    Site(u32),
}

/// One reason along an edge (gc's `note`): the construct, where it is,
/// and gc's word for what it does (`address-of`, `assign`, `return`...).
pub(super) struct Note {
    pub next: NoteRef,
    pub what: NoteWhat,
    pub pos: u32,
    pub why: &'static str,
}

/// Number of results whose leaks a parameter tag records.
pub(super) const NUM_RESULTS: usize = 7;

/// A parameter's leak set (gc's `leaks`): the minimal deref count of any
/// flow from the parameter to the heap, to mutations, to untracked calls,
/// and to each of the first results; -1 (stored as 0) when there is none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Leaks(pub [u8; 3 + NUM_RESULTS]);

impl Leaks {
    pub fn get(&self, i: usize) -> i32 {
        self.0[i] as i32 - 1
    }
    pub fn set(&mut self, i: usize, derefs: i32) {
        self.0[i] = (derefs + 1).clamp(0, 255) as u8;
    }
    /// Lowers slot `i` to `derefs`; whether it changed.
    pub fn add(&mut self, i: usize, derefs: i32) -> bool {
        let old = self.get(i);
        let shorter = old < 0 || derefs < old;
        if shorter {
            self.set(i, derefs);
        }
        shorter
    }
    pub fn heap(&self) -> i32 {
        self.get(0)
    }
    pub fn mutator(&self) -> i32 {
        self.get(1)
    }
    pub fn callee(&self) -> i32 {
        self.get(2)
    }
    pub fn result(&self, i: usize) -> i32 {
        self.get(3 + i)
    }
    /// A parameter leaking everything to the heap (unknown callees).
    pub fn all_heap() -> Leaks {
        let mut l = Leaks::default();
        l.set(0, 0);
        l
    }
    /// Drops flows that are no shorter than the shortest heap flow.
    pub fn optimize(&mut self) {
        let h = self.heap();
        if h >= 0 {
            for i in 1..self.0.len() {
                if self.get(i) >= h {
                    self.set(i, -1);
                }
            }
        }
    }
}

pub(super) struct Location {
    pub node: Node,
    /// The function the location belongs to.
    pub curfn: u32,
    /// Incoming edges.
    pub edges: Vec<Edge>,
    pub loop_depth: i32,
    /// 1-based index among the function's results (0: not a result).
    pub result_index: u32,
    pub derefs: i32,
    pub walkgen: u32,
    pub queued_one: u32,
    pub queued_all: bool,
    pub attrs: u8,
    pub param_esc: Leaks,
    pub captured: bool,
    pub reassigned: bool,
    pub addrtaken: bool,
    pub param: bool,
    pub param_out: bool,
    /// The location this one was reached from in the current walk, and
    /// which of its edges (gc's `dst`, `dstEdgeIdx`; explain mode).
    pub dst: Loc,
    pub dst_edge: u32,
}

/// No location (`Location::dst` of a walk's root).
pub(super) const NO_LOC: Loc = u32::MAX;

/// Where an expression's value goes (gc's `hole`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Hole {
    pub dst: Loc,
    pub derefs: i32,
    /// This context takes the expression's address.
    pub addrtaken: bool,
    /// The reasons collected on the way (explain mode).
    pub notes: NoteRef,
}

impl Hole {
    pub fn to(dst: Loc) -> Hole {
        Hole { dst, derefs: 0, addrtaken: false, notes: 0 }
    }
    pub fn shift(mut self, delta: i32) -> Hole {
        self.derefs += delta;
        debug_assert!(self.derefs >= -1, "derefs underflow");
        self.addrtaken = delta < 0;
        self
    }
    pub fn deref(self) -> Hole {
        self.shift(1)
    }
    pub fn addr(self) -> Hole {
        self.shift(-1)
    }
}

/// A location that escaped the moment an address was flowed into an
/// escaping location (`Graph::flow`), before any walk: the one edge.
pub(super) struct Immediate {
    pub src: Loc,
    pub dst: Loc,
    pub derefs: i32,
    pub notes: NoteRef,
}

#[derive(Default)]
pub(super) struct Graph {
    pub locs: Vec<Location>,
    /// Record notes and explanations (`gosub escape --explain`).
    pub explain: bool,
    pub notes: Vec<Note>,
    pub immediate: Vec<Immediate>,
}

impl Graph {
    pub fn new(explain: bool) -> Graph {
        let mut g = Graph { locs: Vec::new(), explain, notes: Vec::new(), immediate: Vec::new() };
        for attrs in [ESCAPES | PERSISTS | MUTATES | CALLS, MUTATES, CALLS, 0] {
            let l = g.new_loc(Node::None, u32::MAX, 0, false);
            g.locs[l as usize].attrs = attrs;
        }
        g
    }

    pub fn new_loc(&mut self, node: Node, curfn: u32, loop_depth: i32, persists: bool) -> Loc {
        self.locs.push(Location {
            node,
            curfn,
            edges: Vec::new(),
            loop_depth,
            result_index: 0,
            derefs: 0,
            walkgen: 0,
            queued_one: 0,
            queued_all: false,
            attrs: if persists { PERSISTS } else { 0 },
            param_esc: Leaks::default(),
            captured: false,
            reassigned: false,
            addrtaken: false,
            param: false,
            param_out: false,
            dst: NO_LOC,
            dst_edge: 0,
        });
        (self.locs.len() - 1) as Loc
    }

    pub fn has(&self, l: Loc, attr: u8) -> bool {
        self.locs[l as usize].attrs & attr != 0
    }

    /// `k.dst = src` after `k.derefs` dereferences.
    pub fn flow(&mut self, k: Hole, src: Loc) {
        if k.addrtaken {
            self.locs[src as usize].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.has(dst, ESCAPES) && k.derefs < 0 {
            if self.explain && !self.has(src, ESCAPES) {
                self.immediate.push(Immediate { src, dst, derefs: k.derefs, notes: k.notes });
            }
            self.locs[src as usize].attrs |= ESCAPES | PERSISTS | MUTATES | CALLS;
            return;
        }
        self.locs[dst as usize].edges.push(Edge { src, derefs: k.derefs, notes: k.notes });
    }

    /// `k` with one more reason (gc's `hole.note`); only in explain mode.
    pub fn note(&mut self, mut k: Hole, what: impl FnOnce() -> (NoteWhat, u32), why: &'static str) -> Hole {
        if self.explain {
            let (what, pos) = what();
            self.notes.push(Note { next: k.notes, what, pos, why });
            k.notes = self.notes.len() as NoteRef;
        }
        k
    }

    /// A hole flowing into each of `ks` (gc's `teeHole`).
    pub fn tee(&mut self, ks: &[Hole], curfn: u32, depth: i32) -> Hole {
        match ks {
            [] => Hole::to(BLANK),
            [k] => *k,
            _ => {
                let l = self.new_loc(Node::None, curfn, depth, false);
                for k in ks {
                    debug_assert!(k.derefs >= 0, "tee: negative derefs");
                    self.flow(*k, l);
                }
                Hole::to(l)
            }
        }
    }

    /// A hole flowing into `k` some time later (gc's `later`).
    pub fn later(&mut self, k: Hole, curfn: u32, depth: i32) -> Hole {
        let l = self.new_loc(Node::None, curfn, depth, true);
        self.flow(k, l);
        Hole::to(l)
    }

    /// New storage for an allocating expression whose address flows to `k`.
    pub fn spill(&mut self, k: Hole, node: Node, curfn: u32, depth: i32) -> Hole {
        let l = self.new_loc(node, curfn, depth, true);
        self.flow(k.addr(), l);
        Hole::to(l)
    }
}
