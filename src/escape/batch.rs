//! One batch of mutually recursive functions and their closures (gc's
//! `escape.Batch`, `initFunc`, `walkFunc`, `flowClosure`, `finish`,
//! `paramTag`, `HeapAllocReason`).
//!
//! A batch builds one location graph: locations for every function's
//! parameters, results and locals (in `Dcl` order), then for expressions
//! while walking the bodies; closures then decide capture by value or by
//! reference; allocations too large for the stack are flowed to the heap;
//! the graph is solved; finally parameter tags are recorded for callers and
//! the verdicts are reported in gc's words and emission order (tags first,
//! then every location in creation order).
//!
//! Invariant: a function's tags are only read after its batch finished
//! (`State::Tagged`); calls between functions of one batch flow directly
//! into the callee's parameter and result locations instead.

use super::explain::{Fate, Why};
use super::funcs::{Funcs, State};
use super::graph::*;
use super::oracle::Oracle;
use super::record::ESCAPE_SLOT;
use super::{Ctx, Output, SiteKind};
use crate::syntax::ast::*;
use crate::types::typ::{ObjId, TypeId};
use std::collections::HashMap;

/// gc's `ir.MaxStackVarSize` and `ir.MaxImplicitStackVarSize`.
pub(super) const MAX_STACK_VAR: u64 = 128 * 1024;
pub(super) const MAX_IMPLICIT_STACK_VAR: u64 = 64 * 1024;

/// An allocating expression.
pub(super) struct Site<'a> {
    pub kind: SiteKind,
    /// The expression the verdict is recorded for (the converted operand
    /// for an interface conversion, the call for a variadic slice).
    pub expr: &'a Expr,
    pub pos: u32,
    pub text: String,
    /// Size of the allocation when known (too large: heap).
    pub size: Option<u64>,
    /// A wrapper or other compiler-made closure: no message.
    pub silent: bool,
    /// For closures: the function.
    pub func: Option<u32>,
    /// For interface conversions: the converted operand.
    pub operand: Option<&'a Expr>,
}

pub(super) struct Batch<'f, 'a> {
    pub cx: &'f Ctx<'a>,
    pub funcs: &'f mut Funcs<'a>,
    pub oracle: &'f mut Oracle<'a>,
    pub out: &'f mut Output,
    pub g: Graph,
    pub fns: Vec<u32>,
    pub vars: HashMap<VarKey, Loc>,
    pub sites: Vec<Site<'a>>,
    pub closures: Vec<(Hole, u32)>,
    pub closure_locs: HashMap<Loc, u32>,
    pub next_temp: u32,
    // The function being walked.
    pub cur: u32,
    pub depth: i32,
    pub labels: HashMap<String, bool>,
    /// Operands of go/defer calls evaluated into temporaries.
    pub arg_temps: HashMap<ExprId, Loc>,
    /// Devirtualized interface calls: the receiver's concrete type.
    pub devirt: &'f HashMap<ExprId, TypeId>,
    pub devirt_type: HashMap<ExprId, (TypeId, crate::types::lookup::Selection)>,
    /// Explain mode: the recorded paths, by location and slot
    /// (`record.rs`).
    pub whys: HashMap<(Loc, usize), super::record::RawWhy>,
    /// Locations `heap_alloc_reason` sent to the heap, and why.
    pub too_large: HashMap<Loc, &'static str>,
    /// Calls `f(g())` spread into temporaries: (function, position,
    /// temporaries), for gc's `.autotmp_N` numbering.
    pub spreads: Vec<(u32, u32, u32)>,
    /// The shape instance being reported, for a generic function's batch.
    pub shape: Option<&'f super::shapes::Shape>,
    /// Range-over-func state variables: (position of the loop, `#stateN`).
    pub states: Vec<(u32, String)>,
    /// Their locations, by the loop's position.
    pub state_locs: HashMap<u32, Loc>,
}

impl<'f, 'a> Batch<'f, 'a> {
    pub fn run(
        cx: &'f Ctx<'a>,
        funcs: &'f mut Funcs<'a>,
        oracle: &'f mut Oracle<'a>,
        out: &'f mut Output,
        fns: Vec<u32>,
        devirt: &'f HashMap<ExprId, TypeId>,
        shape: Option<&'f super::shapes::Shape>,
    ) {
        let mut b = Batch {
            cx,
            funcs,
            oracle,
            out,
            g: Graph::new(cx.explain),
            fns: fns.clone(),
            vars: HashMap::new(),
            sites: Vec::new(),
            closures: Vec::new(),
            closure_locs: HashMap::new(),
            next_temp: 0,
            cur: 0,
            depth: 1,
            labels: HashMap::new(),
            arg_temps: HashMap::new(),
            devirt,
            devirt_type: HashMap::new(),
            whys: HashMap::new(),
            too_large: HashMap::new(),
            spreads: Vec::new(),
            shape,
            states: Vec::new(),
            state_locs: HashMap::new(),
        };
        for &f in &fns {
            b.init_func(f);
        }
        for &f in &fns {
            if !b.funcs.get(f).is_closure() {
                b.walk_func(f);
            }
        }
        let closures = std::mem::take(&mut b.closures);
        for (k, f) in closures {
            b.flow_closure(k, f);
        }
        for l in BLANK + 1..b.g.locs.len() as Loc {
            b.heap_alloc_reason(l);
        }
        b.walk_all();
        b.finish();
    }

    pub fn p(&self) -> &'a crate::types::Program {
        self.cx.p
    }

    pub fn has_ptrs(&self, t: TypeId) -> bool {
        super::has_pointers(self.cx.p, t)
    }

    pub fn in_mutual_batch(&self, f: u32) -> bool {
        let st = self.funcs.get(f).state;
        st != State::Unknown && st < State::Tagged
    }

    pub fn closure_fn_of(&self, l: Loc) -> Option<u32> {
        self.closure_locs.get(&l).copied()
    }

    pub fn result_locs(&self, f: u32) -> Vec<Loc> {
        (0..self.funcs.get(f).results.len()).filter_map(|i| self.result_loc(f, i)).collect()
    }

    pub fn result_loc(&self, f: u32, i: usize) -> Option<Loc> {
        let r = &self.funcs.get(f).results[i];
        let key = match r.obj {
            Some(o) => VarKey::Obj(o),
            None => VarKey::Result(f, i as u32),
        };
        self.vars.get(&key).copied()
    }

    pub fn var_loc(&self, o: ObjId) -> Option<Loc> {
        self.vars.get(&VarKey::Obj(o)).copied()
    }

    fn init_func(&mut self, f: u32) {
        self.funcs.get_mut(f).state = State::Planned;
        let n_params = self.funcs.get(f).params.len();
        for i in 0..n_params {
            if let Some(o) = self.funcs.get(f).params[i].obj {
                let l = self.g.new_loc(Node::Var(VarKey::Obj(o)), f, 1, true);
                self.g.locs[l as usize].param = true;
                self.vars.insert(VarKey::Obj(o), l);
            }
        }
        for i in 0..self.funcs.get(f).results.len() {
            let key = match self.funcs.get(f).results[i].obj {
                Some(o) => VarKey::Obj(o),
                None => VarKey::Result(f, i as u32),
            };
            let l = self.g.new_loc(Node::Var(key), f, 1, true);
            self.g.locs[l as usize].param_out = true;
            self.g.locs[l as usize].result_index = i as u32 + 1;
            self.vars.insert(key, l);
        }
        // gc's range-over-func rewrite declares a `#stateN` per loop, in
        // declaration order with the other locals.
        let mut loops = Vec::new();
        if let Some(body) = self.funcs.get(f).body {
            range_func_loops(self.cx.p, &body.stmts, &mut loops);
        }
        let mut loops = loops.into_iter().enumerate().peekable();
        for i in 0..=self.funcs.get(f).locals.len() {
            let o = self.funcs.get(f).locals.get(i).copied();
            let before = o.map_or(u32::MAX, |o| self.cx.p.objs.get(o).pos);
            while let Some((n, pos)) = loops.next_if(|&(_, pos)| pos < before) {
                let i = self.states.len() as u32;
                self.states.push((pos, format!("#state{}", n + 1)));
                let l = self.g.new_loc(Node::Var(VarKey::State(i)), f, 1, true);
                self.state_locs.insert(pos, l);
            }
            if let Some(o) = o {
                let l = self.g.new_loc(Node::Var(VarKey::Obj(o)), f, 1, true);
                self.vars.insert(VarKey::Obj(o), l);
            }
        }
    }

    /// Walks function `f`'s body (gc's `walkFunc`), saving the walk state
    /// of an enclosing function.
    pub fn walk_func(&mut self, f: u32) {
        let saved = (self.cur, self.depth, std::mem::take(&mut self.labels));
        self.funcs.get_mut(f).state = State::Started;
        self.cur = f;
        self.depth = 1;
        let fi = self.funcs.get(f);
        if let Some(call) = fi.wrapper {
            self.wrapper_body(call);
        } else if let Some(body) = fi.body {
            self.labels = looping_labels(&body.stmts);
            self.block(&body.stmts);
        } else if let Some(work) = fi.init_work.clone() {
            for w in work {
                self.init_assign(w);
            }
        }
        (self.cur, self.depth, self.labels) = saved;
    }

    /// An assignment of package initialisation into globals (the heap).
    fn init_assign(&mut self, w: super::pkginit::Work<'a>) {
        let hole = |blank: bool| Hole::to(if blank { BLANK } else { HEAP });
        match w {
            super::pkginit::Work::Value { e, conv, blank } => {
                let k = self.note_e(hole(blank), e, "assign");
                if conv { self.expr(k, e) } else { self.expr_noconv(k, e) }
            }
            super::pkginit::Work::Multi { e, blanks } => {
                let ks: Vec<Hole> = blanks.iter().map(|&b| hole(b)).collect();
                let r = super::gcfmt::strip(e);
                if matches!(r.kind, ExprKind::Call { .. }) && !self.is_conversion(r) {
                    self.call(Some(&ks), r);
                } else {
                    let k = self.note_e(ks[0], e, "assign-pair");
                    self.expr(k, e);
                }
            }
        }
    }

    /// Captured variables flow into the closure, by value when they are
    /// never reassigned, not address-taken and at most 128 bytes.
    fn flow_closure(&mut self, k: Hole, f: u32) {
        let explain = self.g.explain;
        let wrapper_pos = self.funcs.get(f).wrapper.map_or(0, |c| c.span.lo);
        for (l, size) in self.funcs.get(f).temp_captures.clone() {
            let loc = &self.g.locs[l as usize];
            let byval = !loc.addrtaken && !loc.reassigned && size <= 128;
            let k = self
                .note_text(if byval { k } else { k.addr() }, wrapper_pos, "captured by a closure", || "{temp}".into());
            self.g.flow(k, l);
        }
        for o in self.funcs.get(f).captures.clone() {
            let Some(l) = self.var_loc(o) else { continue };
            let loc = &self.g.locs[l as usize];
            let size = self.cx.p.size_of(self.cx.p.objs.get(o).ty);
            let byval = !loc.addrtaken && !loc.reassigned && size <= 128;
            if byval {
                self.out.byval.insert(o);
                // A variable holding a constant is copied into the closure's
                // code instead (rewriteClosureVarsWithLiterals).
                if self.oracle.constant_value(self.cx, o).is_some() {
                    continue;
                }
            } else {
                self.out.byval.remove(&o);
            }
            let p = self.cx.p;
            let pos = if explain { self.first_use(f, o).unwrap_or(p.objs.get(o).pos) } else { 0 };
            let name = move || p.objs.get(o).name.clone();
            let k = if byval { k } else { self.note_text(k.addr(), pos, "reference", name) };
            let k = self.note_text(k, pos, "captured by a closure", name);
            self.g.flow(k, l);
        }
    }

    /// Allocations that must be on the heap whatever flows (gc's
    /// `HeapAllocReason`): too large for the stack.
    fn heap_alloc_reason(&mut self, l: Loc) {
        let too_large = match self.g.locs[l as usize].node {
            Node::Var(VarKey::Obj(o)) => {
                let loc = &self.g.locs[l as usize];
                !loc.param && !loc.param_out && self.cx.p.size_of(self.cx.p.objs.get(o).ty) > MAX_STACK_VAR
            }
            Node::Site(s) => {
                self.rewrite_with_literals(s);
                let site = &self.sites[s as usize];
                match site.kind {
                    SiteKind::MakeSlice
                    | SiteKind::New
                    | SiteKind::PtrLit
                    | SiteKind::Closure
                    | SiteKind::MethodValue => site.size.is_some_and(|n| n > MAX_IMPLICIT_STACK_VAR),
                    _ => site.size.is_some_and(|n| n > MAX_STACK_VAR),
                }
            }
            _ => false,
        };
        if too_large {
            let k = match self.g.locs[l as usize].node {
                Node::Site(s) => {
                    let zero = self.sites[s as usize].size == Some(u64::MAX);
                    let why = if zero { "zero-sized element" } else { "too large for stack" };
                    self.too_large.insert(l, why);
                    self.note_site(Hole::to(HEAP).addr(), s, why)
                }
                Node::Var(VarKey::Obj(o)) => {
                    let p = self.cx.p;
                    let obj = p.objs.get(o);
                    self.too_large.insert(l, "too large for stack");
                    self.note_text(Hole::to(HEAP).addr(), obj.pos, "too large for stack", || obj.name.clone())
                }
                _ => Hole::to(HEAP).addr(),
            };
            self.g.flow(k, l);
        }
    }

    /// gc's `rewriteWithLiterals`: a `make` size or a converted operand
    /// whose static value is a constant is replaced by the literal.
    fn rewrite_with_literals(&mut self, s: u32) {
        let site = &self.sites[s as usize];
        let p = self.cx.p;
        let f = self.fmt();
        match site.kind {
            SiteKind::MakeSlice => {
                let ExprKind::Call { args, .. } = &super::gcfmt::strip(site.expr).kind else { return };
                let Some(t) = p.info.types.get(&args[0].id).map(|t| t.ty) else { return };
                let crate::types::typ::Type::Slice(el) = p.types.under_type(t).clone() else { return };
                let ri = if args.len() > 2 { 2 } else { 1 };
                let r = &args[ri];
                if p.info.types.get(&r.id).is_some_and(|t| t.val.is_some()) {
                    return;
                }
                if ri == 2 && !no_side_effects(p, &args[1]) {
                    return;
                }
                let v = self.oracle.static_value(p, r);
                let n = match p.info.types.get(&v.id).and_then(|t| t.val.as_ref()) {
                    Some(c) => match c.as_i64() {
                        Some(n) if n >= 0 => n,
                        _ => return,
                    },
                    None => {
                        // len of a slice literal.
                        let ExprKind::Call { fun, args: la, .. } = &super::gcfmt::strip(v).kind else { return };
                        if !matches!(&super::gcfmt::strip(fun).kind, ExprKind::Ident(n) if n == "len") || la.len() != 1
                        {
                            return;
                        }
                        let x = self.oracle.static_value(p, &la[0]);
                        match &x.kind {
                            ExprKind::CompositeLit { elts, .. }
                                if p.info.types.get(&x.id).is_some_and(|t| {
                                    matches!(p.types.under_type(t.ty), crate::types::typ::Type::Slice(_))
                                }) =>
                            {
                                slice_lit_len(p, elts)
                            }
                            _ => return,
                        }
                    }
                };
                let mut parts: Vec<String> = vec![f.type_str(t)];
                for (i, a) in args[1..].iter().enumerate() {
                    parts.push(if i + 1 == ri { n.to_string() } else { f.text(a) });
                }
                let es = p.size_of(el);
                let site = &mut self.sites[s as usize];
                site.text = format!("make({})", parts.join(", "));
                site.size = Some(if es == 0 { u64::MAX } else { (n as u64).saturating_mul(es) });
                let id = site.expr.id;
                self.out.make_consts.insert(id, n as u64);
            }
            SiteKind::Iface => {
                let Some(x) = site.operand else { return };
                let Some(tx) = p.info.types.get(&x.id) else { return };
                if tx.val.is_some() || p.types.is_interface(tx.ty) {
                    return;
                }
                let v = self.oracle.static_value(p, x);
                if let Some(c) = p.info.types.get(&v.id).and_then(|t| t.val.clone())
                    && valid_const(p, tx.ty, &c)
                {
                    let mut text = f.literal(&c, Some(tx.ty));
                    // An explicit conversion keeps its type: `(interface {})(5)`.
                    let site = &self.sites[s as usize];
                    if site.expr.id != x.id {
                        let (full, op) = (f.text(site.expr), f.text(x));
                        if let Some(conv) = full.strip_suffix(&format!("({op})")) {
                            text = format!("{conv}({text})");
                        }
                    }
                    self.sites[s as usize].text = text;
                }
            }
            _ => {}
        }
    }

    fn finish(&mut self) {
        let report = self.cx.report;
        let explain = self.g.explain;
        if explain {
            self.record_immediate();
        }
        let mut param_leaks: HashMap<ObjId, Vec<(String, Why)>> = HashMap::new();
        for f in self.fns.clone() {
            self.funcs.get_mut(f).state = State::Tagged;
            let n = self.funcs.get(f).params.len();
            let mut tags = Vec::with_capacity(n);
            for i in 0..n {
                let (obj, ty, pos, name) = {
                    let pi = &self.funcs.get(f).params[i];
                    (pi.obj, pi.ty, pi.pos, pi.name.clone())
                };
                if !self.has_ptrs(ty) {
                    tags.push(Leaks::all_heap());
                    continue;
                }
                let Some(o) = obj else {
                    tags.push(Leaks::default());
                    continue;
                };
                let l = self.var_loc(o).unwrap();
                let mut esc = self.g.locs[l as usize].param_esc;
                esc.optimize();
                if self.funcs.get(f).wrapper.is_none() && !self.g.has(l, ESCAPES) && !self.dupok(f) {
                    for (msg, slot) in self.leak_verdicts(&name, esc, f) {
                        let why = slot.filter(|_| explain).and_then(|s| self.why_of(l, s));
                        if let Some(w) = &why {
                            param_leaks.entry(o).or_default().push((msg.clone(), w.clone()));
                        }
                        if report {
                            if let Some(w) = why {
                                self.out.explained.lines.insert(self.out.report.len(), w);
                            }
                            self.out.report.push((pos, msg));
                        }
                    }
                }
                tags.push(esc);
            }
            self.funcs.get_mut(f).tags = tags;
        }
        for l in BLANK + 1..self.g.locs.len() as Loc {
            let escapes = self.g.has(l, ESCAPES);
            let why = if escapes && explain { self.why_of(l, ESCAPE_SLOT) } else { None };
            match self.g.locs[l as usize].node {
                Node::None => {}
                Node::Var(VarKey::State(i)) => {
                    if escapes && report {
                        if let Some(w) = why {
                            self.out.explained.lines.insert(self.out.report.len(), w);
                        }
                        let (pos, name) = self.states[i as usize].clone();
                        self.out.report.push((pos, format!("moved to heap: {name}")));
                    }
                }
                Node::Var(key) => {
                    let VarKey::Obj(o) = key else { continue };
                    let obj = self.cx.p.objs.get(o);
                    if escapes {
                        self.out.heap.insert(o);
                        let words = format!("moved to heap: {}{}", obj.name, self.forced(l));
                        self.out.var_words.insert(o, words);
                        if report {
                            if let Some(w) = &why {
                                self.out.explained.lines.insert(self.out.report.len(), w.clone());
                            }
                            self.out.report.push((obj.pos, format!("moved to heap: {}", obj.name)));
                        }
                    }
                    if explain {
                        let (name, func) = (obj.name.clone(), self.func_name(l));
                        let fate = if escapes {
                            Fate::Heap { name, func, why }
                        } else {
                            Fate::Frame { name, func, leaks: param_leaks.remove(&o).unwrap_or_default() }
                        };
                        self.out.explained.vars.insert(obj.pos, fate);
                    }
                }
                Node::Site(s) => {
                    let site = &self.sites[s as usize];
                    // Package initialisation runs in the entry function's
                    // frame, where gosub places nothing.
                    let init = self.funcs.get(self.g.locs[l as usize].curfn).init_work.is_some();
                    if !escapes && !init {
                        self.out.stack.insert((site.expr.id, site.kind));
                    }
                    let what = if site.kind == SiteKind::Append { "append".to_string() } else { site.text.clone() };
                    let verdict = if escapes { "escapes to heap" } else { "does not escape" };
                    let key = (site.expr.id, site.kind);
                    let (silent, pos) = (site.silent, site.pos);
                    let words = format!("{what} {verdict}{}", if escapes { self.forced(l) } else { String::new() });
                    if escapes || !init {
                        self.out.site_words.entry(key).or_insert(words);
                    }
                    if report && !silent {
                        if let Some(w) = why {
                            self.out.explained.lines.insert(self.out.report.len(), w);
                        }
                        self.out.report.push((pos, format!("{what} {verdict}")));
                    }
                    let site = &self.sites[s as usize];
                    if report && site.kind == SiteKind::Str2Bytes && !self.g.has(l, MUTATES) {
                        self.out.report.push((site.pos, "zero-copy string->[]byte conversion".into()));
                    }
                }
            }
        }
    }

    /// ` (too large for stack)` when `heap_alloc_reason` sent location `l`
    /// to the heap (gc's `-m=2` note), else nothing.
    fn forced(&self, l: Loc) -> String {
        self.too_large.get(&l).map_or(String::new(), |w| format!(" ({w})"))
    }

    /// gc's words for parameter `name`'s leaks, each with its slot in
    /// `Leaks` (None: it does not escape).
    fn leak_verdicts(&self, name: &str, esc: Leaks, f: u32) -> Vec<(String, Option<usize>)> {
        let mut out = Vec::new();
        let x = esc.heap();
        if x >= 0 {
            let msg = if x == 0 { format!("leaking param: {name}") } else { format!("leaking param content: {name}") };
            out.push((msg, Some(0)));
        }
        for i in 0..NUM_RESULTS {
            let x = esc.result(i);
            if x >= 0 {
                let res = &self.funcs.get(f).results[i].name;
                out.push((format!("leaking param: {name} to result {res} level={x}"), Some(3 + i)));
            }
        }
        if out.is_empty() {
            out.push((format!("{name} does not escape"), None));
        }
        out
    }

    /// gc's `Dupok`: shape instances of generic functions (and their
    /// closures) report no parameter tags.
    fn dupok(&self, f: u32) -> bool {
        let mut f = f;
        while let Some(p) = self.funcs.get(f).parent {
            f = p;
        }
        self.funcs.get(f).generic
    }

    /// gc's name of function `f` in messages: a shape instance's with its
    /// shapes (`(*List[go.shape.int]).Push`, `Map[go.shape.int].func1`).
    pub fn display_name(&self, f: u32) -> String {
        let name = self.funcs.get(f).name.clone();
        let Some(sh) = self.shape else { return name };
        let mut top = f;
        while let Some(p) = self.funcs.get(top).parent {
            top = p;
        }
        let Some(fd) = self.funcs.get(top).decl else { return name };
        let base = match fd.recv.as_ref().map(|r| &r.ty.kind) {
            Some(ExprKind::Star(x)) => match &x.kind {
                ExprKind::Index(b, _) => b,
                _ => return name,
            },
            Some(ExprKind::Index(b, _)) => b,
            Some(_) => return name,
            None => return name.replacen(&fd.name.name, &format!("{}{}", fd.name.name, sh.suffix), 1),
        };
        let ExprKind::Ident(b) = &base.kind else { return name };
        name.replacen(b.as_str(), &format!("{b}{}", sh.suffix), 1)
    }

    /// A new location for a temporary variable.
    pub fn temp(&mut self, depth: i32) -> Loc {
        let t = self.next_temp;
        self.next_temp += 1;
        let key = VarKey::Temp(t);
        let l = self.g.new_loc(Node::Var(key), self.cur, depth, true);
        self.vars.insert(key, l);
        l
    }
}

/// The positions of the range-over-func loops in `ss`, outside function
/// literals, in source order.
fn range_func_loops(p: &crate::types::Program, ss: &[Stmt], out: &mut Vec<u32>) {
    for s in ss {
        if let StmtKind::Range { x, .. } = &s.kind
            && p.info
                .types
                .get(&x.id)
                .is_some_and(|t| matches!(p.types.under_type(t.ty), crate::types::typ::Type::Signature(_)))
        {
            out.push(s.pos.lo);
        }
        let mut parts = Vec::new();
        super::walk::walk_stmt(s, &mut parts);
        for part in parts {
            if let super::walk::Part::B(b) = part {
                range_func_loops(p, b, out);
            }
        }
    }
}

/// Labels that a later `goto` jumps back to: they start a loop.
fn looping_labels(ss: &[Stmt]) -> HashMap<String, bool> {
    fn walk(ss: &[Stmt], m: &mut HashMap<String, bool>) {
        for s in ss {
            match &s.kind {
                StmtKind::Labeled(l, inner) => {
                    if l.name != "_" {
                        m.insert(l.name.clone(), false);
                    }
                    walk(std::slice::from_ref(inner), m);
                }
                StmtKind::Goto(l) => {
                    if let Some(v) = m.get_mut(&l.name) {
                        *v = true;
                    }
                }
                _ => {
                    let mut parts = Vec::new();
                    super::walk::walk_stmt(s, &mut parts);
                    for part in parts {
                        if let super::walk::Part::B(b) = part {
                            walk(b, m);
                        }
                    }
                }
            }
        }
    }
    let mut m = HashMap::new();
    walk(ss, &mut m);
    m
}

/// The length of a slice literal (keys may place elements further).
fn slice_lit_len(p: &crate::types::Program, elts: &[Element]) -> i64 {
    let (mut i, mut max) = (0i64, 0i64);
    for el in elts {
        if let Some(k) = &el.key
            && let Some(v) = p.info.types.get(&k.id).and_then(|t| t.val.as_ref()).and_then(|v| v.as_i64())
        {
            i = v;
        }
        i += 1;
        max = max.max(i);
    }
    max
}

/// gc's `ValidTypeForConst` for the kinds of constants conversions see.
fn valid_const(p: &crate::types::Program, t: TypeId, v: &crate::types::constant::Value) -> bool {
    use crate::types::constant::Value;
    use crate::types::typ::Type;
    let Type::Basic(b) = p.types.under_type(t) else { return false };
    let b = b.kind();
    match v {
        Value::Bool(_) => b.is_boolean(),
        Value::String(_) => b.kind() == crate::types::typ::Basic::String,
        Value::Int(_) => b.is_integer() || b.is_float(),
        Value::Float(_) => b.is_float(),
        Value::Unknown => false,
    }
}

/// gc's `staticinit.AnySideEffects`, roughly: names, constants and
/// arithmetic on them have none.
fn no_side_effects(p: &crate::types::Program, e: &Expr) -> bool {
    if p.info.types.get(&e.id).is_some_and(|t| t.val.is_some()) {
        return true;
    }
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(..) => true,
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Neg | UnOp::Pos | UnOp::Not | UnOp::Xor, x) => no_side_effects(p, x),
        ExprKind::Binary(op, x, y) if !matches!(op, BinOp::Quo | BinOp::Rem | BinOp::Shl | BinOp::Shr) => {
            no_side_effects(p, x) && no_side_effects(p, y)
        }
        _ => false,
    }
}
