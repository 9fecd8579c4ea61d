//! Memory values as closures: the walker's `eval_mem` and `eval_to`
//! (`interp/eval.rs`) for the hot nodes (copies of places, calls with a
//! memory result, string concatenation, sequences with spilled operands,
//! map lookups, slice expressions, composite literals, conversions to
//! interfaces), each writing its value at a destination address. The
//! runtime work (bounds checks, `concatstrings`, boxing) is the walker's
//! own functions, called with the operands evaluated here.
//! Everything else is delegated to the walker, node by node.

use super::Val;
use super::expr::{addr, call, mem_addr, val};
use super::map;
use super::stmt::block;
use crate::interp::eval::SliceOperand;
use crate::interp::{Machine, R};
use crate::ir::{Expr, ResultKind, SliceBase, ValRep, Why};
use crate::runtime::mbitmap::Layout;
use crate::runtime::panic::Fault;

/// A compiled memory value: writes itself at the given address.
pub(super) type MemTo<'p> = Box<dyn Fn(&mut Machine<'p>, u64) -> R<()> + 'p>;

/// The walker's `eval_mem`.
pub(super) fn mem<'p>(e: &'p Expr) -> MemTo<'p> {
    match e {
        Expr::ConstMem(a, n) => {
            let (a, n) = (*a, *n as u64);
            Box::new(move |m, dst| m.copy(dst, a, n))
        }
        Expr::Copy(p, n) => {
            let (a, n) = (addr(p), *n as u64);
            Box::new(move |m, dst| {
                let s = a(m)?;
                m.copy(dst, s, n)
            })
        }
        Expr::Call(c, ResultKind::Mem(n)) => {
            let (off, n) = (c.results[0].0 as u64, *n as u64);
            let c = call(c);
            Box::new(move |m, dst| {
                let base = c(m)?;
                m.copy(dst, base + off, n)
            })
        }
        Expr::Concat(parts, buf, why) => {
            let (buf, why) = (*buf, *why);
            let parts: Box<[_]> = parts.iter().map(mem_addr).collect();
            Box::new(move |m, dst| {
                m.concat_operands(parts.len(), buf, why, dst, |m, i| {
                    let a = parts[i](m)?;
                    Ok((m.ld64(a)?, m.ld64(a + 8)?))
                })
            })
        }
        Expr::Seq(stmts, x) => {
            let (b, x) = (block(stmts), mem(x));
            Box::new(move |m, dst| {
                b(m)?;
                x(m, dst)
            })
        }
        Expr::MapIndex { map: info, m: mv, key, rep, comma_ok } => map::index_to(info, mv, key, *rep, *comma_ok),
        Expr::SliceOf { base, lo, hi, max, elem } => slice_of(base, lo, hi, max, *elem),
        Expr::Composite { size, elems } => {
            let size = *size as u64;
            let elems: Box<[_]> = elems.iter().map(|(off, x, rep)| (*off as u64, to(x, *rep))).collect();
            Box::new(move |m, dst| {
                m.mem.fill(dst, size, 0).ok_or_else(|| m.fault(Fault::NilDeref(dst)))?;
                for (off, e) in elems.iter() {
                    e(m, dst + off)?;
                }
                Ok(())
            })
        }
        Expr::ToIface { word, x, rep, direct, zero_box: false, layout, why } => {
            to_iface(*word, x, *rep, *direct, *layout, *why)
        }
        _ => Box::new(move |m, dst| m.eval_mem(e, dst)),
    }
}

/// The walker's `eval_to`: a value of either representation into `dst`.
pub(super) fn to<'p>(e: &'p Expr, rep: ValRep) -> MemTo<'p> {
    match rep {
        ValRep::Scalar(k) => {
            let v = val(e);
            Box::new(move |m, dst| {
                let x = v(m)?;
                m.st(dst, k, x)
            })
        }
        ValRep::Mem(_) => mem(e),
    }
}

/// A compiled slice-expression operand.
type Operand<'p> = Box<dyn Fn(&mut Machine<'p>) -> R<SliceOperand> + 'p>;

/// `b[lo:hi:max]` (the walker's `slice_of`): the operand, then the
/// indices, then the bounds checks shared with the walker.
fn slice_of<'p>(
    base: &'p SliceBase,
    lo: &'p Option<Box<Expr>>,
    hi: &'p Option<Box<Expr>>,
    max: &'p Option<Box<Expr>>,
    elem: u32,
) -> MemTo<'p> {
    let base: Operand<'p> = match base {
        SliceBase::Slice(s) => {
            let a = mem_addr(s);
            Box::new(move |m| {
                let a = a(m)?;
                SliceOperand::slice(m, a)
            })
        }
        SliceBase::String(s) => {
            let a = mem_addr(s);
            Box::new(move |m| {
                let a = a(m)?;
                SliceOperand::string(m, a)
            })
        }
        SliceBase::Array(p, n) => {
            let (a, n) = (addr(p), *n);
            Box::new(move |m| Ok(SliceOperand::array(a(m)?, n)))
        }
        SliceBase::ArrayPtr(p, n) => {
            let (p, n) = (val(p), *n);
            Box::new(move |m| {
                let a = p(m)?;
                SliceOperand::array_ptr(m, a, n)
            })
        }
    };
    let opt = |e: &'p Option<Box<Expr>>| e.as_deref().map(val);
    let (lo, hi, max) = (opt(lo), opt(hi), opt(max));
    Box::new(move |m, dst| {
        let b = base(m)?;
        let l = match &lo {
            Some(e) => e(m)?,
            None => 0,
        };
        let h = match &hi {
            Some(e) => Some(e(m)?),
            None => None,
        };
        let x = match &max {
            Some(e) => Some(e(m)?),
            None => None,
        };
        m.slice_bounds(b, l, h, x, elem, dst)
    })
}

/// A concrete value converted to an interface (the walker's `ToIface`,
/// `box_value`): the type word, then the data word, direct or boxed.
fn to_iface<'p>(word: u64, x: &'p Expr, rep: ValRep, direct: bool, layout: Layout, why: Why) -> MemTo<'p> {
    let data: Val<'p> = match (direct, rep) {
        // A pointer-shaped struct or array (one pointer field) is direct
        // but a memory value: its 8 bytes are the data word.
        (true, ValRep::Mem(_)) => {
            let x = mem(x);
            return Box::new(move |m, dst| {
                x(m, dst + 8)?;
                m.mem.store(dst, 8, word);
                Ok(())
            });
        }
        (true, ValRep::Scalar(_)) => val(x),
        (false, ValRep::Scalar(k)) => {
            let x = val(x);
            Box::new(move |m| {
                let v = x(m)?;
                m.box_scalar(v, k, why)
            })
        }
        (false, ValRep::Mem(0)) => Box::new(|_| Ok(crate::runtime::malloc::ZEROBASE)),
        (false, ValRep::Mem(n)) => {
            let x = mem(x);
            Box::new(move |m| {
                let a = m.malloc_why(n as u64, layout, why)?;
                x(m, a)?;
                Ok(a)
            })
        }
    };
    Box::new(move |m, dst| {
        let d = data(m)?;
        m.mem.store(dst, 8, word);
        m.mem.store(dst + 8, 8, d);
        Ok(())
    })
}
