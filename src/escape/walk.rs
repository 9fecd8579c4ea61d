//! Walking the syntax tree: the direct subexpressions of an expression
//! and the expressions and blocks directly in a statement (shared with the
//! inliner's cost model).
//!
//! Invariant: source order; function literal bodies are not entered.

use crate::syntax::ast::*;

/// Calls `f` on each direct subexpression of `e`.
pub(crate) fn walk_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
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
