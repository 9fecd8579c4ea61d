//! The stepper's views of runtime state: the scheduler, a channel, the
//! heap, the allocator's span hierarchy and the collector. Each view is a
//! pure function from the stopped machine to text; the submodules hold one
//! view each, this file the helpers they share.
//!
//! Invariants: a view changes nothing a program can observe: it allocates
//! nothing in the modelled heap, writes no modelled memory (values are
//! printed by an inspecting `Printer`: no String methods, no scratch, no
//! random draws), emits no events and leaves the collector's state alone.
//! The only state it touches is the tracer's table of object names, which
//! it extends when it names an object the trace never named (objects the
//! library's initialisers made before the trace started). Output is
//! deterministic: goroutines by Go's number (`G1`), objects by their trace
//! names beside their modelled addresses, times on the virtual clock, no
//! host addresses and no hash-map order; lines carry no trailing spaces and
//! nested items are indented by two spaces.

mod chan;
mod gc;
mod heap;
mod mem;
mod sched;

pub use chan::chan;
pub use gc::gc;
pub use heap::heap;
pub use mem::mem;
pub use sched::sched;

use crate::interp::Machine;
use crate::runtime::mheap::ARENA_BASE;
use crate::runtime::runtime2::GId;
use crate::runtime::sizeclasses::SpanClass;
use crate::runtime::trace::Tracer;
use crate::types::typ::TypeId;

/// Rows as a table: every column padded to its widest cell, columns two
/// spaces apart, a column empty in every row left out, each line indented
/// by `indent` and trimmed at the end.
fn table(rows: &[Vec<String>], indent: &str) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut width = vec![0; cols];
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    for r in rows {
        let mut line = String::from(indent);
        let mut first = true;
        for (i, c) in r.iter().enumerate() {
            if width[i] == 0 {
                continue;
            }
            if !first {
                line.push_str("  ");
            }
            first = false;
            line.push_str(c);
            line.extend(std::iter::repeat_n(' ', width[i] - c.chars().count()));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A time on the virtual clock, as the trace prints it (`1.000000ms`).
fn ms(ns: i64) -> String {
    let sign = if ns < 0 { "-" } else { "" };
    let ns = ns.unsigned_abs();
    format!("{sign}{}.{:06}ms", ns / 1_000_000, ns % 1_000_000)
}

/// A byte count, with its binary magnitude from 1 KiB on.
fn bytes(n: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    match UNITS.iter().find(|&&(_, u)| n >= u) {
        Some(&(name, u)) => format!("{n} B ({:.2} {name})", n as f64 / u as f64),
        None => format!("{n} B"),
    }
}

/// `n` things, in the plural unless one (`1 run`, `2 runs`).
fn count(n: impl Into<u64>, thing: &str) -> String {
    let n = n.into();
    if n == 1 { format!("1 {thing}") } else { format!("{n} {thing}s") }
}

/// A goroutine by Go's number.
fn gname(m: &Machine, g: GId) -> String {
    format!("G{}", m.sched.allgs[g].goid)
}

/// An object or channel: its trace name (`o4`) and its address.
fn named(t: &mut Tracer, addr: u64) -> String {
    if addr == 0 {
        return "nil".into();
    }
    format!("{} {addr:#x}", t.name(addr, false))
}

/// An address inside modelled memory: the heap object holding it, named
/// through `name` (with the offset into it; the bare address when it has
/// no name), else the region it lies in.
fn place(m: &Machine, addr: u64, name: &mut dyn FnMut(u64) -> Option<String>) -> String {
    if addr == 0 {
        return "nil".into();
    }
    if let Some((_, _, base)) = m.mem.heap.find_object(addr) {
        return match (name(base), addr - base) {
            (None, _) => format!("{addr:#x}"),
            (Some(n), 0) => format!("{n} {addr:#x}"),
            (Some(n), off) => format!("{n}+{off} {addr:#x}"),
        };
    }
    let region = if addr >= ARENA_BASE {
        "stack"
    } else if addr >= crate::runtime::memory::DATA_BASE {
        "global"
    } else {
        "rodata"
    };
    format!("{region} {addr:#x}")
}

/// An address named by the names the trace already gave (none new).
fn place_known(m: &Machine, t: &Tracer, addr: u64) -> String {
    place(m, addr, &mut |a| t.known_name(a))
}

/// A value as `fmt.Println` prints it, read without changing the program.
/// An interface is unwrapped first, as fmt does with its operands (so a
/// pointer to a struct in an `any` prints `&{...}`).
fn value(m: &mut Machine, mut ty: TypeId, mut addr: u64) -> String {
    if m.checked.types.is_interface(ty) {
        let (tw, data) = (m.mem.load(addr, 8).unwrap_or(0), m.mem.load(addr + 8, 8).unwrap_or(0));
        let empty = m.checked.type_set(ty).methods.is_empty();
        let Some(dt) = crate::runtime::types::type_of_word(&m.mem, tw, !empty).filter(|_| tw != 0) else {
            return "<nil>".into();
        };
        (ty, addr) = (dt, if m.rtypes.is_direct(&m.checked, dt) { addr + 8 } else { data });
    }
    let mut p = crate::stdlib::fmt::print::Printer::inspector(m);
    match p.print_value(ty, addr, 'v', Default::default(), 0) {
        Ok(()) => String::from_utf8_lossy(&p.buf).into_owned(),
        Err(_) => "?".into(),
    }
}

/// A span class as Go numbers it, with its size class and kind.
fn spanclass(spc: SpanClass) -> String {
    format!("{} (class {} {})", spc.0, spc.sizeclass(), if spc.noscan() { "noscan" } else { "scan" })
}

#[cfg(test)]
mod tests;
