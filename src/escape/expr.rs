//! Expressions (gc's `escape/expr.go`): how each kind of expression flows
//! its value into the hole it is evaluated for.
//!
//! Names flow their location; `&x` flows x's address (derefs -1), `*p`,
//! `p.f` through a pointer, slice indexing and ranging dereference (+1);
//! selecting a field of a value or an array element keeps the count.
//! Allocating expressions get a location of their own whose address flows
//! to the hole (gc's `spill`): `new`, `&T{}`, slice and map literals,
//! `make`, closures, method values, string conversions and
//! concatenations, and conversions of non-pointer values to interfaces.
//! Arithmetic, comparisons and map reads flow nothing; a value without
//! pointers never matters.
//!
//! Invariant: implicit conversions recorded by the type checker
//! (`Info::conversions`) are modelled where gc's IR has them, around the
//! operand, before the operand itself.

use super::SiteKind;
use super::batch::{Batch, Site};
use super::gcfmt::{Fmt, strip};
use super::graph::*;
use crate::syntax::ast::*;
use crate::types::lookup::{SelKind, Selection};
use crate::types::object::ObjKind;
use crate::types::typ::{Type, TypeId};

impl<'f> Batch<'f, '_> {
    pub(super) fn fmt(&self) -> Fmt<'f> {
        Fmt { p: self.cx.p, map: self.cx.map, devirt: Some(self.devirt), shape: self.shape }
    }
}

impl<'a> Batch<'_, 'a> {
    pub(super) fn type_of(&self, e: &Expr) -> Option<TypeId> {
        self.p().info.types.get(&e.id).map(|t| t.ty)
    }

    pub(super) fn is_pkg(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Ident(_))
            && self.p().info.uses.get(&e.id).is_some_and(|&o| matches!(self.p().objs.get(o).kind, ObjKind::PkgName(_)))
    }

    fn is_constant(&self, e: &Expr) -> bool {
        self.p().info.types.get(&e.id).is_some_and(|t| t.val.is_some())
    }

    pub(super) fn is_iface(&self, t: TypeId) -> bool {
        self.p().types.is_interface(t)
    }

    /// gc's `IsDirectIface`: values stored in the interface word itself.
    pub(super) fn direct_iface(&self, t: TypeId) -> bool {
        match self.p().types.under_type(t) {
            Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Signature(_) => true,
            Type::Basic(b) => b.kind() == crate::types::typ::Basic::UnsafePointer,
            Type::Array(1, e) => self.direct_iface(*e),
            Type::Struct(fs) => fs.len() == 1 && self.direct_iface(fs[0].ty),
            _ => false,
        }
    }

    /// A hole for a type assertion to `t` (gc's `dotType`).
    pub(super) fn dot_type(&self, k: Hole, t: TypeId) -> Hole {
        if !self.is_iface(t) && !self.direct_iface(t) { k.shift(1) } else { k }
    }

    pub(super) fn discard(&mut self, e: &'a Expr) {
        self.expr(Hole::to(BLANK), e);
    }

    /// A new allocation site and its location, whose address flows to `k`.
    pub(super) fn spill(&mut self, k: Hole, site: Site<'a>) -> Hole {
        let func = site.func;
        let s = self.sites.len() as u32;
        self.sites.push(site);
        let k = self.note_site(k, s, "spill");
        let h = self.g.spill(k, Node::Site(s), self.cur, self.depth);
        if let Some(f) = func {
            self.closure_locs.insert(h.dst, f);
        }
        h
    }

    pub(super) fn site(&self, kind: SiteKind, expr: &'a Expr, pos: u32, text: String) -> Site<'a> {
        Site { kind, expr, pos, text, size: None, silent: false, func: None, operand: None }
    }

    /// Evaluates `e` into `k` (gc's `expr`).
    pub(super) fn expr(&mut self, k: Hole, e: &'a Expr) {
        if let Some(&t) = self.arg_temps.get(&e.id) {
            self.g.flow(k, t);
            return;
        }
        if self.p().info.conversions.contains_key(&e.id) && !super::oracle::is_nil(self.p(), e) {
            self.conv_iface(k, e, None);
            return;
        }
        self.expr_noconv(k, e);
    }

    /// `e` converted to an interface: a boxed copy unless the value fits
    /// the interface word. `explicit` is the conversion `I(e)` itself.
    pub(super) fn conv_iface(&mut self, mut k: Hole, e: &'a Expr, explicit: Option<&'a Expr>) {
        let t = self.type_of(e);
        let f = self.fmt();
        if let Some(t) = t
            && !self.is_iface(t)
            && !self.direct_iface(t)
        {
            let (site_expr, pos, text) = match explicit {
                Some(c) => (c, self.node_pos(c), f.text(c)),
                None => (e, f.pos(e), f.text(e)),
            };
            let mut site = self.site(SiteKind::Iface, site_expr, pos, text);
            site.operand = Some(e);
            k = self.spill(k, site);
        }
        if self.g.explain {
            let (pos, text) = match explicit {
                Some(c) => (self.node_pos(c), f.text(c)),
                None => (f.pos(e), f.text(e)),
            };
            k = self.note_text(k, pos, "interface-converted", || text);
        }
        self.expr_noconv(k, e);
    }

    /// gc's position of an IR node made for `e`: conversions sit at their
    /// operand.
    pub(super) fn node_pos(&self, e: &Expr) -> u32 {
        let s = strip(e);
        if let ExprKind::Call { args, .. } = &s.kind
            && self.is_conversion(s)
            && let Some(a) = args.first()
        {
            return self.fmt().pos(a);
        }
        self.fmt().pos(e)
    }

    pub(super) fn expr_noconv(&mut self, mut k: Hole, e: &'a Expr) {
        if self.is_constant(e) {
            return;
        }
        let ty = self.type_of(e);
        if k.derefs >= 0 && ty.is_some_and(|t| !self.has_ptrs(t)) {
            k.dst = BLANK;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(k, x),
            ExprKind::Ident(_) => {
                let Some(&o) = self.p().info.uses.get(&e.id) else { return };
                if let ObjKind::Var(v) = &self.p().objs.get(o).kind
                    && !v.global
                    && let Some(l) = self.var_loc(o)
                {
                    self.g.flow(k, l);
                }
            }
            ExprKind::BasicLit(..) | ExprKind::Bad => {}
            ExprKind::FuncLit { .. } => self.closure(k, e),
            ExprKind::CompositeLit { elts, .. } => self.composite(k, e, elts),
            ExprKind::Unary(UnOp::Addr, x) => {
                if matches!(strip(x).kind, ExprKind::CompositeLit { .. }) {
                    // &T{...}: a new object.
                    let t = self.type_of(strip(x));
                    let f = self.fmt();
                    let mut site = self.site(SiteKind::PtrLit, e, e.span.lo, format!("&{}", f.text(x)));
                    site.size = t.map(|t| self.p().size_of(t));
                    let k2 = self.spill(k, site);
                    self.expr(k2, strip(x));
                } else {
                    let k = self.note_e(k.addr(), e, "address-of");
                    self.expr(k, x);
                }
            }
            ExprKind::Unary(UnOp::Recv, x) => self.discard(x),
            ExprKind::Unary(_, x) => self.discard(x),
            ExprKind::Star(x) => {
                let k = self.note_e(k.deref(), e, "indirection");
                self.expr(k, x)
            }
            ExprKind::Binary(op, x, y) => self.binary(k, e, *op, x, y),
            ExprKind::Selector(x, _) => self.selector(k, e, x),
            ExprKind::Index(x, idx) => {
                if self.p().info.instances.contains_key(&x.id) || self.p().info.instances.contains_key(&e.id) {
                    return;
                }
                match self.type_of(x).map(|t| self.p().types.under_type(t).clone()) {
                    Some(Type::Map(..)) => {
                        self.discard(x);
                        idx.iter().for_each(|i| self.discard(i));
                    }
                    Some(Type::Array(..)) => {
                        let k = self.note_e(k, e, "fixed-array-index-of");
                        self.expr(k, x);
                        idx.iter().for_each(|i| self.discard(i));
                    }
                    _ => {
                        // Slices, strings and pointers to arrays.
                        let k = self.note_e(k.deref(), e, "dot of pointer");
                        self.expr(k, x);
                        idx.iter().for_each(|i| self.discard(i));
                    }
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let is_array = self.type_of(x).is_some_and(|t| matches!(self.p().types.under_type(t), Type::Array(..)));
                // Slicing an array takes its address.
                let k = self.note_e(k, e, "slice");
                let kx = if is_array {
                    let f = self.fmt();
                    self.note_text(k.addr(), f.pos(e), "address-of", || f.text(x))
                } else {
                    k
                };
                self.expr(kx, x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.discard(y);
                }
            }
            ExprKind::TypeAssert(x, _) => {
                let t = ty.unwrap_or_default();
                let k2 = self.dot_type(k, t);
                let k2 = self.note_e(k2, e, "dot");
                self.expr(k2, x);
            }
            ExprKind::Call { .. } => self.call(Some(&[k]), e),
            _ => {}
        }
    }

    fn binary(&mut self, k: Hole, e: &'a Expr, op: BinOp, x: &'a Expr, y: &'a Expr) {
        let f = self.fmt();
        if f.is_string_concat(e) {
            let mut parts = Vec::new();
            f.concat_parts(e, &mut parts);
            let site = self.site(SiteKind::AddStr, e, f.pos(e), f.text(e));
            self.spill(k, site);
            for p in parts {
                self.discard(p);
            }
            return;
        }
        // Comparing an interface with a concrete value converts the value.
        if matches!(op, BinOp::Eql | BinOp::Neq)
            && let (Some(tx), Some(ty)) = (self.type_of(x), self.type_of(y))
        {
            let (ix, iy) = (self.is_iface(tx), self.is_iface(ty));
            if ix != iy {
                for (side, conv) in [(x, !ix), (y, !iy)] {
                    if conv && !super::oracle::is_nil(self.p(), side) {
                        self.conv_iface(Hole::to(BLANK), side, None);
                    } else {
                        self.discard(side);
                    }
                }
                return;
            }
        }
        self.discard(x);
        self.discard(y);
    }

    /// The pointers dereferenced walking a field selection's path (the
    /// embedded fields, then the field).
    pub(super) fn path_derefs(&self, x: &Expr, sel: &Selection) -> i32 {
        let mut t = match self.type_of(x) {
            Some(t) => t,
            None => return 0,
        };
        let mut n = 0;
        for &i in &sel.path {
            if let Type::Pointer(e) = self.p().types.under_type(t) {
                n += 1;
                t = *e;
            }
            match self.p().types.under_type(t) {
                Type::Struct(fs) if i < fs.len() => t = fs[i].ty,
                _ => break,
            }
        }
        n
    }

    fn selector(&mut self, k: Hole, e: &'a Expr, x: &'a Expr) {
        if self.is_pkg(x) {
            return;
        }
        let Some(sel) = self.p().info.selections.get(&e.id).cloned() else { return };
        if sel.kind == SelKind::Field {
            let n = self.path_derefs(x, &sel);
            let k2 = if n > 0 { k.shift(n) } else { k };
            let k2 = if self.g.explain { self.field_notes(k2, e, x, &sel) } else { k2 };
            self.expr(k2, x);
        } else if super::is_method_sel(self.p(), e) {
            self.method_value(k, e, x, &sel);
        }
    }

    /// Explain mode: one note per field the selection's path walks, outer
    /// first (gc's nested `ODOT`/`ODOTPTR` through embedded fields).
    fn field_notes(&mut self, mut k: Hole, e: &'a Expr, x: &'a Expr, sel: &Selection) -> Hole {
        let f = self.fmt();
        let pos = f.pos(e);
        let mut t = self.type_of(x).unwrap_or_default();
        let mut steps = Vec::new();
        let mut text = f.text(x);
        for (j, &i) in sel.path.iter().enumerate() {
            let ptr = if let Type::Pointer(el) = self.p().types.under_type(t) {
                t = *el;
                true
            } else {
                false
            };
            let Type::Struct(fs) = self.p().types.under_type(t).clone() else { break };
            let Some(fd) = fs.get(i) else { break };
            text = if j + 1 == sel.path.len() { f.text(e) } else { format!("{text}.{}", fd.name) };
            steps.push((text.clone(), ptr));
            t = fd.ty;
        }
        for (text, ptr) in steps.into_iter().rev() {
            k = self.note_text(k, pos, if ptr { "dot of pointer" } else { "dot" }, || text);
        }
        k
    }

    /// `x.M` as a value: a closure binding the receiver (gc's
    /// `OMETHVALUE`).
    fn method_value(&mut self, k: Hole, e: &'a Expr, x: &'a Expr, sel: &Selection) {
        let f = self.fmt();
        let mut site = self.site(SiteKind::MethodValue, e, f.pos(e), f.text(e));
        let recv_t = self.recv_param_type(sel);
        site.size = Some(8 + recv_t.map_or(8, |t| self.p().size_of(t)));
        let closure_k = self.spill(k, site);
        // Results of the method go who knows where.
        let n_results = self.p().types.signature(sel.ty).map_or(0, |s| s.results.len());
        let ks: Vec<Hole> = (0..n_results).map(|_| Hole::to(HEAP)).collect();
        let callee = self.static_method(sel);
        let param_k = match callee {
            Some(c) => self.tag_hole(Some(&ks), c, 0),
            None => Hole::to(HEAP),
        };
        let k2 = self.g.tee(&[param_k, closure_k], self.cur, self.depth);
        self.recv_arg(k2, x, sel);
    }

    fn recv_param_type(&self, sel: &Selection) -> Option<TypeId> {
        let ptr = matches!(&self.p().objs.get(sel.obj).kind, ObjKind::Func(fi) if fi.ptr_recv);
        if ptr { None } else { Some(sel.recv) }
    }

    /// Evaluates the receiver `x` of method `sel` into `k`: through the
    /// embedded fields, then `&` or `*` as the method's receiver needs.
    pub(super) fn recv_arg(&mut self, k: Hole, x: &'a Expr, sel: &Selection) {
        let t = self.type_of(x).unwrap_or_default();
        let k = self.recv_hole(k, t, sel, x);
        self.expr(k, x);
    }

    /// The hole for a receiver operand of type `t` passed to method `sel`:
    /// through the embedded fields of the selection's path, then `&` or
    /// `*` as the method's receiver needs.
    pub(super) fn recv_hole(&mut self, k: Hole, t: TypeId, sel: &Selection, x: &'a Expr) -> Hole {
        let mut t = t;
        let mut steps = Vec::new();
        for &i in &sel.path {
            let ptr = if let Type::Pointer(e) = self.p().types.under_type(t) {
                t = *e;
                true
            } else {
                false
            };
            steps.push(ptr);
            match self.p().types.under_type(t) {
                Type::Struct(fs) if i < fs.len() => t = fs[i].ty,
                _ => break,
            }
        }
        let is_ptr = matches!(self.p().types.under_type(t), Type::Pointer(_));
        let iface = self.is_iface(t);
        let ptr_recv = matches!(&self.p().objs.get(sel.obj).kind, ObjKind::Func(fi) if fi.ptr_recv);
        let mut k = k;
        // A value receiver without pointers carries nothing.
        let value_t = match self.p().types.under_type(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        if !iface && !ptr_recv && k.derefs >= 0 && !self.has_ptrs(value_t) {
            k.dst = BLANK;
        }
        if !iface {
            if ptr_recv && !is_ptr {
                // gc's implicit `&x` sits at the selector's dot.
                let f = self.fmt();
                let pos = super::gcfmt::skip_blank(self.cx.map, x.span.hi);
                k = self.note_text(k.addr(), pos, "address-of", || f.text(x));
            } else if !ptr_recv && is_ptr {
                k = k.deref();
            }
        }
        for ptr in steps.into_iter().rev() {
            if ptr {
                k = k.deref();
            }
        }
        k
    }

    fn composite(&mut self, k: Hole, e: &'a Expr, elts: &'a [Element]) {
        let t = self.type_of(e).unwrap_or_default();
        let f = self.fmt();
        match self.p().types.under_type(t).clone() {
            Type::Slice(el) => {
                let site = self.site(SiteKind::SliceLit, e, f.pos(e), f.text(e));
                let s = self.sites.len() as u32;
                let k2 = self.spill(k, site);
                let k2 = self.note_site(k2, s, "slice-literal-element");
                for x in elts {
                    self.elem(k2, &x.value, el);
                }
            }
            Type::Map(kt, vt) => {
                let site = self.site(SiteKind::MapLit, e, f.pos(e), f.text(e));
                let s = self.sites.len() as u32;
                self.spill(k, site);
                let kk = self.note_site(Hole::to(HEAP), s, "map literal key");
                let kv = self.note_site(Hole::to(HEAP), s, "map literal value");
                for x in elts {
                    if let Some(key) = &x.key {
                        self.elem(kk, key, kt);
                    }
                    self.elem(kv, &x.value, vt);
                }
            }
            Type::Array(_, el) => {
                let k = self.note_e(k, e, "array literal element");
                for x in elts {
                    self.elem(k, &x.value, el);
                }
            }
            _ => {
                let k = self.note_e(k, e, "struct literal element");
                for x in elts {
                    self.expr(k, &x.value);
                }
            }
        }
    }

    /// An element of a composite literal of element type `t`: an elided
    /// `{...}` of a pointer type is `&T{...}`.
    fn elem(&mut self, k: Hole, v: &'a Expr, t: TypeId) {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind
            && let Type::Pointer(base) = self.p().types.under_type(t).clone()
        {
            let f = self.fmt();
            let text = format!("&{}{{{}}}", f.type_str(base), if elts.is_empty() { "" } else { "..." });
            let mut site = self.site(SiteKind::PtrLit, v, v.span.lo, text);
            site.size = Some(self.p().size_of(base));
            let k2 = self.spill(k, site);
            self.expr_noconv(k2, v);
            return;
        }
        self.expr(k, v);
    }

    /// A function literal (gc's `OCLOSURE`): a closure record, walked with
    /// its enclosing function when it captures variables.
    fn closure(&mut self, k: Hole, e: &'a Expr) {
        let Some(&f) = self.funcs.by_lit.get(&e.id) else { return };
        let mut site = self.site(SiteKind::Closure, e, e.span.lo, "func literal".into());
        site.func = Some(f);
        let caps = self.funcs.get(f).captures.clone();
        site.size = Some(8 + caps.iter().map(|&o| self.p().size_of(self.p().objs.get(o).ty).max(8)).sum::<u64>());
        let k2 = self.spill(k, site);
        if self.funcs.get(f).is_closure() {
            self.closures.push((k2, f));
            for &o in &caps {
                if let Some(l) = self.var_loc(o) {
                    let loc = &mut self.g.locs[l as usize];
                    if !loc.captured {
                        loc.captured = true;
                        if loc.loop_depth == self.depth {
                            loc.reassigned = false;
                        }
                    }
                }
            }
            self.walk_func(f);
        }
    }
}
