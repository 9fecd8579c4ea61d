//! Statements and assignments (gc's `escape/stmt.go` and `assign.go`).
//!
//! Each statement is modelled the way gc's IR spells it after type
//! checking: `x := v` declares `x` (recording the loop depth) and assigns;
//! `a, b := f()` is one call whose results flow into both; stores through
//! pointers, into slices, maps and globals flow to the heap; `return`
//! assigns the result variables; `range` evaluates its operand once into a
//! temporary; loops and backward `goto` targets deepen the loop depth.
//! Go 1.22 per-iteration loop variables (when captured or address-taken)
//! are declared inside the body, copied from and back to a temporary, as
//! gc's `loopvar` rewrite does.
//!
//! Invariant: every sub-expression of live code is walked exactly once,
//! even when its value is discarded (it may hold allocations); code gc's
//! noder drops (`deadcode.rs`) is not walked.

use super::batch::Batch;
use super::graph::*;
use crate::syntax::ast::*;
use crate::types::lookup::SelKind;
use crate::types::object::ObjKind;
use crate::types::typ::{ObjId, Type};

impl<'a> Batch<'_, 'a> {
    pub(super) fn block(&mut self, ss: &'a [Stmt]) {
        let saved = self.depth;
        self.stmts(ss);
        self.depth = saved;
    }

    /// A statement list as gc's noder writes it (`deadcode.rs`).
    fn stmts(&mut self, ss: &'a [Stmt]) {
        for s in super::deadcode::live(self.p(), ss) {
            self.stmt(s);
        }
    }

    /// Declares a local at the current loop depth (gc's `dcl`).
    pub(super) fn dcl(&mut self, o: ObjId) -> Hole {
        match self.var_loc(o) {
            Some(l) => {
                self.g.locs[l as usize].loop_depth = self.depth;
                Hole::to(l)
            }
            None => Hole::to(BLANK),
        }
    }

    fn new_var(&self, id: &Ident) -> Option<ObjId> {
        match super::define_target(self.p(), id) {
            Some((o, true)) => Some(o),
            _ => None,
        }
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad | StmtKind::Fallthrough => {}
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => {}
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Labeled(l, inner) => {
                if self.labels.get(&l.name).copied().unwrap_or(false) {
                    self.depth += 1;
                }
                self.stmt(inner);
            }
            StmtKind::Expr(e) => match &super::gcfmt::strip(e).kind {
                ExprKind::Call { .. } => self.call(None, super::gcfmt::strip(e)),
                _ => self.discard(e),
            },
            StmtKind::Send { ch, value } => {
                self.discard(ch);
                let k = self.note_stmt(Hole::to(HEAP), s, "send");
                self.expr(k, value);
            }
            StmtKind::IncDec { x, .. } => {
                let k = self.addr(x);
                self.reassigned(&[k]);
            }
            StmtKind::Assign { lhs, op, rhs } => {
                if op.is_some() || lhs.len() == rhs.len() {
                    let srcs: Vec<Option<&'a Expr>> = rhs.iter().map(Some).collect();
                    let dsts: Vec<Option<&'a Expr>> = lhs.iter().map(Some).collect();
                    self.assign_list(&dsts, &srcs, Some(s));
                } else {
                    self.assign_multi(lhs.iter().map(Dst::Expr).collect(), &rhs[0], false, s, None);
                }
            }
            StmtKind::Define { lhs, rhs } => {
                for id in lhs {
                    if let Some(o) = self.new_var(id) {
                        self.dcl(o);
                    }
                }
                let dsts: Vec<Dst> = lhs.iter().map(Dst::Ident).collect();
                if lhs.len() == rhs.len() {
                    let ks: Vec<Hole> = dsts.iter().map(|d| self.dst_hole(d)).collect();
                    let why = if lhs.len() > 1 { "assign-pair" } else { "assign" };
                    for (k, r) in ks.iter().zip(rhs) {
                        let k = self.note_stmt(*k, s, why);
                        self.expr(k, r);
                    }
                    self.reassigned_dsts(&ks, &dsts, true);
                } else if rhs.len() == 1 {
                    self.assign_multi(dsts, &rhs[0], true, s, None);
                }
            }
            StmtKind::Decl(Decl::Var(specs, _)) => {
                for sp in specs {
                    for id in &sp.names {
                        if let Some(o) = self.new_var(id) {
                            self.dcl(o);
                        }
                    }
                    let dsts: Vec<Dst> = sp.names.iter().map(Dst::Ident).collect();
                    if sp.values.is_empty() {
                        // `var x T`: its zero initialisation is no reassignment.
                        continue;
                    }
                    if sp.values.len() == sp.names.len() {
                        let ks: Vec<Hole> = dsts.iter().map(|d| self.dst_hole(d)).collect();
                        let why = if sp.names.len() > 1 { "assign-pair" } else { "assign" };
                        for (k, r) in ks.iter().zip(&sp.values) {
                            let k = self.note_spec(*k, sp, why);
                            self.expr(k, r);
                        }
                        self.reassigned_dsts(&ks, &dsts, true);
                    } else {
                        self.assign_multi(dsts, &sp.values[0], true, s, Some(sp));
                    }
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Go(e) => self.go_defer(s, e, true),
            StmtKind::Defer(e) => self.go_defer(s, e, false),
            StmtKind::Return(es) => self.ret(s, es),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.discard(cond);
                // A constant condition's dead branch is not compiled.
                let c = super::deadcode::static_bool(self.p(), cond);
                if c >= 0 {
                    self.block(&then.stmts);
                }
                if let Some(e) = els.as_ref().filter(|_| c <= 0) {
                    let saved = self.depth;
                    self.stmt(e);
                    self.depth = saved;
                }
            }
            StmtKind::Switch { init, tag, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                // An interface on either side makes gc compare as `any`:
                // the tag (`true` when there is none) and every case value
                // are converted.
                let is_iface = |e: &Expr| self.type_of(e).is_some_and(|t| self.p().types.is_interface(t));
                let tag_iface = tag.as_ref().is_some_and(&is_iface)
                    || body.iter().flat_map(|c| c.exprs.iter().flatten()).any(is_iface);
                if let Some(t) = tag {
                    if tag_iface && !is_iface(t) {
                        self.conv_iface(Hole::to(BLANK), t, None);
                    } else {
                        self.discard(t);
                    }
                }
                for c in body {
                    for e in c.exprs.iter().flatten() {
                        if tag_iface && self.type_of(e).is_some_and(|t| !self.p().types.is_interface(t)) {
                            self.conv_iface(Hole::to(BLANK), e, None);
                        } else {
                            self.discard(e);
                        }
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let mut ks = Vec::new();
                for c in body {
                    if let Some(&o) = self.p().info.implicits.get(&c.span.lo) {
                        let k = self.dcl(o);
                        let t = self.p().objs.get(o).ty;
                        if self.has_ptrs(t) {
                            let k = self.dot_type(k, t);
                            let text = if self.g.explain { self.case_text(c) } else { String::new() };
                            ks.push(self.note_text(k, c.span.lo, "switch case", || text));
                        }
                    }
                }
                let k = self.g.tee(&ks, self.cur, self.depth);
                self.expr(k, x);
                for c in body {
                    self.block(&c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    if let Some(cm) = &c.comm {
                        self.stmt(cm);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body)
            }
            StmtKind::Range { key, value, define, x, body, .. } => {
                self.range(RangeLoop { at: s, key: key.as_ref(), value: value.as_ref(), define: *define, x, body })
            }
        }
    }

    /// A copy of variable `o`'s type flowing from `src` (gc's `expr` of a
    /// name: nothing flows for a type without pointers).
    fn flow_value(&mut self, mut k: Hole, src: Loc, o: ObjId) {
        if k.derefs >= 0 && !self.has_ptrs(self.p().objs.get(o).ty) {
            k.dst = BLANK;
        }
        self.g.flow(k, src);
    }

    fn ret(&mut self, s: &'a Stmt, es: &'a [Expr]) {
        let n = self.funcs.get(self.cur).results.len();
        let locs: Vec<Loc> = (0..n).map(|i| self.result_loc(self.cur, i).unwrap_or(BLANK)).collect();
        let ks: Vec<Hole> = locs.iter().map(|&l| Hole::to(l)).collect();
        if es.len() == 1 && n > 1 {
            self.call(Some(&ks), super::gcfmt::strip(&es[0]));
        } else {
            for (k, e) in ks.iter().zip(es) {
                let k = self.note_stmt(*k, s, "return");
                self.expr(k, e);
            }
        }
        self.reassigned(&ks);
    }

    /// `v1, v2 = f()` / `v, ok = m[k]` and friends: one right-hand side.
    /// `at` is the statement (`spec` for a `var` declaration).
    fn assign_multi(
        &mut self,
        dsts: Vec<Dst<'a>>,
        rhs: &'a Expr,
        define: bool,
        at: &'a Stmt,
        spec: Option<&'a VarSpec>,
    ) {
        let ks: Vec<Hole> = dsts.iter().map(|d| self.dst_hole(d)).collect();
        let r = super::gcfmt::strip(rhs);
        match &r.kind {
            ExprKind::Call { .. } if !self.is_conversion(r) => self.call(Some(&ks), r),
            _ => {
                let why = match &r.kind {
                    ExprKind::TypeAssert(..) => "assign-pair-dot-type",
                    ExprKind::Unary(UnOp::Recv, _) => "assign-pair-receive",
                    _ => "assign-pair-mapr",
                };
                let k = match spec {
                    Some(sp) => self.note_spec(ks[0], sp, why),
                    None => self.note_stmt(ks[0], at, why),
                };
                self.expr(k, rhs)
            }
        }
        self.reassigned_dsts(&ks, &dsts, define);
    }

    /// gc's `assignList` for `dst... = src...`.
    pub(super) fn assign_list(&mut self, dsts: &[Option<&'a Expr>], srcs: &[Option<&'a Expr>], at: Option<&'a Stmt>) {
        let ks: Vec<Hole> = dsts.iter().map(|d| d.map_or(Hole::to(BLANK), |d| self.addr(d))).collect();
        for (i, k) in ks.iter().enumerate() {
            let Some(src) = srcs.get(i).copied().flatten() else { continue };
            let mut k = *k;
            if let Some(dst) = dsts[i]
                && self.is_self_assign(dst, src)
            {
                if self.cx.report
                    && let Some(s) = at
                {
                    let name = self.display_name(self.cur);
                    let text = self.stmt_text(s);
                    self.out.report.push((s.pos.lo, format!("{name} ignoring self-assignment in {text}")));
                }
                k = Hole::to(BLANK);
            }
            if let Some(s) = at {
                k = self.note_stmt(k, s, if dsts.len() > 1 { "assign-pair" } else { "assign" });
            }
            self.expr(k, src);
        }
        self.reassigned(&ks);
    }

    /// Marks assigned locations reassigned (gc's `reassigned`).
    pub(super) fn reassigned(&mut self, ks: &[Hole]) {
        for k in ks {
            if k.dst > BLANK {
                self.g.locs[k.dst as usize].reassigned = true;
            }
        }
    }

    fn reassigned_dsts(&mut self, ks: &[Hole], dsts: &[Dst<'a>], define: bool) {
        for (k, d) in ks.iter().zip(dsts) {
            let is_def = define && matches!(d, Dst::Ident(id) if self.new_var(id).is_some());
            if !is_def && k.dst > BLANK {
                self.g.locs[k.dst as usize].reassigned = true;
            }
        }
    }

    fn dst_hole(&mut self, d: &Dst<'a>) -> Hole {
        match d {
            Dst::Expr(e) => self.addr(e),
            Dst::Ident(id) => {
                if id.name == "_" {
                    return Hole::to(BLANK);
                }
                match super::define_target(self.p(), id) {
                    Some((o, _)) => self.var_hole(o),
                    None => Hole::to(BLANK),
                }
            }
        }
    }

    /// The hole for storing into variable `o` (globals are the heap).
    pub(super) fn var_hole(&self, o: ObjId) -> Hole {
        match &self.p().objs.get(o).kind {
            ObjKind::Var(v) if v.global => Hole::to(HEAP),
            _ => self.var_loc(o).map_or(Hole::to(HEAP), Hole::to),
        }
    }

    /// gc's `addr`: the hole that storing into addressable `e` represents.
    pub(super) fn addr(&mut self, e: &'a Expr) -> Hole {
        let e = super::gcfmt::strip(e);
        match &e.kind {
            ExprKind::Ident(n) => {
                if n == "_" {
                    return Hole::to(BLANK);
                }
                match self.p().info.uses.get(&e.id) {
                    Some(&o) => self.var_hole(o),
                    None => Hole::to(BLANK),
                }
            }
            ExprKind::Selector(x, _) => {
                if self.is_pkg(x) {
                    return Hole::to(HEAP);
                }
                let Some(sel) = self.p().info.selections.get(&e.id) else { return Hole::to(HEAP) };
                // Through a pointer anywhere on the path: a store into the heap.
                if self.path_derefs(x, sel) > 0 {
                    self.expr(Hole::to(MUTATOR), x);
                    return Hole::to(HEAP);
                }
                self.addr(x)
            }
            ExprKind::Index(x, idx) => {
                let xt = self.type_of(x);
                match xt.map(|t| self.p().types.under_type(t).clone()) {
                    Some(Type::Map(..)) => {
                        self.discard(x);
                        for i in idx {
                            let k = self.note_e(Hole::to(HEAP), e, "key of map put");
                            self.expr(k, i);
                        }
                        Hole::to(HEAP)
                    }
                    Some(Type::Array(..)) => {
                        idx.iter().for_each(|i| self.discard(i));
                        self.addr(x)
                    }
                    _ => {
                        idx.iter().for_each(|i| self.discard(i));
                        self.expr(Hole::to(MUTATOR), x);
                        Hole::to(HEAP)
                    }
                }
            }
            ExprKind::Star(x) => {
                self.expr(Hole::to(MUTATOR), x);
                Hole::to(HEAP)
            }
            _ => {
                self.discard(e);
                Hole::to(HEAP)
            }
        }
    }

    /// gc's `isSelfAssign`: `b.buf = b.buf[:n]`, `v.x = v.y` and similar.
    fn is_self_assign(&self, dst: &Expr, src: &Expr) -> bool {
        let (dst, src) = (super::gcfmt::strip(dst), super::gcfmt::strip(src));
        // b.buf = b.buf[i:j] with b a pointer name.
        if let ExprKind::Slice { x: sx, .. } = &src.kind
            && let Some(d) = self.ptr_base_name(dst)
            && !self.type_of(sx).is_some_and(|t| matches!(self.p().types.under_type(t), Type::Array(..)))
            && self.ptr_base_name(sx) == Some(d)
        {
            return true;
        }
        match (&dst.kind, &src.kind) {
            (ExprKind::Selector(dx, _), ExprKind::Selector(sx, _)) => {
                self.is_field(dst) && self.is_field(src) && self.same_safe(dx, sx)
            }
            (ExprKind::Index(dx, di), ExprKind::Index(sx, si)) => {
                // A pointer to an array indexes through gc's implicit
                // dereference, a safe expression too.
                let slice_or_array = |x: &Expr| {
                    self.type_of(x).is_some_and(|t| {
                        let ty = &self.p().types;
                        match ty.under_type(t) {
                            Type::Slice(_) | Type::Array(..) => true,
                            Type::Pointer(e) => matches!(ty.under_type(*e), Type::Array(..)),
                            _ => false,
                        }
                    })
                };
                slice_or_array(dx)
                    && slice_or_array(sx)
                    && di.iter().chain(si).all(|i| !self.may_affect_memory(i))
                    && self.same_safe(dx, sx)
            }
            _ => false,
        }
    }

    fn is_field(&self, e: &Expr) -> bool {
        self.p().info.selections.get(&e.id).is_some_and(|s| s.kind == SelKind::Field)
    }

    /// `p` in `p.f` or `*p` (a local pointer name).
    fn ptr_base_name(&self, e: &Expr) -> Option<ObjId> {
        let base = match &e.kind {
            ExprKind::Star(x) => x,
            ExprKind::Selector(x, _) if self.is_field(e) => {
                if !self.type_of(x).is_some_and(|t| matches!(self.p().types.under_type(t), Type::Pointer(_))) {
                    return None;
                }
                x
            }
            _ => return None,
        };
        let base = super::gcfmt::strip(base);
        let ExprKind::Ident(_) = &base.kind else { return None };
        self.p().info.uses.get(&base.id).copied()
    }

    /// gc's `SameSafeExpr`.
    fn same_safe(&self, a: &Expr, b: &Expr) -> bool {
        let (a, b) = (super::gcfmt::strip(a), super::gcfmt::strip(b));
        match (&a.kind, &b.kind) {
            (ExprKind::Ident(_), ExprKind::Ident(_)) => {
                let (x, y) = (self.p().info.uses.get(&a.id), self.p().info.uses.get(&b.id));
                x.is_some() && x == y
            }
            (ExprKind::Selector(x, f), ExprKind::Selector(y, g)) => f.name == g.name && self.same_safe(x, y),
            (ExprKind::Star(x), ExprKind::Star(y)) => self.same_safe(x, y),
            (ExprKind::Index(x, i), ExprKind::Index(y, j)) => {
                i.len() == 1 && j.len() == 1 && self.same_safe(x, y) && self.same_safe(&i[0], &j[0])
            }
            (ExprKind::BasicLit(_, s), ExprKind::BasicLit(_, t)) => s == t,
            _ => false,
        }
    }

    fn may_affect_memory(&self, e: &Expr) -> bool {
        if self.p().info.types.get(&e.id).is_some_and(|t| t.val.is_some()) {
            return false;
        }
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::BasicLit(..) => false,
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Selector(x, _) => self.may_affect_memory(x),
            ExprKind::Unary(op, x) if *op != UnOp::Recv && *op != UnOp::Addr => self.may_affect_memory(x),
            ExprKind::Binary(op, x, y) if !matches!(op, BinOp::LAnd | BinOp::LOr) && !op_is_cmp(*op) => {
                self.may_affect_memory(x) || self.may_affect_memory(y)
            }
            ExprKind::Index(x, i) => self.may_affect_memory(x) || i.iter().any(|i| self.may_affect_memory(i)),
            _ => true,
        }
    }

    fn for_stmt(&mut self, init: Option<&'a Stmt>, cond: Option<&'a Expr>, post: Option<&'a Stmt>, body: &'a Block) {
        // Per-iteration copies of the loop variables that need them.
        let mut leaked: Vec<(ObjId, Loc)> = Vec::new();
        if let Some(i) = init {
            if let StmtKind::Define { lhs, rhs } = &i.kind
                && lhs.iter().filter_map(|id| self.new_var(id)).any(|o| self.funcs.loopvars.contains(&o))
            {
                let mut ks = Vec::new();
                for id in lhs {
                    match self.new_var(id) {
                        Some(o) if self.funcs.loopvars.contains(&o) => {
                            // z' (a temporary at function level) holds z between iterations.
                            let t = self.temp(1);
                            leaked.push((o, t));
                            ks.push(Hole::to(t));
                        }
                        Some(o) => ks.push(self.dcl(o)),
                        None => ks.push(self.dst_hole(&Dst::Ident(id))),
                    }
                }
                if lhs.len() == rhs.len() {
                    for (k, r) in ks.iter().zip(rhs) {
                        self.expr(*k, r);
                    }
                } else if let Some(r) = rhs.first() {
                    self.call(Some(&ks), super::gcfmt::strip(r));
                }
            } else {
                self.stmt(i);
            }
        }
        self.depth += 1;
        if leaked.is_empty() {
            if let Some(c) = cond {
                self.discard(c);
            }
            if let Some(p) = post {
                self.stmt(p);
            }
            self.block(&body.stmts);
        } else {
            for &(o, t) in &leaked {
                let k = self.dcl(o);
                self.flow_value(k, t, o);
            }
            if let Some(p) = post {
                let saved = self.depth;
                self.stmt(p);
                self.depth = saved;
            }
            if let Some(c) = cond {
                self.discard(c);
            }
            self.block(&body.stmts);
            for &(o, t) in &leaked {
                if let Some(l) = self.var_loc(o) {
                    self.flow_value(Hole::to(t), l, o);
                }
            }
        }
        self.depth -= 1;
    }

    fn range(&mut self, r: RangeLoop<'a>) {
        let RangeLoop { at, key, value, define, x, body } = r;
        // The operand is evaluated once and lives until the loop ends.
        let tmp = self.g.new_loc(Node::None, self.cur, self.depth, true);
        self.expr(Hole::to(tmp), x);
        let xt = self.type_of(x).map(|t| self.p().types.under_type(t).clone());
        let is_func = matches!(xt, Some(Type::Signature(_)));
        if is_func {
            return self.range_func(r, tmp);
        }
        let vars: Vec<Option<ObjId>> = [key, value]
            .iter()
            .map(|e| e.and_then(|e| if define { self.p().info.defs.get(&e.span.lo).copied() } else { None }))
            .collect();
        let leaked: Vec<bool> = vars.iter().map(|o| o.is_some_and(|o| self.funcs.loopvars.contains(&o))).collect();
        // Declared before the loop (or, when per-iteration, as temporaries).
        let mut ks = Vec::new();
        let mut temps = [None, None];
        for (i, e) in [key, value].into_iter().enumerate() {
            let k = match (e, vars[i]) {
                (None, _) => Hole::to(BLANK),
                (Some(_), Some(_)) if leaked[i] => {
                    let t = self.temp(1);
                    temps[i] = Some(t);
                    Hole::to(t)
                }
                (Some(_), Some(o)) => self.dcl(o),
                (Some(e), None) => {
                    if define {
                        Hole::to(BLANK)
                    } else {
                        self.addr(e)
                    }
                }
            };
            ks.push(k);
        }
        self.depth += 1;
        // The value is (a copy of) an element: of the array itself, or
        // behind the slice, string, map or channel.
        let is_array = matches!(xt, Some(Type::Array(..)));
        let vk = if is_array { ks[1] } else { ks[1].deref() };
        let vk =
            self.note_text(vk, range_pos(self.cx.map, at, x), if is_array { "range" } else { "range-deref" }, || {
                "for loop".into()
            });
        self.g.flow(vk, tmp);
        self.reassigned(&ks);
        for i in 0..2 {
            if let (Some(t), Some(o)) = (temps[i], vars[i]) {
                let k = self.dcl(o);
                self.flow_value(k, t, o);
            }
        }
        self.block(&body.stmts);
        self.depth -= 1;
    }

    /// `for k, v := range f`: gc rewrites the body into a closure passed to
    /// `f`; here the body is walked in place one loop deeper and every
    /// variable it touches is treated as captured by an escaping closure.
    fn range_func(&mut self, r: RangeLoop<'a>, tmp: Loc) {
        let RangeLoop { at, key, value, define, x, body } = r;
        self.g.flow(Hole::to(HEAP), tmp);
        // gc's rewrite: the body is a closure passed to the iterator (a
        // func value, so it escapes) that shares the loop's `#stateN` by
        // reference.
        let site = self.site(super::SiteKind::Closure, x, at.pos.lo, "func literal".into());
        let k = self.note_stmt(Hole::to(HEAP), at, "range-over-func body");
        let k = self.spill(k, site);
        if let Some(&st) = self.state_locs.get(&at.pos.lo) {
            let k = self.note_text(k.addr(), at.pos.lo, "captured by a closure", || "#state".into());
            self.g.flow(k, st);
        }
        self.depth += 1;
        let defined: Vec<ObjId> = if define {
            [key, value].into_iter().flatten().filter_map(|e| self.p().info.defs.get(&e.span.lo).copied()).collect()
        } else {
            Vec::new()
        };
        for e in [key, value].into_iter().flatten() {
            if define {
                if let Some(&o) = self.p().info.defs.get(&e.span.lo) {
                    let k = self.dcl(o);
                    self.g.flow(k, HEAP);
                }
            } else {
                let k = self.addr(e);
                self.reassigned(&[k]);
            }
        }
        let mut used = Vec::new();
        super::loopvar::uses_in(self.p(), &body.stmts, &mut used);
        // The loop's own variables are the body closure's parameters, and
        // variables declared in the body its locals: only the enclosing
        // function's are captured.
        let p = self.p();
        used.retain(|o| !defined.contains(o) && !(body.span.lo..body.span.hi).contains(&p.objs.get(*o).pos));
        for o in used {
            if let Some(l) = self.var_loc(o) {
                self.g.flow(Hole::to(HEAP).addr(), l);
            }
        }
        self.block(&body.stmts);
        self.depth -= 1;
    }
}

/// A `for key, value := range x { body }` statement's parts.
#[derive(Clone, Copy)]
struct RangeLoop<'a> {
    at: &'a Stmt,
    key: Option<&'a Expr>,
    value: Option<&'a Expr>,
    define: bool,
    x: &'a Expr,
    body: &'a Block,
}

/// The position of the `range` keyword of `for ... range x` (gc's position
/// of the loop).
fn range_pos(map: &crate::source::SourceMap, s: &Stmt, x: &Expr) -> u32 {
    let f = map.file(map.file_of(s.span.lo));
    let text = &f.text[(s.span.lo - f.base) as usize..(x.span.lo - f.base) as usize];
    text.rfind("range").map_or(s.span.lo, |i| s.span.lo + i as u32)
}

fn op_is_cmp(op: BinOp) -> bool {
    matches!(op, BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq)
}

/// An assignment destination: an expression, or an identifier of `:=`.
pub(super) enum Dst<'a> {
    Expr(&'a Expr),
    Ident(&'a Ident),
}
