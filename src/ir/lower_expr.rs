//! Lowering of expressions and places.
//!
//! `expr` gives an expression of its own (recorded) type; `expr_as` adds
//! the implicit conversion assignment makes (to an interface, or of an
//! untyped constant). `place` gives the location of an addressable
//! expression; `mem_operand` makes any memory value readable in place,
//! spilling a non-addressable one into a frame temporary.

use super::lower::{Lowerer, VarLoc};
use super::lower_stack::{MAPS, STRINGS};
use super::*;
use crate::escape::SiteKind;
use crate::syntax::ast::{self, ExprKind};
use crate::types::constant::Value;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type, TypeId};
use crate::types::{Mode, TypeAndValue};

impl Lowerer<'_> {
    pub(super) fn tv(&self, e: &ast::Expr) -> Option<&TypeAndValue> {
        self.p.info.types.get(&e.id)
    }

    /// The type an expression has after implicit conversion of untyped
    /// operands.
    pub(super) fn ty_of(&mut self, e: &ast::Expr) -> TypeId {
        let Some(tv) = self.tv(e) else { return crate::types::typ::INVALID };
        let t = if self.p.types.is_untyped(tv.ty)
            && let Some(&t) = self.p.info.conversions.get(&e.id)
        {
            self.p.types.default_type(t)
        } else {
            self.p.types.default_type(tv.ty)
        };
        self.sub(t)
    }

    pub(super) fn is_iface(&self, t: TypeId) -> bool {
        self.p.types.is_interface(t)
    }

    /// `e` converted to type `t` as assignment does.
    pub(super) fn expr_as(&mut self, e: &ast::Expr, t: TypeId) -> Expr {
        let tv = self.tv(e).cloned();
        if let Some(tv) = &tv
            && let Some(v) = &tv.val
        {
            if self.is_iface(t) {
                let ct = self.ty_of(e);
                let x = self.constant(v, ct);
                return self.box_iface_site(e.id, x, ct, t);
            }
            return self.constant(v, t);
        }
        let from = self.ty_of(e);
        if self.is_nil(e) {
            return self.zero(t);
        }
        let x = self.expr(e);
        if self.is_iface(t) && !self.is_iface(from) {
            return self.box_iface_site(e.id, x, from, t);
        }
        self.convert_implicit(x, from, t)
    }

    /// A concrete value boxed into an interface at conversion site `id`:
    /// a constant points at read-only data, a value whose conversion does
    /// not escape at a frame copy, anything else at a heap copy.
    pub(super) fn box_iface_site(&mut self, id: ast::ExprId, x: Expr, from: TypeId, to: TypeId) -> Expr {
        let Expr::ToIface { word, x, rep, direct, zero_box, layout, .. } = self.box_iface(x, from, to) else {
            unreachable!()
        };
        if direct {
            return Expr::ToIface { word, x, rep, direct, zero_box, layout, why: why::NONE };
        }
        let plain = matches!(rep, ValRep::Mem(_)) || matches!(rep, ValRep::Scalar(k) if k != Kind::F32);
        let data = if plain { self.rodata_box(&x, from) } else { None };
        let data = match data {
            Some(d) => Some(d),
            None => {
                let size = self.p.size_of(from);
                if self.stack_site(id, SiteKind::Iface, size) {
                    let why = self.frame_why(id, SiteKind::Iface);
                    self.frame_box((*x).clone(), from, why)
                } else {
                    None
                }
            }
        };
        match data {
            Some(d) => {
                let rep = ValRep::Scalar(Kind::U64);
                Expr::ToIface { word, x: Box::new(d), rep, direct: true, zero_box: false, layout, why: why::NONE }
            }
            None => {
                let size = self.p.size_of(from);
                let why = self.heap_why(Some(id), SiteKind::Iface, size, "zero-sized");
                Expr::ToIface { word, x, rep, direct, zero_box, layout, why }
            }
        }
    }

    pub(super) fn convert_implicit(&mut self, x: Expr, from: TypeId, to: TypeId) -> Expr {
        if self.is_iface(to) && !self.is_iface(from) {
            return self.box_iface(x, from, to);
        }
        if self.is_iface(to) && self.is_iface(from) && !self.p.identical(from, to) {
            let from_empty = self.is_empty_iface(from);
            let to_empty = self.is_empty_iface(to);
            if to_empty && from_empty {
                return x;
            }
            return Expr::IfaceToIface { x: Box::new(self.mem_operand_expr(x, 16)), target: to, from_empty, to_empty };
        }
        x
    }

    pub(super) fn is_empty_iface(&self, t: TypeId) -> bool {
        self.p.type_set(t).methods.is_empty()
    }

    /// A concrete value boxed into an interface (`convT`).
    pub(super) fn box_iface(&mut self, x: Expr, from: TypeId, to: TypeId) -> Expr {
        self.need_methods(from);
        let word = if self.is_empty_iface(to) {
            self.rtypes.descriptor(&mut self.p, &mut self.mem, from)
        } else {
            self.rtypes.itab(&mut self.p, &mut self.mem, to, from)
        };
        let direct = self.rtypes.is_direct(&self.p, from);
        let rep = self.rep(from);
        let why = if direct { why::NONE } else { self.heap_why(None, SiteKind::Iface, 0, "") };
        let zero_box = matches!(self.p.types.under_type(from), Type::Slice(_))
            || matches!(self.p.types.under_type(from), Type::Basic(b) if b.kind().is_string());
        let layout = self.layout(from);
        Expr::ToIface { word, x: Box::new(x), rep, direct, zero_box, layout, why }
    }

    /// Makes sure every method of `t` (and `*t`) is lowered, so itabs built
    /// at run time find them.
    pub(super) fn need_methods(&mut self, t: TypeId) {
        let base = match self.p.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        if self.rtypes.methods_done.contains(&base) {
            return;
        }
        self.rtypes.methods_done.insert(base);
        // fmt calls methods of nested values too.
        match self.p.types.under_type(base).clone() {
            Type::Struct(fs) => fs.iter().for_each(|f| self.need_methods(f.ty)),
            Type::Slice(e) | Type::Array(_, e) | Type::Pointer(e) => self.need_methods(e),
            Type::Map(k, v) => {
                self.need_methods(k);
                self.need_methods(v);
            }
            _ => {}
        }
        let Some(info) = self.p.types.named_info(base).cloned() else { return };
        let ptr = self.p.types.pointer(base);
        let (methods, targs) = match &info.origin {
            Some((orig, targs)) => {
                (self.p.types.named_info(*orig).map(|i| i.methods.clone()).unwrap_or_default(), targs.clone())
            }
            None => (info.methods.clone(), Vec::new()),
        };
        for m in methods {
            let Some(fd) = self.decls.get(&m) else { continue };
            if fd.body.is_none() && !crate::stdlib::has_native(&self.native_name(m)) {
                continue;
            }
            let id = self.func_inst(m, targs.clone());
            let name = self.p.objs.get(m).name.clone();
            let ptr_recv = matches!(&self.p.objs.get(m).kind, ObjKind::Func(fi) if fi.ptr_recv);
            // The pointer type has every method; the value type only those
            // with value receivers. Interfaces pass the data word as the
            // receiver, so a value method is reached through gc's pointer
            // wrapper `(*T).M` unless T itself is pointer-shaped.
            let sig = self.p.inst_method_sigs.get(&(base, m)).copied().unwrap_or(self.p.objs.get(m).ty);
            if ptr_recv {
                self.rtypes.add_method(ptr, name, sig, id, false);
                continue;
            }
            let wrapper = self.ptr_wrapper(m, id, base, sig);
            self.rtypes.add_method(ptr, name.clone(), sig, wrapper, true);
            let direct = self.rtypes.is_direct(&self.p, base);
            self.rtypes.add_method(base, name, sig, if direct { id } else { wrapper }, true);
        }
        self.promoted_methods(base, ptr);
    }

    pub(super) fn zero(&mut self, t: TypeId) -> Expr {
        match self.rep(t) {
            ValRep::Scalar(_) => Expr::Const(0),
            ValRep::Mem(n) => Expr::Composite { size: n, elems: Vec::new() },
        }
    }

    /// A constant of type `t`.
    pub(super) fn constant(&mut self, v: &Value, t: TypeId) -> Expr {
        let t = self.p.types.default_type(t);
        match self.rep(t) {
            ValRep::Scalar(k) => Expr::Const(const_bits(v, k)),
            ValRep::Mem(n) => {
                if let Some(s) = v.as_str() {
                    let bytes = crate::types::constant::string_bytes(s);
                    return self.string_const(&bytes);
                }
                Expr::Composite { size: n, elems: Vec::new() }
            }
        }
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> Expr {
        if let Some(tv) = self.tv(e).cloned() {
            if let Some(v) = &tv.val {
                let t = self.ty_of(e);
                return self.constant(v, t);
            }
            if tv.mode == Mode::TypeExpr {
                self.error(e.span.lo, "type is not an expression");
                return Expr::Const(0);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::BasicLit(k, _) => {
                // Constants were handled above; a literal without a value is an
                // error the checker reported.
                self.error(e.span.lo, format!("bad literal {k:?}"));
                Expr::Const(0)
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.ty_of(e);
                match self.composite(t, elts) {
                    Expr::SliceLit { elem_size, len, elems, .. }
                        if self.stack_site(e.id, SiteKind::SliceLit, elem_size * len) =>
                    {
                        let why = self.frame_why(e.id, SiteKind::SliceLit);
                        let et = self.slice_elem(t);
                        let elem = self.p.ptr_mask(et);
                        self.frame_slice_lit(elem_size, len, elems, why, &elem)
                    }
                    x @ Expr::MapLit { .. } => {
                        let x = self.lit_why(x, e.id, "zero-length");
                        self.frame_map(e.id, SiteKind::MapLit, x)
                    }
                    x => self.lit_why(x, e.id, "zero-length"),
                }
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index(e, x, idx),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo, hi, max),
            ExprKind::TypeAssert(x, _) => {
                let t = self.ty_of(e);
                self.type_assert(x, t, false)
            }
            ExprKind::Call { fun, args, ellipsis, .. } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => {
                let t = self.ty_of(e);
                let p = self.expr(x);
                self.load(Place::Deref(Box::new(p)), t)
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, x, y) => self.binary(e, *op, x, y),
            _ => {
                self.error(e.span.lo, "expression not supported yet");
                Expr::Const(0)
            }
        }
    }

    /// Reads a value of type `t` from a place.
    pub(super) fn load(&mut self, p: Place, t: TypeId) -> Expr {
        match self.rep(t) {
            ValRep::Scalar(k) => Expr::load(p, k),
            ValRep::Mem(n) => Expr::Copy(Box::new(p), n),
        }
    }

    fn ident(&mut self, e: &ast::Expr, name: &str) -> Expr {
        let Some(&o) = self.p.info.uses.get(&e.id) else {
            self.error(e.span.lo, format!("unresolved {name}"));
            return Expr::Const(0);
        };
        let obj = self.p.objs.get(o);
        match &obj.kind {
            ObjKind::Var(_) => {
                let t = self.ty_of(e);
                let p = self.var_place(o);
                self.load(p, t)
            }
            ObjKind::Func(_) => {
                let targs = self.instance_of(e).map(|i| i.0).unwrap_or_default();
                let id = self.func_inst(o, targs);
                Expr::FuncValue(self.funcval(id))
            }
            ObjKind::Nil => Expr::Const(0),
            _ => {
                self.error(e.span.lo, format!("{name} is not a value"));
                Expr::Const(0)
            }
        }
    }

    /// Where a variable lives, from the function being lowered.
    pub(super) fn var_place(&mut self, o: ObjId) -> Place {
        if let Some(&a) = self.globals.get(&o) {
            return Place::Global(a);
        }
        let depth = self.cx.len() - 1;
        self.var_place_at(o, depth)
    }

    fn var_place_at(&mut self, o: ObjId, depth: usize) -> Place {
        if let Some(&loc) = self.cx[depth].vars.get(&o) {
            return loc_place(loc);
        }
        if depth == 0 {
            self.error(self.p.objs.get(o).pos, format!("variable {} not found", self.p.objs.get(o).name));
            return Place::Local(0);
        }
        // Captured from an enclosing function: the closure holds its address,
        // or a copy when escape analysis says it is captured by value.
        let byval = self.esc.byval.contains(&o) && !self.esc.heap.contains(&o);
        let (size, align) = if byval {
            let t = self.obj_ty(o);
            self.p.layout(t)
        } else {
            (8, 8)
        };
        let cx = &mut self.cx[depth];
        let off = cx.cap_size.div_ceil(align.max(1) as u32) * align.max(1) as u32;
        cx.cap_size = off + size as u32;
        cx.captures.push((o, off, byval));
        let loc = if byval { VarLoc::CapturedVal(off) } else { VarLoc::Captured(off) };
        cx.vars.insert(o, loc);
        loc_place(loc)
    }

    /// The place an addressable expression denotes, if it is one.
    pub(super) fn place(&mut self, e: &ast::Expr) -> Option<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) => {
                let o = *self.p.info.uses.get(&e.id)?;
                matches!(self.p.objs.get(o).kind, ObjKind::Var(_)).then(|| self.var_place(o))
            }
            ExprKind::Star(x) => Some(Place::Deref(Box::new(self.expr(x)))),
            ExprKind::Selector(x, _) => {
                if self.is_pkg(x) {
                    let o = *self.p.info.uses.get(&e.id)?;
                    return matches!(self.p.objs.get(o).kind, ObjKind::Var(_)).then(|| self.var_place(o));
                }
                let sel = self.p.info.selections.get(&e.id)?.clone();
                if sel.kind != SelKind::Field {
                    return None;
                }
                let xt = self.ty_of(x);
                let base = self.operand_place(x);
                Some(self.field_path(base, xt, &sel.path))
            }
            ExprKind::Index(x, idx) if idx.len() == 1 => {
                let xt = self.ty_of(x);
                match self.p.types.under_type(xt).clone() {
                    Type::Array(n, el) => {
                        let base = self.operand_place(x);
                        let index = self.index_expr(&idx[0]);
                        Some(Place::ArrayIndex {
                            base: Box::new(base),
                            index: Box::new(index),
                            len: n,
                            elem: self.p.size_of(el) as u32,
                        })
                    }
                    Type::Pointer(a) => {
                        let Type::Array(n, el) = self.p.types.under_type(a).clone() else { return None };
                        let p = self.expr(x);
                        let index = self.index_expr(&idx[0]);
                        Some(Place::ArrayIndex {
                            base: Box::new(Place::Deref(Box::new(p))),
                            index: Box::new(index),
                            len: n,
                            elem: self.p.size_of(el) as u32,
                        })
                    }
                    Type::Slice(el) => {
                        let s = self.mem_operand(x);
                        let index = self.index_expr(&idx[0]);
                        Some(Place::SliceIndex {
                            slice: Box::new(s),
                            index: Box::new(index),
                            elem: self.p.size_of(el) as u32,
                        })
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A place for `x`: its own if addressable, else a temporary holding it.
    pub(super) fn operand_place(&mut self, x: &ast::Expr) -> Place {
        if let Some(p) = self.place(x) {
            return p;
        }
        let t = self.ty_of(x);
        let v = self.expr(x);
        let off = self.temp_typed(t);
        Place::Temp(Box::new(v), off, self.rep(t), why::NONE)
    }

    /// Walks embedded fields (dereferencing pointers on the way) to a field.
    pub(super) fn field_path(&mut self, mut place: Place, mut t: TypeId, path: &[usize]) -> Place {
        for &i in path {
            if let Type::Pointer(b) = self.p.types.under_type(t).clone() {
                place = Place::Deref(Box::new(Expr::load(place, Kind::U64)));
                t = b;
            }
            let Type::Struct(fields) = self.p.types.under_type(t).clone() else { break };
            let offs = self.p.offsets_of(t);
            place = Place::Field(Box::new(place), offs[i] as u32);
            t = fields[i].ty;
        }
        place
    }

    /// A memory operand readable in place (`Copy` of a place).
    pub(super) fn mem_operand(&mut self, x: &ast::Expr) -> Expr {
        let t = self.ty_of(x);
        let n = self.p.size_of(t) as u32;
        if let Some(p) = self.place(x) {
            return Expr::Copy(Box::new(p), n);
        }
        let v = self.expr(x);
        self.mem_operand_of(v, t)
    }

    /// A memory operand of `n` bytes whose type is not at hand (an
    /// interface, or any): every word of its temporary may be a pointer.
    pub(super) fn mem_operand_expr(&mut self, v: Expr, n: u32) -> Expr {
        self.mem_operand_ptrs(v, n, Ptrs::All)
    }

    /// A memory operand of type `t`.
    pub(super) fn mem_operand_of(&mut self, v: Expr, t: TypeId) -> Expr {
        let n = self.p.size_of(t) as u32;
        let mask = self.p.ptr_mask(t);
        self.mem_operand_ptrs(v, n, Ptrs::Mask(&mask))
    }

    /// A memory operand whose temporary (if it needs one) holds `ptrs`.
    pub(super) fn mem_operand_ptrs(&mut self, v: Expr, n: u32, ptrs: Ptrs) -> Expr {
        if matches!(v, Expr::Copy(..) | Expr::ConstMem(..)) {
            return v;
        }
        let off = self.cx().alloc_temp(n as u64, 8, ptrs);
        Expr::Copy(Box::new(Place::Temp(Box::new(v), off, ValRep::Mem(n), why::NONE)), n)
    }

    /// An index operand, as int (or its own integer kind).
    pub(super) fn index_expr(&mut self, e: &ast::Expr) -> Expr {
        let t = self.ty_of(e);
        let k = self.kind(t);
        let x = self.expr(e);
        if k == Kind::I64 || k == Kind::U64 {
            x
        } else {
            Expr::Convert(Conv::Numeric, k, Kind::I64, Box::new(x), why::NONE)
        }
    }

    /// Whether `x` names an imported package (`x.Name` is qualified).
    pub(super) fn is_pkg(&self, x: &ast::Expr) -> bool {
        matches!(x.kind, ExprKind::Ident(_))
            && self.p.info.uses.get(&x.id).is_some_and(|&o| matches!(self.p.objs.get(o).kind, ObjKind::PkgName(_)))
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, _sel: &ast::Ident) -> Expr {
        if self.is_pkg(x)
            && let Some(&o) = self.p.info.uses.get(&e.id)
        {
            // A qualified identifier.
            let obj = self.p.objs.get(o);
            return match &obj.kind {
                ObjKind::Var(_) => {
                    let t = obj.ty;
                    let p = self.var_place(o);
                    self.load(p, t)
                }
                ObjKind::Func(_) => {
                    let targs = self.instance_of(e).map(|i| i.0).unwrap_or_default();
                    let id = self.func_inst(o, targs);
                    Expr::FuncValue(self.funcval(id))
                }
                _ => {
                    self.error(e.span.lo, "not a value");
                    Expr::Const(0)
                }
            };
        }
        let Some(sel) = self.p.info.selections.get(&e.id).cloned() else {
            self.error(e.span.lo, "unresolved selector");
            return Expr::Const(0);
        };
        if self.tv(x).is_some_and(|tv| tv.mode == Mode::TypeExpr) {
            return self.method_expr(x, &sel);
        }
        match sel.kind {
            SelKind::Field => {
                let t = self.ty_of(e);
                let p = self.place(e).unwrap_or(Place::Local(0));
                self.load(p, t)
            }
            SelKind::Method | SelKind::IfaceMethod => self.method_value(e, x, &sel),
        }
    }

    /// `T.M` / `(*T).M`: a function taking the receiver first, which is the
    /// method itself unless a value method is reached through `*T`.
    fn method_expr(&mut self, x: &ast::Expr, sel: &crate::types::lookup::Selection) -> Expr {
        let xt = self.ty_of(x);
        if sel.kind == SelKind::IfaceMethod && sel.path.is_empty() {
            let id = self.iface_method_expr(xt, sel);
            return Expr::FuncValue(self.funcval(id));
        }
        if !sel.path.is_empty() {
            // A promoted method: gc's wrapper walking to the embedded value.
            let (base, by_ptr) = match self.p.types.get(xt) {
                Type::Pointer(b) => (*b, true),
                _ => (xt, false),
            };
            let id = self.promoted_wrapper(base, sel, by_ptr);
            return Expr::FuncValue(self.funcval(id));
        }
        let targs = self.recv_targs(xt);
        let id = self.func_inst(sel.obj, targs);
        let by_ptr = matches!(self.p.types.get(xt), Type::Pointer(_));
        let id = if by_ptr && !sel.ptr_recv {
            let base = match self.p.types.get(xt) {
                Type::Pointer(b) => *b,
                _ => xt,
            };
            let sig = self.p.inst_method_sigs.get(&(base, sel.obj)).copied().unwrap_or(self.p.objs.get(sel.obj).ty);
            self.ptr_wrapper(sel.obj, id, base, sig)
        } else {
            id
        };
        Expr::FuncValue(self.funcval(id))
    }

    fn index(&mut self, e: &ast::Expr, x: &ast::Expr, idx: &[ast::Expr]) -> Expr {
        let xt = self.ty_of(x);
        match self.p.types.under_type(xt).clone() {
            Type::Basic(_) => {
                let s = self.mem_operand(x);
                let i = self.index_expr(&idx[0]);
                Expr::StrIndex(Box::new(s), Box::new(i))
            }
            Type::Map(k, v) => {
                let map = self.map_info(xt);
                let m = self.expr(x);
                let key = self.expr_as(&idx[0], k);
                let rep = self.rep(v);
                let _ = k;
                Expr::MapIndex { map, m: Box::new(m), key: Box::new(key), rep, comma_ok: false }
            }
            Type::Signature(_) => {
                // f[T] as a value.
                let Some(o) = self.func_obj(e) else {
                    self.error(e.span.lo, "cannot instantiate this function value");
                    return Expr::Const(0);
                };
                let targs = self.instance_of(e).map(|i| i.0).unwrap_or_default();
                let id = self.func_inst(o, targs);
                Expr::FuncValue(self.funcval(id))
            }
            _ => {
                let t = self.ty_of(e);
                let p = self.place(e).unwrap_or(Place::Local(0));
                self.load(p, t)
            }
        }
    }

    pub(super) fn map_info(&mut self, mt: TypeId) -> MapInfo {
        let Type::Map(k, v) = *self.p.types.under_type(mt) else { unreachable!("map type") };
        let groups = self.groups_layout(k, v);
        let info = MapInfo::new(&self.p, mt, groups, |t| self.rep(t));
        self.rtypes.descriptor(&mut self.p, &mut self.mem, info.key);
        info
    }

    fn slice_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        lo: &Option<Box<ast::Expr>>,
        hi: &Option<Box<ast::Expr>>,
        max: &Option<Box<ast::Expr>>,
    ) -> Expr {
        let xt = self.ty_of(x);
        let mut elem = 1;
        let base = match self.p.types.under_type(xt).clone() {
            Type::Basic(_) => SliceBase::String(Box::new(self.mem_operand(x))),
            Type::Slice(el) => {
                elem = self.p.size_of(el) as u32;
                SliceBase::Slice(Box::new(self.mem_operand(x)))
            }
            Type::Array(n, el) => {
                elem = self.p.size_of(el) as u32;
                let p = self.operand_place(x);
                SliceBase::Array(Box::new(p), n)
            }
            Type::Pointer(a) => {
                let Type::Array(n, el) = self.p.types.under_type(a).clone() else {
                    self.error(e.span.lo, "cannot slice");
                    return Expr::Const(0);
                };
                elem = self.p.size_of(el) as u32;
                SliceBase::ArrayPtr(Box::new(self.expr(x)), n)
            }
            _ => {
                self.error(e.span.lo, "cannot slice");
                return Expr::Const(0);
            }
        };
        let bound = |l: &mut Self, b: &Option<Box<ast::Expr>>| b.as_ref().map(|b| Box::new(l.index_expr(b)));
        let (lo, hi, max) = (bound(self, lo), bound(self, hi), bound(self, max));
        Expr::SliceOf { base, lo, hi, max, elem }
    }

    pub(super) fn type_assert(&mut self, x: &ast::Expr, t: TypeId, comma_ok: bool) -> Expr {
        let xt = self.ty_of(x);
        let xv = self.mem_operand(x);
        let target = self.assert_target(t);
        let rep = self.rep(t);
        Expr::TypeAssert { x: Box::new(xv), target, rep, comma_ok, from: xt }
    }

    pub(super) fn assert_target(&mut self, t: TypeId) -> AssertTarget {
        if self.is_iface(t) {
            return AssertTarget::Iface(t);
        }
        let word = self.rtypes.descriptor(&mut self.p, &mut self.mem, t);
        self.need_methods(t);
        let direct = self.rtypes.is_direct(&self.p, t);
        AssertTarget::Concrete { word, ty: t, direct }
    }

    fn unary(&mut self, e: &ast::Expr, op: ast::UnOp, x: &ast::Expr) -> Expr {
        let t = self.ty_of(e);
        match op {
            ast::UnOp::Addr => {
                let inner = strip_parens(x);
                if let ExprKind::CompositeLit { elts, .. } = &inner.kind {
                    let lt = self.ty_of(inner);
                    let init = self.composite(lt, elts);
                    let (size, align) = self.p.layout(lt);
                    if self.stack_site(e.id, SiteKind::PtrLit, size) {
                        let why = self.frame_why(e.id, SiteKind::PtrLit);
                        let mask = self.p.ptr_mask(lt);
                        return self.frame_object(size, align, Some(init), why, &mask);
                    }
                    let layout = self.layout(lt);
                    let why = self.heap_why(Some(e.id), SiteKind::PtrLit, size, "zero-sized");
                    return Expr::New { size, layout, init: Some(Box::new(init)), why };
                }
                match self.place(x) {
                    Some(p) => Expr::AddrOf(Box::new(p)),
                    None => {
                        self.error(e.span.lo, "cannot take address");
                        Expr::Const(0)
                    }
                }
            }
            ast::UnOp::Recv => Expr::Recv { ch: Box::new(self.expr(x)), rep: self.rep(t), comma_ok: false },
            ast::UnOp::Pos => self.expr(x),
            _ => {
                let k = self.kind(t);
                if matches!(self.rep(t), ValRep::Mem(_)) {
                    self.error(e.span.lo, "complex numbers are not supported yet");
                    return Expr::Const(0);
                }
                let v = self.expr(x);
                Expr::Unary(op, k, Box::new(v))
            }
        }
    }

    fn binary(&mut self, e: &ast::Expr, op: ast::BinOp, x: &ast::Expr, y: &ast::Expr) -> Expr {
        use ast::BinOp::*;
        let t = self.ty_of(e);
        match op {
            LAnd | LOr => {
                let (a, b) = (self.expr(x), self.expr(y));
                if op == LAnd { Expr::AndAnd(Box::new(a), Box::new(b)) } else { Expr::OrOr(Box::new(a), Box::new(b)) }
            }
            Eql | Neq if self.is_nil(x) || self.is_nil(y) => {
                let other = if self.is_nil(x) { y } else { x };
                let ot = self.ty_of(other);
                let v = match self.rep(ot) {
                    ValRep::Scalar(_) => self.expr(other),
                    ValRep::Mem(_) => Expr::HeaderWord(Box::new(self.mem_operand(other)), 0),
                };
                Expr::Compare(op, CmpKind::Scalar(Kind::U64), Box::new(v), Box::new(Expr::Const(0)))
            }
            Eql | Neq | Lss | Leq | Gtr | Geq => {
                let (xt, yt) = (self.ty_of(x), self.ty_of(y));
                // Mixed interface/concrete comparisons compare as interfaces.
                let ct = if self.is_iface(xt) { xt } else { yt };
                let ct = if self.is_iface(xt) || self.is_iface(yt) { ct } else { xt };
                let (a, b) = (self.expr_as(x, ct), self.expr_as(y, ct));
                let ck = self.cmp_kind(ct);
                let (a, b) = match ck {
                    CmpKind::Scalar(_) => (a, b),
                    _ => (self.mem_operand_of(a, ct), self.mem_operand_of(b, ct)),
                };
                Expr::Compare(op, ck, Box::new(a), Box::new(b))
            }
            Shl | Shr => {
                let k = self.kind(t);
                let a = self.expr_as(x, t);
                let yt = self.ty_of(y);
                let yk = self.kind(yt);
                let b = self.expr(y);
                Expr::Shift(op, k, Box::new(a), Box::new(b), yk)
            }
            Add if matches!(self.rep(t), ValRep::Mem(16)) && self.is_string(t) => {
                let mut parts = Vec::new();
                self.concat_parts(e, &mut parts);
                let buf = self
                    .stack_site(e.id, SiteKind::AddStr, FRAME_BUF)
                    .then(|| self.cx().alloc_object(FRAME_BUF, 8, Ptrs::None));
                let why = self.heap_why(Some(e.id), SiteKind::AddStr, 0, STRINGS);
                Expr::Concat(parts, buf, why)
            }
            _ => {
                if let ValRep::Mem(_) = self.rep(t) {
                    self.error(e.span.lo, "complex arithmetic is not supported yet");
                    return Expr::Const(0);
                }
                let k = self.kind(t);
                let (a, b) = (self.expr_as(x, t), self.expr_as(y, t));
                Expr::Binary(op, k, Box::new(a), Box::new(b))
            }
        }
    }

    /// The predeclared `nil`.
    pub(super) fn is_nil(&self, e: &ast::Expr) -> bool {
        let e = strip_parens(e);
        if let Some(&o) = self.p.info.uses.get(&e.id)
            && matches!(self.p.objs.get(o).kind, ObjKind::Nil)
        {
            return true;
        }
        self.tv(e).is_some_and(
            |tv| matches!(self.p.types.get(tv.ty), Type::Basic(b) if b.kind() == crate::types::typ::Basic::UntypedNil),
        )
    }

    pub(super) fn is_string(&self, t: TypeId) -> bool {
        matches!(self.p.types.under_type(t), Type::Basic(b) if b.kind().is_string())
    }

    fn concat_parts(&mut self, e: &ast::Expr, out: &mut Vec<Expr>) {
        let inner = strip_parens(e);
        if let ExprKind::Binary(ast::BinOp::Add, x, y) = &inner.kind
            && self.tv(inner).is_some_and(|tv| tv.val.is_none())
        {
            self.concat_parts(x, out);
            self.concat_parts(y, out);
            return;
        }
        let t = self.ty_of(e);
        let v = self.expr_as(e, t);
        out.push(self.mem_operand_of(v, t));
    }

    pub(super) fn cmp_kind(&self, t: TypeId) -> CmpKind {
        match self.rep(t) {
            ValRep::Scalar(k) => CmpKind::Scalar(k),
            ValRep::Mem(_) if self.is_string(t) => CmpKind::String,
            ValRep::Mem(_) => CmpKind::Mem(t),
        }
    }

    /// Struct, array, slice and map literals.
    pub(super) fn composite(&mut self, t: TypeId, elts: &[ast::Element]) -> Expr {
        match self.p.types.under_type(t).clone() {
            Type::Struct(fields) => {
                let offs = self.p.offsets_of(t);
                let mut elems = Vec::new();
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => {
                            let ExprKind::Ident(n) = &k.kind else { continue };
                            fields.iter().position(|f| &f.name == n).unwrap_or(0)
                        }
                        None => i,
                    };
                    let ft = fields[fi].ty;
                    let v = self.elem_value(&el.value, ft);
                    elems.push((offs[fi] as u32, v, self.rep(ft)));
                }
                Expr::Composite { size: self.p.size_of(t) as u32, elems }
            }
            Type::Array(_, el) => {
                let es = self.p.size_of(el);
                let items = self.indexed_elems(elts, el);
                let rep = self.rep(el);
                let elems = items.into_iter().map(|(i, v)| ((i * es) as u32, v, rep)).collect();
                Expr::Composite { size: self.p.size_of(t) as u32, elems }
            }
            Type::Slice(el) => {
                let es = self.p.size_of(el);
                let items = self.indexed_elems(elts, el);
                let len = items.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let rep = self.rep(el);
                let layout = self.layout(el);
                let elems = items.into_iter().map(|(i, v)| (i * es, v, rep)).collect();
                Expr::SliceLit { elem_size: es, layout, len, elems, why: why::NONE }
            }
            Type::Map(k, v) => {
                let map = self.map_info(t);
                let mut entries = Vec::new();
                for el in elts {
                    let Some(key) = &el.key else { continue };
                    let kv = self.elem_value(key, k);
                    let vv = self.elem_value(&el.value, v);
                    entries.push((kv, vv));
                }
                Expr::MapLit { map, entries, why: why::NONE }
            }
            _ => {
                let ts = self.p.type_string(t);
                self.error(0, format!("composite literal of type {ts} is not supported"));
                Expr::Const(0)
            }
        }
    }

    /// A slice or map literal (from `composite`) on the heap gets the
    /// reason of site `id`.
    fn lit_why(&mut self, mut x: Expr, id: ast::ExprId, because: &str) -> Expr {
        match &mut x {
            Expr::SliceLit { elem_size, len, why, .. } => {
                let size = *elem_size * *len;
                *why = self.heap_why(Some(id), SiteKind::SliceLit, size, because);
            }
            Expr::MapLit { why, .. } => *why = self.heap_why(Some(id), SiteKind::MapLit, 0, MAPS),
            _ => {}
        }
        x
    }

    /// An element of a composite literal (its type may be elided).
    fn elem_value(&mut self, v: &ast::Expr, t: TypeId) -> Expr {
        const ELIDED: &str = "gosub: a literal inside another literal";
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind
            && !matches!(self.p.types.under_type(t), Type::Pointer(_))
        {
            let x = self.composite(t, elts);
            return self.lit_why(x, v.id, ELIDED);
        }
        // `{...}` (or `&{...}`) for an element of type *T means &T{...}.
        let lit = match &v.kind {
            ExprKind::Unary(ast::UnOp::Addr, inner) => &inner.kind,
            k => k,
        };
        if let Type::Pointer(b) = self.p.types.under_type(t).clone()
            && let ExprKind::CompositeLit { ty: None, elts, .. } = lit
        {
            let init = self.composite(b, elts);
            let (size, layout) = (self.p.size_of(b), self.layout(b));
            let why = self.heap_why(Some(v.id), SiteKind::PtrLit, size, ELIDED);
            return Expr::New { size, layout, init: Some(Box::new(init)), why };
        }
        self.expr_as(v, t)
    }

    fn indexed_elems(&mut self, elts: &[ast::Element], el: TypeId) -> Vec<(u64, Expr)> {
        let mut out = Vec::new();
        let mut i = 0u64;
        for e in elts {
            if let Some(k) = &e.key
                && let Some(v) = self.tv(k).and_then(|tv| tv.val.clone())
            {
                i = v.as_u64().unwrap_or(0);
            }
            let v = self.elem_value(&e.value, el);
            out.push((i, v));
            i += 1;
        }
        out
    }
}

pub(super) fn loc_place(loc: VarLoc) -> Place {
    match loc {
        VarLoc::Stack(off) => Place::Local(off),
        VarLoc::Heap(slot) => Place::Deref(Box::new(Expr::load(Place::Local(slot), Kind::U64))),
        VarLoc::Captured(off) => {
            let ctx = Expr::load(Place::Local(0), Kind::U64);
            let cell = Place::Field(Box::new(Place::Deref(Box::new(ctx))), off);
            Place::Deref(Box::new(Expr::load(cell, Kind::U64)))
        }
        VarLoc::CapturedVal(off) => {
            let ctx = Expr::load(Place::Local(0), Kind::U64);
            Place::Field(Box::new(Place::Deref(Box::new(ctx))), off)
        }
    }
}

pub(super) fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// The register bits of constant `v` held as kind `k`.
pub(super) fn const_bits(v: &Value, k: Kind) -> u64 {
    match k {
        Kind::Bool => v.as_bool().unwrap_or(false) as u64,
        Kind::F64 => v.to_f64().to_bits(),
        Kind::F32 => (v.to_f64() as f32 as f64).to_bits(),
        _ => {
            let i = v.to_int().unwrap_or_default();
            let (sign, digits) = i.to_u64_digits();
            let mut u = digits.first().copied().unwrap_or(0);
            if sign == num_bigint::Sign::Minus {
                u = u.wrapping_neg();
            }
            crate::interp::ops::normalize(u, k)
        }
    }
}

/// The constant 1 of a kind (for `++` and `--`).
pub(super) fn const_one(k: Kind) -> Expr {
    match k {
        Kind::F64 | Kind::F32 => Expr::Const(1f64.to_bits()),
        _ => Expr::Const(1),
    }
}
