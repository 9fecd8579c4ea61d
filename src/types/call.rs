//! Calls, conversions, builtins and generic instantiation (types2's
//! `call.go`, `builtins.go`, `conversions.go`, `infer.go`, `unify.go`).
//!
//! Type arguments of a generic function are inferred from the arguments by
//! unification, then from the constraints' core types, then untyped
//! constants take their default types, as Go's inference does (simplified:
//! no inference from the assignment context or from function-typed
//! arguments' own type parameters).

use super::Instance;
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
    pub fn call(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let fail = Operand::invalid(e);
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else { return fail };
        let f = self.raw_expr(fun, None);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                fail
            }
            Mode::TypeExpr => self.conversion(e, f.ty, args, *ellipsis),
            Mode::Builtin => {
                let ExprKind::Ident(name) = &strip_parens(fun).kind else { return fail };
                let b = Builtin::ALL.iter().find(|(n, _)| n == name).map(|x| x.1).unwrap();
                self.builtin(e, b, args, *ellipsis, hint)
            }
            _ => {
                let core = self.p.core_type(f.ty).unwrap_or(INVALID);
                let Type::Signature(mut sig) = self.p.types.get(core).clone() else {
                    let d = self.describe(&f);
                    let t = self.ts(f.ty);
                    self.error(e.span.lo, format!("invalid operation: cannot call {d}: {t} is not a function"));
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return fail;
                };
                // Arguments: f(g()) spreads a tuple.
                let mut ops = self.call_args(args);
                if !sig.tparams.is_empty() {
                    match self.infer(fun, &sig, &mut ops, *ellipsis) {
                        Some(inst) => sig = inst,
                        None => return fail,
                    }
                }
                self.arguments(e, fun, &sig, ops, *ellipsis);
                let result = match sig.results.len() {
                    0 => return Operand { mode: Mode::NoValue, ty: INVALID, val: None, expr: e },
                    1 => sig.results[0].ty,
                    _ => {
                        let v = sig.results.iter().map(|p| p.ty).collect();
                        self.p.types.tuple(v)
                    }
                };
                Operand { mode: Mode::Value, ty: result, val: None, expr: e }
            }
        }
    }

    /// Checks call arguments; a single call argument with several results
    /// is spread.
    pub(super) fn call_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let x = self.raw_expr(&args[0], None);
            if let Type::Tuple(v) = self.p.types.get(x.ty).clone()
                && x.mode == Mode::Value
            {
                return v.iter().map(|&t| Operand { mode: Mode::Value, ty: t, val: None, expr: &args[0] }).collect();
            }
            let mut x = x;
            self.single_value(&mut x);
            return vec![x];
        }
        args.iter()
            .map(|a| {
                // Untyped function literals and composite literals are checked later against the parameter.
                let mut x = self.raw_expr(a, None);
                self.single_value(&mut x);
                x
            })
            .collect()
    }

    /// `(int, string)` as gc summarises argument and parameter types;
    /// untyped numeric constants print as `number`.
    pub(super) fn types_summary(&self, ts: &[TypeId], variadic: bool) -> String {
        let v: Vec<String> = ts
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let s = match self.p.types.get(t) {
                    Type::Basic(b) if b.is_untyped() && b.is_numeric() => "number".to_string(),
                    Type::Basic(Basic::UntypedString) => "string".to_string(),
                    Type::Basic(Basic::UntypedBool) => "bool".to_string(),
                    Type::Basic(Basic::UntypedNil) => "nil".to_string(),
                    _ => self.ts(t),
                };
                if variadic && i == ts.len() - 1 {
                    let elem = match self.p.types.get(t) {
                        Type::Slice(e) => self.ts(*e),
                        _ => s,
                    };
                    format!("...{elem}")
                } else {
                    s
                }
            })
            .collect();
        format!("({})", v.join(", "))
    }

    /// Matches arguments to parameters (types2's `arguments`).
    pub(super) fn arguments(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        sig: &Signature,
        mut args: Vec<Operand<'a>>,
        ddd: bool,
    ) {
        if args.iter().any(|a| a.is_invalid()) {
            return;
        }
        let nargs = args.len();
        let npars = sig.params.len();
        let mut params: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
        if ddd {
            if !sig.variadic {
                let s = expr_string(fun);
                self.error(e.span.lo, format!("cannot use ... in call to non-variadic {s}"));
                return;
            }
        } else if sig.variadic && nargs >= npars - 1 {
            // Expand the variadic parameter to match the arguments.
            let last = params.pop().unwrap();
            let elem = match self.p.types.get(last) {
                Type::Slice(e) => *e,
                _ => INVALID,
            };
            while params.len() < nargs {
                params.push(elem);
            }
        }
        let expected = params.len();
        if nargs != expected {
            let (qual, at) = if nargs > expected {
                ("too many", args[expected].expr.span.lo)
            } else if nargs > 0 {
                ("not enough", args[nargs - 1].expr.span.hi.max(args[nargs - 1].expr.span.lo))
            } else {
                ("not enough", e.span.lo)
            };
            let at = if nargs > 0 && nargs < expected { args[nargs - 1].expr.span.lo } else { at };
            let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
            let want: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
            let msg = format!(
                "{qual} arguments in call to {}\n\thave {}\n\twant {}",
                expr_string(fun),
                self.types_summary(&have, false),
                self.types_summary(&want, sig.variadic)
            );
            self.error(at, msg);
            return;
        }
        let ctx = format!("argument to {}", expr_string(fun));
        for (a, &t) in args.iter_mut().zip(&params) {
            if matches!(a.expr.kind, ExprKind::CompositeLit { ty: None, .. }) {
                continue;
            }
            self.assign_to(a, t, &ctx);
        }
    }

    // ------------------------------------------------------------ generics

    /// Explicit instantiation `f[int]` (possibly partial, completed by a call).
    pub fn func_inst(&mut self, e: &'a Expr, x: Operand<'a>, idx: &'a [Expr]) -> Operand<'a> {
        let sig = self.p.types.signature(x.ty).cloned().unwrap();
        let targs: Vec<TypeId> = idx.iter().map(|i| self.typexpr(i)).collect();
        if targs.contains(&INVALID) {
            return Operand::invalid(e);
        }
        if targs.len() > sig.tparams.len() {
            self.error(
                idx[sig.tparams.len()].span.lo,
                format!("got {} type arguments but want {}", targs.len(), sig.tparams.len()),
            );
            return Operand::invalid(e);
        }
        if targs.len() < sig.tparams.len() {
            // Partial instantiation: the rest is inferred at the call.
            let mut s = sig.clone();
            s.tparams = sig.tparams.clone();
            self.partial_targs.insert(e.id, targs);
            return Operand { mode: Mode::Value, ty: x.ty, val: None, expr: e };
        }
        let generic = x.ty;
        if !self.verify_targs(generic, &targs, idx.iter().map(|i| i.span.lo).collect(), false) {
            return Operand::invalid(e);
        }
        let map: Vec<(TypeId, TypeId)> = sig.tparams.iter().copied().zip(targs.iter().copied()).collect();
        let inst = self.subst(x.ty, &map);
        self.p.info.instances.insert(strip_parens(x.expr).id, Instance { targs, ty: inst });
        Operand { mode: Mode::Value, ty: inst, val: None, expr: e }
    }

    /// Infers the type arguments of a call to a generic function and
    /// returns the instantiated signature.
    pub(super) fn infer(
        &mut self,
        fun: &'a Expr,
        sig: &Signature,
        args: &mut [Operand<'a>],
        ddd: bool,
    ) -> Option<Signature> {
        let tparams = sig.tparams.clone();
        let mut bound: Vec<Option<TypeId>> = vec![None; tparams.len()];
        if let Some(given) = self.partial_targs.get(&fun.id).cloned() {
            for (i, t) in given.into_iter().enumerate() {
                bound[i] = Some(t);
            }
        }
        let mut params: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
        if sig.variadic && args.len() >= params.len().saturating_sub(1) && !ddd {
            let last = params.pop().unwrap();
            let elem = match self.p.types.get(last) {
                Type::Slice(e) => *e,
                _ => INVALID,
            };
            while params.len() < args.len() {
                params.push(elem);
            }
        }
        // Typed arguments first, then untyped constants: a type parameter
        // still unbound takes the default type of the "largest" untyped
        // kind among its arguments (int < rune < float), as Go infers.
        let rank = |b: Option<Basic>| match b {
            Some(Basic::UntypedFloat) => 3,
            Some(Basic::UntypedRune) => 2,
            Some(Basic::UntypedInt) => 1,
            _ => 0,
        };
        let mut untyped_kind: Vec<Option<TypeId>> = vec![None; tparams.len()];
        for pass in 0..2 {
            for (a, &p) in args.iter().zip(&params) {
                if a.is_invalid() {
                    return None;
                }
                let untyped = self.p.types.is_untyped(a.ty);
                if (pass == 0) == untyped || self.is_generic_func(a.ty) {
                    continue;
                }
                if untyped {
                    // Only a bare type parameter takes an untyped argument's default type.
                    if let Some(i) = tparams.iter().position(|&t| t == p)
                        && bound[i].is_none()
                        && a.ty != self.basic(Basic::UntypedNil)
                    {
                        if let Some(k) = untyped_kind[i] {
                            let family = |t: TypeId| self.p.types.as_basic(t).map(|b| (b.is_numeric(), b.is_string()));
                            if family(k) != family(a.ty) {
                                let (ks, ts, tp) = (self.ts(k), self.ts(a.ty), self.ts(tparams[i]));
                                self.error(
                                    a.expr.span.lo,
                                    format!(
                                        "in call to {}, mismatched types {ks} and {ts} (cannot infer {tp})",
                                        expr_string(fun)
                                    ),
                                );
                                return None;
                            }
                        }
                        let larger = untyped_kind[i]
                            .is_none_or(|k| rank(self.p.types.as_basic(a.ty)) > rank(self.p.types.as_basic(k)));
                        if larger {
                            untyped_kind[i] = Some(a.ty);
                        }
                    }
                    continue;
                }
                if !self.unify(p, a.ty, &tparams, &mut bound) {
                    let pt = self.subst_partial(p, &tparams, &bound);
                    let ps = self.ts(pt);
                    self.error(
                        a.expr.span.lo,
                        format!("type {} of {} does not match {}", self.ts(a.ty), expr_string(a.expr), ps),
                    );
                    return None;
                }
            }
        }
        // Core types of constraints (S ~[]E with S known gives E), then the
        // untyped constants' defaults for what is still unbound, then core
        // types again, in Go's order.
        for round in 0..2 {
            if round == 1 {
                for (i, k) in untyped_kind.iter().enumerate() {
                    if let (None, Some(k)) = (bound[i], k) {
                        bound[i] = Some(self.p.types.default_type(*k));
                    }
                }
            }
            for _ in 0..tparams.len() + 1 {
                let mut progress = false;
                for (i, &tp) in tparams.iter().enumerate() {
                    let c = self.p.types.tparam_info(tp).map_or(INVALID, |x| x.constraint);
                    let ts = self.p.type_set(c);
                    let Some(terms) = ts.terms else { continue };
                    if terms.len() != 1 {
                        continue;
                    }
                    let core = terms[0].ty;
                    match bound[i] {
                        Some(b) => {
                            // A type parameter argument stands for its core type.
                            let target = if terms[0].tilde { self.p.core_type(b).unwrap_or(INVALID) } else { b };
                            let before = bound.iter().filter(|x| x.is_some()).count();
                            self.unify(core, target, &tparams, &mut bound);
                            if bound.iter().filter(|x| x.is_some()).count() > before {
                                progress = true;
                            }
                        }
                        None => {
                            // All of the core type's parameters known: it is the argument.
                            let t = self.subst_partial(core, &tparams, &bound);
                            if !self.mentions(t, &tparams) {
                                bound[i] = Some(t);
                                progress = true;
                            }
                        }
                    }
                }
                if !progress {
                    break;
                }
            }
        }
        // Generic functions passed as arguments (`slices.SortFunc(s,
        // cmp.Compare)`): their own type arguments come from the parameter
        // type once the callee's are known.
        for (a, &p) in args.iter_mut().zip(&params) {
            let Some(asig) = self.p.types.signature(a.ty).filter(|s| !s.tparams.is_empty()).cloned() else { continue };
            let want = self.subst_partial(p, &tparams, &bound);
            let mut abound: Vec<Option<TypeId>> = vec![None; asig.tparams.len()];
            let generic = self.p.types.intern(Type::Signature(Signature { tparams: vec![], ..asig.clone() }));
            if !self.unify(generic, want, &asig.tparams, &mut abound) || abound.iter().any(|b| b.is_none()) {
                let name = self.ts(asig.tparams[abound.iter().position(|b| b.is_none()).unwrap_or(0)]);
                self.error(a.expr.span.lo, format!("in call to {}, cannot infer {name}", expr_string(a.expr)));
                return None;
            }
            let targs: Vec<TypeId> = abound.into_iter().map(|b| b.unwrap()).collect();
            let amap: Vec<(TypeId, TypeId)> = asig.tparams.iter().copied().zip(targs.iter().copied()).collect();
            let inst = self.subst(generic, &amap);
            self.p.info.instances.insert(strip_parens(a.expr).id, Instance { targs, ty: inst });
            self.record(a.expr, Mode::Value, inst, None);
            a.ty = inst;
            // The instantiated argument may pin down more of the callee's types.
            self.unify(p, inst, &tparams, &mut bound);
        }
        if let Some(i) = bound.iter().position(|b| b.is_none()) {
            let name = self.ts(tparams[i]);
            let decl = self.p.types.tparam_info(tparams[i]).map_or(0, |t| self.p.objs.get(t.obj).pos);
            let p = self.map.position(decl);
            self.error(
                fun.span.hi,
                format!(
                    "in call to {}, cannot infer {name} (declared at {}:{}:{})",
                    expr_string(fun),
                    p.file,
                    p.line,
                    p.col
                ),
            );
            return None;
        }
        let targs: Vec<TypeId> = bound.into_iter().map(|b| b.unwrap()).collect();
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        // Constraint check, worded as types2 does for inferred arguments.
        for (&tp, &ta) in tparams.iter().zip(&targs) {
            let c = self.p.types.tparam_info(tp).map_or(INVALID, |x| x.constraint);
            let c = self.subst(c, &map);
            if let Some(why) = self.satisfies(ta, c) {
                // Reported at the argument list, as types2 does for inferred
                // arguments; missing methods are found during inference.
                let ts = self.p.type_set(c);
                let methods_only = ts.terms.is_none() && !ts.comparable && !ts.methods.is_empty();
                let msg = match self.p.missing_method(ta, c).filter(|_| methods_only) {
                    Some(cause) => format!(
                        "in call to {}, {} (type {}) does not satisfy {} {cause}",
                        expr_string(fun),
                        self.ts(tp),
                        self.ts(ta),
                        self.ts(c)
                    ),
                    None => why,
                };
                self.error(fun.span.hi, msg);
                return None;
            }
        }
        let gen_t = self.p.types.intern(Type::Signature(sig.clone()));
        let inst_t = self.subst(gen_t, &map);
        self.p.info.instances.insert(strip_index(strip_parens(fun)).id, Instance { targs, ty: inst_t });
        self.record(fun, Mode::Value, inst_t, None);
        self.p.types.signature(inst_t).cloned()
    }

    pub(super) fn subst_partial(&mut self, t: TypeId, tps: &[TypeId], bound: &[Option<TypeId>]) -> TypeId {
        let map: Vec<(TypeId, TypeId)> = tps.iter().zip(bound).filter_map(|(&p, b)| b.map(|b| (p, b))).collect();
        self.subst(t, &map)
    }

    /// Unifies parameter type `p` (mentioning `tps`) with argument type `a`.
    pub(super) fn unify(&mut self, p: TypeId, a: TypeId, tps: &[TypeId], bound: &mut [Option<TypeId>]) -> bool {
        if let Some(i) = tps.iter().position(|&t| t == p) {
            return match bound[i] {
                None => {
                    bound[i] = Some(a);
                    true
                }
                Some(b) => {
                    if self.p.identical(b, a) {
                        return true;
                    }
                    // A named and an unnamed type with the same underlying
                    // type unify (inexact unification); keep the named one.
                    if self.p.identical(self.p.types.under(b), self.p.types.under(a)) {
                        if self.p.types.named_info(a).is_some() {
                            bound[i] = Some(a);
                        }
                        return true;
                    }
                    false
                }
            };
        }
        if p == a {
            return true;
        }
        let (pt, at) = (self.p.types.get(p).clone(), self.p.types.get(a).clone());
        match (pt, at) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => self.unify(x, y, tps, bound),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, tps, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.unify(k1, k2, tps, bound) && self.unify(v1, v2, tps, bound),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tps, bound),
            (Type::Signature(s1), Type::Signature(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.params.iter().zip(&s2.params).all(|(x, y)| self.unify(x.ty, y.ty, tps, bound))
                    && s1.results.iter().zip(&s2.results).all(|(x, y)| self.unify(x.ty, y.ty, tps, bound))
            }
            (Type::Named(_), Type::Named(_)) => {
                let (pi, ai) =
                    (self.p.types.named_info(p).unwrap().clone(), self.p.types.named_info(a).unwrap().clone());
                match (pi.origin, ai.origin) {
                    (Some((o1, a1)), Some((o2, a2))) if o1 == o2 => {
                        a1.iter().zip(&a2).all(|(x, y)| self.unify(*x, *y, tps, bound))
                    }
                    _ => self.p.identical(p, a),
                }
            }
            (Type::Named(_), _) => {
                // A generic named type against an unnamed argument: compare underlying types.
                let u = self.p.types.under(p);
                u != p && self.unify(u, a, tps, bound)
            }
            (_, Type::Named(_)) => {
                let u = self.p.types.under(a);
                u != a && self.unify(p, u, tps, bound)
            }
            _ => self.p.identical(p, a) || !self.mentions(p, tps),
        }
    }

    // ------------------------------------------------------------ conversions

    pub(super) fn conversion(&mut self, e: &'a Expr, t: TypeId, args: &'a [Expr], ddd: bool) -> Operand<'a> {
        let fail = Operand::invalid(e);
        if args.len() != 1 || ddd {
            let ts = self.ts(t);
            if args.is_empty() {
                self.error(e.span.hi.saturating_sub(1), format!("missing argument in conversion to {ts}"));
            } else if ddd {
                self.error(args[0].span.lo, format!("invalid use of ... in conversion to {ts}"));
            } else {
                self.error(args[args.len() - 1].span.lo, format!("too many arguments in conversion to {ts}"));
            }
            for a in args {
                self.raw_expr(a, None);
            }
            return fail;
        }
        let mut x = self.expr(&args[0], Some(t));
        if x.is_invalid() || t == INVALID {
            return fail;
        }
        let is_const_type = self.p.types.as_basic(t).is_some_and(|b| b.is_const_type()) && !self.p.types.is_tparam(t);
        if x.mode == Mode::Constant && is_const_type {
            let tb = self.p.types.as_basic(t).unwrap();
            let v = x.val.clone().unwrap_or(Value::Unknown);
            let xb = self.p.types.as_basic(x.ty).unwrap_or(Basic::Invalid);
            let res = match constant::representable(&v, tb) {
                Ok(v2) => Some(v2),
                Err(_) if xb.is_integer() && tb.is_string() => {
                    // string(rune constant)
                    let r = v.to_int().and_then(|i| i.to_i64()).unwrap_or(-1);
                    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    Some(Value::String(c.to_string().into()))
                }
                Err(_) if xb.is_float() && tb.is_integer() => None,
                Err(_) => None,
            };
            match res {
                Some(v2) => {
                    let d = self.p.types.default_type(x.ty);
                    let _ = self.implicit_type(&mut x, d);
                    return Operand { mode: Mode::Constant, ty: t, val: Some(v2), expr: e };
                }
                None => {
                    if xb.is_integer() && tb.is_integer() {
                        let ts = self.ts(t);
                        self.error(args[0].span.lo, format!("constant {v} overflows {ts}"));
                        return fail;
                    }
                    if xb.is_float() && tb.is_integer() {
                        let d = self.describe(&x);
                        let ts = self.ts(t);
                        self.error(args[0].span.lo, format!("cannot convert {d} to type {ts} (truncated)"));
                        return fail;
                    }
                    let d = self.describe(&x);
                    let ts = self.ts(t);
                    self.error(args[0].span.lo, format!("cannot convert {d} to type {ts}"));
                    return fail;
                }
            }
        }
        if self.p.types.is_untyped(x.ty) {
            // Untyped non-constant or a constant to a non-constant type:
            // first give it its default type (or nil stays nil).
            let target = if x.ty == self.basic(Basic::UntypedNil) {
                if !self.p.has_nil(t) {
                    let ts = self.ts(t);
                    self.error(args[0].span.lo, format!("cannot convert nil to type {ts}"));
                    return fail;
                }
                return Operand { mode: Mode::Value, ty: t, val: None, expr: e };
            } else {
                self.p.types.default_type(x.ty)
            };
            if (self.p.types.is_tparam(t) || !self.p.types.is_interface(t))
                && let Ok(()) = self.implicit_type(&mut x.clone(), t)
            {
                let _ = self.implicit_type(&mut x, t);
                return Operand { mode: Mode::Value, ty: t, val: None, expr: e };
            }
            let _ = self.implicit_type(&mut x, target);
        }
        if !self.convertible(&x, t) {
            let d = self.describe(&x);
            let ts = self.ts(t);
            self.error(args[0].span.lo, format!("cannot convert {d} to type {ts}"));
            return fail;
        }
        Operand { mode: Mode::Value, ty: t, val: None, expr: e }
    }

    // ------------------------------------------------------------ builtins
}

impl Type {
    pub(super) fn basic_name(&self) -> &'static str {
        match self {
            Type::Basic(b) => b.name(),
            _ => "value",
        }
    }
}

/// A lone call on the right of an assignment: its results are counted
/// (`assignment mismatch: 1 variable but f returns 2 values`).
pub fn single_call(rhs: &[Expr]) -> bool {
    rhs.len() == 1 && matches!(strip_parens(&rhs[0]).kind, ExprKind::Call { .. })
}

impl Checker<'_> {
    /// Is `t` the signature of a generic function not yet instantiated?
    pub(super) fn is_generic_func(&self, t: TypeId) -> bool {
        self.p.types.signature(t).is_some_and(|s| !s.tparams.is_empty())
    }

    /// A generic function used as a value of func type `target`: its type
    /// arguments are inferred from `target` (Go 1.21); false after gc's error.
    pub(super) fn instantiate_to(&mut self, x: &mut Operand<'_>, target: TypeId) -> bool {
        let asig = self.p.types.signature(x.ty).cloned().unwrap();
        let generic = self.p.types.intern(Type::Signature(Signature { tparams: vec![], ..asig.clone() }));
        let mut bound: Vec<Option<TypeId>> = vec![None; asig.tparams.len()];
        let ok = self.p.types.signature(target).is_some()
            && self.unify(generic, target, &asig.tparams, &mut bound)
            && bound.iter().all(|b| b.is_some());
        if !ok {
            let name = expr_string(x.expr);
            self.error(x.expr.span.lo, format!("cannot use generic function {name} without instantiation"));
            x.mode = Mode::Invalid;
            return false;
        }
        let targs: Vec<TypeId> = bound.into_iter().map(|b| b.unwrap()).collect();
        let map: Vec<(TypeId, TypeId)> = asig.tparams.iter().copied().zip(targs.iter().copied()).collect();
        let inst = self.subst(generic, &map);
        self.p.info.instances.insert(strip_parens(x.expr).id, Instance { targs, ty: inst });
        x.ty = inst;
        true
    }
}

pub fn strip_parens(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

fn strip_index(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Index(x, _) => strip_parens(x),
        _ => e,
    }
}
