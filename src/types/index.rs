//! Index and slice expressions (types2's `index.go`): indexing arrays,
//! pointers to arrays, slices, strings and maps; constant indices checked
//! against known lengths; 2- and 3-index slicing.

use super::Mode;
use super::check::Checker;
use super::constant::Value;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::Expr;
use crate::syntax::dump::expr_string;
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    pub(super) fn index_expr(&mut self, e: &'a Expr, base: &'a Expr, idx: &'a [Expr]) -> Operand<'a> {
        let fail = Operand::invalid(e);
        let x = self.raw_expr(base, None);
        if x.is_invalid() {
            for i in idx {
                self.raw_expr(i, None);
            }
            return fail;
        }
        if x.mode == Mode::TypeExpr {
            let t = self.typexpr(e);
            if t == INVALID {
                return fail;
            }
            return Operand { mode: Mode::TypeExpr, ty: t, val: None, expr: e };
        }
        if let Some(sig) = self.p.types.signature(x.ty).cloned()
            && !sig.tparams.is_empty()
        {
            return self.func_inst(e, x, idx);
        }
        if idx.len() != 1 {
            self.error(idx.get(1).map_or(e.span.lo, |i| i.span.lo), "unexpected comma; expecting ]");
            return fail;
        }
        let index = &idx[0];
        let core = self.p.core_type(x.ty).unwrap_or(INVALID);
        let (elem, len, mode) = match self.p.types.get(core).clone() {
            Type::Basic(b) if b.is_string() => {
                let m = Mode::Value;
                let len = if let Some(Value::String(s)) = &x.val { Some(s.len() as u64) } else { None };
                (self.basic(Basic::Byte), len, m)
            }
            Type::Array(n, t) => (t, Some(n), if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value }),
            Type::Pointer(p) => match self.p.types.under_type(p).clone() {
                Type::Array(n, t) => (t, Some(n), Mode::Variable),
                _ => (INVALID, None, Mode::Invalid),
            },
            Type::Slice(t) => (t, None, Mode::Variable),
            Type::Map(k, v) => {
                let mut kx = self.expr(index, Some(k));
                if kx.is_invalid() {
                    return fail;
                }
                self.assign_to(&mut kx, k, "map index");
                return Operand { mode: Mode::MapIndex, ty: v, val: None, expr: e };
            }
            _ => (INVALID, None, Mode::Invalid),
        };
        if mode == Mode::Invalid {
            let d = self.describe(&x);
            // At the `[`, as gc reports it.
            self.error(base.span.hi, format!("cannot index {d}"));
            self.expr(index, None);
            return fail;
        }
        self.index_value(index, len, "index");
        // Indexing a constant string with a constant index is not constant.
        Operand { mode, ty: elem, val: None, expr: e }
    }

    /// Checks an index: an integer, non-negative, within `len` if known.
    pub(super) fn index_value(&mut self, index: &'a Expr, len: Option<u64>, what: &str) -> Option<i64> {
        let mut i = self.expr(index, None);
        if i.is_invalid() {
            return None;
        }
        if self.p.types.is_untyped(i.ty) {
            let int = self.basic(Basic::Int);
            if !self.convert_untyped_index(&mut i, int, what) {
                return None;
            }
        }
        if !self.tset_all(i.ty, |b| b.is_integer()) {
            let d = self.describe(&i);
            self.error(index.span.lo, format!("invalid argument: {what} {d} must be integer"));
            return None;
        }
        if i.mode == Mode::Constant {
            let v = i.val.as_ref().and_then(|v| v.to_int()).and_then(|v| v.to_i64());
            if let Some(v) = v {
                if v < 0 {
                    let d = self.describe(&i);
                    self.error(index.span.lo, format!("invalid argument: {what} {d} must not be negative"));
                    return None;
                }
                if let Some(n) = len
                    && v as u64 >= n
                {
                    let s = expr_string(index);
                    self.error(index.span.lo, format!("invalid argument: {what} {s} out of bounds [0:{n}]"));
                    return None;
                }
                return Some(v);
            }
        }
        None
    }

    pub(super) fn convert_untyped_index(&mut self, i: &mut Operand<'a>, int: TypeId, what: &str) -> bool {
        match self.implicit_type(i, int) {
            Ok(()) => true,
            Err(super::operand::ConvErr::Truncated) => {
                let d = self.describe(i);
                self.error(i.expr.span.lo, format!("{d} truncated to int"));
                false
            }
            Err(_) => {
                let d = self.describe(i);
                self.error(i.expr.span.lo, format!("invalid argument: {what} {d} must be integer"));
                false
            }
        }
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
    ) -> Operand<'a> {
        let fail = Operand::invalid(e);
        let x = self.expr(base, None);
        if x.is_invalid() {
            return fail;
        }
        let core = self.p.core_type(x.ty).unwrap_or(INVALID);
        let (ty, len, mode) = match self.p.types.get(core).clone() {
            Type::Basic(b) if b.is_string() => {
                if max.is_some() {
                    self.error(base.span.lo, "invalid operation: 3-index slice of string".to_string());
                    return fail;
                }
                let len = if let Some(Value::String(s)) = &x.val { Some(s.len() as u64) } else { None };
                let t = if self.p.types.is_untyped(x.ty) { self.basic(Basic::String) } else { x.ty };
                (t, len, Mode::Value)
            }
            Type::Array(n, t) => {
                if x.mode != Mode::Variable {
                    let d = self.describe(&x);
                    self.error(base.span.lo, format!("invalid operation: {d} (slice of unaddressable value)"));
                    return fail;
                }
                (self.p.types.slice(t), Some(n + 1), Mode::Value)
            }
            Type::Pointer(p) => match self.p.types.under_type(p).clone() {
                Type::Array(n, t) => (self.p.types.slice(t), Some(n + 1), Mode::Value),
                _ => (INVALID, None, Mode::Invalid),
            },
            Type::Slice(_) => (x.ty, None, Mode::Value),
            _ => (INVALID, None, Mode::Invalid),
        };
        if mode == Mode::Invalid {
            let d = self.describe(&x);
            self.error(base.span.lo, format!("cannot slice {d}"));
            return fail;
        }
        let mut vals = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            vals.push((self.index_value(i, len, "index"), i));
        }
        // Constant indices must be non-decreasing.
        let mut prev: Option<i64> = None;
        for (v, i) in &vals {
            if let (Some(a), Some(b)) = (prev, v)
                && *b < a
            {
                self.error(i.span.lo, format!("invalid slice indices: {b} < {a}"));
                return fail;
            }
            if v.is_some() {
                prev = *v;
            }
        }
        Operand { mode, ty, val: None, expr: e }
    }
}
