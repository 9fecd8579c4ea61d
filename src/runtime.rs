//! The runtime model: a working model of Go's runtime, one file per Go
//! counterpart (`$GOROOT/src/runtime`).
//!
//! The address space (`memory`), the allocator (`sizeclasses`, `mheap`,
//! `mcentral`, `mcache`, `malloc`), goroutine stacks (`stack`), maps,
//! slices and strings, type descriptors, panics (`panic`), and the
//! scheduler's records and queues (`runtime2`, `proc`, `chan`, `sema`,
//! `time`). The evaluator (`interp`) drives them. Invariant: heap memory is modelled memory with Go's
//! addresses; nothing here holds host pointers to Go values.

pub mod chan;
pub mod malloc;
pub mod map;
pub mod mbarrier;
pub mod mbitmap;
pub mod mcache;
pub mod mcentral;
pub mod memory;
pub mod mgc;
pub mod mgcmark;
pub mod mgcpacer;
pub mod mgcsweep;
pub mod mheap;
pub mod mstats;
pub mod panic;
pub mod print;
pub mod proc;
pub mod rand;
pub mod runtime2;
pub mod sema;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod string;
pub mod time;
pub mod trace;
pub mod types;
