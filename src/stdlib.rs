//! The standard library subset: the Go declarations the type checker reads
//! (`stdlib/pkgs/*.go`), and the native implementations the evaluator
//! binds bodiless declarations to (`NATIVES`, by Go symbol name).
//!
//! Invariant: a stub declares exactly what Go 1.27 exports under the same
//! names and types, so programs check against gosub as against Go. A
//! function with a Go body in its stub is lowered like user code; one
//! without is native, and a call to a native gosub lacks is a lowering
//! error naming it (never a silent wrong answer).

pub mod atomic;
pub mod fmt;
pub mod mstats;
pub mod natives;
pub mod osfile;
pub mod sched;
pub mod strconv;
pub mod unicode;

use crate::interp::{Machine, R};

/// (import path, stub source) of every package gosub provides, generated
/// by build.rs from `src/stdlib/pkgs/*.go`.
pub const PACKAGES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/stdlib_packages.rs"));

pub fn stub_source(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}

/// A native function: reads its arguments from the frame at `base` and
/// writes its results there (the layout of `ir::lower_call::sig_layout`).
pub type NativeFn = fn(&mut Machine, u64) -> R<()>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Native(pub u16);

/// Every native, by Go symbol name (index = `Native`).
fn table() -> impl Iterator<Item = &'static (&'static str, NativeFn)> {
    natives::NATIVES
        .iter()
        .chain(unicode::NATIVES)
        .chain(unicode::MORE)
        .chain(atomic::NATIVES)
        .chain(sched::NATIVES)
        .chain(mstats::NATIVES)
        .chain(osfile::NATIVES)
}

pub fn native_by_name(name: &str) -> Option<Native> {
    table().position(|(n, _)| *n == name).map(|i| Native(i as u16))
}

pub fn has_native(name: &str) -> bool {
    native_by_name(name).is_some()
}

pub fn call_native(n: Native, m: &mut Machine, base: u64) -> R<()> {
    let f = table().nth(n.0 as usize).expect("native index").1;
    f(m, base)
}

/// Walks a native's frame: arguments then results, each at the next
/// offset aligned to its size class, as the frame layout places them.
pub struct Frame {
    pub base: u64,
    off: u64,
}

impl Frame {
    pub fn new(base: u64) -> Frame {
        Frame { base, off: 8 }
    }
    /// The address of the next value of `size` bytes aligned to `align`.
    pub fn next(&mut self, size: u64, align: u64) -> u64 {
        self.off = self.off.div_ceil(align) * align;
        let a = self.base + self.off;
        self.off += size;
        a
    }
    pub fn word(&mut self) -> u64 {
        self.next(8, 8)
    }
    pub fn string(&mut self) -> u64 {
        self.next(16, 8)
    }
    pub fn slice(&mut self) -> u64 {
        self.next(24, 8)
    }
    pub fn iface(&mut self) -> u64 {
        self.next(16, 8)
    }
}
