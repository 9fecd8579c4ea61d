//! The standard library subset: the Go declarations the type checker reads
//! (`stdlib/pkgs/*.go`, signatures without bodies), and later the native
//! implementations the evaluator binds them to.
//!
//! Invariant: a stub declares exactly what Go 1.27 exports under the same
//! names and types, so programs check against gosub as against Go.

/// (import path, stub source) of every package gosub provides, generated
/// by build.rs from `src/stdlib/pkgs/*.go`.
pub const PACKAGES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/stdlib_packages.rs"));

pub fn stub_source(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}
