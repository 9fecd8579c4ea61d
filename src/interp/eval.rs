//! Expressions: scalars into registers (`eval`), memory values into a
//! destination (`eval_mem`), places into addresses (`place_addr`).

use super::{Machine, R, ops};
use crate::ir::*;
use crate::runtime::panic::{Bounds, Fault};
use crate::runtime::{slice, string};
use crate::syntax::ast::BinOp;

/// Addresses below this are never mapped: an access faults as a nil
/// dereference (Go reserves the first page).
const NIL_PAGE: u64 = 4096;

impl Machine<'_> {
    #[inline]
    pub fn ld64(&self, a: u64) -> R<u64> {
        self.mem.load(a, 8).ok_or_else(|| self.fault(Fault::NilDeref(a)))
    }

    #[inline(always)]
    pub fn ld(&self, a: u64, k: Kind) -> R<u64> {
        if matches!(k, Kind::I64 | Kind::U64 | Kind::F64) {
            // Whole words need no normalising: the commonest loads.
            if let Some(v) = self.mem.heap_load8(a) {
                return Ok(v);
            }
        } else if let Some(v) = self.mem.heap_load(a, k.size()) {
            return Ok(match k {
                Kind::F32 => (f32::from_bits(v as u32) as f64).to_bits(),
                Kind::I8 | Kind::I16 | Kind::I32 | Kind::Bool => ops::normalize(v, k),
                _ => v,
            });
        }
        self.ld_slow(a, k)
    }

    #[inline(never)]
    fn ld_slow(&self, a: u64, k: Kind) -> R<u64> {
        let v = self.mem.load(a, k.size()).ok_or_else(|| self.fault(Fault::NilDeref(a)))?;
        Ok(match k {
            Kind::F32 => (f32::from_bits(v as u32) as f64).to_bits(),
            _ => ops::normalize(v, k),
        })
    }

    #[inline(always)]
    pub fn st(&mut self, a: u64, k: Kind, v: u64) -> R<()> {
        let v = if k == Kind::F32 { (f64::from_bits(v) as f32).to_bits() as u64 } else { v };
        if self.mem.heap_store(a, k.size(), v).is_some() {
            return Ok(());
        }
        match self.mem.store(a, k.size(), v) {
            Some(()) => Ok(()),
            None => Err(self.fault(Fault::NilDeref(a))),
        }
    }

    /// memmove(dst, src, n)
    #[inline]
    pub fn copy(&mut self, dst: u64, src: u64, n: u64) -> R<()> {
        if n == 0 || dst == src {
            return Ok(());
        }
        if self.mem.copy(dst, src, n).is_none() {
            return Err(self.fault(Fault::NilDeref(if dst < NIL_PAGE { dst } else { src })));
        }
        Ok(())
    }

    pub fn place_addr(&mut self, p: &Place) -> R<u64> {
        match p {
            Place::Local(off) => Ok(self.fp + *off as u64),
            Place::Global(a) => Ok(*a),
            Place::Deref(e) => {
                let a = self.operand(e)?;
                self.deref(a)
            }
            Place::Field(b, off) => {
                let a = match &**b {
                    // `p.f` of a pointer in a local: no recursion.
                    Place::Deref(e) if let Expr::LoadLocal(slot, _) = **e => {
                        let a = self.ld64(self.fp + slot as u64)?;
                        self.deref(a)?
                    }
                    Place::Local(o) => self.fp + *o as u64,
                    b => self.place_addr(b)?,
                };
                Ok(a + *off as u64)
            }
            Place::ArrayIndex { base, index, len, elem } => {
                let a = self.place_addr(base)?;
                let i = self.operand(index)?;
                if i >= *len {
                    return Err(self.fault(Fault::index(i as i64, *len)));
                }
                Ok(a + i * *elem as u64)
            }
            Place::SliceIndex { slice, index, elem } => {
                let s = match &**slice {
                    // A slice in a local variable: its header in the frame.
                    Expr::Copy(p, _) if let Place::Local(off) = **p => self.fp + off as u64,
                    _ => self.mem_addr(slice)?,
                };
                let i = self.operand(index)?;
                self.elem_addr(s, i, *elem as u64)
            }
            Place::Temp(e, off, rep, why) => {
                let a = self.fp + *off as u64;
                self.eval_to(e, *rep, a)?;
                if self.trace.is_some() && *why != 0 {
                    self.trace_frame_alloc(a, rep.size(), *why);
                }
                Ok(a)
            }
        }
    }

    /// A pointer about to be dereferenced: below the first page it faults
    /// as a nil dereference.
    #[inline(always)]
    pub(super) fn deref(&self, a: u64) -> R<u64> {
        if a < NIL_PAGE {
            return Err(self.fault(Fault::NilDeref(a)));
        }
        Ok(a)
    }

    /// The address of element `i` of the slice whose header is at `s`, or
    /// the index-out-of-range panic.
    #[inline(always)]
    pub(super) fn elem_addr(&self, s: u64, i: u64, elem: u64) -> R<u64> {
        let ptr = self.ld64(s)?;
        let len = self.ld64(s + 8)?;
        if i >= len {
            return Err(self.fault(Fault::index(i as i64, len)));
        }
        Ok(ptr + i * elem)
    }

    /// The address a memory operand can be read at.
    #[inline]
    pub fn mem_addr(&mut self, e: &Expr) -> R<u64> {
        match e {
            Expr::Copy(p, _) => self.place_addr(p),
            Expr::ConstMem(a, _) => Ok(*a),
            _ => unreachable!("memory operand not spilled: {e:?}"),
        }
    }

    /// Reads a string operand's (pointer, length).
    #[inline]
    pub fn str_operand(&mut self, e: &Expr) -> R<(u64, u64)> {
        let a = self.mem_addr(e)?;
        Ok((self.ld64(a)?, self.ld64(a + 8)?))
    }

    #[inline]
    pub fn eval_to(&mut self, e: &Expr, rep: ValRep, dst: u64) -> R<()> {
        match rep {
            ValRep::Scalar(k) => {
                let v = self.operand(e)?;
                self.st(dst, k, v)
            }
            ValRep::Mem(_) => self.eval_mem(e, dst),
        }
    }

    /// Evaluates for effect (expression statements).
    pub fn eval_effect(&mut self, e: &Expr) -> R<()> {
        match e {
            Expr::Call(c, _) => self.call(c).map(|_| ()),
            Expr::Seq(stmts, x) => {
                self.exec_block(stmts)?;
                self.eval_effect(x)
            }
            _ => match e.mem_size() {
                Some(n) => {
                    let a = self.reserve(n.max(8))?;
                    let r = self.eval_mem(e, a);
                    self.release(a);
                    r
                }
                None => self.eval(e).map(|_| ()),
            },
        }
    }

    /// An operand: locals and constants without a recursive `eval` (the
    /// leaves of most arithmetic and comparisons).
    #[inline(always)]
    pub(super) fn operand(&mut self, e: &Expr) -> R<u64> {
        match e {
            Expr::LoadLocal(off, k) => self.ld(self.fp + *off as u64, *k),
            Expr::Const(v) => Ok(*v),
            _ => self.eval(e),
        }
    }

    pub fn eval(&mut self, e: &Expr) -> R<u64> {
        match e {
            Expr::Const(v) => Ok(*v),
            Expr::LoadLocal(off, k) => self.ld(self.fp + *off as u64, *k),
            Expr::Load(p, k) => {
                let a = self.place_addr(p)?;
                self.ld(a, *k)
            }
            Expr::AddrOf(p) => self.place_addr(p),
            Expr::Binary(op, k, a, b) => {
                let x = self.operand(a)?;
                let y = self.operand(b)?;
                let r = match ops::binary_fast(*op, *k, x, y) {
                    Some(v) => v,
                    None => ops::binary(*op, *k, x, y).map_err(|_| self.fault(Fault::DivideByZero))?,
                };
                if self.expr_steps {
                    self.eval_step(op.as_str(), *k, Some(x), y, *k, r);
                }
                Ok(r)
            }
            Expr::Compare(op, ck, a, b) => self.compare(*op, *ck, a, b).map(|b| b as u64),
            Expr::Unary(op, k, x) => {
                let v = self.eval(x)?;
                let r = ops::unary(*op, *k, v);
                if self.expr_steps {
                    self.eval_step(op.as_str(), *k, None, v, *k, r);
                }
                Ok(r)
            }
            Expr::Shift(op, k, a, b, yk) => {
                let x = self.eval(a)?;
                let y = self.eval(b)?;
                if yk.is_signed() && (y as i64) < 0 {
                    return Err(self.fault(Fault::NegativeShift));
                }
                Ok(ops::shift(*op, *k, x, y))
            }
            Expr::AndAnd(a, b) => Ok((self.eval(a)? != 0 && self.eval(b)? != 0) as u64),
            Expr::OrOr(a, b) => Ok((self.eval(a)? != 0 || self.eval(b)? != 0) as u64),
            Expr::Convert(Conv::Numeric, from, to, x, _) => {
                let v = self.eval(x)?;
                let r = ops::convert(*from, *to, v);
                if self.expr_steps {
                    self.eval_step("conversion", *from, None, v, *to, r);
                }
                Ok(r)
            }
            Expr::Call(c, rk) => {
                let base = self.call(c)?;
                match rk {
                    ResultKind::Scalar(Kind::U64) => {
                        // A pointer the callee returned: only this host
                        // variable holds it until the statement stores it.
                        let v = self.ld64(base + c.results[0].0 as u64)?;
                        self.pins.push(v);
                        Ok(v)
                    }
                    ResultKind::Scalar(k) => self.ld(base + c.results[0].0 as u64, *k),
                    _ => Ok(0),
                }
            }
            _ => self.eval_cold(e),
        }
    }

    /// The less frequent scalar expressions, out of `eval`'s way (a small
    /// `eval` keeps the hot loop's frames small).
    #[inline(never)]
    fn eval_cold(&mut self, e: &Expr) -> R<u64> {
        match e {
            Expr::New { size, layout, init, why } => {
                let a = self.malloc_why(*size, *layout, *why)?;
                if let Some(i) = init {
                    self.eval_mem(i, a)?;
                }
                Ok(a)
            }
            Expr::HeaderWord(x, w) => {
                let a = self.mem_addr(x)?;
                self.ld64(a + 8 * *w as u64)
            }
            Expr::StrIndex(s, i) => {
                let (p, n) = self.str_operand(s)?;
                let i = self.eval(i)?;
                if i >= n {
                    return Err(self.fault(Fault::index(i as i64, n)));
                }
                self.ld(p + i, Kind::U8)
            }
            Expr::FuncValue(a) => Ok(*a),
            Expr::Closure { func, size, captures, layout, why } => {
                let a = self.malloc_why(*size as u64, *layout, *why)?;
                self.mem.store(a, 8, *func as u64);
                for (off, x, rep) in captures {
                    self.eval_to(x, *rep, a + *off as u64)?;
                }
                Ok(a)
            }
            Expr::Seq(stmts, x) => {
                self.exec_block(stmts)?;
                self.eval(x)
            }
            Expr::MakeChan { elem, elem_size, layout, size } => {
                let n = match size {
                    Some(e) => self.eval(e)? as i64,
                    None => 0,
                };
                let c = self.makechan(*elem_size, *layout, n)?;
                // The element type (TypeId + 1), which the trace's buffer
                // events read.
                self.mem.store(c + crate::runtime::chan::ELEMTYPE, 8, elem.0 as u64 + 1);
                Ok(c)
            }
            Expr::ChanLen(c, cap) => {
                let c = self.eval(c)?;
                Ok(self.chanlen(c, *cap))
            }
            Expr::Recv { ch, rep: ValRep::Scalar(k), comma_ok: false } => {
                let c = self.eval(ch)?;
                self.recv_scalar(c, *k)
            }
            Expr::MakeMap { map, hint, why } => {
                let h = match hint {
                    Some(h) => self.eval(h)?,
                    None => 0,
                };
                Ok(self.with_why(*why, |m| m.makemap(map, h)))
            }
            Expr::FrameMap { off, why, map: x } => {
                let at = self.fp + *off as u64;
                let (map, hint, entries) = match &**x {
                    Expr::MakeMap { map, hint: Some(h), .. } => (map, self.eval(h)?, &[][..]),
                    Expr::MakeMap { map, hint: None, .. } => (map, 0, &[][..]),
                    Expr::MapLit { map, entries, .. } => (map, entries.len() as u64, &entries[..]),
                    _ => return Ok(0),
                };
                if self.trace.is_some() {
                    let gs = crate::runtime::map::MAP_HEADER_SIZE + self.map_group_size(map);
                    self.trace_frame_alloc(at, gs, *why);
                }
                let m = self.makemap_at(map, hint, at);
                for (k, v) in entries {
                    self.map_store(map, m, k, v)?;
                }
                Ok(m)
            }
            Expr::MapLit { map, entries, why } => {
                let m = self.with_why(*why, |m| m.makemap(map, entries.len() as u64));
                for (k, v) in entries {
                    self.map_store(map, m, k, v)?;
                }
                Ok(m)
            }
            Expr::MapLen(m) => {
                let m = self.eval(m)?;
                Ok(crate::runtime::map::len(&self.mem, m))
            }
            Expr::MapIndex { map, m, key, rep: ValRep::Scalar(k), comma_ok: false } => {
                let a = self.map_access(map, m, key)?;
                match a {
                    Some(a) => self.ld(a, *k),
                    None => Ok(0),
                }
            }
            Expr::TypeIs { x, target, from } => {
                let a = self.mem_addr(x)?;
                let tab = self.ld64(a)?;
                let from_empty = self.is_empty_iface(*from);
                Ok(self.type_matches(tab, target, from_empty)?.is_some() as u64)
            }
            Expr::TypeAssert { x, target, rep: ValRep::Scalar(k), comma_ok: false, from } => {
                let a = self.mem_addr(x)?;
                let tab = self.ld64(a)?;
                let data = self.ld64(a + 8)?;
                let from_empty = self.is_empty_iface(*from);
                if self.type_matches(tab, target, from_empty)?.is_none() {
                    return Err(self.assert_fault(tab, target, *from));
                }
                match target {
                    AssertTarget::Concrete { direct: true, .. } => Ok(data),
                    _ => self.ld(data, *k),
                }
            }
            Expr::CopySlice { dst, src, elem_size } => {
                let d = self.mem_addr(dst)?;
                let s = self.mem_addr(src)?;
                let (dp, dl) = (self.ld64(d)?, self.ld64(d + 8)?);
                let (sp, sl) = (self.ld64(s)?, self.ld64(s + 8)?);
                let n = dl.min(sl);
                self.copy(dp, sp, n * elem_size)?;
                Ok(n)
            }
            Expr::Builtin(b, args) => self.builtin(*b, args),
            _ => unreachable!("not a scalar expression: {e:?}"),
        }
    }

    pub fn eval_mem(&mut self, e: &Expr, dst: u64) -> R<()> {
        match e {
            Expr::ConstMem(a, n) => self.copy(dst, *a, *n as u64),
            Expr::Copy(p, n) => {
                let a = self.place_addr(p)?;
                self.copy(dst, a, *n as u64)
            }
            Expr::Call(c, rk) => {
                let base = self.call(c)?;
                if let ResultKind::Mem(n) = rk {
                    self.copy(dst, base + c.results[0].0 as u64, *n as u64)?;
                }
                Ok(())
            }
            Expr::Composite { size, elems } => {
                self.mem.fill(dst, *size as u64, 0).ok_or_else(|| self.fault(Fault::NilDeref(dst)))?;
                for (off, x, rep) in elems {
                    self.eval_to(x, *rep, dst + *off as u64)?;
                }
                Ok(())
            }
            Expr::SliceLit { elem_size, layout, len, elems, why } => {
                let p = self.malloc_why(len * elem_size, *layout, *why)?;
                for (off, x, rep) in elems {
                    self.eval_to(x, *rep, p + *off)?;
                }
                self.write_slice(dst, p, *len, *len)
            }
            Expr::MakeSlice { elem_size, layout, len, cap, len_kind, buf, why } => {
                let l = self.eval(len)?;
                let c = match cap {
                    Some(c) => self.eval(c)?,
                    None => l,
                };
                let neg = |v: u64| len_kind.is_signed() && (v as i64) < 0;
                if neg(l) || l > slice::MAX_ALLOC / elem_size.max(&1) {
                    return Err(self.fault(Fault::MakeSliceLen));
                }
                if (c as i64) < 0 || c < l || c > slice::MAX_ALLOC / elem_size.max(&1) {
                    return Err(self.fault(Fault::MakeSliceCap));
                }
                let p = match buf {
                    // The frame's buffer, zeroed whole (old pointers in it
                    // would otherwise stay roots).
                    Some((off, fwhy)) if c * elem_size <= FRAME_BUF => self.frame_buf(*off, *fwhy),
                    _ => self.malloc_why(c * elem_size, *layout, *why)?,
                };
                self.write_slice(dst, p, l, c)
            }
            Expr::SliceOf { base, lo, hi, max, elem } => self.slice_of(base, lo, hi, max, *elem, dst),
            Expr::Concat(parts, buf, why) => {
                self.concat_operands(parts.len(), *buf, *why, dst, |m, i| m.str_operand(&parts[i]))
            }
            Expr::Convert(conv, from, _, x, why) => self.convert_mem(*conv, *from, x, dst, *why),
            Expr::ToIface { word, x, rep, direct, zero_box, layout, why } => {
                // A pointer-shaped struct or array (one pointer field) is
                // direct but a memory value: its 8 bytes are the data word.
                if let (true, ValRep::Mem(_)) = (*direct, rep) {
                    self.eval_mem(x, dst + 8)?;
                    self.mem.store(dst, 8, *word);
                    return Ok(());
                }
                let data = if *direct {
                    self.eval(x)?
                } else if *zero_box {
                    self.box_string_slice(x, *rep, *layout, *why)?
                } else {
                    self.box_value(x, *rep, *layout, *why)?
                };
                self.mem.store(dst, 8, *word);
                self.mem.store(dst + 8, 8, data);
                Ok(())
            }
            Expr::IfaceToIface { x, target, from_empty, to_empty } => {
                let a = self.mem_addr(x)?;
                let tab = self.ld64(a)?;
                let data = self.ld64(a + 8)?;
                let word = if tab == 0 {
                    0
                } else if *to_empty {
                    if *from_empty { tab } else { self.ld64(tab + 8)? }
                } else {
                    let t = crate::runtime::types::type_of_word(&self.mem, tab, !*from_empty).unwrap_or_default();
                    self.rtypes.getitab(&mut self.checked, &mut self.mem, *target, t).unwrap_or(0)
                };
                self.mem.store(dst, 8, word);
                self.mem.store(dst + 8, 8, data);
                Ok(())
            }
            Expr::TypeAssert { x, target, rep, comma_ok, from } => {
                let a = self.mem_addr(x)?;
                let tab = self.ld64(a)?;
                let data = self.ld64(a + 8)?;
                let from_empty = self.is_empty_iface(*from);
                let m = self.type_matches(tab, target, from_empty)?;
                let size = rep.size();
                match m {
                    None => {
                        if !*comma_ok {
                            return Err(self.assert_fault(tab, target, *from));
                        }
                        self.mem.fill(dst, size + 1, 0);
                    }
                    Some(word) => {
                        match target {
                            AssertTarget::Iface(_) => {
                                self.mem.store(dst, 8, word);
                                self.mem.store(dst + 8, 8, data);
                            }
                            AssertTarget::Concrete { direct: true, .. } => {
                                self.mem.store(dst, 8, data);
                            }
                            AssertTarget::Concrete { .. } => self.copy(dst, data, size)?,
                        }
                        if *comma_ok {
                            self.mem.store(dst + size, 1, 1);
                        }
                    }
                }
                Ok(())
            }
            Expr::Recv { ch, rep, comma_ok } => {
                let c = self.eval(ch)?;
                let (_, ok) = self.chanrecv(c, dst, true)?;
                if *comma_ok {
                    self.mem.store(dst + rep.size(), 1, ok as u64);
                }
                Ok(())
            }
            Expr::MapIndex { map, m, key, rep, comma_ok } => {
                let a = self.map_access(map, m, key)?;
                self.map_index_result(a, rep.size(), *comma_ok, dst)
            }
            Expr::Append { slice, elems, spread, elem_size, rep, layout, grow_buf, buf, why } => {
                let buf = buf.map(|(b, w)| (b, w, *grow_buf));
                self.append(slice, elems, spread.as_deref(), *elem_size, *rep, *layout, buf, *why, dst)
            }
            Expr::Builtin(Builtin::SliceToArray(n, es), args) => {
                let s = self.mem_addr(&args[0])?;
                let (p, l) = (self.ld64(s)?, self.ld64(s + 8)?);
                if l < *n {
                    return Err(self.fault(Fault::Bounds(Bounds::Convert, l as i64, *n as i64)));
                }
                self.copy(dst, p, n * *es as u64)
            }
            Expr::Seq(stmts, x) => {
                self.exec_block(stmts)?;
                self.eval_mem(x, dst)
            }
            Expr::Builtin(b @ (Builtin::MinStr | Builtin::MaxStr), args) => self.min_max_str(*b, args, dst),
            Expr::Builtin(Builtin::Recover, _) => {
                let (t, d) = self.gorecover()?;
                self.mem.store(dst, 8, t);
                self.mem.store(dst + 8, 8, d);
                Ok(())
            }
            _ => {
                // A scalar-valued expression in a memory context (a tuple of one).
                let v = self.eval(e)?;
                self.mem.store(dst, 8, v);
                Ok(())
            }
        }
    }

    pub fn write_slice(&mut self, dst: u64, p: u64, len: u64, cap: u64) -> R<()> {
        self.mem.store(dst, 8, p);
        self.mem.store(dst + 8, 8, len);
        self.mem.store(dst + 16, 8, cap);
        Ok(())
    }

    /// The frame's 32-byte buffer at `off` (gc's stack buffer of a `make`,
    /// an `append` or a `[]byte(s)` that does not escape), zeroed whole:
    /// old pointers in it would otherwise stay roots. Its address.
    fn frame_buf(&mut self, off: u32, why: Why) -> u64 {
        let p = self.fp + off as u64;
        self.mem.fill(p, FRAME_BUF, 0);
        if self.trace.is_some() {
            self.trace_frame_alloc(p, FRAME_BUF, why);
        }
        p
    }

    /// `convTstring`, `convTslice`: an empty string or nil slice is
    /// boxed as a pointer to `zeroVal`, anything else copied to the heap.
    pub(super) fn box_string_slice(&mut self, x: &Expr, rep: ValRep, layout: Layout, why: Why) -> R<u64> {
        let size = rep.size();
        let tmp = self.reserve(size)?;
        self.eval_mem(x, tmp)?;
        // A string is empty by its length, a slice nil by its pointer.
        let empty = if size == 16 { self.ld64(tmp + 8)? == 0 } else { self.ld64(tmp)? == 0 };
        let a = if empty {
            self.zeroval
        } else {
            let a = self.malloc_why(size, layout, why)?;
            self.copy(a, tmp, size)?;
            a
        };
        self.release(tmp);
        Ok(a)
    }

    /// Copies a value into a new heap object for an interface's data word
    /// (`convT`), with Go's no-allocation cases: zero-size values and
    /// single-byte values share static storage.
    fn box_value(&mut self, x: &Expr, rep: ValRep, layout: Layout, why: Why) -> R<u64> {
        let size = rep.size();
        match rep {
            ValRep::Scalar(k) => {
                let v = self.eval(x)?;
                self.box_scalar(v, k, why)
            }
            ValRep::Mem(_) => {
                if size == 0 {
                    return Ok(crate::runtime::malloc::ZEROBASE);
                }
                let a = self.malloc_why(size, layout, why)?;
                self.eval_mem(x, a)?;
                Ok(a)
            }
        }
    }

    /// `box_value` of a scalar `v` of kind `k`: `convT16/32/64` and single
    /// bytes point a value below 256 (as its unsigned bits) into
    /// `staticuint64s`, no allocation.
    pub(super) fn box_scalar(&mut self, v: u64, k: Kind, why: Why) -> R<u64> {
        let size = k.size();
        let bits = match k {
            Kind::F32 => (f64::from_bits(v) as f32).to_bits() as u64,
            _ if size < 8 => v & ((1u64 << (8 * size)) - 1),
            _ => v,
        };
        if bits < 256 {
            return Ok(self.staticuint64s + 8 * bits);
        }
        let a = self.malloc_why(size, Layout::NOSCAN, why)?;
        self.st(a, k, v)?;
        Ok(a)
    }

    fn convert_mem(&mut self, conv: Conv, from: Kind, x: &Expr, dst: u64, why: Why) -> R<()> {
        match conv {
            Conv::IntToString(buf) => {
                let v = self.eval(x)?;
                let r = if from.is_signed() { v as i64 } else { v.min(i64::MAX as u64) as i64 };
                let bytes = string::intstring(r);
                match buf {
                    // `intstring` with a buffer: the frame's 4 bytes.
                    Some(off) => {
                        self.frame_string(dst, off, &bytes);
                        Ok(())
                    }
                    None => self.with_why(why, |m| m.new_string(dst, &bytes)),
                }
            }
            Conv::BytesToString(buf) => {
                // `slicebytetostring`: a one-byte string points into
                // `staticuint64s`; a short result that does not escape
                // goes in the frame's buffer; else a new string.
                let s = self.mem_addr(x)?;
                let (p, n) = (self.ld64(s)?, self.ld64(s + 8)?);
                let bytes = self.mem.bytes(p, n).unwrap_or(&[]).to_vec();
                let data = match (n, buf) {
                    (0, _) => 0,
                    (1, _) => self.staticuint64s + 8 * bytes[0] as u64,
                    (_, Some(off)) if n <= FRAME_BUF => {
                        self.frame_string(dst, off, &bytes);
                        return Ok(());
                    }
                    _ => return self.with_why(why, |m| m.new_string(dst, &bytes)),
                };
                self.write_string(dst, data, n);
                Ok(())
            }
            Conv::RunesToString => {
                let s = self.mem_addr(x)?;
                let (p, n) = (self.ld64(s)?, self.ld64(s + 8)?);
                let mut out = Vec::new();
                for i in 0..n {
                    let r = self.ld(p + 4 * i, Kind::I32)? as i64;
                    out.extend_from_slice(&string::intstring(r));
                }
                self.with_why(why, |m| m.new_string(dst, &out))
            }
            Conv::StringToBytes => {
                let (p, n) = self.str_operand(x)?;
                let bytes = self.mem.bytes(p, n).unwrap_or(&[]).to_vec();
                let cap = crate::runtime::slice::roundupsize(n, true);
                let b = self.malloc_why(cap, Layout::NOSCAN, why)?;
                self.mem.write(b, &bytes);
                self.write_slice(dst, b, n, cap)
            }
            Conv::StringToBytesBuf(b, heap) => {
                let (p, n) = self.str_operand(x)?;
                let bytes = self.mem.bytes(p, n).unwrap_or(&[]).to_vec();
                if n > FRAME_BUF {
                    let cap = crate::runtime::slice::roundupsize(n, true);
                    let h = self.malloc_why(cap, Layout::NOSCAN, heap)?;
                    self.mem.write(h, &bytes);
                    return self.write_slice(dst, h, n, cap);
                }
                let a = self.frame_buf(b, why);
                self.mem.write(a, &bytes);
                self.write_slice(dst, a, n, FRAME_BUF)
            }
            Conv::StringToRunes => {
                let (p, n) = self.str_operand(x)?;
                let bytes = self.mem.bytes(p, n).unwrap_or(&[]).to_vec();
                let runes = string::decode_runes(&bytes);
                let cap = crate::runtime::slice::roundupsize(runes.len() as u64 * 4, true) / 4;
                let b = self.malloc_why(cap * 4, Layout::NOSCAN, why)?;
                for (i, r) in runes.iter().enumerate() {
                    self.mem.store(b + 4 * i as u64, 4, *r as u64);
                }
                self.write_slice(dst, b, runes.len() as u64, cap)
            }
            Conv::Numeric => {
                let v = self.eval(x)?;
                self.mem.store(dst, 8, v);
                Ok(())
            }
        }
    }

    fn slice_of(
        &mut self,
        base: &SliceBase,
        lo: &Option<Box<Expr>>,
        hi: &Option<Box<Expr>>,
        max: &Option<Box<Expr>>,
        elem: u32,
        dst: u64,
    ) -> R<()> {
        let b = match base {
            SliceBase::Slice(s) => {
                let a = self.mem_addr(s)?;
                SliceOperand::slice(self, a)?
            }
            SliceBase::String(s) => {
                let a = self.mem_addr(s)?;
                SliceOperand::string(self, a)?
            }
            SliceBase::Array(p, n) => SliceOperand::array(self.place_addr(p)?, *n),
            SliceBase::ArrayPtr(p, n) => {
                let a = self.eval(p)?;
                SliceOperand::array_ptr(self, a, *n)?
            }
        };
        let l = match lo {
            Some(e) => self.eval(e)?,
            None => 0,
        };
        let h = match hi {
            Some(e) => Some(self.eval(e)?),
            None => None,
        };
        let m = match max {
            Some(e) => Some(self.eval(e)?),
            None => None,
        };
        self.slice_bounds(b, l, h, m, elem, dst)
    }

    /// `b[l:h:m]` of an evaluated operand into `dst`: Go's bounds checks
    /// (`panicSlice*`) in Go's order, then the new header.
    pub(super) fn slice_bounds(
        &mut self,
        b: SliceOperand,
        l: u64,
        h: Option<u64>,
        m: Option<u64>,
        elem: u32,
        dst: u64,
    ) -> R<()> {
        let SliceOperand { ptr, len, cap, is_str, is_slice } = b;
        let three = m.is_some();
        let (a2, a3) =
            if is_slice { (Bounds::SliceAcap, Bounds::Slice3Acap) } else { (Bounds::SliceAlen, Bounds::Slice3Alen) };
        let sh = |v: u64| v as i64;
        let (h, m) = if is_str {
            let h = h.unwrap_or(len);
            if h > len {
                return Err(self.fault(Fault::Bounds(Bounds::SliceAlen, sh(h), len as i64)));
            }
            (h, h)
        } else {
            let m = m.unwrap_or(cap);
            if three && m > cap {
                return Err(self.fault(Fault::Bounds(a3, sh(m), cap as i64)));
            }
            let h = h.unwrap_or(len);
            if three && h > m {
                return Err(self.fault(Fault::Bounds(Bounds::Slice3B, sh(h), sh(m))));
            }
            if !three && h > cap {
                return Err(self.fault(Fault::Bounds(a2, sh(h), cap as i64)));
            }
            (h, m)
        };
        if l > h {
            let code = if three { Bounds::Slice3C } else { Bounds::SliceB };
            return Err(self.fault(Fault::Bounds(code, sh(l), sh(h))));
        }
        // A slice of zero capacity keeps the base pointer unless that would
        // point past the end (Go avoids pointing past the object).
        let np = if m - l == 0 && !is_str { ptr } else { ptr + l * elem as u64 };
        let np = if is_str && h - l == 0 { 0 } else { np };
        if is_str {
            self.mem.store(dst, 8, np);
            self.mem.store(dst + 8, 8, h - l);
            Ok(())
        } else {
            self.write_slice(dst, np, h - l, m - l)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        s: &Expr,
        elems: &[Expr],
        spread: Option<&Expr>,
        es: u64,
        rep: ValRep,
        layout: Layout,
        buf: Option<(std::num::NonZeroU32, Why, bool)>,
        why: Why,
        dst: u64,
    ) -> R<()> {
        let a = self.mem_addr(s)?;
        let (mut p, len, mut cap) = (self.ld64(a)?, self.ld64(a + 8)?, self.ld64(a + 16)?);
        // Values first (they may read the slice being appended to).
        let (src, n) = match spread {
            Some(x) => {
                let b = self.mem_addr(x)?;
                let (sp, sl) = (self.ld64(b)?, self.ld64(b + 8)?);
                (Some(sp), sl)
            }
            None => (None, elems.len() as u64),
        };
        let scratch = if src.is_none() && n > 0 {
            let base = self.reserve(n * es)?;
            for (i, x) in elems.iter().enumerate() {
                self.eval_to(x, rep, base + i as u64 * es)?;
            }
            Some(base)
        } else {
            None
        };
        let newlen = len + n;
        let k = FRAME_BUF / es.max(1);
        let used = |m: &Self, b: std::num::NonZeroU32| m.fp + b.get() as u64 + FRAME_BUF;
        if newlen > cap
            && let Some((b, bwhy, true)) = buf
            && newlen <= k
        {
            // growsliceBuf: the buffer again, one size class up.
            let bp = self.fp + b.get() as u64;
            if p != bp {
                self.copy(bp, p, len * es)?;
                if self.trace.is_some() {
                    self.trace_frame_alloc(bp, FRAME_BUF, bwhy);
                }
            }
            let newcap = slice::buf_cap(newlen, es, layout.noscan());
            self.mem.fill(bp + newlen * es, (newcap - newlen) * es, 0);
            p = bp;
            cap = newcap;
        } else if newlen > cap
            && let Some((b, bwhy, false)) = buf
            && len == 0
            && newlen <= k
            && self.mem.load(used(self, b), 8) == Some(0)
        {
            // The frame's buffer serves a slice that does not escape,
            // once per call (gc's `used` flag).
            p = self.frame_buf(b.get(), bwhy);
            self.mem.store(used(self, b), 8, 1);
            cap = k;
        } else if newlen > cap {
            let (np, nc) = self.with_why(why, |m| slice::growslice(m, p, len, cap, newlen, es, layout))?;
            p = np;
            cap = nc;
        }
        if let Some(sp) = src {
            self.copy(p + len * es, sp, n * es)?;
        }
        if let Some(b) = scratch {
            self.copy(p + len * es, b, n * es)?;
            self.release(b);
        }
        self.write_slice(dst, p, newlen, cap)
    }

    /// A condition (`if`, `for`): scalar comparisons without a round
    /// trip through `eval`.
    #[inline(always)]
    pub(super) fn cond(&mut self, e: &Expr) -> R<bool> {
        match e {
            Expr::Compare(op, CmpKind::Scalar(k), a, b) => self.compare_scalar(*op, *k, a, b),
            _ => Ok(self.eval(e)? != 0),
        }
    }

    #[inline(always)]
    fn compare_scalar(&mut self, op: BinOp, k: Kind, a: &Expr, b: &Expr) -> R<bool> {
        let x = self.operand(a)?;
        let y = self.operand(b)?;
        let r = ops::compare(op, k, x, y);
        if self.expr_steps {
            self.eval_step(op.as_str(), k, Some(x), y, Kind::Bool, r as u64);
        }
        Ok(r)
    }

    pub(super) fn compare(&mut self, op: BinOp, ck: CmpKind, a: &Expr, b: &Expr) -> R<bool> {
        match ck {
            CmpKind::Scalar(k) => self.compare_scalar(op, k, a, b),
            CmpKind::String => {
                let (p1, n1) = self.str_operand(a)?;
                let (p2, n2) = self.str_operand(b)?;
                if matches!(op, BinOp::Eql | BinOp::Neq) && n1 != n2 {
                    return Ok(op == BinOp::Neq);
                }
                let x = self.mem.bytes(p1, n1).unwrap_or(&[]);
                let y = self.mem.bytes(p2, n2).unwrap_or(&[]);
                let ord = x.cmp(y);
                Ok(match op {
                    BinOp::Eql => ord.is_eq(),
                    BinOp::Neq => ord.is_ne(),
                    BinOp::Lss => ord.is_lt(),
                    BinOp::Leq => ord.is_le(),
                    BinOp::Gtr => ord.is_gt(),
                    _ => ord.is_ge(),
                })
            }
            CmpKind::Mem(t) => {
                let x = self.mem_addr(a)?;
                let y = self.mem_addr(b)?;
                let eq = self.equal(t, x, y)?;
                Ok(if op == BinOp::Eql { eq } else { !eq })
            }
        }
    }
}

/// The operand of a slice expression, evaluated: (pointer, len, cap) and
/// whether it is a string or a slice (whose bounds messages differ).
#[derive(Clone, Copy)]
pub(super) struct SliceOperand {
    ptr: u64,
    len: u64,
    cap: u64,
    is_str: bool,
    is_slice: bool,
}

impl SliceOperand {
    /// A slice whose header is at `a`.
    pub(super) fn slice(m: &Machine, a: u64) -> R<Self> {
        Ok(SliceOperand { ptr: m.ld64(a)?, len: m.ld64(a + 8)?, cap: m.ld64(a + 16)?, is_str: false, is_slice: true })
    }

    /// A string whose header is at `a`.
    pub(super) fn string(m: &Machine, a: u64) -> R<Self> {
        let (ptr, len) = (m.ld64(a)?, m.ld64(a + 8)?);
        Ok(SliceOperand { ptr, len, cap: len, is_str: true, is_slice: false })
    }

    /// An addressable array of `n` elements at `a`.
    pub(super) fn array(a: u64, n: u64) -> Self {
        SliceOperand { ptr: a, len: n, cap: n, is_str: false, is_slice: false }
    }

    /// The array of `n` elements a pointer `a` points to (nil faults).
    pub(super) fn array_ptr(m: &Machine, a: u64, n: u64) -> R<Self> {
        if a == 0 {
            return Err(m.fault(Fault::NilDeref(0)));
        }
        Ok(Self::array(a, n))
    }
}
