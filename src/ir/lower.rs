//! Lowering: from the checked syntax tree to the executable tree (`ir`).
//!
//! One pass per function, driven by a work list: lowering `main.main` and
//! the package initialisers asks for the functions they call, which are
//! lowered in turn, so only reachable code is lowered. Each function gets a
//! frame layout (`FnCx::alloc`): context word, parameters, results, then
//! locals and temporaries in declaration order; escape analysis's verdicts
//! decide whether a local's slot holds the value or its heap address.
//! Every slot is allocated with what it holds (`ptrmap::Ptrs`, from its
//! type), which builds the function's frame pointer map.
//! Closures record which outer variables they capture; their funcval holds
//! those variables' addresses.
//!
//! Simplifications: frame slots are not reused between disjoint scopes (a
//! frame is as large as all its locals); generic functions are not
//! instantiated yet (a call to one is a compile-time "not supported" error).

use super::ptrmap::{PtrMap, Ptrs};
use super::*;
use crate::escape::Escapes;
use crate::runtime::memory::Memory;
use crate::runtime::types::TypeTable;
use crate::source::SourceMap;
use crate::syntax::ast;
use crate::types::object::ObjKind;
use crate::types::typ::{Basic, ObjId, Type};
use std::collections::{HashMap, HashSet};

pub struct LowerError {
    pub pos: u32,
    pub msg: String,
}

#[derive(Clone, Copy, Debug)]
pub enum VarLoc {
    Stack(u32),
    /// The slot holds the variable's heap address.
    Heap(u32),
    /// Captured by reference: the closure record holds its address at
    /// this offset.
    Captured(u32),
    /// Captured by value: the closure record holds a copy at this offset.
    CapturedVal(u32),
}

/// Per-function lowering state.
pub(super) struct FnCx {
    pub vars: HashMap<ObjId, VarLoc>,
    pub size: u32,
    /// Captured variables: (variable, offset in the closure record, by
    /// value).
    pub captures: Vec<(ObjId, u32, bool)>,
    /// Bytes of the closure record so far (the function word first).
    pub cap_size: u32,
    /// Result slots, and the named result variables (for bare `return`).
    pub results: Vec<(u32, ValRep)>,
    pub named_results: Vec<ObjId>,
    /// The receiver and parameters (not results): the body's block clears
    /// a pointerful one after its last mention (`lower_live.rs`).
    pub params: Vec<ObjId>,
    pub result_types: Vec<TypeId>,
    /// Enclosing breakable statements: (label name, id, is loop).
    pub targets: Vec<(Option<String>, LabelId, bool)>,
    pub labels: HashMap<String, LabelId>,
    /// Type arguments of the instance being lowered.
    pub subst: Vec<(TypeId, TypeId)>,
    /// Set when lowering the body of a range-over-func loop.
    pub range_body: Option<super::lower_rangefunc::RangeBody>,
    /// The function being lowered, and how many `deferwrap`s it has.
    pub func: FuncId,
    pub deferwraps: u32,
    /// Function literals and range-over-func bodies lowered so far (gc
    /// numbers them per enclosing function: `F.func1`, `F-range1`).
    pub closures: u32,
    pub ranges: u32,
    /// Pointerful frame slots that die with the statement lowering now
    /// (temporaries), and with their scope (declared variables): cleared
    /// there so the collector's frame scan does not keep their referents
    /// alive (what Go's stack maps achieve by leaving dead slots out).
    pub dead_temps: Vec<(u32, u32)>,
    pub scoped: Vec<(u32, u32)>,
    /// Nesting of blocks (1: the function body).
    pub depth: u32,
    /// Locals in declaration order, and where each one's scope ends (for
    /// the stepper's `locals`).
    pub declared: Vec<ObjId>,
    pub ends: HashMap<ObjId, u32>,
    /// Where a declaration statement's variables come into scope (its end);
    /// others (a loop's or an `if`'s header) from their identifier.
    pub starts: HashMap<ObjId, u32>,
    /// Block liveness applies (the function has no `goto`).
    pub liveness: bool,
    /// Spans of the statements being lowered (innermost last): a frame
    /// allocation is statically live during the innermost one.
    pub stmts: Vec<(u32, u32)>,
    /// The frame's stack objects so far (`lower_live.rs`).
    pub objects: Vec<StackObject>,
    /// The frame's pointer words so far (`ptrmap.rs`).
    pub ptrs: PtrMap,
    /// Each slice variable's append buffer (gc keys its backing store by
    /// the appended-to name), and the variables whose first-growth site
    /// is taken (gc's `usedStatic`: later sites grow on the heap).
    pub append_bufs: HashMap<ObjId, u32>,
    pub append_first: HashSet<ObjId>,
}

impl FnCx {
    /// A frame slot of `size` bytes holding `ptrs` (for the frame's
    /// pointer map).
    pub fn alloc(&mut self, size: u64, align: u64, ptrs: Ptrs) -> u32 {
        let a = align.max(1) as u32;
        let off = self.size.div_ceil(a) * a;
        self.size = off + size as u32;
        self.ptrs.mark(off, size, ptrs);
        off
    }

    /// Variables declared since `from` go out of scope at `end` (unless
    /// an inner block ended them already).
    pub fn end_scope(&mut self, from: usize, end: u32) {
        for &o in &self.declared[from..] {
            self.ends.entry(o).or_insert(end);
        }
    }

    /// A frame allocation escape analysis kept in the frame (an object
    /// whose address is taken): a stack object statically live during the
    /// statement being lowered (outside statements, always).
    pub fn alloc_object(&mut self, size: u64, align: u64, ptrs: Ptrs) -> u32 {
        let off = self.alloc(size, align, ptrs);
        let live = self.stmts.last().copied().unwrap_or((0, u32::MAX));
        self.stack_object(off, size, live, String::new(), live.0);
        off
    }

    /// Records the stack object `[off, off + size)`. Only word-aligned
    /// slots are objects (rounded up to whole words): a pointer is an
    /// aligned word, so a slot that is not cannot hold one and stays with
    /// the frame's plain words.
    pub fn stack_object(&mut self, off: u32, size: u64, live: (u32, u32), name: String, pos: u32) {
        if off.is_multiple_of(8) && size > 0 {
            let size = size.next_multiple_of(8) as u32;
            self.objects.push(StackObject { off, size, live, name, pos });
        }
    }

    /// A temporary of the statement being lowered; cleared after it when
    /// it may hold pointers.
    pub fn alloc_temp(&mut self, size: u64, align: u64, ptrs: Ptrs) -> u32 {
        let off = self.alloc(size, align, ptrs);
        let ptrs = match ptrs {
            Ptrs::None => false,
            Ptrs::All => true,
            Ptrs::Mask(m) => m.iter().any(|&p| p),
        };
        if ptrs && size > 0 {
            self.dead_temps.push((off, size as u32));
        }
        off
    }
}

pub(super) enum Pending {
    /// A declared function or method, with type arguments for a generic
    /// one (or a method of a generic type's instance).
    Decl(ObjId, Vec<TypeId>),
}

pub struct Lowerer<'a> {
    pub(super) p: crate::types::Program,
    pub(super) map: &'a SourceMap,
    pub(super) esc: Escapes,
    pub(super) funcs: Vec<Func>,
    pub(super) func_ids: HashMap<(ObjId, Vec<TypeId>), FuncId>,
    pub(super) subst_cache: HashMap<(TypeId, Vec<(TypeId, TypeId)>), TypeId>,
    pub(super) decls: HashMap<ObjId, &'a ast::FuncDecl>,
    pub(super) pending: Vec<(FuncId, Pending)>,
    pub(super) globals: HashMap<ObjId, u64>,
    pub(super) mem: Memory,
    pub(super) rtypes: TypeTable,
    pub(super) strings: HashMap<Vec<u8>, u64>,
    pub(super) funcvals: HashMap<FuncId, u64>,
    pub(super) cx: Vec<FnCx>,
    pub(super) next_label: LabelId,
    pub(super) errors: Vec<LowerError>,
    /// The value being lowered goes to a non-escaping slice variable.
    pub(super) stack_buf: bool,
    /// Functions gc would inline (`crate::inline`).
    pub(super) inl: std::collections::HashSet<ObjId>,
    /// Inside a go/defer call's operands: nothing goes in the frame.
    pub(super) no_stack: u32,
    /// The call whose variadic arguments are being packed.
    pub(super) variadic_site: Option<ast::ExprId>,
    /// Allocation reasons (`Program::whys`) and their indexes.
    pub(super) whys: Vec<String>,
    pub(super) why_ids: HashMap<String, Why>,
}

/// Lowers a checked program whose main package is `main` (the stub
/// packages are `stubs`, in dependency order).
pub fn lower(
    p: crate::types::Program,
    map: &SourceMap,
    main: &ast::File,
    stubs: &[(crate::types::typ::PkgId, ast::File)],
    esc: Escapes,
) -> Result<Program, Vec<LowerError>> {
    let all: Vec<&ast::File> = stubs.iter().map(|(_, f)| f).chain(std::iter::once(main)).collect();
    let inl = crate::inline::inlinable(&p, &all);
    let mut l = Lowerer {
        inl,
        p,
        map,
        esc,
        funcs: Vec::new(),
        func_ids: HashMap::new(),
        subst_cache: HashMap::new(),
        decls: HashMap::new(),
        pending: Vec::new(),
        globals: HashMap::new(),
        mem: Memory::new(),
        rtypes: TypeTable::default(),
        strings: HashMap::new(),
        funcvals: HashMap::new(),
        cx: Vec::new(),
        next_label: 0,
        errors: Vec::new(),
        stack_buf: false,
        no_stack: 0,
        variadic_site: None,
        whys: why::RUNTIME.iter().map(|w| w.to_string()).collect(),
        why_ids: HashMap::new(),
    };
    let files: Vec<&ast::File> = stubs.iter().map(|(_, f)| f).chain(std::iter::once(main)).collect();
    // Declarations and package variables of every package.
    let mut specs: HashMap<u32, (&ast::VarSpec, usize)> = HashMap::new();
    for f in &files {
        for d in &f.decls {
            match d {
                ast::Decl::Func(fd) => {
                    if let Some(&o) = l.p.info.defs.get(&fd.name.span.lo) {
                        l.decls.insert(o, fd);
                    }
                }
                ast::Decl::Var(vs, _) => {
                    for s in vs {
                        for (i, n) in s.names.iter().enumerate() {
                            if let Some(&o) = l.p.info.defs.get(&n.span.lo) {
                                let t = l.p.objs.get(o).ty;
                                let (size, align) = l.p.layout(t);
                                let addr = l.mem.add_data(size.max(1), align);
                                l.globals.insert(o, addr);
                                specs.insert(n.span.lo, (s, i));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // The entry function: package initialisers in dependency order, then
    // main.main.
    let entry = l.new_func("runtime.main".into(), 0);
    l.push_fn();
    let mut body = Vec::new();
    for pkg in 0..l.p.pkgs.len() {
        let order = l.p.pkgs[pkg].init_order.clone();
        for (objs, _) in order {
            let first = l.p.objs.get(objs[0]).pos;
            let Some(&(spec, _)) = specs.get(&first) else { continue };
            let stmt = l.global_init(spec);
            body.extend(stmt);
        }
        for f in l.p.pkgs[pkg].init_funcs.clone() {
            let id = l.func_id(f);
            body.push(Stmt { pos: 0, kind: StmtKind::Expr(l.static_call(id, Vec::new(), 0)) });
        }
    }
    let main_obj = l.p.pkgs.last().map(|pk| pk.scope).and_then(|sc| l.p.objs.lookup_local(sc, "main"));
    let Some(main_obj) = main_obj else {
        return Err(vec![LowerError { pos: 0, msg: "function main is undeclared in the main package".into() }]);
    };
    let main_id = l.func_id(main_obj);
    body.push(Stmt { pos: 0, kind: StmtKind::Expr(l.static_call(main_id, Vec::new(), 0)) });
    let cx = l.cx.pop().unwrap();
    l.funcs[entry as usize].body = body;
    l.funcs[entry as usize].frame_size = cx.size;
    l.funcs[entry as usize].ptrmap = Some(Box::new(cx.ptrs));
    l.funcs[entry as usize].args_size = 8;
    let errors = l.runtime_error_types();
    while let Some((id, Pending::Decl(obj, targs))) = l.pending.pop() {
        l.lower_decl(id, obj, targs);
    }
    if !l.errors.is_empty() {
        return Err(l.errors);
    }
    let os_args =
        l.p.pkgs
            .iter()
            .find(|pk| pk.path == "os")
            .and_then(|pk| l.p.objs.lookup_local(pk.scope, "Args"))
            .and_then(|o| l.globals.get(&o).copied());
    Ok(Program {
        funcs: l.funcs,
        entry,
        checked: l.p,
        memory: l.mem,
        rtypes: l.rtypes,
        os_args,
        errors,
        globals: l.globals,
        whys: l.whys,
    })
}

impl<'a> Lowerer<'a> {
    /// The heap layout of `t` (its pointer mask, interned once per mask):
    /// what mallocgc records for an object or array element of type `t`.
    pub(super) fn layout(&mut self, t: TypeId) -> crate::ir::Layout {
        let mask = self.p.ptr_mask(t);
        self.mem.heap.layouts.intern(&mask)
    }

    /// The layout of one group of a `map[k]v`'s groups arrays: the control
    /// word, then 8 slots of key and elem (`runtime/map.rs`'s offsets).
    pub(super) fn groups_layout(&mut self, k: TypeId, v: TypeId) -> crate::ir::Layout {
        let t = crate::runtime::map::MapType {
            key_size: self.p.size_of(k),
            key_align: self.p.align_of(k),
            elem_size: self.p.size_of(v),
            elem_align: self.p.align_of(v),
            key_ptrs: self.p.has_pointers(k),
            elem_ptrs: self.p.has_pointers(v),
        };
        if t.noscan() {
            return crate::ir::Layout::NOSCAN;
        }
        let (km, vm) = (self.p.ptr_mask(k), self.p.ptr_mask(v));
        let mut mask = vec![false; (t.group_size() / 8) as usize];
        for i in 0..crate::runtime::map::GROUP_SLOTS {
            let key = (8 + i * t.slot_size()) / 8;
            let elem = (8 + i * t.slot_size() + t.elem_off()) / 8;
            for (j, _) in km.iter().enumerate().filter(|(_, p)| **p) {
                mask[key as usize + j] = true;
            }
            for (j, _) in vm.iter().enumerate().filter(|(_, p)| **p) {
                mask[elem as usize + j] = true;
            }
        }
        self.mem.heap.layouts.intern(&mask)
    }

    /// The type words of the runtime's error types, their methods lowered
    /// (a recovered run-time panic is boxed into one of them).
    fn runtime_error_types(&mut self) -> crate::runtime::panic::ErrorTypes {
        let Some(scope) = self.p.pkgs.iter().find(|pk| pk.path == "runtime").map(|pk| pk.scope) else {
            return Default::default();
        };
        let mut word = |name: &str, ptr: bool| {
            let Some(o) = self.p.objs.lookup_local(scope, name) else { return 0 };
            let mut t = self.p.objs.get(o).ty;
            if ptr {
                t = self.p.types.pointer(t);
            }
            self.need_methods(t);
            self.rtypes.descriptor(&mut self.p, &mut self.mem, t)
        };
        crate::runtime::panic::ErrorTypes {
            bounds: word("boundsError", false),
            error_string: word("errorString", false),
            error_address: word("errorAddressString", false),
            plain: word("plainError", false),
            type_assertion: word("TypeAssertionError", true),
            panic_nil: word("PanicNilError", true),
        }
    }

    pub(super) fn error(&mut self, pos: u32, msg: impl Into<String>) {
        self.errors.push(LowerError { pos, msg: msg.into() });
    }

    pub(super) fn new_func(&mut self, name: String, pos: u32) -> FuncId {
        self.funcs.push(Func {
            name,
            frame_size: 8,
            args_size: 8,
            heap_params: Vec::new(),
            body: Vec::new(),
            pos,
            has_args: false,
            native: None,
            wrapper: false,
            has_defer: false,
            end: pos,
            result_copies: Vec::new(),
            slow_exit: false,
            vars: Vec::new(),
            stack_objects: Vec::new(),
            ptrmap: None,
        });
        (self.funcs.len() - 1) as FuncId
    }

    /// gc's name for the next closure (`-range` body when `range`) of the
    /// function being lowered.
    pub(super) fn closure_name(&mut self, range: bool) -> String {
        let cx = self.cx.last_mut().unwrap();
        let n = if range {
            cx.ranges += 1;
            cx.ranges
        } else {
            cx.closures += 1;
            cx.closures
        };
        let outer = &self.funcs[cx.func as usize].name;
        if range { format!("{outer}-range{n}") } else { format!("{outer}.func{n}") }
    }

    pub(super) fn cx(&mut self) -> &mut FnCx {
        self.cx.last_mut().unwrap()
    }

    pub(super) fn label(&mut self) -> LabelId {
        self.next_label += 1;
        self.next_label
    }

    /// The function index of a declared function or method (lowered later).
    pub(super) fn func_id(&mut self, obj: ObjId) -> FuncId {
        self.func_inst(obj, Vec::new())
    }

    /// The function index of an instance of a generic function (or of a
    /// method of a generic type's instance) for type arguments `targs`.
    pub(super) fn func_inst(&mut self, obj: ObjId, targs: Vec<TypeId>) -> FuncId {
        let key = (obj, targs);
        if let Some(&id) = self.func_ids.get(&key) {
            return id;
        }
        let mut name = self.func_name(obj);
        if !key.1.is_empty() {
            name.push_str("[...]");
        }
        let pos = self.p.objs.get(obj).pos;
        let id = self.new_func(name, pos);
        self.func_ids.insert(key.clone(), id);
        self.pending.push((id, Pending::Decl(key.0, key.1)));
        id
    }

    /// `t` with the type arguments of the instance being lowered.
    pub(super) fn sub(&mut self, t: TypeId) -> TypeId {
        let Some(cx) = self.cx.last() else { return t };
        if cx.subst.is_empty() {
            return t;
        }
        let key = (t, cx.subst.clone());
        if let Some(&r) = self.subst_cache.get(&key) {
            return r;
        }
        let r = crate::types::subst_types(&mut self.p, self.map, t, &key.1);
        self.subst_cache.insert(key, r);
        r
    }

    /// The type of a variable or function object, instantiated.
    pub(super) fn obj_ty(&mut self, o: ObjId) -> TypeId {
        let t = self.p.objs.get(o).ty;
        self.sub(t)
    }

    /// Go's symbol name: `main.f`, `main.T.M`, `main.(*T).M`.
    fn func_name(&self, obj: ObjId) -> String {
        let o = self.p.objs.get(obj);
        let pkg = o.pkg.map(|p| self.p.pkgs[p.0 as usize].path.clone()).unwrap_or_default();
        match &o.kind {
            ObjKind::Func(fi) if fi.recv_base.is_some() => {
                let base = self.p.objs.get(fi.recv_base.unwrap()).name.clone();
                if fi.ptr_recv { format!("{pkg}.(*{base}).{}", o.name) } else { format!("{pkg}.{base}.{}", o.name) }
            }
            _ => format!("{pkg}.{}", o.name),
        }
    }

    fn global_init(&mut self, spec: &ast::VarSpec) -> Vec<Stmt> {
        let pos = spec.span.lo;
        let places: Vec<Option<(Place, TypeId)>> = spec
            .names
            .iter()
            .map(|n| {
                let o = *self.p.info.defs.get(&n.span.lo)?;
                if n.name == "_" {
                    return None;
                }
                Some((Place::Global(self.globals[&o]), self.p.objs.get(o).ty))
            })
            .collect();
        if spec.values.is_empty() {
            return Vec::new();
        }
        if spec.values.len() == places.len() {
            let mut out = Vec::new();
            for (v, pl) in spec.values.iter().zip(places) {
                match pl {
                    Some((place, t)) => {
                        let e = self.expr_as(v, t);
                        out.push(self.store(pos, place, t, e));
                    }
                    None => {
                        let e = self.expr(v);
                        out.push(Stmt { pos, kind: StmtKind::Expr(e) });
                    }
                }
            }
            return out;
        }
        let mut out = Vec::new();
        let tuple = self.tuple_value(&spec.values[0], places.len());
        self.store_tuple(pos, tuple, places, Vec::new(), &mut out);
        out
    }

    pub(super) fn store(&mut self, pos: u32, place: Place, t: TypeId, e: Expr) -> Stmt {
        let kind = match self.rep(t) {
            ValRep::Scalar(k) => StmtKind::Store(place, k, e),
            ValRep::Mem(n) => StmtKind::CopyTo(place, n, e),
        };
        Stmt { pos, kind }
    }

    fn lower_decl(&mut self, id: FuncId, obj: ObjId, targs: Vec<TypeId>) {
        let Some(fd) = self.decls.get(&obj).copied() else {
            let name = self.funcs[id as usize].name.clone();
            self.error(self.p.objs.get(obj).pos, format!("{name} is not implemented in gosub yet"));
            return;
        };
        // Type parameters of the function, or of the receiver's type.
        let tparams = match self.p.types.signature(self.p.objs.get(obj).ty) {
            Some(s) if !s.tparams.is_empty() => s.tparams.clone(),
            _ => self.p.recv_tparams.get(&obj).cloned().unwrap_or_default(),
        };
        let subst: Vec<(TypeId, TypeId)> = tparams.into_iter().zip(targs.iter().copied()).collect();
        self.push_fn();
        self.cx().subst = subst;
        let sig_t = self.obj_ty(obj);
        let recv_t = fd.recv.as_ref().map(|_| self.recv_type(obj, &targs));
        let Some(body) = &fd.body else {
            let name = self.funcs[id as usize].name.clone();
            let Some(n) = crate::stdlib::native_by_name(&name) else {
                self.error(fd.name.span.lo, format!("{name} is not implemented in gosub yet"));
                return;
            };
            let layout = self.sig_layout(recv_t, sig_t);
            self.cx.pop();
            let f = &mut self.funcs[id as usize];
            f.native = Some(n);
            f.args_size = layout.size;
            f.frame_size = layout.size;
            return;
        };
        let mut params: Vec<(Option<ObjId>, TypeId)> = Vec::new();
        if let Some(r) = &fd.recv {
            let rt = recv_t.unwrap_or_default();
            let o = r.names.first().and_then(|n| self.p.info.defs.get(&n.span.lo).copied());
            params.push((o, rt));
        }
        let f = self.frame(id, sig_t, params, &fd.sig, body.span.lo);
        self.funcs[id as usize].end = body.span.hi.saturating_sub(1);
        let stmts = self.block(&body.stmts);
        self.finish_fn(id, f, stmts);
    }

    /// The receiver type of a method object.
    /// The receiver type of a method (of the instance `targs` of a
    /// generic type).
    fn recv_type(&mut self, m: ObjId, targs: &[TypeId]) -> TypeId {
        match self.p.objs.get(m).kind.clone() {
            ObjKind::Func(fi) => {
                let mut base = self.p.objs.get(fi.recv_base.unwrap()).ty;
                if !targs.is_empty()
                    && let Some(&inst) = self.p.types.instances.get(&(base, targs.to_vec()))
                {
                    base = inst;
                }
                if fi.ptr_recv { self.p.types.pointer(base) } else { base }
            }
            _ => crate::types::typ::INVALID,
        }
    }

    pub(super) fn push_fn(&mut self) {
        // Function literals of a generic instance share its type arguments.
        let subst = self.cx.last().map(|c| c.subst.clone()).unwrap_or_default();
        self.cx.push(FnCx {
            vars: HashMap::new(),
            size: 8,
            captures: Vec::new(),
            cap_size: 8,
            results: Vec::new(),
            named_results: Vec::new(),
            params: Vec::new(),
            result_types: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            subst,
            range_body: None,
            func: 0,
            deferwraps: 0,
            closures: 0,
            ranges: 0,
            dead_temps: Vec::new(),
            scoped: Vec::new(),
            depth: 0,
            declared: Vec::new(),
            ends: HashMap::new(),
            starts: HashMap::new(),
            liveness: false,
            stmts: Vec::new(),
            objects: Vec::new(),
            // The closure context word (a funcval's address).
            ptrs: {
                let mut m = PtrMap::default();
                m.mark(0, 8, Ptrs::All);
                m
            },
            append_bufs: HashMap::new(),
            append_first: HashSet::new(),
        });
    }

    /// Lays out parameters and results of the function being lowered;
    /// returns the statements that move escaping parameters to the heap.
    pub(super) fn frame(
        &mut self,
        id: FuncId,
        sig_t: TypeId,
        mut params: Vec<(Option<ObjId>, TypeId)>,
        ft: &ast::FuncType,
        _pos: u32,
    ) -> Vec<Stmt> {
        let sig = self.p.types.signature(sig_t).cloned().unwrap_or_default();
        let mut pi = 0;
        for f in &ft.params {
            if f.names.is_empty() {
                params.push((None, sig.params[pi].ty));
                pi += 1;
            }
            for n in &f.names {
                params.push((self.p.info.defs.get(&n.span.lo).copied(), sig.params[pi].ty));
                pi += 1;
            }
        }
        let mut pre = Vec::new();
        self.cx().func = id;
        self.funcs[id as usize].has_args = !params.is_empty();
        let mut slots = Vec::new();
        for (o, t) in &params {
            let off = self.alloc_typed(*t);
            slots.push((*o, *t, off));
        }
        self.cx().params = params.iter().filter_map(|(o, _)| *o).collect();
        let mut ri = 0;
        let mut results = Vec::new();
        // Results start 8-aligned (as `sig_layout` lays them).
        self.cx().size = self.cx().size.div_ceil(8) * 8;
        for f in &ft.results {
            let names: Vec<Option<&ast::Ident>> =
                if f.names.is_empty() { vec![None] } else { f.names.iter().map(Some).collect() };
            for n in names {
                let t = sig.results[ri].ty;
                ri += 1;
                let off = self.alloc_typed(t);
                results.push((off, self.rep(t)));
                if let Some(n) = n
                    && let Some(&o) = self.p.info.defs.get(&n.span.lo)
                {
                    self.cx().named_results.push(o);
                    slots.push((Some(o), t, off));
                }
            }
        }
        self.cx().size = self.cx().size.div_ceil(8) * 8;
        let args_size = self.cx().size;
        self.funcs[id as usize].args_size = args_size;
        self.cx().results = results;
        self.cx().result_types = sig.results.iter().map(|r| r.ty).collect();
        for (o, t, off) in slots {
            let Some(o) = o else { continue };
            if self.esc.heap.contains(&o) {
                let slot = self.cx().alloc(8, 8, Ptrs::All);
                let (size, _) = self.p.layout(t);
                let layout = self.layout(t);
                let why = self.var_why(o);
                self.funcs[id as usize].heap_params.push((off, size, layout, slot, why));
                if self.cx().named_results.contains(&o) {
                    self.funcs[id as usize].result_copies.push((slot, off, size as u32));
                }
                self.cx().vars.insert(o, VarLoc::Heap(slot));
            } else {
                self.cx().vars.insert(o, VarLoc::Stack(off));
            }
        }
        // Named results that escaped: copied back to the result slots at
        // each return (lowered in `ret`).
        pre.clear();
        pre
    }

    pub(super) fn finish_fn(&mut self, id: FuncId, mut pre: Vec<Stmt>, body: Vec<Stmt>) {
        let cx = self.cx.pop().unwrap();
        pre.extend(body);
        let vars = self.debug_vars(&cx);
        let f = &mut self.funcs[id as usize];
        f.vars = vars;
        f.body = pre;
        f.frame_size = cx.size.div_ceil(8) * 8;
        f.ptrmap = Some(Box::new(cx.ptrs));
        let mut objects = cx.objects;
        objects.sort_by_key(|o| o.off);
        f.stack_objects = objects;
        f.slow_exit = f.has_defer || !f.result_copies.is_empty();
    }

    /// A frame slot for a value of type `t`, in the pointer map by its
    /// type.
    pub(super) fn alloc_typed(&mut self, t: TypeId) -> u32 {
        let (size, align) = self.p.layout(t);
        let mask = self.p.ptr_mask(t);
        self.cx().alloc(size, align, Ptrs::Mask(&mask))
    }

    /// A temporary of the statement being lowered for a value of type
    /// `t` (`FnCx::alloc_temp`).
    pub(super) fn temp_typed(&mut self, t: TypeId) -> u32 {
        let (size, align) = self.p.layout(t);
        let mask = self.p.ptr_mask(t);
        self.cx().alloc_temp(size, align, Ptrs::Mask(&mask))
    }

    /// Lays out a wrapper's frame as `layout` (parameters and results by
    /// their types) before its body is lowered.
    pub(super) fn layout_frame(&mut self, layout: &super::lower_call::Layout) {
        for &(off, _, t) in layout.params.iter().chain(&layout.results) {
            let (size, _) = self.p.layout(t);
            let mask = self.p.ptr_mask(t);
            self.cx().ptrs.mark(off, size, Ptrs::Mask(&mask));
        }
        self.cx().size = layout.size;
    }

    /// The function's named variables, for the stepper (what DWARF's
    /// variable entries give Delve), in declaration order.
    fn debug_vars(&mut self, cx: &FnCx) -> Vec<crate::ir::DebugVar> {
        let mut out = Vec::new();
        for (&o, &home) in &cx.vars {
            let obj = self.p.objs.get(o);
            let ObjKind::Var(info) = &obj.kind else { continue };
            if obj.name == "_" || obj.name.is_empty() {
                continue;
            }
            let kind = if cx.named_results.contains(&o) {
                crate::ir::VarKind::Result
            } else if info.param {
                crate::ir::VarKind::Param
            } else if matches!(home, VarLoc::Captured(_) | VarLoc::CapturedVal(_)) {
                crate::ir::VarKind::Captured
            } else {
                crate::ir::VarKind::Local
            };
            let decl = obj.pos;
            let pos = cx.starts.get(&o).copied().unwrap_or(decl);
            let (name, end) = (obj.name.clone(), cx.ends.get(&o).copied().unwrap_or(u32::MAX));
            let ty = self.obj_ty(o);
            out.push(crate::ir::DebugVar { name, ty, home, pos, end, decl, kind });
        }
        out.sort_by_key(|v| (v.kind, v.pos));
        out
    }

    /// How values of type `t` are held.
    pub(super) fn rep(&self, t: TypeId) -> ValRep {
        match self.p.types.under_type(t) {
            Type::Basic(b) => match b.kind() {
                Basic::Bool | Basic::UntypedBool => ValRep::Scalar(Kind::Bool),
                Basic::Int8 => ValRep::Scalar(Kind::I8),
                Basic::Int16 => ValRep::Scalar(Kind::I16),
                Basic::Int32 | Basic::UntypedRune => ValRep::Scalar(Kind::I32),
                Basic::Int | Basic::Int64 | Basic::UntypedInt => ValRep::Scalar(Kind::I64),
                Basic::Uint8 => ValRep::Scalar(Kind::U8),
                Basic::Uint16 => ValRep::Scalar(Kind::U16),
                Basic::Uint32 => ValRep::Scalar(Kind::U32),
                Basic::Uint | Basic::Uint64 | Basic::Uintptr | Basic::UnsafePointer => ValRep::Scalar(Kind::U64),
                Basic::Float32 => ValRep::Scalar(Kind::F32),
                Basic::Float64 | Basic::UntypedFloat => ValRep::Scalar(Kind::F64),
                Basic::UntypedNil => ValRep::Scalar(Kind::U64),
                _ => ValRep::Mem(self.p.size_of(t) as u32),
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => ValRep::Scalar(Kind::U64),
            _ => ValRep::Mem(self.p.size_of(t) as u32),
        }
    }

    pub(super) fn kind(&self, t: TypeId) -> Kind {
        match self.rep(t) {
            ValRep::Scalar(k) => k,
            ValRep::Mem(_) => Kind::U64,
        }
    }

    /// A string constant: its 16-byte header in read-only data.
    pub(super) fn string_const(&mut self, s: &[u8]) -> Expr {
        if let Some(&h) = self.strings.get(s) {
            return Expr::ConstMem(h, 16);
        }
        let data = if s.is_empty() { 0 } else { self.mem.add_rodata(s) };
        let mut hdr = Vec::with_capacity(16);
        hdr.extend_from_slice(&data.to_le_bytes());
        hdr.extend_from_slice(&(s.len() as u64).to_le_bytes());
        let h = self.mem.add_rodata_aligned(&hdr, 8);
        self.strings.insert(s.to_vec(), h);
        Expr::ConstMem(h, 16)
    }

    /// The static funcval of a declared function (a word holding its index).
    pub(super) fn funcval(&mut self, id: FuncId) -> u64 {
        if let Some(&a) = self.funcvals.get(&id) {
            return a;
        }
        let a = self.mem.add_rodata_aligned(&(id as u64).to_le_bytes(), 8);
        self.funcvals.insert(id, a);
        a
    }
}
