//! Models Go's `fmt/format.go`: the raw formatter (`fmt.fmt`) that `Printf` drives once per verb, plus
//! the parts of `strconv/quote.go` it relies on (`Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`,
//! `IsPrint`) and `unicode/utf8` decoding with Go's rules.
//!
//! Invariants: strings are byte slices that may hold invalid UTF-8; like Go, each invalid byte counts as
//! one rune (for widths and precisions) and quotes as `\xNN`. Widths count runes. Zero padding applies
//! only when `zero && !minus` (Go 1.23+ keeps both flags and decides at padding time), and never to `%U`,
//! integers with a precision, or infinities and NaN; strings, `%c` and `%q` are zero padded like Go.
//!
//! Simplifications: output goes to a caller's `Vec<u8>` instead of `fmt.buffer`; `Flags` merges Go's
//! `fmtFlags` with `wid`/`prec` as `Option`s (`Some(0)` width behaves as no width, as in Go). The
//! argument-driven parts of `print.go` (verb dispatch, `%!verb(...)` errors) belong to the caller;
//! `float_default_prec` gives its default float precisions. `IsPrint` uses Go 1.27's own tables
//! (generated from `strconv/isprint.go`), so it is exact rather than an approximation.

use crate::stdlib::strconv::ftoa;

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";
const RUNE_ERROR: u32 = 0xFFFD;
const MAX_RUNE: u32 = 0x10FFFF;

/// Go's `fmtFlags` plus width and precision.
#[derive(Clone, Copy, Default, Debug)]
pub struct Flags {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
    /// `%+v`: set instead of `plus` for the `v` verb.
    pub plus_v: bool,
    /// `%#v`: set instead of `sharp` for the `v` verb.
    pub sharp_v: bool,
}

impl Flags {
    fn wid(&self) -> usize {
        self.width.unwrap_or(0)
    }

    fn no_zero(&self) -> Flags {
        Flags { zero: false, ..*self }
    }
}

/// Go's writePadding: `n` bytes of padding, zeros only to the left.
fn write_padding(out: &mut Vec<u8>, f: &Flags, n: usize) {
    let b = if f.zero && !f.minus { b'0' } else { b' ' };
    out.extend(std::iter::repeat_n(b, n));
}

/// Appends `s` padded to the width (counted in runes) on the left, or on the right with `minus`.
pub fn pad(out: &mut Vec<u8>, f: &Flags, s: &[u8]) {
    let wid = f.wid();
    if wid == 0 {
        out.extend_from_slice(s);
        return;
    }
    let n = wid.saturating_sub(rune_count(s));
    if f.minus {
        out.extend_from_slice(s);
        write_padding(out, f, n);
    } else {
        write_padding(out, f, n);
        out.extend_from_slice(s);
    }
}

/// %t
pub fn fmt_boolean(out: &mut Vec<u8>, f: &Flags, v: bool) {
    pad(out, f, if v { b"true" } else { b"false" });
}

/// %U: `U+0078`, or with `#` and a printable rune `U+0078 'x'`. Precision sets the minimum hex digits.
pub fn fmt_unicode(out: &mut Vec<u8>, f: &Flags, u: u64) {
    let mut prec = f.prec.filter(|&p| p > 4).unwrap_or(4);
    let mut hex = Vec::new(); // reversed
    let mut v = u;
    loop {
        hex.push(UDIGITS[(v & 0xF) as usize]);
        prec = prec.saturating_sub(1);
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    hex.extend(std::iter::repeat_n(b'0', prec));
    let mut buf = b"U+".to_vec();
    buf.extend(hex.iter().rev());
    if f.sharp && u <= u64::from(MAX_RUNE) && is_print(u as u32) {
        buf.extend_from_slice(b" '");
        push_rune(&mut buf, u as u32);
        buf.push(b'\'');
    }
    pad(out, &f.no_zero(), &buf);
}

/// Go's fmtInteger: `v` holds the two's-complement bits; with `signed` it is negative when
/// `v as i64 < 0`. `base` is 2, 8, 10 or 16; `verb == 'O'` adds `0o`; `upper` picks `0X`/`A-F`.
pub fn fmt_integer(out: &mut Vec<u8>, f: &Flags, v: u64, signed: bool, base: u32, verb: char, upper: bool) {
    let digits = if upper { UDIGITS } else { LDIGITS };
    let negative = signed && (v as i64) < 0;
    let mut u = if negative { v.wrapping_neg() } else { v };

    // Two ways to ask for leading zeros: %.3d or %03d; with both, the zero flag is ignored.
    let mut prec = 0;
    if let Some(p) = f.prec {
        prec = p;
        // Precision 0 and value 0 print nothing but padding.
        if p == 0 && u == 0 {
            write_padding(out, &f.no_zero(), f.wid());
            return;
        }
    } else if f.zero && !f.minus && f.width.is_some() {
        prec = f.wid();
        if negative || f.plus || f.space {
            prec = prec.saturating_sub(1); // room for the sign
        }
    }

    let mut buf = Vec::new(); // reversed
    let base = u64::from(base);
    assert!(matches!(base, 2 | 8 | 10 | 16), "fmt: unknown base; can't happen");
    while u >= base {
        buf.push(digits[(u % base) as usize]);
        u /= base;
    }
    buf.push(digits[u as usize]);
    while prec > buf.len() {
        buf.push(b'0');
    }

    if f.sharp {
        match base {
            2 => buf.extend_from_slice(b"b0"),
            8 if buf.last() != Some(&b'0') => buf.push(b'0'),
            16 => buf.extend_from_slice(&[digits[16], b'0']),
            _ => {}
        }
    }
    if verb == 'O' {
        buf.extend_from_slice(b"o0");
    }
    if negative {
        buf.push(b'-');
    } else if f.plus {
        buf.push(b'+');
    } else if f.space {
        buf.push(b' ');
    }
    buf.reverse();
    // Zero padding was done above as precision, or is ignored because of an explicit precision.
    pad(out, &f.no_zero(), &buf);
}

/// Truncates `s` to the precision counted in runes, if any.
fn truncate<'a>(f: &Flags, s: &'a [u8]) -> &'a [u8] {
    if let Some(mut n) = f.prec {
        let mut i = 0;
        while i < s.len() {
            if n == 0 {
                return &s[..i];
            }
            n -= 1;
            i += decode_rune(&s[i..]).1;
        }
    }
    s
}

/// %s (also strings under %v).
pub fn fmt_s(out: &mut Vec<u8>, f: &Flags, s: &[u8]) {
    pad(out, f, truncate(f, s));
}

/// %x / %X on strings and byte slices: hex of each byte; precision limits the bytes taken, ` ` separates
/// bytes and `#` adds `0x` (to each byte when combined with ` `).
pub fn fmt_sbx(out: &mut Vec<u8>, f: &Flags, s: &[u8], upper: bool) {
    let digits = if upper { UDIGITS } else { LDIGITS };
    let length = f.prec.map_or(s.len(), |p| p.min(s.len()));
    if length == 0 {
        if f.width.is_some() {
            write_padding(out, f, f.wid());
        }
        return;
    }
    let mut width = 2 * length;
    if f.space {
        if f.sharp {
            width *= 2;
        }
        width += length - 1;
    } else if f.sharp {
        width += 2;
    }
    let wid = f.wid();
    if wid > width && !f.minus {
        write_padding(out, f, wid - width);
    }
    if f.sharp {
        out.extend_from_slice(&[b'0', digits[16]]);
    }
    for (i, &c) in s[..length].iter().enumerate() {
        if f.space && i > 0 {
            out.push(b' ');
            if f.sharp {
                out.extend_from_slice(&[b'0', digits[16]]);
            }
        }
        out.extend_from_slice(&[digits[usize::from(c >> 4)], digits[usize::from(c & 0xF)]]);
    }
    if wid > width && f.minus {
        write_padding(out, f, wid - width);
    }
}

/// %q on strings: a double-quoted Go literal (`+`: ASCII only), or with `#` a raw backquoted string when
/// `can_backquote` allows it.
pub fn fmt_q(out: &mut Vec<u8>, f: &Flags, s: &[u8]) {
    let s = truncate(f, s);
    if f.sharp && can_backquote(s) {
        let mut buf = Vec::with_capacity(s.len() + 2);
        buf.push(b'`');
        buf.extend_from_slice(s);
        buf.push(b'`');
        pad(out, f, &buf);
        return;
    }
    let mut buf = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut buf, s, b'"', f.plus);
    pad(out, f, &buf);
}

/// Go's rune(c) for fmtC/fmtQc: values past the Unicode range become U+FFFD.
fn rune_of(c: u64) -> u32 {
    if c > u64::from(MAX_RUNE) { RUNE_ERROR } else { c as u32 }
}

/// %c on integers; invalid code points print U+FFFD.
pub fn fmt_c(out: &mut Vec<u8>, f: &Flags, c: u64) {
    let mut buf = Vec::with_capacity(4);
    push_rune(&mut buf, rune_of(c));
    pad(out, f, &buf);
}

/// %q on integers: a single-quoted Go character literal (`+`: ASCII only).
pub fn fmt_qc(out: &mut Vec<u8>, f: &Flags, c: u64) {
    let mut buf = Vec::new();
    append_quoted_rune(&mut buf, rune_of(c), b'\'', f.plus);
    pad(out, f, &buf);
}

/// The precision `print.go` passes to `fmt_float` for a float verb when none is given, or `None` for a
/// verb floats do not accept (the caller reports `%!verb(...)`).
pub fn float_default_prec(verb: char) -> Option<i32> {
    match verb {
        'v' | 'b' | 'g' | 'G' | 'x' | 'X' => Some(-1),
        'f' | 'F' | 'e' | 'E' => Some(6),
        _ => None,
    }
}

/// Go's fmtFloat. `prec` is the default precision, overridden by `f.prec` (see `float_default_prec`);
/// `verb` may also be `v` (treated as `g`) or `F` (treated as `f`), as `print.go` maps them.
pub fn fmt_float(out: &mut Vec<u8>, f: &Flags, v: f64, bitsize: u32, verb: char, prec: i32) {
    let verb = match verb {
        'v' => 'g',
        'F' => 'f',
        c => c,
    };
    let prec = f.prec.map_or(prec, |p| i32::try_from(p).unwrap_or(i32::MAX));
    // Format with room for a leading sign at num[0].
    let mut num = vec![b'+'];
    ftoa::append_float(&mut num, v, verb as u8, prec, bitsize);
    if num[1] == b'-' || num[1] == b'+' {
        num.remove(0);
    }
    // A space instead of a "+" unless the plus flag asks for the sign.
    if f.space && num[0] == b'+' && !f.plus {
        num[0] = b' ';
    }
    // Infinities and NaN don't look like numbers, so they are never zero padded.
    if num[1] == b'I' || num[1] == b'N' {
        // Drop the sign before NaN unless asked for.
        let s = if num[1] == b'N' && !f.space && !f.plus { &num[1..] } else { &num[..] };
        pad(out, &f.no_zero(), s);
        return;
    }
    // `#` forces a decimal point for non-binary formats and keeps trailing zeros for %g.
    if f.sharp && verb != 'b' {
        let mut digits = 0;
        if matches!(verb, 'v' | 'g' | 'G' | 'x') {
            // No explicit precision means 6 digits.
            digits = if prec == -1 { 6 } else { prec };
        }
        let mut tail = Vec::new(); // the exponent, "e+123" or "p-1022"
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1; // skip the sign
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                }
                b'e' | b'E' if verb != 'x' && verb != 'X' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    // Count significant digits after the first non-zero one.
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            // A lone leading 0 counts as one digit.
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }
    if f.plus || num[0] != b'+' {
        // With zero padding the sign goes before the zeros.
        if f.zero && !f.minus && f.wid() > num.len() {
            out.push(num[0]);
            write_padding(out, f, f.wid() - num.len());
            out.extend_from_slice(&num[1..]);
            return;
        }
        pad(out, f, &num);
        return;
    }
    // Positive without a requested sign: drop the '+'.
    pad(out, f, &num[1..]);
}

// ---- unicode/utf8 with Go's decoding rules ----

/// Go's utf8.DecodeRune: (rune, width); invalid or truncated encodings give (U+FFFD, 1), empty input
/// (U+FFFD, 0). Surrogates, overlong forms and values past U+10FFFF are invalid.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let (n, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n || !(lo..=hi).contains(&s[1]) || s[2..n].iter().any(|&b| !(0x80..=0xBF).contains(&b)) {
        return (RUNE_ERROR, 1);
    }
    let mut r = u32::from(b0) & (0x7F >> n);
    for &b in &s[1..n] {
        r = (r << 6) | u32::from(b & 0x3F);
    }
    (r, n)
}

/// Go's utf8.RuneCount: each invalid byte counts as one rune.
pub fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        i += decode_rune(&s[i..]).1;
        n += 1;
    }
    n
}

/// Go's utf8.AppendRune: invalid runes (surrogates, > U+10FFFF) encode as U+FFFD.
fn push_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

// ---- strconv/quote.go ----

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// strconv.Quote (`ascii_only == false`) or strconv.QuoteToASCII (`true`).
pub fn quote(s: &[u8], ascii_only: bool) -> String {
    let mut buf = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut buf, s, b'"', ascii_only);
    String::from_utf8(buf).expect("quoted output is valid UTF-8")
}

/// strconv.QuoteRune / QuoteRuneToASCII; invalid runes quote as U+FFFD.
pub fn quote_rune(r: i32, ascii_only: bool) -> String {
    let mut buf = Vec::new();
    let r = u32::try_from(r).unwrap_or(RUNE_ERROR);
    append_quoted_rune(&mut buf, r, b'\'', ascii_only);
    String::from_utf8(buf).expect("quoted output is valid UTF-8")
}

/// strconv.CanBackquote: no control characters other than tab, no backquote, DEL, BOM or invalid UTF-8.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, wid) = decode_rune(&s[i..]);
        i += wid;
        if wid > 1 {
            if r == 0xFEFF {
                return false; // BOMs are invisible
            }
            continue;
        }
        if r == RUNE_ERROR || (r < 0x20 && r != u32::from(b'\t')) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

fn append_quoted(buf: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool) {
    buf.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[usize::from(s[i] >> 4)]);
            buf.push(LOWERHEX[usize::from(s[i] & 0xF)]);
        } else {
            append_escaped_rune(buf, r, quote, ascii_only);
        }
        i += width;
    }
    buf.push(quote);
}

fn append_quoted_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    buf.push(quote);
    let r = if char::from_u32(r).is_some() { r } else { RUNE_ERROR };
    append_escaped_rune(buf, r, quote, ascii_only);
    buf.push(quote);
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        push_rune(buf, r);
        return;
    }
    let esc: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !esc.is_empty() {
        buf.extend_from_slice(esc);
        return;
    }
    let (prefix, ndig, r): (&[u8], u32, u32) = if r < 0x20 || r == 0x7F {
        (b"\\x", 2, r)
    } else if char::from_u32(r).is_none() {
        (b"\\u", 4, RUNE_ERROR)
    } else if r < 0x10000 {
        (b"\\u", 4, r)
    } else {
        (b"\\U", 8, r)
    };
    buf.extend_from_slice(prefix);
    for k in (0..ndig).rev() {
        buf.push(LOWERHEX[((r >> (4 * k)) & 0xF) as usize]);
    }
}

/// strconv.IsPrint (same as unicode.IsPrint): letters, marks, numbers, punctuation, symbols and ASCII
/// space, per Go 1.27's tables.
pub fn is_print(r: u32) -> bool {
    if r <= 0xFF {
        // Latin-1: printable ASCII, and U+00A1..U+00FF except the soft hyphen.
        return (0x20..=0x7E).contains(&r) || ((0xA1..=0xFF).contains(&r) && r != 0xAD);
    }
    // Find the range [start, end] pair that might contain r, then check the exceptions.
    if r < 0x10000 {
        let rr = r as u16;
        let i = IS_PRINT16.partition_point(|&x| x < rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        return IS_NOT_PRINT16.binary_search(&rr).is_err();
    }
    let i = IS_PRINT32.partition_point(|&x| x < r);
    if i >= IS_PRINT32.len() || r < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < r {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    IS_NOT_PRINT32.binary_search(&((r - 0x10000) as u16)).is_err()
}

// Generated from Go 1.27's strconv/isprint.go: sorted [start, end] pairs of printable ranges, and the
// non-printable exceptions inside them (IS_NOT_PRINT32 entries are offsets from 0x10000).
const IS_PRINT16: [u16; 412] = [
    0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556, 0x0559, 0x058a, 0x058d, 0x05c7, 0x05d0, 0x05ea,
    0x05ef, 0x05f4, 0x0606, 0x070d, 0x0710, 0x074a, 0x074d, 0x07b1, 0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0830, 0x085b,
    0x085e, 0x086a, 0x0870, 0x088f, 0x0897, 0x098c, 0x098f, 0x0990, 0x0993, 0x09b2, 0x09b6, 0x09b9, 0x09bc, 0x09c4,
    0x09c7, 0x09c8, 0x09cb, 0x09ce, 0x09d7, 0x09d7, 0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a, 0x0a0f, 0x0a10,
    0x0a13, 0x0a39, 0x0a3c, 0x0a42, 0x0a47, 0x0a48, 0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e, 0x0a66, 0x0a76,
    0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3, 0x0ae6, 0x0af1, 0x0af9, 0x0b0c, 0x0b0f, 0x0b10,
    0x0b13, 0x0b39, 0x0b3c, 0x0b44, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57, 0x0b5c, 0x0b63, 0x0b66, 0x0b77,
    0x0b82, 0x0b8a, 0x0b8e, 0x0b95, 0x0b99, 0x0b9f, 0x0ba3, 0x0ba4, 0x0ba8, 0x0baa, 0x0bae, 0x0bb9, 0x0bbe, 0x0bc2,
    0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7, 0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3c, 0x0c4d, 0x0c55, 0x0c5d,
    0x0c60, 0x0c63, 0x0c66, 0x0c6f, 0x0c77, 0x0cb9, 0x0cbc, 0x0ccd, 0x0cd5, 0x0cd6, 0x0cdc, 0x0ce3, 0x0ce6, 0x0cf3,
    0x0d00, 0x0d4f, 0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd, 0x0dc0, 0x0dc6, 0x0dca, 0x0dca, 0x0dcf, 0x0ddf,
    0x0de6, 0x0def, 0x0df2, 0x0df4, 0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ed9, 0x0edc, 0x0edf,
    0x0f00, 0x0f6c, 0x0f71, 0x0fda, 0x1000, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x124d, 0x1250, 0x125d, 0x1260, 0x128d,
    0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315, 0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5,
    0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1715, 0x171f, 0x1736, 0x1740, 0x1753, 0x1760, 0x1773,
    0x1780, 0x17dd, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x1819, 0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5,
    0x1900, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9,
    0x19d0, 0x19da, 0x19de, 0x1a1b, 0x1a1e, 0x1a7c, 0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1ab0, 0x1add,
    0x1ae0, 0x1aeb, 0x1b00, 0x1bf3, 0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c8a, 0x1c90, 0x1cba, 0x1cbd, 0x1cc7,
    0x1cd0, 0x1cfa, 0x1d00, 0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3,
    0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e, 0x2070, 0x2071, 0x2074, 0x209c, 0x20a0, 0x20c1,
    0x20d0, 0x20f0, 0x2100, 0x218b, 0x2190, 0x2429, 0x2440, 0x244a, 0x2460, 0x2b73, 0x2b76, 0x2cf3, 0x2cf9, 0x2d27,
    0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2e5d, 0x2e80, 0x2ef3, 0x2f00, 0x2fd5,
    0x2ff0, 0x3096, 0x3099, 0x30ff, 0x3105, 0x31e5, 0x31ef, 0xa48c, 0xa490, 0xa4c6, 0xa4d0, 0xa62b, 0xa640, 0xa6f7,
    0xa700, 0xa7dc, 0xa7f1, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5, 0xa8ce, 0xa8d9, 0xa8e0, 0xa953,
    0xa95f, 0xa97c, 0xa980, 0xa9d9, 0xa9de, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2, 0xaadb, 0xaaf6,
    0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3,
    0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfdcf,
    0xfdf0, 0xfe19, 0xfe20, 0xfe6b, 0xfe70, 0xfefc, 0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7,
    0xffda, 0xffdc, 0xffe0, 0xffee, 0xfffc, 0xfffd,
];
const IS_NOT_PRINT16: [u16; 132] = [
    0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x061c, 0x06dd, 0x083f, 0x085f, 0x08e2, 0x0984, 0x09a9, 0x09b1,
    0x09de, 0x0a04, 0x0a29, 0x0a31, 0x0a34, 0x0a37, 0x0a3d, 0x0a5d, 0x0a84, 0x0a8e, 0x0a92, 0x0aa9, 0x0ab1, 0x0ab4,
    0x0ac6, 0x0aca, 0x0b00, 0x0b04, 0x0b29, 0x0b31, 0x0b34, 0x0b5e, 0x0b84, 0x0b91, 0x0b9b, 0x0b9d, 0x0bc9, 0x0c0d,
    0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c5b, 0x0c8d, 0x0c91, 0x0ca9, 0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0,
    0x0d0d, 0x0d11, 0x0d45, 0x0d49, 0x0d80, 0x0d84, 0x0db2, 0x0dbc, 0x0dd5, 0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4,
    0x0ea6, 0x0ec5, 0x0ec7, 0x0ecf, 0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259, 0x1289, 0x12b1,
    0x12bf, 0x12c1, 0x12d7, 0x1311, 0x1680, 0x176d, 0x1771, 0x180e, 0x191f, 0x1a5f, 0x1b4d, 0x1f58, 0x1f5a, 0x1f5c,
    0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf, 0x2dc7, 0x2dcf, 0x2dd7,
    0x2ddf, 0x2e9a, 0x3000, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce, 0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f,
    0xfb42, 0xfb45, 0xfe53, 0xfe67, 0xfe75, 0xffe7,
];
const IS_PRINT32: [u32; 566] = [
    0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa, 0x010100, 0x010102, 0x010107, 0x010133, 0x010137,
    0x01019c, 0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c, 0x0102a0, 0x0102d0, 0x0102e0, 0x0102fb,
    0x010300, 0x010323, 0x01032d, 0x01034a, 0x010350, 0x01037a, 0x010380, 0x0103c3, 0x0103c8, 0x0103d5, 0x010400,
    0x01049d, 0x0104a0, 0x0104a9, 0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb, 0x010500, 0x010527, 0x010530, 0x010563,
    0x01056f, 0x0105bc, 0x0105c0, 0x0105f3, 0x010600, 0x010736, 0x010740, 0x010755, 0x010760, 0x010767, 0x010780,
    0x0107ba, 0x010800, 0x010805, 0x010808, 0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e, 0x0108a7, 0x0108af,
    0x0108e0, 0x0108f5, 0x0108fb, 0x01091b, 0x01091f, 0x010939, 0x01093f, 0x010959, 0x010980, 0x0109b7, 0x0109bc,
    0x0109cf, 0x0109d2, 0x010a06, 0x010a0c, 0x010a35, 0x010a38, 0x010a3a, 0x010a3f, 0x010a48, 0x010a50, 0x010a58,
    0x010a60, 0x010a9f, 0x010ac0, 0x010ae6, 0x010aeb, 0x010af6, 0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58,
    0x010b72, 0x010b78, 0x010b91, 0x010b99, 0x010b9c, 0x010ba9, 0x010baf, 0x010c00, 0x010c48, 0x010c80, 0x010cb2,
    0x010cc0, 0x010cf2, 0x010cfa, 0x010d27, 0x010d30, 0x010d39, 0x010d40, 0x010d65, 0x010d69, 0x010d85, 0x010d8e,
    0x010d8f, 0x010e60, 0x010ead, 0x010eb0, 0x010eb1, 0x010ec2, 0x010ec7, 0x010ed0, 0x010ed8, 0x010efa, 0x010f27,
    0x010f30, 0x010f59, 0x010f70, 0x010f89, 0x010fb0, 0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d, 0x011052,
    0x011075, 0x01107f, 0x0110c2, 0x0110d0, 0x0110e8, 0x0110f0, 0x0110f9, 0x011100, 0x011147, 0x011150, 0x011176,
    0x011180, 0x0111f4, 0x011200, 0x011241, 0x011280, 0x0112a9, 0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300,
    0x01130c, 0x01130f, 0x011310, 0x011313, 0x011344, 0x011347, 0x011348, 0x01134b, 0x01134d, 0x011350, 0x011350,
    0x011357, 0x011357, 0x01135d, 0x011363, 0x011366, 0x01136c, 0x011370, 0x011374, 0x011380, 0x01138b, 0x01138e,
    0x0113c2, 0x0113c5, 0x0113d8, 0x0113e1, 0x0113e2, 0x011400, 0x011461, 0x011480, 0x0114c7, 0x0114d0, 0x0114d9,
    0x011580, 0x0115b5, 0x0115b8, 0x0115dd, 0x011600, 0x011644, 0x011650, 0x011659, 0x011660, 0x01166c, 0x011680,
    0x0116b9, 0x0116c0, 0x0116c9, 0x0116d0, 0x0116e3, 0x011700, 0x01171a, 0x01171d, 0x01172b, 0x011730, 0x011746,
    0x011800, 0x01183b, 0x0118a0, 0x0118f2, 0x0118ff, 0x011906, 0x011909, 0x011909, 0x01190c, 0x011938, 0x01193b,
    0x011946, 0x011950, 0x011959, 0x0119a0, 0x0119a7, 0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47,
    0x011a50, 0x011aa2, 0x011ab0, 0x011af8, 0x011b00, 0x011b09, 0x011b60, 0x011b67, 0x011bc0, 0x011be1, 0x011bf0,
    0x011bf9, 0x011c00, 0x011c45, 0x011c50, 0x011c6c, 0x011c70, 0x011c8f, 0x011c92, 0x011cb6, 0x011d00, 0x011d36,
    0x011d3a, 0x011d47, 0x011d50, 0x011d59, 0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011db0, 0x011ddb, 0x011de0,
    0x011de9, 0x011ee0, 0x011ef8, 0x011f00, 0x011f3a, 0x011f3e, 0x011f5a, 0x011fb0, 0x011fb0, 0x011fc0, 0x011ff1,
    0x011fff, 0x012399, 0x012400, 0x012474, 0x012480, 0x012543, 0x012f90, 0x012ff2, 0x013000, 0x01342f, 0x013440,
    0x013455, 0x013460, 0x0143fa, 0x014400, 0x014646, 0x016100, 0x016139, 0x016800, 0x016a38, 0x016a40, 0x016a69,
    0x016a6e, 0x016ac9, 0x016ad0, 0x016aed, 0x016af0, 0x016af5, 0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d,
    0x016b8f, 0x016d40, 0x016d79, 0x016e40, 0x016e9a, 0x016ea0, 0x016eb8, 0x016ebb, 0x016ed3, 0x016f00, 0x016f4a,
    0x016f4f, 0x016f87, 0x016f8f, 0x016f9f, 0x016fe0, 0x016fe4, 0x016ff0, 0x016ff6, 0x017000, 0x018cd5, 0x018cff,
    0x018d1e, 0x018d80, 0x018df2, 0x01aff0, 0x01b122, 0x01b132, 0x01b132, 0x01b150, 0x01b152, 0x01b155, 0x01b155,
    0x01b164, 0x01b167, 0x01b170, 0x01b2fb, 0x01bc00, 0x01bc6a, 0x01bc70, 0x01bc7c, 0x01bc80, 0x01bc88, 0x01bc90,
    0x01bc99, 0x01bc9c, 0x01bc9f, 0x01cc00, 0x01ccfc, 0x01cd00, 0x01ceb3, 0x01ceba, 0x01ced0, 0x01cee0, 0x01cef0,
    0x01cf00, 0x01cf2d, 0x01cf30, 0x01cf46, 0x01cf50, 0x01cfc3, 0x01d000, 0x01d0f5, 0x01d100, 0x01d126, 0x01d129,
    0x01d172, 0x01d17b, 0x01d1ea, 0x01d200, 0x01d245, 0x01d2c0, 0x01d2d3, 0x01d2e0, 0x01d2f3, 0x01d300, 0x01d356,
    0x01d360, 0x01d378, 0x01d400, 0x01d49f, 0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a, 0x01d50d,
    0x01d546, 0x01d54a, 0x01d6a5, 0x01d6a8, 0x01d7cb, 0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf, 0x01df00, 0x01df1e,
    0x01df25, 0x01df2a, 0x01e000, 0x01e018, 0x01e01b, 0x01e02a, 0x01e030, 0x01e06d, 0x01e08f, 0x01e08f, 0x01e100,
    0x01e12c, 0x01e130, 0x01e13d, 0x01e140, 0x01e149, 0x01e14e, 0x01e14f, 0x01e290, 0x01e2ae, 0x01e2c0, 0x01e2f9,
    0x01e2ff, 0x01e2ff, 0x01e4d0, 0x01e4f9, 0x01e5d0, 0x01e5fa, 0x01e5ff, 0x01e5ff, 0x01e6c0, 0x01e6f5, 0x01e6fe,
    0x01e6ff, 0x01e7e0, 0x01e8c4, 0x01e8c7, 0x01e8d6, 0x01e900, 0x01e94b, 0x01e950, 0x01e959, 0x01e95e, 0x01e95f,
    0x01ec71, 0x01ecb4, 0x01ed01, 0x01ed3d, 0x01ee00, 0x01ee24, 0x01ee27, 0x01ee3b, 0x01ee42, 0x01ee42, 0x01ee47,
    0x01ee54, 0x01ee57, 0x01ee64, 0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb, 0x01eef0, 0x01eef1, 0x01f000, 0x01f02b,
    0x01f030, 0x01f093, 0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad, 0x01f1e6, 0x01f202, 0x01f210,
    0x01f23b, 0x01f240, 0x01f248, 0x01f250, 0x01f251, 0x01f260, 0x01f265, 0x01f300, 0x01f6d8, 0x01f6dc, 0x01f6ec,
    0x01f6f0, 0x01f6fc, 0x01f700, 0x01f7d9, 0x01f7e0, 0x01f7eb, 0x01f7f0, 0x01f7f0, 0x01f800, 0x01f80b, 0x01f810,
    0x01f847, 0x01f850, 0x01f859, 0x01f860, 0x01f887, 0x01f890, 0x01f8ad, 0x01f8b0, 0x01f8bb, 0x01f8c0, 0x01f8c1,
    0x01f8d0, 0x01f8d8, 0x01f900, 0x01fa57, 0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa7c, 0x01fa80, 0x01fa8a, 0x01fa8e,
    0x01fac8, 0x01facd, 0x01fadc, 0x01fadf, 0x01faea, 0x01faef, 0x01faf8, 0x01fb00, 0x01fbfa, 0x020000, 0x02a6df,
    0x02a700, 0x02b81d, 0x02b820, 0x02cead, 0x02ceb0, 0x02ebe0, 0x02ebf0, 0x02ee5d, 0x02f800, 0x02fa1d, 0x030000,
    0x03134a, 0x031350, 0x033479, 0x0e0100, 0x0e01ef,
];
const IS_NOT_PRINT32: [u16; 120] = [
    0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x057b, 0x058b, 0x0593, 0x0596, 0x05a2, 0x05b2, 0x05ba, 0x0786,
    0x07b1, 0x0809, 0x0836, 0x0856, 0x08f3, 0x0a04, 0x0a14, 0x0a18, 0x0e7f, 0x0eaa, 0x10bd, 0x1135, 0x11e0, 0x1212,
    0x1287, 0x1289, 0x128e, 0x129e, 0x1304, 0x1329, 0x1331, 0x1334, 0x133a, 0x138a, 0x138f, 0x13b6, 0x13c1, 0x13c6,
    0x13cb, 0x13d6, 0x145c, 0x1914, 0x1917, 0x1936, 0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e, 0x1d66,
    0x1d69, 0x1d8f, 0x1d92, 0x1f11, 0x246f, 0x6a5f, 0x6abf, 0x6b5a, 0x6b62, 0xaff4, 0xaffc, 0xafff, 0xd455, 0xd49d,
    0xd4ad, 0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d, 0xd53a, 0xd53f, 0xd545, 0xd551, 0xdaa0, 0xe007, 0xe022,
    0xe025, 0xe6df, 0xe7e7, 0xe7ec, 0xe7ef, 0xe7ff, 0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38, 0xee3a, 0xee48,
    0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e, 0xee60, 0xee63, 0xee6b, 0xee73, 0xee78, 0xee7d,
    0xee7f, 0xee8a, 0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xfac7, 0xfb93,
];

#[cfg(test)]
pub(crate) mod tests {
    //! Compares with lines printed by real Go 1.27.3 (a generator program run under `goref`), embedded in
    //! `GO_CASES`. Each line is `KIND \t SPEC... \t RESULT`, bytes outside printable ASCII (and `\`) written
    //! as `\xNN`: `S format type value result` is `fmt.Sprintf(format, value)`, `F fmt prec bitsize value
    //! result` is `strconv.FormatFloat`, `Q func value result` a `strconv` quoting function. Float values are
    //! Go's shortest `%g` digits, which parse back exactly.

    use super::*;

    fn esc(s: &[u8]) -> String {
        let mut o = String::new();
        for &c in s {
            if (0x20..0x7F).contains(&c) && c != b'\\' {
                o.push(c as char);
            } else {
                o.push_str(&format!("\\x{c:02x}"));
            }
        }
        o
    }

    fn unesc(s: &str) -> Vec<u8> {
        let b = s.as_bytes();
        let mut o = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\\' {
                o.push(u8::from_str_radix(&s[i + 2..i + 4], 16).unwrap());
                i += 4;
            } else {
                o.push(b[i]);
                i += 1;
            }
        }
        o
    }

    enum Arg {
        Bool(bool),
        Int(i64),
        Uint(u64),
        F64(f64),
        F32(f32),
        Str(Vec<u8>),
    }

    /// A one-verb `fmt.Sprintf`: flag, width and precision parsing as in Go's doPrintf, verb dispatch as in
    /// print.go for the basic types.
    fn sprintf(format: &[u8], arg: &Arg) -> Vec<u8> {
        let pct = format.iter().position(|&c| c == b'%').unwrap();
        let mut out = format[..pct].to_vec();
        let mut f = Flags::default();
        let mut i = pct + 1;
        loop {
            match format[i] {
                b'#' => f.sharp = true,
                b'0' => f.zero = true,
                b'+' => f.plus = true,
                b'-' => f.minus = true,
                b' ' => f.space = true,
                _ => break,
            }
            i += 1;
        }
        let num = |i: &mut usize| {
            let start = *i;
            while format[*i].is_ascii_digit() {
                *i += 1;
            }
            std::str::from_utf8(&format[start..*i]).unwrap().parse::<usize>().ok()
        };
        f.width = num(&mut i);
        if format[i] == b'.' {
            i += 1;
            f.prec = Some(num(&mut i).unwrap_or(0));
        }
        let verb = format[i] as char;
        if verb == 'v' {
            f.sharp_v = f.sharp;
            f.sharp = false;
            f.plus_v = f.plus;
            f.plus = false;
        }
        let o = &mut out;
        match *arg {
            Arg::Bool(b) => fmt_boolean(o, &f, b),
            Arg::Int(v) => integer(o, &mut f, v as u64, true, verb),
            Arg::Uint(v) => integer(o, &mut f, v, false, verb),
            Arg::F64(v) => fmt_float(o, &f, v, 64, verb, float_default_prec(verb).unwrap()),
            Arg::F32(v) => fmt_float(o, &f, f64::from(v), 32, verb, float_default_prec(verb).unwrap()),
            Arg::Str(ref s) => match verb {
                'v' if f.sharp_v => fmt_q(o, &f, s),
                'v' | 's' => fmt_s(o, &f, s),
                'x' | 'X' => fmt_sbx(o, &f, s, verb == 'X'),
                'q' => fmt_q(o, &f, s),
                _ => panic!("bad verb {verb}"),
            },
        }
        out.extend_from_slice(&format[i + 1..]);
        out
    }

    fn integer(o: &mut Vec<u8>, f: &mut Flags, v: u64, signed: bool, verb: char) {
        match verb {
            'v' if f.sharp_v && !signed => {
                f.sharp = true;
                fmt_integer(o, f, v, signed, 16, verb, false);
            }
            'v' | 'd' => fmt_integer(o, f, v, signed, 10, verb, false),
            'b' => fmt_integer(o, f, v, signed, 2, verb, false),
            'o' | 'O' => fmt_integer(o, f, v, signed, 8, verb, false),
            'x' | 'X' => fmt_integer(o, f, v, signed, 16, verb, verb == 'X'),
            'c' => fmt_c(o, f, v),
            'q' => fmt_qc(o, f, v),
            'U' => fmt_unicode(o, f, v),
            _ => panic!("bad verb {verb}"),
        }
    }

    fn run_line(line: &str) -> String {
        let fields: Vec<&str> = line.split('\t').collect();
        let (spec, result): (&[&str], Vec<u8>) = match fields[0] {
            "S" => {
                let val = fields[3];
                let arg = match fields[2] {
                    "bool" => Arg::Bool(val == "true"),
                    "int" | "int32" => Arg::Int(val.parse().unwrap()),
                    "uint" | "uint8" => Arg::Uint(val.parse().unwrap()),
                    "f64" => Arg::F64(val.parse().unwrap()),
                    "f32" => Arg::F32(val.parse().unwrap()),
                    "string" => Arg::Str(unesc(val)),
                    t => panic!("unknown type {t}"),
                };
                (&fields[..4], sprintf(&unesc(fields[1]), &arg))
            }
            "F" => {
                let v: f64 = fields[4].parse().unwrap();
                let r = ftoa::format_float(
                    v,
                    fields[1].as_bytes()[0],
                    fields[2].parse().unwrap(),
                    fields[3].parse().unwrap(),
                );
                (&fields[..5], r.into_bytes())
            }
            "Q" => {
                let v = unesc(fields[2]);
                let rune = || fields[2].parse::<i32>().unwrap();
                let r = match fields[1] {
                    "Quote" => quote(&v, false),
                    "QuoteToASCII" => quote(&v, true),
                    "CanBackquote" => can_backquote(&v).to_string(),
                    "QuoteRune" => quote_rune(rune(), false),
                    "QuoteRuneToASCII" => quote_rune(rune(), true),
                    q => panic!("unknown func {q}"),
                };
                (&fields[..3], r.into_bytes())
            }
            k => panic!("unknown kind {k}"),
        };
        format!("{}\t{}", spec.join("\t"), esc(&result))
    }

    /// Runs every case line, printing mismatches; returns (cases, mismatches).
    pub(crate) fn check_lines(cases: &str) -> (usize, usize) {
        let mut bad = 0;
        let mut n = 0;
        for line in cases.lines().filter(|l| !l.is_empty()) {
            n += 1;
            let got = run_line(line);
            if got != line {
                bad += 1;
                eprintln!("want {line}\n got {got}");
            }
        }
        (n, bad)
    }

    #[test]
    fn matches_go() {
        let (n, bad) = check_lines(GO_CASES);
        assert!(n >= 300, "only {n} cases");
        assert_eq!(bad, 0, "{bad} of {n} cases differ from Go");
    }

    // BEGIN GO CASES (printed by real Go 1.27.3; regenerate, do not edit)
    const GO_CASES: &str = r#"
S	%v	f64	0	0
S	%e	f64	0	0.000000e+00
S	%E	f64	0	0.000000E+00
S	%f	f64	0	0.000000
S	%F	f64	0	0.000000
S	%g	f64	0	0
S	%G	f64	0	0
S	%b	f64	0	0p-1074
S	%x	f64	0	0x0p+00
S	%X	f64	0	0X0P+00
S	%.0f	f64	0	0
S	%.2f	f64	0	0.00
S	%.3e	f64	0	0.000e+00
S	%.10g	f64	0	0
S	%.3g	f64	0	0
S	%8.2f	f64	0	    0.00
S	%-8.2f|	f64	0	0.00    |
S	%08.2f	f64	0	00000.00
S	%+08.2f	f64	0	+0000.00
S	%+.3e	f64	0	+0.000e+00
S	% .3f	f64	0	 0.000
S	%#g	f64	0	0.00000
S	%#.3g	f64	0	0.00
S	%#v	f64	0	0
S	%#e	f64	0	0.000000e+00
S	%#.0f	f64	0	0.
S	%#.0e	f64	0	0.e+00
S	%#x	f64	0	0x0.0000p+00
S	%#.3x	f64	0	0x0.000p+00
S	%.0g	f64	0	0
S	%20.10e	f64	0	    0.0000000000e+00
S	%010v	f64	0	0000000000
S	%+v	f64	0	0
S	%-10v|	f64	0	0         |
S	% v	f64	0	 0
S	%+g	f64	0	+0
S	%#.0g	f64	0	0.
S	%.1x	f64	0	0x0.0p+00
S	%#X	f64	0	0X0.P+00
S	%#b	f64	0	0p-1074
S	%-+010.3f|	f64	0	+0.000    |
S	% 010.2e	f64	0	 00.00e+00
S	%.20f	f64	0	0.00000000000000000000
S	%.17g	f64	0	0
S	%#G	f64	0	0.00000
S	%#10.4g	f64	0	     0.000
S	%v	f64	-0	-0
S	%e	f64	-0	-0.000000e+00
S	%E	f64	-0	-0.000000E+00
S	%f	f64	-0	-0.000000
S	%F	f64	-0	-0.000000
S	%g	f64	-0	-0
S	%G	f64	-0	-0
S	%b	f64	-0	-0p-1074
S	%x	f64	-0	-0x0p+00
S	%X	f64	-0	-0X0P+00
S	%.0f	f64	-0	-0
S	%.2f	f64	-0	-0.00
S	%.3e	f64	-0	-0.000e+00
S	%.10g	f64	-0	-0
S	%.3g	f64	-0	-0
S	%8.2f	f64	-0	   -0.00
S	%-8.2f|	f64	-0	-0.00   |
S	%08.2f	f64	-0	-0000.00
S	%+08.2f	f64	-0	-0000.00
S	%+.3e	f64	-0	-0.000e+00
S	% .3f	f64	-0	-0.000
S	%#g	f64	-0	-0.00000
S	%#.3g	f64	-0	-0.00
S	%#v	f64	-0	-0
S	%#e	f64	-0	-0.000000e+00
S	%#.0f	f64	-0	-0.
S	%#.0e	f64	-0	-0.e+00
S	%#x	f64	-0	-0x0.0000p+00
S	%#.3x	f64	-0	-0x0.000p+00
S	%.0g	f64	-0	-0
S	%20.10e	f64	-0	   -0.0000000000e+00
S	%010v	f64	-0	-000000000
S	%+v	f64	-0	-0
S	%-10v|	f64	-0	-0        |
S	% v	f64	-0	-0
S	%+g	f64	-0	-0
S	%#.0g	f64	-0	-0.
S	%.1x	f64	-0	-0x0.0p+00
S	%#X	f64	-0	-0X0.P+00
S	%#b	f64	-0	-0p-1074
S	%-+010.3f|	f64	-0	-0.000    |
S	% 010.2e	f64	-0	-00.00e+00
S	%.20f	f64	-0	-0.00000000000000000000
S	%.17g	f64	-0	-0
S	%#G	f64	-0	-0.00000
S	%#10.4g	f64	-0	    -0.000
S	%v	f64	1	1
S	%e	f64	1	1.000000e+00
S	%E	f64	1	1.000000E+00
S	%f	f64	1	1.000000
S	%F	f64	1	1.000000
S	%g	f64	1	1
S	%G	f64	1	1
S	%b	f64	1	4503599627370496p-52
S	%x	f64	1	0x1p+00
S	%X	f64	1	0X1P+00
S	%.0f	f64	1	1
S	%.2f	f64	1	1.00
S	%.3e	f64	1	1.000e+00
S	%.10g	f64	1	1
S	%.3g	f64	1	1
S	%8.2f	f64	1	    1.00
S	%-8.2f|	f64	1	1.00    |
S	%08.2f	f64	1	00001.00
S	%+08.2f	f64	1	+0001.00
S	%+.3e	f64	1	+1.000e+00
S	% .3f	f64	1	 1.000
S	%#g	f64	1	1.00000
S	%#.3g	f64	1	1.00
S	%#v	f64	1	1
S	%#e	f64	1	1.000000e+00
S	%#.0f	f64	1	1.
S	%#.0e	f64	1	1.e+00
S	%#x	f64	1	0x1.0000p+00
S	%#.3x	f64	1	0x1.000p+00
S	%.0g	f64	1	1
S	%20.10e	f64	1	    1.0000000000e+00
S	%010v	f64	1	0000000001
S	%+v	f64	1	1
S	%-10v|	f64	1	1         |
S	% v	f64	1	 1
S	%+g	f64	1	+1
S	%#.0g	f64	1	1.
S	%.1x	f64	1	0x1.0p+00
S	%#X	f64	1	0X1.P+00
S	%#b	f64	1	4503599627370496p-52
S	%-+010.3f|	f64	1	+1.000    |
S	% 010.2e	f64	1	 01.00e+00
S	%.20f	f64	1	1.00000000000000000000
S	%.17g	f64	1	1
S	%#G	f64	1	1.00000
S	%#10.4g	f64	1	     1.000
S	%v	f64	-1	-1
S	%e	f64	-1	-1.000000e+00
S	%E	f64	-1	-1.000000E+00
S	%f	f64	-1	-1.000000
S	%F	f64	-1	-1.000000
S	%g	f64	-1	-1
S	%G	f64	-1	-1
S	%b	f64	-1	-4503599627370496p-52
S	%x	f64	-1	-0x1p+00
S	%X	f64	-1	-0X1P+00
S	%.0f	f64	-1	-1
S	%.2f	f64	-1	-1.00
S	%.3e	f64	-1	-1.000e+00
S	%.10g	f64	-1	-1
S	%.3g	f64	-1	-1
S	%8.2f	f64	-1	   -1.00
S	%-8.2f|	f64	-1	-1.00   |
S	%08.2f	f64	-1	-0001.00
S	%+08.2f	f64	-1	-0001.00
S	%+.3e	f64	-1	-1.000e+00
S	% .3f	f64	-1	-1.000
S	%#g	f64	-1	-1.00000
S	%#.3g	f64	-1	-1.00
S	%#v	f64	-1	-1
S	%#e	f64	-1	-1.000000e+00
S	%#.0f	f64	-1	-1.
S	%#.0e	f64	-1	-1.e+00
S	%#x	f64	-1	-0x1.0000p+00
S	%#.3x	f64	-1	-0x1.000p+00
S	%.0g	f64	-1	-1
S	%20.10e	f64	-1	   -1.0000000000e+00
S	%010v	f64	-1	-000000001
S	%+v	f64	-1	-1
S	%-10v|	f64	-1	-1        |
S	% v	f64	-1	-1
S	%+g	f64	-1	-1
S	%#.0g	f64	-1	-1.
S	%.1x	f64	-1	-0x1.0p+00
S	%#X	f64	-1	-0X1.P+00
S	%#b	f64	-1	-4503599627370496p-52
S	%-+010.3f|	f64	-1	-1.000    |
S	% 010.2e	f64	-1	-01.00e+00
S	%.20f	f64	-1	-1.00000000000000000000
S	%.17g	f64	-1	-1
S	%#G	f64	-1	-1.00000
S	%#10.4g	f64	-1	    -1.000
S	%v	f64	3.14159	3.14159
S	%e	f64	3.14159	3.141590e+00
S	%E	f64	3.14159	3.141590E+00
S	%f	f64	3.14159	3.141590
S	%F	f64	3.14159	3.141590
S	%g	f64	3.14159	3.14159
S	%G	f64	3.14159	3.14159
S	%b	f64	3.14159	7074231776675438p-51
S	%x	f64	3.14159	0x1.921f9f01b866ep+01
S	%X	f64	3.14159	0X1.921F9F01B866EP+01
S	%.0f	f64	3.14159	3
S	%.2f	f64	3.14159	3.14
S	%.3e	f64	3.14159	3.142e+00
S	%.10g	f64	3.14159	3.14159
S	%.3g	f64	3.14159	3.14
S	%8.2f	f64	3.14159	    3.14
S	%-8.2f|	f64	3.14159	3.14    |
S	%08.2f	f64	3.14159	00003.14
S	%+08.2f	f64	3.14159	+0003.14
S	%+.3e	f64	3.14159	+3.142e+00
S	% .3f	f64	3.14159	 3.142
S	%#g	f64	3.14159	3.14159
S	%#.3g	f64	3.14159	3.14
S	%#v	f64	3.14159	3.14159
S	%#e	f64	3.14159	3.141590e+00
S	%#.0f	f64	3.14159	3.
S	%#.0e	f64	3.14159	3.e+00
S	%#x	f64	3.14159	0x1.921f9f01b866ep+01
S	%#.3x	f64	3.14159	0x1.922p+01
S	%.0g	f64	3.14159	3
S	%20.10e	f64	3.14159	    3.1415900000e+00
S	%010v	f64	3.14159	0003.14159
S	%+v	f64	3.14159	3.14159
S	%-10v|	f64	3.14159	3.14159   |
S	% v	f64	3.14159	 3.14159
S	%+g	f64	3.14159	+3.14159
S	%#.0g	f64	3.14159	3.
S	%.1x	f64	3.14159	0x1.9p+01
S	%#X	f64	3.14159	0X1.921F9F01B866EP+01
S	%#b	f64	3.14159	7074231776675438p-51
S	%-+010.3f|	f64	3.14159	+3.142    |
S	% 010.2e	f64	3.14159	 03.14e+00
S	%.20f	f64	3.14159	3.14158999999999988262
S	%.17g	f64	3.14159	3.1415899999999999
S	%#G	f64	3.14159	3.14159
S	%#10.4g	f64	3.14159	     3.142
S	%v	f64	1e+21	1e+21
S	%e	f64	1e+21	1.000000e+21
S	%E	f64	1e+21	1.000000E+21
S	%f	f64	1e+21	1000000000000000000000.000000
S	%F	f64	1e+21	1000000000000000000000.000000
S	%g	f64	1e+21	1e+21
S	%G	f64	1e+21	1E+21
S	%b	f64	1e+21	7629394531250000p+17
S	%x	f64	1e+21	0x1.b1ae4d6e2ef5p+69
S	%X	f64	1e+21	0X1.B1AE4D6E2EF5P+69
S	%.0f	f64	1e+21	1000000000000000000000
S	%.2f	f64	1e+21	1000000000000000000000.00
S	%.3e	f64	1e+21	1.000e+21
S	%.10g	f64	1e+21	1e+21
S	%.3g	f64	1e+21	1e+21
S	%8.2f	f64	1e+21	1000000000000000000000.00
S	%-8.2f|	f64	1e+21	1000000000000000000000.00|
S	%08.2f	f64	1e+21	1000000000000000000000.00
S	%+08.2f	f64	1e+21	+1000000000000000000000.00
S	%+.3e	f64	1e+21	+1.000e+21
S	% .3f	f64	1e+21	 1000000000000000000000.000
S	%#g	f64	1e+21	1.00000e+21
S	%#.3g	f64	1e+21	1.00e+21
S	%#v	f64	1e+21	1e+21
S	%#e	f64	1e+21	1.000000e+21
S	%#.0f	f64	1e+21	1000000000000000000000.
S	%#.0e	f64	1e+21	1.e+21
S	%#x	f64	1e+21	0x1.b1ae4d6e2ef5p+69
S	%#.3x	f64	1e+21	0x1.b1bp+69
S	%.0g	f64	1e+21	1e+21
S	%20.10e	f64	1e+21	    1.0000000000e+21
S	%010v	f64	1e+21	000001e+21
S	%+v	f64	1e+21	1e+21
S	%-10v|	f64	1e+21	1e+21     |
S	% v	f64	1e+21	 1e+21
S	%+g	f64	1e+21	+1e+21
S	%#.0g	f64	1e+21	1.e+21
S	%.1x	f64	1e+21	0x1.bp+69
S	%#X	f64	1e+21	0X1.B1AE4D6E2EF5P+69
S	%#b	f64	1e+21	7629394531250000p+17
S	%-+010.3f|	f64	1e+21	+1000000000000000000000.000|
S	% 010.2e	f64	1e+21	 01.00e+21
S	%.20f	f64	1e+21	1000000000000000000000.00000000000000000000
S	%.17g	f64	1e+21	1e+21
S	%#G	f64	1e+21	1.00000E+21
S	%#10.4g	f64	1e+21	 1.000e+21
S	%v	f64	1e+20	1e+20
S	%e	f64	1e+20	1.000000e+20
S	%E	f64	1e+20	1.000000E+20
S	%f	f64	1e+20	100000000000000000000.000000
S	%F	f64	1e+20	100000000000000000000.000000
S	%g	f64	1e+20	1e+20
S	%G	f64	1e+20	1E+20
S	%b	f64	1e+20	6103515625000000p+14
S	%x	f64	1e+20	0x1.5af1d78b58c4p+66
S	%X	f64	1e+20	0X1.5AF1D78B58C4P+66
S	%.0f	f64	1e+20	100000000000000000000
S	%.2f	f64	1e+20	100000000000000000000.00
S	%.3e	f64	1e+20	1.000e+20
S	%.10g	f64	1e+20	1e+20
S	%.3g	f64	1e+20	1e+20
S	%8.2f	f64	1e+20	100000000000000000000.00
S	%-8.2f|	f64	1e+20	100000000000000000000.00|
S	%08.2f	f64	1e+20	100000000000000000000.00
S	%+08.2f	f64	1e+20	+100000000000000000000.00
S	%+.3e	f64	1e+20	+1.000e+20
S	% .3f	f64	1e+20	 100000000000000000000.000
S	%#g	f64	1e+20	1.00000e+20
S	%#.3g	f64	1e+20	1.00e+20
S	%#v	f64	1e+20	1e+20
S	%#e	f64	1e+20	1.000000e+20
S	%#.0f	f64	1e+20	100000000000000000000.
S	%#.0e	f64	1e+20	1.e+20
S	%#x	f64	1e+20	0x1.5af1d78b58c4p+66
S	%#.3x	f64	1e+20	0x1.5afp+66
S	%.0g	f64	1e+20	1e+20
S	%20.10e	f64	1e+20	    1.0000000000e+20
S	%010v	f64	1e+20	000001e+20
S	%+v	f64	1e+20	1e+20
S	%-10v|	f64	1e+20	1e+20     |
S	% v	f64	1e+20	 1e+20
S	%+g	f64	1e+20	+1e+20
S	%#.0g	f64	1e+20	1.e+20
S	%.1x	f64	1e+20	0x1.6p+66
S	%#X	f64	1e+20	0X1.5AF1D78B58C4P+66
S	%#b	f64	1e+20	6103515625000000p+14
S	%-+010.3f|	f64	1e+20	+100000000000000000000.000|
S	% 010.2e	f64	1e+20	 01.00e+20
S	%.20f	f64	1e+20	100000000000000000000.00000000000000000000
S	%.17g	f64	1e+20	1e+20
S	%#G	f64	1e+20	1.00000E+20
S	%#10.4g	f64	1e+20	 1.000e+20
S	%v	f64	1.23456789e+08	1.23456789e+08
S	%e	f64	1.23456789e+08	1.234568e+08
S	%E	f64	1.23456789e+08	1.234568E+08
S	%f	f64	1.23456789e+08	123456789.000000
S	%F	f64	1.23456789e+08	123456789.000000
S	%g	f64	1.23456789e+08	1.23456789e+08
S	%G	f64	1.23456789e+08	1.23456789E+08
S	%b	f64	1.23456789e+08	8285044862877696p-26
S	%x	f64	1.23456789e+08	0x1.d6f3454p+26
S	%X	f64	1.23456789e+08	0X1.D6F3454P+26
S	%.0f	f64	1.23456789e+08	123456789
S	%.2f	f64	1.23456789e+08	123456789.00
S	%.3e	f64	1.23456789e+08	1.235e+08
S	%.10g	f64	1.23456789e+08	123456789
S	%.3g	f64	1.23456789e+08	1.23e+08
S	%8.2f	f64	1.23456789e+08	123456789.00
S	%-8.2f|	f64	1.23456789e+08	123456789.00|
S	%08.2f	f64	1.23456789e+08	123456789.00
S	%+08.2f	f64	1.23456789e+08	+123456789.00
S	%+.3e	f64	1.23456789e+08	+1.235e+08
S	% .3f	f64	1.23456789e+08	 123456789.000
S	%#g	f64	1.23456789e+08	1.23456789e+08
S	%#.3g	f64	1.23456789e+08	1.23e+08
S	%#v	f64	1.23456789e+08	1.23456789e+08
S	%#e	f64	1.23456789e+08	1.234568e+08
S	%#.0f	f64	1.23456789e+08	123456789.
S	%#.0e	f64	1.23456789e+08	1.e+08
S	%#x	f64	1.23456789e+08	0x1.d6f3454p+26
S	%#.3x	f64	1.23456789e+08	0x1.d6fp+26
S	%.0g	f64	1.23456789e+08	1e+08
S	%20.10e	f64	1.23456789e+08	    1.2345678900e+08
S	%010v	f64	1.23456789e+08	1.23456789e+08
S	%+v	f64	1.23456789e+08	1.23456789e+08
S	%-10v|	f64	1.23456789e+08	1.23456789e+08|
S	% v	f64	1.23456789e+08	 1.23456789e+08
S	%+g	f64	1.23456789e+08	+1.23456789e+08
S	%#.0g	f64	1.23456789e+08	1.e+08
S	%.1x	f64	1.23456789e+08	0x1.dp+26
S	%#X	f64	1.23456789e+08	0X1.D6F3454P+26
S	%#b	f64	1.23456789e+08	8285044862877696p-26
S	%-+010.3f|	f64	1.23456789e+08	+123456789.000|
S	% 010.2e	f64	1.23456789e+08	 01.23e+08
S	%.20f	f64	1.23456789e+08	123456789.00000000000000000000
S	%.17g	f64	1.23456789e+08	123456789
S	%#G	f64	1.23456789e+08	1.23456789E+08
S	%#10.4g	f64	1.23456789e+08	 1.235e+08
S	%v	f64	1e-07	1e-07
S	%e	f64	1e-07	1.000000e-07
S	%E	f64	1e-07	1.000000E-07
S	%f	f64	1e-07	0.000000
S	%F	f64	1e-07	0.000000
S	%g	f64	1e-07	1e-07
S	%G	f64	1e-07	1E-07
S	%b	f64	1e-07	7555786372591432p-76
S	%x	f64	1e-07	0x1.ad7f29abcaf48p-24
S	%X	f64	1e-07	0X1.AD7F29ABCAF48P-24
S	%.0f	f64	1e-07	0
S	%.2f	f64	1e-07	0.00
S	%.3e	f64	1e-07	1.000e-07
S	%.10g	f64	1e-07	1e-07
S	%.3g	f64	1e-07	1e-07
S	%8.2f	f64	1e-07	    0.00
S	%-8.2f|	f64	1e-07	0.00    |
S	%08.2f	f64	1e-07	00000.00
S	%+08.2f	f64	1e-07	+0000.00
S	%+.3e	f64	1e-07	+1.000e-07
S	% .3f	f64	1e-07	 0.000
S	%#g	f64	1e-07	1.00000e-07
S	%#.3g	f64	1e-07	1.00e-07
S	%#v	f64	1e-07	1e-07
S	%#e	f64	1e-07	1.000000e-07
S	%#.0f	f64	1e-07	0.
S	%#.0e	f64	1e-07	1.e-07
S	%#x	f64	1e-07	0x1.ad7f29abcaf48p-24
S	%#.3x	f64	1e-07	0x1.ad8p-24
S	%.0g	f64	1e-07	1e-07
S	%20.10e	f64	1e-07	    1.0000000000e-07
S	%010v	f64	1e-07	000001e-07
S	%+v	f64	1e-07	1e-07
S	%-10v|	f64	1e-07	1e-07     |
S	% v	f64	1e-07	 1e-07
S	%+g	f64	1e-07	+1e-07
S	%#.0g	f64	1e-07	1.e-07
S	%.1x	f64	1e-07	0x1.bp-24
S	%#X	f64	1e-07	0X1.AD7F29ABCAF48P-24
S	%#b	f64	1e-07	7555786372591432p-76
S	%-+010.3f|	f64	1e-07	+0.000    |
S	% 010.2e	f64	1e-07	 01.00e-07
S	%.20f	f64	1e-07	0.00000010000000000000
S	%.17g	f64	1e-07	9.9999999999999995e-08
S	%#G	f64	1e-07	1.00000E-07
S	%#10.4g	f64	1e-07	 1.000e-07
S	%v	f64	0.3	0.3
S	%e	f64	0.3	3.000000e-01
S	%E	f64	0.3	3.000000E-01
S	%f	f64	0.3	0.300000
S	%F	f64	0.3	0.300000
S	%g	f64	0.3	0.3
S	%G	f64	0.3	0.3
S	%b	f64	0.3	5404319552844595p-54
S	%x	f64	0.3	0x1.3333333333333p-02
S	%X	f64	0.3	0X1.3333333333333P-02
S	%.0f	f64	0.3	0
S	%.2f	f64	0.3	0.30
S	%.3e	f64	0.3	3.000e-01
S	%.10g	f64	0.3	0.3
S	%.3g	f64	0.3	0.3
S	%8.2f	f64	0.3	    0.30
S	%-8.2f|	f64	0.3	0.30    |
S	%08.2f	f64	0.3	00000.30
S	%+08.2f	f64	0.3	+0000.30
S	%+.3e	f64	0.3	+3.000e-01
S	% .3f	f64	0.3	 0.300
S	%#g	f64	0.3	0.300000
S	%#.3g	f64	0.3	0.300
S	%#v	f64	0.3	0.3
S	%#e	f64	0.3	3.000000e-01
S	%#.0f	f64	0.3	0.
S	%#.0e	f64	0.3	3.e-01
S	%#x	f64	0.3	0x1.3333333333333p-02
S	%#.3x	f64	0.3	0x1.333p-02
S	%.0g	f64	0.3	0.3
S	%20.10e	f64	0.3	    3.0000000000e-01
S	%010v	f64	0.3	00000000.3
S	%+v	f64	0.3	0.3
S	%-10v|	f64	0.3	0.3       |
S	% v	f64	0.3	 0.3
S	%+g	f64	0.3	+0.3
S	%#.0g	f64	0.3	0.3
S	%.1x	f64	0.3	0x1.3p-02
S	%#X	f64	0.3	0X1.3333333333333P-02
S	%#b	f64	0.3	5404319552844595p-54
S	%-+010.3f|	f64	0.3	+0.300    |
S	% 010.2e	f64	0.3	 03.00e-01
S	%.20f	f64	0.3	0.29999999999999998890
S	%.17g	f64	0.3	0.29999999999999999
S	%#G	f64	0.3	0.300000
S	%#10.4g	f64	0.3	    0.3000
S	%v	f64	NaN	NaN
S	%e	f64	NaN	NaN
S	%E	f64	NaN	NaN
S	%f	f64	NaN	NaN
S	%F	f64	NaN	NaN
S	%g	f64	NaN	NaN
S	%G	f64	NaN	NaN
S	%b	f64	NaN	NaN
S	%x	f64	NaN	NaN
S	%X	f64	NaN	NaN
S	%.0f	f64	NaN	NaN
S	%.2f	f64	NaN	NaN
S	%.3e	f64	NaN	NaN
S	%.10g	f64	NaN	NaN
S	%.3g	f64	NaN	NaN
S	%8.2f	f64	NaN	     NaN
S	%-8.2f|	f64	NaN	NaN     |
S	%08.2f	f64	NaN	     NaN
S	%+08.2f	f64	NaN	    +NaN
S	%+.3e	f64	NaN	+NaN
S	% .3f	f64	NaN	 NaN
S	%#g	f64	NaN	NaN
S	%#.3g	f64	NaN	NaN
S	%#v	f64	NaN	NaN
S	%#e	f64	NaN	NaN
S	%#.0f	f64	NaN	NaN
S	%#.0e	f64	NaN	NaN
S	%#x	f64	NaN	NaN
S	%#.3x	f64	NaN	NaN
S	%.0g	f64	NaN	NaN
S	%20.10e	f64	NaN	                 NaN
S	%010v	f64	NaN	       NaN
S	%+v	f64	NaN	NaN
S	%-10v|	f64	NaN	NaN       |
S	% v	f64	NaN	 NaN
S	%+g	f64	NaN	+NaN
S	%#.0g	f64	NaN	NaN
S	%.1x	f64	NaN	NaN
S	%#X	f64	NaN	NaN
S	%#b	f64	NaN	NaN
S	%-+010.3f|	f64	NaN	+NaN      |
S	% 010.2e	f64	NaN	       NaN
S	%.20f	f64	NaN	NaN
S	%.17g	f64	NaN	NaN
S	%#G	f64	NaN	NaN
S	%#10.4g	f64	NaN	       NaN
S	%v	f64	+Inf	+Inf
S	%e	f64	+Inf	+Inf
S	%E	f64	+Inf	+Inf
S	%f	f64	+Inf	+Inf
S	%F	f64	+Inf	+Inf
S	%g	f64	+Inf	+Inf
S	%G	f64	+Inf	+Inf
S	%b	f64	+Inf	+Inf
S	%x	f64	+Inf	+Inf
S	%X	f64	+Inf	+Inf
S	%.0f	f64	+Inf	+Inf
S	%.2f	f64	+Inf	+Inf
S	%.3e	f64	+Inf	+Inf
S	%.10g	f64	+Inf	+Inf
S	%.3g	f64	+Inf	+Inf
S	%8.2f	f64	+Inf	    +Inf
S	%-8.2f|	f64	+Inf	+Inf    |
S	%08.2f	f64	+Inf	    +Inf
S	%+08.2f	f64	+Inf	    +Inf
S	%+.3e	f64	+Inf	+Inf
S	% .3f	f64	+Inf	 Inf
S	%#g	f64	+Inf	+Inf
S	%#.3g	f64	+Inf	+Inf
S	%#v	f64	+Inf	+Inf
S	%#e	f64	+Inf	+Inf
S	%#.0f	f64	+Inf	+Inf
S	%#.0e	f64	+Inf	+Inf
S	%#x	f64	+Inf	+Inf
S	%#.3x	f64	+Inf	+Inf
S	%.0g	f64	+Inf	+Inf
S	%20.10e	f64	+Inf	                +Inf
S	%010v	f64	+Inf	      +Inf
S	%+v	f64	+Inf	+Inf
S	%-10v|	f64	+Inf	+Inf      |
S	% v	f64	+Inf	 Inf
S	%+g	f64	+Inf	+Inf
S	%#.0g	f64	+Inf	+Inf
S	%.1x	f64	+Inf	+Inf
S	%#X	f64	+Inf	+Inf
S	%#b	f64	+Inf	+Inf
S	%-+010.3f|	f64	+Inf	+Inf      |
S	% 010.2e	f64	+Inf	       Inf
S	%.20f	f64	+Inf	+Inf
S	%.17g	f64	+Inf	+Inf
S	%#G	f64	+Inf	+Inf
S	%#10.4g	f64	+Inf	      +Inf
S	%v	f64	-Inf	-Inf
S	%e	f64	-Inf	-Inf
S	%E	f64	-Inf	-Inf
S	%f	f64	-Inf	-Inf
S	%F	f64	-Inf	-Inf
S	%g	f64	-Inf	-Inf
S	%G	f64	-Inf	-Inf
S	%b	f64	-Inf	-Inf
S	%x	f64	-Inf	-Inf
S	%X	f64	-Inf	-Inf
S	%.0f	f64	-Inf	-Inf
S	%.2f	f64	-Inf	-Inf
S	%.3e	f64	-Inf	-Inf
S	%.10g	f64	-Inf	-Inf
S	%.3g	f64	-Inf	-Inf
S	%8.2f	f64	-Inf	    -Inf
S	%-8.2f|	f64	-Inf	-Inf    |
S	%08.2f	f64	-Inf	    -Inf
S	%+08.2f	f64	-Inf	    -Inf
S	%+.3e	f64	-Inf	-Inf
S	% .3f	f64	-Inf	-Inf
S	%#g	f64	-Inf	-Inf
S	%#.3g	f64	-Inf	-Inf
S	%#v	f64	-Inf	-Inf
S	%#e	f64	-Inf	-Inf
S	%#.0f	f64	-Inf	-Inf
S	%#.0e	f64	-Inf	-Inf
S	%#x	f64	-Inf	-Inf
S	%#.3x	f64	-Inf	-Inf
S	%.0g	f64	-Inf	-Inf
S	%20.10e	f64	-Inf	                -Inf
S	%010v	f64	-Inf	      -Inf
S	%+v	f64	-Inf	-Inf
S	%-10v|	f64	-Inf	-Inf      |
S	% v	f64	-Inf	-Inf
S	%+g	f64	-Inf	-Inf
S	%#.0g	f64	-Inf	-Inf
S	%.1x	f64	-Inf	-Inf
S	%#X	f64	-Inf	-Inf
S	%#b	f64	-Inf	-Inf
S	%-+010.3f|	f64	-Inf	-Inf      |
S	% 010.2e	f64	-Inf	      -Inf
S	%.20f	f64	-Inf	-Inf
S	%.17g	f64	-Inf	-Inf
S	%#G	f64	-Inf	-Inf
S	%#10.4g	f64	-Inf	      -Inf
S	%v	f64	0.5	0.5
S	%e	f64	0.5	5.000000e-01
S	%E	f64	0.5	5.000000E-01
S	%f	f64	0.5	0.500000
S	%F	f64	0.5	0.500000
S	%g	f64	0.5	0.5
S	%G	f64	0.5	0.5
S	%b	f64	0.5	4503599627370496p-53
S	%x	f64	0.5	0x1p-01
S	%X	f64	0.5	0X1P-01
S	%.0f	f64	0.5	0
S	%.2f	f64	0.5	0.50
S	%.3e	f64	0.5	5.000e-01
S	%.10g	f64	0.5	0.5
S	%.3g	f64	0.5	0.5
S	%8.2f	f64	0.5	    0.50
S	%-8.2f|	f64	0.5	0.50    |
S	%08.2f	f64	0.5	00000.50
S	%+08.2f	f64	0.5	+0000.50
S	%+.3e	f64	0.5	+5.000e-01
S	% .3f	f64	0.5	 0.500
S	%#g	f64	0.5	0.500000
S	%#.3g	f64	0.5	0.500
S	%#v	f64	0.5	0.5
S	%#e	f64	0.5	5.000000e-01
S	%#.0f	f64	0.5	0.
S	%#.0e	f64	0.5	5.e-01
S	%#x	f64	0.5	0x1.0000p-01
S	%#.3x	f64	0.5	0x1.000p-01
S	%.0g	f64	0.5	0.5
S	%20.10e	f64	0.5	    5.0000000000e-01
S	%010v	f64	0.5	00000000.5
S	%+v	f64	0.5	0.5
S	%-10v|	f64	0.5	0.5       |
S	% v	f64	0.5	 0.5
S	%+g	f64	0.5	+0.5
S	%#.0g	f64	0.5	0.5
S	%.1x	f64	0.5	0x1.0p-01
S	%#X	f64	0.5	0X1.P-01
S	%#b	f64	0.5	4503599627370496p-53
S	%-+010.3f|	f64	0.5	+0.500    |
S	% 010.2e	f64	0.5	 05.00e-01
S	%.20f	f64	0.5	0.50000000000000000000
S	%.17g	f64	0.5	0.5
S	%#G	f64	0.5	0.500000
S	%#10.4g	f64	0.5	    0.5000
S	%v	f64	1.5	1.5
S	%e	f64	1.5	1.500000e+00
S	%E	f64	1.5	1.500000E+00
S	%f	f64	1.5	1.500000
S	%F	f64	1.5	1.500000
S	%g	f64	1.5	1.5
S	%G	f64	1.5	1.5
S	%b	f64	1.5	6755399441055744p-52
S	%x	f64	1.5	0x1.8p+00
S	%X	f64	1.5	0X1.8P+00
S	%.0f	f64	1.5	2
S	%.2f	f64	1.5	1.50
S	%.3e	f64	1.5	1.500e+00
S	%.10g	f64	1.5	1.5
S	%.3g	f64	1.5	1.5
S	%8.2f	f64	1.5	    1.50
S	%-8.2f|	f64	1.5	1.50    |
S	%08.2f	f64	1.5	00001.50
S	%+08.2f	f64	1.5	+0001.50
S	%+.3e	f64	1.5	+1.500e+00
S	% .3f	f64	1.5	 1.500
S	%#g	f64	1.5	1.50000
S	%#.3g	f64	1.5	1.50
S	%#v	f64	1.5	1.5
S	%#e	f64	1.5	1.500000e+00
S	%#.0f	f64	1.5	2.
S	%#.0e	f64	1.5	2.e+00
S	%#x	f64	1.5	0x1.8000p+00
S	%#.3x	f64	1.5	0x1.800p+00
S	%.0g	f64	1.5	2
S	%20.10e	f64	1.5	    1.5000000000e+00
S	%010v	f64	1.5	00000001.5
S	%+v	f64	1.5	1.5
S	%-10v|	f64	1.5	1.5       |
S	% v	f64	1.5	 1.5
S	%+g	f64	1.5	+1.5
S	%#.0g	f64	1.5	2.
S	%.1x	f64	1.5	0x1.8p+00
S	%#X	f64	1.5	0X1.8P+00
S	%#b	f64	1.5	6755399441055744p-52
S	%-+010.3f|	f64	1.5	+1.500    |
S	% 010.2e	f64	1.5	 01.50e+00
S	%.20f	f64	1.5	1.50000000000000000000
S	%.17g	f64	1.5	1.5
S	%#G	f64	1.5	1.50000
S	%#10.4g	f64	1.5	     1.500
S	%v	f64	2.5	2.5
S	%e	f64	2.5	2.500000e+00
S	%E	f64	2.5	2.500000E+00
S	%f	f64	2.5	2.500000
S	%F	f64	2.5	2.500000
S	%g	f64	2.5	2.5
S	%G	f64	2.5	2.5
S	%b	f64	2.5	5629499534213120p-51
S	%x	f64	2.5	0x1.4p+01
S	%X	f64	2.5	0X1.4P+01
S	%.0f	f64	2.5	2
S	%.2f	f64	2.5	2.50
S	%.3e	f64	2.5	2.500e+00
S	%.10g	f64	2.5	2.5
S	%.3g	f64	2.5	2.5
S	%8.2f	f64	2.5	    2.50
S	%-8.2f|	f64	2.5	2.50    |
S	%08.2f	f64	2.5	00002.50
S	%+08.2f	f64	2.5	+0002.50
S	%+.3e	f64	2.5	+2.500e+00
S	% .3f	f64	2.5	 2.500
S	%#g	f64	2.5	2.50000
S	%#.3g	f64	2.5	2.50
S	%#v	f64	2.5	2.5
S	%#e	f64	2.5	2.500000e+00
S	%#.0f	f64	2.5	2.
S	%#.0e	f64	2.5	2.e+00
S	%#x	f64	2.5	0x1.4000p+01
S	%#.3x	f64	2.5	0x1.400p+01
S	%.0g	f64	2.5	2
S	%20.10e	f64	2.5	    2.5000000000e+00
S	%010v	f64	2.5	00000002.5
S	%+v	f64	2.5	2.5
S	%-10v|	f64	2.5	2.5       |
S	% v	f64	2.5	 2.5
S	%+g	f64	2.5	+2.5
S	%#.0g	f64	2.5	2.
S	%.1x	f64	2.5	0x1.4p+01
S	%#X	f64	2.5	0X1.4P+01
S	%#b	f64	2.5	5629499534213120p-51
S	%-+010.3f|	f64	2.5	+2.500    |
S	% 010.2e	f64	2.5	 02.50e+00
S	%.20f	f64	2.5	2.50000000000000000000
S	%.17g	f64	2.5	2.5
S	%#G	f64	2.5	2.50000
S	%#10.4g	f64	2.5	     2.500
S	%v	f64	0.125	0.125
S	%e	f64	0.125	1.250000e-01
S	%E	f64	0.125	1.250000E-01
S	%f	f64	0.125	0.125000
S	%F	f64	0.125	0.125000
S	%g	f64	0.125	0.125
S	%G	f64	0.125	0.125
S	%b	f64	0.125	4503599627370496p-55
S	%x	f64	0.125	0x1p-03
S	%X	f64	0.125	0X1P-03
S	%.0f	f64	0.125	0
S	%.2f	f64	0.125	0.12
S	%.3e	f64	0.125	1.250e-01
S	%.10g	f64	0.125	0.125
S	%.3g	f64	0.125	0.125
S	%8.2f	f64	0.125	    0.12
S	%-8.2f|	f64	0.125	0.12    |
S	%08.2f	f64	0.125	00000.12
S	%+08.2f	f64	0.125	+0000.12
S	%+.3e	f64	0.125	+1.250e-01
S	% .3f	f64	0.125	 0.125
S	%#g	f64	0.125	0.125000
S	%#.3g	f64	0.125	0.125
S	%#v	f64	0.125	0.125
S	%#e	f64	0.125	1.250000e-01
S	%#.0f	f64	0.125	0.
S	%#.0e	f64	0.125	1.e-01
S	%#x	f64	0.125	0x1.0000p-03
S	%#.3x	f64	0.125	0x1.000p-03
S	%.0g	f64	0.125	0.1
S	%20.10e	f64	0.125	    1.2500000000e-01
S	%010v	f64	0.125	000000.125
S	%+v	f64	0.125	0.125
S	%-10v|	f64	0.125	0.125     |
S	% v	f64	0.125	 0.125
S	%+g	f64	0.125	+0.125
S	%#.0g	f64	0.125	0.1
S	%.1x	f64	0.125	0x1.0p-03
S	%#X	f64	0.125	0X1.P-03
S	%#b	f64	0.125	4503599627370496p-55
S	%-+010.3f|	f64	0.125	+0.125    |
S	% 010.2e	f64	0.125	 01.25e-01
S	%.20f	f64	0.125	0.12500000000000000000
S	%.17g	f64	0.125	0.125
S	%#G	f64	0.125	0.125000
S	%#10.4g	f64	0.125	    0.1250
S	%v	f64	-0.000123	-0.000123
S	%e	f64	-0.000123	-1.230000e-04
S	%E	f64	-0.000123	-1.230000E-04
S	%f	f64	-0.000123	-0.000123
S	%F	f64	-0.000123	-0.000123
S	%g	f64	-0.000123	-0.000123
S	%G	f64	-0.000123	-0.000123
S	%b	f64	-0.000123	-4537899042132550p-65
S	%x	f64	-0.000123	-0x1.01f31f46ed246p-13
S	%X	f64	-0.000123	-0X1.01F31F46ED246P-13
S	%.0f	f64	-0.000123	-0
S	%.2f	f64	-0.000123	-0.00
S	%.3e	f64	-0.000123	-1.230e-04
S	%.10g	f64	-0.000123	-0.000123
S	%.3g	f64	-0.000123	-0.000123
S	%8.2f	f64	-0.000123	   -0.00
S	%-8.2f|	f64	-0.000123	-0.00   |
S	%08.2f	f64	-0.000123	-0000.00
S	%+08.2f	f64	-0.000123	-0000.00
S	%+.3e	f64	-0.000123	-1.230e-04
S	% .3f	f64	-0.000123	-0.000
S	%#g	f64	-0.000123	-0.000123000
S	%#.3g	f64	-0.000123	-0.000123
S	%#v	f64	-0.000123	-0.000123
S	%#e	f64	-0.000123	-1.230000e-04
S	%#.0f	f64	-0.000123	-0.
S	%#.0e	f64	-0.000123	-1.e-04
S	%#x	f64	-0.000123	-0x1.01f31f46ed246p-13
S	%#.3x	f64	-0.000123	-0x1.01fp-13
S	%.0g	f64	-0.000123	-0.0001
S	%20.10e	f64	-0.000123	   -1.2300000000e-04
S	%010v	f64	-0.000123	-00.000123
S	%+v	f64	-0.000123	-0.000123
S	%-10v|	f64	-0.000123	-0.000123 |
S	% v	f64	-0.000123	-0.000123
S	%+g	f64	-0.000123	-0.000123
S	%#.0g	f64	-0.000123	-0.0001
S	%.1x	f64	-0.000123	-0x1.0p-13
S	%#X	f64	-0.000123	-0X1.01F31F46ED246P-13
S	%#b	f64	-0.000123	-4537899042132550p-65
S	%-+010.3f|	f64	-0.000123	-0.000    |
S	% 010.2e	f64	-0.000123	-01.23e-04
S	%.20f	f64	-0.000123	-0.00012300000000000001
S	%.17g	f64	-0.000123	-0.00012300000000000001
S	%#G	f64	-0.000123	-0.000123000
S	%#10.4g	f64	-0.000123	-0.0001230
S	%v	f64	1e+100	1e+100
S	%e	f64	1e+100	1.000000e+100
S	%E	f64	1e+100	1.000000E+100
S	%f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000
S	%F	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000
S	%g	f64	1e+100	1e+100
S	%G	f64	1e+100	1E+100
S	%b	f64	1e+100	5147557589468029p+280
S	%x	f64	1e+100	0x1.249ad2594c37dp+332
S	%X	f64	1e+100	0X1.249AD2594C37DP+332
S	%.0f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104
S	%.2f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00
S	%.3e	f64	1e+100	1.000e+100
S	%.10g	f64	1e+100	1e+100
S	%.3g	f64	1e+100	1e+100
S	%8.2f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00
S	%-8.2f|	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00|
S	%08.2f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00
S	%+08.2f	f64	1e+100	+10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00
S	%+.3e	f64	1e+100	+1.000e+100
S	% .3f	f64	1e+100	 10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000
S	%#g	f64	1e+100	1.00000e+100
S	%#.3g	f64	1e+100	1.00e+100
S	%#v	f64	1e+100	1e+100
S	%#e	f64	1e+100	1.000000e+100
S	%#.0f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.
S	%#.0e	f64	1e+100	1.e+100
S	%#x	f64	1e+100	0x1.249ad2594c37dp+332
S	%#.3x	f64	1e+100	0x1.24ap+332
S	%.0g	f64	1e+100	1e+100
S	%20.10e	f64	1e+100	   1.0000000000e+100
S	%010v	f64	1e+100	00001e+100
S	%+v	f64	1e+100	1e+100
S	%-10v|	f64	1e+100	1e+100    |
S	% v	f64	1e+100	 1e+100
S	%+g	f64	1e+100	+1e+100
S	%#.0g	f64	1e+100	1.e+100
S	%.1x	f64	1e+100	0x1.2p+332
S	%#X	f64	1e+100	0X1.249AD2594C37DP+332
S	%#b	f64	1e+100	5147557589468029p+280
S	%-+010.3f|	f64	1e+100	+10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000|
S	% 010.2e	f64	1e+100	 1.00e+100
S	%.20f	f64	1e+100	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00000000000000000000
S	%.17g	f64	1e+100	1e+100
S	%#G	f64	1e+100	1.00000E+100
S	%#10.4g	f64	1e+100	1.000e+100
S	%v	f64	5e-324	5e-324
S	%e	f64	5e-324	4.940656e-324
S	%E	f64	5e-324	4.940656E-324
S	%f	f64	5e-324	0.000000
S	%F	f64	5e-324	0.000000
S	%g	f64	5e-324	5e-324
S	%G	f64	5e-324	5E-324
S	%b	f64	5e-324	1p-1074
S	%x	f64	5e-324	0x1p-1074
S	%X	f64	5e-324	0X1P-1074
S	%.0f	f64	5e-324	0
S	%.2f	f64	5e-324	0.00
S	%.3e	f64	5e-324	4.941e-324
S	%.10g	f64	5e-324	4.940656458e-324
S	%.3g	f64	5e-324	4.94e-324
S	%8.2f	f64	5e-324	    0.00
S	%-8.2f|	f64	5e-324	0.00    |
S	%08.2f	f64	5e-324	00000.00
S	%+08.2f	f64	5e-324	+0000.00
S	%+.3e	f64	5e-324	+4.941e-324
S	% .3f	f64	5e-324	 0.000
S	%#g	f64	5e-324	5.00000e-324
S	%#.3g	f64	5e-324	4.94e-324
S	%#v	f64	5e-324	5e-324
S	%#e	f64	5e-324	4.940656e-324
S	%#.0f	f64	5e-324	0.
S	%#.0e	f64	5e-324	5.e-324
S	%#x	f64	5e-324	0x1.0000p-1074
S	%#.3x	f64	5e-324	0x1.000p-1074
S	%.0g	f64	5e-324	5e-324
S	%20.10e	f64	5e-324	   4.9406564584e-324
S	%010v	f64	5e-324	00005e-324
S	%+v	f64	5e-324	5e-324
S	%-10v|	f64	5e-324	5e-324    |
S	% v	f64	5e-324	 5e-324
S	%+g	f64	5e-324	+5e-324
S	%#.0g	f64	5e-324	5.e-324
S	%.1x	f64	5e-324	0x1.0p-1074
S	%#X	f64	5e-324	0X1.P-1074
S	%#b	f64	5e-324	1p-1074
S	%-+010.3f|	f64	5e-324	+0.000    |
S	% 010.2e	f64	5e-324	 4.94e-324
S	%.20f	f64	5e-324	0.00000000000000000000
S	%.17g	f64	5e-324	4.9406564584124654e-324
S	%#G	f64	5e-324	5.00000E-324
S	%#10.4g	f64	5e-324	4.941e-324
S	%v	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%e	f64	1.7976931348623157e+308	1.797693e+308
S	%E	f64	1.7976931348623157e+308	1.797693E+308
S	%f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000
S	%F	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000
S	%g	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%G	f64	1.7976931348623157e+308	1.7976931348623157E+308
S	%b	f64	1.7976931348623157e+308	9007199254740991p+971
S	%x	f64	1.7976931348623157e+308	0x1.fffffffffffffp+1023
S	%X	f64	1.7976931348623157e+308	0X1.FFFFFFFFFFFFFP+1023
S	%.0f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
S	%.2f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00
S	%.3e	f64	1.7976931348623157e+308	1.798e+308
S	%.10g	f64	1.7976931348623157e+308	1.797693135e+308
S	%.3g	f64	1.7976931348623157e+308	1.8e+308
S	%8.2f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00
S	%-8.2f|	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00|
S	%08.2f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00
S	%+08.2f	f64	1.7976931348623157e+308	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00
S	%+.3e	f64	1.7976931348623157e+308	+1.798e+308
S	% .3f	f64	1.7976931348623157e+308	 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000
S	%#g	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%#.3g	f64	1.7976931348623157e+308	1.80e+308
S	%#v	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%#e	f64	1.7976931348623157e+308	1.797693e+308
S	%#.0f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.
S	%#.0e	f64	1.7976931348623157e+308	2.e+308
S	%#x	f64	1.7976931348623157e+308	0x1.fffffffffffffp+1023
S	%#.3x	f64	1.7976931348623157e+308	0x1.000p+1024
S	%.0g	f64	1.7976931348623157e+308	2e+308
S	%20.10e	f64	1.7976931348623157e+308	   1.7976931349e+308
S	%010v	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%+v	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%-10v|	f64	1.7976931348623157e+308	1.7976931348623157e+308|
S	% v	f64	1.7976931348623157e+308	 1.7976931348623157e+308
S	%+g	f64	1.7976931348623157e+308	+1.7976931348623157e+308
S	%#.0g	f64	1.7976931348623157e+308	2.e+308
S	%.1x	f64	1.7976931348623157e+308	0x1.0p+1024
S	%#X	f64	1.7976931348623157e+308	0X1.FFFFFFFFFFFFFP+1023
S	%#b	f64	1.7976931348623157e+308	9007199254740991p+971
S	%-+010.3f|	f64	1.7976931348623157e+308	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|
S	% 010.2e	f64	1.7976931348623157e+308	 1.80e+308
S	%.20f	f64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000000
S	%.17g	f64	1.7976931348623157e+308	1.7976931348623157e+308
S	%#G	f64	1.7976931348623157e+308	1.7976931348623157E+308
S	%#10.4g	f64	1.7976931348623157e+308	1.798e+308
S	%v	f64	100	100
S	%e	f64	100	1.000000e+02
S	%E	f64	100	1.000000E+02
S	%f	f64	100	100.000000
S	%F	f64	100	100.000000
S	%g	f64	100	100
S	%G	f64	100	100
S	%b	f64	100	7036874417766400p-46
S	%x	f64	100	0x1.9p+06
S	%X	f64	100	0X1.9P+06
S	%.0f	f64	100	100
S	%.2f	f64	100	100.00
S	%.3e	f64	100	1.000e+02
S	%.10g	f64	100	100
S	%.3g	f64	100	100
S	%8.2f	f64	100	  100.00
S	%-8.2f|	f64	100	100.00  |
S	%08.2f	f64	100	00100.00
S	%+08.2f	f64	100	+0100.00
S	%+.3e	f64	100	+1.000e+02
S	% .3f	f64	100	 100.000
S	%#g	f64	100	100.000
S	%#.3g	f64	100	100.
S	%#v	f64	100	100
S	%#e	f64	100	1.000000e+02
S	%#.0f	f64	100	100.
S	%#.0e	f64	100	1.e+02
S	%#x	f64	100	0x1.9000p+06
S	%#.3x	f64	100	0x1.900p+06
S	%.0g	f64	100	1e+02
S	%20.10e	f64	100	    1.0000000000e+02
S	%010v	f64	100	0000000100
S	%+v	f64	100	100
S	%-10v|	f64	100	100       |
S	% v	f64	100	 100
S	%+g	f64	100	+100
S	%#.0g	f64	100	1.e+02
S	%.1x	f64	100	0x1.9p+06
S	%#X	f64	100	0X1.9P+06
S	%#b	f64	100	7036874417766400p-46
S	%-+010.3f|	f64	100	+100.000  |
S	% 010.2e	f64	100	 01.00e+02
S	%.20f	f64	100	100.00000000000000000000
S	%.17g	f64	100	100
S	%#G	f64	100	100.000
S	%#10.4g	f64	100	     100.0
S	%v	f64	1234.5678	1234.5678
S	%e	f64	1234.5678	1.234568e+03
S	%E	f64	1234.5678	1.234568E+03
S	%f	f64	1234.5678	1234.567800
S	%F	f64	1234.5678	1234.567800
S	%g	f64	1234.5678	1234.5678
S	%G	f64	1234.5678	1234.5678
S	%b	f64	1234.5678	5429686605511341p-42
S	%x	f64	1234.5678	0x1.34a456d5cfaadp+10
S	%X	f64	1234.5678	0X1.34A456D5CFAADP+10
S	%.0f	f64	1234.5678	1235
S	%.2f	f64	1234.5678	1234.57
S	%.3e	f64	1234.5678	1.235e+03
S	%.10g	f64	1234.5678	1234.5678
S	%.3g	f64	1234.5678	1.23e+03
S	%8.2f	f64	1234.5678	 1234.57
S	%-8.2f|	f64	1234.5678	1234.57 |
S	%08.2f	f64	1234.5678	01234.57
S	%+08.2f	f64	1234.5678	+1234.57
S	%+.3e	f64	1234.5678	+1.235e+03
S	% .3f	f64	1234.5678	 1234.568
S	%#g	f64	1234.5678	1234.5678
S	%#.3g	f64	1234.5678	1.23e+03
S	%#v	f64	1234.5678	1234.5678
S	%#e	f64	1234.5678	1.234568e+03
S	%#.0f	f64	1234.5678	1235.
S	%#.0e	f64	1234.5678	1.e+03
S	%#x	f64	1234.5678	0x1.34a456d5cfaadp+10
S	%#.3x	f64	1234.5678	0x1.34ap+10
S	%.0g	f64	1234.5678	1e+03
S	%20.10e	f64	1234.5678	    1.2345678000e+03
S	%010v	f64	1234.5678	01234.5678
S	%+v	f64	1234.5678	1234.5678
S	%-10v|	f64	1234.5678	1234.5678 |
S	% v	f64	1234.5678	 1234.5678
S	%+g	f64	1234.5678	+1234.5678
S	%#.0g	f64	1234.5678	1.e+03
S	%.1x	f64	1234.5678	0x1.3p+10
S	%#X	f64	1234.5678	0X1.34A456D5CFAADP+10
S	%#b	f64	1234.5678	5429686605511341p-42
S	%-+010.3f|	f64	1234.5678	+1234.568 |
S	% 010.2e	f64	1234.5678	 01.23e+03
S	%.20f	f64	1234.5678	1234.56780000000003383320
S	%.17g	f64	1234.5678	1234.5678
S	%#G	f64	1234.5678	1234.5678
S	%#10.4g	f64	1234.5678	     1235.
S	%v	f64	0.6666666666666666	0.6666666666666666
S	%e	f64	0.6666666666666666	6.666667e-01
S	%E	f64	0.6666666666666666	6.666667E-01
S	%f	f64	0.6666666666666666	0.666667
S	%F	f64	0.6666666666666666	0.666667
S	%g	f64	0.6666666666666666	0.6666666666666666
S	%G	f64	0.6666666666666666	0.6666666666666666
S	%b	f64	0.6666666666666666	6004799503160661p-53
S	%x	f64	0.6666666666666666	0x1.5555555555555p-01
S	%X	f64	0.6666666666666666	0X1.5555555555555P-01
S	%.0f	f64	0.6666666666666666	1
S	%.2f	f64	0.6666666666666666	0.67
S	%.3e	f64	0.6666666666666666	6.667e-01
S	%.10g	f64	0.6666666666666666	0.6666666667
S	%.3g	f64	0.6666666666666666	0.667
S	%8.2f	f64	0.6666666666666666	    0.67
S	%-8.2f|	f64	0.6666666666666666	0.67    |
S	%08.2f	f64	0.6666666666666666	00000.67
S	%+08.2f	f64	0.6666666666666666	+0000.67
S	%+.3e	f64	0.6666666666666666	+6.667e-01
S	% .3f	f64	0.6666666666666666	 0.667
S	%#g	f64	0.6666666666666666	0.6666666666666666
S	%#.3g	f64	0.6666666666666666	0.667
S	%#v	f64	0.6666666666666666	0.6666666666666666
S	%#e	f64	0.6666666666666666	6.666667e-01
S	%#.0f	f64	0.6666666666666666	1.
S	%#.0e	f64	0.6666666666666666	7.e-01
S	%#x	f64	0.6666666666666666	0x1.5555555555555p-01
S	%#.3x	f64	0.6666666666666666	0x1.555p-01
S	%.0g	f64	0.6666666666666666	0.7
S	%20.10e	f64	0.6666666666666666	    6.6666666667e-01
S	%010v	f64	0.6666666666666666	0.6666666666666666
S	%+v	f64	0.6666666666666666	0.6666666666666666
S	%-10v|	f64	0.6666666666666666	0.6666666666666666|
S	% v	f64	0.6666666666666666	 0.6666666666666666
S	%+g	f64	0.6666666666666666	+0.6666666666666666
S	%#.0g	f64	0.6666666666666666	0.7
S	%.1x	f64	0.6666666666666666	0x1.5p-01
S	%#X	f64	0.6666666666666666	0X1.5555555555555P-01
S	%#b	f64	0.6666666666666666	6004799503160661p-53
S	%-+010.3f|	f64	0.6666666666666666	+0.667    |
S	% 010.2e	f64	0.6666666666666666	 06.67e-01
S	%.20f	f64	0.6666666666666666	0.66666666666666662966
S	%.17g	f64	0.6666666666666666	0.66666666666666663
S	%#G	f64	0.6666666666666666	0.6666666666666666
S	%#10.4g	f64	0.6666666666666666	    0.6667
S	%v	f64	1e+06	1e+06
S	%e	f64	1e+06	1.000000e+06
S	%E	f64	1e+06	1.000000E+06
S	%f	f64	1e+06	1000000.000000
S	%F	f64	1e+06	1000000.000000
S	%g	f64	1e+06	1e+06
S	%G	f64	1e+06	1E+06
S	%b	f64	1e+06	8589934592000000p-33
S	%x	f64	1e+06	0x1.e848p+19
S	%X	f64	1e+06	0X1.E848P+19
S	%.0f	f64	1e+06	1000000
S	%.2f	f64	1e+06	1000000.00
S	%.3e	f64	1e+06	1.000e+06
S	%.10g	f64	1e+06	1000000
S	%.3g	f64	1e+06	1e+06
S	%8.2f	f64	1e+06	1000000.00
S	%-8.2f|	f64	1e+06	1000000.00|
S	%08.2f	f64	1e+06	1000000.00
S	%+08.2f	f64	1e+06	+1000000.00
S	%+.3e	f64	1e+06	+1.000e+06
S	% .3f	f64	1e+06	 1000000.000
S	%#g	f64	1e+06	1.00000e+06
S	%#.3g	f64	1e+06	1.00e+06
S	%#v	f64	1e+06	1e+06
S	%#e	f64	1e+06	1.000000e+06
S	%#.0f	f64	1e+06	1000000.
S	%#.0e	f64	1e+06	1.e+06
S	%#x	f64	1e+06	0x1.e848p+19
S	%#.3x	f64	1e+06	0x1.e84p+19
S	%.0g	f64	1e+06	1e+06
S	%20.10e	f64	1e+06	    1.0000000000e+06
S	%010v	f64	1e+06	000001e+06
S	%+v	f64	1e+06	1e+06
S	%-10v|	f64	1e+06	1e+06     |
S	% v	f64	1e+06	 1e+06
S	%+g	f64	1e+06	+1e+06
S	%#.0g	f64	1e+06	1.e+06
S	%.1x	f64	1e+06	0x1.fp+19
S	%#X	f64	1e+06	0X1.E848P+19
S	%#b	f64	1e+06	8589934592000000p-33
S	%-+010.3f|	f64	1e+06	+1000000.000|
S	% 010.2e	f64	1e+06	 01.00e+06
S	%.20f	f64	1e+06	1000000.00000000000000000000
S	%.17g	f64	1e+06	1000000
S	%#G	f64	1e+06	1.00000E+06
S	%#10.4g	f64	1e+06	 1.000e+06
S	%v	f64	999999.5	999999.5
S	%e	f64	999999.5	9.999995e+05
S	%E	f64	999999.5	9.999995E+05
S	%f	f64	999999.5	999999.500000
S	%F	f64	999999.5	999999.500000
S	%g	f64	999999.5	999999.5
S	%G	f64	999999.5	999999.5
S	%b	f64	999999.5	8589930297032704p-33
S	%x	f64	999999.5	0x1.e847fp+19
S	%X	f64	999999.5	0X1.E847FP+19
S	%.0f	f64	999999.5	1000000
S	%.2f	f64	999999.5	999999.50
S	%.3e	f64	999999.5	1.000e+06
S	%.10g	f64	999999.5	999999.5
S	%.3g	f64	999999.5	1e+06
S	%8.2f	f64	999999.5	999999.50
S	%-8.2f|	f64	999999.5	999999.50|
S	%08.2f	f64	999999.5	999999.50
S	%+08.2f	f64	999999.5	+999999.50
S	%+.3e	f64	999999.5	+1.000e+06
S	% .3f	f64	999999.5	 999999.500
S	%#g	f64	999999.5	999999.5
S	%#.3g	f64	999999.5	1.00e+06
S	%#v	f64	999999.5	999999.5
S	%#e	f64	999999.5	9.999995e+05
S	%#.0f	f64	999999.5	1000000.
S	%#.0e	f64	999999.5	1.e+06
S	%#x	f64	999999.5	0x1.e847fp+19
S	%#.3x	f64	999999.5	0x1.e84p+19
S	%.0g	f64	999999.5	1e+06
S	%20.10e	f64	999999.5	    9.9999950000e+05
S	%010v	f64	999999.5	00999999.5
S	%+v	f64	999999.5	999999.5
S	%-10v|	f64	999999.5	999999.5  |
S	% v	f64	999999.5	 999999.5
S	%+g	f64	999999.5	+999999.5
S	%#.0g	f64	999999.5	1.e+06
S	%.1x	f64	999999.5	0x1.fp+19
S	%#X	f64	999999.5	0X1.E847FP+19
S	%#b	f64	999999.5	8589930297032704p-33
S	%-+010.3f|	f64	999999.5	+999999.500|
S	% 010.2e	f64	999999.5	 01.00e+06
S	%.20f	f64	999999.5	999999.50000000000000000000
S	%.17g	f64	999999.5	999999.5
S	%#G	f64	999999.5	999999.5
S	%#10.4g	f64	999999.5	 1.000e+06
S	%v	f64	0.0001	0.0001
S	%e	f64	0.0001	1.000000e-04
S	%E	f64	0.0001	1.000000E-04
S	%f	f64	0.0001	0.000100
S	%F	f64	0.0001	0.000100
S	%g	f64	0.0001	0.0001
S	%G	f64	0.0001	0.0001
S	%b	f64	0.0001	7378697629483821p-66
S	%x	f64	0.0001	0x1.a36e2eb1c432dp-14
S	%X	f64	0.0001	0X1.A36E2EB1C432DP-14
S	%.0f	f64	0.0001	0
S	%.2f	f64	0.0001	0.00
S	%.3e	f64	0.0001	1.000e-04
S	%.10g	f64	0.0001	0.0001
S	%.3g	f64	0.0001	0.0001
S	%8.2f	f64	0.0001	    0.00
S	%-8.2f|	f64	0.0001	0.00    |
S	%08.2f	f64	0.0001	00000.00
S	%+08.2f	f64	0.0001	+0000.00
S	%+.3e	f64	0.0001	+1.000e-04
S	% .3f	f64	0.0001	 0.000
S	%#g	f64	0.0001	0.000100000
S	%#.3g	f64	0.0001	0.000100
S	%#v	f64	0.0001	0.0001
S	%#e	f64	0.0001	1.000000e-04
S	%#.0f	f64	0.0001	0.
S	%#.0e	f64	0.0001	1.e-04
S	%#x	f64	0.0001	0x1.a36e2eb1c432dp-14
S	%#.3x	f64	0.0001	0x1.a37p-14
S	%.0g	f64	0.0001	0.0001
S	%20.10e	f64	0.0001	    1.0000000000e-04
S	%010v	f64	0.0001	00000.0001
S	%+v	f64	0.0001	0.0001
S	%-10v|	f64	0.0001	0.0001    |
S	% v	f64	0.0001	 0.0001
S	%+g	f64	0.0001	+0.0001
S	%#.0g	f64	0.0001	0.0001
S	%.1x	f64	0.0001	0x1.ap-14
S	%#X	f64	0.0001	0X1.A36E2EB1C432DP-14
S	%#b	f64	0.0001	7378697629483821p-66
S	%-+010.3f|	f64	0.0001	+0.000    |
S	% 010.2e	f64	0.0001	 01.00e-04
S	%.20f	f64	0.0001	0.00010000000000000000
S	%.17g	f64	0.0001	0.0001
S	%#G	f64	0.0001	0.000100000
S	%#10.4g	f64	0.0001	 0.0001000
S	%v	f64	1e-05	1e-05
S	%e	f64	1e-05	1.000000e-05
S	%E	f64	1e-05	1.000000E-05
S	%f	f64	1e-05	0.000010
S	%F	f64	1e-05	0.000010
S	%g	f64	1e-05	1e-05
S	%G	f64	1e-05	1E-05
S	%b	f64	1e-05	5902958103587057p-69
S	%x	f64	1e-05	0x1.4f8b588e368f1p-17
S	%X	f64	1e-05	0X1.4F8B588E368F1P-17
S	%.0f	f64	1e-05	0
S	%.2f	f64	1e-05	0.00
S	%.3e	f64	1e-05	1.000e-05
S	%.10g	f64	1e-05	1e-05
S	%.3g	f64	1e-05	1e-05
S	%8.2f	f64	1e-05	    0.00
S	%-8.2f|	f64	1e-05	0.00    |
S	%08.2f	f64	1e-05	00000.00
S	%+08.2f	f64	1e-05	+0000.00
S	%+.3e	f64	1e-05	+1.000e-05
S	% .3f	f64	1e-05	 0.000
S	%#g	f64	1e-05	1.00000e-05
S	%#.3g	f64	1e-05	1.00e-05
S	%#v	f64	1e-05	1e-05
S	%#e	f64	1e-05	1.000000e-05
S	%#.0f	f64	1e-05	0.
S	%#.0e	f64	1e-05	1.e-05
S	%#x	f64	1e-05	0x1.4f8b588e368f1p-17
S	%#.3x	f64	1e-05	0x1.4f9p-17
S	%.0g	f64	1e-05	1e-05
S	%20.10e	f64	1e-05	    1.0000000000e-05
S	%010v	f64	1e-05	000001e-05
S	%+v	f64	1e-05	1e-05
S	%-10v|	f64	1e-05	1e-05     |
S	% v	f64	1e-05	 1e-05
S	%+g	f64	1e-05	+1e-05
S	%#.0g	f64	1e-05	1.e-05
S	%.1x	f64	1e-05	0x1.5p-17
S	%#X	f64	1e-05	0X1.4F8B588E368F1P-17
S	%#b	f64	1e-05	5902958103587057p-69
S	%-+010.3f|	f64	1e-05	+0.000    |
S	% 010.2e	f64	1e-05	 01.00e-05
S	%.20f	f64	1e-05	0.00001000000000000000
S	%.17g	f64	1e-05	1.0000000000000001e-05
S	%#G	f64	1e-05	1.00000E-05
S	%#10.4g	f64	1e-05	 1.000e-05
S	%v	f64	123456	123456
S	%e	f64	123456	1.234560e+05
S	%E	f64	123456	1.234560E+05
S	%f	f64	123456	123456.000000
S	%F	f64	123456	123456.000000
S	%g	f64	123456	123456
S	%G	f64	123456	123456
S	%b	f64	123456	8483831719919616p-36
S	%x	f64	123456	0x1.e24p+16
S	%X	f64	123456	0X1.E24P+16
S	%.0f	f64	123456	123456
S	%.2f	f64	123456	123456.00
S	%.3e	f64	123456	1.235e+05
S	%.10g	f64	123456	123456
S	%.3g	f64	123456	1.23e+05
S	%8.2f	f64	123456	123456.00
S	%-8.2f|	f64	123456	123456.00|
S	%08.2f	f64	123456	123456.00
S	%+08.2f	f64	123456	+123456.00
S	%+.3e	f64	123456	+1.235e+05
S	% .3f	f64	123456	 123456.000
S	%#g	f64	123456	123456.
S	%#.3g	f64	123456	1.23e+05
S	%#v	f64	123456	123456
S	%#e	f64	123456	1.234560e+05
S	%#.0f	f64	123456	123456.
S	%#.0e	f64	123456	1.e+05
S	%#x	f64	123456	0x1.e240p+16
S	%#.3x	f64	123456	0x1.e24p+16
S	%.0g	f64	123456	1e+05
S	%20.10e	f64	123456	    1.2345600000e+05
S	%010v	f64	123456	0000123456
S	%+v	f64	123456	123456
S	%-10v|	f64	123456	123456    |
S	% v	f64	123456	 123456
S	%+g	f64	123456	+123456
S	%#.0g	f64	123456	1.e+05
S	%.1x	f64	123456	0x1.ep+16
S	%#X	f64	123456	0X1.E24P+16
S	%#b	f64	123456	8483831719919616p-36
S	%-+010.3f|	f64	123456	+123456.000|
S	% 010.2e	f64	123456	 01.23e+05
S	%.20f	f64	123456	123456.00000000000000000000
S	%.17g	f64	123456	123456
S	%#G	f64	123456	123456.
S	%#10.4g	f64	123456	 1.235e+05
S	%v	f64	1.234567e+06	1.234567e+06
S	%e	f64	1.234567e+06	1.234567e+06
S	%E	f64	1.234567e+06	1.234567E+06
S	%f	f64	1.234567e+06	1234567.000000
S	%F	f64	1.234567e+06	1234567.000000
S	%g	f64	1.234567e+06	1.234567e+06
S	%G	f64	1.234567e+06	1.234567E+06
S	%b	f64	1.234567e+06	5302424889720832p-32
S	%x	f64	1.234567e+06	0x1.2d687p+20
S	%X	f64	1.234567e+06	0X1.2D687P+20
S	%.0f	f64	1.234567e+06	1234567
S	%.2f	f64	1.234567e+06	1234567.00
S	%.3e	f64	1.234567e+06	1.235e+06
S	%.10g	f64	1.234567e+06	1234567
S	%.3g	f64	1.234567e+06	1.23e+06
S	%8.2f	f64	1.234567e+06	1234567.00
S	%-8.2f|	f64	1.234567e+06	1234567.00|
S	%08.2f	f64	1.234567e+06	1234567.00
S	%+08.2f	f64	1.234567e+06	+1234567.00
S	%+.3e	f64	1.234567e+06	+1.235e+06
S	% .3f	f64	1.234567e+06	 1234567.000
S	%#g	f64	1.234567e+06	1.234567e+06
S	%#.3g	f64	1.234567e+06	1.23e+06
S	%#v	f64	1.234567e+06	1.234567e+06
S	%#e	f64	1.234567e+06	1.234567e+06
S	%#.0f	f64	1.234567e+06	1234567.
S	%#.0e	f64	1.234567e+06	1.e+06
S	%#x	f64	1.234567e+06	0x1.2d687p+20
S	%#.3x	f64	1.234567e+06	0x1.2d7p+20
S	%.0g	f64	1.234567e+06	1e+06
S	%20.10e	f64	1.234567e+06	    1.2345670000e+06
S	%010v	f64	1.234567e+06	1.234567e+06
S	%+v	f64	1.234567e+06	1.234567e+06
S	%-10v|	f64	1.234567e+06	1.234567e+06|
S	% v	f64	1.234567e+06	 1.234567e+06
S	%+g	f64	1.234567e+06	+1.234567e+06
S	%#.0g	f64	1.234567e+06	1.e+06
S	%.1x	f64	1.234567e+06	0x1.3p+20
S	%#X	f64	1.234567e+06	0X1.2D687P+20
S	%#b	f64	1.234567e+06	5302424889720832p-32
S	%-+010.3f|	f64	1.234567e+06	+1234567.000|
S	% 010.2e	f64	1.234567e+06	 01.23e+06
S	%.20f	f64	1.234567e+06	1234567.00000000000000000000
S	%.17g	f64	1.234567e+06	1234567
S	%#G	f64	1.234567e+06	1.234567E+06
S	%#10.4g	f64	1.234567e+06	 1.235e+06
S	%v	f64	9.999999	9.999999
S	%e	f64	9.999999	9.999999e+00
S	%E	f64	9.999999	9.999999E+00
S	%f	f64	9.999999	9.999999
S	%F	f64	9.999999	9.999999
S	%g	f64	9.999999	9.999999
S	%G	f64	9.999999	9.999999
S	%b	f64	9.999999	5629498971263167p-49
S	%x	f64	9.999999	0x1.3ffffde7210bfp+03
S	%X	f64	9.999999	0X1.3FFFFDE7210BFP+03
S	%.0f	f64	9.999999	10
S	%.2f	f64	9.999999	10.00
S	%.3e	f64	9.999999	1.000e+01
S	%.10g	f64	9.999999	9.999999
S	%.3g	f64	9.999999	10
S	%8.2f	f64	9.999999	   10.00
S	%-8.2f|	f64	9.999999	10.00   |
S	%08.2f	f64	9.999999	00010.00
S	%+08.2f	f64	9.999999	+0010.00
S	%+.3e	f64	9.999999	+1.000e+01
S	% .3f	f64	9.999999	 10.000
S	%#g	f64	9.999999	9.999999
S	%#.3g	f64	9.999999	10.0
S	%#v	f64	9.999999	9.999999
S	%#e	f64	9.999999	9.999999e+00
S	%#.0f	f64	9.999999	10.
S	%#.0e	f64	9.999999	1.e+01
S	%#x	f64	9.999999	0x1.3ffffde7210bfp+03
S	%#.3x	f64	9.999999	0x1.400p+03
S	%.0g	f64	9.999999	1e+01
S	%20.10e	f64	9.999999	    9.9999990000e+00
S	%010v	f64	9.999999	009.999999
S	%+v	f64	9.999999	9.999999
S	%-10v|	f64	9.999999	9.999999  |
S	% v	f64	9.999999	 9.999999
S	%+g	f64	9.999999	+9.999999
S	%#.0g	f64	9.999999	1.e+01
S	%.1x	f64	9.999999	0x1.4p+03
S	%#X	f64	9.999999	0X1.3FFFFDE7210BFP+03
S	%#b	f64	9.999999	5629498971263167p-49
S	%-+010.3f|	f64	9.999999	+10.000   |
S	% 010.2e	f64	9.999999	 01.00e+01
S	%.20f	f64	9.999999	9.99999900000000074840
S	%.17g	f64	9.999999	9.9999990000000007
S	%#G	f64	9.999999	9.999999
S	%#10.4g	f64	9.999999	     10.00
S	%v	f64	2.5e-05	2.5e-05
S	%e	f64	2.5e-05	2.500000e-05
S	%E	f64	2.5e-05	2.500000E-05
S	%f	f64	2.5e-05	0.000025
S	%F	f64	2.5e-05	0.000025
S	%g	f64	2.5e-05	2.5e-05
S	%G	f64	2.5e-05	2.5E-05
S	%b	f64	2.5e-05	7378697629483821p-68
S	%x	f64	2.5e-05	0x1.a36e2eb1c432dp-16
S	%X	f64	2.5e-05	0X1.A36E2EB1C432DP-16
S	%.0f	f64	2.5e-05	0
S	%.2f	f64	2.5e-05	0.00
S	%.3e	f64	2.5e-05	2.500e-05
S	%.10g	f64	2.5e-05	2.5e-05
S	%.3g	f64	2.5e-05	2.5e-05
S	%8.2f	f64	2.5e-05	    0.00
S	%-8.2f|	f64	2.5e-05	0.00    |
S	%08.2f	f64	2.5e-05	00000.00
S	%+08.2f	f64	2.5e-05	+0000.00
S	%+.3e	f64	2.5e-05	+2.500e-05
S	% .3f	f64	2.5e-05	 0.000
S	%#g	f64	2.5e-05	2.50000e-05
S	%#.3g	f64	2.5e-05	2.50e-05
S	%#v	f64	2.5e-05	2.5e-05
S	%#e	f64	2.5e-05	2.500000e-05
S	%#.0f	f64	2.5e-05	0.
S	%#.0e	f64	2.5e-05	3.e-05
S	%#x	f64	2.5e-05	0x1.a36e2eb1c432dp-16
S	%#.3x	f64	2.5e-05	0x1.a37p-16
S	%.0g	f64	2.5e-05	3e-05
S	%20.10e	f64	2.5e-05	    2.5000000000e-05
S	%010v	f64	2.5e-05	0002.5e-05
S	%+v	f64	2.5e-05	2.5e-05
S	%-10v|	f64	2.5e-05	2.5e-05   |
S	% v	f64	2.5e-05	 2.5e-05
S	%+g	f64	2.5e-05	+2.5e-05
S	%#.0g	f64	2.5e-05	3.e-05
S	%.1x	f64	2.5e-05	0x1.ap-16
S	%#X	f64	2.5e-05	0X1.A36E2EB1C432DP-16
S	%#b	f64	2.5e-05	7378697629483821p-68
S	%-+010.3f|	f64	2.5e-05	+0.000    |
S	% 010.2e	f64	2.5e-05	 02.50e-05
S	%.20f	f64	2.5e-05	0.00002500000000000000
S	%.17g	f64	2.5e-05	2.5000000000000001e-05
S	%#G	f64	2.5e-05	2.50000E-05
S	%#10.4g	f64	2.5e-05	 2.500e-05
S	%v	f64	0.10000000149011612	0.10000000149011612
S	%e	f64	0.10000000149011612	1.000000e-01
S	%E	f64	0.10000000149011612	1.000000E-01
S	%f	f64	0.10000000149011612	0.100000
S	%F	f64	0.10000000149011612	0.100000
S	%g	f64	0.10000000149011612	0.10000000149011612
S	%G	f64	0.10000000149011612	0.10000000149011612
S	%b	f64	0.10000000149011612	7205759511166976p-56
S	%x	f64	0.10000000149011612	0x1.99999ap-04
S	%X	f64	0.10000000149011612	0X1.99999AP-04
S	%.0f	f64	0.10000000149011612	0
S	%.2f	f64	0.10000000149011612	0.10
S	%.3e	f64	0.10000000149011612	1.000e-01
S	%.10g	f64	0.10000000149011612	0.1000000015
S	%.3g	f64	0.10000000149011612	0.1
S	%8.2f	f64	0.10000000149011612	    0.10
S	%-8.2f|	f64	0.10000000149011612	0.10    |
S	%08.2f	f64	0.10000000149011612	00000.10
S	%+08.2f	f64	0.10000000149011612	+0000.10
S	%+.3e	f64	0.10000000149011612	+1.000e-01
S	% .3f	f64	0.10000000149011612	 0.100
S	%#g	f64	0.10000000149011612	0.10000000149011612
S	%#.3g	f64	0.10000000149011612	0.100
S	%#v	f64	0.10000000149011612	0.10000000149011612
S	%#e	f64	0.10000000149011612	1.000000e-01
S	%#.0f	f64	0.10000000149011612	0.
S	%#.0e	f64	0.10000000149011612	1.e-01
S	%#x	f64	0.10000000149011612	0x1.99999ap-04
S	%#.3x	f64	0.10000000149011612	0x1.99ap-04
S	%.0g	f64	0.10000000149011612	0.1
S	%20.10e	f64	0.10000000149011612	    1.0000000149e-01
S	%010v	f64	0.10000000149011612	0.10000000149011612
S	%+v	f64	0.10000000149011612	0.10000000149011612
S	%-10v|	f64	0.10000000149011612	0.10000000149011612|
S	% v	f64	0.10000000149011612	 0.10000000149011612
S	%+g	f64	0.10000000149011612	+0.10000000149011612
S	%#.0g	f64	0.10000000149011612	0.1
S	%.1x	f64	0.10000000149011612	0x1.ap-04
S	%#X	f64	0.10000000149011612	0X1.99999AP-04
S	%#b	f64	0.10000000149011612	7205759511166976p-56
S	%-+010.3f|	f64	0.10000000149011612	+0.100    |
S	% 010.2e	f64	0.10000000149011612	 01.00e-01
S	%.20f	f64	0.10000000149011612	0.10000000149011611938
S	%.17g	f64	0.10000000149011612	0.10000000149011612
S	%#G	f64	0.10000000149011612	0.10000000149011612
S	%#10.4g	f64	0.10000000149011612	    0.1000
S	%v	f64	9.007199254740992e+15	9.007199254740992e+15
S	%e	f64	9.007199254740992e+15	9.007199e+15
S	%E	f64	9.007199254740992e+15	9.007199E+15
S	%f	f64	9.007199254740992e+15	9007199254740992.000000
S	%F	f64	9.007199254740992e+15	9007199254740992.000000
S	%g	f64	9.007199254740992e+15	9.007199254740992e+15
S	%G	f64	9.007199254740992e+15	9.007199254740992E+15
S	%b	f64	9.007199254740992e+15	4503599627370496p+1
S	%x	f64	9.007199254740992e+15	0x1p+53
S	%X	f64	9.007199254740992e+15	0X1P+53
S	%.0f	f64	9.007199254740992e+15	9007199254740992
S	%.2f	f64	9.007199254740992e+15	9007199254740992.00
S	%.3e	f64	9.007199254740992e+15	9.007e+15
S	%.10g	f64	9.007199254740992e+15	9.007199255e+15
S	%.3g	f64	9.007199254740992e+15	9.01e+15
S	%8.2f	f64	9.007199254740992e+15	9007199254740992.00
S	%-8.2f|	f64	9.007199254740992e+15	9007199254740992.00|
S	%08.2f	f64	9.007199254740992e+15	9007199254740992.00
S	%+08.2f	f64	9.007199254740992e+15	+9007199254740992.00
S	%+.3e	f64	9.007199254740992e+15	+9.007e+15
S	% .3f	f64	9.007199254740992e+15	 9007199254740992.000
S	%#g	f64	9.007199254740992e+15	9.007199254740992e+15
S	%#.3g	f64	9.007199254740992e+15	9.01e+15
S	%#v	f64	9.007199254740992e+15	9.007199254740992e+15
S	%#e	f64	9.007199254740992e+15	9.007199e+15
S	%#.0f	f64	9.007199254740992e+15	9007199254740992.
S	%#.0e	f64	9.007199254740992e+15	9.e+15
S	%#x	f64	9.007199254740992e+15	0x1.0000p+53
S	%#.3x	f64	9.007199254740992e+15	0x1.000p+53
S	%.0g	f64	9.007199254740992e+15	9e+15
S	%20.10e	f64	9.007199254740992e+15	    9.0071992547e+15
S	%010v	f64	9.007199254740992e+15	9.007199254740992e+15
S	%+v	f64	9.007199254740992e+15	9.007199254740992e+15
S	%-10v|	f64	9.007199254740992e+15	9.007199254740992e+15|
S	% v	f64	9.007199254740992e+15	 9.007199254740992e+15
S	%+g	f64	9.007199254740992e+15	+9.007199254740992e+15
S	%#.0g	f64	9.007199254740992e+15	9.e+15
S	%.1x	f64	9.007199254740992e+15	0x1.0p+53
S	%#X	f64	9.007199254740992e+15	0X1.P+53
S	%#b	f64	9.007199254740992e+15	4503599627370496p+1
S	%-+010.3f|	f64	9.007199254740992e+15	+9007199254740992.000|
S	% 010.2e	f64	9.007199254740992e+15	 09.01e+15
S	%.20f	f64	9.007199254740992e+15	9007199254740992.00000000000000000000
S	%.17g	f64	9.007199254740992e+15	9007199254740992
S	%#G	f64	9.007199254740992e+15	9.007199254740992E+15
S	%#10.4g	f64	9.007199254740992e+15	 9.007e+15
S	%v	f64	4.35	4.35
S	%e	f64	4.35	4.350000e+00
S	%E	f64	4.35	4.350000E+00
S	%f	f64	4.35	4.350000
S	%F	f64	4.35	4.350000
S	%g	f64	4.35	4.35
S	%G	f64	4.35	4.35
S	%b	f64	4.35	4897664594765414p-50
S	%x	f64	4.35	0x1.1666666666666p+02
S	%X	f64	4.35	0X1.1666666666666P+02
S	%.0f	f64	4.35	4
S	%.2f	f64	4.35	4.35
S	%.3e	f64	4.35	4.350e+00
S	%.10g	f64	4.35	4.35
S	%.3g	f64	4.35	4.35
S	%8.2f	f64	4.35	    4.35
S	%-8.2f|	f64	4.35	4.35    |
S	%08.2f	f64	4.35	00004.35
S	%+08.2f	f64	4.35	+0004.35
S	%+.3e	f64	4.35	+4.350e+00
S	% .3f	f64	4.35	 4.350
S	%#g	f64	4.35	4.35000
S	%#.3g	f64	4.35	4.35
S	%#v	f64	4.35	4.35
S	%#e	f64	4.35	4.350000e+00
S	%#.0f	f64	4.35	4.
S	%#.0e	f64	4.35	4.e+00
S	%#x	f64	4.35	0x1.1666666666666p+02
S	%#.3x	f64	4.35	0x1.166p+02
S	%.0g	f64	4.35	4
S	%20.10e	f64	4.35	    4.3500000000e+00
S	%010v	f64	4.35	0000004.35
S	%+v	f64	4.35	4.35
S	%-10v|	f64	4.35	4.35      |
S	% v	f64	4.35	 4.35
S	%+g	f64	4.35	+4.35
S	%#.0g	f64	4.35	4.
S	%.1x	f64	4.35	0x1.1p+02
S	%#X	f64	4.35	0X1.1666666666666P+02
S	%#b	f64	4.35	4897664594765414p-50
S	%-+010.3f|	f64	4.35	+4.350    |
S	% 010.2e	f64	4.35	 04.35e+00
S	%.20f	f64	4.35	4.34999999999999964473
S	%.17g	f64	4.35	4.3499999999999996
S	%#G	f64	4.35	4.35000
S	%#10.4g	f64	4.35	     4.350
S	%v	f32	0	0
S	%e	f32	0	0.000000e+00
S	%f	f32	0	0.000000
S	%g	f32	0	0
S	%.3g	f32	0	0
S	%b	f32	0	0p-149
S	%x	f32	0	0x0p+00
S	%.10f	f32	0	0.0000000000
S	%#v	f32	0	0
S	%+.2e	f32	0	+0.00e+00
S	%v	f32	0.1	0.1
S	%e	f32	0.1	1.000000e-01
S	%f	f32	0.1	0.100000
S	%g	f32	0.1	0.1
S	%.3g	f32	0.1	0.1
S	%b	f32	0.1	13421773p-27
S	%x	f32	0.1	0x1.99999ap-04
S	%.10f	f32	0.1	0.1000000015
S	%#v	f32	0.1	0.1
S	%+.2e	f32	0.1	+1.00e-01
S	%v	f32	1e+10	1e+10
S	%e	f32	1e+10	1.000000e+10
S	%f	f32	1e+10	10000000000.000000
S	%g	f32	1e+10	1e+10
S	%.3g	f32	1e+10	1e+10
S	%b	f32	1e+10	9765625p+10
S	%x	f32	1e+10	0x1.2a05f2p+33
S	%.10f	f32	1e+10	10000000000.0000000000
S	%#v	f32	1e+10	1e+10
S	%+.2e	f32	1e+10	+1.00e+10
S	%v	f32	3.4028235e+38	3.4028235e+38
S	%e	f32	3.4028235e+38	3.402823e+38
S	%f	f32	3.4028235e+38	340282346638528859811704183484516925440.000000
S	%g	f32	3.4028235e+38	3.4028235e+38
S	%.3g	f32	3.4028235e+38	3.4e+38
S	%b	f32	3.4028235e+38	16777215p+104
S	%x	f32	3.4028235e+38	0x1.fffffep+127
S	%.10f	f32	3.4028235e+38	340282346638528859811704183484516925440.0000000000
S	%#v	f32	3.4028235e+38	3.4028235e+38
S	%+.2e	f32	3.4028235e+38	+3.40e+38
S	%v	f32	1.6777216e+07	1.6777216e+07
S	%e	f32	1.6777216e+07	1.677722e+07
S	%f	f32	1.6777216e+07	16777216.000000
S	%g	f32	1.6777216e+07	1.6777216e+07
S	%.3g	f32	1.6777216e+07	1.68e+07
S	%b	f32	1.6777216e+07	8388608p+1
S	%x	f32	1.6777216e+07	0x1p+24
S	%.10f	f32	1.6777216e+07	16777216.0000000000
S	%#v	f32	1.6777216e+07	1.6777216e+07
S	%+.2e	f32	1.6777216e+07	+1.68e+07
S	%v	f32	1.5	1.5
S	%e	f32	1.5	1.500000e+00
S	%f	f32	1.5	1.500000
S	%g	f32	1.5	1.5
S	%.3g	f32	1.5	1.5
S	%b	f32	1.5	12582912p-23
S	%x	f32	1.5	0x1.8p+00
S	%.10f	f32	1.5	1.5000000000
S	%#v	f32	1.5	1.5
S	%+.2e	f32	1.5	+1.50e+00
S	%v	f32	-2.75	-2.75
S	%e	f32	-2.75	-2.750000e+00
S	%f	f32	-2.75	-2.750000
S	%g	f32	-2.75	-2.75
S	%.3g	f32	-2.75	-2.75
S	%b	f32	-2.75	-11534336p-22
S	%x	f32	-2.75	-0x1.6p+01
S	%.10f	f32	-2.75	-2.7500000000
S	%#v	f32	-2.75	-2.75
S	%+.2e	f32	-2.75	-2.75e+00
S	%v	f32	1e-45	1e-45
S	%e	f32	1e-45	1.401298e-45
S	%f	f32	1e-45	0.000000
S	%g	f32	1e-45	1e-45
S	%.3g	f32	1e-45	1.4e-45
S	%b	f32	1e-45	1p-149
S	%x	f32	1e-45	0x1p-149
S	%.10f	f32	1e-45	0.0000000000
S	%#v	f32	1e-45	1e-45
S	%+.2e	f32	1e-45	+1.40e-45
S	%v	f32	3.14159	3.14159
S	%e	f32	3.14159	3.141590e+00
S	%f	f32	3.14159	3.141590
S	%g	f32	3.14159	3.14159
S	%.3g	f32	3.14159	3.14
S	%b	f32	3.14159	13176784p-22
S	%x	f32	3.14159	0x1.921fap+01
S	%.10f	f32	3.14159	3.1415901184
S	%#v	f32	3.14159	3.14159
S	%+.2e	f32	3.14159	+3.14e+00
S	%v	f32	1e-07	1e-07
S	%e	f32	1e-07	1.000000e-07
S	%f	f32	1e-07	0.000000
S	%g	f32	1e-07	1e-07
S	%.3g	f32	1e-07	1e-07
S	%b	f32	1e-07	14073749p-47
S	%x	f32	1e-07	0x1.ad7f2ap-24
S	%.10f	f32	1e-07	0.0000001000
S	%#v	f32	1e-07	1e-07
S	%+.2e	f32	1e-07	+1.00e-07
S	%v	f32	1.2345679e+08	1.2345679e+08
S	%e	f32	1.2345679e+08	1.234568e+08
S	%f	f32	1.2345679e+08	123456792.000000
S	%g	f32	1.2345679e+08	1.2345679e+08
S	%.3g	f32	1.2345679e+08	1.23e+08
S	%b	f32	1.2345679e+08	15432099p+3
S	%x	f32	1.2345679e+08	0x1.d6f346p+26
S	%.10f	f32	1.2345679e+08	123456792.0000000000
S	%#v	f32	1.2345679e+08	1.2345679e+08
S	%+.2e	f32	1.2345679e+08	+1.23e+08
S	%d	int	0	0
S	%+d	int	0	+0
S	% d	int	0	 0
S	%5d	int	0	    0
S	%-5d|	int	0	0    |
S	%05d	int	0	00000
S	%.3d	int	0	000
S	%8.3d	int	0	     000
S	%x	int	0	0
S	%X	int	0	0
S	%#x	int	0	0x0
S	%#X	int	0	0X0
S	%o	int	0	0
S	%#o	int	0	0
S	%O	int	0	0o0
S	%b	int	0	0
S	%#b	int	0	0b0
S	%v	int	0	0
S	%#v	int	0	0
S	%+v	int	0	0
S	%08b	int	0	00000000
S	%-08d|	int	0	0       |
S	%+05d	int	0	+0000
S	% 05d	int	0	 0000
S	%.0d	int	0	
S	%5.0d|	int	0	     |
S	%#.3x	int	0	0x000
S	%#8x	int	0	     0x0
S	%#08x	int	0	0x00000000
S	%+x	int	0	+0
S	% x	int	0	 0
S	%#o	int	0	0
S	%#.0o	int	0	
S	%#5.0x|	int	0	     |
S	%020d	int	0	00000000000000000000
S	%-+8d|	int	0	+0      |
S	%d	int	1	1
S	%+d	int	1	+1
S	% d	int	1	 1
S	%5d	int	1	    1
S	%-5d|	int	1	1    |
S	%05d	int	1	00001
S	%.3d	int	1	001
S	%8.3d	int	1	     001
S	%x	int	1	1
S	%X	int	1	1
S	%#x	int	1	0x1
S	%#X	int	1	0X1
S	%o	int	1	1
S	%#o	int	1	01
S	%O	int	1	0o1
S	%b	int	1	1
S	%#b	int	1	0b1
S	%v	int	1	1
S	%#v	int	1	1
S	%+v	int	1	1
S	%08b	int	1	00000001
S	%-08d|	int	1	1       |
S	%+05d	int	1	+0001
S	% 05d	int	1	 0001
S	%.0d	int	1	1
S	%5.0d|	int	1	    1|
S	%#.3x	int	1	0x001
S	%#8x	int	1	     0x1
S	%#08x	int	1	0x00000001
S	%+x	int	1	+1
S	% x	int	1	 1
S	%#o	int	1	01
S	%#.0o	int	1	01
S	%#5.0x|	int	1	  0x1|
S	%020d	int	1	00000000000000000001
S	%-+8d|	int	1	+1      |
S	%d	int	-1	-1
S	%+d	int	-1	-1
S	% d	int	-1	-1
S	%5d	int	-1	   -1
S	%-5d|	int	-1	-1   |
S	%05d	int	-1	-0001
S	%.3d	int	-1	-001
S	%8.3d	int	-1	    -001
S	%x	int	-1	-1
S	%X	int	-1	-1
S	%#x	int	-1	-0x1
S	%#X	int	-1	-0X1
S	%o	int	-1	-1
S	%#o	int	-1	-01
S	%O	int	-1	-0o1
S	%b	int	-1	-1
S	%#b	int	-1	-0b1
S	%v	int	-1	-1
S	%#v	int	-1	-1
S	%+v	int	-1	-1
S	%08b	int	-1	-0000001
S	%-08d|	int	-1	-1      |
S	%+05d	int	-1	-0001
S	% 05d	int	-1	-0001
S	%.0d	int	-1	-1
S	%5.0d|	int	-1	   -1|
S	%#.3x	int	-1	-0x001
S	%#8x	int	-1	    -0x1
S	%#08x	int	-1	-0x0000001
S	%+x	int	-1	-1
S	% x	int	-1	-1
S	%#o	int	-1	-01
S	%#.0o	int	-1	-01
S	%#5.0x|	int	-1	 -0x1|
S	%020d	int	-1	-0000000000000000001
S	%-+8d|	int	-1	-1      |
S	%d	int	42	42
S	%+d	int	42	+42
S	% d	int	42	 42
S	%5d	int	42	   42
S	%-5d|	int	42	42   |
S	%05d	int	42	00042
S	%.3d	int	42	042
S	%8.3d	int	42	     042
S	%x	int	42	2a
S	%X	int	42	2A
S	%#x	int	42	0x2a
S	%#X	int	42	0X2A
S	%o	int	42	52
S	%#o	int	42	052
S	%O	int	42	0o52
S	%b	int	42	101010
S	%#b	int	42	0b101010
S	%v	int	42	42
S	%#v	int	42	42
S	%+v	int	42	42
S	%08b	int	42	00101010
S	%-08d|	int	42	42      |
S	%+05d	int	42	+0042
S	% 05d	int	42	 0042
S	%.0d	int	42	42
S	%5.0d|	int	42	   42|
S	%#.3x	int	42	0x02a
S	%#8x	int	42	    0x2a
S	%#08x	int	42	0x0000002a
S	%+x	int	42	+2a
S	% x	int	42	 2a
S	%#o	int	42	052
S	%#.0o	int	42	052
S	%#5.0x|	int	42	 0x2a|
S	%020d	int	42	00000000000000000042
S	%-+8d|	int	42	+42     |
S	%d	int	-42	-42
S	%+d	int	-42	-42
S	% d	int	-42	-42
S	%5d	int	-42	  -42
S	%-5d|	int	-42	-42  |
S	%05d	int	-42	-0042
S	%.3d	int	-42	-042
S	%8.3d	int	-42	    -042
S	%x	int	-42	-2a
S	%X	int	-42	-2A
S	%#x	int	-42	-0x2a
S	%#X	int	-42	-0X2A
S	%o	int	-42	-52
S	%#o	int	-42	-052
S	%O	int	-42	-0o52
S	%b	int	-42	-101010
S	%#b	int	-42	-0b101010
S	%v	int	-42	-42
S	%#v	int	-42	-42
S	%+v	int	-42	-42
S	%08b	int	-42	-0101010
S	%-08d|	int	-42	-42     |
S	%+05d	int	-42	-0042
S	% 05d	int	-42	-0042
S	%.0d	int	-42	-42
S	%5.0d|	int	-42	  -42|
S	%#.3x	int	-42	-0x02a
S	%#8x	int	-42	   -0x2a
S	%#08x	int	-42	-0x000002a
S	%+x	int	-42	-2a
S	% x	int	-42	-2a
S	%#o	int	-42	-052
S	%#.0o	int	-42	-052
S	%#5.0x|	int	-42	-0x2a|
S	%020d	int	-42	-0000000000000000042
S	%-+8d|	int	-42	-42     |
S	%d	int	255	255
S	%+d	int	255	+255
S	% d	int	255	 255
S	%5d	int	255	  255
S	%-5d|	int	255	255  |
S	%05d	int	255	00255
S	%.3d	int	255	255
S	%8.3d	int	255	     255
S	%x	int	255	ff
S	%X	int	255	FF
S	%#x	int	255	0xff
S	%#X	int	255	0XFF
S	%o	int	255	377
S	%#o	int	255	0377
S	%O	int	255	0o377
S	%b	int	255	11111111
S	%#b	int	255	0b11111111
S	%v	int	255	255
S	%#v	int	255	255
S	%+v	int	255	255
S	%08b	int	255	11111111
S	%-08d|	int	255	255     |
S	%+05d	int	255	+0255
S	% 05d	int	255	 0255
S	%.0d	int	255	255
S	%5.0d|	int	255	  255|
S	%#.3x	int	255	0x0ff
S	%#8x	int	255	    0xff
S	%#08x	int	255	0x000000ff
S	%+x	int	255	+ff
S	% x	int	255	 ff
S	%#o	int	255	0377
S	%#.0o	int	255	0377
S	%#5.0x|	int	255	 0xff|
S	%020d	int	255	00000000000000000255
S	%-+8d|	int	255	+255    |
S	%d	int	1000000	1000000
S	%+d	int	1000000	+1000000
S	% d	int	1000000	 1000000
S	%5d	int	1000000	1000000
S	%-5d|	int	1000000	1000000|
S	%05d	int	1000000	1000000
S	%.3d	int	1000000	1000000
S	%8.3d	int	1000000	 1000000
S	%x	int	1000000	f4240
S	%X	int	1000000	F4240
S	%#x	int	1000000	0xf4240
S	%#X	int	1000000	0XF4240
S	%o	int	1000000	3641100
S	%#o	int	1000000	03641100
S	%O	int	1000000	0o3641100
S	%b	int	1000000	11110100001001000000
S	%#b	int	1000000	0b11110100001001000000
S	%v	int	1000000	1000000
S	%#v	int	1000000	1000000
S	%+v	int	1000000	1000000
S	%08b	int	1000000	11110100001001000000
S	%-08d|	int	1000000	1000000 |
S	%+05d	int	1000000	+1000000
S	% 05d	int	1000000	 1000000
S	%.0d	int	1000000	1000000
S	%5.0d|	int	1000000	1000000|
S	%#.3x	int	1000000	0xf4240
S	%#8x	int	1000000	 0xf4240
S	%#08x	int	1000000	0x000f4240
S	%+x	int	1000000	+f4240
S	% x	int	1000000	 f4240
S	%#o	int	1000000	03641100
S	%#.0o	int	1000000	03641100
S	%#5.0x|	int	1000000	0xf4240|
S	%020d	int	1000000	00000000000001000000
S	%-+8d|	int	1000000	+1000000|
S	%d	int	9223372036854775807	9223372036854775807
S	%+d	int	9223372036854775807	+9223372036854775807
S	% d	int	9223372036854775807	 9223372036854775807
S	%5d	int	9223372036854775807	9223372036854775807
S	%-5d|	int	9223372036854775807	9223372036854775807|
S	%05d	int	9223372036854775807	9223372036854775807
S	%.3d	int	9223372036854775807	9223372036854775807
S	%8.3d	int	9223372036854775807	9223372036854775807
S	%x	int	9223372036854775807	7fffffffffffffff
S	%X	int	9223372036854775807	7FFFFFFFFFFFFFFF
S	%#x	int	9223372036854775807	0x7fffffffffffffff
S	%#X	int	9223372036854775807	0X7FFFFFFFFFFFFFFF
S	%o	int	9223372036854775807	777777777777777777777
S	%#o	int	9223372036854775807	0777777777777777777777
S	%O	int	9223372036854775807	0o777777777777777777777
S	%b	int	9223372036854775807	111111111111111111111111111111111111111111111111111111111111111
S	%#b	int	9223372036854775807	0b111111111111111111111111111111111111111111111111111111111111111
S	%v	int	9223372036854775807	9223372036854775807
S	%#v	int	9223372036854775807	9223372036854775807
S	%+v	int	9223372036854775807	9223372036854775807
S	%08b	int	9223372036854775807	111111111111111111111111111111111111111111111111111111111111111
S	%-08d|	int	9223372036854775807	9223372036854775807|
S	%+05d	int	9223372036854775807	+9223372036854775807
S	% 05d	int	9223372036854775807	 9223372036854775807
S	%.0d	int	9223372036854775807	9223372036854775807
S	%5.0d|	int	9223372036854775807	9223372036854775807|
S	%#.3x	int	9223372036854775807	0x7fffffffffffffff
S	%#8x	int	9223372036854775807	0x7fffffffffffffff
S	%#08x	int	9223372036854775807	0x7fffffffffffffff
S	%+x	int	9223372036854775807	+7fffffffffffffff
S	% x	int	9223372036854775807	 7fffffffffffffff
S	%#o	int	9223372036854775807	0777777777777777777777
S	%#.0o	int	9223372036854775807	0777777777777777777777
S	%#5.0x|	int	9223372036854775807	0x7fffffffffffffff|
S	%020d	int	9223372036854775807	09223372036854775807
S	%-+8d|	int	9223372036854775807	+9223372036854775807|
S	%d	int	-9223372036854775808	-9223372036854775808
S	%+d	int	-9223372036854775808	-9223372036854775808
S	% d	int	-9223372036854775808	-9223372036854775808
S	%5d	int	-9223372036854775808	-9223372036854775808
S	%-5d|	int	-9223372036854775808	-9223372036854775808|
S	%05d	int	-9223372036854775808	-9223372036854775808
S	%.3d	int	-9223372036854775808	-9223372036854775808
S	%8.3d	int	-9223372036854775808	-9223372036854775808
S	%x	int	-9223372036854775808	-8000000000000000
S	%X	int	-9223372036854775808	-8000000000000000
S	%#x	int	-9223372036854775808	-0x8000000000000000
S	%#X	int	-9223372036854775808	-0X8000000000000000
S	%o	int	-9223372036854775808	-1000000000000000000000
S	%#o	int	-9223372036854775808	-01000000000000000000000
S	%O	int	-9223372036854775808	-0o1000000000000000000000
S	%b	int	-9223372036854775808	-1000000000000000000000000000000000000000000000000000000000000000
S	%#b	int	-9223372036854775808	-0b1000000000000000000000000000000000000000000000000000000000000000
S	%v	int	-9223372036854775808	-9223372036854775808
S	%#v	int	-9223372036854775808	-9223372036854775808
S	%+v	int	-9223372036854775808	-9223372036854775808
S	%08b	int	-9223372036854775808	-1000000000000000000000000000000000000000000000000000000000000000
S	%-08d|	int	-9223372036854775808	-9223372036854775808|
S	%+05d	int	-9223372036854775808	-9223372036854775808
S	% 05d	int	-9223372036854775808	-9223372036854775808
S	%.0d	int	-9223372036854775808	-9223372036854775808
S	%5.0d|	int	-9223372036854775808	-9223372036854775808|
S	%#.3x	int	-9223372036854775808	-0x8000000000000000
S	%#8x	int	-9223372036854775808	-0x8000000000000000
S	%#08x	int	-9223372036854775808	-0x8000000000000000
S	%+x	int	-9223372036854775808	-8000000000000000
S	% x	int	-9223372036854775808	-8000000000000000
S	%#o	int	-9223372036854775808	-01000000000000000000000
S	%#.0o	int	-9223372036854775808	-01000000000000000000000
S	%#5.0x|	int	-9223372036854775808	-0x8000000000000000|
S	%020d	int	-9223372036854775808	-9223372036854775808
S	%-+8d|	int	-9223372036854775808	-9223372036854775808|
S	%d	uint	0	0
S	%v	uint	0	0
S	%#v	uint	0	0x0
S	%x	uint	0	0
S	%#X	uint	0	0X0
S	%o	uint	0	0
S	%O	uint	0	0o0
S	%b	uint	0	0
S	%+d	uint	0	+0
S	%08d	uint	0	00000000
S	%#08v	uint	0	0x00000000
S	%d	uint	7	7
S	%v	uint	7	7
S	%#v	uint	7	0x7
S	%x	uint	7	7
S	%#X	uint	7	0X7
S	%o	uint	7	7
S	%O	uint	7	0o7
S	%b	uint	7	111
S	%+d	uint	7	+7
S	%08d	uint	7	00000007
S	%#08v	uint	7	0x00000007
S	%d	uint	255	255
S	%v	uint	255	255
S	%#v	uint	255	0xff
S	%x	uint	255	ff
S	%#X	uint	255	0XFF
S	%o	uint	255	377
S	%O	uint	255	0o377
S	%b	uint	255	11111111
S	%+d	uint	255	+255
S	%08d	uint	255	00000255
S	%#08v	uint	255	0x000000ff
S	%d	uint	18446744073709551615	18446744073709551615
S	%v	uint	18446744073709551615	18446744073709551615
S	%#v	uint	18446744073709551615	0xffffffffffffffff
S	%x	uint	18446744073709551615	ffffffffffffffff
S	%#X	uint	18446744073709551615	0XFFFFFFFFFFFFFFFF
S	%o	uint	18446744073709551615	1777777777777777777777
S	%O	uint	18446744073709551615	0o1777777777777777777777
S	%b	uint	18446744073709551615	1111111111111111111111111111111111111111111111111111111111111111
S	%+d	uint	18446744073709551615	+18446744073709551615
S	%08d	uint	18446744073709551615	18446744073709551615
S	%#08v	uint	18446744073709551615	0xffffffffffffffff
S	%v	uint8	0	0
S	%d	uint8	0	0
S	%c	uint8	0	\x00
S	%q	uint8	0	'\x5cx00'
S	%x	uint8	0	0
S	%#v	uint8	0	0x0
S	%v	uint8	65	65
S	%d	uint8	65	65
S	%c	uint8	65	A
S	%q	uint8	65	'A'
S	%x	uint8	65	41
S	%#v	uint8	65	0x41
S	%v	uint8	200	200
S	%d	uint8	200	200
S	%c	uint8	200	\xc3\x88
S	%q	uint8	200	'\xc3\x88'
S	%x	uint8	200	c8
S	%#v	uint8	200	0xc8
S	%c	int	65	A
S	%q	int	65	'A'
S	%+q	int	65	'A'
S	%#q	int	65	'A'
S	%U	int	65	U+0041
S	%#U	int	65	U+0041 'A'
S	%5c|	int	65	    A|
S	%-5c|	int	65	A    |
S	%05c	int	65	0000A
S	%8q	int	65	     'A'
S	%08q	int	65	00000'A'
S	%.6U	int	65	U+000041
S	%#.6U	int	65	U+000041 'A'
S	%-12U|	int	65	U+0041      |
S	%012U	int	65	      U+0041
S	%#+q	int	65	'A'
S	%c	int	120	x
S	%q	int	120	'x'
S	%+q	int	120	'x'
S	%#q	int	120	'x'
S	%U	int	120	U+0078
S	%#U	int	120	U+0078 'x'
S	%5c|	int	120	    x|
S	%-5c|	int	120	x    |
S	%05c	int	120	0000x
S	%8q	int	120	     'x'
S	%08q	int	120	00000'x'
S	%.6U	int	120	U+000078
S	%#.6U	int	120	U+000078 'x'
S	%-12U|	int	120	U+0078      |
S	%012U	int	120	      U+0078
S	%#+q	int	120	'x'
S	%c	int	233	\xc3\xa9
S	%q	int	233	'\xc3\xa9'
S	%+q	int	233	'\x5cu00e9'
S	%#q	int	233	'\xc3\xa9'
S	%U	int	233	U+00E9
S	%#U	int	233	U+00E9 '\xc3\xa9'
S	%5c|	int	233	    \xc3\xa9|
S	%-5c|	int	233	\xc3\xa9    |
S	%05c	int	233	0000\xc3\xa9
S	%8q	int	233	     '\xc3\xa9'
S	%08q	int	233	00000'\xc3\xa9'
S	%.6U	int	233	U+0000E9
S	%#.6U	int	233	U+0000E9 '\xc3\xa9'
S	%-12U|	int	233	U+00E9      |
S	%012U	int	233	      U+00E9
S	%#+q	int	233	'\x5cu00e9'
S	%c	int	19990	\xe4\xb8\x96
S	%q	int	19990	'\xe4\xb8\x96'
S	%+q	int	19990	'\x5cu4e16'
S	%#q	int	19990	'\xe4\xb8\x96'
S	%U	int	19990	U+4E16
S	%#U	int	19990	U+4E16 '\xe4\xb8\x96'
S	%5c|	int	19990	    \xe4\xb8\x96|
S	%-5c|	int	19990	\xe4\xb8\x96    |
S	%05c	int	19990	0000\xe4\xb8\x96
S	%8q	int	19990	     '\xe4\xb8\x96'
S	%08q	int	19990	00000'\xe4\xb8\x96'
S	%.6U	int	19990	U+004E16
S	%#.6U	int	19990	U+004E16 '\xe4\xb8\x96'
S	%-12U|	int	19990	U+4E16      |
S	%012U	int	19990	      U+4E16
S	%#+q	int	19990	'\x5cu4e16'
S	%c	int	128512	\xf0\x9f\x98\x80
S	%q	int	128512	'\xf0\x9f\x98\x80'
S	%+q	int	128512	'\x5cU0001f600'
S	%#q	int	128512	'\xf0\x9f\x98\x80'
S	%U	int	128512	U+1F600
S	%#U	int	128512	U+1F600 '\xf0\x9f\x98\x80'
S	%5c|	int	128512	    \xf0\x9f\x98\x80|
S	%-5c|	int	128512	\xf0\x9f\x98\x80    |
S	%05c	int	128512	0000\xf0\x9f\x98\x80
S	%8q	int	128512	     '\xf0\x9f\x98\x80'
S	%08q	int	128512	00000'\xf0\x9f\x98\x80'
S	%.6U	int	128512	U+01F600
S	%#.6U	int	128512	U+01F600 '\xf0\x9f\x98\x80'
S	%-12U|	int	128512	U+1F600     |
S	%012U	int	128512	     U+1F600
S	%#+q	int	128512	'\x5cU0001f600'
S	%c	int	7	\x07
S	%q	int	7	'\x5ca'
S	%+q	int	7	'\x5ca'
S	%#q	int	7	'\x5ca'
S	%U	int	7	U+0007
S	%#U	int	7	U+0007
S	%5c|	int	7	    \x07|
S	%-5c|	int	7	\x07    |
S	%05c	int	7	0000\x07
S	%8q	int	7	    '\x5ca'
S	%08q	int	7	0000'\x5ca'
S	%.6U	int	7	U+000007
S	%#.6U	int	7	U+000007
S	%-12U|	int	7	U+0007      |
S	%012U	int	7	      U+0007
S	%#+q	int	7	'\x5ca'
S	%c	int	0	\x00
S	%q	int	0	'\x5cx00'
S	%+q	int	0	'\x5cx00'
S	%#q	int	0	'\x5cx00'
S	%U	int	0	U+0000
S	%#U	int	0	U+0000
S	%5c|	int	0	    \x00|
S	%-5c|	int	0	\x00    |
S	%05c	int	0	0000\x00
S	%8q	int	0	  '\x5cx00'
S	%08q	int	0	00'\x5cx00'
S	%.6U	int	0	U+000000
S	%#.6U	int	0	U+000000
S	%-12U|	int	0	U+0000      |
S	%012U	int	0	      U+0000
S	%#+q	int	0	'\x5cx00'
S	%c	int	39	'
S	%q	int	39	'\x5c''
S	%+q	int	39	'\x5c''
S	%#q	int	39	'\x5c''
S	%U	int	39	U+0027
S	%#U	int	39	U+0027 '''
S	%5c|	int	39	    '|
S	%-5c|	int	39	'    |
S	%05c	int	39	0000'
S	%8q	int	39	    '\x5c''
S	%08q	int	39	0000'\x5c''
S	%.6U	int	39	U+000027
S	%#.6U	int	39	U+000027 '''
S	%-12U|	int	39	U+0027      |
S	%012U	int	39	      U+0027
S	%#+q	int	39	'\x5c''
S	%c	int	34	"
S	%q	int	34	'"'
S	%+q	int	34	'"'
S	%#q	int	34	'"'
S	%U	int	34	U+0022
S	%#U	int	34	U+0022 '"'
S	%5c|	int	34	    "|
S	%-5c|	int	34	"    |
S	%05c	int	34	0000"
S	%8q	int	34	     '"'
S	%08q	int	34	00000'"'
S	%.6U	int	34	U+000022
S	%#.6U	int	34	U+000022 '"'
S	%-12U|	int	34	U+0022      |
S	%012U	int	34	      U+0022
S	%#+q	int	34	'"'
S	%c	int	92	\x5c
S	%q	int	92	'\x5c\x5c'
S	%+q	int	92	'\x5c\x5c'
S	%#q	int	92	'\x5c\x5c'
S	%U	int	92	U+005C
S	%#U	int	92	U+005C '\x5c'
S	%5c|	int	92	    \x5c|
S	%-5c|	int	92	\x5c    |
S	%05c	int	92	0000\x5c
S	%8q	int	92	    '\x5c\x5c'
S	%08q	int	92	0000'\x5c\x5c'
S	%.6U	int	92	U+00005C
S	%#.6U	int	92	U+00005C '\x5c'
S	%-12U|	int	92	U+005C      |
S	%012U	int	92	      U+005C
S	%#+q	int	92	'\x5c\x5c'
S	%c	int	10	\x0a
S	%q	int	10	'\x5cn'
S	%+q	int	10	'\x5cn'
S	%#q	int	10	'\x5cn'
S	%U	int	10	U+000A
S	%#U	int	10	U+000A
S	%5c|	int	10	    \x0a|
S	%-5c|	int	10	\x0a    |
S	%05c	int	10	0000\x0a
S	%8q	int	10	    '\x5cn'
S	%08q	int	10	0000'\x5cn'
S	%.6U	int	10	U+00000A
S	%#.6U	int	10	U+00000A
S	%-12U|	int	10	U+000A      |
S	%012U	int	10	      U+000A
S	%#+q	int	10	'\x5cn'
S	%c	int	127	\x7f
S	%q	int	127	'\x5cx7f'
S	%+q	int	127	'\x5cx7f'
S	%#q	int	127	'\x5cx7f'
S	%U	int	127	U+007F
S	%#U	int	127	U+007F
S	%5c|	int	127	    \x7f|
S	%-5c|	int	127	\x7f    |
S	%05c	int	127	0000\x7f
S	%8q	int	127	  '\x5cx7f'
S	%08q	int	127	00'\x5cx7f'
S	%.6U	int	127	U+00007F
S	%#.6U	int	127	U+00007F
S	%-12U|	int	127	U+007F      |
S	%012U	int	127	      U+007F
S	%#+q	int	127	'\x5cx7f'
S	%c	int	173	\xc2\xad
S	%q	int	173	'\x5cu00ad'
S	%+q	int	173	'\x5cu00ad'
S	%#q	int	173	'\x5cu00ad'
S	%U	int	173	U+00AD
S	%#U	int	173	U+00AD
S	%5c|	int	173	    \xc2\xad|
S	%-5c|	int	173	\xc2\xad    |
S	%05c	int	173	0000\xc2\xad
S	%8q	int	173	'\x5cu00ad'
S	%08q	int	173	'\x5cu00ad'
S	%.6U	int	173	U+0000AD
S	%#.6U	int	173	U+0000AD
S	%-12U|	int	173	U+00AD      |
S	%012U	int	173	      U+00AD
S	%#+q	int	173	'\x5cu00ad'
S	%c	int	55296	\xef\xbf\xbd
S	%q	int	55296	'\xef\xbf\xbd'
S	%+q	int	55296	'\x5cufffd'
S	%#q	int	55296	'\xef\xbf\xbd'
S	%U	int	55296	U+D800
S	%#U	int	55296	U+D800
S	%5c|	int	55296	    \xef\xbf\xbd|
S	%-5c|	int	55296	\xef\xbf\xbd    |
S	%05c	int	55296	0000\xef\xbf\xbd
S	%8q	int	55296	     '\xef\xbf\xbd'
S	%08q	int	55296	00000'\xef\xbf\xbd'
S	%.6U	int	55296	U+00D800
S	%#.6U	int	55296	U+00D800
S	%-12U|	int	55296	U+D800      |
S	%012U	int	55296	      U+D800
S	%#+q	int	55296	'\x5cufffd'
S	%c	int	1114111	\xf4\x8f\xbf\xbf
S	%q	int	1114111	'\x5cU0010ffff'
S	%+q	int	1114111	'\x5cU0010ffff'
S	%#q	int	1114111	'\x5cU0010ffff'
S	%U	int	1114111	U+10FFFF
S	%#U	int	1114111	U+10FFFF
S	%5c|	int	1114111	    \xf4\x8f\xbf\xbf|
S	%-5c|	int	1114111	\xf4\x8f\xbf\xbf    |
S	%05c	int	1114111	0000\xf4\x8f\xbf\xbf
S	%8q	int	1114111	'\x5cU0010ffff'
S	%08q	int	1114111	'\x5cU0010ffff'
S	%.6U	int	1114111	U+10FFFF
S	%#.6U	int	1114111	U+10FFFF
S	%-12U|	int	1114111	U+10FFFF    |
S	%012U	int	1114111	    U+10FFFF
S	%#+q	int	1114111	'\x5cU0010ffff'
S	%c	int	1114112	\xef\xbf\xbd
S	%q	int	1114112	'\xef\xbf\xbd'
S	%+q	int	1114112	'\x5cufffd'
S	%#q	int	1114112	'\xef\xbf\xbd'
S	%U	int	1114112	U+110000
S	%#U	int	1114112	U+110000
S	%5c|	int	1114112	    \xef\xbf\xbd|
S	%-5c|	int	1114112	\xef\xbf\xbd    |
S	%05c	int	1114112	0000\xef\xbf\xbd
S	%8q	int	1114112	     '\xef\xbf\xbd'
S	%08q	int	1114112	00000'\xef\xbf\xbd'
S	%.6U	int	1114112	U+110000
S	%#.6U	int	1114112	U+110000
S	%-12U|	int	1114112	U+110000    |
S	%012U	int	1114112	    U+110000
S	%#+q	int	1114112	'\x5cufffd'
S	%c	int	-1	\xef\xbf\xbd
S	%q	int	-1	'\xef\xbf\xbd'
S	%+q	int	-1	'\x5cufffd'
S	%#q	int	-1	'\xef\xbf\xbd'
S	%U	int	-1	U+FFFFFFFFFFFFFFFF
S	%#U	int	-1	U+FFFFFFFFFFFFFFFF
S	%5c|	int	-1	    \xef\xbf\xbd|
S	%-5c|	int	-1	\xef\xbf\xbd    |
S	%05c	int	-1	0000\xef\xbf\xbd
S	%8q	int	-1	     '\xef\xbf\xbd'
S	%08q	int	-1	00000'\xef\xbf\xbd'
S	%.6U	int	-1	U+FFFFFFFFFFFFFFFF
S	%#.6U	int	-1	U+FFFFFFFFFFFFFFFF
S	%-12U|	int	-1	U+FFFFFFFFFFFFFFFF|
S	%012U	int	-1	U+FFFFFFFFFFFFFFFF
S	%#+q	int	-1	'\x5cufffd'
S	%c	int	8203	\xe2\x80\x8b
S	%q	int	8203	'\x5cu200b'
S	%+q	int	8203	'\x5cu200b'
S	%#q	int	8203	'\x5cu200b'
S	%U	int	8203	U+200B
S	%#U	int	8203	U+200B
S	%5c|	int	8203	    \xe2\x80\x8b|
S	%-5c|	int	8203	\xe2\x80\x8b    |
S	%05c	int	8203	0000\xe2\x80\x8b
S	%8q	int	8203	'\x5cu200b'
S	%08q	int	8203	'\x5cu200b'
S	%.6U	int	8203	U+00200B
S	%#.6U	int	8203	U+00200B
S	%-12U|	int	8203	U+200B      |
S	%012U	int	8203	      U+200B
S	%#+q	int	8203	'\x5cu200b'
S	%c	int	65279	\xef\xbb\xbf
S	%q	int	65279	'\x5cufeff'
S	%+q	int	65279	'\x5cufeff'
S	%#q	int	65279	'\x5cufeff'
S	%U	int	65279	U+FEFF
S	%#U	int	65279	U+FEFF
S	%5c|	int	65279	    \xef\xbb\xbf|
S	%-5c|	int	65279	\xef\xbb\xbf    |
S	%05c	int	65279	0000\xef\xbb\xbf
S	%8q	int	65279	'\x5cufeff'
S	%08q	int	65279	'\x5cufeff'
S	%.6U	int	65279	U+00FEFF
S	%#.6U	int	65279	U+00FEFF
S	%-12U|	int	65279	U+FEFF      |
S	%012U	int	65279	      U+FEFF
S	%#+q	int	65279	'\x5cufeff'
S	%c	int	57344	\xee\x80\x80
S	%q	int	57344	'\x5cue000'
S	%+q	int	57344	'\x5cue000'
S	%#q	int	57344	'\x5cue000'
S	%U	int	57344	U+E000
S	%#U	int	57344	U+E000
S	%5c|	int	57344	    \xee\x80\x80|
S	%-5c|	int	57344	\xee\x80\x80    |
S	%05c	int	57344	0000\xee\x80\x80
S	%8q	int	57344	'\x5cue000'
S	%08q	int	57344	'\x5cue000'
S	%.6U	int	57344	U+00E000
S	%#.6U	int	57344	U+00E000
S	%-12U|	int	57344	U+E000      |
S	%012U	int	57344	      U+E000
S	%#+q	int	57344	'\x5cue000'
S	%c	int	888	\xcd\xb8
S	%q	int	888	'\x5cu0378'
S	%+q	int	888	'\x5cu0378'
S	%#q	int	888	'\x5cu0378'
S	%U	int	888	U+0378
S	%#U	int	888	U+0378
S	%5c|	int	888	    \xcd\xb8|
S	%-5c|	int	888	\xcd\xb8    |
S	%05c	int	888	0000\xcd\xb8
S	%8q	int	888	'\x5cu0378'
S	%08q	int	888	'\x5cu0378'
S	%.6U	int	888	U+000378
S	%#.6U	int	888	U+000378
S	%-12U|	int	888	U+0378      |
S	%012U	int	888	      U+0378
S	%#+q	int	888	'\x5cu0378'
S	%c	int	917505	\xf3\xa0\x80\x81
S	%q	int	917505	'\x5cU000e0001'
S	%+q	int	917505	'\x5cU000e0001'
S	%#q	int	917505	'\x5cU000e0001'
S	%U	int	917505	U+E0001
S	%#U	int	917505	U+E0001
S	%5c|	int	917505	    \xf3\xa0\x80\x81|
S	%-5c|	int	917505	\xf3\xa0\x80\x81    |
S	%05c	int	917505	0000\xf3\xa0\x80\x81
S	%8q	int	917505	'\x5cU000e0001'
S	%08q	int	917505	'\x5cU000e0001'
S	%.6U	int	917505	U+0E0001
S	%#.6U	int	917505	U+0E0001
S	%-12U|	int	917505	U+E0001     |
S	%012U	int	917505	     U+E0001
S	%#+q	int	917505	'\x5cU000e0001'
S	%c	int	4294967296	\xef\xbf\xbd
S	%q	int	4294967296	'\xef\xbf\xbd'
S	%+q	int	4294967296	'\x5cufffd'
S	%#q	int	4294967296	'\xef\xbf\xbd'
S	%U	int	4294967296	U+100000000
S	%#U	int	4294967296	U+100000000
S	%5c|	int	4294967296	    \xef\xbf\xbd|
S	%-5c|	int	4294967296	\xef\xbf\xbd    |
S	%05c	int	4294967296	0000\xef\xbf\xbd
S	%8q	int	4294967296	     '\xef\xbf\xbd'
S	%08q	int	4294967296	00000'\xef\xbf\xbd'
S	%.6U	int	4294967296	U+100000000
S	%#.6U	int	4294967296	U+100000000
S	%-12U|	int	4294967296	U+100000000 |
S	%012U	int	4294967296	 U+100000000
S	%#+q	int	4294967296	'\x5cufffd'
S	%v	int32	65	65
S	%c	int32	65	A
S	%q	int32	65	'A'
S	%U	int32	65	U+0041
S	%#U	int32	65	U+0041 'A'
S	%x	int32	65	41
S	%v	int32	233	233
S	%c	int32	233	\xc3\xa9
S	%q	int32	233	'\xc3\xa9'
S	%U	int32	233	U+00E9
S	%#U	int32	233	U+00E9 '\xc3\xa9'
S	%x	int32	233	e9
S	%v	int32	128512	128512
S	%c	int32	128512	\xf0\x9f\x98\x80
S	%q	int32	128512	'\xf0\x9f\x98\x80'
S	%U	int32	128512	U+1F600
S	%#U	int32	128512	U+1F600 '\xf0\x9f\x98\x80'
S	%x	int32	128512	1f600
S	%v	int32	9	9
S	%c	int32	9	\x09
S	%q	int32	9	'\x5ct'
S	%U	int32	9	U+0009
S	%#U	int32	9	U+0009
S	%x	int32	9	9
S	%s	string		
S	%v	string		
S	%q	string		""
S	%+q	string		""
S	%#q	string		``
S	%x	string		
S	%X	string		
S	% x	string		
S	%#x	string		
S	% #x	string		
S	% #X	string		
S	%10s|	string		          |
S	%-10s|	string		          |
S	%.3s	string		
S	%10.2s|	string		          |
S	%#v	string		""
S	%05s	string		00000
S	%.2x	string		
S	%.0s|	string		|
S	%12q|	string		          ""|
S	%-12q|	string		""          |
S	%.2q	string		""
S	%#.3q	string		``
S	%+#q	string		``
S	%010x|	string		0000000000|
S	%-10x|	string		          |
S	%#-12x|	string		            |
S	%.1x	string		
S	%010q	string		00000000""
S	%s	string	hello	hello
S	%v	string	hello	hello
S	%q	string	hello	"hello"
S	%+q	string	hello	"hello"
S	%#q	string	hello	`hello`
S	%x	string	hello	68656c6c6f
S	%X	string	hello	68656C6C6F
S	% x	string	hello	68 65 6c 6c 6f
S	%#x	string	hello	0x68656c6c6f
S	% #x	string	hello	0x68 0x65 0x6c 0x6c 0x6f
S	% #X	string	hello	0X68 0X65 0X6C 0X6C 0X6F
S	%10s|	string	hello	     hello|
S	%-10s|	string	hello	hello     |
S	%.3s	string	hello	hel
S	%10.2s|	string	hello	        he|
S	%#v	string	hello	"hello"
S	%05s	string	hello	hello
S	%.2x	string	hello	6865
S	%.0s|	string	hello	|
S	%12q|	string	hello	     "hello"|
S	%-12q|	string	hello	"hello"     |
S	%.2q	string	hello	"he"
S	%#.3q	string	hello	`hel`
S	%+#q	string	hello	`hello`
S	%010x|	string	hello	68656c6c6f|
S	%-10x|	string	hello	68656c6c6f|
S	%#-12x|	string	hello	0x68656c6c6f|
S	%.1x	string	hello	68
S	%010q	string	hello	000"hello"
S	%s	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c
S	%v	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c
S	%q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"
S	%+q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\x5cu00e9llo, \x5cu4e16\x5cu754c"
S	%#q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	`h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c`
S	%x	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68c3a96c6c6f2c20e4b896e7958c
S	%X	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68C3A96C6C6F2C20E4B896E7958C
S	% x	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c
S	%#x	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	0x68c3a96c6c6f2c20e4b896e7958c
S	% #x	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	0x68 0xc3 0xa9 0x6c 0x6c 0x6f 0x2c 0x20 0xe4 0xb8 0x96 0xe7 0x95 0x8c
S	% #X	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	0X68 0XC3 0XA9 0X6C 0X6C 0X6F 0X2C 0X20 0XE4 0XB8 0X96 0XE7 0X95 0X8C
S	%10s|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	 h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c|
S	%-10s|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c |
S	%.3s	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	h\xc3\xa9l
S	%10.2s|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	        h\xc3\xa9|
S	%#v	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"
S	%05s	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c
S	%.2x	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68c3
S	%.0s|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	|
S	%12q|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	 "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"|
S	%-12q|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c" |
S	%.2q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\xc3\xa9"
S	%#.3q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	`h\xc3\xa9l`
S	%+#q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	`h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c`
S	%010x|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68c3a96c6c6f2c20e4b896e7958c|
S	%-10x|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68c3a96c6c6f2c20e4b896e7958c|
S	%#-12x|	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	0x68c3a96c6c6f2c20e4b896e7958c|
S	%.1x	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	68
S	%010q	string	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"
S	%s	string	a\x09b\x0ac"d\x5c	a\x09b\x0ac"d\x5c
S	%v	string	a\x09b\x0ac"d\x5c	a\x09b\x0ac"d\x5c
S	%q	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
S	%+q	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
S	%#q	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
S	%x	string	a\x09b\x0ac"d\x5c	6109620a6322645c
S	%X	string	a\x09b\x0ac"d\x5c	6109620A6322645C
S	% x	string	a\x09b\x0ac"d\x5c	61 09 62 0a 63 22 64 5c
S	%#x	string	a\x09b\x0ac"d\x5c	0x6109620a6322645c
S	% #x	string	a\x09b\x0ac"d\x5c	0x61 0x09 0x62 0x0a 0x63 0x22 0x64 0x5c
S	% #X	string	a\x09b\x0ac"d\x5c	0X61 0X09 0X62 0X0A 0X63 0X22 0X64 0X5C
S	%10s|	string	a\x09b\x0ac"d\x5c	  a\x09b\x0ac"d\x5c|
S	%-10s|	string	a\x09b\x0ac"d\x5c	a\x09b\x0ac"d\x5c  |
S	%.3s	string	a\x09b\x0ac"d\x5c	a\x09b
S	%10.2s|	string	a\x09b\x0ac"d\x5c	        a\x09|
S	%#v	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
S	%05s	string	a\x09b\x0ac"d\x5c	a\x09b\x0ac"d\x5c
S	%.2x	string	a\x09b\x0ac"d\x5c	6109
S	%.0s|	string	a\x09b\x0ac"d\x5c	|
S	%12q|	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"|
S	%-12q|	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"|
S	%.2q	string	a\x09b\x0ac"d\x5c	"a\x5ct"
S	%#.3q	string	a\x09b\x0ac"d\x5c	`a\x09b`
S	%+#q	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
S	%010x|	string	a\x09b\x0ac"d\x5c	6109620a6322645c|
S	%-10x|	string	a\x09b\x0ac"d\x5c	6109620a6322645c|
S	%#-12x|	string	a\x09b\x0ac"d\x5c	0x6109620a6322645c|
S	%.1x	string	a\x09b\x0ac"d\x5c	61
S	%010q	string	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
S	%s	string	\xff\xfeabc	\xff\xfeabc
S	%v	string	\xff\xfeabc	\xff\xfeabc
S	%q	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"
S	%+q	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"
S	%#q	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"
S	%x	string	\xff\xfeabc	fffe616263
S	%X	string	\xff\xfeabc	FFFE616263
S	% x	string	\xff\xfeabc	ff fe 61 62 63
S	%#x	string	\xff\xfeabc	0xfffe616263
S	% #x	string	\xff\xfeabc	0xff 0xfe 0x61 0x62 0x63
S	% #X	string	\xff\xfeabc	0XFF 0XFE 0X61 0X62 0X63
S	%10s|	string	\xff\xfeabc	     \xff\xfeabc|
S	%-10s|	string	\xff\xfeabc	\xff\xfeabc     |
S	%.3s	string	\xff\xfeabc	\xff\xfea
S	%10.2s|	string	\xff\xfeabc	        \xff\xfe|
S	%#v	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"
S	%05s	string	\xff\xfeabc	\xff\xfeabc
S	%.2x	string	\xff\xfeabc	fffe
S	%.0s|	string	\xff\xfeabc	|
S	%12q|	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"|
S	%-12q|	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"|
S	%.2q	string	\xff\xfeabc	"\x5cxff\x5cxfe"
S	%#.3q	string	\xff\xfeabc	"\x5cxff\x5cxfea"
S	%+#q	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"
S	%010x|	string	\xff\xfeabc	fffe616263|
S	%-10x|	string	\xff\xfeabc	fffe616263|
S	%#-12x|	string	\xff\xfeabc	0xfffe616263|
S	%.1x	string	\xff\xfeabc	ff
S	%010q	string	\xff\xfeabc	"\x5cxff\x5cxfeabc"
S	%s	string	`raw`	`raw`
S	%v	string	`raw`	`raw`
S	%q	string	`raw`	"`raw`"
S	%+q	string	`raw`	"`raw`"
S	%#q	string	`raw`	"`raw`"
S	%x	string	`raw`	6072617760
S	%X	string	`raw`	6072617760
S	% x	string	`raw`	60 72 61 77 60
S	%#x	string	`raw`	0x6072617760
S	% #x	string	`raw`	0x60 0x72 0x61 0x77 0x60
S	% #X	string	`raw`	0X60 0X72 0X61 0X77 0X60
S	%10s|	string	`raw`	     `raw`|
S	%-10s|	string	`raw`	`raw`     |
S	%.3s	string	`raw`	`ra
S	%10.2s|	string	`raw`	        `r|
S	%#v	string	`raw`	"`raw`"
S	%05s	string	`raw`	`raw`
S	%.2x	string	`raw`	6072
S	%.0s|	string	`raw`	|
S	%12q|	string	`raw`	     "`raw`"|
S	%-12q|	string	`raw`	"`raw`"     |
S	%.2q	string	`raw`	"`r"
S	%#.3q	string	`raw`	"`ra"
S	%+#q	string	`raw`	"`raw`"
S	%010x|	string	`raw`	6072617760|
S	%-10x|	string	`raw`	6072617760|
S	%#-12x|	string	`raw`	0x6072617760|
S	%.1x	string	`raw`	60
S	%010q	string	`raw`	000"`raw`"
S	%s	string	\xc2\xad soft	\xc2\xad soft
S	%v	string	\xc2\xad soft	\xc2\xad soft
S	%q	string	\xc2\xad soft	"\x5cu00ad soft"
S	%+q	string	\xc2\xad soft	"\x5cu00ad soft"
S	%#q	string	\xc2\xad soft	`\xc2\xad soft`
S	%x	string	\xc2\xad soft	c2ad20736f6674
S	%X	string	\xc2\xad soft	C2AD20736F6674
S	% x	string	\xc2\xad soft	c2 ad 20 73 6f 66 74
S	%#x	string	\xc2\xad soft	0xc2ad20736f6674
S	% #x	string	\xc2\xad soft	0xc2 0xad 0x20 0x73 0x6f 0x66 0x74
S	% #X	string	\xc2\xad soft	0XC2 0XAD 0X20 0X73 0X6F 0X66 0X74
S	%10s|	string	\xc2\xad soft	    \xc2\xad soft|
S	%-10s|	string	\xc2\xad soft	\xc2\xad soft    |
S	%.3s	string	\xc2\xad soft	\xc2\xad s
S	%10.2s|	string	\xc2\xad soft	        \xc2\xad |
S	%#v	string	\xc2\xad soft	"\x5cu00ad soft"
S	%05s	string	\xc2\xad soft	\xc2\xad soft
S	%.2x	string	\xc2\xad soft	c2ad
S	%.0s|	string	\xc2\xad soft	|
S	%12q|	string	\xc2\xad soft	"\x5cu00ad soft"|
S	%-12q|	string	\xc2\xad soft	"\x5cu00ad soft"|
S	%.2q	string	\xc2\xad soft	"\x5cu00ad "
S	%#.3q	string	\xc2\xad soft	`\xc2\xad s`
S	%+#q	string	\xc2\xad soft	`\xc2\xad soft`
S	%010x|	string	\xc2\xad soft	c2ad20736f6674|
S	%-10x|	string	\xc2\xad soft	c2ad20736f6674|
S	%#-12x|	string	\xc2\xad soft	0xc2ad20736f6674|
S	%.1x	string	\xc2\xad soft	c2
S	%010q	string	\xc2\xad soft	"\x5cu00ad soft"
S	%s	string	\xe2\x80\x8b zw	\xe2\x80\x8b zw
S	%v	string	\xe2\x80\x8b zw	\xe2\x80\x8b zw
S	%q	string	\xe2\x80\x8b zw	"\x5cu200b zw"
S	%+q	string	\xe2\x80\x8b zw	"\x5cu200b zw"
S	%#q	string	\xe2\x80\x8b zw	`\xe2\x80\x8b zw`
S	%x	string	\xe2\x80\x8b zw	e2808b207a77
S	%X	string	\xe2\x80\x8b zw	E2808B207A77
S	% x	string	\xe2\x80\x8b zw	e2 80 8b 20 7a 77
S	%#x	string	\xe2\x80\x8b zw	0xe2808b207a77
S	% #x	string	\xe2\x80\x8b zw	0xe2 0x80 0x8b 0x20 0x7a 0x77
S	% #X	string	\xe2\x80\x8b zw	0XE2 0X80 0X8B 0X20 0X7A 0X77
S	%10s|	string	\xe2\x80\x8b zw	      \xe2\x80\x8b zw|
S	%-10s|	string	\xe2\x80\x8b zw	\xe2\x80\x8b zw      |
S	%.3s	string	\xe2\x80\x8b zw	\xe2\x80\x8b z
S	%10.2s|	string	\xe2\x80\x8b zw	        \xe2\x80\x8b |
S	%#v	string	\xe2\x80\x8b zw	"\x5cu200b zw"
S	%05s	string	\xe2\x80\x8b zw	0\xe2\x80\x8b zw
S	%.2x	string	\xe2\x80\x8b zw	e280
S	%.0s|	string	\xe2\x80\x8b zw	|
S	%12q|	string	\xe2\x80\x8b zw	 "\x5cu200b zw"|
S	%-12q|	string	\xe2\x80\x8b zw	"\x5cu200b zw" |
S	%.2q	string	\xe2\x80\x8b zw	"\x5cu200b "
S	%#.3q	string	\xe2\x80\x8b zw	`\xe2\x80\x8b z`
S	%+#q	string	\xe2\x80\x8b zw	`\xe2\x80\x8b zw`
S	%010x|	string	\xe2\x80\x8b zw	e2808b207a77|
S	%-10x|	string	\xe2\x80\x8b zw	e2808b207a77|
S	%#-12x|	string	\xe2\x80\x8b zw	0xe2808b207a77|
S	%.1x	string	\xe2\x80\x8b zw	e2
S	%010q	string	\xe2\x80\x8b zw	"\x5cu200b zw"
S	%s	string	\xef\xbb\xbfbom	\xef\xbb\xbfbom
S	%v	string	\xef\xbb\xbfbom	\xef\xbb\xbfbom
S	%q	string	\xef\xbb\xbfbom	"\x5cufeffbom"
S	%+q	string	\xef\xbb\xbfbom	"\x5cufeffbom"
S	%#q	string	\xef\xbb\xbfbom	"\x5cufeffbom"
S	%x	string	\xef\xbb\xbfbom	efbbbf626f6d
S	%X	string	\xef\xbb\xbfbom	EFBBBF626F6D
S	% x	string	\xef\xbb\xbfbom	ef bb bf 62 6f 6d
S	%#x	string	\xef\xbb\xbfbom	0xefbbbf626f6d
S	% #x	string	\xef\xbb\xbfbom	0xef 0xbb 0xbf 0x62 0x6f 0x6d
S	% #X	string	\xef\xbb\xbfbom	0XEF 0XBB 0XBF 0X62 0X6F 0X6D
S	%10s|	string	\xef\xbb\xbfbom	      \xef\xbb\xbfbom|
S	%-10s|	string	\xef\xbb\xbfbom	\xef\xbb\xbfbom      |
S	%.3s	string	\xef\xbb\xbfbom	\xef\xbb\xbfbo
S	%10.2s|	string	\xef\xbb\xbfbom	        \xef\xbb\xbfb|
S	%#v	string	\xef\xbb\xbfbom	"\x5cufeffbom"
S	%05s	string	\xef\xbb\xbfbom	0\xef\xbb\xbfbom
S	%.2x	string	\xef\xbb\xbfbom	efbb
S	%.0s|	string	\xef\xbb\xbfbom	|
S	%12q|	string	\xef\xbb\xbfbom	 "\x5cufeffbom"|
S	%-12q|	string	\xef\xbb\xbfbom	"\x5cufeffbom" |
S	%.2q	string	\xef\xbb\xbfbom	"\x5cufeffb"
S	%#.3q	string	\xef\xbb\xbfbom	"\x5cufeffbo"
S	%+#q	string	\xef\xbb\xbfbom	"\x5cufeffbom"
S	%010x|	string	\xef\xbb\xbfbom	efbbbf626f6d|
S	%-10x|	string	\xef\xbb\xbfbom	efbbbf626f6d|
S	%#-12x|	string	\xef\xbb\xbfbom	0xefbbbf626f6d|
S	%.1x	string	\xef\xbb\xbfbom	ef
S	%010q	string	\xef\xbb\xbfbom	"\x5cufeffbom"
S	%s	string	\xf0\x9f\x98\x80 emoji	\xf0\x9f\x98\x80 emoji
S	%v	string	\xf0\x9f\x98\x80 emoji	\xf0\x9f\x98\x80 emoji
S	%q	string	\xf0\x9f\x98\x80 emoji	"\xf0\x9f\x98\x80 emoji"
S	%+q	string	\xf0\x9f\x98\x80 emoji	"\x5cU0001f600 emoji"
S	%#q	string	\xf0\x9f\x98\x80 emoji	`\xf0\x9f\x98\x80 emoji`
S	%x	string	\xf0\x9f\x98\x80 emoji	f09f988020656d6f6a69
S	%X	string	\xf0\x9f\x98\x80 emoji	F09F988020656D6F6A69
S	% x	string	\xf0\x9f\x98\x80 emoji	f0 9f 98 80 20 65 6d 6f 6a 69
S	%#x	string	\xf0\x9f\x98\x80 emoji	0xf09f988020656d6f6a69
S	% #x	string	\xf0\x9f\x98\x80 emoji	0xf0 0x9f 0x98 0x80 0x20 0x65 0x6d 0x6f 0x6a 0x69
S	% #X	string	\xf0\x9f\x98\x80 emoji	0XF0 0X9F 0X98 0X80 0X20 0X65 0X6D 0X6F 0X6A 0X69
S	%10s|	string	\xf0\x9f\x98\x80 emoji	   \xf0\x9f\x98\x80 emoji|
S	%-10s|	string	\xf0\x9f\x98\x80 emoji	\xf0\x9f\x98\x80 emoji   |
S	%.3s	string	\xf0\x9f\x98\x80 emoji	\xf0\x9f\x98\x80 e
S	%10.2s|	string	\xf0\x9f\x98\x80 emoji	        \xf0\x9f\x98\x80 |
S	%#v	string	\xf0\x9f\x98\x80 emoji	"\xf0\x9f\x98\x80 emoji"
S	%05s	string	\xf0\x9f\x98\x80 emoji	\xf0\x9f\x98\x80 emoji
S	%.2x	string	\xf0\x9f\x98\x80 emoji	f09f
S	%.0s|	string	\xf0\x9f\x98\x80 emoji	|
S	%12q|	string	\xf0\x9f\x98\x80 emoji	   "\xf0\x9f\x98\x80 emoji"|
S	%-12q|	string	\xf0\x9f\x98\x80 emoji	"\xf0\x9f\x98\x80 emoji"   |
S	%.2q	string	\xf0\x9f\x98\x80 emoji	"\xf0\x9f\x98\x80 "
S	%#.3q	string	\xf0\x9f\x98\x80 emoji	`\xf0\x9f\x98\x80 e`
S	%+#q	string	\xf0\x9f\x98\x80 emoji	`\xf0\x9f\x98\x80 emoji`
S	%010x|	string	\xf0\x9f\x98\x80 emoji	f09f988020656d6f6a69|
S	%-10x|	string	\xf0\x9f\x98\x80 emoji	f09f988020656d6f6a69|
S	%#-12x|	string	\xf0\x9f\x98\x80 emoji	0xf09f988020656d6f6a69|
S	%.1x	string	\xf0\x9f\x98\x80 emoji	f0
S	%010q	string	\xf0\x9f\x98\x80 emoji	0"\xf0\x9f\x98\x80 emoji"
S	%s	string	\x7f del	\x7f del
S	%v	string	\x7f del	\x7f del
S	%q	string	\x7f del	"\x5cx7f del"
S	%+q	string	\x7f del	"\x5cx7f del"
S	%#q	string	\x7f del	"\x5cx7f del"
S	%x	string	\x7f del	7f2064656c
S	%X	string	\x7f del	7F2064656C
S	% x	string	\x7f del	7f 20 64 65 6c
S	%#x	string	\x7f del	0x7f2064656c
S	% #x	string	\x7f del	0x7f 0x20 0x64 0x65 0x6c
S	% #X	string	\x7f del	0X7F 0X20 0X64 0X65 0X6C
S	%10s|	string	\x7f del	     \x7f del|
S	%-10s|	string	\x7f del	\x7f del     |
S	%.3s	string	\x7f del	\x7f d
S	%10.2s|	string	\x7f del	        \x7f |
S	%#v	string	\x7f del	"\x5cx7f del"
S	%05s	string	\x7f del	\x7f del
S	%.2x	string	\x7f del	7f20
S	%.0s|	string	\x7f del	|
S	%12q|	string	\x7f del	  "\x5cx7f del"|
S	%-12q|	string	\x7f del	"\x5cx7f del"  |
S	%.2q	string	\x7f del	"\x5cx7f "
S	%#.3q	string	\x7f del	"\x5cx7f d"
S	%+#q	string	\x7f del	"\x5cx7f del"
S	%010x|	string	\x7f del	7f2064656c|
S	%-10x|	string	\x7f del	7f2064656c|
S	%#-12x|	string	\x7f del	0x7f2064656c|
S	%.1x	string	\x7f del	7f
S	%010q	string	\x7f del	"\x5cx7f del"
S	%s	string	\xe2\x80\xa8	\xe2\x80\xa8
S	%v	string	\xe2\x80\xa8	\xe2\x80\xa8
S	%q	string	\xe2\x80\xa8	"\x5cu2028"
S	%+q	string	\xe2\x80\xa8	"\x5cu2028"
S	%#q	string	\xe2\x80\xa8	`\xe2\x80\xa8`
S	%x	string	\xe2\x80\xa8	e280a8
S	%X	string	\xe2\x80\xa8	E280A8
S	% x	string	\xe2\x80\xa8	e2 80 a8
S	%#x	string	\xe2\x80\xa8	0xe280a8
S	% #x	string	\xe2\x80\xa8	0xe2 0x80 0xa8
S	% #X	string	\xe2\x80\xa8	0XE2 0X80 0XA8
S	%10s|	string	\xe2\x80\xa8	         \xe2\x80\xa8|
S	%-10s|	string	\xe2\x80\xa8	\xe2\x80\xa8         |
S	%.3s	string	\xe2\x80\xa8	\xe2\x80\xa8
S	%10.2s|	string	\xe2\x80\xa8	         \xe2\x80\xa8|
S	%#v	string	\xe2\x80\xa8	"\x5cu2028"
S	%05s	string	\xe2\x80\xa8	0000\xe2\x80\xa8
S	%.2x	string	\xe2\x80\xa8	e280
S	%.0s|	string	\xe2\x80\xa8	|
S	%12q|	string	\xe2\x80\xa8	    "\x5cu2028"|
S	%-12q|	string	\xe2\x80\xa8	"\x5cu2028"    |
S	%.2q	string	\xe2\x80\xa8	"\x5cu2028"
S	%#.3q	string	\xe2\x80\xa8	`\xe2\x80\xa8`
S	%+#q	string	\xe2\x80\xa8	`\xe2\x80\xa8`
S	%010x|	string	\xe2\x80\xa8	0000e280a8|
S	%-10x|	string	\xe2\x80\xa8	e280a8    |
S	%#-12x|	string	\xe2\x80\xa8	0xe280a8    |
S	%.1x	string	\xe2\x80\xa8	e2
S	%010q	string	\xe2\x80\xa8	00"\x5cu2028"
S	%s	string	\xee\x80\x80	\xee\x80\x80
S	%v	string	\xee\x80\x80	\xee\x80\x80
S	%q	string	\xee\x80\x80	"\x5cue000"
S	%+q	string	\xee\x80\x80	"\x5cue000"
S	%#q	string	\xee\x80\x80	`\xee\x80\x80`
S	%x	string	\xee\x80\x80	ee8080
S	%X	string	\xee\x80\x80	EE8080
S	% x	string	\xee\x80\x80	ee 80 80
S	%#x	string	\xee\x80\x80	0xee8080
S	% #x	string	\xee\x80\x80	0xee 0x80 0x80
S	% #X	string	\xee\x80\x80	0XEE 0X80 0X80
S	%10s|	string	\xee\x80\x80	         \xee\x80\x80|
S	%-10s|	string	\xee\x80\x80	\xee\x80\x80         |
S	%.3s	string	\xee\x80\x80	\xee\x80\x80
S	%10.2s|	string	\xee\x80\x80	         \xee\x80\x80|
S	%#v	string	\xee\x80\x80	"\x5cue000"
S	%05s	string	\xee\x80\x80	0000\xee\x80\x80
S	%.2x	string	\xee\x80\x80	ee80
S	%.0s|	string	\xee\x80\x80	|
S	%12q|	string	\xee\x80\x80	    "\x5cue000"|
S	%-12q|	string	\xee\x80\x80	"\x5cue000"    |
S	%.2q	string	\xee\x80\x80	"\x5cue000"
S	%#.3q	string	\xee\x80\x80	`\xee\x80\x80`
S	%+#q	string	\xee\x80\x80	`\xee\x80\x80`
S	%010x|	string	\xee\x80\x80	0000ee8080|
S	%-10x|	string	\xee\x80\x80	ee8080    |
S	%#-12x|	string	\xee\x80\x80	0xee8080    |
S	%.1x	string	\xee\x80\x80	ee
S	%010q	string	\xee\x80\x80	00"\x5cue000"
S	%s	string	\xcd\xb8	\xcd\xb8
S	%v	string	\xcd\xb8	\xcd\xb8
S	%q	string	\xcd\xb8	"\x5cu0378"
S	%+q	string	\xcd\xb8	"\x5cu0378"
S	%#q	string	\xcd\xb8	`\xcd\xb8`
S	%x	string	\xcd\xb8	cdb8
S	%X	string	\xcd\xb8	CDB8
S	% x	string	\xcd\xb8	cd b8
S	%#x	string	\xcd\xb8	0xcdb8
S	% #x	string	\xcd\xb8	0xcd 0xb8
S	% #X	string	\xcd\xb8	0XCD 0XB8
S	%10s|	string	\xcd\xb8	         \xcd\xb8|
S	%-10s|	string	\xcd\xb8	\xcd\xb8         |
S	%.3s	string	\xcd\xb8	\xcd\xb8
S	%10.2s|	string	\xcd\xb8	         \xcd\xb8|
S	%#v	string	\xcd\xb8	"\x5cu0378"
S	%05s	string	\xcd\xb8	0000\xcd\xb8
S	%.2x	string	\xcd\xb8	cdb8
S	%.0s|	string	\xcd\xb8	|
S	%12q|	string	\xcd\xb8	    "\x5cu0378"|
S	%-12q|	string	\xcd\xb8	"\x5cu0378"    |
S	%.2q	string	\xcd\xb8	"\x5cu0378"
S	%#.3q	string	\xcd\xb8	`\xcd\xb8`
S	%+#q	string	\xcd\xb8	`\xcd\xb8`
S	%010x|	string	\xcd\xb8	000000cdb8|
S	%-10x|	string	\xcd\xb8	cdb8      |
S	%#-12x|	string	\xcd\xb8	0xcdb8      |
S	%.1x	string	\xcd\xb8	cd
S	%010q	string	\xcd\xb8	00"\x5cu0378"
S	%s	string	it's	it's
S	%v	string	it's	it's
S	%q	string	it's	"it's"
S	%+q	string	it's	"it's"
S	%#q	string	it's	`it's`
S	%x	string	it's	69742773
S	%X	string	it's	69742773
S	% x	string	it's	69 74 27 73
S	%#x	string	it's	0x69742773
S	% #x	string	it's	0x69 0x74 0x27 0x73
S	% #X	string	it's	0X69 0X74 0X27 0X73
S	%10s|	string	it's	      it's|
S	%-10s|	string	it's	it's      |
S	%.3s	string	it's	it'
S	%10.2s|	string	it's	        it|
S	%#v	string	it's	"it's"
S	%05s	string	it's	0it's
S	%.2x	string	it's	6974
S	%.0s|	string	it's	|
S	%12q|	string	it's	      "it's"|
S	%-12q|	string	it's	"it's"      |
S	%.2q	string	it's	"it"
S	%#.3q	string	it's	`it'`
S	%+#q	string	it's	`it's`
S	%010x|	string	it's	0069742773|
S	%-10x|	string	it's	69742773  |
S	%#-12x|	string	it's	0x69742773  |
S	%.1x	string	it's	69
S	%010q	string	it's	0000"it's"
S	%s	string	\x07\x08\x0c\x0d\x0b\x00\x1b	\x07\x08\x0c\x0d\x0b\x00\x1b
S	%v	string	\x07\x08\x0c\x0d\x0b\x00\x1b	\x07\x08\x0c\x0d\x0b\x00\x1b
S	%q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
S	%+q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
S	%#q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
S	%x	string	\x07\x08\x0c\x0d\x0b\x00\x1b	07080c0d0b001b
S	%X	string	\x07\x08\x0c\x0d\x0b\x00\x1b	07080C0D0B001B
S	% x	string	\x07\x08\x0c\x0d\x0b\x00\x1b	07 08 0c 0d 0b 00 1b
S	%#x	string	\x07\x08\x0c\x0d\x0b\x00\x1b	0x07080c0d0b001b
S	% #x	string	\x07\x08\x0c\x0d\x0b\x00\x1b	0x07 0x08 0x0c 0x0d 0x0b 0x00 0x1b
S	% #X	string	\x07\x08\x0c\x0d\x0b\x00\x1b	0X07 0X08 0X0C 0X0D 0X0B 0X00 0X1B
S	%10s|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	   \x07\x08\x0c\x0d\x0b\x00\x1b|
S	%-10s|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	\x07\x08\x0c\x0d\x0b\x00\x1b   |
S	%.3s	string	\x07\x08\x0c\x0d\x0b\x00\x1b	\x07\x08\x0c
S	%10.2s|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	        \x07\x08|
S	%#v	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
S	%05s	string	\x07\x08\x0c\x0d\x0b\x00\x1b	\x07\x08\x0c\x0d\x0b\x00\x1b
S	%.2x	string	\x07\x08\x0c\x0d\x0b\x00\x1b	0708
S	%.0s|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	|
S	%12q|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"|
S	%-12q|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"|
S	%.2q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb"
S	%#.3q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf"
S	%+#q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
S	%010x|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	07080c0d0b001b|
S	%-10x|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	07080c0d0b001b|
S	%#-12x|	string	\x07\x08\x0c\x0d\x0b\x00\x1b	0x07080c0d0b001b|
S	%.1x	string	\x07\x08\x0c\x0d\x0b\x00\x1b	07
S	%010q	string	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
S	%s	string	\xe2\x82	\xe2\x82
S	%v	string	\xe2\x82	\xe2\x82
S	%q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%+q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%#q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%x	string	\xe2\x82	e282
S	%X	string	\xe2\x82	E282
S	% x	string	\xe2\x82	e2 82
S	%#x	string	\xe2\x82	0xe282
S	% #x	string	\xe2\x82	0xe2 0x82
S	% #X	string	\xe2\x82	0XE2 0X82
S	%10s|	string	\xe2\x82	        \xe2\x82|
S	%-10s|	string	\xe2\x82	\xe2\x82        |
S	%.3s	string	\xe2\x82	\xe2\x82
S	%10.2s|	string	\xe2\x82	        \xe2\x82|
S	%#v	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%05s	string	\xe2\x82	000\xe2\x82
S	%.2x	string	\xe2\x82	e282
S	%.0s|	string	\xe2\x82	|
S	%12q|	string	\xe2\x82	  "\x5cxe2\x5cx82"|
S	%-12q|	string	\xe2\x82	"\x5cxe2\x5cx82"  |
S	%.2q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%#.3q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%+#q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%010x|	string	\xe2\x82	000000e282|
S	%-10x|	string	\xe2\x82	e282      |
S	%#-12x|	string	\xe2\x82	0xe282      |
S	%.1x	string	\xe2\x82	e2
S	%010q	string	\xe2\x82	"\x5cxe2\x5cx82"
S	%s	string	\xed\xa0\x80	\xed\xa0\x80
S	%v	string	\xed\xa0\x80	\xed\xa0\x80
S	%q	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%+q	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%#q	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%x	string	\xed\xa0\x80	eda080
S	%X	string	\xed\xa0\x80	EDA080
S	% x	string	\xed\xa0\x80	ed a0 80
S	%#x	string	\xed\xa0\x80	0xeda080
S	% #x	string	\xed\xa0\x80	0xed 0xa0 0x80
S	% #X	string	\xed\xa0\x80	0XED 0XA0 0X80
S	%10s|	string	\xed\xa0\x80	       \xed\xa0\x80|
S	%-10s|	string	\xed\xa0\x80	\xed\xa0\x80       |
S	%.3s	string	\xed\xa0\x80	\xed\xa0\x80
S	%10.2s|	string	\xed\xa0\x80	        \xed\xa0|
S	%#v	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%05s	string	\xed\xa0\x80	00\xed\xa0\x80
S	%.2x	string	\xed\xa0\x80	eda0
S	%.0s|	string	\xed\xa0\x80	|
S	%12q|	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"|
S	%-12q|	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"|
S	%.2q	string	\xed\xa0\x80	"\x5cxed\x5cxa0"
S	%#.3q	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%+#q	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%010x|	string	\xed\xa0\x80	0000eda080|
S	%-10x|	string	\xed\xa0\x80	eda080    |
S	%#-12x|	string	\xed\xa0\x80	0xeda080    |
S	%.1x	string	\xed\xa0\x80	ed
S	%010q	string	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
S	%s	string	\xf4\x90\x80\x80	\xf4\x90\x80\x80
S	%v	string	\xf4\x90\x80\x80	\xf4\x90\x80\x80
S	%q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
S	%+q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
S	%#q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
S	%x	string	\xf4\x90\x80\x80	f4908080
S	%X	string	\xf4\x90\x80\x80	F4908080
S	% x	string	\xf4\x90\x80\x80	f4 90 80 80
S	%#x	string	\xf4\x90\x80\x80	0xf4908080
S	% #x	string	\xf4\x90\x80\x80	0xf4 0x90 0x80 0x80
S	% #X	string	\xf4\x90\x80\x80	0XF4 0X90 0X80 0X80
S	%10s|	string	\xf4\x90\x80\x80	      \xf4\x90\x80\x80|
S	%-10s|	string	\xf4\x90\x80\x80	\xf4\x90\x80\x80      |
S	%.3s	string	\xf4\x90\x80\x80	\xf4\x90\x80
S	%10.2s|	string	\xf4\x90\x80\x80	        \xf4\x90|
S	%#v	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
S	%05s	string	\xf4\x90\x80\x80	0\xf4\x90\x80\x80
S	%.2x	string	\xf4\x90\x80\x80	f490
S	%.0s|	string	\xf4\x90\x80\x80	|
S	%12q|	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"|
S	%-12q|	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"|
S	%.2q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90"
S	%#.3q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80"
S	%+#q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
S	%010x|	string	\xf4\x90\x80\x80	00f4908080|
S	%-10x|	string	\xf4\x90\x80\x80	f4908080  |
S	%#-12x|	string	\xf4\x90\x80\x80	0xf4908080  |
S	%.1x	string	\xf4\x90\x80\x80	f4
S	%010q	string	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
S	%s	string	\xc3\xa9\xcc\x81	\xc3\xa9\xcc\x81
S	%v	string	\xc3\xa9\xcc\x81	\xc3\xa9\xcc\x81
S	%q	string	\xc3\xa9\xcc\x81	"\xc3\xa9\xcc\x81"
S	%+q	string	\xc3\xa9\xcc\x81	"\x5cu00e9\x5cu0301"
S	%#q	string	\xc3\xa9\xcc\x81	`\xc3\xa9\xcc\x81`
S	%x	string	\xc3\xa9\xcc\x81	c3a9cc81
S	%X	string	\xc3\xa9\xcc\x81	C3A9CC81
S	% x	string	\xc3\xa9\xcc\x81	c3 a9 cc 81
S	%#x	string	\xc3\xa9\xcc\x81	0xc3a9cc81
S	% #x	string	\xc3\xa9\xcc\x81	0xc3 0xa9 0xcc 0x81
S	% #X	string	\xc3\xa9\xcc\x81	0XC3 0XA9 0XCC 0X81
S	%10s|	string	\xc3\xa9\xcc\x81	        \xc3\xa9\xcc\x81|
S	%-10s|	string	\xc3\xa9\xcc\x81	\xc3\xa9\xcc\x81        |
S	%.3s	string	\xc3\xa9\xcc\x81	\xc3\xa9\xcc\x81
S	%10.2s|	string	\xc3\xa9\xcc\x81	        \xc3\xa9\xcc\x81|
S	%#v	string	\xc3\xa9\xcc\x81	"\xc3\xa9\xcc\x81"
S	%05s	string	\xc3\xa9\xcc\x81	000\xc3\xa9\xcc\x81
S	%.2x	string	\xc3\xa9\xcc\x81	c3a9
S	%.0s|	string	\xc3\xa9\xcc\x81	|
S	%12q|	string	\xc3\xa9\xcc\x81	        "\xc3\xa9\xcc\x81"|
S	%-12q|	string	\xc3\xa9\xcc\x81	"\xc3\xa9\xcc\x81"        |
S	%.2q	string	\xc3\xa9\xcc\x81	"\xc3\xa9\xcc\x81"
S	%#.3q	string	\xc3\xa9\xcc\x81	`\xc3\xa9\xcc\x81`
S	%+#q	string	\xc3\xa9\xcc\x81	`\xc3\xa9\xcc\x81`
S	%010x|	string	\xc3\xa9\xcc\x81	00c3a9cc81|
S	%-10x|	string	\xc3\xa9\xcc\x81	c3a9cc81  |
S	%#-12x|	string	\xc3\xa9\xcc\x81	0xc3a9cc81  |
S	%.1x	string	\xc3\xa9\xcc\x81	c3
S	%010q	string	\xc3\xa9\xcc\x81	000000"\xc3\xa9\xcc\x81"
S	%s	string	\xf4\x8f\xbf\xbf	\xf4\x8f\xbf\xbf
S	%v	string	\xf4\x8f\xbf\xbf	\xf4\x8f\xbf\xbf
S	%q	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
S	%+q	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
S	%#q	string	\xf4\x8f\xbf\xbf	`\xf4\x8f\xbf\xbf`
S	%x	string	\xf4\x8f\xbf\xbf	f48fbfbf
S	%X	string	\xf4\x8f\xbf\xbf	F48FBFBF
S	% x	string	\xf4\x8f\xbf\xbf	f4 8f bf bf
S	%#x	string	\xf4\x8f\xbf\xbf	0xf48fbfbf
S	% #x	string	\xf4\x8f\xbf\xbf	0xf4 0x8f 0xbf 0xbf
S	% #X	string	\xf4\x8f\xbf\xbf	0XF4 0X8F 0XBF 0XBF
S	%10s|	string	\xf4\x8f\xbf\xbf	         \xf4\x8f\xbf\xbf|
S	%-10s|	string	\xf4\x8f\xbf\xbf	\xf4\x8f\xbf\xbf         |
S	%.3s	string	\xf4\x8f\xbf\xbf	\xf4\x8f\xbf\xbf
S	%10.2s|	string	\xf4\x8f\xbf\xbf	         \xf4\x8f\xbf\xbf|
S	%#v	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
S	%05s	string	\xf4\x8f\xbf\xbf	0000\xf4\x8f\xbf\xbf
S	%.2x	string	\xf4\x8f\xbf\xbf	f48f
S	%.0s|	string	\xf4\x8f\xbf\xbf	|
S	%12q|	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"|
S	%-12q|	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"|
S	%.2q	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
S	%#.3q	string	\xf4\x8f\xbf\xbf	`\xf4\x8f\xbf\xbf`
S	%+#q	string	\xf4\x8f\xbf\xbf	`\xf4\x8f\xbf\xbf`
S	%010x|	string	\xf4\x8f\xbf\xbf	00f48fbfbf|
S	%-10x|	string	\xf4\x8f\xbf\xbf	f48fbfbf  |
S	%#-12x|	string	\xf4\x8f\xbf\xbf	0xf48fbfbf  |
S	%.1x	string	\xf4\x8f\xbf\xbf	f4
S	%010q	string	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
S	%s	string	\xf3\xa0\x80\x81	\xf3\xa0\x80\x81
S	%v	string	\xf3\xa0\x80\x81	\xf3\xa0\x80\x81
S	%q	string	\xf3\xa0\x80\x81	"\x5cU000e0001"
S	%+q	string	\xf3\xa0\x80\x81	"\x5cU000e0001"
S	%#q	string	\xf3\xa0\x80\x81	`\xf3\xa0\x80\x81`
S	%x	string	\xf3\xa0\x80\x81	f3a08081
S	%X	string	\xf3\xa0\x80\x81	F3A08081
S	% x	string	\xf3\xa0\x80\x81	f3 a0 80 81
S	%#x	string	\xf3\xa0\x80\x81	0xf3a08081
S	% #x	string	\xf3\xa0\x80\x81	0xf3 0xa0 0x80 0x81
S	% #X	string	\xf3\xa0\x80\x81	0XF3 0XA0 0X80 0X81
S	%10s|	string	\xf3\xa0\x80\x81	         \xf3\xa0\x80\x81|
S	%-10s|	string	\xf3\xa0\x80\x81	\xf3\xa0\x80\x81         |
S	%.3s	string	\xf3\xa0\x80\x81	\xf3\xa0\x80\x81
S	%10.2s|	string	\xf3\xa0\x80\x81	         \xf3\xa0\x80\x81|
S	%#v	string	\xf3\xa0\x80\x81	"\x5cU000e0001"
S	%05s	string	\xf3\xa0\x80\x81	0000\xf3\xa0\x80\x81
S	%.2x	string	\xf3\xa0\x80\x81	f3a0
S	%.0s|	string	\xf3\xa0\x80\x81	|
S	%12q|	string	\xf3\xa0\x80\x81	"\x5cU000e0001"|
S	%-12q|	string	\xf3\xa0\x80\x81	"\x5cU000e0001"|
S	%.2q	string	\xf3\xa0\x80\x81	"\x5cU000e0001"
S	%#.3q	string	\xf3\xa0\x80\x81	`\xf3\xa0\x80\x81`
S	%+#q	string	\xf3\xa0\x80\x81	`\xf3\xa0\x80\x81`
S	%010x|	string	\xf3\xa0\x80\x81	00f3a08081|
S	%-10x|	string	\xf3\xa0\x80\x81	f3a08081  |
S	%#-12x|	string	\xf3\xa0\x80\x81	0xf3a08081  |
S	%.1x	string	\xf3\xa0\x80\x81	f3
S	%010q	string	\xf3\xa0\x80\x81	"\x5cU000e0001"
S	%s	string	abc\xc2\x85def	abc\xc2\x85def
S	%v	string	abc\xc2\x85def	abc\xc2\x85def
S	%q	string	abc\xc2\x85def	"abc\x5cu0085def"
S	%+q	string	abc\xc2\x85def	"abc\x5cu0085def"
S	%#q	string	abc\xc2\x85def	`abc\xc2\x85def`
S	%x	string	abc\xc2\x85def	616263c285646566
S	%X	string	abc\xc2\x85def	616263C285646566
S	% x	string	abc\xc2\x85def	61 62 63 c2 85 64 65 66
S	%#x	string	abc\xc2\x85def	0x616263c285646566
S	% #x	string	abc\xc2\x85def	0x61 0x62 0x63 0xc2 0x85 0x64 0x65 0x66
S	% #X	string	abc\xc2\x85def	0X61 0X62 0X63 0XC2 0X85 0X64 0X65 0X66
S	%10s|	string	abc\xc2\x85def	   abc\xc2\x85def|
S	%-10s|	string	abc\xc2\x85def	abc\xc2\x85def   |
S	%.3s	string	abc\xc2\x85def	abc
S	%10.2s|	string	abc\xc2\x85def	        ab|
S	%#v	string	abc\xc2\x85def	"abc\x5cu0085def"
S	%05s	string	abc\xc2\x85def	abc\xc2\x85def
S	%.2x	string	abc\xc2\x85def	6162
S	%.0s|	string	abc\xc2\x85def	|
S	%12q|	string	abc\xc2\x85def	"abc\x5cu0085def"|
S	%-12q|	string	abc\xc2\x85def	"abc\x5cu0085def"|
S	%.2q	string	abc\xc2\x85def	"ab"
S	%#.3q	string	abc\xc2\x85def	`abc`
S	%+#q	string	abc\xc2\x85def	`abc\xc2\x85def`
S	%010x|	string	abc\xc2\x85def	616263c285646566|
S	%-10x|	string	abc\xc2\x85def	616263c285646566|
S	%#-12x|	string	abc\xc2\x85def	0x616263c285646566|
S	%.1x	string	abc\xc2\x85def	61
S	%010q	string	abc\xc2\x85def	"abc\x5cu0085def"
S	%s	string	\xc2\xa0nbsp	\xc2\xa0nbsp
S	%v	string	\xc2\xa0nbsp	\xc2\xa0nbsp
S	%q	string	\xc2\xa0nbsp	"\x5cu00a0nbsp"
S	%+q	string	\xc2\xa0nbsp	"\x5cu00a0nbsp"
S	%#q	string	\xc2\xa0nbsp	`\xc2\xa0nbsp`
S	%x	string	\xc2\xa0nbsp	c2a06e627370
S	%X	string	\xc2\xa0nbsp	C2A06E627370
S	% x	string	\xc2\xa0nbsp	c2 a0 6e 62 73 70
S	%#x	string	\xc2\xa0nbsp	0xc2a06e627370
S	% #x	string	\xc2\xa0nbsp	0xc2 0xa0 0x6e 0x62 0x73 0x70
S	% #X	string	\xc2\xa0nbsp	0XC2 0XA0 0X6E 0X62 0X73 0X70
S	%10s|	string	\xc2\xa0nbsp	     \xc2\xa0nbsp|
S	%-10s|	string	\xc2\xa0nbsp	\xc2\xa0nbsp     |
S	%.3s	string	\xc2\xa0nbsp	\xc2\xa0nb
S	%10.2s|	string	\xc2\xa0nbsp	        \xc2\xa0n|
S	%#v	string	\xc2\xa0nbsp	"\x5cu00a0nbsp"
S	%05s	string	\xc2\xa0nbsp	\xc2\xa0nbsp
S	%.2x	string	\xc2\xa0nbsp	c2a0
S	%.0s|	string	\xc2\xa0nbsp	|
S	%12q|	string	\xc2\xa0nbsp	"\x5cu00a0nbsp"|
S	%-12q|	string	\xc2\xa0nbsp	"\x5cu00a0nbsp"|
S	%.2q	string	\xc2\xa0nbsp	"\x5cu00a0n"
S	%#.3q	string	\xc2\xa0nbsp	`\xc2\xa0nb`
S	%+#q	string	\xc2\xa0nbsp	`\xc2\xa0nbsp`
S	%010x|	string	\xc2\xa0nbsp	c2a06e627370|
S	%-10x|	string	\xc2\xa0nbsp	c2a06e627370|
S	%#-12x|	string	\xc2\xa0nbsp	0xc2a06e627370|
S	%.1x	string	\xc2\xa0nbsp	c2
S	%010q	string	\xc2\xa0nbsp	"\x5cu00a0nbsp"
S	%t	bool	true	true
S	%v	bool	true	true
S	%6t|	bool	true	  true|
S	%-6t|	bool	true	true  |
S	%06t	bool	true	00true
S	%.2t	bool	true	true
S	%t	bool	false	false
S	%v	bool	false	false
S	%6t|	bool	false	 false|
S	%-6t|	bool	false	false |
S	%06t	bool	false	0false
S	%.2t	bool	false	false
F	b	-1	64	0	0p-1074
F	b	0	64	0	0p-1074
F	b	3	64	0	0p-1074
F	b	10	64	0	0p-1074
F	e	-1	64	0	0e+00
F	e	0	64	0	0e+00
F	e	3	64	0	0.000e+00
F	e	10	64	0	0.0000000000e+00
F	E	-1	64	0	0E+00
F	E	0	64	0	0E+00
F	E	3	64	0	0.000E+00
F	E	10	64	0	0.0000000000E+00
F	f	-1	64	0	0
F	f	0	64	0	0
F	f	3	64	0	0.000
F	f	10	64	0	0.0000000000
F	g	-1	64	0	0
F	g	0	64	0	0
F	g	3	64	0	0
F	g	10	64	0	0
F	G	-1	64	0	0
F	G	0	64	0	0
F	G	3	64	0	0
F	G	10	64	0	0
F	x	-1	64	0	0x0p+00
F	x	0	64	0	0x0p+00
F	x	3	64	0	0x0.000p+00
F	x	10	64	0	0x0.0000000000p+00
F	X	-1	64	0	0X0P+00
F	X	0	64	0	0X0P+00
F	X	3	64	0	0X0.000P+00
F	X	10	64	0	0X0.0000000000P+00
F	b	-1	64	-0	-0p-1074
F	b	0	64	-0	-0p-1074
F	b	3	64	-0	-0p-1074
F	b	10	64	-0	-0p-1074
F	e	-1	64	-0	-0e+00
F	e	0	64	-0	-0e+00
F	e	3	64	-0	-0.000e+00
F	e	10	64	-0	-0.0000000000e+00
F	E	-1	64	-0	-0E+00
F	E	0	64	-0	-0E+00
F	E	3	64	-0	-0.000E+00
F	E	10	64	-0	-0.0000000000E+00
F	f	-1	64	-0	-0
F	f	0	64	-0	-0
F	f	3	64	-0	-0.000
F	f	10	64	-0	-0.0000000000
F	g	-1	64	-0	-0
F	g	0	64	-0	-0
F	g	3	64	-0	-0
F	g	10	64	-0	-0
F	G	-1	64	-0	-0
F	G	0	64	-0	-0
F	G	3	64	-0	-0
F	G	10	64	-0	-0
F	x	-1	64	-0	-0x0p+00
F	x	0	64	-0	-0x0p+00
F	x	3	64	-0	-0x0.000p+00
F	x	10	64	-0	-0x0.0000000000p+00
F	X	-1	64	-0	-0X0P+00
F	X	0	64	-0	-0X0P+00
F	X	3	64	-0	-0X0.000P+00
F	X	10	64	-0	-0X0.0000000000P+00
F	b	-1	64	1	4503599627370496p-52
F	b	0	64	1	4503599627370496p-52
F	b	3	64	1	4503599627370496p-52
F	b	10	64	1	4503599627370496p-52
F	e	-1	64	1	1e+00
F	e	0	64	1	1e+00
F	e	3	64	1	1.000e+00
F	e	10	64	1	1.0000000000e+00
F	E	-1	64	1	1E+00
F	E	0	64	1	1E+00
F	E	3	64	1	1.000E+00
F	E	10	64	1	1.0000000000E+00
F	f	-1	64	1	1
F	f	0	64	1	1
F	f	3	64	1	1.000
F	f	10	64	1	1.0000000000
F	g	-1	64	1	1
F	g	0	64	1	1
F	g	3	64	1	1
F	g	10	64	1	1
F	G	-1	64	1	1
F	G	0	64	1	1
F	G	3	64	1	1
F	G	10	64	1	1
F	x	-1	64	1	0x1p+00
F	x	0	64	1	0x1p+00
F	x	3	64	1	0x1.000p+00
F	x	10	64	1	0x1.0000000000p+00
F	X	-1	64	1	0X1P+00
F	X	0	64	1	0X1P+00
F	X	3	64	1	0X1.000P+00
F	X	10	64	1	0X1.0000000000P+00
F	b	-1	64	-1	-4503599627370496p-52
F	b	0	64	-1	-4503599627370496p-52
F	b	3	64	-1	-4503599627370496p-52
F	b	10	64	-1	-4503599627370496p-52
F	e	-1	64	-1	-1e+00
F	e	0	64	-1	-1e+00
F	e	3	64	-1	-1.000e+00
F	e	10	64	-1	-1.0000000000e+00
F	E	-1	64	-1	-1E+00
F	E	0	64	-1	-1E+00
F	E	3	64	-1	-1.000E+00
F	E	10	64	-1	-1.0000000000E+00
F	f	-1	64	-1	-1
F	f	0	64	-1	-1
F	f	3	64	-1	-1.000
F	f	10	64	-1	-1.0000000000
F	g	-1	64	-1	-1
F	g	0	64	-1	-1
F	g	3	64	-1	-1
F	g	10	64	-1	-1
F	G	-1	64	-1	-1
F	G	0	64	-1	-1
F	G	3	64	-1	-1
F	G	10	64	-1	-1
F	x	-1	64	-1	-0x1p+00
F	x	0	64	-1	-0x1p+00
F	x	3	64	-1	-0x1.000p+00
F	x	10	64	-1	-0x1.0000000000p+00
F	X	-1	64	-1	-0X1P+00
F	X	0	64	-1	-0X1P+00
F	X	3	64	-1	-0X1.000P+00
F	X	10	64	-1	-0X1.0000000000P+00
F	b	-1	64	3.14159	7074231776675438p-51
F	b	0	64	3.14159	7074231776675438p-51
F	b	3	64	3.14159	7074231776675438p-51
F	b	10	64	3.14159	7074231776675438p-51
F	e	-1	64	3.14159	3.14159e+00
F	e	0	64	3.14159	3e+00
F	e	3	64	3.14159	3.142e+00
F	e	10	64	3.14159	3.1415900000e+00
F	E	-1	64	3.14159	3.14159E+00
F	E	0	64	3.14159	3E+00
F	E	3	64	3.14159	3.142E+00
F	E	10	64	3.14159	3.1415900000E+00
F	f	-1	64	3.14159	3.14159
F	f	0	64	3.14159	3
F	f	3	64	3.14159	3.142
F	f	10	64	3.14159	3.1415900000
F	g	-1	64	3.14159	3.14159
F	g	0	64	3.14159	3
F	g	3	64	3.14159	3.14
F	g	10	64	3.14159	3.14159
F	G	-1	64	3.14159	3.14159
F	G	0	64	3.14159	3
F	G	3	64	3.14159	3.14
F	G	10	64	3.14159	3.14159
F	x	-1	64	3.14159	0x1.921f9f01b866ep+01
F	x	0	64	3.14159	0x1p+02
F	x	3	64	3.14159	0x1.922p+01
F	x	10	64	3.14159	0x1.921f9f01b8p+01
F	X	-1	64	3.14159	0X1.921F9F01B866EP+01
F	X	0	64	3.14159	0X1P+02
F	X	3	64	3.14159	0X1.922P+01
F	X	10	64	3.14159	0X1.921F9F01B8P+01
F	b	-1	64	1e+21	7629394531250000p+17
F	b	0	64	1e+21	7629394531250000p+17
F	b	3	64	1e+21	7629394531250000p+17
F	b	10	64	1e+21	7629394531250000p+17
F	e	-1	64	1e+21	1e+21
F	e	0	64	1e+21	1e+21
F	e	3	64	1e+21	1.000e+21
F	e	10	64	1e+21	1.0000000000e+21
F	E	-1	64	1e+21	1E+21
F	E	0	64	1e+21	1E+21
F	E	3	64	1e+21	1.000E+21
F	E	10	64	1e+21	1.0000000000E+21
F	f	-1	64	1e+21	1000000000000000000000
F	f	0	64	1e+21	1000000000000000000000
F	f	3	64	1e+21	1000000000000000000000.000
F	f	10	64	1e+21	1000000000000000000000.0000000000
F	g	-1	64	1e+21	1e+21
F	g	0	64	1e+21	1e+21
F	g	3	64	1e+21	1e+21
F	g	10	64	1e+21	1e+21
F	G	-1	64	1e+21	1E+21
F	G	0	64	1e+21	1E+21
F	G	3	64	1e+21	1E+21
F	G	10	64	1e+21	1E+21
F	x	-1	64	1e+21	0x1.b1ae4d6e2ef5p+69
F	x	0	64	1e+21	0x1p+70
F	x	3	64	1e+21	0x1.b1bp+69
F	x	10	64	1e+21	0x1.b1ae4d6e2fp+69
F	X	-1	64	1e+21	0X1.B1AE4D6E2EF5P+69
F	X	0	64	1e+21	0X1P+70
F	X	3	64	1e+21	0X1.B1BP+69
F	X	10	64	1e+21	0X1.B1AE4D6E2FP+69
F	b	-1	64	1e+20	6103515625000000p+14
F	b	0	64	1e+20	6103515625000000p+14
F	b	3	64	1e+20	6103515625000000p+14
F	b	10	64	1e+20	6103515625000000p+14
F	e	-1	64	1e+20	1e+20
F	e	0	64	1e+20	1e+20
F	e	3	64	1e+20	1.000e+20
F	e	10	64	1e+20	1.0000000000e+20
F	E	-1	64	1e+20	1E+20
F	E	0	64	1e+20	1E+20
F	E	3	64	1e+20	1.000E+20
F	E	10	64	1e+20	1.0000000000E+20
F	f	-1	64	1e+20	100000000000000000000
F	f	0	64	1e+20	100000000000000000000
F	f	3	64	1e+20	100000000000000000000.000
F	f	10	64	1e+20	100000000000000000000.0000000000
F	g	-1	64	1e+20	1e+20
F	g	0	64	1e+20	1e+20
F	g	3	64	1e+20	1e+20
F	g	10	64	1e+20	1e+20
F	G	-1	64	1e+20	1E+20
F	G	0	64	1e+20	1E+20
F	G	3	64	1e+20	1E+20
F	G	10	64	1e+20	1E+20
F	x	-1	64	1e+20	0x1.5af1d78b58c4p+66
F	x	0	64	1e+20	0x1p+66
F	x	3	64	1e+20	0x1.5afp+66
F	x	10	64	1e+20	0x1.5af1d78b59p+66
F	X	-1	64	1e+20	0X1.5AF1D78B58C4P+66
F	X	0	64	1e+20	0X1P+66
F	X	3	64	1e+20	0X1.5AFP+66
F	X	10	64	1e+20	0X1.5AF1D78B59P+66
F	b	-1	64	1.23456789e+08	8285044862877696p-26
F	b	0	64	1.23456789e+08	8285044862877696p-26
F	b	3	64	1.23456789e+08	8285044862877696p-26
F	b	10	64	1.23456789e+08	8285044862877696p-26
F	e	-1	64	1.23456789e+08	1.23456789e+08
F	e	0	64	1.23456789e+08	1e+08
F	e	3	64	1.23456789e+08	1.235e+08
F	e	10	64	1.23456789e+08	1.2345678900e+08
F	E	-1	64	1.23456789e+08	1.23456789E+08
F	E	0	64	1.23456789e+08	1E+08
F	E	3	64	1.23456789e+08	1.235E+08
F	E	10	64	1.23456789e+08	1.2345678900E+08
F	f	-1	64	1.23456789e+08	123456789
F	f	0	64	1.23456789e+08	123456789
F	f	3	64	1.23456789e+08	123456789.000
F	f	10	64	1.23456789e+08	123456789.0000000000
F	g	-1	64	1.23456789e+08	1.23456789e+08
F	g	0	64	1.23456789e+08	1e+08
F	g	3	64	1.23456789e+08	1.23e+08
F	g	10	64	1.23456789e+08	123456789
F	G	-1	64	1.23456789e+08	1.23456789E+08
F	G	0	64	1.23456789e+08	1E+08
F	G	3	64	1.23456789e+08	1.23E+08
F	G	10	64	1.23456789e+08	123456789
F	x	-1	64	1.23456789e+08	0x1.d6f3454p+26
F	x	0	64	1.23456789e+08	0x1p+27
F	x	3	64	1.23456789e+08	0x1.d6fp+26
F	x	10	64	1.23456789e+08	0x1.d6f3454000p+26
F	X	-1	64	1.23456789e+08	0X1.D6F3454P+26
F	X	0	64	1.23456789e+08	0X1P+27
F	X	3	64	1.23456789e+08	0X1.D6FP+26
F	X	10	64	1.23456789e+08	0X1.D6F3454000P+26
F	b	-1	64	1e-07	7555786372591432p-76
F	b	0	64	1e-07	7555786372591432p-76
F	b	3	64	1e-07	7555786372591432p-76
F	b	10	64	1e-07	7555786372591432p-76
F	e	-1	64	1e-07	1e-07
F	e	0	64	1e-07	1e-07
F	e	3	64	1e-07	1.000e-07
F	e	10	64	1e-07	1.0000000000e-07
F	E	-1	64	1e-07	1E-07
F	E	0	64	1e-07	1E-07
F	E	3	64	1e-07	1.000E-07
F	E	10	64	1e-07	1.0000000000E-07
F	f	-1	64	1e-07	0.0000001
F	f	0	64	1e-07	0
F	f	3	64	1e-07	0.000
F	f	10	64	1e-07	0.0000001000
F	g	-1	64	1e-07	1e-07
F	g	0	64	1e-07	1e-07
F	g	3	64	1e-07	1e-07
F	g	10	64	1e-07	1e-07
F	G	-1	64	1e-07	1E-07
F	G	0	64	1e-07	1E-07
F	G	3	64	1e-07	1E-07
F	G	10	64	1e-07	1E-07
F	x	-1	64	1e-07	0x1.ad7f29abcaf48p-24
F	x	0	64	1e-07	0x1p-23
F	x	3	64	1e-07	0x1.ad8p-24
F	x	10	64	1e-07	0x1.ad7f29abcbp-24
F	X	-1	64	1e-07	0X1.AD7F29ABCAF48P-24
F	X	0	64	1e-07	0X1P-23
F	X	3	64	1e-07	0X1.AD8P-24
F	X	10	64	1e-07	0X1.AD7F29ABCBP-24
F	b	-1	64	0.3	5404319552844595p-54
F	b	0	64	0.3	5404319552844595p-54
F	b	3	64	0.3	5404319552844595p-54
F	b	10	64	0.3	5404319552844595p-54
F	e	-1	64	0.3	3e-01
F	e	0	64	0.3	3e-01
F	e	3	64	0.3	3.000e-01
F	e	10	64	0.3	3.0000000000e-01
F	E	-1	64	0.3	3E-01
F	E	0	64	0.3	3E-01
F	E	3	64	0.3	3.000E-01
F	E	10	64	0.3	3.0000000000E-01
F	f	-1	64	0.3	0.3
F	f	0	64	0.3	0
F	f	3	64	0.3	0.300
F	f	10	64	0.3	0.3000000000
F	g	-1	64	0.3	0.3
F	g	0	64	0.3	0.3
F	g	3	64	0.3	0.3
F	g	10	64	0.3	0.3
F	G	-1	64	0.3	0.3
F	G	0	64	0.3	0.3
F	G	3	64	0.3	0.3
F	G	10	64	0.3	0.3
F	x	-1	64	0.3	0x1.3333333333333p-02
F	x	0	64	0.3	0x1p-02
F	x	3	64	0.3	0x1.333p-02
F	x	10	64	0.3	0x1.3333333333p-02
F	X	-1	64	0.3	0X1.3333333333333P-02
F	X	0	64	0.3	0X1P-02
F	X	3	64	0.3	0X1.333P-02
F	X	10	64	0.3	0X1.3333333333P-02
F	b	-1	64	0.10000000149011612	7205759511166976p-56
F	b	0	64	0.10000000149011612	7205759511166976p-56
F	b	3	64	0.10000000149011612	7205759511166976p-56
F	b	10	64	0.10000000149011612	7205759511166976p-56
F	e	-1	64	0.10000000149011612	1.0000000149011612e-01
F	e	0	64	0.10000000149011612	1e-01
F	e	3	64	0.10000000149011612	1.000e-01
F	e	10	64	0.10000000149011612	1.0000000149e-01
F	E	-1	64	0.10000000149011612	1.0000000149011612E-01
F	E	0	64	0.10000000149011612	1E-01
F	E	3	64	0.10000000149011612	1.000E-01
F	E	10	64	0.10000000149011612	1.0000000149E-01
F	f	-1	64	0.10000000149011612	0.10000000149011612
F	f	0	64	0.10000000149011612	0
F	f	3	64	0.10000000149011612	0.100
F	f	10	64	0.10000000149011612	0.1000000015
F	g	-1	64	0.10000000149011612	0.10000000149011612
F	g	0	64	0.10000000149011612	0.1
F	g	3	64	0.10000000149011612	0.1
F	g	10	64	0.10000000149011612	0.1000000015
F	G	-1	64	0.10000000149011612	0.10000000149011612
F	G	0	64	0.10000000149011612	0.1
F	G	3	64	0.10000000149011612	0.1
F	G	10	64	0.10000000149011612	0.1000000015
F	x	-1	64	0.10000000149011612	0x1.99999ap-04
F	x	0	64	0.10000000149011612	0x1p-03
F	x	3	64	0.10000000149011612	0x1.99ap-04
F	x	10	64	0.10000000149011612	0x1.99999a0000p-04
F	X	-1	64	0.10000000149011612	0X1.99999AP-04
F	X	0	64	0.10000000149011612	0X1P-03
F	X	3	64	0.10000000149011612	0X1.99AP-04
F	X	10	64	0.10000000149011612	0X1.99999A0000P-04
F	b	-1	64	NaN	NaN
F	b	0	64	NaN	NaN
F	b	3	64	NaN	NaN
F	b	10	64	NaN	NaN
F	e	-1	64	NaN	NaN
F	e	0	64	NaN	NaN
F	e	3	64	NaN	NaN
F	e	10	64	NaN	NaN
F	E	-1	64	NaN	NaN
F	E	0	64	NaN	NaN
F	E	3	64	NaN	NaN
F	E	10	64	NaN	NaN
F	f	-1	64	NaN	NaN
F	f	0	64	NaN	NaN
F	f	3	64	NaN	NaN
F	f	10	64	NaN	NaN
F	g	-1	64	NaN	NaN
F	g	0	64	NaN	NaN
F	g	3	64	NaN	NaN
F	g	10	64	NaN	NaN
F	G	-1	64	NaN	NaN
F	G	0	64	NaN	NaN
F	G	3	64	NaN	NaN
F	G	10	64	NaN	NaN
F	x	-1	64	NaN	NaN
F	x	0	64	NaN	NaN
F	x	3	64	NaN	NaN
F	x	10	64	NaN	NaN
F	X	-1	64	NaN	NaN
F	X	0	64	NaN	NaN
F	X	3	64	NaN	NaN
F	X	10	64	NaN	NaN
F	b	-1	64	+Inf	+Inf
F	b	0	64	+Inf	+Inf
F	b	3	64	+Inf	+Inf
F	b	10	64	+Inf	+Inf
F	e	-1	64	+Inf	+Inf
F	e	0	64	+Inf	+Inf
F	e	3	64	+Inf	+Inf
F	e	10	64	+Inf	+Inf
F	E	-1	64	+Inf	+Inf
F	E	0	64	+Inf	+Inf
F	E	3	64	+Inf	+Inf
F	E	10	64	+Inf	+Inf
F	f	-1	64	+Inf	+Inf
F	f	0	64	+Inf	+Inf
F	f	3	64	+Inf	+Inf
F	f	10	64	+Inf	+Inf
F	g	-1	64	+Inf	+Inf
F	g	0	64	+Inf	+Inf
F	g	3	64	+Inf	+Inf
F	g	10	64	+Inf	+Inf
F	G	-1	64	+Inf	+Inf
F	G	0	64	+Inf	+Inf
F	G	3	64	+Inf	+Inf
F	G	10	64	+Inf	+Inf
F	x	-1	64	+Inf	+Inf
F	x	0	64	+Inf	+Inf
F	x	3	64	+Inf	+Inf
F	x	10	64	+Inf	+Inf
F	X	-1	64	+Inf	+Inf
F	X	0	64	+Inf	+Inf
F	X	3	64	+Inf	+Inf
F	X	10	64	+Inf	+Inf
F	b	-1	64	-Inf	-Inf
F	b	0	64	-Inf	-Inf
F	b	3	64	-Inf	-Inf
F	b	10	64	-Inf	-Inf
F	e	-1	64	-Inf	-Inf
F	e	0	64	-Inf	-Inf
F	e	3	64	-Inf	-Inf
F	e	10	64	-Inf	-Inf
F	E	-1	64	-Inf	-Inf
F	E	0	64	-Inf	-Inf
F	E	3	64	-Inf	-Inf
F	E	10	64	-Inf	-Inf
F	f	-1	64	-Inf	-Inf
F	f	0	64	-Inf	-Inf
F	f	3	64	-Inf	-Inf
F	f	10	64	-Inf	-Inf
F	g	-1	64	-Inf	-Inf
F	g	0	64	-Inf	-Inf
F	g	3	64	-Inf	-Inf
F	g	10	64	-Inf	-Inf
F	G	-1	64	-Inf	-Inf
F	G	0	64	-Inf	-Inf
F	G	3	64	-Inf	-Inf
F	G	10	64	-Inf	-Inf
F	x	-1	64	-Inf	-Inf
F	x	0	64	-Inf	-Inf
F	x	3	64	-Inf	-Inf
F	x	10	64	-Inf	-Inf
F	X	-1	64	-Inf	-Inf
F	X	0	64	-Inf	-Inf
F	X	3	64	-Inf	-Inf
F	X	10	64	-Inf	-Inf
F	b	-1	64	0.5	4503599627370496p-53
F	b	0	64	0.5	4503599627370496p-53
F	b	3	64	0.5	4503599627370496p-53
F	b	10	64	0.5	4503599627370496p-53
F	e	-1	64	0.5	5e-01
F	e	0	64	0.5	5e-01
F	e	3	64	0.5	5.000e-01
F	e	10	64	0.5	5.0000000000e-01
F	E	-1	64	0.5	5E-01
F	E	0	64	0.5	5E-01
F	E	3	64	0.5	5.000E-01
F	E	10	64	0.5	5.0000000000E-01
F	f	-1	64	0.5	0.5
F	f	0	64	0.5	0
F	f	3	64	0.5	0.500
F	f	10	64	0.5	0.5000000000
F	g	-1	64	0.5	0.5
F	g	0	64	0.5	0.5
F	g	3	64	0.5	0.5
F	g	10	64	0.5	0.5
F	G	-1	64	0.5	0.5
F	G	0	64	0.5	0.5
F	G	3	64	0.5	0.5
F	G	10	64	0.5	0.5
F	x	-1	64	0.5	0x1p-01
F	x	0	64	0.5	0x1p-01
F	x	3	64	0.5	0x1.000p-01
F	x	10	64	0.5	0x1.0000000000p-01
F	X	-1	64	0.5	0X1P-01
F	X	0	64	0.5	0X1P-01
F	X	3	64	0.5	0X1.000P-01
F	X	10	64	0.5	0X1.0000000000P-01
F	b	-1	64	2.5	5629499534213120p-51
F	b	0	64	2.5	5629499534213120p-51
F	b	3	64	2.5	5629499534213120p-51
F	b	10	64	2.5	5629499534213120p-51
F	e	-1	64	2.5	2.5e+00
F	e	0	64	2.5	2e+00
F	e	3	64	2.5	2.500e+00
F	e	10	64	2.5	2.5000000000e+00
F	E	-1	64	2.5	2.5E+00
F	E	0	64	2.5	2E+00
F	E	3	64	2.5	2.500E+00
F	E	10	64	2.5	2.5000000000E+00
F	f	-1	64	2.5	2.5
F	f	0	64	2.5	2
F	f	3	64	2.5	2.500
F	f	10	64	2.5	2.5000000000
F	g	-1	64	2.5	2.5
F	g	0	64	2.5	2
F	g	3	64	2.5	2.5
F	g	10	64	2.5	2.5
F	G	-1	64	2.5	2.5
F	G	0	64	2.5	2
F	G	3	64	2.5	2.5
F	G	10	64	2.5	2.5
F	x	-1	64	2.5	0x1.4p+01
F	x	0	64	2.5	0x1p+01
F	x	3	64	2.5	0x1.400p+01
F	x	10	64	2.5	0x1.4000000000p+01
F	X	-1	64	2.5	0X1.4P+01
F	X	0	64	2.5	0X1P+01
F	X	3	64	2.5	0X1.400P+01
F	X	10	64	2.5	0X1.4000000000P+01
F	b	-1	64	1e+23	5960464477539062p+24
F	b	0	64	1e+23	5960464477539062p+24
F	b	3	64	1e+23	5960464477539062p+24
F	b	10	64	1e+23	5960464477539062p+24
F	e	-1	64	1e+23	1e+23
F	e	0	64	1e+23	1e+23
F	e	3	64	1e+23	1.000e+23
F	e	10	64	1e+23	1.0000000000e+23
F	E	-1	64	1e+23	1E+23
F	E	0	64	1e+23	1E+23
F	E	3	64	1e+23	1.000E+23
F	E	10	64	1e+23	1.0000000000E+23
F	f	-1	64	1e+23	100000000000000000000000
F	f	0	64	1e+23	99999999999999991611392
F	f	3	64	1e+23	99999999999999991611392.000
F	f	10	64	1e+23	99999999999999991611392.0000000000
F	g	-1	64	1e+23	1e+23
F	g	0	64	1e+23	1e+23
F	g	3	64	1e+23	1e+23
F	g	10	64	1e+23	1e+23
F	G	-1	64	1e+23	1E+23
F	G	0	64	1e+23	1E+23
F	G	3	64	1e+23	1E+23
F	G	10	64	1e+23	1E+23
F	x	-1	64	1e+23	0x1.52d02c7e14af6p+76
F	x	0	64	1e+23	0x1p+76
F	x	3	64	1e+23	0x1.52dp+76
F	x	10	64	1e+23	0x1.52d02c7e15p+76
F	X	-1	64	1e+23	0X1.52D02C7E14AF6P+76
F	X	0	64	1e+23	0X1P+76
F	X	3	64	1e+23	0X1.52DP+76
F	X	10	64	1e+23	0X1.52D02C7E15P+76
F	b	-1	64	5e-324	1p-1074
F	b	0	64	5e-324	1p-1074
F	b	3	64	5e-324	1p-1074
F	b	10	64	5e-324	1p-1074
F	e	-1	64	5e-324	5e-324
F	e	0	64	5e-324	5e-324
F	e	3	64	5e-324	4.941e-324
F	e	10	64	5e-324	4.9406564584e-324
F	E	-1	64	5e-324	5E-324
F	E	0	64	5e-324	5E-324
F	E	3	64	5e-324	4.941E-324
F	E	10	64	5e-324	4.9406564584E-324
F	f	-1	64	5e-324	0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005
F	f	0	64	5e-324	0
F	f	3	64	5e-324	0.000
F	f	10	64	5e-324	0.0000000000
F	g	-1	64	5e-324	5e-324
F	g	0	64	5e-324	5e-324
F	g	3	64	5e-324	4.94e-324
F	g	10	64	5e-324	4.940656458e-324
F	G	-1	64	5e-324	5E-324
F	G	0	64	5e-324	5E-324
F	G	3	64	5e-324	4.94E-324
F	G	10	64	5e-324	4.940656458E-324
F	x	-1	64	5e-324	0x1p-1074
F	x	0	64	5e-324	0x1p-1074
F	x	3	64	5e-324	0x1.000p-1074
F	x	10	64	5e-324	0x1.0000000000p-1074
F	X	-1	64	5e-324	0X1P-1074
F	X	0	64	5e-324	0X1P-1074
F	X	3	64	5e-324	0X1.000P-1074
F	X	10	64	5e-324	0X1.0000000000P-1074
F	b	-1	64	1.7976931348623157e+308	9007199254740991p+971
F	b	0	64	1.7976931348623157e+308	9007199254740991p+971
F	b	3	64	1.7976931348623157e+308	9007199254740991p+971
F	b	10	64	1.7976931348623157e+308	9007199254740991p+971
F	e	-1	64	1.7976931348623157e+308	1.7976931348623157e+308
F	e	0	64	1.7976931348623157e+308	2e+308
F	e	3	64	1.7976931348623157e+308	1.798e+308
F	e	10	64	1.7976931348623157e+308	1.7976931349e+308
F	E	-1	64	1.7976931348623157e+308	1.7976931348623157E+308
F	E	0	64	1.7976931348623157e+308	2E+308
F	E	3	64	1.7976931348623157e+308	1.798E+308
F	E	10	64	1.7976931348623157e+308	1.7976931349E+308
F	f	-1	64	1.7976931348623157e+308	179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
F	f	0	64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
F	f	3	64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000
F	f	10	64	1.7976931348623157e+308	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0000000000
F	g	-1	64	1.7976931348623157e+308	1.7976931348623157e+308
F	g	0	64	1.7976931348623157e+308	2e+308
F	g	3	64	1.7976931348623157e+308	1.8e+308
F	g	10	64	1.7976931348623157e+308	1.797693135e+308
F	G	-1	64	1.7976931348623157e+308	1.7976931348623157E+308
F	G	0	64	1.7976931348623157e+308	2E+308
F	G	3	64	1.7976931348623157e+308	1.8E+308
F	G	10	64	1.7976931348623157e+308	1.797693135E+308
F	x	-1	64	1.7976931348623157e+308	0x1.fffffffffffffp+1023
F	x	0	64	1.7976931348623157e+308	0x1p+1024
F	x	3	64	1.7976931348623157e+308	0x1.000p+1024
F	x	10	64	1.7976931348623157e+308	0x1.0000000000p+1024
F	X	-1	64	1.7976931348623157e+308	0X1.FFFFFFFFFFFFFP+1023
F	X	0	64	1.7976931348623157e+308	0X1P+1024
F	X	3	64	1.7976931348623157e+308	0X1.000P+1024
F	X	10	64	1.7976931348623157e+308	0X1.0000000000P+1024
F	b	-1	64	5.992310449541053e+307	6004799503160661p+970
F	b	0	64	5.992310449541053e+307	6004799503160661p+970
F	b	3	64	5.992310449541053e+307	6004799503160661p+970
F	b	10	64	5.992310449541053e+307	6004799503160661p+970
F	e	-1	64	5.992310449541053e+307	5.992310449541053e+307
F	e	0	64	5.992310449541053e+307	6e+307
F	e	3	64	5.992310449541053e+307	5.992e+307
F	e	10	64	5.992310449541053e+307	5.9923104495e+307
F	E	-1	64	5.992310449541053e+307	5.992310449541053E+307
F	E	0	64	5.992310449541053e+307	6E+307
F	E	3	64	5.992310449541053e+307	5.992E+307
F	E	10	64	5.992310449541053e+307	5.9923104495E+307
F	f	-1	64	5.992310449541053e+307	59923104495410530000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
F	f	0	64	5.992310449541053e+307	59923104495410526931242990468434471693311377570012608978724592993481656097588250315549672659195735698776762138897629303648851849283980134210219162890501940227302967333569461225424618281939237177254825243423356618523788986540947638273286944978825097573024722814788503568114237186566502697680960059301391499264
F	f	3	64	5.992310449541053e+307	59923104495410526931242990468434471693311377570012608978724592993481656097588250315549672659195735698776762138897629303648851849283980134210219162890501940227302967333569461225424618281939237177254825243423356618523788986540947638273286944978825097573024722814788503568114237186566502697680960059301391499264.000
F	f	10	64	5.992310449541053e+307	59923104495410526931242990468434471693311377570012608978724592993481656097588250315549672659195735698776762138897629303648851849283980134210219162890501940227302967333569461225424618281939237177254825243423356618523788986540947638273286944978825097573024722814788503568114237186566502697680960059301391499264.0000000000
F	g	-1	64	5.992310449541053e+307	5.992310449541053e+307
F	g	0	64	5.992310449541053e+307	6e+307
F	g	3	64	5.992310449541053e+307	5.99e+307
F	g	10	64	5.992310449541053e+307	5.99231045e+307
F	G	-1	64	5.992310449541053e+307	5.992310449541053E+307
F	G	0	64	5.992310449541053e+307	6E+307
F	G	3	64	5.992310449541053e+307	5.99E+307
F	G	10	64	5.992310449541053e+307	5.99231045E+307
F	x	-1	64	5.992310449541053e+307	0x1.5555555555555p+1022
F	x	0	64	5.992310449541053e+307	0x1p+1022
F	x	3	64	5.992310449541053e+307	0x1.555p+1022
F	x	10	64	5.992310449541053e+307	0x1.5555555555p+1022
F	X	-1	64	5.992310449541053e+307	0X1.5555555555555P+1022
F	X	0	64	5.992310449541053e+307	0X1P+1022
F	X	3	64	5.992310449541053e+307	0X1.555P+1022
F	X	10	64	5.992310449541053e+307	0X1.5555555555P+1022
F	b	-1	64	100	7036874417766400p-46
F	b	0	64	100	7036874417766400p-46
F	b	3	64	100	7036874417766400p-46
F	b	10	64	100	7036874417766400p-46
F	e	-1	64	100	1e+02
F	e	0	64	100	1e+02
F	e	3	64	100	1.000e+02
F	e	10	64	100	1.0000000000e+02
F	E	-1	64	100	1E+02
F	E	0	64	100	1E+02
F	E	3	64	100	1.000E+02
F	E	10	64	100	1.0000000000E+02
F	f	-1	64	100	100
F	f	0	64	100	100
F	f	3	64	100	100.000
F	f	10	64	100	100.0000000000
F	g	-1	64	100	100
F	g	0	64	100	1e+02
F	g	3	64	100	100
F	g	10	64	100	100
F	G	-1	64	100	100
F	G	0	64	100	1E+02
F	G	3	64	100	100
F	G	10	64	100	100
F	x	-1	64	100	0x1.9p+06
F	x	0	64	100	0x1p+07
F	x	3	64	100	0x1.900p+06
F	x	10	64	100	0x1.9000000000p+06
F	X	-1	64	100	0X1.9P+06
F	X	0	64	100	0X1P+07
F	X	3	64	100	0X1.900P+06
F	X	10	64	100	0X1.9000000000P+06
F	b	-1	64	0.000123456	4554722472727773p-65
F	b	0	64	0.000123456	4554722472727773p-65
F	b	3	64	0.000123456	4554722472727773p-65
F	b	10	64	0.000123456	4554722472727773p-65
F	e	-1	64	0.000123456	1.23456e-04
F	e	0	64	0.000123456	1e-04
F	e	3	64	0.000123456	1.235e-04
F	e	10	64	0.000123456	1.2345600000e-04
F	E	-1	64	0.000123456	1.23456E-04
F	E	0	64	0.000123456	1E-04
F	E	3	64	0.000123456	1.235E-04
F	E	10	64	0.000123456	1.2345600000E-04
F	f	-1	64	0.000123456	0.000123456
F	f	0	64	0.000123456	0
F	f	3	64	0.000123456	0.000
F	f	10	64	0.000123456	0.0001234560
F	g	-1	64	0.000123456	0.000123456
F	g	0	64	0.000123456	0.0001
F	g	3	64	0.000123456	0.000123
F	g	10	64	0.000123456	0.000123456
F	G	-1	64	0.000123456	0.000123456
F	G	0	64	0.000123456	0.0001
F	G	3	64	0.000123456	0.000123
F	G	10	64	0.000123456	0.000123456
F	x	-1	64	0.000123456	0x1.02e7ef70994ddp-13
F	x	0	64	0.000123456	0x1p-13
F	x	3	64	0.000123456	0x1.02ep-13
F	x	10	64	0.000123456	0x1.02e7ef7099p-13
F	X	-1	64	0.000123456	0X1.02E7EF70994DDP-13
F	X	0	64	0.000123456	0X1P-13
F	X	3	64	0.000123456	0X1.02EP-13
F	X	10	64	0.000123456	0X1.02E7EF7099P-13
F	b	-1	64	9.5	5348024557502464p-49
F	b	0	64	9.5	5348024557502464p-49
F	b	3	64	9.5	5348024557502464p-49
F	b	10	64	9.5	5348024557502464p-49
F	e	-1	64	9.5	9.5e+00
F	e	0	64	9.5	1e+01
F	e	3	64	9.5	9.500e+00
F	e	10	64	9.5	9.5000000000e+00
F	E	-1	64	9.5	9.5E+00
F	E	0	64	9.5	1E+01
F	E	3	64	9.5	9.500E+00
F	E	10	64	9.5	9.5000000000E+00
F	f	-1	64	9.5	9.5
F	f	0	64	9.5	10
F	f	3	64	9.5	9.500
F	f	10	64	9.5	9.5000000000
F	g	-1	64	9.5	9.5
F	g	0	64	9.5	1e+01
F	g	3	64	9.5	9.5
F	g	10	64	9.5	9.5
F	G	-1	64	9.5	9.5
F	G	0	64	9.5	1E+01
F	G	3	64	9.5	9.5
F	G	10	64	9.5	9.5
F	x	-1	64	9.5	0x1.3p+03
F	x	0	64	9.5	0x1p+03
F	x	3	64	9.5	0x1.300p+03
F	x	10	64	9.5	0x1.3000000000p+03
F	X	-1	64	9.5	0X1.3P+03
F	X	0	64	9.5	0X1P+03
F	X	3	64	9.5	0X1.300P+03
F	X	10	64	9.5	0X1.3000000000P+03
F	b	-1	64	123.456	8687443681197687p-46
F	b	0	64	123.456	8687443681197687p-46
F	b	3	64	123.456	8687443681197687p-46
F	b	10	64	123.456	8687443681197687p-46
F	e	-1	64	123.456	1.23456e+02
F	e	0	64	123.456	1e+02
F	e	3	64	123.456	1.235e+02
F	e	10	64	123.456	1.2345600000e+02
F	E	-1	64	123.456	1.23456E+02
F	E	0	64	123.456	1E+02
F	E	3	64	123.456	1.235E+02
F	E	10	64	123.456	1.2345600000E+02
F	f	-1	64	123.456	123.456
F	f	0	64	123.456	123
F	f	3	64	123.456	123.456
F	f	10	64	123.456	123.4560000000
F	g	-1	64	123.456	123.456
F	g	0	64	123.456	1e+02
F	g	3	64	123.456	123
F	g	10	64	123.456	123.456
F	G	-1	64	123.456	123.456
F	G	0	64	123.456	1E+02
F	G	3	64	123.456	123
F	G	10	64	123.456	123.456
F	x	-1	64	123.456	0x1.edd2f1a9fbe77p+06
F	x	0	64	123.456	0x1p+07
F	x	3	64	123.456	0x1.eddp+06
F	x	10	64	123.456	0x1.edd2f1a9fcp+06
F	X	-1	64	123.456	0X1.EDD2F1A9FBE77P+06
F	X	0	64	123.456	0X1P+07
F	X	3	64	123.456	0X1.EDDP+06
F	X	10	64	123.456	0X1.EDD2F1A9FCP+06
F	b	-1	64	1e-10	7737125245533627p-86
F	b	0	64	1e-10	7737125245533627p-86
F	b	3	64	1e-10	7737125245533627p-86
F	b	10	64	1e-10	7737125245533627p-86
F	e	-1	64	1e-10	1e-10
F	e	0	64	1e-10	1e-10
F	e	3	64	1e-10	1.000e-10
F	e	10	64	1e-10	1.0000000000e-10
F	E	-1	64	1e-10	1E-10
F	E	0	64	1e-10	1E-10
F	E	3	64	1e-10	1.000E-10
F	E	10	64	1e-10	1.0000000000E-10
F	f	-1	64	1e-10	0.0000000001
F	f	0	64	1e-10	0
F	f	3	64	1e-10	0.000
F	f	10	64	1e-10	0.0000000001
F	g	-1	64	1e-10	1e-10
F	g	0	64	1e-10	1e-10
F	g	3	64	1e-10	1e-10
F	g	10	64	1e-10	1e-10
F	G	-1	64	1e-10	1E-10
F	G	0	64	1e-10	1E-10
F	G	3	64	1e-10	1E-10
F	G	10	64	1e-10	1E-10
F	x	-1	64	1e-10	0x1.b7cdfd9d7bdbbp-34
F	x	0	64	1e-10	0x1p-33
F	x	3	64	1e-10	0x1.b7dp-34
F	x	10	64	1e-10	0x1.b7cdfd9d7cp-34
F	X	-1	64	1e-10	0X1.B7CDFD9D7BDBBP-34
F	X	0	64	1e-10	0X1P-33
F	X	3	64	1e-10	0X1.B7DP-34
F	X	10	64	1e-10	0X1.B7CDFD9D7CP-34
F	b	-1	32	0	0p-149
F	b	0	32	0	0p-149
F	b	3	32	0	0p-149
F	b	10	32	0	0p-149
F	e	-1	32	0	0e+00
F	e	0	32	0	0e+00
F	e	3	32	0	0.000e+00
F	e	10	32	0	0.0000000000e+00
F	E	-1	32	0	0E+00
F	E	0	32	0	0E+00
F	E	3	32	0	0.000E+00
F	E	10	32	0	0.0000000000E+00
F	f	-1	32	0	0
F	f	0	32	0	0
F	f	3	32	0	0.000
F	f	10	32	0	0.0000000000
F	g	-1	32	0	0
F	g	0	32	0	0
F	g	3	32	0	0
F	g	10	32	0	0
F	G	-1	32	0	0
F	G	0	32	0	0
F	G	3	32	0	0
F	G	10	32	0	0
F	x	-1	32	0	0x0p+00
F	x	0	32	0	0x0p+00
F	x	3	32	0	0x0.000p+00
F	x	10	32	0	0x0.0000000000p+00
F	X	-1	32	0	0X0P+00
F	X	0	32	0	0X0P+00
F	X	3	32	0	0X0.000P+00
F	X	10	32	0	0X0.0000000000P+00
F	b	-1	32	-0	-0p-149
F	b	0	32	-0	-0p-149
F	b	3	32	-0	-0p-149
F	b	10	32	-0	-0p-149
F	e	-1	32	-0	-0e+00
F	e	0	32	-0	-0e+00
F	e	3	32	-0	-0.000e+00
F	e	10	32	-0	-0.0000000000e+00
F	E	-1	32	-0	-0E+00
F	E	0	32	-0	-0E+00
F	E	3	32	-0	-0.000E+00
F	E	10	32	-0	-0.0000000000E+00
F	f	-1	32	-0	-0
F	f	0	32	-0	-0
F	f	3	32	-0	-0.000
F	f	10	32	-0	-0.0000000000
F	g	-1	32	-0	-0
F	g	0	32	-0	-0
F	g	3	32	-0	-0
F	g	10	32	-0	-0
F	G	-1	32	-0	-0
F	G	0	32	-0	-0
F	G	3	32	-0	-0
F	G	10	32	-0	-0
F	x	-1	32	-0	-0x0p+00
F	x	0	32	-0	-0x0p+00
F	x	3	32	-0	-0x0.000p+00
F	x	10	32	-0	-0x0.0000000000p+00
F	X	-1	32	-0	-0X0P+00
F	X	0	32	-0	-0X0P+00
F	X	3	32	-0	-0X0.000P+00
F	X	10	32	-0	-0X0.0000000000P+00
F	b	-1	32	1	8388608p-23
F	b	0	32	1	8388608p-23
F	b	3	32	1	8388608p-23
F	b	10	32	1	8388608p-23
F	e	-1	32	1	1e+00
F	e	0	32	1	1e+00
F	e	3	32	1	1.000e+00
F	e	10	32	1	1.0000000000e+00
F	E	-1	32	1	1E+00
F	E	0	32	1	1E+00
F	E	3	32	1	1.000E+00
F	E	10	32	1	1.0000000000E+00
F	f	-1	32	1	1
F	f	0	32	1	1
F	f	3	32	1	1.000
F	f	10	32	1	1.0000000000
F	g	-1	32	1	1
F	g	0	32	1	1
F	g	3	32	1	1
F	g	10	32	1	1
F	G	-1	32	1	1
F	G	0	32	1	1
F	G	3	32	1	1
F	G	10	32	1	1
F	x	-1	32	1	0x1p+00
F	x	0	32	1	0x1p+00
F	x	3	32	1	0x1.000p+00
F	x	10	32	1	0x1.0000000000p+00
F	X	-1	32	1	0X1P+00
F	X	0	32	1	0X1P+00
F	X	3	32	1	0X1.000P+00
F	X	10	32	1	0X1.0000000000P+00
F	b	-1	32	-1	-8388608p-23
F	b	0	32	-1	-8388608p-23
F	b	3	32	-1	-8388608p-23
F	b	10	32	-1	-8388608p-23
F	e	-1	32	-1	-1e+00
F	e	0	32	-1	-1e+00
F	e	3	32	-1	-1.000e+00
F	e	10	32	-1	-1.0000000000e+00
F	E	-1	32	-1	-1E+00
F	E	0	32	-1	-1E+00
F	E	3	32	-1	-1.000E+00
F	E	10	32	-1	-1.0000000000E+00
F	f	-1	32	-1	-1
F	f	0	32	-1	-1
F	f	3	32	-1	-1.000
F	f	10	32	-1	-1.0000000000
F	g	-1	32	-1	-1
F	g	0	32	-1	-1
F	g	3	32	-1	-1
F	g	10	32	-1	-1
F	G	-1	32	-1	-1
F	G	0	32	-1	-1
F	G	3	32	-1	-1
F	G	10	32	-1	-1
F	x	-1	32	-1	-0x1p+00
F	x	0	32	-1	-0x1p+00
F	x	3	32	-1	-0x1.000p+00
F	x	10	32	-1	-0x1.0000000000p+00
F	X	-1	32	-1	-0X1P+00
F	X	0	32	-1	-0X1P+00
F	X	3	32	-1	-0X1.000P+00
F	X	10	32	-1	-0X1.0000000000P+00
F	b	-1	32	3.14159	13176784p-22
F	b	0	32	3.14159	13176784p-22
F	b	3	32	3.14159	13176784p-22
F	b	10	32	3.14159	13176784p-22
F	e	-1	32	3.14159	3.14159e+00
F	e	0	32	3.14159	3e+00
F	e	3	32	3.14159	3.142e+00
F	e	10	32	3.14159	3.1415901184e+00
F	E	-1	32	3.14159	3.14159E+00
F	E	0	32	3.14159	3E+00
F	E	3	32	3.14159	3.142E+00
F	E	10	32	3.14159	3.1415901184E+00
F	f	-1	32	3.14159	3.14159
F	f	0	32	3.14159	3
F	f	3	32	3.14159	3.142
F	f	10	32	3.14159	3.1415901184
F	g	-1	32	3.14159	3.14159
F	g	0	32	3.14159	3
F	g	3	32	3.14159	3.14
F	g	10	32	3.14159	3.141590118
F	G	-1	32	3.14159	3.14159
F	G	0	32	3.14159	3
F	G	3	32	3.14159	3.14
F	G	10	32	3.14159	3.141590118
F	x	-1	32	3.14159	0x1.921fap+01
F	x	0	32	3.14159	0x1p+02
F	x	3	32	3.14159	0x1.922p+01
F	x	10	32	3.14159	0x1.921fa00000p+01
F	X	-1	32	3.14159	0X1.921FAP+01
F	X	0	32	3.14159	0X1P+02
F	X	3	32	3.14159	0X1.922P+01
F	X	10	32	3.14159	0X1.921FA00000P+01
F	b	-1	32	1e+21	14210855p+46
F	b	0	32	1e+21	14210855p+46
F	b	3	32	1e+21	14210855p+46
F	b	10	32	1e+21	14210855p+46
F	e	-1	32	1e+21	1e+21
F	e	0	32	1e+21	1e+21
F	e	3	32	1e+21	1.000e+21
F	e	10	32	1e+21	1.0000000200e+21
F	E	-1	32	1e+21	1E+21
F	E	0	32	1e+21	1E+21
F	E	3	32	1e+21	1.000E+21
F	E	10	32	1e+21	1.0000000200E+21
F	f	-1	32	1e+21	1000000000000000000000
F	f	0	32	1e+21	1000000020040877342720
F	f	3	32	1e+21	1000000020040877342720.000
F	f	10	32	1e+21	1000000020040877342720.0000000000
F	g	-1	32	1e+21	1e+21
F	g	0	32	1e+21	1e+21
F	g	3	32	1e+21	1e+21
F	g	10	32	1e+21	1.00000002e+21
F	G	-1	32	1e+21	1E+21
F	G	0	32	1e+21	1E+21
F	G	3	32	1e+21	1E+21
F	G	10	32	1e+21	1.00000002E+21
F	x	-1	32	1e+21	0x1.b1ae4ep+69
F	x	0	32	1e+21	0x1p+70
F	x	3	32	1e+21	0x1.b1bp+69
F	x	10	32	1e+21	0x1.b1ae4e0000p+69
F	X	-1	32	1e+21	0X1.B1AE4EP+69
F	X	0	32	1e+21	0X1P+70
F	X	3	32	1e+21	0X1.B1BP+69
F	X	10	32	1e+21	0X1.B1AE4E0000P+69
F	b	-1	32	1e+20	11368684p+43
F	b	0	32	1e+20	11368684p+43
F	b	3	32	1e+20	11368684p+43
F	b	10	32	1e+20	11368684p+43
F	e	-1	32	1e+20	1e+20
F	e	0	32	1e+20	1e+20
F	e	3	32	1e+20	1.000e+20
F	e	10	32	1e+20	1.0000000200e+20
F	E	-1	32	1e+20	1E+20
F	E	0	32	1e+20	1E+20
F	E	3	32	1e+20	1.000E+20
F	E	10	32	1e+20	1.0000000200E+20
F	f	-1	32	1e+20	100000000000000000000
F	f	0	32	1e+20	100000002004087734272
F	f	3	32	1e+20	100000002004087734272.000
F	f	10	32	1e+20	100000002004087734272.0000000000
F	g	-1	32	1e+20	1e+20
F	g	0	32	1e+20	1e+20
F	g	3	32	1e+20	1e+20
F	g	10	32	1e+20	1.00000002e+20
F	G	-1	32	1e+20	1E+20
F	G	0	32	1e+20	1E+20
F	G	3	32	1e+20	1E+20
F	G	10	32	1e+20	1.00000002E+20
F	x	-1	32	1e+20	0x1.5af1d8p+66
F	x	0	32	1e+20	0x1p+66
F	x	3	32	1e+20	0x1.5afp+66
F	x	10	32	1e+20	0x1.5af1d80000p+66
F	X	-1	32	1e+20	0X1.5AF1D8P+66
F	X	0	32	1e+20	0X1P+66
F	X	3	32	1e+20	0X1.5AFP+66
F	X	10	32	1e+20	0X1.5AF1D80000P+66
F	b	-1	32	1.23456789e+08	15432099p+3
F	b	0	32	1.23456789e+08	15432099p+3
F	b	3	32	1.23456789e+08	15432099p+3
F	b	10	32	1.23456789e+08	15432099p+3
F	e	-1	32	1.23456789e+08	1.2345679e+08
F	e	0	32	1.23456789e+08	1e+08
F	e	3	32	1.23456789e+08	1.235e+08
F	e	10	32	1.23456789e+08	1.2345679200e+08
F	E	-1	32	1.23456789e+08	1.2345679E+08
F	E	0	32	1.23456789e+08	1E+08
F	E	3	32	1.23456789e+08	1.235E+08
F	E	10	32	1.23456789e+08	1.2345679200E+08
F	f	-1	32	1.23456789e+08	123456790
F	f	0	32	1.23456789e+08	123456792
F	f	3	32	1.23456789e+08	123456792.000
F	f	10	32	1.23456789e+08	123456792.0000000000
F	g	-1	32	1.23456789e+08	1.2345679e+08
F	g	0	32	1.23456789e+08	1e+08
F	g	3	32	1.23456789e+08	1.23e+08
F	g	10	32	1.23456789e+08	123456792
F	G	-1	32	1.23456789e+08	1.2345679E+08
F	G	0	32	1.23456789e+08	1E+08
F	G	3	32	1.23456789e+08	1.23E+08
F	G	10	32	1.23456789e+08	123456792
F	x	-1	32	1.23456789e+08	0x1.d6f346p+26
F	x	0	32	1.23456789e+08	0x1p+27
F	x	3	32	1.23456789e+08	0x1.d6fp+26
F	x	10	32	1.23456789e+08	0x1.d6f3460000p+26
F	X	-1	32	1.23456789e+08	0X1.D6F346P+26
F	X	0	32	1.23456789e+08	0X1P+27
F	X	3	32	1.23456789e+08	0X1.D6FP+26
F	X	10	32	1.23456789e+08	0X1.D6F3460000P+26
F	b	-1	32	1e-07	14073749p-47
F	b	0	32	1e-07	14073749p-47
F	b	3	32	1e-07	14073749p-47
F	b	10	32	1e-07	14073749p-47
F	e	-1	32	1e-07	1e-07
F	e	0	32	1e-07	1e-07
F	e	3	32	1e-07	1.000e-07
F	e	10	32	1e-07	1.0000000117e-07
F	E	-1	32	1e-07	1E-07
F	E	0	32	1e-07	1E-07
F	E	3	32	1e-07	1.000E-07
F	E	10	32	1e-07	1.0000000117E-07
F	f	-1	32	1e-07	0.0000001
F	f	0	32	1e-07	0
F	f	3	32	1e-07	0.000
F	f	10	32	1e-07	0.0000001000
F	g	-1	32	1e-07	1e-07
F	g	0	32	1e-07	1e-07
F	g	3	32	1e-07	1e-07
F	g	10	32	1e-07	1.000000012e-07
F	G	-1	32	1e-07	1E-07
F	G	0	32	1e-07	1E-07
F	G	3	32	1e-07	1E-07
F	G	10	32	1e-07	1.000000012E-07
F	x	-1	32	1e-07	0x1.ad7f2ap-24
F	x	0	32	1e-07	0x1p-23
F	x	3	32	1e-07	0x1.ad8p-24
F	x	10	32	1e-07	0x1.ad7f2a0000p-24
F	X	-1	32	1e-07	0X1.AD7F2AP-24
F	X	0	32	1e-07	0X1P-23
F	X	3	32	1e-07	0X1.AD8P-24
F	X	10	32	1e-07	0X1.AD7F2A0000P-24
F	b	-1	32	0.3	10066330p-25
F	b	0	32	0.3	10066330p-25
F	b	3	32	0.3	10066330p-25
F	b	10	32	0.3	10066330p-25
F	e	-1	32	0.3	3e-01
F	e	0	32	0.3	3e-01
F	e	3	32	0.3	3.000e-01
F	e	10	32	0.3	3.0000001192e-01
F	E	-1	32	0.3	3E-01
F	E	0	32	0.3	3E-01
F	E	3	32	0.3	3.000E-01
F	E	10	32	0.3	3.0000001192E-01
F	f	-1	32	0.3	0.3
F	f	0	32	0.3	0
F	f	3	32	0.3	0.300
F	f	10	32	0.3	0.3000000119
F	g	-1	32	0.3	0.3
F	g	0	32	0.3	0.3
F	g	3	32	0.3	0.3
F	g	10	32	0.3	0.3000000119
F	G	-1	32	0.3	0.3
F	G	0	32	0.3	0.3
F	G	3	32	0.3	0.3
F	G	10	32	0.3	0.3000000119
F	x	-1	32	0.3	0x1.333334p-02
F	x	0	32	0.3	0x1p-02
F	x	3	32	0.3	0x1.333p-02
F	x	10	32	0.3	0x1.3333340000p-02
F	X	-1	32	0.3	0X1.333334P-02
F	X	0	32	0.3	0X1P-02
F	X	3	32	0.3	0X1.333P-02
F	X	10	32	0.3	0X1.3333340000P-02
F	b	-1	32	0.10000000149011612	13421773p-27
F	b	0	32	0.10000000149011612	13421773p-27
F	b	3	32	0.10000000149011612	13421773p-27
F	b	10	32	0.10000000149011612	13421773p-27
F	e	-1	32	0.10000000149011612	1e-01
F	e	0	32	0.10000000149011612	1e-01
F	e	3	32	0.10000000149011612	1.000e-01
F	e	10	32	0.10000000149011612	1.0000000149e-01
F	E	-1	32	0.10000000149011612	1E-01
F	E	0	32	0.10000000149011612	1E-01
F	E	3	32	0.10000000149011612	1.000E-01
F	E	10	32	0.10000000149011612	1.0000000149E-01
F	f	-1	32	0.10000000149011612	0.1
F	f	0	32	0.10000000149011612	0
F	f	3	32	0.10000000149011612	0.100
F	f	10	32	0.10000000149011612	0.1000000015
F	g	-1	32	0.10000000149011612	0.1
F	g	0	32	0.10000000149011612	0.1
F	g	3	32	0.10000000149011612	0.1
F	g	10	32	0.10000000149011612	0.1000000015
F	G	-1	32	0.10000000149011612	0.1
F	G	0	32	0.10000000149011612	0.1
F	G	3	32	0.10000000149011612	0.1
F	G	10	32	0.10000000149011612	0.1000000015
F	x	-1	32	0.10000000149011612	0x1.99999ap-04
F	x	0	32	0.10000000149011612	0x1p-03
F	x	3	32	0.10000000149011612	0x1.99ap-04
F	x	10	32	0.10000000149011612	0x1.99999a0000p-04
F	X	-1	32	0.10000000149011612	0X1.99999AP-04
F	X	0	32	0.10000000149011612	0X1P-03
F	X	3	32	0.10000000149011612	0X1.99AP-04
F	X	10	32	0.10000000149011612	0X1.99999A0000P-04
F	b	-1	32	NaN	NaN
F	b	0	32	NaN	NaN
F	b	3	32	NaN	NaN
F	b	10	32	NaN	NaN
F	e	-1	32	NaN	NaN
F	e	0	32	NaN	NaN
F	e	3	32	NaN	NaN
F	e	10	32	NaN	NaN
F	E	-1	32	NaN	NaN
F	E	0	32	NaN	NaN
F	E	3	32	NaN	NaN
F	E	10	32	NaN	NaN
F	f	-1	32	NaN	NaN
F	f	0	32	NaN	NaN
F	f	3	32	NaN	NaN
F	f	10	32	NaN	NaN
F	g	-1	32	NaN	NaN
F	g	0	32	NaN	NaN
F	g	3	32	NaN	NaN
F	g	10	32	NaN	NaN
F	G	-1	32	NaN	NaN
F	G	0	32	NaN	NaN
F	G	3	32	NaN	NaN
F	G	10	32	NaN	NaN
F	x	-1	32	NaN	NaN
F	x	0	32	NaN	NaN
F	x	3	32	NaN	NaN
F	x	10	32	NaN	NaN
F	X	-1	32	NaN	NaN
F	X	0	32	NaN	NaN
F	X	3	32	NaN	NaN
F	X	10	32	NaN	NaN
F	b	-1	32	+Inf	+Inf
F	b	0	32	+Inf	+Inf
F	b	3	32	+Inf	+Inf
F	b	10	32	+Inf	+Inf
F	e	-1	32	+Inf	+Inf
F	e	0	32	+Inf	+Inf
F	e	3	32	+Inf	+Inf
F	e	10	32	+Inf	+Inf
F	E	-1	32	+Inf	+Inf
F	E	0	32	+Inf	+Inf
F	E	3	32	+Inf	+Inf
F	E	10	32	+Inf	+Inf
F	f	-1	32	+Inf	+Inf
F	f	0	32	+Inf	+Inf
F	f	3	32	+Inf	+Inf
F	f	10	32	+Inf	+Inf
F	g	-1	32	+Inf	+Inf
F	g	0	32	+Inf	+Inf
F	g	3	32	+Inf	+Inf
F	g	10	32	+Inf	+Inf
F	G	-1	32	+Inf	+Inf
F	G	0	32	+Inf	+Inf
F	G	3	32	+Inf	+Inf
F	G	10	32	+Inf	+Inf
F	x	-1	32	+Inf	+Inf
F	x	0	32	+Inf	+Inf
F	x	3	32	+Inf	+Inf
F	x	10	32	+Inf	+Inf
F	X	-1	32	+Inf	+Inf
F	X	0	32	+Inf	+Inf
F	X	3	32	+Inf	+Inf
F	X	10	32	+Inf	+Inf
F	b	-1	32	-Inf	-Inf
F	b	0	32	-Inf	-Inf
F	b	3	32	-Inf	-Inf
F	b	10	32	-Inf	-Inf
F	e	-1	32	-Inf	-Inf
F	e	0	32	-Inf	-Inf
F	e	3	32	-Inf	-Inf
F	e	10	32	-Inf	-Inf
F	E	-1	32	-Inf	-Inf
F	E	0	32	-Inf	-Inf
F	E	3	32	-Inf	-Inf
F	E	10	32	-Inf	-Inf
F	f	-1	32	-Inf	-Inf
F	f	0	32	-Inf	-Inf
F	f	3	32	-Inf	-Inf
F	f	10	32	-Inf	-Inf
F	g	-1	32	-Inf	-Inf
F	g	0	32	-Inf	-Inf
F	g	3	32	-Inf	-Inf
F	g	10	32	-Inf	-Inf
F	G	-1	32	-Inf	-Inf
F	G	0	32	-Inf	-Inf
F	G	3	32	-Inf	-Inf
F	G	10	32	-Inf	-Inf
F	x	-1	32	-Inf	-Inf
F	x	0	32	-Inf	-Inf
F	x	3	32	-Inf	-Inf
F	x	10	32	-Inf	-Inf
F	X	-1	32	-Inf	-Inf
F	X	0	32	-Inf	-Inf
F	X	3	32	-Inf	-Inf
F	X	10	32	-Inf	-Inf
F	b	-1	32	0.5	8388608p-24
F	b	0	32	0.5	8388608p-24
F	b	3	32	0.5	8388608p-24
F	b	10	32	0.5	8388608p-24
F	e	-1	32	0.5	5e-01
F	e	0	32	0.5	5e-01
F	e	3	32	0.5	5.000e-01
F	e	10	32	0.5	5.0000000000e-01
F	E	-1	32	0.5	5E-01
F	E	0	32	0.5	5E-01
F	E	3	32	0.5	5.000E-01
F	E	10	32	0.5	5.0000000000E-01
F	f	-1	32	0.5	0.5
F	f	0	32	0.5	0
F	f	3	32	0.5	0.500
F	f	10	32	0.5	0.5000000000
F	g	-1	32	0.5	0.5
F	g	0	32	0.5	0.5
F	g	3	32	0.5	0.5
F	g	10	32	0.5	0.5
F	G	-1	32	0.5	0.5
F	G	0	32	0.5	0.5
F	G	3	32	0.5	0.5
F	G	10	32	0.5	0.5
F	x	-1	32	0.5	0x1p-01
F	x	0	32	0.5	0x1p-01
F	x	3	32	0.5	0x1.000p-01
F	x	10	32	0.5	0x1.0000000000p-01
F	X	-1	32	0.5	0X1P-01
F	X	0	32	0.5	0X1P-01
F	X	3	32	0.5	0X1.000P-01
F	X	10	32	0.5	0X1.0000000000P-01
F	b	-1	32	2.5	10485760p-22
F	b	0	32	2.5	10485760p-22
F	b	3	32	2.5	10485760p-22
F	b	10	32	2.5	10485760p-22
F	e	-1	32	2.5	2.5e+00
F	e	0	32	2.5	2e+00
F	e	3	32	2.5	2.500e+00
F	e	10	32	2.5	2.5000000000e+00
F	E	-1	32	2.5	2.5E+00
F	E	0	32	2.5	2E+00
F	E	3	32	2.5	2.500E+00
F	E	10	32	2.5	2.5000000000E+00
F	f	-1	32	2.5	2.5
F	f	0	32	2.5	2
F	f	3	32	2.5	2.500
F	f	10	32	2.5	2.5000000000
F	g	-1	32	2.5	2.5
F	g	0	32	2.5	2
F	g	3	32	2.5	2.5
F	g	10	32	2.5	2.5
F	G	-1	32	2.5	2.5
F	G	0	32	2.5	2
F	G	3	32	2.5	2.5
F	G	10	32	2.5	2.5
F	x	-1	32	2.5	0x1.4p+01
F	x	0	32	2.5	0x1p+01
F	x	3	32	2.5	0x1.400p+01
F	x	10	32	2.5	0x1.4000000000p+01
F	X	-1	32	2.5	0X1.4P+01
F	X	0	32	2.5	0X1P+01
F	X	3	32	2.5	0X1.400P+01
F	X	10	32	2.5	0X1.4000000000P+01
F	b	-1	32	1e+23	11102230p+53
F	b	0	32	1e+23	11102230p+53
F	b	3	32	1e+23	11102230p+53
F	b	10	32	1e+23	11102230p+53
F	e	-1	32	1e+23	1e+23
F	e	0	32	1e+23	1e+23
F	e	3	32	1e+23	1.000e+23
F	e	10	32	1e+23	9.9999997782e+22
F	E	-1	32	1e+23	1E+23
F	E	0	32	1e+23	1E+23
F	E	3	32	1e+23	1.000E+23
F	E	10	32	1e+23	9.9999997782E+22
F	f	-1	32	1e+23	100000000000000000000000
F	f	0	32	1e+23	99999997781963083612160
F	f	3	32	1e+23	99999997781963083612160.000
F	f	10	32	1e+23	99999997781963083612160.0000000000
F	g	-1	32	1e+23	1e+23
F	g	0	32	1e+23	1e+23
F	g	3	32	1e+23	1e+23
F	g	10	32	1e+23	9.999999778e+22
F	G	-1	32	1e+23	1E+23
F	G	0	32	1e+23	1E+23
F	G	3	32	1e+23	1E+23
F	G	10	32	1e+23	9.999999778E+22
F	x	-1	32	1e+23	0x1.52d02cp+76
F	x	0	32	1e+23	0x1p+76
F	x	3	32	1e+23	0x1.52dp+76
F	x	10	32	1e+23	0x1.52d02c0000p+76
F	X	-1	32	1e+23	0X1.52D02CP+76
F	X	0	32	1e+23	0X1P+76
F	X	3	32	1e+23	0X1.52DP+76
F	X	10	32	1e+23	0X1.52D02C0000P+76
F	b	-1	32	5e-324	0p-149
F	b	0	32	5e-324	0p-149
F	b	3	32	5e-324	0p-149
F	b	10	32	5e-324	0p-149
F	e	-1	32	5e-324	0e+00
F	e	0	32	5e-324	0e+00
F	e	3	32	5e-324	0.000e+00
F	e	10	32	5e-324	0.0000000000e+00
F	E	-1	32	5e-324	0E+00
F	E	0	32	5e-324	0E+00
F	E	3	32	5e-324	0.000E+00
F	E	10	32	5e-324	0.0000000000E+00
F	f	-1	32	5e-324	0
F	f	0	32	5e-324	0
F	f	3	32	5e-324	0.000
F	f	10	32	5e-324	0.0000000000
F	g	-1	32	5e-324	0
F	g	0	32	5e-324	0
F	g	3	32	5e-324	0
F	g	10	32	5e-324	0
F	G	-1	32	5e-324	0
F	G	0	32	5e-324	0
F	G	3	32	5e-324	0
F	G	10	32	5e-324	0
F	x	-1	32	5e-324	0x0p+00
F	x	0	32	5e-324	0x0p+00
F	x	3	32	5e-324	0x0.000p+00
F	x	10	32	5e-324	0x0.0000000000p+00
F	X	-1	32	5e-324	0X0P+00
F	X	0	32	5e-324	0X0P+00
F	X	3	32	5e-324	0X0.000P+00
F	X	10	32	5e-324	0X0.0000000000P+00
F	b	-1	32	1.7976931348623157e+308	+Inf
F	b	0	32	1.7976931348623157e+308	+Inf
F	b	3	32	1.7976931348623157e+308	+Inf
F	b	10	32	1.7976931348623157e+308	+Inf
F	e	-1	32	1.7976931348623157e+308	+Inf
F	e	0	32	1.7976931348623157e+308	+Inf
F	e	3	32	1.7976931348623157e+308	+Inf
F	e	10	32	1.7976931348623157e+308	+Inf
F	E	-1	32	1.7976931348623157e+308	+Inf
F	E	0	32	1.7976931348623157e+308	+Inf
F	E	3	32	1.7976931348623157e+308	+Inf
F	E	10	32	1.7976931348623157e+308	+Inf
F	f	-1	32	1.7976931348623157e+308	+Inf
F	f	0	32	1.7976931348623157e+308	+Inf
F	f	3	32	1.7976931348623157e+308	+Inf
F	f	10	32	1.7976931348623157e+308	+Inf
F	g	-1	32	1.7976931348623157e+308	+Inf
F	g	0	32	1.7976931348623157e+308	+Inf
F	g	3	32	1.7976931348623157e+308	+Inf
F	g	10	32	1.7976931348623157e+308	+Inf
F	G	-1	32	1.7976931348623157e+308	+Inf
F	G	0	32	1.7976931348623157e+308	+Inf
F	G	3	32	1.7976931348623157e+308	+Inf
F	G	10	32	1.7976931348623157e+308	+Inf
F	x	-1	32	1.7976931348623157e+308	+Inf
F	x	0	32	1.7976931348623157e+308	+Inf
F	x	3	32	1.7976931348623157e+308	+Inf
F	x	10	32	1.7976931348623157e+308	+Inf
F	X	-1	32	1.7976931348623157e+308	+Inf
F	X	0	32	1.7976931348623157e+308	+Inf
F	X	3	32	1.7976931348623157e+308	+Inf
F	X	10	32	1.7976931348623157e+308	+Inf
F	b	-1	32	5.992310449541053e+307	+Inf
F	b	0	32	5.992310449541053e+307	+Inf
F	b	3	32	5.992310449541053e+307	+Inf
F	b	10	32	5.992310449541053e+307	+Inf
F	e	-1	32	5.992310449541053e+307	+Inf
F	e	0	32	5.992310449541053e+307	+Inf
F	e	3	32	5.992310449541053e+307	+Inf
F	e	10	32	5.992310449541053e+307	+Inf
F	E	-1	32	5.992310449541053e+307	+Inf
F	E	0	32	5.992310449541053e+307	+Inf
F	E	3	32	5.992310449541053e+307	+Inf
F	E	10	32	5.992310449541053e+307	+Inf
F	f	-1	32	5.992310449541053e+307	+Inf
F	f	0	32	5.992310449541053e+307	+Inf
F	f	3	32	5.992310449541053e+307	+Inf
F	f	10	32	5.992310449541053e+307	+Inf
F	g	-1	32	5.992310449541053e+307	+Inf
F	g	0	32	5.992310449541053e+307	+Inf
F	g	3	32	5.992310449541053e+307	+Inf
F	g	10	32	5.992310449541053e+307	+Inf
F	G	-1	32	5.992310449541053e+307	+Inf
F	G	0	32	5.992310449541053e+307	+Inf
F	G	3	32	5.992310449541053e+307	+Inf
F	G	10	32	5.992310449541053e+307	+Inf
F	x	-1	32	5.992310449541053e+307	+Inf
F	x	0	32	5.992310449541053e+307	+Inf
F	x	3	32	5.992310449541053e+307	+Inf
F	x	10	32	5.992310449541053e+307	+Inf
F	X	-1	32	5.992310449541053e+307	+Inf
F	X	0	32	5.992310449541053e+307	+Inf
F	X	3	32	5.992310449541053e+307	+Inf
F	X	10	32	5.992310449541053e+307	+Inf
F	b	-1	32	100	13107200p-17
F	b	0	32	100	13107200p-17
F	b	3	32	100	13107200p-17
F	b	10	32	100	13107200p-17
F	e	-1	32	100	1e+02
F	e	0	32	100	1e+02
F	e	3	32	100	1.000e+02
F	e	10	32	100	1.0000000000e+02
F	E	-1	32	100	1E+02
F	E	0	32	100	1E+02
F	E	3	32	100	1.000E+02
F	E	10	32	100	1.0000000000E+02
F	f	-1	32	100	100
F	f	0	32	100	100
F	f	3	32	100	100.000
F	f	10	32	100	100.0000000000
F	g	-1	32	100	100
F	g	0	32	100	1e+02
F	g	3	32	100	100
F	g	10	32	100	100
F	G	-1	32	100	100
F	G	0	32	100	1E+02
F	G	3	32	100	100
F	G	10	32	100	100
F	x	-1	32	100	0x1.9p+06
F	x	0	32	100	0x1p+07
F	x	3	32	100	0x1.900p+06
F	x	10	32	100	0x1.9000000000p+06
F	X	-1	32	100	0X1.9P+06
F	X	0	32	100	0X1P+07
F	X	3	32	100	0X1.900P+06
F	X	10	32	100	0X1.9000000000P+06
F	b	-1	32	0.000123456	8483832p-36
F	b	0	32	0.000123456	8483832p-36
F	b	3	32	0.000123456	8483832p-36
F	b	10	32	0.000123456	8483832p-36
F	e	-1	32	0.000123456	1.23456e-04
F	e	0	32	0.000123456	1e-04
F	e	3	32	0.000123456	1.235e-04
F	e	10	32	0.000123456	1.2345600408e-04
F	E	-1	32	0.000123456	1.23456E-04
F	E	0	32	0.000123456	1E-04
F	E	3	32	0.000123456	1.235E-04
F	E	10	32	0.000123456	1.2345600408E-04
F	f	-1	32	0.000123456	0.000123456
F	f	0	32	0.000123456	0
F	f	3	32	0.000123456	0.000
F	f	10	32	0.000123456	0.0001234560
F	g	-1	32	0.000123456	0.000123456
F	g	0	32	0.000123456	0.0001
F	g	3	32	0.000123456	0.000123
F	g	10	32	0.000123456	0.0001234560041
F	G	-1	32	0.000123456	0.000123456
F	G	0	32	0.000123456	0.0001
F	G	3	32	0.000123456	0.000123
F	G	10	32	0.000123456	0.0001234560041
F	x	-1	32	0.000123456	0x1.02e7fp-13
F	x	0	32	0.000123456	0x1p-13
F	x	3	32	0.000123456	0x1.02ep-13
F	x	10	32	0.000123456	0x1.02e7f00000p-13
F	X	-1	32	0.000123456	0X1.02E7FP-13
F	X	0	32	0.000123456	0X1P-13
F	X	3	32	0.000123456	0X1.02EP-13
F	X	10	32	0.000123456	0X1.02E7F00000P-13
F	b	-1	32	9.5	9961472p-20
F	b	0	32	9.5	9961472p-20
F	b	3	32	9.5	9961472p-20
F	b	10	32	9.5	9961472p-20
F	e	-1	32	9.5	9.5e+00
F	e	0	32	9.5	1e+01
F	e	3	32	9.5	9.500e+00
F	e	10	32	9.5	9.5000000000e+00
F	E	-1	32	9.5	9.5E+00
F	E	0	32	9.5	1E+01
F	E	3	32	9.5	9.500E+00
F	E	10	32	9.5	9.5000000000E+00
F	f	-1	32	9.5	9.5
F	f	0	32	9.5	10
F	f	3	32	9.5	9.500
F	f	10	32	9.5	9.5000000000
F	g	-1	32	9.5	9.5
F	g	0	32	9.5	1e+01
F	g	3	32	9.5	9.5
F	g	10	32	9.5	9.5
F	G	-1	32	9.5	9.5
F	G	0	32	9.5	1E+01
F	G	3	32	9.5	9.5
F	G	10	32	9.5	9.5
F	x	-1	32	9.5	0x1.3p+03
F	x	0	32	9.5	0x1p+03
F	x	3	32	9.5	0x1.300p+03
F	x	10	32	9.5	0x1.3000000000p+03
F	X	-1	32	9.5	0X1.3P+03
F	X	0	32	9.5	0X1P+03
F	X	3	32	9.5	0X1.300P+03
F	X	10	32	9.5	0X1.3000000000P+03
F	b	-1	32	123.456	16181625p-17
F	b	0	32	123.456	16181625p-17
F	b	3	32	123.456	16181625p-17
F	b	10	32	123.456	16181625p-17
F	e	-1	32	123.456	1.23456e+02
F	e	0	32	123.456	1e+02
F	e	3	32	123.456	1.235e+02
F	e	10	32	123.456	1.2345600128e+02
F	E	-1	32	123.456	1.23456E+02
F	E	0	32	123.456	1E+02
F	E	3	32	123.456	1.235E+02
F	E	10	32	123.456	1.2345600128E+02
F	f	-1	32	123.456	123.456
F	f	0	32	123.456	123
F	f	3	32	123.456	123.456
F	f	10	32	123.456	123.4560012817
F	g	-1	32	123.456	123.456
F	g	0	32	123.456	1e+02
F	g	3	32	123.456	123
F	g	10	32	123.456	123.4560013
F	G	-1	32	123.456	123.456
F	G	0	32	123.456	1E+02
F	G	3	32	123.456	123
F	G	10	32	123.456	123.4560013
F	x	-1	32	123.456	0x1.edd2f2p+06
F	x	0	32	123.456	0x1p+07
F	x	3	32	123.456	0x1.eddp+06
F	x	10	32	123.456	0x1.edd2f20000p+06
F	X	-1	32	123.456	0X1.EDD2F2P+06
F	X	0	32	123.456	0X1P+07
F	X	3	32	123.456	0X1.EDDP+06
F	X	10	32	123.456	0X1.EDD2F20000P+06
F	b	-1	32	1e-10	14411519p-57
F	b	0	32	1e-10	14411519p-57
F	b	3	32	1e-10	14411519p-57
F	b	10	32	1e-10	14411519p-57
F	e	-1	32	1e-10	1e-10
F	e	0	32	1e-10	1e-10
F	e	3	32	1e-10	1.000e-10
F	e	10	32	1e-10	1.0000000134e-10
F	E	-1	32	1e-10	1E-10
F	E	0	32	1e-10	1E-10
F	E	3	32	1e-10	1.000E-10
F	E	10	32	1e-10	1.0000000134E-10
F	f	-1	32	1e-10	0.0000000001
F	f	0	32	1e-10	0
F	f	3	32	1e-10	0.000
F	f	10	32	1e-10	0.0000000001
F	g	-1	32	1e-10	1e-10
F	g	0	32	1e-10	1e-10
F	g	3	32	1e-10	1e-10
F	g	10	32	1e-10	1.000000013e-10
F	G	-1	32	1e-10	1E-10
F	G	0	32	1e-10	1E-10
F	G	3	32	1e-10	1E-10
F	G	10	32	1e-10	1.000000013E-10
F	x	-1	32	1e-10	0x1.b7cdfep-34
F	x	0	32	1e-10	0x1p-33
F	x	3	32	1e-10	0x1.b7dp-34
F	x	10	32	1e-10	0x1.b7cdfe0000p-34
F	X	-1	32	1e-10	0X1.B7CDFEP-34
F	X	0	32	1e-10	0X1P-33
F	X	3	32	1e-10	0X1.B7DP-34
F	X	10	32	1e-10	0X1.B7CDFE0000P-34
F	z	-1	64	1	%z
F	z	-1	64	3.14159	%z
F	z	-1	64	NaN	NaN
F	z	-1	64	0	%z
Q	Quote		""
Q	QuoteToASCII		""
Q	CanBackquote		true
Q	Quote	hello	"hello"
Q	QuoteToASCII	hello	"hello"
Q	CanBackquote	hello	true
Q	Quote	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"
Q	QuoteToASCII	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	"h\x5cu00e9llo, \x5cu4e16\x5cu754c"
Q	CanBackquote	h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c	true
Q	Quote	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
Q	QuoteToASCII	a\x09b\x0ac"d\x5c	"a\x5ctb\x5cnc\x5c"d\x5c\x5c"
Q	CanBackquote	a\x09b\x0ac"d\x5c	false
Q	Quote	\xff\xfeabc	"\x5cxff\x5cxfeabc"
Q	QuoteToASCII	\xff\xfeabc	"\x5cxff\x5cxfeabc"
Q	CanBackquote	\xff\xfeabc	false
Q	Quote	`raw`	"`raw`"
Q	QuoteToASCII	`raw`	"`raw`"
Q	CanBackquote	`raw`	false
Q	Quote	\xc2\xad soft	"\x5cu00ad soft"
Q	QuoteToASCII	\xc2\xad soft	"\x5cu00ad soft"
Q	CanBackquote	\xc2\xad soft	true
Q	Quote	\xe2\x80\x8b zw	"\x5cu200b zw"
Q	QuoteToASCII	\xe2\x80\x8b zw	"\x5cu200b zw"
Q	CanBackquote	\xe2\x80\x8b zw	true
Q	Quote	\xef\xbb\xbfbom	"\x5cufeffbom"
Q	QuoteToASCII	\xef\xbb\xbfbom	"\x5cufeffbom"
Q	CanBackquote	\xef\xbb\xbfbom	false
Q	Quote	\xf0\x9f\x98\x80 emoji	"\xf0\x9f\x98\x80 emoji"
Q	QuoteToASCII	\xf0\x9f\x98\x80 emoji	"\x5cU0001f600 emoji"
Q	CanBackquote	\xf0\x9f\x98\x80 emoji	true
Q	Quote	\x7f del	"\x5cx7f del"
Q	QuoteToASCII	\x7f del	"\x5cx7f del"
Q	CanBackquote	\x7f del	false
Q	Quote	\xe2\x80\xa8	"\x5cu2028"
Q	QuoteToASCII	\xe2\x80\xa8	"\x5cu2028"
Q	CanBackquote	\xe2\x80\xa8	true
Q	Quote	\xee\x80\x80	"\x5cue000"
Q	QuoteToASCII	\xee\x80\x80	"\x5cue000"
Q	CanBackquote	\xee\x80\x80	true
Q	Quote	\xcd\xb8	"\x5cu0378"
Q	QuoteToASCII	\xcd\xb8	"\x5cu0378"
Q	CanBackquote	\xcd\xb8	true
Q	Quote	it's	"it's"
Q	QuoteToASCII	it's	"it's"
Q	CanBackquote	it's	true
Q	Quote	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
Q	QuoteToASCII	\x07\x08\x0c\x0d\x0b\x00\x1b	"\x5ca\x5cb\x5cf\x5cr\x5cv\x5cx00\x5cx1b"
Q	CanBackquote	\x07\x08\x0c\x0d\x0b\x00\x1b	false
Q	Quote	\xe2\x82	"\x5cxe2\x5cx82"
Q	QuoteToASCII	\xe2\x82	"\x5cxe2\x5cx82"
Q	CanBackquote	\xe2\x82	false
Q	Quote	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
Q	QuoteToASCII	\xed\xa0\x80	"\x5cxed\x5cxa0\x5cx80"
Q	CanBackquote	\xed\xa0\x80	false
Q	Quote	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
Q	QuoteToASCII	\xf4\x90\x80\x80	"\x5cxf4\x5cx90\x5cx80\x5cx80"
Q	CanBackquote	\xf4\x90\x80\x80	false
Q	Quote	\xc3\xa9\xcc\x81	"\xc3\xa9\xcc\x81"
Q	QuoteToASCII	\xc3\xa9\xcc\x81	"\x5cu00e9\x5cu0301"
Q	CanBackquote	\xc3\xa9\xcc\x81	true
Q	Quote	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
Q	QuoteToASCII	\xf4\x8f\xbf\xbf	"\x5cU0010ffff"
Q	CanBackquote	\xf4\x8f\xbf\xbf	true
Q	Quote	\xf3\xa0\x80\x81	"\x5cU000e0001"
Q	QuoteToASCII	\xf3\xa0\x80\x81	"\x5cU000e0001"
Q	CanBackquote	\xf3\xa0\x80\x81	true
Q	Quote	abc\xc2\x85def	"abc\x5cu0085def"
Q	QuoteToASCII	abc\xc2\x85def	"abc\x5cu0085def"
Q	CanBackquote	abc\xc2\x85def	true
Q	Quote	\xc2\xa0nbsp	"\x5cu00a0nbsp"
Q	QuoteToASCII	\xc2\xa0nbsp	"\x5cu00a0nbsp"
Q	CanBackquote	\xc2\xa0nbsp	true
Q	QuoteRune	97	'a'
Q	QuoteRuneToASCII	97	'a'
Q	QuoteRune	39	'\x5c''
Q	QuoteRuneToASCII	39	'\x5c''
Q	QuoteRune	34	'"'
Q	QuoteRuneToASCII	34	'"'
Q	QuoteRune	233	'\xc3\xa9'
Q	QuoteRuneToASCII	233	'\x5cu00e9'
Q	QuoteRune	128512	'\xf0\x9f\x98\x80'
Q	QuoteRuneToASCII	128512	'\x5cU0001f600'
Q	QuoteRune	55296	'\xef\xbf\xbd'
Q	QuoteRuneToASCII	55296	'\x5cufffd'
Q	QuoteRune	1114112	'\xef\xbf\xbd'
Q	QuoteRuneToASCII	1114112	'\x5cufffd'
Q	QuoteRune	-5	'\xef\xbf\xbd'
Q	QuoteRuneToASCII	-5	'\x5cufffd'
Q	QuoteRune	127	'\x5cx7f'
Q	QuoteRuneToASCII	127	'\x5cx7f'
Q	QuoteRune	133	'\x5cu0085'
Q	QuoteRuneToASCII	133	'\x5cu0085'
Q	QuoteRune	8232	'\x5cu2028'
Q	QuoteRuneToASCII	8232	'\x5cu2028'
Q	QuoteRune	9	'\x5ct'
Q	QuoteRuneToASCII	9	'\x5ct'
Q	QuoteRune	0	'\x5cx00'
Q	QuoteRuneToASCII	0	'\x5cx00'
"#;
    // END GO CASES
}
