//! Slice variables whose backing array may start in a frame buffer.
//!
//! Go 1.25 gives an `append` (or `[]byte(s)`) producing a slice that does
//! not escape a 32-byte buffer in the frame for its first growth from empty,
//! guarded by a per-site "used" flag. The evaluator's buffer has no such
//! flag (it is reused whenever the slice is empty again), so this syntactic
//! check stays: the slice variable is only used by `len`, `cap`, indexing,
//! `range`, `copy`, conversion to string, or `v = append(v, ...)` into
//! another such variable, so no second slice can alias the buffer. The
//! escape verdict of the append site must agree as well (see `escape.rs`).

use super::gcfmt::builtin_name;
use super::walk::{Part, walk_expr, walk_stmt};
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type};
use std::collections::HashSet;

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
            && builtin_name(self.p, fun) == Some("append")
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
                let b = builtin_name(self.p, fun);
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
