//! Natives of package unicode, from Rust's Unicode data (`char`), and the
//! library natives that inspect types at run time.
//!
//! Simplification: Rust's classification stands for Go's tables: letters
//! are `char::is_alphabetic` (which also admits the few marks of
//! Other_Alphabetic), digits are decimal digits of any script, ASCII
//! punctuation and symbols follow Go exactly; case mapping is the simple
//! one-to-one mapping (a rune whose full mapping is several runes, like
//! `ß`, maps to itself, as Go's does).

use crate::interp::{Machine, R};

fn rune_arg(m: &Machine, base: u64) -> R<char> {
    let r = m.ld(base + 8, crate::ir::Kind::I32)? as i64;
    Ok(u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'))
}

fn pred(m: &mut Machine, base: u64, f: fn(char) -> bool) -> R<()> {
    let c = rune_arg(m, base)?;
    let r = m.ld(base + 8, crate::ir::Kind::I32)? as i64;
    let ok = (0..=0x10FFFF).contains(&r) && f(c);
    m.mem.store(base + 16, 1, ok as u64);
    Ok(())
}

fn map_rune(m: &mut Machine, base: u64, f: fn(char) -> char) -> R<()> {
    let r = m.ld(base + 8, crate::ir::Kind::I32)?;
    let Some(c) = u32::try_from(r as i64).ok().and_then(char::from_u32) else {
        m.mem.store(base + 16, 4, r);
        return Ok(());
    };
    m.mem.store(base + 16, 4, f(c) as u64);
    Ok(())
}

fn single(mut it: impl Iterator<Item = char>, c: char) -> char {
    match (it.next(), it.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

pub fn to_upper(c: char) -> char {
    single(c.to_uppercase(), c)
}

/// `SimpleFold`: the next rune of `c`'s case-folding orbit (the smallest
/// greater one, wrapping around).
pub fn simple_fold(c: char) -> char {
    const ORBITS: &[&[char]] = &[
        &['K', 'k', '\u{212A}'],
        &['S', 's', '\u{17F}'],
        &['\u{B5}', '\u{39C}', '\u{3BC}'],
        &['\u{C5}', '\u{E5}', '\u{212B}'],
        &['\u{3A3}', '\u{3C2}', '\u{3C3}'],
        &['\u{398}', '\u{3B8}', '\u{3D1}', '\u{3F4}'],
    ];
    let mut orbit: Vec<char> = match ORBITS.iter().find(|o| o.contains(&c)) {
        Some(o) => o.to_vec(),
        None => vec![c, to_upper(c), to_lower(c)],
    };
    orbit.sort();
    orbit.dedup();
    orbit.iter().copied().find(|&x| x > c).unwrap_or(orbit[0])
}

/// Title case differs from upper case only for the digraphs.
pub fn to_title(c: char) -> char {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => 'ǅ',
        'Ǉ' | 'ǈ' | 'ǉ' => 'ǈ',
        'Ǌ' | 'ǋ' | 'ǌ' => 'ǋ',
        'Ǳ' | 'ǲ' | 'ǳ' => 'ǲ',
        _ => to_upper(c),
    }
}

pub fn to_lower(c: char) -> char {
    single(c.to_lowercase(), c)
}

fn is_ascii_symbol(c: char) -> bool {
    matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
}

pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !is_ascii_symbol(c);
    }
    !c.is_alphanumeric()
        && !c.is_whitespace()
        && !c.is_control()
        && crate::stdlib::fmt::format::is_print(c as u32)
        && matches!(c, '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}')
}

pub fn is_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{85}' | '\u{A0}')
        || (!c.is_ascii() && c.is_whitespace())
}

pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric() && c.to_digit(10).is_none() && is_decimal(c))
}

/// Decimal digits of other scripts come in runs of ten from a zero.
fn is_decimal(c: char) -> bool {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10,
    ];
    let u = c as u32;
    ZEROS.iter().any(|&z| (z..z + 10).contains(&u))
}

pub static NATIVES: &[(&str, super::NativeFn)] = &[
    ("unicode.IsLetter", |m, b| pred(m, b, char::is_alphabetic)),
    ("unicode.IsUpper", |m, b| pred(m, b, char::is_uppercase)),
    ("unicode.IsLower", |m, b| pred(m, b, char::is_lowercase)),
    ("unicode.IsTitle", |m, b| pred(m, b, |c| matches!(c, '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}'))),
    ("unicode.IsDigit", |m, b| pred(m, b, is_digit)),
    ("unicode.IsNumber", |m, b| pred(m, b, char::is_numeric)),
    ("unicode.IsSpace", |m, b| pred(m, b, is_space)),
    ("unicode.IsControl", |m, b| pred(m, b, |c| (c as u32) < 0x20 || (0x7F..0xA0).contains(&(c as u32)))),
    ("unicode.IsPunct", |m, b| pred(m, b, is_punct)),
    ("unicode.IsSymbol", |m, b| {
        pred(m, b, |c| {
            if c.is_ascii() {
                is_ascii_symbol(c)
            } else {
                matches!(c, '\u{A2}'..='\u{A6}' | '\u{A8}' | '\u{A9}' | '\u{AC}' | '\u{AE}'..='\u{B1}' | '\u{B4}' | '\u{D7}' | '\u{F7}')
            }
        })
    }),
    ("unicode.IsMark", |m, b| pred(m, b, |c| ('\u{300}'..='\u{36F}').contains(&c))),
    ("unicode.IsPrint", is_print),
    ("unicode.IsGraphic", is_graphic),
    // strconv's own (Go's strconv keeps its own tables).
    ("strconv.IsPrint", is_print),
    ("strconv.IsGraphic", is_graphic),
    ("unicode.ToUpper", |m, b| map_rune(m, b, to_upper)),
    ("unicode.ToLower", |m, b| map_rune(m, b, to_lower)),
    ("unicode.ToTitle", |m, b| map_rune(m, b, to_title)),
    ("unicode.SimpleFold", |m, b| map_rune(m, b, simple_fold)),
];

fn is_print(m: &mut Machine, b: u64) -> R<()> {
    pred(m, b, |c| crate::stdlib::fmt::format::is_print(c as u32))
}

fn is_graphic(m: &mut Machine, b: u64) -> R<()> {
    pred(m, b, |c| crate::stdlib::fmt::format::is_print(c as u32) || (c != ' ' && is_space(c) && !c.is_control()))
}

/// Natives that inspect types at run time (what reflect does in Go) and
/// the remaining library natives.
pub static MORE: &[(&str, super::NativeFn)] = &[
    ("errors.asTarget", errors_as_target),
    ("sort.sliceLen", sort_slice_len),
    ("sort.sliceSwap", sort_slice_swap),
    ("strconv.FormatFloat", strconv_format_float),
];

/// `asTarget(err error, target any) bool`: `*target = err` when err's
/// dynamic type is assignable to target's element type.
fn errors_as_target(m: &mut Machine, base: u64) -> R<()> {
    use crate::runtime::types::type_of_word;
    use crate::types::typ::Type;
    let (tab, data) = (m.ld64(base + 8)?, m.ld64(base + 16)?);
    let (ttw, tp) = (m.ld64(base + 24)?, m.ld64(base + 32)?);
    let res = base + 40;
    let (Some(dt), Some(tt)) = (type_of_word(&m.mem, tab, true), type_of_word(&m.mem, ttw, false)) else {
        m.mem.store(res, 1, 0);
        return Ok(());
    };
    let Type::Pointer(e) = m.checked.types.get(tt).clone() else {
        return Err(m.plain_panic("errors: target must be a non-nil pointer"));
    };
    if tp == 0 {
        return Err(m.plain_panic("errors: target must be a non-nil pointer"));
    }
    let ok = if m.checked.types.is_interface(e) {
        let word = if m.is_empty_iface(e) {
            m.ld64(tab + 8)?
        } else {
            m.rtypes.getitab(&mut m.checked, &mut m.mem, e, dt).unwrap_or(0)
        };
        if word != 0 {
            m.mem.store(tp, 8, word);
            m.mem.store(tp + 8, 8, data);
        }
        word != 0
    } else if dt == e || m.checked.identical(dt, e) {
        if m.rtypes.is_direct(&m.checked, e) {
            m.mem.store(tp, 8, data);
        } else {
            let size = m.checked.size_of(e);
            m.copy(tp, data, size)?;
        }
        true
    } else {
        false
    };
    m.mem.store(res, 1, ok as u64);
    Ok(())
}

fn slice_of_any(m: &Machine, base: u64) -> R<(u64, u64, u64)> {
    use crate::types::typ::Type;
    let (tw, data) = (m.ld64(base + 8)?, m.ld64(base + 16)?);
    let t = crate::runtime::types::type_of_word(&m.mem, tw, false).unwrap_or_default();
    let Type::Slice(el) = m.checked.types.under_type(t).clone() else {
        return Ok((0, 0, 0));
    };
    Ok((m.ld64(data)?, m.ld64(data + 8)?, m.checked.size_of(el)))
}

fn sort_slice_len(m: &mut Machine, base: u64) -> R<()> {
    let (_, n, _) = slice_of_any(m, base)?;
    m.mem.store(base + 24, 8, n);
    Ok(())
}

fn sort_slice_swap(m: &mut Machine, base: u64) -> R<()> {
    let (p, n, es) = slice_of_any(m, base)?;
    let (i, j) = (m.ld64(base + 24)?, m.ld64(base + 32)?);
    if i >= n || j >= n {
        return Err(m.fault(crate::runtime::panic::Fault::index(i.max(j) as i64, n)));
    }
    let a = m.mem.bytes(p + i * es, es).unwrap_or(&[]).to_vec();
    let b = m.mem.bytes(p + j * es, es).unwrap_or(&[]).to_vec();
    m.mem.write(p + i * es, &b);
    m.mem.write(p + j * es, &a);
    Ok(())
}

fn strconv_format_float(m: &mut Machine, base: u64) -> R<()> {
    let v = f64::from_bits(m.ld64(base + 8)?);
    let fmt = m.mem.load(base + 16, 1).unwrap_or(b'g' as u64) as u8;
    let prec = m.ld64(base + 24)? as i64;
    let bits = m.ld64(base + 32)? as i64;
    if bits != 32 && bits != 64 {
        return Err(m.plain_panic("strconv: illegal AppendFloat/FormatFloat bitSize"));
    }
    let s = crate::stdlib::strconv::ftoa::format_float(v, fmt, prec.clamp(-1, 1_000_000) as i32, bits as u32);
    m.new_string(base + 40, s.as_bytes())
}
