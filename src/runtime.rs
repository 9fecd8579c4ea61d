//! The runtime model: a working model of Go's runtime, one file per Go
//! counterpart (`$GOROOT/src/runtime`).
//!
//! So far: the address space (`memory`), the allocator's data structures
//! (`sizeclasses`, `mheap`, `mcentral`, `mcache`, `malloc`) and goroutine
//! stacks (`stack`), which issue 4's evaluator will run on. The scheduler, channels, collector and panics follow in their
//! issues (5–9). Invariant: heap memory is modelled memory with Go's
//! addresses; nothing here holds host pointers to Go values.

pub mod malloc;
pub mod map;
pub mod mcache;
pub mod mcentral;
pub mod memory;
pub mod mheap;
pub mod panic;
pub mod print;
pub mod rand;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod string;
pub mod types;
