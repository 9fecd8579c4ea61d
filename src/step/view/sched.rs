//! `sched`: the scheduler as Go's runtime holds it (`runtime/proc.go`):
//! each P with the goroutine it runs, its `runnext`, its local run queue
//! and `schedtick`; the global run queue; the timers on the virtual clock
//! and what each will do; and every other goroutine that is parked, with
//! Go's wait reason and what it waits on.
//!
//! Invariants: only `sched.curp` runs a goroutine, and only while
//! `in_g` (between goroutines the scheduler runs on g0 and every P shows
//! idle); each user goroutine appears once: on a P, in a queue, behind a
//! timer or in the parked list. The runtime's own goroutines (timer
//! callbacks, `system`) are left out everywhere, as in Go's tracebacks.
//! A goroutine blocked in a system call is listed with the parked ones,
//! with the M blocked for it and the P it lost. Simplifications: Ms are
//! only ids, so no thread column; a timer's P is the heap it sits in.

use super::{gname, ms, place_known, table};
use crate::interp::Machine;
use crate::runtime::chan::{RECVQ, SENDQ};
use crate::runtime::runtime2::{GId, GStatus};
use crate::runtime::time::TimerAction;
use crate::runtime::trace::Tracer;
use std::collections::HashSet;

pub fn sched(m: &Machine, t: &Tracer) -> String {
    let s = &m.sched;
    let user = |g: &GId| !s.allgs[*g].system;
    let list = |q: &mut dyn Iterator<Item = &GId>| {
        let v: Vec<String> = q.filter(|g| user(g)).map(|&g| gname(m, g)).collect();
        format!("[{}]", v.join(" "))
    };
    // Goroutines shown on a P, in a queue or behind a timer.
    let mut shown: HashSet<GId> = HashSet::new();
    let mut out = format!("clock {}  GOMAXPROCS {}\n", ms(m.nanotime()), s.ps.len());
    let mut rows = Vec::new();
    for p in &s.ps {
        let running = m.in_g && p.id == s.curp && s.allgs.get(s.curg).is_some_and(|g| g.status != GStatus::Dead);
        let run = if !running {
            "idle".to_string()
        } else if s.allgs[s.curg].system {
            "running timer callback".to_string()
        } else {
            shown.insert(s.curg);
            let what = if s.allgs[s.curg].status == GStatus::Syscall { "in syscall" } else { "running" };
            format!("{what} {}", gname(m, s.curg))
        };
        let next = p.runnext.filter(user).map_or("-".to_string(), |g| gname(m, g));
        shown.extend(p.runnext.iter().chain(&p.runq));
        rows.push(vec![
            format!("P{}", p.id),
            run,
            format!("runnext {next}"),
            format!("runq {}", list(&mut p.runq.iter())),
            format!("schedtick {}", p.schedtick),
        ]);
    }
    out.push_str(&table(&rows, ""));
    shown.extend(&s.global);
    out.push_str(&format!("global runq {}\n", list(&mut s.global.iter())));
    out.push_str(&timers(m, t, &mut shown));
    out.push_str(&parked(m, t, &shown));
    out
}

/// The pending timers, earliest first.
fn timers(m: &Machine, tr: &Tracer, shown: &mut HashSet<GId>) -> String {
    let mut ts: Vec<_> = m.sched.timers.all.iter().filter(|(_, t)| t.pending).collect();
    ts.sort_by_key(|&(id, t)| (t.when, *id));
    if ts.is_empty() {
        return "timers: none\n".into();
    }
    let mut rows = Vec::new();
    for (_, t) in ts {
        let what = match t.action {
            TimerAction::Wake(g) => {
                shown.insert(g);
                format!("wakes {} (time.Sleep)", gname(m, g))
            }
            TimerAction::Call { f, arg } => callback(m, tr, f, arg.1),
        };
        let every = if t.period > 0 { format!("every {}", ms(t.period)) } else { String::new() };
        rows.push(vec![format!("at {}", ms(t.when)), format!("P{}", t.p), what, every]);
    }
    format!("timers:\n{}", table(&rows, "  "))
}

/// What a timer's callback will do: the time package's two callbacks by
/// name, any other function as a call.
fn callback(m: &Machine, t: &Tracer, f: u64, arg: u64) -> String {
    let func =
        |fv: u64| m.mem.load(fv, 8).and_then(|id| m.funcs.get(id as usize)).map_or("?".to_string(), |f| f.name.clone());
    match func(f).as_str() {
        "time.sendTime" => format!("sends the time on {} (time.sendTime)", place_known(m, t, arg)),
        "time.goFunc" => format!("starts go {} (time.goFunc)", func(arg)),
        name => format!("calls {name}"),
    }
}

/// Parked goroutines not shown elsewhere, by goroutine number, with what
/// they wait on; then any other goroutine not shown (a runnable one no
/// queue holds, which only a view between two scheduler steps sees).
fn parked(m: &Machine, t: &Tracer, shown: &HashSet<GId>) -> String {
    let mut rows = Vec::new();
    for g in m.sched.user_gs() {
        if shown.contains(&g) {
            continue;
        }
        let gg = &m.sched.allgs[g];
        let reason = match gg.status {
            GStatus::Waiting => gg.wait.as_str(),
            GStatus::Runnable => "runnable, in no queue",
            GStatus::Running => "running",
            GStatus::Syscall => "syscall",
            GStatus::Idle | GStatus::Dead => "idle",
        };
        let on = match m.sched.in_syscall.iter().find(|c| c.g == g) {
            Some(c) => format!("read of standard input, blocking M{} (P{} retaken)", c.m, c.p),
            None => waits_on(m, t, g),
        };
        let on = if on.is_empty() || gg.status == GStatus::Syscall { on } else { format!("on {on}") };
        rows.push(vec![gname(m, g), format!("[{reason}]"), on]);
    }
    if rows.is_empty() {
        return "parked: none\n".into();
    }
    format!("parked:\n{}", table(&rows, "  "))
}

/// What a parked goroutine waits on: the channels of its sudogs (a select
/// waits on several), or the semaphore or notify list it is queued on.
fn waits_on(m: &Machine, t: &Tracer, g: GId) -> String {
    let s = &m.sched;
    let free: HashSet<u32> = s.sudog_free.iter().copied().collect();
    let mut on: Vec<String> = Vec::new();
    for (i, sg) in s.sudogs.iter().enumerate() {
        if sg.g != g || free.contains(&(i as u32 + 1)) || !queued(m, i as u32 + 1) {
            continue;
        }
        let c = place_known(m, t, sg.chan);
        if !on.contains(&c) {
            on.push(c);
        }
    }
    if !on.is_empty() {
        return on.join(", ");
    }
    let mut semas: Vec<u64> = s.sema.queues.iter().filter(|(_, q)| q.contains(&g)).map(|(&a, _)| a).collect();
    semas.extend(s.sema.notify.iter().filter(|(_, w)| w.iter().any(|&(_, x)| x == g)).map(|(&a, _)| a));
    semas.sort_unstable();
    semas.iter().map(|&a| place_known(m, t, a)).collect::<Vec<_>>().join(", ")
}

/// Whether sudog `s` is linked into its channel's receive or send queue
/// (a freed sudog's record keeps its last channel).
fn queued(m: &Machine, s: u32) -> bool {
    let c = m.sched.sudogs[s as usize - 1].chan;
    [RECVQ, SENDQ].iter().any(|&q| {
        let mut x = m.mem.load(c + q, 8).unwrap_or(0) as u32;
        let mut n = 0;
        while x != 0 && n <= m.sched.sudogs.len() {
            if x == s {
                return true;
            }
            x = m.sched.sudogs.get(x as usize - 1).map_or(0, |sg| sg.next);
            n += 1;
        }
        false
    })
}
