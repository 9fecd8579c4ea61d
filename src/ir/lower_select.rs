//! Lowering of `select`: each case's channel and sent value are evaluated
//! in source order, as Go does before `selectgo`; a receive case gets a
//! frame temporary for the value (and one for the comma-ok flag) that its
//! body starts by assigning to the case's variables.

use super::lower::Lowerer;
use super::lower_expr::strip_parens;
use super::*;
use crate::syntax::ast::{self, ExprKind, StmtKind as S};
use crate::types::typ::Type;

impl Lowerer<'_> {
    pub(super) fn select(&mut self, pos: u32, body: &[ast::CommClause], label: Option<&str>, out: &mut Vec<Stmt>) {
        let id = self.label();
        self.cx().targets.push((label.map(String::from), id, false));
        let mut cases = Vec::new();
        let mut default = None;
        for cc in body {
            let Some(comm) = &cc.comm else {
                default = Some(self.block(&cc.body));
                continue;
            };
            let cpos = comm.span.lo;
            let mut prologue = Vec::new();
            let (ch, send) = match &comm.kind {
                S::Send { ch, value } => {
                    let et = self.chan_elem(ch);
                    let v = self.expr_as(value, et);
                    let rep = self.rep(et);
                    (ch, Some((v, rep)))
                }
                S::Expr(e) => (recv_operand(e), None),
                S::Define { rhs, .. } | S::Assign { rhs, .. } => (recv_operand(&rhs[0]), None),
                _ => {
                    self.error(cpos, "select case must be receive, send or assign recv");
                    continue;
                }
            };
            let et = self.chan_elem(ch);
            let c = self.expr(ch);
            let tmp = self.alloc_typed(et);
            let ok = self.cx().alloc(1, 1, Ptrs::None);
            // The received value and flag go to the case's variables.
            let bool_t = self.p.types.basic(crate::types::typ::Basic::Bool);
            let targets: Vec<Option<Place>> = match &comm.kind {
                S::Define { lhs, .. } => lhs
                    .iter()
                    .map(|n| {
                        let o = *self.p.info.defs.get(&n.span.lo)?;
                        if n.name == "_" {
                            return None;
                        }
                        Some(self.declare(o, cpos, &mut prologue))
                    })
                    .collect(),
                S::Assign { lhs, .. } => lhs.iter().map(|l| if is_blank(l) { None } else { self.place(l) }).collect(),
                _ => Vec::new(),
            };
            for (i, tg) in targets.into_iter().enumerate() {
                let Some(p) = tg else { continue };
                let (src, t) = if i == 0 { (tmp, et) } else { (ok, bool_t) };
                let v = self.load(Place::Local(src), t);
                let st = self.store(cpos, p, t, v);
                prologue.push(st);
            }
            prologue.extend(self.block(&cc.body));
            cases.push(SelectCase { pos: cpos, ch: c, send, tmp, ok, body: prologue });
        }
        self.cx().targets.pop();
        out.push(Stmt { pos, kind: StmtKind::Select { label: id, cases, default } });
    }

    /// The element type of a channel expression.
    pub(super) fn chan_elem(&mut self, ch: &ast::Expr) -> crate::types::typ::TypeId {
        let ct = self.ty_of(ch);
        match self.p.types.under_type(ct) {
            Type::Chan(_, el) => *el,
            _ => crate::types::typ::INVALID,
        }
    }
}

/// `x` of a receive `<-x`.
fn recv_operand(e: &ast::Expr) -> &ast::Expr {
    match &strip_parens(e).kind {
        ExprKind::Unary(ast::UnOp::Recv, x) => x,
        _ => e,
    }
}

fn is_blank(e: &ast::Expr) -> bool {
    matches!(&strip_parens(e).kind, ExprKind::Ident(n) if n == "_")
}
