//! Exact values of Go constants (the `go/constant` package, and the
//! representability rules of types2's `const.go`).
//!
//! Integer constants are arbitrary-precision integers; floating-point
//! constants are exact rationals, so `0.1 + 0.2 == 0.3` holds for constants
//! and `1 << 100 >> 98` is 4, as the spec requires.
//! Simplifications: gc keeps floats as 512-bit binary floats where we keep
//! exact rationals; the two agree on every value a teaching program writes
//! (a rational is exact where gc rounds in the 150th decimal digit).
//! Complex constants are not modelled (the subset has no complex types).
//! Invariant: no operation panics; what cannot be computed is `Unknown`.

use super::typ::Basic;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
pub use num_traits::ToPrimitive as _;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    String(Rc<str>),
    Int(BigInt),
    /// A float constant (kept exact).
    Float(BigRational),
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    /// Exact division.
    Quo,
    /// Integer division (truncated).
    QuoInt,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    LAnd,
    LOr,
    Not,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Shl,
    Shr,
}

/// Why a constant does not fit a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Overflows,
    Truncated,
    NotRepresentable,
}

impl Value {
    pub fn int(i: i64) -> Value {
        Value::Int(BigInt::from(i))
    }

    /// An integer literal: decimal, `0x`, `0o`, `0b`, leading-0 octal, `_`.
    pub fn from_int_lit(s: &str) -> Value {
        let s: String = s.chars().filter(|&c| c != '_').collect();
        let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
            (r.to_string(), 16)
        } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
            (r.to_string(), 8)
        } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
            (r.to_string(), 2)
        } else if s.len() > 1 && s.starts_with('0') {
            (s[1..].to_string(), 8)
        } else {
            (s.clone(), 10)
        };
        BigInt::parse_bytes(digits.as_bytes(), radix).map_or(Value::Unknown, Value::Int)
    }

    /// A floating-point literal, decimal or hexadecimal, as an exact rational.
    pub fn from_float_lit(s: &str) -> Value {
        let s: String = s.chars().filter(|&c| c != '_').collect();
        let lower = s.to_ascii_lowercase();
        let (hex, body) = match lower.strip_prefix("0x") {
            Some(b) => (true, b.to_string()),
            None => (false, lower.clone()),
        };
        let exp_char = if hex { 'p' } else { 'e' };
        let (mant, exp) = match body.find(exp_char) {
            Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()),
            None => (&body[..], Some(0)),
        };
        let Some(exp) = exp else { return Value::Unknown };
        let (int_part, frac_part) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let radix = if hex { 16 } else { 10 };
        let digits = format!("{int_part}{frac_part}");
        let digits = if digits.is_empty() { "0".to_string() } else { digits };
        let Some(m) = BigInt::parse_bytes(digits.as_bytes(), radix) else { return Value::Unknown };
        if exp.abs() > 100_000 {
            return Value::Unknown;
        }
        let r = if hex {
            // value = m * 16^-len(frac) * 2^exp
            pow2_scale(BigRational::from_integer(m), exp - 4 * frac_part.len() as i64)
        } else {
            let e = exp - frac_part.len() as i64;
            let ten = BigInt::from(10);
            if e >= 0 {
                BigRational::from_integer(m * num_traits::pow(ten, e as usize))
            } else {
                BigRational::new(m, num_traits::pow(ten, (-e) as usize))
            }
        };
        Value::Float(r)
    }

    pub fn from_f64(f: f64) -> Value {
        BigRational::from_float(f).map_or(Value::Unknown, Value::Float)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Value::Int(_))
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(i) => i.is_zero(),
            Value::Float(r) => r.is_zero(),
            _ => false,
        }
    }

    /// Bits needed by an integer's magnitude.
    pub fn bit_len(&self) -> u64 {
        match self {
            Value::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// The integer value of an integer, or of a float with an integral value.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(r) if r.is_integer() => Some(r.to_integer()),
            _ => None,
        }
    }

    /// As an Int-kind value when integral (go/constant's `ToInt`).
    pub fn to_int_value(&self) -> Value {
        self.to_int().map_or(Value::Unknown, Value::Int)
    }

    fn to_rat(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The nearest float64 (infinite when out of range).
    pub fn to_f64(&self) -> f64 {
        match self {
            Value::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            Value::Float(r) => rat_to_f64(r),
            _ => f64::NAN,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.to_int().and_then(|i| i.to_u64())
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// r * 2^e, exactly.
fn pow2_scale(r: BigRational, e: i64) -> BigRational {
    let two = BigInt::from(2);
    if e >= 0 {
        r * BigRational::from_integer(num_traits::pow(two, e as usize))
    } else {
        r / BigRational::from_integer(num_traits::pow(two, (-e) as usize))
    }
}

/// Correctly rounded conversion of a rational to float64.
fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let (n, d) = (r.numer().abs(), r.denom().clone());
    // Scale so that the quotient has 54..55 significant bits, then round.
    let shift = n.bits() as i64 - d.bits() as i64 - 54;
    let (n2, d2) = if shift >= 0 { (n, d << shift as usize) } else { (n << (-shift) as usize, d) };
    let (q, rem) = n2.div_rem(&d2);
    // q has 54 or 55 bits; keep 53 with round-half-even on the rest.
    let qbits = q.bits() as i64;
    let extra = qbits - 53;
    let mut exp2 = shift + extra;
    let mut m = &q >> extra as usize;
    let dropped = &q - (&m << extra as usize);
    let half = BigInt::one() << (extra as usize - 1);
    let sticky = !rem.is_zero();
    if dropped > half || dropped == half && (sticky || m.is_odd()) {
        m += 1;
        if m.bits() > 53 {
            m >>= 1;
            exp2 += 1;
        }
    }
    let mf = m.to_f64().unwrap_or(0.0);
    let v = if exp2 > 2000 {
        f64::INFINITY
    } else if exp2 < -2200 {
        0.0
    } else {
        // Subnormals: ldexp handles gradual underflow (double rounding in
        // the subnormal range is accepted).
        ldexp(mf, exp2 as i32)
    };
    if neg { -v } else { v }
}

fn ldexp(x: f64, e: i32) -> f64 {
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// `x op y` for constants of matching kinds (Int op Float gives Float).
/// The constant operation has no defined result (division by zero, or
/// operands of kinds the operator does not take).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Undefined;

pub fn binary_op(x: &Value, op: Op, y: &Value) -> Result<Value, Undefined> {
    match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            Op::LAnd => Ok(Value::Bool(*a && *b)),
            Op::LOr => Ok(Value::Bool(*a || *b)),
            _ => Err(Undefined),
        },
        (Value::String(a), Value::String(b)) if op == Op::Add => Ok(Value::String(format!("{a}{b}").into())),
        (Value::Int(a), Value::Int(b)) if op != Op::Quo => {
            Ok(match op {
                Op::Add => Value::Int(a + b),
                Op::Sub => Value::Int(a - b),
                Op::Mul => Value::Int(a * b),
                Op::QuoInt => {
                    if b.is_zero() {
                        return Err(Undefined);
                    }
                    Value::Int(a / b) // BigInt division truncates toward zero
                }
                Op::Rem => {
                    if b.is_zero() {
                        return Err(Undefined);
                    }
                    Value::Int(a % b)
                }
                Op::And => Value::Int(a & b),
                Op::Or => Value::Int(a | b),
                Op::Xor => Value::Int(a ^ b),
                Op::AndNot => Value::Int(a & !b),
                _ => return Err(Undefined),
            })
        }
        _ => {
            let (Some(a), Some(b)) = (x.to_rat(), y.to_rat()) else { return Err(Undefined) };
            let r = match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Quo | Op::QuoInt => {
                    if b.is_zero() {
                        return Err(Undefined);
                    }
                    a / b
                }
                _ => return Err(Undefined),
            };
            Ok(Value::Float(r))
        }
    }
}

/// `x op y` for comparison operators.
pub fn compare(x: &Value, op: Op, y: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
        (Value::String(a), Value::String(b)) => a.as_bytes().cmp(b.as_bytes()),
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        _ => match (x.to_rat(), y.to_rat()) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => return false,
        },
    };
    match op {
        Op::Eql => ord == Ordering::Equal,
        Op::Neq => ord != Ordering::Equal,
        Op::Lss => ord == Ordering::Less,
        Op::Leq => ord != Ordering::Greater,
        Op::Gtr => ord == Ordering::Greater,
        Op::Geq => ord != Ordering::Less,
        _ => false,
    }
}

/// `op x`; `prec` is the bit size of an unsigned typed operand of `^`
/// (0 for signed or untyped, where `^x` is `-x-1`).
pub fn unary_op(op: Op, x: &Value, prec: u32) -> Value {
    match (op, x) {
        (Op::Add, v) => v.clone(),
        (Op::Sub, Value::Int(i)) => Value::Int(-i),
        (Op::Sub, Value::Float(r)) => Value::Float(-r),
        (Op::Not, Value::Bool(b)) => Value::Bool(!b),
        (Op::Xor, Value::Int(i)) => {
            let z = -i - BigInt::one();
            if prec > 0 {
                let mask = (BigInt::one() << prec as usize) - BigInt::one();
                Value::Int(z & mask)
            } else {
                Value::Int(z)
            }
        }
        _ => Value::Unknown,
    }
}

/// `x << s` or `x >> s` for an integer constant (`>>` rounds toward -inf).
pub fn shift(x: &Value, op: Op, s: u32) -> Value {
    let Value::Int(i) = x else { return Value::Unknown };
    match op {
        Op::Shl => Value::Int(i << s as usize),
        Op::Shr => Value::Int(i >> s as usize),
        _ => Value::Unknown,
    }
}

fn int_range(b: Basic) -> Option<(BigInt, BigInt)> {
    let bits = b.bits() as usize;
    if b.is_unsigned() {
        Some((BigInt::zero(), (BigInt::one() << bits) - 1))
    } else if b.is_integer() {
        Some((-(BigInt::one() << (bits - 1)), (BigInt::one() << (bits - 1)) - 1))
    } else {
        None
    }
}

/// Can `v` be a constant of basic type `b`? Returns the value as that type
/// stores it (floats rounded), or why not (types2's `representableConst`).
pub fn representable(v: &Value, b: Basic) -> Result<Value, Why> {
    let b = b.kind();
    match b {
        Basic::Bool | Basic::UntypedBool => match v {
            Value::Bool(_) => Ok(v.clone()),
            _ => Err(Why::NotRepresentable),
        },
        Basic::String | Basic::UntypedString => match v {
            Value::String(_) => Ok(v.clone()),
            _ => Err(Why::NotRepresentable),
        },
        Basic::UntypedInt | Basic::UntypedRune => match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Float(_) => v.to_int().map(Value::Int).ok_or(Why::Truncated),
            _ => Err(Why::NotRepresentable),
        },
        Basic::UntypedFloat => match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            _ => Err(Why::NotRepresentable),
        },
        Basic::Float32 | Basic::Float64 => {
            let Some(r) = v.to_rat() else { return Err(Why::NotRepresentable) };
            let f = rat_to_f64(&r);
            if b == Basic::Float32 {
                let f32v = f as f32;
                if f32v.is_infinite() {
                    return Err(Why::Overflows);
                }
                return Ok(Value::from_f64(f32v as f64));
            }
            if f.is_infinite() {
                return Err(Why::Overflows);
            }
            if v.is_int() {
                // An integer constant converted to float keeps its kind's value.
                return Ok(Value::from_f64(f));
            }
            Ok(Value::from_f64(f))
        }
        b if b.is_integer() => {
            let i = match v {
                Value::Int(i) => i.clone(),
                Value::Float(_) => v.to_int().ok_or(Why::Truncated)?,
                _ => return Err(Why::NotRepresentable),
            };
            let (lo, hi) = int_range(b).unwrap();
            if i < lo || i > hi {
                return Err(Why::Overflows);
            }
            Ok(Value::Int(i))
        }
        _ => Err(Why::NotRepresentable),
    }
}

impl fmt::Display for Value {
    /// go/constant's `String()`: ints in full, floats as `%.6g`, strings
    /// quoted and cut to 72 characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => {
                let x = rat_to_f64(r);
                if x.is_infinite() || (x == 0.0) != r.is_zero() {
                    // Out of float64 range: mantissa and decimal exponent.
                    return write!(f, "{}", big_float_string(r));
                }
                let mut s = format_g(x, Some(6));
                if !r.is_integer() && !s.contains('.') && !s.contains('e') {
                    s = format_g(x, None);
                }
                write!(f, "{s}")
            }
            Value::String(s) => {
                let q = quote(s);
                if q.chars().count() > 72 {
                    let cut: String = q.chars().take(69).collect();
                    write!(f, "{cut}...")
                } else {
                    write!(f, "{q}")
                }
            }
            Value::Unknown => write!(f, "unknown"),
        }
    }
}

/// A float outside float64's range, as go/constant prints it (`1e+400`).
fn big_float_string(r: &BigRational) -> String {
    let neg = r.is_negative();
    let a = r.abs();
    // Decimal exponent: floor(log10(a)).
    let n = a.numer().to_string().len() as i64;
    let d = a.denom().to_string().len() as i64;
    let mut e = n - d;
    let ten = BigRational::from_integer(BigInt::from(10));
    let pow =
        |k: i64| -> BigRational { if k >= 0 { ten.pow(k as i32) } else { BigRational::one() / ten.pow((-k) as i32) } };
    if a < pow(e) {
        e -= 1;
    }
    let m = (a / pow(e)).to_f64().unwrap_or(1.0);
    let ms = format_g(m, Some(6));
    format!("{}{ms}e{}{:02}", if neg { "-" } else { "" }, if e < 0 { '-' } else { '+' }, e.abs())
}

/// Go's `%g` (precision `p`, or shortest when None) of a float64.
pub fn format_g(x: f64, p: Option<usize>) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    // Digits and decimal exponent (x = 0.d1d2... * 10^dp).
    let (digits, exp10) = match p {
        Some(p) => {
            let s = format!("{:.*e}", p.saturating_sub(1), x.abs());
            split_exp(&s)
        }
        None => split_exp(&format!("{:e}", x.abs())),
    };
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() { "0".to_string() } else { digits };
    let eprec = match p {
        Some(p) => p.max(1) as i64,
        None => 21,
    };
    let neg = x.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    if exp10 < -4 || exp10 >= eprec {
        let mant = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        return format!("{sign}{mant}e{}{:02}", if exp10 < 0 { '-' } else { '+' }, exp10.abs());
    }
    if exp10 >= 0 {
        let int_len = exp10 as usize + 1;
        if digits.len() <= int_len {
            format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
        }
    } else {
        format!("{sign}0.{}{digits}", "0".repeat((-exp10 - 1) as usize))
    }
}

/// "1.2345e-7" → ("12345", -7)
fn split_exp(s: &str) -> (String, i64) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    (m.replace('.', ""), e.parse().unwrap_or(0))
}

/// Go's `strconv.Quote`.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Value {
    /// The sign of a numeric value.
    pub fn sign(&self) -> Sign {
        match self {
            Value::Int(i) => i.sign(),
            Value::Float(r) => {
                if r.is_zero() {
                    Sign::NoSign
                } else if r.is_negative() {
                    Sign::Minus
                } else {
                    Sign::Plus
                }
            }
            _ => Sign::NoSign,
        }
    }
}

/// Invalid UTF-8 bytes of a string constant are kept as characters
/// U+10FF80..U+10FFFF (private use), so `Value::String` stays a `str` while
/// `"\xff"` keeps its byte; `string_bytes` maps them back.
pub fn string_from_bytes(b: &[u8]) -> Rc<str> {
    let mut s = String::with_capacity(b.len());
    for chunk in b.utf8_chunks() {
        s.push_str(chunk.valid());
        for &x in chunk.invalid() {
            s.push(char::from_u32(0x10FF00 + x as u32).unwrap());
        }
    }
    s.into()
}

/// The bytes of a string constant (see `string_from_bytes`).
pub fn string_bytes(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if (0x10FF80..=0x10FFFF).contains(&u) {
            out.push((u - 0x10FF00) as u8);
        } else {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(n: i64) -> Value {
        Value::int(n)
    }

    #[test]
    fn exact_arithmetic() {
        let big = shift(&i(1), Op::Shl, 100);
        assert_eq!(shift(&big, Op::Shr, 98), i(4));
        let a = Value::from_float_lit("0.1");
        let b = Value::from_float_lit("0.2");
        let sum = binary_op(&a, Op::Add, &b).unwrap();
        assert!(compare(&sum, Op::Eql, &Value::from_float_lit("0.3")));
        assert_eq!(binary_op(&i(7), Op::QuoInt, &i(-2)).unwrap(), i(-3));
        assert_eq!(binary_op(&i(-7), Op::Rem, &i(2)).unwrap(), i(-1));
        assert!(binary_op(&i(1), Op::QuoInt, &i(0)).is_err());
        assert_eq!(unary_op(Op::Xor, &i(0), 0), i(-1));
        assert_eq!(unary_op(Op::Xor, &i(0), 8), i(255));
    }

    #[test]
    fn literals() {
        assert_eq!(Value::from_int_lit("0x_FF"), i(255));
        assert_eq!(Value::from_int_lit("017"), i(15));
        assert_eq!(Value::from_int_lit("0b1010"), i(10));
        assert_eq!(Value::from_int_lit("1_000"), i(1000));
        assert_eq!(Value::from_float_lit("0x1.8p1").to_f64(), 3.0);
        assert_eq!(Value::from_float_lit("1e3").to_f64(), 1000.0);
        assert_eq!(Value::from_float_lit(".5").to_f64(), 0.5);
    }

    #[test]
    fn representability() {
        assert_eq!(representable(&i(200), Basic::Int8), Err(Why::Overflows));
        assert_eq!(representable(&i(255), Basic::Uint8), Ok(i(255)));
        assert_eq!(representable(&Value::from_float_lit("1.0"), Basic::Int), Ok(i(1)));
        assert_eq!(representable(&Value::from_float_lit("1.5"), Basic::Int), Err(Why::Truncated));
        let f = representable(&Value::from_float_lit("0.1"), Basic::Float32).unwrap();
        assert_eq!(f.to_f64(), 0.1f32 as f64);
        assert_eq!(representable(&Value::from_float_lit("1e400"), Basic::Float64), Err(Why::Overflows));
    }

    #[test]
    fn strings() {
        assert_eq!(Value::from_float_lit("1.5").to_string(), "1.5");
        assert_eq!(Value::from_float_lit("1e100").to_string(), "1e+100");
        assert_eq!(Value::from_float_lit("0.1").to_string(), "0.1");
        assert_eq!(Value::from_float_lit("1.0").to_string(), "1");
        assert_eq!(Value::from_float_lit("123456789.0").to_string(), "1.23457e+08");
        assert_eq!(Value::String("a\"b".into()).to_string(), "\"a\\\"b\"");
        assert_eq!(format_g(0.1 + 0.2, None), "0.30000000000000004");
        assert_eq!(format_g(1e21, None), "1e+21");
        assert_eq!(format_g(1e20, None), "100000000000000000000");
        assert_eq!(format_g(1e-5, None), "1e-05");
    }
}
