//! Terminating statements (types2's `return.go`; Go spec, "Terminating
//! statements"): the analysis behind `missing return`.

use super::Mode;
use super::check::Checker;
use crate::syntax::ast::{ExprKind, Stmt, StmtKind};

impl<'a> Checker<'a> {
    /// Is the statement list terminating (spec, "Terminating statements")?
    pub fn is_terminating_list(&self, stmts: &[Stmt], label: &str) -> bool {
        // Trailing empty statements are ignored.
        let mut i = stmts.len();
        while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
            i -= 1;
        }
        i > 0 && self.is_terminating(&stmts[i - 1], label)
    }

    pub(super) fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &super::call::strip_parens(e).kind
                    && let ExprKind::Ident(n) = &super::call::strip_parens(fun).kind
                    && n == "panic"
                    && self.p.info.types.get(&fun.id).is_some_and(|t| t.mode == Mode::Builtin)
                {
                    return true;
                }
                // os.Exit is not terminating in Go; only panic is.
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els: Some(e), .. } => {
                self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, "")
            }
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, &l.name),
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.exprs.is_none())
                    && body.iter().all(|c| {
                        (self.is_terminating_list(&c.body, "") || ends_in_fallthrough(&c.body))
                            && !has_break(&c.body, label, true)
                    })
            }
            StmtKind::Select { body, .. } => {
                body.iter().all(|c| self.is_terminating_list(&c.body, "") && !has_break(&c.body, label, true))
            }
            _ => false,
        }
    }
}

pub(super) fn ends_in_fallthrough(stmts: &[Stmt]) -> bool {
    stmts.last().is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough))
}

/// Does the list contain a break that targets the enclosing statement
/// (unlabelled at this level, or labelled with `label`)?
pub(super) fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

pub(super) fn has_break_stmt(s: &Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, top),
        // Nested breakable statements capture unlabelled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            !label.is_empty() && body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { body, .. } => !label.is_empty() && body.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
