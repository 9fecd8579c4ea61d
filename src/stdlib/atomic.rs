//! sync/atomic's functions (`sync/atomic/doc.go`): loads, stores, swaps,
//! compare-and-swaps, adds, ands and ors on modelled memory.
//!
//! Goroutines interleave on one OS thread and switch only at calls and
//! loop back-edges of Go code, so a native operation is indivisible.
//!
//! One native per (operation, width) serves every type of that width:
//! memory holds raw bytes and callers normalize what they load from the
//! result slot, so `AddInt32` and `AddUint32` are the same operation, and
//! the 8-byte ones also serve uintptr and the pointer word of
//! `Pointer[T]`. Its unexported generic natives (`loadPointer[T]`, ...)
//! lay out like the uintptr ones whatever T is, so one native serves every
//! instance (lowering names them all `name[...]`). `efaceType` gives
//! `Value` (written in Go) the type word of an interface.
//! A nil (or otherwise unmapped) address faults as Go's nil dereference.
//!
//! Simplification: `LoadPointer` and its kin over `unsafe.Pointer` are
//! absent, as gosub has no package unsafe.

use super::NativeFn;
use crate::interp::{Machine, R};
use crate::ir::Kind;

#[derive(Clone, Copy)]
enum Op {
    Load,
    Store,
    Swap,
    Cas,
    Add,
    And,
    Or,
}

const fn kind(width: u64) -> Kind {
    if width == 4 { Kind::U32 } else { Kind::U64 }
}

/// Reads the value at `addr`, faulting as Go does on a nil pointer.
fn load(m: &Machine, addr: u64, width: u64) -> R<u64> {
    m.ld(addr, kind(width))
}

fn store(m: &mut Machine, addr: u64, width: u64, v: u64) -> R<()> {
    m.st(addr, kind(width), v)
}

/// The frame is `addr` at 8, then the operands at 16 (and `16 + width` for
/// CompareAndSwap's new value), then the result 8-aligned after them.
fn atomic(m: &mut Machine, base: u64, op: Op, width: u64) -> R<()> {
    let addr = m.ld64(base + 8)?;
    let arg = |m: &Machine, off: u64| m.ld(base + off, kind(width));
    let (result, value) = match op {
        Op::Load => (Some(load(m, addr, width)?), None),
        Op::Store => (None, Some(arg(m, 16)?)),
        Op::Cas => {
            let (old, new) = (arg(m, 16)?, arg(m, 16 + width)?);
            let swapped = load(m, addr, width)? == old;
            let off = (16 + 2 * width).div_ceil(8) * 8;
            if swapped {
                store(m, addr, width, new)?;
            }
            m.mem.store(base + off, 1, swapped as u64);
            return Ok(());
        }
        Op::Swap | Op::Add | Op::And | Op::Or => {
            let (x, old) = (arg(m, 16)?, load(m, addr, width)?);
            let new = match op {
                Op::Swap => x,
                Op::Add => old.wrapping_add(x),
                Op::And => old & x,
                _ => old | x,
            };
            // Add returns the new value; the others return the old one.
            (Some(if matches!(op, Op::Add) { new } else { old }), Some(new))
        }
    };
    if let Some(v) = value {
        store(m, addr, width, v)?;
    }
    if let Some(r) = result {
        let off = if matches!(op, Op::Load) { 16 } else { 24 };
        m.mem.store(base + off, width, r);
    }
    Ok(())
}

/// `efaceType(p *any) uintptr`: the type word of `*p` (0 for nil).
fn eface_type(m: &mut Machine, base: u64) -> R<()> {
    let p = m.ld64(base + 8)?;
    let t = m.ld64(p)?;
    m.mem.store(base + 16, 8, t);
    Ok(())
}

/// The natives of each type name (`Int32`, ...) of `width` bytes, in the
/// order `Load, Store, Swap, CompareAndSwap, Add, And, Or`, then `more`.
macro_rules! table {
    ($($name:literal $w:literal),*; $($more:expr),*) => {
        &[$(
            (concat!("sync/atomic.Load", $name), |m, b| atomic(m, b, Op::Load, $w)),
            (concat!("sync/atomic.Store", $name), |m, b| atomic(m, b, Op::Store, $w)),
            (concat!("sync/atomic.Swap", $name), |m, b| atomic(m, b, Op::Swap, $w)),
            (concat!("sync/atomic.CompareAndSwap", $name), |m, b| atomic(m, b, Op::Cas, $w)),
            (concat!("sync/atomic.Add", $name), |m, b| atomic(m, b, Op::Add, $w)),
            (concat!("sync/atomic.And", $name), |m, b| atomic(m, b, Op::And, $w)),
            (concat!("sync/atomic.Or", $name), |m, b| atomic(m, b, Op::Or, $w)),
        )* $($more),*]
    };
}

pub const NATIVES: &[(&str, NativeFn)] = table![
    "Int32" 4, "Uint32" 4, "Int64" 8, "Uint64" 8, "Uintptr" 8;
    // Pointer[T]'s generic natives, and Value's type word.
    ("sync/atomic.loadPointer[...]", |m, b| atomic(m, b, Op::Load, 8)),
    ("sync/atomic.storePointer[...]", |m, b| atomic(m, b, Op::Store, 8)),
    ("sync/atomic.swapPointer[...]", |m, b| atomic(m, b, Op::Swap, 8)),
    ("sync/atomic.compareAndSwapPointer[...]", |m, b| atomic(m, b, Op::Cas, 8)),
    ("sync/atomic.efaceType", eface_type)
];
