//! Strings (`runtime/string.go`, `runtime/utf8.go`): the conversions the
//! evaluator performs on string bytes. Strings are immutable byte
//! sequences in modelled memory; a header is (pointer, length).

/// `intstring`: the UTF-8 encoding of a rune, or U+FFFD when invalid.
pub fn intstring(r: i64) -> Vec<u8> {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf).as_bytes().to_vec()
}

/// `decoderune`: the rune at the start of `b` and its width; invalid UTF-8
/// gives (U+FFFD, 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else { return (0xFFFD, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min) = match b0 {
        0xC2..=0xDF => (2, 0x80),
        0xE0..=0xEF => (3, 0x800),
        0xF0..=0xF4 => (4, 0x10000),
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = (b0 as u32) & (0x7F >> n);
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

/// `[]rune(s)`
pub fn decode_runes(b: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (r, w) = decode_rune(&b[i..]);
        out.push(r);
        i += w;
    }
    out
}
