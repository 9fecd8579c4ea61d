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
//! Every allocation, in the frame or on the heap, carries its reason (`Why`,
//! interned in the program's `whys`): escape analysis's verdict for the site
//! in gc's `-m` words (`&T{...} does not escape`, `moved to heap: x`), and
//! for a site that does not escape but is on the heap all the same, why
//! (`(on the heap: non-constant size)`); the library's allocations say
//! their package (`in package fmt`).
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
//! buffer. A map (`make` or literal) keeps its 48-byte header, and the
//! group of a map made with a hint of at most 8, in the frame
//! (`Expr::FrameMap`, gc's `walkMakeMap`); its growth is on the heap.
//! Appends into a slice escape analysis says escapes, but which gc's
//! `move2heap` pass moves to the heap only where it escapes
//! (`escape/move2heap.rs`), use the frame buffer too (`lower_call.rs`).
//! Simplifications: conversions to or from `[]rune` stay on the heap even
//! when they do not escape. A `make` whose size is
//! known only at run time gets gc's 32-byte frame buffer, used when the
//! capacity fits (`cap <= 32/elemsize`), else `mallocgc`.

use super::lower::Lowerer;
use super::*;
use crate::escape::SiteKind;
use crate::syntax::ast::ExprId;
use crate::types::sizes::round_up;
use crate::types::typ::ObjId;

/// Why a `make` of a run-time size is not a frame array.
pub(super) const NON_CONSTANT: &str = "non-constant size";

/// What an allocation site is, for sites escape analysis gave no verdict
/// (package initialisers, range-over-func bodies).
fn noun(kind: SiteKind) -> &'static str {
    match kind {
        SiteKind::New => "new(T)",
        SiteKind::PtrLit => "&T{...}",
        SiteKind::SliceLit => "slice literal",
        SiteKind::Variadic => "... argument",
        SiteKind::MapLit => "map literal",
        SiteKind::MakeSlice => "make([]T)",
        SiteKind::MakeMap => "make(map)",
        SiteKind::Closure => "func literal",
        SiteKind::MethodValue => "method value",
        SiteKind::Iface => "interface conversion",
        SiteKind::Str2Bytes => "[]byte(string)",
        SiteKind::Bytes2Str => "string([]byte)",
        SiteKind::Str2Runes => "[]rune(string)",
        SiteKind::Runes2Str => "string([]rune)",
        SiteKind::RuneStr => "string(rune)",
        SiteKind::AddStr => "string concatenation",
        SiteKind::Append => "append",
    }
}

/// The largest object placed in a frame: gc's
/// `ir.MaxImplicitStackVarSize` (64 KiB).
pub(super) const MAX_IMPLICIT: u64 = 64 << 10;
/// gc's `ir.MaxStackVarSize`: larger variables are always on the heap.
pub(super) const MAX_STACK_VAR: u64 = 128 * 1024;
/// Why sites that do not escape are on the heap all the same (the model's
/// simplifications, see the header).
pub(super) const STRINGS: &str = "gosub keeps strings on the heap";
pub(super) const MAPS: &str = "in a go or defer statement";
/// gc's `print` takes its operands as they are; gosub's boxes them.
pub(super) const PRINT: &str = "print's operand boxed (gosub's print takes interfaces)";

impl Lowerer<'_> {
    /// Whether allocation site `(id, kind)` of `size` bytes may be in the
    /// frame.
    /// A map (`make` or literal) that does not escape keeps its header and
    /// small group in the frame, as gc's `walkMakeMap` does.
    pub(super) fn frame_map(&mut self, id: ExprId, kind: SiteKind, x: Expr) -> Expr {
        let size = match &x {
            Expr::MakeMap { map, .. } | Expr::MapLit { map, .. } => {
                let slot = round_up(map.key_size as u64, map.elem_align.max(1) as u64) + map.elem_size as u64;
                let slot = round_up(slot, map.key_align.max(map.elem_align).max(1) as u64);
                crate::runtime::map::MAP_HEADER_SIZE + 8 + crate::runtime::map::GROUP_SLOTS * slot
            }
            _ => return x,
        };
        if !self.stack_site(id, kind, crate::runtime::map::MAP_HEADER_SIZE) {
            return x;
        }
        let why = self.frame_why(id, kind);
        // Two stack objects, as gc's two temporaries: once the map has
        // grown, its header no longer points at the group, whose stale
        // entries then keep nothing alive. Only `dirPtr` is a pointer.
        let header = crate::runtime::map::MAP_HEADER_SIZE;
        let off = self.cx().alloc_object(header, 8, Ptrs::Mask(&[false, false, true]));
        let group = self.cx().alloc_object(size - header, 8, Ptrs::All);
        debug_assert_eq!(group as u64, off as u64 + header);
        Expr::FrameMap { off, why, map: Box::new(x) }
    }

    pub(super) fn stack_site(&self, id: ExprId, kind: SiteKind, size: u64) -> bool {
        self.no_stack == 0 && size > 0 && size <= MAX_IMPLICIT && self.esc.stack.contains(&(id, kind))
    }

    /// Interns an allocation reason.
    pub(super) fn why(&mut self, words: String) -> Why {
        if let Some(&w) = self.why_ids.get(&words) {
            return w;
        }
        let w = self.whys.len() as Why;
        self.why_ids.insert(words.clone(), w);
        self.whys.push(words);
        w
    }

    /// For the library's code (whose escape analysis is the conservative
    /// one, with no words): `in package fmt`.
    fn library_why(&mut self) -> Option<Why> {
        let func = self.cx().func as usize;
        let name = &self.funcs[func].name;
        let pkg = name.split('.').next().unwrap_or("");
        let words = match pkg {
            "main" => return None,
            "runtime" if name == "runtime.main" => "in a package-level variable's initialiser".to_string(),
            _ => format!("in package {pkg}"),
        };
        Some(self.why(words))
    }

    /// A reason in the lowering's own words (`text`), or the library's.
    pub(super) fn plain_why(&mut self, text: &str) -> Why {
        match self.library_why() {
            Some(w) => w,
            None => self.why(text.to_string()),
        }
    }

    /// The reason of site `(id, kind)` kept in the frame: its verdict.
    pub(super) fn frame_why(&mut self, id: ExprId, kind: SiteKind) -> Why {
        let words = self.esc.site_words.get(&(id, kind)).cloned();
        self.why(words.unwrap_or_else(|| format!("{} does not escape", noun(kind))))
    }

    /// The reason of a heap allocation for site `(id, kind)` of `size`
    /// bytes: the verdict, and for a site that does not escape, why it is
    /// on the heap anyway (`because`, unless the size or a go/defer
    /// statement decided).
    pub(super) fn heap_why(&mut self, id: Option<ExprId>, kind: SiteKind, size: u64, because: &str) -> Why {
        if let Some(w) = self.library_why() {
            return w;
        }
        let words = id.and_then(|id| self.esc.site_words.get(&(id, kind)).cloned());
        let text = match words {
            Some(w) if w.ends_with("does not escape") => {
                let because = if self.no_stack > 0 {
                    "in a go or defer statement"
                } else if size > MAX_IMPLICIT {
                    "too large for stack"
                } else {
                    because
                };
                format!("{w} (on the heap: {because})")
            }
            Some(w) => w,
            None => format!("{} (no escape verdict)", noun(kind)),
        };
        self.why(text)
    }

    /// The reason of variable `o`'s heap object: `moved to heap: x`.
    pub(super) fn var_why(&mut self, o: ObjId) -> Why {
        if let Some(w) = self.library_why() {
            return w;
        }
        let words = match self.esc.var_words.get(&o) {
            Some(w) => w.clone(),
            None => {
                let t = self.obj_ty(o);
                let big = self.p.size_of(t) > MAX_STACK_VAR;
                let name = &self.p.objs.get(o).name;
                format!("moved to heap: {name}{}", if big { " (too large for stack)" } else { "" })
            }
        };
        self.why(words)
    }

    /// A frame slot of `size` bytes that `init` (or zeroes) fills each time
    /// the place is evaluated; an allocation for reason `why`, its words
    /// holding pointers as `mask` says.
    fn frame_temp(&mut self, size: u64, align: u64, init: Option<Expr>, why: Why, mask: &[bool]) -> Place {
        let slot = self.cx().alloc_object(size, align.max(1), Ptrs::Mask(mask));
        let init = init.unwrap_or(Expr::Composite { size: size as u32, elems: Vec::new() });
        Place::Temp(Box::new(init), slot, ValRep::Mem(size as u32), why)
    }

    /// A frame object of `size` bytes, zeroed or initialised by `init`
    /// (evaluated into it); its address.
    pub(super) fn frame_object(&mut self, size: u64, align: u64, init: Option<Expr>, why: Why, mask: &[bool]) -> Expr {
        Expr::AddrOf(Box::new(self.frame_temp(size, align, init, why, mask)))
    }

    /// A slice of a frame array of `n` elements of `es` bytes (each with
    /// pointers as `elem` says) filled by `init`, `len` long (all of it
    /// when None).
    fn frame_slice(&mut self, es: u64, n: u64, init: Option<Expr>, len: Option<Expr>, why: Why, elem: &[bool]) -> Expr {
        let mask = super::ptrmap::repeat(elem, es, n);
        let place = self.frame_temp(es * n, 8, init, why, &mask);
        Expr::SliceOf {
            base: SliceBase::Array(Box::new(place), n),
            lo: None,
            hi: len.map(Box::new),
            max: None,
            elem: es as u32,
        }
    }

    /// A slice literal's backing array in the frame.
    pub(super) fn frame_slice_lit(
        &mut self,
        es: u64,
        len: u64,
        elems: Vec<(u64, Expr, ValRep)>,
        why: Why,
        elem: &[bool],
    ) -> Expr {
        let elems = elems.into_iter().map(|(o, x, r)| (o as u32, x, r)).collect();
        let init = Expr::Composite { size: (es * len) as u32, elems };
        self.frame_slice(es, len, Some(init), None, why, elem)
    }

    /// A closure record in the frame: the function (its index, not a
    /// pointer), then the captures, whose words hold pointers as `mask`
    /// says.
    pub(super) fn frame_closure(
        &mut self,
        func: FuncId,
        size: u32,
        caps: Vec<(u32, Expr, ValRep)>,
        why: Why,
        mask: &[bool],
    ) -> Expr {
        let mut elems = vec![(0, Expr::Const(func as u64), ValRep::Scalar(Kind::U64))];
        elems.extend(caps);
        self.frame_object(size as u64, 8, Some(Expr::Composite { size, elems }), why, mask)
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
        let size = cap_size.div_ceil(8) * 8;
        // The record's pointer words: addresses of variables captured by
        // reference, copies by their type.
        let mut mask = vec![false; size as usize / 8];
        let caps: Vec<(u32, Expr, ValRep)> = captures
            .iter()
            .map(|&(o, off, byval)| {
                let p = self.var_place(o);
                if byval {
                    let t = self.obj_ty(o);
                    let r = self.rep(t);
                    for (i, &ptr) in self.p.ptr_mask(t).iter().enumerate() {
                        if let Some(w) = mask.get_mut(off as usize / 8 + i) {
                            *w |= ptr;
                        }
                    }
                    (off, self.load(p, t), r)
                } else {
                    if let Some(w) = mask.get_mut(off as usize / 8) {
                        *w = true;
                    }
                    (off, Expr::AddrOf(Box::new(p)), ValRep::Scalar(Kind::U64))
                }
            })
            .collect();
        if let Some(id) = site
            && self.stack_site(id, SiteKind::Closure, size as u64)
        {
            let why = self.frame_why(id, SiteKind::Closure);
            return self.frame_closure(func, size, caps, why, &mask);
        }
        let why = self.heap_why(site, SiteKind::Closure, size as u64, "a closure of a go or defer statement");
        let layout = self.mem.heap.layouts.intern(&mask);
        Expr::Closure { func, size, captures: caps, layout, why }
    }

    /// `make([]T, len[, cap])` that does not escape and whose size is a
    /// constant (`n`, possibly known through a variable's static value): an
    /// exact frame array; else Err with why it stays on the heap (for a
    /// run-time size, `NON_CONSTANT`: the caller gives it gc's 32-byte
    /// buffer).
    pub(super) fn frame_make_slice(
        &mut self,
        es: u64,
        len: Option<u64>,
        cap: Option<u64>,
        why: Why,
        elem: &[bool],
    ) -> Result<Expr, &'static str> {
        let (Some(n), Some(c)) = (len, cap.or(len)) else { return Err(NON_CONSTANT) };
        if es == 0 || n > c {
            return Err("zero-sized element or len > cap");
        }
        if c * es > MAX_IMPLICIT {
            return Err("too large for stack");
        }
        Ok(self.frame_slice(es, c, None, (n != c).then_some(Expr::Const(n)), why, elem))
    }

    /// `[]byte("const")` that does not escape: the bytes copied into a
    /// frame array of their length.
    pub(super) fn frame_const_bytes(&mut self, bytes: &[u8], why: Why) -> Expr {
        let n = bytes.len() as u64;
        let data = self.mem.add_rodata(bytes);
        self.frame_slice(1, n, Some(Expr::ConstMem(data, n as u32)), None, why, &[])
    }

    /// The data word of a boxed value kept in the frame (gc's stack
    /// temporary for a conversion to an interface that does not escape).
    pub(super) fn frame_box(&mut self, x: Expr, from: TypeId, why: Why) -> Option<Expr> {
        let (size, align) = self.p.layout(from);
        if size == 0 || size > MAX_IMPLICIT {
            return None;
        }
        let mask = self.p.ptr_mask(from);
        let slot = self.cx().alloc_object(size, align, Ptrs::Mask(&mask));
        Some(Expr::AddrOf(Box::new(Place::Temp(Box::new(x), slot, self.rep(from), why))))
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
