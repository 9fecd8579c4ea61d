//! Composite literals (types2's `literals.go`): struct literals by field
//! name or position, array and slice literals with keys and `[...]`
//! lengths, map literals with duplicate-key detection, and elided inner
//! types (`[]Point{{1, 2}}`, `[]*Point{{1, 2}}`).

use super::Mode;
use super::check::Checker;
use super::constant::{self, Value};
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::syntax::dump::expr_string;
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    pub(super) fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elts: &'a [ast::Element],
        _rbrace: crate::source::Span,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let fail = Operand::invalid(e);
        let t = match ty {
            Some(te) => {
                // [...]T{...}: the length comes from the elements.
                if let ExprKind::ArrayType { len: Some(len), elem } = &te.kind
                    && let ExprKind::Ellipsis(None) = len.kind
                {
                    let et = self.typexpr(elem);
                    if et == INVALID {
                        return fail;
                    }
                    let n = self.indexed_elts(elts, et, None);
                    let at = self.p.types.intern(Type::Array(n, et));
                    self.record(te, Mode::TypeExpr, at, None);
                    return Operand { mode: Mode::Value, ty: at, val: None, expr: e };
                }
                self.typexpr(te)
            }
            None => match hint {
                Some(h) => {
                    // An elided type; &T is elided as T in []*T{{...}}.
                    match self.p.types.under_type(h).clone() {
                        Type::Pointer(p) => {
                            let op = self.composite_lit(e, None, elts, _rbrace, Some(p));
                            if op.is_invalid() {
                                return fail;
                            }
                            return Operand { mode: Mode::Value, ty: h, val: None, expr: e };
                        }
                        _ => h,
                    }
                }
                None => {
                    self.error(e.span.lo, "invalid composite literal type: missing type");
                    return fail;
                }
            },
        };
        if t == INVALID {
            for el in elts {
                self.raw_expr_elem(&el.value);
            }
            return fail;
        }
        let core = self.p.core_type(t).unwrap_or(INVALID);
        match self.p.types.get(core).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = Vec::new();
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(el.value.span.lo, "mixture of field:value and value elements in struct literal");
                            continue;
                        };
                        let ExprKind::Ident(name) = &k.kind else {
                            let s = expr_string(k);
                            self.error(k.span.lo, format!("invalid field name {s} in struct literal"));
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == *name) else {
                            let ts = self.ts(t);
                            self.error(k.span.lo, format!("unknown field {name} in struct literal of type {ts}"));
                            self.raw_expr_elem(&el.value);
                            continue;
                        };
                        if seen.contains(&i) {
                            self.error(k.span.lo, format!("duplicate field name {name} in struct literal"));
                            continue;
                        }
                        seen.push(i);
                        self.record_use(k.id, fields[i].obj);
                        self.check_foreign_field(&fields[i], k.span.lo, t);
                        let mut v = self.elem_expr(&el.value, fields[i].ty);
                        self.assign_to(&mut v, fields[i].ty, "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if el.key.is_some() {
                            self.error(el.value.span.lo, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            let ts = self.ts(t);
                            self.error(el.value.span.lo, format!("too many values in struct literal of type {ts}"));
                            break;
                        };
                        self.check_foreign_field(f, el.value.span.lo, t);
                        let mut v = self.elem_expr(&el.value, f.ty);
                        self.assign_to(&mut v, f.ty, "struct literal");
                    }
                    if elts.len() < fields.len() && !elts.is_empty() {
                        let ts = self.ts(t);
                        self.error(_rbrace.lo, format!("too few values in struct literal of type {ts}"));
                    }
                }
            }
            Type::Array(n, et) => {
                self.indexed_elts(elts, et, Some(n));
            }
            Type::Slice(et) => {
                self.indexed_elts(elts, et, None);
            }
            Type::Map(kt, vt) => {
                let mut keys: Vec<Value> = Vec::new();
                for el in elts {
                    let Some(k) = &el.key else {
                        self.error(el.value.span.lo, "missing key in map literal");
                        self.raw_expr_elem(&el.value);
                        continue;
                    };
                    let mut kx = self.elem_expr(k, kt);
                    if self.assign_to(&mut kx, kt, "map literal") && kx.mode == Mode::Constant {
                        let v = kx.val.clone().unwrap_or(Value::Unknown);
                        if !matches!(v, Value::Unknown)
                            && keys.iter().any(|x| constant::compare(x, constant::Op::Eql, &v))
                        {
                            let s = expr_string(k);
                            self.error(k.span.lo, format!("duplicate key {s} in map literal"));
                        }
                        keys.push(v);
                    }
                    let mut vx = self.elem_expr(&el.value, vt);
                    self.assign_to(&mut vx, vt, "map literal");
                }
            }
            _ => {
                let ts = self.ts(t);
                self.error(e.span.lo, format!("invalid composite literal type {ts}"));
                for el in elts {
                    self.raw_expr_elem(&el.value);
                }
                return fail;
            }
        }
        Operand { mode: Mode::Value, ty: t, val: None, expr: e }
    }

    pub(super) fn check_foreign_field(&mut self, f: &Field, pos: u32, t: TypeId) {
        if f.pkg.is_some() && f.pkg != Some(self.pkg) {
            let ts = self.ts(t);
            self.error(pos, format!("cannot refer to unexported field {} in struct literal of type {ts}", f.name));
        }
    }

    /// An element value: an elided composite literal takes the element type.
    pub(super) fn elem_expr(&mut self, v: &'a Expr, t: TypeId) -> Operand<'a> {
        self.expr(v, Some(t))
    }

    pub(super) fn raw_expr_elem(&mut self, v: &'a Expr) {
        if !matches!(v.kind, ExprKind::CompositeLit { ty: None, .. }) {
            self.raw_expr(v, None);
        }
    }

    /// Elements of an array or slice literal; returns the length.
    pub(super) fn indexed_elts(&mut self, elts: &'a [ast::Element], et: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: Vec<u64> = Vec::new();
        for el in elts {
            if let Some(k) = &el.key {
                let mut kx = self.expr(k, None);
                let mut ok = false;
                if kx.mode == Mode::Constant {
                    let int = self.basic(Basic::Int);
                    if self.implicit_type(&mut kx, int).is_ok()
                        && let Some(i) = kx.val.as_ref().and_then(|v| v.to_int()).and_then(|v| v.to_u64())
                    {
                        index = i;
                        ok = true;
                    }
                    if !ok {
                        let s = expr_string(k);
                        self.error(k.span.lo, format!("index {s} must be integer constant"));
                    }
                } else if !kx.is_invalid() {
                    let s = expr_string(k);
                    self.error(k.span.lo, format!("index {s} must be integer constant"));
                }
            }
            if let Some(n) = len
                && index >= n
            {
                self.error(el.value.span.lo, format!("index {index} out of bounds [0:{n}]"));
            }
            if seen.contains(&index) {
                self.error(
                    el.key.as_ref().map_or(el.value.span.lo, |k| k.span.lo),
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            seen.push(index);
            let mut v = self.elem_expr(&el.value, et);
            self.assign_to(&mut v, et, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }
}
