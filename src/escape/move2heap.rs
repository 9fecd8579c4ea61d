//! Slices that escape only at one point: gc's `move2heap` pass
//! (`cmd/compile/internal/slice`, Go 1.26), run after escape analysis.
//!
//! For a slice variable `s` (element size 1–32 bytes) used only in ways
//! that keep it *exclusive* — `var s []T`, `s = nil`, `s = []T{...}`,
//! `s = s[i:j]`, `s = append(s, ...)`, `s[i]`, `len(s)`, `cap(s)`, passing
//! it to a parameter that leaks nowhere — and that becomes shared at
//! exactly one place (`x = s`, `return s`, `range s`) not inside a deeper
//! loop than its declaration, with appends of weight ≥ 2 (one each, plus
//! the loop depth below the declaration), gc inserts `s = move2heap(s)`
//! before that place and lets the appends use a stack backing store even
//! though escape analysis said `append escapes to heap` (its `-m` lines
//! are unchanged: they were printed before this pass).
//!
//! When the capacity is observed (`cap(s)`, slicing, a slice literal, a
//! call), every growth that fits goes through `growsliceBuf` (one size
//! class up each time) and the move keeps the capacity (`moveSlice`);
//! otherwise the first append site gets the 32-byte store once per call
//! (as for any non-escaping append) and the move rounds the length up to
//! a size class (`moveSliceNoCap`).
//!
//! Named results are not candidates: real gc (1.27) leaves their appends
//! on the heap (measured; the pass's own code would take them).
//!
//! Simplifications: generic functions are skipped; a `go`/`defer`
//! statement naming the slice disqualifies it (gc would see the wrapper's
//! temporary as a transition).

use super::funcs::Funcs;
use super::gcfmt::builtin_name;
use super::graph::Leaks;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type};
use std::collections::HashMap;

/// What the pass decided, for lowering.
#[derive(Default)]
pub struct Moves {
    /// Append sites into such a slice: its variable, and whether every
    /// growth uses the buffer (`growsliceBuf`: the capacity is observed).
    pub appends: HashMap<ExprId, (ObjId, bool)>,
    /// Statements (by start) before which slices move to the heap: the
    /// variable and whether the capacity is kept.
    pub at: HashMap<u32, Vec<(ObjId, bool)>>,
}

#[derive(Default)]
struct Info {
    ok: u32,
    all: u32,
    dropped: bool,
    transition: Option<u32>,
    appends: Vec<ExprId>,
    weight: i64,
    decl_depth: i64,
    cap_used: bool,
}

struct Walk<'a, 'f> {
    p: &'a Program,
    funcs: &'f Funcs<'a>,
    track: HashMap<ObjId, Info>,
    depth: i64,
}

/// Runs the pass over every (non-generic) function and literal of the file.
pub(super) fn analyze(p: &Program, funcs: &Funcs) -> Moves {
    let mut out = Moves::default();
    for fi in &funcs.fns {
        let Some(body) = fi.body else { continue };
        if fi.generic || fi.wrapper.is_some() || fi.init_work.is_some() {
            continue;
        }
        let mut w = Walk { p, funcs, track: HashMap::new(), depth: 0 };
        for prm in &fi.params {
            if let Some(o) = prm.obj {
                w.candidate(o);
            }
        }
        w.stmts(&body.stmts);
        let mut done: Vec<(ObjId, Info)> = w.track.into_iter().collect();
        done.sort_by_key(|(o, _)| *o);
        for (o, i) in done {
            if i.dropped || i.ok != i.all || i.weight < 2 {
                continue;
            }
            let Some(at) = i.transition else { continue };
            for a in &i.appends {
                out.appends.insert(*a, (o, i.cap_used));
            }
            out.at.entry(at).or_default().push((o, i.cap_used));
        }
    }
    out
}

impl Walk<'_, '_> {
    /// Starts tracking `o` if it is a slice with elements of 1–32 bytes.
    fn candidate(&mut self, o: ObjId) -> bool {
        let Type::Slice(el) = self.p.types.under_type(self.p.objs.get(o).ty) else { return false };
        let es = self.p.size_of(*el);
        if es == 0 || es > crate::ir::FRAME_BUF {
            return false;
        }
        self.track.insert(o, Info { decl_depth: self.depth, ..Default::default() });
        true
    }

    fn tracking(&self, e: &Expr) -> Option<ObjId> {
        let e = super::gcfmt::strip(e);
        let ExprKind::Ident(_) = &e.kind else { return None };
        let o = *self.p.info.uses.get(&e.id)?;
        self.track.get(&o).is_some_and(|i| !i.dropped).then_some(o)
    }

    fn info(&mut self, o: ObjId) -> &mut Info {
        self.track.get_mut(&o).expect("tracked")
    }

    /// gc's `addTransition`: one place, not in a deeper loop.
    fn transition(&mut self, o: ObjId, at: u32) {
        let depth = self.depth;
        let i = self.info(o);
        if i.transition.is_some() || depth > i.decl_depth {
            i.dropped = true;
        } else {
            i.transition = Some(at);
        }
    }

    /// A new local from a declaration: gc's `ODCL` (an understood use of
    /// its name).
    fn declare(&mut self, id: &Ident) -> Option<ObjId> {
        let (o, new) = super::define_target(self.p, id)?;
        if new && self.candidate(o) {
            let i = self.info(o);
            i.ok += 1;
            i.all += 1;
            return Some(o);
        }
        None
    }

    /// `x = y` inside statement `at`.
    fn assign(&mut self, x: Option<ObjId>, y: Option<&Expr>, at: u32) {
        if let Some(o) = x {
            let y = y.map(super::gcfmt::strip);
            match y.map(|y| &y.kind) {
                None => self.info(o).ok += 1,
                Some(ExprKind::Ident(n)) if n == "nil" && self.tracking(y.unwrap()).is_none() => self.info(o).ok += 1,
                Some(ExprKind::CompositeLit { .. }) => {
                    let i = self.info(o);
                    i.ok += 1;
                    i.cap_used = true;
                }
                Some(ExprKind::Slice { x, max: None, .. }) if self.tracking(x) == Some(o) => {
                    let i = self.info(o);
                    i.ok += 2;
                    i.cap_used = true;
                }
                Some(ExprKind::Call { fun, args, .. })
                    if builtin_name(self.p, fun) == Some("append")
                        && args.first().and_then(|a| self.tracking(a)) == Some(o) =>
                {
                    let (id, depth) = (y.unwrap().id, self.depth);
                    let i = self.info(o);
                    i.ok += 2;
                    i.appends.push(id);
                    i.weight += 1 + depth - i.decl_depth;
                }
                _ => {}
            }
        }
        if let Some(y) = y
            && let Some(o) = self.tracking(y)
        {
            self.info(o).ok += 1;
            self.transition(o, at);
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn opt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let at = s.span.lo;
        match &s.kind {
            StmtKind::Assign { lhs, op: None, rhs } => {
                if lhs.len() == rhs.len() {
                    for (l, r) in lhs.iter().zip(rhs) {
                        let x = self.tracking(l);
                        self.assign(x, Some(r), at);
                    }
                }
                lhs.iter().chain(rhs).for_each(|e| self.expr(e));
            }
            StmtKind::Define { lhs, rhs } => {
                // New names are declared (`ODCL`); redeclared ones assigned.
                let xs: Vec<Option<ObjId>> = lhs
                    .iter()
                    .map(|id| {
                        self.declare(id).or_else(|| {
                            let (o, _) = super::define_target(self.p, id)?;
                            self.track.get(&o).is_some_and(|i| !i.dropped).then_some(o)
                        })
                    })
                    .collect();
                if lhs.len() == rhs.len() {
                    for (x, r) in xs.iter().zip(rhs) {
                        self.assign(*x, Some(r), at);
                    }
                }
                for x in xs.into_iter().flatten() {
                    self.info(x).all += 1;
                }
                rhs.iter().for_each(|e| self.expr(e));
            }
            StmtKind::Decl(Decl::Var(specs, _)) => {
                for sp in specs {
                    let xs: Vec<Option<ObjId>> = sp.names.iter().map(|id| self.declare(id)).collect();
                    if sp.values.is_empty() || sp.values.len() == sp.names.len() {
                        for (k, x) in xs.iter().enumerate() {
                            self.assign(*x, sp.values.get(k), at);
                        }
                    }
                    for x in xs.into_iter().flatten() {
                        self.info(x).all += 1;
                    }
                    sp.values.iter().for_each(|e| self.expr(e));
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    if let Some(o) = self.tracking(e) {
                        self.info(o).ok += 1;
                        self.transition(o, at);
                    }
                    self.expr(e);
                }
            }
            StmtKind::Range { x, body, .. }
                if self
                    .p
                    .info
                    .types
                    .get(&x.id)
                    .is_some_and(|t| matches!(self.p.types.under_type(t.ty), Type::Signature(_))) =>
            {
                // A range over a function: the body is a closure.
                self.expr(x);
                for s in &body.stmts {
                    let mut parts = Vec::new();
                    super::walk_stmt(s, &mut parts);
                    self.drop_parts(parts);
                }
            }
            StmtKind::Range { key, value, x, body, .. } => {
                if let Some(o) = self.tracking(x) {
                    self.info(o).ok += 1;
                    self.transition(o, at);
                }
                self.depth += 1;
                self.expr(x);
                key.iter().chain(value.iter()).for_each(|e| self.expr(e));
                self.stmts(&body.stmts);
                self.depth -= 1;
            }
            StmtKind::For { init, cond, post, body } => {
                self.depth += 1;
                self.opt(init);
                cond.iter().for_each(|c| self.expr(c));
                self.opt(post);
                self.stmts(&body.stmts);
                self.depth -= 1;
            }
            StmtKind::If { init, cond, then, els } => {
                self.opt(init);
                self.expr(cond);
                self.stmts(&then.stmts);
                self.opt(els);
            }
            StmtKind::Switch { init, tag, body, .. } => {
                self.opt(init);
                tag.iter().for_each(|t| self.expr(t));
                for c in body {
                    c.exprs.iter().flatten().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.opt(init);
                self.expr(x);
                body.iter().for_each(|c| self.stmts(&c.body));
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    if let Some(st) = &c.comm {
                        self.stmt(st);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Labeled(_, st) => self.stmt(st),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Go(e) | StmtKind::Defer(e) => self.drop_all(e),
            _ => {
                let mut parts = Vec::new();
                super::walk_stmt(s, &mut parts);
                for part in parts {
                    match part {
                        super::Part::E(e) => self.expr(e),
                        super::Part::B(b) => self.stmts(b),
                    }
                }
            }
        }
    }

    /// Every tracked variable `e` mentions (a closure's captures, a
    /// go/defer call) stops being tracked.
    fn drop_all(&mut self, e: &Expr) {
        if let ExprKind::FuncLit { body, .. } = &e.kind {
            for s in &body.stmts {
                let mut parts = Vec::new();
                super::walk_stmt(s, &mut parts);
                self.drop_parts(parts);
            }
            return;
        }
        if let Some(o) = self.tracking(e) {
            self.info(o).dropped = true;
        }
        super::walk_expr(e, &mut |x| self.drop_all(x));
    }

    fn drop_parts(&mut self, parts: Vec<super::Part>) {
        for part in parts {
            match part {
                super::Part::E(e) => self.drop_all(e),
                super::Part::B(b) => {
                    for s in b {
                        let mut ps = Vec::new();
                        super::walk_stmt(s, &mut ps);
                        self.drop_parts(ps);
                    }
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.tracking(e) {
                    self.info(o).all += 1;
                }
                return;
            }
            ExprKind::FuncLit { .. } => return self.drop_all(e),
            ExprKind::Index(x, _) => {
                if let Some(o) = self.tracking(x) {
                    self.info(o).ok += 1;
                }
            }
            ExprKind::Unary(UnOp::Addr, x) => self.addr_of(x),
            ExprKind::Call { fun, args, .. } => self.call(fun, args),
            _ => {}
        }
        super::walk_expr(e, &mut |x| self.expr(x));
    }

    /// `&x`: the address of an element of a tracked slice ends tracking.
    fn addr_of(&mut self, x: &Expr) {
        let mut x = super::gcfmt::strip(x);
        loop {
            match &x.kind {
                ExprKind::Selector(y, _) if !self.is_pointer(y) => x = super::gcfmt::strip(y),
                ExprKind::Index(y, _) if self.is_array(y) => x = super::gcfmt::strip(y),
                ExprKind::Index(y, _) => {
                    if let Some(o) = self.tracking(y) {
                        self.info(o).dropped = true;
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    fn is_pointer(&self, e: &Expr) -> bool {
        self.p.info.types.get(&e.id).is_none_or(|t| matches!(self.p.types.under_type(t.ty), Type::Pointer(_)))
    }

    fn is_array(&self, e: &Expr) -> bool {
        self.p.info.types.get(&e.id).is_some_and(|t| matches!(self.p.types.under_type(t.ty), Type::Array(..)))
    }

    fn call(&mut self, fun: &Expr, args: &[Expr]) {
        match builtin_name(self.p, fun) {
            Some("len") | Some("cap") => {
                let cap = builtin_name(self.p, fun) == Some("cap");
                if let Some(o) = args.first().and_then(|a| self.tracking(a)) {
                    let i = self.info(o);
                    i.ok += 1;
                    i.cap_used |= cap;
                }
                return;
            }
            Some(_) => return,
            None => {}
        }
        let f = super::gcfmt::strip(fun);
        // A method with a pointer receiver called on `s[i]` takes its address.
        if let Some(sel) = self.p.info.selections.get(&f.id)
            && let ExprKind::Selector(x, _) = &f.kind
            && sel.ptr_recv
            && !self.is_pointer(x)
        {
            self.addr_of(x);
        }
        let Some((leaks, recv)) = self.callee_tags(f, args.len()) else { return };
        let recv_args = recv.into_iter().map(|r| (0, r));
        let args: Vec<(usize, &Expr)> = recv_args.chain(args.iter().enumerate().map(|(k, a)| (k + 1, a))).collect();
        for (idx, a) in args {
            if let Some(o) = self.tracking(a)
                && leaks.get(idx).copied().flatten().is_some_and(|l| l.0.iter().all(|&b| b == 0))
            {
                let i = self.info(o);
                i.ok += 1;
                i.cap_used = true;
            }
        }
    }

    /// gc's `argLeak` data: each parameter's tag by index (0: receiver,
    /// then the `n` arguments; None: unknown), and the receiver operand of
    /// a method call.
    fn callee_tags<'e>(&self, f: &'e Expr, n: usize) -> Option<(Vec<Option<Leaks>>, Option<&'e Expr>)> {
        let (o, recv) = match &f.kind {
            ExprKind::Selector(x, _) if super::is_method_sel(self.p, f) => {
                let sel = self.p.info.selections.get(&f.id)?;
                if self.p.types.is_interface(sel.recv) {
                    return None;
                }
                (sel.obj, Some(&**x))
            }
            ExprKind::Selector(..) | ExprKind::Ident(_) => {
                let o = *self.p.info.uses.get(&f.id)?;
                (o, None)
            }
            _ => return None,
        };
        if !matches!(self.p.objs.get(o).kind, ObjKind::Func(_)) {
            return None;
        }
        if let Some(&fx) = self.funcs.by_obj.get(&o) {
            let fi = self.funcs.get(fx);
            // Tags are by parameter (receiver first when there is one).
            let tag = |i: usize| {
                let k = if fi.has_recv { i } else { i.checked_sub(1)? };
                fi.tags.get(k).copied()
            };
            return Some(((0..=n).map(tag).collect(), recv));
        }
        let obj = self.p.objs.get(o);
        let pkg = obj.pkg.map(|pk| self.p.pkgs[pk.0 as usize].path.clone()).unwrap_or_default();
        let rname = match &obj.kind {
            ObjKind::Func(fi) => fi.recv_base.map(|r| self.p.objs.get(r).name.clone()).unwrap_or_default(),
            _ => String::new(),
        };
        let tags = super::tags::lookup(&pkg, &rname, &obj.name)?;
        let tag = |i: usize| Some(tags.iter().find(|(j, _)| *j == i).map_or_else(Leaks::default, |(_, l)| *l));
        Some(((0..=n).map(tag).collect(), recv))
    }
}
