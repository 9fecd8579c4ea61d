//! Package fmt: the formatting primitives of `fmt/format.go` (`format`)
//! and the printer that walks Go values by type (`print`).

pub mod format;
pub mod print;
