//! `runtime.ReadMemStats`: writes the model's memory statistics
//! (`runtime::mstats::read_mem_stats`) into a `runtime.MemStats` in Go's
//! layout.
//!
//! Like Go's `ReadMemStats` it first dereferences its argument (`_ =
//! m.Alloc`: a nil pointer panics as a nil dereference), then flushes the
//! mcache (`flushallmcaches`: the cached spans go back to their mcentral
//! and the tiny block is dropped, so the next tiny allocation takes a
//! fresh block, as in Go), then fills the record.
//! Simplification: Go stops the world around the read; goroutines switch
//! only between statements here, so the read is already indivisible.
//!
//! The layout (gc on amd64; checked against the type checker's in the
//! tests): the 24 `uint64` fields from `Alloc` to `PauseTotalNs`, then
//! `PauseNs` and `PauseEnd` (`[256]uint64` each), `NumGC` and
//! `NumForcedGC` (`uint32`), `GCCPUFraction` (`float64`), `EnableGC` and
//! `DebugGC` (`bool`), padding to 8, and `BySize`: 61 entries of
//! `struct{ Size uint32; Mallocs, Frees uint64 }`, 24 bytes each.

use super::NativeFn;
use crate::interp::{Machine, R};
use crate::ir::Kind;
use crate::runtime::mstats::read_mem_stats;

pub const NATIVES: &[(&str, NativeFn)] = &[("runtime.ReadMemStats", read_mem_stats_native)];

/// Byte offsets of `runtime.MemStats`'s fields.
mod off {
    /// The leading `uint64` fields, `Alloc` (0) to `PauseTotalNs` (23).
    pub const WORDS: u64 = 24;
    pub const PAUSE_NS: u64 = WORDS * 8; // 192
    pub const PAUSE_END: u64 = PAUSE_NS + 256 * 8; // 2240
    pub const NUM_GC: u64 = PAUSE_END + 256 * 8; // 4288
    pub const NUM_FORCED_GC: u64 = NUM_GC + 4; // 4292
    pub const GC_CPU_FRACTION: u64 = NUM_FORCED_GC + 4; // 4296
    pub const ENABLE_GC: u64 = GC_CPU_FRACTION + 8; // 4304
    pub const DEBUG_GC: u64 = ENABLE_GC + 1; // 4305
    pub const BY_SIZE: u64 = (DEBUG_GC + 1).next_multiple_of(8); // 4312
    /// One `BySize` entry: `Size` at 0, `Mallocs` at 8, `Frees` at 16.
    pub const BY_SIZE_ENTRY: u64 = 24;
    /// `unsafe.Sizeof(runtime.MemStats{})`.
    #[cfg(test)]
    pub const SIZE: u64 = BY_SIZE + crate::runtime::mstats::BY_SIZE_LEN as u64 * BY_SIZE_ENTRY; // 5776
}

fn read_mem_stats_native(m: &mut Machine, base: u64) -> R<()> {
    let p = m.ld64(base + 8)?;
    m.ld64(p)?; // the nil check
    m.flush_mcaches();
    let s = read_mem_stats(&m.mem.heap, &m.stacks, m.sched.ps.len() as u64);
    let words = [
        s.alloc,
        s.total_alloc,
        s.sys,
        s.lookups,
        s.mallocs,
        s.frees,
        s.heap_alloc,
        s.heap_sys,
        s.heap_idle,
        s.heap_inuse,
        s.heap_released,
        s.heap_objects,
        s.stack_inuse,
        s.stack_sys,
        s.mspan_inuse,
        s.mspan_sys,
        s.mcache_inuse,
        s.mcache_sys,
        s.buckhash_sys,
        s.gc_sys,
        s.other_sys,
        s.next_gc,
        s.last_gc,
        s.pause_total_ns,
    ];
    debug_assert_eq!(words.len() as u64, off::WORDS);
    for (i, &v) in words.iter().enumerate() {
        m.st(p + 8 * i as u64, Kind::U64, v)?;
    }
    for i in 0..256 {
        m.st(p + off::PAUSE_NS + 8 * i as u64, Kind::U64, s.pause_ns[i])?;
        m.st(p + off::PAUSE_END + 8 * i as u64, Kind::U64, s.pause_end[i])?;
    }
    m.st(p + off::NUM_GC, Kind::U32, s.num_gc as u64)?;
    m.st(p + off::NUM_FORCED_GC, Kind::U32, s.num_forced_gc as u64)?;
    m.st(p + off::GC_CPU_FRACTION, Kind::F64, s.gc_cpu_fraction.to_bits())?;
    m.st(p + off::ENABLE_GC, Kind::Bool, s.enable_gc as u64)?;
    m.st(p + off::DEBUG_GC, Kind::Bool, s.debug_gc as u64)?;
    for (i, b) in s.by_size.iter().enumerate() {
        let e = p + off::BY_SIZE + off::BY_SIZE_ENTRY * i as u64;
        m.st(e, Kind::U32, b.size as u64)?;
        m.st(e + 8, Kind::U64, b.mallocs)?;
        m.st(e + 16, Kind::U64, b.frees)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::off;
    use crate::source::SourceMap;

    /// The offsets agree with the type checker's layout of the stub's
    /// `MemStats`, and with gc's (`unsafe.Offsetof` under Go 1.27).
    #[test]
    fn layout_matches_the_checker() {
        let src = "package main\n\nimport \"runtime\"\n\nvar M runtime.MemStats\n\nfunc main() {}\n";
        let mut map = SourceMap::new();
        let id = map.add("./t.go", "t.go".into(), src.into());
        let (file, _) = crate::syntax::parse_file(&map, id);
        let c = crate::types::check(&mut map, &file.unwrap());
        assert!(c.errors.is_empty());
        let p = &c.program;
        let scope = p.pkgs[p.current.unwrap().0 as usize].scope;
        let t = p.objs.get(p.objs.lookup_local(scope, "M").unwrap()).ty;
        assert_eq!(p.size_of(t), off::SIZE);
        assert_eq!(off::SIZE, 5776);
        let offs = p.offsets_of(t);
        let mut want: Vec<u64> = (0..off::WORDS).map(|i| 8 * i).collect();
        want.extend([
            off::PAUSE_NS,
            off::PAUSE_END,
            off::NUM_GC,
            off::NUM_FORCED_GC,
            off::GC_CPU_FRACTION,
            off::ENABLE_GC,
            off::DEBUG_GC,
            off::BY_SIZE,
        ]);
        assert_eq!(offs, want);
        assert_eq!((off::PAUSE_NS, off::NUM_GC, off::GC_CPU_FRACTION, off::BY_SIZE), (192, 4288, 4296, 4312));
    }
}
