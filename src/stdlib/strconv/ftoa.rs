//! Models Go's `strconv/ftoa.go` (in Go 1.27 it lives in `internal/strconv/ftoa.go`): `FormatFloat` and
//! `AppendFloat` with formats `b e E f g G x X`, and the shortest round-trip digits when `prec < 0`.
//!
//! Invariants: NaN prints `NaN` whatever its sign, infinities `+Inf`/`-Inf`; a negative zero keeps its sign
//! (`-0`); decimal exponents have at least two digits; an unknown format prints `%` and the format byte.
//! Bitsize 32 first rounds the value to `f32` like Go's `float32(f)`, so shortest digits are the `f32`'s.
//! Any other bitsize panics, as in Go.
//!
//! Simplification: Go's digit generators (`shortFloat`, `fixedWidthFloat`, the bignum `decimal`) are
//! replaced by Rust's float formatting, which gives the same digits: `{:.N$e}` and `{:.N$}` round the exact
//! binary value with ties to even, like Go's `decimal.Round`; `{:e}` gives the shortest round-trip digits,
//! corrected for exact ties (see `Val::shortest`). Go's layouts (`fmtEFG`, `fmtB`, `fmtX`) are ported line
//! by line.

/// The decimal digits of a finite non-zero value: `0.d[0]d[1]... * 10^dp`, trailing zeros trimmed like
/// Go's `decimal`/`setDigits` (the `%g` layout depends on the trimmed count).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

impl Digits {
    /// Parses Rust's `{:e}` output of a positive value, e.g. `1.2345e-7`.
    fn from_exp(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').expect("exponent form");
        let exp: i32 = exp.parse().expect("exponent");
        let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
        Digits::trimmed(d, exp + 1)
    }

    /// Parses Rust's `{:.N$}` output of a positive value, e.g. `0.0012`; all zeros yield no digits.
    fn from_fixed(s: &str) -> Digits {
        let int_len = s.find('.').unwrap_or(s.len());
        let d: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        if lead == d.len() {
            return Digits { d: Vec::new(), dp: 0 };
        }
        Digits::trimmed(d[lead..].to_vec(), int_len as i32 - lead as i32)
    }

    fn trimmed(mut d: Vec<u8>, dp: i32) -> Digits {
        while d.last() == Some(&b'0') {
            d.pop();
        }
        Digits { d, dp }
    }
}

/// The value at its own precision, so shortest digits are those of the `f32` for bitsize 32.
#[derive(Clone, Copy)]
enum Val {
    F32(f32),
    F64(f64),
}

impl Val {
    /// Shortest digits that round-trip; among several such, the closest with ties to even, as Go's
    /// `shortFloat` picks. Rust's `{:e}` breaks exact ties upward, so the correctly rounded value of the same
    /// length (ties to even) replaces it when that one also round-trips.
    fn shortest(self) -> Digits {
        fn len(s: &str) -> usize {
            s.split('e').next().map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count())
        }
        let (short, even) = match self {
            Val::F32(x) => {
                let s = format!("{:e}", x.abs());
                let r = format!("{:.*e}", len(&s) - 1, x.abs());
                let ok = r.parse::<f32>() == Ok(x.abs());
                (s, ok.then_some(r))
            }
            Val::F64(x) => {
                let s = format!("{:e}", x.abs());
                let r = format!("{:.*e}", len(&s) - 1, x.abs());
                let ok = r.parse::<f64>() == Ok(x.abs());
                (s, ok.then_some(r))
            }
        };
        Digits::from_exp(even.as_deref().unwrap_or(&short))
    }

    /// `n` significant digits (`n >= 1`), correctly rounded.
    fn significant(self, n: usize) -> Digits {
        // The f32 -> f64 widening is exact, so rounding the f64 gives the same digits.
        let x = match self {
            Val::F32(x) => f64::from(x),
            Val::F64(x) => x,
        };
        Digits::from_exp(&format!("{:.*e}", n - 1, x.abs()))
    }

    /// Digits rounded to `prec` places after the decimal point.
    fn fixed(self, prec: usize) -> Digits {
        let x = match self {
            Val::F32(x) => f64::from(x),
            Val::F64(x) => x,
        };
        Digits::from_fixed(&format!("{:.*}", prec, x.abs()))
    }
}

/// strconv.FormatFloat.
pub fn format_float(v: f64, fmt: u8, prec: i32, bitsize: u32) -> String {
    let mut out = Vec::new();
    append_float(&mut out, v, fmt, prec, bitsize);
    // Only the unknown-format echo `%c` could carry a non-ASCII byte.
    String::from_utf8_lossy(&out).into_owned()
}

/// An IEEE 754 binary layout: mantissa bits, exponent bits and exponent bias.
struct Layout {
    mant_bits: u32,
    exp_bits: u32,
    bias: i32,
}

const F32: Layout = Layout { mant_bits: 23, exp_bits: 8, bias: -127 };
const F64: Layout = Layout { mant_bits: 52, exp_bits: 11, bias: -1023 };

/// strconv.AppendFloat.
pub fn append_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bitsize: u32) {
    match bitsize {
        32 => {
            let x = v as f32;
            ftoa(out, u64::from(x.to_bits()), &F32, Val::F32(x), fmt, prec);
        }
        64 => ftoa(out, v.to_bits(), &F64, Val::F64(v), fmt, prec),
        _ => panic!("strconv: illegal AppendFloat bitSize"),
    }
}

fn ftoa(out: &mut Vec<u8>, bits: u64, lay: &Layout, val: Val, fmt: u8, prec: i32) {
    let Layout { mant_bits, exp_bits, bias } = *lay;
    let neg = bits >> (exp_bits + mant_bits) != 0;
    let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i32;
    let mut mant = bits & ((1 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        out.extend_from_slice(match (mant != 0, neg) {
            (true, _) => b"NaN",
            (false, true) => b"-Inf",
            (false, false) => b"+Inf",
        });
        return;
    }
    if exp == 0 {
        exp += 1; // denormal
    } else {
        mant |= 1 << mant_bits;
    }
    exp += bias;

    match fmt {
        b'b' => return fmt_b(out, neg, mant, exp - mant_bits as i32),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, mant, exp, mant_bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            out.push(b'%');
            out.push(fmt);
            return;
        }
    }

    if mant == 0 {
        return fmt_efg(out, neg, &Digits { d: Vec::new(), dp: 0 }, prec, fmt, prec < 0);
    }

    if prec < 0 {
        let digs = val.shortest();
        let nd = digs.d.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            _ => nd, // g, G
        };
        return fmt_efg(out, neg, &digs, prec, fmt, true);
    }

    let (digs, prec) = match fmt {
        b'e' | b'E' => (val.significant(prec as usize + 1), prec),
        b'f' => (val.fixed(prec as usize), prec),
        _ => {
            let prec = prec.max(1); // %.0g means one digit
            (val.significant(prec as usize), prec)
        }
    };
    fmt_efg(out, neg, &digs, prec, fmt, false)
}

/// Go's fmtEFG: lays out `digs` as %e, %f or %g (which picks one of the other two).
fn fmt_efg(out: &mut Vec<u8>, neg: bool, digs: &Digits, mut prec: i32, mut fmt: u8, shortest: bool) {
    let s = &digs.d;
    let nd = s.len() as i32;
    let dp = digs.dp;
    if fmt == b'g' || fmt == b'G' {
        // Trailing fractional zeros in 'e' form will be trimmed.
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        // %e is used if the exponent is < -4 or >= precision; shortest decides with precision 6.
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }

    if neg {
        out.push(b'-');
    }
    if fmt == b'e' || fmt == b'E' {
        out.push(if nd != 0 { s[0] } else { b'0' });
        if prec > 0 {
            out.push(b'.');
            let m = nd.min(prec + 1);
            if m > 1 {
                out.extend_from_slice(&s[1..m as usize]);
            }
            let have = m.max(1);
            out.extend(std::iter::repeat_n(b'0', (prec + 1 - have) as usize));
        }
        out.push(fmt);
        // Zero has exponent 0.
        let exp = if nd == 0 { 0 } else { dp - 1 };
        out.push(if exp < 0 { b'-' } else { b'+' });
        let exp = exp.unsigned_abs();
        if exp < 10 {
            out.push(b'0');
        }
        out.extend_from_slice(exp.to_string().as_bytes());
        return;
    }

    // %f: integer part padded with zeros, then the fraction.
    if dp > 0 {
        let m = nd.min(dp);
        out.extend_from_slice(&s[..m as usize]);
        out.extend(std::iter::repeat_n(b'0', (dp - m) as usize));
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        let lz = prec.min((-dp).max(0)); // leading zeros
        let off = dp + lz;
        let m = (prec - lz).min((nd - off).max(0)); // middle digits
        let tz = (prec - lz - m).max(0); // trailing zeros
        out.extend(std::iter::repeat_n(b'0', lz as usize));
        if m > 0 {
            out.extend_from_slice(&s[off as usize..(off + m) as usize]);
        }
        out.extend(std::iter::repeat_n(b'0', tz as usize));
    }
}

/// %b: -ddddddddp±ddd
fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(mant.to_string().as_bytes());
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// %x: -0x1.yyyyyyyyp±ddd or -0x0p+00 (y hex digit, d decimal digit).
fn fmt_x(out: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mant_bits: u32) {
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so the leading 1 (if any) is at bit 60; subnormals are normalized.
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round half to even at `prec` hex digits.
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4; // drop the leading 0 or 1
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}
