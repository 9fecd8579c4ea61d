//! Code gc's noder drops before escape analysis sees it (the unified IR
//! writer's `stmts`, `terminates` and `staticBool`): a constant `if`
//! condition's dead branch, and the statements of a list after one that
//! terminates, unless a later label may be jumped to.
//!
//! Invariant: only the syntax and constant values decide; the dropped
//! code never runs, so nothing it allocates or declares needs a verdict.
//! Simplification: `staticBool`'s folding of `&&` and `||` with one
//! constant operand is not modelled (a wholly constant condition is).

use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::constant::Value;
use crate::types::object::ObjKind;

/// The statements of `ss` the noder keeps: none after a terminating one
/// past the list's last label.
pub(super) fn live<'s>(p: &Program, ss: &'s [Stmt]) -> Vec<&'s Stmt> {
    let last_label = ss.iter().rposition(|s| matches!(s.kind, StmtKind::Labeled(..)));
    let mut out = Vec::with_capacity(ss.len());
    let mut dead = false;
    for (i, s) in ss.iter().enumerate() {
        if dead && last_label.is_none_or(|l| i > l) {
            continue;
        }
        out.push(s);
        dead = terminates(p, s);
    }
    out
}

/// gc's `staticBool`: +1 for a constant true condition, -1 for false.
pub(super) fn static_bool(p: &Program, e: &Expr) -> i32 {
    match p.info.types.get(&e.id).and_then(|t| t.val.as_ref()) {
        Some(Value::Bool(true)) => 1,
        Some(Value::Bool(false)) => -1,
        _ => 0,
    }
}

/// The noder's `terminates` (narrower than the spec's terminating
/// statements): return, goto, panic, and ifs and blocks ending so.
fn terminates(p: &Program, s: &Stmt) -> bool {
    let list = |ss: &[Stmt]| ss.iter().rfind(|s| !matches!(s.kind, StmtKind::Empty)).is_some_and(|s| terminates(p, s));
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(e) => match &super::gcfmt::strip(e).kind {
            ExprKind::Call { fun, .. } => {
                let fun = super::gcfmt::strip(fun);
                matches!(&fun.kind, ExprKind::Ident(n) if n == "panic")
                    && p.info.uses.get(&fun.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Builtin(_)))
            }
            _ => false,
        },
        StmtKind::If { cond, then, els, .. } => {
            let c = static_bool(p, cond);
            (c < 0 || list(&then.stmts)) && (c > 0 || els.as_ref().is_some_and(|e| terminates(p, e)))
        }
        StmtKind::Block(b) => list(&b.stmts),
        _ => false,
    }
}
