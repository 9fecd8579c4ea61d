//! Go maps as Swiss tables in modelled memory (`internal/runtime/maps`:
//! `map.go`, `table.go`, `group.go`), allocating what Go allocates, in
//! Go's order and sizes.
//!
//! A `map[K]V` value is the address of a 48-byte `Map` header (0 = nil
//! map): `used`, `seed`, `dirPtr`, `dirLen`, `globalDepth` (a byte), and
//! `clearSeq`. A *small* map (`dirLen == 0`) keeps ≤ 8 entries in the one
//! group `dirPtr` points to (none until the first insert; scanned whole).
//! Otherwise `dirPtr` is a directory of `1 << globalDepth` pointers to
//! 32-byte `table`s (`used`, `capacity`, `growthLeft` as u16s, `localDepth`
//! a byte, `index`, `groups`, `lengthMask`); the top `globalDepth` bits of
//! a hash pick the entry, and a table covers `1 << (globalDepth -
//! localDepth)` consecutive entries from its `index`. A group is an 8-byte
//! control word (byte i: 0x80 empty, 0xFE deleted, else H2 = low 7 hash
//! bits) and 8 key/elem slots (`KVKV…`, Go's group type). H1 = hash >> 7
//! picks a table's first group; probing is triangular and ends at a group
//! with an empty slot.
//!
//! Growth, as Go's: the 9th distinct key turns a small map into one
//! 16-slot table (table, groups, then a one-entry directory); a table
//! with no `growthLeft` (7/8 of its slots; tombstones pruned first when
//! that frees 10%) is replaced by one twice the size (table, then
//! groups), and one of 1024 slots splits into two of 1024 (`split`),
//! doubling the directory when its depth is the map's. `make(map, hint)`
//! with hint > 8 sizes the directory and tables to hint·8/7 slots.
//!
//! Invariants: a non-full slot's bytes are zero (compound assignment reads
//! the fresh elem, go.dev/issue/25936); every probe meets an empty slot; a
//! replaced table's groups are never reused (`index` -1), so an iterator
//! may keep walking them and look each key up in the live map.
//!
//! Simplifications: keys and elems are always inline (Go makes those over
//! 128 B indirect). An update rewrites the stored key (Go only does for
//! floats, strings and interfaces — exactly the keys whose equal values can
//! differ in bits, so the result is the same) except for plain-memory keys
//! in a noscan groups array, where not even the write barrier could see the
//! write. No concurrent-write detection (`writing`); the seed is not
//! redrawn when a map empties. The iterator stops after a `clear` (Go
//! walks the cleared groups, producing entries added since or not; both
//! are allowed).

use super::mbitmap::Layout;
use super::memory::Memory;
use crate::ir::why;

/// `abi.MapGroupSlots`.
pub const GROUP_SLOTS: u64 = 8;
const CTRL_EMPTY: u8 = 0x80;
const CTRL_DELETED: u8 = 0xFE;
const CTRL_WORD_EMPTY: u64 = 0x8080_8080_8080_8080;
/// `maxAlloc` on amd64: hints needing more give an empty map, as in Go.
const MAX_ALLOC: u64 = 1 << 48;
/// `maxTableCapacity`: a table this full splits instead of growing.
const MAX_TABLE_CAPACITY: u64 = 1024;

/// Size of the map header (`maps.Map` is 48 B on amd64). Word 2
/// (`dirPtr`) is the only pointer.
pub const MAP_HEADER_SIZE: u64 = 48;
const USED: u64 = 0;
const SEED: u64 = 8;
const DIR_PTR: u64 = 16;
const DIR_LEN: u64 = 24;
const GLOBAL_DEPTH: u64 = 32;
const CLEAR_SEQ: u64 = 40;

/// Size of a `table` (32 B on amd64); `groups` is its pointer.
const TABLE_SIZE: u64 = 32;
const T_USED: u64 = 0;
const T_CAP: u64 = 2;
const T_GROWTH_LEFT: u64 = 4;
const T_LOCAL_DEPTH: u64 = 6;
const T_INDEX: u64 = 8;
const T_GROUPS: u64 = 16;
const T_MASK: u64 = 24;

/// Size of the iterator state (Go's `maps.Iter`, kept in the frame). Words
/// 0–4 (key, elem, map, table, group) are pointers; key is 0 at the end,
/// as in Go.
pub const HITER_SIZE: u64 = 88;
const IT_KEY: u64 = 0;
const IT_ELEM: u64 = 8;
const IT_MAP: u64 = 16;
const IT_TAB: u64 = 24;
const IT_GROUP: u64 = 32;
const IT_ENTRY_OFFSET: u64 = 40;
const IT_DIR_OFFSET: u64 = 48;
const IT_CLEAR_SEQ: u64 = 56;
const IT_GLOBAL_DEPTH: u64 = 64;
const IT_DIR_IDX: u64 = 72;
const IT_ENTRY_IDX: u64 = 80;
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

/// Control word `w` with slot `i`'s byte set to `c`.
#[inline]
fn with_ctrl(w: u64, i: u64, c: u8) -> u64 {
    (w & !(0xff << (8 * i))) | ((c as u64) << (8 * i))
}

fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// Triangular probing over groups (`probeSeq`): with a power-of-two group
/// count it visits every group once.
struct Probe {
    mask: u64,
    off: u64,
    i: u64,
}

impl Probe {
    /// A probe over the groups of a table with `lengthMask` `mask`.
    fn new(hash: u64, mask: u64) -> Probe {
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

// A table's `used`, `capacity`, `growthLeft` and `localDepth` share its
// first word (as in Go's layout): read and written as that word.
#[inline]
fn ld16(mem: &Memory, addr: u64) -> u64 {
    (ld(mem, addr & !7) >> ((addr & 7) * 8)) & 0xffff
}

#[inline]
fn st16(mem: &mut Memory, addr: u64, v: u64) {
    let (base, sh) = (addr & !7, (addr & 7) * 8);
    let w = ld(mem, base);
    st(mem, base, (w & !(0xffff << sh)) | (v << sh));
}

#[inline]
fn ld8(mem: &Memory, addr: u64) -> u64 {
    (ld(mem, addr & !7) >> ((addr & 7) * 8)) & 0xff
}

/// The header's words that lookups need, read at once.
#[derive(Clone, Copy)]
struct Header {
    seed: u64,
    dir: u64,
    dir_len: u64,
    depth: u64,
}

#[inline]
fn header(mem: &Memory, m: u64) -> Header {
    let b = mem.bytes(m, GLOBAL_DEPTH + 8).expect("map: header outside modelled memory");
    let w = |off: u64| u64::from_le_bytes(b[off as usize..off as usize + 8].try_into().unwrap());
    Header { seed: w(SEED), dir: w(DIR_PTR), dir_len: w(DIR_LEN), depth: w(GLOBAL_DEPTH) & 0xff }
}

/// A table's fields that probing needs.
#[derive(Clone, Copy)]
struct Table {
    groups: u64,
    mask: u64,
}

#[inline]
fn table(mem: &Memory, t: u64) -> Table {
    Table { groups: ld(mem, t + T_GROUPS), mask: ld(mem, t + T_MASK) }
}

fn local_depth(mem: &Memory, t: u64) -> u64 {
    ld8(mem, t + T_LOCAL_DEPTH)
}

/// `maxGrowthLeft`: a single-group table keeps one slot empty.
fn max_growth_left(capacity: u64) -> u64 {
    if capacity <= GROUP_SLOTS { capacity - 1 } else { capacity * 7 / 8 }
}

/// The table for `hash` (`directoryIndex`, `directoryAt`).
#[inline]
fn table_for(mem: &Memory, m: u64, hash: u64) -> u64 {
    table_in(mem, &header(mem, m), hash)
}

#[inline]
fn table_in(mem: &Memory, h: &Header, hash: u64) -> u64 {
    let idx = if h.dir_len == 1 { 0 } else { hash >> (64 - h.depth) };
    ld(mem, h.dir + 8 * idx)
}

fn new_groups<E: MapEnv>(env: &mut E, t: &MapType, n: u64, why: crate::ir::Why) -> u64 {
    let g = env.alloc(n * t.group_size(), if t.noscan() { Layout::NOSCAN } else { env.groups_layout() }, why);
    for i in 0..n {
        st(env.mem(), g + i * t.group_size(), CTRL_WORD_EMPTY);
    }
    g
}

/// `newTable`: the table, then its groups (`reset`).
fn new_table<E: MapEnv>(env: &mut E, t: &MapType, capacity: u64, index: i64, depth: u64, why: crate::ir::Why) -> u64 {
    let capacity = capacity.max(GROUP_SLOTS).next_power_of_two();
    let tab = env.alloc(TABLE_SIZE, Layout::MAP_TABLE, why);
    let n = capacity / GROUP_SLOTS;
    let g = new_groups(env, t, n, why);
    let mem = env.mem();
    st16(mem, tab + T_CAP, capacity);
    st16(mem, tab + T_GROWTH_LEFT, max_growth_left(capacity));
    mem.store(tab + T_LOCAL_DEPTH, 1, depth).expect("map: table outside modelled memory");
    st(mem, tab + T_INDEX, index as u64);
    st(mem, tab + T_GROUPS, g);
    st(mem, tab + T_MASK, n - 1);
    tab
}

/// `makemap`: a header with a fresh seed; a directory of tables when
/// `hint` > 8.
pub fn makemap<E: MapEnv>(env: &mut E, t: &MapType, hint: u64) -> u64 {
    let m = env.alloc(MAP_HEADER_SIZE, Layout::MAP_HEADER, why::NONE);
    let seed = env.rand();
    st(env.mem(), m + SEED, seed);
    if hint > GROUP_SLOTS {
        make_tables(env, t, hint, m);
    }
    m
}

/// `NewMap`'s full-size part: a directory and tables for `hint` (> 8)
/// entries, unless that is more than maxAlloc.
fn make_tables<E: MapEnv>(env: &mut E, t: &MapType, hint: u64, m: u64) {
    let Some(target) = hint.checked_mul(GROUP_SLOTS).map(|s| s / 7) else { return };
    let Some(dir_size) = target.div_ceil(MAX_TABLE_CAPACITY).checked_next_power_of_two() else { return };
    // Go rejects hints whose slots × group size exceed maxAlloc.
    let slots = dir_size.checked_mul(MAX_TABLE_CAPACITY);
    if slots.and_then(|s| s.checked_mul(t.group_size())).is_none_or(|b| b > MAX_ALLOC) {
        return;
    }
    let depth = dir_size.trailing_zeros() as u64;
    let dir = env.alloc(dir_size * 8, Layout::PTRS, why::MAKEMAP);
    for i in 0..dir_size {
        let tab = new_table(env, t, target / dir_size, i as i64, depth, why::MAKEMAP);
        st(env.mem(), dir + 8 * i, tab);
    }
    let mem = env.mem();
    st(mem, m + DIR_PTR, dir);
    st(mem, m + DIR_LEN, dir_size);
    mem.store(m + GLOBAL_DEPTH, 1, depth).expect("map: header outside modelled memory");
}

/// `makemap` with the header at `m` (gc's stack header of a map that does
/// not escape) and, when `group` is given and `hint` ≤ 8, the small map's
/// group there too (both zeroed here).
pub fn makemap_at<E: MapEnv>(env: &mut E, t: &MapType, hint: u64, m: u64, group: u64) -> u64 {
    zero(env.mem(), m, MAP_HEADER_SIZE);
    if hint <= GROUP_SLOTS {
        zero(env.mem(), group, t.group_size());
        st(env.mem(), group, CTRL_WORD_EMPTY);
        st(env.mem(), m + DIR_PTR, group);
        // The seed last, as gc's code stores it after the group.
        let seed = env.rand();
        st(env.mem(), m + SEED, seed);
        return m;
    }
    let seed = env.rand();
    st(env.mem(), m + SEED, seed);
    make_tables(env, t, hint, m);
    m
}

/// Each distinct table of a map with a directory, in directory order.
fn tables(mem: &Memory, m: u64) -> Vec<u64> {
    let (dir, len) = (ld(mem, m + DIR_PTR), ld(mem, m + DIR_LEN));
    let mut out: Vec<u64> = Vec::new();
    for i in 0..len {
        let tab = ld(mem, dir + 8 * i);
        if out.last() != Some(&tab) {
            out.push(tab);
        }
    }
    out
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
    let (Some(dir), Some(len)) = (word(m + DIR_PTR), word(m + DIR_LEN)) else { return out };
    if dir == 0 {
        return out;
    }
    let mut groups = Vec::new();
    if len == 0 {
        groups.push(dir);
    } else {
        let mut last = 0;
        for i in 0..len.min(1 << 20) {
            let Some(tab) = word(dir + 8 * i) else { break };
            if tab == last {
                continue;
            }
            last = tab;
            let (Some(g), Some(mask)) = (word(tab + T_GROUPS), word(tab + T_MASK)) else { break };
            groups.extend((0..=mask.min(1 << 20)).map(|k| g + k * t.group_size()));
        }
    }
    for g in groups {
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
    let mem = env.mem();
    let h = header(mem, m);
    let dir = h.dir;
    if h.dir_len == 0 {
        if dir == 0 {
            return Ok(None);
        }
        let mut hits = match_ctrl(ld(mem, dir), h2(hash));
        while hits != 0 {
            let i = pop_slot(&mut hits);
            if env.equal(key, t.key(dir, i))? {
                return Ok(Some((dir, i)));
            }
        }
        return Ok(None);
    }
    let tab = table(mem, table_in(mem, &h, hash));
    let gs = t.group_size();
    for o in Probe::new(hash, tab.mask) {
        let g = tab.groups + o * gs;
        let w = ld(env.mem(), g);
        let mut hits = match_ctrl(w, h2(hash));
        while hits != 0 {
            let i = pop_slot(&mut hits);
            if env.equal(key, t.key(g, i))? {
                return Ok(Some((g, i)));
            }
        }
        if match_ctrl(w, CTRL_EMPTY) != 0 {
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

/// Stores `key` over an equal stored key (see the header): equal
/// plain-memory keys in a noscan group have equal bits, so nothing changes.
fn update_key<E: MapEnv>(env: &mut E, t: &MapType, slot_key: u64, key: u64) {
    if !(t.noscan() && env.bitwise_keys()) {
        copy(env.mem(), slot_key, key, t.key_size);
    }
}

/// `mapassign`: the address to store the elem into, after inserting a zero
/// elem if the key is missing; None for a nil map (the caller panics).
pub fn assign<E: MapEnv>(env: &mut E, t: &MapType, m: u64, key: u64) -> Result<Option<u64>, E::Err> {
    if m == 0 {
        return Ok(None);
    }
    let h = header(env.mem(), m);
    let hash = env.hash(key, h.seed)?;
    if h.dir == 0 {
        // growToSmall
        let g = new_groups(env, t, 1, why::MAP_SMALL);
        st(env.mem(), m + DIR_PTR, g);
    }
    if h.dir_len == 0 {
        if let Some(e) = put_small(env, t, m, hash, key)? {
            return Ok(Some(e));
        }
        let tab = grow_to_table(env, t, m)?;
        let tb = table(env.mem(), tab);
        let e = unchecked_put(env.mem(), t, tab, tb, hash, key, t.key_size);
        let mem = env.mem();
        st(mem, m + USED, ld(mem, m + USED) + 1);
        return Ok(Some(e));
    }
    let mut tab = table_in(env.mem(), &h, hash);
    loop {
        if let Some(e) = put(env, t, m, tab, hash, key)? {
            return Ok(Some(e));
        }
        tab = table_for(env.mem(), m, hash);
    }
}

/// `putSlotSmall`: None when the group is full (and `key` absent).
fn put_small<E: MapEnv>(env: &mut E, t: &MapType, m: u64, hash: u64, key: u64) -> Result<Option<u64>, E::Err> {
    let g = ld(env.mem(), m + DIR_PTR);
    let w = ld(env.mem(), g);
    let mut hits = match_ctrl(w, h2(hash));
    while hits != 0 {
        let i = pop_slot(&mut hits);
        if env.equal(key, t.key(g, i))? {
            update_key(env, t, t.key(g, i), key);
            return Ok(Some(t.elem(g, i)));
        }
    }
    // Small maps have no tombstones.
    let Some(i) = first(w, CTRL_EMPTY) else { return Ok(None) };
    let mem = env.mem();
    copy(mem, t.key(g, i), key, t.key_size);
    set_ctrl(mem, g, i, h2(hash));
    st(mem, m + USED, ld(mem, m + USED) + 1);
    Ok(Some(t.elem(g, i)))
}

/// `growToTable`: a 16-slot table holding the small group's entries, then
/// a one-entry directory.
fn grow_to_table<E: MapEnv>(env: &mut E, t: &MapType, m: u64) -> Result<u64, E::Err> {
    let tab = new_table(env, t, 2 * GROUP_SLOTS, 0, 0, why::MAP_GROW);
    let (g, seed) = (ld(env.mem(), m + DIR_PTR), ld(env.mem(), m + SEED));
    move_entries(env, t, g, 0, seed, &mut |_| tab)?;
    let dir = env.alloc(8, Layout::PTRS, why::MAP_GROW);
    let mem = env.mem();
    st(mem, dir, tab);
    st(mem, m + DIR_PTR, dir);
    st(mem, m + DIR_LEN, 1);
    mem.store(m + GLOBAL_DEPTH, 1, 0).expect("map: header outside modelled memory");
    Ok(tab)
}

/// Re-inserts every full slot of the groups at `g` (`mask + 1` of them)
/// into the table `dest` picks by hash (`uncheckedPutSlot`).
fn move_entries<E: MapEnv>(
    env: &mut E,
    t: &MapType,
    g: u64,
    mask: u64,
    seed: u64,
    dest: &mut dyn FnMut(u64) -> u64,
) -> Result<(), E::Err> {
    let gs = t.group_size();
    let mut last: Option<(u64, Table)> = None;
    for k in 0..=mask {
        let grp = g + k * gs;
        // Full slots have the top bit of their control byte clear.
        let mut full = !ld(env.mem(), grp) & MSB;
        while full != 0 {
            let i = pop_slot(&mut full);
            let hash = env.hash(t.key(grp, i), seed)?;
            let tab = dest(hash);
            let tb = match last {
                Some((a, tb)) if a == tab => tb,
                _ => table(env.mem(), tab),
            };
            last = Some((tab, tb));
            unchecked_put(env.mem(), t, tab, tb, hash, t.key(grp, i), t.slot_size());
        }
    }
    Ok(())
}

/// `uncheckedPutSlot`: `key` is not in `tab`, which has no tombstones and
/// room; copies `n` bytes of the slot from `src` (the key, or the whole
/// slot when moving) and returns the elem's address.
fn unchecked_put(mem: &mut Memory, t: &MapType, tab: u64, tb: Table, hash: u64, src: u64, n: u64) -> u64 {
    let gs = t.group_size();
    for o in Probe::new(hash, tb.mask) {
        let g = tb.groups + o * gs;
        let cw = ld(mem, g);
        if let Some(i) = first(cw, CTRL_EMPTY) {
            copy(mem, t.key(g, i), src, n);
            st(mem, g, with_ctrl(cw, i, h2(hash)));
            // used + 1, growthLeft - 1 (the first word's low u16s).
            st(mem, tab, ld(mem, tab) - (1 << 32) + 1);
            return t.elem(g, i);
        }
    }
    unreachable!("map: probe found no empty slot")
}

/// `table.PutSlot`: None when the table was replaced and the caller must
/// look the table up again.
fn put<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64, hash: u64, key: u64) -> Result<Option<u64>, E::Err> {
    let tb = table(env.mem(), tab);
    let gs = t.group_size();
    let mut deleted = None;
    for o in Probe::new(hash, tb.mask) {
        let g = tb.groups + o * gs;
        let w = ld(env.mem(), g);
        let mut hits = match_ctrl(w, h2(hash));
        while hits != 0 {
            let i = pop_slot(&mut hits);
            if env.equal(key, t.key(g, i))? {
                update_key(env, t, t.key(g, i), key);
                return Ok(Some(t.elem(g, i)));
            }
        }
        // The first empty or deleted slot: a deleted one is remembered and
        // probing goes on; an empty one ends the probe.
        let free = match_ctrl(w, CTRL_EMPTY) | match_ctrl(w, CTRL_DELETED);
        if free == 0 {
            continue;
        }
        let i = (free.trailing_zeros() / 8) as u64;
        if ctrl(w, i) == CTRL_DELETED {
            deleted = deleted.or(Some((g, i)));
            continue;
        }
        // Reusing a tombstone does not consume growthLeft (Go adds one and
        // takes it again); otherwise tombstones may be pruned first.
        let (g, i, take, cw) = match deleted {
            Some((g, i)) => (g, i, 0, None),
            None => (g, i, 1 << 32, Some(w)),
        };
        if take != 0 && (ld(env.mem(), tab) >> 32) & 0xffff == 0 {
            prune_tombstones(env, t, m, tab)?;
        }
        let mem = env.mem();
        let w = ld(mem, tab);
        if take == 0 || (w >> 32) & 0xffff > 0 {
            copy(mem, t.key(g, i), key, t.key_size);
            match cw {
                // The whole control word: one 8-byte store.
                Some(cw) => st(mem, g, with_ctrl(cw, i, h2(hash))),
                None => set_ctrl(mem, g, i, h2(hash)),
            }
            // used + 1, growthLeft - 1 (the first word's low u16s).
            st(mem, tab, w - take + 1);
            st(mem, m + USED, ld(mem, m + USED) + 1);
            return Ok(Some(t.elem(g, i)));
        }
        rehash(env, t, m, tab)?;
        return Ok(None);
    }
    unreachable!("map: probe found no empty slot")
}

/// `table.tombstones`.
fn tombstones(mem: &Memory, tab: u64) -> u64 {
    let cap = ld16(mem, tab + T_CAP);
    max_growth_left(cap).saturating_sub(ld16(mem, tab + T_USED) + ld16(mem, tab + T_GROWTH_LEFT))
}

/// `pruneTombstones`: empties the tombstones no probe sequence needs,
/// when there are at least 10% and that frees at least 10% of the slots.
fn prune_tombstones<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64) -> Result<(), E::Err> {
    let cap = ld16(env.mem(), tab + T_CAP);
    if tombstones(env.mem(), tab) * 10 < cap {
        return Ok(());
    }
    let (tb, seed, gs) = (table(env.mem(), tab), ld(env.mem(), m + SEED), t.group_size());
    let mut needed = vec![false; tb.mask as usize + 1];
    for i in 0..=tb.mask {
        let g = tb.groups + i * gs;
        let w = ld(env.mem(), g);
        let mut full = !w & MSB;
        while full != 0 {
            let j = pop_slot(&mut full);
            let key = t.key(g, j);
            if !env.equal(key, key)? {
                continue; // NaN keys are never looked up
            }
            let hash = env.hash(key, seed)?;
            for o in Probe::new(hash, tb.mask) {
                if o == i {
                    break;
                }
                let pw = ld(env.mem(), tb.groups + o * gs);
                if match_ctrl(pw, CTRL_EMPTY) | match_ctrl(pw, CTRL_DELETED) != 0 {
                    needed[o as usize] = true;
                }
            }
        }
        if match_ctrl(w, CTRL_EMPTY) != 0 {
            needed[i as usize] = true;
        }
    }
    let free = |mem: &Memory, i: u64| match_ctrl(ld(mem, tb.groups + i * gs), CTRL_DELETED);
    let mem = env.mem();
    let cnt: u64 = (0..=tb.mask).filter(|&i| !needed[i as usize]).map(|i| free(mem, i).count_ones() as u64).sum();
    if cnt * 10 < cap {
        return Ok(());
    }
    for i in (0..=tb.mask).filter(|&i| !needed[i as usize]) {
        let mut d = free(mem, i);
        while d != 0 {
            let k = pop_slot(&mut d);
            set_ctrl(mem, tb.groups + i * gs, k, CTRL_EMPTY);
            st16(mem, tab + T_GROWTH_LEFT, ld16(mem, tab + T_GROWTH_LEFT) + 1);
        }
    }
    Ok(())
}

/// `table.rehash`: a table twice the size, or a split at 1024 slots.
fn rehash<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64) -> Result<(), E::Err> {
    let cap = ld16(env.mem(), tab + T_CAP);
    if 2 * cap <= MAX_TABLE_CAPACITY { grow(env, t, m, tab, 2 * cap) } else { split(env, t, m, tab) }
}

/// `table.grow`: a new table of `capacity` replaces `tab` in the directory.
fn grow<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64, capacity: u64) -> Result<(), E::Err> {
    let mem = env.mem();
    let (index, depth, old, seed) = (ld(mem, tab + T_INDEX), local_depth(mem, tab), table(mem, tab), ld(mem, m + SEED));
    let nt = new_table(env, t, capacity, index as i64, depth, why::MAP_GROW);
    move_entries(env, t, old.groups, old.mask, seed, &mut |_| nt)?;
    replace_table(env.mem(), m, nt);
    st(env.mem(), tab + T_INDEX, u64::MAX);
    Ok(())
}

/// `table.split`: two 1024-slot tables one level deeper, by the next
/// hash bit.
fn split<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64) -> Result<(), E::Err> {
    let mem = env.mem();
    let (depth, old, seed) = (local_depth(mem, tab) + 1, table(mem, tab), ld(mem, m + SEED));
    let left = new_table(env, t, MAX_TABLE_CAPACITY, -1, depth, why::MAP_GROW);
    let right = new_table(env, t, MAX_TABLE_CAPACITY, -1, depth, why::MAP_GROW);
    let bit = 1u64 << (64 - depth);
    move_entries(env, t, old.groups, old.mask, seed, &mut |h| if h & bit == 0 { left } else { right })?;
    install_split(env, t, m, tab, left, right);
    st(env.mem(), tab + T_INDEX, u64::MAX);
    Ok(())
}

/// `installTableSplit`: doubles the directory first when `old` already
/// uses every bit of it.
fn install_split<E: MapEnv>(env: &mut E, _t: &MapType, m: u64, old: u64, left: u64, right: u64) {
    let mem = env.mem();
    let global = ld8(mem, m + GLOBAL_DEPTH);
    if local_depth(mem, old) == global {
        let (dir, len) = (ld(mem, m + DIR_PTR), ld(mem, m + DIR_LEN));
        let nd = env.alloc(len * 2 * 8, Layout::PTRS, why::MAP_GROW);
        let mem = env.mem();
        for i in 0..len {
            let tb = ld(mem, dir + 8 * i);
            st(mem, nd + 16 * i, tb);
            st(mem, nd + 16 * i + 8, tb);
            if ld(mem, tb + T_INDEX) == i {
                st(mem, tb + T_INDEX, 2 * i);
            }
        }
        st(mem, m + DIR_PTR, nd);
        st(mem, m + DIR_LEN, len * 2);
        mem.store(m + GLOBAL_DEPTH, 1, global + 1).expect("map: header outside modelled memory");
    }
    let mem = env.mem();
    st(mem, left + T_INDEX, ld(mem, old + T_INDEX));
    replace_table(mem, m, left);
    let entries = 1u64 << (ld8(mem, m + GLOBAL_DEPTH) - local_depth(mem, left));
    st(mem, right + T_INDEX, ld(mem, left + T_INDEX) + entries);
    replace_table(mem, m, right);
}

/// `replaceTable`: `nt` in every directory entry it covers.
fn replace_table(mem: &mut Memory, m: u64, nt: u64) {
    let entries = 1u64 << (ld8(mem, m + GLOBAL_DEPTH) - local_depth(mem, nt));
    let (dir, index) = (ld(mem, m + DIR_PTR), ld(mem, nt + T_INDEX));
    for i in 0..entries {
        st(mem, dir + 8 * (index + i), nt);
    }
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
    if ld(mem, m + DIR_LEN) == 0 {
        set_ctrl(mem, g, i, CTRL_EMPTY);
        return Ok(());
    }
    let tab = table_for(mem, m, hash);
    st16(mem, tab + T_USED, ld16(mem, tab + T_USED) - 1);
    // A group with an empty slot ends every probe through it, so the slot can
    // be emptied; in a full group a later key may lie beyond it: tombstone.
    if first(ld(mem, g), CTRL_EMPTY).is_some() {
        set_ctrl(mem, g, i, CTRL_EMPTY);
        st16(mem, tab + T_GROWTH_LEFT, ld16(mem, tab + T_GROWTH_LEFT) + 1);
    } else {
        set_ctrl(mem, g, i, CTRL_DELETED);
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
    let empty = |mem: &mut Memory, g: u64, n: u64| {
        zero(mem, g, n * t.group_size());
        for i in 0..n {
            st(mem, g + i * t.group_size(), CTRL_WORD_EMPTY);
        }
    };
    if ld(mem, m + DIR_LEN) == 0 {
        let g = ld(mem, m + DIR_PTR);
        empty(mem, g, 1);
    } else {
        for tab in tables(mem, m) {
            let tb = table(mem, tab);
            empty(mem, tb.groups, tb.mask + 1);
            st16(mem, tab + T_USED, 0);
            st16(mem, tab + T_GROWTH_LEFT, max_growth_left(ld16(mem, tab + T_CAP)));
        }
    }
    st(mem, m + USED, 0);
    st(mem, m + CLEAR_SEQ, ld(mem, m + CLEAR_SEQ) + 1);
}

/// `Iter.Init`: the iterator state goes to `it` (HITER_SIZE bytes).
pub fn iter_init<E: MapEnv>(env: &mut E, _t: &MapType, m: u64, it: u64) {
    zero(env.mem(), it, HITER_SIZE);
    if len(env.mem(), m) == 0 {
        return; // nothing, not even entries added later
    }
    let entry_offset = env.rand();
    let dir_offset = env.rand();
    let mem = env.mem();
    let (dir, dlen) = (ld(mem, m + DIR_PTR), ld(mem, m + DIR_LEN));
    // A small map's group is captured: dirIdx -1.
    let (dir_idx, group) = if dlen == 0 { (u64::MAX, dir) } else { (0, 0) };
    let words = [
        (IT_MAP, m),
        (IT_GROUP, group),
        (IT_ENTRY_OFFSET, entry_offset),
        (IT_DIR_OFFSET, dir_offset),
        (IT_CLEAR_SEQ, ld(mem, m + CLEAR_SEQ)),
        (IT_GLOBAL_DEPTH, ld8(mem, m + GLOBAL_DEPTH)),
        (IT_DIR_IDX, dir_idx),
    ];
    for (off, v) in words {
        st(mem, it + off, v);
    }
}

/// What slot `k` of group `g` gives an iterator: nothing when empty;
/// from a replaced (grown) table, the key's entry in the live map.
fn iter_slot<E: MapEnv>(
    env: &mut E,
    t: &MapType,
    m: u64,
    g: u64,
    k: u64,
    grown: bool,
) -> Result<Option<(u64, u64)>, E::Err> {
    if ctrl(ld(env.mem(), g), k) & CTRL_EMPTY != 0 {
        return Ok(None);
    }
    if !grown {
        return Ok(Some((t.key(g, k), t.elem(g, k))));
    }
    grown_key_elem(env, t, m, g, k)
}

/// The current key and elem of the entry at `(g, i)` of a replaced table
/// or small group (`grownKeyElem`): the live map's, None if deleted — a
/// NaN key, which only `clear` removes, is still the old slot's.
fn grown_key_elem<E: MapEnv>(env: &mut E, t: &MapType, m: u64, g: u64, i: u64) -> Result<Option<(u64, u64)>, E::Err> {
    let k = t.key(g, i);
    let hash = hash(env, m, k)?;
    Ok(match find(env, t, m, hash, k)? {
        Some((g2, i2)) => Some((t.key(g2, i2), t.elem(g2, i2))),
        None if env.equal(k, k)? => None,
        None => Some((k, t.elem(g, i))),
    })
}

/// `Iter.Next`: the next entry's key and elem addresses (also stored at
/// words 0 and 1 of `it`), or None at the end. Walks the directory from a
/// random entry, each table's slots from a random one; a table replaced
/// meanwhile is still walked, its keys looked up in the live map.
pub fn iter_next<E: MapEnv>(env: &mut E, t: &MapType, it: u64) -> Result<Option<(u64, u64)>, E::Err> {
    let found = next_entry(env, t, it)?;
    let (k, v) = found.unwrap_or((0, 0));
    let mem = env.mem();
    st(mem, it + IT_KEY, k);
    st(mem, it + IT_ELEM, v);
    Ok(found)
}

fn next_entry<E: MapEnv>(env: &mut E, t: &MapType, it: u64) -> Result<Option<(u64, u64)>, E::Err> {
    let mem = env.mem();
    let m = ld(mem, it + IT_MAP);
    if m == 0 || ld(mem, it + IT_CLEAR_SEQ) != ld(mem, m + CLEAR_SEQ) {
        return Ok(None);
    }
    let entry_offset = ld(mem, it + IT_ENTRY_OFFSET);
    if ld(mem, it + IT_DIR_IDX) == u64::MAX {
        let g = ld(mem, it + IT_GROUP);
        let grown = ld(mem, m + DIR_LEN) > 0;
        loop {
            let mem = env.mem();
            let idx = ld(mem, it + IT_ENTRY_IDX);
            if idx >= GROUP_SLOTS {
                return Ok(None);
            }
            st(mem, it + IT_ENTRY_IDX, idx + 1);
            let k = (idx + entry_offset) % GROUP_SLOTS;
            if let Some(e) = iter_slot(env, t, m, g, k, grown)? {
                return Ok(Some(e));
            }
        }
    }
    // The directory grew: the same position in the larger one.
    let global = ld8(mem, m + GLOBAL_DEPTH);
    let it_global = ld(mem, it + IT_GLOBAL_DEPTH);
    if it_global != global {
        let orders = global - it_global;
        st(mem, it + IT_DIR_IDX, ld(mem, it + IT_DIR_IDX) << orders);
        st(mem, it + IT_DIR_OFFSET, ld(mem, it + IT_DIR_OFFSET) << orders);
        st(mem, it + IT_GLOBAL_DEPTH, global);
    }
    loop {
        let mem = env.mem();
        let (dir_idx, dir_len) = (ld(mem, it + IT_DIR_IDX), ld(mem, m + DIR_LEN));
        if dir_idx >= dir_len {
            return Ok(None);
        }
        let mut tab = ld(mem, it + IT_TAB);
        if tab == 0 {
            let di = dir_idx.wrapping_add(ld(mem, it + IT_DIR_OFFSET)) & (dir_len - 1);
            tab = ld(mem, ld(mem, m + DIR_PTR) + 8 * di);
            let index = ld(mem, tab + T_INDEX);
            if index != di {
                // Start with the table's first entry.
                let diff = di - index;
                st(mem, it + IT_DIR_OFFSET, ld(mem, it + IT_DIR_OFFSET).wrapping_sub(diff));
            }
            st(mem, it + IT_TAB, tab);
        }
        let tb = table(mem, tab);
        let mask = ld16(mem, tab + T_CAP) - 1;
        let grown = ld(mem, tab + T_INDEX) == u64::MAX;
        loop {
            let mem = env.mem();
            let idx = ld(mem, it + IT_ENTRY_IDX);
            if idx > mask {
                break;
            }
            st(mem, it + IT_ENTRY_IDX, idx + 1);
            let e = (idx + entry_offset) & mask;
            let (g, k) = (tb.groups + (e / GROUP_SLOTS) * t.group_size(), e % GROUP_SLOTS);
            if let Some(e) = iter_slot(env, t, m, g, k, grown)? {
                return Ok(Some(e));
            }
        }
        // nextDirIdx: past every entry this table covered.
        let mem = env.mem();
        let entries = 1u64 << (ld8(mem, m + GLOBAL_DEPTH) - local_depth(mem, tab));
        st(mem, it + IT_DIR_IDX, ld(mem, it + IT_DIR_IDX) + entries);
        st(mem, it + IT_TAB, 0);
        st(mem, it + IT_ENTRY_IDX, 0);
    }
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

    /// Total slots of a map's tables (0 for a small map).
    fn capacity(mem: &Memory, m: u64) -> u64 {
        if ld(mem, m + DIR_LEN) == 0 { 0 } else { tables(mem, m).iter().map(|&t| ld16(mem, t + T_CAP)).sum() }
    }

    #[test]
    fn layout_and_sizing() {
        assert_eq!((INT.slot_size(), INT.group_size(), INT.elem_off()), (16, 136, 8));
        let b = MapType { key_size: 1, key_align: 1, ..INT };
        assert_eq!((b.elem_off(), b.slot_size()), (8, 16));
        let bb = MapType { elem_size: 1, elem_align: 1, ..b };
        assert_eq!((bb.slot_size(), bb.group_size(), MapType { elem_size: 0, ..bb }.slot_size()), (2, 24, 1));
        let (mut env, m) = Env::new(1, INT);
        assert_eq!(ld(&env.mem, m + DIR_PTR), 0, "no group until the first insert");
        for (hint, slots, dir) in
            [(8, 0, 0), (9, 16, 1), (14, 16, 1), (15, 32, 1), (1000, 2048, 2), (u64::MAX / 4, 0, 0)]
        {
            let m = makemap(&mut env, &INT, hint);
            assert_eq!((capacity(&env.mem, m), ld(&env.mem, m + DIR_LEN)), (slots, dir), "hint {hint}");
        }
    }

    #[test]
    fn insert_lookup_update_delete() {
        for t in [INT, STR] {
            let (mut env, m) = Env::new(7, t);
            (0..8).for_each(|k| env.put(m, k, k * 10));
            assert_eq!(ld(&env.mem, m + DIR_LEN), 0, "8 entries stay small");
            env.put(m, 3, 333);
            assert_eq!(ld(&env.mem, m + DIR_LEN), 0, "an update of a full small map does not grow it");
            env.put(m, 8, 80);
            assert_eq!(capacity(&env.mem, m), 16, "the 9th key converts");
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
        let (n, dir) = (capacity(&env.mem, m), ld(&env.mem, m + DIR_LEN));
        assert!(dir.is_power_of_two() && tables(&env.mem, m).len() >= 98 && n <= 256 * 1024, "{n} slots");
        (0..100_000).step_by(3).for_each(|k| env.del(m, k));
        let tombs: u64 = tables(&env.mem, m).iter().map(|&t| tombstones(&env.mem, t)).sum();
        assert!(tombs > 0 && len(&env.mem, m) + tombs <= n * 7 / 8);
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
            assert!(capacity(&env.mem, m) > 512);
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
