//! Go maps as Swiss tables in modelled memory (`internal/runtime/maps`:
//! `map.go`, `table.go`, `group.go`; `runtime/map_swiss.go`).
//!
//! A `map[K]V` value is the address of a 48-byte header (0 = nil map) of
//! u64 fields `used`, `seed`, `groups`, `ngroups`, `tombstones`, `clearSeq`.
//! `groups` is either one group and no table (`ngroups == 0`: Go's small
//! map, ≤ 8 entries, scanned whole; none until the first insert) or a
//! table's power-of-two groups array. A group is an 8-byte control word
//! (byte i: 0x80 empty, 0xFE deleted, else H2 = low 7 hash bits) and then
//! 8 key/elem slots (`KVKV…`, laid out as Go's group type). H1 = hash >> 7
//! picks the first group; probing is triangular over the groups and ends at
//! a group with an empty slot. The 9th entry turns a small map into a
//! 16-slot table; a table whose `used + tombstones` would exceed 7/8 of its
//! slots is rehashed into one of twice the size.
//!
//! Invariants: a non-full slot's bytes are zero (compound assignment reads
//! the fresh elem, go.dev/issue/25936); a table keeps `used + tombstones ≤
//! 7/8` of its slots, so every probe meets an empty slot; a group holding a
//! tombstone has no empty slot; a groups array is never moved, only
//! replaced by growth, so an iterator may keep walking an old one.
//!
//! Simplifications: one table per map — no directory, extendible hashing
//! or split at 1024 slots; a table always doubles, and `make(map, hint)`
//! sizes that one table to Go's total capacity (hint·8/7 rounded up to a
//! power of two). Keys and elems are always inline (Go makes those over
//! 128 B indirect). An update rewrites the stored key (Go only does for
//! floats, strings and interfaces — exactly the keys whose equal values can
//! differ in bits, so the result is the same) except for plain-memory keys
//! in a noscan groups array, where not even the write barrier could see the
//! write. No concurrent-write
//! detection (`writing`). The iterator captures the groups array at
//! `iter_init` (Go: at its first `Next`) and stops after a `clear` (Go
//! walks the cleared groups, producing entries added since or not; both are
//! allowed).

use super::mbitmap::Layout;
use super::memory::Memory;

/// `abi.MapGroupSlots`.
pub const GROUP_SLOTS: u64 = 8;
const CTRL_EMPTY: u8 = 0x80;
const CTRL_DELETED: u8 = 0xFE;
const CTRL_WORD_EMPTY: u64 = 0x8080_8080_8080_8080;
/// `maxAlloc` on amd64: hints needing more give an empty map, as in Go.
const MAX_ALLOC: u64 = 1 << 48;

/// Size of the map header (`maps.Map` is 48 B on amd64). Word 2 (`groups`)
/// is the only pointer.
pub const MAP_HEADER_SIZE: u64 = 48;
const USED: u64 = 0;
const SEED: u64 = 8;
const GROUPS: u64 = 16;
const NGROUPS: u64 = 24;
const TOMBSTONES: u64 = 32;
const CLEAR_SEQ: u64 = 40;

/// Size of the iterator state (Go's `maps.Iter`, kept in the frame). Words
/// 0–3 (key, elem, map, groups) are pointers; key is 0 at the end, as in Go.
pub const HITER_SIZE: u64 = 64;
const IT_KEY: u64 = 0;
const IT_ELEM: u64 = 8;
const IT_MAP: u64 = 16;
const IT_GROUPS: u64 = 24;
const IT_NGROUPS: u64 = 32;
const IT_OFFSET: u64 = 40;
const IT_IDX: u64 = 48;
const IT_CLEAR_SEQ: u64 = 56;

/// What the map code needs of `map[K]V` (Go's `abi.SwissMapType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapType {
    pub key_size: u64,
    pub key_align: u64,
    pub elem_size: u64,
    pub elem_align: u64,
    pub key_ptrs: bool,
    pub elem_ptrs: bool,
}

impl MapType {
    /// Offset of the elem in a slot (key at 0).
    pub fn elem_off(&self) -> u64 {
        align_up(self.key_size, self.elem_align)
    }

    pub fn slot_size(&self) -> u64 {
        align_up(self.elem_off() + self.elem_size, self.key_align.max(self.elem_align))
    }

    /// Control word plus 8 slots.
    pub fn group_size(&self) -> u64 {
        8 + GROUP_SLOTS * self.slot_size()
    }

    /// Groups arrays need no scanning when neither key nor elem has pointers.
    pub fn noscan(&self) -> bool {
        !self.key_ptrs && !self.elem_ptrs
    }

    fn key(&self, group: u64, i: u64) -> u64 {
        group + 8 + i * self.slot_size()
    }

    fn elem(&self, group: u64, i: u64) -> u64 {
        self.key(group, i) + self.elem_off()
    }
}

/// What the caller supplies: memory, allocation and the key type's
/// hash and equality (which may fail, e.g. for unhashable interface keys).
pub trait MapEnv {
    type Err;
    fn mem(&mut self) -> &mut Memory;
    /// Zeroed memory from mallocgc; returns its address.
    /// Zeroed memory for reason `why` (`ir::why`; `NONE`: the reason of
    /// the program's construct being evaluated).
    fn alloc(&mut self, size: u64, layout: Layout, why: crate::ir::Why) -> u64;
    /// The pointer layout of one group of this map's groups arrays
    /// (`mbitmap.rs`); scanned conservatively unless the caller knows it.
    fn groups_layout(&self) -> Layout {
        Layout::CONSERVATIVE
    }
    fn hash(&mut self, key_addr: u64, seed: u64) -> Result<u64, Self::Err>;
    fn equal(&mut self, a_addr: u64, b_addr: u64) -> Result<bool, Self::Err>;
    fn rand(&mut self) -> u64;
    /// Whether equal keys always have equal bits (integers, pointers:
    /// not floats, strings or interfaces).
    fn bitwise_keys(&self) -> bool {
        false
    }
}

/// `n` rounded up to `a`, a power of two (as every Go alignment is).
fn align_up(n: u64, a: u64) -> u64 {
    let m = a.max(1) - 1;
    (n + m) & !m
}

// Map memory is the runtime's own: an access outside memory is a model bug.
#[inline]
fn ld(mem: &Memory, addr: u64) -> u64 {
    mem.load(addr, 8).expect("map: address outside modelled memory")
}

#[inline]
fn st(mem: &mut Memory, addr: u64, v: u64) {
    mem.store(addr, 8, v).expect("map: address outside modelled memory")
}

/// The header's words but `clearSeq`, read at once.
#[derive(Clone, Copy)]
struct Header {
    used: u64,
    seed: u64,
    groups: u64,
    ngroups: u64,
    tombstones: u64,
}

#[inline]
fn header(mem: &Memory, m: u64) -> Header {
    let b = mem.bytes(m, TOMBSTONES + 8).expect("map: header outside modelled memory");
    let w = |off: u64| u64::from_le_bytes(b[off as usize..off as usize + 8].try_into().unwrap());
    Header { used: w(USED), seed: w(SEED), groups: w(GROUPS), ngroups: w(NGROUPS), tombstones: w(TOMBSTONES) }
}

fn ctrl(word: u64, i: u64) -> u8 {
    (word >> (8 * i)) as u8
}

const LSB: u64 = 0x0101_0101_0101_0101;
const MSB: u64 = 0x8080_8080_8080_8080;

/// The slots whose control byte is `c`, as a bitset with bit 8i+7 set for
/// slot i (`ctrlGroup.matchH2`, `matchEmpty`; exact, as with SSE).
#[inline]
fn match_ctrl(word: u64, c: u8) -> u64 {
    let v = word ^ (LSB * c as u64);
    !((v & !MSB).wrapping_add(!MSB) | v | !MSB)
}

/// The lowest slot of a non-empty bitset, and the bitset without it.
#[inline]
fn pop_slot(set: &mut u64) -> u64 {
    let i = (set.trailing_zeros() / 8) as u64;
    *set &= *set - 1;
    i
}

fn first(word: u64, c: u8) -> Option<u64> {
    let set = match_ctrl(word, c);
    (set != 0).then(|| (set.trailing_zeros() / 8) as u64)
}

fn set_ctrl(mem: &mut Memory, group: u64, i: u64, c: u8) {
    mem.store(group + i, 1, c as u64).expect("map: group outside modelled memory");
}

fn copy(mem: &mut Memory, dst: u64, src: u64, n: u64) {
    if n > 0 {
        mem.copy_plain(dst, src, n).expect("map: key or slot outside modelled memory");
    }
}

fn zero(mem: &mut Memory, addr: u64, n: u64) {
    if n > 0 {
        mem.bytes_mut(addr, n).expect("map: address outside modelled memory").fill(0);
    }
}

fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// Triangular probing over groups (`probeSeq`): with a power-of-two group
/// count it visits every group once. A small map is its one group.
struct Probe {
    mask: u64,
    off: u64,
    i: u64,
}

impl Probe {
    fn new(hash: u64, ngroups: u64) -> Probe {
        let mask = ngroups.max(1) - 1;
        Probe { mask, off: (hash >> 7) & mask, i: 0 }
    }
}

impl Iterator for Probe {
    type Item = u64;
    #[inline]
    fn next(&mut self) -> Option<u64> {
        let o = self.off;
        self.i += 1;
        self.off = (o + self.i) & self.mask;
        Some(o)
    }
}

fn probe(hash: u64, ngroups: u64) -> Probe {
    Probe::new(hash, ngroups)
}

fn new_groups<E: MapEnv>(env: &mut E, t: &MapType, n: u64, why: crate::ir::Why) -> u64 {
    let g = env.alloc(n * t.group_size(), if t.noscan() { Layout::NOSCAN } else { env.groups_layout() }, why);
    for i in 0..n {
        st(env.mem(), g + i * t.group_size(), CTRL_WORD_EMPTY);
    }
    g
}

/// `makemap`: a header with a fresh seed; a table only when `hint` > 8.
pub fn makemap<E: MapEnv>(env: &mut E, t: &MapType, hint: u64) -> u64 {
    let m = env.alloc(MAP_HEADER_SIZE, Layout::MAP_HEADER, crate::ir::why::NONE);
    let seed = env.rand();
    st(env.mem(), m + SEED, seed);
    if hint <= GROUP_SLOTS {
        return m;
    }
    let slots = hint.checked_mul(GROUP_SLOTS).and_then(|s| (s / 7).checked_next_power_of_two());
    // Go rejects hints whose slots × group size exceed maxAlloc.
    if let Some(s) = slots.filter(|s| s.checked_mul(t.group_size()).is_some_and(|b| b <= MAX_ALLOC)) {
        let g = new_groups(env, t, s / GROUP_SLOTS, crate::ir::why::MAKEMAP);
        st(env.mem(), m + GROUPS, g);
        st(env.mem(), m + NGROUPS, s / GROUP_SLOTS);
    }
    m
}

/// Every entry's (key address, elem address), in slot order, read without
/// an iterator: no random start is drawn and nothing is written, so a
/// debugger's view (which sorts the keys, as fmt does) leaves the program
/// as it was. Unreadable memory ends the walk.
pub fn entries(mem: &Memory, t: &MapType, m: u64) -> Vec<(u64, u64)> {
    let word = |a: u64| mem.load(a, 8);
    let mut out = Vec::new();
    if m == 0 {
        return out;
    }
    let (Some(groups), Some(n)) = (word(m + GROUPS), word(m + NGROUPS)) else { return out };
    if groups == 0 {
        return out;
    }
    for gi in 0..n.max(1) {
        let g = groups + gi * t.group_size();
        let Some(c) = word(g) else { break };
        for i in 0..GROUP_SLOTS {
            if ctrl(c, i) & CTRL_EMPTY == 0 {
                out.push((t.key(g, i), t.elem(g, i)));
            }
        }
    }
    out
}

pub fn len(mem: &Memory, m: u64) -> u64 {
    if m == 0 { 0 } else { ld(mem, m + USED) }
}

fn hash<E: MapEnv>(env: &mut E, m: u64, key: u64) -> Result<u64, E::Err> {
    let seed = ld(env.mem(), m + SEED);
    env.hash(key, seed)
}

/// The group and slot holding `key` (`getWithKey`, `getWithKeySmall`).
fn find<E: MapEnv>(env: &mut E, t: &MapType, m: u64, hash: u64, key: u64) -> Result<Option<(u64, u64)>, E::Err> {
    let (groups, n) = (ld(env.mem(), m + GROUPS), ld(env.mem(), m + NGROUPS));
    if groups == 0 {
        return Ok(None);
    }
    let gs = t.group_size();
    for o in probe(hash, n) {
        let g = groups + o * gs;
        let w = ld(env.mem(), g);
        let mut hits = match_ctrl(w, h2(hash));
        while hits != 0 {
            let i = pop_slot(&mut hits);
            if env.equal(key, t.key(g, i))? {
                return Ok(Some((g, i)));
            }
        }
        // A small map has empties anywhere, so its whole group was scanned.
        if n == 0 || match_ctrl(w, CTRL_EMPTY) != 0 {
            break;
        }
    }
    Ok(None)
}

/// `mapaccess`: the elem's address, None when absent or the map is nil.
pub fn access<E: MapEnv>(env: &mut E, t: &MapType, m: u64, key: u64) -> Result<Option<u64>, E::Err> {
    if len(env.mem(), m) == 0 {
        // Go still panics on an unhashable key (`mapKeyError`).
        env.hash(key, 0)?;
        return Ok(None);
    }
    let hash = hash(env, m, key)?;
    Ok(find(env, t, m, hash, key)?.map(|(g, i)| t.elem(g, i)))
}

/// `mapassign`: the address to store the elem into, after inserting a zero
/// elem if the key is missing; None for a nil map (the caller panics).
pub fn assign<E: MapEnv>(env: &mut E, t: &MapType, m: u64, key: u64) -> Result<Option<u64>, E::Err> {
    if m == 0 {
        return Ok(None);
    }
    let h = header(env.mem(), m);
    let hash = env.hash(key, h.seed)?;
    if h.groups == 0 {
        let g = new_groups(env, t, 1, crate::ir::why::MAP_SMALL);
        st(env.mem(), m + GROUPS, g);
    }
    if h.ngroups == 0 && h.used == GROUP_SLOTS {
        // As in Go, a 9th assignment converts the map even if it updates.
        rehash(env, t, m, 2)?;
    }
    loop {
        if let Some(e) = put(env, t, m, hash, key)? {
            return Ok(Some(e));
        }
        let n = ld(env.mem(), m + NGROUPS);
        rehash(env, t, m, 2 * n)?;
    }
}

/// `putSlotSmall`, `table.PutSlot`: None when the table must grow first.
/// A small map here has < 8 entries, so an empty slot.
fn put<E: MapEnv>(env: &mut E, t: &MapType, m: u64, hash: u64, key: u64) -> Result<Option<u64>, E::Err> {
    let Header { used, groups, ngroups: n, tombstones: tombs, .. } = header(env.mem(), m);
    let mut tombstone = None;
    let gs = t.group_size();
    for o in probe(hash, n) {
        let g = groups + o * gs;
        let w = ld(env.mem(), g);
        let mut hits = match_ctrl(w, h2(hash));
        while hits != 0 {
            let i = pop_slot(&mut hits);
            if env.equal(key, t.key(g, i))? {
                // Store the key even so (see the header); equal plain-memory
                // keys in a noscan group have equal bits, so nothing changes.
                if !(t.noscan() && env.bitwise_keys()) {
                    copy(env.mem(), t.key(g, i), key, t.key_size);
                }
                return Ok(Some(t.elem(g, i)));
            }
        }
        let Some(empty) = first(w, CTRL_EMPTY) else {
            tombstone = tombstone.or(first(w, CTRL_DELETED).map(|i| (g, i)));
            continue;
        };
        // Absent. Reusing a tombstone keeps the load; an empty slot adds to it.
        let mem = env.mem();
        let (g, i) = match tombstone {
            Some(slot) => {
                st(mem, m + TOMBSTONES, tombs - 1);
                slot
            }
            None if n > 0 && used + tombs >= n * GROUP_SLOTS * 7 / 8 => return Ok(None),
            None => (g, empty),
        };
        set_ctrl(mem, g, i, h2(hash));
        st(mem, m + USED, used + 1);
        copy(mem, t.key(g, i), key, t.key_size);
        return Ok(Some(t.elem(g, i)));
    }
    unreachable!("map: probe found no empty slot")
}

/// Moves every entry into a new array of `n` groups (`growToTable`,
/// `table.grow`). The header changes only once all keys rehashed.
fn rehash<E: MapEnv>(env: &mut E, t: &MapType, m: u64, n: u64) -> Result<(), E::Err> {
    let (old, old_n, seed) = (ld(env.mem(), m + GROUPS), ld(env.mem(), m + NGROUPS).max(1), ld(env.mem(), m + SEED));
    let new = new_groups(env, t, n, crate::ir::why::MAP_GROW);
    let gs = t.group_size();
    for og in 0..old_n {
        let g = old + og * gs;
        // Full slots have the top bit of their control byte clear.
        let mut full = !ld(env.mem(), g) & MSB;
        while full != 0 {
            let i = pop_slot(&mut full);
            let hash = env.hash(t.key(g, i), seed)?;
            // `uncheckedPutSlot`: the new array has no tombstones and no key twice.
            let mem = env.mem();
            let empty = |o: u64| {
                let ng = new + o * gs;
                first(ld(mem, ng), CTRL_EMPTY).map(|ni| (ng, ni))
            };
            let (ng, ni) = probe(hash, n).find_map(empty).expect("map: probe found no empty slot");
            set_ctrl(mem, ng, ni, h2(hash));
            copy(mem, t.key(ng, ni), t.key(g, i), t.slot_size());
        }
    }
    let mem = env.mem();
    st(mem, m + GROUPS, new);
    st(mem, m + NGROUPS, n);
    st(mem, m + TOMBSTONES, 0);
    Ok(())
}

/// `mapdelete`: a no-op for a nil map or a missing key.
pub fn delete<E: MapEnv>(env: &mut E, t: &MapType, m: u64, key: u64) -> Result<(), E::Err> {
    if len(env.mem(), m) == 0 {
        env.hash(key, 0)?; // unhashable keys still panic
        return Ok(());
    }
    let hash = hash(env, m, key)?;
    let Some((g, i)) = find(env, t, m, hash, key)? else {
        return Ok(());
    };
    let mem = env.mem();
    zero(mem, t.key(g, i), t.slot_size());
    st(mem, m + USED, ld(mem, m + USED) - 1);
    // A group with an empty slot ends every probe through it, so the slot can
    // be emptied; in a full group a later key may lie beyond it: tombstone.
    if ld(mem, m + NGROUPS) == 0 || first(ld(mem, g), CTRL_EMPTY).is_some() {
        set_ctrl(mem, g, i, CTRL_EMPTY);
    } else {
        set_ctrl(mem, g, i, CTRL_DELETED);
        st(mem, m + TOMBSTONES, ld(mem, m + TOMBSTONES) + 1);
    }
    Ok(())
}

/// Go's `clear(m)`: empties every group in place (NaN keys included) and
/// bumps `clearSeq`, which ends iterations in progress.
pub fn clear<E: MapEnv>(env: &mut E, t: &MapType, m: u64) {
    let mem = env.mem();
    if len(mem, m) == 0 {
        return;
    }
    let (g, n) = (ld(mem, m + GROUPS), ld(mem, m + NGROUPS).max(1));
    zero(mem, g, n * t.group_size());
    for i in 0..n {
        st(mem, g + i * t.group_size(), CTRL_WORD_EMPTY);
    }
    st(mem, m + USED, 0);
    st(mem, m + TOMBSTONES, 0);
    st(mem, m + CLEAR_SEQ, ld(mem, m + CLEAR_SEQ) + 1);
}

/// `Iter.Init`: the iterator state goes to `it` (HITER_SIZE bytes).
pub fn iter_init<E: MapEnv>(env: &mut E, _t: &MapType, m: u64, it: u64) {
    zero(env.mem(), it, HITER_SIZE);
    if len(env.mem(), m) == 0 {
        return; // nothing, not even entries added later
    }
    let offset = env.rand();
    env.rand(); // Go's dirOffset: unused without a directory, drawn to keep the random stream
    let mem = env.mem();
    let (groups, n, seq) = (ld(mem, m + GROUPS), ld(mem, m + NGROUPS), ld(mem, m + CLEAR_SEQ));
    for (off, v) in [(IT_MAP, m), (IT_GROUPS, groups), (IT_NGROUPS, n), (IT_OFFSET, offset), (IT_CLEAR_SEQ, seq)] {
        st(mem, it + off, v);
    }
}

/// `Iter.Next`: the next entry's key and elem addresses (also stored at
/// words 0 and 1 of `it`), or None at the end. Walks the captured array's
/// slots from a random one, wrapping around.
pub fn iter_next<E: MapEnv>(env: &mut E, t: &MapType, it: u64) -> Result<Option<(u64, u64)>, E::Err> {
    let mem = env.mem();
    let m = ld(mem, it + IT_MAP);
    let mut idx = ld(mem, it + IT_IDX);
    if m != 0 && ld(mem, it + IT_CLEAR_SEQ) == ld(mem, m + CLEAR_SEQ) {
        let (groups, offset) = (ld(mem, it + IT_GROUPS), ld(mem, it + IT_OFFSET));
        let slots = ld(mem, it + IT_NGROUPS).max(1) * GROUP_SLOTS;
        let grown = ld(mem, m + GROUPS) != groups;
        while idx < slots {
            let e = (idx + offset) & (slots - 1);
            idx += 1;
            let (g, i) = (groups + e / GROUP_SLOTS * t.group_size(), e % GROUP_SLOTS);
            if ctrl(ld(env.mem(), g), i) & CTRL_EMPTY != 0 {
                continue;
            }
            let (mut k, mut v) = (t.key(g, i), t.elem(g, i));
            if grown {
                // The old array chooses the keys (each once); the live table
                // has their current key and elem, or lacks them if deleted.
                let hash = hash(env, m, k)?;
                match find(env, t, m, hash, k)? {
                    Some((g, i)) => (k, v) = (t.key(g, i), t.elem(g, i)),
                    // Not found: deleted, unless k != k (NaN), which only
                    // clear removes, so the old slot is still current.
                    None if env.equal(k, k)? => continue,
                    None => {}
                }
            }
            let mem = env.mem();
            for (off, w) in [(IT_IDX, idx), (IT_KEY, k), (IT_ELEM, v)] {
                st(mem, it + off, w);
            }
            return Ok(Some((k, v)));
        }
    }
    let mem = env.mem();
    for (off, w) in [(IT_IDX, idx), (IT_KEY, 0), (IT_ELEM, 0)] {
        st(mem, it + off, w);
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::mcache::MCache;
    use std::collections::HashSet;

    const NAN: u64 = u64::MAX; // never equal, even to itself
    const BAD: u64 = u64::MAX - 1; // unhashable
    const INT: MapType =
        MapType { key_size: 8, key_align: 8, elem_size: 8, elem_align: 8, key_ptrs: false, elem_ptrs: false };
    /// A string header (ptr, len); the 8 bytes it points to are the key.
    const STR: MapType = MapType { key_size: 16, key_ptrs: true, ..INT };

    struct Env {
        mem: Memory,
        cache: MCache,
        rng: u64,
        t: MapType,
        buf: u64,
    }

    impl MapEnv for Env {
        type Err = &'static str;
        fn mem(&mut self) -> &mut Memory {
            &mut self.mem
        }
        fn alloc(&mut self, size: u64, layout: Layout, _why: crate::ir::Why) -> u64 {
            self.cache.mallocgc(&mut self.mem.heap, size, layout).addr
        }
        fn hash(&mut self, a: u64, seed: u64) -> Result<u64, &'static str> {
            match self.read(a) {
                BAD => Err("hash of unhashable type"),
                NAN => Ok(self.rand()),
                k => Ok(mix(k ^ mix(seed))),
            }
        }
        fn equal(&mut self, a: u64, b: u64) -> Result<bool, &'static str> {
            Ok(self.read(a) != NAN && self.read(a) == self.read(b))
        }
        fn rand(&mut self) -> u64 {
            self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix(self.rng)
        }
    }

    /// splitmix64's finalizer.
    fn mix(z: u64) -> u64 {
        let z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        let z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    impl Env {
        fn new(rng: u64, t: MapType) -> (Env, u64) {
            let mut env = Env { mem: Memory::new(), cache: MCache::default(), rng, t, buf: 0 };
            env.buf = env.alloc(16, Layout::STRING, 0);
            let m = makemap(&mut env, &t, 0);
            (env, m)
        }

        /// The key at `a`: a u64, or a string's 8 bytes (compared as bytes).
        fn read(&self, a: u64) -> u64 {
            ld(&self.mem, if self.t.key_ptrs { ld(&self.mem, a) } else { a })
        }

        /// Key k in the buffer; a string key gets fresh backing bytes.
        fn key(&mut self, k: u64) -> u64 {
            let p = if self.t.key_ptrs { self.alloc(8, Layout::NOSCAN, 0) } else { self.buf };
            st(&mut self.mem, p, k);
            if p != self.buf {
                st(&mut self.mem, self.buf, p);
                st(&mut self.mem, self.buf + 8, 8);
            }
            self.buf
        }

        fn put(&mut self, m: u64, k: u64, v: u64) {
            let (t, a) = (self.t, self.key(k));
            let e = assign(self, &t, m, a).unwrap().unwrap();
            st(&mut self.mem, e, v);
        }

        fn get(&mut self, m: u64, k: u64) -> Option<u64> {
            let (t, a) = (self.t, self.key(k));
            access(self, &t, m, a).unwrap().map(|e| ld(&self.mem, e))
        }

        fn del(&mut self, m: u64, k: u64) {
            let (t, a) = (self.t, self.key(k));
            delete(self, &t, m, a).unwrap();
        }

        fn iter(&mut self, m: u64) -> u64 {
            let (t, it) = (self.t, self.alloc(HITER_SIZE, Layout::PTRS, 0));
            iter_init(self, &t, m, it);
            it
        }

        fn next(&mut self, it: u64) -> Option<(u64, u64)> {
            let t = self.t;
            let r = iter_next(self, &t, it).unwrap();
            assert_eq!(r.unwrap_or_default(), (ld(&self.mem, it), ld(&self.mem, it + 8)));
            r.map(|(k, e)| (self.read(k), ld(&self.mem, e)))
        }

        fn all(&mut self, m: u64, sort: bool) -> Vec<(u64, u64)> {
            let it = self.iter(m);
            let mut v: Vec<_> = std::iter::from_fn(|| self.next(it)).collect();
            if sort {
                v.sort();
            }
            v
        }
    }

    #[test]
    fn layout_and_sizing() {
        assert_eq!((INT.slot_size(), INT.group_size(), INT.elem_off()), (16, 136, 8));
        let b = MapType { key_size: 1, key_align: 1, ..INT };
        assert_eq!((b.elem_off(), b.slot_size()), (8, 16));
        let bb = MapType { elem_size: 1, elem_align: 1, ..b };
        assert_eq!((bb.slot_size(), bb.group_size(), MapType { elem_size: 0, ..bb }.slot_size()), (2, 24, 1));
        let (mut env, m) = Env::new(1, INT);
        assert_eq!(ld(&env.mem, m + GROUPS), 0, "no group until the first insert");
        for (hint, ngroups) in [(8, 0), (9, 2), (14, 2), (15, 4), (1000, 256), (u64::MAX / 4, 0)] {
            let m = makemap(&mut env, &INT, hint);
            assert_eq!(ld(&env.mem, m + NGROUPS), ngroups, "hint {hint}");
        }
    }

    #[test]
    fn insert_lookup_update_delete() {
        for t in [INT, STR] {
            let (mut env, m) = Env::new(7, t);
            (0..8).for_each(|k| env.put(m, k, k * 10));
            assert_eq!(ld(&env.mem, m + NGROUPS), 0, "8 entries stay small");
            env.put(m, 3, 333);
            assert_eq!(ld(&env.mem, m + NGROUPS), 2, "the 9th assignment converts, even an update");
            (8..50).for_each(|k| env.put(m, k, k * 10));
            assert_eq!(
                (len(&env.mem, m), env.get(m, 3), env.get(m, 49), env.get(m, 50)),
                (50, Some(333), Some(490), None)
            );
            (0..50).step_by(2).chain([1000]).for_each(|k| env.del(m, k));
            for k in 0..50 {
                assert_eq!(env.get(m, k), (k % 2 == 1).then_some(if k == 3 { 333 } else { k * 10 }));
            }
            env.put(m, 4, 1);
            env.put(m, 4, 2);
            // An update stores the new key too: for strings, the newest pointer.
            let newest = ld(&env.mem, env.buf);
            assert_eq!((env.get(m, 4), len(&env.mem, m)), (Some(2), 26));
            let it = env.iter(m);
            while let Some((k, _)) = env.next(it) {
                assert!(k != 4 || ld(&env.mem, ld(&env.mem, it)) == newest);
            }
        }
    }

    #[test]
    fn grow_to_100k() {
        let (mut env, m) = Env::new(11, INT);
        (0..100_000).for_each(|k| env.put(m, k, !k));
        let n = ld(&env.mem, m + NGROUPS);
        assert!(n.is_power_of_two() && 100_000 <= n * 7 && n * 7 < 200_000, "{n} groups");
        (0..100_000).step_by(3).for_each(|k| env.del(m, k));
        let tombs = ld(&env.mem, m + TOMBSTONES);
        assert!(tombs > 0 && len(&env.mem, m) + tombs <= n * 7);
        for k in 0..100_000 {
            assert_eq!(env.get(m, k), (k % 3 != 0).then_some(!k));
        }
        (100_000..250_000).for_each(|k| env.put(m, k, !k));
        assert_eq!((env.get(m, 249_999), env.get(m, 3), len(&env.mem, m)), (Some(!249_999), None, 216_666));
    }

    #[test]
    fn iteration_produces_each_entry_once() {
        for t in [INT, STR] {
            for size in [0, 1, 7, 8, 9, 100, 1000] {
                let (mut env, m) = Env::new(size, t);
                (0..size).for_each(|k| env.put(m, k, k + 1));
                env.del(m, size / 2);
                let want: Vec<_> = (0..size).filter(|&k| k != size / 2).map(|k| (k, k + 1)).collect();
                assert_eq!(env.all(m, true), want, "size {size}");
            }
        }
    }

    #[test]
    fn delete_during_iteration() {
        let (mut env, m) = Env::new(5, INT);
        (0..500).for_each(|k| env.put(m, k, k));
        let (it, mut seen, mut parity) = (env.iter(m), HashSet::new(), 0);
        while let Some((k, _)) = env.next(it) {
            assert!(seen.insert(k), "{k} repeated");
            if seen.len() == 1 {
                // Delete the keys of the other parity: none may appear.
                parity = k % 2;
                (0..500).filter(|j| j % 2 != parity).for_each(|j| env.del(m, j));
            }
            assert_eq!(k % 2, parity, "{k} was deleted");
        }
        assert_eq!((seen.len(), len(&env.mem, m)), (250, 250));
    }

    #[test]
    fn insert_during_iteration_with_growth() {
        for size in [5, 300] {
            let (mut env, m) = Env::new(size, INT);
            (0..size).for_each(|k| env.put(m, k, k));
            let (it, mut seen, mut gone) = (env.iter(m), HashSet::new(), u64::MAX);
            while let Some((k, v)) = env.next(it) {
                assert!(seen.insert(k), "{k} twice");
                // Originals show their updated elems after the first; added keys may appear.
                assert_eq!(v, if k < size && seen.len() > 1 { k + 1000 } else { k });
                if seen.len() == 1 {
                    // Grow several times, update the originals, delete one unseen.
                    (size..size + 5000).for_each(|j| env.put(m, j, j));
                    (0..size).filter(|&j| j != k).for_each(|j| env.put(m, j, j + 1000));
                    gone = (k + 1) % size;
                    env.del(m, gone);
                }
            }
            assert!(ld(&env.mem, m + NGROUPS) > 64);
            assert_eq!((0..size).filter(|k| !seen.contains(k)).collect::<Vec<_>>(), vec![gone]);
        }
    }

    #[test]
    fn nan_keys_and_clear() {
        let (mut env, m) = Env::new(13, INT);
        (1..=3).for_each(|v| env.put(m, NAN, v));
        env.del(m, NAN);
        assert_eq!((len(&env.mem, m), env.get(m, NAN)), (3, None));
        assert_eq!(env.all(m, true), vec![(NAN, 1), (NAN, 2), (NAN, 3)]);
        // Growth mid-iteration: NaN keys are not found in the new table but still produced.
        let it = env.iter(m);
        let mut nans = vec![env.next(it).unwrap()];
        (0..100).for_each(|k| env.put(m, k, k));
        nans.extend(std::iter::from_fn(|| env.next(it)).filter(|e| e.0 == NAN));
        nans.sort();
        assert_eq!(nans, vec![(NAN, 1), (NAN, 2), (NAN, 3)]);
        // clear removes NaN keys too, and ends iterations in progress.
        let it = env.iter(m);
        assert!(env.next(it).is_some());
        clear(&mut env, &INT, m);
        assert_eq!((len(&env.mem, m), env.get(m, 5)), (0, None));
        (0..50).for_each(|k| env.put(m, k, k));
        assert_eq!((env.next(it), ld(&env.mem, it)), (None, 0));
        assert_eq!(env.all(m, true), (0..50).map(|k| (k, k)).collect::<Vec<_>>());
    }

    #[test]
    fn iteration_order_is_random() {
        let order = |seed| {
            let (mut env, m) = Env::new(seed, INT);
            (0..50).for_each(|k| env.put(m, k, k));
            env.all(m, false)
        };
        assert_ne!(order(1), order(2));
        // A small map's orders are rotations of its slot order.
        let (mut env, m) = Env::new(4, INT);
        (1..=3).for_each(|k| env.put(m, k, 0));
        let seen: HashSet<Vec<u64>> = (0..64).map(|_| env.all(m, false).iter().map(|e| e.0).collect()).collect();
        assert_eq!(seen, HashSet::from([vec![1, 2, 3], vec![2, 3, 1], vec![3, 1, 2]]));
    }

    #[test]
    fn nil_map() {
        let (mut env, m) = Env::new(1, INT);
        let k = env.key(1);
        assert_eq!(len(&env.mem, 0), 0);
        assert_eq!((access(&mut env, &INT, 0, k), assign(&mut env, &INT, 0, k)), (Ok(None), Ok(None)));
        assert_eq!(delete(&mut env, &INT, 0, k), Ok(()));
        clear(&mut env, &INT, 0);
        assert_eq!(env.all(0, false), vec![]);
        // Unhashable keys panic even in nil or empty maps, except nil assignment.
        let bad = env.key(BAD);
        assert!(access(&mut env, &INT, 0, bad).is_err() && delete(&mut env, &INT, m, bad).is_err());
        assert!(assign(&mut env, &INT, m, bad).is_err() && len(&env.mem, m) == 0);
    }
}
