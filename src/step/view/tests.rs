//! Tests of the views on real programs: each program runs to its end
//! through the same stages as `gosub run`, and the views look at what is
//! left (goroutines still parked when main returned, the heap, the
//! collector). They check that the views tell the truth and that looking
//! changes nothing; the stepper's transcripts test the wording.

use crate::interp::{Machine, Options};
use crate::runtime::trace::{Format, Tracer};
use crate::source::SourceMap;

/// Runs `src` with `procs` Ps and GOGC `gogc`, then calls `f` on the
/// machine, whose tracer named every object the program made.
fn after_run(src: &str, procs: usize, gogc: i64, f: impl FnOnce(&mut Machine)) {
    let mut map = SourceMap::new();
    let id = map.add("./x.go", "x.go".into(), src.to_string());
    let (file, diags) = crate::syntax::parse_file(&map, id);
    assert!(diags.is_empty(), "{diags:?}");
    let file = file.unwrap();
    let checked = crate::types::check(&mut map, &file);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let lib: Vec<&crate::syntax::ast::File> = checked.stubs.iter().map(|(_, f)| f).collect();
    let mut esc = crate::escape::analyze(&checked.program, &map, &file, &lib, false);
    let mut all = lib.clone();
    all.push(&file);
    esc.stack_slices = crate::escape::stack_slices(&checked.program, &all, &esc.heap);
    let Ok(prog) = crate::ir::lower::lower(checked.program, &map, &file, &checked.stubs, esc) else {
        panic!("lowering failed")
    };
    let crate::ir::Program { funcs, entry, checked, memory, rtypes, os_args, errors, .. } = prog;
    let opts = Options {
        seed: 1,
        args: vec!["x".into()],
        display: "x.go".into(),
        panic_nil_error: false,
        schedtrace: None,
        real_clock: None,
        gogc,
        mem_limit: crate::runtime::mgcpacer::NO_LIMIT,
    };
    let mut m = Machine::new(&funcs, &map, checked, memory, rtypes, opts);
    m.errors = errors;
    m.trace = Some(Box::new(Tracer::new(Box::new(std::io::sink()), Format::Text, None, None, None)));
    m.mem.heap.log = Some(Vec::new());
    assert_eq!(m.run(entry, os_args, procs), 0);
    f(&mut m);
}

fn tidy(s: &str) {
    for l in s.lines() {
        assert_eq!(l, l.trim_end(), "trailing spaces");
    }
    if std::env::var_os("VIEW_SAMPLES").is_some() {
        eprintln!("{s}");
    }
}

const CHANNELS: &str = r#"package main

import (
	"runtime"
	"sync"
	"time"
)

type point struct{ X, Y int }

var ch = make(chan any, 4)
var wg sync.WaitGroup

func main() {
	ch <- point{1, 2}
	ch <- "two"
	<-ch
	ch <- 3
	ch <- &point{4, 5}
	ch <- time.Second
	go func() { ch <- point{6, 7} }()
	done := make(chan bool)
	go func() { <-done }()
	go func() { time.Sleep(time.Second) }()
	wg.Add(1)
	go func() { wg.Wait() }()
	go func() {
		select {
		case <-done:
		case ch <- map[string]int{"b": 2, "a": 1}:
		}
	}()
	runtime.Gosched()
	go func() {}()
}
"#;

#[test]
fn scheduler_on_two_ps() {
    after_run(CHANNELS, 2, 100, |m| {
        let m: &Machine = m;
        let s = super::sched(m, m.trace.as_deref().unwrap());
        tidy(&s);
        assert!(s.contains("P1  "), "{s}");
    });
}

#[test]
fn scheduler_and_channel() {
    after_run(CHANNELS, 1, 100, |m| {
        let s = super::sched(m, m.trace.as_deref().unwrap());
        tidy(&s);
        assert!(s.contains("P0  running G1"), "{s}");
        assert!(s.contains("runnext G12"), "{s}");
        assert!(s.contains("wakes G9 (time.Sleep)"), "{s}");
        assert!(s.contains("G8   [chan receive]         on o"), "{s}");
        assert!(s.contains("[sync.WaitGroup.Wait]  on global "), "{s}");
        assert!(s.contains("G11  [select]"), "{s}");
        // The channel the sender G7 waits on.
        let sg = m.sched.sudogs.iter().find(|s| m.sched.allgs[s.g].goid == 7).copied().unwrap();
        let t = &mut *m.trace.take().unwrap();
        let any = m.checked.types.any();
        let rng = m.rng.clone().next_u64();
        let before = (m.sp, m.mem.heap.stats.mallocs, m.mem.heap.mem.clone(), m.mem.data.clone());
        let c = super::chan(m, t, sg.chan, any);
        tidy(&c);
        // Looking changed nothing: no allocation, no memory written, no
        // random draw (iterating the map would draw one).
        assert_eq!(before, (m.sp, m.mem.heap.stats.mallocs, m.mem.heap.mem.clone(), m.mem.data.clone()));
        assert_eq!(rng, m.rng.clone().next_u64());
        assert!(c.contains("qcount 4/4"), "{c}");
        assert!(c.lines().any(|l| l.starts_with("    [1]  two") && l.ends_with("<- recvx, sendx")), "{c}");
        assert!(c.contains("&{4 5}"), "{c}");
        assert!(c.contains("1000000000"), "String methods are not called: {c}");
        assert!(c.contains("G7                    offers {6 7}"), "{c}");
        assert!(c.contains("G11  (select case 1)  offers map[a:1 b:2]"), "{c}");
        tidy(&super::chan(m, t, 0, any));
        // The unbuffered `done`: G8 and G11's select wait to receive.
        let done = m.sched.sudogs.iter().find(|s| m.sched.allgs[s.g].goid == 8).unwrap().chan;
        let boolean = m.checked.types.basic(crate::types::typ::Basic::Bool);
        let d = super::chan(m, t, done, boolean);
        tidy(&d);
        assert!(d.contains("unbuffered") && d.contains("recvq:\n    G11  (select case 0)\n    G8\n"), "{d}");
    });
}

const HEAP: &str = r#"package main

import "runtime"

type node struct {
	v    int
	next *node
}

var head *node
var names = map[string][]byte{}

func main() {
	for i := 0; i < 4; i++ {
		head = &node{i, head}
	}
	names["x"] = make([]byte, 40000)
	runtime.GC()
	for i := 0; i < 3; i++ {
		head = &node{10 + i, head}
	}
	_ = new(node) // garbage
}
"#;

#[test]
fn heap_mem_and_gc_at_rest() {
    after_run(HEAP, 1, 100, |m| {
        let t = &mut *m.trace.take().unwrap();
        let h = super::heap(m, t, None, None);
        tidy(&h);
        assert!(h.contains("no cycle is marking (_GCoff)"), "{h}");
        assert!(h.contains("large"), "{h}");
        // The list from the global `head`: seven nodes, each reached from
        // the one before it.
        let nodes = h.lines().filter(|l| l.contains("spanclass 4 scan")).count();
        assert_eq!(nodes, 7, "{h}");
        // From one value: a *int holding the address of the list's head
        // (the global `head`) reaches the seven nodes.
        let data = crate::runtime::memory::DATA_BASE;
        let at = (0..m.mem.data.len() as u64 / 8)
            .map(|i| data + 8 * i)
            .find(|&a| {
                let v = m.mem.load(a, 8).unwrap();
                m.mem.heap.find_object(v).is_some_and(|(id, _, _)| m.mem.heap.span(id).spanclass.0 == 4)
            })
            .unwrap();
        let int = m.checked.types.basic(crate::types::typ::Basic::Int);
        let pint = m.checked.types.pointer(int);
        let one = super::heap(m, t, Some((at, pint)), None);
        tidy(&one);
        assert!(one.contains("7 objects, 112 B"), "{one}");
        assert!(one.contains("<- value+0"), "{one}");
        let mem = super::mem(m);
        tidy(&mem);
        assert!(mem.contains("mcentral (fill allocCount/nelems, * unswept):"), "{mem}");
        let g = super::gc(m, t, &[]);
        tidy(&g);
        assert!(g.contains("phase _GCoff, cycle 1, 1 cycle completed; write barrier off"), "{g}");
    });
}

/// A heap whose last cycle is still marking when main returns (GOGC=1 and
/// a large allocation just after the trigger).
const MARKING: &str = r#"package main

type node struct {
	v    int
	next *node
}

var keep []*node

func main() {
	var head *node
	for i := 0; i < 1500; i++ {
		head = &node{i, head}
		if i%100 == 0 {
			keep = append(keep, head)
		}
	}
}
"#;

#[test]
fn heap_and_gc_while_marking() {
    after_run(MARKING, 1, 1, |m| {
        let t = &mut *m.trace.take().unwrap();
        let g = super::gc(m, t, &[0xc000010000]);
        tidy(&g);
        let h = super::heap(m, t, None, None);
        tidy(&h);
        if m.mem.heap.gcw.marking {
            assert!(h.contains("grey") || h.contains("black"), "{h}");
        }
    });
}
