//! Type descriptors and itabs (`internal/abi/type.go`, `runtime/iface.go`).
//!
//! A descriptor is Go's 48-byte `abi.Type` in read-only data: Size_,
//! PtrBytes, Hash, TFlag, Align_, FieldAlign_, Kind_ (with
//! KindDirectIface), Equal, GCData, Str, PtrToThis. The type word of an
//! `any` is its address. An itab (`abi.ITab`: Inter, Type, Hash, Fun[...])
//! is the type word of a non-empty interface; `Fun[i]` is the i-th method
//! (sorted by name) of the dynamic type: its function index. Every itab
//! method takes the data word as its receiver (value methods of types
//! that are not pointer-shaped are reached through gc's `(*T).M` wrappers).
//!
//! Simplifications: the `Str` field holds gosub's type index instead of a
//! name offset (the name comes from the checker's type table); `Equal` and
//! `GCData` are zero, comparison and scanning use the checker's type
//! instead. Itabs are cached by (interface, type) as in `itabTable`, and
//! built at run time only for dynamic conversions (type assertions to an
//! interface), from the method tables lowering records.

use super::memory::Memory;
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::types::Program;
use crate::types::typ::{Basic, Type, TypeId};

pub const TYPE_SIZE: u64 = 48;
/// Offset of the gosub type index in a descriptor.
pub const TYPE_ID_OFF: u64 = 40;
pub const ITAB_FUN_OFF: u64 = 24;
pub const KIND_DIRECT_IFACE: u8 = 1 << 5;

#[derive(Default)]
pub struct TypeTable {
    by_type: HashMap<TypeId, u64>,
    itabs: HashMap<(TypeId, TypeId), Option<u64>>,
    /// Method sets of concrete types: name, function index, value receiver.
    pub methods: HashMap<TypeId, Vec<(String, u32, bool)>>,
    pub methods_done: HashSet<TypeId>,
    /// Signatures of those methods (receiver excluded).
    pub sigs: HashMap<(TypeId, String), TypeId>,
}

/// Go's `abi.Kind` numbering.
pub fn abi_kind(p: &Program, t: TypeId) -> u8 {
    match p.types.under_type(t) {
        Type::Basic(b) => match b.kind() {
            Basic::Bool | Basic::UntypedBool => 1,
            Basic::Int | Basic::UntypedInt => 2,
            Basic::Int8 => 3,
            Basic::Int16 => 4,
            Basic::Int32 | Basic::UntypedRune => 5,
            Basic::Int64 => 6,
            Basic::Uint => 7,
            Basic::Uint8 => 8,
            Basic::Uint16 => 9,
            Basic::Uint32 => 10,
            Basic::Uint64 => 11,
            Basic::Uintptr => 12,
            Basic::Float32 => 13,
            Basic::Float64 | Basic::UntypedFloat => 14,
            Basic::Complex64 => 15,
            Basic::Complex128 => 16,
            Basic::String | Basic::UntypedString => 24,
            Basic::UnsafePointer => 26,
            _ => 0,
        },
        Type::Array(..) => 17,
        Type::Chan(..) => 18,
        Type::Signature(_) => 19,
        Type::Interface(_) => 20,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}

impl TypeTable {
    /// Values of pointer shape are stored in the interface's data word
    /// itself (`KindDirectIface`).
    pub fn is_direct(&self, p: &Program, t: TypeId) -> bool {
        match p.types.under_type(t) {
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => true,
            Type::Basic(b) => b.kind() == Basic::UnsafePointer,
            Type::Struct(fs) => fs.len() == 1 && self.is_direct(p, fs[0].ty),
            Type::Array(1, e) => self.is_direct(p, *e),
            _ => false,
        }
    }

    /// The descriptor of `t` (made on first use).
    pub fn descriptor(&mut self, p: &mut Program, mem: &mut Memory, t: TypeId) -> u64 {
        if let Some(&a) = self.by_type.get(&t) {
            return a;
        }
        // byte and rune are aliases: *rune and *int32 are one type, with one
        // descriptor (one type word for assertions and comparisons).
        // Identical types share one, so whichever is found is the same.
        if let Some(a) = self.by_type.iter().find(|(k, _)| p.identical(**k, t)).map(|(_, a)| *a) {
            self.by_type.insert(t, a);
            return a;
        }
        let (size, align) = p.layout(t);
        let mut b = vec![0u8; TYPE_SIZE as usize];
        b[0..8].copy_from_slice(&size.to_le_bytes());
        b[8..16].copy_from_slice(&p.ptr_bytes(t).to_le_bytes());
        b[16..20].copy_from_slice(&type_hash(&p.type_string(t)).to_le_bytes());
        b[21] = align as u8;
        b[22] = align as u8;
        b[23] = abi_kind(p, t) | if self.is_direct(p, t) { KIND_DIRECT_IFACE } else { 0 };
        b[40..44].copy_from_slice(&t.0.to_le_bytes());
        let a = mem.add_rodata_aligned(&b, 8);
        self.by_type.insert(t, a);
        a
    }

    pub fn add_method(&mut self, t: TypeId, name: String, sig: TypeId, func: u32, value_recv: bool) {
        self.sigs.insert((t, name.clone()), sig);
        let v = self.methods.entry(t).or_default();
        if !v.iter().any(|m| m.0 == name) {
            v.push((name, func, value_recv));
        }
    }

    /// The itab for concrete type `t` in interface `iface` at lowering time
    /// (the type is known to implement it).
    pub fn itab(&mut self, p: &mut Program, mem: &mut Memory, iface: TypeId, t: TypeId) -> u64 {
        self.getitab(p, mem, iface, t).unwrap_or(0)
    }

    /// `getitab`: None when `t` lacks a method of `iface`.
    pub fn getitab(&mut self, p: &mut Program, mem: &mut Memory, iface: TypeId, t: TypeId) -> Option<u64> {
        if let Some(&a) = self.itabs.get(&(iface, t)) {
            return a;
        }
        let inter = self.descriptor(p, mem, iface);
        let typ = self.descriptor(p, mem, t);
        let ms = p.type_set(iface).methods.clone();
        let table = self.methods.get(&t).cloned().unwrap_or_default();
        let mut funs = Vec::new();
        for m in &ms {
            let same_sig =
                |x: &(String, u32, bool)| self.sigs.get(&(t, x.0.clone())).is_some_and(|&s| p.identical(s, m.sig));
            let Some(&(_, f, _)) = table.iter().find(|x| x.0 == m.name && same_sig(x)) else {
                self.itabs.insert((iface, t), None);
                return None;
            };
            funs.push(f as u64);
        }
        let mut b = Vec::with_capacity(24 + 8 * funs.len());
        b.extend_from_slice(&inter.to_le_bytes());
        b.extend_from_slice(&typ.to_le_bytes());
        b.extend_from_slice(&(type_hash(&p.type_string(t)) as u64).to_le_bytes());
        for f in funs {
            b.extend_from_slice(&f.to_le_bytes());
        }
        let a = mem.add_rodata_aligned(&b, 8);
        self.itabs.insert((iface, t), Some(a));
        Some(a)
    }
}

impl TypeTable {
    /// A method `name() string` of `t` (fmt's Error and String): its
    /// function and whether the receiver is a value.
    pub fn string_method(&self, p: &Program, t: TypeId, name: &str) -> Option<(u32, bool)> {
        let &(_, f, value_recv) = self.methods.get(&t)?.iter().find(|m| m.0 == name)?;
        let sig = *self.sigs.get(&(t, name.to_string()))?;
        let s = p.types.signature(sig)?;
        let ok = s.params.is_empty()
            && s.results.len() == 1
            && matches!(p.types.under_type(s.results[0].ty), Type::Basic(b) if b.kind().is_string());
        ok.then_some((f, value_recv))
    }
}

/// FNV-1a of the type's string (stands for gc's type hash).
pub fn type_hash(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The checker's type of a type word: a descriptor, or an itab (whose
/// second word is the descriptor).
pub fn type_of_word(mem: &Memory, word: u64, is_itab: bool) -> Option<TypeId> {
    let desc = if is_itab { mem.load(word + 8, 8)? } else { word };
    Some(TypeId(mem.load(desc + TYPE_ID_OFF, 4)? as u32))
}

/// A type as the runtime and reflect print it (`%T`, panics): every
/// named type qualified by its package (`main.T`), `uint8` and `int32` for
/// byte and rune, `interface {}` and `struct { A int }` with spaces.
pub fn rtype_string(p: &Program, t: TypeId) -> String {
    let mut s = String::new();
    write_rtype(p, t, &mut s);
    s
}

fn write_rtype(p: &Program, t: TypeId, out: &mut String) {
    match p.types.get(t) {
        Type::Basic(b) => out.push_str(match b.kind() {
            Basic::Byte => "uint8",
            Basic::Rune => "int32",
            Basic::UnsafePointer => "unsafe.Pointer",
            k => k.name(),
        }),
        Type::Pointer(e) => {
            out.push('*');
            write_rtype(p, *e, out);
        }
        Type::Slice(e) => {
            out.push_str("[]");
            write_rtype(p, *e, out);
        }
        Type::Array(n, e) => {
            out.push_str(&format!("[{n}]"));
            write_rtype(p, *e, out);
        }
        Type::Map(k, v) => {
            out.push_str("map[");
            write_rtype(p, *k, out);
            out.push(']');
            write_rtype(p, *v, out);
        }
        Type::Chan(dir, e) => {
            out.push_str(match dir {
                crate::types::typ::ChanDir::Both => "chan ",
                crate::types::typ::ChanDir::Send => "chan<- ",
                crate::types::typ::ChanDir::Recv => "<-chan ",
            });
            write_rtype(p, *e, out);
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                out.push_str("struct {}");
                return;
            }
            out.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_rtype(p, f.ty, out);
                if !f.tag.is_empty() {
                    out.push_str(&format!(" {:?}", f.tag));
                }
            }
            out.push_str(" }");
        }
        Type::Signature(sig) => {
            out.push_str("func(");
            for (i, a) in sig.params.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if sig.variadic && i == sig.params.len() - 1 {
                    out.push_str("...");
                    let el = match p.types.get(a.ty) {
                        Type::Slice(e) => *e,
                        _ => a.ty,
                    };
                    write_rtype(p, el, out);
                } else {
                    write_rtype(p, a.ty, out);
                }
            }
            out.push(')');
            match sig.results.len() {
                0 => {}
                1 => {
                    out.push(' ');
                    write_rtype(p, sig.results[0].ty, out);
                }
                _ => {
                    out.push_str(" (");
                    for (i, r) in sig.results.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write_rtype(p, r.ty, out);
                    }
                    out.push(')');
                }
            }
        }
        Type::Interface(_) => {
            let ms = p.type_set(t).methods.clone();
            if ms.is_empty() {
                out.push_str("interface {}");
                return;
            }
            out.push_str("interface { ");
            for (i, m) in ms.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(&m.name);
                let mut sig = String::new();
                write_rtype(p, m.sig, &mut sig);
                out.push_str(sig.strip_prefix("func").unwrap_or(&sig));
            }
            out.push_str(" }");
        }
        Type::Named(i) => {
            let info = &p.types.named[*i as usize];
            let obj = p.objs.get(info.obj);
            if let Some(pk) = obj.pkg {
                out.push_str(&p.pkgs[pk.0 as usize].name);
                out.push('.');
            }
            out.push_str(&obj.name);
            if let Some((_, args)) = &info.origin {
                out.push('[');
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_rtype(p, *a, out);
                }
                out.push(']');
            }
        }
        Type::Tuple(_) | Type::TypeParam(_) => out.push_str(&p.type_string(t)),
    }
}
