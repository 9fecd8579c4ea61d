//! `chan`: one channel's `hchan` (`runtime/chan.go`) as it lies in the
//! modelled heap: `qcount`/`dataqsiz`, the ring buffer slot by slot with
//! `recvx` and `sendx` marked, the closed flag, and the goroutines parked
//! on `recvq` and `sendq` in queue order, each sender with the value it
//! offers (its sudog's `elem`).
//!
//! Invariants: the filled slots are the `qcount` slots from `recvx` on,
//! around the ring; the others print `-` (the runtime zeroes a slot when
//! it is received from). Values print as fmt's `%v` would, read by an
//! inspecting printer (String methods are not called).
//! Simplifications: a buffer over 64 slots shows its first 64 filled
//! slots; a select's sudog that stays linked after another case of the
//! same select fired is shown and marked stale (the goroutine unlinks it
//! when it runs).

use super::{gname, named, value};
use crate::interp::Machine;
use crate::runtime::chan::{self as hc, RECVQ, RECVX, SENDQ, SENDX, TIMER};
use crate::runtime::trace::Tracer;
use crate::types::typ::TypeId;

/// Slots shown at most.
const MAX_SLOTS: u64 = 64;

pub fn chan(m: &mut Machine, t: &mut Tracer, ch: u64, elem: TypeId) -> String {
    let ty = crate::runtime::types::rtype_string(&m.checked, elem);
    if ch == 0 {
        return format!("chan {ty}: nil (send and receive block forever, close panics)\n");
    }
    let h = hc::read(&m.mem, ch);
    let word = |m: &Machine, off: u64| m.mem.load(ch.wrapping_add(off), 8).unwrap_or(0);
    let (sendx, recvx) = (word(m, SENDX), word(m, RECVX));
    let mut out = format!("chan {ty} {}\n", named(t, ch));
    let kind = if word(m, TIMER) != 0 { "  timer channel" } else { "" };
    out.push_str(&format!(
        "  qcount {}/{}  elemsize {}  closed {}{kind}\n",
        h.qcount, h.dataqsiz, h.elemsize, h.closed
    ));
    if h.dataqsiz == 0 {
        out.push_str("  unbuffered: values pass straight between goroutines\n");
    } else {
        out.push_str(&format!("  buf {}\n", buf_place(m, t, h.buf)));
        out.push_str(&ring(m, &h, sendx, recvx, elem));
    }
    for (label, q, sender) in [("recvq", RECVQ, false), ("sendq", SENDQ, true)] {
        out.push_str(&waiters(m, ch.wrapping_add(q), label, sender, elem));
    }
    out
}

/// Where the ring lies: right after the hchan in the same object (no
/// pointers in the elements) or in an object of its own.
fn buf_place(m: &Machine, t: &mut Tracer, buf: u64) -> String {
    match m.mem.heap.find_object(buf) {
        Some((_, _, base)) if base != buf => format!("{}+{} {buf:#x}", t.name(base, false), buf - base),
        Some(_) => named(t, buf),
        None => format!("{buf:#x}"),
    }
}

/// The ring slot by slot.
fn ring(m: &mut Machine, h: &hc::Hchan, sendx: u64, recvx: u64, elem: TypeId) -> String {
    // Wide arithmetic: a corrupt hchan must not overflow the host.
    let n = h.dataqsiz as u128;
    let filled = |i: u64| (i as u128 + n - recvx as u128 % n) % n < h.qcount as u128;
    let shown: Vec<u64> = if n <= MAX_SLOTS as u128 {
        (0..h.dataqsiz).collect()
    } else {
        (0..h.qcount.min(MAX_SLOTS)).map(|k| ((recvx as u128 + k as u128) % n) as u64).collect()
    };
    let mut rows = Vec::new();
    for &i in &shown {
        let at = h.buf.wrapping_add(i.wrapping_mul(h.elemsize));
        let v = if filled(i) { value(m, elem, at) } else { "-".into() };
        let marks: Vec<&str> =
            [(i == recvx, "recvx"), (i == sendx, "sendx")].iter().filter(|(on, _)| *on).map(|&(_, s)| s).collect();
        let marks = if marks.is_empty() { String::new() } else { format!("<- {}", marks.join(", ")) };
        rows.push(vec![format!("[{i}]"), v, marks]);
    }
    let mut out = super::table(&rows, "    ");
    if (shown.len() as u64) < h.dataqsiz {
        out.push_str(&format!("    ... {} more slots ({} filled)\n", h.dataqsiz - shown.len() as u64, h.qcount));
    }
    out
}

/// The goroutines waiting on the queue at `q`, first to be served first.
fn waiters(m: &mut Machine, q: u64, label: &str, sender: bool, elem: TypeId) -> String {
    let mut rows = Vec::new();
    let mut s = m.mem.load(q, 8).unwrap_or(0) as u32;
    let mut n = 0;
    while s != 0 && n <= m.sched.sudogs.len() {
        let Some(&sg) = m.sched.sudogs.get(s as usize - 1) else { break };
        let mut row = vec![gname(m, sg.g), String::new(), String::new()];
        if sg.is_select {
            let stale = if m.sched.allgs[sg.g].select_done { ", stale: its select has fired" } else { "" };
            row[1] = format!("(select case {}{stale})", sg.case);
        }
        if sender && sg.elem != 0 {
            row[2] = format!("offers {}", value(m, elem, sg.elem));
        }
        rows.push(row);
        s = sg.next;
        n += 1;
    }
    if rows.is_empty() {
        return format!("  {label}: empty\n");
    }
    format!("  {label}:\n{}", super::table(&rows, "    "))
}
