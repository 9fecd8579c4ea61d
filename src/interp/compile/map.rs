//! Map operations as closures: the walker's `MapIndex`, `MapAssign` and
//! `MapUpdate` (`interp/eval.rs`, `interp/exec.rs`) with the map's layout
//! and key algorithm fixed at lowering (`ir::MapInfo`), so nothing about
//! the key type is looked up per operation.
//!
//! Order of evaluation is the walker's: the map operand, then the key (on
//! the stack, where `mapaccess`/`mapassign` read it), then the value; the
//! key's stack slot is released after the runtime call.

use super::expr::{Opnd, val, with_opnd};
use super::mem::{MemTo, mem, to};
use super::stmt::{at, block};
use super::{Run, Val};
use crate::interp::{Flow, Machine, R};
use crate::ir::{Expr, Kind, MapInfo, Stmt, ValRep};

/// Binds `$ops` to a closure giving the map operand and the key pushed on
/// the stack, (map, key address), then evaluates `$body` (generic over it):
/// a scalar key and the map operand are read inline when they are leaves.
macro_rules! with_operands {
    ($info:expr, $mv:expr, $key:expr, |$ops:ident| $body:expr) => {{
        let (info, mv, key): (&MapInfo, &'p Expr, &'p Expr) = ($info, $mv, $key);
        match info.key_rep {
            ValRep::Scalar(k) => with_opnd!(mv, |mp| with_opnd!(key, |kx| {
                let $ops = move |m: &mut Machine<'p>| -> R<(u64, u64)> {
                    let map = mp.get(m)?;
                    let ka = m.reserve(8)?;
                    let x = kx.get(m)?;
                    m.st(ka, k, x)?;
                    Ok((map, ka))
                };
                $body
            })),
            ValRep::Mem(n) => {
                let (mp, kx, n) = (val(mv), mem(key), (n as u64).max(1));
                let $ops = move |m: &mut Machine<'p>| -> R<(u64, u64)> {
                    let map = mp(m)?;
                    let ka = m.reserve(n)?;
                    kx(m, ka)?;
                    Ok((map, ka))
                };
                $body
            }
        }
    }};
}

/// `m[k]` of a scalar element (zero when absent).
pub(super) fn index_val<'p>(info: &'p MapInfo, mv: &'p Expr, key: &'p Expr, k: Kind) -> Val<'p> {
    with_operands!(info, mv, key, |ops| Box::new(move |m: &mut Machine<'p>| {
        let (map, ka) = ops(m)?;
        let r = m.mapaccess(info, map, ka);
        m.release(ka);
        match r? {
            Some(a) => m.ld(a, k),
            None => Ok(0),
        }
    }))
}

/// `m[k]` and `v, ok := m[k]` into a destination.
pub(super) fn index_to<'p>(info: &'p MapInfo, mv: &'p Expr, key: &'p Expr, rep: ValRep, comma_ok: bool) -> MemTo<'p> {
    let size = rep.size();
    with_operands!(info, mv, key, |ops| Box::new(move |m: &mut Machine<'p>, dst: u64| {
        let (map, ka) = ops(m)?;
        let r = m.mapaccess(info, map, ka);
        m.release(ka);
        m.map_index_result(r?, size, comma_ok, dst)
    }))
}

/// `m[k] = v`: key and value are evaluated before the map is touched.
pub(super) fn assign<'p>(pos: u32, info: &'p MapInfo, mv: &'p Expr, key: &'p Expr, value: &'p Expr) -> Run<'p> {
    let (value, vsize) = (to(value, info.elem_rep), info.elem_rep.size().max(1));
    with_operands!(info, mv, key, |ops| at(pos, move |m| {
        let (map, ka) = ops(m)?;
        let v = m.reserve(vsize)?;
        value(m, v)?;
        m.map_store_at(info, map, ka, v).map(|_| Flow::Next)
    }))
}

/// `m[k] op= v`: the element's address in `slot`, then the update.
pub(super) fn update<'p>(
    pos: u32,
    info: &'p MapInfo,
    mv: &'p Expr,
    key: &'p Expr,
    slot: u32,
    body: &'p [Stmt],
) -> Run<'p> {
    let (slot, body) = (slot as u64, block(body));
    with_operands!(info, mv, key, |ops| at(pos, move |m| {
        let (map, ka) = ops(m)?;
        let ea = m.map_assign_at(info, map, ka);
        m.release(ka);
        m.mem.store(m.fp + slot, 8, ea?);
        body(m)?;
        Ok(Flow::Next)
    }))
}
