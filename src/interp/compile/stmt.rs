//! Statements and blocks as closures: the walker's `exec_block`, `exec`
//! and `exec_loop` (`interp/exec.rs`) for the hot statements, with each
//! statement's position, safepoint and pins handled as the walker does.

use super::expr::{Opnd, addr, call, deref, elem_addr, field_of_local, val, with_opnd};
use super::{Run, Val};
use crate::interp::{Flow, Machine, R};
use crate::ir::{Expr, Kind, LabelId, Place, Stmt, StmtKind, ValRep};

/// A statement list: each statement's pins die with it; a flow other than
/// `Next` leaves the list.
pub(super) fn block<'p>(stmts: &'p [Stmt]) -> Run<'p> {
    if stmts.iter().any(|s| matches!(s.kind, StmtKind::Label(_))) {
        return Box::new(move |m| m.exec_block(stmts));
    }
    let mut code: Vec<Run<'p>> = stmts.iter().map(stmt).collect();
    match code.len() {
        0 => Box::new(|_| Ok(Flow::Next)),
        1 => {
            let s = code.pop().unwrap();
            Box::new(move |m| {
                let pins = m.pins.len();
                let f = s(m)?;
                m.pins.truncate(pins);
                Ok(f)
            })
        }
        _ => {
            let code = code.into_boxed_slice();
            Box::new(move |m| {
                let pins = m.pins.len();
                for s in code.iter() {
                    let f = s(m)?;
                    m.pins.truncate(pins);
                    if f != Flow::Next {
                        return Ok(f);
                    }
                }
                Ok(Flow::Next)
            })
        }
    }
}

/// A statement of the program: its position, then the safepoint a pending
/// collection waits for, then its work (the walker's `exec` prologue).
fn at<'p>(pos: u32, f: impl Fn(&mut Machine<'p>) -> R<Flow> + 'p) -> Run<'p> {
    Box::new(move |m| {
        m.pos = pos;
        if m.gc_pending.is_some() {
            m.gc_safepoint();
        }
        f(m)
    })
}

fn stmt<'p>(s: &'p Stmt) -> Run<'p> {
    let pos = s.pos;
    match &s.kind {
        // Not a statement of the program: no position, no safepoint.
        StmtKind::ZeroLocals(slots) => Box::new(move |m| {
            for &(off, size) in slots {
                m.mem.fill(m.fp + off as u64, size as u64, 0);
            }
            Ok(Flow::Next)
        }),
        StmtKind::Store(p, k, e) => store(pos, p, *k, e),
        StmtKind::CopyTo(p, _, e) => {
            let a = addr(p);
            at(pos, move |m| {
                let a = a(m)?;
                m.eval_mem(e, a)?;
                Ok(Flow::Next)
            })
        }
        StmtKind::Expr(Expr::Call(c, _)) => {
            let c = call(c);
            at(pos, move |m| c(m).map(|_| Flow::Next))
        }
        StmtKind::Block(b) => {
            let b = if b.len() == 1 { stmt(&b[0]) } else { block(b) };
            at(pos, b)
        }
        StmtKind::If(c, t, e) => {
            let (c, t, e) = (val(c), block(t), block(e));
            at(pos, move |m| if c(m)? != 0 { t(m) } else { e(m) })
        }
        StmtKind::Loop { label, cond, body, post } => {
            let (label, c, body, post) = (*label, cond.as_ref().map(val), block(body), block(post));
            at(pos, move |m| {
                // Pins made by the condition and post statement die with
                // their iteration.
                let pins = m.pins.len();
                loop {
                    m.budget -= 1;
                    if m.budget < 0 {
                        m.preempt();
                    }
                    m.pins.truncate(pins);
                    if let Some(c) = &c
                        && c(m)? == 0
                    {
                        return Ok(Flow::Next);
                    }
                    if let Some(f) = iteration(label, body(m)?) {
                        return Ok(f);
                    }
                    post(m)?;
                }
            })
        }
        StmtKind::RangeInt { label, n, kind, counter, key, body } => {
            let (label, n, kind, counter) = (*label, val(n), *kind, *counter as u64);
            let (key, body) = (key.as_ref().map(addr), block(body));
            at(pos, move |m| {
                let n = n(m)?;
                let mut i = 0u64;
                loop {
                    let more = if kind.is_signed() { (i as i64) < (n as i64) } else { i < n };
                    if !more {
                        return Ok(Flow::Next);
                    }
                    let c = m.fp + counter;
                    m.mem.store(c, 8, i);
                    if let Some(k) = &key {
                        let a = k(m)?;
                        m.st(a, kind, i)?;
                    }
                    if let Some(f) = iteration(label, body(m)?) {
                        return Ok(f);
                    }
                    i = m.ld64(m.fp + counter)? + 1;
                }
            })
        }
        StmtKind::RangeSlice { label, x, tmp, counter, elem, key, value, body } => {
            let (label, tmp, counter, elem) = (*label, *tmp as u64, *counter as u64, *elem as u64);
            let key = key.as_ref().map(addr);
            let value = value.as_ref().map(|(p, rep)| (addr(p), *rep));
            let body = block(body);
            at(pos, move |m| {
                let t = m.fp + tmp;
                m.eval_mem(x, t)?;
                let (p, len) = (m.ld64(t)?, m.ld64(t + 8)?);
                for i in 0..len {
                    m.mem.store(m.fp + counter, 8, i);
                    if let Some(k) = &key {
                        let a = k(m)?;
                        m.st(a, Kind::I64, i)?;
                    }
                    if let Some((v, rep)) = &value {
                        element(m, v, *rep, p + i * elem)?;
                    }
                    if let Some(f) = iteration(label, body(m)?) {
                        return Ok(f);
                    }
                }
                Ok(Flow::Next)
            })
        }
        StmtKind::Break(l) => {
            let l = *l;
            at(pos, move |_| Ok(Flow::Break(l)))
        }
        StmtKind::Continue(l) => {
            let l = *l;
            at(pos, move |_| Ok(Flow::Continue(l)))
        }
        StmtKind::Return => at(pos, |_| Ok(Flow::Return)),
        // The rest in the walker, which does its own prologue.
        _ => Box::new(move |m| m.exec(s)),
    }
}

/// How a loop body's flow ends the iteration: `None` to go on, else the
/// loop's own flow (the walker's `body`).
#[inline(always)]
fn iteration(label: LabelId, f: Flow) -> Option<Flow> {
    match f {
        Flow::Next => None,
        Flow::Continue(l) if l == label => None,
        Flow::Break(l) if l == label => Some(Flow::Next),
        f => Some(f),
    }
}

/// Copies a range element at `ea` into the iteration variable.
#[inline]
fn element<'p>(m: &mut Machine<'p>, v: &Val<'p>, rep: ValRep, ea: u64) -> R<()> {
    let a = v(m)?;
    match rep {
        ValRep::Scalar(k) => {
            let x = m.ld(ea, k)?;
            m.st(a, k, x)
        }
        ValRep::Mem(n) => m.copy(a, ea, n as u64),
    }
}

/// `p = e` of a scalar: the value first, then the place (the walker's
/// order). Locals, fields through a pointer in a local, and slice
/// elements are stored to without an address closure, and a leaf value is
/// read inline.
fn store<'p>(pos: u32, p: &'p Place, k: Kind, e: &'p Expr) -> Run<'p> {
    if let Place::Local(off) = p {
        let off = *off as u64;
        return with_opnd!(e, |v| at(pos, move |m| {
            let x = v.get(m)?;
            m.st(m.fp + off, k, x)?;
            Ok(Flow::Next)
        }));
    }
    if let Some((slot, off)) = field_of_local(p) {
        return with_opnd!(e, |v| at(pos, move |m| {
            let x = v.get(m)?;
            let a = m.ld64(m.fp + slot)?;
            let a = deref(m, a)? + off;
            m.st(a, k, x)?;
            Ok(Flow::Next)
        }));
    }
    if let Place::SliceIndex { slice, index, elem } = p
        && let Expr::Copy(sp, _) = &**slice
        && let Place::Local(soff) = **sp
    {
        let (soff, elem) = (soff as u64, *elem as u64);
        return with_opnd!(index, |i| with_opnd!(e, |v| at(pos, move |m| {
            let x = v.get(m)?;
            let i = i.get(m)?;
            let a = elem_addr(m, m.fp + soff, i, elem)?;
            m.st(a, k, x)?;
            Ok(Flow::Next)
        })));
    }
    let a = addr(p);
    with_opnd!(e, |v| at(pos, move |m| {
        let x = v.get(m)?;
        let a = a(m)?;
        m.st(a, k, x)?;
        Ok(Flow::Next)
    }))
}
