//! The conservative escape analysis kept for the library's Go code.
//!
//! gosub's library is not the Go standard library (gc analyses the real
//! one, whose tags `tags.rs` records), so its own bodies are analysed with
//! the first, syntactic rules: a variable whose address is taken (`&x`,
//! `&x.f`, `&a[i]` of an array, slicing an array, a pointer method call or
//! method value on it) or that a function literal refers to moves to the
//! heap, and every allocation in library code is made on the heap.
//!
//! Invariant: sound without any knowledge of callees: nothing library code
//! allocates or declares stays in a frame once its address may be kept.

use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type};
use std::collections::{HashMap, HashSet};

/// Variables of the library files whose address is taken or that a
/// function literal captures.
pub(super) fn library_heap(p: &Program, library: &[&File]) -> HashSet<ObjId> {
    let mut a = Analyzer { p, owner: HashMap::new(), funcs: vec![0], next_fn: 1, out: Out::default() };
    for f in library {
        a.file(f);
    }
    a.out.heap
}

#[derive(Default)]
struct Out {
    heap: HashSet<ObjId>,
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

struct Analyzer<'a> {
    p: &'a Program,
    /// The function (numbered) that declares each local variable.
    owner: HashMap<ObjId, u32>,
    funcs: Vec<u32>,
    next_fn: u32,
    out: Out,
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
        self.out.heap.insert(o);
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
                if *op == UnOp::Addr && !matches!(x.kind, ExprKind::CompositeLit { .. }) {
                    self.address_taken(x);
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
