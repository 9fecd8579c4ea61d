//! Unit tests of the map model against a host environment (hashing and
//! equality of plain words and string headers, NaN and unhashable keys).

use super::grow::tombstones;
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
    for (hint, slots, dir) in [(8, 0, 0), (9, 16, 1), (14, 16, 1), (15, 32, 1), (1000, 2048, 2), (u64::MAX / 4, 0, 0)] {
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
        assert_eq!((len(&env.mem, m), env.get(m, 3), env.get(m, 49), env.get(m, 50)), (50, Some(333), Some(490), None));
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
