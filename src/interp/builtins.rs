//! Builtins that are not plain expressions: `print`/`println` (the
//! runtime's own printer, to standard error), `panic`, `delete`, `clear`,
//! `min`/`max`.

use super::{Machine, R};
use crate::ir::{Builtin, Expr, Kind};
use crate::runtime::panic::{PanicInfo, PanicValue, Unwind};
use crate::runtime::print;
use crate::runtime::types::type_of_word;
use crate::types::typ::{Basic, Type};

impl Machine<'_> {
    pub(super) fn builtin(&mut self, b: Builtin, args: &[Expr]) -> R<u64> {
        match b {
            Builtin::Print { ln } => {
                let mut out = Vec::new();
                for (i, a) in args.iter().enumerate() {
                    if ln && i > 0 {
                        out.push(b' ');
                    }
                    let addr = self.mem_addr(a)?;
                    let (tw, data) = (self.ld64(addr)?, self.ld64(addr + 8)?);
                    self.print_value(&mut out, tw, data);
                }
                if ln {
                    out.push(b'\n');
                }
                self.write_stderr(&out);
                Ok(0)
            }
            Builtin::Panic => {
                let a = self.mem_addr(&args[0])?;
                let (tw, data) = (self.ld64(a)?, self.ld64(a + 8)?);
                Err(self.gopanic(tw, data))
            }
            Builtin::Delete(map) => {
                let m = self.eval(&args[0])?;
                let k = self.push_value(&args[1], map.key_rep)?;
                let r = if m == 0 { self.hash(map.key, k, 0).map(|_| ()) } else { self.mapdelete(&map, m, k) };
                self.release(k);
                r.map(|_| 0)
            }
            Builtin::ClearMap(map) => {
                let m = self.eval(&args[0])?;
                if m != 0 {
                    self.mapclear(&map, m);
                }
                Ok(0)
            }
            Builtin::Clear(es) => {
                let a = self.mem_addr(&args[0])?;
                let (p, n) = (self.ld64(a)?, self.ld64(a + 8)?);
                self.mem.fill(p, n * es as u64, 0);
                Ok(0)
            }
            Builtin::Min(k) | Builtin::Max(k) => {
                let want_min = matches!(b, Builtin::Min(_));
                let mut best = self.eval(&args[0])?;
                for a in &args[1..] {
                    let v = self.eval(a)?;
                    best = pick(k, best, v, want_min);
                }
                Ok(best)
            }
            Builtin::SliceToArrayPtr(n) => {
                let s = self.mem_addr(&args[0])?;
                let (p, l) = (self.ld64(s)?, self.ld64(s + 8)?);
                if l < n {
                    return Err(self.fault(crate::runtime::panic::Fault::Bounds(
                        crate::runtime::panic::Bounds::Convert,
                        l as i64,
                        n as i64,
                    )));
                }
                Ok(p)
            }
            Builtin::MoveToHeap { buf, elem_size, layout, keep_cap, why } => {
                let a = self.mem_addr(&args[0])?;
                let (p, len, cap) = (self.ld64(a)?, self.ld64(a + 8)?, self.ld64(a + 16)?);
                let bp = self.fp + buf as u64;
                if !(bp..=bp + crate::ir::FRAME_BUF).contains(&p) {
                    return Ok(0);
                }
                let (np, len, cap) = self.with_why(why, |m| {
                    crate::runtime::slice::move_slice(m, p, len, cap, elem_size as u64, layout, keep_cap)
                })?;
                self.write_slice(a, np, len, cap)?;
                Ok(0)
            }
            Builtin::Recover => self.gorecover().map(|_| 0),
            Builtin::Close => {
                let c = self.eval(&args[0])?;
                self.closechan(c).map(|_| 0)
            }
            Builtin::RangeContinued => Err(self.fault(crate::runtime::panic::Fault::RangeContinued)),
            _ => Ok(0),
        }
    }

    pub(super) fn min_max_str(&mut self, b: Builtin, args: &[Expr], dst: u64) -> R<()> {
        let mut best = self.mem_addr(&args[0])?;
        let mut best_s = self.string_at(best);
        for a in &args[1..] {
            let x = self.mem_addr(a)?;
            let s = self.string_at(x);
            if (b == Builtin::MinStr && s < best_s) || (b == Builtin::MaxStr && s > best_s) {
                best = x;
                best_s = s;
            }
        }
        self.copy(dst, best, 16)
    }

    /// Starts a panic with an interface value (`gopanic`); the text Go
    /// prints for it is computed now.
    pub fn gopanic(&mut self, tw: u64, data: u64) -> Box<Unwind> {
        if tw == 0 && self.opts.panic_nil_error {
            return self.fault(crate::runtime::panic::Fault::PanicNil);
        }
        let frames = self.traceback();
        Box::new(Unwind::Panic(PanicInfo { value: PanicValue::Value { typ: tw, data }, frames }))
    }

    /// `printpanicval`: error and Stringer methods first, then basic kinds,
    /// then `(T) addr`.
    pub(super) fn panic_text(&mut self, tw: u64, data: u64) -> String {
        let Some(t) = type_of_word(&self.mem, tw, false) else { return "nil".into() };
        for name in ["Error", "String"] {
            if let Some(s) = self.call_string_method(t, data, name) {
                return crate::runtime::panic::panic_string(&String::from_utf8_lossy(&s));
            }
        }
        let mut out = Vec::new();
        let under = self.checked.types.under_type(t).clone();
        let named = self.checked.types.is_named(t) && !matches!(self.checked.types.get(t), Type::Basic(_));
        match under {
            Type::Basic(b) => {
                let mut v = Vec::new();
                self.print_value(&mut v, tw, data);
                if b.kind() == Basic::String {
                    let s = crate::runtime::panic::panic_string(&String::from_utf8_lossy(&v));
                    if named {
                        return format!("{}(\"{}\")", crate::runtime::types::rtype_string(&self.checked, t), s);
                    }
                    return s;
                }
                if named {
                    return format!(
                        "{}({})",
                        crate::runtime::types::rtype_string(&self.checked, t),
                        String::from_utf8_lossy(&v)
                    );
                }
                out = v;
            }
            _ => {
                out.extend_from_slice(
                    format!("({}) {:#x}", crate::runtime::types::rtype_string(&self.checked, t), data).as_bytes(),
                );
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Calls `v.Error()` / `v.String()` when the dynamic type has it.
    pub fn call_string_method(&mut self, t: crate::types::typ::TypeId, data: u64, name: &str) -> Option<Vec<u8>> {
        let (fid, _) = self.rtypes.string_method(&self.checked, t, name)?;
        let recv: Vec<u8> = data.to_le_bytes().to_vec();
        let res_off = self.funcs[fid as usize].args_size as u64 - 16;
        let base = self.call_method(fid, &recv).ok()?;
        Some(self.string_at(base + res_off))
    }

    /// The runtime's `print` of one interface-held value.
    pub fn print_value(&mut self, out: &mut Vec<u8>, tw: u64, data: u64) {
        let Some(t) = type_of_word(&self.mem, tw, false) else {
            out.extend_from_slice(b"(0x0,0x0)");
            return;
        };
        let direct = self.rtypes.is_direct(&self.checked, t);
        let word = |m: &Self, k: Kind| if direct { data } else { m.ld(data, k).unwrap_or(0) };
        match self.checked.types.under_type(t).clone() {
            Type::Basic(b) => {
                let k = b.kind();
                if k == Basic::Bool {
                    out.extend_from_slice(if word(self, Kind::Bool) != 0 { b"true" } else { b"false" });
                } else if k.is_string() {
                    let s = self.string_at(data);
                    out.extend_from_slice(&s);
                } else if k == Basic::Float32 || k == Basic::Float64 {
                    let kk = if k == Basic::Float32 { Kind::F32 } else { Kind::F64 };
                    print::float(out, f64::from_bits(word(self, kk)), if kk == Kind::F32 { 32 } else { 64 });
                } else if k.is_integer() {
                    let kk = match self.checked.size_of(t) {
                        1 => Kind::U8,
                        2 => Kind::U16,
                        4 => Kind::U32,
                        _ => Kind::U64,
                    };
                    let v = word(self, kk);
                    if k.is_unsigned() {
                        out.extend_from_slice(v.to_string().as_bytes());
                    } else {
                        let bits = self.checked.size_of(t) * 8;
                        let sv = ((v << (64 - bits)) as i64) >> (64 - bits);
                        out.extend_from_slice(sv.to_string().as_bytes());
                    }
                } else {
                    out.extend_from_slice(format!("({:#x},{:#x})", tw, data).as_bytes());
                }
            }
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => {
                out.extend_from_slice(format!("{:#x}", data).as_bytes());
            }
            Type::Slice(_) => {
                let (p, l, c) = (
                    self.mem.load(data, 8).unwrap_or(0),
                    self.mem.load(data + 8, 8).unwrap_or(0),
                    self.mem.load(data + 16, 8).unwrap_or(0),
                );
                out.extend_from_slice(format!("[{l}/{c}]{p:#x}").as_bytes());
            }
            _ => out.extend_from_slice(format!("({:#x},{:#x})", tw, data).as_bytes()),
        }
    }
}

fn pick(k: Kind, a: u64, b: u64, want_min: bool) -> u64 {
    if k.is_float() {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        if x.is_nan() {
            return a;
        }
        if y.is_nan() {
            return b;
        }
        // min(-0, +0) = -0, max(-0, +0) = +0
        if x == y {
            let neg = x.is_sign_negative();
            return if want_min == neg { a } else { b };
        }
        return if (y < x) == want_min { b } else { a };
    }
    let less = if k.is_signed() { (b as i64) < (a as i64) } else { b < a };
    if less == want_min && a != b { b } else { a }
}
