//! Recording explanations in explain mode (gc's `-m=2` bookkeeping):
//! notes on holes, the paths the solver found, and their conversion into
//! `explain::Why` when the batch finishes.
//!
//! A note says why an assignment edge exists: the construct as gc prints
//! it (`&x`, `return &x`, `fmt.Println(... argument...)`), gc's word for it
//! (`address-of`, `return`, `call parameter`) and its position. Notes ride
//! on holes and land on the edges `flow` adds (`graph.rs`). When the solver
//! sees a location first escape, or a parameter's leak get shorter, it
//! records the path of back-pointers from the location to the walk's root
//! (`record_path`), with why the root outlives it; a location that escaped
//! the moment its address flowed into an escaping one records that edge.
//!
//! Invariants: nothing here runs, and no text is formatted, unless
//! `Graph::explain` is set; recording never changes the graph or the
//! verdicts. Names are resolved only when the batch finishes, so sites
//! print their final text (after `rewriteWithLiterals`).
//!
//! Simplifications: go/defer operands flow through temporaries printed as
//! `{temp}` with gosub's notes (`go operand`, `defer operand`) where gc
//! names `.autotmp_N` and notes their `assign-pair`; interface-to-interface
//! conversions are noted only at call arguments and `panic`; the loop body
//! of a range over a function (walked in place, see `stmt.rs`) has no notes.

use super::SiteKind;
use super::batch::Batch;
use super::explain::{Flow, Note as PubNote, Why};
use super::gcfmt::strip;
use super::graph::*;
use crate::syntax::ast::*;
use crate::types::typ::ObjId;
use std::collections::HashSet;

/// The slot of a location's escape (leaks use their `Leaks` index).
pub(super) const ESCAPE_SLOT: usize = usize::MAX;

/// Why the root outlives the location, as the solver saw it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Reason {
    Heap,
    Escaped,
    Result,
    Loop,
    Closure,
}

pub(super) struct RawFlow {
    dst: Loc,
    src: Loc,
    derefs: i32,
    notes: NoteRef,
}

/// A recorded path, names unresolved.
pub(super) struct RawWhy {
    root: Loc,
    flows: Vec<RawFlow>,
    truncated: bool,
    reason: Reason,
    /// For a leak: the dereferences it takes.
    leak: Option<i32>,
    /// The escape slot, or the leak's slot in `Leaks`.
    slot: usize,
}

impl<'a> Batch<'_, 'a> {
    /// `k` noted with expression `e` (gc's `k.note(e, why)`).
    pub(super) fn note_e(&mut self, k: Hole, e: &'a Expr, why: &'static str) -> Hole {
        let f = self.fmt();
        self.g.note(k, || (NoteWhat::Text(f.text(e)), f.pos(e)), why)
    }

    /// `k` noted with allocation site `s`.
    pub(super) fn note_site(&mut self, k: Hole, s: u32, why: &'static str) -> Hole {
        let pos = self.sites[s as usize].pos;
        self.g.note(k, || (NoteWhat::Site(s), pos), why)
    }

    /// `k` noted with a text made on demand.
    pub(super) fn note_text(&mut self, k: Hole, pos: u32, why: &'static str, text: impl FnOnce() -> String) -> Hole {
        self.g.note(k, || (NoteWhat::Text(text()), pos), why)
    }

    /// `k` noted with statement `s` (an assignment, return or send).
    pub(super) fn note_stmt(&mut self, k: Hole, s: &'a Stmt, why: &'static str) -> Hole {
        if !self.g.explain {
            return k;
        }
        let text = self.stmt_text(s);
        self.note_text(k, s.pos.lo, why, || text)
    }

    /// `k` noted with `var names = values` (gc prints it as `:=`, at the
    /// first name).
    pub(super) fn note_spec(&mut self, k: Hole, sp: &'a VarSpec, why: &'static str) -> Hole {
        let f = self.fmt();
        let pos = sp.names.first().map_or(sp.span.lo, |n| n.span.lo);
        self.note_text(k, pos, why, || {
            let names: Vec<&str> = sp.names.iter().map(|n| n.name.as_str()).collect();
            let values: Vec<String> = sp.values.iter().map(|v| f.text(v)).collect();
            format!("{} := {}", names.join(", "), values.join(", "))
        })
    }

    /// gc's text of a statement.
    pub(super) fn stmt_text(&self, s: &Stmt) -> String {
        let f = self.fmt();
        let list = |es: &[Expr]| es.iter().map(|e| f.text(e)).collect::<Vec<_>>().join(", ");
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                let op = op.map_or(String::new(), |o| o.as_str().to_string());
                format!("{} {op}= {}", list(lhs), list(rhs))
            }
            StmtKind::Define { lhs, rhs } => {
                let names: Vec<&str> = lhs.iter().map(|n| n.name.as_str()).collect();
                format!("{} := {}", names.join(", "), list(rhs))
            }
            StmtKind::Return(es) if es.is_empty() => "return".into(),
            StmtKind::Return(es) => format!("return {}", list(es)),
            StmtKind::Send { ch, value } => {
                // gc parenthesizes operands below the send's precedence.
                let v = f.text(value);
                let ptr_lit = matches!(&strip(value).kind, ExprKind::Unary(UnOp::Addr, x) if matches!(strip(x).kind, ExprKind::CompositeLit { .. }));
                format!("{} <- {}", f.text(ch), if ptr_lit { format!("({v})") } else { v })
            }
            StmtKind::Range { .. } => "for loop".into(),
            StmtKind::Expr(e) => f.text(e),
            StmtKind::Go(e) => format!("go {}", f.text(e)),
            StmtKind::Defer(e) => format!("defer {}", f.text(e)),
            StmtKind::IncDec { x, inc } => format!("{}{}", f.text(x), if *inc { "++" } else { "--" }),
            _ => String::new(),
        }
    }

    /// gc's text of a case clause: `case A, B: body` (statements it
    /// cannot print end the body).
    pub(super) fn case_text(&self, c: &CaseClause) -> String {
        let f = self.fmt();
        let head = match &c.exprs {
            Some(es) => format!("case {}", es.iter().map(|e| f.text(e)).collect::<Vec<_>>().join(", ")),
            None => "default".into(),
        };
        let body: Vec<String> = c.body.iter().map(|s| self.stmt_text(s)).take_while(|t| !t.is_empty()).collect();
        format!("{head}: {}", body.join("; "))
    }

    /// Where captured variable `o` is first used in closure `f` (gc's
    /// position of the closure variable).
    pub(super) fn first_use(&self, f: u32, o: ObjId) -> Option<u32> {
        fn in_expr(p: &crate::types::Program, e: &Expr, o: ObjId) -> Option<u32> {
            if let ExprKind::Ident(_) = &e.kind
                && p.info.uses.get(&e.id) == Some(&o)
            {
                return Some(e.span.lo);
            }
            if let ExprKind::FuncLit { body, .. } = &e.kind {
                return in_stmts(p, &body.stmts, o);
            }
            let mut found = None;
            super::walk_expr(e, &mut |x| {
                if found.is_none() {
                    found = in_expr(p, x, o);
                }
            });
            found
        }
        fn in_stmts(p: &crate::types::Program, ss: &[Stmt], o: ObjId) -> Option<u32> {
            for s in ss {
                let mut parts = Vec::new();
                super::walk_stmt(s, &mut parts);
                for part in parts {
                    let r = match part {
                        super::Part::E(e) => in_expr(p, e, o),
                        super::Part::B(b) => in_stmts(p, b, o),
                    };
                    if r.is_some() {
                        return r;
                    }
                }
            }
            None
        }
        in_stmts(self.p(), &self.funcs.get(f).body?.stmts, o)
    }

    /// Why `root` outlives `l` (the cases of `outlives`).
    fn reason(&self, root: Loc, l: Loc) -> Reason {
        let (r, x) = (&self.g.locs[root as usize], &self.g.locs[l as usize]);
        if root == HEAP {
            Reason::Heap
        } else if r.attrs & ESCAPES != 0 {
            Reason::Escaped
        } else if r.param_out {
            Reason::Result
        } else if r.curfn == x.curfn {
            Reason::Loop
        } else {
            Reason::Closure
        }
    }

    /// Records the walk's path from `l` to `root` (gc's `explainPath`):
    /// for `l`'s escape, or for leak slot `leak.0` with `leak.1` derefs.
    pub(super) fn record_path(&mut self, root: Loc, l: Loc, leak: Option<(usize, i32)>) {
        let mut flows = Vec::new();
        let mut visited = HashSet::new();
        let mut truncated = false;
        let mut src = l;
        while src != root {
            if !visited.insert(src) {
                truncated = true;
                break;
            }
            let (dst, i) = (self.g.locs[src as usize].dst, self.g.locs[src as usize].dst_edge);
            if dst == NO_LOC {
                break;
            }
            let e = self.g.locs[dst as usize].edges[i as usize];
            debug_assert_eq!(e.src, src, "path inconsistency");
            flows.push(RawFlow { dst, src, derefs: e.derefs, notes: e.notes });
            src = dst;
        }
        let reason = self.reason(root, l);
        let slot = leak.map_or(ESCAPE_SLOT, |(s, _)| s);
        self.whys.insert((l, slot), RawWhy { root, flows, truncated, reason, leak: leak.map(|(_, d)| d), slot });
    }

    /// Records the locations that escaped as their address was flowed
    /// into an escaping location (before any walk).
    pub(super) fn record_immediate(&mut self) {
        for im in std::mem::take(&mut self.g.immediate) {
            let flows = vec![RawFlow { dst: im.dst, src: im.src, derefs: im.derefs, notes: im.notes }];
            let reason = self.reason(im.dst, im.src);
            let raw = RawWhy { root: im.dst, flows, truncated: false, reason, leak: None, slot: ESCAPE_SLOT };
            self.whys.entry((im.src, ESCAPE_SLOT)).or_insert(raw);
        }
    }

    /// gc's `explainLoc`.
    fn loc_name(&self, l: Loc) -> String {
        if l == HEAP {
            return "{heap}".into();
        }
        match self.g.locs[l as usize].node {
            Node::Var(VarKey::Obj(o)) => self.p().objs.get(o).name.clone(),
            Node::Var(VarKey::Result(f, i)) => self.funcs.get(f).results[i as usize].name.clone(),
            Node::Site(s) => format!("{{storage for {}}}", self.sites[s as usize].text),
            Node::Var(VarKey::State(i)) => self.states[i as usize].1.clone(),
            Node::Var(VarKey::Temp(_)) | Node::None => "{temp}".into(),
        }
    }

    pub(super) fn func_name(&self, l: Loc) -> String {
        let f = self.g.locs[l as usize].curfn;
        if f == u32::MAX { String::new() } else { self.funcs.get(f).name.clone() }
    }

    fn notes(&self, mut n: NoteRef) -> Vec<PubNote> {
        let mut out = Vec::new();
        while n != 0 {
            let note = &self.g.notes[n as usize - 1];
            let what = match &note.what {
                NoteWhat::Text(t) => t.clone(),
                NoteWhat::Site(s) => self.sites[*s as usize].text.clone(),
            };
            out.push(PubNote { what, why: note.why, pos: note.pos });
            n = note.next;
        }
        out
    }

    /// The explanation recorded for `l`'s escape or leak `slot`.
    pub(super) fn why_of(&self, l: Loc, slot: usize) -> Option<Why> {
        let raw = self.whys.get(&(l, slot))?;
        let flows: Vec<Flow> = raw
            .flows
            .iter()
            .map(|f| Flow {
                dst: self.loc_name(f.dst),
                src: self.loc_name(f.src),
                derefs: f.derefs,
                notes: self.notes(f.notes),
            })
            .collect();
        let subject = match self.g.locs[l as usize].node {
            Node::Site(s) => self.sites[s as usize].text.clone(),
            _ => self.loc_name(l),
        };
        let (root, func) = (self.loc_name(raw.root), self.func_name(l));
        let header = match raw.leak {
            Some(d) => format!("parameter {subject} leaks to {root} for {func} with derefs={d}"),
            None => format!("{subject} escapes to heap in {func}"),
        };
        let last_why = flows.last().and_then(|f| f.notes.last()).map(|n| n.why);
        let because = self.because(l, raw, &subject, &root, last_why);
        Some(Why { header, flows, truncated: raw.truncated, because })
    }

    /// The reason in plain words.
    fn because(&self, l: Loc, raw: &RawWhy, subject: &str, root: &str, last_why: Option<&str>) -> String {
        let is_var = matches!(self.g.locs[l as usize].node, Node::Var(_));
        let noun = match self.g.locs[l as usize].node {
            Node::Site(s) => site_noun(self.sites[s as usize].kind, subject),
            _ => subject.to_string(),
        };
        let made = if is_var { "declared" } else { "made" };
        // The pointer, and the location named again at the end.
        let (ptr, tail) =
            if is_var { (format!("a pointer to {subject}"), subject) } else { (format!("a pointer to {noun}"), "it") };
        let root = match self.g.locs[raw.root as usize].node {
            Node::Site(s) if raw.root != HEAP => site_noun(self.sites[s as usize].kind, &self.sites[s as usize].text),
            _ => plain(root),
        };
        let (func, root_func) = (self.func_name(l), self.func_name(raw.root));
        if let Some(d) = raw.leak {
            let what = if d == 0 { format!("the value of {subject}") } else { format!("what {subject} points to") };
            let passed =
                if d == 0 { format!("what they pass as {subject}") } else { "what their argument points to".into() };
            return if raw.slot >= 3 {
                format!("{what} is returned as {root}: each caller's own analysis decides where it goes")
            } else if raw.root == HEAP {
                format!("{what} reaches the heap, so callers must assume that {passed} escapes")
            } else {
                format!("{what} reaches {root}, which is on the heap, so callers must assume that {passed} escapes")
            };
        }
        match (raw.reason, last_why) {
            (_, Some("too large for stack")) => {
                let size = match self.g.locs[l as usize].node {
                    Node::Var(VarKey::Obj(o)) => Some(self.p().size_of(self.p().objs.get(o).ty)),
                    Node::Site(s) => self.sites[s as usize].size,
                    _ => None,
                };
                let size = size.map_or(String::new(), |n| format!(" ({n} bytes)"));
                format!(
                    "{noun} is too large for the stack{size}: a frame holds variables up to 128 KiB and \
                     implicit allocations (new, &T{{}}, make, closures) up to 64 KiB"
                )
            }
            (_, Some("zero-sized element")) => "a make of zero-sized elements always allocates on the heap".into(),
            (Reason::Heap, _) => format!(
                "{ptr} reaches the heap (a global, a channel, another goroutine, or a callee that keeps it), \
                 which outlives every frame, so {tail} cannot live in {func}'s frame"
            ),
            (Reason::Escaped, _) => {
                format!(
                    "{ptr} is stored in {root}, which is itself on the heap, and the heap may not point into a frame"
                )
            }
            (Reason::Result, _) => format!(
                "{ptr} is returned as {root}, a result of {root_func}, so it is still in use after {root_func}'s frame is gone"
            ),
            (Reason::Loop, _) => format!(
                "{noun} is {made} inside a loop, but a pointer to it is kept in {root}, which outlives the iteration \
                 ({})",
                if is_var {
                    format!("each iteration has its own {subject}")
                } else {
                    "each iteration makes a new one".into()
                }
            ),
            (Reason::Closure, _) => format!(
                "{noun} lives in the frame of {func}, but a pointer to it is kept in {root} of {root_func}, \
                 whose frame outlives it"
            ),
        }
    }
}

/// What an allocation site allocates, in words.
fn site_noun(kind: SiteKind, text: &str) -> String {
    match kind {
        SiteKind::New | SiteKind::PtrLit => format!("the object made by {text}"),
        SiteKind::SliceLit | SiteKind::MakeSlice => format!("the backing array of {text}"),
        SiteKind::Variadic => "the backing array of the ... argument".into(),
        SiteKind::Append => format!("the new backing array of {text}"),
        SiteKind::MapLit | SiteKind::MakeMap => format!("the map made by {text}"),
        SiteKind::Closure => "the closure of the func literal".into(),
        SiteKind::MethodValue => format!("the closure of the method value {text}"),
        SiteKind::Iface => format!("the interface's copy of {text}"),
        _ => format!("the result of {text}"),
    }
}

/// A location's name in a sentence.
fn plain(name: &str) -> String {
    match name {
        "{heap}" => "the heap".into(),
        "{temp}" => "a compiler temporary".into(),
        _ => match name.strip_prefix("{storage for ").and_then(|n| n.strip_suffix('}')) {
            Some(n) => format!("the storage for {n}"),
            None => name.into(),
        },
    }
}
