//! Liveness of a block's variables, standing for gc's stack maps: a
//! pointerful variable declared in a block stops being a root after the
//! last statement of that block that mentions it, so lowering clears its
//! frame slot there (`StmtKind::ZeroLocals`) and the collector's frame scan
//! no longer sees what it pointed to.
//!
//! Invariant: a slot is cleared only when no later execution can read it.
//! Within one block, statements run in order; a loop re-runs its body
//! block, whose own variables are fresh each iteration (Go 1.22), and an
//! outer variable used in a loop statement lives until that statement
//! ends. So the analysis is per block, at the block's statement
//! granularity, and is safe as long as nothing jumps backwards: functions
//! with `goto` are left alone. Variables whose address is taken (`&x`,
//! slicing an array, a method call or method value) or that a function literal
//! mentions are never cleared early (a pointer to them, or the closure,
//! may outlive the last mention).
//! Address-taken variables are Go's *stack objects* instead
//! (`interp/mgcstack.rs`): their slots are not cleared, but lowering
//! records each one's static live range, from its declaring statement to
//! the last statement of its block that mentions it (a loop's or `if`'s
//! header variables: the whole statement), and the collector scans it
//! only within that range or while a live pointer reaches it. The
//! allocations escape analysis keeps in the frame are stack objects live
//! during their statement (`FnCx::alloc_object`). A variable that a
//! `defer` or `go` statement names stays a plain slot (gosub allocates
//! such a statement's closures and arguments on the heap, where gc keeps
//! a top-level defer's in the frame, so a heap object may point to it).
//! The function body's block treats the receiver and parameters as its
//! own variables: a pointerful one is cleared after the last statement
//! that mentions it, unless pinned (address taken, captured), as gc's
//! liveness ends a parameter at its last use.
//! Simplifications: liveness is by statement, not within one; results
//! are not cleared; parameters are never stack objects.

use super::lower::Lowerer;
use crate::syntax::ast::{self, ExprKind, StmtKind as S};
use crate::types::typ::ObjId;
use std::collections::HashSet;

/// What a statement list mentions.
#[derive(Default)]
pub(super) struct Mentions {
    /// Variables named, per statement.
    pub each: Vec<HashSet<ObjId>>,
    /// Variables that must stay live until their scope ends.
    pub pinned: HashSet<ObjId>,
    /// Variables a `defer` or `go` statement names: gosub allocates what
    /// such a statement makes on the heap (gc keeps a top-level defer's
    /// closure in the frame), so a heap object may point to them.
    pub deferred: HashSet<ObjId>,
    pub has_goto: bool,
}

impl Lowerer<'_> {
    /// The variables each statement of `stmts` mentions.
    pub(super) fn mentions(&self, stmts: &[ast::Stmt]) -> Mentions {
        let mut m = Mentions::default();
        for s in stmts {
            let mut set = HashSet::new();
            self.stmt_mentions(s, &mut set, &mut m, false, false);
            m.each.push(set);
        }
        m
    }

    fn stmt_mentions(&self, s: &ast::Stmt, set: &mut HashSet<ObjId>, m: &mut Mentions, lit: bool, dfr: bool) {
        if !dfr && matches!(s.kind, S::Defer(_) | S::Go(_)) {
            let mut inner = HashSet::new();
            self.stmt_mentions(s, &mut inner, m, lit, true);
            m.deferred.extend(inner.iter().copied());
            set.extend(inner);
            return;
        }
        match &s.kind {
            S::Goto(_) => m.has_goto = true,
            S::Range { key, value, .. } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr_mentions(e, set, m, lit, dfr);
                }
            }
            _ => {}
        }
        let mut parts = Vec::new();
        crate::escape::walk::walk_stmt(s, &mut parts);
        for p in parts {
            match p {
                crate::escape::walk::Part::E(e) => self.expr_mentions(e, set, m, lit, dfr),
                crate::escape::walk::Part::B(b) => {
                    for s in b {
                        self.stmt_mentions(s, set, m, lit, dfr);
                    }
                }
            }
        }
    }

    fn expr_mentions(&self, e: &ast::Expr, set: &mut HashSet<ObjId>, m: &mut Mentions, lit: bool, dfr: bool) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = self.p.info.uses.get(&e.id) {
                    set.insert(o);
                    if lit {
                        m.pinned.insert(o);
                    }
                }
                return;
            }
            ExprKind::FuncLit { body, .. } => {
                for s in &body.stmts {
                    self.stmt_mentions(s, set, m, true, dfr);
                }
                return;
            }
            ExprKind::Unary(ast::UnOp::Addr, x) => self.pin_root(x, m),
            // Slicing an array takes its address.
            ExprKind::Slice { x, .. } => self.pin_root(x, m),
            // A method call may take its receiver's address.
            ExprKind::Call { fun, .. } => {
                if let ExprKind::Selector(x, _) = &fun.kind {
                    self.pin_root(x, m);
                }
            }
            // So may a method value (its record holds `&x`).
            ExprKind::Selector(x, _)
                if self
                    .p
                    .info
                    .selections
                    .get(&e.id)
                    .is_some_and(|s| s.kind == crate::types::lookup::SelKind::Method) =>
            {
                self.pin_root(x, m)
            }
            _ => {}
        }
        crate::escape::walk::walk_expr(e, &mut |x| self.expr_mentions(x, set, m, lit, dfr));
    }

    /// The variable at the root of an addressable expression (`x`, `x.f`,
    /// `x[i]`, `(x)`) is pinned.
    fn pin_root(&self, mut x: &ast::Expr, m: &mut Mentions) {
        loop {
            match &x.kind {
                ExprKind::Paren(y) | ExprKind::Selector(y, _) | ExprKind::Index(y, _) => x = y,
                ExprKind::Ident(_) => {
                    if let Some(&o) = self.p.info.uses.get(&x.id) {
                        m.pinned.insert(o);
                    }
                    return;
                }
                _ => return,
            }
        }
    }
}
