//! Scalar expressions, addresses and calls as closures: the walker's
//! `eval`, `place_addr` and `call` (`interp/eval.rs`, `interp/call.rs`)
//! for the hot nodes, each specialised at compile time on its operator,
//! kind and operand shapes (a local or a constant operand is read inline
//! instead of through another closure).

use super::Val;
use super::map;
use super::mem::{MemTo, mem, to};
use crate::interp::{Machine, R, ops};
use crate::ir::{Call, Callee, CmpKind, Conv, Expr, Kind, Place, ResultKind, ValRep};
use crate::runtime::panic::Fault;
use crate::syntax::ast::BinOp;

/// A whole-word kind: loaded without normalising.
pub(super) fn word(k: Kind) -> bool {
    matches!(k, Kind::I64 | Kind::U64 | Kind::F64)
}

/// A scalar expression's value.
pub(super) fn val<'p>(e: &'p Expr) -> Val<'p> {
    match e {
        Expr::Const(v) => {
            let v = *v;
            Box::new(move |_| Ok(v))
        }
        Expr::LoadLocal(off, k) => {
            let (off, k) = (*off as u64, *k);
            if word(k) { Box::new(move |m| m.ld64(m.fp + off)) } else { Box::new(move |m| m.ld(m.fp + off, k)) }
        }
        Expr::Load(p, k)
            if word(*k)
                && let Some((slot, off)) = field_of_local(p) =>
        {
            let x = FieldW(slot, off);
            Box::new(move |m| x.get(m))
        }
        // The element's kind folded into the load.
        Expr::Load(p, k) if let Place::SliceIndex { slice, index, elem } = &**p => match *k {
            k if word(k) => slice_elem(slice, index, *elem, |m, a| m.ld64(a)),
            Kind::Bool => slice_elem(slice, index, *elem, |m, a| m.ld(a, Kind::Bool)),
            Kind::U8 => slice_elem(slice, index, *elem, |m, a| m.ld(a, Kind::U8)),
            k => slice_elem(slice, index, *elem, move |m, a| m.ld(a, k)),
        },
        Expr::Load(p, k) => {
            let (a, k) = (addr(p), *k);
            Box::new(move |m| {
                let a = a(m)?;
                m.ld(a, k)
            })
        }
        Expr::AddrOf(p) => addr(p),
        Expr::HeaderWord(h, w) => match local_header(h, *w) {
            Some(off) => Box::new(move |m| m.ld64(m.fp + off)),
            None => {
                let (h, w) = (mem_addr(h), 8 * *w as u64);
                Box::new(move |m| {
                    let a = h(m)?;
                    m.ld64(a + w)
                })
            }
        },
        Expr::Binary(op, k, a, b) => binary(*op, *k, a, b),
        Expr::Compare(op, CmpKind::Scalar(k), a, b) => compare(*op, *k, a, b),
        Expr::Unary(op, k, x) => {
            let (op, k, x) = (*op, *k, val(x));
            Box::new(move |m| Ok(ops::unary(op, k, x(m)?)))
        }
        Expr::Shift(op, k, a, b, yk) => {
            let (op, k, yk, a, b) = (*op, *k, *yk, val(a), val(b));
            Box::new(move |m| {
                let x = a(m)?;
                let y = b(m)?;
                if yk.is_signed() && (y as i64) < 0 {
                    return Err(m.fault(Fault::NegativeShift));
                }
                Ok(ops::shift(op, k, x, y))
            })
        }
        Expr::AndAnd(a, b) => {
            let (a, b) = (val(a), val(b));
            Box::new(move |m| Ok((a(m)? != 0 && b(m)? != 0) as u64))
        }
        Expr::OrOr(a, b) => {
            let (a, b) = (val(a), val(b));
            Box::new(move |m| Ok((a(m)? != 0 || b(m)? != 0) as u64))
        }
        Expr::Convert(Conv::Numeric, from, to, x, _) => {
            let (from, to, x) = (*from, *to, val(x));
            Box::new(move |m| Ok(ops::convert(from, to, x(m)?)))
        }
        Expr::Call(c, rk) => {
            let off = c.results.first().map_or(0, |r| r.0 as u64);
            let c = call(c);
            match *rk {
                // A pointer the callee returned: only this host variable
                // holds it until the statement stores it.
                ResultKind::Scalar(Kind::U64) => Box::new(move |m| {
                    let base = c(m)?;
                    let v = m.ld64(base + off)?;
                    m.pins.push(v);
                    Ok(v)
                }),
                ResultKind::Scalar(k) => Box::new(move |m| {
                    let base = c(m)?;
                    m.ld(base + off, k)
                }),
                _ => Box::new(move |m| c(m).map(|_| 0)),
            }
        }
        Expr::MapIndex { map: info, m, key, rep: ValRep::Scalar(k), comma_ok: false } => {
            map::index_val(info, m, key, *k)
        }
        Expr::Recv { ch, rep: ValRep::Scalar(k), comma_ok: false } => {
            let (ch, k) = (val(ch), *k);
            Box::new(move |m| {
                let c = ch(m)?;
                m.recv_scalar(c, k)
            })
        }
        _ => Box::new(move |m| m.eval(e)),
    }
}

/// An operand read inline by the closure that uses it, chosen by the
/// operand's shape at compile time (`with_opnd!`): the commonest leaves
/// cost no closure call of their own.
pub(super) trait Opnd<'p>: 'p {
    fn get(&self, m: &mut Machine<'p>) -> R<u64>;
}

/// A whole-word local.
pub(super) struct LocalW(pub u64);
/// A constant.
pub(super) struct Konst(pub u64);
/// A whole word `p.f` of a pointer held in a local: (pointer's slot,
/// field offset).
pub(super) struct FieldW(pub u64, pub u64);

impl<'p> Opnd<'p> for LocalW {
    #[inline(always)]
    fn get(&self, m: &mut Machine<'p>) -> R<u64> {
        m.ld64(m.fp + self.0)
    }
}

impl<'p> Opnd<'p> for Konst {
    #[inline(always)]
    fn get(&self, _: &mut Machine<'p>) -> R<u64> {
        Ok(self.0)
    }
}

impl<'p> Opnd<'p> for FieldW {
    #[inline(always)]
    fn get(&self, m: &mut Machine<'p>) -> R<u64> {
        let p = m.ld64(m.fp + self.0)?;
        let a = m.deref(p)?;
        m.ld64(a + self.1)
    }
}

impl<'p> Opnd<'p> for Val<'p> {
    #[inline(always)]
    fn get(&self, m: &mut Machine<'p>) -> R<u64> {
        self(m)
    }
}

/// A comparison of two `int`s.
pub(super) struct CmpI64<A, B> {
    pub op: BinOp,
    pub x: A,
    pub y: B,
}

impl<'p, A: Opnd<'p>, B: Opnd<'p>> Opnd<'p> for CmpI64<A, B> {
    #[inline(always)]
    fn get(&self, m: &mut Machine<'p>) -> R<u64> {
        let x = self.x.get(m)? as i64;
        let y = self.y.get(m)? as i64;
        Ok(match self.op {
            BinOp::Lss => x < y,
            BinOp::Leq => x <= y,
            BinOp::Gtr => x > y,
            BinOp::Geq => x >= y,
            BinOp::Eql => x == y,
            _ => x != y,
        } as u64)
    }
}

/// `(slot, offset)` of `p.f`, or of `*p` at offset 0, for a pointer `p`
/// in a local.
pub(super) fn field_of_local(p: &Place) -> Option<(u64, u64)> {
    match p {
        // `*p` is its field at offset 0.
        Place::Deref(e) => match **e {
            Expr::LoadLocal(slot, _) => Some((slot as u64, 0)),
            _ => None,
        },
        Place::Field(b, off) => match &**b {
            Place::Deref(e) => match **e {
                Expr::LoadLocal(slot, _) => Some((slot as u64, *off as u64)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The frame offset of word `w` (`len`, `cap`) of a slice or string
/// header held in a local.
pub(super) fn local_header(h: &Expr, w: u32) -> Option<u64> {
    match h {
        Expr::Copy(p, _) => match **p {
            Place::Local(off) => Some(off as u64 + 8 * w as u64),
            _ => None,
        },
        _ => None,
    }
}

/// Binds `$x` to the operand form of scalar expression `$e` and evaluates
/// `$body` (generic over the form).
macro_rules! with_opnd {
    ($e:expr, |$x:ident| $body:expr) => {{
        use $crate::interp::compile::expr::{FieldW, Konst, LocalW, field_of_local, local_header, val, word};
        use $crate::ir::Expr;
        let e: &'p Expr = $e;
        match e {
            Expr::LoadLocal(off, k) if word(*k) => {
                let $x = LocalW(*off as u64);
                $body
            }
            Expr::Const(c) => {
                let $x = Konst(*c);
                $body
            }
            Expr::HeaderWord(h, w) if let Some(off) = local_header(h, *w) => {
                let $x = LocalW(off);
                $body
            }
            Expr::Load(p, k)
                if word(*k)
                    && let Some((slot, off)) = field_of_local(p) =>
            {
                let $x = FieldW(slot, off);
                $body
            }
            e => {
                let $x: Val<'p> = val(e);
                $body
            }
        }
    }};
}
pub(super) use with_opnd;

/// `x op y` over two operands, each read inline when it is a leaf.
fn pair<'p>(a: &'p Expr, b: &'p Expr, f: impl Fn(u64, u64) -> u64 + Copy + 'p) -> Val<'p> {
    with_opnd!(a, |x| with_opnd!(b, |y| Box::new(move |m: &mut Machine<'p>| {
        let u = x.get(m)?;
        Ok(f(u, y.get(m)?))
    })))
}

/// Binds `$f` to the pure whole-word arithmetic of `($k, $op)` (int add,
/// sub, mul; float64 add, sub, mul, quo: no normalising, no fault) and
/// evaluates `$body`, generic over it; `$other` for any other operation.
macro_rules! with_word_op {
    ($k:expr, $op:expr, |$f:ident| $body:expr, else $other:expr) => {{
        use $crate::ir::Kind;
        use $crate::syntax::ast::BinOp;
        let fl = |x: u64| f64::from_bits(x);
        match ($k, $op) {
            (Kind::I64 | Kind::U64, BinOp::Add) => {
                let $f = u64::wrapping_add;
                $body
            }
            (Kind::I64 | Kind::U64, BinOp::Sub) => {
                let $f = u64::wrapping_sub;
                $body
            }
            (Kind::I64 | Kind::U64, BinOp::Mul) => {
                let $f = u64::wrapping_mul;
                $body
            }
            (Kind::F64, BinOp::Add) => {
                let $f = move |x, y| (fl(x) + fl(y)).to_bits();
                $body
            }
            (Kind::F64, BinOp::Sub) => {
                let $f = move |x, y| (fl(x) - fl(y)).to_bits();
                $body
            }
            (Kind::F64, BinOp::Mul) => {
                let $f = move |x, y| (fl(x) * fl(y)).to_bits();
                $body
            }
            (Kind::F64, BinOp::Quo) => {
                let $f = move |x, y| (fl(x) / fl(y)).to_bits();
                $body
            }
            _ => $other,
        }
    }};
}
pub(super) use with_word_op;

fn binary<'p>(op: BinOp, k: Kind, a: &'p Expr, b: &'p Expr) -> Val<'p> {
    with_word_op!(k, op, |f| pair(a, b, f), else binary_other(op, k, a, b))
}

fn binary_other<'p>(op: BinOp, k: Kind, a: &'p Expr, b: &'p Expr) -> Val<'p> {
    match (k, op) {
        // `int` division by a nonzero constant cannot fault.
        (Kind::I64, BinOp::Quo) if matches!(b, Expr::Const(c) if *c != 0) => {
            pair(a, b, |x, y| (x as i64).wrapping_div(y as i64) as u64)
        }
        (Kind::I64, BinOp::Rem) if matches!(b, Expr::Const(c) if *c != 0) => {
            pair(a, b, |x, y| (x as i64).wrapping_rem(y as i64) as u64)
        }
        // Division faults on a zero divisor: not a pure `pair`.
        (_, BinOp::Quo | BinOp::Rem) => with_opnd!(a, |x| with_opnd!(b, |y| Box::new(move |m: &mut Machine<'p>| {
            let u = x.get(m)?;
            let v = y.get(m)?;
            ops::binary(op, k, u, v).map_err(|_| m.fault(Fault::DivideByZero))
        }))),
        _ => pair(a, b, move |x, y| ops::binary(op, k, x, y).unwrap_or(0)),
    }
}

fn compare<'p>(op: BinOp, k: Kind, a: &'p Expr, b: &'p Expr) -> Val<'p> {
    if matches!(k, Kind::I64) {
        let s = |x: u64| x as i64;
        return match op {
            BinOp::Lss => pair(a, b, move |x, y| (s(x) < s(y)) as u64),
            BinOp::Leq => pair(a, b, move |x, y| (s(x) <= s(y)) as u64),
            BinOp::Gtr => pair(a, b, move |x, y| (s(x) > s(y)) as u64),
            BinOp::Geq => pair(a, b, move |x, y| (s(x) >= s(y)) as u64),
            BinOp::Eql => pair(a, b, |x, y| (x == y) as u64),
            _ => pair(a, b, |x, y| (x != y) as u64),
        };
    }
    pair(a, b, move |x, y| ops::compare(op, k, x, y) as u64)
}

/// The address of a place.
pub(super) fn addr<'p>(p: &'p Place) -> Val<'p> {
    match p {
        Place::Local(off) => {
            let off = *off as u64;
            Box::new(move |m| Ok(m.fp + off))
        }
        Place::Global(a) => {
            let a = *a;
            Box::new(move |_| Ok(a))
        }
        Place::Deref(e) => {
            let e = val(e);
            Box::new(move |m| {
                let a = e(m)?;
                m.deref(a)
            })
        }
        Place::Field(b, off) => {
            let off = *off as u64;
            match &**b {
                // `p.f` of a pointer in a local.
                Place::Deref(e) if let Expr::LoadLocal(slot, _) = **e => {
                    let slot = slot as u64;
                    Box::new(move |m| {
                        let a = m.ld64(m.fp + slot)?;
                        Ok(m.deref(a)? + off)
                    })
                }
                Place::Local(o) => {
                    let o = *o as u64 + off;
                    Box::new(move |m| Ok(m.fp + o))
                }
                b => {
                    let b = addr(b);
                    Box::new(move |m| Ok(b(m)? + off))
                }
            }
        }
        Place::ArrayIndex { base, index, len, elem } => {
            let (b, i, len, elem) = (addr(base), val(index), *len, *elem as u64);
            Box::new(move |m| {
                let a = b(m)?;
                let i = i(m)?;
                if i >= len {
                    return Err(m.fault(Fault::index(i as i64, len)));
                }
                Ok(a + i * elem)
            })
        }
        Place::SliceIndex { slice, index, elem } => slice_elem(slice, index, *elem, |_, a| Ok(a)),
        // Compiled only while the event stream is off: no `alloc.stack`
        // event to report.
        Place::Temp(e, off, rep, _) => {
            let (e, off) = (to(e, *rep), *off as u64);
            Box::new(move |m| {
                let a = m.fp + off;
                e(m, a)?;
                Ok(a)
            })
        }
    }
}

/// `s[i]` of a slice: the element's address, handed to `then`. The
/// slice's header is found first, then the index evaluated, then the
/// header read (the walker's order); a slice in a local and a leaf index
/// are read inline.
pub(super) fn slice_elem<'p>(
    slice: &'p Expr,
    index: &'p Expr,
    elem: u32,
    then: impl Fn(&mut Machine<'p>, u64) -> R<u64> + 'p,
) -> Val<'p> {
    let elem = elem as u64;
    let at = move |m: &mut Machine<'p>, s: u64, i: u64| {
        let a = m.elem_addr(s, i, elem)?;
        then(m, a)
    };
    match slice {
        Expr::Copy(p, _) if let Place::Local(off) = **p => {
            let off = off as u64;
            with_opnd!(index, |i| Box::new(move |m: &mut Machine<'p>| {
                let s = m.fp + off;
                let i = i.get(m)?;
                at(m, s, i)
            }))
        }
        _ => {
            let s = mem_addr(slice);
            with_opnd!(index, |i| Box::new(move |m: &mut Machine<'p>| {
                let s = s(m)?;
                let i = i.get(m)?;
                at(m, s, i)
            }))
        }
    }
}

/// The address a memory operand can be read at (the walker's `mem_addr`).
pub(super) fn mem_addr<'p>(e: &'p Expr) -> Val<'p> {
    match e {
        Expr::Copy(p, _) => addr(p),
        Expr::ConstMem(a, _) => {
            let a = *a;
            Box::new(move |_| Ok(a))
        }
        _ => Box::new(move |m| m.mem_addr(e)),
    }
}

/// How an argument reaches the callee's frame.
enum Arg<'p> {
    Scalar(Val<'p>, u64, Kind),
    Mem(MemTo<'p>, u64),
}

/// A call; its value is the callee frame's base, where the results are
/// (the walker's `call`). Calls of func values and interface methods
/// resolve their callee in the walker.
pub(super) fn call<'p>(c: &'p Call) -> Val<'p> {
    let Callee::Static(fid) = c.callee else { return Box::new(move |m| m.call(c)) };
    let args: Box<[Arg<'p>]> = c
        .args
        .iter()
        .map(|(e, off, rep)| match rep {
            ValRep::Scalar(k) => Arg::Scalar(val(e), *off as u64, *k),
            ValRep::Mem(_) => Arg::Mem(mem(e), *off as u64),
        })
        .collect();
    Box::new(move |m| {
        m.call_frame(fid, c, |m, base| {
            for a in args.iter() {
                match a {
                    Arg::Scalar(v, off, k) => {
                        let x = v(m)?;
                        m.st(base + off, *k, x)?;
                    }
                    Arg::Mem(e, off) => e(m, base + off)?,
                }
            }
            Ok(())
        })
    })
}
