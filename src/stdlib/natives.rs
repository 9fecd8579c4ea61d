//! The table of native functions, by Go symbol name, and the natives of
//! fmt, os and errors. Other packages' natives live in their own files
//! (`strings_natives`, `strconv_natives`, `math_natives`).
//!
//! Each native reads its arguments from its frame and writes its results
//! after them (`Frame` walks the layout).

use super::fmt::print::Printer;
use super::{Frame, NativeFn};
use crate::interp::{Machine, R};
use crate::runtime::panic::Unwind;

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("fmt.Println", fmt_println),
    ("fmt.Print", fmt_print),
    ("fmt.Printf", fmt_printf),
    ("fmt.Sprintln", fmt_sprintln),
    ("fmt.Sprint", fmt_sprint),
    ("fmt.Sprintf", fmt_sprintf),
    ("fmt.errorf", fmt_errorf),
    ("os.Exit", os_exit),
    ("runtime.Goexit", runtime_goexit),
    ("strconv.formatInt", strconv_format_int),
    ("strconv.Itoa", strconv_itoa),
    ("strconv.formatUint", strconv_format_uint),
    ("strings.HasPrefix", strings_has_prefix),
    ("strings.unsafeString", strings_unsafe_string),
    ("strings.HasSuffix", strings_has_suffix),
    ("strings.Split", strings_split),
    ("strings.Repeat", strings_repeat),
    ("strings.Contains", strings_contains),
    ("strings.Index", strings_index),
    ("strings.Join", strings_join),
    ("strings.ToUpper", strings_to_upper),
    ("strings.ToLower", strings_to_lower),
    ("strings.TrimSpace", strings_trim_space),
    ("strings.Fields", strings_fields),
    ("math.Sqrt", math_sqrt),
    ("math.Floor", math_floor),
    ("math.Ceil", math_ceil),
    ("math.Abs", math_abs),
    ("math.Pow", math_pow),
    ("math.Inf", math_inf),
    ("math.NaN", math_nan),
    ("math.IsNaN", math_is_nan),
    ("math.IsInf", math_is_inf),
    ("math.Mod", math_mod),
    ("math.Trunc", math_trunc),
    ("math.Round", math_round),
    ("math.Log", math_log),
    ("math.Exp", math_exp),
    ("math.Sin", math_sin),
    ("math.Cos", math_cos),
    ("math.Max", math_max),
    ("math.Min", math_min),
    ("math.Hypot", math_hypot),
    ("math.Float64bits", math_float64bits),
    ("math.Float64frombits", math_float64frombits),
];

/// Formats a `...any` argument with `f` into bytes (the machine's reused
/// buffer: hand it back with `recycle`).
fn format_args(
    m: &mut Machine,
    slice: u64,
    f: impl FnOnce(&mut Printer, &[super::fmt::print::Arg]) -> R<()>,
) -> R<Vec<u8>> {
    let mut p = Printer::new(m);
    p.buf = std::mem::take(&mut p.m.fmt_scratch.out);
    p.buf.clear();
    let (args, scratch) = p.args(slice)?;
    let r = f(&mut p, &args);
    let buf = std::mem::take(&mut p.buf);
    m.fmt_scratch.args = args;
    m.release_scratch(scratch);
    r.map(|_| buf)
}

/// Gives a buffer from `format_args` back for the next call.
fn recycle(m: &mut Machine, out: Vec<u8>) {
    // A rare huge result is not worth keeping.
    if out.capacity() <= 1 << 16 {
        m.fmt_scratch.out = out;
    }
}

/// The format string at `a`, in the machine's reused buffer (hand it back
/// with `recycle_format`).
fn format_string(m: &mut Machine, a: u64) -> Vec<u8> {
    let mut f = std::mem::take(&mut m.fmt_scratch.format);
    f.clear();
    let p = m.mem.load(a, 8).unwrap_or(0);
    let n = m.mem.load(a + 8, 8).unwrap_or(0);
    f.extend_from_slice(m.mem.bytes(p, n).unwrap_or_default());
    f
}

fn recycle_format(m: &mut Machine, f: Vec<u8>) {
    if f.capacity() <= 1 << 16 {
        m.fmt_scratch.format = f;
    }
}

/// Writes fmt's (n int, err error) results.
fn write_n_err(m: &mut Machine, fr: &mut Frame, n: usize) {
    let a = fr.word();
    m.mem.store(a, 8, n as u64);
    let e = fr.iface();
    m.mem.fill(e, 16, 0);
}

fn fmt_println(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let s = fr.slice();
    let out = format_args(m, s, |p, a| p.do_println(a))?;
    m.write_stdout(&out);
    write_n_err(m, &mut fr, out.len());
    recycle(m, out);
    Ok(())
}

fn fmt_print(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let s = fr.slice();
    let out = format_args(m, s, |p, a| p.do_print(a))?;
    m.write_stdout(&out);
    write_n_err(m, &mut fr, out.len());
    recycle(m, out);
    Ok(())
}

fn fmt_printf(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fa = fr.string();
    let s = fr.slice();
    let format = format_string(m, fa);
    let out = format_args(m, s, |p, a| p.do_printf(&format, a))?;
    recycle_format(m, format);
    m.write_stdout(&out);
    write_n_err(m, &mut fr, out.len());
    recycle(m, out);
    Ok(())
}

fn fmt_sprintln(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let s = fr.slice();
    let out = format_args(m, s, |p, a| p.do_println(a))?;
    let r = fr.string();
    let res = m.new_string(r, &out);
    recycle(m, out);
    res
}

fn fmt_sprint(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let s = fr.slice();
    let out = format_args(m, s, |p, a| p.do_print(a))?;
    let r = fr.string();
    let res = m.new_string(r, &out);
    recycle(m, out);
    res
}

fn fmt_sprintf(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fa = fr.string();
    let s = fr.slice();
    let format = format_string(m, fa);
    let out = format_args(m, s, |p, a| p.do_printf(&format, a))?;
    recycle_format(m, format);
    let r = fr.string();
    let res = m.new_string(r, &out);
    recycle(m, out);
    res
}

/// `fmt.errorf(format, a) (s string, w int, nw int)`: the message (with
/// `%w` formatted as `%v`), the index of the first `%w` operand and how
/// many there are; `Errorf` (Go, in the stub) builds the error value.
fn fmt_errorf(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let fa = fr.string();
    let s = fr.slice();
    let format = m.string_at(fa);
    let (first, count) = wrapped_operands(&format);
    let out = format_args(m, s, |p, a| {
        p.wrap_errs = true;
        p.do_printf(&format, a)
    })?;
    let r = fr.string();
    m.new_string(r, &out)?;
    let w = fr.word();
    m.mem.store(w, 8, first as u64);
    let n = fr.word();
    m.mem.store(n, 8, count as u64);
    Ok(())
}

/// The operand index of the first `%w` (-1 if none) and the count.
fn wrapped_operands(format: &[u8]) -> (i64, usize) {
    let mut argi = 0i64;
    let (mut first, mut count) = (-1, 0);
    let mut i = 0;
    while i < format.len() {
        if format[i] == b'%' {
            i += 1;
            while i < format.len() && b"#0+- 0123456789.".contains(&format[i]) {
                i += 1;
            }
            if i < format.len() && format[i] != b'%' {
                if format[i] == b'w' {
                    if first < 0 {
                        first = argi;
                    }
                    count += 1;
                }
                argi += 1;
            }
        }
        i += 1;
    }
    (first, count)
}

/// `runtime.Goexit`: unwinds the goroutine, running its deferred calls.
fn runtime_goexit(_: &mut Machine, _: u64) -> R<()> {
    Err(Box::new(Unwind::Goexit { started: false }))
}

fn os_exit(m: &mut Machine, base: u64) -> R<()> {
    let code = m.ld64(base + 8)? as i64 as i32;
    Err(Box::new(Unwind::Exit(code)))
}

/// The digits of `u` in `base` (2..=36, checked by the caller), after a
/// '-' when `neg`: one string allocation, as `formatBits`'s `string(a[i:])`.
fn format_bits(m: &mut Machine, dst: u64, u: u64, base: u64, neg: bool) -> R<()> {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    // Filled from the end, as formatBits fills its [65]byte.
    let mut a = [0u8; 65];
    let mut i = crate::stdlib::fmt::format::digits_from_end(&mut a, u, base, DIGITS);
    if neg {
        i -= 1;
        a[i] = b'-';
    }
    m.new_string(dst, &a[i..])
}

fn strconv_format_int(m: &mut Machine, base: u64) -> R<()> {
    let i = m.ld64(base + 8)? as i64;
    let b = m.ld64(base + 16)?;
    format_bits(m, base + 24, i.unsigned_abs(), b, i < 0)
}

/// `Itoa`: `small(i)` (a substring of the constant `smallsString`, no
/// allocation) for 0 <= i < 100, else `formatBits`.
fn strconv_itoa(m: &mut Machine, base: u64) -> R<()> {
    let i = m.ld64(base + 8)? as i64;
    if (0..100).contains(&i) {
        let (p, n) = if i < 10 { (m.smalls + 2 * i as u64 + 1, 1) } else { (m.smalls + 2 * i as u64, 2) };
        m.mem.store(base + 16, 8, p);
        m.mem.store(base + 24, 8, n);
        return Ok(());
    }
    format_bits(m, base + 16, i.unsigned_abs(), 10, i < 0)
}

fn strconv_format_uint(m: &mut Machine, base: u64) -> R<()> {
    let u = m.ld64(base + 8)?;
    let b = m.ld64(base + 16)?;
    format_bits(m, base + 24, u, b, false)
}

fn str_arg(m: &Machine, fr: &mut Frame) -> Vec<u8> {
    let a = fr.string();
    m.string_at(a)
}

/// The bytes of the string whose header is at `a`, in place (no copy):
/// for natives that only read their string arguments.
fn str_ref<'m>(m: &'m Machine, a: u64) -> &'m [u8] {
    let p = m.mem.load(a, 8).unwrap_or(0);
    let n = m.mem.load(a + 8, 8).unwrap_or(0);
    m.mem.bytes(p, n).unwrap_or_default()
}

/// `f(s, t)` of a native's two string arguments, read in place.
fn two_strs<T>(m: &Machine, fr: &mut Frame, f: impl FnOnce(&[u8], &[u8]) -> T) -> T {
    let (a, b) = (fr.string(), fr.string());
    f(str_ref(m, a), str_ref(m, b))
}

/// `unsafe.String(unsafe.SliceData(b), len(b))`: a string header over the
/// slice's bytes, no copy (what `Builder.String` returns in Go).
fn strings_unsafe_string(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let b = fr.slice();
    let (p, n) = (m.ld64(b)?, m.ld64(b + 8)?);
    let r = fr.string();
    m.st(r, crate::ir::Kind::U64, p)?;
    m.st(r + 8, crate::ir::Kind::U64, n)
}

fn strings_has_prefix(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let yes = two_strs(m, &mut fr, |s, p| s.starts_with(p));
    let r = fr.next(1, 1);
    m.mem.store(r, 1, yes as u64);
    Ok(())
}

fn strings_has_suffix(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let yes = two_strs(m, &mut fr, |s, p| s.ends_with(p));
    let r = fr.next(1, 1);
    m.mem.store(r, 1, yes as u64);
    Ok(())
}

fn strings_contains(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let yes = two_strs(m, &mut fr, |s, p| find(s, p).is_some());
    let r = fr.next(1, 1);
    m.mem.store(r, 1, yes as u64);
    Ok(())
}

fn strings_index(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let i = two_strs(m, &mut fr, find);
    let r = fr.word();
    m.mem.store(r, 8, i.map_or(-1, |i| i as i64) as u64);
    Ok(())
}

pub fn find(s: &[u8], p: &[u8]) -> Option<usize> {
    if p.is_empty() {
        return Some(0);
    }
    s.windows(p.len()).position(|w| w == p)
}

/// Writes a `[]string` of substrings of the string at `src` (sharing its
/// bytes, as Go's Split does).
fn write_string_slice(m: &mut Machine, dst: u64, parts: &[(u64, u64)]) -> R<()> {
    let n = parts.len() as u64;
    let p = m.malloc(16 * n, crate::runtime::mbitmap::Layout::STRING)?;
    for (i, &(ptr, len)) in parts.iter().enumerate() {
        m.mem.store(p + 16 * i as u64, 8, ptr);
        m.mem.store(p + 16 * i as u64 + 8, 8, len);
    }
    m.write_slice(dst, p, n, n)
}

fn strings_split(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let sa = fr.string();
    let sep = str_arg(m, &mut fr);
    let (sp, _) = (m.ld64(sa)?, m.ld64(sa + 8)?);
    let s = m.string_at(sa);
    let mut parts = Vec::new();
    if sep.is_empty() {
        let mut i = 0;
        while i < s.len() {
            let (_, w) = crate::runtime::string::decode_rune(&s[i..]);
            parts.push((sp + i as u64, w as u64));
            i += w;
        }
    } else {
        let mut start = 0;
        let mut i = 0;
        while i + sep.len() <= s.len() {
            if s[i..i + sep.len()] == sep[..] {
                parts.push((sp + start as u64, (i - start) as u64));
                i += sep.len();
                start = i;
            } else {
                i += 1;
            }
        }
        parts.push((if start == s.len() && s.is_empty() { sp } else { sp + start as u64 }, (s.len() - start) as u64));
    }
    let r = fr.slice();
    write_string_slice(m, r, &parts)
}

fn strings_fields(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let sa = fr.string();
    let sp = m.ld64(sa)?;
    let s = m.string_at(sa);
    let mut parts = Vec::new();
    let text = String::from_utf8_lossy(&s).into_owned();
    let _ = text;
    let mut i = 0;
    let mut start: Option<usize> = None;
    while i < s.len() {
        let (r, w) = crate::runtime::string::decode_rune(&s[i..]);
        let space = char::from_u32(r).is_some_and(char::is_whitespace);
        match (space, start) {
            (true, Some(st)) => {
                parts.push((sp + st as u64, (i - st) as u64));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        parts.push((sp + st as u64, (s.len() - st) as u64));
    }
    let r = fr.slice();
    write_string_slice(m, r, &parts)
}

fn strings_repeat(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let s = str_arg(m, &mut fr);
    let n = m.ld64(fr.word())? as i64;
    if n < 0 {
        return Err(m.plain_panic("strings: negative Repeat count"));
    }
    let out = s.repeat(n as usize);
    let r = fr.string();
    m.new_string(r, &out)
}

fn strings_join(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let sl = fr.slice();
    let sep = str_arg(m, &mut fr);
    let (p, n) = (m.ld64(sl)?, m.ld64(sl + 8)?);
    let mut out = Vec::new();
    for i in 0..n {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&m.string_at(p + 16 * i));
    }
    let r = fr.string();
    m.new_string(r, &out)
}

fn map_string(m: &mut Machine, base: u64, f: fn(&str) -> String) -> R<()> {
    let mut fr = Frame::new(base);
    let s = str_arg(m, &mut fr);
    let out = f(&String::from_utf8_lossy(&s));
    let r = fr.string();
    m.new_string(r, out.as_bytes())
}

/// Rune by rune, with unicode's simple case mapping (as Go's ToUpper).
fn strings_to_upper(m: &mut Machine, base: u64) -> R<()> {
    map_string(m, base, |s| s.chars().map(super::unicode::to_upper).collect())
}

fn strings_to_lower(m: &mut Machine, base: u64) -> R<()> {
    map_string(m, base, |s| s.chars().map(super::unicode::to_lower).collect())
}

fn strings_trim_space(m: &mut Machine, base: u64) -> R<()> {
    let mut fr = Frame::new(base);
    let sa = fr.string();
    let (sp, _) = (m.ld64(sa)?, 0);
    let s = m.string_at(sa);
    // Unicode white space, rune by rune from each end.
    let mut lo = 0;
    while lo < s.len() {
        let (r, w) = crate::runtime::string::decode_rune(&s[lo..]);
        if !char::from_u32(r).is_some_and(super::unicode::is_space) || (r == 0xFFFD && w == 1) {
            break;
        }
        lo += w;
    }
    let mut hi = s.len();
    while hi > lo {
        let mut start = hi - 1;
        while start > lo && s[start] & 0xC0 == 0x80 && hi - start < 4 {
            start -= 1;
        }
        let (r, w) = crate::runtime::string::decode_rune(&s[start..hi]);
        if w != hi - start || !char::from_u32(r).is_some_and(super::unicode::is_space) {
            break;
        }
        hi = start;
    }
    let r = fr.string();
    m.mem.store(r, 8, if hi > lo { sp + lo as u64 } else { 0 });
    m.mem.store(r + 8, 8, (hi - lo) as u64);
    Ok(())
}

fn f64_unary(m: &mut Machine, base: u64, f: fn(f64) -> f64) -> R<()> {
    let v = f64::from_bits(m.ld64(base + 8)?);
    m.mem.store(base + 16, 8, f(v).to_bits());
    Ok(())
}

fn f64_binary(m: &mut Machine, base: u64, f: fn(f64, f64) -> f64) -> R<()> {
    let a = f64::from_bits(m.ld64(base + 8)?);
    let b = f64::from_bits(m.ld64(base + 16)?);
    m.mem.store(base + 24, 8, f(a, b).to_bits());
    Ok(())
}

fn math_sqrt(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::sqrt)
}
fn math_floor(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::floor)
}
fn math_ceil(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::ceil)
}
fn math_abs(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::abs)
}
fn math_trunc(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::trunc)
}
fn math_round(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::round)
}
fn math_log(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::ln)
}
fn math_exp(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::exp)
}
fn math_sin(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::sin)
}
fn math_cos(m: &mut Machine, b: u64) -> R<()> {
    f64_unary(m, b, f64::cos)
}
fn math_pow(m: &mut Machine, b: u64) -> R<()> {
    f64_binary(m, b, f64::powf)
}
fn math_mod(m: &mut Machine, b: u64) -> R<()> {
    f64_binary(m, b, |x, y| x % y)
}
fn math_hypot(m: &mut Machine, b: u64) -> R<()> {
    f64_binary(m, b, f64::hypot)
}
fn math_max(m: &mut Machine, b: u64) -> R<()> {
    f64_binary(m, b, |x, y| {
        if x.is_infinite() && x > 0.0 || y.is_infinite() && y > 0.0 {
            f64::INFINITY
        } else if x.is_nan() || y.is_nan() {
            f64::NAN
        } else if x == 0.0 && y == 0.0 {
            if x.is_sign_negative() { y } else { x }
        } else if x > y {
            x
        } else {
            y
        }
    })
}
fn math_min(m: &mut Machine, b: u64) -> R<()> {
    f64_binary(m, b, |x, y| {
        if x.is_infinite() && x < 0.0 || y.is_infinite() && y < 0.0 {
            f64::NEG_INFINITY
        } else if x.is_nan() || y.is_nan() {
            f64::NAN
        } else if x == 0.0 && y == 0.0 {
            if x.is_sign_negative() { x } else { y }
        } else if x < y {
            x
        } else {
            y
        }
    })
}
fn math_inf(m: &mut Machine, b: u64) -> R<()> {
    let s = m.ld64(b + 8)? as i64;
    m.mem.store(b + 16, 8, if s >= 0 { f64::INFINITY } else { f64::NEG_INFINITY }.to_bits());
    Ok(())
}
fn math_nan(m: &mut Machine, b: u64) -> R<()> {
    m.mem.store(b + 8, 8, 0x7FF8_0000_0000_0001);
    Ok(())
}
fn math_is_nan(m: &mut Machine, b: u64) -> R<()> {
    let v = f64::from_bits(m.ld64(b + 8)?);
    m.mem.store(b + 16, 1, v.is_nan() as u64);
    Ok(())
}
fn math_is_inf(m: &mut Machine, b: u64) -> R<()> {
    let v = f64::from_bits(m.ld64(b + 8)?);
    let s = m.ld64(b + 16)? as i64;
    let r = (s >= 0 && v == f64::INFINITY) || (s <= 0 && v == f64::NEG_INFINITY);
    m.mem.store(b + 24, 1, r as u64);
    Ok(())
}
fn math_float64bits(m: &mut Machine, b: u64) -> R<()> {
    let v = m.ld64(b + 8)?;
    m.mem.store(b + 16, 8, v);
    Ok(())
}
fn math_float64frombits(m: &mut Machine, b: u64) -> R<()> {
    math_float64bits(m, b)
}
