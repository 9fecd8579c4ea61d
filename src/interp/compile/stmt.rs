//! Statements and blocks as closures: the walker's `exec_block`, `exec`
//! and `exec_loop` (`interp/exec.rs`) for the hot statements, with each
//! statement's position, safepoint and pins handled as the walker does.

use super::expr::{CmpI64, Opnd, addr, call, field_of_local, val, with_opnd, with_word_op};
use super::map;
use super::mem::mem;
use super::{Run, Val};
use crate::interp::{Flow, Machine, R};
use crate::ir::{CmpKind, Conv, Expr, Kind, LabelId, Place, Stmt, StmtKind, ValRep};

/// A statement list: each statement's pins die with it; a flow other than
/// `Next` leaves the list.
pub(super) fn block<'p>(stmts: &'p [Stmt]) -> Run<'p> {
    if stmts.iter().any(|s| matches!(s.kind, StmtKind::Label(_))) {
        return Box::new(move |m| m.exec_block(stmts));
    }
    let mut code: Vec<Run<'p>> = stmts.iter().map(stmt).collect();
    match code.len() {
        0 => Box::new(|_| Ok(Flow::Next)),
        // A statement that pins nothing needs no pins restored.
        1 if pinless(&stmts[0]) => code.pop().unwrap(),
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

/// Whether a statement pins nothing (`Machine::pins`: pointers only host
/// variables hold, pushed by calls returning pointers and by the
/// walker's runtime helpers): its scalar expressions and places are
/// arithmetic, comparisons and loads; nested blocks restore their own.
fn pinless(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Store(p, _, e) => pure_place(p) && pure(e),
        StmtKind::If(c, ..) => pure(c),
        StmtKind::Loop { cond, .. } => cond.as_ref().is_none_or(pure),
        // A block of one statement is compiled as that statement.
        StmtKind::Block(b) => b.len() != 1 || pinless(&b[0]),
        StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Return => true,
        StmtKind::ZeroLocals(_) => true,
        _ => false,
    }
}

fn pure(e: &Expr) -> bool {
    match e {
        Expr::Const(_) | Expr::LoadLocal(..) => true,
        Expr::Load(p, _) | Expr::AddrOf(p) => pure_place(p),
        Expr::Binary(_, _, a, b) | Expr::Shift(_, _, a, b, _) | Expr::AndAnd(a, b) | Expr::OrOr(a, b) => {
            pure(a) && pure(b)
        }
        Expr::Compare(_, CmpKind::Scalar(_), a, b) => pure(a) && pure(b),
        Expr::Unary(_, _, x) | Expr::Convert(Conv::Numeric, _, _, x, _) => pure(x),
        Expr::HeaderWord(h, _) => pure_mem(h),
        _ => false,
    }
}

fn pure_mem(e: &Expr) -> bool {
    match e {
        Expr::Copy(p, _) => pure_place(p),
        Expr::ConstMem(..) => true,
        _ => false,
    }
}

fn pure_place(p: &Place) -> bool {
    match p {
        Place::Local(_) | Place::Global(_) => true,
        Place::Deref(e) => pure(e),
        Place::Field(b, _) => pure_place(b),
        Place::ArrayIndex { base, index, .. } => pure_place(base) && pure(index),
        Place::SliceIndex { slice, index, .. } => pure_mem(slice) && pure(index),
        Place::Temp(..) => false,
    }
}

/// A statement of the program: its position, then the safepoint a pending
/// collection waits for, then its work (the walker's `exec` prologue).
pub(super) fn at<'p>(pos: u32, f: impl Fn(&mut Machine<'p>) -> R<Flow> + 'p) -> Run<'p> {
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
        // One dead word or two (a pointer, a string, an interface): word
        // stores, the barrier's as `fill`'s.
        StmtKind::ZeroLocals(slots) if matches!(slots[..], [(_, 8 | 16)]) => {
            let (off, words) = (slots[0].0 as u64, slots[0].1 as u64 / 8);
            Box::new(move |m| {
                let a = m.fp + off;
                m.mem.store(a, 8, 0);
                if words == 2 {
                    m.mem.store(a + 8, 8, 0);
                }
                Ok(Flow::Next)
            })
        }
        StmtKind::ZeroLocals(slots) => Box::new(move |m| {
            for &(off, size) in slots {
                m.mem.fill(m.fp + off as u64, size as u64, 0);
            }
            Ok(Flow::Next)
        }),
        StmtKind::Store(p, k, e) => store(pos, p, *k, e),
        StmtKind::CopyTo(p, _, e) => {
            let (a, e) = (addr(p), mem(e));
            at(pos, move |m| {
                let a = a(m)?;
                e(m, a)?;
                Ok(Flow::Next)
            })
        }
        StmtKind::MapAssign { map: info, m, key, value, .. } => map::assign(pos, info, m, key, value),
        StmtKind::MapUpdate { map: info, m, key, slot, body } => map::update(pos, info, m, key, *slot, body),
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
        StmtKind::Loop { label, cond, body, post } => match cond {
            // The commonest condition, `i < n`, read inline.
            Some(Expr::Compare(op, CmpKind::Scalar(Kind::I64), a, b)) => {
                let op = *op;
                with_opnd!(a, |x| with_opnd!(b, |y| for_loop(pos, *label, Some(CmpI64 { op, x, y }), body, post)))
            }
            _ => for_loop(pos, *label, cond.as_ref().map(val), body, post),
        },
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
                    if let Some(f) = body(m)?.end_iteration(label) {
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
                    if let Some(f) = body(m)?.end_iteration(label) {
                        return Ok(f);
                    }
                }
                Ok(Flow::Next)
            })
        }
        StmtKind::Send { ch, value, rep, tmp } => {
            let (ch, tmp) = (val(ch), *tmp as u64);
            let value: Run<'p> = match *rep {
                ValRep::Scalar(k) => {
                    let v = val(value);
                    Box::new(move |m| {
                        let x = v(m)?;
                        m.st(m.fp + tmp, k, x)?;
                        Ok(Flow::Next)
                    })
                }
                ValRep::Mem(_) => Box::new(move |m| m.eval_mem(value, m.fp + tmp).map(|_| Flow::Next)),
            };
            at(pos, move |m| {
                let c = ch(m)?;
                value(m)?;
                m.chansend(c, m.fp + tmp, true)?;
                Ok(Flow::Next)
            })
        }
        StmtKind::RangeChan { label, ch, tmp, value, body } => {
            let (label, ch, tmp) = (*label, val(ch), *tmp as u64);
            let value = value.as_ref().map(|(p, rep)| (addr(p), *rep));
            let body = block(body);
            at(pos, move |m| {
                let c = ch(m)?;
                let t = m.fp + tmp;
                loop {
                    // Each receive is the range statement's (a parked
                    // goroutine's traceback shows that line).
                    m.pos = pos;
                    let (_, ok) = m.chanrecv(c, t, true)?;
                    if !ok {
                        return Ok(Flow::Next);
                    }
                    if let Some((v, rep)) = &value {
                        element(m, v, *rep, t)?;
                    }
                    if let Some(f) = body(m)?.end_iteration(label) {
                        return Ok(f);
                    }
                }
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

/// `for cond { body; post }` (the walker's `exec_loop`).
fn for_loop<'p, C: Opnd<'p>>(pos: u32, label: LabelId, c: Option<C>, body: &'p [Stmt], post: &'p [Stmt]) -> Run<'p> {
    let (body, post) = (block(body), block(post));
    at(pos, move |m| {
        // Pins made by the condition and post statement die with their
        // iteration.
        let pins = m.pins.len();
        loop {
            m.next_iteration(pins);
            if let Some(c) = &c
                && c.get(m)? == 0
            {
                return Ok(Flow::Next);
            }
            if let Some(f) = body(m)?.end_iteration(label) {
                return Ok(f);
            }
            post(m)?;
        }
    })
}

/// Copies a range element at `ea` into the iteration variable.
#[inline]
fn element<'p>(m: &mut Machine<'p>, v: &Val<'p>, rep: ValRep, ea: u64) -> R<()> {
    let a = v(m)?;
    m.copy_rep(a, ea, rep)
}

/// `store` of one width: locals, fields through a pointer in a local, and
/// slice elements are stored to without an address closure, and a leaf
/// value is read inline.
fn store_as<'p, W: Width>(pos: u32, p: &'p Place, k: W, e: &'p Expr) -> Run<'p> {
    if let Place::Local(off) = p {
        let off = *off as u64;
        return with_opnd!(e, |v| at(pos, move |m| {
            let x = v.get(m)?;
            k.st(m, m.fp + off, x)?;
            Ok(Flow::Next)
        }));
    }
    if let Some((slot, off)) = field_of_local(p) {
        return with_opnd!(e, |v| at(pos, move |m| {
            let x = v.get(m)?;
            let a = m.ld64(m.fp + slot)?;
            let a = m.deref(a)? + off;
            k.st(m, a, x)?;
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
            let a = m.elem_addr(m.fp + soff, i, elem)?;
            k.st(m, a, x)?;
            Ok(Flow::Next)
        })));
    }
    let a = addr(p);
    with_opnd!(e, |v| at(pos, move |m| {
        let x = v.get(m)?;
        let a = a(m)?;
        k.st(m, a, x)?;
        Ok(Flow::Next)
    }))
}

/// `local = a op b` of whole words.
fn store_op<'p>(pos: u32, off: u64, a: &'p Expr, b: &'p Expr, f: impl Fn(u64, u64) -> u64 + Copy + 'p) -> Run<'p> {
    with_opnd!(a, |x| with_opnd!(b, |y| at(pos, move |m| {
        let u = x.get(m)?;
        let v = y.get(m)?;
        m.st(m.fp + off, Kind::U64, f(u, v))?;
        Ok(Flow::Next)
    })))
}

/// How a store writes its value: the kind's width chosen at compile time
/// for whole words and bytes (`st` then folds to one store).
trait Width: Copy + 'static {
    fn st(self, m: &mut Machine<'_>, a: u64, x: u64) -> R<()>;
}

#[derive(Clone, Copy)]
struct Word;
#[derive(Clone, Copy)]
struct Byte;
#[derive(Clone, Copy)]
struct OfKind(Kind);

impl Width for Word {
    #[inline(always)]
    fn st(self, m: &mut Machine<'_>, a: u64, x: u64) -> R<()> {
        m.st(a, Kind::U64, x)
    }
}

impl Width for Byte {
    #[inline(always)]
    fn st(self, m: &mut Machine<'_>, a: u64, x: u64) -> R<()> {
        m.st(a, Kind::U8, x)
    }
}

impl Width for OfKind {
    #[inline(always)]
    fn st(self, m: &mut Machine<'_>, a: u64, x: u64) -> R<()> {
        m.st(a, self.0, x)
    }
}

/// `p = e` of a scalar: the value first, then the place (the walker's
/// order).
fn store<'p>(pos: u32, p: &'p Place, k: Kind, e: &'p Expr) -> Run<'p> {
    // `i++`, `s += x`, `x = a * b`: the arithmetic inline.
    if let (Place::Local(off), Expr::Binary(op, bk, a, b)) = (p, e)
        && let Some(r) = with_word_op!(*bk, *op, |f| Some(store_op(pos, *off as u64, a, b, f)), else None)
    {
        return r;
    }
    match k {
        // A float64 is stored as its bits, a bool as its byte.
        Kind::I64 | Kind::U64 | Kind::F64 => store_as(pos, p, Word, e),
        Kind::Bool | Kind::U8 | Kind::I8 => store_as(pos, p, Byte, e),
        k => store_as(pos, p, OfKind(k), e),
    }
}
