//! gc's inlining decision (`cmd/compile/internal/inline`), as far as a
//! program can see it: a call gc inlines leaves no frame of its own, and a
//! traceback shows the inlined function as `f(...)` whatever its
//! arguments. gosub runs every call, but marks the calls gc would inline so
//! tracebacks print them as Go does.
//!
//! The model of gc's `hairyVisitor`: a function can be inlined when its
//! body costs at most 80 (`inlineMaxBudget`) and contains nothing gc
//! refuses (`defer`, `go`, `select`, `recover`, `goto`). Each statement
//! and expression node costs 1; a call costs 57 more
//! (`inlineExtraCallCost`) unless its callee can itself be inlined, in
//! which case the callee's cost is added instead (found by iterating to a
//! fixed point); builtins and conversions cost nothing extra.
//!
//! Simplifications: costs count syntax nodes, not gc's IR nodes after
//! typechecking, so borderline functions may be judged differently;
//! closures are never inlined (gc inlines a function literal called where
//! it is defined or through a variable never reassigned), and the reduced
//! budget for very large callers is not modelled.

use crate::escape::{Part, walk_expr, walk_stmt};
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::ObjId;
use std::collections::{HashMap, HashSet};

const MAX_BUDGET: i64 = 80;
const EXTRA_CALL_COST: i64 = 57;

/// The declared functions and methods gc would inline.
pub fn inlinable(p: &Program, files: &[&File]) -> HashSet<ObjId> {
    let mut bodies: Vec<(ObjId, &Block)> = Vec::new();
    for f in files {
        for d in &f.decls {
            if let Decl::Func(fd) = d
                && let (Some(&o), Some(b)) = (p.info.defs.get(&fd.name.span.lo), &fd.body)
            {
                bodies.push((o, b));
            }
        }
    }
    let mut costs: HashMap<ObjId, i64> = HashMap::new();
    // Each round may make more callees inlinable; a few rounds settle it.
    for _ in 0..4 {
        let mut next = HashMap::new();
        for &(o, b) in &bodies {
            let mut v = Visitor { p, costs: &costs, cost: 0, refused: false, current: o };
            v.stmts(&b.stmts);
            if !v.refused && v.cost <= MAX_BUDGET {
                next.insert(o, v.cost);
            }
        }
        if next == costs {
            break;
        }
        costs = next;
    }
    costs.into_keys().collect()
}

struct Visitor<'a> {
    p: &'a Program,
    costs: &'a HashMap<ObjId, i64>,
    cost: i64,
    refused: bool,
    /// The function being costed: a recursive call is a plain call.
    current: ObjId,
}

impl Visitor<'_> {
    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.cost += 1;
        match &s.kind {
            StmtKind::Defer(_) | StmtKind::Go(_) | StmtKind::Select { .. } | StmtKind::Goto(_) => {
                self.refused = true;
                return;
            }
            _ => {}
        }
        let mut parts = Vec::new();
        walk_stmt(s, &mut parts);
        for part in parts {
            match part {
                Part::E(e) => self.expr(e),
                Part::B(b) => self.stmts(b),
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        self.cost += 1;
        match &e.kind {
            ExprKind::FuncLit { body, .. } => self.stmts(&body.stmts),
            ExprKind::Call { fun, .. } => self.cost += self.call_cost(fun),
            _ => {}
        }
        walk_expr(e, &mut |x| self.expr(x));
    }

    /// What a call adds beyond its nodes.
    fn call_cost(&mut self, fun: &Expr) -> i64 {
        let fun = strip(fun);
        if self.p.info.types.get(&fun.id).is_some_and(|tv| tv.mode == crate::types::Mode::TypeExpr) {
            return 0;
        }
        let callee = match &fun.kind {
            ExprKind::Selector(..) => match self.p.info.selections.get(&fun.id) {
                Some(sel) if sel.kind == SelKind::Method => Some(sel.obj),
                Some(_) => None,
                None => self.p.info.uses.get(&fun.id).copied(),
            },
            ExprKind::Index(x, _) => self.p.info.uses.get(&strip(x).id).copied(),
            _ => self.p.info.uses.get(&fun.id).copied(),
        };
        match callee.map(|o| &self.p.objs.get(o).kind) {
            Some(ObjKind::Builtin(b)) => {
                if *b == crate::types::object::Builtin::Recover {
                    self.refused = true;
                }
                0
            }
            Some(ObjKind::Func(_)) => {
                let o = callee.unwrap();
                if o == self.current {
                    return EXTRA_CALL_COST;
                }
                self.costs.get(&o).copied().unwrap_or(EXTRA_CALL_COST)
            }
            _ => EXTRA_CALL_COST,
        }
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
