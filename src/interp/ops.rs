//! Arithmetic on scalars held in 64-bit registers, as Go defines it:
//! integers wrap at their width (results are re-normalised: sign- or
//! zero-extended from the kind's width), division truncates toward zero,
//! `MinInt / -1` wraps, float32 arithmetic rounds to float32 after every
//! operation, float-to-integer conversion truncates (out-of-range values
//! give what amd64's CVTTSD2SQ gives: the "integer indefinite" value).

use crate::ir::Kind;
use crate::syntax::ast::{BinOp, UnOp};

/// Canonical register form of an integer of kind `k`.
#[inline]
pub fn normalize(v: u64, k: Kind) -> u64 {
    match k {
        Kind::I8 => v as i8 as i64 as u64,
        Kind::I16 => v as i16 as i64 as u64,
        Kind::I32 => v as i32 as i64 as u64,
        Kind::U8 => v as u8 as u64,
        Kind::U16 => v as u16 as u64,
        Kind::U32 => v as u32 as u64,
        Kind::Bool => v & 1,
        _ => v,
    }
}

#[inline]
fn f(v: u64) -> f64 {
    f64::from_bits(v)
}

#[inline]
fn fb(v: f64) -> u64 {
    v.to_bits()
}

#[inline]
fn f32r(v: f64) -> u64 {
    (v as f32 as f64).to_bits()
}

pub enum ArithError {
    DivideByZero,
}

/// The commonest arithmetic (int `+ - * / %`, float64 `+ - *`), for the
/// evaluator to inline; None for the rest (`binary` does them).
#[inline(always)]
pub fn binary_fast(op: BinOp, k: Kind, x: u64, y: u64) -> Option<u64> {
    match (k, op) {
        (Kind::I64, BinOp::Add) => Some(x.wrapping_add(y)),
        (Kind::I64, BinOp::Sub) => Some(x.wrapping_sub(y)),
        (Kind::I64, BinOp::Mul) => Some(x.wrapping_mul(y)),
        // A zero divisor panics (`binary` reports it).
        (Kind::I64, BinOp::Quo) if y != 0 => Some((x as i64).wrapping_div(y as i64) as u64),
        (Kind::I64, BinOp::Rem) if y != 0 => Some((x as i64).wrapping_rem(y as i64) as u64),
        (Kind::F64, BinOp::Add) => Some(fb(f(x) + f(y))),
        (Kind::F64, BinOp::Sub) => Some(fb(f(x) - f(y))),
        (Kind::F64, BinOp::Mul) => Some(fb(f(x) * f(y))),
        _ => None,
    }
}

#[inline]
pub fn binary(op: BinOp, k: Kind, x: u64, y: u64) -> Result<u64, ArithError> {
    if k.is_float() {
        let (a, b) = (f(x), f(y));
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Quo => a / b,
            _ => 0.0,
        };
        return Ok(if k == Kind::F32 { f32r(r) } else { fb(r) });
    }
    let r = match op {
        BinOp::Add => x.wrapping_add(y),
        BinOp::Sub => x.wrapping_sub(y),
        BinOp::Mul => x.wrapping_mul(y),
        BinOp::Quo | BinOp::Rem => {
            if y == 0 {
                return Err(ArithError::DivideByZero);
            }
            if k.is_signed() {
                let (a, b) = (x as i64, y as i64);
                if op == BinOp::Quo { a.wrapping_div(b) as u64 } else { a.wrapping_rem(b) as u64 }
            } else if op == BinOp::Quo {
                x / y
            } else {
                x % y
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::AndNot => x & !y,
        _ => 0,
    };
    Ok(normalize(r, k))
}

/// `x << y` / `x >> y`; the count is unsigned here (a negative count was
/// rejected by the caller).
#[inline]
pub fn shift(op: BinOp, k: Kind, x: u64, y: u64) -> u64 {
    let bits = k.size() * 8;
    if op == BinOp::Shl {
        if y >= 64 { 0 } else { normalize(x << y, k) }
    } else if k.is_signed() {
        let s = y.min(63);
        ((x as i64) >> s) as u64
    } else if y >= bits.max(64) || y >= 64 {
        0
    } else {
        x >> y
    }
}

#[inline(always)]
pub fn compare(op: BinOp, k: Kind, x: u64, y: u64) -> bool {
    use std::cmp::Ordering::*;
    let ord = if k.is_float() {
        match f(x).partial_cmp(&f(y)) {
            Some(o) => o,
            None => return op == BinOp::Neq,
        }
    } else if k.is_signed() {
        (x as i64).cmp(&(y as i64))
    } else {
        x.cmp(&y)
    };
    match op {
        BinOp::Eql => ord == Equal,
        BinOp::Neq => ord != Equal,
        BinOp::Lss => ord == Less,
        BinOp::Leq => ord != Greater,
        BinOp::Gtr => ord == Greater,
        BinOp::Geq => ord != Less,
        _ => false,
    }
}

#[inline]
pub fn unary(op: UnOp, k: Kind, x: u64) -> u64 {
    match op {
        UnOp::Neg => {
            if k.is_float() {
                fb(-f(x))
            } else {
                normalize(x.wrapping_neg(), k)
            }
        }
        UnOp::Not => (x == 0) as u64,
        UnOp::Xor => normalize(!x, k),
        _ => x,
    }
}

/// Numeric conversion between kinds.
#[inline]
pub fn convert(from: Kind, to: Kind, x: u64) -> u64 {
    match (from.is_float(), to.is_float()) {
        (false, false) => normalize(x, to),
        (false, true) => {
            let v = if from.is_signed() { x as i64 as f64 } else { x as f64 };
            if to == Kind::F32 {
                // Round once, directly from the integer.
                let v32 = if from.is_signed() { x as i64 as f32 } else { x as f32 };
                fb(v32 as f64)
            } else {
                fb(v)
            }
        }
        (true, true) => {
            if to == Kind::F32 {
                f32r(f(x))
            } else {
                x
            }
        }
        (true, false) => {
            let v = f(x);
            const TWO63: f64 = 9_223_372_036_854_775_808.0;
            // amd64 (CVTTSD2SQ): out-of-range and NaN give 0x8000000000000000.
            const INDEFINITE: u64 = 0x8000_0000_0000_0000;
            let signed =
                |v: f64| if v.is_nan() || !(-TWO63..TWO63).contains(&v) { INDEFINITE } else { v as i64 as u64 };
            let r = if to.is_signed() || to.size() < 8 || v < TWO63 {
                signed(v)
            } else {
                // Go's uint64 conversion: subtract 2^63, convert, set the top bit.
                signed(v - TWO63) ^ INDEFINITE
            };
            normalize(r, to)
        }
    }
}
