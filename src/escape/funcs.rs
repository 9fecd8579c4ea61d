//! The functions escape analysis works on, and the order it takes them in
//! (gc's `ir.Func` facts and `ir.VisitFuncsBottomUp`).
//!
//! Every function declaration with a body and every function literal of the
//! analysed file is a function here; go/defer wrappers are added while
//! walking. Each records its parameters (receiver first), results, locals
//! in declaration order (gc's `Dcl`), the functions it refers to (in source
//! order), the outer variables it captures (gc's `ClosureVars`) and its
//! enclosing function. A literal that captures nothing is not a closure in
//! gc's sense: it is analysed as a function of its own, before its parent.
//!
//! Simplifications: the loop-variable rewrite of Go 1.22 (`loopvar`) is
//! described by the set of per-iteration variables it would create (the
//! walker declares them inside the loop body); generic functions are
//! analysed with type parameters taken to hold pointers (and reported
//! once per shape instance, `shapes.rs`). Package-level initialisers are
//! the pseudo-functions `init` (first in the list, as in gc) and
//! `map.init.N`, whose work `pkginit.rs` plans.

use super::graph::Leaks;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, TypeId};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum State {
    Unknown,
    Planned,
    Started,
    Tagged,
}

pub(super) struct ParamInfo {
    pub obj: Option<ObjId>,
    pub ty: TypeId,
    pub pos: u32,
    pub name: String,
}

pub(super) struct FnInfo<'a> {
    /// gc's name of the function (`f`, `(*T).M`, `f.func1`).
    pub name: String,
    pub decl: Option<&'a FuncDecl>,
    /// The function literal expression.
    pub lit: Option<&'a Expr>,
    pub body: Option<&'a Block>,
    /// A go/defer wrapper made while walking: its body is one call.
    pub wrapper: Option<&'a Expr>,
    pub parent: Option<u32>,
    pub params: Vec<ParamInfo>,
    pub has_recv: bool,
    pub results: Vec<ParamInfo>,
    pub locals: Vec<ObjId>,
    /// Functions and literals referred to, in source order.
    pub refs: Vec<u32>,
    pub captures: Vec<ObjId>,
    /// A go/defer wrapper's captured temporaries (location, size), set
    /// while walking its statement.
    pub temp_captures: Vec<(super::graph::Loc, u64)>,
    /// A go/defer wrapper that evaluates operands at the statement.
    pub wrapper_caps: bool,
    pub state: State,
    pub tags: Vec<Leaks>,
    pub results_lost: bool,
    pub generic: bool,
    /// Package initialisation code (`init`, `map.init.N`): what it assigns,
    /// in order (`pkginit.rs`).
    pub init_work: Option<Vec<super::pkginit::Work<'a>>>,
}

impl FnInfo<'_> {
    /// gc's `IsClosure`: a literal that captures variables.
    pub fn is_closure(&self) -> bool {
        (self.lit.is_some() && !self.captures.is_empty()) || (self.wrapper.is_some() && self.wrapper_caps)
    }
}

pub(super) struct Funcs<'a> {
    pub fns: Vec<FnInfo<'a>>,
    pub by_obj: HashMap<ObjId, u32>,
    pub by_lit: HashMap<ExprId, u32>,
    /// go/defer wrappers, by the wrapped call.
    pub by_wrapper: HashMap<ExprId, u32>,
    /// The function declaring each local variable, parameter and result.
    pub owner: HashMap<ObjId, u32>,
    /// Loop variables gc makes per-iteration copies of (captured or
    /// address-taken in their loop).
    pub loopvars: HashSet<ObjId>,
}

impl<'a> Funcs<'a> {
    pub fn get(&self, f: u32) -> &FnInfo<'a> {
        &self.fns[f as usize]
    }
    pub fn get_mut(&mut self, f: u32) -> &mut FnInfo<'a> {
        &mut self.fns[f as usize]
    }

    /// gc's `ContainsClosure(f, c)`: `c` is a closure nested in `f`.
    pub fn contains_closure(&self, f: u32, c: u32) -> bool {
        if f == c || f == u32::MAX || c == u32::MAX {
            return false;
        }
        let mut p = self.get(c).parent;
        while let Some(x) = p {
            if x == f {
                return true;
            }
            p = self.get(x).parent;
        }
        false
    }
}

/// Collects the functions of `file`.
pub(super) fn collect<'a>(p: &Program, file: &'a File) -> Funcs<'a> {
    let mut c = Collector {
        p,
        funcs: Funcs {
            fns: Vec::new(),
            by_obj: HashMap::new(),
            by_lit: HashMap::new(),
            by_wrapper: HashMap::new(),
            owner: HashMap::new(),
            loopvars: HashSet::new(),
        },
        stack: Vec::new(),
        lit_count: HashMap::new(),
        uses: Vec::new(),
    };
    // gc's package `init`: first in gc's list of functions, so analysed
    // before the declared ones unless it calls them.
    let init = c.new_fn("init".into(), None, None, None, None);
    c.funcs.fns[init as usize].init_work = Some(Vec::new());
    // Declarations first, so references to later functions resolve.
    let mut inits = 0;
    for d in &file.decls {
        if let Decl::Func(fd) = d
            && fd.body.is_some()
            && let Some(&o) = p.info.defs.get(&fd.name.span.lo)
        {
            let mut name = decl_name(p, fd);
            if fd.recv.is_none() && name == "init" {
                name = format!("init.{inits}");
                inits += 1;
            }
            let id = c.new_fn(name, Some(fd), None, fd.body.as_ref(), None);
            c.funcs.by_obj.insert(o, id);
            c.funcs.fns[id as usize].generic = !fd.tparams.is_empty() || recv_generic(fd);
        }
    }
    for d in &file.decls {
        if let Decl::Func(fd) = d
            && let Some(&o) = p.info.defs.get(&fd.name.span.lo)
            && let Some(&id) = c.funcs.by_obj.get(&o)
        {
            c.scan_fn(id);
        }
    }
    // Package-level initialisers, in initialisation order: large map
    // literals get a `map.init.N` of their own, the rest is `init`'s.
    // Literals in them are gc's `glob..funcN`: functions of their own
    // (only globals are in reach).
    // Literals are numbered in source order, the work is done in
    // initialisation order.
    let mut outlined: HashMap<ExprId, u32> = HashMap::new();
    c.stack.push(init);
    for d in &file.decls {
        let Decl::Var(specs, _) = d else { continue };
        for sp in specs {
            for (i, e) in sp.values.iter().enumerate() {
                match super::pkginit::outlined(p, sp, i) {
                    Some(m) => {
                        let f = c.new_fn(format!("map.init.{}", outlined.len()), None, None, None, None);
                        let w = super::pkginit::Work::Value { e: m, conv: false, blank: false };
                        c.funcs.fns[f as usize].init_work = Some(vec![w]);
                        outlined.insert(e.id, f);
                        c.refer(f);
                        c.stack.push(f);
                        c.expr(e);
                        c.stack.pop();
                    }
                    None => c.expr(e),
                }
            }
        }
    }
    c.stack.pop();
    let mut work = Vec::new();
    for sp in super::pkginit::ordered_specs(p, file) {
        super::pkginit::work(p, sp, &mut work);
        // An outlined map is `init`'s call of its function instead.
        work.retain(|w| !matches!(w, super::pkginit::Work::Value { e, .. } if outlined.contains_key(&e.id)));
    }
    c.funcs.fns[init as usize].init_work = Some(work);
    for i in 0..c.funcs.fns.len() {
        if let Some(x) = c.funcs.fns[i].parent
            && c.funcs.fns[x as usize].init_work.is_some()
        {
            c.funcs.fns[i].parent = None;
        }
    }
    c.captures();
    c.funcs
}

fn recv_generic(fd: &FuncDecl) -> bool {
    fd.recv.as_ref().is_some_and(|r| {
        let mut t = &r.ty;
        if let ExprKind::Star(x) = &t.kind {
            t = x;
        }
        matches!(t.kind, ExprKind::Index(..))
    })
}

/// gc's name of a declared function: `f`, `T.M`, `(*T).M`.
fn decl_name(p: &Program, fd: &FuncDecl) -> String {
    let Some(r) = &fd.recv else { return fd.name.name.clone() };
    let (ptr, base) = match &r.ty.kind {
        ExprKind::Star(x) => (true, x.as_ref()),
        _ => (false, &r.ty),
    };
    let base = match &base.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Index(x, _) => match &x.kind {
            ExprKind::Ident(n) => n.clone(),
            _ => "?".into(),
        },
        _ => "?".into(),
    };
    let _ = p;
    if ptr { format!("(*{base}).{}", fd.name.name) } else { format!("{base}.{}", fd.name.name) }
}

struct Collector<'p, 'a> {
    p: &'p Program,
    funcs: Funcs<'a>,
    /// Functions being scanned (innermost last).
    stack: Vec<u32>,
    /// Literals numbered per enclosing function, as gc names them.
    lit_count: HashMap<u32, u32>,
    /// Local variables used by each function (direct uses, in order).
    uses: Vec<Vec<ObjId>>,
}

impl<'p, 'a> Collector<'p, 'a> {
    fn new_fn(
        &mut self,
        name: String,
        decl: Option<&'a FuncDecl>,
        lit: Option<&'a Expr>,
        body: Option<&'a Block>,
        parent: Option<u32>,
    ) -> u32 {
        let id = self.funcs.fns.len() as u32;
        self.funcs.fns.push(FnInfo {
            name,
            decl,
            lit,
            body,
            wrapper: None,
            parent,
            params: Vec::new(),
            has_recv: false,
            results: Vec::new(),
            locals: Vec::new(),
            refs: Vec::new(),
            captures: Vec::new(),
            temp_captures: Vec::new(),
            wrapper_caps: false,
            state: State::Unknown,
            tags: Vec::new(),
            results_lost: false,
            generic: false,
            init_work: None,
        });
        self.uses.push(Vec::new());
        id
    }

    fn def(&self, id: &Ident) -> Option<ObjId> {
        self.p.info.defs.get(&id.span.lo).copied()
    }

    fn fields(&mut self, f: u32, fs: &[Field], results: bool, sig_params: &[TypeId]) {
        let mut i = 0;
        for fl in fs {
            let ty_of_field = |this: &Self, i: usize| {
                sig_params
                    .get(i)
                    .copied()
                    .or_else(|| this.p.info.types.get(&fl.ty.id).map(|t| t.ty))
                    .unwrap_or_default()
            };
            if fl.names.is_empty() {
                let ty = ty_of_field(self, i);
                let name = if results { format!("~r{i}") } else { "_".into() };
                let info = ParamInfo { obj: None, ty, pos: fl.span.lo, name };
                self.push_param(f, info, results);
                i += 1;
            }
            for n in &fl.names {
                let obj = self.def(n).filter(|_| n.name != "_");
                let ty = obj.map(|o| self.p.objs.get(o).ty).unwrap_or_else(|| ty_of_field(self, i));
                if let Some(o) = obj {
                    self.funcs.owner.insert(o, f);
                }
                let name = if results && n.name == "_" { format!("~r{i}") } else { n.name.clone() };
                self.push_param(f, ParamInfo { obj, ty, pos: n.span.lo, name }, results);
                i += 1;
            }
        }
    }

    fn push_param(&mut self, f: u32, info: ParamInfo, results: bool) {
        let fi = &mut self.funcs.fns[f as usize];
        if results { fi.results.push(info) } else { fi.params.push(info) }
    }

    fn sig_types(&self, t: Option<TypeId>) -> (Vec<TypeId>, Vec<TypeId>) {
        match t.and_then(|t| self.p.types.signature(t)) {
            Some(s) => (s.params.iter().map(|p| p.ty).collect(), s.results.iter().map(|p| p.ty).collect()),
            None => (Vec::new(), Vec::new()),
        }
    }

    fn scan_fn(&mut self, f: u32) {
        let fi = &self.funcs.fns[f as usize];
        let (decl, lit, body) = (fi.decl, fi.lit, fi.body);
        self.stack.push(f);
        let sig_ty = match (decl, lit) {
            (Some(fd), _) => self.def(&fd.name).map(|o| self.p.objs.get(o).ty),
            (_, Some(e)) => self.p.info.types.get(&e.id).map(|t| t.ty),
            _ => None,
        };
        let (ps, rs) = self.sig_types(sig_ty);
        let sig = match (decl, lit) {
            (Some(fd), _) => &fd.sig,
            (_, Some(Expr { kind: ExprKind::FuncLit { sig, .. }, .. })) => sig,
            _ => unreachable!(),
        };
        if let Some(fd) = decl
            && let Some(r) = &fd.recv
        {
            self.funcs.fns[f as usize].has_recv = true;
            self.fields(f, std::slice::from_ref(r), false, &[]);
        }
        self.fields(f, &sig.params, false, &ps);
        self.fields(f, &sig.results, true, &rs);
        if let Some(b) = body {
            self.stmts(&b.stmts);
        }
        self.stack.pop();
    }

    fn cur(&self) -> u32 {
        *self.stack.last().unwrap()
    }

    fn local(&mut self, id: &Ident) {
        if id.name == "_" {
            return;
        }
        if let Some((o, true)) = super::define_target(self.p, id) {
            let f = self.cur();
            if self.funcs.owner.insert(o, f).is_none() {
                self.funcs.fns[f as usize].locals.push(o);
            }
        }
    }

    fn refer(&mut self, g: u32) {
        let f = self.cur();
        let refs = &mut self.funcs.fns[f as usize].refs;
        refs.push(g);
    }

    fn stmts(&mut self, ss: &'a [Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Define { lhs, rhs } => {
                rhs.iter().for_each(|e| self.expr(e));
                lhs.iter().for_each(|i| self.local(i));
            }
            StmtKind::Decl(Decl::Var(specs, _)) => {
                for sp in specs {
                    sp.values.iter().for_each(|e| self.expr(e));
                    sp.names.iter().for_each(|i| self.local(i));
                }
            }
            StmtKind::Range { key, value, define, x, body, .. } => {
                self.expr(x);
                for e in key.iter().chain(value.iter()) {
                    if *define {
                        if let ExprKind::Ident(name) = &e.kind {
                            self.local(&Ident { name: name.clone(), span: e.span });
                        }
                    } else {
                        self.expr(e);
                    }
                }
                if *define {
                    self.loopvars_range(key.iter().chain(value.iter()), &body.stmts);
                }
                self.stmts(&body.stmts);
            }
            StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.stmts(&body.stmts);
                if let Some(i) = init
                    && let StmtKind::Define { lhs, .. } = &i.kind
                {
                    let vars: Vec<ObjId> = lhs.iter().filter_map(|i| self.def(i)).collect();
                    let mut leaked = HashSet::new();
                    let parts: Vec<&Stmt> = post.iter().map(|b| b.as_ref()).collect();
                    super::loopvar::leaks_in(self.p, cond.iter(), &parts, &body.stmts, &vars, &mut leaked);
                    self.funcs.loopvars.extend(leaked);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in body {
                    if let Some(&o) = self.p.info.implicits.get(&c.span.lo) {
                        let f = self.cur();
                        if self.funcs.owner.insert(o, f).is_none() {
                            self.funcs.fns[f as usize].locals.push(o);
                        }
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.stmts(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    c.exprs.iter().flatten().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    if let Some(cm) = &c.comm {
                        self.stmt(cm);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Go(e) | StmtKind::Defer(e) => self.go_defer(e),
            _ => {
                let mut parts = Vec::new();
                super::walk::walk_stmt(s, &mut parts);
                for part in parts {
                    match part {
                        super::walk::Part::E(e) => self.expr(e),
                        super::walk::Part::B(b) => self.stmts(b),
                    }
                }
            }
        }
    }

    /// A go/defer statement: the operands gc evaluates at the statement
    /// belong to this function, the call itself to a wrapper.
    fn go_defer(&mut self, e: &'a Expr) {
        let call = super::gcfmt::strip(e);
        if !super::call::needs_wrapper(self.p, call) {
            self.expr(e);
            return;
        }
        let ops = super::call::go_defer_operands(self.p, call);
        for op in &ops {
            self.expr(op.expr);
        }
        let parent = self.cur();
        let name = format!("{}.gowrap", self.funcs.fns[parent as usize].name);
        let w = self.new_fn(name, None, None, None, Some(parent));
        self.funcs.fns[w as usize].wrapper = Some(call);
        self.funcs.fns[w as usize].wrapper_caps = !ops.is_empty();
        self.funcs.by_wrapper.insert(call.id, w);
        self.refer(w);
        // What stays in the wrapper: the callee and literal operands.
        self.stack.push(w);
        if let ExprKind::Call { fun, args, .. } = &call.kind {
            let skip: Vec<ExprId> = ops.iter().map(|o| o.expr.id).collect();
            let mut rest: Vec<&'a Expr> = vec![fun];
            rest.extend(args.iter());
            for x in rest {
                self.expr_except(x, &skip);
            }
        }
        self.stack.pop();
    }

    fn expr_except(&mut self, e: &'a Expr, skip: &[ExprId]) {
        if skip.contains(&e.id) {
            return;
        }
        match &e.kind {
            ExprKind::Selector(x, _) if skip.contains(&x.id) => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    self.expr_except(&el.value, skip);
                }
            }
            _ => self.expr(e),
        }
    }

    fn loopvars_range<'e>(&mut self, vars: impl Iterator<Item = &'e Expr>, body: &'a [Stmt]) {
        let vars: Vec<ObjId> = vars.filter_map(|e| self.p.info.defs.get(&e.span.lo).copied()).collect();
        let mut leaked = HashSet::new();
        super::loopvar::leaks_in(self.p, std::iter::empty(), &[], body, &vars, &mut leaked);
        self.funcs.loopvars.extend(leaked);
    }

    fn expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::FuncLit { body, .. } => {
                let parent = self.cur();
                // Literals of package-level initialisers are `glob..funcN`.
                let glob = self.funcs.fns[parent as usize].init_work.is_some();
                let n = self.lit_count.entry(if glob { u32::MAX } else { parent }).or_insert(0);
                *n += 1;
                let n = *n;
                let pf = &self.funcs.fns[parent as usize];
                let name = if glob {
                    format!("glob..func{n}")
                } else if pf.lit.is_none() {
                    format!("{}.func{n}", pf.name)
                } else {
                    format!("{}.{n}", pf.name)
                };
                let id = self.new_fn(name, None, Some(e), Some(body), Some(parent));
                self.funcs.by_lit.insert(e.id, id);
                self.refer(id);
                self.scan_fn(id);
            }
            ExprKind::Ident(_) => {
                if let Some(&o) = self.p.info.uses.get(&e.id) {
                    match &self.p.objs.get(o).kind {
                        ObjKind::Func(_) => {
                            if let Some(&g) = self.funcs.by_obj.get(&o) {
                                self.refer(g);
                            }
                        }
                        ObjKind::Var(v) if !v.global && !v.field => {
                            let f = self.cur() as usize;
                            self.uses[f].push(o);
                        }
                        _ => {}
                    }
                }
            }
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.p.info.selections.get(&e.id)
                    && sel.kind != SelKind::Field
                    && let Some(&g) = self.funcs.by_obj.get(&sel.obj)
                {
                    self.expr(x);
                    self.refer(g);
                    return;
                }
                if let Some(&o) = self.p.info.uses.get(&e.id)
                    && let Some(&g) = self.funcs.by_obj.get(&o)
                {
                    self.refer(g);
                }
                self.expr(x);
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
            _ => super::walk::walk_expr(e, &mut |x| self.expr(x)),
        }
    }

    /// gc's `ClosureVars`: the outer variables each literal refers to,
    /// directly or through nested literals.
    fn captures(&mut self) {
        // Children after parents: process in reverse creation order.
        for f in (0..self.funcs.fns.len()).rev() {
            if self.funcs.fns[f].lit.is_none() {
                continue;
            }
            let mut caps: Vec<ObjId> = Vec::new();
            let own = |o: &ObjId, funcs: &Funcs| funcs.owner.get(o).is_some_and(|&w| w == f as u32);
            for o in &self.uses[f] {
                if !own(o, &self.funcs) && !caps.contains(o) {
                    caps.push(*o);
                }
            }
            let children: Vec<u32> = self.funcs.fns[f]
                .refs
                .iter()
                .copied()
                .filter(|&g| self.funcs.fns[g as usize].parent == Some(f as u32))
                .collect();
            for g in children {
                for o in self.funcs.fns[g as usize].captures.clone() {
                    if !own(&o, &self.funcs) && !caps.contains(&o) {
                        caps.push(o);
                    }
                }
            }
            self.funcs.fns[f].captures = caps;
        }
    }
}

pub(super) fn is_field_key(p: &Program, k: &Expr) -> bool {
    matches!(k.kind, ExprKind::Ident(_))
        && p.info.uses.get(&k.id).is_none_or(|&o| matches!(&p.objs.get(o).kind, ObjKind::Var(v) if v.field))
}
