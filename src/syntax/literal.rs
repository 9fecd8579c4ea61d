//! Scanning and decoding of Go literals: numbers, strings, raw strings, runes.
//!
//! Mirrors gc's `syntax/scanner.go` (number, stdString, rawString, rune,
//! escape): the same acceptance rules and the same error messages at the same
//! byte offsets, so a malformed literal is reported exactly as gc reports it.
//! The scanner never fails: it always consumes at least one byte and returns
//! what it found plus any errors (offsets relative to the literal's start).
//! Decoding (`unquote`, `rune_value`) assumes a literal that scanned cleanly
//! and, on anything else, returns a best effort rather than panicking.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// The result of scanning one literal.
#[derive(Clone, Debug, PartialEq)]
pub struct Scanned {
    pub len: usize,
    pub kind: LitKind,
    /// (offset from the literal's start, message)
    pub errors: Vec<(usize, String)>,
}

fn lower(c: u8) -> u8 {
    c | 0x20
}

fn litname(prefix: u8) -> &'static str {
    match prefix {
        b'x' => "hexadecimal literal",
        b'o' | b'0' => "octal literal",
        b'b' => "binary literal",
        _ => "decimal literal",
    }
}

/// Scans a number starting at `s[0]` (a digit, or `.` followed by a digit).
pub fn scan_number(s: &[u8]) -> Scanned {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut errors = Vec::new();
    let mut kind = LitKind::Int;
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0u32;
    let mut invalid: Option<usize> = None;
    let mut seen_point = false;

    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> u32 {
        let mut ds = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while at(*i).is_ascii_digit() || at(*i) == b'_' {
                let c = at(*i);
                let d = if c == b'_' { 2 } else { 1 };
                if c != b'_' && c >= max && invalid.is_none() {
                    *invalid = Some(*i);
                }
                ds |= d;
                *i += 1;
            }
        } else {
            while at(*i).is_ascii_hexdigit() || at(*i) == b'_' {
                ds |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        ds
    };

    if at(0) == b'.' {
        seen_point = true;
        i = 1;
    } else {
        if at(0) == b'0' {
            i = 1;
            match lower(at(1)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1; // leading 0
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errors.push((i, format!("invalid radix point in {}", litname(prefix))));
            }
            i += 1;
            seen_point = true;
        }
    }
    if seen_point {
        kind = LitKind::Float;
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && errors.is_empty() {
        errors.push((i, format!("{} has no digits", litname(prefix))));
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if errors.is_empty() {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errors.push((i, format!("'{}' exponent requires decimal mantissa", at(i) as char)));
            } else if e == b'p' && prefix != b'x' {
                errors.push((i, format!("'{}' exponent requires hexadecimal mantissa", at(i) as char)));
            }
        }
        i += 1;
        kind = LitKind::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        let ds = digits(&mut i, 10, &mut none);
        digsep |= ds;
        if ds & 1 == 0 && errors.is_empty() {
            errors.push((i, "exponent has no digits".into()));
        }
    } else if prefix == b'x' && kind == LitKind::Float && errors.is_empty() {
        errors.push((i, "hexadecimal mantissa requires a 'p' exponent".into()));
    }
    if at(i) == b'i' {
        kind = LitKind::Imag;
        i += 1;
    }
    if kind == LitKind::Int
        && errors.is_empty()
        && let Some(p) = invalid
    {
        errors.push((p, format!("invalid digit '{}' in {}", at(p) as char, litname(prefix))));
    }
    if digsep & 2 != 0
        && errors.is_empty()
        && let Some(p) = invalid_sep(&s[..i])
    {
        errors.push((p, "'_' must separate successive digits".into()));
    }
    Scanned { len: i, kind, errors }
}

/// The index of the first `_` that does not separate two digits, as gc's
/// `invalidSep` finds it.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' '; // prefix char, we only care if it's 'x'
    let mut d = b'.'; // digit, one of '_', '0' (a digit), or '.' (anything else)
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = lower(x[1]);
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' { Some(x.len() - 1) } else { None }
}

/// Scans the escape after a backslash at `s[i]` (the byte after `\`); returns
/// the index after it, or an error (offset, message). Mirrors `scanner.escape`.
fn scan_escape(s: &str, mut i: usize, quote: u8) -> Result<usize, (usize, String)> {
    let b = s.as_bytes();
    let c = match b.get(i) {
        None => return Ok(i),
        Some(&c) => c,
    };
    let (n, base, max): (usize, u32, u32) = match c {
        b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => return Ok(i + 1),
        c if c == quote => return Ok(i + 1),
        b'0'..=b'7' => (3, 8, 255),
        b'x' => {
            i += 1;
            (2, 16, 255)
        }
        b'u' => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        b'U' => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        _ => return Err((i, "unknown escape".into())),
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(&c) = b.get(i) else { return Ok(i) };
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            _ if (b'a'..=b'f').contains(&lower(c)) => (lower(c) - b'a' + 10) as u32,
            _ => base,
        };
        if d >= base {
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let name = if base == 8 { "octal" } else { "hexadecimal" };
            return Err((i, format!("invalid character {} in {} escape", go_quote_rune(ch), name)));
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        i += 1;
    }
    if x > max && base == 8 {
        return Err((i, format!("octal escape value {x} > 255")));
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        return Err((i, format!("escape is invalid Unicode code point {}", go_hash_u(x))));
    }
    Ok(i)
}

/// Scans an interpreted string starting at its opening `"`.
pub fn scan_string(s: &str) -> Scanned {
    let b = s.as_bytes();
    let mut i = 1;
    let mut errors = Vec::new();
    loop {
        match b.get(i) {
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => match scan_escape(s, i + 1, b'"') {
                Ok(j) => i = j,
                Err(e) => {
                    errors.push(e);
                    i += 1;
                }
            },
            Some(b'\n') => {
                errors.push((i, "newline in string".into()));
                break;
            }
            None => {
                errors.push((0, "string not terminated".into()));
                break;
            }
            Some(_) => i += 1,
        }
    }
    Scanned { len: i, kind: LitKind::String, errors }
}

/// Scans a raw string starting at its opening backquote.
pub fn scan_raw_string(s: &str) -> Scanned {
    match s[1..].find('`') {
        Some(p) => Scanned { len: p + 2, kind: LitKind::String, errors: vec![] },
        None => Scanned { len: s.len(), kind: LitKind::String, errors: vec![(0, "string not terminated".into())] },
    }
}

/// Scans a rune literal starting at its opening `'`.
pub fn scan_rune(s: &str) -> Scanned {
    let b = s.as_bytes();
    let mut i = 1;
    let mut n = 0;
    let mut ok = true;
    let mut errors = Vec::new();
    loop {
        match b.get(i) {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        errors.push((i, "empty rune literal or unescaped '".into()));
                    } else if n != 1 {
                        errors.push((0, "more than one character in rune literal".into()));
                    }
                }
                i += 1;
                break;
            }
            Some(b'\\') => {
                match scan_escape(s, i + 1, b'\'') {
                    Ok(j) => i = j,
                    Err(e) => {
                        errors.push(e);
                        ok = false;
                        i += 1;
                    }
                }
                n += 1;
            }
            Some(b'\n') => {
                if ok {
                    errors.push((i, "newline in rune literal".into()));
                }
                break;
            }
            None => {
                if ok {
                    errors.push((0, "rune literal not terminated".into()));
                }
                break;
            }
            Some(_) => {
                i += s[i..].chars().next().map_or(1, char::len_utf8);
                n += 1;
            }
        }
    }
    Scanned { len: i, kind: LitKind::Rune, errors }
}

/// Decodes one character or escape of a quoted literal at `s[i..]`, pushing
/// its bytes; returns the next index.
fn decode_one(s: &str, i: usize, out: &mut Vec<u8>, rune: &mut u32) -> usize {
    let b = s.as_bytes();
    let Some(rest) = s.get(i..) else {
        // Inside a character after a malformed escape: take the byte as is.
        out.push(b[i]);
        return i + 1;
    };
    if b[i] != b'\\' {
        let c = rest.chars().next().unwrap_or('\u{fffd}');
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        *rune = c as u32;
        return i + c.len_utf8();
    }
    let c = b.get(i + 1).copied().unwrap_or(b'\\');
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' | b'\'' | b'"' => Some(c),
        _ => None,
    };
    if let Some(v) = simple {
        out.push(v);
        *rune = v as u32;
        return i + 2;
    }
    let (start, n, base, byte) = match c {
        b'0'..=b'7' => (i + 1, 3, 8, true),
        b'x' => (i + 2, 2, 16, true),
        b'u' => (i + 2, 4, 16, false),
        _ => (i + 2, 8, 16, false),
    };
    // Malformed escapes (already reported by the scanner) decode to U+FFFD.
    let end = (start + n).min(b.len());
    let start = start.min(end);
    let v = std::str::from_utf8(&b[start..end]).ok().and_then(|d| u32::from_str_radix(d, base).ok()).unwrap_or(0xFFFD);
    if byte {
        out.push(v as u8);
    } else {
        let ch = char::from_u32(v).unwrap_or('\u{fffd}');
        let mut buf = [0; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
    *rune = v;
    end
}

/// The bytes of a string literal (interpreted or raw) as Go defines them.
pub fn unquote(raw: &str) -> Vec<u8> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        // Carriage returns are discarded from raw string literals.
        return body.bytes().filter(|&b| b != b'\r').collect();
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    let mut r = 0;
    while i < body.len() {
        i = decode_one(body, i, &mut out, &mut r);
    }
    out
}

/// The value of a rune literal.
pub fn rune_value(raw: &str) -> u32 {
    let body = raw.strip_prefix('\'').unwrap_or(raw);
    let body = body.strip_suffix('\'').unwrap_or(body);
    if body.is_empty() {
        return 0;
    }
    let mut r = 0;
    decode_one(body, 0, &mut Vec::new(), &mut r);
    r
}

/// Go's `%q` of a rune, as gc uses in lexer messages.
pub fn go_quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Go's `%#U`: `U+0023 '#'`, without the quoted form for unprintable runes.
pub fn go_hash_u(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if !c.is_control() && !c.is_whitespace() || c == ' ' => format!("U+{x:04X} '{c}'"),
        _ => format!("U+{x:04X}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(scan_number(b"0x1p-2 ").len, 6);
        assert_eq!(scan_number(b"1_000 ").kind, LitKind::Int);
        assert_eq!(scan_number(b"1.5e3+").kind, LitKind::Float);
        assert_eq!(scan_number(b"09").errors[0].1, "invalid digit '9' in octal literal");
        assert_eq!(scan_number(b"0x").errors[0].1, "hexadecimal literal has no digits");
        assert_eq!(scan_number(b"1e").errors[0].1, "exponent has no digits");
        assert_eq!(scan_number(b"1__0").errors[0].1, "'_' must separate successive digits");
        assert_eq!(scan_number(b".5").kind, LitKind::Float);
    }

    #[test]
    fn strings_and_runes() {
        assert_eq!(unquote(r#""a\tb\x41\101\u00e9""#), "a\tbAAé".as_bytes());
        assert_eq!(rune_value(r"'\U0001F600'"), 0x1F600);
        assert_eq!(rune_value(r"'\''"), 39);
        assert_eq!(scan_rune("'ab'").errors[0].1, "more than one character in rune literal");
        assert_eq!(scan_string("\"ab\n").errors[0].1, "newline in string");
        assert_eq!(scan_string("\"\\q\"").errors[0].1, "unknown escape");
    }
}
