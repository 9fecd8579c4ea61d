//! sync/atomic's functions (`sync/atomic/doc.go`): loads, stores, swaps,
//! compare-and-swaps, adds, ands and ors on modelled memory.
//!
//! Goroutines interleave on one OS thread and switch only at calls and
//! loop back-edges of Go code, so a native operation is indivisible.

use crate::stdlib::NativeFn;

pub const NATIVES: &[(&str, NativeFn)] = &[];
