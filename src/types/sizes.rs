//! Sizes, alignments and field offsets as gc lays values out on amd64
//! (types2's `gcsizes.go`): int, uint, uintptr and pointers are 8 bytes;
//! string 16 (pointer, length); slice 24 (pointer, length, capacity);
//! interface 16 (type word, data word); map, chan and func values are one
//! pointer; structs are padded so every field is aligned and the size is a
//! multiple of the struct's alignment; a struct ending in a zero-size field
//! gets one byte of padding (so a pointer to that field stays inside it).
//!
//! Invariant: these are the numbers `unsafe.Sizeof`, `unsafe.Alignof` and
//! `unsafe.Offsetof` give under gc on amd64, which the runtime's modelled
//! memory uses for every value.

use super::Program;
use super::typ::*;

pub const PTR_SIZE: u64 = 8;

impl Program {
    pub fn size_of(&self, t: TypeId) -> u64 {
        self.layout(t).0
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        self.layout(t).1
    }

    /// (size, alignment)
    pub fn layout(&self, t: TypeId) -> (u64, u64) {
        match self.types.under_type(t) {
            Type::Basic(b) => match b.kind() {
                Basic::Bool | Basic::Int8 | Basic::Uint8 => (1, 1),
                Basic::Int16 | Basic::Uint16 => (2, 2),
                Basic::Int32 | Basic::Uint32 | Basic::Float32 => (4, 4),
                Basic::Complex64 => (8, 4),
                Basic::Complex128 => (16, 8),
                Basic::String => (16, 8),
                Basic::Invalid => (0, 1),
                _ => (8, 8),
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => (8, 8),
            Type::Slice(_) => (24, 8),
            Type::Interface(_) => (16, 8),
            Type::Array(n, e) => {
                let (s, a) = self.layout(*e);
                (s.saturating_mul(*n), a)
            }
            Type::Struct(fields) => {
                let (_, size, align) = self.struct_layout(fields);
                (size, align)
            }
            Type::Tuple(v) => {
                let mut off = 0;
                let mut align = 1;
                for &t in v {
                    let (s, a) = self.layout(t);
                    off = round_up(off, a) + s;
                    align = align.max(a);
                }
                (round_up(off, align), align)
            }
            Type::Named(_) | Type::TypeParam(_) => (8, 8),
        }
    }

    /// Field offsets, total size and alignment of a struct.
    pub fn struct_layout(&self, fields: &[Field]) -> (Vec<u64>, u64, u64) {
        let mut offsets = Vec::with_capacity(fields.len());
        let mut off = 0u64;
        let mut align = 1u64;
        let mut last_size = 1;
        for f in fields {
            let (s, a) = self.layout(f.ty);
            off = round_up(off, a);
            offsets.push(off);
            off += s;
            align = align.max(a);
            last_size = s;
        }
        // A final zero-size field gets padding, as gc does.
        if !fields.is_empty() && last_size == 0 && off > 0 {
            off += 1;
        }
        (offsets, round_up(off, align), align)
    }

    /// Field offsets of a struct type.
    /// Offsets of a tuple's values laid out like struct fields.
    pub fn offsets_of_tuple(&self, ts: &[TypeId]) -> Vec<u64> {
        let mut off = 0;
        ts.iter()
            .map(|&t| {
                let (size, align) = self.layout(t);
                off = round_up(off, align.max(1));
                let o = off;
                off += size;
                o
            })
            .collect()
    }

    pub fn offsets_of(&self, t: TypeId) -> Vec<u64> {
        match self.types.under_type(t) {
            Type::Struct(fields) => self.struct_layout(fields).0,
            _ => vec![],
        }
    }
}

impl Program {
    /// Which 8-byte words of a value of type `t` hold pointers (the GC's
    /// pointer mask, as gc's `_type.GCData`): pointers, maps, channels and
    /// funcs are one pointer word; a string's and a slice's first word is a
    /// pointer; both words of an interface are (type or itab, data).
    pub fn ptr_mask(&self, t: TypeId) -> Vec<bool> {
        let words = self.size_of(t).div_ceil(PTR_SIZE) as usize;
        let mut mask = vec![false; words];
        self.mark_ptrs(t, 0, &mut mask);
        mask
    }

    /// Bytes from the start of a value to the end of its last pointer word
    /// (gc's `PtrBytes`); 0 for pointer-free ("noscan") types.
    pub fn ptr_bytes(&self, t: TypeId) -> u64 {
        self.ptr_mask(t).iter().rposition(|&p| p).map_or(0, |i| (i as u64 + 1) * PTR_SIZE)
    }

    pub fn has_pointers(&self, t: TypeId) -> bool {
        self.ptr_bytes(t) > 0
    }

    fn mark_ptrs(&self, t: TypeId, off: u64, mask: &mut [bool]) {
        let mut set = |o: u64| {
            if let Some(w) = mask.get_mut((o / PTR_SIZE) as usize) {
                *w = true;
            }
        };
        match self.types.under_type(t) {
            Type::Basic(b) if b.kind() == Basic::String || b.kind() == Basic::UnsafePointer => set(off),
            Type::Basic(_) => {}
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) | Type::Slice(_) => set(off),
            Type::Interface(_) => {
                set(off);
                set(off + PTR_SIZE);
            }
            Type::Array(n, e) => {
                let es = self.size_of(*e);
                if es > 0 && self.ptr_bytes(*e) > 0 {
                    for i in 0..*n {
                        self.mark_ptrs(*e, off + i * es, mask);
                    }
                }
            }
            Type::Struct(fields) => {
                let offsets = self.struct_layout(fields).0;
                for (f, o) in fields.iter().zip(offsets) {
                    self.mark_ptrs(f.ty, off + o, mask);
                }
            }
            // A multi-valued call's results, laid out as a struct's fields.
            Type::Tuple(ts) => {
                for (&t, o) in ts.iter().zip(self.offsets_of_tuple(ts)) {
                    self.mark_ptrs(t, off + o, mask);
                }
            }
            _ => {}
        }
    }
}

pub fn round_up(x: u64, a: u64) -> u64 {
    if a <= 1 { x } else { x.div_ceil(a) * a }
}
