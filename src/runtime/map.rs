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
//! Growth (small map to table, doubling, splitting, tombstone pruning)
//! is in `map/grow.rs`, iteration in `map/iter.rs`.
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

mod grow;
mod iter;

use grow::{grow_to_table, prune_tombstones, rehash, unchecked_put};
pub use iter::{HITER_SIZE, iter_init, iter_next};

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

/// Runs `$found` (which returns) with `$i` the slot of group `$g`
/// (control word `$w`) holding `$key`: the slots whose control byte is the
/// hash's H2, compared in order. A macro, not a function: the probe loops
/// return from inside it, which keeps them as tight as written out.
macro_rules! on_key {
    ($env:expr, $t:expr, $g:expr, $w:expr, $hash:expr, $key:expr, |$i:ident| $found:expr) => {{
        let mut hits = match_ctrl($w, h2($hash));
        while hits != 0 {
            let $i = pop_slot(&mut hits);
            if $env.equal($key, $t.key($g, $i))? {
                $found
            }
        }
    }};
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
        on_key!(env, t, dir, ld(mem, dir), hash, key, |i| return Ok(Some((dir, i))));
        return Ok(None);
    }
    let tab = table(mem, table_in(mem, &h, hash));
    let gs = t.group_size();
    for o in Probe::new(hash, tab.mask) {
        let g = tab.groups + o * gs;
        let w = ld(env.mem(), g);
        on_key!(env, t, g, w, hash, key, |i| return Ok(Some((g, i))));
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

/// An assignment found `key` at slot `i` of group `g`: the stored key is
/// updated (see the header) and the elem's address returned.
#[inline(always)]
fn found<E: MapEnv>(env: &mut E, t: &MapType, g: u64, i: u64, key: u64) -> u64 {
    update_key(env, t, t.key(g, i), key);
    t.elem(g, i)
}

/// `putSlotSmall`: None when the group is full (and `key` absent).
fn put_small<E: MapEnv>(env: &mut E, t: &MapType, m: u64, hash: u64, key: u64) -> Result<Option<u64>, E::Err> {
    let g = ld(env.mem(), m + DIR_PTR);
    let w = ld(env.mem(), g);
    on_key!(env, t, g, w, hash, key, |i| return Ok(Some(found(env, t, g, i, key))));
    // Small maps have no tombstones.
    let Some(i) = first(w, CTRL_EMPTY) else { return Ok(None) };
    let mem = env.mem();
    copy(mem, t.key(g, i), key, t.key_size);
    set_ctrl(mem, g, i, h2(hash));
    st(mem, m + USED, ld(mem, m + USED) + 1);
    Ok(Some(t.elem(g, i)))
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
        on_key!(env, t, g, w, hash, key, |i| return Ok(Some(found(env, t, g, i, key))));
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

#[cfg(test)]
mod tests;
