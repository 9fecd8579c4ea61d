//! Memory values as closures: the walker's `eval_mem` and `eval_to`
//! (`interp/eval.rs`) for the hot nodes (copies of places, calls with a
//! memory result, string concatenation, sequences with spilled operands,
//! map lookups), each writing its value at a destination address.
//! Everything else is delegated to the walker, node by node.

use super::expr::{addr, call, mem_addr, val};
use super::map;
use super::stmt::block;
use crate::interp::{Machine, R};
use crate::ir::{Expr, ResultKind, ValRep};

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
                let mut ops = std::mem::take(&mut m.concat_parts);
                ops.clear();
                let r = parts.iter().try_for_each(|p| {
                    let a = p(m)?;
                    ops.push((m.ld64(a)?, m.ld64(a + 8)?));
                    Ok(())
                });
                let r = r.and_then(|_| m.concatstrings(&ops, buf, why, dst));
                m.concat_parts = ops;
                r
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
