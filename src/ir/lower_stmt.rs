//! Lowering of statements: declarations, assignments, control flow.
//!
//! Assignments follow the spec's two phases: index and pointer operands of
//! the left-hand side and all right-hand values are evaluated first (into
//! frame temporaries when there are several), then stored left to right.
//! Go 1.22 loop variables: a variable declared by a `for` clause that
//! escapes gets a fresh heap copy at the end of each iteration
//! (`RenewVars`), one declared by `range` a fresh variable per iteration.

use super::lower::{Lowerer, VarLoc};
use super::lower_expr::{loc_place, strip_parens};
use super::*;
use crate::syntax::ast::{self, ExprKind, StmtKind as S};
use crate::types::typ::{ObjId, Type, TypeId};
use std::collections::HashSet;

impl Lowerer<'_> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        // Liveness (`lower_live.rs`): what each statement mentions, and
        // the variables mentioned after each one.
        let mentions = (self.cx().depth == 0 || self.cx().liveness).then(|| self.mentions(stmts));
        if self.cx().depth == 0 {
            self.cx().liveness = mentions.as_ref().is_some_and(|m| !m.has_goto);
        }
        let mentions = mentions.filter(|_| self.cx().liveness);
        // The function body's block: parameters die after their last
        // mention too (Go's liveness), unless address-taken or captured.
        let params: Vec<ObjId> = if self.cx().depth == 0 { self.cx().params.clone() } else { Vec::new() };
        let mut later: Vec<HashSet<ObjId>> = vec![HashSet::new(); stmts.len()];
        if let Some(m) = &mentions {
            for i in (0..stmts.len().saturating_sub(1)).rev() {
                later[i] = later[i + 1].union(&m.each[i + 1]).copied().collect();
            }
        }
        self.cx().depth += 1;
        let scope = self.cx().scoped.len();
        let declared = self.cx().declared.len();
        let mut killed: HashSet<ObjId> = HashSet::new();
        // Where each of this block's variables is declared (for stack
        // objects' live ranges).
        let mut decl_at: std::collections::HashMap<ObjId, u32> = std::collections::HashMap::new();
        for (i, s) in stmts.iter().enumerate() {
            let (temps, decls) = (self.cx().dead_temps.len(), self.cx().scoped.len());
            let vars = self.cx().declared.len();
            self.cx().stmts.push((s.span.lo, s.span.hi));
            self.stmt(s, &mut out, None);
            self.cx().stmts.pop();
            if let Some(m) = &mentions {
                self.header_objects(
                    m,
                    vars,
                    decls,
                    (s.span.lo, s.span.hi),
                    matches!(s.kind, S::Define { .. } | S::Decl(_)),
                );
            }
            let cx = self.cx();
            for &o in &cx.declared[vars..] {
                decl_at.entry(o).or_insert(s.span.lo);
            }
            if matches!(s.kind, S::Define { .. } | S::Decl(_)) {
                // Go's rule: the scope begins after the declaration.
                for &o in &cx.declared[vars..] {
                    cx.starts.entry(o).or_insert(s.span.hi);
                }
            } else {
                cx.end_scope(vars, s.span.hi);
            }
            let mut dead: Vec<(u32, u32)> = cx.dead_temps.drain(temps..).collect();
            // Variables a compound statement declares (loop variables, `if`
            // and `switch` initialisers, case bindings) die with it.
            if !matches!(s.kind, S::Define { .. } | S::Decl(_)) {
                dead.extend(cx.scoped.drain(decls..));
            }
            if let Some(m) = &mentions {
                let cx = self.cx();
                // This block's variables that die here: address-taken ones
                // (pinned) and the others.
                let (pinned, mut vars): (Vec<ObjId>, Vec<ObjId>) = cx.declared[declared..]
                    .iter()
                    .copied()
                    .filter(|o| !later[i].contains(o) && !killed.contains(o) && !cx.ends.contains_key(o))
                    .partition(|o| m.pinned.contains(o));
                // Parameters are never stack objects: a pinned one stays.
                vars.extend(
                    params.iter().filter(|o| !later[i].contains(o) && !killed.contains(o) && !m.pinned.contains(o)),
                );
                for o in pinned {
                    // Address-taken: a stack object, statically live from
                    // its declaration to here.
                    killed.insert(o);
                    let lo = decl_at.get(&o).copied().unwrap_or(s.span.lo);
                    self.var_object(o, m, (lo, s.span.hi));
                }
                for o in vars {
                    killed.insert(o);
                    let t = self.obj_ty(o);
                    let home = self.cx().vars.get(&o).copied();
                    match home {
                        Some(VarLoc::Stack(off)) if self.p.has_pointers(t) => {
                            dead.push((off, self.p.size_of(t) as u32));
                        }
                        Some(VarLoc::Heap(slot)) => dead.push((slot, 8)),
                        _ => {}
                    }
                }
            }
            if !dead.is_empty() {
                out.push(Stmt { pos: s.pos.lo, kind: StmtKind::ZeroLocals(dead) });
            }
        }
        let cx = self.cx();
        cx.end_scope(declared, stmts.last().map_or(0, |s| s.span.hi));
        cx.depth -= 1;
        let dead: Vec<(u32, u32)> = cx.scoped.drain(scope..).collect();
        // A function body's variables die with its frame anyway.
        if !dead.is_empty() && cx.depth > 0 && !matches!(out.last().map(|s| &s.kind), Some(StmtKind::Return)) {
            out.push(Stmt { pos: 0, kind: StmtKind::ZeroLocals(dead) });
        }
        out
    }

    /// Variable `o` of the block being lowered, address-taken, becomes a
    /// stack object statically live over `live`, unless a `defer` or `go`
    /// statement names it (gosub's heap objects from such statements may
    /// point to it, so its slot stays a plain frame word, scanned while
    /// the frame lives).
    fn var_object(&mut self, o: ObjId, m: &super::lower_live::Mentions, live: (u32, u32)) {
        if m.deferred.contains(&o) {
            return;
        }
        if let Some(VarLoc::Stack(off)) = self.cx().vars.get(&o).copied() {
            let t = self.obj_ty(o);
            let size = self.p.size_of(t);
            let obj = self.p.objs.get(o);
            let (name, pos) = (obj.name.clone(), obj.pos);
            self.cx().stack_object(off, size, live, name, pos);
        }
    }

    /// The variables a compound statement (spanning `live`) declares in
    /// its header (loop variables, `if` and `switch` initialisers, case
    /// bindings: those still in `scoped` after it, from `decls` on) that
    /// are address-taken become stack objects live during the statement.
    fn header_objects(
        &mut self,
        m: &super::lower_live::Mentions,
        vars: usize,
        decls: usize,
        live: (u32, u32),
        decl: bool,
    ) {
        if decl {
            return;
        }
        let cx = self.cx();
        let slots: HashSet<u32> = cx.scoped[decls..].iter().map(|&(off, _)| off).collect();
        let objs: Vec<ObjId> = cx.declared[vars..]
            .iter()
            .copied()
            .filter(|o| m.pinned.contains(o))
            .filter(|o| matches!(cx.vars.get(o), Some(VarLoc::Stack(off)) if slots.contains(off)))
            .collect();
        for o in objs {
            self.var_object(o, m, live);
        }
    }

    /// Declares a local variable; returns its place and, for an escaping
    /// one, the statement that allocates it.
    pub(super) fn declare(&mut self, o: ObjId, pos: u32, out: &mut Vec<Stmt>) -> Place {
        let t = self.obj_ty(o);
        let size = self.p.size_of(t);
        // Too large for the stack (a generic instance may be).
        if size > super::lower_stack::MAX_STACK_VAR {
            self.esc.heap.insert(o);
        }
        if self.esc.heap.contains(&o) {
            let slot = self.cx().alloc(8, 8, Ptrs::All);
            self.cx().scoped.push((slot, 8));
            self.cx().vars.insert(o, VarLoc::Heap(slot));
            self.cx().declared.push(o);
            let why = self.var_why(o);
            out.push(Stmt { pos, kind: StmtKind::NewVar { slot, size, layout: self.layout(t), why } });
            loc_place(VarLoc::Heap(slot))
        } else {
            let off = self.alloc_typed(t);
            if self.p.has_pointers(t) {
                self.cx().scoped.push((off, size as u32));
            }
            self.cx().vars.insert(o, VarLoc::Stack(off));
            self.cx().declared.push(o);
            Place::Local(off)
        }
    }

    /// gc's `s = move2heap(s)` before the statement where slice `o`
    /// stops being exclusive (`escape/move2heap.rs`).
    fn move_to_heap(&mut self, pos: u32, o: ObjId, keep_cap: bool, out: &mut Vec<Stmt>) {
        let t = self.obj_ty(o);
        let et = self.slice_elem(t);
        let buf = self.append_buf(Some(o), et).get();
        let place = self.var_place(o);
        let name = self.p.objs.get(o).name.clone();
        let how = if keep_cap { "moveSlice" } else { "moveSliceNoCap" };
        let why = self.why(format!("{how}: {name} leaves its frame buffer where it escapes (move2heap)"));
        let b =
            Builtin::MoveToHeap { buf, elem_size: self.p.size_of(et) as u32, layout: self.layout(et), keep_cap, why };
        out.push(Stmt { pos, kind: StmtKind::Expr(Expr::Builtin(b, vec![Expr::Copy(Box::new(place), 24)])) });
    }

    fn zero_stmt(&mut self, pos: u32, place: Place, t: TypeId) -> Stmt {
        match self.rep(t) {
            ValRep::Scalar(k) => Stmt { pos, kind: StmtKind::Store(place, k, Expr::Const(0)) },
            ValRep::Mem(n) => Stmt { pos, kind: StmtKind::Zero(place, n) },
        }
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>, label: Option<&str>) {
        let pos = s.pos.lo;
        if let Some(moves) = self.esc.moves.at.get(&s.span.lo).cloned() {
            for (o, keep_cap) in moves {
                self.move_to_heap(pos, o, keep_cap, out);
            }
        }
        match &s.kind {
            S::Empty | S::Bad => {}
            S::Expr(e) => {
                let x = self.expr(e);
                out.push(Stmt { pos, kind: StmtKind::Expr(x) });
            }
            S::IncDec { x, inc } => {
                let op = if *inc { ast::BinOp::Add } else { ast::BinOp::Sub };
                self.op_assign(pos, x, op, None, out);
            }
            S::Assign { lhs, op: Some(op), rhs } => self.op_assign(pos, &lhs[0], *op, Some(&rhs[0]), out),
            S::Assign { lhs, op: None, rhs } => self.assign(pos, lhs, rhs, out),
            S::Define { lhs, rhs } => self.define(pos, lhs, rhs, out),
            S::Decl(ast::Decl::Var(specs, _)) => {
                for sp in specs {
                    self.var_spec(sp, out);
                }
            }
            S::Decl(_) => {}
            S::Return(es) => match self.range_return(pos, es) {
                Some(v) => out.extend(v),
                None => self.ret(pos, es, out),
            },
            S::Block(b) => {
                let inner = self.block(&b.stmts);
                out.push(Stmt { pos, kind: StmtKind::Block(inner) });
            }
            S::Labeled(name, inner) => {
                let id = self.goto_label(&name.name);
                out.push(Stmt { pos, kind: StmtKind::Label(id) });
                self.stmt(inner, out, Some(&name.name));
            }
            S::Break(l) if self.cx().range_body.is_some() && self.range_jump_applies(l, false) => {
                let v = self.range_jump(pos, l.as_ref().map(|i| i.name.as_str()), false).unwrap_or_default();
                out.extend(v);
            }
            S::Continue(l) if self.cx().range_body.is_some() && self.range_jump_applies(l, true) => {
                let v = self.range_jump(pos, l.as_ref().map(|i| i.name.as_str()), true).unwrap_or_default();
                out.extend(v);
            }
            S::Break(l) => {
                let id = self.target(l.as_ref().map(|i| i.name.as_str()), false);
                out.push(Stmt { pos, kind: StmtKind::Break(id) });
            }
            S::Continue(l) => {
                let id = self.target(l.as_ref().map(|i| i.name.as_str()), true);
                out.push(Stmt { pos, kind: StmtKind::Continue(id) });
            }
            S::Goto(l) => {
                let id = self.goto_label(&l.name);
                out.push(Stmt { pos, kind: StmtKind::Goto(id) });
            }
            S::Fallthrough => out.push(Stmt { pos, kind: StmtKind::Fallthrough }),
            S::If { init, cond, then, els } => {
                let mut inner = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut inner, None);
                }
                let c = self.expr(cond);
                let t = self.block(&then.stmts);
                let mut e = Vec::new();
                if let Some(els) = els {
                    self.stmt(els, &mut e, None);
                }
                inner.push(Stmt { pos, kind: StmtKind::If(c, t, e) });
                out.push(Stmt { pos, kind: StmtKind::Block(inner) });
            }
            S::For { init, cond, post, body } => {
                let id = self.label();
                let mut inner = Vec::new();
                let before = self.cx().vars.len();
                if let Some(i) = init {
                    self.stmt(i, &mut inner, None);
                }
                // Escaping variables of the init clause get per-iteration copies.
                let mut renew = Vec::new();
                if let Some(i) = init
                    && let S::Define { lhs, .. } = &i.kind
                {
                    for id in lhs {
                        if let Some(&o) = self.p.info.defs.get(&id.span.lo)
                            && let Some(&VarLoc::Heap(slot)) = self.cx().vars.get(&o)
                        {
                            let t = self.obj_ty(o);
                            let why = self.var_why(o);
                            renew.push((slot, self.p.size_of(t), self.layout(t), why));
                        }
                    }
                }
                let _ = before;
                let c = cond.as_ref().map(|c| self.expr(c));
                self.cx().targets.push((label.map(String::from), id, true));
                let b = self.block(&body.stmts);
                self.cx().targets.pop();
                let mut p = Vec::new();
                if !renew.is_empty() {
                    p.push(Stmt { pos, kind: StmtKind::RenewVars(renew) });
                }
                if let Some(ps) = post {
                    self.stmt(ps, &mut p, None);
                }
                inner.push(Stmt { pos, kind: StmtKind::Loop { label: id, cond: c, body: b, post: p } });
                out.push(Stmt { pos, kind: StmtKind::Block(inner) });
            }
            S::Range { key, value, define, x, body, .. } => self.range(pos, key, value, *define, x, body, label, out),
            S::Switch { init, tag, body, .. } => self.switch(pos, init, tag, body, label, out),
            S::TypeSwitch { init, bind, x, body, .. } => self.type_switch(pos, init, bind, x, body, label, out),
            S::Go(e) => self.go_stmt(pos, e, out),
            S::Send { ch, value } => {
                let ct = self.ty_of(ch);
                let et = match self.p.types.under_type(ct) {
                    Type::Chan(_, el) => *el,
                    _ => crate::types::typ::INVALID,
                };
                let c = self.expr(ch);
                let v = self.expr_as(value, et);
                let tmp = self.temp_typed(et);
                let rep = self.rep(et);
                out.push(Stmt { pos, kind: StmtKind::Send { ch: c, value: v, rep, tmp } });
            }
            S::Select { body, .. } => self.select(pos, body, label, out),
            S::Defer(e) => self.defer_stmt(pos, e, out),
        }
    }

    /// Whether a jump in a range-over-func body leaves the body.
    fn range_jump_applies(&self, l: &Option<ast::Ident>, is_continue: bool) -> bool {
        let label = l.as_ref().map(|i| i.name.as_str());
        !self.cx.last().unwrap().targets.iter().any(|(name, _, is_loop)| match label {
            Some(l) => name.as_deref() == Some(l),
            None => !is_continue || *is_loop,
        })
    }

    /// A bare `return` (escaping named results copied to their slots).
    pub(super) fn bare_return(&mut self, pos: u32, out: &mut Vec<Stmt>) {
        self.ret(pos, &[], out);
    }

    fn goto_label(&mut self, name: &str) -> LabelId {
        if let Some(&id) = self.cx().labels.get(name) {
            return id;
        }
        let id = self.label();
        self.cx().labels.insert(name.to_string(), id);
        id
    }

    /// The statement a `break` or `continue` leaves.
    fn target(&mut self, label: Option<&str>, is_continue: bool) -> LabelId {
        let ts = &self.cx.last().unwrap().targets;
        ts.iter()
            .rev()
            .find(|(name, _, is_loop)| match label {
                Some(l) => name.as_deref() == Some(l),
                None => !is_continue || *is_loop,
            })
            .map_or(0, |t| t.1)
    }

    fn var_spec(&mut self, sp: &ast::VarSpec, out: &mut Vec<Stmt>) {
        let pos = sp.span.lo;
        let objs: Vec<Option<ObjId>> = sp.names.iter().map(|n| self.p.info.defs.get(&n.span.lo).copied()).collect();
        if sp.values.is_empty() {
            for o in objs.into_iter().flatten() {
                let t = self.obj_ty(o);
                let place = self.declare(o, pos, out);
                if !self.esc.heap.contains(&o) {
                    let z = self.zero_stmt(pos, place, t);
                    out.push(z);
                }
            }
            return;
        }
        self.define_objs(pos, &sp.names, objs, &sp.values, out);
    }

    fn define(&mut self, pos: u32, lhs: &[ast::Ident], rhs: &[ast::Expr], out: &mut Vec<Stmt>) {
        let objs: Vec<Option<ObjId>> = lhs.iter().map(|n| self.p.info.defs.get(&n.span.lo).copied()).collect();
        self.define_objs(pos, lhs, objs, rhs, out);
    }

    fn define_objs(
        &mut self,
        pos: u32,
        names: &[ast::Ident],
        objs: Vec<Option<ObjId>>,
        rhs: &[ast::Expr],
        out: &mut Vec<Stmt>,
    ) {
        // Values first (they may mention variables being redeclared).
        let mut targets: Vec<Option<(Place, TypeId)>> = Vec::new();
        let mut fresh = Vec::new();
        for (n, o) in names.iter().zip(&objs) {
            let Some(o) = *o else {
                targets.push(None);
                continue;
            };
            if n.name == "_" {
                targets.push(None);
                continue;
            }
            let t = self.obj_ty(o);
            if self.cx().vars.contains_key(&o) {
                let p = self.var_place(o);
                targets.push(Some((p, t)));
            } else {
                fresh.push(o);
                targets.push(Some((Place::Local(u32::MAX), t)));
            }
        }
        if rhs.len() == names.len() {
            let single = rhs.len() == 1;
            let mut vals = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let t = targets[i].as_ref().map(|x| x.1).unwrap_or_else(|| self.ty_of(r));
                self.stack_buf = objs[i].is_some_and(|o| self.esc.stack_slices.contains(&o));
                let v = self.expr_as(r, t);
                self.stack_buf = false;
                if single {
                    vals.push((v, t));
                } else {
                    vals.push((self.spill(pos, v, t, out), t));
                }
            }
            let mut decls = Vec::new();
            for o in &fresh {
                let p = self.declare(*o, pos, &mut decls);
                let i = objs.iter().position(|x| *x == Some(*o)).unwrap();
                targets[i].as_mut().unwrap().0 = p;
            }
            out.extend(decls);
            for (tg, (v, _)) in targets.into_iter().zip(vals) {
                match tg {
                    Some((p, t)) => {
                        let s = self.store(pos, p, t, v);
                        out.push(s);
                    }
                    None => out.push(Stmt { pos, kind: StmtKind::Expr(v) }),
                }
            }
            return;
        }
        // v1, v2 := f() / m[k] / x.(T)
        let tuple = self.tuple_value(&rhs[0], targets.len());
        let mut decls = Vec::new();
        for o in &fresh {
            let p = self.declare(*o, pos, &mut decls);
            let i = objs.iter().position(|x| *x == Some(*o)).unwrap();
            targets[i].as_mut().unwrap().0 = p;
        }
        self.store_tuple(pos, tuple, targets, decls, out);
    }

    /// Evaluates a value into a new frame temporary, returning a load of it.
    fn spill(&mut self, pos: u32, v: Expr, t: TypeId, out: &mut Vec<Stmt>) -> Expr {
        let off = self.temp_typed(t);
        let s = self.store(pos, Place::Local(off), t, v);
        out.push(s);
        self.load(Place::Local(off), t)
    }

    /// A multi-valued expression: the value and the types of its parts.
    pub(super) fn tuple_value(&mut self, e: &ast::Expr, n: usize) -> (Expr, Vec<TypeId>) {
        let inner = strip_parens(e);
        let tv_t = self.tv(inner).map(|t| t.ty).unwrap_or_default();
        if let Type::Tuple(ts) = self.p.types.get(tv_t).clone() {
            // In a generic instance the tuple's types are instantiated.
            let ts = ts.iter().map(|&t| self.sub(t)).collect();
            return (self.expr(inner), ts);
        }
        // Comma-ok forms: value then bool.
        let t = self.ty_of(inner);
        let bool_t = self.p.types.basic(crate::types::typ::Basic::Bool);
        let v = match &inner.kind {
            ExprKind::Index(m, k) => {
                let mt = self.ty_of(m);
                let map = self.map_info(mt);
                let mv = self.expr(m);
                let kv = self.expr_as(&k[0], map.key);
                Expr::MapIndex { map, m: Box::new(mv), key: Box::new(kv), rep: self.rep(t), comma_ok: true }
            }
            ExprKind::TypeAssert(x, _) => self.type_assert(x, t, true),
            ExprKind::Unary(ast::UnOp::Recv, c) => {
                Expr::Recv { ch: Box::new(self.expr(c)), rep: self.rep(t), comma_ok: true }
            }
            _ => {
                self.error(e.span.lo, "comma-ok form not supported yet");
                Expr::Const(0)
            }
        };
        let _ = n;
        (v, vec![t, bool_t])
    }

    pub(super) fn store_tuple(
        &mut self,
        pos: u32,
        (v, ts): (Expr, Vec<TypeId>),
        targets: Vec<Option<(Place, TypeId)>>,
        decls: Vec<Stmt>,
        out: &mut Vec<Stmt>,
    ) {
        let tuple_t = self.p.types.tuple(ts.clone());
        let offs = self.p.offsets_of_tuple(&ts);
        let size = self.p.size_of(tuple_t);
        let tmp = {
            let mask = self.p.ptr_mask(tuple_t);
            self.cx().alloc_temp(size, 8, Ptrs::Mask(&mask))
        };
        out.push(Stmt { pos, kind: StmtKind::CopyTo(Place::Local(tmp), size as u32, v) });
        out.extend(decls);
        for (i, tg) in targets.into_iter().enumerate() {
            if let Some((p, t)) = tg {
                let val = self.load(Place::Local(tmp + offs[i] as u32), ts[i]);
                let val = self.convert_implicit(val, ts[i], t);
                let s = self.store(pos, p, t, val);
                out.push(s);
            }
        }
    }

    fn assign(&mut self, pos: u32, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<Stmt>) {
        if lhs.len() == 1 && rhs.len() == 1 {
            self.assign_one(pos, &lhs[0], &rhs[0], out);
            return;
        }
        // Phase 1: left operands, right values.
        let mut targets: Vec<Option<(Place, TypeId)>> = Vec::new();
        let mut map_targets = Vec::new();
        for (i, l) in lhs.iter().enumerate() {
            if is_blank(l) {
                targets.push(None);
                continue;
            }
            let t = self.ty_of(l);
            if let Some((mt, m, k)) = self.map_index_parts(l) {
                let tm = self.spill(pos, m, mt, out);
                let kt = self.map_info(mt).key;
                let tk = self.spill(pos, k, kt, out);
                map_targets.push((i, mt, tm, tk));
                targets.push(None);
                continue;
            }
            let p = self.place(l).unwrap_or(Place::Local(0));
            let p = self.assign_target(pos, p, out);
            targets.push(Some((p, t)));
        }
        if rhs.len() == lhs.len() {
            let mut vals = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let t = if is_blank(&lhs[i]) { self.ty_of(r) } else { self.ty_of(&lhs[i]) };
                let v = self.expr_as(r, t);
                vals.push(self.spill(pos, v, t, out));
            }
            for (i, v) in vals.into_iter().enumerate() {
                if let Some((p, t)) = targets[i].take() {
                    let s = self.store(pos, p, t, v);
                    out.push(s);
                } else if let Some(&(_, mt, ref m, ref k)) = map_targets.iter().find(|x| x.0 == i) {
                    let map = self.map_info(mt);
                    let rep = map.elem_rep;
                    out.push(Stmt {
                        pos,
                        kind: StmtKind::MapAssign { map, m: m.clone(), key: k.clone(), value: v, rep },
                    });
                }
            }
            return;
        }
        let tuple = self.tuple_value(&rhs[0], lhs.len());
        self.store_tuple(pos, tuple, targets, Vec::new(), out);
    }

    /// A left operand of a tuple assignment: like `stable_place`, but index
    /// operands are fixed and not yet checked, since gc checks the bounds
    /// when it stores: `i, x[i], x[5] = ...` assigns `i` and `x[i]` before
    /// `x[5]` panics.
    fn assign_target(&mut self, pos: u32, p: Place, out: &mut Vec<Stmt>) -> Place {
        match p {
            Place::SliceIndex { slice, index, elem } => {
                let s = self.cx().alloc_temp(24, 8, super::ptrmap::SLICE);
                out.push(Stmt { pos, kind: StmtKind::CopyTo(Place::Local(s), 24, *slice) });
                let index = self.stable_index(pos, *index, out);
                Place::SliceIndex { slice: Box::new(Expr::Copy(Box::new(Place::Local(s)), 24)), index, elem }
            }
            Place::ArrayIndex { base, index, len, elem } => {
                let base = self.stable_place(pos, *base, out);
                let index = self.stable_index(pos, *index, out);
                Place::ArrayIndex { base: Box::new(base), index, len, elem }
            }
            other => self.stable_place(pos, other, out),
        }
    }

    /// A place whose address does not change while the right-hand side is
    /// evaluated: pointer and index operands are fixed first.
    fn stable_place(&mut self, pos: u32, p: Place, out: &mut Vec<Stmt>) -> Place {
        match p {
            Place::Local(_) | Place::Global(_) => p,
            Place::Field(b, off) if matches!(*b, Place::Local(_) | Place::Global(_)) => Place::Field(b, off),
            other => {
                // The target's address: a stack object live during the
                // statement (no clearing afterwards, so no run-time cost).
                let slot = self.cx().alloc_object(8, 8, Ptrs::All);
                out.push(Stmt {
                    pos,
                    kind: StmtKind::Store(Place::Local(slot), Kind::U64, Expr::AddrOf(Box::new(other))),
                });
                Place::Deref(Box::new(Expr::load(Place::Local(slot), Kind::U64)))
            }
        }
    }

    /// An index operand evaluated now into a frame slot (constants stay).
    fn stable_index(&mut self, pos: u32, index: Expr, out: &mut Vec<Stmt>) -> Box<Expr> {
        if matches!(index, Expr::Const(_)) {
            return Box::new(index);
        }
        let slot = self.cx().alloc(8, 8, Ptrs::None);
        out.push(Stmt { pos, kind: StmtKind::Store(Place::Local(slot), Kind::U64, index) });
        Box::new(Expr::load(Place::Local(slot), Kind::U64))
    }

    fn map_index_parts(&mut self, l: &ast::Expr) -> Option<(TypeId, Expr, Expr)> {
        let l = strip_parens(l);
        let ExprKind::Index(m, k) = &l.kind else { return None };
        let mt = self.ty_of(m);
        let Type::Map(kt, _) = self.p.types.under_type(mt).clone() else { return None };
        let mv = self.expr(m);
        let kv = self.expr_as(&k[0], kt);
        Some((mt, mv, kv))
    }

    fn assign_one(&mut self, pos: u32, l: &ast::Expr, r: &ast::Expr, out: &mut Vec<Stmt>) {
        if is_blank(l) {
            let v = self.expr(r);
            out.push(Stmt { pos, kind: StmtKind::Expr(v) });
            return;
        }
        let t = self.ty_of(l);
        if let Some((mt, m, k)) = self.map_index_parts(l) {
            let map = self.map_info(mt);
            let v = self.expr_as(r, t);
            out.push(Stmt { pos, kind: StmtKind::MapAssign { map, m, key: k, value: v, rep: map.elem_rep } });
            return;
        }
        let p = self.place(l).unwrap_or(Place::Local(0));
        self.stack_buf = self.p.info.uses.get(&strip_parens(l).id).is_some_and(|o| self.esc.stack_slices.contains(o));
        let v = self.expr_as(r, t);
        self.stack_buf = false;
        // A memory value built piece by piece must not overwrite what it reads.
        let v = match (&v, self.rep(t)) {
            (Expr::Composite { .. } | Expr::Call(..) | Expr::Concat(..), ValRep::Mem(_)) => self.spill(pos, v, t, out),
            _ => v,
        };
        let s = self.store(pos, p, t, v);
        out.push(s);
    }

    /// `x op= y`, `x++`: the place is evaluated once.
    fn op_assign(&mut self, pos: u32, l: &ast::Expr, op: ast::BinOp, r: Option<&ast::Expr>, out: &mut Vec<Stmt>) {
        let t = self.ty_of(l);
        let rhs = |me: &mut Self| match r {
            Some(r) => {
                if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                    let rt = me.ty_of(r);
                    (me.expr(r), me.kind(rt))
                } else {
                    (me.expr_as(r, t), me.kind(t))
                }
            }
            None => (super::lower_expr::const_one(me.kind(t)), me.kind(t)),
        };
        let update = |me: &mut Self, cur: Expr| -> Expr {
            let (y, yk) = rhs(me);
            if op == ast::BinOp::Add && me.is_string(t) {
                let a = me.mem_operand_ptrs(cur, 16, super::ptrmap::STRING);
                let b = me.mem_operand_ptrs(y, 16, super::ptrmap::STRING);
                let why = me.plain_why("string concatenation (+=)");
                return Expr::Concat(vec![a, b], None, why);
            }
            let k = me.kind(t);
            match op {
                ast::BinOp::Shl | ast::BinOp::Shr => Expr::Shift(op, k, Box::new(cur), Box::new(y), yk),
                _ => Expr::Binary(op, k, Box::new(cur), Box::new(y)),
            }
        };
        if let Some((mt, m, k)) = self.map_index_parts(l) {
            let map = self.map_info(mt);
            let slot = self.cx().alloc(8, 8, Ptrs::All);
            let ep = Place::Deref(Box::new(Expr::load(Place::Local(slot), Kind::U64)));
            let cur = self.load(ep.clone(), t);
            let v = update(self, cur);
            let mut body = Vec::new();
            let v = if self.is_string(t) { self.spill(pos, v, t, &mut body) } else { v };
            body.push(self.store(pos, ep, t, v));
            out.push(Stmt { pos, kind: StmtKind::MapUpdate { map, m, key: k, slot, body } });
            return;
        }
        let p = self.place(l).unwrap_or(Place::Local(0));
        let p = self.stable_place(pos, p, out);
        let cur = self.load(p.clone(), t);
        let v = update(self, cur);
        let s = self.store(pos, p, t, v);
        out.push(s);
    }

    /// `return`: the values go to the named results when there are any
    /// (deferred calls may still read and change them; results moved to
    /// the heap are copied to their slots after the deferred calls, by the
    /// function's `result_copies`), else straight to the result slots.
    fn ret(&mut self, pos: u32, es: &[ast::Expr], out: &mut Vec<Stmt>) {
        let results = self.cx().results.clone();
        let named = self.cx().named_results.clone();
        if es.len() == results.len() && !es.is_empty() {
            let sig_ts: Vec<TypeId> = self.result_types();
            let mut vals = Vec::new();
            for (e, &t) in es.iter().zip(&sig_ts) {
                let v = self.expr_as(e, t);
                // Assigned in parallel: `return b, a` with named a, b.
                vals.push(if named.is_empty() || es.len() == 1 { v } else { self.spill(pos, v, t, out) });
            }
            for (i, (v, &t)) in vals.into_iter().zip(&sig_ts).enumerate() {
                let place = match named.get(i) {
                    Some(&o) => self.var_place(o),
                    None => Place::Local(results[i].0),
                };
                let s = self.store(pos, place, t, v);
                out.push(s);
            }
        } else if es.len() == 1 && results.len() > 1 {
            let sig_ts = self.result_types();
            let v = self.expr(&es[0]);
            let first = results[0].0;
            let tuple_t = self.p.types.tuple(sig_ts.clone());
            let size = self.p.size_of(tuple_t) as u32;
            out.push(Stmt { pos, kind: StmtKind::CopyTo(Place::Local(first), size, v) });
            for (i, o) in named.iter().enumerate() {
                if let Some(&VarLoc::Heap(_)) = self.cx().vars.get(o) {
                    let v = self.load(Place::Local(results[i].0), sig_ts[i]);
                    let p = self.var_place(*o);
                    let s = self.store(pos, p, sig_ts[i], v);
                    out.push(s);
                }
            }
        }
        out.push(Stmt { pos, kind: StmtKind::Return });
    }

    fn result_types(&self) -> Vec<TypeId> {
        self.cx.last().unwrap().result_types.clone()
    }

    #[allow(clippy::too_many_arguments)]
    fn switch(
        &mut self,
        pos: u32,
        init: &Option<Box<ast::Stmt>>,
        tag: &Option<ast::Expr>,
        body: &[ast::CaseClause],
        label: Option<&str>,
        out: &mut Vec<Stmt>,
    ) {
        let mut inner = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut inner, None);
        }
        let tag_v = tag.as_ref().map(|t| {
            let tt = self.ty_of(t);
            let v = self.expr(t);
            (self.spill(pos, v, tt, &mut inner), tt)
        });
        let id = self.label();
        self.cx().targets.push((label.map(String::from), id, false));
        let mut clauses = Vec::new();
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            let mut conds = Vec::new();
            match &c.exprs {
                None => default = Some(ci),
                Some(es) => {
                    for e in es {
                        let cond = match &tag_v {
                            // `case nil` on a slice, map or func tag: only the
                            // first word says nil (a slice's data pointer).
                            Some((tv, tt)) if self.is_nil(e) => {
                                let v = match self.rep(*tt) {
                                    ValRep::Scalar(_) => tv.clone(),
                                    ValRep::Mem(_) => {
                                        Expr::HeaderWord(Box::new(self.mem_operand_of(tv.clone(), *tt)), 0)
                                    }
                                };
                                Expr::Compare(
                                    ast::BinOp::Eql,
                                    CmpKind::Scalar(Kind::U64),
                                    Box::new(v),
                                    Box::new(Expr::Const(0)),
                                )
                            }
                            Some((tv, tt)) => {
                                let et = self.ty_of(e);
                                let ct = if self.is_iface(*tt) || !self.is_iface(et) { *tt } else { et };
                                let a = self.convert_implicit(tv.clone(), *tt, ct);
                                let b = self.expr_as(e, ct);
                                let ck = self.cmp_kind(ct);
                                let (a, b) = match ck {
                                    CmpKind::Scalar(_) => (a, b),
                                    _ => (self.mem_operand_of(a, ct), self.mem_operand_of(b, ct)),
                                };
                                Expr::Compare(ast::BinOp::Eql, ck, Box::new(a), Box::new(b))
                            }
                            None => {
                                let et = self.ty_of(e);
                                if self.is_iface(et) {
                                    // `switch { case i: }` with an interface
                                    // `i`: i == true.
                                    let bool_t = self.p.types.basic(crate::types::typ::Basic::Bool);
                                    let a = self.convert_implicit(Expr::Const(1), bool_t, et);
                                    let a = self.mem_operand_expr(a, 16);
                                    let b = self.expr(e);
                                    let b = self.mem_operand_expr(b, 16);
                                    let ck = self.cmp_kind(et);
                                    Expr::Compare(ast::BinOp::Eql, ck, Box::new(a), Box::new(b))
                                } else {
                                    self.expr(e)
                                }
                            }
                        };
                        conds.push(cond);
                    }
                }
            }
            let b = self.block(&c.body);
            let fallthrough = c.body.last().is_some_and(|s| matches!(s.kind, S::Fallthrough));
            clauses.push(Clause { conds, body: b, fallthrough });
        }
        self.cx().targets.pop();
        inner.push(Stmt { pos, kind: StmtKind::Switch { label: id, clauses, default } });
        out.push(Stmt { pos, kind: StmtKind::Block(inner) });
    }

    #[allow(clippy::too_many_arguments)]
    fn type_switch(
        &mut self,
        pos: u32,
        init: &Option<Box<ast::Stmt>>,
        _bind: &Option<ast::Ident>,
        x: &ast::Expr,
        body: &[ast::CaseClause],
        label: Option<&str>,
        out: &mut Vec<Stmt>,
    ) {
        let mut inner = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut inner, None);
        }
        let xe = match &strip_parens(x).kind {
            ExprKind::TypeAssert(xe, _) => &**xe,
            _ => x,
        };
        let xt = self.ty_of(xe);
        let xv = self.expr(xe);
        let tmp = self.cx().alloc_temp(16, 8, Ptrs::All);
        inner.push(Stmt { pos, kind: StmtKind::CopyTo(Place::Local(tmp), 16, xv) });
        let xcopy = Expr::Copy(Box::new(Place::Local(tmp)), 16);
        let id = self.label();
        self.cx().targets.push((label.map(String::from), id, false));
        let mut clauses = Vec::new();
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            let mut conds = Vec::new();
            let mut single: Option<TypeId> = None;
            match &c.exprs {
                None => default = Some(ci),
                Some(es) => {
                    for e in es {
                        let is_nil =
                            self.p.info.uses.get(&e.id).is_some_and(|&o| {
                                matches!(self.p.objs.get(o).kind, crate::types::object::ObjKind::Nil)
                            });
                        if is_nil {
                            let w = Expr::HeaderWord(Box::new(xcopy.clone()), 0);
                            conds.push(Expr::Compare(
                                ast::BinOp::Eql,
                                CmpKind::Scalar(Kind::U64),
                                Box::new(w),
                                Box::new(Expr::Const(0)),
                            ));
                            continue;
                        }
                        let t = self.tv(e).map(|tv| tv.ty).unwrap_or_default();
                        let t = self.sub(t);
                        if es.len() == 1 {
                            single = Some(t);
                        }
                        let target = self.assert_target(t);
                        conds.push(Expr::TypeIs { x: Box::new(xcopy.clone()), target, from: xt });
                    }
                }
            }
            let mut b = Vec::new();
            if let Some(&o) = self.p.info.implicits.get(&c.span.lo) {
                let vt = self.obj_ty(o);
                let p = self.declare(o, pos, &mut b);
                let v = match single {
                    Some(t) if !self.is_iface(t) || t != xt => {
                        let target = self.assert_target(t);
                        let rep = self.rep(t);
                        let ok_t = self.p.types.basic(crate::types::typ::Basic::Bool);
                        let tuple_ts = vec![t, ok_t];
                        let tt = self.p.types.tuple(tuple_ts);
                        let size = self.p.size_of(tt);
                        let mask = self.p.ptr_mask(tt);
                        let tmp2 = self.cx().alloc(size, 8, Ptrs::Mask(&mask));
                        b.push(Stmt {
                            pos,
                            kind: StmtKind::CopyTo(
                                Place::Local(tmp2),
                                size as u32,
                                Expr::TypeAssert { x: Box::new(xcopy.clone()), target, rep, comma_ok: true, from: xt },
                            ),
                        });
                        self.load(Place::Local(tmp2), t)
                    }
                    _ => xcopy.clone(),
                };
                let s = self.store(pos, p, vt, v);
                b.push(s);
            }
            b.extend(self.block(&c.body));
            clauses.push(Clause { conds, body: b, fallthrough: false });
        }
        self.cx().targets.pop();
        inner.push(Stmt { pos, kind: StmtKind::Switch { label: id, clauses, default } });
        out.push(Stmt { pos, kind: StmtKind::Block(inner) });
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        pos: u32,
        key: &Option<ast::Expr>,
        value: &Option<ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        label: Option<&str>,
        out: &mut Vec<Stmt>,
    ) {
        let xt = self.ty_of(x);
        if let Type::Signature(_) = self.p.types.under_type(xt) {
            self.range_func(pos, key, value, define, x, body, label, out);
            return;
        }
        let id = self.label();
        let mut inner = Vec::new();
        let mut prologue = Vec::new();
        // The iteration variables: with `:=`, fresh per iteration.
        let target = |me: &mut Self, e: &Option<ast::Expr>, prologue: &mut Vec<Stmt>| -> Option<(Place, TypeId)> {
            let e = e.as_ref()?;
            if is_blank(e) {
                return None;
            }
            if define {
                let o = *me.p.info.defs.get(&e.span.lo)?;
                let t = me.obj_ty(o);
                if me.esc.heap.contains(&o) {
                    // The loop writes a stack temporary; each iteration copies
                    // it into a new heap variable.
                    let off = me.alloc_typed(t);
                    let p = me.declare(o, pos, prologue);
                    let v = me.load(Place::Local(off), t);
                    let s = me.store(pos, p, t, v);
                    prologue.push(s);
                    return Some((Place::Local(off), t));
                }
                let p = me.declare(o, pos, &mut Vec::new());
                return Some((p, t));
            }
            let t = me.ty_of(e);
            let p = me.place(e)?;
            Some((p, t))
        };
        let under = self.p.types.under_type(xt).clone();
        let k = target(self, key, &mut prologue);
        let v = target(self, value, &mut prologue);
        self.cx().targets.push((label.map(String::from), id, true));
        let mut b = prologue;
        b.extend(self.block(&body.stmts));
        self.cx().targets.pop();
        let counter = self.cx().alloc(8, 8, Ptrs::None);
        let kind = match under {
            Type::Basic(bt) if bt.kind().is_integer() || bt.kind() == crate::types::typ::Basic::UntypedInt => {
                let n = self.expr(x);
                let kind = self.kind(xt);
                StmtKind::RangeInt { label: id, n, kind, counter, key: k.map(|x| x.0), body: b }
            }
            Type::Basic(_) => {
                let s = self.expr(x);
                // The range expression's copy dies with the loop.
                let tmp = self.cx().alloc_temp(16, 8, super::ptrmap::STRING);
                StmtKind::RangeString {
                    label: id,
                    x: s,
                    tmp,
                    counter,
                    key: k.map(|x| x.0),
                    value: v.map(|x| x.0),
                    body: b,
                }
            }
            Type::Slice(el) => {
                let s = self.expr(x);
                let tmp = self.cx().alloc_temp(24, 8, super::ptrmap::SLICE);
                let elem = self.p.size_of(el) as u32;
                let rep = self.rep(el);
                StmtKind::RangeSlice {
                    label: id,
                    x: s,
                    tmp,
                    counter,
                    elem,
                    key: k.map(|x| x.0),
                    value: v.map(|x| (x.0, rep)),
                    body: b,
                }
            }
            Type::Array(..) | Type::Pointer(_) if matches!(under, Type::Array(..)) || self.ptr_array(xt).is_some() => {
                let (n, el, place) = if let Type::Array(n, el) = under {
                    let place = if v.is_some() {
                        // Ranging over an array value ranges over a copy.
                        let off = self.alloc_typed(xt);
                        let val = self.expr(x);
                        inner.push(self.store(pos, Place::Local(off), xt, val));
                        Place::Local(off)
                    } else {
                        Place::Local(0)
                    };
                    (n, el, place)
                } else {
                    let (n, el) = self.ptr_array(xt).unwrap();
                    let slot = self.cx().alloc(8, 8, Ptrs::All);
                    let pv = self.expr(x);
                    inner.push(Stmt { pos, kind: StmtKind::Store(Place::Local(slot), Kind::U64, pv) });
                    let place = Place::Deref(Box::new(Expr::load(Place::Local(slot), Kind::U64)));
                    (n, el, place)
                };
                let elem = self.p.size_of(el) as u32;
                let rep = self.rep(el);
                StmtKind::RangeArray {
                    label: id,
                    x: place,
                    len: n,
                    counter,
                    elem,
                    key: k.map(|x| x.0),
                    value: v.map(|x| (x.0, rep)),
                    body: b,
                }
            }
            Type::Map(..) => {
                let map = self.map_info(xt);
                let m = self.expr(x);
                // The runtime's iterator: its pointer words are not
                // described here, so every word counts.
                let iter = self.cx().alloc_temp(crate::runtime::map::HITER_SIZE, 8, Ptrs::All);
                StmtKind::RangeMap {
                    label: id,
                    map,
                    x: m,
                    iter,
                    key: k.map(|x| (x.0, map.key_rep)),
                    value: v.map(|x| (x.0, map.elem_rep)),
                    body: b,
                }
            }
            Type::Chan(_, el) => {
                let ch = self.expr(x);
                let tmp = self.temp_typed(el);
                let rep = self.rep(el);
                StmtKind::RangeChan { label: id, ch, tmp, value: k.map(|x| (x.0, rep)), body: b }
            }
            _ => {
                self.error(pos, "range over this type is not supported yet");
                return;
            }
        };
        inner.push(Stmt { pos, kind });
        out.push(Stmt { pos, kind: StmtKind::Block(inner) });
    }

    fn ptr_array(&self, t: TypeId) -> Option<(u64, TypeId)> {
        let Type::Pointer(a) = self.p.types.under_type(t) else { return None };
        match self.p.types.under_type(*a) {
            Type::Array(n, el) => Some((*n, *el)),
            _ => None,
        }
    }
}

fn is_blank(e: &ast::Expr) -> bool {
    matches!(&strip_parens(e).kind, ExprKind::Ident(n) if n == "_")
}
