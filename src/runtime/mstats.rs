//! Memory statistics (`runtime/mstats.go`): the collector's side of
//! `runtime.MemStats`.
//!
//! `GcStats` holds what the collector records at the end of each cycle
//! (`gcMarkTermination`): cycle counts, the next heap goal, pause times in
//! virtual nanoseconds, and the CPU fraction the gctrace line prints.
//! Invariant: `pause_ns[(num_gc + 255) % 256]` is the latest pause, as in Go.

/// What the collector reports to `ReadMemStats`.
#[derive(Clone, Debug)]
pub struct GcStats {
    pub num_gc: u32,
    pub num_forced_gc: u32,
    /// The heap goal of the next cycle (`MemStats.NextGC`).
    pub next_gc: u64,
    /// End of the last cycle, nanoseconds since the Unix epoch (0: none yet).
    pub last_gc_unix: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub gc_cpu_fraction: f64,
}

impl Default for GcStats {
    fn default() -> Self {
        GcStats {
            num_gc: 0,
            num_forced_gc: 0,
            next_gc: 4 << 20,
            last_gc_unix: 0,
            pause_total_ns: 0,
            pause_ns: [0; 256],
            pause_end: [0; 256],
            gc_cpu_fraction: 0.0,
        }
    }
}
