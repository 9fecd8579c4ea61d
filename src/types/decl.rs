//! Declarations (types2's `decl.go`, `signature.go`): constants, variables,
//! types, functions and methods, at package level and inside functions.
//!
//! A named type gets its `TypeId` before its right-hand side is checked, so
//! `type Node struct { next *Node }` refers to itself; `valid_type` then
//! rejects types that contain themselves by value, with gc's message.

use super::Mode;
use super::check::{Checker, FuncCtx};
use super::constant::Value;
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::{self, Expr, Ident};

impl<'a> Checker<'a> {
    // ------------------------------------------------------------ constants

    pub fn const_decl(&mut self, obj: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>) {
        let t = typ.map(|t| self.typexpr(t));
        if let Some(t) = t
            && t != INVALID
            && !self.p.types.as_basic(t).is_some_and(|b| b.is_const_type())
        {
            let pos = typ.unwrap().span.lo;
            self.error(pos, format!("invalid constant type {}", self.ts(t)));
            self.set_const(obj, INVALID, Value::Unknown);
            return;
        }
        let Some(init) = init else {
            let pos = self.p.objs.get(obj).pos;
            self.error(pos, "missing init expr for const declaration");
            self.set_const(obj, t.unwrap_or(INVALID), Value::Unknown);
            return;
        };
        let mut x = self.expr(init, None);
        if x.is_invalid() {
            self.set_const(obj, INVALID, Value::Unknown);
            return;
        }
        if x.mode != Mode::Constant {
            if x.ty != INVALID {
                let d = self.describe(&x);
                self.error(init.span.lo, format!("{d} is not constant"));
            }
            self.set_const(obj, INVALID, Value::Unknown);
            return;
        }
        if let Some(t) = t {
            self.assign_to(&mut x, t, "constant declaration");
        }
        let val = x.val.clone().unwrap_or(Value::Unknown);
        self.set_const(obj, x.ty, val);
    }

    pub(super) fn set_const(&mut self, obj: ObjId, ty: TypeId, val: Value) {
        let o = self.p.objs.get_mut(obj);
        o.ty = ty;
        o.kind = ObjKind::Const(val);
    }

    /// Local `const` declarations.
    pub fn local_const_decl(&mut self, specs: &'a [ast::ConstSpec]) {
        let mut last: Option<&'a ast::ConstSpec> = None;
        for spec in specs {
            let src = if spec.values.is_empty() && spec.ty.is_none() { last.unwrap_or(spec) } else { spec };
            last = Some(src);
            let mut objs = Vec::new();
            for (i, n) in spec.names.iter().enumerate() {
                let obj = self.new_obj(&n.name, ObjKind::Const(Value::Unknown), INVALID, n.span.lo);
                let saved = self.iota.replace(spec.iota);
                self.const_decl(obj, src.ty.as_ref(), src.values.get(i));
                self.iota = saved;
                objs.push((n, obj));
            }
            if src.values.len() > spec.names.len() {
                self.error(src.values[spec.names.len()].span.lo, "extra init expr");
            } else if !src.values.is_empty() && src.values.len() < spec.names.len() {
                self.error(spec.names[src.values.len()].span.lo, "missing init expr for const declaration");
            }
            // Constants are in scope after their spec (spec, "Declarations and scope").
            for (n, obj) in objs {
                self.declare(self.scope, n, obj);
            }
        }
    }

    // ------------------------------------------------------------ variables

    /// A package-level variable: checks its whole spec the first time one
    /// of its names is needed.
    pub fn global_var_decl(&mut self, obj: ObjId, spec: &'a ast::VarSpec, _index: usize) {
        if self.p.objs.get(obj).ty != INVALID {
            return;
        }
        let lhs: Vec<ObjId> = spec.names.iter().map(|n| self.p.info.defs[&n.span.lo]).collect();
        self.var_decl(&lhs, spec.ty.as_ref(), &spec.values, spec.span.lo);
        for o in &lhs {
            if self.p.objs.get(*o).ty == INVALID {
                self.p.objs.get_mut(*o).ty = INVALID;
            }
        }
    }

    /// Declares the types of `lhs` from an optional type and initializers
    /// (types2's `varDecl` and `initVars`).
    pub fn var_decl(&mut self, lhs: &[ObjId], typ: Option<&'a Expr>, values: &'a [Expr], pos: u32) {
        let t = typ.map(|t| self.typexpr(t));
        if let Some(t) = t {
            for o in lhs {
                self.p.objs.get_mut(*o).ty = t;
            }
        }
        if values.is_empty() {
            if t.is_none() {
                self.error(pos, "missing type or init expr");
            }
            return;
        }
        let ctx = "variable declaration";
        if lhs.len() == values.len() && !super::call::single_call(values) {
            for (o, v) in lhs.iter().zip(values) {
                let mut x = self.expr(v, t);
                self.init_var(*o, &mut x, ctx);
            }
            return;
        }
        if values.len() == 1 {
            let (xs, ok) = self.multi_expr(&values[0], lhs.len());
            if ok && xs.len() == lhs.len() {
                for (o, mut x) in lhs.iter().zip(xs) {
                    self.init_var(*o, &mut x, ctx);
                }
                return;
            }
            self.assign_mismatch(lhs.len(), &values[0], xs.len(), values);
        } else {
            for v in values {
                self.expr(v, None);
            }
            self.assign_mismatch(lhs.len(), &values[0], values.len(), values);
        }
        for o in lhs {
            if self.p.objs.get(*o).ty == INVALID && t.is_none() {
                self.p.objs.get_mut(*o).ty = INVALID;
            }
        }
    }

    /// Gives variable `obj` the value `x` (types2's `initVar`).
    pub fn init_var(&mut self, obj: ObjId, x: &mut Operand<'a>, ctx: &str) {
        if x.is_invalid() {
            return;
        }
        let declared = self.p.objs.get(obj).ty;
        if declared == INVALID && self.is_generic_func(x.ty) {
            let name = crate::syntax::dump::expr_string(x.expr);
            self.error(x.expr.span.lo, format!("cannot use generic function {name} without instantiation"));
            return;
        }
        if declared == INVALID {
            // Infer the type: the default type of an untyped value.
            if x.ty == self.basic(Basic::UntypedNil) {
                self.error(x.expr.span.lo, format!("use of untyped nil in {ctx}"));
                return;
            }
            let t = self.p.types.default_type(x.ty);
            self.assign_to(x, t, ctx);
            self.p.objs.get_mut(obj).ty = if x.mode == Mode::NoValue { INVALID } else { t };
            return;
        }
        self.assign_to(x, declared, ctx);
    }

    /// `var` inside a function: declares after checking the initializers.
    pub fn local_var_decl(&mut self, specs: &'a [ast::VarSpec]) {
        for spec in specs {
            let lhs: Vec<ObjId> = spec
                .names
                .iter()
                .map(|n| self.new_obj(&n.name, ObjKind::Var(VarInfo::default()), INVALID, n.span.lo))
                .collect();
            self.var_decl(&lhs, spec.ty.as_ref(), &spec.values, spec.span.lo);
            for (n, o) in spec.names.iter().zip(&lhs) {
                if self.declare(self.scope, n, *o) {
                    self.locals.push(*o);
                }
            }
        }
    }

    // ------------------------------------------------------------ types

    pub fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias && !spec.tparams.is_empty() {
            // A generic alias: a generic type whose instances are its
            // right-hand side with the arguments substituted.
            let generic = self.p.types.new_named(obj);
            self.p.objs.get_mut(obj).ty = generic;
            let saved = self.scope;
            self.open_scope(false);
            let tps = self.declare_tparams(&spec.tparams);
            let rhs = self.typexpr(&spec.ty);
            self.scope = saved;
            let info = self.p.types.named_info_mut(generic).unwrap();
            info.tparams = tps;
            info.alias = true;
            info.underlying = rhs;
            return;
        }
        if spec.alias {
            let t = self.typexpr(&spec.ty);
            self.p.objs.get_mut(obj).ty = t;
            return;
        }
        let named = self.p.types.new_named(obj);
        self.p.objs.get_mut(obj).ty = named;
        let saved_scope = self.scope;
        if !spec.tparams.is_empty() {
            self.open_scope(false);
            let tps = self.declare_tparams(&spec.tparams);
            self.p.types.named_info_mut(named).unwrap().tparams = tps;
        }
        let rhs = self.typexpr(&spec.ty);
        let under = self.p.types.under(rhs);
        let under = if self.p.types.is_tparam(rhs) {
            self.error(spec.ty.span.lo, "cannot use a type parameter as RHS in type declaration".to_string());
            INVALID
        } else {
            under
        };
        self.p.types.named_info_mut(named).unwrap().underlying = under;
        self.scope = saved_scope;
        if !self.valid_type(named, &mut vec![]) {
            self.p.types.named_info_mut(named).unwrap().underlying = INVALID;
        }
        // Methods of the type.
        let methods = self.pending_methods.remove(&obj).unwrap_or_default();
        let mut names: Vec<String> = Vec::new();
        for m in methods {
            self.obj_decl(m);
            let name = self.p.objs.get(m).name.clone();
            if name != "_" && names.contains(&name) {
                let pos = self.p.objs.get(m).pos;
                let tn = self.p.objs.get(obj).name.clone();
                let prev = self
                    .p
                    .types
                    .named_info(named)
                    .unwrap()
                    .methods
                    .iter()
                    .find(|&&x| self.p.objs.get(x).name == name)
                    .map(|&x| self.p.objs.get(x).pos)
                    .unwrap_or(0);
                let pp = self.map.position(prev);
                self.error(pos, format!("method {tn}.{name} already declared at {}:{}:{}", pp.file, pp.line, pp.col));
                continue;
            }
            if let Type::Struct(fields) = self.p.types.under_type(named)
                && let Some(f) = fields.iter().find(|f| f.name == name)
            {
                let fpos = self.p.objs.get(f.obj).pos;
                let pos = self.p.objs.get(m).pos;
                let pp = self.map.position(fpos);
                let other = format!("{}:{}:{}: other declaration of {name}", pp.file, pp.line, pp.col);
                self.error(pos, format!("field and method with the same name {name}\n\t{other}"));
                continue;
            }
            names.push(name);
            self.p.types.named_info_mut(named).unwrap().methods.push(m);
        }
        self.complete_instances();
        self.refresh_instance_methods(named);
    }

    /// Reports a type that contains itself by value (types2's `validType`).
    pub(super) fn valid_type(&mut self, t: TypeId, path: &mut Vec<TypeId>) -> bool {
        match self.p.types.get(t).clone() {
            Type::Named(_) => {
                if let Some(i) = path.iter().position(|&x| x == t) {
                    let cycle: Vec<TypeId> = path[i..].to_vec();
                    let first = cycle[0];
                    let info = self.p.types.named_info(first).unwrap();
                    let o = self.p.objs.get(info.obj).clone();
                    if self.reported_cycles.insert(info.obj) {
                        let mut msg = format!("invalid recursive type {}", o.name);
                        if cycle.len() == 1 {
                            msg = format!("invalid recursive type: {} refers to itself", o.name);
                        }
                        for (k, c) in cycle.iter().enumerate().filter(|_| cycle.len() > 1) {
                            let co = self.p.objs.get(self.p.types.named_info(*c).unwrap().obj);
                            let p = self.map.position(co.pos);
                            let next =
                                self.p.objs.get(self.p.types.named_info(cycle[(k + 1) % cycle.len()]).unwrap().obj);
                            msg.push_str(&format!(
                                "\n\t{}:{}:{}: {} refers to {}",
                                p.file, p.line, p.col, co.name, next.name
                            ));
                        }
                        self.error(o.pos, msg);
                    }
                    return false;
                }
                let under = self.p.types.named_info(t).unwrap().underlying;
                if under == INVALID {
                    return true;
                }
                path.push(t);
                let ok = self.valid_type(under, path);
                path.pop();
                ok
            }
            Type::Array(_, e) => self.valid_type(e, path),
            Type::Struct(fields) => fields.iter().all(|f| self.valid_type(f.ty, path)),
            _ => true,
        }
    }

    /// Declares type parameters in the current scope; returns their types.
    pub fn declare_tparams(&mut self, fields: &'a [ast::Field]) -> Vec<TypeId> {
        let mut tps = Vec::new();
        for f in fields {
            for n in &f.names {
                let obj = self.new_obj(&n.name, ObjKind::TypeName, INVALID, n.span.lo);
                let t = self.p.types.new_tparam(obj, tps.len());
                self.p.objs.get_mut(obj).ty = t;
                self.declare(self.scope, n, obj);
                tps.push(t);
            }
        }
        // Constraints may refer to any of the parameters.
        let mut i = 0;
        for f in fields {
            let c = self.constraint(&f.ty);
            for _ in &f.names {
                if let Type::TypeParam(k) = *self.p.types.get(tps[i]) {
                    self.p.types.tparams[k as usize].constraint = c;
                }
                i += 1;
            }
        }
        tps
    }

    /// A constraint: an interface, or a type or union standing for one.
    pub(super) fn constraint(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typexpr_constraint(e);
        if t == INVALID {
            return self.p.types.any();
        }
        if self.p.types.is_interface(t) {
            return t;
        }
        self.p.types.interface(vec![], vec![Embedded::Type(t)])
    }

    // ------------------------------------------------------------ functions

    pub fn func_decl(&mut self, obj: ObjId, fd: &'a ast::FuncDecl) {
        let saved = self.scope;
        let scope = self.open_scope(true);
        let mut recv_param: Option<(Option<&'a Ident>, TypeId)> = None;
        if let Some(recv) = &fd.recv {
            let (rt, ptr, _, rtps) = self.receiver(recv);
            if let ObjKind::Func(fi) = &mut self.p.objs.get_mut(obj).kind {
                fi.ptr_recv = ptr;
            }
            self.recv_tparams.insert(obj, rtps);
            recv_param = Some((recv.names.first(), rt));
        }
        // A method's own type parameters (Go 1.27) are its signature's;
        // the receiver's stay the receiver type's.
        let own = if fd.tparams.is_empty() { vec![] } else { self.declare_tparams(&fd.tparams) };
        let mut sig = self.signature(&fd.sig, false);
        sig.tparams = own;
        let sig_t = self.p.types.intern(Type::Signature(sig));
        self.p.objs.get_mut(obj).ty = sig_t;
        self.scope = saved;
        if fd.body.is_some() {
            self.bodies.push((obj, fd, sig_t, scope));
            self.recv_of.insert(obj, recv_param.map(|(n, t)| (n.map(|i| (i.name.clone(), i.span.lo)), t)));
        } else if self.p.pkgs[self.pkg.0 as usize].path == "main" {
            self.error(fd.name.span.lo, "missing function body");
        }
    }

    /// The receiver: its type, whether a pointer, the base named type, and
    /// the receiver's type parameters (for methods of generic types).
    pub(super) fn receiver(&mut self, recv: &'a ast::Field) -> (TypeId, bool, TypeId, Vec<TypeId>) {
        let mut e = &recv.ty;
        let mut ptr = false;
        while let ast::ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        if let ast::ExprKind::Star(x) = &e.kind {
            ptr = true;
            e = x;
        }
        // T[P, Q]: declare P, Q as this method's own type parameters.
        if let ast::ExprKind::Index(base, args) = &e.kind {
            let bt = self.typexpr_generic_base(base);
            let orig_tps = self.p.types.named_info(bt).map(|i| i.tparams.clone()).unwrap_or_default();
            let mut tps = Vec::new();
            for (i, a) in args.iter().enumerate() {
                let ast::ExprKind::Ident(n) = &a.kind else {
                    self.error(a.span.lo, "receiver type parameter must be an identifier");
                    continue;
                };
                let obj = self.new_obj(n, ObjKind::TypeName, INVALID, a.span.lo);
                let t = self.p.types.new_tparam(obj, i);
                self.p.objs.get_mut(obj).ty = t;
                let id = Ident { name: n.clone(), span: a.span };
                self.declare(self.scope, &id, obj);
                tps.push(t);
            }
            if orig_tps.len() != tps.len() {
                self.error(
                    e.span.lo,
                    format!(
                        "receiver declares {} type parameters, but receiver base type declares {}",
                        tps.len(),
                        orig_tps.len()
                    ),
                );
            }
            // Constraints are the generic type's, substituted.
            let map: Vec<(TypeId, TypeId)> = orig_tps.iter().copied().zip(tps.iter().copied()).collect();
            for (o, n) in &map {
                let c = self.p.types.tparam_info(*o).map_or(INVALID, |i| i.constraint);
                let c = self.subst(c, &map);
                if let Type::TypeParam(k) = *self.p.types.get(*n) {
                    self.p.types.tparams[k as usize].constraint = c;
                }
            }
            let inst = self.instantiate(bt, tps.clone(), e.span.lo);
            let rt = if ptr { self.p.types.pointer(inst) } else { inst };
            self.record(&recv.ty, Mode::TypeExpr, rt, None);
            return (rt, ptr, bt, tps);
        }
        let base = self.typexpr(e);
        if base != INVALID {
            match self.p.types.get(base) {
                Type::Named(_) => {
                    let o = self.p.objs.get(self.p.types.named_info(base).unwrap().obj);
                    if o.pkg != Some(self.pkg) {
                        let ts = self.ts(base);
                        self.error(e.span.lo, format!("cannot define new methods on non-local type {ts}"));
                    } else if self.p.types.is_interface(base)
                        || matches!(self.p.types.under_type(base), Type::Pointer(_))
                    {
                        let ts = self.ts(base);
                        self.error(e.span.lo, format!("invalid receiver type {ts} (pointer or interface type)"));
                    }
                }
                Type::Basic(_) => {
                    let ts = self.ts(base);
                    self.error(e.span.lo, format!("cannot define new methods on non-local type {ts}"));
                }
                _ => {
                    let ts = self.ts(base);
                    self.error(e.span.lo, format!("invalid receiver type {ts}"));
                }
            }
        }
        let rt = if ptr { self.p.types.pointer(base) } else { base };
        self.record(&recv.ty, Mode::TypeExpr, rt, None);
        (rt, ptr, base, vec![])
    }

    /// A signature from its syntax; params and results are declared in the
    /// current scope when `declare` (function bodies) is set later.
    pub fn signature(&mut self, ft: &'a ast::FuncType, _declare: bool) -> Signature {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let t = match &f.ty.kind {
                ast::ExprKind::Ellipsis(Some(elem)) => {
                    if i != n - 1 || f.names.len() > 1 {
                        self.error(f.ty.span.lo, "can only use ... with final parameter in list");
                    } else {
                        variadic = true;
                    }
                    let et = self.typexpr(elem);
                    let st = self.p.types.slice(et);
                    self.record(&f.ty, Mode::TypeExpr, st, None);
                    st
                }
                _ => self.typexpr(&f.ty),
            };
            if f.names.is_empty() {
                params.push(Param { name: String::new(), ty: t });
            }
            for nm in &f.names {
                params.push(Param { name: nm.name.clone(), ty: t });
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            if let ast::ExprKind::Ellipsis(_) = f.ty.kind {
                self.error(f.ty.span.lo, "can only use ... with final parameter in list");
            }
            let t = self.typexpr(&f.ty);
            if f.names.is_empty() {
                results.push(Param { name: String::new(), ty: t });
            }
            for nm in &f.names {
                results.push(Param { name: nm.name.clone(), ty: t });
            }
        }
        Signature { params, results, variadic, tparams: vec![] }
    }

    /// Declares a function's parameters and results in its scope and checks
    /// its body (types2's `funcBody`).
    pub fn func_body(&mut self, obj: ObjId, fd: &'a ast::FuncDecl, sig_t: TypeId, scope: usize) {
        let Some(body) = &fd.body else { return };
        let saved = (self.scope, std::mem::take(&mut self.fctx), std::mem::take(&mut self.locals), self.deps.take());
        self.scope = scope;
        self.deps = Some(Default::default());
        if let Some(Some((Some((name, pos)), rt))) = self.recv_of.get(&obj).cloned() {
            let id = Ident { name, span: crate::source::Span::new(pos, pos) };
            let o = self.new_obj(
                &id.name,
                ObjKind::Var(VarInfo { param: true, used: true, ..Default::default() }),
                rt,
                pos,
            );
            self.declare(scope, &id, o);
        }
        let results = self.declare_params(&fd.sig, sig_t);
        self.fctx = FuncCtx { sig: Some(sig_t), results, scope };
        self.stmt_list(&body.stmts);
        let has_results = self.p.types.signature(sig_t).is_some_and(|s| !s.results.is_empty());
        if has_results && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace.lo, "missing return");
        }
        self.labels(&body.stmts, body.span.lo);
        self.report_unused();
        let d = self.deps.take().unwrap_or_default();
        self.obj_deps.entry(obj).or_default().extend(d);
        (self.scope, self.fctx, self.locals, self.deps) = saved;
    }

    /// Declares parameters and results of a signature in the current scope;
    /// returns the result variables.
    pub fn declare_params(&mut self, ft: &'a ast::FuncType, sig_t: TypeId) -> Vec<ObjId> {
        let sig = self.p.types.signature(sig_t).cloned().unwrap_or(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
            tparams: vec![],
        });
        self.declare_fields(&ft.params, &sig.params);
        self.declare_fields(&ft.results, &sig.results)
    }

    /// Declares the named parameters (or results) of `fields`, whose types
    /// are in `params`; returns their objects.
    fn declare_fields(&mut self, fields: &'a [ast::Field], params: &[Param]) -> Vec<ObjId> {
        let mut objs = Vec::new();
        let mut k = 0;
        for f in fields {
            if f.names.is_empty() {
                k += 1;
            }
            for n in &f.names {
                let ty = params.get(k).map_or(INVALID, |p| p.ty);
                let kind = ObjKind::Var(VarInfo { param: true, used: true, ..Default::default() });
                let o = self.new_obj(&n.name, kind, ty, n.span.lo);
                self.declare(self.scope, n, o);
                objs.push(o);
                k += 1;
            }
        }
        objs
    }

    /// `declared and not used: x` for every unused local of the function.
    pub fn report_unused(&mut self) {
        let mut unused: Vec<(u32, String)> = self
            .locals
            .iter()
            .filter_map(|&o| {
                let obj = self.p.objs.get(o);
                match &obj.kind {
                    ObjKind::Var(v) if !v.used && obj.name != "_" => Some((obj.pos, obj.name.clone())),
                    _ => None,
                }
            })
            .collect();
        unused.sort();
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    pub fn set_func_ctx(&mut self, ctx: FuncCtx) -> FuncCtx {
        std::mem::replace(&mut self.fctx, ctx)
    }
}
