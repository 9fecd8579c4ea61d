//! Type expressions (types2's `typexpr.go`, `struct.go`, `interface.go`,
//! `instantiate.go`, `subst.go`): syntax to `TypeId`, instantiation of
//! generic types and substitution of type parameters.
//!
//! Instances are cached by (generic type, arguments), so `List[int]`
//! written twice is one type. An instance made while its generic type is
//! still being declared (`type List[T any] struct{ next *List[T] }`) gets
//! its underlying type when the declaration completes.

use super::Mode;
use super::check::Checker;
use super::object::*;
use super::typ::*;
use crate::syntax::ast::{self, Expr, ExprKind};
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    /// Checks a type expression and returns its type (INVALID after an error).
    pub fn typexpr(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typexpr_inner(e, false);
        if t != INVALID
            && let Some(info) = self.p.types.named_info(t)
            && !info.tparams.is_empty()
            && info.origin.is_none()
        {
            let s = self.generic_type_string(t);
            self.error(e.span.lo, format!("cannot use generic type {s} without instantiation"));
            return INVALID;
        }
        self.record(e, Mode::TypeExpr, t, None);
        t
    }

    /// A constraint position, where `comparable` and type sets are allowed.
    pub fn typexpr_constraint(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typexpr_inner(e, true);
        self.record(e, Mode::TypeExpr, t, None);
        t
    }

    /// The generic type named by the base of `G[...]`.
    pub fn typexpr_generic_base(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typexpr_inner(e, false);
        self.record(e, Mode::TypeExpr, t, None);
        t
    }

    /// `List[T any]` as gc prints a generic type in messages.
    pub fn generic_type_string(&self, t: TypeId) -> String {
        let info = self.p.types.named_info(t).unwrap();
        let name = self.ts(t);
        let params: Vec<String> = info
            .tparams
            .iter()
            .map(|&tp| {
                let c = self.p.types.tparam_info(tp).map_or(INVALID, |i| i.constraint);
                format!("{} {}", self.ts(tp), self.ts(c))
            })
            .collect();
        format!("{name}[{}]", params.join(", "))
    }

    pub(super) fn typexpr_inner(&mut self, e: &'a Expr, constraint: bool) -> TypeId {
        match &e.kind {
            ExprKind::Ident(name) => {
                let Some(obj) = self.resolve(name) else {
                    self.error(e.span.lo, format!("undefined: {name}"));
                    return INVALID;
                };
                self.record_use(e.id, obj);
                self.type_of_obj(obj, e, constraint)
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pname) = &x.kind
                    && let Some(pobj) = self.resolve(pname)
                    && let ObjKind::PkgName(pid) = self.p.objs.get(pobj).kind
                {
                    self.record_use(x.id, pobj);
                    let scope = self.p.pkgs[pid.0 as usize].scope;
                    let Some(obj) = self.p.objs.lookup_local(scope, &sel.name).filter(|_| is_exported(&sel.name))
                    else {
                        self.error(e.span.lo, format!("undefined: {pname}.{}", sel.name));
                        return INVALID;
                    };
                    self.record_use(e.id, obj);
                    return self.type_of_obj(obj, e, constraint);
                }
                let s = crate::syntax::dump::expr_string(e);
                self.error(e.span.lo, format!("{s} is not a type"));
                INVALID
            }
            ExprKind::Paren(x) => self.typexpr_inner(x, constraint),
            ExprKind::Star(x) => {
                let t = self.typexpr(x);
                if t == INVALID {
                    return INVALID;
                }
                self.p.types.pointer(t)
            }
            ExprKind::Index(base, args) => {
                let bt = self.typexpr_generic_base(base);
                if bt == INVALID {
                    return INVALID;
                }
                let is_generic =
                    self.p.types.named_info(bt).is_some_and(|i| !i.tparams.is_empty() && i.origin.is_none());
                if !is_generic {
                    let s = self.ts(bt);
                    self.error(base.span.lo, format!("{s} is not a generic type"));
                    return INVALID;
                }
                let targs: Vec<TypeId> = args.iter().map(|a| self.typexpr(a)).collect();
                if targs.contains(&INVALID) {
                    return INVALID;
                }
                let n = self.p.types.named_info(bt).unwrap().tparams.len();
                if targs.len() != n {
                    let (few, pos) =
                        if targs.len() < n { ("not enough", e.span.lo) } else { ("too many", args[n].span.lo) };
                    self.error(
                        pos,
                        format!(
                            "{few} type arguments for type {}: have {}, want {n}",
                            self.p.objs.get(self.p.types.named_info(bt).unwrap().obj).name,
                            targs.len()
                        ),
                    );
                    return INVALID;
                }
                let t = self.instantiate(bt, targs.clone(), e.span.lo);
                self.verify_targs(bt, &targs, args.iter().map(|a| a.span.lo).collect(), true);
                t
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.typexpr(elem);
                self.p.types.slice(t)
            }
            ExprKind::ArrayType { len: Some(len), elem } => {
                if let ExprKind::Ellipsis(None) = len.kind {
                    self.error(len.span.lo, "invalid use of [...] array (outside a composite literal)");
                    self.typexpr(elem);
                    return INVALID;
                }
                let n = self.array_length(len);
                let t = self.typexpr(elem);
                match n {
                    Some(n) if t != INVALID => self.p.types.intern(Type::Array(n, t)),
                    _ => INVALID,
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.typexpr(k);
                let vt = self.typexpr(v);
                if kt != INVALID && !self.p.types.is_tparam(kt) && !self.comparable_later(kt) {
                    let s = self.ts(kt);
                    self.error(k.span.lo, format!("invalid map key type {s}"));
                    return INVALID;
                }
                if kt == INVALID || vt == INVALID {
                    return INVALID;
                }
                self.p.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let t = self.typexpr(elem);
                let d = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.p.types.intern(Type::Chan(d, t))
            }
            ExprKind::FuncType(ft) => {
                let saved = self.scope;
                self.open_scope(true);
                let sig = self.signature(ft, false);
                self.scope = saved;
                self.p.types.intern(Type::Signature(sig))
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Bad => INVALID,
            _ => {
                let s = crate::syntax::dump::expr_string(e);
                self.error(e.span.lo, format!("{s} is not a type"));
                INVALID
            }
        }
    }

    /// Map keys of named types still being declared are checked leniently
    /// (their underlying type may not be known yet).
    pub(super) fn comparable_later(&self, t: TypeId) -> bool {
        if self.p.types.under(t) == INVALID {
            return true;
        }
        self.p.comparable(t)
    }

    pub(super) fn type_of_obj(&mut self, obj: ObjId, e: &'a Expr, constraint: bool) -> TypeId {
        let o = self.p.objs.get(obj);
        if !o.is_type() {
            let name = crate::syntax::dump::expr_string(e);
            // What the name is, as types2 describes objects.
            let what = match &o.kind {
                ObjKind::Var(v) if v.global => " (package-level variable)",
                ObjKind::Var(_) => " (local variable)",
                ObjKind::Const(_) => " (constant)",
                ObjKind::Func(_) => " (function)",
                ObjKind::Builtin(_) => " (built-in)",
                _ => "",
            };
            if o.name == "_" {
                self.error(e.span.lo, "cannot use _ as value or type");
            } else {
                self.error(e.span.lo, format!("{name}{what} is not a type"));
            }
            // The name was used, even if wrongly.
            if let ObjKind::Var(v) = &mut self.p.objs.get_mut(obj).kind {
                v.used = true;
            }
            return INVALID;
        }
        if o.ty == INVALID || self.decls.contains_key(&obj) {
            self.obj_decl(obj);
        }
        let t = self.p.objs.get(obj).ty;
        if !constraint && Some(obj) == self.p.comparable_obj {
            self.error(
                e.span.lo,
                "cannot use type comparable outside a type constraint: interface is (or embeds) comparable",
            );
            return INVALID;
        }
        if !constraint && self.p.types.is_interface(t) {
            let ts = self.p.type_set(t);
            if ts.terms.is_some() || ts.comparable {
                let s = self.ts(t);
                self.error(
                    e.span.lo,
                    format!("cannot use type {s} outside a type constraint: interface contains type constraints"),
                );
                return INVALID;
            }
        }
        t
    }

    /// The length of an array type: a non-negative integer constant.
    pub(super) fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        // A name that is not a constant is reported without using it (types2).
        if let ExprKind::Ident(name) = &len.kind
            && let Some((_, o)) = self.p.objs.lookup(self.scope, name)
            && !matches!(self.p.objs.get(o).kind, ObjKind::Const(_))
        {
            self.error(len.span.lo, format!("invalid array length {name}"));
            return None;
        }
        let x = self.expr(len, None);
        if x.mode != Mode::Constant {
            if x.ty != INVALID {
                let s = crate::syntax::dump::expr_string(len);
                if x.mode == Mode::TypeExpr {
                    self.error(len.span.lo, format!("invalid array length {s}"));
                } else {
                    self.error(
                        len.span.lo,
                        format!("array length {s} (value of type {}) must be constant", self.ts(x.ty)),
                    );
                }
            }
            return None;
        }
        let v = x.val.clone().unwrap_or(super::constant::Value::Unknown);
        let is_int = self.p.types.as_basic(x.ty).is_some_and(|b| b.is_integer()) || self.p.types.is_untyped(x.ty);
        match v.to_int().and_then(|i| i.to_i64()) {
            Some(n) if n >= 0 && is_int => Some(n as u64),
            Some(_) if is_int => {
                let s = crate::syntax::dump::expr_string(len);
                self.error(len.span.lo, format!("invalid array length {s} (untyped int constant {})", v));
                None
            }
            _ => {
                let d = self.describe(&x);
                self.error(len.span.lo, format!("array length {d} must be integer"));
                None
            }
        }
    }

    pub(super) fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: Vec<(String, u32)> = Vec::new();
        for f in fields {
            let t = self.typexpr(&f.ty);
            let tag = f.tag.clone().unwrap_or_default();
            let mut add = |c: &mut Self, name: String, pos: u32, embedded: bool| {
                if name != "_" {
                    if let Some((_, p)) = seen.iter().find(|(n, _)| *n == name) {
                        let pp = c.map.position(*p);
                        c.error(
                            pos,
                            format!(
                                "{name} redeclared\n\t{}:{}:{}: other declaration of {name}",
                                pp.file, pp.line, pp.col
                            ),
                        );
                    }
                    seen.push((name.clone(), pos));
                }
                let kind = ObjKind::Var(VarInfo { field: true, embedded, used: true, ..Default::default() });
                let obj = c.new_obj(&name, kind, t, pos);
                let pkg = if is_exported(&name) { None } else { Some(c.pkg) };
                out.push(Field { name, ty: t, embedded, tag: tag.clone(), pkg, obj });
                obj
            };
            if f.names.is_empty() {
                // Embedded: the field's name is the type's name.
                let mut te = &f.ty;
                if let ExprKind::Star(x) = &te.kind {
                    te = x;
                }
                if let ExprKind::Index(x, _) = &te.kind {
                    te = x;
                }
                let name = match &te.kind {
                    ExprKind::Ident(n) => n.clone(),
                    ExprKind::Selector(_, s) => s.name.clone(),
                    _ => "?".into(),
                };
                if t != INVALID
                    && let Type::Pointer(e) = self.p.types.get(t)
                    && (self.p.types.is_interface(*e) || matches!(self.p.types.under_type(*e), Type::Pointer(_)))
                {
                    self.error(f.ty.span.lo, "embedded field type cannot be a pointer to an interface");
                }
                let obj = add(self, name, f.ty.span.lo, true);
                self.p.info.defs.insert(f.ty.span.lo, obj);
            } else {
                for n in &f.names {
                    let obj = add(self, n.name.clone(), n.span.lo, false);
                    self.record_def(n, obj);
                }
            }
        }
        self.p.types.intern(Type::Struct(out))
    }

    pub(super) fn interface_type(&mut self, elems: &'a [ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut embeddeds = Vec::new();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let saved = self.scope;
                    self.open_scope(true);
                    let s = self.signature(sig, false);
                    self.scope = saved;
                    let st = self.p.types.intern(Type::Signature(s));
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span.lo, format!("duplicate method {}", name.name));
                        continue;
                    }
                    let obj = self.new_obj(&name.name, ObjKind::Func(FuncInfo::default()), st, name.span.lo);
                    self.record_def(name, obj);
                    methods.push(Method { name: name.name.clone(), sig: st, obj });
                }
                ast::InterfaceElem::Union(terms) => {
                    if terms.len() == 1 && !terms[0].tilde {
                        let t = self.typexpr_constraint(&terms[0].ty);
                        if t != INVALID {
                            embeddeds.push(Embedded::Type(t));
                        }
                        continue;
                    }
                    let mut ts = Vec::new();
                    for term in terms {
                        let t = self.typexpr_constraint(&term.ty);
                        if t == INVALID {
                            continue;
                        }
                        if term.tilde && self.p.types.under(t) != t {
                            let s = self.ts(t);
                            let u = self.ts(self.p.types.under(t));
                            self.error(
                                term.ty.span.lo,
                                format!("invalid use of ~ ({u} is the underlying type of {s})"),
                            );
                        }
                        ts.push(Term { tilde: term.tilde, ty: t });
                    }
                    embeddeds.push(Embedded::Union(ts));
                }
            }
        }
        self.p.types.interface(methods, embeddeds)
    }

    // ------------------------------------------------------------ generics

    /// The instance `orig[targs]` (cached).
    pub fn instantiate(&mut self, orig: TypeId, targs: Vec<TypeId>, _pos: u32) -> TypeId {
        let key = (orig, targs.clone());
        if let Some(&t) = self.p.types.instances.get(&key) {
            return t;
        }
        let Some(info) = self.p.types.named_info(orig).filter(|i| !i.tparams.is_empty()).cloned() else {
            return INVALID;
        };
        if info.alias {
            let map: Vec<(TypeId, TypeId)> = info.tparams.iter().copied().zip(targs.iter().copied()).collect();
            return self.subst(info.underlying, &map);
        }
        let obj = info.obj;
        let inst = self.p.types.new_named(obj);
        self.p.types.named_info_mut(inst).unwrap().origin = Some((orig, targs));
        self.p.types.instances.insert(key, inst);
        self.pending_instances.push(inst);
        self.complete_instances();
        inst
    }

    /// Gives pending instances their underlying types and method signatures
    /// once their generic types are complete.
    pub fn complete_instances(&mut self) {
        // Re-entrant: substitution may instantiate (and complete) more types,
        // so each instance is taken off the list before it is processed.
        loop {
            let ready = self.pending_instances.iter().position(|&inst| {
                let (orig, _) = self.p.types.named_info(inst).unwrap().origin.clone().unwrap();
                let oinfo = self.p.types.named_info(orig).unwrap();
                oinfo.underlying != INVALID && !self.in_progress(oinfo.obj)
            });
            let Some(i) = ready else { return };
            let inst = self.pending_instances.swap_remove(i);
            let (orig, targs) = self.p.types.named_info(inst).unwrap().origin.clone().unwrap();
            let oinfo = self.p.types.named_info(orig).unwrap().clone();
            let map: Vec<(TypeId, TypeId)> = oinfo.tparams.iter().copied().zip(targs.iter().copied()).collect();
            let u = self.subst(oinfo.underlying, &map);
            let u = self.p.types.under(u);
            self.p.types.named_info_mut(inst).unwrap().underlying = u;
            for m in &oinfo.methods {
                let recv_tps = self.method_recv_tparams(*m);
                let mmap: Vec<(TypeId, TypeId)> = recv_tps.iter().copied().zip(targs.iter().copied()).collect();
                let sig = self.p.objs.get(*m).ty;
                let s = self.subst(sig, &mmap);
                self.p.inst_method_sigs.insert((inst, *m), s);
            }
        }
    }

    /// Instances made while the generic type's methods were still being
    /// declared get the signatures of all its methods.
    pub fn refresh_instance_methods(&mut self, orig: TypeId) {
        let insts: Vec<(Vec<TypeId>, TypeId)> =
            self.p.types.instances.iter().filter(|(k, _)| k.0 == orig).map(|(k, &v)| (k.1.clone(), v)).collect();
        let methods = self.p.types.named_info(orig).map(|i| i.methods.clone()).unwrap_or_default();
        for (targs, inst) in insts {
            for &m in &methods {
                if self.p.inst_method_sigs.contains_key(&(inst, m)) {
                    continue;
                }
                let recv_tps = self.method_recv_tparams(m);
                let mmap: Vec<(TypeId, TypeId)> = recv_tps.iter().copied().zip(targs.iter().copied()).collect();
                let sig = self.p.objs.get(m).ty;
                let s = self.subst(sig, &mmap);
                self.p.inst_method_sigs.insert((inst, m), s);
            }
        }
    }

    pub(super) fn in_progress(&self, obj: ObjId) -> bool {
        // A type whose methods are still pending is not complete.
        self.pending_methods.contains_key(&obj) && self.p.objs.get(obj).ty != INVALID && {
            let t = self.p.objs.get(obj).ty;
            self.p.types.named_info(t).is_some_and(|i| i.underlying == INVALID)
        }
    }

    /// The type parameters a method declares in its receiver (`T` of
    /// `func (l *List[T]) ...`).
    pub fn method_recv_tparams(&self, m: ObjId) -> Vec<TypeId> {
        self.recv_tparams.get(&m).cloned().unwrap_or_default()
    }

    /// Replaces type parameters by types (types2's `subst`).
    pub fn subst(&mut self, t: TypeId, map: &[(TypeId, TypeId)]) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    pub(super) fn subst_depth(&mut self, t: TypeId, map: &[(TypeId, TypeId)], depth: u32) -> TypeId {
        if depth > 100 {
            return t;
        }
        let d = depth + 1;
        match self.p.types.get(t).clone() {
            Type::TypeParam(_) => map.iter().find(|(p, _)| *p == t).map_or(t, |(_, a)| *a),
            Type::Basic(_) => t,
            Type::Pointer(e) => {
                let e2 = self.subst_depth(e, map, d);
                self.p.types.intern(Type::Pointer(e2))
            }
            Type::Slice(e) => {
                let e2 = self.subst_depth(e, map, d);
                self.p.types.intern(Type::Slice(e2))
            }
            Type::Array(n, e) => {
                let e2 = self.subst_depth(e, map, d);
                self.p.types.intern(Type::Array(n, e2))
            }
            Type::Map(k, v) => {
                let k2 = self.subst_depth(k, map, d);
                let v2 = self.subst_depth(v, map, d);
                self.p.types.intern(Type::Map(k2, v2))
            }
            Type::Chan(dir, e) => {
                let e2 = self.subst_depth(e, map, d);
                self.p.types.intern(Type::Chan(dir, e2))
            }
            Type::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|mut f| {
                        f.ty = self.subst_depth(f.ty, map, d);
                        f
                    })
                    .collect();
                self.p.types.intern(Type::Struct(fields))
            }
            Type::Signature(mut s) => {
                for p in s.params.iter_mut().chain(s.results.iter_mut()) {
                    p.ty = self.subst_depth(p.ty, map, d);
                }
                s.tparams.clear();
                self.p.types.intern(Type::Signature(s))
            }
            Type::Tuple(v) => {
                let v = v.into_iter().map(|x| self.subst_depth(x, map, d)).collect();
                self.p.types.intern(Type::Tuple(v))
            }
            Type::Interface(iface) => {
                if !self.mentions_tparams(t, map) {
                    return t;
                }
                let methods = iface
                    .methods
                    .into_iter()
                    .map(|mut m| {
                        m.sig = self.subst_depth(m.sig, map, d);
                        m
                    })
                    .collect();
                let embeddeds = iface
                    .embeddeds
                    .into_iter()
                    .map(|e| match e {
                        Embedded::Type(x) => Embedded::Type(self.subst_depth(x, map, d)),
                        Embedded::Union(terms) => Embedded::Union(
                            terms
                                .into_iter()
                                .map(|tm| Term { tilde: tm.tilde, ty: self.subst_depth(tm.ty, map, d) })
                                .collect(),
                        ),
                    })
                    .collect();
                self.p.types.interface(methods, embeddeds)
            }
            Type::Named(_) => {
                let info = self.p.types.named_info(t).unwrap().clone();
                match info.origin {
                    Some((orig, args)) => {
                        let args2: Vec<TypeId> = args.iter().map(|&a| self.subst_depth(a, map, d)).collect();
                        if args2 == args { t } else { self.instantiate(orig, args2, 0) }
                    }
                    None => t,
                }
            }
        }
    }

    /// Does `t` mention any of the type parameters `tps`?
    pub(super) fn mentions(&self, t: TypeId, tps: &[TypeId]) -> bool {
        let map: Vec<(TypeId, TypeId)> = tps.iter().map(|&t| (t, t)).collect();
        self.mentions_tparams(t, &map)
    }

    /// Does `t` mention a type parameter substituted by `map`?
    pub(super) fn mentions_tparams(&self, t: TypeId, map: &[(TypeId, TypeId)]) -> bool {
        let mut stack = vec![t];
        let mut seen = 0;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > 1000 {
                return true;
            }
            if map.iter().any(|(p, _)| *p == x) {
                return true;
            }
            match self.p.types.get(x) {
                Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => stack.push(*e),
                Type::Map(k, v) => stack.extend([*k, *v]),
                Type::Struct(f) => stack.extend(f.iter().map(|f| f.ty)),
                Type::Signature(s) => stack.extend(s.params.iter().chain(&s.results).map(|p| p.ty)),
                Type::Tuple(v) => stack.extend(v.iter().copied()),
                Type::Interface(i) => {
                    stack.extend(i.methods.iter().map(|m| m.sig));
                    for e in &i.embeddeds {
                        match e {
                            Embedded::Type(x) => stack.push(*x),
                            Embedded::Union(ts) => stack.extend(ts.iter().map(|t| t.ty)),
                        }
                    }
                }
                Type::Named(_) => {
                    if let Some((_, args)) = &self.p.types.named_info(x).unwrap().origin {
                        stack.extend(args.iter().copied());
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Checks type arguments against their constraints, reporting gc's
    /// `T does not satisfy C (...)`.
    pub fn verify_targs(&mut self, generic: TypeId, targs: &[TypeId], pos: Vec<u32>, is_type: bool) -> bool {
        let tparams: Vec<TypeId> = if is_type {
            self.p.types.named_info(generic).map(|i| i.tparams.clone()).unwrap_or_default()
        } else {
            self.p.types.signature(generic).map(|s| s.tparams.clone()).unwrap_or_default()
        };
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let c = self.p.types.tparam_info(tp).map_or(INVALID, |x| x.constraint);
            let c = self.subst(c, &map);
            if let Some(why) = self.satisfies(ta, c) {
                let p = pos.get(i).copied().or(pos.last().copied()).unwrap_or(0);
                self.error(p, why);
                return false;
            }
        }
        true
    }

    /// Why type `t` does not satisfy constraint `c`, or None.
    pub fn satisfies(&self, t: TypeId, c: TypeId) -> Option<String> {
        let ts = self.p.type_set(c);
        let tstr = self.ts(t);
        let cstr = self.ts(c);
        if let Some(terms) = &ts.terms {
            if terms.is_empty() {
                return Some(format!("cannot satisfy {cstr} (empty type set)"));
            }
            let ok = if self.p.types.is_tparam(t) {
                let tts = self.p.type_set(t);
                tts.terms
                    .as_ref()
                    .is_some_and(|tt| tt.iter().all(|x| terms.iter().any(|y| self.p.term_includes(y, x.ty))))
            } else {
                terms.iter().any(|x| self.p.term_includes(x, t))
            };
            if !ok {
                return Some(format!(
                    "{tstr} does not satisfy {cstr} ({tstr} missing in {})",
                    self.p.terms_string(terms)
                ));
            }
        }
        if ts.comparable && !self.p.comparable(t) {
            return Some(format!("{tstr} does not satisfy comparable"));
        }
        if !ts.methods.is_empty()
            && let Some(why) = self.p.missing_method(t, c)
        {
            return Some(format!("{tstr} does not satisfy {cstr} {why}"));
        }
        None
    }
}

pub fn is_exported(name: &str) -> bool {
    super::predicates::is_exported(name)
}
