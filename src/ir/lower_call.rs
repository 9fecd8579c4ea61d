//! Lowering of calls, conversions, builtins, method values and function
//! literals.
//!
//! A call writes its arguments straight into the callee's frame (reserved
//! above the caller's before the arguments are evaluated), at the offsets
//! `sig_layout` gives, which are the offsets the callee's own lowering
//! gives its parameters: both come from the same rule.

use super::lower::Lowerer;
use super::lower_expr::strip_parens;
use super::lower_stack::{MAPS, NON_CONSTANT, PRINT, STRINGS};
use super::ptrmap::{SLICE, STRING};
use super::*;
use crate::escape::SiteKind as SK;
use crate::syntax::ast::{self, ExprKind};
use crate::types::Mode;
use crate::types::lookup::{SelKind, Selection};
use crate::types::object::{Builtin as B, ObjKind};
use crate::types::sizes::round_up;
use crate::types::typ::{Basic, ObjId, Type, TypeId};
use std::num::NonZeroU32;

pub(super) struct Layout {
    pub params: Vec<(u32, ValRep, TypeId)>,
    pub results: Vec<(u32, ValRep, TypeId)>,
    pub size: u32,
}

impl Lowerer<'_> {
    /// Offsets of receiver, parameters and results in a frame (after the
    /// 8-byte context word).
    pub(super) fn sig_layout(&self, recv: Option<TypeId>, sig: TypeId) -> Layout {
        let s = self.p.types.signature(sig).cloned().unwrap_or_default();
        let mut off = 8u64;
        let place = |off: &mut u64, t: TypeId| {
            let (size, align) = self.p.layout(t);
            *off = round_up(*off, align.max(1));
            let o = *off as u32;
            *off += size;
            (o, self.rep(t), t)
        };
        let params = recv.into_iter().chain(s.params.iter().map(|p| p.ty)).map(|t| place(&mut off, t)).collect();
        // Results start 8-aligned, so they lie as a tuple does.
        off = round_up(off, 8);
        let results = s.results.iter().map(|p| p.ty).map(|t| place(&mut off, t)).collect();
        Layout { params, results, size: round_up(off, 8) as u32 }
    }

    /// A 32-byte frame buffer when the value being lowered is assigned to
    /// a slice variable that does not escape. gc keys the buffer by the
    /// appended-to variable (`var`) and gives it only to the first site
    /// (`usedStatic`).
    fn take_stack_buf(&mut self, id: ast::ExprId, et: TypeId, var: Option<ObjId>) -> Option<(NonZeroU32, Why)> {
        if !std::mem::take(&mut self.stack_buf) {
            return None;
        }
        if let Some(o) = var
            && !self.cx().append_first.insert(o)
        {
            return None;
        }
        let why = self.frame_why(id, SK::Append);
        Some((self.append_buf(var, et), why))
    }

    /// The frame buffer of appends into `var` (a fresh one per site when
    /// None): 32 bytes, then gc's `used` word (frames start zeroed, as
    /// gc clears `used` on entry).
    pub(super) fn append_buf(&mut self, var: Option<ObjId>, et: TypeId) -> NonZeroU32 {
        if let Some(&off) = var.and_then(|o| self.cx().append_bufs.get(&o)) {
            return NonZeroU32::new(off).expect("never the context word");
        }
        let es = self.p.size_of(et);
        let mask = super::ptrmap::repeat(&self.p.ptr_mask(et), es, FRAME_BUF / es.max(1));
        let off = self.cx().alloc_object(FRAME_BUF + 8, 8, Ptrs::Mask(&mask));
        if let Some(o) = var {
            self.cx().append_bufs.insert(o, off);
        }
        // Offset 0 is the closure context word: a buffer is never there.
        NonZeroU32::new(off).expect("never the context word")
    }

    /// The reason for the frame buffer of a slice gc moves to the heap
    /// only where it escapes (`escape/move2heap.rs`).
    pub(super) fn moved_why(&mut self, o: ObjId, what: &str) -> Why {
        let name = self.p.objs.get(o).name.clone();
        self.why(format!("{name} moves to the heap only where it escapes (move2heap); {what}"))
    }

    /// The reason of an append's growth on the heap.
    fn append_why(&mut self, id: ast::ExprId, buf: bool) -> Why {
        let because = if buf { "beyond the frame's 32-byte buffer" } else { "no frame buffer for this append" };
        self.heap_why(Some(id), SK::Append, 0, because)
    }

    pub(super) fn static_call(&mut self, id: FuncId, args: Vec<(Expr, u32, ValRep)>, pos: u32) -> Expr {
        Expr::Call(
            Box::new(Call { callee: Callee::Static(id), args, results: Vec::new(), args_size: 8, pos, inlined: false }),
            ResultKind::None,
        )
    }

    /// The type arguments (instantiated) and signature of a generic
    /// function operand (`f` with inferred arguments, or `f[int]`).
    pub(super) fn instance_of(&mut self, f: &ast::Expr) -> Option<(Vec<TypeId>, TypeId)> {
        let f = strip_parens(f);
        let inst = self.p.info.instances.get(&f.id).cloned().or_else(|| match &f.kind {
            ExprKind::Index(x, _) => self.p.info.instances.get(&strip_parens(x).id).cloned(),
            _ => None,
        })?;
        let targs = inst.targs.iter().map(|&t| self.sub(t)).collect();
        let t = self.sub(inst.ty);
        Some((targs, t))
    }

    /// The declared function a call operand names (`f`, `pkg.F`, `f[T]`).
    pub(super) fn func_obj(&self, f: &ast::Expr) -> Option<ObjId> {
        let f = strip_parens(f);
        let id = match &f.kind {
            ExprKind::Index(x, _) => strip_parens(x).id,
            _ => f.id,
        };
        let o = *self.p.info.uses.get(&id)?;
        matches!(self.p.objs.get(o).kind, ObjKind::Func(_)).then_some(o)
    }

    /// A method selected through a type parameter's constraint is, in an
    /// instance, the concrete type's own method.
    pub(super) fn concrete_selection(&mut self, x: &ast::Expr, sel: Selection) -> Selection {
        if sel.kind != SelKind::IfaceMethod {
            return sel;
        }
        let xt = self.ty_of(x);
        if self.is_iface(xt) {
            return sel;
        }
        let name = self.p.objs.get(sel.obj).name.clone();
        match self.p.lookup(xt, &name) {
            crate::types::lookup::Lookup::Found(s) => s,
            _ => sel,
        }
    }

    /// The type arguments of a (pointer to a) generic type's instance.
    pub(super) fn recv_targs(&self, rt: TypeId) -> Vec<TypeId> {
        let base = match self.p.types.get(rt) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        self.p.types.named_info(base).and_then(|i| i.origin.clone()).map(|o| o.1).unwrap_or_default()
    }

    pub(super) fn native_name(&self, o: ObjId) -> String {
        let obj = self.p.objs.get(o);
        let pkg = obj.pkg.map(|p| self.p.pkgs[p.0 as usize].path.clone()).unwrap_or_default();
        match &obj.kind {
            ObjKind::Func(fi) if fi.recv_base.is_some() => {
                let base = self.p.objs.get(fi.recv_base.unwrap()).name.clone();
                if fi.ptr_recv { format!("{pkg}.(*{base}).{}", obj.name) } else { format!("{pkg}.{base}.{}", obj.name) }
            }
            _ => format!("{pkg}.{}", obj.name),
        }
    }

    pub(super) fn call(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr], ellipsis: bool) -> Expr {
        let pos = e.span.lo;
        let fun_s = strip_parens(fun);
        if let Some(tv) = self.tv(fun_s)
            && tv.mode == Mode::TypeExpr
        {
            let t = self.ty_of(e);
            return self.conversion(e, &args[0], t);
        }
        if let Some(&o) = self.p.info.uses.get(&fun_s.id)
            && let ObjKind::Builtin(b) = self.p.objs.get(o).kind
        {
            return self.builtin(e, b, args, ellipsis);
        }
        let mut fun_t = self.ty_of(fun_s);
        let inst = self.instance_of(fun_s);
        if let Some((_, t)) = &inst {
            fun_t = *t;
        }
        let mut callee_obj = None;
        let (callee, recv): (Callee, Option<(Expr, TypeId)>) = match &fun_s.kind {
            // A method expression `T.M(recv, ...)` / `(*T).M(...)` is called
            // as the function value it denotes (the method, or its wrapper
            // when `*T` reaches a value method).
            ExprKind::Selector(x, _) if self.tv(x).is_some_and(|tv| tv.mode == Mode::TypeExpr) => {
                (Callee::Value(self.expr(fun_s)), None)
            }
            ExprKind::Selector(x, _) if self.p.info.selections.contains_key(&fun_s.id) => {
                let sel = self.p.info.selections[&fun_s.id].clone();
                let sel = self.concrete_selection(x, sel);
                match sel.kind {
                    SelKind::Method => {
                        callee_obj = Some(sel.obj);
                        let (r, rt) = self.receiver(x, &sel);
                        let targs = self.recv_targs(rt);
                        let id = self.func_inst(sel.obj, targs);
                        (Callee::Static(id), Some((r, rt)))
                    }
                    SelKind::IfaceMethod => {
                        let (iv, it) = self.embedded_operand(x, &sel);
                        let idx = self.iface_index(it, &self.p.objs.get(sel.obj).name.clone());
                        let iv = self.mem_operand_expr(iv, 16);
                        (Callee::Iface(iv, idx), None)
                    }
                    SelKind::Field => (Callee::Value(self.expr(fun_s)), None),
                }
            }
            _ => match self.func_obj(fun_s) {
                Some(o) => {
                    callee_obj = Some(o);
                    let targs = inst.map(|i| i.0).unwrap_or_default();
                    (Callee::Static(self.func_inst(o, targs)), None)
                }
                None => (Callee::Value(self.expr(fun_s)), None),
            },
        };
        let recv_t = match &callee {
            Callee::Iface(..) => Some(self.p.types.basic(Basic::UnsafePointer)),
            _ => recv.as_ref().map(|r| r.1),
        };
        let layout = self.sig_layout(recv_t, fun_t);
        let sig = self.p.types.signature(fun_t).cloned().unwrap_or_default();
        let mut out_args = Vec::new();
        let mut pi = 0;
        if let Some((r, _)) = recv {
            let (off, rep, _) = layout.params[0];
            out_args.push((r, off, rep));
            pi = 1;
        } else if matches!(callee, Callee::Iface(..)) {
            pi = 1;
        }
        let mut pre = Vec::new();
        self.variadic_site = Some(e.id);
        let arg_vals = self.arg_values(args, &sig, ellipsis, &mut pre);
        for (v, &(off, rep, _)) in arg_vals.into_iter().zip(&layout.params[pi..]) {
            out_args.push((v, off, rep));
        }
        let results: Vec<(u32, ValRep)> = layout.results.iter().map(|&(o, r, _)| (o, r)).collect();
        let rk = match results.len() {
            0 => ResultKind::None,
            1 => match results[0].1 {
                // The evaluator pins a `U64` result until the statement
                // ends (it may be the only reference to what it points
                // to); an integer of that kind is read as the same eight
                // bytes, unpinned, so it keeps nothing alive.
                ValRep::Scalar(Kind::U64) if !self.p.has_pointers(layout.results[0].2) => ResultKind::Scalar(Kind::I64),
                ValRep::Scalar(k) => ResultKind::Scalar(k),
                ValRep::Mem(n) => ResultKind::Mem(n),
            },
            _ => ResultKind::Mem(layout.size - results[0].0),
        };
        let inlined = matches!(callee, Callee::Static(id) if id != self.cx().func)
            && callee_obj.is_some_and(|o| self.inl.contains(&o));
        let call =
            Expr::Call(Box::new(Call { callee, args: out_args, results, args_size: layout.size, pos, inlined }), rk);
        if pre.is_empty() { call } else { Expr::Seq(pre, Box::new(call)) }
    }

    /// Argument values converted to the parameter types, with variadic
    /// arguments packed into a slice and `f(g())` spread.
    fn arg_values(
        &mut self,
        args: &[ast::Expr],
        sig: &crate::types::typ::Signature,
        ellipsis: bool,
        pre: &mut Vec<Stmt>,
    ) -> Vec<Expr> {
        let site = self.variadic_site.take();
        let np = sig.params.len();
        // f(g()) with g returning several values.
        if args.len() == 1
            && let Some(tv) = self.tv(&args[0])
            && let Type::Tuple(ts) = self.p.types.get(tv.ty).clone()
        {
            let ts: Vec<TypeId> = ts.iter().map(|&t| self.sub(t)).collect();
            let call = self.expr(&args[0]);
            let tuple_t = self.p.types.tuple(ts.clone());
            let offs = self.p.offsets_of_tuple(&ts);
            let size = self.p.size_of(tuple_t);
            let mask = self.p.ptr_mask(tuple_t);
            let tmp = self.cx().alloc(size, 8, Ptrs::Mask(&mask));
            pre.push(Stmt { pos: args[0].span.lo, kind: StmtKind::CopyTo(Place::Local(tmp), size as u32, call) });
            let mut vals = Vec::new();
            for (i, t) in ts.iter().enumerate() {
                let v = self.load(Place::Local(tmp + offs[i] as u32), *t);
                let pt =
                    if sig.variadic && i >= np - 1 { self.slice_elem(sig.params[np - 1].ty) } else { sig.params[i].ty };
                vals.push(self.convert_implicit(v, *t, pt));
            }
            if sig.variadic && !ellipsis {
                let fixed = vals.drain(..np - 1).collect::<Vec<_>>();
                let st = sig.params[np - 1].ty;
                self.variadic_site = site;
                let packed = self.pack_variadic(st, vals);
                let mut out = fixed;
                out.push(packed);
                return out;
            }
            return vals;
        }
        let mut vals = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if sig.variadic && !ellipsis && i >= np - 1 {
                break;
            }
            vals.push(self.expr_as(a, sig.params[i.min(np.saturating_sub(1))].ty));
        }
        if sig.variadic && !ellipsis {
            let st = sig.params[np - 1].ty;
            let et = self.slice_elem(st);
            let extra: Vec<Expr> = args[np - 1..].iter().map(|a| self.expr_as(a, et)).collect();
            self.variadic_site = site;
            vals.push(self.pack_variadic(st, extra));
        }
        vals
    }

    pub(super) fn slice_elem(&self, st: TypeId) -> TypeId {
        match self.p.types.under_type(st) {
            Type::Slice(e) => *e,
            _ => st,
        }
    }

    fn pack_variadic(&mut self, st: TypeId, vals: Vec<Expr>) -> Expr {
        let site = self.variadic_site.take();
        if vals.is_empty() {
            return Expr::Composite { size: 24, elems: Vec::new() };
        }
        let et = self.slice_elem(st);
        let es = self.p.size_of(et);
        let rep = self.rep(et);
        let len = vals.len() as u64;
        let elems: Vec<(u64, Expr, ValRep)> =
            vals.into_iter().enumerate().map(|(i, v)| (i as u64 * es, v, rep)).collect();
        if let Some(id) = site
            && self.stack_site(id, crate::escape::SiteKind::Variadic, es * len)
        {
            let why = self.frame_why(id, crate::escape::SiteKind::Variadic);
            let elem = self.p.ptr_mask(et);
            return self.frame_slice_lit(es, len, elems, why, &elem);
        }
        let why = self.heap_why(site, crate::escape::SiteKind::Variadic, es * len, "a spread call's arguments");
        Expr::SliceLit { elem_size: es, layout: self.layout(et), len, elems, why }
    }

    /// The receiver argument of a concrete method call: walks embedded
    /// fields, then takes the address or loads the value as the method's
    /// receiver needs.
    fn receiver(&mut self, x: &ast::Expr, sel: &Selection) -> (Expr, TypeId) {
        let xt = self.ty_of(x);
        let walk = &sel.path[..];
        // p.M() with a pointer method passes p itself (nil included).
        if walk.is_empty()
            && sel.ptr_recv
            && let Type::Pointer(_) = self.p.types.get(xt)
        {
            return (self.expr(x), xt);
        }
        let (place, t) = if let Type::Pointer(b) = self.p.types.under_type(xt).clone() {
            let p = Place::Deref(Box::new(self.expr(x)));
            (p, b)
        } else {
            (self.operand_place(x), xt)
        };
        let place = self.field_path(place, t, walk);
        let ft = self.walk_type(t, walk);
        let (ft_base, ft_is_ptr) = match self.p.types.under_type(ft).clone() {
            Type::Pointer(b) if !self.p.types.is_named(ft) => (b, true),
            _ => (ft, false),
        };
        let rt = if sel.ptr_recv { self.p.types.pointer(ft_base) } else { ft_base };
        let v = self.recv_value(place, ft_base, sel.ptr_recv, ft_is_ptr);
        (v, rt)
    }

    /// A method's receiver from the place of the value it is found in (of
    /// type `base`, or `*base` when `is_ptr`): its address, the pointer,
    /// or the value, as the method's receiver kind needs.
    fn recv_value(&mut self, place: Place, base: TypeId, ptr_recv: bool, is_ptr: bool) -> Expr {
        match (ptr_recv, is_ptr) {
            (true, true) => Expr::load(place, Kind::U64),
            (true, false) => Expr::AddrOf(Box::new(place)),
            (false, true) => {
                let p = Place::Deref(Box::new(Expr::load(place, Kind::U64)));
                self.load(p, base)
            }
            (false, false) => self.load(place, base),
        }
    }

    /// The body of a wrapper: forward its parameters after the first
    /// `skip` to `callee` (laid out as `inner`, after the receiver when
    /// `recv` is given), and its results back.
    fn forward_call(
        &mut self,
        callee: Callee,
        recv: Option<Expr>,
        outer: &Layout,
        inner: &Layout,
        skip: usize,
        pos: u32,
    ) -> Vec<Stmt> {
        let mut args = Vec::new();
        // An interface call's receiver slot is filled by the call itself.
        let first = usize::from(recv.is_some() || matches!(callee, Callee::Iface(..)));
        if let Some(v) = recv {
            args.push((v, inner.params[0].0, inner.params[0].1));
        }
        for (i, &(off, rep, t)) in outer.params.iter().enumerate().skip(skip) {
            let v = self.load(Place::Local(off), t);
            args.push((v, inner.params[i - skip + first].0, rep));
        }
        let results: Vec<(u32, ValRep)> = inner.results.iter().map(|&(o, r, _)| (o, r)).collect();
        let rk = if results.is_empty() { ResultKind::None } else { ResultKind::Mem(inner.size - results[0].0) };
        let call = Expr::Call(Box::new(Call { callee, args, results, args_size: inner.size, pos, inlined: false }), rk);
        if outer.results.is_empty() {
            vec![Stmt { pos, kind: StmtKind::Expr(call) }]
        } else {
            let first = outer.results[0].0;
            vec![Stmt { pos, kind: StmtKind::CopyTo(Place::Local(first), outer.size - first, call) }]
        }
    }

    /// The operand an interface method is called on (through embedded
    /// fields of a struct, when the interface is embedded).
    fn embedded_operand(&mut self, x: &ast::Expr, sel: &Selection) -> (Expr, TypeId) {
        let xt = self.ty_of(x);
        let walk = &sel.path[..];
        if walk.is_empty() {
            return (self.expr(x), xt);
        }
        let (place, t) = if let Type::Pointer(b) = self.p.types.under_type(xt).clone() {
            (Place::Deref(Box::new(self.expr(x))), b)
        } else {
            (self.operand_place(x), xt)
        };
        let place = self.field_path(place, t, walk);
        let ft = self.walk_type(t, walk);
        (self.load(place, ft), ft)
    }

    fn walk_type(&self, mut t: TypeId, path: &[usize]) -> TypeId {
        for &i in path {
            if let Type::Pointer(b) = self.p.types.under_type(t) {
                t = *b;
            }
            if let Type::Struct(fs) = self.p.types.under_type(t) {
                t = fs[i].ty;
            }
        }
        t
    }

    /// The index of a method in an interface's itab (methods sorted by name).
    pub(super) fn iface_index(&self, it: TypeId, name: &str) -> u32 {
        let ts = self.p.type_set(it);
        ts.methods.iter().position(|m| m.name == name).unwrap_or(0) as u32
    }

    /// `x.M` as a value: a closure over a copy of the receiver (gc's `-fm`
    /// wrapper).
    pub(super) fn method_value(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &Selection) -> Expr {
        let sel = &self.concrete_selection(x, sel.clone());
        let ft = self.ty_of(e);
        let (recv, rt, iface_idx) = if sel.kind == SelKind::IfaceMethod {
            let (iv, it) = self.embedded_operand(x, sel);
            let idx = self.iface_index(it, &self.p.objs.get(sel.obj).name.clone());
            (iv, it, Some(idx))
        } else {
            let (r, rt) = self.receiver(x, sel);
            (r, rt, None)
        };
        let name = format!("{}-fm", self.p.objs.get(sel.obj).name);
        let id = self.new_func(name, e.span.lo);
        let mid = if iface_idx.is_none() {
            let targs = self.recv_targs(rt);
            Some(self.func_inst(sel.obj, targs))
        } else {
            None
        };
        let layout = self.sig_layout(None, ft);
        self.push_fn();
        self.layout_frame(&layout);
        let rrep = self.rep(rt);
        let ctx = Expr::load(Place::Local(0), Kind::U64);
        let rplace = Place::Field(Box::new(Place::Deref(Box::new(ctx))), 8);
        let rval = self.load(rplace, rt);
        let inner_recv = match iface_idx {
            Some(_) => Some(self.p.types.basic(Basic::UnsafePointer)),
            None => Some(rt),
        };
        let inner = self.sig_layout(inner_recv, ft);
        let (callee, recv_arg) = match (iface_idx, mid) {
            (Some(idx), _) => (Callee::Iface(rval, idx), None),
            (None, Some(mid)) => (Callee::Static(mid), Some(rval)),
            _ => unreachable!(),
        };
        let body = self.forward_call(callee, recv_arg, &layout, &inner, 0, e.span.lo);
        self.funcs[id as usize].args_size = layout.size;
        self.funcs[id as usize].wrapper = true;
        self.finish_fn(id, Vec::new(), body);
        let size = 8 + round_up(rrep.size(), 8) as u32;
        if self.stack_site(e.id, crate::escape::SiteKind::MethodValue, size as u64) {
            let why = self.frame_why(e.id, crate::escape::SiteKind::MethodValue);
            let mut mask = vec![false];
            mask.extend(self.p.ptr_mask(rt));
            return self.frame_closure(id, size, vec![(8, recv, rrep)], why, &mask);
        }
        let why = self.heap_why(Some(e.id), crate::escape::SiteKind::MethodValue, size as u64, "a method value");
        // The code word is not a heap pointer; the receiver copy by its type.
        let mut mask = vec![false];
        mask.extend(self.p.ptr_mask(rt));
        let layout = self.mem.heap.layouts.intern(&mask);
        Expr::Closure { func: id, size, captures: vec![(8, recv, rrep)], layout, why }
    }

    /// gc's autogenerated `(*T).M` for a value method `T.M`: takes a
    /// pointer receiver, copies `*p` and calls `T.M`.
    pub(super) fn ptr_wrapper(&mut self, m: ObjId, mid: FuncId, base: TypeId, sig: TypeId) -> FuncId {
        let pos = self.p.objs.get(m).pos;
        let name = self.funcs[mid as usize].name.replacen(
            &format!(".{}.", self.p.objs.get(self.recv_base_obj(m)).name),
            &format!(".(*{}).", self.p.objs.get(self.recv_base_obj(m)).name),
            1,
        );
        let id = self.new_func(name, pos);
        let ptr = self.p.types.pointer(base);
        let outer = self.sig_layout(Some(ptr), sig);
        let inner = self.sig_layout(Some(base), sig);
        self.push_fn();
        self.layout_frame(&outer);
        let recv = Place::Deref(Box::new(Expr::load(Place::Local(outer.params[0].0), Kind::U64)));
        let rv = self.load(recv, base);
        let body = self.forward_call(Callee::Static(mid), Some(rv), &outer, &inner, 1, pos);
        self.funcs[id as usize].args_size = outer.size;
        self.funcs[id as usize].has_args = true;
        self.funcs[id as usize].wrapper = true;
        self.finish_fn(id, Vec::new(), body);
        id
    }

    /// Methods promoted from embedded fields join the method sets of `T`
    /// and `*T`, each through a wrapper that walks to the embedded value
    /// (gc's promoted-method wrappers).
    pub(super) fn promoted_methods(&mut self, base: TypeId, ptr: TypeId) {
        let Type::Struct(fields) = self.p.types.under_type(base).clone() else { return };
        let mut names = Vec::new();
        let mut stack: Vec<TypeId> = fields.iter().filter(|f| f.embedded).map(|f| f.ty).collect();
        let mut seen = Vec::new();
        while let Some(t) = stack.pop() {
            let t = match self.p.types.get(t) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            if self.is_iface(t) {
                names.extend(self.p.type_set(t).methods.iter().map(|m| m.name.clone()));
                continue;
            }
            if let Some(info) = self.p.types.named_info(t) {
                let ms = match &info.origin {
                    Some((o, _)) => self.p.types.named_info(*o).map(|i| i.methods.clone()).unwrap_or_default(),
                    None => info.methods.clone(),
                };
                names.extend(ms.iter().map(|&m| self.p.objs.get(m).name.clone()));
            }
            if let Type::Struct(fs) = self.p.types.under_type(t).clone() {
                stack.extend(fs.iter().filter(|f| f.embedded).map(|f| f.ty));
            }
        }
        names.sort();
        names.dedup();
        let direct = self.rtypes.is_direct(&self.p, base);
        for name in names {
            if self.rtypes.sigs.contains_key(&(ptr, name.clone())) {
                continue;
            }
            let crate::types::lookup::Lookup::Found(sel) = self.p.lookup(base, &name) else { continue };
            if sel.path.is_empty() || sel.kind == SelKind::Field {
                continue;
            }
            let sig = sel.ty;
            let w = self.promoted_wrapper(base, &sel, true);
            self.rtypes.add_method(ptr, name.clone(), sig, w, false);
            // The value type's set lacks methods needing an addressable
            // embedded value.
            if !sel.ptr_recv || sel.indirect {
                let wv = if direct { self.promoted_wrapper(base, &sel, false) } else { w };
                self.rtypes.add_method(base, name, sig, wv, false);
            }
        }
    }

    /// A wrapper method of `T` (receiver `*T` when `by_ptr`, else the value
    /// itself, for pointer-shaped `T`) calling a promoted method.
    pub(super) fn promoted_wrapper(&mut self, base: TypeId, sel: &Selection, by_ptr: bool) -> FuncId {
        let name = self.p.objs.get(sel.obj).name.clone();
        let tname = crate::runtime::types::rtype_string(&self.p, base);
        let pos = self.p.objs.get(sel.obj).pos;
        let id = self.new_func(if by_ptr { format!("(*{tname}).{name}") } else { format!("{tname}.{name}") }, pos);
        let rt = if by_ptr { self.p.types.pointer(base) } else { base };
        let outer = self.sig_layout(Some(rt), sel.ty);
        self.push_fn();
        self.layout_frame(&outer);
        let recv_place = if by_ptr {
            Place::Deref(Box::new(Expr::load(Place::Local(outer.params[0].0), Kind::U64)))
        } else {
            Place::Local(outer.params[0].0)
        };
        let walk = &sel.path[..];
        let place = self.field_path(recv_place, base, walk);
        let ft = self.walk_type(base, walk);
        let (callee, recv_arg, inner) = if sel.kind == SelKind::IfaceMethod {
            let idx = self.iface_index(ft, &name);
            let iv = self.load(place, ft);
            let iv = self.mem_operand_expr(iv, 16);
            let up = self.p.types.basic(Basic::UnsafePointer);
            (Callee::Iface(iv, idx), None, self.sig_layout(Some(up), sel.ty))
        } else {
            let (fb, f_is_ptr) = match self.p.types.get(ft) {
                Type::Pointer(b) => (*b, true),
                _ => (ft, false),
            };
            let mrt = if sel.ptr_recv { self.p.types.pointer(fb) } else { fb };
            let v = self.recv_value(place, fb, sel.ptr_recv, f_is_ptr);
            let targs = self.recv_targs(mrt);
            let mid = self.func_inst(sel.obj, targs);
            (Callee::Static(mid), Some(v), self.sig_layout(Some(mrt), sel.ty))
        };
        let body = self.forward_call(callee, recv_arg, &outer, &inner, 1, pos);
        self.funcs[id as usize].args_size = outer.size;
        self.funcs[id as usize].has_args = true;
        self.funcs[id as usize].wrapper = true;
        self.finish_fn(id, Vec::new(), body);
        id
    }

    /// The function an interface method expression `I.M` denotes: it takes
    /// the interface value first and calls `M` through the itab.
    pub(super) fn iface_method_expr(&mut self, it: TypeId, sel: &Selection) -> FuncId {
        let name = self.p.objs.get(sel.obj).name.clone();
        let tname = crate::runtime::types::rtype_string(&self.p, it);
        let pos = self.p.objs.get(sel.obj).pos;
        let id = self.new_func(format!("{tname}.{name}"), pos);
        let outer = self.sig_layout(Some(it), sel.ty);
        self.push_fn();
        self.layout_frame(&outer);
        let iv = self.load(Place::Local(outer.params[0].0), it);
        let iv = self.mem_operand_expr(iv, 16);
        let idx = self.iface_index(it, &name);
        let up = self.p.types.basic(Basic::UnsafePointer);
        let inner = self.sig_layout(Some(up), sel.ty);
        let body = self.forward_call(Callee::Iface(iv, idx), None, &outer, &inner, 1, pos);
        self.funcs[id as usize].args_size = outer.size;
        self.funcs[id as usize].has_args = true;
        self.funcs[id as usize].wrapper = true;
        self.finish_fn(id, Vec::new(), body);
        id
    }

    fn recv_base_obj(&self, m: ObjId) -> ObjId {
        match &self.p.objs.get(m).kind {
            ObjKind::Func(fi) => fi.recv_base.unwrap_or(m),
            _ => m,
        }
    }

    /// A function literal: its body lowered as a function of its own, and a
    /// closure holding the addresses of the variables it captures.
    pub(super) fn func_lit(&mut self, e: &ast::Expr, sig: &ast::FuncType, body: &ast::Block) -> Expr {
        let t = self.ty_of(e);
        let n = self.cx.len();
        let name = self.closure_name(false);
        let id = self.new_func(name, e.span.lo);
        self.push_fn();
        let pre = self.frame(id, t, Vec::new(), sig, body.span.lo);
        self.funcs[id as usize].end = body.span.hi.saturating_sub(1);
        // The literal's own body is its own frame's business.
        let no_stack = std::mem::take(&mut self.no_stack);
        let stmts = self.block(&body.stmts);
        self.no_stack = no_stack;
        let captures = self.cx.last().unwrap().captures.clone();
        let cap_size = self.cx.last().unwrap().cap_size;
        self.finish_fn(id, pre, stmts);
        debug_assert_eq!(self.cx.len(), n);
        self.make_closure(Some(e.id), id, captures, cap_size)
    }

    /// `T(x)` for a non-constant `x`.
    fn conversion(&mut self, e: &ast::Expr, x: &ast::Expr, to: TypeId) -> Expr {
        if self.is_nil(x) {
            return self.zero(to);
        }
        let from = self.ty_of(x);
        if self.is_iface(to) {
            let v = self.expr(x);
            if !self.is_iface(from) {
                return self.box_iface_site(e.id, v, from, to);
            }
            return self.convert_implicit(v, from, to);
        }
        // []byte("constant") that does not escape: an exact frame copy.
        if let Type::Slice(el) = self.p.types.under_type(to).clone()
            && self.p.size_of(el) == 1
            && let Some(s) = self.tv(x).and_then(|t| t.val.as_ref()).and_then(|v| v.as_str().map(|s| s.to_string()))
        {
            let bytes = crate::types::constant::string_bytes(&s);
            if self.stack_site(e.id, crate::escape::SiteKind::Str2Bytes, bytes.len() as u64) {
                let why = self.frame_why(e.id, crate::escape::SiteKind::Str2Bytes);
                return self.frame_const_bytes(&bytes, why);
            }
        }
        let (fu, tu) = (self.p.types.under_type(from).clone(), self.p.types.under_type(to).clone());
        let v = self.expr(x);
        match (&fu, &tu) {
            (Type::Basic(a), Type::Basic(b)) => {
                let (ak, bk) = (a.kind(), b.kind());
                if bk.is_string() && ak.is_integer() {
                    let k = self.kind(from);
                    let buf = self.stack_site(e.id, SK::RuneStr, 4).then(|| self.cx().alloc_object(4, 8, Ptrs::None));
                    let why = self.heap_why(Some(e.id), SK::RuneStr, 0, STRINGS);
                    return Expr::Convert(Conv::IntToString(buf), k, Kind::I64, Box::new(v), why);
                }
                if ak.is_string() || bk.is_string() {
                    return v;
                }
                let (fk, tk) = (self.kind(from), self.kind(to));
                if fk == tk { v } else { Expr::Convert(Conv::Numeric, fk, tk, Box::new(v), why::NONE) }
            }
            (Type::Slice(el), Type::Basic(_)) => {
                let (conv, kind) = if self.p.size_of(*el) == 4 {
                    (Conv::RunesToString, SK::Runes2Str)
                } else if self.stack_site(e.id, SK::Bytes2Str, FRAME_BUF) {
                    (Conv::BytesToString(Some(self.cx().alloc_object(FRAME_BUF, 8, Ptrs::None))), SK::Bytes2Str)
                } else {
                    (Conv::BytesToString(None), SK::Bytes2Str)
                };
                let why = self.heap_why(Some(e.id), kind, 0, STRINGS);
                Expr::Convert(conv, Kind::U64, Kind::U64, Box::new(self.mem_operand_ptrs(v, 24, SLICE)), why)
            }
            (Type::Basic(_), Type::Slice(el)) => {
                let buf = self.stack_buf;
                self.stack_buf = false;
                let (conv, why) = if self.p.size_of(*el) == 4 {
                    (Conv::StringToRunes, self.heap_why(Some(e.id), SK::Str2Runes, 0, STRINGS))
                } else if self.stack_site(e.id, SK::Str2Bytes, FRAME_BUF) {
                    // The frame buffer, or the heap beyond 32 bytes.
                    let heap = self.heap_why(
                        Some(e.id),
                        SK::Str2Bytes,
                        FRAME_BUF + 1,
                        "longer than the frame's 32-byte buffer",
                    );
                    (
                        Conv::StringToBytesBuf(self.cx().alloc_object(FRAME_BUF, 8, Ptrs::None), heap),
                        self.frame_why(e.id, SK::Str2Bytes),
                    )
                } else {
                    (Conv::StringToBytes, self.heap_why(Some(e.id), SK::Str2Bytes, 0, "a non-constant string"))
                };
                let _ = buf;
                Expr::Convert(conv, Kind::U64, Kind::U64, Box::new(self.mem_operand_ptrs(v, 16, STRING)), why)
            }
            (Type::Slice(el), Type::Array(n, _)) => {
                let es = self.p.size_of(*el) as u32;
                Expr::Builtin(Builtin::SliceToArray(*n, es), vec![self.mem_operand_ptrs(v, 24, SLICE)])
            }
            (Type::Slice(_), Type::Pointer(a)) => {
                let n = match self.p.types.under_type(*a) {
                    Type::Array(n, _) => *n,
                    _ => 0,
                };
                Expr::Builtin(Builtin::SliceToArrayPtr(n), vec![self.mem_operand_ptrs(v, 24, SLICE)])
            }
            _ => v,
        }
    }

    fn builtin(&mut self, e: &ast::Expr, b: B, args: &[ast::Expr], ellipsis: bool) -> Expr {
        let pos = e.span.lo;
        match b {
            B::Len | B::Cap => {
                let xt = self.ty_of(&args[0]);
                match self.p.types.under_type(xt).clone() {
                    Type::Map(..) => Expr::MapLen(Box::new(self.expr(&args[0]))),
                    Type::Pointer(a) => {
                        let n = match self.p.types.under_type(a) {
                            Type::Array(n, _) => *n,
                            _ => 0,
                        };
                        Expr::Const(n)
                    }
                    Type::Chan(..) => Expr::ChanLen(Box::new(self.expr(&args[0])), b == B::Cap),
                    _ => {
                        let x = self.mem_operand(&args[0]);
                        Expr::HeaderWord(Box::new(x), if b == B::Len { 1 } else { 2 })
                    }
                }
            }
            B::New => {
                let t = self.ty_of(e);
                let Type::Pointer(el) = self.p.types.get(t).clone() else { return Expr::Const(0) };
                let (size, align) = self.p.layout(el);
                if self.stack_site(e.id, SK::New, size) {
                    let why = self.frame_why(e.id, SK::New);
                    let mask = self.p.ptr_mask(el);
                    return self.frame_object(size, align, None, why, &mask);
                }
                let why = self.heap_why(Some(e.id), SK::New, size, "zero-sized");
                Expr::New { size: self.p.size_of(el), layout: self.layout(el), init: None, why }
            }
            B::Make => {
                let t = self.ty_of(e);
                match self.p.types.under_type(t).clone() {
                    Type::Slice(el) => {
                        let lt = self.ty_of(&args[1]);
                        let len_kind = self.kind(lt);
                        let len = Box::new(self.expr(&args[1]));
                        let cap = args.get(2).map(|c| Box::new(self.index_expr(c)));
                        let es = self.p.size_of(el);
                        let konst = |l: &mut Self, a: Option<&ast::Expr>| {
                            a.and_then(|a| l.tv(a)).and_then(|t| t.val.as_ref()).and_then(|v| v.as_u64())
                        };
                        let mut len_const = konst(self, args.get(1));
                        let mut cap_const = konst(self, args.get(2));
                        // A size escape analysis knows statically.
                        if let Some(&n) = self.esc.make_consts.get(&e.id) {
                            if args.len() > 2 { cap_const = Some(n) } else { len_const = Some(n) }
                        }
                        let mut because = "zero-sized element";
                        let mut buf = None;
                        if self.stack_site(e.id, SK::MakeSlice, es.max(1)) {
                            let why = self.frame_why(e.id, SK::MakeSlice);
                            let elem = self.p.ptr_mask(el);
                            match self.frame_make_slice(es, len_const, cap_const, why, &elem) {
                                Ok(x) => return x,
                                Err(b) => because = b,
                            }
                            // A size known only at run time: gc's 32-byte
                            // frame buffer, used when `cap <= 32/elemsize`.
                            if because == NON_CONSTANT && es > 0 && es <= FRAME_BUF {
                                let mask = super::ptrmap::repeat(&elem, es, FRAME_BUF / es);
                                buf = Some((self.cx().alloc_object(FRAME_BUF, 8, Ptrs::Mask(&mask)), why));
                                because = "non-constant size, over the 32-byte stack buffer";
                            }
                        }
                        let size = cap_const.or(len_const).map_or(0, |n| n.saturating_mul(es));
                        let why = self.heap_why(Some(e.id), SK::MakeSlice, size, because);
                        let layout = self.layout(el);
                        Expr::MakeSlice { elem_size: es, layout, len, cap, len_kind, buf, why }
                    }
                    Type::Map(..) => {
                        let map = self.map_info(t);
                        let hint = args.get(1).map(|h| Box::new(self.index_expr(h)));
                        let why = self.heap_why(Some(e.id), SK::MakeMap, 0, MAPS);
                        self.frame_map(e.id, SK::MakeMap, Expr::MakeMap { map, hint, why })
                    }
                    Type::Chan(_, el) => {
                        let size = args.get(1).map(|h| Box::new(self.index_expr(h)));
                        Expr::MakeChan { elem: el, elem_size: self.p.size_of(el), layout: self.layout(el), size }
                    }
                    _ => {
                        self.error(pos, "make of this type is not supported");
                        Expr::Const(0)
                    }
                }
            }
            B::Append => {
                // Only the outermost value assigned to the variable gets a
                // buffer, and (as gc does) only an append of elements, not
                // of a spread slice.
                let moved = self.esc.moves.appends.get(&e.id).copied();
                let wanted = std::mem::take(&mut self.stack_buf)
                    && !ellipsis
                    && self.no_stack == 0
                    && self.esc.stack.contains(&(e.id, crate::escape::SiteKind::Append));
                let wanted = wanted || (moved.is_some() && !ellipsis);
                let var = args.first().and_then(|a| self.p.info.uses.get(&strip_parens(a).id).copied());
                let st = self.ty_of(e);
                let et = self.slice_elem(st);
                let es = self.p.size_of(et);
                let layout = self.layout(et);
                let s = self.expr_as(&args[0], st);
                let s = self.mem_operand_ptrs(s, 24, SLICE);
                if ellipsis {
                    let src = self.mem_operand(&args[1]);
                    let why = self.append_why(e.id, false);
                    return Expr::Append {
                        slice: Box::new(s),
                        elems: Vec::new(),
                        spread: Some(Box::new(src)),
                        elem_size: es,
                        rep: self.rep(et),
                        layout,
                        grow_buf: false,
                        buf: None,
                        why,
                    };
                }
                let elems = args[1..].iter().map(|a| self.expr_as(a, et)).collect();
                self.stack_buf = wanted;
                let (buf, grow_buf) = match moved {
                    // The capacity is observed: every growth that fits
                    // steps up a size class in the buffer (growsliceBuf).
                    Some((o, true)) => {
                        self.stack_buf = false;
                        let why = self.moved_why(o, "growsliceBuf: the frame's 32-byte buffer");
                        (Some((self.append_buf(Some(o), et), why)), true)
                    }
                    Some((o, false)) => {
                        let b = self.take_stack_buf(e.id, et, Some(o));
                        let why = self.moved_why(o, "its first growth uses the frame's 32-byte buffer");
                        (b.map(|(off, _)| (off, why)), false)
                    }
                    None => (self.take_stack_buf(e.id, et, var), false),
                };
                let why = self.append_why(e.id, buf.is_some());
                let rep = self.rep(et);
                Expr::Append { slice: Box::new(s), elems, spread: None, elem_size: es, rep, layout, grow_buf, buf, why }
            }
            B::Copy => {
                let dt = self.ty_of(&args[0]);
                let es = self.p.size_of(self.slice_elem(dt));
                let d = self.mem_operand(&args[0]);
                let s = self.mem_operand(&args[1]);
                Expr::CopySlice { dst: Box::new(d), src: Box::new(s), elem_size: es }
            }
            B::Delete => {
                let mt = self.ty_of(&args[0]);
                let map = self.map_info(mt);
                let m = self.expr(&args[0]);
                let key = self.expr_as(&args[1], map.key);
                Expr::Builtin(Builtin::Delete(map), vec![m, key])
            }
            B::Clear => {
                let xt = self.ty_of(&args[0]);
                if let Type::Map(..) = self.p.types.under_type(xt) {
                    let map = self.map_info(xt);
                    let m = self.expr(&args[0]);
                    return Expr::Builtin(Builtin::ClearMap(map), vec![m]);
                }
                let es = self.p.size_of(self.slice_elem(xt));
                let s = self.mem_operand(&args[0]);
                Expr::Builtin(Builtin::Clear(es as u32), vec![s])
            }
            B::Min | B::Max => {
                let t = self.ty_of(e);
                let vals: Vec<Expr> = args.iter().map(|a| self.expr_as(a, t)).collect();
                if self.is_string(t) {
                    let vals = vals.into_iter().map(|v| self.mem_operand_expr(v, 16)).collect();
                    return Expr::Builtin(if b == B::Min { Builtin::MinStr } else { Builtin::MaxStr }, vals);
                }
                let k = self.kind(t);
                Expr::Builtin(if b == B::Min { Builtin::Min(k) } else { Builtin::Max(k) }, vals)
            }
            B::Print | B::Println => {
                let mut vals = Vec::new();
                for a in args {
                    let t = self.ty_of(a);
                    let any = self.p.types.any();
                    let v = self.expr_as(a, t);
                    let v = match self.convert_implicit(v, t, any) {
                        Expr::ToIface { word, x, rep, direct, zero_box, layout, .. } => {
                            let why = if direct { why::NONE } else { self.plain_why(PRINT) };
                            Expr::ToIface { word, x, rep, direct, zero_box, layout, why }
                        }
                        v => v,
                    };
                    vals.push(self.mem_operand_expr(v, 16));
                }
                Expr::Builtin(Builtin::Print { ln: b == B::Println }, vals)
            }
            B::Panic => {
                let any = self.p.types.any();
                let v = self.expr_as(&args[0], any);
                Expr::Builtin(Builtin::Panic, vec![self.mem_operand_expr(v, 16)])
            }
            B::Recover => Expr::Builtin(Builtin::Recover, Vec::new()),
            B::Close => Expr::Builtin(Builtin::Close, vec![self.expr(&args[0])]),
            B::Complex | B::Real | B::Imag => {
                self.error(pos, format!("{} is not supported yet", b.name()));
                Expr::Const(0)
            }
        }
    }
}
