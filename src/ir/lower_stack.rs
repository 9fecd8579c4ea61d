//! Frame placement of allocations escape analysis keeps on the stack (gc's
//! `walk` of an allocation whose `Esc()` is `EscNone`).
//!
//! An allocation site that does not escape gets a slot in its function's
//! frame instead of a `mallocgc`: `new(T)` and `&T{...}` a zeroed (or
//! initialised) object, slice literals and the implicit slice of variadic
//! calls their backing array, `make([]T, n)` an exact array when `n` is
//! constant (or a variable's constant static value), closures and method
//! values their closure
//! record, `[]byte("const")` a copy of the bytes, and conversions to an
//! interface the boxed value. A function literal capturing nothing is a
//! static funcval (no allocation at all), and a constant converted to an
//! interface points at read-only data, as gc's are.
//!
//! The placed objects are frame temporaries (`Place::Temp`): evaluating the
//! place fills the slot, so no extra statements run (nor show in traces).
//!
//! Invariants: each evaluation rewrites (zeroes or initialises) its slot,
//! so an allocation inside a loop is fresh every iteration; a slot is only
//! reused by the same site, which escape analysis proved cannot outlive
//! the iteration (its loop depth) or the frame. Sites lowered as part of a
//! `go` or `defer` statement are never placed (the arguments outlive the
//! statement there), nor are allocations over `MAX_IMPLICIT`.
//!
//! A concatenation or a `string(b)` whose result does not escape gets the
//! runtime's 32-byte `tmpBuf` in the frame, and `string(r)` its 4-byte
//! buffer.
//! Simplifications: conversions to or from `[]rune`, and maps, stay on the
//! heap even when they do not escape. A `make` whose size is
//! known only at run time gets gc's 32-byte frame buffer, used when the
//! capacity fits (`cap <= 32/elemsize`), else `mallocgc`.

use super::lower::Lowerer;
use super::*;
use crate::escape::SiteKind;
use crate::syntax::ast::ExprId;
use crate::types::typ::ObjId;

/// The stack buffer of a run-time-sized `make` that does not escape
/// (gc's `-d=variablemakethreshold`, default 32 bytes).
pub(super) const VARIABLE_MAKE_THRESHOLD: u64 = 32;

/// The runtime's `tmpBuf`: the frame buffer of a string concatenation
/// whose result does not escape.
pub(super) const TMP_BUF: u64 = 32;

/// The largest object placed in a frame: gc's
/// `ir.MaxImplicitStackVarSize` (64 KiB).
pub(super) const MAX_IMPLICIT: u64 = 64 << 10;
/// gc's `ir.MaxStackVarSize`: larger variables are always on the heap.
pub(super) const MAX_STACK_VAR: u64 = 128 * 1024;

impl Lowerer<'_> {
    /// Whether allocation site `(id, kind)` of `size` bytes may be in the
    /// frame.
    pub(super) fn stack_site(&self, id: ExprId, kind: SiteKind, size: u64) -> bool {
        self.no_stack == 0 && size > 0 && size <= MAX_IMPLICIT && self.esc.stack.contains(&(id, kind))
    }

    /// A frame slot of `size` bytes that `init` (or zeroes) fills each time
    /// the place is evaluated.
    fn frame_temp(&mut self, size: u64, align: u64, init: Option<Expr>) -> Place {
        let slot = self.cx().alloc(size, align.max(1));
        let init = init.unwrap_or(Expr::Composite { size: size as u32, elems: Vec::new() });
        Place::Temp(Box::new(init), slot, ValRep::Mem(size as u32))
    }

    /// A frame object of `size` bytes, zeroed or initialised by `init`
    /// (evaluated into it); its address.
    pub(super) fn frame_object(&mut self, size: u64, align: u64, init: Option<Expr>) -> Expr {
        Expr::AddrOf(Box::new(self.frame_temp(size, align, init)))
    }

    /// A slice of a frame array of `n` elements of `es` bytes filled by
    /// `init`, `len` long (all of it when None).
    fn frame_slice(&mut self, es: u64, n: u64, init: Option<Expr>, len: Option<Expr>) -> Expr {
        let place = self.frame_temp(es * n, 8, init);
        Expr::SliceOf {
            base: SliceBase::Array(Box::new(place), n),
            lo: None,
            hi: len.map(Box::new),
            max: None,
            elem: es as u32,
        }
    }

    /// A slice literal's backing array in the frame.
    pub(super) fn frame_slice_lit(&mut self, es: u64, len: u64, elems: Vec<(u64, Expr, ValRep)>) -> Expr {
        let elems = elems.into_iter().map(|(o, x, r)| (o as u32, x, r)).collect();
        let init = Expr::Composite { size: (es * len) as u32, elems };
        self.frame_slice(es, len, Some(init), None)
    }

    /// A closure record in the frame: the function, then the captures.
    pub(super) fn frame_closure(&mut self, func: FuncId, size: u32, caps: Vec<(u32, Expr, ValRep)>) -> Expr {
        let mut elems = vec![(0, Expr::Const(func as u64), ValRep::Scalar(Kind::U64))];
        elems.extend(caps);
        self.frame_object(size as u64, 8, Some(Expr::Composite { size, elems }))
    }

    /// The closure of a function literal (or range-over-func body): a
    /// static funcval when it captures nothing; its record holds the
    /// captured variables' addresses, or copies of those captured by value.
    pub(super) fn make_closure(
        &mut self,
        site: Option<ExprId>,
        func: FuncId,
        captures: Vec<(ObjId, u32, bool)>,
        cap_size: u32,
    ) -> Expr {
        if captures.is_empty() {
            return Expr::FuncValue(self.funcval(func));
        }
        let caps: Vec<(u32, Expr, ValRep)> = captures
            .iter()
            .map(|&(o, off, byval)| {
                let p = self.var_place(o);
                if byval {
                    let t = self.obj_ty(o);
                    let r = self.rep(t);
                    (off, self.load(p, t), r)
                } else {
                    (off, Expr::AddrOf(Box::new(p)), ValRep::Scalar(Kind::U64))
                }
            })
            .collect();
        let size = cap_size.div_ceil(8) * 8;
        if let Some(id) = site
            && self.stack_site(id, SiteKind::Closure, size as u64)
        {
            return self.frame_closure(func, size, caps);
        }
        Expr::Closure { func, size, captures: caps }
    }

    /// `make([]T, len[, cap])` that does not escape and whose size is a
    /// constant (`n`, possibly known through a variable's static value): an
    /// exact frame array. (gc's hybrid for run-time sizes, a 32-byte frame
    /// buffer when the capacity fits, is not modelled: such a `make` stays
    /// on the heap.)
    pub(super) fn frame_make_slice(&mut self, mut mk: Expr, es: u64, len: Option<u64>, cap: Option<u64>) -> Expr {
        let (Some(n), Some(c)) = (len, cap.or(len)) else {
            // A size known only at run time: gc's 32-byte buffer, chosen
            // when `cap <= 32/elemsize`.
            if let Expr::MakeSlice { buf, .. } = &mut mk
                && es > 0
                && es <= VARIABLE_MAKE_THRESHOLD
            {
                let slot = self.cx.last_mut().unwrap().alloc(VARIABLE_MAKE_THRESHOLD, 8);
                *buf = Some(slot);
            }
            return mk;
        };
        if es == 0 || n > c || c * es > MAX_IMPLICIT {
            return mk;
        }
        self.frame_slice(es, c, None, (n != c).then_some(Expr::Const(n)))
    }

    /// `[]byte("const")` that does not escape: the bytes copied into a
    /// frame array of their length.
    pub(super) fn frame_const_bytes(&mut self, bytes: &[u8]) -> Expr {
        let n = bytes.len() as u64;
        let data = self.mem.add_rodata(bytes);
        self.frame_slice(1, n, Some(Expr::ConstMem(data, n as u32)), None)
    }

    /// The data word of a boxed value kept in the frame (gc's stack
    /// temporary for a conversion to an interface that does not escape).
    pub(super) fn frame_box(&mut self, x: Expr, from: TypeId) -> Option<Expr> {
        let (size, align) = self.p.layout(from);
        if size == 0 || size > MAX_IMPLICIT {
            return None;
        }
        let slot = self.cx().alloc(size, align);
        Some(Expr::AddrOf(Box::new(Place::Temp(Box::new(x), slot, self.rep(from)))))
    }

    /// The data word of a constant boxed into an interface: its bytes in
    /// read-only data (gc's static for constant interface values).
    pub(super) fn rodata_box(&mut self, x: &Expr, from: TypeId) -> Option<Expr> {
        let (size, _) = self.p.layout(from);
        match x {
            Expr::Const(bits) if size > 0 && size <= 8 => {
                let bytes = bits.to_le_bytes();
                Some(Expr::Const(self.mem.add_rodata_aligned(&bytes[..size as usize], 8)))
            }
            Expr::ConstMem(a, n) if *n as u64 == size => Some(Expr::Const(*a)),
            _ => None,
        }
    }
}
