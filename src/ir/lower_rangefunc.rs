//! Range over functions (`for k, v := range seq`), lowered as gc's
//! `rewrite` pass does: the loop body becomes a closure `yield(k, v) bool`
//! passed to the iterator, and a state variable shared by both records how
//! the body left.
//!
//! State values: 0 while the body may run; 1 after the body broke out of
//! the loop (yield returned false); 2 after a `return` in the body (the
//! results wait in variables of the enclosing function); 3 and up for a
//! `break` or `continue` of an enclosing loop, dispatched after the
//! iterator returns. Calling yield again once it returned false panics
//! with Go's "range function continued iteration" error.
//! Simplifications: `goto` out of the body, and `return` or outer
//! `break`/`continue` from a range-over-func body nested in another one,
//! are reported as not supported.

use super::lower::{Lowerer, VarLoc};
use super::*;
use crate::syntax::ast;
use crate::types::object::{ObjKind, Object, VarInfo};
use crate::types::typ::{Basic, ObjId, TypeId};

/// What the lowering of a range-over-func body needs to know.
#[derive(Clone, Debug)]
pub(super) struct RangeBody {
    pub name: Option<String>,
    pub state: ObjId,
    /// Variables holding a `return`'s values.
    pub results: Vec<ObjId>,
    /// Breakable statements around the loop, in the enclosing function.
    pub outer: Vec<(Option<String>, LabelId, bool)>,
    /// Exits to enclosing statements: (state value, what the enclosing
    /// code does then).
    pub exits: Vec<(u64, Vec<Stmt>)>,
}

impl Lowerer<'_> {
    fn synthetic_var(&mut self, name: &str, t: TypeId, pos: u32) -> ObjId {
        let o = self.p.objs.new_obj(Object {
            name: name.into(),
            kind: ObjKind::Var(VarInfo { used: true, ..Default::default() }),
            ty: t,
            pos,
            pkg: None,
        });
        self.esc.heap.insert(o);
        o
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
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
        let Some(sig) = self.p.types.signature(self.p.types.under(xt)).cloned() else { return };
        let yield_t = sig.params[0].ty;
        let int_t = self.p.types.basic(Basic::Int);
        let mut inner = Vec::new();
        let state = self.synthetic_var("#state", int_t, pos);
        self.declare(state, pos, &mut inner);
        // A range-over-func nested in another's body shares its result
        // variables (a return leaves both).
        let parent = self.cx().range_body.clone();
        let (results, result_types) = match &parent {
            Some(p) => (p.results.clone(), p.results.iter().map(|&r| self.p.objs.get(r).ty).collect::<Vec<_>>()),
            None => {
                let ts = self.cx().result_types.clone();
                let rs: Vec<ObjId> = ts.iter().map(|&t| self.synthetic_var("#result", t, pos)).collect();
                for &r in &rs {
                    self.declare(r, pos, &mut inner);
                }
                (rs, ts)
            }
        };
        let outer = self.cx().targets.clone();
        // The body, as a closure.
        let name = self.closure_name(true);
        let fid = self.new_func(name, pos);
        self.push_fn();
        self.cx().func = fid;
        let layout = self.sig_layout(None, yield_t);
        self.layout_frame(&layout);
        self.cx().results = layout.results.iter().map(|&(o, r, _)| (o, r)).collect();
        self.cx().result_types = vec![self.p.types.basic(Basic::Bool)];
        self.cx().range_body = Some(RangeBody {
            name: label.map(String::from),
            state,
            results: results.clone(),
            outer,
            exits: Vec::new(),
        });
        let mut b = Vec::new();
        // yield called after the loop stopped: Go's run-time error.
        let sp = self.var_place(state);
        b.push(Stmt {
            pos,
            kind: StmtKind::If(
                Expr::Compare(
                    ast::BinOp::Neq,
                    CmpKind::Scalar(Kind::I64),
                    Box::new(Expr::load(sp, Kind::I64)),
                    Box::new(Expr::Const(0)),
                ),
                vec![Stmt { pos, kind: StmtKind::Expr(Expr::Builtin(Builtin::RangeContinued, Vec::new())) }],
                Vec::new(),
            ),
        });
        for (i, e) in [key, value].into_iter().enumerate() {
            let Some(e) = e else { continue };
            let Some(&(off, _, t)) = layout.params.get(i) else { continue };
            if matches!(&e.kind, ast::ExprKind::Ident(n) if n == "_") {
                continue;
            }
            let v = self.load(Place::Local(off), t);
            if define {
                let Some(&o) = self.p.info.defs.get(&e.span.lo) else { continue };
                if self.esc.heap.contains(&o) {
                    let p = self.declare(o, pos, &mut b);
                    b.push(self.store(pos, p, t, v));
                } else {
                    self.cx().vars.insert(o, VarLoc::Stack(off));
                }
            } else if let Some(p) = self.place(e) {
                let et = self.ty_of(e);
                b.push(self.store(pos, p, et, v));
            }
        }
        b.extend(self.block(&body.stmts));
        // Falling off the end continues the loop.
        b.extend(self.yield_return(pos, true));
        let rb = self.cx().range_body.clone().unwrap();
        let captures = self.cx.last().unwrap().captures.clone();
        let cap_size = self.cx.last().unwrap().cap_size;
        self.funcs[fid as usize].args_size = layout.size;
        self.finish_fn(fid, Vec::new(), b);
        let closure = self.make_closure(None, fid, captures, cap_size);
        let f = self.expr(x);
        let call_layout = self.sig_layout(None, xt);
        let call = Call {
            callee: Callee::Value(f),
            args: vec![(closure, call_layout.params[0].0, ValRep::Scalar(Kind::U64))],
            results: Vec::new(),
            args_size: call_layout.size,
            pos,
            inlined: false,
        };
        inner.push(Stmt { pos, kind: StmtKind::Expr(Expr::Call(Box::new(call), ResultKind::None)) });
        // After the iterator returns: the way the body left.
        let state_v = |me: &mut Self| Expr::load(me.var_place(state), Kind::I64);
        let is = |me: &mut Self, v: u64| {
            Expr::Compare(ast::BinOp::Eql, CmpKind::Scalar(Kind::I64), Box::new(state_v(me)), Box::new(Expr::Const(v)))
        };
        for code in [2, 5] {
            let mut ret = Vec::new();
            if let Some(p) = &parent {
                // Leave the enclosing body too.
                ret.push(self.set_state(pos, p.state, code));
                ret.extend(self.yield_return(pos, false));
            } else if code == 2 {
                let slots = self.cx().results.clone();
                for (i, &r) in results.iter().enumerate() {
                    let t = result_types[i];
                    let p = self.var_place(r);
                    let v = self.load(p, t);
                    ret.push(self.store(pos, Place::Local(slots[i].0), t, v));
                }
                ret.push(Stmt { pos, kind: StmtKind::Return });
            } else {
                self.bare_return(pos, &mut ret);
            }
            let c = is(self, code);
            inner.push(Stmt { pos, kind: StmtKind::If(c, ret, Vec::new()) });
        }
        for (code, stmts) in rb.exits {
            let c = is(self, code);
            inner.push(Stmt { pos, kind: StmtKind::If(c, stmts, Vec::new()) });
        }
        out.push(Stmt { pos, kind: StmtKind::Block(inner) });
    }

    /// `return true/false` from the body closure (false also marks the
    /// state, so yield may not run again).
    pub(super) fn yield_return(&mut self, pos: u32, more: bool) -> Vec<Stmt> {
        let slot = self.cx().results[0].0;
        vec![
            Stmt { pos, kind: StmtKind::Store(Place::Local(slot), Kind::Bool, Expr::Const(more as u64)) },
            Stmt { pos, kind: StmtKind::Return },
        ]
    }

    fn set_state(&mut self, pos: u32, state: ObjId, v: u64) -> Stmt {
        let p = self.var_place(state);
        Stmt { pos, kind: StmtKind::Store(p, Kind::I64, Expr::Const(v)) }
    }

    /// `break`/`continue` in a range-over-func body whose target is the
    /// loop itself or an enclosing statement. None when the target is
    /// inside the body (an ordinary jump).
    pub(super) fn range_jump(&mut self, pos: u32, label: Option<&str>, is_continue: bool) -> Option<Vec<Stmt>> {
        let rb = self.cx().range_body.clone()?;
        let inside = self.cx().targets.iter().rev().any(|(name, _, is_loop)| match label {
            Some(l) => name.as_deref() == Some(l),
            None => !is_continue || *is_loop,
        });
        if inside {
            return None;
        }
        let own = match label {
            None => true,
            Some(l) => rb.name.as_deref() == Some(l),
        };
        if own {
            if is_continue {
                return Some(self.yield_return(pos, true));
            }
            let mut v = vec![self.set_state(pos, rb.state, 1)];
            v.extend(self.yield_return(pos, false));
            return Some(v);
        }
        // A jump further out: what the enclosing code does once the
        // iterator returns, lowered in the enclosing function's context.
        let cx = self.cx.pop().unwrap();
        let applies = self.cx().range_body.is_some() && {
            !self.cx().targets.iter().any(|(name, _, _)| name.as_deref() == label)
        };
        let then = if applies {
            self.range_jump(pos, label, is_continue).unwrap_or_default()
        } else {
            let target = rb.outer.iter().rev().find(|(name, _, _)| name.as_deref() == label).map(|t| t.1);
            match target {
                Some(t) => {
                    let kind = if is_continue { StmtKind::Continue(t) } else { StmtKind::Break(t) };
                    vec![Stmt { pos, kind }]
                }
                None => {
                    self.error(pos, "break or continue target of a range-over-func body not found");
                    Vec::new()
                }
            }
        };
        self.cx.push(cx);
        let code = 10 + rb.exits.len() as u64;
        if let Some(r) = self.cx().range_body.as_mut() {
            r.exits.push((code, then));
        }
        let mut v = vec![self.set_state(pos, rb.state, code)];
        v.extend(self.yield_return(pos, false));
        Some(v)
    }

    /// `return` in a range-over-func body: the values go to the enclosing
    /// function's result variables.
    pub(super) fn range_return(&mut self, pos: u32, es: &[ast::Expr]) -> Option<Vec<Stmt>> {
        let rb = self.cx().range_body.clone()?;
        let mut v = Vec::new();
        let ts: Vec<TypeId> = rb.results.iter().map(|&r| self.p.objs.get(r).ty).collect();
        if es.len() == ts.len() {
            let mut vals = Vec::new();
            for (e, &t) in es.iter().zip(&ts) {
                vals.push(self.expr_as(e, t));
            }
            for ((val, &t), &r) in vals.into_iter().zip(&ts).zip(&rb.results) {
                let p = self.var_place(r);
                v.push(self.store(pos, p, t, val));
            }
        } else if !es.is_empty() {
            self.error(pos, "returning a multi-valued call from a range-over-func body is not supported");
        }
        // A bare return keeps the named results as they are (state 5).
        v.push(self.set_state(pos, rb.state, if es.is_empty() { 5 } else { 2 }));
        v.extend(self.yield_return(pos, false));
        Some(v)
    }
}
