//! Lowering of `defer` and `go` statements: the call's function value,
//! receiver and arguments become an argument block evaluated at the
//! statement (Go's rule), and the call itself runs later: at the frame's
//! end (`interp::panic`) or on a new goroutine (`interp::proc`).
//!
//! A deferred builtin (`defer close(c)`, `defer recover()`) has no function
//! to call; as gc does, it gets a generated wrapper `F.deferwrapN` whose
//! parameters are the builtin's operands. The wrapper is marked as one, so
//! `defer recover()` recovers nothing.
//!
//! Where the block lives follows gc's choice of `_defer` record: a defer
//! outside any loop runs at most once per frame, so its block is a frame
//! slot (the stack-allocated `_defer`); a defer in a loop may accumulate,
//! so each execution allocates its block on the heap.
//!
//! Simplification: a defer inside the body of a range-over-func loop (which
//! Go attaches to the enclosing function through `deferrangefunc`) is
//! reported as not supported.

use super::lower::Lowerer;
use super::lower_expr::strip_parens;
use super::*;
use crate::syntax::ast::{self, ExprKind};

impl Lowerer<'_> {
    pub(super) fn defer_stmt(&mut self, pos: u32, e: &ast::Expr, out: &mut Vec<Stmt>) {
        if self.cx().range_body.is_some() {
            self.error(pos, "defer inside a range-over-func loop body is not supported yet");
            return;
        }
        let in_loop = self.cx().targets.iter().any(|t| t.2) || !self.cx().labels.is_empty();
        let Some((callee, args, size, pre)) = self.deferred_call(pos, e) else { return };
        // The block's argument types are not at hand: every word counts.
        let frame_slot = if in_loop { None } else { Some(self.cx().alloc(size as u64, 8, Ptrs::All)) };
        let id = self.cx().func;
        self.funcs[id as usize].has_defer = true;
        let d = Defer { callee, args, size, frame_slot, pre };
        out.push(Stmt { pos, kind: StmtKind::Defer(Box::new(d)) });
    }

    /// `go f(args)`: f and the arguments are evaluated by the caller into
    /// a heap block, the new goroutine's first frame.
    pub(super) fn go_stmt(&mut self, pos: u32, e: &ast::Expr, out: &mut Vec<Stmt>) {
        let Some((callee, args, size, pre)) = self.deferred_call(pos, e) else { return };
        let d = Defer { callee, args, size, frame_slot: None, pre };
        out.push(Stmt { pos, kind: StmtKind::Go(Box::new(d)) });
    }

    /// The call of a `defer` or `go` statement, split into what is
    /// evaluated now: the callee, the arguments with their block offsets,
    /// the block size and statements to run first.
    #[allow(clippy::type_complexity)]
    pub(super) fn deferred_call(
        &mut self,
        pos: u32,
        e: &ast::Expr,
    ) -> Option<(Callee, Vec<(Expr, u32, ValRep)>, u32, Vec<Stmt>)> {
        let e = strip_parens(e);
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else {
            self.error(pos, "expression in defer must be function call");
            return None;
        };
        // The operands outlive the statement: nothing of theirs in the frame.
        self.no_stack += 1;
        let lowered = self.call(e, fun, args, *ellipsis);
        self.no_stack -= 1;
        let (pre, call) = match lowered {
            Expr::Seq(pre, c) => (pre, *c),
            c => (Vec::new(), c),
        };
        match call {
            Expr::Call(c, _) => {
                let c = *c;
                Some((c.callee, c.args, c.args_size, pre))
            }
            other => {
                // A builtin: its operands become the wrapper's parameters.
                let (thunk, args, size) = hoist_operands(other);
                let fid = self.cx().func;
                let owner = self.funcs[fid as usize].name.clone();
                self.cx().deferwraps += 1;
                let name = format!("{owner}.deferwrap{}", self.cx().deferwraps);
                let id = self.new_func(name, pos);
                let f = &mut self.funcs[id as usize];
                f.wrapper = true;
                f.frame_size = size;
                f.args_size = size;
                f.has_args = false;
                f.body = vec![Stmt { pos, kind: StmtKind::Expr(thunk) }];
                Some((Callee::Static(id), args, size, pre))
            }
        }
    }
}

/// Replaces the operands of a builtin expression by loads from a frame
/// (after the 8-byte context word); returns the new expression, the
/// operands with their offsets, and the frame size.
fn hoist_operands(e: Expr) -> (Expr, Vec<(Expr, u32, ValRep)>, u32) {
    let mut args = Vec::new();
    let mut off = 8u32;
    let mut hoist = |x: Expr| -> Expr {
        let rep = match x.mem_size() {
            Some(n) => ValRep::Mem(n as u32),
            None => ValRep::Scalar(Kind::U64),
        };
        let at = off;
        off += (rep.size() as u32).div_ceil(8) * 8;
        args.push((x, at, rep));
        match rep {
            ValRep::Mem(n) => Expr::Copy(Box::new(Place::Local(at)), n),
            ValRep::Scalar(k) => Expr::LoadLocal(at, k),
        }
    };
    let thunk = match e {
        Expr::Builtin(b, ops) => Expr::Builtin(b, ops.into_iter().map(&mut hoist).collect()),
        Expr::CopySlice { dst, src, elem_size } => {
            Expr::CopySlice { dst: Box::new(hoist(*dst)), src: Box::new(hoist(*src)), elem_size }
        }
        other => other,
    };
    (thunk, args, off)
}
