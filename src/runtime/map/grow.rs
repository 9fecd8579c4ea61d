//! Map growth (`internal/runtime/maps/table.go`, `map.go`): a small map
//! turning into its first table, a table doubling (`grow`) or splitting in
//! two at 1024 slots (`split`), the directory entries a new table takes,
//! and tombstone pruning before a full table grows. Each allocates what
//! Go's does, in Go's order (`map.rs`'s header).

use super::*;

/// `growToTable`: a 16-slot table holding the small group's entries, then
/// a one-entry directory.
pub(super) fn grow_to_table<E: MapEnv>(env: &mut E, t: &MapType, m: u64) -> Result<u64, E::Err> {
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
pub(super) fn unchecked_put(mem: &mut Memory, t: &MapType, tab: u64, tb: Table, hash: u64, src: u64, n: u64) -> u64 {
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

/// `table.tombstones`.
pub(super) fn tombstones(mem: &Memory, tab: u64) -> u64 {
    let cap = ld16(mem, tab + T_CAP);
    max_growth_left(cap).saturating_sub(ld16(mem, tab + T_USED) + ld16(mem, tab + T_GROWTH_LEFT))
}

/// `pruneTombstones`: empties the tombstones no probe sequence needs,
/// when there are at least 10% and that frees at least 10% of the slots.
pub(super) fn prune_tombstones<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64) -> Result<(), E::Err> {
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
pub(super) fn rehash<E: MapEnv>(env: &mut E, t: &MapType, m: u64, tab: u64) -> Result<(), E::Err> {
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
    install_split(env, m, tab, left, right);
    st(env.mem(), tab + T_INDEX, u64::MAX);
    Ok(())
}

/// `installTableSplit`: doubles the directory first when `old` already
/// uses every bit of it.
fn install_split<E: MapEnv>(env: &mut E, m: u64, old: u64, left: u64, right: u64) {
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
