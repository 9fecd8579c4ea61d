//! fmt's printer (`fmt/print.go`): walks Go values in modelled memory by
//! their type, as fmt does through reflect, and formats them with the
//! primitives of `format`.
//!
//! Covers Print/Println/Printf spacing rules, every verb for the subset's
//! kinds, `%v`/`%+v`/`%#v` of structs, slices, arrays, maps (keys sorted
//! as `internal/fmtsort` sorts them), pointers (`&{...}` at the top
//! level), nested interfaces, Error() and String() methods (a nil pointer
//! receiver prints `<nil>`), and the `%!verb(type=value)`, `%!d(MISSING)`,
//! `%!(EXTRA ...)` and `%!(NOVERB)` forms.
//! Simplifications: complex numbers, `fmt.Formatter` and `GoStringer` are
//! not supported; a panic inside String() ends the program instead of
//! printing `%!v(PANIC=...)`.
//!
//! An inspecting printer (`Printer::inspector`, for the stepper's views)
//! changes nothing in the program: it calls no String or Error method,
//! reserves no scratch memory on the goroutine stack, and reads maps
//! without an iterator (which would draw from the random source); it
//! prints what fmt would print for a value without such methods, down to
//! `MAX_INSPECT_DEPTH` levels of nesting.

use super::format::{self, Flags};
use crate::interp::{Machine, R};
use crate::runtime::types::type_of_word;
use crate::types::typ::{Basic, Type, TypeId};

/// How deep an inspecting printer goes into nested values.
const MAX_INSPECT_DEPTH: u32 = 64;

pub struct Printer<'a, 'p> {
    pub m: &'a mut Machine<'p>,
    pub buf: Vec<u8>,
    /// Errorf: `%w` prints an error operand as `%v`.
    pub wrap_errs: bool,
    /// A debugger's view: leave the program's state untouched (see the
    /// header).
    pub inspect: bool,
}

/// Host buffers a print call borrows from the machine and gives back, so a
/// `Sprintf` in a loop allocates nothing on the host. A nested call (a
/// String method that prints) finds them taken and makes its own.
#[derive(Default)]
pub struct Scratch {
    pub out: Vec<u8>,
    pub format: Vec<u8>,
    pub args: Vec<Arg>,
}

/// An argument: its type (None for a nil interface) and the address of
/// its value.
#[derive(Clone, Copy)]
pub struct Arg {
    pub t: Option<TypeId>,
    pub addr: u64,
}

impl<'a, 'p> Printer<'a, 'p> {
    pub fn new(m: &'a mut Machine<'p>) -> Self {
        Printer { m, buf: Vec::new(), wrap_errs: false, inspect: false }
    }

    /// A printer for views of a stopped program (see the header).
    pub fn inspector(m: &'a mut Machine<'p>) -> Self {
        Printer { m, buf: Vec::new(), wrap_errs: false, inspect: true }
    }

    /// The arguments of a `...any` slice at `slice_addr`. Direct values are
    /// spilled to the stack so every value has an address (`scratch` is
    /// released by the caller).
    pub fn args(&mut self, slice_addr: u64) -> R<(Vec<Arg>, u64)> {
        let p = self.m.ld64(slice_addr)?;
        let n = self.m.ld64(slice_addr + 8)?;
        let scratch = self.m.reserve_scratch(8 * n.max(1))?;
        let mut out = std::mem::take(&mut self.m.fmt_scratch.args);
        out.clear();
        for i in 0..n {
            let tw = self.m.ld64(p + 16 * i)?;
            let data = self.m.ld64(p + 16 * i + 8)?;
            out.push(self.iface_arg(tw, data, scratch + 8 * i, true));
        }
        Ok((out, scratch))
    }

    fn iface_arg(&mut self, tw: u64, data: u64, spill: u64, empty: bool) -> Arg {
        if tw == 0 {
            return Arg { t: None, addr: 0 };
        }
        let t = type_of_word(&self.m.mem, tw, !empty);
        let Some(t) = t else { return Arg { t: None, addr: 0 } };
        if self.m.rtypes.is_direct(&self.m.checked, t) {
            self.m.mem.store(spill, 8, data);
            Arg { t: Some(t), addr: spill }
        } else {
            Arg { t: Some(t), addr: data }
        }
    }

    fn is_string(&self, t: TypeId) -> bool {
        matches!(self.m.checked.types.under_type(t), Type::Basic(b) if b.kind().is_string())
    }

    /// `Print`: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[Arg]) -> R<()> {
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let is_string = a.t.is_some_and(|t| self.is_string(t));
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(*a, 'v', Flags::default())?;
            prev_string = is_string;
        }
        Ok(())
    }

    pub fn do_println(&mut self, args: &[Arg]) -> R<()> {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(*a, 'v', Flags::default())?;
        }
        self.buf.push(b'\n');
        Ok(())
    }

    pub fn do_printf(&mut self, format: &[u8], args: &[Arg]) -> R<()> {
        let mut argi = 0;
        let mut i = 0;
        let end = format.len();
        let mut reordered = false;
        while i < end {
            let start = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            self.buf.extend_from_slice(&format[start..i]);
            if i >= end {
                break;
            }
            i += 1; // skip %
            let mut f = Flags::default();
            while i < end {
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
            let mut good_arg = true;
            let index = ArgIndex(args.len());
            index.apply(format, &mut i, &mut argi, &mut reordered, &mut good_arg);
            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                match self.int_arg(args, &mut argi)? {
                    Some(w) => {
                        if w < 0 {
                            f.minus = true;
                            f.width = Some((-w) as usize);
                        } else {
                            f.width = Some(w as usize);
                        }
                    }
                    None => self.buf.extend_from_slice(b"%!(BADWIDTH)"),
                }
            } else {
                let (n, j) = parse_num(format, i);
                if j > i {
                    f.width = Some(n);
                }
                i = j;
            }
            // Precision.
            if i < end && format[i] == b'.' {
                i += 1;
                index.apply(format, &mut i, &mut argi, &mut reordered, &mut good_arg);
                if i < end && format[i] == b'*' {
                    i += 1;
                    match self.int_arg(args, &mut argi)? {
                        Some(p) if p >= 0 => f.prec = Some(p as usize),
                        Some(_) => f.prec = None,
                        None => self.buf.extend_from_slice(b"%!(BADPREC)"),
                    }
                } else {
                    let (n, j) = parse_num(format, i);
                    f.prec = Some(n);
                    i = j;
                }
            }
            if !f.minus && f.zero {
                // zero padding is allowed
            } else if f.minus {
                f.zero = false;
            }
            index.apply(format, &mut i, &mut argi, &mut reordered, &mut good_arg);
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (c, w) = format::decode_rune(&format[i..]);
            let verb = char::from_u32(c).unwrap_or('\u{FFFD}');
            i += w.max(1);
            if verb == '%' {
                self.buf.push(b'%');
                continue;
            }
            if !good_arg {
                self.buf.extend_from_slice(format!("%!{verb}(BADINDEX)").as_bytes());
                continue;
            }
            if argi >= args.len() {
                self.buf.extend_from_slice(format!("%!{verb}(MISSING)").as_bytes());
                continue;
            }
            if verb == 'v' {
                if f.sharp {
                    f.sharp = false;
                    f.sharp_v = true;
                }
                if f.plus {
                    f.plus = false;
                    f.plus_v = true;
                }
            }
            let a = args[argi];
            argi += 1;
            if verb == 'w' {
                let is_err = a.t.is_some_and(|t| self.m.rtypes.string_method(&self.m.checked, t, "Error").is_some());
                if self.wrap_errs && is_err {
                    self.print_arg(a, 'v', f)?;
                } else {
                    self.bad_verb(a, 'w')?;
                }
                continue;
            }
            self.print_arg(a, verb, f)?;
        }
        if !reordered && argi < args.len() {
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, a) in args[argi..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match a.t {
                    None => self.buf.extend_from_slice(b"<nil>"),
                    Some(t) => {
                        let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                        self.buf.extend_from_slice(ts.as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(*a, 'v', Flags::default())?;
                    }
                }
            }
            self.buf.push(b')');
        }
        Ok(())
    }

    fn int_arg(&mut self, args: &[Arg], argi: &mut usize) -> R<Option<i64>> {
        let Some(a) = args.get(*argi) else { return Ok(None) };
        *argi += 1;
        let Some(t) = a.t else { return Ok(None) };
        match self.m.checked.types.under_type(t) {
            Type::Basic(b) if b.kind().is_integer() => {
                let v = self.int_value(t, a.addr)?;
                Ok(Some(v as i64))
            }
            _ => Ok(None),
        }
    }

    fn int_value(&mut self, t: TypeId, addr: u64) -> R<u64> {
        let (size, signed) = match self.m.checked.types.under_type(t) {
            Type::Basic(b) if matches!(b.kind(), Basic::Int | Basic::Int64) => (8, true),
            Type::Basic(b) => (self.m.checked.size_of(t), !b.kind().is_unsigned()),
            _ => (self.m.checked.size_of(t), false),
        };
        let v = self.m.mem.load(addr, size).unwrap_or(0);
        Ok(if signed && size < 8 { ((v << (64 - size * 8)) as i64 >> (64 - size * 8)) as u64 } else { v })
    }

    fn bad_verb(&mut self, a: Arg, verb: char) -> R<()> {
        self.buf.extend_from_slice(format!("%!{verb}(").as_bytes());
        match a.t {
            None => self.buf.extend_from_slice(b"<nil>"),
            Some(t) => {
                let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                self.buf.extend_from_slice(ts.as_bytes());
                self.buf.push(b'=');
                self.print_value(t, a.addr, 'v', Flags::default(), 0)?;
            }
        }
        self.buf.push(b')');
        Ok(())
    }

    pub fn print_arg(&mut self, a: Arg, verb: char, f: Flags) -> R<()> {
        let Some(t) = a.t else {
            match verb {
                'T' | 'v' => format::pad(&mut self.buf, &f, b"<nil>"),
                _ => self.bad_verb(a, verb)?,
            }
            return Ok(());
        };
        match verb {
            'T' => {
                let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                format::fmt_s(&mut self.buf, &f, ts.as_bytes());
                return Ok(());
            }
            'p' => {
                return self.fmt_pointer(t, a.addr, verb, f);
            }
            _ => {}
        }
        self.print_value(t, a.addr, verb, f, 0)
    }

    fn fmt_pointer(&mut self, t: TypeId, addr: u64, verb: char, f: Flags) -> R<()> {
        match self.m.checked.types.under_type(t) {
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) | Type::Slice(_) => {
                let v = self.m.ld64(addr)?;
                if verb == 'v' && v == 0 {
                    format::pad(&mut self.buf, &f, b"<nil>");
                } else if verb == 'v' || verb == 'p' {
                    let mut g = f;
                    g.sharp = !f.sharp;
                    format::fmt_integer(&mut self.buf, &g, v, false, 16, 'v', false);
                } else {
                    format::fmt_integer(&mut self.buf, &f, v, false, 16, verb, false);
                }
                Ok(())
            }
            _ => self.bad_verb(Arg { t: Some(t), addr }, verb),
        }
    }

    /// Error() or String() for verbs that print strings; true when handled.
    fn handle_methods(&mut self, t: TypeId, addr: u64, verb: char, f: Flags) -> R<bool> {
        if self.inspect || (!f.sharp_v && !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q')) {
            return Ok(false);
        }
        let rt = &self.m.rtypes;
        let pick = if f.sharp_v {
            // %#v: a GoStringer prints its GoString() verbatim.
            rt.string_method(&self.m.checked, t, "GoString")
        } else {
            rt.string_method(&self.m.checked, t, "Error").or_else(|| rt.string_method(&self.m.checked, t, "String"))
        };
        let Some((fid, value_recv)) = pick else { return Ok(false) };
        // The receiver is the value's interface data word.
        let is_ptr = matches!(self.m.checked.types.get(t), Type::Pointer(_));
        let word = if is_ptr || self.m.rtypes.is_direct(&self.m.checked, t) { self.m.ld64(addr)? } else { addr };
        if is_ptr && value_recv && word == 0 {
            format::pad(&mut self.buf, &f, b"<nil>");
            return Ok(true);
        }
        let recv = word.to_le_bytes().to_vec();
        let res_off = self.m.funcs[fid as usize].args_size as u64 - 16;
        let base = self.m.call_method(fid, &recv)?;
        let s = self.m.string_at(base + res_off);
        if f.sharp_v {
            self.buf.extend_from_slice(&s);
        } else {
            self.fmt_string(&s, verb, f);
        }
        Ok(true)
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, f: Flags) {
        match verb {
            'v' if f.sharp_v => format::fmt_q(&mut self.buf, &f, s),
            'v' | 's' => format::fmt_s(&mut self.buf, &f, s),
            'x' => format::fmt_sbx(&mut self.buf, &f, s, false),
            'X' => format::fmt_sbx(&mut self.buf, &f, s, true),
            'q' => format::fmt_q(&mut self.buf, &f, s),
            _ => {}
        }
    }

    pub fn print_value(&mut self, t: TypeId, addr: u64, verb: char, f: Flags, depth: u32) -> R<()> {
        if self.inspect && depth > MAX_INSPECT_DEPTH {
            // A map that holds itself through an interface would recurse
            // forever (Go's fmt too); a view stops.
            self.buf.extend_from_slice(b"...");
            return Ok(());
        }
        let under = self.m.checked.types.under_type(t);
        let basic = match under {
            Type::Basic(b) => Some(b.kind()),
            _ => None,
        };
        if depth > 0 || !matches!(under, Type::Interface(_)) {
            // Nested values (depth > 0) get their methods too, as fmt does.
            // Only named types (and pointers to them) have methods.
            if (basic.is_none() || t != self.m.checked.types.under(t)) && self.handle_methods(t, addr, verb, f)? {
                return Ok(());
            }
        }
        if let Some(k) = basic {
            return self.print_basic(t, k, addr, verb, f);
        }
        let under = self.m.checked.types.under_type(t).clone();
        match under {
            Type::Basic(b) => self.print_basic(t, b.kind(), addr, verb, f),
            Type::Pointer(el) => {
                let p = self.m.ld64(addr)?;
                if depth == 0 && p != 0 && matches!(verb, 'v') {
                    let eu = self.m.checked.types.under_type(el).clone();
                    if matches!(eu, Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..)) {
                        self.buf.push(b'&');
                        return self.print_value(el, p, verb, f, depth + 1);
                    }
                }
                if f.sharp_v {
                    let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                    self.buf.extend_from_slice(format!("({ts})(").as_bytes());
                    if p == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        format::fmt_integer(
                            &mut self.buf,
                            &Flags { sharp: true, ..Default::default() },
                            p,
                            false,
                            16,
                            'v',
                            false,
                        );
                    }
                    self.buf.push(b')');
                    return Ok(());
                }
                self.fmt_pointer(t, addr, verb, f)
            }
            Type::Struct(fields) => {
                if f.sharp_v {
                    let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                    self.buf.extend_from_slice(ts.as_bytes());
                }
                self.buf.push(b'{');
                let offs = self.m.checked.offsets_of(t);
                for (i, (fd, off)) in fields.iter().zip(offs).enumerate() {
                    if i > 0 {
                        self.buf.extend_from_slice(if f.sharp_v { b", " } else { b" " });
                    }
                    if f.plus_v || f.sharp_v {
                        self.buf.extend_from_slice(fd.name.as_bytes());
                        self.buf.push(b':');
                    }
                    self.print_field(fd.ty, addr + off, verb, f, depth + 1)?;
                }
                self.buf.push(b'}');
                Ok(())
            }
            Type::Array(n, el) => {
                let is_bytes =
                    matches!(self.m.checked.types.under_type(el), Type::Basic(b) if b.kind() == Basic::Uint8);
                if is_bytes && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    let bytes = self.m.mem.bytes(addr, n).unwrap_or(&[]).to_vec();
                    self.fmt_string(&bytes, verb, f);
                    return Ok(());
                }
                self.print_list(t, el, addr, n, verb, f, depth, false)
            }
            Type::Slice(el) => {
                let p = self.m.ld64(addr)?;
                let n = self.m.ld64(addr + 8)?;
                let is_bytes =
                    matches!(self.m.checked.types.under_type(el), Type::Basic(b) if b.kind() == Basic::Uint8);
                if is_bytes && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    let bytes = self.m.mem.bytes(p, n).unwrap_or(&[]).to_vec();
                    self.fmt_string(&bytes, verb, f);
                    return Ok(());
                }
                if f.sharp_v && p == 0 {
                    let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                    self.buf.extend_from_slice(format!("{ts}(nil)").as_bytes());
                    return Ok(());
                }
                self.print_list(t, el, p, n, verb, f, depth, true)
            }
            Type::Map(k, v) => self.print_map(t, k, v, addr, verb, f, depth),
            Type::Interface(_) => {
                let tw = self.m.ld64(addr)?;
                let data = self.m.ld64(addr + 8)?;
                if tw == 0 {
                    if f.sharp_v {
                        let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
                        self.buf.extend_from_slice(format!("{ts}(nil)").as_bytes());
                    } else {
                        format::pad(&mut self.buf, &f, b"<nil>");
                    }
                    return Ok(());
                }
                let empty = self.m.checked.type_set(t).methods.is_empty();
                if self.inspect {
                    // A direct value is the data word itself, in place.
                    let Some(dt) = type_of_word(&self.m.mem, tw, !empty) else { return Ok(()) };
                    let at = if self.m.rtypes.is_direct(&self.m.checked, dt) { addr + 8 } else { data };
                    return self.print_value(dt, at, verb, f, depth + 1);
                }
                let spill = self.m.reserve_scratch(8)?;
                let a = self.iface_arg(tw, data, spill, empty);
                let r = match a.t {
                    Some(dt) => self.print_value(dt, a.addr, verb, f, depth + 1),
                    None => Ok(()),
                };
                self.m.release_scratch(spill);
                r
            }
            Type::Signature(_) | Type::Chan(..) => self.fmt_pointer(t, addr, verb, f),
            _ => self.bad_verb(Arg { t: Some(t), addr }, verb),
        }
    }

    fn print_field(&mut self, t: TypeId, addr: u64, verb: char, f: Flags, depth: u32) -> R<()> {
        // A nil interface field prints <nil>.
        self.print_value(t, addr, verb, f, depth)
    }

    #[allow(clippy::too_many_arguments)]
    fn print_list(
        &mut self,
        t: TypeId,
        el: TypeId,
        p: u64,
        n: u64,
        verb: char,
        f: Flags,
        depth: u32,
        slice: bool,
    ) -> R<()> {
        let es = self.m.checked.size_of(el);
        if f.sharp_v {
            let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
            self.buf.extend_from_slice(ts.as_bytes());
            self.buf.push(b'{');
            for i in 0..n {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.print_value(el, p + i * es, verb, f, depth + 1)?;
            }
            self.buf.push(b'}');
            return Ok(());
        }
        let _ = slice;
        self.buf.push(b'[');
        for i in 0..n {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.print_value(el, p + i * es, verb, f, depth + 1)?;
        }
        self.buf.push(b']');
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn print_map(&mut self, t: TypeId, k: TypeId, v: TypeId, addr: u64, verb: char, f: Flags, depth: u32) -> R<()> {
        let m = self.m.ld64(addr)?;
        if f.sharp_v {
            let ts = crate::runtime::types::rtype_string(&self.m.checked, t);
            if m == 0 {
                self.buf.extend_from_slice(format!("{ts}(nil)").as_bytes());
                return Ok(());
            }
            self.buf.extend_from_slice(ts.as_bytes());
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        let mut entries = if self.inspect { self.m.map_entries_snapshot(t, m) } else { self.m.map_entries(t, m)? };
        let mut err = None;
        entries.sort_by(|a, b| {
            self.m.fmtsort_compare(k, a.0, b.0).unwrap_or_else(|e| {
                err = Some(e);
                std::cmp::Ordering::Equal
            })
        });
        if let Some(e) = err {
            return Err(e);
        }
        for (i, (ka, va)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.buf.extend_from_slice(if f.sharp_v { b", " } else { b" " });
            }
            self.print_value(k, ka, verb, f, depth + 1)?;
            self.buf.push(b':');
            self.print_value(v, va, verb, f, depth + 1)?;
        }
        self.buf.push(if f.sharp_v { b'}' } else { b']' });
        Ok(())
    }

    fn print_basic(&mut self, t: TypeId, k: Basic, addr: u64, verb: char, f: Flags) -> R<()> {
        if k == Basic::Bool {
            let v = self.m.mem.load(addr, 1).unwrap_or(0) != 0;
            return match verb {
                't' | 'v' => {
                    format::fmt_boolean(&mut self.buf, &f, v);
                    Ok(())
                }
                _ => self.bad_verb(Arg { t: Some(t), addr }, verb),
            };
        }
        if k.is_string() {
            let s = self.m.string_at(addr);
            return match verb {
                'v' | 's' | 'x' | 'X' | 'q' => {
                    self.fmt_string(&s, verb, f);
                    Ok(())
                }
                _ => self.bad_verb(Arg { t: Some(t), addr }, verb),
            };
        }
        if k.is_float() {
            let bits = if k == Basic::Float32 { 32 } else { 64 };
            let v = if bits == 32 {
                f32::from_bits(self.m.mem.load(addr, 4).unwrap_or(0) as u32) as f64
            } else {
                f64::from_bits(self.m.mem.load(addr, 8).unwrap_or(0))
            };
            return match verb {
                'v' => {
                    format::fmt_float(&mut self.buf, &f, v, bits, 'g', -1);
                    Ok(())
                }
                'b' | 'g' | 'G' | 'x' | 'X' => {
                    format::fmt_float(&mut self.buf, &f, v, bits, verb, -1);
                    Ok(())
                }
                'f' | 'e' | 'E' | 'F' => {
                    format::fmt_float(&mut self.buf, &f, v, bits, verb, 6);
                    Ok(())
                }
                _ => self.bad_verb(Arg { t: Some(t), addr }, verb),
            };
        }
        if k.is_integer() {
            let v = self.int_value(t, addr)?;
            let signed = !k.is_unsigned();
            return match verb {
                'v' => {
                    if f.sharp_v && !signed {
                        let mut g = f;
                        g.sharp = true;
                        format::fmt_integer(&mut self.buf, &g, v, signed, 16, 'v', false);
                    } else {
                        format::fmt_integer(&mut self.buf, &f, v, signed, 10, 'v', false);
                    }
                    Ok(())
                }
                'd' => {
                    format::fmt_integer(&mut self.buf, &f, v, signed, 10, verb, false);
                    Ok(())
                }
                'b' => {
                    format::fmt_integer(&mut self.buf, &f, v, signed, 2, verb, false);
                    Ok(())
                }
                'o' | 'O' => {
                    format::fmt_integer(&mut self.buf, &f, v, signed, 8, verb, false);
                    Ok(())
                }
                'x' => {
                    format::fmt_integer(&mut self.buf, &f, v, signed, 16, verb, false);
                    Ok(())
                }
                'X' => {
                    format::fmt_integer(&mut self.buf, &f, v, signed, 16, verb, true);
                    Ok(())
                }
                'c' => {
                    format::fmt_c(&mut self.buf, &f, v);
                    Ok(())
                }
                'q' => {
                    format::fmt_qc(&mut self.buf, &f, v);
                    Ok(())
                }
                'U' => {
                    format::fmt_unicode(&mut self.buf, &f, v);
                    Ok(())
                }
                _ => self.bad_verb(Arg { t: Some(t), addr }, verb),
            };
        }
        self.bad_verb(Arg { t: Some(t), addr }, verb)
    }
}

/// fmt's `[n]` argument indexes for a call with this many arguments.
struct ArgIndex(usize);

impl ArgIndex {
    /// Consumes `[n]` at `*i`, if there: selects argument n (or marks the
    /// verb's argument bad) and notes that arguments were reordered.
    fn apply(&self, format: &[u8], i: &mut usize, argi: &mut usize, reordered: &mut bool, good: &mut bool) {
        if let Some((n, j, ok)) = arg_index(format, *i, self.0) {
            *i = j;
            *reordered = true;
            if ok {
                *argi = n;
            } else {
                *good = false;
            }
        }
    }
}

/// `[n]` at `i`: (argument index, position after, valid).
fn arg_index(s: &[u8], i: usize, nargs: usize) -> Option<(usize, usize, bool)> {
    if i >= s.len() || s[i] != b'[' {
        return None;
    }
    let close = s[i + 1..].iter().position(|&c| c == b']')? + i + 1;
    let digits = &s[i + 1..close];
    let n: Option<usize> = if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        None
    } else {
        std::str::from_utf8(digits).ok()?.parse().ok()
    };
    match n {
        Some(n) if n >= 1 && n <= nargs => Some((n - 1, close + 1, true)),
        _ => Some((0, close + 1, false)),
    }
}

fn parse_num(s: &[u8], mut i: usize) -> (usize, usize) {
    let mut n = 0usize;
    while i < s.len() && s[i].is_ascii_digit() {
        n = n.saturating_mul(10).saturating_add((s[i] - b'0') as usize).min(1_000_000);
        i += 1;
    }
    (n, i)
}
