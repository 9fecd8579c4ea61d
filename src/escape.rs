//! Escape analysis: which variables outlive their frame (gc's
//! `cmd/compile/internal/escape`), first and sound version.
//!
//! A local variable is *moved to heap* when its address may outlive the
//! frame that declares it: its address is taken (`&x`, `&x.f`, `&a[i]` of an
//! array, slicing an array variable, calling a pointer method on it or
//! making a method value of one) or a function literal refers to it (so a
//! closure holds its address). Everything else stays in the frame.
//!
//! Simplification (issue 7 makes this gc's algorithm): no data-flow graph is
//! built, so a variable whose address only flows into calls that do not
//! retain it, or a closure that never leaves its frame, still moves to the
//! heap; and every `new`, `&T{}`, `make`, slice literal and func literal
//! allocates on the heap. This never leaves on the stack anything that
//! outlives its frame, which is what the evaluator relies on. The report
//! prints gc's words for each decision (`moved to heap: x`, `... escapes to
//! heap`).

use crate::source::SourceMap;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub struct Escapes {
    /// Variables moved to the heap.
    pub heap: HashSet<ObjId>,
    /// Report lines: (position, message).
    pub report: Vec<(u32, String)>,
    /// Slice variables whose appends may use a frame buffer.
    pub stack_slices: HashSet<ObjId>,
}

/// Analyses the main file; `library` files (the standard library's Go
/// code) are analysed too, but only the main file's decisions are reported.
pub fn analyze(p: &Program, file: &File, library: &[&File]) -> Escapes {
    let mut a = Analyzer { p, owner: HashMap::new(), funcs: vec![0], next_fn: 1, out: Escapes::default() };
    for f in library {
        a.file(f);
    }
    a.out.report.clear();
    a.file(file);
    let mut out = a.out;
    out.report.sort_by_key(|r| r.0);
    out
}

impl Analyzer<'_> {
    fn file(&mut self, file: &File) {
        let a = self;
        for d in &file.decls {
            if let Decl::Func(f) = d {
                a.funcs = vec![a.next_fn];
                a.next_fn += 1;
                if let Some(r) = &f.recv {
                    a.fields(std::slice::from_ref(r));
                }
                a.fields(&f.sig.params);
                a.fields(&f.sig.results);
                if let Some(b) = &f.body {
                    a.stmts(&b.stmts);
                }
            } else if let Decl::Var(specs, _) = d {
                for s in specs {
                    for v in &s.values {
                        a.expr(v);
                    }
                }
            }
        }
    }
}

/// Renders the report in gc's `-m` format.
pub fn render(map: &SourceMap, display: &str, esc: &Escapes) -> String {
    let mut s = String::from("# command-line-arguments\n");
    for (pos, msg) in &esc.report {
        let (_, line, col) = map.line_col(*pos);
        s.push_str(&format!("{display}:{line}:{col}: {msg}\n"));
    }
    s
}

struct Analyzer<'a> {
    p: &'a Program,
    /// The function (numbered) that declares each local variable.
    owner: HashMap<ObjId, u32>,
    funcs: Vec<u32>,
    next_fn: u32,
    out: Escapes,
}

impl Analyzer<'_> {
    fn def(&mut self, id: &Ident) {
        if let Some(&o) = self.p.info.defs.get(&id.span.lo) {
            self.owner.entry(o).or_insert(*self.funcs.last().unwrap());
        }
    }

    fn fields(&mut self, fs: &[Field]) {
        for f in fs {
            for n in &f.names {
                self.def(n);
            }
        }
    }

    fn local_var(&self, e: &Expr) -> Option<ObjId> {
        let ExprKind::Ident(_) = &e.kind else { return None };
        let o = *self.p.info.uses.get(&e.id)?;
        match &self.p.objs.get(o).kind {
            ObjKind::Var(v) if !v.global && !v.field => Some(o),
            _ => None,
        }
    }

    fn move_to_heap(&mut self, o: ObjId) {
        if self.out.heap.insert(o) {
            let obj = self.p.objs.get(o);
            self.out.report.push((obj.pos, format!("moved to heap: {}", obj.name)));
        }
    }

    /// The variable whose storage `e` denotes (through fields and array
    /// indexing, not through pointers or slices).
    fn root_var(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Ident(_) => self.local_var(e),
            ExprKind::Paren(x) => self.root_var(x),
            ExprKind::Selector(x, _) => {
                let sel = self.p.info.selections.get(&e.id)?;
                if sel.kind != SelKind::Field || sel.indirect {
                    return None;
                }
                self.root_var(x)
            }
            ExprKind::Index(x, _) => {
                let t = self.p.info.types.get(&x.id)?.ty;
                matches!(self.p.types.under_type(t), Type::Array(..)).then(|| self.root_var(x)).flatten()
            }
            _ => None,
        }
    }

    fn address_taken(&mut self, e: &Expr) {
        if let Some(o) = self.root_var(e) {
            self.move_to_heap(o);
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad | StmtKind::Fallthrough => {}
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => {}
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter().chain(rhs).for_each(|e| self.expr(e));
            }
            StmtKind::Define { lhs, rhs } => {
                rhs.iter().for_each(|e| self.expr(e));
                lhs.iter().for_each(|i| self.def(i));
            }
            StmtKind::Decl(d) => match d {
                Decl::Var(specs, _) => {
                    for sp in specs {
                        sp.values.iter().for_each(|e| self.expr(e));
                        sp.names.iter().for_each(|i| self.def(i));
                    }
                }
                Decl::Func(_) | Decl::Const(..) | Decl::Type(..) | Decl::Bad(_) => {}
            },
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.stmts(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    c.exprs.iter().flatten().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in body {
                    if let Some(&o) = self.p.info.implicits.get(&c.span.lo) {
                        self.owner.entry(o).or_insert(*self.funcs.last().unwrap());
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.stmts(&body.stmts);
            }
            StmtKind::Range { key, value, define, x, body, .. } => {
                self.expr(x);
                for e in key.iter().chain(value.iter()) {
                    match (&e.kind, define) {
                        (ExprKind::Ident(_), true) => {
                            let ExprKind::Ident(name) = &e.kind else { unreachable!() };
                            self.def(&Ident { name: name.clone(), span: e.span });
                        }
                        _ => self.expr(e),
                    }
                }
                // The body of a range over a function is a closure: outer
                // variables it touches are captured.
                let t = self.p.info.types.get(&x.id).map(|t| t.ty);
                let is_func = t.is_some_and(|t| matches!(self.p.types.under_type(t), Type::Signature(_)));
                if is_func {
                    self.funcs.push(self.next_fn);
                    self.next_fn += 1;
                    self.stmts(&body.stmts);
                    self.funcs.pop();
                } else {
                    self.stmts(&body.stmts);
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.local_var(e)
                    && let Some(&f) = self.owner.get(&o)
                    && f != *self.funcs.last().unwrap()
                {
                    self.move_to_heap(o);
                }
            }
            ExprKind::BasicLit(..) | ExprKind::Bad => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        let field_name = matches!(k.kind, ExprKind::Ident(_))
                            && self
                                .p
                                .info
                                .uses
                                .get(&k.id)
                                .is_none_or(|&o| matches!(&self.p.objs.get(o).kind, ObjKind::Var(v) if v.field));
                        if !field_name {
                            self.expr(k);
                        }
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.out.report.push((e.span.lo, "func literal escapes to heap".into()));
                self.funcs.push(self.next_fn);
                self.next_fn += 1;
                self.fields(&sig.params);
                self.fields(&sig.results);
                self.stmts(&body.stmts);
                self.funcs.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.p.info.selections.get(&e.id)
                    && sel.kind == SelKind::Method
                    && sel.ptr_recv
                    && !sel.indirect
                {
                    self.address_taken(x);
                }
                self.expr(x);
            }
            ExprKind::Index(x, idx) => {
                self.expr(x);
                idx.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Slice { x, lo, hi, max } => {
                if let Some(t) = self.p.info.types.get(&x.id)
                    && matches!(self.p.types.under_type(t.ty), Type::Array(..))
                {
                    self.address_taken(x);
                }
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary(op, x) => {
                if *op == UnOp::Addr {
                    if matches!(x.kind, ExprKind::CompositeLit { .. }) {
                        self.out.report.push((e.span.lo, "&{...} escapes to heap".into()));
                    } else {
                        self.address_taken(x);
                    }
                }
                self.expr(x);
            }
            ExprKind::Binary(_, x, y) => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::Ellipsis(_) => {}
        }
    }
}

/// Slice variables whose backing array never leaves the frame: every use
/// is `len`, `cap`, indexing, `range`, `copy`, a conversion to string, or
/// `v = append(v, ...)` into another such variable. gc gives an `append`
/// or `[]byte(s)` producing such a slice a 32-byte buffer in the frame
/// (Go 1.25's stack-allocated backing stores), which shows in `cap`.
pub fn stack_slices(p: &Program, files: &[&File], heap: &HashSet<ObjId>) -> HashSet<ObjId> {
    let mut s = SliceUses { p, cands: HashSet::new(), bad: HashSet::new(), flows: Vec::new() };
    for f in files {
        for d in &f.decls {
            if let Decl::Func(fd) = d
                && let Some(b) = &fd.body
            {
                s.stmts(&b.stmts);
            }
        }
    }
    s.cands.retain(|o| !heap.contains(o));
    // A slice appended into a variable that escapes escapes too.
    loop {
        let mut changed = false;
        for &(from, to) in &s.flows {
            let to_bad = to.is_none_or(|t| s.bad.contains(&t) || !s.cands.contains(&t));
            if to_bad && s.bad.insert(from) {
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    s.cands.retain(|o| !s.bad.contains(o));
    s.cands
}

struct SliceUses<'a> {
    p: &'a Program,
    cands: HashSet<ObjId>,
    bad: HashSet<ObjId>,
    /// (appended slice, variable receiving the result)
    flows: Vec<(ObjId, Option<ObjId>)>,
}

impl SliceUses<'_> {
    fn slice_var(&self, e: &Expr) -> Option<ObjId> {
        let ExprKind::Ident(_) = &e.kind else { return None };
        let o = *self.p.info.uses.get(&e.id).or_else(|| self.p.info.defs.get(&e.span.lo))?;
        match &self.p.objs.get(o).kind {
            ObjKind::Var(v) if !v.global && !v.field => {
                matches!(self.p.types.under_type(self.p.objs.get(o).ty), Type::Slice(_)).then_some(o)
            }
            _ => None,
        }
    }

    fn builtin<'e>(&self, e: &'e Expr) -> Option<&'e str> {
        let ExprKind::Ident(n) = &e.kind else { return None };
        let o = *self.p.info.uses.get(&e.id)?;
        matches!(self.p.objs.get(o).kind, ObjKind::Builtin(_)).then_some(n.as_str())
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    /// `v = append(...)` / `v := ...`: the assigned variable and value.
    fn assign(&mut self, target: Option<ObjId>, v: &Expr) {
        if let Some(t) = target {
            self.cands.insert(t);
        }
        if let ExprKind::Call { fun, args, .. } = &v.kind
            && self.builtin(fun) == Some("append")
            && let Some(first) = args.first()
        {
            if let Some(x) = self.slice_var(first) {
                self.flows.push((x, target));
            } else {
                self.expr(first);
            }
            args[1..].iter().for_each(|a| self.expr(a));
            return;
        }
        self.expr(v);
        if target.is_some() && !matches!(v.kind, ExprKind::Call { .. }) {
            // Assigning another slice value aliases it.
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Define { lhs, rhs } if lhs.len() == rhs.len() => {
                for (l, r) in lhs.iter().zip(rhs) {
                    let t = self
                        .p
                        .info
                        .defs
                        .get(&l.span.lo)
                        .copied()
                        .filter(|&o| matches!(self.p.types.under_type(self.p.objs.get(o).ty), Type::Slice(_)));
                    self.assign(t, r);
                }
            }
            StmtKind::Assign { lhs, op: None, rhs } if lhs.len() == rhs.len() => {
                for (l, r) in lhs.iter().zip(rhs) {
                    match self.slice_var(l) {
                        Some(t) => self.assign(Some(t), r),
                        None => {
                            self.expr(l);
                            self.expr(r);
                        }
                    }
                }
            }
            StmtKind::Range { x, body, key, value, .. } => {
                if self.slice_var(x).is_none() {
                    self.expr(x);
                }
                for e in key.iter().chain(value.iter()) {
                    self.expr(e);
                }
                self.stmts(&body.stmts);
            }
            _ => {
                let mut parts = Vec::new();
                walk_stmt(s, &mut parts);
                for p in parts {
                    match p {
                        Part::E(e) => self.expr(e),
                        Part::B(b) => self.stmts(b),
                    }
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        if let Some(o) = self.slice_var(e) {
            // Any other use lets the slice go where we do not follow.
            self.bad.insert(o);
            return;
        }
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                let b = self.builtin(fun);
                let safe_args = matches!(b, Some("len" | "cap" | "copy"))
                    || self.p.info.types.get(&fun.id).is_some_and(|tv| {
                        tv.mode == crate::types::Mode::TypeExpr
                            && matches!(self.p.types.under_type(tv.ty), Type::Basic(_))
                    });
                for a in args {
                    if safe_args && self.slice_var(a).is_some() {
                        continue;
                    }
                    self.expr(a);
                }
                if b.is_none() {
                    self.expr(fun);
                }
            }
            ExprKind::Index(x, idx) => {
                if self.slice_var(x).is_none() {
                    self.expr(x);
                }
                idx.iter().for_each(|i| self.expr(i));
            }
            ExprKind::FuncLit { body, .. } => self.stmts(&body.stmts),
            _ => walk_expr(e, &mut |x| self.expr(x)),
        }
    }
}

/// Calls `f` on each direct subexpression of `e`.
pub(crate) fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    f(k);
                }
                f(&el.value);
            }
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => f(x),
        ExprKind::TypeAssert(x, _) => f(x),
        ExprKind::Index(x, idx) => {
            f(x);
            idx.iter().for_each(f);
        }
        ExprKind::Slice { x, lo, hi, max } => {
            f(x);
            for y in [lo, hi, max].into_iter().flatten() {
                f(y);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            f(fun);
            args.iter().for_each(f);
        }
        ExprKind::Binary(_, x, y) => {
            f(x);
            f(y);
        }
        _ => {}
    }
}

pub(crate) enum Part<'a> {
    E(&'a Expr),
    B(&'a [Stmt]),
}

/// The expressions and blocks directly in `s`.
pub(crate) fn walk_stmt<'a>(s: &'a Stmt, out: &mut Vec<Part<'a>>) {
    let one = |st: &'a Option<Box<Stmt>>, out: &mut Vec<Part<'a>>| {
        if let Some(st) = st {
            walk_stmt(st, out);
        }
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => out.push(Part::E(e)),
        StmtKind::Send { ch, value } => {
            out.push(Part::E(ch));
            out.push(Part::E(value));
        }
        StmtKind::IncDec { x, .. } => out.push(Part::E(x)),
        StmtKind::Assign { lhs, rhs, .. } => out.extend(lhs.iter().chain(rhs).map(Part::E)),
        StmtKind::Define { rhs, .. } => out.extend(rhs.iter().map(Part::E)),
        StmtKind::Decl(Decl::Var(specs, _)) => out.extend(specs.iter().flat_map(|sp| &sp.values).map(Part::E)),
        StmtKind::Return(es) => out.extend(es.iter().map(Part::E)),
        StmtKind::Block(bl) => out.push(Part::B(&bl.stmts)),
        StmtKind::Labeled(_, st) => walk_stmt(st, out),
        StmtKind::If { init, cond, then, els } => {
            one(init, out);
            out.push(Part::E(cond));
            out.push(Part::B(&then.stmts));
            one(els, out);
        }
        StmtKind::Switch { init, tag, body, .. } => {
            one(init, out);
            if let Some(t) = tag {
                out.push(Part::E(t));
            }
            for c in body {
                out.extend(c.exprs.iter().flatten().map(Part::E));
                out.push(Part::B(&c.body));
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            one(init, out);
            out.push(Part::E(x));
            out.extend(body.iter().map(|c| Part::B(&c.body)));
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                if let Some(st) = &c.comm {
                    walk_stmt(st, out);
                }
                out.push(Part::B(&c.body));
            }
        }
        StmtKind::For { init, cond, post, body } => {
            one(init, out);
            if let Some(c) = cond {
                out.push(Part::E(c));
            }
            one(post, out);
            out.push(Part::B(&body.stmts));
        }
        StmtKind::Range { x, body, .. } => {
            out.push(Part::E(x));
            out.push(Part::B(&body.stmts));
        }
        _ => {}
    }
}
