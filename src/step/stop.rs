//! When the stepper stops: at every event it counts the program's steps
//! (a line of the program's file, once per loop iteration), decides from
//! the mode (`step`, `next`, `stepout`, `continue`), breakpoints, catches
//! and the step budget whether to stop, and at a stop prints where the
//! goroutine is and runs the command loop. With `--sched=manual` it also
//! answers the scheduler's question of who runs next.
//!
//! Invariant: nothing here changes the run unless the learner asks
//! (manual choices, which are logged and replayed).

use super::{Mode, SchedMode, Stepper, expr, inspect};
use crate::interp::Machine;
use crate::runtime::trace::{Event, Site, Tracer};

impl Stepper {
    /// Every event of the run.
    pub(super) fn event(&mut self, m: &mut Machine<'_>, t: &mut Tracer, e: &Event, at: &Site) {
        match e {
            Event::Stmt if at.file == self.file && m.in_g => self.statement(m, t, at),
            Event::Call { .. }
            | Event::Return { .. }
            | Event::Alloc { .. }
            | Event::DeferPush { .. }
            | Event::Eval { .. }
                if self.expr && m.in_g && self.target.is_none() && self.outcome.is_none() =>
            {
                self.expression(m, t, e, at)
            }
            Event::GcPhase { phase, .. } if phase.starts_with("mark") && !phase.contains("termination") => {
                self.shaded.clear();
            }
            Event::GcGrey { obj, by: crate::runtime::mgcmark::By::Barrier } => self.shaded.push(*obj),
            // The goroutine `next` follows has ended: stop wherever the
            // program goes on.
            Event::GoEnd => match self.mode {
                Mode::Step(g) | Mode::Next(g, _) | Mode::StepOut(g, _) if g == at.goid => self.mode = Mode::Step(0),
                _ => {}
            },
            _ => {}
        }
        if self.target.is_none()
            && self.outcome.is_none()
            && let Some(what) = self.caught(e)
        {
            // On the scheduler (g0), the goroutine it last ran.
            self.goroutine = match at.goid {
                0 => m.sched.allgs.get(m.sched.curg).map_or(1, |g| g.goid),
                g => g,
            };
            self.stop(m, t, at, &format!("caught {what}"));
        }
    }

    /// The `catch` that an event matches, if any.
    fn caught(&self, e: &Event) -> Option<&'static str> {
        let what = match e {
            Event::PanicStart { .. } => "panic",
            Event::Recovered => "recover",
            Event::GoPark { .. } => "park",
            Event::GcPhase { .. } => "gc",
            Event::Alloc { .. } => "alloc",
            Event::Deadlock => "deadlock",
            _ => return None,
        };
        self.catches.iter().any(|c| c == what).then_some(what)
    }

    /// A statement of the program: count it and decide whether to stop.
    fn statement(&mut self, m: &mut Machine<'_>, t: &mut Tracer, at: &Site) {
        let depth = m.aux.frames.len();
        // A line is one step: statements that follow each other on one
        // line (a loop's init, `a := 1; b := 2`, the parts lowering makes
        // of one statement) are one, until a loop runs the line again.
        let key = (at.line, depth, m.loop_iters);
        match self.last_line.iter_mut().find(|(g, _)| *g == at.goid) {
            Some((_, k)) if *k == key => return,
            Some((_, k)) => *k = key,
            None => self.last_line.push((at.goid, key)),
        }
        self.steps += 1;
        self.history.push((at.goid, depth));
        if let Some(to) = self.target {
            if self.steps < to {
                return;
            }
            self.target = None;
            self.mute.set(false);
            m.mute = false;
            self.mode = Mode::Continue;
            self.goroutine = at.goid;
            return self.stop(m, t, at, "");
        }
        if self.outcome.is_some() {
            return;
        }
        let mut stop = match self.mode {
            Mode::Step(g) => g == 0 || g == at.goid,
            Mode::Next(g, d) => g == at.goid && depth <= d,
            Mode::StepOut(g, d) => g == at.goid && depth < d,
            Mode::Continue => false,
        };
        if stop && self.pending_nexts > 0 {
            self.pending_nexts -= 1;
            stop = false;
        }
        let hit = self.breakpoint_hit(m, at);
        if stop || hit.is_some() {
            self.goroutine = at.goid;
            return self.stop(m, t, at, &hit.unwrap_or_default());
        }
        if self.steps >= self.limit {
            self.goroutine = at.goid;
            self.limit += self.max_steps;
            let why = format!("max steps ({}) reached", self.max_steps);
            self.stop(m, t, at, &why);
        }
    }

    /// `--granularity=expr`: the parts of a statement's evaluation the
    /// model performs one by one (calls made and returned from,
    /// allocations such as append's growth, defers' argument blocks) are
    /// steps of `step` and `next`, for statements of the program's file.
    fn expression(&mut self, m: &mut Machine<'_>, t: &mut Tracer, e: &Event, at: &Site) {
        let n = m.aux.frames.len();
        // The frame evaluating the statement: the caller, for a call or a
        // return (the callee's frame is on top).
        let call = matches!(e, Event::Call { .. } | Event::Return { .. });
        let (depth, f) = if call { (n - 1, n.checked_sub(2)) } else { (n, n.checked_sub(1)) };
        let Some(mut f) = f.map(|i| m.aux.frames[i]) else { return };
        if !call {
            // The innermost frame's position is the machine's.
            f.pos = m.pos;
        }
        let (fid, line, _) = m.map.line_col(f.pos);
        let user = f.pos != 0
            && m.funcs[f.func as usize].name.starts_with("main.")
            && m.map.file(fid).name.rsplit('/').next() == Some(self.file.as_str());
        let stop = user
            && match self.mode {
                Mode::Step(g) => g == 0 || g == at.goid,
                Mode::Next(g, d) => g == at.goid && depth <= d,
                Mode::StepOut(..) | Mode::Continue => false,
            };
        if !stop {
            return;
        }
        let what = match e {
            Event::Call { func } => format!("call {}", m.funcs[*func as usize].name),
            Event::Return { func } => format!("return from {}", m.funcs[*func as usize].name),
            Event::DeferPush { func } => format!("defer {func}: arguments evaluated"),
            Event::Alloc { size, class, route, why, .. } => {
                let w = t.why(*why);
                let sep = if w.is_empty() { "" } else { ": " };
                format!("allocation of {size} B, size class {class}, {route}{sep}{w}")
            }
            Event::Eval { text } => text.clone(),
            _ => String::new(),
        };
        let func = m.funcs[f.func as usize].name.clone();
        self.goroutine = at.goid;
        m.flush_stdout();
        self.frame = 0;
        self.pending_nexts = 0;
        println!("> {func}() ./{}:{line} (goroutine {}, step {}, {what})", self.file, at.goid, self.steps);
        self.stop_depth = Some(depth);
        println!("=>{line:>6}:\t{}", inspect::source_line(m, f.pos));
        let _ = t;
        self.command_loop(m, t);
    }

    /// `[Breakpoint N] ... (hits goroutine(G):H total:T)` for a breakpoint
    /// on this line whose condition holds.
    fn breakpoint_hit(&mut self, m: &mut Machine<'_>, at: &Site) -> Option<String> {
        let i = self.breakpoints.iter().position(|b| b.line == at.line && b.file == at.file)?;
        if let Some(c) = self.breakpoints[i].cond.clone() {
            self.frame = 0;
            self.goroutine = at.goid;
            match expr::eval_bool(self, m, &c) {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => println!("error evaluating breakpoint condition: {e}"),
            }
        }
        let b = &mut self.breakpoints[i];
        b.total += 1;
        let h = b.hits.entry(at.goid).or_default();
        *h += 1;
        Some(format!("[Breakpoint {}] (hits goroutine({}):{} total:{})", b.id, at.goid, h, b.total))
    }

    /// A stop: where the goroutine is, the displays, then commands until
    /// one resumes the program.
    fn stop(&mut self, m: &mut Machine<'_>, t: &mut Tracer, at: &Site, why: &str) {
        m.flush_stdout();
        self.frame = 0;
        self.pending_nexts = 0;
        self.stop_depth = None;
        self.stops.push(self.steps);
        let (bp, extra) = match why.split_once(" (hits") {
            Some((bp, rest)) => (format!("{bp} "), format!(" (hits{rest}")),
            None if why.is_empty() => (String::new(), String::new()),
            None => (String::new(), format!(" ({why})")),
        };
        if at.line == 0 {
            println!("> {bp}{}(){extra} (step {})", at.func, self.steps);
        } else {
            println!(
                "> {bp}{}() ./{}:{} (goroutine {}, step {}){extra}",
                at.func, at.file, at.line, at.goid, self.steps
            );
            let text = inspect::source_line(m, m.pos);
            println!("=>{:>6}:\t{}", at.line, text);
        }
        self.print_displays(m, t);
        self.command_loop(m, t);
    }

    pub(super) fn print_displays(&mut self, m: &mut Machine<'_>, t: &mut Tracer) {
        for i in 0..self.displays.len() {
            let d = self.displays[i].clone();
            match expr::print(self, m, t, &d) {
                Ok(v) => println!("{i}: {d} = {v}"),
                Err(e) => println!("{i}: {d} = error: {e}"),
            }
        }
    }

    /// `--sched=manual`: the learner's choice (or the log's).
    pub(super) fn choose(&mut self, m: &mut Machine<'_>, t: &mut Tracer, runnable: &[usize]) -> Option<usize> {
        let ids: Vec<u64> = runnable.iter().map(|&g| m.sched.allgs[g].goid).collect();
        let pick = |n: u64| ids.iter().position(|&x| x == n).map(|i| runnable[i]);
        // Choices already made in this session are replayed first.
        if let Some(&(_, n)) = self.choices.get(self.choice_at) {
            self.choice_at += 1;
            return pick(n);
        }
        let n = match &mut self.sched {
            SchedMode::Auto => return None,
            SchedMode::Replay(log) if log.is_empty() => return None,
            SchedMode::Replay(log) => log.remove(0),
            SchedMode::Manual if self.outcome.is_some() => return None,
            SchedMode::Manual => {
                m.flush_stdout();
                let list: Vec<String> = ids.iter().map(|g| format!("G{g}")).collect();
                println!("scheduler: runnable [{}]: choose with `run G`", list.join(" "));
                self.choosing = ids.clone();
                self.command_loop_sched(m, t)?
            }
        };
        let g = pick(n)?;
        self.choices.push((self.steps, n));
        self.choice_at += 1;
        if !self.mute.get() {
            println!("scheduler: G{n} runs (choice {})", self.choices.len());
        }
        Some(g)
    }
}
