//! Expressions (types2's `expr.go`, `index.go`, `literals.go`,
//! `selection` parts of `call.go`): operands, operators, indexing,
//! slicing, selectors, composite and function literals, type assertions.
//!
//! Every checked expression is recorded in `Info::types` with its mode,
//! type and constant value; identifiers in `Info::uses`; selectors in
//! `Info::selections`. Constant expressions are folded exactly.

use super::Mode;
use super::check::{Checker, FuncCtx};
use super::constant::{self, Value};
use super::lookup::{Lookup, SelKind};
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, LitKind, UnOp};
use crate::syntax::dump::expr_string;
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    /// Checks an expression that must denote a single value.
    pub fn expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.single_value(&mut x);
        x
    }

    /// Reports an operand that is not a single value.
    pub fn single_value(&mut self, x: &mut Operand<'a>) {
        match x.mode {
            Mode::TypeExpr => {
                let s = expr_string(x.expr);
                self.error(x.expr.span.lo, format!("{s} (type) is not an expression"));
                x.mode = Mode::Invalid;
            }
            Mode::NoValue => {
                let s = expr_string(x.expr);
                self.error(x.expr.span.lo, format!("{s} (no value) used as value"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin => {
                let s = expr_string(x.expr);
                self.error(x.expr.span.lo, format!("{s} (built-in) must be called"));
                x.mode = Mode::Invalid;
            }
            _ => {
                if let Type::Tuple(_) = self.p.types.get(x.ty) {
                    let d = self.describe(x);
                    self.error(x.expr.span.lo, format!("multiple-value {d} in single-value context"));
                    x.mode = Mode::Invalid;
                }
            }
        }
    }

    /// Checks an expression that may be a value or a type.
    pub fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        if x.mode != Mode::TypeExpr {
            self.single_value(&mut x);
        }
        x
    }

    /// An expression in an assignment of `n` values: a tuple-valued call
    /// gives its results; `v, ok` forms give two operands.
    pub fn multi_expr(&mut self, e: &'a Expr, n: usize) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None);
        if x.is_invalid() {
            return (vec![], false);
        }
        if let Type::Tuple(v) = self.p.types.get(x.ty).clone() {
            let ops = v.iter().map(|&t| Operand { mode: Mode::Value, ty: t, val: None, expr: e }).collect();
            return (ops, true);
        }
        if n == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            let ok = Operand { mode: Mode::Value, ty: self.basic(Basic::UntypedBool), val: None, expr: e };
            self.record_comma_ok(e);
            return (vec![x, ok], true);
        }
        self.single_value(&mut x);
        if x.is_invalid() {
            return (vec![], false);
        }
        (vec![x], true)
    }

    /// Marks `e` as used in comma-ok form (`v, ok := m[k]`).
    pub(super) fn record_comma_ok(&mut self, e: &'a Expr) {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        if let Some(tv) = self.p.info.types.get_mut(&e.id) {
            tv.mode = Mode::CommaOk;
        }
    }

    /// Checks any expression and records the result.
    pub fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.expr_internal(e, hint);
        if !x.is_invalid() {
            self.record(e, x.mode, x.ty, x.val.clone());
        } else {
            self.record(e, Mode::Invalid, INVALID, None);
        }
        x
    }

    pub(super) fn value(&self, e: &'a Expr, ty: TypeId) -> Operand<'a> {
        Operand { mode: Mode::Value, ty, val: None, expr: e }
    }

    pub(super) fn expr_internal(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        match &e.kind {
            ExprKind::Bad => {}
            ExprKind::Ident(name) => return self.ident(e, name),
            ExprKind::BasicLit(kind, raw) => {
                let (val, b) = match kind {
                    LitKind::Int => (Value::from_int_lit(raw), Basic::UntypedInt),
                    LitKind::Float => (Value::from_float_lit(raw), Basic::UntypedFloat),
                    LitKind::Rune => (Value::int(crate::syntax::literal::rune_value(raw) as i64), Basic::UntypedRune),
                    LitKind::String => (
                        Value::String(super::constant::string_from_bytes(&crate::syntax::literal::unquote(raw))),
                        Basic::UntypedString,
                    ),
                    LitKind::Imag => {
                        self.error(e.span.lo, "complex numbers are not supported by gosub");
                        return x;
                    }
                };
                if matches!(val, Value::Unknown) {
                    self.error(e.span.lo, format!("malformed constant: {raw}"));
                    return x;
                }
                x = Operand { mode: Mode::Constant, ty: self.basic(b), val: Some(val), expr: e };
            }
            ExprKind::FuncLit { sig, body } => {
                let saved = self.scope;
                let scope = self.open_scope(true);
                let s = self.signature(sig, false);
                let st = self.p.types.intern(Type::Signature(s));
                let results = self.declare_params(sig, st);
                let outer = self.set_func_ctx(FuncCtx { sig: Some(st), results, scope });
                let outer_ctx = std::mem::take(&mut self.stmt_ctx);
                self.stmt_list(&body.stmts);
                if !self.p.types.signature(st).is_none_or(|s| s.results.is_empty())
                    && !self.is_terminating_list(&body.stmts, "")
                {
                    self.error(body.rbrace.lo, "missing return");
                }
                self.labels(&body.stmts, body.span.lo);
                self.stmt_ctx = outer_ctx;
                self.set_func_ctx(outer);
                self.scope = saved;
                x = self.value(e, st);
            }
            ExprKind::CompositeLit { ty, elts, rbrace } => {
                return self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint);
            }
            ExprKind::Paren(inner) => {
                let y = self.raw_expr(inner, hint);
                return Operand { expr: e, ..y };
            }
            ExprKind::Selector(base, sel) => return self.selector(e, base, sel),
            ExprKind::Index(base, idx) => return self.index_expr(e, base, idx),
            ExprKind::Slice { x: base, lo, hi, max } => {
                return self.slice_expr(e, base, lo.as_deref(), hi.as_deref(), max.as_deref());
            }
            ExprKind::TypeAssert(base, ty) => {
                let b = self.expr(base, None);
                let Some(ty) = ty else {
                    self.error(e.span.lo, "invalid syntax tree: use of .(type) outside type switch");
                    return x;
                };
                let t = self.typexpr(ty);
                if b.is_invalid() || t == INVALID {
                    return x;
                }
                if !self.p.types.is_interface(b.ty) || self.p.types.is_tparam(b.ty) {
                    let d = self.describe(&b);
                    self.error(base.span.lo, format!("invalid operation: {} is not an interface", d));
                    return x;
                }
                self.check_type_assert(&b, t, e.span.lo, false);
                x = Operand { mode: Mode::CommaOk, ty: t, val: None, expr: e };
            }
            ExprKind::Call { .. } => return self.call(e, hint),
            ExprKind::Star(inner) => {
                let y = self.expr_or_type(inner);
                match y.mode {
                    Mode::Invalid => {}
                    Mode::TypeExpr => {
                        let t = self.p.types.pointer(y.ty);
                        x = Operand { mode: Mode::TypeExpr, ty: t, val: None, expr: e };
                    }
                    _ => {
                        if y.ty == self.basic(Basic::UntypedNil) {
                            self.error(e.span.lo, "invalid operation: cannot indirect nil");
                            return x;
                        }
                        match self.p.core_type(y.ty).map(|c| self.p.types.get(c).clone()) {
                            Some(Type::Pointer(elem)) => {
                                x = Operand { mode: Mode::Variable, ty: elem, val: None, expr: e }
                            }
                            _ => {
                                let d = self.describe(&y);
                                self.error(inner.span.lo, format!("invalid operation: cannot indirect {d}"));
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, inner) => return self.unary(e, *op, inner, hint),
            ExprKind::Binary(op, l, r) => return self.binary(e, *op, l, r, hint),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.typexpr(e);
                if t != INVALID {
                    x = Operand { mode: Mode::TypeExpr, ty: t, val: None, expr: e };
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span.lo, "invalid use of ...");
            }
        }
        x
    }

    pub(super) fn ident(&mut self, e: &'a Expr, name: &str) -> Operand<'a> {
        let x = Operand::invalid(e);
        if name == "_" {
            self.error(e.span.lo, "cannot use _ as value or type");
            return x;
        }
        let Some(obj) = self.resolve(name) else {
            self.error(e.span.lo, format!("undefined: {name}"));
            return x;
        };
        self.record_use(e.id, obj);
        let kind = self.p.objs.get(obj).kind.clone();
        // Package-level objects are declared on first use (functions only
        // need their signature).
        if self.decls.contains_key(&obj) && !matches!(kind, ObjKind::Func(_)) || self.p.objs.get(obj).ty == INVALID {
            self.obj_decl(obj);
        }
        let o = self.p.objs.get(obj);
        let ty = o.ty;
        match &o.kind {
            ObjKind::Const(v) => {
                if Some(obj) == self.universe_iota() {
                    let Some(i) = self.iota else {
                        self.error(e.span.lo, "cannot use iota outside constant declaration");
                        return x;
                    };
                    return Operand { mode: Mode::Constant, ty, val: Some(Value::int(i as i64)), expr: e };
                }
                if ty == INVALID {
                    return x;
                }
                Operand { mode: Mode::Constant, ty, val: Some(v.clone()), expr: e }
            }
            ObjKind::Var(_) => {
                if let ObjKind::Var(v) = &mut self.p.objs.get_mut(obj).kind {
                    v.used = true;
                }
                if ty == INVALID {
                    return x;
                }
                Operand { mode: Mode::Variable, ty, val: None, expr: e }
            }
            ObjKind::TypeName => {
                if ty == INVALID {
                    return x;
                }
                if Some(obj) == self.p.comparable_obj {
                    self.error(e.span.lo, "cannot use comparable as value or type");
                    return x;
                }
                Operand { mode: Mode::TypeExpr, ty, val: None, expr: e }
            }
            ObjKind::Func(_) => {
                if ty == INVALID {
                    return x;
                }
                Operand { mode: Mode::Value, ty, val: None, expr: e }
            }
            ObjKind::Builtin(_) => Operand { mode: Mode::Builtin, ty: INVALID, val: None, expr: e },
            ObjKind::PkgName(_) => {
                self.error(e.span.lo, format!("use of package {name} without selector"));
                x
            }
            ObjKind::Nil => Operand { mode: Mode::Value, ty: self.basic(Basic::UntypedNil), val: None, expr: e },
            ObjKind::Label => x,
        }
    }

    pub(super) fn universe_iota(&self) -> Option<ObjId> {
        self.p.objs.lookup_local(UNIVERSE, "iota")
    }

    // ------------------------------------------------------------ unary

    pub(super) fn unary(&mut self, e: &'a Expr, op: UnOp, inner: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let fail = Operand::invalid(e);
        if op == UnOp::Addr {
            // &T{...} is allowed; otherwise the operand must be addressable.
            let mut inner_e = inner;
            while let ExprKind::Paren(x) = &inner_e.kind {
                inner_e = x;
            }
            let hint_elem = hint.and_then(|h| match self.p.types.under_type(h) {
                Type::Pointer(t) => Some(*t),
                _ => None,
            });
            let y = self.expr(inner, hint_elem);
            if y.is_invalid() {
                return fail;
            }
            if !matches!(inner_e.kind, ExprKind::CompositeLit { .. }) && y.mode != Mode::Variable {
                let d = self.describe(&y);
                self.error(inner.span.lo, format!("invalid operation: cannot take address of {d}"));
                return fail;
            }
            let t = self.p.types.pointer(y.ty);
            return Operand { mode: Mode::Value, ty: t, val: None, expr: e };
        }
        if op == UnOp::Recv {
            let y = self.expr(inner, None);
            if y.is_invalid() {
                return fail;
            }
            let d = self.describe(&y);
            match self.p.core_type(y.ty).map(|c| self.p.types.get(c).clone()) {
                Some(Type::Chan(dir, elem)) => {
                    if dir == ChanDir::Send {
                        let t = self.ts(y.ty);
                        self.error(
                            inner.span.lo,
                            format!("invalid operation: cannot receive from send-only channel {t} {d}"),
                        );
                        return fail;
                    }
                    return Operand { mode: Mode::CommaOk, ty: elem, val: None, expr: e };
                }
                _ => {
                    self.error(inner.span.lo, format!("invalid operation: cannot receive from non-channel {d}"));
                    return fail;
                }
            }
        }
        let mut y = self.expr(inner, hint);
        if y.is_invalid() {
            return fail;
        }
        let ok = self.tset_all(y.ty, |b| match op {
            UnOp::Pos | UnOp::Neg => b.is_numeric(),
            UnOp::Not => b.is_boolean(),
            UnOp::Xor => b.is_integer(),
            _ => false,
        });
        if !ok {
            let d = self.describe(&y);
            self.error(inner.span.lo, format!("invalid operation: operator {} not defined on {d}", op.as_str()));
            return fail;
        }
        if y.mode == Mode::Constant {
            let v = y.val.clone().unwrap_or(Value::Unknown);
            let b = self.p.types.as_basic(y.ty).unwrap_or(Basic::Invalid);
            let prec = if b.is_unsigned() { b.bits() } else { 0 };
            let cop = match op {
                UnOp::Pos => constant::Op::Add,
                UnOp::Neg => constant::Op::Sub,
                UnOp::Not => constant::Op::Not,
                _ => constant::Op::Xor,
            };
            y.val = Some(constant::unary_op(cop, &v, prec));
            y.expr = e;
            self.overflow(&mut y, e.span.lo);
            return y;
        }
        Operand { mode: Mode::Value, ty: y.ty, val: None, expr: e }
    }

    /// Is `f` true of the basic kind of `t` (of every type in a type
    /// parameter's type set)?
    pub fn tset_all(&self, t: TypeId, f: impl Fn(Basic) -> bool) -> bool {
        if self.p.types.is_tparam(t) {
            let ts = self.p.type_set(t);
            return ts
                .terms
                .is_some_and(|v| !v.is_empty() && v.iter().all(|x| self.p.types.as_basic(x.ty).is_some_and(&f)));
        }
        self.p.types.as_basic(t).is_some_and(f)
    }

    /// Typed constants must stay representable in their type.
    pub fn overflow(&mut self, x: &mut Operand<'a>, pos: u32) {
        let Some(v) = x.val.clone() else { return };
        if matches!(v, Value::Unknown) {
            self.error(pos, "constant result is not representable");
            x.mode = Mode::Invalid;
            return;
        }
        if !self.p.types.is_untyped(x.ty) {
            let b = self.p.types.as_basic(x.ty).unwrap_or(Basic::Invalid);
            match constant::representable(&v, b) {
                Ok(v2) => x.val = Some(v2),
                Err(why) => {
                    let d = self.describe(x);
                    let t = self.ts(x.ty);
                    let msg = match why {
                        constant::Why::Truncated => format!("{d} truncated to {t}"),
                        constant::Why::Overflows => format!("{d} overflows {t}"),
                        _ => format!("cannot convert {d} to type {t}"),
                    };
                    self.error(x.expr.span.lo, msg);
                    x.mode = Mode::Invalid;
                }
            }
        } else if v.is_int() && v.bit_len() > 512 {
            self.error(pos, "constant overflow");
            x.val = Some(Value::Unknown);
        }
    }

    // ------------------------------------------------------------ binary

    /// Could untyped `x` take the type of `y` in a binary operation?
    pub(super) fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        let types = &self.p.types;
        if types.is_untyped(x.ty) && types.is_untyped(y.ty) {
            return true;
        }
        // An untyped operand may only convert to a type of its own "family".
        let fam = |t: TypeId| -> Option<u8> {
            let b = if types.is_tparam(t) { return Some(9) } else { types.as_basic(t)? };
            Some(if b.is_boolean() {
                1
            } else if b.is_numeric() {
                2
            } else if b.is_string() {
                3
            } else {
                4
            })
        };
        let (xt, yt) = (types.is_untyped(x.ty), types.is_untyped(y.ty));
        let nil = self.basic(Basic::UntypedNil);
        if x.ty == nil {
            return self.p.has_nil(y.ty);
        }
        if y.ty == nil {
            return self.p.has_nil(x.ty);
        }
        if self.p.types.is_interface(x.ty) && !types.is_tparam(x.ty)
            || self.p.types.is_interface(y.ty) && !types.is_tparam(y.ty)
        {
            return true;
        }
        match (xt, yt) {
            (true, false) => fam(x.ty) == fam(y.ty) || fam(y.ty) == Some(9),
            (false, true) => fam(x.ty) == fam(y.ty) || fam(x.ty) == Some(9),
            _ => true,
        }
    }

    /// Gives untyped operands of a binary operation a common type.
    pub fn match_types_pub(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        self.match_types(x, y)
    }

    pub(super) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        if !self.may_convert(x, y) {
            return;
        }
        let (xt, yt) = (x.ty, y.ty);
        if self.p.types.is_untyped(xt) && !self.p.types.is_untyped(yt) && self.p.types.is_interface(yt) {
            let d = self.p.types.default_type(xt);
            if xt != self.basic(Basic::UntypedNil) {
                self.convert_untyped(x, d);
            }
            return;
        }
        if self.p.types.is_untyped(yt) && !self.p.types.is_untyped(xt) && self.p.types.is_interface(xt) {
            let d = self.p.types.default_type(yt);
            if yt != self.basic(Basic::UntypedNil) {
                self.convert_untyped(y, d);
            }
            return;
        }
        if !self.convert_untyped(x, yt) {
            return;
        }
        self.convert_untyped(y, x.ty);
    }

    pub(super) fn binary(
        &mut self,
        e: &'a Expr,
        op: BinOp,
        l: &'a Expr,
        r: &'a Expr,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let fail = Operand::invalid(e);
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, l, r, hint);
        }
        // A non-constant shift of an untyped constant takes the type the
        // constant would take in its place: the other operand's (`m &
        // (1 << i)` with m of type FileMode), so that operand goes first.
        let is_shift =
            |e: &Expr| matches!(super::call::strip_parens(e).kind, ExprKind::Binary(BinOp::Shl | BinOp::Shr, ..));
        let shift_hint = |me: &Self, o: &Operand| if me.p.types.is_untyped(o.ty) { hint } else { Some(o.ty) };
        let (mut x, mut y) = if is_shift(l) && !is_shift(r) {
            let y = self.expr(r, None);
            let h = shift_hint(self, &y);
            (self.expr(l, h), y)
        } else if is_shift(r) && !is_shift(l) {
            let x = self.expr(l, None);
            let h = shift_hint(self, &x);
            (x, self.expr(r, h))
        } else {
            (self.expr(l, None), self.expr(r, None))
        };
        if x.is_invalid() || y.is_invalid() {
            return fail;
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return fail;
        }
        if matches!(op, BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq) {
            return self.comparison(e, op, x, y);
        }
        if !self.p.identical(x.ty, y.ty) {
            let (a, b) = (self.ts(x.ty), self.ts(y.ty));
            let s = expr_string(e);
            self.error(e.span.lo, format!("invalid operation: {s} (mismatched types {a} and {b})"));
            return fail;
        }
        let ok = self.tset_all(x.ty, |b| match op {
            BinOp::Add => b.is_numeric() || b.is_string(),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => b.is_numeric(),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => b.is_integer(),
            BinOp::LAnd | BinOp::LOr => b.is_boolean(),
            _ => false,
        });
        if !ok {
            let d = self.describe(&x);
            self.error(e.span.lo, format!("invalid operation: operator {} not defined on {d}", op.as_str()));
            return fail;
        }
        if matches!(op, BinOp::Quo | BinOp::Rem)
            && (x.mode == Mode::Constant || self.tset_all(x.ty, |b| b.is_integer()))
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(|v| v.is_zero())
        {
            self.error(r.span.lo, "invalid operation: division by zero");
            return fail;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let (a, b) = (x.val.clone().unwrap_or(Value::Unknown), y.val.clone().unwrap_or(Value::Unknown));
            let int_div = self.p.types.as_basic(x.ty).is_some_and(|b| b.is_integer());
            let cop = match op {
                BinOp::Add => constant::Op::Add,
                BinOp::Sub => constant::Op::Sub,
                BinOp::Mul => constant::Op::Mul,
                BinOp::Quo if int_div => constant::Op::QuoInt,
                BinOp::Quo => constant::Op::Quo,
                BinOp::Rem => constant::Op::Rem,
                BinOp::And => constant::Op::And,
                BinOp::Or => constant::Op::Or,
                BinOp::Xor => constant::Op::Xor,
                BinOp::AndNot => constant::Op::AndNot,
                BinOp::LAnd => constant::Op::LAnd,
                _ => constant::Op::LOr,
            };
            let v = constant::binary_op(&a, cop, &b).unwrap_or(Value::Unknown);
            let mut z = Operand { mode: Mode::Constant, ty: x.ty, val: Some(v), expr: e };
            self.overflow(&mut z, e.span.lo);
            return z;
        }
        Operand { mode: Mode::Value, ty: x.ty, val: None, expr: e }
    }

    pub(super) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.p.types.under_type(t) {
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map(..) => "map can only be compared to nil".into(),
            Type::Signature(_) => "func can only be compared to nil".into(),
            Type::Struct(fs) => {
                for f in fs {
                    if !self.p.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.ts(f.ty));
                    }
                }
                String::new()
            }
            Type::Array(_, e) => format!("{} cannot be compared", self.ts(*e)),
            _ => String::new(),
        }
    }

    pub(super) fn comparison(&mut self, e: &'a Expr, op: BinOp, x: Operand<'a>, y: Operand<'a>) -> Operand<'a> {
        let nil = self.basic(Basic::UntypedNil);
        let mut err_op = &x;
        let mut cause = String::new();
        let ok = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
        let mut failed = false;
        if !ok {
            err_op = &y;
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            failed = true;
        } else if matches!(op, BinOp::Eql | BinOp::Neq) {
            let (xn, yn) = (self.is_nil(&x), self.is_nil(&y));
            if xn || yn {
                let t = if xn { y.ty } else { x.ty };
                if !self.p.has_nil(t) || xn && yn {
                    err_op = &y;
                    failed = true;
                }
            } else if !self.p.comparable(x.ty) {
                err_op = &x;
                cause = self.incomparable_cause(x.ty);
                failed = true;
            } else if !self.p.comparable(y.ty) {
                err_op = &y;
                cause = self.incomparable_cause(y.ty);
                failed = true;
            }
        } else if !self.tset_all(x.ty, |b| b.is_ordered()) {
            err_op = &x;
            failed = true;
        } else if !self.tset_all(y.ty, |b| b.is_ordered()) {
            err_op = &y;
            failed = true;
        }
        if failed {
            if cause.is_empty() {
                if matches!(op, BinOp::Eql | BinOp::Neq)
                    && (self.p.types.is_tparam(x.ty) || self.p.types.is_tparam(y.ty))
                {
                    cause = "incomparable types in type set".into();
                } else if self.p.types.is_tparam(x.ty) || self.p.types.is_tparam(y.ty) {
                    let t = if self.p.types.is_tparam(x.ty) { x.ty } else { y.ty };
                    cause = format!("type parameter {} cannot use operator {}", self.ts(t), op.as_str());
                } else {
                    let what = self.composite_word(err_op.ty).unwrap_or_else(|| self.ts(err_op.ty));
                    cause = format!("operator {} not defined on {what}", op.as_str());
                }
            }
            let pos = err_op.expr.span.lo;
            let (a, b) = (expr_string(x.expr), expr_string(y.expr));
            self.error(pos, format!("invalid operation: {a} {} {b} ({cause})", op.as_str()));
            return Operand::invalid(e);
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let cop = match op {
                BinOp::Eql => constant::Op::Eql,
                BinOp::Neq => constant::Op::Neq,
                BinOp::Lss => constant::Op::Lss,
                BinOp::Leq => constant::Op::Leq,
                BinOp::Gtr => constant::Op::Gtr,
                _ => constant::Op::Geq,
            };
            let v = constant::compare(x.val.as_ref().unwrap(), cop, y.val.as_ref().unwrap());
            return Operand {
                mode: Mode::Constant,
                ty: self.basic(Basic::UntypedBool),
                val: Some(Value::Bool(v)),
                expr: e,
            };
        }
        // The operands keep their types; untyped ones take their default.
        let mut x = x;
        let mut y = y;
        if self.p.types.is_untyped(x.ty) && x.ty != nil {
            let d = self.p.types.default_type(x.ty);
            let _ = self.implicit_type(&mut x, d);
        }
        if self.p.types.is_untyped(y.ty) && y.ty != nil {
            let d = self.p.types.default_type(y.ty);
            let _ = self.implicit_type(&mut y, d);
        }
        Operand { mode: Mode::Value, ty: self.basic(Basic::UntypedBool), val: None, expr: e }
    }

    /// Is the operand the predeclared `nil` (possibly already given a type)?
    pub(super) fn is_nil(&self, x: &Operand) -> bool {
        if x.ty == self.basic(Basic::UntypedNil) {
            return true;
        }
        let e = super::call::strip_parens(x.expr);
        matches!(e.kind, ExprKind::Ident(_))
            && self.p.info.uses.get(&e.id).is_some_and(|&o| matches!(self.p.objs.get(o).kind, ObjKind::Nil))
    }

    pub(super) fn composite_word(&self, t: TypeId) -> Option<String> {
        Some(
            match self.p.types.under_type(t) {
                Type::Slice(_) => "slice",
                Type::Map(..) => "map",
                Type::Struct(_) => "struct",
                Type::Signature(_) => "func",
                Type::Array(..) => "array",
                Type::Pointer(_) => "pointer",
                Type::Chan(..) => "chan",
                Type::Interface(_) => "interface",
                _ => return None,
            }
            .to_string(),
        )
    }

    pub(super) fn shift(
        &mut self,
        e: &'a Expr,
        op: BinOp,
        l: &'a Expr,
        r: &'a Expr,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let fail = Operand::invalid(e);
        let mut x = self.expr(l, None);
        let mut y = self.expr(r, None);
        if x.is_invalid() || y.is_invalid() {
            return fail;
        }
        // The shift count: an integer (an untyped constant must be a
        // non-negative integer value).
        if y.mode == Mode::Constant {
            let v = y.val.clone().unwrap_or(Value::Unknown);
            match v.to_int() {
                Some(i) if i.sign() != num_bigint::Sign::Minus => {}
                Some(_) => {
                    let d = self.describe(&y);
                    self.error(r.span.lo, format!("invalid shift count {d} (must be non-negative)"));
                    return fail;
                }
                None => {
                    let d = self.describe(&y);
                    self.error(r.span.lo, format!("invalid shift count {d} (truncated to integer)"));
                    return fail;
                }
            }
            if self.p.types.is_untyped(y.ty) {
                let uint = self.basic(Basic::Uint);
                let _ = self.implicit_type(&mut y, uint);
            }
        } else if !self.tset_all(y.ty, |b| b.is_integer()) {
            let d = self.describe(&y);
            self.error(r.span.lo, format!("invalid operation: shift count {d} must be integer"));
            return fail;
        }
        if x.mode == Mode::Constant {
            let v = x.val.clone().unwrap_or(Value::Unknown);
            if self.p.types.is_untyped(x.ty)
                && v.to_int().is_some()
                && !self.p.types.as_basic(x.ty).unwrap().is_integer()
            {
                // An untyped float constant with an integer value shifts as an int.
                x.ty = self.basic(Basic::UntypedInt);
            }
            if y.mode == Mode::Constant {
                if v.to_int().is_none() {
                    let d = self.describe(&x);
                    self.error(l.span.lo, format!("invalid operation: shifted operand {d} must be integer"));
                    return fail;
                }
                let count = y.val.as_ref().and_then(|c| c.to_int()).and_then(|i| i.to_u64()).unwrap_or(u64::MAX);
                if count > 1023 * 8 {
                    let d = self.describe(&y);
                    self.error(r.span.lo, format!("invalid shift count {d}"));
                    return fail;
                }
                let cop = if op == BinOp::Shl { constant::Op::Shl } else { constant::Op::Shr };
                let val = constant::shift(&v.to_int_value(), cop, count as u32);
                let mut z = Operand { mode: Mode::Constant, ty: x.ty, val: Some(val), expr: e };
                if !self.tset_all(x.ty, |b| b.is_integer()) {
                    let d = self.describe(&x);
                    self.error(l.span.lo, format!("invalid operation: shifted operand {d} must be integer"));
                    return fail;
                }
                self.overflow(&mut z, e.span.lo);
                return z;
            }
            if self.p.types.is_untyped(x.ty) {
                // Non-constant shift of an untyped constant: the constant
                // takes the type it would have without the shift.
                let target = hint.filter(|h| !self.p.types.is_interface(*h)).unwrap_or(self.basic(Basic::Int));
                if !self.tset_all(target, |b| b.is_integer()) {
                    let d = self.describe(&x);
                    self.error(l.span.lo, format!("invalid operation: shifted operand {d} must be integer"));
                    return fail;
                }
                if !self.convert_untyped(&mut x, target) {
                    return fail;
                }
            }
        }
        if !self.tset_all(x.ty, |b| b.is_integer()) {
            let d = self.describe(&x);
            self.error(l.span.lo, format!("invalid operation: shifted operand {d} must be integer"));
            return fail;
        }
        Operand { mode: Mode::Value, ty: x.ty, val: None, expr: e }
    }

    // ------------------------------------------------------------ index, slice

    // ------------------------------------------------------------ selectors

    pub(super) fn selector(&mut self, e: &'a Expr, base: &'a Expr, sel: &'a ast::Ident) -> Operand<'a> {
        let fail = Operand::invalid(e);
        // Qualified identifier: pkg.Name.
        if let ExprKind::Ident(pname) = &base.kind
            && let Some(pobj) = self.p.objs.lookup(self.scope, pname).map(|x| x.1)
            && let ObjKind::PkgName(pid) = self.p.objs.get(pobj).kind
        {
            self.resolve(pname);
            self.record_use(base.id, pobj);
            let scope = self.p.pkgs[pid.0 as usize].scope;
            let found = self.p.objs.lookup_local(scope, &sel.name);
            let Some(obj) = found.filter(|_| super::predicates::is_exported(&sel.name)) else {
                if found.is_some() {
                    self.error(sel.span.lo, format!("name {} not exported by package {}", sel.name, pname));
                } else {
                    self.error(sel.span.lo, format!("undefined: {pname}.{}", sel.name));
                }
                return fail;
            };
            self.record_use(e.id, obj);
            let o = self.p.objs.get(obj);
            let ty = o.ty;
            return match &o.kind {
                ObjKind::Const(v) => Operand { mode: Mode::Constant, ty, val: Some(v.clone()), expr: e },
                ObjKind::TypeName => Operand { mode: Mode::TypeExpr, ty, val: None, expr: e },
                ObjKind::Var(_) => Operand { mode: Mode::Variable, ty, val: None, expr: e },
                ObjKind::Func(_) => Operand { mode: Mode::Value, ty, val: None, expr: e },
                _ => fail,
            };
        }
        let x = self.expr_or_type(base);
        if x.is_invalid() {
            return fail;
        }
        if x.mode == Mode::TypeExpr {
            // Method expression T.M or (*T).M.
            return self.method_expr(e, &x, sel);
        }
        if x.ty == self.basic(Basic::UntypedNil) {
            self.error(
                e.span.lo,
                format!("invalid operation: nil.{} (nil has no field or method {})", sel.name, sel.name),
            );
            return fail;
        }
        match self.p.lookup(x.ty, &sel.name) {
            Lookup::Found(s)
                if !super::predicates::is_exported(&sel.name) && self.p.objs.get(s.obj).pkg != Some(self.pkg) =>
            {
                let what = if s.kind == SelKind::Field { "field" } else { "method" };
                let es = expr_string(e);
                self.error(sel.span.lo, format!("{es} undefined (cannot refer to unexported {what} {})", sel.name));
                fail
            }
            Lookup::Found(s) => {
                let ty = s.ty;
                let kind = s.kind;
                if kind == SelKind::Method
                    && s.ptr_recv
                    && !s.indirect
                    && x.mode != Mode::Variable
                    && !matches!(self.p.types.get(x.ty), Type::Pointer(_))
                {
                    self.error(sel.span.lo, format!("cannot call pointer method {} on {}", sel.name, self.ts(x.ty)));
                    return fail;
                }
                let mode = match kind {
                    SelKind::Field => {
                        if x.mode == Mode::Variable || s.indirect {
                            Mode::Variable
                        } else {
                            Mode::Value
                        }
                    }
                    _ => Mode::Value,
                };
                self.record_use(e.id, s.obj);
                self.p.info.selections.insert(e.id, s);
                Operand { mode, ty, val: None, expr: e }
            }
            Lookup::Ambiguous => {
                let s = expr_string(e);
                self.error(sel.span.lo, format!("ambiguous selector {s}"));
                fail
            }
            Lookup::NotFound => {
                let s = expr_string(e);
                let t = self.ts(x.ty);
                let why = self.missing_field_hint(x.ty, &sel.name);
                if let Type::Pointer(p) = self.p.types.get(x.ty)
                    && self.p.types.is_interface(*p)
                {
                    self.error(sel.span.lo, format!("{s} undefined (type {t} is pointer to interface, not interface)"));
                    return fail;
                }
                self.error(sel.span.lo, format!("{s} undefined (type {t} has no field or method {}{why})", sel.name));
                fail
            }
        }
    }

    /// gc's hint when a field or method differs only in case.
    pub(super) fn missing_field_hint(&self, t: TypeId, name: &str) -> String {
        let lower = name.to_lowercase();
        let mut candidates: Vec<(String, bool)> = Vec::new();
        let base = match self.p.types.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        if let Some(info) = self.p.types.named_info(base) {
            for (m, _) in self.p.methods_of(base, info) {
                candidates.push((self.p.objs.get(m).name.clone(), false));
            }
        }
        if let Type::Struct(fs) = self.p.types.under_type(base) {
            for f in fs {
                candidates.push((f.name.clone(), true));
            }
        }
        for (c, is_field) in candidates {
            if c.to_lowercase() == lower && c != name {
                return format!(", but does have {} {c}", if is_field { "field" } else { "method" });
            }
        }
        String::new()
    }

    pub(super) fn method_expr(&mut self, e: &'a Expr, x: &Operand<'a>, sel: &'a ast::Ident) -> Operand<'a> {
        let fail = Operand::invalid(e);
        match self.p.lookup(x.ty, &sel.name) {
            Lookup::Found(s) if s.kind != SelKind::Field => {
                if s.ptr_recv
                    && !s.indirect
                    && !matches!(self.p.types.get(x.ty), Type::Pointer(_))
                    && s.kind == SelKind::Method
                {
                    let t = self.ts(x.ty);
                    self.error(
                        sel.span.lo,
                        format!(
                            "invalid method expression {t}.{} (needs pointer receiver (*{t}).{})",
                            sel.name, sel.name
                        ),
                    );
                    return fail;
                }
                // func(recv T, params...) results
                let Some(sig) = self.p.types.signature(s.ty).cloned() else { return fail };
                let mut params = vec![Param { name: String::new(), ty: x.ty }];
                params.extend(sig.params.clone());
                let ft = self.p.types.intern(Type::Signature(Signature {
                    params,
                    results: sig.results,
                    variadic: sig.variadic,
                    tparams: sig.tparams,
                }));
                self.record_use(e.id, s.obj);
                self.p.info.selections.insert(e.id, s);
                Operand { mode: Mode::Value, ty: ft, val: None, expr: e }
            }
            _ => {
                let s = expr_string(e);
                let t = self.ts(x.ty);
                self.error(sel.span.lo, format!("{s} undefined (type {t} has no method {})", sel.name));
                fail
            }
        }
    }

    // ------------------------------------------------------------ type assertions

    /// `x.(T)`: T must implement x's interface (or be an interface).
    pub fn check_type_assert(&mut self, x: &Operand<'a>, t: TypeId, pos: u32, in_switch: bool) -> bool {
        if self.p.types.is_interface(t) {
            return true;
        }
        if let Some(why) = self.p.missing_method(t, x.ty) {
            let ts = self.ts(t);
            let xs = self.ts(x.ty);
            let e = expr_string(x.expr);
            if in_switch {
                self.error(
                    pos,
                    format!(
                        "impossible type switch case: {e} (variable of type {xs}) cannot have dynamic type {ts} {why}"
                    ),
                );
            } else {
                self.error(pos, format!("impossible type assertion: {e}.({ts})\n\t{ts} does not implement {xs} {why}"));
            }
            return false;
        }
        true
    }

    // ------------------------------------------------------------ composite literals
}
