//! The checker's driver (types2's `check.go`, `universe.go`, `resolver.go`,
//! `errors.go`): the universe, the package-level pass, the queue of
//! function bodies, and error reporting.
//!
//! Order of work, as types2 does it: collect every package-level object
//! into the package scope; check each object's declaration on demand
//! (`obj_decl`, with grey/black colouring to find cycles); then check the
//! function bodies; then report unused imports and a missing `main`.
//! Package-level dependencies found along the way give the initialization
//! order (`initorder.rs`).

use super::constant::Value;
use super::object::*;
use super::typ::*;
use super::{Info, Mode, Program, TypeAndValue};
use crate::diag::Diagnostic;
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::source::{SourceMap, Span};
use crate::syntax::ast::{self, Expr, ExprId, Ident};

/// How to check a package-level object.
#[derive(Clone, Copy)]
pub enum DeclRef<'a> {
    Const { spec: &'a ast::ConstSpec, index: usize, typ: Option<&'a Expr>, init: Option<&'a Expr>, iota: u32 },
    Var { spec: &'a ast::VarSpec, lhs_index: usize },
    Type(&'a ast::TypeSpec),
    Func(&'a ast::FuncDecl),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Color {
    Grey,
    Black,
}

/// A method's receiver: its name and position (if named), and its type.
pub type RecvInfo = (Option<(String, u32)>, TypeId);

/// The function being checked.
#[derive(Clone, Default)]
pub struct FuncCtx {
    pub sig: Option<TypeId>,
    /// Named result variables (for bare returns).
    pub results: Vec<ObjId>,
    pub scope: usize,
}

pub struct Checker<'a> {
    pub p: Program,
    pub map: &'a SourceMap,
    pub errors: Vec<Diagnostic>,
    pub pkg: PkgId,
    pub pkg_scope: usize,
    /// The current file's scope (imports).
    pub file_scope: usize,
    pub decls: HashMap<ObjId, DeclRef<'a>>,
    color: HashMap<ObjId, Color>,
    /// Objects whose declarations are being checked (for cycle messages).
    obj_path: Vec<ObjId>,
    /// Function bodies to check once all package-level declarations are.
    pub bodies: Vec<(ObjId, &'a ast::FuncDecl, TypeId, usize)>,
    /// Function literals to check after the enclosing declaration.
    pub scope: usize,
    pub fctx: FuncCtx,
    /// The value of `iota` in the constant declaration being checked.
    pub iota: Option<u32>,
    /// Package-level objects the current declaration refers to.
    pub deps: Option<HashSet<ObjId>>,
    pub obj_deps: HashMap<ObjId, HashSet<ObjId>>,
    /// Imports of the current package: PkgName object and whether used.
    pub imports: Vec<(ObjId, Span, bool)>,
    /// Local variables declared in the current function (for `declared and not used`).
    pub locals: Vec<ObjId>,
    /// Package-level variables in declaration order with their specs.
    pub var_specs: Vec<(Vec<ObjId>, u32)>,
    /// Methods by their receiver's base type name.
    pub pending_methods: HashMap<ObjId, Vec<ObjId>>,
    pub reported_cycles: HashSet<ObjId>,
    /// Instances of generic types whose underlying type waits for the
    /// generic type's declaration to complete.
    pub pending_instances: Vec<TypeId>,
    /// Where break, continue and fallthrough may appear.
    pub stmt_ctx: super::stmt::StmtCtx,
    /// Receivers of methods with bodies: (name and position, type).
    pub recv_of: HashMap<ObjId, Option<RecvInfo>>,
    /// Type parameters declared by the receivers of generic types' methods.
    pub recv_tparams: HashMap<ObjId, Vec<TypeId>>,
    /// Partially instantiated generic functions, by expression.
    pub partial_targs: HashMap<ExprId, Vec<TypeId>>,
}

pub fn new_program() -> Program {
    let mut p = Program::empty();
    universe(&mut p);
    p
}

impl Program {
    /// A program with nothing in it (a placeholder while one is moved).
    pub fn empty() -> Program {
        Program {
            types: Types::new(),
            objs: Objects::default(),
            pkgs: vec![],
            current: None,
            comparable_obj: None,
            error_type: INVALID,
            info: Info::default(),
            inst_method_sigs: HashMap::default(),
            recv_tparams: HashMap::default(),
        }
    }
}

/// Fills the universe scope (types2's `universe.go`).
fn universe(p: &mut Program) {
    let u = p.objs.new_scope(None, false);
    debug_assert_eq!(u, UNIVERSE);
    let decl = |p: &mut Program, name: &str, kind: ObjKind, ty: TypeId| {
        let id = p.objs.new_obj(Object { name: name.into(), kind, ty, pos: 0, pkg: None });
        p.objs.declare(UNIVERSE, id);
        id
    };
    for b in Basic::ALL {
        if matches!(b, Basic::Invalid | Basic::UnsafePointer | Basic::Complex64 | Basic::Complex128) || b.is_untyped() {
            continue;
        }
        let t = p.types.basic(b);
        decl(p, b.name(), ObjKind::TypeName, t);
    }
    let any = p.types.any();
    decl(p, "any", ObjKind::TypeName, any);
    // type error interface { Error() string }
    let err_obj = decl(p, "error", ObjKind::TypeName, INVALID);
    let err_t = p.types.new_named(err_obj);
    p.objs.get_mut(err_obj).ty = err_t;
    let string_t = p.types.basic(Basic::String);
    let sig = p.types.intern(Type::Signature(Signature {
        params: vec![],
        results: vec![Param { name: String::new(), ty: string_t }],
        variadic: false,
        tparams: vec![],
    }));
    let m = p.objs.new_obj(Object {
        name: "Error".into(),
        kind: ObjKind::Func(FuncInfo::default()),
        ty: sig,
        pos: 0,
        pkg: None,
    });
    let iface = p.types.interface(vec![Method { name: "Error".into(), sig, obj: m }], vec![]);
    p.types.named_info_mut(err_t).unwrap().underlying = iface;
    p.error_type = err_t;
    // comparable: an interface whose type set is the comparable types.
    let cmp_obj = decl(p, "comparable", ObjKind::TypeName, INVALID);
    let cmp_t = p.types.new_named(cmp_obj);
    p.objs.get_mut(cmp_obj).ty = cmp_t;
    let cmp_iface = p.types.interface(vec![], vec![Embedded::Type(cmp_t)]);
    p.types.named_info_mut(cmp_t).unwrap().underlying = cmp_iface;
    p.comparable_obj = Some(cmp_obj);

    let ub = p.types.basic(Basic::UntypedBool);
    decl(p, "true", ObjKind::Const(Value::Bool(true)), ub);
    decl(p, "false", ObjKind::Const(Value::Bool(false)), ub);
    let ui = p.types.basic(Basic::UntypedInt);
    decl(p, "iota", ObjKind::Const(Value::int(0)), ui);
    let un = p.types.basic(Basic::UntypedNil);
    decl(p, "nil", ObjKind::Nil, un);
    for (name, b) in Builtin::ALL {
        if matches!(b, Builtin::Complex | Builtin::Real | Builtin::Imag) {
            continue;
        }
        decl(p, name, ObjKind::Builtin(b), INVALID);
    }
}

impl<'a> Checker<'a> {
    pub fn new(p: Program, map: &'a SourceMap, pkg: PkgId) -> Checker<'a> {
        let pkg_scope = p.pkgs[pkg.0 as usize].scope;
        Checker {
            p,
            map,
            errors: vec![],
            pkg,
            pkg_scope,
            file_scope: pkg_scope,
            decls: HashMap::default(),
            color: HashMap::default(),
            obj_path: vec![],
            bodies: vec![],
            scope: pkg_scope,
            fctx: FuncCtx::default(),
            iota: None,
            deps: None,
            obj_deps: HashMap::default(),
            imports: vec![],
            locals: vec![],
            var_specs: vec![],
            pending_methods: HashMap::default(),
            reported_cycles: HashSet::default(),
            pending_instances: vec![],
            stmt_ctx: Default::default(),
            recv_of: HashMap::default(),
            recv_tparams: HashMap::default(),
            partial_targs: HashMap::default(),
        }
    }

    // ------------------------------------------------------------ errors

    pub fn error(&mut self, pos: u32, msg: impl Into<String>) {
        self.errors.push(Diagnostic::error(Span::new(pos, pos), msg));
    }

    pub fn basic(&self, b: Basic) -> TypeId {
        self.p.types.basic(b)
    }

    pub fn ts(&self, t: TypeId) -> String {
        self.p.type_string(t)
    }

    // ------------------------------------------------------------ recording

    pub fn record(&mut self, e: &Expr, mode: Mode, ty: TypeId, val: Option<Value>) {
        self.p.info.types.insert(e.id, TypeAndValue { mode, ty, val });
    }

    pub fn record_def(&mut self, id: &Ident, obj: ObjId) {
        self.p.info.defs.insert(id.span.lo, obj);
    }

    pub fn record_use(&mut self, e: ExprId, obj: ObjId) {
        self.p.info.uses.insert(e, obj);
    }

    // ------------------------------------------------------------ objects

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, pos: u32) -> ObjId {
        self.p.objs.new_obj(Object { name: name.into(), kind, ty, pos, pkg: Some(self.pkg) })
    }

    /// Declares an object in a scope, reporting a redeclaration as gc does.
    /// Declares `obj`; false (after gc's error) when the name is taken.
    pub fn declare(&mut self, scope: usize, id: &Ident, obj: ObjId) -> bool {
        self.record_def(id, obj);
        let Some(prev) = self.p.objs.declare(scope, obj) else { return true };
        {
            let prev_pos = self.p.objs.get(prev).pos;
            let p = self.map.position(prev_pos);
            let what = if prev_pos == 0 {
                String::new()
            } else {
                format!("\n\t{}:{}:{}: other declaration of {}", p.file, p.line, p.col, id.name)
            };
            self.error(id.span.lo, format!("{} redeclared in this block{what}", id.name));
        }
        false
    }

    pub fn open_scope(&mut self, is_func: bool) -> usize {
        let s = self.p.objs.new_scope(Some(self.scope), is_func);
        self.scope = s;
        s
    }

    pub fn close_scope(&mut self) {
        self.scope = self.p.objs.scopes[self.scope].parent.unwrap_or(UNIVERSE);
    }

    /// Resolves a name from the current scope; records package-level
    /// dependencies and marks imports used.
    pub fn resolve(&mut self, name: &str) -> Option<ObjId> {
        let (scope, obj) = self.p.objs.lookup(self.scope, name)?;
        if scope == self.pkg_scope
            && let Some(d) = &mut self.deps
        {
            d.insert(obj);
        }
        if let ObjKind::PkgName(_) = self.p.objs.get(obj).kind
            && let Some(i) = self.imports.iter_mut().find(|i| i.0 == obj)
        {
            i.2 = true;
        }
        Some(obj)
    }

    // ------------------------------------------------------------ packages

    /// Collects the package-level objects of `files` into the package scope
    /// (types2's `collectObjects`).
    pub fn collect(&mut self, files: &'a [&'a ast::File]) {
        let mut methods: Vec<&'a ast::FuncDecl> = Vec::new();
        for f in files {
            for imp in &f.imports {
                let Some(pid) = self.p.pkgs.iter().position(|p| p.path == imp.path) else {
                    self.error(
                        imp.path_span.lo,
                        format!("package {} is not in std (gosub models a subset of the standard library)", imp.path),
                    );
                    continue;
                };
                let pkg_name = self.p.pkgs[pid].name.clone();
                let name = imp.name.as_ref().map_or(pkg_name.clone(), |n| n.name.clone());
                if name == "_" || name == "." {
                    if name == "." {
                        self.error(imp.span.lo, "dot imports are not supported by gosub");
                    }
                    continue;
                }
                let obj = self.new_obj(&name, ObjKind::PkgName(PkgId(pid as u32)), INVALID, imp.span.lo);
                let ident = Ident { name: name.clone(), span: imp.name.as_ref().map_or(imp.path_span, |n| n.span) };
                self.declare(self.pkg_scope, &ident, obj);
                self.imports.push((obj, imp.span, false));
            }
            for d in &f.decls {
                match d {
                    ast::Decl::Const(specs, _) => {
                        let mut last: Option<&'a ast::ConstSpec> = None;
                        for spec in specs {
                            let src =
                                if spec.values.is_empty() && spec.ty.is_none() { last.unwrap_or(spec) } else { spec };
                            last = Some(src);
                            for (i, n) in spec.names.iter().enumerate() {
                                let obj = self.new_obj(&n.name, ObjKind::Const(Value::Unknown), INVALID, n.span.lo);
                                self.declare(self.pkg_scope, n, obj);
                                self.decls.insert(
                                    obj,
                                    DeclRef::Const {
                                        spec,
                                        index: i,
                                        typ: src.ty.as_ref(),
                                        init: src.values.get(i),
                                        iota: spec.iota,
                                    },
                                );
                            }
                        }
                    }
                    ast::Decl::Var(specs, _) => {
                        for spec in specs {
                            let mut objs = Vec::new();
                            for (i, n) in spec.names.iter().enumerate() {
                                let kind = ObjKind::Var(VarInfo { global: true, used: true, ..Default::default() });
                                let obj = self.new_obj(&n.name, kind, INVALID, n.span.lo);
                                self.declare(self.pkg_scope, n, obj);
                                self.decls.insert(obj, DeclRef::Var { spec, lhs_index: i });
                                objs.push(obj);
                            }
                            self.var_specs.push((objs, spec.span.lo));
                        }
                    }
                    ast::Decl::Type(specs, _) => {
                        for spec in specs {
                            let obj = self.new_obj(&spec.name.name, ObjKind::TypeName, INVALID, spec.name.span.lo);
                            self.declare(self.pkg_scope, &spec.name, obj);
                            self.decls.insert(obj, DeclRef::Type(spec));
                        }
                    }
                    ast::Decl::Func(fd) => {
                        if fd.recv.is_some() {
                            methods.push(fd);
                            continue;
                        }
                        let native = fd.body.is_none();
                        let obj = self.new_obj(
                            &fd.name.name,
                            ObjKind::Func(FuncInfo { native, ..Default::default() }),
                            INVALID,
                            fd.name.span.lo,
                        );
                        let special = fd.name.name == "init"
                            || fd.name.name == "main" && self.p.pkgs[self.pkg.0 as usize].name == "main";
                        if special {
                            // func init and func main take and return nothing.
                            let name = &fd.name.name;
                            if !fd.tparams.is_empty() {
                                self.error(fd.name.span.lo, format!("func {name} must have no type parameters"));
                            }
                            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                self.error(
                                    fd.name.span.lo,
                                    format!("func {name} must have no arguments and no return values"),
                                );
                            }
                        }
                        if fd.name.name == "init" {
                            // init functions are not declared: they cannot be referred to.
                            self.record_def(&fd.name, obj);
                            self.p.pkgs[self.pkg.0 as usize].init_funcs.push(obj);
                        } else {
                            self.declare(self.pkg_scope, &fd.name, obj);
                        }
                        self.decls.insert(obj, DeclRef::Func(fd));
                    }
                    ast::Decl::Bad(_) => {}
                }
            }
        }
        // Methods are associated with their receiver's base type name.
        for fd in methods {
            let native = fd.body.is_none();
            let obj = self.new_obj(
                &fd.name.name,
                ObjKind::Func(FuncInfo { native, ..Default::default() }),
                INVALID,
                fd.name.span.lo,
            );
            self.record_def(&fd.name, obj);
            self.decls.insert(obj, DeclRef::Func(fd));
            if let Some(base) = self.recv_base_name(fd)
                && let Some(tobj) = self.p.objs.lookup_local(self.pkg_scope, &base)
            {
                if let ObjKind::Func(fi) = &mut self.p.objs.get_mut(obj).kind {
                    fi.recv_base = Some(tobj);
                }
                self.pending_methods.entry(tobj).or_default().push(obj);
            }
        }
    }

    /// The base type name of a method's receiver: `T` of `T`, `*T`, `T[P]`.
    fn recv_base_name(&self, fd: &ast::FuncDecl) -> Option<String> {
        let mut t = &fd.recv.as_ref()?.ty;
        loop {
            match &t.kind {
                ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => t = x,
                ast::ExprKind::Index(x, _) => t = x,
                ast::ExprKind::Ident(n) => return Some(n.clone()),
                _ => return None,
            }
        }
    }

    /// Checks every package-level declaration, then the function bodies.
    pub fn check_package(&mut self) {
        let objs: Vec<ObjId> = {
            let mut v: Vec<ObjId> = self.decls.keys().copied().collect();
            v.sort_by_key(|o| self.p.objs.get(*o).pos);
            v
        };
        for o in &objs {
            self.obj_decl(*o);
        }
        // Function bodies, in source order; literals inside are checked inline.
        let mut i = 0;
        while i < self.bodies.len() {
            let (obj, fd, sig, scope) = self.bodies[i];
            self.func_body(obj, fd, sig, scope);
            i += 1;
        }
        for (obj, span, used) in std::mem::take(&mut self.imports) {
            if !used {
                let ObjKind::PkgName(pid) = self.p.objs.get(obj).kind else { continue };
                let pkg = &self.p.pkgs[pid.0 as usize];
                let name = &self.p.objs.get(obj).name;
                let msg = if *name == pkg.name {
                    format!("{:?} imported and not used", pkg.path)
                } else {
                    format!("{:?} imported as {name} and not used", pkg.path)
                };
                self.error(span.lo, msg);
            }
        }
        self.init_order();
    }

    /// Checks the declaration of a package-level object, once (types2's
    /// `objDecl`); a grey object reached again is a cycle.
    pub fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                // A type or function may refer to itself (through a pointer,
                // or recursively); constants and variables may not.
                let o = self.p.objs.get(obj);
                let named_type = o.is_type() && o.ty != INVALID;
                if !named_type && !matches!(o.kind, ObjKind::Func(_)) {
                    self.cycle(obj);
                }
                return;
            }
            None => {}
        }
        let Some(decl) = self.decls.get(&obj).copied() else { return };
        self.color.insert(obj, Color::Grey);
        self.obj_path.push(obj);
        // Package-level declarations see the package scope only.
        let saved = (self.scope, std::mem::take(&mut self.fctx), self.iota, self.deps.take());
        self.scope = self.file_scope;
        match decl {
            DeclRef::Const { typ, init, iota, .. } => {
                self.deps = Some(HashSet::default());
                self.iota = Some(iota);
                self.const_decl(obj, typ, init);
                let d = self.deps.take().unwrap_or_default();
                self.obj_deps.insert(obj, d);
            }
            DeclRef::Var { spec, lhs_index } => {
                self.deps = Some(HashSet::default());
                self.global_var_decl(obj, spec, lhs_index);
                let d = self.deps.take().unwrap_or_default();
                self.obj_deps.entry(obj).or_default().extend(d);
            }
            DeclRef::Type(spec) => self.type_decl(obj, spec),
            DeclRef::Func(fd) => {
                self.deps = Some(HashSet::default());
                self.func_decl(obj, fd);
                let d = self.deps.take().unwrap_or_default();
                self.obj_deps.entry(obj).or_default().extend(d);
            }
        }
        (self.scope, self.fctx, self.iota, self.deps) = saved;
        self.obj_path.pop();
        self.color.insert(obj, Color::Black);
    }

    fn cycle(&mut self, obj: ObjId) {
        let start = self.obj_path.iter().position(|&o| o == obj).unwrap_or(0);
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let o = self.p.objs.get(obj);
        let (name, pos) = (o.name.clone(), o.pos);
        // Through a function the cycle is legal for types and funcs (e.g.
        // recursive functions) but not for variable initialization.
        let all_types = cycle.iter().all(|&c| self.p.objs.get(c).is_type());
        let has_func = cycle.iter().any(|&c| matches!(self.p.objs.get(c).kind, ObjKind::Func(_)));
        if has_func && !cycle.iter().any(|&c| self.p.objs.get(c).is_var()) {
            return;
        }
        if all_types {
            // Reported by the type declaration when it finds the type invalid.
            if self.reported_cycles.insert(obj) {
                let mut msg = format!("invalid recursive type {name}");
                for c in &cycle {
                    let co = self.p.objs.get(*c);
                    let p = self.map.position(co.pos);
                    msg.push_str(&format!("\n\t{}:{}:{}: {} refers to", p.file, p.line, p.col, co.name));
                }
                let p = self.map.position(pos);
                msg.push_str(&format!("\n\t{}:{}:{}: {name}", p.file, p.line, p.col));
                if cycle.len() == 1 {
                    msg = format!(
                        "invalid recursive type {name}\n\t{}:{}:{}: {name} refers to {name}",
                        p.file, p.line, p.col
                    );
                }
                self.error(pos, msg);
            }
            return;
        }
        // Cycles of variables are reported by the initialization order
        // (initorder.rs); cycles of constants here, in the same words.
        let all_consts = cycle.iter().all(|&c| matches!(self.p.objs.get(c).kind, ObjKind::Const(_)));
        let all_values = cycle.iter().all(|&c| matches!(self.p.objs.get(c).kind, ObjKind::Const(_) | ObjKind::Var(_)));
        if all_values && !all_consts {
            return;
        }
        if self.reported_cycles.insert(obj) {
            if all_consts && cycle.len() == 1 {
                self.error(pos, format!("initialization cycle: {name} refers to itself"));
            } else if all_consts {
                let mut msg = format!("initialization cycle for {name}");
                for (k, c) in cycle.iter().enumerate() {
                    let (a, b) = (self.p.objs.get(*c), self.p.objs.get(cycle[(k + 1) % cycle.len()]));
                    let p = self.map.position(a.pos);
                    msg.push_str(&format!("\n\t{}:{}:{}: {} refers to {}", p.file, p.line, p.col, a.name, b.name));
                }
                self.error(pos, msg);
            } else {
                self.error(pos, format!("initialization cycle or invalid recursive reference to {name}"));
            }
        }
    }

    pub fn is_generic_type_obj(&self, obj: ObjId) -> bool {
        matches!(self.decls.get(&obj), Some(DeclRef::Type(s)) if !s.tparams.is_empty())
    }
}
