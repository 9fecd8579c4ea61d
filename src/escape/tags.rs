//! Parameter tags of library functions (gc's `param.Note` of the standard
//! library, as real gc computes them).
//!
//! gc analyses a call into another package with the callee's tags, which
//! come from that package's own compilation. gosub's library is different
//! Go code (much of it native), so its bodies say nothing about Go's tags:
//! `tags.txt` records real gc's tags for the library functions gosub
//! declares (made by `scripts/escape-tags` from `go build -gcflags=-m=2` of
//! each package). A library function missing from the table is treated as
//! gc treats a function without a body: every parameter leaks to the heap.
//!
//! Invariant: a tag is at least as conservative as what gosub's own
//! implementation does with the argument (natives keep no argument beyond
//! the call unless Go's function does too).

use super::graph::Leaks;
use std::collections::HashMap;
use std::sync::OnceLock;

type Table = HashMap<(String, String, String), Vec<(usize, Leaks)>>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table::new();
        for line in include_str!("tags.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut it = line.split(' ');
            let (Some(pkg), Some(recv), Some(name)) = (it.next(), it.next(), it.next()) else { continue };
            let recv = if recv == "-" { "" } else { recv };
            let mut params = Vec::new();
            for p in it {
                let Some((idx, tags)) = p.split_once(':') else { continue };
                let Ok(idx) = idx.parse::<usize>() else { continue };
                let mut l = Leaks::default();
                for tag in tags.split(',').filter(|s| !s.is_empty()) {
                    let (kind, rest) = tag.split_at(1);
                    match kind {
                        "h" => l.set(0, rest.parse().unwrap_or(0)),
                        "m" => l.set(1, rest.parse().unwrap_or(0)),
                        "c" => l.set(2, rest.parse().unwrap_or(0)),
                        "r" => {
                            if let Some((i, lv)) = rest.split_once('=') {
                                let i: usize = i.parse().unwrap_or(0);
                                if i < super::graph::NUM_RESULTS {
                                    l.set(3 + i, lv.parse().unwrap_or(0));
                                }
                            }
                        }
                        _ => {}
                    }
                }
                params.push((idx, l));
            }
            t.insert((pkg.to_string(), recv.to_string(), name.to_string()), params);
        }
        t
    })
}

/// The tags of library function `pkg.[recv.]name`, by parameter index (0:
/// the receiver, then the parameters from 1); parameters without pointers
/// have none. None when the function is not in the table.
pub(super) fn lookup(pkg: &str, recv: &str, name: &str) -> Option<&'static [(usize, Leaks)]> {
    table().get(&(pkg.to_string(), recv.to_string(), name.to_string())).map(|v| v.as_slice())
}
