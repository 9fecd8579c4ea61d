//! Calls of the predeclared functions (types2's `builtins.go`): append,
//! cap, clear, close, copy, delete, len, make, max, min, new, panic, print,
//! println, recover, with constant results where Go gives them.

use super::Mode;
use super::check::Checker;
use super::constant::{self, Value};
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::dump::expr_string;
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    pub(super) fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ddd: bool,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let fail = Operand::invalid(e);
        let name = b.name();
        let nargs = args.len();
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap | Builtin::Len | Builtin::Clear | Builtin::Close | Builtin::New | Builtin::Panic => {
                (1, Some(1))
            }
            Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
            _ => (0, None),
        };
        if ddd && b != Builtin::Append {
            self.error(e.span.lo, format!("invalid operation: invalid use of ... with built-in {name}"));
            for a in args {
                self.raw_expr(a, None);
            }
            return fail;
        }
        if nargs < min || max.is_some_and(|m| nargs > m) {
            let qual = if nargs < min { "not enough" } else { "too many" };
            let call = expr_string(e);
            let want = if nargs < min { min } else { max.unwrap_or(min) };
            self.error(
                e.span.lo,
                format!("invalid operation: {qual} arguments for {call} (expected {want}, found {nargs})"),
            );
            for a in args {
                self.raw_expr(a, None);
            }
            return fail;
        }
        let int = self.basic(Basic::Int);
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0], None);
                if x.is_invalid() {
                    return fail;
                }
                let core = self.p.core_type(x.ty).unwrap_or(INVALID);
                let mut val = None;
                let ok = match self.p.types.get(core).clone() {
                    Type::Basic(bk) if bk.is_string() && b == Builtin::Len => {
                        if let Some(Value::String(s)) = &x.val {
                            val = Some(Value::int(s.len() as i64));
                        }
                        true
                    }
                    Type::Array(n, _) => {
                        if !contains_call_or_recv(&args[0]) {
                            val = Some(Value::int(n as i64));
                        }
                        true
                    }
                    Type::Pointer(p) => {
                        if let Type::Array(n, _) = self.p.types.under_type(p) {
                            if !contains_call_or_recv(&args[0]) {
                                val = Some(Value::int(*n as i64));
                            }
                            true
                        } else {
                            false
                        }
                    }
                    Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(args[0].span.lo, format!("invalid argument: {d} for built-in {name}"));
                    return fail;
                }
                match val {
                    Some(v) => Operand { mode: Mode::Constant, ty: int, val: Some(v), expr: e },
                    None => Operand { mode: Mode::Value, ty: int, val: None, expr: e },
                }
            }
            Builtin::Append => {
                let s = self.expr(&args[0], hint);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.raw_expr(a, None);
                    }
                    return fail;
                }
                let st = if s.ty == self.basic(Basic::UntypedNil) { hint.unwrap_or(INVALID) } else { s.ty };
                let core = self.p.core_type(st).unwrap_or(INVALID);
                let Type::Slice(elem) = self.p.types.get(core).clone() else {
                    let d = self.describe(&s);
                    if s.ty == self.basic(Basic::UntypedNil) {
                        self.error(
                            args[0].span.lo,
                            "first argument to append must be a typed slice; found untyped nil",
                        );
                    } else {
                        self.error(args[0].span.lo, format!("invalid append: argument must be a slice; have {d}"));
                    }
                    for a in &args[1..] {
                        self.raw_expr(a, None);
                    }
                    return fail;
                };
                if ddd {
                    if args.len() != 2 {
                        self.error(e.span.lo, "can only use ... with final argument in list");
                        return fail;
                    }
                    let mut x = self.expr(&args[1], Some(st));
                    if x.is_invalid() {
                        return fail;
                    }
                    // append([]byte, string...) is allowed.
                    let is_bytes = self.p.types.as_basic(elem) == Some(Basic::Uint8);
                    if is_bytes && self.tset_all(x.ty, |b| b.is_string()) {
                        let string_t = self.basic(Basic::String);
                        let _ = self.implicit_type(&mut x, string_t);
                    } else {
                        let ctx = "argument to append".to_string();
                        let slice_t = self.p.types.slice(elem);
                        self.assign_to(&mut x, slice_t, &ctx);
                    }
                } else {
                    for a in &args[1..] {
                        let mut x = self.expr(a, Some(elem));
                        self.assign_to(&mut x, elem, "argument to append");
                    }
                }
                Operand { mode: Mode::Value, ty: st, val: None, expr: e }
            }
            Builtin::Make => {
                let t = self.typexpr(&args[0]);
                if t == INVALID {
                    for a in &args[1..] {
                        self.raw_expr(a, None);
                    }
                    return fail;
                }
                let core = self.p.core_type(t).unwrap_or(INVALID);
                let min_args = match self.p.types.get(core) {
                    Type::Slice(_) => 2,
                    Type::Map(..) | Type::Chan(..) => 1,
                    _ => {
                        let s = expr_string(&args[0]);
                        self.error(
                            args[0].span.lo,
                            format!("invalid argument: cannot make {s}: type must be slice, map, or channel"),
                        );
                        for a in &args[1..] {
                            self.raw_expr(a, None);
                        }
                        return fail;
                    }
                };
                if nargs < min_args {
                    self.error(
                        e.span.lo,
                        format!(
                            "invalid operation: {} expects {min_args} or {} arguments; found {nargs}",
                            expr_string(e),
                            min_args + 1
                        ),
                    );
                    return fail;
                }
                if min_args == 1 && nargs > 2 {
                    self.error(
                        e.span.lo,
                        format!("invalid operation: {} expects 1 or 2 arguments; found {nargs}", expr_string(e)),
                    );
                    return fail;
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    let v = self.size_arg(a);
                    sizes.push(v);
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1))
                    && l > c
                {
                    self.error(args[1].span.lo, "invalid argument: length and capacity swapped".to_string());
                    return fail;
                }
                Operand { mode: Mode::Value, ty: t, val: None, expr: e }
            }
            Builtin::New => {
                let t = self.typexpr(&args[0]);
                if t == INVALID {
                    return fail;
                }
                let pt = self.p.types.pointer(t);
                Operand { mode: Mode::Value, ty: pt, val: None, expr: e }
            }
            Builtin::Delete => {
                let m = self.expr(&args[0], None);
                if m.is_invalid() {
                    self.raw_expr(&args[1], None);
                    return fail;
                }
                let core = self.p.core_type(m.ty).unwrap_or(INVALID);
                let Type::Map(k, _) = self.p.types.get(core).clone() else {
                    let d = self.describe(&m);
                    self.error(args[0].span.lo, format!("invalid argument: {d} is not a map"));
                    self.raw_expr(&args[1], None);
                    return fail;
                };
                let mut kx = self.expr(&args[1], Some(k));
                if !kx.is_invalid() {
                    let ctx = "argument to delete".to_string();
                    self.assign_to(&mut kx, k, &ctx);
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, expr: e }
            }
            Builtin::Clear => {
                let x = self.expr(&args[0], None);
                if x.is_invalid() {
                    return fail;
                }
                let core = self.p.core_type(x.ty).unwrap_or(INVALID);
                if !matches!(self.p.types.get(core), Type::Map(..) | Type::Slice(_)) {
                    let d = self.describe(&x);
                    self.error(args[0].span.lo, format!("invalid argument: {d} must be a map or slice"));
                    return fail;
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, expr: e }
            }
            Builtin::Close => {
                let x = self.expr(&args[0], None);
                if x.is_invalid() {
                    return fail;
                }
                let core = self.p.core_type(x.ty).unwrap_or(INVALID);
                match self.p.types.get(core) {
                    Type::Chan(ChanDir::Recv, _) => {
                        let d = self.describe(&x);
                        self.error(
                            args[0].span.lo,
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                        return fail;
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&x);
                        self.error(args[0].span.lo, format!("invalid operation: cannot close non-channel {d}"));
                        return fail;
                    }
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, expr: e }
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0], None);
                let mut src = self.expr(&args[1], None);
                if dst.is_invalid() || src.is_invalid() {
                    return fail;
                }
                let dcore = self.p.core_type(dst.ty).unwrap_or(INVALID);
                let Type::Slice(de) = self.p.types.get(dcore).clone() else {
                    let d = self.describe(&dst);
                    self.error(
                        args[0].span.lo,
                        format!(
                            "invalid argument: copy expects slice arguments; found {d} and {}",
                            self.describe(&src)
                        ),
                    );
                    return fail;
                };
                let string_ok =
                    self.p.types.as_basic(de) == Some(Basic::Uint8) && self.tset_all(src.ty, |b| b.is_string());
                if string_ok {
                    let st = self.basic(Basic::String);
                    let _ = self.implicit_type(&mut src, st);
                } else {
                    let score = self.p.core_type(src.ty).unwrap_or(INVALID);
                    let ok = matches!(self.p.types.get(score).clone(), Type::Slice(se) if self.p.identical(se, de));
                    if !ok {
                        let (a, b2) = (self.describe(&dst), self.describe(&src));
                        self.error(e.span.lo, format!("invalid argument: arguments to copy {a} and {b2} have different element types {} and {}", self.ts(de), self.ts(match self.p.types.get(score) { Type::Slice(x) => *x, _ => src.ty })));
                        return fail;
                    }
                }
                Operand { mode: Mode::Value, ty: int, val: None, expr: e }
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0], None);
                if !x.is_invalid() {
                    let any = self.p.types.any();
                    self.assign_to(&mut x, any, "argument to panic");
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, expr: e }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a, None);
                    if x.is_invalid() {
                        continue;
                    }
                    if self.p.types.is_untyped(x.ty) {
                        if x.ty == self.basic(Basic::UntypedNil) {
                            self.error(a.span.lo, format!("use of untyped nil in argument to built-in {name}"));
                            continue;
                        }
                        let d = self.p.types.default_type(x.ty);
                        self.assign_to(&mut x, d, &format!("argument to built-in {name}"));
                    }
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, expr: e }
            }
            Builtin::Recover => {
                let any = self.p.types.any();
                Operand { mode: Mode::Value, ty: any, val: None, expr: e }
            }
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand<'a>> = args.iter().map(|a| self.expr(a, None)).collect();
                if ops.iter().any(|o| o.is_invalid()) {
                    return fail;
                }
                // All operands must have one ordered type.
                let mut x = ops.remove(0);
                for mut y in ops {
                    self.match_types_pub(&mut x, &mut y);
                    if x.is_invalid() || y.is_invalid() {
                        return fail;
                    }
                    if !self.p.identical(x.ty, y.ty) {
                        self.error(
                            y.expr.span.lo,
                            format!(
                                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                self.ts(x.ty),
                                self.ts(y.ty),
                                expr_string(y.expr)
                            ),
                        );
                        return fail;
                    }
                    if !self.tset_all(x.ty, |b| b.is_ordered()) {
                        let d = self.describe(&x);
                        self.error(x.expr.span.lo, format!("invalid argument: {d} cannot be ordered"));
                        return fail;
                    }
                    if x.mode == Mode::Constant && y.mode == Mode::Constant {
                        let (a, c) = (x.val.clone().unwrap(), y.val.clone().unwrap());
                        let pick_y = if b == Builtin::Max {
                            constant::compare(&c, constant::Op::Gtr, &a)
                        } else {
                            constant::compare(&c, constant::Op::Lss, &a)
                        };
                        if pick_y {
                            x.val = Some(c);
                        }
                    } else {
                        x.mode = Mode::Value;
                        x.val = None;
                    }
                }
                if !self.tset_all(x.ty, |b| b.is_ordered()) {
                    let d = self.describe(&x);
                    self.error(x.expr.span.lo, format!("invalid argument: {d} cannot be ordered"));
                    return fail;
                }
                Operand { mode: x.mode, ty: x.ty, val: x.val, expr: e }
            }
            _ => fail,
        }
    }

    /// A size argument of make: a non-negative integer.
    pub(super) fn size_arg(&mut self, a: &'a Expr) -> Option<i64> {
        let mut x = self.expr(a, None);
        if x.is_invalid() {
            return None;
        }
        if self.p.types.is_untyped(x.ty) {
            let int = self.basic(Basic::Int);
            if self.implicit_type(&mut x, int).is_err() {
                let why = if x.val.as_ref().is_some_and(|v| v.to_int().is_none()) {
                    "truncated to int"
                } else {
                    "must be integer"
                };
                self.error(
                    a.span.lo,
                    format!("{} ({}) {why}", expr_string(a), self.p.types.get(x.ty).clone().basic_name()),
                );
                return None;
            }
        }
        if !self.tset_all(x.ty, |b| b.is_integer()) {
            let d = self.describe(&x);
            self.error(a.span.lo, format!("cannot convert {d} to type int"));
            return None;
        }
        if x.mode == Mode::Constant {
            let v = x.val.as_ref().and_then(|v| v.to_int()).and_then(|v| v.to_i64());
            if let Some(v) = v
                && v < 0
            {
                let d = self.describe(&x);
                self.error(a.span.lo, format!("invalid argument: index {d} must not be negative"));
                return None;
            }
            return v;
        }
        None
    }
}

/// len/cap of an array is constant unless the operand has a call or receive.
pub(super) fn contains_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary(crate::syntax::ast::UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => {
            contains_call_or_recv(x)
        }
        ExprKind::Index(x, i) => contains_call_or_recv(x) || i.iter().any(contains_call_or_recv),
        ExprKind::Binary(_, l, r) => contains_call_or_recv(l) || contains_call_or_recv(r),
        _ => false,
    }
}
