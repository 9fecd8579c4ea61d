//! Range loops (types2's `range.go`): the iteration variables' types for
//! integers, strings, arrays, pointers to arrays, slices, maps, channels
//! and function iterators, and how many variables each permits.

use super::Mode;
use super::check::Checker;
use super::object::*;
use super::operand::Operand;
use super::stmt::StmtCtx;
use super::typ::*;
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::syntax::dump::expr_string;

impl<'a> Checker<'a> {
    pub(super) fn range_stmt(
        &mut self,
        extra: &'a [Expr],
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
    ) {
        self.open_scope(false);
        if let Some(e) = extra.first() {
            self.error(e.span.lo, "range clause permits at most two iteration variables");
        }
        let xo = self.expr(x, None);
        let mut kt = INVALID;
        let mut vt = INVALID;
        let mut max_vars = 2;
        if !xo.is_invalid() {
            let core = self.p.core_type(xo.ty).unwrap_or(INVALID);
            match self.p.types.get(core).clone() {
                Type::Basic(b) if b.is_string() => {
                    kt = self.basic(Basic::Int);
                    vt = self.basic(Basic::Rune);
                }
                Type::Basic(b) if b.is_integer() => {
                    // range over an integer: the key has the integer's type.
                    let mut xx = xo.clone();
                    if self.p.types.is_untyped(xx.ty) {
                        let int = self.basic(Basic::Int);
                        let _ = self.implicit_type(&mut xx, int);
                    }
                    kt = xx.ty;
                    max_vars = 1;
                }
                Type::Array(_, e) => {
                    kt = self.basic(Basic::Int);
                    vt = e;
                }
                Type::Pointer(p) => {
                    if let Type::Array(_, e) = self.p.types.under_type(p).clone() {
                        kt = self.basic(Basic::Int);
                        vt = e;
                    } else {
                        let d = self.describe(&xo);
                        self.error(x.span.lo, format!("cannot range over {d}"));
                    }
                }
                Type::Slice(e) => {
                    kt = self.basic(Basic::Int);
                    vt = e;
                }
                Type::Map(k, v) => {
                    kt = k;
                    vt = v;
                }
                Type::Chan(dir, e) => {
                    if dir == ChanDir::Send {
                        let d = self.describe(&xo);
                        self.error(x.span.lo, format!("cannot range over {d}: receive from send-only channel"));
                    }
                    kt = e;
                    max_vars = 1;
                }
                Type::Signature(sig) => {
                    // func(yield func(K[, V]) bool)
                    let ok = sig.params.len() == 1 && sig.results.is_empty();
                    let yield_sig = ok.then(|| self.p.types.signature(sig.params[0].ty).cloned()).flatten();
                    match yield_sig {
                        Some(ys)
                            if ys.params.len() <= 2
                                && ys.results.len() == 1
                                && self.p.types.as_basic(ys.results[0].ty) == Some(Basic::Bool) =>
                        {
                            max_vars = ys.params.len();
                            kt = ys.params.first().map_or(INVALID, |p| p.ty);
                            vt = ys.params.get(1).map_or(INVALID, |p| p.ty);
                        }
                        _ => {
                            let d = self.describe(&xo);
                            self.error(x.span.lo, format!("cannot range over {d}"));
                        }
                    }
                }
                _ => {
                    let d = self.describe(&xo);
                    self.error(x.span.lo, format!("cannot range over {d}"));
                }
            }
        }
        let nvars = key.is_some() as usize + value.is_some() as usize;
        if nvars > max_vars {
            let extra = if max_vars == 0 { key.unwrap() } else { value.unwrap() };
            let d = self.describe(&xo);
            let msg = if max_vars == 0 {
                format!("range over {d} permits no iteration variables")
            } else {
                format!("range over {d} permits only one iteration variable")
            };
            self.error(extra.span.lo, msg);
        }
        let vars = [(key, kt), (value, vt)];
        if define {
            let mut decls = Vec::new();
            for (v, t) in vars {
                let Some(v) = v else { continue };
                let ExprKind::Ident(name) = &v.kind else { continue };
                let o =
                    self.new_obj(name, ObjKind::Var(VarInfo { used: name == "_", ..Default::default() }), t, v.span.lo);
                let id = ast::Ident { name: name.clone(), span: v.span };
                self.record(v, Mode::Variable, t, None);
                decls.push((id, o));
            }
            for (id, o) in decls {
                self.declare(self.scope, &id, o);
                if id.name != "_" {
                    self.locals.push(o);
                }
            }
        } else {
            for (v, t) in vars {
                let Some(v) = v else { continue };
                if let Some(target) = self.lhs_var(v)
                    && self.assign_lhs_check(v, &target)
                    && t != INVALID
                {
                    let mut op = Operand { mode: Mode::Value, ty: t, val: None, expr: v };
                    let _ = &mut op;
                    if self.assignable(&op, target.ty).is_err() {
                        self.error(
                            v.span.lo,
                            format!(
                                "cannot use {} (value of type {}) as {} value in assignment",
                                expr_string(v),
                                self.ts(t),
                                self.ts(target.ty)
                            ),
                        );
                    }
                }
            }
        }
        let ctx = self.stmt_ctx;
        self.stmt_ctx = StmtCtx { breakable: true, in_loop: true, ..Default::default() };
        self.block(body);
        self.stmt_ctx = ctx;
        self.close_scope();
    }
}
