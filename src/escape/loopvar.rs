//! Go 1.22's per-iteration loop variables as gc's `loopvar.ForCapture`
//! decides them, and the uses of variables in a block.
//!
//! gc gives a `for` or `range` loop's `:=` variables a fresh copy per
//! iteration when the loop syntactically captures them (a function literal
//! refers to them) or takes their address (`&v`, a pointer method call on
//! them, slicing an array variable), except inside `return` statements. The
//! escape walker then declares the copy inside the loop body (one loop
//! level deeper), as gc's rewrite does.
//!
//! Invariant: only the syntax decides (as in gc), never escape verdicts.

use super::funcs::is_field_key;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type};
use std::collections::HashSet;

/// Loop variables among `vars` that are captured by a function literal or
/// whose address is taken within the loop (outside return statements):
/// gc's `loopvar.ForCapture` test.
pub(super) fn leaks_in<'e>(
    p: &Program,
    conds: impl Iterator<Item = &'e Expr>,
    posts: &[&'e Stmt],
    body: &'e [Stmt],
    vars: &[ObjId],
    out: &mut HashSet<ObjId>,
) {
    if vars.is_empty() {
        return;
    }
    let mut s = LeakScan { p, vars, out, in_return: false };
    for c in conds {
        s.expr(c);
    }
    for st in posts {
        s.stmt(st);
    }
    for st in body {
        s.stmt(st);
    }
}

struct LeakScan<'p, 'v> {
    p: &'p Program,
    vars: &'v [ObjId],
    out: &'v mut HashSet<ObjId>,
    in_return: bool,
}

impl LeakScan<'_, '_> {
    fn stmt(&mut self, s: &Stmt) {
        if let StmtKind::Return(es) = &s.kind {
            let saved = std::mem::replace(&mut self.in_return, true);
            es.iter().for_each(|e| self.expr(e));
            self.in_return = saved;
            return;
        }
        let mut parts = Vec::new();
        super::walk::walk_stmt(s, &mut parts);
        for part in parts {
            match part {
                super::walk::Part::E(e) => self.expr(e),
                super::walk::Part::B(b) => b.iter().for_each(|s| self.stmt(s)),
            }
        }
        if let StmtKind::Range { key, value, .. } = &s.kind {
            for e in key.iter().chain(value.iter()) {
                self.expr(e);
            }
        }
    }

    fn var_of(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Ident(_) => self.p.info.uses.get(&e.id).copied().filter(|o| self.vars.contains(o)),
            ExprKind::Paren(x) => self.var_of(x),
            ExprKind::Selector(x, _) => {
                let sel = self.p.info.selections.get(&e.id)?;
                (sel.kind == SelKind::Field && !sel.indirect).then(|| self.var_of(x)).flatten()
            }
            ExprKind::Index(x, _) => {
                let t = self.p.info.types.get(&x.id)?.ty;
                matches!(self.p.types.under_type(t), Type::Array(..)).then(|| self.var_of(x)).flatten()
            }
            _ => None,
        }
    }

    fn addr(&mut self, x: &Expr) {
        if !self.in_return
            && let Some(o) = self.var_of(x)
        {
            self.out.insert(o);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::FuncLit { body, .. } => {
                if !self.in_return {
                    let mut uses = Vec::new();
                    uses_in(self.p, &body.stmts, &mut uses);
                    for o in uses {
                        if self.vars.contains(&o) {
                            self.out.insert(o);
                        }
                    }
                }
            }
            ExprKind::Unary(UnOp::Addr, x) => {
                self.addr(x);
                self.expr(x);
            }
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.p.info.selections.get(&e.id)
                    && super::is_method_sel(self.p, e)
                    && sel.ptr_recv
                    && !sel.indirect
                    && self
                        .p
                        .info
                        .types
                        .get(&x.id)
                        .is_some_and(|t| !matches!(self.p.types.under_type(t.ty), Type::Pointer(_)))
                {
                    self.addr(x);
                }
                self.expr(x);
            }
            ExprKind::Slice { x, .. } => {
                if self
                    .p
                    .info
                    .types
                    .get(&x.id)
                    .is_some_and(|t| matches!(self.p.types.under_type(t.ty), Type::Array(..)))
                {
                    self.addr(x);
                }
                super::walk::walk_expr(e, &mut |y| self.expr(y));
            }
            _ => super::walk::walk_expr(e, &mut |y| self.expr(y)),
        }
    }
}

/// Every local variable used in `ss`, nested literals included.
pub(super) fn uses_in(p: &Program, ss: &[Stmt], out: &mut Vec<ObjId>) {
    fn expr(p: &Program, e: &Expr, out: &mut Vec<ObjId>) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = p.info.uses.get(&e.id)
                    && matches!(&p.objs.get(o).kind, ObjKind::Var(v) if !v.global && !v.field)
                {
                    out.push(o);
                }
            }
            ExprKind::FuncLit { body, .. } => uses_in(p, &body.stmts, out),
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key
                        && !is_field_key(p, k)
                    {
                        expr(p, k, out);
                    }
                    expr(p, &el.value, out);
                }
            }
            _ => super::walk::walk_expr(e, &mut |x| expr(p, x, out)),
        }
    }
    for s in ss {
        let mut parts = Vec::new();
        super::walk::walk_stmt(s, &mut parts);
        for part in parts {
            match part {
                super::walk::Part::E(e) => expr(p, e, out),
                super::walk::Part::B(b) => uses_in(p, b, out),
            }
        }
        match &s.kind {
            StmtKind::Range { key, value, .. } => {
                for e in key.iter().chain(value.iter()) {
                    expr(p, e, out);
                }
            }
            StmtKind::Assign { .. } | StmtKind::IncDec { .. } => {}
            _ => {}
        }
    }
}
