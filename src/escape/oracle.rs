//! What is known statically about local variables (gc's
//! `ir.ReassignOracle`, `StaticValue`, `StaticCalleeName` and the
//! devirtualizer's `concreteType`).
//!
//! A local variable assigned only by its declaration (and never
//! address-taken) has a static value: its initialiser. gc uses that to call
//! a function held in such a variable directly (with its parameter tags),
//! to replace a constant-valued operand of an interface conversion or a
//! `make` size with the literal (`n := 300; fmt.Println(n)` reports `300
//! escapes to heap`), and to devirtualize an interface method call whose
//! receiver only ever holds one concrete type.
//!
//! Invariant: facts are gathered over a whole top-level function, its
//! literals included (an assignment inside a closure counts).

use super::Ctx;
use super::funcs::is_field_key;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::constant::Value;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type, TypeId};
use std::collections::{HashMap, HashSet};

/// How a variable was defined.
#[derive(Clone, Copy)]
pub(super) enum Def<'a> {
    /// `x := e`, `var x = e`, `a, b := e1, e2`: the value expression.
    Value(&'a Expr),
    /// Parameters and other definitions without one expression.
    Other,
}

#[derive(Default)]
pub(super) struct Oracle<'a> {
    /// Variables with a single definition.
    single: HashMap<ObjId, Def<'a>>,
    /// Func-typed locals: every value assigned (`None`: not all by `=`).
    func_assigns: HashMap<ObjId, Option<Vec<&'a Expr>>>,
    pub addrtaken: HashSet<ObjId>,
    /// Parameters and results (gc's static values are of PAUTO variables).
    params: HashSet<ObjId>,
    /// Every value assigned to each interface-typed local (None: an
    /// assignment from a value of unknown type).
    iface_assigns: HashMap<ObjId, Vec<Option<IfaceSrc<'a>>>>,
}

#[derive(Clone, Copy)]
pub(super) enum IfaceSrc<'a> {
    Expr(&'a Expr),
    Type(TypeId),
}

impl<'a> Oracle<'a> {
    pub fn build(p: &Program, file: &'a File) -> Oracle<'a> {
        let mut b = Builder { p, o: Oracle::default(), defs: HashMap::new() };
        for d in &file.decls {
            if let Decl::Func(fd) = d
                && let Some(body) = &fd.body
            {
                let params = fd.recv.iter().chain(fd.sig.params.iter()).flat_map(|f| f.names.iter());
                for n in params {
                    if let Some(&o) = p.info.defs.get(&n.span.lo) {
                        b.defs.insert(o, (None, Def::Other));
                    }
                }
                b.sig_params(&fd.sig);
                b.stmts(&body.stmts);
            }
        }
        b.finish()
    }

    fn local(&self, p: &Program, e: &Expr) -> Option<ObjId> {
        let e = super::gcfmt::strip(e);
        let ExprKind::Ident(_) = &e.kind else { return None };
        let o = *p.info.uses.get(&e.id)?;
        matches!(&p.objs.get(o).kind, ObjKind::Var(v) if !v.global && !v.field).then_some(o)
    }

    /// gc's `StaticValue`: follows single-definition locals to their value.
    pub fn static_value(&self, p: &Program, mut e: &'a Expr) -> &'a Expr {
        for _ in 0..100 {
            e = super::gcfmt::strip(e);
            if let ExprKind::Call { fun, args, .. } = &e.kind
                && args.len() == 1
                && conv_nop(p, fun, e, &args[0])
            {
                e = &args[0];
                continue;
            }
            match self.local(p, e).and_then(|o| self.single.get(&o)) {
                Some(Def::Value(v)) => e = v,
                _ => return e,
            }
        }
        e
    }

    /// The constant a variable holds, if its static value is one.
    pub fn constant_value(&self, cx: &Ctx<'a>, o: ObjId) -> Option<Value> {
        let Some(Def::Value(v)) = self.single.get(&o) else { return None };
        let v = self.static_value(cx.p, v);
        cx.p.info.types.get(&v.id)?.val.clone()
    }

    /// The functions a call of `fun` may call (gc's `StaticCalleeName`
    /// and `resolveAssignedCallees`): empty when unknown.
    pub fn callees(&self, p: &Program, fun: &'a Expr) -> Vec<Callee<'a>> {
        let v = self.static_value(p, fun);
        if let Some(c) = static_callee(p, v) {
            return vec![c];
        }
        let Some(o) = self.local(p, v) else { return Vec::new() };
        let Some(Some(assigns)) = self.func_assigns.get(&o) else { return Vec::new() };
        let mut out = Vec::new();
        for a in assigns {
            match static_callee(p, a) {
                Some(c) => out.push(c),
                None => return Vec::new(),
            }
        }
        out
    }

    /// gc's `concreteType`: the one concrete type an interface-typed
    /// expression can hold, if known.
    pub fn concrete_type(&self, p: &Program, e: &'a Expr) -> Option<TypeId> {
        let mut seen = HashSet::new();
        match self.concrete1(p, IfaceSrc::Expr(e), &mut seen) {
            Conc::Type(t) => Some(t),
            _ => None,
        }
    }

    fn concrete1(&self, p: &Program, src: IfaceSrc<'a>, seen: &mut HashSet<ObjId>) -> Conc {
        let mut e = match src {
            IfaceSrc::Type(t) => return if p.types.is_interface(t) { Conc::Unknown } else { Conc::Type(t) },
            IfaceSrc::Expr(e) => e,
        };
        loop {
            // An implicit conversion to an interface holds its operand's type.
            if p.info.conversions.contains_key(&e.id) {
                return p.info.types.get(&e.id).map_or(Conc::Unknown, |t| Conc::Type(t.ty));
            }
            let Some(t) = p.info.types.get(&e.id).map(|t| t.ty) else { return Conc::Unknown };
            if !p.types.is_interface(t) {
                return Conc::Type(t);
            }
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                ExprKind::TypeAssert(x, Some(_)) => e = x,
                ExprKind::Call { fun, args, .. }
                    if args.len() == 1
                        && p.info.types.get(&fun.id).is_some_and(|t| t.mode == crate::types::Mode::TypeExpr) =>
                {
                    e = &args[0]
                }
                _ => break,
            }
        }
        let Some(o) = self.local(p, e) else { return Conc::Unknown };
        if self.addrtaken.contains(&o) || self.params.contains(&o) || !self.iface_assigns.contains_key(&o) {
            return Conc::Unknown;
        }
        if !seen.insert(o) {
            return Conc::None;
        }
        let mut typ = None;
        for a in &self.iface_assigns[&o] {
            let t = match a {
                None => return Conc::Unknown,
                Some(src) => match self.concrete1(p, *src, seen) {
                    Conc::None => continue,
                    Conc::Unknown => return Conc::Unknown,
                    Conc::Type(t) => t,
                },
            };
            if typ.is_some_and(|x| x != t) {
                return Conc::Unknown;
            }
            typ = Some(t);
        }
        typ.map_or(Conc::None, Conc::Type)
    }
}

enum Conc {
    Type(TypeId),
    /// No assignment (gc's `noType`).
    None,
    Unknown,
}

/// A statically known callee.
#[derive(Clone, Copy, Debug)]
pub(super) enum Callee<'a> {
    /// A declared function or method.
    Func(ObjId),
    /// A function literal.
    Lit(&'a Expr),
}

fn static_callee<'a>(p: &Program, e: &'a Expr) -> Option<Callee<'a>> {
    let e = super::gcfmt::strip(e);
    match &e.kind {
        ExprKind::FuncLit { .. } => Some(Callee::Lit(e)),
        ExprKind::Ident(_) => {
            let o = *p.info.uses.get(&e.id)?;
            matches!(p.objs.get(o).kind, ObjKind::Func(_)).then_some(Callee::Func(o))
        }
        ExprKind::Selector(x, _) => {
            if let Some(s) = p.info.selections.get(&e.id) {
                return (super::is_method_expr(p, e) && !p.types.is_interface(s.recv)).then_some(Callee::Func(s.obj));
            }
            let _ = x;
            let o = *p.info.uses.get(&e.id)?;
            matches!(p.objs.get(o).kind, ObjKind::Func(_)).then_some(Callee::Func(o))
        }
        ExprKind::Index(x, _) if p.info.instances.contains_key(&x.id) => static_callee(p, x),
        _ => None,
    }
}

/// `T(x)` that only changes the type, not the representation (gc's
/// `OCONVNOP`): identical underlying types, neither an interface.
pub(super) fn conv_nop(p: &Program, fun: &Expr, call: &Expr, arg: &Expr) -> bool {
    if !p.info.types.get(&fun.id).is_some_and(|t| t.mode == crate::types::Mode::TypeExpr) {
        return false;
    }
    let (Some(to), Some(from)) = (p.info.types.get(&call.id), p.info.types.get(&arg.id)) else { return false };
    !p.types.is_interface(to.ty) && p.types.under(to.ty) == p.types.under(from.ty)
}

struct Builder<'p, 'a> {
    p: &'p Program,
    o: Oracle<'a>,
    /// Each local's defining statement (by position) and definition.
    defs: HashMap<ObjId, (Option<u32>, Def<'a>)>,
}

impl<'a> Builder<'_, 'a> {
    /// Parameters and results are never static values (not PAUTO).
    fn sig_params(&mut self, sig: &FuncType) {
        for f in sig.params.iter().chain(sig.results.iter()) {
            for n in &f.names {
                if let Some(&o) = self.p.info.defs.get(&n.span.lo) {
                    self.o.params.insert(o);
                }
            }
        }
    }

    fn finish(mut self) -> Oracle<'a> {
        for (o, (_, d)) in self.defs {
            if !self.o.addrtaken.contains(&o) {
                self.o.single.insert(o, d);
            }
        }
        self.o.func_assigns.retain(|o, _| !self.o.addrtaken.contains(o));
        self.o
    }

    fn local(&self, e: &Expr) -> Option<ObjId> {
        let e = outer_value(self.p, e);
        let ExprKind::Ident(_) = &e.kind else { return None };
        let o = *self.p.info.uses.get(&e.id).or_else(|| self.p.info.defs.get(&e.span.lo))?;
        matches!(&self.p.objs.get(o).kind, ObjKind::Var(v) if !v.global && !v.field).then_some(o)
    }

    fn is_func(&self, o: ObjId) -> bool {
        matches!(self.p.types.under_type(self.p.objs.get(o).ty), Type::Signature(_))
    }

    fn is_iface(&self, o: ObjId) -> bool {
        self.p.types.is_interface(self.p.objs.get(o).ty)
    }

    /// A new local defined at statement `at`.
    fn define(&mut self, o: ObjId, at: u32, d: Def<'a>, value: Option<&'a Expr>) {
        self.defs.insert(o, (Some(at), d));
        if self.is_func(o) {
            let mut v = Vec::new();
            if let Some(e) = value
                && !is_nil(self.p, e)
            {
                v.push(e);
            }
            self.o.func_assigns.insert(o, Some(v));
        }
        if let Some(v) = value {
            self.iface_assign(o, Some(IfaceSrc::Expr(v)), is_nil(self.p, v));
        }
    }

    fn iface_assign(&mut self, o: ObjId, src: Option<IfaceSrc<'a>>, nil: bool) {
        if self.is_iface(o) && !nil {
            self.o.iface_assigns.entry(o).or_default().push(src);
        }
    }

    /// An assignment to `lhs` other than a definition.
    fn assign(&mut self, lhs: &Expr, value: Option<&'a Expr>, plain: bool) {
        let Some(o) = self.local(lhs) else { return };
        let whole = matches!(super::gcfmt::strip(lhs).kind, ExprKind::Ident(_));
        self.defs.remove(&o);
        if let Some(fa) = self.o.func_assigns.get_mut(&o) {
            match (plain, value) {
                (true, Some(v)) if whole => {
                    if !is_nil(self.p, v)
                        && let Some(list) = fa
                    {
                        list.push(v);
                    }
                }
                _ => *fa = None,
            }
        }
        if whole && let Some(v) = value {
            self.iface_assign(o, Some(IfaceSrc::Expr(v)), is_nil(self.p, v));
        }
    }

    fn stmts(&mut self, ss: &'a [Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn call_results(&self, e: &Expr) -> Vec<TypeId> {
        if !matches!(super::gcfmt::strip(e).kind, ExprKind::Call { .. }) {
            return Vec::new();
        }
        match self.p.info.types.get(&e.id).map(|t| self.p.types.get(t.ty)) {
            Some(Type::Tuple(ts)) => ts.clone(),
            _ => Vec::new(),
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        let at = s.span.lo;
        match &s.kind {
            StmtKind::Define { lhs, rhs } => {
                rhs.iter().for_each(|e| self.expr(e));
                self.define_list(at, lhs, rhs);
            }
            StmtKind::Decl(Decl::Var(specs, _)) => {
                for sp in specs {
                    sp.values.iter().for_each(|e| self.expr(e));
                    for (i, id) in sp.names.iter().enumerate() {
                        let Some(&o) = self.p.info.defs.get(&id.span.lo) else { continue };
                        if sp.values.len() == sp.names.len() {
                            self.define(o, at, Def::Value(&sp.values[i]), Some(&sp.values[i]));
                        } else if sp.values.is_empty() {
                            if self.is_func(o) {
                                self.o.func_assigns.insert(o, Some(Vec::new()));
                            }
                        } else {
                            self.define(o, at, Def::Other, None);
                        }
                    }
                }
            }
            StmtKind::Assign { lhs, op, rhs } => {
                lhs.iter().chain(rhs).for_each(|e| self.expr(e));
                self.assign_list(lhs, op.is_some(), rhs);
            }
            StmtKind::IncDec { x, .. } => {
                self.expr(x);
                self.assign(x, None, false);
            }
            StmtKind::Range { key, value, define, x, body, .. } => {
                self.expr(x);
                let xt = self.p.info.types.get(&x.id).map(|t| t.ty);
                for (i, e) in key.iter().chain(value.iter()).enumerate() {
                    if *define {
                        if let Some(&o) = self.p.info.defs.get(&e.span.lo) {
                            self.defs.insert(o, (Some(at), Def::Other));
                            if let Some(t) = xt.and_then(|t| self.range_elem(t, i)) {
                                self.iface_src_type(o, t);
                            }
                        }
                    } else {
                        self.expr(e);
                        self.assign(e, None, false);
                        if let Some(o) = self.local(e) {
                            match xt.and_then(|t| self.range_elem(t, i)) {
                                Some(t) => self.iface_src_type(o, t),
                                None => self.iface_assign(o, None, false),
                            }
                        }
                    }
                }
                self.stmts(&body.stmts);
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in body {
                    if let Some(&o) = self.p.info.implicits.get(&c.span.lo) {
                        self.defs.insert(o, (Some(at), Def::Other));
                        let t = self.p.objs.get(o).ty;
                        self.iface_src_type(o, t);
                    }
                    self.stmts(&c.body);
                }
            }
            _ => {
                let mut parts = Vec::new();
                super::walk::walk_stmt(s, &mut parts);
                for part in parts {
                    match part {
                        super::walk::Part::E(e) => self.expr(e),
                        super::walk::Part::B(b) => self.stmts(b),
                    }
                }
                match &s.kind {
                    StmtKind::If { init: Some(i), .. } | StmtKind::Switch { init: Some(i), .. } => self.simple(i),
                    StmtKind::For { init, post, .. } => {
                        if let Some(i) = init {
                            self.simple(i);
                        }
                        if let Some(p) = post {
                            self.simple(p);
                        }
                    }
                    StmtKind::Select { body, .. } => {
                        for c in body {
                            if let Some(cm) = &c.comm {
                                self.simple(cm);
                            }
                        }
                    }
                    StmtKind::Labeled(_, inner) => self.stmt(inner),
                    _ => {}
                }
            }
        }
    }

    /// The definitions and assignments of a simple statement whose
    /// expressions walk_stmt already visited.
    fn simple(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Define { lhs, rhs } => self.define_list(s.span.lo, lhs, rhs),
            StmtKind::Assign { lhs, op, rhs } => self.assign_list(lhs, op.is_some(), rhs),
            StmtKind::IncDec { x, .. } => self.assign(x, None, false),
            _ => {}
        }
    }

    /// `a, b := ...` at statement `at`.
    fn define_list(&mut self, at: u32, lhs: &[Ident], rhs: &'a [Expr]) {
        let multi = lhs.len() > 1 && rhs.len() == 1;
        let results = if multi { self.call_results(&rhs[0]) } else { Vec::new() };
        for (i, id) in lhs.iter().enumerate() {
            match super::define_target(self.p, id) {
                Some((o, true)) if multi => {
                    self.define(o, at, Def::Other, None);
                    if let Some(&t) = results.get(i) {
                        self.iface_src_type(o, t);
                    } else if i == 0 {
                        self.iface_rhs0(o, &rhs[0]);
                    }
                }
                Some((o, true)) => self.define(o, at, Def::Value(&rhs[i]), Some(&rhs[i])),
                Some((o, false)) => {
                    self.redeclared(o);
                    if multi && let Some(&t) = results.get(i) {
                        self.iface_src_type(o, t);
                    }
                }
                None => {}
            }
        }
    }

    /// `a, b = ...` and `a op= b`.
    fn assign_list(&mut self, lhs: &'a [Expr], op: bool, rhs: &'a [Expr]) {
        let plain = !op && lhs.len() == 1 && rhs.len() == 1;
        let multi = lhs.len() > 1 && rhs.len() == 1;
        let results = if multi { self.call_results(&rhs[0]) } else { Vec::new() };
        for (i, l) in lhs.iter().enumerate() {
            let v = if lhs.len() == rhs.len() && !op { Some(&rhs[i]) } else { None };
            self.assign(l, v, plain);
            if v.is_none()
                && let Some(o) = self.local(l)
                && matches!(super::gcfmt::strip(l).kind, ExprKind::Ident(_))
            {
                match (results.get(i), multi, i) {
                    (Some(&t), _, _) => self.iface_src_type(o, t),
                    (None, true, 0) => self.iface_rhs0(o, &rhs[0]),
                    _ => self.iface_assign(o, None, false),
                }
            }
        }
    }

    /// `a, b := ...` where `b` already exists: an assignment to `b`.
    fn redeclared(&mut self, o: ObjId) {
        self.defs.remove(&o);
        if let Some(fa) = self.o.func_assigns.get_mut(&o) {
            *fa = None;
        }
        self.iface_assign(o, None, false);
    }

    fn iface_src_type(&mut self, o: ObjId, t: TypeId) {
        self.iface_assign(o, Some(IfaceSrc::Type(t)), false);
    }

    fn iface_rhs0(&mut self, o: ObjId, e: &'a Expr) {
        // v, ok := x.(T) / m[k] / <-c
        let src = match &super::gcfmt::strip(e).kind {
            ExprKind::TypeAssert(..) => IfaceSrc::Expr(e),
            _ => match self.p.info.types.get(&e.id) {
                Some(t) => IfaceSrc::Type(t.ty),
                None => return self.iface_assign(o, None, false),
            },
        };
        self.iface_assign(o, Some(src), false);
    }

    fn range_elem(&self, t: TypeId, i: usize) -> Option<TypeId> {
        let mut t = t;
        if let Type::Pointer(e) = self.p.types.under_type(t) {
            t = *e;
        }
        match (self.p.types.under_type(t), i) {
            (Type::Slice(e) | Type::Array(_, e), 1) => Some(*e),
            (Type::Map(k, _), 0) => Some(*k),
            (Type::Map(_, v), 1) => Some(*v),
            (Type::Chan(_, e), 0) => Some(*e),
            _ => None,
        }
    }

    fn addr_of(&mut self, x: &Expr) {
        if let Some(o) = self.local(x) {
            self.o.addrtaken.insert(o);
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::FuncLit { sig, body } => {
                self.sig_params(sig);
                self.stmts(&body.stmts)
            }
            ExprKind::Unary(UnOp::Addr, x) => {
                self.addr_of(x);
                self.expr(x);
            }
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.p.info.selections.get(&e.id)
                    && super::is_method_sel(self.p, e)
                    && sel.ptr_recv
                    && !self
                        .p
                        .info
                        .types
                        .get(&x.id)
                        .is_some_and(|t| matches!(self.p.types.under_type(t.ty), Type::Pointer(_)))
                    && sel.path.len() <= 1
                {
                    self.addr_of(x);
                }
                self.expr(x);
            }
            ExprKind::Slice { x, .. } => {
                if self
                    .p
                    .info
                    .types
                    .get(&x.id)
                    .is_some_and(|t| matches!(self.p.types.under_type(t.ty), Type::Array(..)))
                {
                    self.addr_of(x);
                }
                super::walk::walk_expr(e, &mut |y| self.expr(y));
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key
                        && !is_field_key(self.p, k)
                    {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            _ => super::walk::walk_expr(e, &mut |y| self.expr(y)),
        }
    }
}

pub(super) fn is_nil(p: &Program, e: &Expr) -> bool {
    let e = super::gcfmt::strip(e);
    matches!(e.kind, ExprKind::Ident(_))
        && p.info.uses.get(&e.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Nil))
}

/// gc's `OuterValue`: the variable an assignment to `x.f`, `a[i]` (array)
/// or `(x)` stores into.
fn outer_value<'e>(p: &Program, e: &'e Expr) -> &'e Expr {
    match &e.kind {
        ExprKind::Paren(x) => outer_value(p, x),
        ExprKind::Selector(x, _) => match p.info.selections.get(&e.id) {
            Some(s) if s.kind == SelKind::Field && !s.indirect => outer_value(p, x),
            _ => e,
        },
        ExprKind::Index(x, _) => {
            if p.info.types.get(&x.id).is_some_and(|t| matches!(p.types.under_type(t.ty), Type::Array(..))) {
                outer_value(p, x)
            } else {
                e
            }
        }
        _ => e,
    }
}
