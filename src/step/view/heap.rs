//! `heap`: the heap objects reachable from one value, or from every root
//! the collector scans, each with its place in the allocator (size, size
//! class, span and span class) and its colour in the tri-colour
//! abstraction, and what first reached it.
//!
//! Reachability is the collector's own (`runtime/mgcmark.go`): the roots
//! are `Machine::roots`, in the order `mark_roots` scans them (stack
//! objects only when live, labelled with why; the dead ones that hold heap
//! pointers are listed as not scanned); a word is a
//! pointer when `findObject` finds an allocated slot containing it
//! (interior pointers included); objects in scan spans are scanned by
//! their layout (`runtime/mbitmap.rs`: only their pointer words, as the
//! collector does), noscan ones not at all. The walk is
//! breadth-first from the roots in root order, so the listing is
//! deterministic; objects are named in that order when the trace has not
//! named them yet.
//! Colours: while a cycle marks (`gcw.marking`), grey is an object in the
//! grey queue, black one whose mark bit is set and that is not queued
//! (scanned, or noscan), white one unmarked; with no cycle marking every
//! object is white, and the mark bits left in unswept spans are last
//! cycle's, not colours, so they are not shown.
//! Frames are read by their pointer maps, as the collector reads them
//! (`Machine::root_words`).
//! Simplifications: the value given as a root is scanned word by word
//! (only when its type holds pointers); at most
//! `MAX_OBJECTS` lines, then a count of the rest.

use super::{bytes, count, gname, named, table};
use crate::interp::{Live, Machine, Root};
use crate::runtime::mheap::{ARENA_BASE, SpanId};
use crate::runtime::trace::Tracer;
use crate::types::typ::TypeId;
use std::collections::HashSet;

/// Objects listed at most.
const MAX_OBJECTS: usize = 200;

/// What first reached an object.
enum Via {
    /// A root (by its label's index), and the word's address when the
    /// root is a region.
    Root(usize, Option<u64>),
    /// A word at this offset of the value given as the root.
    Value(u64),
    /// A word at this offset of an object (by its index in the walk).
    Object(usize, u64),
}

/// The candidate pointers of the roots, each with its `Via`, and the
/// roots' labels (`G1 stack`, `global`, `G3 sudog elem`).
struct Starts {
    words: Vec<(u64, Via)>,
    labels: Vec<String>,
}

struct Obj {
    base: u64,
    span: SpanId,
    via: Via,
}

/// `globals`: the package variables to scan (name, address, size), in
/// place of the whole data segment, so the library's own objects stay
/// out of a learner's picture; None scans every root.
pub fn heap(
    m: &mut Machine,
    t: &mut Tracer,
    root: Option<(u64, TypeId)>,
    globals: Option<&[(String, u64, u64)]>,
) -> String {
    let (mut out, Starts { words, labels }) = match root {
        None => all_roots(m, globals),
        Some((addr, ty)) => one_value(m, t, addr, ty),
    };
    let objs = walk(m, words);
    let total: u64 = objs.iter().map(|o| m.mem.heap.span(o.span).elemsize).sum();
    out.push_str(&format!("  {}, {}\n", count(objs.len() as u64, "object"), bytes(total)));
    let marking = m.mem.heap.gcw.marking;
    out.push_str(&if marking {
        format!(
            "  colours: cycle {} is marking: grey = in the grey queue, black = marked and scanned, white = not marked yet\n",
            m.gc.num_gc + 1
        )
    } else {
        format!("  colours: no cycle is marking ({}): every object is white\n", m.gc.phase.name())
    });
    let grey: HashSet<u64> = m.mem.heap.gcw.grey.iter().copied().collect();
    let mut names: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for o in objs.iter().take(MAX_OBJECTS) {
        let name = t.name(o.base, false);
        let s = m.mem.heap.span(o.span);
        let class = match s.spanclass.sizeclass() {
            0 => "large".to_string(),
            c => format!("class {c}"),
        };
        let kind = if s.spanclass.noscan() { "noscan" } else { "scan" };
        let colour = if !marking {
            "white"
        } else if grey.contains(&o.base) {
            "grey"
        } else if m.mem.heap.is_marked(o.base) {
            "black"
        } else {
            "white"
        };
        let via = match &o.via {
            Via::Root(r, None) => labels[*r].clone(),
            Via::Root(r, Some(a)) => format!("{} {a:#x}", labels[*r]),
            Via::Value(off) => format!("value+{off}"),
            Via::Object(i, 0) => names[*i].clone(),
            Via::Object(i, off) => format!("{}+{off}", names[*i]),
        };
        rows.push(vec![
            name.clone(),
            format!("{:#x}", o.base),
            format!("{} B", s.elemsize),
            class,
            format!("span {:#x}", s.start),
            format!("spanclass {} {kind}", s.spanclass.0),
            colour.to_string(),
            format!("<- {via}"),
        ]);
        names.push(name);
    }
    out.push_str(&table(&rows, "  "));
    if objs.len() > MAX_OBJECTS {
        let rest: u64 = objs[MAX_OBJECTS..].iter().map(|o| m.mem.heap.span(o.span).elemsize).sum();
        out.push_str(&format!("  ... {} more objects, {}\n", objs.len() - MAX_OBJECTS, bytes(rest)));
    }
    out
}

/// Every root's candidate pointers, in scan order, with where each lies.
fn all_roots(m: &Machine, globals: Option<&[(String, u64, u64)]>) -> (String, Starts) {
    let mut st = Starts { words: Vec::new(), labels: Vec::new() };
    let word = |a: u64| m.mem.load(a, 8).unwrap_or(0);
    let roots = m.roots();
    let mut dead = Vec::new();
    if let Some(gs) = globals {
        for (name, lo, size) in gs {
            st.labels.push(format!("var {name}"));
            let l = st.labels.len() - 1;
            for a in (*lo..lo + size).step_by(8) {
                let v = word(a);
                if v >= ARENA_BASE {
                    st.words.push((v, Via::Root(l, Some(a))));
                }
            }
        }
    }
    for r in &roots {
        if globals.is_some() && matches!(r, Root::Globals { .. }) {
            continue;
        }
        if let Root::StackObject { g, func, idx, live: Live::Dead, .. } = *r {
            // Not scanned: said when it holds heap pointers.
            let mut holds = false;
            m.root_words(r, |_, v| holds |= m.mem.heap.find_object(v).is_some());
            if holds {
                dead.push(format!("{} {}", gname(m, g), stack_object(m, func, idx)));
            }
            continue;
        }
        let label = match *r {
            Root::Globals { .. } => "global".to_string(),
            Root::Stack { g, .. } | Root::Frame { g, .. } | Root::StackObject { g, .. } if m.sched.allgs[g].system => {
                "runtime goroutine stack".to_string()
            }
            Root::Stack { g, .. } | Root::Frame { g, .. } => format!("{} stack", gname(m, g)),
            Root::StackObject { g, func, idx, live, .. } => {
                let why = if live == Live::Named { "named later" } else { "pointed to" };
                format!("{} stack object {} ({why})", gname(m, g), stack_object(m, func, idx))
            }
            Root::Word { g: Some(g), what, .. } if !m.sched.allgs[g].system => format!("{} {what}", gname(m, g)),
            Root::Word { what, .. } => what.to_string(),
        };
        if st.labels.last() != Some(&label) {
            st.labels.push(label);
        }
        let l = st.labels.len() - 1;
        // The words the collector examines: a frame's by its map.
        m.root_words(r, |a, v| {
            if v >= ARENA_BASE || a.is_none() {
                st.words.push((v, Via::Root(l, a)));
            }
        });
    }
    let stacks = roots.iter().filter(|r| matches!(r, Root::Stack { first: true, .. })).count();
    let mut head = format!(
        "heap reachable from every root ({}, {}, runtime records)\n",
        if globals.is_some() { "the program's globals" } else { "globals" },
        count(stacks as u64, "stack segment")
    );
    if !dead.is_empty() {
        head.push_str(&format!("  dead stack objects, not scanned: {}\n", dead.join(", ")));
    }
    (head, st)
}

/// The candidate pointers of one value.
fn one_value(m: &Machine, t: &mut Tracer, addr: u64, ty: TypeId) -> (String, Starts) {
    let size = m.checked.size_of(ty);
    let ts = crate::runtime::types::rtype_string(&m.checked, ty);
    let inside = match m.mem.heap.find_object(addr) {
        Some((_, _, base)) if base == addr => format!(", in {}", named(t, base)),
        Some((_, _, base)) => format!(", in {}+{}", named(t, base), addr - base),
        None => String::new(),
    };
    let head = format!("heap reachable from {ts} at {addr:#x} ({size} B{inside})\n");
    let mut st = Starts { words: Vec::new(), labels: Vec::new() };
    if m.checked.has_pointers(ty) {
        let mut off = addr.wrapping_neg() % 8;
        // The value's words, up to the end of readable memory.
        while off + 8 <= size
            && let Some(v) = addr.checked_add(off).and_then(|a| m.mem.load(a, 8))
        {
            if v >= ARENA_BASE {
                st.words.push((v, Via::Value(off)));
            }
            off += 8;
        }
    }
    (head, st)
}

/// Breadth-first from the roots' words, scanning scan objects whole.
fn walk(m: &Machine, starts: Vec<(u64, Via)>) -> Vec<Obj> {
    let heap = &m.mem.heap;
    let mut seen: HashSet<u64> = HashSet::new();
    let mut objs: Vec<Obj> = Vec::new();
    let mut reach = |objs: &mut Vec<Obj>, v: u64, via: Via| {
        if let Some((span, _, base)) = heap.find_object(v)
            && seen.insert(base)
        {
            objs.push(Obj { base, span, via });
        }
    };
    for (v, via) in starts {
        reach(&mut objs, v, via);
    }
    // The list is the queue: objects are scanned in the order found.
    let mut i = 0;
    while i < objs.len() {
        let (base, s) = (objs[i].base, heap.span(objs[i].span));
        let mut off = 0;
        while !s.spanclass.noscan() && off + 8 <= s.elemsize {
            let v = m.mem.load(base + off, 8).unwrap_or(0);
            if v >= ARENA_BASE && heap.is_ptr_word(base + off) {
                reach(&mut objs, v, Via::Object(i, off));
            }
            off += 8;
        }
        i += 1;
    }
    objs
}

/// A stack object as the listing names it: `x (main.main)`, or for an
/// allocation kept in the frame `main.main:12 temporary`.
fn stack_object(m: &Machine, func: crate::ir::FuncId, idx: u32) -> String {
    let f = &m.funcs[func as usize];
    let o = &f.stack_objects[idx as usize];
    if o.name.is_empty() {
        let (_, line, _) = m.map.line_col(o.pos);
        format!("{}:{line} temporary", f.name)
    } else {
        format!("{} ({})", o.name, f.name)
    }
}
