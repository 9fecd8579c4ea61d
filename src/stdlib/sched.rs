//! Natives of the goroutine runtime: package runtime's scheduler calls,
//! the semaphores and notify lists sync is built on (`sync.runtime_*`),
//! the clock, sleep and timers package time is built on, and the runtime
//! random source under math/rand's top-level functions.

use super::NativeFn;
use crate::interp::trace::ev;
use crate::interp::{Machine, R};
use crate::runtime::panic::Unwind;
use crate::runtime::runtime2::WaitReason;
use crate::runtime::time::TimerAction;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("runtime.Gosched", gosched),
    ("runtime.NumGoroutine", num_goroutine),
    ("runtime.GOMAXPROCS", gomaxprocs),
    ("runtime.NumCPU", num_cpu),
    ("runtime.KeepAlive", keep_alive),
    ("runtime.GC", gc),
    ("sync.runtime_Semacquire", semacquire),
    ("sync.runtime_Semrelease", semrelease),
    ("sync.runtime_notifyListAdd", notify_list_add),
    ("sync.runtime_notifyListWait", notify_list_wait),
    ("sync.runtime_notifyListNotifyAll", notify_list_notify_all),
    ("sync.runtime_notifyListNotifyOne", notify_list_notify_one),
    ("sync.fatal", sync_fatal),
    ("math/rand.runtime_rand", runtime_rand),
    ("time.now", time_now),
    ("time.runtimeNano", runtime_nano),
    ("time.Sleep", time_sleep),
    ("time.newTimer", new_timer),
    ("time.stopTimer", stop_timer),
    ("time.resetTimer", reset_timer),
];

fn gosched(m: &mut Machine, _: u64) -> R<()> {
    ev!(m, crate::runtime::trace::Event::GoSched);
    m.gosched();
    Ok(())
}

fn num_goroutine(m: &mut Machine, base: u64) -> R<()> {
    let n = m.sched.user_goroutines() as u64;
    m.mem.store(base + 8, 8, n);
    Ok(())
}

/// `GOMAXPROCS(n)`: the previous setting; n ≥ 1 resizes the Ps
/// (`procresize`: the queues of removed Ps go to the global queue).
fn gomaxprocs(m: &mut Machine, base: u64) -> R<()> {
    let n = m.ld64(base + 8)? as i64;
    let old = m.sched.ps.len();
    m.mem.store(base + 16, 8, old as u64);
    if n >= 1 && n as usize != old {
        for mut c in m.sched.resize(n.min(256) as usize) {
            c.release_all(&mut m.mem.heap); // freemcache
        }
    }
    Ok(())
}

fn num_cpu(m: &mut Machine, base: u64) -> R<()> {
    let n = m.ncpu;
    m.mem.store(base + 8, 8, n as u64);
    Ok(())
}

/// `runtime.GC`: a whole cycle, then every span swept.
fn gc(m: &mut Machine, _: u64) -> R<()> {
    m.gc_forced();
    Ok(())
}

/// Keeps its argument reachable: nothing to do until the collector runs
/// finalizers.
fn keep_alive(_: &mut Machine, _: u64) -> R<()> {
    Ok(())
}

/// `semacquire`: takes a unit of *s, or waits for a release.
fn semacquire(m: &mut Machine, base: u64) -> R<()> {
    let s = m.ld64(base + 8)?;
    let reason = WaitReason::from_sync(m.ld64(base + 16)?);
    let v = m.ld(s, crate::ir::Kind::U32)?;
    if v > 0 {
        m.mem.store(s, 4, v - 1);
        return Ok(());
    }
    let g = m.sched.curg;
    m.sched.sema.enqueue(s, g);
    m.gopark(reason, |m| m.sema_on(s));
    Ok(())
}

/// `semrelease`: hands a unit to the longest waiter, or adds it to *s.
fn semrelease(m: &mut Machine, base: u64) -> R<()> {
    let s = m.ld64(base + 8)?;
    match m.sched.sema.dequeue(s) {
        Some(g) => m.goready(g),
        None => {
            let v = m.ld(s, crate::ir::Kind::U32)?;
            m.mem.store(s, 4, v + 1);
        }
    }
    Ok(())
}

/// notifyList: `wait` (the next ticket) at offset 0, `notify` (the next
/// ticket to wake) at 4.
fn notify_list_add(m: &mut Machine, base: u64) -> R<()> {
    let l = m.ld64(base + 8)?;
    let t = m.ld(l, crate::ir::Kind::U32)?;
    m.mem.store(l, 4, t + 1);
    m.mem.store(base + 16, 4, t);
    Ok(())
}

fn notify_list_wait(m: &mut Machine, base: u64) -> R<()> {
    let l = m.ld64(base + 8)?;
    let t = m.ld(base + 16, crate::ir::Kind::U32)? as u32;
    let notified = m.ld(l + 4, crate::ir::Kind::U32)? as u32;
    if t.wrapping_sub(notified) as i32 >= 0 {
        let g = m.sched.curg;
        m.sched.sema.notify.entry(l).or_default().push((t, g));
        m.gopark(WaitReason::SyncCondWait, |m| m.sema_on(l));
    }
    Ok(())
}

fn notify_list_notify_all(m: &mut Machine, base: u64) -> R<()> {
    let l = m.ld64(base + 8)?;
    let wait = m.ld(l, crate::ir::Kind::U32)?;
    m.mem.store(l + 4, 4, wait);
    let ws = m.sched.sema.notify.remove(&l).unwrap_or_default();
    for (_, g) in ws {
        m.goready(g);
    }
    Ok(())
}

fn notify_list_notify_one(m: &mut Machine, base: u64) -> R<()> {
    let l = m.ld64(base + 8)?;
    let wait = m.ld(l, crate::ir::Kind::U32)? as u32;
    let notify = m.ld(l + 4, crate::ir::Kind::U32)? as u32;
    if wait == notify {
        return Ok(());
    }
    m.mem.store(l + 4, 4, notify.wrapping_add(1) as u64);
    if let Some(g) = m.sched.sema.take_ticket(l, notify) {
        m.goready(g);
    }
    Ok(())
}

/// `fatal`: an unrecoverable error reported with the current goroutine.
fn sync_fatal(m: &mut Machine, base: u64) -> R<()> {
    let msg = String::from_utf8_lossy(&m.string_at(base + 8)).into_owned();
    Err(Box::new(Unwind::UserFatal { msg, frames: m.traceback() }))
}

/// Seconds since 1970 of the model's start: 2009-11-10 23:00:00 UTC, the
/// Go Playground's epoch.
pub const START_UNIX: i64 = 1_257_894_000;

fn time_now(m: &mut Machine, base: u64) -> R<()> {
    let t = m.nanotime();
    m.mem.store(base + 8, 8, (START_UNIX + t / 1_000_000_000) as u64);
    m.mem.store(base + 16, 4, (t % 1_000_000_000) as u64);
    m.mem.store(base + 24, 8, (t + 1) as u64);
    Ok(())
}

/// `runtime.rand`, the top-level math/rand functions' source: the seeded
/// generator map iteration and select draw from, as in Go.
fn runtime_rand(m: &mut Machine, base: u64) -> R<()> {
    let v = m.rng.next_u64();
    m.mem.store(base + 8, 8, v);
    Ok(())
}

fn runtime_nano(m: &mut Machine, base: u64) -> R<()> {
    let t = m.nanotime() + 1;
    m.mem.store(base + 8, 8, t as u64);
    Ok(())
}

fn time_sleep(m: &mut Machine, base: u64) -> R<()> {
    let d = m.ld64(base + 8)? as i64;
    m.sleep(d);
    Ok(())
}

/// `newTimer(when, period, f, arg)`: when is on `runtimeNano`'s clock. A
/// timer whose arg is a channel makes it a timer channel (len and cap 0).
fn new_timer(m: &mut Machine, base: u64) -> R<()> {
    let when = m.ld64(base + 8)? as i64 - 1;
    let period = m.ld64(base + 16)? as i64;
    let f = m.ld64(base + 24)?;
    let arg = (m.ld64(base + 32)?, m.ld64(base + 40)?);
    let p = m.sched.curp;
    let id = m.sched.timers.add(p, when, period, TimerAction::Call { f, arg });
    ev!(m, crate::runtime::trace::Event::TimerSet { when });
    if let Some(t) = crate::runtime::types::type_of_word(&m.mem, arg.0, false)
        && matches!(m.checked.types.under_type(t), crate::types::typ::Type::Chan(..))
        && arg.1 != 0
    {
        m.mem.store(arg.1 + crate::runtime::chan::TIMER, 8, id);
    }
    m.mem.store(base + 48, 8, id);
    Ok(())
}

fn stop_timer(m: &mut Machine, base: u64) -> R<()> {
    let id = m.ld64(base + 8)?;
    let was = m.sched.timers.stop(id);
    m.mem.store(base + 16, 1, was as u64);
    Ok(())
}

fn reset_timer(m: &mut Machine, base: u64) -> R<()> {
    let id = m.ld64(base + 8)?;
    let when = m.ld64(base + 16)? as i64 - 1;
    let period = m.ld64(base + 24)? as i64;
    let was = m.sched.timers.reset(id, when, period);
    m.mem.store(base + 32, 1, was as u64);
    Ok(())
}
