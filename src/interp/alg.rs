//! Equality and hashing of values in memory by type (`runtime/alg.go`),
//! maps' environment, and interface assertions (`runtime/iface.go`).
//!
//! Equality follows the spec: floats by IEEE (NaN ≠ NaN, -0 = +0),
//! strings by bytes, structs field by field (padding ignored), arrays
//! element by element, interfaces by dynamic type then value, panicking
//! with `comparing uncomparable type` when the dynamic type is a slice,
//! map or func. Hashing agrees with equality (-0 and +0 hash alike, NaN
//! hashes randomly) and fails with `hash of unhashable type` likewise.
//! The hash function is wyhash-style mixing seeded per map, standing for
//! Go's AES/memhash.

use super::{Machine, R};
use crate::ir::{AssertTarget, KeyAlg, MapInfo};
use crate::runtime::map::{self, MapEnv};
use crate::runtime::panic::{Fault, Unwind};
use crate::runtime::types::type_of_word;
use crate::types::typ::{Basic, Type, TypeId};

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let t = (a as u128).wrapping_mul((b ^ 0xe703_7ed1_a0b4_28db) as u128);
    ((t >> 64) as u64) ^ (t as u64)
}

/// `hash_bytes` of a word's 8 little-endian bytes, without the slice.
#[inline]
pub fn hash_word(w: u64, seed: u64) -> u64 {
    mix(mix(seed ^ 0xa076_1d64_78bd_642f ^ 8, w), 0x5899_65cc_7537_4cc3)
}

pub fn hash_bytes(b: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ 0xa076_1d64_78bd_642f ^ (b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap()));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(w) ^ 0x8bb8_4b93_962e_acc9);
    }
    mix(h, 0x5899_65cc_7537_4cc3)
}

impl Machine<'_> {
    pub fn is_empty_iface(&self, t: TypeId) -> bool {
        self.checked.type_set(t).methods.is_empty()
    }

    /// `a == b` for values of type `t` at two addresses.
    pub fn equal(&mut self, t: TypeId, a: u64, b: u64) -> R<bool> {
        match self.checked.types.under_type(t).clone() {
            Type::Basic(bk) => {
                let k = bk.kind();
                if k.is_string() {
                    let (x, y) = (self.string_at(a), self.string_at(b));
                    return Ok(x == y);
                }
                if k.is_float() || k.is_complex() {
                    let (n, f32s) = match k {
                        Basic::Float32 => (1, true),
                        Basic::Complex64 => (2, true),
                        Basic::Complex128 => (2, false),
                        _ => (1, false),
                    };
                    for i in 0..n {
                        let (x, y) = if f32s {
                            let x = f32::from_bits(self.mem.load(a + 4 * i, 4).unwrap_or(0) as u32) as f64;
                            (x, f32::from_bits(self.mem.load(b + 4 * i, 4).unwrap_or(0) as u32) as f64)
                        } else {
                            (f64::from_bits(self.ld64(a + 8 * i)?), f64::from_bits(self.ld64(b + 8 * i)?))
                        };
                        if x != y {
                            return Ok(false);
                        }
                    }
                    return Ok(true);
                }
                let n = self.checked.size_of(t);
                Ok(self.mem.bytes(a, n) == self.mem.bytes(b, n))
            }
            Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Signature(_) => {
                Ok(self.ld64(a)? == self.ld64(b)?)
            }
            Type::Struct(fs) => {
                let offs = self.checked.offsets_of(t);
                for (f, off) in fs.iter().zip(offs) {
                    if f.name == "_" {
                        continue;
                    }
                    if !self.equal(f.ty, a + off, b + off)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Type::Array(n, el) => {
                let es = self.checked.size_of(el);
                for i in 0..n {
                    if !self.equal(el, a + i * es, b + i * es)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Type::Interface(_) => {
                let empty = self.checked.type_set(t).methods.is_empty();
                let (ta, tb) = (self.ld64(a)?, self.ld64(b)?);
                let (da, db) = (self.ld64(a + 8)?, self.ld64(b + 8)?);
                if ta == 0 || tb == 0 {
                    return Ok(ta == tb);
                }
                let dyn_a = type_of_word(&self.mem, ta, !empty).unwrap_or_default();
                let dyn_b = type_of_word(&self.mem, tb, !empty).unwrap_or_default();
                if dyn_a != dyn_b {
                    return Ok(false);
                }
                if !self.checked.comparable(dyn_a) {
                    let name = crate::runtime::types::rtype_string(&self.checked, dyn_a);
                    return Err(self.fault(Fault::Uncomparable(name)));
                }
                if self.rtypes.is_direct(&self.checked, dyn_a) {
                    return Ok(da == db);
                }
                self.equal(dyn_a, da, db)
            }
            _ => Ok(false),
        }
    }

    pub fn hash(&mut self, t: TypeId, a: u64, seed: u64) -> R<u64> {
        match self.checked.types.under_type(t).clone() {
            Type::Basic(bk) => {
                let k = bk.kind();
                if k.is_string() {
                    let s = self.string_at(a);
                    return Ok(hash_bytes(&s, seed));
                }
                if k.is_float() || k.is_complex() {
                    let n = self.checked.size_of(t);
                    let w = if k == Basic::Float32 || k == Basic::Complex64 { 4 } else { 8 };
                    let mut h = seed;
                    for i in 0..n / w {
                        let v = self.mem.load(a + i * w, w).unwrap_or(0);
                        let f = if w == 4 { f32::from_bits(v as u32) as f64 } else { f64::from_bits(v) };
                        let bits = if f == 0.0 {
                            0
                        } else if f.is_nan() {
                            self.rng.next_u64()
                        } else {
                            f.to_bits()
                        };
                        h = mix(h ^ bits, 0x1d8e_4e27_c47d_124f);
                    }
                    return Ok(h);
                }
                let n = self.checked.size_of(t);
                Ok(hash_bytes(self.mem.bytes(a, n).unwrap_or(&[]), seed))
            }
            Type::Pointer(_) | Type::Chan(..) => Ok(hash_word(self.ld64(a)?, seed)),
            Type::Struct(fs) => {
                let offs = self.checked.offsets_of(t);
                let mut h = seed;
                for (f, off) in fs.iter().zip(offs) {
                    if f.name == "_" {
                        continue;
                    }
                    h = self.hash(f.ty, a + off, h)?;
                }
                Ok(h)
            }
            Type::Array(n, el) => {
                let es = self.checked.size_of(el);
                let mut h = seed;
                for i in 0..n {
                    h = self.hash(el, a + i * es, h)?;
                }
                Ok(h)
            }
            Type::Interface(_) => {
                let empty = self.checked.type_set(t).methods.is_empty();
                let tw = self.ld64(a)?;
                if tw == 0 {
                    return Ok(mix(seed, 0));
                }
                let dt = type_of_word(&self.mem, tw, !empty).unwrap_or_default();
                if !self.checked.comparable(dt) {
                    let name = crate::runtime::types::rtype_string(&self.checked, dt);
                    return Err(self.fault(Fault::Unhashable(name)));
                }
                let data = self.ld64(a + 8)?;
                let h = mix(seed, dt.0 as u64);
                if self.rtypes.is_direct(&self.checked, dt) {
                    return Ok(hash_word(data, h));
                }
                self.hash(dt, data, h)
            }
            _ => {
                let name = crate::runtime::types::rtype_string(&self.checked, t);
                Err(self.fault(Fault::Unhashable(name)))
            }
        }
    }

    pub fn makemap(&mut self, map: &MapInfo, hint: u64) -> u64 {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::makemap(&mut env, &map.layout, hint)
    }

    /// The size of a group of `map`'s type.
    pub fn map_group_size(&self, map: &MapInfo) -> u64 {
        map.layout.group_size()
    }

    /// `makemap` into the frame memory at `at` (header, then a group).
    pub fn makemap_at(&mut self, map: &MapInfo, hint: u64, at: u64) -> u64 {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::makemap_at(&mut env, &map.layout, hint, at, at + map::MAP_HEADER_SIZE)
    }

    pub fn mapassign(&mut self, map: &MapInfo, m: u64, k: u64) -> R<Option<u64>> {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::assign(&mut env, &map.layout, m, k)
    }

    pub fn mapaccess(&mut self, map: &MapInfo, m: u64, k: u64) -> R<Option<u64>> {
        if m == 0 {
            // A nil map: lookups still hash the key (and may panic).
            self.hash(map.key, k, 0)?;
            return Ok(None);
        }
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::access(&mut env, &map.layout, m, k)
    }

    pub fn mapdelete(&mut self, map: &MapInfo, m: u64, k: u64) -> R<()> {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::delete(&mut env, &map.layout, m, k)
    }

    pub fn mapclear(&mut self, map: &MapInfo, m: u64) {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::clear(&mut env, &map.layout, m)
    }

    pub fn map_iter_init(&mut self, map: &MapInfo, m: u64, it: u64) {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::iter_init(&mut env, &map.layout, m, it)
    }

    pub fn map_iter_next(&mut self, map: &MapInfo, it: u64) -> R<Option<(u64, u64)>> {
        let mut env = Env { m: self, key: map.key, alg: map.alg, groups: map.groups };
        map::iter_next(&mut env, &map.layout, it)
    }

    /// Whether the interface with type word `tab` holds `target`: the word
    /// to store for the result (type word or itab), or None.
    pub fn type_matches(&mut self, tab: u64, target: &AssertTarget, from_empty: bool) -> R<Option<u64>> {
        if tab == 0 {
            return Ok(None);
        }
        match target {
            AssertTarget::Concrete { word, .. } => {
                let desc = if from_empty { tab } else { self.ld64(tab + 8)? };
                Ok((desc == *word).then_some(desc))
            }
            AssertTarget::Iface(it) => {
                let dt = type_of_word(&self.mem, tab, !from_empty).unwrap_or_default();
                if self.checked.type_set(*it).methods.is_empty() {
                    let desc = if from_empty { tab } else { self.ld64(tab + 8)? };
                    return Ok(Some(desc));
                }
                Ok(self.rtypes.getitab(&mut self.checked, &mut self.mem, *it, dt))
            }
        }
    }

    /// The `*runtime.TypeAssertionError` of a failed `x.(T)`.
    pub fn assert_fault(&mut self, tab: u64, target: &AssertTarget, from: TypeId) -> Box<Unwind> {
        let from_empty = self.is_empty_iface(from);
        let src = if from_empty && !self.checked.types.is_named(from) {
            "interface {}".to_string()
        } else {
            crate::runtime::types::rtype_string(&self.checked, from)
        };
        let want = match target {
            AssertTarget::Concrete { ty, .. } => *ty,
            AssertTarget::Iface(t) => *t,
        };
        let want_s = crate::runtime::types::rtype_string(&self.checked, want);
        if tab == 0 {
            return self.fault(Fault::TypeAssertion {
                iface: src,
                concrete: String::new(),
                asserted: want_s,
                missing: String::new(),
            });
        }
        let dt = type_of_word(&self.mem, tab, !from_empty).unwrap_or_default();
        let have = crate::runtime::types::rtype_string(&self.checked, dt);
        if let AssertTarget::Iface(it) = target {
            let have_ms = self.rtypes.methods.get(&dt).cloned().unwrap_or_default();
            let missing = self
                .checked
                .type_set(*it)
                .methods
                .iter()
                .find(|m| !have_ms.iter().any(|h| h.0 == m.name))
                .map(|m| m.name.clone())
                .unwrap_or_default();
            return self.fault(Fault::TypeAssertion { iface: src, concrete: have, asserted: want_s, missing });
        }
        self.fault(Fault::TypeAssertion { iface: src, concrete: have, asserted: want_s, missing: String::new() })
    }
}

struct Env<'a, 'p> {
    m: &'a mut Machine<'p>,
    key: TypeId,
    alg: KeyAlg,
    /// The map's groups layout (lowering's `MapInfo::groups`).
    groups: crate::runtime::mbitmap::Layout,
}

impl MapEnv for Env<'_, '_> {
    type Err = Box<Unwind>;
    fn mem(&mut self) -> &mut crate::runtime::memory::Memory {
        &mut self.m.mem
    }
    fn groups_layout(&self) -> crate::runtime::mbitmap::Layout {
        self.groups
    }
    fn alloc(&mut self, size: u64, layout: crate::runtime::mbitmap::Layout, why: crate::ir::Why) -> u64 {
        // Map tables are bounded by the entries put in them (each of which
        // the program computed), so they bypass the heap limit check.
        let a = self.m.mallocgc(size, layout);
        if why == crate::ir::why::NONE {
            return self.m.allocated(&a, size);
        }
        self.m.with_why(why, |m| m.allocated(&a, size))
    }
    fn hash(&mut self, key: u64, seed: u64) -> Result<u64, Self::Err> {
        match self.alg {
            KeyAlg::Mem(8) if let Some(w) = self.m.mem.heap_load8(key) => Ok(hash_word(w, seed)),
            KeyAlg::Mem(n) => Ok(hash_bytes(self.m.mem.bytes(key, n as u64).unwrap_or(&[]), seed)),
            KeyAlg::String => {
                let p = self.m.mem.load(key, 8).unwrap_or(0);
                let n = self.m.mem.load(key + 8, 8).unwrap_or(0);
                Ok(hash_bytes(self.m.mem.bytes(p, n).unwrap_or(&[]), seed))
            }
            KeyAlg::Generic => self.m.hash(self.key, key, seed),
        }
    }
    fn equal(&mut self, a: u64, b: u64) -> Result<bool, Self::Err> {
        match self.alg {
            KeyAlg::Mem(8) if let (Some(x), Some(y)) = (self.m.mem.heap_load8(a), self.m.mem.heap_load8(b)) => {
                Ok(x == y)
            }
            KeyAlg::Mem(n) => Ok(self.m.mem.bytes(a, n as u64) == self.m.mem.bytes(b, n as u64)),
            KeyAlg::String => {
                let (pa, na) = (self.m.mem.load(a, 8).unwrap_or(0), self.m.mem.load(a + 8, 8).unwrap_or(0));
                let (pb, nb) = (self.m.mem.load(b, 8).unwrap_or(0), self.m.mem.load(b + 8, 8).unwrap_or(0));
                Ok(na == nb && (pa == pb || self.m.mem.bytes(pa, na) == self.m.mem.bytes(pb, nb)))
            }
            KeyAlg::Generic => {
                let t = self.key;
                self.m.equal(t, a, b)
            }
        }
    }
    fn rand(&mut self) -> u64 {
        self.m.rng.next_u64()
    }
    fn bitwise_keys(&self) -> bool {
        matches!(self.alg, KeyAlg::Mem(_))
    }
}

impl Machine<'_> {
    /// The map layout of a map type known only at run time (fmt).
    pub fn map_info_of(&self, mt: TypeId) -> Option<MapInfo> {
        let Type::Map(..) = self.checked.types.under_type(mt) else { return None };
        // fmt only reads the map: it never allocates groups with this.
        let groups = crate::runtime::mbitmap::Layout::CONSERVATIVE;
        Some(MapInfo::new(&self.checked, mt, groups, |t| crate::ir::ValRep::Mem(self.checked.size_of(t) as u32)))
    }

    /// Every (key address, elem address) of a map, in iteration order.
    pub fn map_entries(&mut self, mt: TypeId, m: u64) -> R<Vec<(u64, u64)>> {
        let Some(info) = self.map_info_of(mt) else { return Ok(Vec::new()) };
        if m == 0 {
            return Ok(Vec::new());
        }
        let it = self.reserve_scratch(map::HITER_SIZE)?;
        self.map_iter_init(&info, m, it);
        let mut out = Vec::new();
        while let Some(e) = self.map_iter_next(&info, it)? {
            out.push(e);
        }
        self.release_scratch(it);
        Ok(out)
    }

    /// A map's entries without iterating it (`map::entries`): for views
    /// that must not change the program's state.
    pub fn map_entries_snapshot(&self, mt: TypeId, m: u64) -> Vec<(u64, u64)> {
        match self.map_info_of(mt) {
            Some(info) if m != 0 => map::entries(&self.mem, &info.layout, m),
            _ => Vec::new(),
        }
    }

    /// `internal/fmtsort`'s order of map keys.
    pub fn fmtsort_compare(&mut self, t: TypeId, a: u64, b: u64) -> R<std::cmp::Ordering> {
        use std::cmp::Ordering;
        Ok(match self.checked.types.under_type(t).clone() {
            Type::Basic(bk) => {
                let k = bk.kind();
                if k.is_string() {
                    self.string_at(a).cmp(&self.string_at(b))
                } else if k.is_float() {
                    let (x, y) = if k == Basic::Float32 {
                        let f = |v: u64| f32::from_bits(v as u32) as f64;
                        (f(self.mem.load(a, 4).unwrap_or(0)), f(self.mem.load(b, 4).unwrap_or(0)))
                    } else {
                        (f64::from_bits(self.ld64(a)?), f64::from_bits(self.ld64(b)?))
                    };
                    match (x.is_nan(), y.is_nan()) {
                        (true, true) => Ordering::Equal,
                        (true, false) => Ordering::Less,
                        (false, true) => Ordering::Greater,
                        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                    }
                } else {
                    let size = self.checked.size_of(t);
                    let (x, y) = (self.mem.load(a, size).unwrap_or(0), self.mem.load(b, size).unwrap_or(0));
                    if k.is_unsigned() || k == Basic::Bool {
                        x.cmp(&y)
                    } else {
                        let sh = 64 - size * 8;
                        (((x << sh) as i64) >> sh).cmp(&(((y << sh) as i64) >> sh))
                    }
                }
            }
            Type::Pointer(_) | Type::Chan(..) => self.ld64(a)?.cmp(&self.ld64(b)?),
            Type::Struct(fs) => {
                let offs = self.checked.offsets_of(t);
                for (f, off) in fs.iter().zip(offs) {
                    let c = self.fmtsort_compare(f.ty, a + off, b + off)?;
                    if c != Ordering::Equal {
                        return Ok(c);
                    }
                }
                Ordering::Equal
            }
            Type::Array(n, el) => {
                let es = self.checked.size_of(el);
                for i in 0..n {
                    let c = self.fmtsort_compare(el, a + i * es, b + i * es)?;
                    if c != Ordering::Equal {
                        return Ok(c);
                    }
                }
                Ordering::Equal
            }
            Type::Interface(_) => {
                let (ta, tb) = (self.ld64(a)?, self.ld64(b)?);
                if ta == 0 || tb == 0 {
                    return Ok(ta.cmp(&tb));
                }
                let empty = self.is_empty_iface(t);
                let (da, db) = (
                    type_of_word(&self.mem, ta, !empty).unwrap_or_default(),
                    type_of_word(&self.mem, tb, !empty).unwrap_or_default(),
                );
                if da != db {
                    return Ok(ta.cmp(&tb));
                }
                let direct = self.rtypes.is_direct(&self.checked, da);
                let (pa, pb) = if direct { (a + 8, b + 8) } else { (self.ld64(a + 8)?, self.ld64(b + 8)?) };
                self.fmtsort_compare(da, pa, pb)?
            }
            _ => Ordering::Equal,
        })
    }
}
