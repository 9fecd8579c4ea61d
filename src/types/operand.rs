//! Operands and the rules that move values between types (types2's
//! `operand.go`, `assignments.go`, `conversions.go`, the untyped-constant
//! parts of `expr.go`).
//!
//! An `Operand` is the result of checking an expression: its mode, type and
//! (for constants) exact value. `describe` prints it as types2 does in
//! messages (`x (variable of type int)`, `200 (untyped int constant)`).
//! Untyped operands get their final type through `convert_untyped`, which
//! also re-records the types of their untyped sub-expressions.

use super::Mode;
use super::check::Checker;
use super::constant::{self, Value};
use super::typ::*;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::dump::expr_string;

#[derive(Clone)]
pub struct Operand<'a> {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    pub expr: &'a Expr,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: &'a Expr) -> Operand<'a> {
        Operand { mode: Mode::Invalid, ty: INVALID, val: None, expr }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
}

/// Why a constant could not take a type.
pub enum ConvErr {
    Overflow,
    Truncated,
    Other,
}

impl<'a> Checker<'a> {
    /// The operand as types2 prints it: `expr (mode [of type T])`.
    pub fn describe(&self, x: &Operand) -> String {
        let expr = expr_string(x.expr);
        let mut s = format!("{expr} (");
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin | Mode::TypeExpr => {}
            _ => {
                if let Type::Basic(b) = self.p.types.get(x.ty) {
                    if b.is_untyped() {
                        if *b == Basic::UntypedNil {
                            return "nil".into();
                        }
                        s.push_str(b.name());
                        s.push(' ');
                    } else {
                        has_type = true;
                    }
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Constant
            && let Some(v) = &x.val
        {
            let vs = v.to_string();
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            if x.ty == INVALID {
                s.push_str(" with invalid type");
            } else {
                s.push_str(" of ");
                // Named types and the predeclared alias `any` name their kind.
                if (matches!(self.p.types.get(x.ty), Type::Named(_)) || x.ty == self.p.types.any())
                    && let Some(kind) = self.composite_kind(x.ty)
                {
                    s.push_str(kind);
                    s.push(' ');
                }
                s.push_str("type ");
                s.push_str(&self.ts(x.ty));
                if let Some(info) = self.p.types.tparam_info(x.ty) {
                    s.push_str(" constrained by ");
                    s.push_str(&self.ts(info.constraint));
                }
            }
        }
        s.push(')');
        s
    }

    /// types2's `compositeKind`: the kind word for a named composite type
    /// (`variable of struct type Point`).
    pub(super) fn composite_kind(&self, t: TypeId) -> Option<&'static str> {
        Some(match self.p.types.under_type(t) {
            Type::Basic(_) => return None,
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Signature(_) => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Tuple(_) => "tuple",
            _ => return None,
        })
    }

    // ------------------------------------------------------------ untyped

    /// Records `t` as the final type of an untyped expression and of the
    /// untyped operands it was computed from (types2's `updateExprType`).
    pub fn update_expr_type(&mut self, e: &Expr, t: TypeId) {
        let Some(old) = self.p.info.types.get(&e.id) else { return };
        if !self.p.types.is_untyped(old.ty) {
            return;
        }
        let (mode, val, old_ty) = (old.mode, old.val.clone(), old.ty);
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary(op, x) if *op != crate::syntax::ast::UnOp::Not => self.update_expr_type(x, t),
            ExprKind::Binary(op, l, r) => {
                use crate::syntax::ast::BinOp::*;
                match op {
                    Eql | Neq | Lss | Leq | Gtr | Geq => {}
                    Shl | Shr => self.update_expr_type(l, t),
                    _ => {
                        self.update_expr_type(l, t);
                        self.update_expr_type(r, t);
                    }
                }
            }
            _ => {}
        }
        // Untyped bool results of comparisons stay bool-typed by default.
        let t =
            if mode != Mode::Constant && self.p.types.is_interface(t) { self.p.types.default_type(old_ty) } else { t };
        self.p.info.types.insert(e.id, super::TypeAndValue { mode, ty: t, val });
    }

    /// Gives an untyped operand the type `target` (types2's
    /// `implicitTypeAndValue` + `convertUntyped`). Returns false (and
    /// leaves the operand invalid) on error, without reporting.
    pub fn implicit_type(&mut self, x: &mut Operand<'a>, target: TypeId) -> Result<(), ConvErr> {
        if x.is_invalid() || !self.p.types.is_untyped(x.ty) || target == INVALID {
            return Ok(());
        }
        let xb = self.p.types.as_basic(x.ty).unwrap();
        if self.p.types.is_untyped(target) {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let tb = self.p.types.as_basic(target).unwrap();
            let rank = |b: Basic| match b {
                Basic::UntypedInt => 1,
                Basic::UntypedRune => 2,
                Basic::UntypedFloat => 3,
                _ => 0,
            };
            if rank(xb) > 0 && rank(tb) > 0 && rank(tb) > rank(xb) {
                x.ty = target;
                self.update_expr_type(x.expr, target);
            }
            return Ok(());
        }
        if self.p.types.is_tparam(target) {
            // Must be convertible to every type in the type set.
            let ts = self.p.type_set(target);
            if let Some(terms) = ts.terms {
                for t in terms {
                    let mut y = x.clone();
                    self.implicit_type(&mut y, t.ty)?;
                }
                x.ty = target;
                self.update_expr_type(x.expr, target);
                return Ok(());
            }
            return Err(ConvErr::Other);
        }
        let tu = self.p.types.under(target);
        match self.p.types.get(tu).clone() {
            Type::Basic(tb) => {
                if x.mode == Mode::Constant {
                    let v = x.val.clone().unwrap_or(Value::Unknown);
                    match constant::representable(&v, tb.kind()) {
                        Ok(v2) => x.val = Some(v2),
                        Err(constant::Why::Overflows) => return Err(ConvErr::Overflow),
                        Err(constant::Why::Truncated) => return Err(ConvErr::Truncated),
                        Err(_) => return Err(ConvErr::Other),
                    }
                } else {
                    // Non-constant untyped values: bool from comparisons, or
                    // shifted untyped constants.
                    let ok = match xb {
                        Basic::UntypedBool => tb.is_boolean(),
                        Basic::UntypedInt | Basic::UntypedRune => tb.is_numeric(),
                        Basic::UntypedFloat => tb.is_float() || tb.is_complex(),
                        Basic::UntypedString => tb.is_string(),
                        Basic::UntypedNil => tb == Basic::UnsafePointer,
                        _ => false,
                    };
                    if !ok {
                        return Err(ConvErr::Other);
                    }
                }
            }
            Type::Interface(_) => {
                // An untyped value assigned to an interface takes its default type.
                if xb == Basic::UntypedNil {
                    x.ty = self.basic(Basic::UntypedNil);
                    return Ok(());
                }
                let d = self.p.types.default_type(x.ty);
                if !self.p.type_set(target).methods.is_empty() {
                    return Err(ConvErr::Other);
                }
                x.ty = d;
                self.update_expr_type(x.expr, d);
                return Ok(());
            }
            Type::Pointer(_) | Type::Signature(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) => {
                if xb != Basic::UntypedNil {
                    return Err(ConvErr::Other);
                }
                // nil keeps its untyped type, as in types2.
                self.update_expr_type(x.expr, target);
                x.ty = target;
                return Ok(());
            }
            _ => return Err(ConvErr::Other),
        }
        x.ty = target;
        self.update_expr_type(x.expr, target);
        if let Some(v) = &x.val
            && let Some(tv) = self.p.info.types.get_mut(&x.expr.id)
        {
            tv.val = Some(v.clone());
        }
        Ok(())
    }

    /// `implicit_type` with types2's error for operators: `x (untyped int
    /// constant 300) overflows int8` / `cannot convert ...`.
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) -> bool {
        match self.implicit_type(x, target) {
            Ok(()) => true,
            Err(e) => {
                let d = self.describe(x);
                let t = self.ts(target);
                let msg = match e {
                    ConvErr::Overflow => format!("{d} overflows {t}"),
                    ConvErr::Truncated => format!("{d} truncated to {t}"),
                    ConvErr::Other => format!("cannot convert {d} to type {t}"),
                };
                self.error(x.expr.span.lo, msg);
                x.mode = Mode::Invalid;
                false
            }
        }
    }

    // ------------------------------------------------------------ assignment

    /// Checks that `x` can be assigned to type `t` in `context`, converting
    /// untyped values (types2's `assignment`).
    pub fn assign_to(&mut self, x: &mut Operand<'a>, t: TypeId, context: &str) -> bool {
        match x.mode {
            Mode::Invalid => return false,
            Mode::NoValue | Mode::Builtin | Mode::TypeExpr => {
                let what = match x.mode {
                    Mode::NoValue => format!("{} (no value) used as value", expr_string(x.expr)),
                    Mode::Builtin => format!("{} (built-in) must be called", expr_string(x.expr)),
                    _ => format!("{} (type) is not an expression", expr_string(x.expr)),
                };
                self.error(x.expr.span.lo, what);
                x.mode = Mode::Invalid;
                return false;
            }
            _ => {}
        }
        if t == INVALID {
            return false;
        }
        if self.is_generic_func(x.ty) && !self.instantiate_to(x, t) {
            return false;
        }
        if self.p.types.is_untyped(x.ty) {
            let mut target = t;
            if self.p.types.is_interface(t) && !self.p.types.is_tparam(t) {
                if x.ty == self.basic(Basic::UntypedNil) {
                    self.update_expr_type(x.expr, t);
                    x.ty = t;
                    return true;
                }
                target = self.p.types.default_type(x.ty);
            }
            if let Err(e) = self.implicit_type(x, target) {
                let d = self.describe(x);
                let ts = self.ts(target);
                let suffix = match e {
                    ConvErr::Overflow => " (overflows)",
                    ConvErr::Truncated => " (truncated)",
                    ConvErr::Other => "",
                };
                self.error(x.expr.span.lo, format!("cannot use {d} as {ts} value in {context}{suffix}"));
                x.mode = Mode::Invalid;
                return false;
            }
        }
        match self.assignable(x, t) {
            Ok(()) => {
                // A concrete value becoming an interface: the lowering boxes it
                // here, and escape analysis sees an allocation site.
                if self.p.types.is_interface(t)
                    && !self.p.types.is_interface(x.ty)
                    && x.ty != self.basic(Basic::UntypedNil)
                {
                    self.p.info.conversions.insert(x.expr.id, t);
                }
                true
            }
            Err(cause) => {
                let d = self.describe(x);
                let ts = self.ts(t);
                let msg = if cause.is_empty() {
                    format!("cannot use {d} as {ts} value in {context}")
                } else {
                    format!("cannot use {d} as {ts} value in {context}: {cause}")
                };
                self.error(x.expr.span.lo, msg);
                x.mode = Mode::Invalid;
                false
            }
        }
    }

    /// Go's assignability (spec, "Assignability"); `Err(cause)` explains a
    /// failure where types2 does.
    pub fn assignable(&self, x: &Operand, t: TypeId) -> Result<(), String> {
        let v = x.ty;
        if self.p.identical(v, t) {
            return Ok(());
        }
        let types = &self.p.types;
        let (vu, tu) = (types.under(v), types.under(t));
        let (vp, tp) = (types.is_tparam(v), types.is_tparam(t));
        if types.is_untyped(v) {
            if v == self.basic(Basic::UntypedNil) {
                return if self.p.has_nil(t) { Ok(()) } else { Err(String::new()) };
            }
            return Ok(());
        }
        if self.p.identical(vu, tu) && (!types.is_named(v) || !types.is_named(t)) && !vp && !tp {
            return Ok(());
        }
        if matches!(types.get(tu), Type::Interface(_)) && !tp {
            return match self.p.missing_method(v, t) {
                None => Ok(()),
                Some(why) => {
                    if let Type::Pointer(e) = types.get(v)
                        && types.is_interface(*e)
                    {
                        return Err(format!(
                            "{} does not implement {} (type {} is pointer to interface, not interface)",
                            self.ts(v),
                            self.ts(t),
                            self.ts(v)
                        ));
                    }
                    Err(format!("{} does not implement {} {why}", self.ts(v), self.ts(t)))
                }
            };
        }
        if matches!(types.get(vu), Type::Interface(_)) && !vp && self.p.missing_method(t, v).is_none() {
            return Err("need type assertion".into());
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (types.get(vu), types.get(tu))
            && self.p.identical(*ve, *te)
            && (!types.is_named(v) || !types.is_named(t))
        {
            return Ok(());
        }
        Err(String::new())
    }

    /// Go's convertibility (spec, "Conversions"), for non-constant values.
    pub fn convertible(&self, x: &Operand, t: TypeId) -> bool {
        if self.assignable(x, t).is_ok() {
            return true;
        }
        let types = &self.p.types;
        let v = x.ty;
        let (vu, tu) = (types.under(v), types.under(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(v), types.get(t))
            && self.identical_ignore_tags(types.under(*a), types.under(*b))
        {
            return true;
        }
        let vb = types.as_basic(v);
        let tb = types.as_basic(t);
        if let (Some(a), Some(b)) = (vb, tb) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
        }
        let is_bytes_or_runes = |u: TypeId| match types.get(u) {
            Type::Slice(e) => matches!(types.as_basic(*e), Some(Basic::Uint8) | Some(Basic::Int32)),
            _ => false,
        };
        if tb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(vu) {
            return true;
        }
        if vb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(tu) {
            return true;
        }
        // slice to array or array pointer
        if let Type::Slice(se) = types.get(vu) {
            match types.get(tu) {
                Type::Array(_, ae) if self.p.identical(*se, *ae) => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = types.under_type(*p)
                        && self.p.identical(*se, *ae)
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        // Type parameters: convertible for every type in the set.
        if types.is_tparam(v) || types.is_tparam(t) {
            let vs: Vec<TypeId> = self.tset_types(v);
            let tset: Vec<TypeId> = self.tset_types(t);
            if vs.is_empty() || tset.is_empty() {
                return false;
            }
            return vs.iter().all(|&a| {
                tset.iter().all(|&b| {
                    let y = Operand { mode: Mode::Value, ty: a, val: None, expr: x.expr };
                    self.convertible(&y, b)
                })
            });
        }
        false
    }

    pub(super) fn tset_types(&self, t: TypeId) -> Vec<TypeId> {
        if !self.p.types.is_tparam(t) {
            return vec![t];
        }
        self.p.type_set(t).terms.map(|v| v.into_iter().map(|x| x.ty).collect()).unwrap_or_default()
    }

    pub(super) fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        match (self.p.types.get(a), self.p.types.get(b)) {
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(f2)
                        .all(|(x, y)| x.name == y.name && x.embedded == y.embedded && self.p.identical(x.ty, y.ty))
            }
            _ => self.p.identical(a, b),
        }
    }
}
