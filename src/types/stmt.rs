//! Statements (types2's `stmt.go`, `assignments.go`, `range.go`,
//! `labels.go`, `return.go`): assignments and short variable declarations,
//! control flow, range loops, switches and selects, labels, and the
//! terminating-statement analysis behind `missing return`.

use super::Mode;
use super::check::Checker;
use super::constant::{self, Value};
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::dump::expr_string;

/// Where break, continue and fallthrough may appear.
#[derive(Clone, Copy, Default)]
pub struct StmtCtx {
    pub breakable: bool,
    pub in_loop: bool,
    pub fallthrough_ok: bool,
    pub final_case: bool,
    pub in_type_switch: bool,
}

impl<'a> Checker<'a> {
    pub fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        let n = stmts.len();
        let ctx = self.stmt_ctx;
        for (i, s) in stmts.iter().enumerate() {
            let mut inner = ctx;
            // fallthrough is allowed only as the last statement of a case.
            inner.fallthrough_ok = ctx.fallthrough_ok && i + 1 == n;
            self.stmt_ctx = inner;
            self.stmt(s);
        }
        self.stmt_ctx = ctx;
    }

    pub(super) fn block(&mut self, b: &'a ast::Block) {
        self.open_scope(false);
        let ctx = self.stmt_ctx;
        self.stmt_ctx.fallthrough_ok = false;
        self.stmt_list(&b.stmts);
        self.stmt_ctx = ctx;
        self.close_scope();
    }

    pub fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => {
                let c = self.expr(ch, None);
                let mut v = self.expr(value, None);
                if c.is_invalid() || v.is_invalid() {
                    return;
                }
                let d = self.describe(&c);
                match self.p.core_type(c.ty).map(|t| self.p.types.get(t).clone()) {
                    Some(Type::Chan(ChanDir::Recv, _)) => {
                        let t = self.ts(c.ty);
                        self.error(
                            s.span.lo,
                            format!("invalid operation: cannot send to receive-only channel {t} {d}"),
                        );
                    }
                    Some(Type::Chan(_, elem)) => {
                        self.assign_to(&mut v, elem, "send");
                    }
                    _ => self.error(s.span.lo, format!("invalid operation: cannot send to non-channel {d}")),
                }
            }
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { "++" } else { "--" };
                let y = self.expr(x, None);
                if y.is_invalid() {
                    return;
                }
                if !self.tset_all(y.ty, |b| b.is_numeric()) {
                    let s2 = expr_string(x);
                    let t = self.ts(y.ty);
                    self.error(x.span.lo, format!("invalid operation: {s2}{op} (non-numeric type {t})"));
                    return;
                }
                self.assign_lhs_check(x, &y);
            }
            StmtKind::Assign { lhs, op: Some(op), rhs } => {
                // x op= y is x = x op y with x evaluated once.
                let (l, r) = (&lhs[0], &rhs[0]);
                let x = self.expr(l, None);
                if x.is_invalid() {
                    self.expr(r, None);
                    return;
                }
                let z = self.op_assign(l, *op, r, &x);
                if z.is_invalid() {
                    return;
                }
                self.assign_lhs_check(l, &x);
                let mut z = z;
                self.assign_to(&mut z, x.ty, "assignment");
            }
            StmtKind::Assign { lhs, op: None, rhs } => self.assign(lhs, rhs),
            StmtKind::Define { lhs, rhs } => self.short_var_decl(lhs, rhs, s.pos.lo),
            StmtKind::Decl(d) => match d {
                ast::Decl::Const(specs, _) => self.local_const_decl(specs),
                ast::Decl::Var(specs, _) => self.local_var_decl(specs),
                ast::Decl::Type(specs, _) => {
                    for spec in specs {
                        let obj = self.new_obj(&spec.name.name, ObjKind::TypeName, INVALID, spec.name.span.lo);
                        self.declare(self.scope, &spec.name, obj);
                        self.type_decl(obj, spec);
                    }
                }
                _ => {}
            },
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => self.go_defer(e, "defer"),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) => {
                if label.is_none() && !self.stmt_ctx.breakable {
                    self.error(s.span.lo, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if label.is_none() && !self.stmt_ctx.in_loop {
                    self.error(s.span.lo, "continue is not in a loop");
                }
            }
            StmtKind::Goto(_) => {}
            StmtKind::Fallthrough => {
                if !self.stmt_ctx.fallthrough_ok {
                    let msg = if self.stmt_ctx.final_case {
                        "cannot fallthrough final case in switch"
                    } else if self.stmt_ctx.in_type_switch {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.span.lo, msg);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::If { init, cond, then, els } => {
                self.open_scope(false);
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                let c = self.expr(cond, None);
                if !c.is_invalid() && !self.tset_all(c.ty, |b| b.is_boolean()) {
                    self.error(cond.span.lo, "non-boolean condition in if statement".to_string());
                }
                if !c.is_invalid() && self.p.types.is_untyped(c.ty) {
                    let mut c = c;
                    let b = self.basic(Basic::Bool);
                    let _ = self.implicit_type(&mut c, b);
                }
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::For { init, cond, post, body } => {
                self.open_scope(false);
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                if let Some(c) = cond {
                    let x = self.expr(c, None);
                    if !x.is_invalid() && !self.tset_all(x.ty, |b| b.is_boolean()) {
                        self.error(c.span.lo, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Define { .. } = p.kind {
                        self.error(p.pos.lo, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(p);
                    }
                }
                let ctx = self.stmt_ctx;
                self.stmt_ctx = super::stmt::StmtCtx { breakable: true, in_loop: true, ..Default::default() };
                self.block(body);
                self.stmt_ctx = ctx;
                self.close_scope();
            }
            StmtKind::Range { key, value, define, x, body, extra } => {
                self.range_stmt(extra, key.as_ref(), value.as_ref(), *define, x, body)
            }
            StmtKind::Switch { init, tag, body, .. } => self.switch_stmt(init.as_deref(), tag.as_ref(), body),
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.type_switch(init.as_deref(), bind.as_ref(), x, body)
            }
            StmtKind::Select { body, .. } => {
                let ctx = self.stmt_ctx;
                for c in body {
                    self.open_scope(false);
                    if let Some(comm) = &c.comm {
                        let ok = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, op: None, .. } | StmtKind::Define { rhs, .. } => {
                                rhs.len() == 1 && is_recv(&rhs[0])
                            }
                            _ => false,
                        };
                        if !ok {
                            self.error(comm.span.lo, "select case must be receive, send or assign recv");
                        }
                        self.stmt_ctx = StmtCtx { breakable: true, in_loop: ctx.in_loop, ..Default::default() };
                        self.simple_stmt(comm);
                    }
                    self.stmt_ctx = StmtCtx { breakable: true, in_loop: ctx.in_loop, ..Default::default() };
                    self.stmt_list(&c.body);
                    self.close_scope();
                }
                self.stmt_ctx = ctx;
            }
        }
    }

    pub(super) fn simple_stmt(&mut self, s: &'a Stmt) {
        self.stmt(s);
    }

    pub(super) fn expr_stmt(&mut self, e: &'a Expr) {
        let inner = super::call::strip_parens(e);
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let is_stmt_call = match &inner.kind {
            ExprKind::Call { fun, .. } => {
                // Calls are statements, except of builtins that only compute.
                match self.p.info.types.get(&fun.id).map(|t| t.mode) {
                    Some(Mode::Builtin) => {
                        let name = match &super::call::strip_parens(fun).kind {
                            ExprKind::Ident(n) => n.as_str(),
                            _ => "",
                        };
                        matches!(
                            name,
                            "copy" | "panic" | "print" | "println" | "recover" | "close" | "delete" | "clear"
                        )
                    }
                    Some(Mode::TypeExpr) => false,
                    _ => true,
                }
            }
            ExprKind::Unary(ast::UnOp::Recv, _) => true,
            _ => false,
        };
        let msg = match x.mode {
            Mode::Builtin => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ if is_stmt_call => return,
            _ => "is not used",
        };
        let d = self.describe(&x);
        self.error(e.span.lo, format!("{d} {msg}"));
    }

    pub(super) fn go_defer(&mut self, e: &'a Expr, what: &str) {
        let inner = super::call::strip_parens(e);
        if !matches!(inner.kind, ExprKind::Call { .. }) {
            self.raw_expr(e, None);
            self.error(e.span.lo, format!("expression in {what} must be function call"));
            return;
        }
        let x = self.raw_expr(e, None);
        if let ExprKind::Call { fun, .. } = &inner.kind {
            match self.p.info.types.get(&fun.id).map(|t| t.mode) {
                Some(Mode::Builtin) => {
                    let name = match &super::call::strip_parens(fun).kind {
                        ExprKind::Ident(n) => n.clone(),
                        _ => String::new(),
                    };
                    if !matches!(
                        name.as_str(),
                        "copy" | "panic" | "print" | "println" | "recover" | "close" | "delete" | "clear"
                    ) {
                        let d = self.describe(&x);
                        self.error(e.span.lo, format!("{what} discards result of {d}"));
                    }
                }
                Some(Mode::TypeExpr) => {
                    self.error(e.span.lo, format!("{what} requires function call, not conversion"));
                }
                _ => {}
            }
        }
    }

    // ------------------------------------------------------------ assignments

    /// `x op= y`: checks `x op y`.
    pub(super) fn op_assign(&mut self, l: &'a Expr, op: ast::BinOp, r: &'a Expr, x: &Operand<'a>) -> Operand<'a> {
        let mut y = self.expr(r, None);
        if y.is_invalid() {
            return y;
        }
        let mut xx = x.clone();
        if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
            if !self.tset_all(xx.ty, |b| b.is_integer()) {
                let d = self.describe(&xx);
                self.error(l.span.lo, format!("invalid operation: shifted operand {d} must be integer"));
                return Operand::invalid(r);
            }
            let const_int = y.mode == Mode::Constant && y.val.as_ref().is_some_and(|v| v.to_int().is_some());
            if !(self.tset_all(y.ty, |b| b.is_integer()) || const_int) {
                let d = self.describe(&y);
                self.error(r.span.lo, format!("invalid operation: shift count {d} must be integer"));
                return Operand::invalid(r);
            }
            return Operand { mode: Mode::Value, ty: xx.ty, val: None, expr: l };
        }
        if self.p.types.is_untyped(y.ty) && !self.convert_untyped(&mut y, xx.ty) {
            return Operand::invalid(r);
        }
        if !self.p.identical(xx.ty, y.ty) {
            let (a, b) = (self.ts(xx.ty), self.ts(y.ty));
            let (ls, rs) = (expr_string(l), expr_string(r));
            self.error(
                l.span.lo,
                format!("invalid operation: {ls} {}= {rs} (mismatched types {a} and {b})", op.as_str()),
            );
            return Operand::invalid(r);
        }
        let ok = self.tset_all(xx.ty, |b| match op {
            ast::BinOp::Add => b.is_numeric() || b.is_string(),
            ast::BinOp::Sub | ast::BinOp::Mul | ast::BinOp::Quo => b.is_numeric(),
            _ => b.is_integer(),
        });
        if !ok {
            let d = self.describe(&xx);
            self.error(l.span.lo, format!("invalid operation: operator {} not defined on {d}", op.as_str()));
            return Operand::invalid(r);
        }
        if matches!(op, ast::BinOp::Quo | ast::BinOp::Rem)
            && self.tset_all(xx.ty, |b| b.is_integer())
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(|v| v.is_zero())
        {
            self.error(r.span.lo, "invalid operation: division by zero");
            return Operand::invalid(r);
        }
        xx.mode = Mode::Value;
        xx.val = None;
        xx.expr = l;
        xx
    }

    /// The left side of an assignment must be addressable, a map index or
    /// the blank identifier.
    pub(super) fn assign_lhs_check(&mut self, l: &'a Expr, x: &Operand<'a>) -> bool {
        match x.mode {
            Mode::Invalid => false,
            Mode::Variable | Mode::MapIndex => true,
            _ => {
                if let ExprKind::Selector(base, _) = &super::call::strip_parens(l).kind
                    && self.p.info.types.get(&base.id).is_some_and(|t| t.mode == Mode::MapIndex)
                {
                    let s = expr_string(l);
                    self.error(l.span.lo, format!("cannot assign to struct field {s} in map"));
                    return false;
                }
                let s = expr_string(l);
                let d = self.describe(x);
                let why = if x.mode == Mode::Value || x.mode == Mode::Constant || x.mode == Mode::CommaOk {
                    format!("cannot assign to {s} (neither addressable nor a map index expression)")
                } else {
                    format!("cannot assign to {d}")
                };
                self.error(l.span.lo, why);
                false
            }
        }
    }

    /// The type a left-hand side expects (None for `_`), without marking a
    /// variable as used.
    pub(super) fn lhs_var(&mut self, l: &'a Expr) -> Option<Operand<'a>> {
        let inner = super::call::strip_parens(l);
        if let ExprKind::Ident(name) = &inner.kind {
            if name == "_" {
                self.record(l, Mode::Variable, INVALID, None);
                return None;
            }
            // Assigning to a variable is not a use of it.
            if let Some((_, obj)) = self.p.objs.lookup(self.scope, name)
                && let ObjKind::Var(v) = &self.p.objs.get(obj).kind
            {
                let used = v.used;
                let x = self.expr(l, None);
                if let ObjKind::Var(v) = &mut self.p.objs.get_mut(obj).kind {
                    v.used = used;
                }
                return Some(x);
            }
        }
        Some(self.expr(l, None))
    }

    pub fn assign(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let targets: Vec<Option<Operand<'a>>> = lhs.iter().map(|l| self.lhs_var(l)).collect();
        let mut ok_targets = Vec::new();
        for (l, t) in lhs.iter().zip(&targets) {
            match t {
                Some(x) => {
                    if self.assign_lhs_check(l, x) {
                        ok_targets.push(Some(x.ty));
                    } else {
                        ok_targets.push(Some(INVALID));
                    }
                }
                None => ok_targets.push(None),
            }
        }
        self.assign_values(&ok_targets, rhs, "assignment");
    }

    /// Assigns `rhs` to targets of the given types (`None` = `_`).
    pub(super) fn assign_values(&mut self, targets: &[Option<TypeId>], rhs: &'a [Expr], ctx: &str) {
        let n = targets.len();
        if rhs.len() == n && !super::call::single_call(rhs) {
            for (t, r) in targets.iter().zip(rhs) {
                let mut x = self.expr(r, t.filter(|&t| t != INVALID));
                match t {
                    Some(t) if *t != INVALID => {
                        self.assign_to(&mut x, *t, ctx);
                    }
                    Some(_) => {}
                    None => {
                        // Assignment to _: the value needs a type.
                        if x.ty == self.basic(Basic::UntypedNil) {
                            self.error(r.span.lo, format!("use of untyped nil in {ctx}"));
                        } else if !x.is_invalid() {
                            let d = self.p.types.default_type(x.ty);
                            self.assign_to(&mut x, d, ctx);
                        }
                    }
                }
            }
            return;
        }
        if rhs.len() == 1 {
            let (xs, ok) = self.multi_expr(&rhs[0], n);
            if !ok {
                return;
            }
            if xs.len() == n {
                for (t, mut x) in targets.iter().zip(xs) {
                    if let Some(t) = t.filter(|&t| t != INVALID) {
                        self.assign_to(&mut x, t, ctx);
                    }
                }
                return;
            }
            self.assign_mismatch(n, &rhs[0], xs.len(), rhs);
            return;
        }
        for r in rhs {
            self.expr(r, None);
        }
        self.assign_mismatch(n, &rhs[0], rhs.len(), rhs);
    }

    /// `assignment mismatch: 2 variables but f() returns 1 value`.
    pub fn assign_mismatch(&mut self, l: usize, rhs0: &'a Expr, r: usize, rhs: &'a [Expr]) {
        let measure = |n: usize, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        if rhs.len() == 1
            && let ExprKind::Call { fun, .. } = &super::call::strip_parens(rhs0).kind
        {
            let f = expr_string(fun);
            self.error(rhs0.span.lo, format!("assignment mismatch: {vars} but {f} returns {vals}"));
            return;
        }
        self.error(rhs0.span.lo, format!("assignment mismatch: {vars} but {vals}"));
    }

    pub(super) fn short_var_decl(&mut self, lhs: &'a [ast::Ident], rhs: &'a [Expr], pos: u32) {
        let mut new_vars = Vec::new();
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut targets: Vec<Option<TypeId>> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for id in lhs {
            if id.name != "_" && seen.contains(&id.name.as_str()) {
                self.error(id.span.lo, format!("{} repeated on left side of :=", id.name));
                objs.push(None);
                targets.push(Some(INVALID));
                continue;
            }
            seen.push(&id.name);
            if id.name == "_" {
                let o =
                    self.new_obj("_", ObjKind::Var(VarInfo { used: true, ..Default::default() }), INVALID, id.span.lo);
                self.record_def(id, o);
                objs.push(Some(o));
                new_vars.push((id, o));
                targets.push(None);
                continue;
            }
            if let Some(existing) = self.p.objs.lookup_local(self.scope, &id.name) {
                self.p.info.uses.insert(crate::syntax::ast::ExprId(u32::MAX - id.span.lo), existing);
                if let ObjKind::Var(_) = self.p.objs.get(existing).kind {
                    self.p.info.defs.insert(id.span.lo, existing);
                    objs.push(None);
                    targets.push(Some(self.p.objs.get(existing).ty));
                    continue;
                }
                self.error(id.span.lo, format!("cannot assign to {}", id.name));
                objs.push(None);
                targets.push(Some(INVALID));
                continue;
            }
            let o = self.new_obj(&id.name, ObjKind::Var(VarInfo::default()), INVALID, id.span.lo);
            objs.push(Some(o));
            new_vars.push((id, o));
            targets.push(None);
        }
        // Check the values, inferring the new variables' types.
        if lhs.len() == rhs.len() && !super::call::single_call(rhs) {
            for ((o, t), r) in objs.iter().zip(&targets).zip(rhs) {
                let mut x = self.expr(r, t.filter(|&t| t != INVALID));
                match o {
                    Some(o) => self.init_var(*o, &mut x, "assignment"),
                    None => {
                        if let Some(t) = t.filter(|&t| t != INVALID) {
                            self.assign_to(&mut x, t, "assignment");
                        }
                    }
                }
            }
        } else if rhs.len() == 1 {
            let (xs, ok) = self.multi_expr(&rhs[0], lhs.len());
            if ok && xs.len() == lhs.len() {
                for ((o, t), mut x) in objs.iter().zip(&targets).zip(xs) {
                    match o {
                        Some(o) => self.init_var(*o, &mut x, "assignment"),
                        None => {
                            if let Some(t) = t.filter(|&t| t != INVALID) {
                                self.assign_to(&mut x, t, "assignment");
                            }
                        }
                    }
                }
            } else if ok {
                self.assign_mismatch(lhs.len(), &rhs[0], xs.len(), rhs);
            }
        } else {
            for r in rhs {
                self.expr(r, None);
            }
            self.assign_mismatch(lhs.len(), &rhs[0], rhs.len(), rhs);
        }
        if new_vars.iter().all(|(id, _)| id.name == "_") {
            self.error(pos, "no new variables on left side of :=");
        }
        for (id, o) in new_vars {
            if id.name != "_" && self.declare(self.scope, id, o) {
                self.locals.push(o);
            }
        }
    }

    // ------------------------------------------------------------ return

    pub(super) fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(sig) = self.fctx.sig.and_then(|t| self.p.types.signature(t).cloned()) else { return };
        let want: Vec<TypeId> = sig.results.iter().map(|p| p.ty).collect();
        if results.is_empty() {
            if !want.is_empty() && self.fctx.results.is_empty() {
                self.error(
                    s.span.lo,
                    format!("not enough return values\n\thave ()\n\twant {}", self.tuple_string(&want)),
                );
            }
            // A bare return with named results: they must not be shadowed.
            for &r in &self.fctx.results.clone() {
                let name = self.p.objs.get(r).name.clone();
                if let Some((_, o)) = self.p.objs.lookup(self.scope, &name)
                    && o != r
                {
                    self.error(s.span.lo, format!("result parameter {name} not in scope at return"));
                }
            }
            return;
        }
        if want.is_empty() {
            for r in results {
                self.expr(r, None);
            }
            let have = self.result_types(results);
            self.error(results[0].span.lo, format!("too many return values\n\thave ({have})\n\twant ()"));
            return;
        }
        let targets: Vec<Option<TypeId>> = want.iter().map(|&t| Some(t)).collect();
        if results.len() == want.len() && !super::call::single_call(results) {
            self.assign_values(&targets, results, "return statement");
            return;
        }
        if results.len() == 1 {
            let (xs, ok) = self.multi_expr(&results[0], want.len());
            if !ok {
                return;
            }
            if xs.len() == want.len() {
                for (t, mut x) in want.iter().zip(xs) {
                    self.assign_to(&mut x, *t, "return statement");
                }
                return;
            }
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let q = if have.len() > want.len() { "too many" } else { "not enough" };
            self.error(
                results[0].span.lo,
                format!("{q} return values\n\thave {}\n\twant {}", self.tuple_string(&have), self.tuple_string(&want)),
            );
            return;
        }
        let ops: Vec<Operand<'a>> = results.iter().map(|r| self.expr(r, None)).collect();
        let have: Vec<TypeId> = ops.iter().map(|x| x.ty).collect();
        let (q, at) = if results.len() > want.len() {
            ("too many", results[want.len()].span.lo)
        } else {
            ("not enough", results[results.len() - 1].span.lo)
        };
        self.error(
            at,
            format!("{q} return values\n\thave {}\n\twant {}", self.tuple_string(&have), self.tuple_string(&want)),
        );
    }

    pub(super) fn result_types(&mut self, results: &'a [Expr]) -> String {
        let v: Vec<String> = results
            .iter()
            .map(|r| {
                let t = self.p.info.types.get(&r.id).map_or(INVALID, |t| t.ty);
                self.summary_type(t)
            })
            .collect();
        v.join(", ")
    }

    pub(super) fn summary_type(&self, t: TypeId) -> String {
        match self.p.types.get(t) {
            Type::Basic(b) if b.is_untyped() && b.is_numeric() => "number".to_string(),
            Type::Basic(Basic::UntypedString) => "string".into(),
            Type::Basic(Basic::UntypedBool) => "bool".into(),
            Type::Basic(Basic::UntypedNil) => "nil".into(),
            _ => self.ts(t),
        }
    }

    pub(super) fn tuple_string(&self, ts: &[TypeId]) -> String {
        format!("({})", ts.iter().map(|&t| self.summary_type(t)).collect::<Vec<_>>().join(", "))
    }

    // ------------------------------------------------------------ range

    // ------------------------------------------------------------ switch

    pub(super) fn switch_stmt(&mut self, init: Option<&'a Stmt>, tag: Option<&'a Expr>, body: &'a [ast::CaseClause]) {
        self.open_scope(false);
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t, None);
                if !x.is_invalid() && self.p.types.is_untyped(x.ty) {
                    if x.ty == self.basic(Basic::UntypedNil) {
                        self.error(t.span.lo, "use of untyped nil in switch expression");
                        x.mode = Mode::Invalid;
                    } else {
                        let d = self.p.types.default_type(x.ty);
                        let _ = self.implicit_type(&mut x, d);
                    }
                }
                if !x.is_invalid() && !self.p.comparable(x.ty) && !self.p.has_nil(x.ty) {
                    let d = self.describe(&x);
                    self.error(t.span.lo, format!("cannot switch on {d}"));
                    x.mode = Mode::Invalid;
                }
                Some(x)
            }
            None => None,
        };
        let mut seen: Vec<(Value, TypeId, u32)> = Vec::new();
        let mut default_seen: Option<u32> = None;
        let n = body.len();
        for (ci, c) in body.iter().enumerate() {
            match &c.exprs {
                None => self.default_clause(&mut default_seen, c.span.lo),
                Some(exprs) => {
                    for e in exprs {
                        let mut y = self.expr(e, None);
                        if y.is_invalid() {
                            continue;
                        }
                        match &mut x {
                            Some(x) if !x.is_invalid() => {
                                self.case_compare(x, &mut y);
                            }
                            Some(_) => {}
                            None => {
                                // switch { case cond: } compares with `true`, so an
                                // interface case that bool implements is valid too.
                                let t = Operand {
                                    mode: Mode::Constant,
                                    ty: self.basic(Basic::Bool),
                                    val: Some(Value::Bool(true)),
                                    expr: e,
                                };
                                let iface_ok = self.p.types.is_interface(y.ty)
                                    && !self.p.types.is_tparam(y.ty)
                                    && self.assignable(&t, y.ty).is_ok();
                                if !iface_ok && !self.tset_all(y.ty, |b| b.is_boolean()) {
                                    self.error(
                                        e.span.lo,
                                        format!(
                                            "invalid case {} in switch (mismatched types {} and bool)",
                                            expr_string(e),
                                            self.ts(y.ty)
                                        ),
                                    );
                                    continue;
                                }
                            }
                        }
                        if y.mode == Mode::Constant && !y.is_invalid() {
                            let v = y.val.clone().unwrap_or(Value::Unknown);
                            if let Some((_, _, prev)) = seen.iter().find(|(pv, pt, _)| {
                                self.p.identical(*pt, y.ty) && constant::compare(pv, constant::Op::Eql, &v)
                            }) {
                                let p = self.map.position(*prev);
                                let d = self.describe(&y);
                                self.error(
                                    e.span.lo,
                                    format!(
                                        "duplicate case {d} in expression switch\n\t{}:{}:{}: previous case",
                                        p.file, p.line, p.col
                                    ),
                                );
                            } else {
                                seen.push((v, y.ty, e.span.lo));
                            }
                        }
                    }
                }
            }
            self.open_scope(false);
            let ctx = self.stmt_ctx;
            self.stmt_ctx = StmtCtx {
                breakable: true,
                in_loop: ctx.in_loop,
                fallthrough_ok: ci + 1 < n,
                final_case: ci + 1 == n,
                in_type_switch: false,
            };
            self.stmt_list(&c.body);
            self.stmt_ctx = ctx;
            self.close_scope();
        }
        self.close_scope();
    }

    /// A `default:` clause; a second one is gc's `multiple defaults`.
    fn default_clause(&mut self, first: &mut Option<u32>, pos: u32) {
        match *first {
            Some(f) => {
                let p = self.map.position(f);
                self.error(pos, format!("multiple defaults (first at {}:{}:{})", p.file, p.line, p.col));
            }
            None => *first = Some(pos),
        }
    }

    /// A case value against the switch tag: comparable as `x == y`.
    pub(super) fn case_compare(&mut self, x: &Operand<'a>, y: &mut Operand<'a>) {
        if self.p.types.is_untyped(y.ty) && !self.convert_untyped(y, x.ty) {
            return;
        }
        let ok = self.assignable(y, x.ty).is_ok() || self.assignable(x, y.ty).is_ok();
        if !ok {
            let (xs, ys) = (expr_string(x.expr), expr_string(y.expr));
            self.error(
                y.expr.span.lo,
                format!(
                    "invalid case {ys} in switch on {xs} (mismatched types {} and {})",
                    self.ts(y.ty),
                    self.ts(x.ty)
                ),
            );
            return;
        }
        if !self.p.comparable(y.ty) && !self.is_nil(y) {
            let (xs, ys) = (expr_string(x.expr), expr_string(y.expr));
            let what = self.p.types.under_type(y.ty).clone();
            let kind = match what {
                Type::Slice(_) => "slice can only be compared to nil",
                Type::Map(..) => "map can only be compared to nil",
                Type::Signature(_) => "func can only be compared to nil",
                _ => "incomparable",
            };
            self.error(y.expr.span.lo, format!("invalid case {ys} in switch on {xs} ({kind})"));
        }
    }

    pub(super) fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        body: &'a [ast::CaseClause],
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        let xo = self.expr(x, None);
        let valid = !xo.is_invalid();
        if valid && (!self.p.types.is_interface(xo.ty) || self.p.types.is_tparam(xo.ty)) {
            let d = self.describe(&xo);
            self.error(x.span.lo, format!("{d} is not an interface"));
        }
        let is_iface = valid && self.p.types.is_interface(xo.ty) && !self.p.types.is_tparam(xo.ty);
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(TypeId, u32)> = Vec::new();
        let mut default_seen: Option<u32> = None;
        for c in body {
            let mut case_type = None;
            match &c.exprs {
                None => self.default_clause(&mut default_seen, c.span.lo),
                Some(exprs) => {
                    for e in exprs {
                        let t = if matches!(&e.kind, ExprKind::Ident(n) if n == "nil") {
                            let nil = self.basic(Basic::UntypedNil);
                            self.record(e, Mode::Value, nil, None);
                            if let Some(o) = self.p.objs.lookup(self.scope, "nil").map(|x| x.1) {
                                self.record_use(e.id, o);
                            }
                            nil
                        } else {
                            let t = self.typexpr(e);
                            if t == INVALID {
                                continue;
                            }
                            if is_iface {
                                self.check_type_assert(&xo, t, e.span.lo, true);
                            }
                            t
                        };
                        if let Some((_, prev)) = seen.iter().find(|(pt, _)| self.p.identical(*pt, t)) {
                            let p = self.map.position(*prev);
                            let ts = if t == self.basic(Basic::UntypedNil) { "nil".to_string() } else { self.ts(t) };
                            self.error(
                                e.span.lo,
                                format!(
                                    "duplicate case {ts} in type switch\n\t{}:{}:{}: previous case",
                                    p.file, p.line, p.col
                                ),
                            );
                        }
                        seen.push((t, e.span.lo));
                        case_type = Some(if exprs.len() == 1 { t } else { INVALID });
                    }
                }
            }
            self.open_scope(false);
            if let Some(b) = bind {
                // The clause's variable: the case type for a single-type
                // case, otherwise the switch expression's type.
                let t = match case_type {
                    Some(t) if t != INVALID && t != self.basic(Basic::UntypedNil) => t,
                    _ => xo.ty,
                };
                let o = self.new_obj(&b.name, ObjKind::Var(VarInfo::default()), t, b.span.lo);
                self.p.objs.declare(self.scope, o);
                self.p.info.implicits.insert(c.span.lo, o);
                bind_objs.push(o);
            }
            let ctx = self.stmt_ctx;
            self.stmt_ctx =
                StmtCtx { breakable: true, in_loop: ctx.in_loop, in_type_switch: true, ..Default::default() };
            self.stmt_list(&c.body);
            self.stmt_ctx = ctx;
            self.close_scope();
        }
        if let Some(b) = bind {
            let used = bind_objs.iter().any(|&o| matches!(&self.p.objs.get(o).kind, ObjKind::Var(v) if v.used));
            if b.name != "_" && !used {
                self.error(b.span.lo, format!("{} declared and not used", b.name));
            }
            if let Some(&o) = bind_objs.first() {
                self.p.info.defs.insert(b.span.lo, o);
            }
        }
        self.close_scope();
    }

    // ------------------------------------------------------------ terminating

    // ------------------------------------------------------------ labels

    /// Checks labels of a function body: defined and used, targets of
    /// break/continue/goto (types2's `labels.go`; gotos into blocks and over
    /// declarations in `labels.rs`).
    pub fn labels(&mut self, stmts: &'a [Stmt], start: u32) {
        self.check_gotos(stmts, start);
        let mut defined: Vec<(String, u32, bool)> = Vec::new();
        collect_labels(stmts, &mut defined, self);
        let mut used: Vec<String> = Vec::new();
        self.check_jumps(stmts, &[], &defined, &mut used);
        for (name, pos, _) in &defined {
            if !used.contains(name) && name != "_" {
                self.error(*pos, format!("label {name} defined and not used"));
            }
        }
    }

    pub(super) fn check_jumps(
        &mut self,
        stmts: &'a [Stmt],
        enclosing: &[(String, bool)],
        defined: &[(String, u32, bool)],
        used: &mut Vec<String>,
    ) {
        for s in stmts {
            self.check_jumps_stmt(s, enclosing, defined, used, None);
        }
    }

    pub(super) fn check_jumps_stmt(
        &mut self,
        s: &'a Stmt,
        enclosing: &[(String, bool)],
        defined: &[(String, u32, bool)],
        used: &mut Vec<String>,
        label: Option<&str>,
    ) {
        let mut inner: Vec<(String, bool)> = enclosing.to_vec();
        match &s.kind {
            StmtKind::Labeled(l, st) => {
                // A redefined label (already reported) is no jump target.
                let first = defined.iter().any(|(n, p, _)| *n == l.name && *p == l.span.lo);
                self.check_jumps_stmt(st, enclosing, defined, used, first.then_some(l.name.as_str()));
            }
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                let is_cont = matches!(s.kind, StmtKind::Continue(_));
                used.push(l.name.clone());
                match enclosing.iter().rev().find(|(n, _)| *n == l.name) {
                    Some((_, is_loop)) => {
                        if is_cont && !is_loop {
                            self.error(l.span.lo, format!("invalid continue label {}", l.name));
                        }
                    }
                    None => {
                        if defined.iter().any(|(n, _, _)| *n == l.name) {
                            let kw = if is_cont { "continue" } else { "break" };
                            self.error(l.span.lo, format!("invalid {kw} label {}", l.name));
                        } else {
                            let kw = if is_cont { "continue" } else { "break" };
                            self.error(l.span.lo, format!("{kw} label not defined: {}", l.name));
                        }
                    }
                }
            }
            StmtKind::Goto(l) => {
                used.push(l.name.clone());
                if !defined.iter().any(|(n, _, _)| *n == l.name) {
                    self.error(l.span.lo, format!("label {} not defined", l.name));
                }
            }
            StmtKind::Block(b) => self.check_jumps(&b.stmts, enclosing, defined, used),
            StmtKind::If { then, els, .. } => {
                self.check_jumps(&then.stmts, enclosing, defined, used);
                if let Some(e) = els {
                    self.check_jumps_stmt(e, enclosing, defined, used, None);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                if let Some(l) = label {
                    inner.push((l.to_string(), true));
                }
                self.check_jumps(&body.stmts, &inner, defined, used);
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                if let Some(l) = label {
                    inner.push((l.to_string(), false));
                }
                for c in body {
                    self.check_jumps(&c.body, &inner, defined, used);
                }
            }
            StmtKind::Select { body, .. } => {
                if let Some(l) = label {
                    inner.push((l.to_string(), false));
                }
                for c in body {
                    self.check_jumps(&c.body, &inner, defined, used);
                }
            }
            _ => {}
        }
    }
}

pub(super) fn collect_labels(stmts: &[Stmt], out: &mut Vec<(String, u32, bool)>, c: &mut Checker) {
    for s in stmts {
        collect_labels_stmt(s, out, c);
    }
}

pub(super) fn collect_labels_stmt(s: &Stmt, out: &mut Vec<(String, u32, bool)>, c: &mut Checker) {
    match &s.kind {
        StmtKind::Labeled(l, inner) => {
            if l.name != "_" {
                if let Some((_, prev, _)) = out.iter().find(|(n, _, _)| *n == l.name) {
                    let p = c.map.position(*prev);
                    c.error(l.span.lo, format!("label {} already defined at {}:{}:{}", l.name, p.file, p.line, p.col));
                } else {
                    out.push((l.name.clone(), l.span.lo, false));
                }
            }
            collect_labels_stmt(inner, out, c);
        }
        StmtKind::Block(b) => collect_labels(&b.stmts, out, c),
        StmtKind::If { then, els, .. } => {
            collect_labels(&then.stmts, out, c);
            if let Some(e) = els {
                collect_labels_stmt(e, out, c);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => collect_labels(&body.stmts, out, c),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            for cl in body {
                collect_labels(&cl.body, out, c);
            }
        }
        StmtKind::Select { body, .. } => {
            for cl in body {
                collect_labels(&cl.body, out, c);
            }
        }
        _ => {}
    }
}

pub(super) fn is_recv(e: &Expr) -> bool {
    matches!(super::call::strip_parens(e).kind, ExprKind::Unary(ast::UnOp::Recv, _))
}
