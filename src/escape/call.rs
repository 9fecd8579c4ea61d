//! Calls, conversions, builtins and go/defer (gc's `escape/call.go`).
//!
//! An argument flows into its parameter as the callee's tag says: into the
//! heap, the callee's results, or nowhere, after so many dereferences. A
//! callee of the same batch not yet tagged is flowed through directly
//! (arguments into its parameter locations, its result locations into the
//! call's holes); an unknown callee (a func value, an interface method)
//! leaks every argument to the heap. Trailing variadic arguments become an
//! implicit slice literal (`... argument`). `go` and `defer` of anything
//! but a call of a func value without parameters or results are wrapped,
//! as gc's `normalizeGoDeferCall` does: the operands are evaluated into
//! temporaries at the statement, captured by a compiler-made closure that
//! makes the call later; `go` closures, and `defer` closures in loops,
//! escape.
//!
//! Invariant: operands are evaluated in gc's order (callee, receiver,
//! arguments), so locations are created, and reported, in gc's order.

use super::SiteKind;
use super::batch::Batch;
use super::gcfmt::strip;
use super::graph::*;
use super::oracle::Callee;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::lookup::Selection;
use crate::types::object::ObjKind;
use crate::types::typ::{Basic, ObjId, Type, TypeId};

/// Where a call's argument goes, by what is known of the callee.
#[derive(Clone, Copy)]
pub(super) enum Target {
    /// A function of this file.
    Func(u32),
    /// A library function: gc's real tags.
    Lib(&'static [(usize, Leaks)]),
    /// A library function gc's tags are unknown for.
    Unknown,
}

/// Which parameter.
#[derive(Clone, Copy)]
pub(super) enum Param {
    Recv,
    Nth(usize),
}

impl<'a> Batch<'_, 'a> {
    pub(super) fn is_conversion(&self, e: &Expr) -> bool {
        is_conversion(self.p(), e)
    }

    /// The target of calls to function object `o`.
    pub(super) fn target_of(&self, o: ObjId) -> Target {
        if let Some(&f) = self.funcs.by_obj.get(&o) {
            return Target::Func(f);
        }
        let obj = self.p().objs.get(o);
        let pkg = obj.pkg.map(|pk| self.p().pkgs[pk.0 as usize].path.clone()).unwrap_or_default();
        let recv = match &obj.kind {
            ObjKind::Func(fi) => fi.recv_base.map(|r| self.p().objs.get(r).name.clone()).unwrap_or_default(),
            _ => String::new(),
        };
        match super::tags::lookup(&pkg, &recv, &obj.name) {
            Some(t) => Target::Lib(t),
            None => Target::Unknown,
        }
    }

    pub(super) fn static_method(&self, sel: &Selection) -> Option<Target> {
        if self.is_iface(sel.recv) {
            return None;
        }
        Some(self.target_of(sel.obj))
    }

    /// gc's `tagHole`: where an argument for parameter `i` of `t` goes.
    pub(super) fn tag_hole(&mut self, ks: Option<&[Hole]>, t: Target, i: usize) -> Hole {
        self.tag_hole_p(ks, t, if i == 0 { Param::Recv } else { Param::Nth(i - 1) })
    }

    fn tag_hole_p(&mut self, ks: Option<&[Hole]>, t: Target, param: Param) -> Hole {
        let leaks = match t {
            Target::Func(f) => {
                let fi = self.funcs.get(f);
                let idx = match param {
                    Param::Recv => 0,
                    Param::Nth(i) => i + fi.has_recv as usize,
                };
                if self.in_mutual_batch(f) {
                    return match fi.params.get(idx).and_then(|p| p.obj) {
                        Some(o) => self.var_loc(o).map_or(Hole::to(BLANK), Hole::to),
                        None => Hole::to(BLANK),
                    };
                }
                fi.tags.get(idx).copied().unwrap_or_else(Leaks::all_heap)
            }
            Target::Lib(tags) => {
                let idx = match param {
                    Param::Recv => 0,
                    Param::Nth(i) => i + 1,
                };
                tags.iter().find(|(j, _)| *j == idx).map_or_else(Leaks::all_heap, |(_, l)| *l)
            }
            Target::Unknown => return Hole::to(HEAP),
        };
        let mut tag_ks = Vec::new();
        if leaks.heap() >= 0 {
            tag_ks.push(Hole::to(HEAP).shift(leaks.heap()));
        }
        if leaks.mutator() >= 0 {
            tag_ks.push(Hole::to(MUTATOR).shift(leaks.mutator()));
        }
        if leaks.callee() >= 0 {
            tag_ks.push(Hole::to(CALLEE).shift(leaks.callee()));
        }
        if let Some(ks) = ks {
            for (r, k) in ks.iter().enumerate().take(NUM_RESULTS) {
                if leaks.result(r) >= 0 {
                    tag_ks.push(k.shift(leaks.result(r)));
                }
            }
        }
        self.g.tee(&tag_ks, self.cur, self.depth)
    }

    fn merged_tag_hole(&mut self, ks: Option<&[Hole]>, ts: &[Target], param: Param) -> Hole {
        if ts.is_empty() {
            return Hole::to(HEAP);
        }
        let holes: Vec<Hole> = ts.iter().map(|&t| self.tag_hole_p(ks, t, param)).collect();
        self.g.tee(&holes, self.cur, self.depth)
    }

    /// A call, conversion or builtin call `e`, its results flowing to `ks`
    /// (None: a call statement).
    pub(super) fn call(&mut self, ks: Option<&[Hole]>, e: &'a Expr) {
        let e = strip(e);
        if let Some(&t) = self.arg_temps.get(&e.id) {
            let k = ks.and_then(|ks| ks.first().copied()).unwrap_or(Hole::to(BLANK));
            self.g.flow(k, t);
            return;
        }
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else { return };
        if self.p().info.types.get(&e.id).is_some_and(|t| t.val.is_some()) {
            return;
        }
        let k0 = ks.and_then(|ks| ks.first().copied()).unwrap_or(Hole::to(BLANK));
        if self.is_conversion(e) {
            return self.conversion(k0, e, &args[0]);
        }
        if let Some(name) = super::gcfmt::builtin_name(self.p(), fun) {
            return self.builtin(ks, k0, e, name, args, *ellipsis);
        }
        let fun_s = strip(fun);
        // Method calls: static (through a method expression) or on an
        // interface (possibly devirtualized).
        if let ExprKind::Selector(x, _) = &fun_s.kind
            && super::is_method_sel(self.p(), fun_s)
            && let Some(sel) = self.p().info.selections.get(&fun_s.id).cloned()
        {
            let target = match self.static_method(&sel) {
                Some(t) => Some(t),
                None if self.devirt.contains_key(&e.id) => self.devirtualized(e, fun_s, x),
                None => None,
            };
            let ts: Vec<Target> = target.into_iter().collect();
            self.in_batch_results(ks, &ts);
            let recv_k = self.merged_tag_hole(ks, &ts, Param::Recv);
            let recv_k = self.note_e(recv_k, e, "call parameter");
            match self.devirt_type.remove(&e.id) {
                Some((t, msel)) => {
                    let k = self.recv_hole(recv_k, t, &msel, x);
                    let k = self.dot_type(k, t);
                    self.expr(k, x);
                }
                None => {
                    if let Some(&t) = self.arg_temps.get(&x.id) {
                        self.g.flow(recv_k, t);
                    } else {
                        self.recv_arg(recv_k, x, &sel);
                    }
                }
            }
            let sig = self.p().types.signature(sel.ty).cloned();
            return self.arguments(ks, &ts, sig.as_ref(), e, args, *ellipsis);
        }
        // Method expressions `T.M(recv, args...)` and plain calls.
        let callees: Vec<Callee<'a>> = self.oracle.callees(self.cx.p, fun);
        let ts: Vec<Target> = callees
            .iter()
            .filter_map(|c| match c {
                Callee::Func(o) => Some(self.target_of(*o)),
                Callee::Lit(l) => self.funcs.by_lit.get(&l.id).map(|&f| Target::Func(f)),
            })
            .collect();
        self.in_batch_results(ks, &ts);
        let mut callee_k = Hole::to(BLANK);
        if ts.is_empty() && ks.is_some_and(|ks| ks.iter().any(|k| k.dst != BLANK)) {
            callee_k = self.note_e(Hole::to(CALLEE), e, "callee operand");
        }
        self.expr(callee_k, fun);
        let fun_t = self.type_of(fun).unwrap_or_default();
        let mut sig = self.p().types.signature(fun_t).cloned();
        // A method called through a method expression (or a variable
        // holding one): the first argument is the receiver.
        let method_expr = super::is_method_expr(self.p(), fun_s)
            || (callees.len() == 1
                && matches!(callees[0], Callee::Func(o) if matches!(&self.p().objs.get(o).kind, ObjKind::Func(fi) if fi.recv_base.is_some())));
        let mut args: &'a [Expr] = args;
        if method_expr && !args.is_empty() {
            let k = self.merged_tag_hole(ks, &ts, Param::Recv);
            let k = self.note_e(k, e, "call parameter");
            self.expr(k, &args[0]);
            args = &args[1..];
            if let Some(s) = &mut sig
                && !s.params.is_empty()
            {
                s.params.remove(0);
            }
        }
        self.arguments(ks, &ts, sig.as_ref(), e, args, *ellipsis);
    }

    /// Results of callees in this batch flow straight into the holes.
    fn in_batch_results(&mut self, ks: Option<&[Hole]>, ts: &[Target]) {
        let Some(ks) = ks else { return };
        for t in ts {
            if let Target::Func(f) = *t
                && self.in_mutual_batch(f)
            {
                for (i, k) in ks.iter().enumerate() {
                    if i < self.funcs.get(f).results.len()
                        && let Some(l) = self.result_loc(f, i)
                    {
                        self.g.flow(*k, l);
                    }
                }
            }
        }
    }

    fn arguments(
        &mut self,
        ks: Option<&[Hole]>,
        ts: &[Target],
        sig: Option<&crate::types::typ::Signature>,
        call: &'a Expr,
        args: &'a [Expr],
        ellipsis: bool,
    ) {
        let Some(sig) = sig else {
            args.iter().for_each(|a| self.expr(Hole::to(HEAP), a));
            return;
        };
        let n = sig.params.len();
        // f(g()) with g returning several values: temporaries first.
        if args.len() == 1
            && !ellipsis
            && let Some(Type::Tuple(rts)) = self.type_of(&args[0]).map(|t| self.p().types.get(t).clone())
        {
            return self.spread(ks, ts, sig, call, &args[0], &rts);
        }
        let fixed = if sig.variadic && !ellipsis { n - 1 } else { n };
        for (i, a) in args.iter().enumerate().take(fixed) {
            let k = self.merged_tag_hole(ks, ts, Param::Nth(i));
            let k = self.note_e(k, call, "call parameter");
            let k = self.iface_to_iface(k, a, sig.params[i].ty);
            self.expr(k, a);
        }
        if sig.variadic && !ellipsis {
            let k = self.merged_tag_hole(ks, ts, Param::Nth(n - 1));
            let k = self.note_e(k, call, "call parameter");
            if args.len() > fixed {
                let f = self.fmt();
                let pos = f.pos(call);
                let site = self.site(SiteKind::Variadic, call, pos, "... argument".into());
                let s = self.sites.len() as u32;
                let k2 = self.spill(k, site);
                let k2 = self.note_site(k2, s, "slice-literal-element");
                let el = match self.p().types.under_type(sig.params[n - 1].ty) {
                    Type::Slice(el) => Some(*el),
                    _ => None,
                };
                for a in &args[fixed..] {
                    let k3 = match el {
                        Some(el) => self.iface_to_iface(k2, a, el),
                        None => k2,
                    };
                    self.expr(k3, a);
                }
            }
        }
    }

    /// `f(g())` with g returning several values: gc assigns them to
    /// temporaries `.autotmp_N...` (N: the function's declarations so far,
    /// gc's `len(fn.Dcl)`) and passes those, converted to the parameters'
    /// types (into the implicit slice for a variadic f).
    fn spread(
        &mut self,
        ks: Option<&[Hole]>,
        ts: &[Target],
        sig: &crate::types::typ::Signature,
        call: &'a Expr,
        arg: &'a Expr,
        rts: &[TypeId],
    ) {
        let n = sig.params.len();
        let base = self.autotmp_base(call);
        self.spreads.push((self.cur, call.span.lo, rts.len() as u32));
        let temps: Vec<Loc> = rts.iter().map(|_| self.temp(self.depth)).collect();
        let holes: Vec<Hole> = temps.iter().map(|&t| Hole::to(t)).collect();
        self.call(Some(&holes), strip(arg));
        let fixed = if sig.variadic { n - 1 } else { n };
        let pos = self.fmt().pos(call);
        let mut slice = None;
        if sig.variadic && rts.len() > fixed {
            let k = self.merged_tag_hole(ks, ts, Param::Nth(n - 1));
            let k = self.note_e(k, call, "call parameter");
            let site = self.site(SiteKind::Variadic, call, pos, "... argument".into());
            let s = self.sites.len() as u32;
            let k2 = self.spill(k, site);
            let el = match self.p().types.under_type(sig.params[n - 1].ty) {
                Type::Slice(el) => *el,
                _ => sig.params[n - 1].ty,
            };
            slice = Some((self.note_site(k2, s, "slice-literal-element"), el));
        }
        for (i, t) in temps.into_iter().enumerate() {
            let (mut k, pt) = match slice {
                Some(sl) if i >= fixed => sl,
                _ => {
                    let k = self.merged_tag_hole(ks, ts, Param::Nth(i));
                    (self.note_e(k, call, "call parameter"), sig.params.get(i).map_or(rts[i], |p| p.ty))
                }
            };
            if self.is_iface(pt) && !self.is_iface(rts[i]) && !self.direct_iface(rts[i]) {
                let site = self.site(SiteKind::Iface, arg, pos, format!(".autotmp_{}", base + i as u32));
                k = self.spill(k, site);
            }
            self.g.flow(k, t);
        }
    }

    /// gc's `len(fn.Dcl)` when the noder rewrites call `e`: parameters and
    /// results, locals declared before it, and earlier rewrites' temporaries.
    fn autotmp_base(&mut self, e: &Expr) -> u32 {
        let fi = self.funcs.get(self.cur);
        let pos = e.span.lo;
        let p = self.cx.p;
        let before = fi.locals.iter().filter(|&&o| p.objs.get(o).pos < pos).count();
        let spread: u32 = self.spreads.iter().filter(|(f, at, _)| *f == self.cur && *at < pos).map(|s| s.2).sum();
        (fi.params.len() + fi.results.len() + before) as u32 + spread
    }

    /// gc's devirtualization of `x.M(...)` on an interface holding one
    /// concrete type.
    fn devirtualized(&mut self, call: &'a Expr, fun: &'a Expr, x: &'a Expr) -> Option<Target> {
        let t = *self.devirt.get(&call.id)?;
        let ExprKind::Selector(_, m) = &fun.kind else { return None };
        let crate::types::lookup::Lookup::Found(sel) = self.p().lookup(t, &m.name) else { return None };
        let _ = x;
        // Promoted from an embedded interface: still an interface call, on
        // the embedded field (gc's "partially devirtualizing").
        let target = (sel.kind != crate::types::lookup::SelKind::IfaceMethod).then(|| self.target_of(sel.obj));
        self.devirt_type.insert(call.id, (t, sel));
        target
    }

    fn conversion(&mut self, k: Hole, e: &'a Expr, x: &'a Expr) {
        let (Some(to), Some(from)) = (self.type_of(e), self.type_of(x)) else { return };
        let p = self.p();
        if self.is_iface(to) {
            if self.is_iface(from) {
                return self.expr(k, x);
            }
            return self.conv_iface(k, x, Some(e));
        }
        let kind = match (p.types.under_type(to), p.types.under_type(from)) {
            (Type::Basic(b), Type::Slice(el)) if b.kind() == Basic::String && is_byte(p, *el) => {
                Some(SiteKind::Bytes2Str)
            }
            (Type::Basic(b), Type::Slice(el)) if b.kind() == Basic::String && is_rune(p, *el) => {
                Some(SiteKind::Runes2Str)
            }
            (Type::Basic(b), Type::Basic(f)) if b.kind() == Basic::String && f.kind().is_integer() => {
                Some(SiteKind::RuneStr)
            }
            (Type::Slice(el), Type::Basic(b)) if b.kind() == Basic::String && is_byte(p, *el) => {
                Some(SiteKind::Str2Bytes)
            }
            (Type::Slice(el), Type::Basic(b)) if b.kind() == Basic::String && is_rune(p, *el) => {
                Some(SiteKind::Str2Runes)
            }
            _ => None,
        };
        match kind {
            Some(kind) => {
                let f = self.fmt();
                let mut site = self.site(kind, e, self.node_pos(e), f.text(e));
                if kind == SiteKind::Str2Bytes
                    && let Some(v) = self.p().info.types.get(&x.id).and_then(|t| t.val.as_ref())
                    && let Some(s) = v.as_str()
                {
                    site.size = Some(crate::types::constant::string_bytes(s).len() as u64);
                }
                self.spill(k, site);
                self.discard(x);
            }
            None => self.expr(k, x),
        }
    }

    fn builtin(&mut self, ks: Option<&[Hole]>, k: Hole, e: &'a Expr, name: &str, args: &'a [Expr], ellipsis: bool) {
        let p = self.p();
        match name {
            "len" | "cap" | "real" | "imag" | "complex" | "close" | "delete" | "print" | "println" | "recover" => {
                args.iter().for_each(|a| self.discard(a));
            }
            "panic" => {
                for a in args {
                    let k = self.note_e(Hole::to(HEAP), e, "call parameter");
                    let k = self.iface_to_iface(k, a, p.types.any());
                    self.expr(k, a);
                }
            }
            "min" | "max" => args.iter().for_each(|a| self.argument(k, e, a)),
            "clear" => args.iter().for_each(|a| self.argument(Hole::to(MUTATOR), e, a)),
            "copy" => {
                self.argument(Hole::to(MUTATOR), e, &args[0]);
                let src_ptrs = self.type_of(&args[1]).is_some_and(|t| match p.types.under_type(t) {
                    Type::Slice(el) => self.has_ptrs(*el),
                    _ => false,
                });
                let kc =
                    if src_ptrs { self.note_e(Hole::to(HEAP).deref(), e, "copied slice") } else { Hole::to(BLANK) };
                self.argument(kc, e, &args[1]);
            }
            "append" => {
                let _ = ks;
                let st = self.type_of(&args[0]).unwrap_or_default();
                let el_ptrs = match p.types.under_type(st) {
                    Type::Slice(el) => self.has_ptrs(*el),
                    _ => false,
                };
                let mut appendee = self.g.tee(&[k, Hole::to(MUTATOR)], self.cur, self.depth);
                if el_ptrs {
                    let kh = self.note_e(Hole::to(HEAP).deref(), e, "appendee slice");
                    appendee = self.g.tee(&[appendee, kh], self.cur, self.depth);
                }
                self.argument(appendee, e, &args[0]);
                if ellipsis {
                    let ptrs = self.type_of(&args[1]).is_some_and(|t| match p.types.under_type(t) {
                        Type::Slice(el) => self.has_ptrs(*el),
                        _ => false,
                    });
                    let ka = if ptrs {
                        self.note_e(Hole::to(HEAP).deref(), e, "appended slice...")
                    } else {
                        Hole::to(BLANK)
                    };
                    self.argument(ka, e, &args[1]);
                } else {
                    for a in &args[1..] {
                        self.argument(Hole::to(HEAP), e, a);
                    }
                }
                let f = self.fmt();
                let site = self.site(SiteKind::Append, e, f.pos(e), f.text(e));
                let h = self.spill(k, site);
                self.g.locs[h.dst as usize].loop_depth = 0;
            }
            "new" => {
                let t = args.first().and_then(|a| self.type_of(a));
                let f = self.fmt();
                let mut site = self.site(SiteKind::New, e, f.pos(e), f.text(e));
                site.size = t.map(|t| p.size_of(t));
                self.spill(k, site);
            }
            "make" => {
                let t = args.first().and_then(|a| self.type_of(a)).unwrap_or_default();
                let f = self.fmt();
                match p.types.under_type(t).clone() {
                    Type::Slice(el) => {
                        let mut site = self.site(SiteKind::MakeSlice, e, f.pos(e), f.text(e));
                        site.size = self.make_size(e, el, &args[1..]);
                        self.spill(k, site);
                        args[1..].iter().for_each(|a| self.discard(a));
                    }
                    Type::Map(..) => {
                        let site = self.site(SiteKind::MakeMap, e, f.pos(e), f.text(e));
                        self.spill(k, site);
                        args[1..].iter().for_each(|a| self.discard(a));
                    }
                    _ => args[1..].iter().for_each(|a| self.discard(a)),
                }
            }
            _ => args.iter().for_each(|a| self.discard(a)),
        }
    }

    /// Explain mode: an interface argument passed as another interface
    /// type is converted (gc's `OCONVIFACE`, which boxes nothing).
    fn iface_to_iface(&mut self, k: Hole, a: &'a Expr, to: TypeId) -> Hole {
        if !self.g.explain {
            return k;
        }
        match self.type_of(a) {
            Some(t) if self.is_iface(t) && self.is_iface(to) && !self.p().identical(t, to) => {
                self.note_e(k, a, "interface-converted")
            }
            _ => k,
        }
    }

    /// Argument `a` of `call` evaluated into `k` (gc's `argument`).
    fn argument(&mut self, k: Hole, call: &'a Expr, a: &'a Expr) {
        let k = self.note_e(k, call, "call parameter");
        self.expr(k, a);
    }

    /// Bytes a `make([]T, len[, cap])` allocates when its size is constant
    /// (None: decided at run time; MAX: zero-sized elements, never stack).
    pub(super) fn make_size(&self, _e: &Expr, el: TypeId, sizes: &'a [Expr]) -> Option<u64> {
        let es = self.p().size_of(el);
        if es == 0 {
            return Some(u64::MAX);
        }
        let r = sizes.get(1).or(sizes.first())?;
        let v = self.p().info.types.get(&r.id).and_then(|t| t.val.as_ref()).and_then(|v| v.as_i64())?;
        (v >= 0).then(|| (v as u64).saturating_mul(es))
    }

    /// `go`/`defer` (gc's `goDeferStmt` after `normalizeGoDeferCall`).
    pub(super) fn go_defer(&mut self, at: &'a Stmt, e: &'a Expr, is_go: bool) {
        let k = if !is_go && self.depth == 1 {
            self.g.later(Hole::to(BLANK), self.cur, self.depth)
        } else {
            Hole::to(HEAP)
        };
        let call = strip(e);
        let Some(&w) = self.funcs.by_wrapper.get(&call.id) else {
            // Already a call of a func value without parameters or results.
            if let ExprKind::Call { fun, .. } = &call.kind {
                self.expr(k, fun);
            }
            return;
        };
        // Operands into temporaries, captured by the wrapper.
        let parts = go_defer_operands(self.p(), call);
        let mut caps = Vec::new();
        for op in &parts {
            let t = self.temp(self.depth);
            let size = self.type_of(op.expr).map_or(8, |t| self.p().size_of(t));
            let size = if op.recv.is_some() { 8 } else { size };
            // gosub's word: gc assigns the operands to `.autotmp_N` temporaries.
            let kt = self.note_stmt(Hole::to(t), at, if is_go { "go operand" } else { "defer operand" });
            match &op.recv {
                Some(sel) => self.recv_arg(kt, op.expr, sel),
                None => self.expr(kt, op.expr),
            }
            caps.push((t, size));
            self.arg_temps.insert(op.expr.id, t);
        }
        let mut site = self.site(SiteKind::Closure, call, call.span.lo, "func literal".into());
        site.silent = true;
        site.func = Some(w);
        let k2 = self.spill(k, site);
        if !caps.is_empty() {
            self.funcs.get_mut(w).temp_captures = caps;
            self.closures.push((k2, w));
            self.walk_func(w);
        }
    }

    /// The body of a go/defer wrapper: the call itself.
    pub(super) fn wrapper_body(&mut self, call: &'a Expr) {
        self.call(None, call);
    }
}

pub(super) fn is_conversion(p: &Program, e: &Expr) -> bool {
    let ExprKind::Call { fun, args, .. } = &strip(e).kind else { return false };
    args.len() == 1 && p.info.types.get(&strip(fun).id).is_some_and(|t| t.mode == crate::types::Mode::TypeExpr)
}

pub(super) fn is_byte(p: &Program, t: TypeId) -> bool {
    matches!(p.types.under_type(t), Type::Basic(b) if matches!(b.kind(), Basic::Uint8))
}

fn is_rune(p: &Program, t: TypeId) -> bool {
    matches!(p.types.under_type(t), Type::Basic(b) if matches!(b.kind(), Basic::Int32))
}

/// An operand a go/defer statement evaluates into a temporary.
pub(super) struct Operand<'a> {
    pub expr: &'a Expr,
    /// The receiver of this method (the temporary holds it as passed).
    pub recv: Option<Selection>,
}

/// Whether `go`/`defer` of `call` needs a wrapper: anything but a call of a
/// func value without parameters or results.
pub(super) fn needs_wrapper(p: &Program, call: &Expr) -> bool {
    let ExprKind::Call { fun, .. } = &call.kind else { return false };
    if is_conversion(p, call) {
        return true;
    }
    let fun = strip(fun);
    if let ExprKind::Ident(_) = &fun.kind
        && p.info.uses.get(&fun.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Builtin(_)))
    {
        return true;
    }
    if super::is_method_sel(p, fun) {
        return true;
    }
    let Some(t) = p.info.types.get(&fun.id) else { return true };
    !matches!(p.types.signature(t.ty), Some(s) if s.params.is_empty() && s.results.is_empty())
}

/// The operands of a wrapped go/defer call evaluated at the statement, in
/// gc's order: the callee (unless a declared function), the receiver, the
/// arguments; composite literal arguments (and the variadic slice) are
/// opened, and constants, nil and `new(T)` stay in the wrapper.
pub(super) fn go_defer_operands<'a>(p: &Program, call: &'a Expr) -> Vec<Operand<'a>> {
    let mut out = Vec::new();
    let ExprKind::Call { fun, args, .. } = &call.kind else { return out };
    let visit = |e: &'a Expr, out: &mut Vec<Operand<'a>>| visit_operand(p, e, out);
    let fun_s = strip(fun);
    let is_builtin = matches!(&fun_s.kind, ExprKind::Ident(_))
        && p.info.uses.get(&fun_s.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Builtin(_)));
    if !is_builtin && !is_conversion(p, call) {
        if let ExprKind::Selector(x, _) = &fun_s.kind
            && super::is_method_sel(p, fun_s)
            && let Some(sel) = p.info.selections.get(&fun_s.id)
        {
            if !is_literal_operand(p, x) {
                out.push(Operand { expr: x, recv: Some(sel.clone()) });
            }
        } else {
            visit(fun, &mut out);
        }
    }
    for a in args {
        visit(a, &mut out);
    }
    out
}

fn is_literal_operand(p: &Program, e: &Expr) -> bool {
    let e = strip(e);
    if p.info.conversions.contains_key(&e.id) {
        return false;
    }
    if p.info.types.get(&e.id).is_some_and(|t| t.val.is_some() || t.mode == crate::types::Mode::TypeExpr) {
        return true;
    }
    if super::oracle::is_nil(p, e) {
        return true;
    }
    match &e.kind {
        ExprKind::Ident(_) => p.info.uses.get(&e.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Func(_))),
        ExprKind::Call { fun, .. } => {
            let f = strip(fun);
            matches!(&f.kind, ExprKind::Ident(n) if n == "new")
                && p.info.uses.get(&f.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Builtin(_)))
        }
        ExprKind::Selector(..) => {
            super::is_method_expr(p, e)
                || p.info.uses.get(&e.id).is_some_and(|&o| matches!(p.objs.get(o).kind, ObjKind::Func(_)))
        }
        _ => false,
    }
}

fn visit_operand<'a>(p: &Program, e: &'a Expr, out: &mut Vec<Operand<'a>>) {
    if is_literal_operand(p, e) {
        return;
    }
    let s = strip(e);
    if !p.info.conversions.contains_key(&s.id)
        && let ExprKind::CompositeLit { elts, .. } = &s.kind
        && p.info.types.get(&s.id).is_some_and(|t| !matches!(p.types.under_type(t.ty), Type::Map(..)))
    {
        for el in elts {
            visit_operand(p, &el.value, out);
        }
        return;
    }
    out.push(Operand { expr: e, recv: None });
}
