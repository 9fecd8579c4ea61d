//! The pacer (`runtime/mgcpacer.go`, RUNTIME-REFERENCE §3.6–3.7): when a
//! cycle starts and how much marking an allocation must pay for.
//!
//! After each cycle: goal = marked + (marked + stack scan + globals) ×
//! GOGC/100, at least 4 MiB × GOGC/100 (`heapMinimum`), at most the
//! memory limit's goal (GOMEMLIMIT minus non-heap memory, minus a headroom
//! of max(3 %, 1 MiB)). The trigger lies 7/8 of the way from the marked
//! heap to the goal, inside Go's clamp of [45/64, 61/64] and never within
//! 64 KiB of the goal. `heap_live` is what the collector counts as live:
//! the marked bytes of the last cycle plus everything allocated since.
//! During marking each allocated byte owes `assist_ratio` words of scan
//! work (`assistWorkPerByte`): the scan work expected over the runway
//! left to the goal.
//!
//! Simplifications: the trigger is a fixed fraction of the runway instead
//! of being derived from the measured cons/mark ratio (the reference calls
//! that model faithful); there is no GC CPU limiter.

/// `defaultHeapMinimum`: 4 MiB.
pub const HEAP_MINIMUM: u64 = 4 << 20;
/// `minRunway`: the trigger stays this far below the goal.
const MIN_RUNWAY: u64 = 64 << 10;
/// GOMEMLIMIT's default, `math.MaxInt64` (no limit).
pub const NO_LIMIT: u64 = i64::MAX as u64;

#[derive(Clone, Debug)]
pub struct Pacer {
    /// GOGC; -1 for `off`.
    pub gogc: i64,
    /// GOMEMLIMIT in bytes.
    pub mem_limit: u64,
    /// Bytes marked by the last cycle (`heapMarked`).
    pub heap_marked: u64,
    /// `heapLive`: marked by the last cycle plus allocated since.
    pub heap_live: u64,
    pub goal: u64,
    pub trigger: u64,
    /// Scannable stack and global bytes seen by the last cycle.
    pub stack_scan: u64,
    pub globals_scan: u64,
    /// Scan words owed per allocated byte during marking.
    pub assist_ratio: f64,
}

/// `readGOGC`: "off" is -1, an integer is itself, anything else 100.
pub fn parse_gogc(v: Option<&str>) -> i64 {
    match v {
        Some("off") => -1,
        Some(s) => s.parse::<i64>().map_or(100, |n| n.max(-1)),
        None => 100,
    }
}

/// GOMEMLIMIT: bytes with an optional B, KiB, MiB, GiB or TiB suffix;
/// "off" or anything unreadable means no limit.
pub fn parse_memlimit(v: Option<&str>) -> u64 {
    let Some(s) = v else { return NO_LIMIT };
    let units = [("TiB", 1u64 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("B", 1)];
    let (num, mul) = units.iter().find_map(|&(u, m)| s.strip_suffix(u).map(|n| (n, m))).unwrap_or((s, 1));
    num.parse::<u64>().ok().and_then(|n| n.checked_mul(mul)).map_or(NO_LIMIT, |n| n.min(NO_LIMIT))
}

impl Pacer {
    pub fn new(gogc: i64, mem_limit: u64) -> Pacer {
        let mut p = Pacer {
            gogc,
            mem_limit,
            heap_marked: 0,
            heap_live: 0,
            goal: 0,
            trigger: 0,
            stack_scan: 0,
            globals_scan: 0,
            assist_ratio: 0.0,
        };
        p.commit(0, 0, 0, 0);
        p
    }

    /// `gcControllerState.commit`: the goal and trigger after a cycle
    /// that marked `marked` bytes; `non_heap` is the memory the limit
    /// counts beside the heap (stacks).
    pub fn commit(&mut self, marked: u64, stack_scan: u64, globals_scan: u64, non_heap: u64) {
        self.heap_marked = marked;
        self.stack_scan = stack_scan;
        self.globals_scan = globals_scan;
        let limit_goal = {
            let avail = self.mem_limit.saturating_sub(non_heap);
            avail - (avail / 100 * 3).max(1 << 20).min(avail)
        };
        let goal = if self.gogc < 0 {
            limit_goal
        } else {
            let g = self.gogc as u64;
            let percent_goal = marked + (marked + stack_scan + globals_scan) * g / 100;
            percent_goal.max(HEAP_MINIMUM * g / 100).min(limit_goal)
        };
        self.goal = goal;
        let runway = goal.saturating_sub(marked);
        self.trigger = if self.gogc < 0 && self.mem_limit == NO_LIMIT {
            u64::MAX
        } else {
            (marked + runway / 8 * 7).min(goal.saturating_sub(MIN_RUNWAY)).max(marked)
        };
    }

    /// At mark start: scan work expected (words) over the runway left.
    /// The expected work is the whole live heap's (Go's `maxScanWork`
    /// bound), so marking ends by the goal even when the last cycle's
    /// figures say little (the first cycle).
    pub fn start_assists(&mut self) {
        let expected = (self.heap_live + self.stack_scan + self.globals_scan) / 8;
        let runway = self.goal.saturating_sub(self.heap_live).max(MIN_RUNWAY);
        self.assist_ratio = expected.max(1) as f64 / runway as f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals() {
        // The first goal is heapMinimum scaled by GOGC (gctrace: 4, 2, 8 MB).
        assert_eq!(Pacer::new(100, NO_LIMIT).goal, 4 << 20);
        assert_eq!(Pacer::new(50, NO_LIMIT).goal, 2 << 20);
        assert_eq!(Pacer::new(200, NO_LIMIT).goal, 8 << 20);
        // 10 MiB live doubles (plus stacks and globals).
        let mut p = Pacer::new(100, NO_LIMIT);
        p.commit(10 << 20, 8192, 4096, 0);
        assert_eq!(p.goal, (20 << 20) + 8192 + 4096);
        assert!(p.trigger > 10 << 20 && p.trigger < p.goal);
        // GOGC=off: no heap trigger, the goal comes from MaxInt64.
        let off = Pacer::new(-1, NO_LIMIT);
        assert_eq!(off.trigger, u64::MAX);
        assert!(off.goal >> 20 > 8_000_000_000_000);
        // A memory limit caps the goal.
        let mut l = Pacer::new(-1, 8 << 20);
        l.commit(1 << 20, 0, 0, 0);
        assert_eq!(l.goal, (8 << 20) - (1 << 20));
        assert!(l.trigger < l.goal);
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_gogc(Some("off")), -1);
        assert_eq!(parse_gogc(Some("50")), 50);
        assert_eq!(parse_gogc(Some("x")), 100);
        assert_eq!(parse_memlimit(Some("8MiB")), 8 << 20);
        assert_eq!(parse_memlimit(Some("1024")), 1024);
        assert_eq!(parse_memlimit(None), NO_LIMIT);
    }
}
