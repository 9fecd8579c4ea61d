//! Map iteration (`internal/runtime/maps`: `Iter.Init`, `Iter.Next`): a
//! randomised starting entry and directory offset, the small group or the
//! directory's tables in turn, entries of a replaced table looked up in
//! the live map, and the directory growing under the iterator. The state
//! lives in the frame (`HITER_SIZE` bytes).

use super::*;

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
