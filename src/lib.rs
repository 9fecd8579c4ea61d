//! gosub: an interpreter for a teaching-sized subset of Go whose runtime is a
//! working model of Go's own.
//!
//! The modules follow the pipeline (docs/ARCHITECTURE.md): `syntax` (lexer,
//! grammar, AST) feeds later stages; `source` and `diag` are shared by all.
//! Data flows forward only: no stage calls back into an earlier one.

pub mod cli;
pub mod diag;
pub mod driver;
pub mod escape;
pub mod fxhash;
pub mod inline;
pub mod interp;
pub mod ir;
pub mod runtime;
pub mod source;
pub mod stdlib;
pub mod step;
pub mod syntax;
pub mod types;

/// Stack size of the thread that runs the front end and the passes over the
/// tree (reserved address space, not resident memory).
pub const HOST_STACK: usize = 1 << 30;
