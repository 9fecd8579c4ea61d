//! The stepper's commands, by Delve's names and aliases, plus the runtime
//! views and time travel. Commands are read from a terminal (rustyline:
//! line editing, history, Enter repeats the last command) or from a script
//! whose lines are echoed after the prompt, so a session is a golden file.

use super::{Input, Mode, Outcome, SchedMode, Stepper, expr, inspect, view};
use crate::interp::Machine;
use crate::runtime::trace::Tracer;

/// What a command leaves the program doing.
enum Flow {
    /// Stay at the prompt.
    Stay,
    /// Run on (the mode says until where).
    Resume,
}

/// The live program, when there is one.
type Live<'a, 'm, 'p> = Option<(&'a mut Machine<'p>, &'a mut Tracer)>;

const HELP: &str = "\
Running the program:
    continue (c)          run until a breakpoint, a catch or the end
    next (n) [N]          next statement of this goroutine, over calls
    step (s)              next statement, into calls
    stepout (so)          until the current function returns
    restart (r)           run again from the start
    back                  back to the previous stop (by replay)
    rev next | rev step   back one statement (this frame | anywhere)
    goto STEP             to step STEP (by replay)
    exit (quit, q)        end the session
Breakpoints and catches:
    break (b) LOC [if COND]   LOC is LINE, FILE:LINE or FUNC
    breakpoints (bp)      list them
    clear N | clearall    delete breakpoints
    catch [panic|recover|park|gc|alloc|deadlock]   stop on runtime events
    catch -d KIND         stop catching
    events [KINDS|default|all|none]   runtime events printed while running
Viewing the program:
    print (p) EXPR        a Go expression over the current frame
    display [-a EXPR | -d N]   print expressions at every stop
    locals | args         variables of the current frame
    stack (bt) [-defer]   the goroutine's frames (and deferred calls)
    frame N | up [N] | down [N]   select a frame
    goroutines (grs)      every goroutine and its state
    goroutine (gr) N      select the goroutine next, step and views act on
    list (ls) [LINE]      source around the current line
Viewing the runtime:
    sched                 Ps, run queues, timers, parked goroutines
    chan EXPR             a channel's buffer ring and waiting goroutines
    heap [EXPR | -all]    objects reachable from EXPR (or the program's roots)
    mem                   mheap, mcentral and mcache with their spans
    gc                    the collector's phase, grey queue, barrier
    escape [VAR]          why a variable lives on the heap
    runnable | run GN     --sched=manual: who may run, who runs next
    schedlog [FILE]       the scheduling choices made so far (saved to FILE)";

impl Stepper {
    /// The next command line; None at the end of the input.
    fn read(&mut self) -> Option<String> {
        let line = match &mut self.input {
            Input::Script(lines) => {
                let l = lines.pop_front()?;
                println!("(gosub) {l}");
                l
            }
            Input::Editor(ed) => match ed.readline("(gosub) ") {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    l
                }
                Err(_) => return None,
            },
        };
        let line = line.trim().to_string();
        // Enter repeats the last command.
        if line.is_empty() {
            return Some(self.last_cmd.clone());
        }
        self.last_cmd = line.clone();
        Some(line)
    }

    /// The prompt at a stop: commands until one resumes the program.
    pub(super) fn command_loop(&mut self, m: &mut Machine<'_>, t: &mut Tracer) {
        loop {
            let Some(line) = self.read() else { return self.finish(m, Outcome::Quit) };
            if let Flow::Resume = self.dispatch(&mut Some((&mut *m, &mut *t)), &line) {
                if let Some(o) = self.outcome {
                    self.finish(m, o);
                }
                return;
            }
        }
    }

    /// The prompt once the program has exited; false ends the session.
    pub(super) fn command_loop_exited(&mut self) -> bool {
        loop {
            let Some(line) = self.read() else { return false };
            if let Flow::Resume = self.dispatch(&mut None, &line) {
                return self.outcome.is_some_and(|o| o != Outcome::Quit);
            }
        }
    }

    /// `--sched=manual`: the prompt at a scheduling decision; the chosen
    /// goroutine's number, or None to let Go's scheduler decide.
    pub(super) fn command_loop_sched(&mut self, m: &mut Machine<'_>, t: &mut Tracer) -> Option<u64> {
        loop {
            let line = match self.read() {
                Some(l) => l,
                None => {
                    self.finish(m, Outcome::Quit);
                    return None;
                }
            };
            let (cmd, arg) = split(&line);
            if cmd == "run" {
                match arg.trim_start_matches('G').parse::<u64>() {
                    Ok(n) if self.choosing.contains(&n) => return Some(n),
                    _ => println!("run: choose one of the runnable goroutines (`runnable`)"),
                }
                continue;
            }
            if let Flow::Resume = self.dispatch(&mut Some((&mut *m, &mut *t)), &line) {
                if let Some(o) = self.outcome {
                    self.finish(m, o);
                }
                return None;
            }
        }
    }

    /// Ends the run (restart, replay or quit): the machine stops at its
    /// next statement, silently.
    fn finish(&mut self, m: &mut Machine<'_>, o: Outcome) {
        self.outcome = Some(o);
        self.mute.set(true);
        m.abort = true;
        m.mute = true;
    }

    fn dispatch(&mut self, live: &mut Live<'_, '_, '_>, line: &str) -> Flow {
        match self.command(live, line) {
            Ok(f) => f,
            Err(e) => {
                println!("Command failed: {e}");
                Flow::Stay
            }
        }
    }

    fn command(&mut self, live: &mut Live<'_, '_, '_>, line: &str) -> Result<Flow, String> {
        let (cmd, arg) = split(line);
        // Commands that need no program.
        match cmd {
            "help" | "h" => println!("{HELP}"),
            "exit" | "quit" | "q" => {
                self.outcome = Some(Outcome::Quit);
                return Ok(Flow::Resume);
            }
            "restart" | "r" => {
                self.choices.clear();
                return self.replay(0);
            }
            "break" | "b" => return self.cmd_break(live, arg).map(|_| Flow::Stay),
            "breakpoints" | "bp" => {
                for b in &self.breakpoints {
                    let what = b.func.as_ref().map_or(String::new(), |f| format!("{f}() "));
                    let cond = b.cond.as_ref().map_or(String::new(), |c| format!("\n\tcond {c}"));
                    println!("Breakpoint {} at {what}./{}:{} (hits total:{}){cond}", b.id, b.file, b.line, b.total);
                }
            }
            "clear" => {
                let n: u32 = arg.parse().map_err(|_| "clear: a breakpoint number")?;
                let i = self.breakpoints.iter().position(|b| b.id == n).ok_or(format!("no breakpoint {n}"))?;
                let b = self.breakpoints.remove(i);
                println!("Breakpoint {} cleared at ./{}:{}", b.id, b.file, b.line);
            }
            "clearall" => {
                self.breakpoints.clear();
                println!("All breakpoints cleared");
            }
            "catch" => self.cmd_catch(arg)?,
            "events" => self.cmd_events(live, arg)?,
            "display" => self.cmd_display(live, arg)?,
            "schedlog" if !arg.is_empty() => {
                // A log `--sched=replay:FILE` reads back.
                let text: String =
                    self.choices.iter().map(|(step, g)| format!("G{g}  # after step {step}\n")).collect();
                std::fs::write(arg, text).map_err(|e| format!("schedlog: {arg}: {e}"))?;
                println!("{} choices written to {arg}", self.choices.len());
            }
            "schedlog" => {
                for (i, (step, g)) in self.choices.iter().enumerate() {
                    println!("{}: G{g} (after step {step})", i + 1);
                }
            }
            "back" | "rev" | "goto" => return self.cmd_back(live, cmd, arg),
            _ => {
                let Some((m, t)) = live else {
                    return Err(format!("Process has exited with status {}", self.exited.unwrap_or(0)));
                };
                return self.live_command(m, t, cmd, arg);
            }
        }
        Ok(Flow::Stay)
    }

    fn live_command(&mut self, m: &mut Machine<'_>, t: &mut Tracer, cmd: &str, arg: &str) -> Result<Flow, String> {
        let frames = inspect::frames(m, self.goroutine).map_or(0, |f| f.len());
        // Inside a statement (`--granularity=expr`), the evaluating frame.
        let depth = self.stop_depth.filter(|_| self.goroutine == m.current_goid()).unwrap_or(frames);
        let g = self.goroutine;
        match cmd {
            "continue" | "c" => self.mode = Mode::Continue,
            "step" | "s" => self.mode = Mode::Step(g),
            "next" | "n" => {
                let n: u64 = if arg.is_empty() { 1 } else { arg.parse().map_err(|_| "next: a count")? };
                // A goroutine that has not started stops at its first line.
                self.mode = if depth == 0 { Mode::Step(g) } else { Mode::Next(g, depth) };
                // `next N`: the extra statements are stepped over silently.
                self.pending_nexts = n - 1;
            }
            "stepout" | "so" => {
                if depth <= 1 {
                    return Err("stepout: the goroutine's outermost frame has no caller".into());
                }
                self.mode = Mode::StepOut(g, depth);
            }
            "print" | "p" => println!("{}", expr::print(self, m, t, arg)?),
            "locals" => print!("{}", inspect::vars(self, m, false)?),
            "args" => print!("{}", inspect::vars(self, m, true)?),
            "stack" | "bt" => print!("{}", inspect::stack(self, m, arg == "-defer")?),
            "frame" | "up" | "down" => {
                let n: usize = if arg.is_empty() { 1 } else { arg.parse().map_err(|_| format!("{cmd}: a number"))? };
                let count = depth;
                let f = match cmd {
                    "frame" => n,
                    "up" => self.frame + n,
                    _ => self.frame.checked_sub(n).ok_or("down: already at the innermost frame")?,
                };
                if f >= count {
                    return Err(format!("Invalid frame {f}"));
                }
                self.frame = f;
                let fr = inspect::selected(self, m)?;
                println!("Frame {f}: {}() {}", m.funcs[fr.func as usize].name, inspect::location(m, fr.pos));
                if fr.pos != 0 {
                    println!("=>{:>6}:\t{}", m.map.line_col(fr.pos).1, inspect::source_line(m, fr.pos));
                }
            }
            "goroutines" | "grs" => print!("{}", inspect::goroutines(self, m)),
            "goroutine" | "gr" => {
                if arg.is_empty() {
                    println!("Goroutine {} selected", self.goroutine);
                } else {
                    let n: u64 = arg.parse().map_err(|_| "goroutine: a goroutine number")?;
                    if !m.sched.user_gs().iter().any(|&x| m.sched.allgs[x].goid == n) {
                        return Err(format!("no goroutine {n}"));
                    }
                    self.goroutine = n;
                    // Its innermost frame of the program's own code.
                    self.frame = inspect::frames(m, n).and_then(|fs| inspect::user_frame(m, &fs)).unwrap_or(0);
                    println!("Switched to goroutine {n}");
                    if let Ok(f) = inspect::selected(self, m) {
                        println!("=>{:>6}:\t{}", m.map.line_col(f.pos).1, inspect::source_line(m, f.pos));
                    }
                }
            }
            "list" | "ls" => {
                let f = inspect::selected(self, m)?;
                let around = if arg.is_empty() { None } else { Some(arg.parse().map_err(|_| "list: a line")?) };
                print!("{}", inspect::list(m, f.pos, around));
            }
            "sched" => print!("{}", view::sched(m, t)),
            "chan" => {
                let (ty, a) = expr::place(self, m, arg)?;
                let (elem, ch) = match m.checked.types.under_type(ty) {
                    crate::types::typ::Type::Chan(_, e) => (*e, m.mem.load(a, 8).unwrap_or(0)),
                    _ => return Err(format!("{arg} is not a channel")),
                };
                print!("{}", view::chan(m, t, ch, elem));
            }
            "heap" => {
                // The program's own globals unless `heap -all`.
                let mut globals: Vec<(String, u64, u64)> = self
                    .globals
                    .iter()
                    .filter(|&(&o, _)| {
                        m.checked.objs.get(o).pkg.is_some_and(|p| m.checked.pkgs[p.0 as usize].path == "main")
                    })
                    .map(|(&o, &a)| {
                        (m.checked.objs.get(o).name.clone(), a, m.checked.size_of(m.checked.objs.get(o).ty))
                    })
                    .collect();
                globals.sort_by_key(|g| g.1);
                let (root, globals) = match arg {
                    "" => (None, Some(&globals[..])),
                    "-all" => (None, None),
                    e => (Some(expr::place(self, m, e)?), None),
                };
                let root = root.map(|(ty, a)| (a, ty));
                print!("{}", view::heap(m, t, root, globals));
            }
            "mem" => print!("{}", view::mem(m)),
            "gc" => print!("{}", view::gc(m, t, &self.shaded)),
            "escape" => print!("{}", self.cmd_escape(m, arg)?),
            "runnable" => {
                if self.choosing.is_empty() || self.sched != SchedMode::Manual {
                    println!("(not at a scheduling decision: run with --sched=manual)");
                } else {
                    let l: Vec<String> = self.choosing.iter().map(|g| format!("G{g}")).collect();
                    println!("runnable: {}", l.join(" "));
                }
            }
            "run" => println!("run: only at a scheduling decision (--sched=manual)"),
            _ => return Err(format!("command not available: {cmd} (try help)")),
        }
        Ok(match cmd {
            "continue" | "c" | "step" | "s" | "next" | "n" | "stepout" | "so" => Flow::Resume,
            _ => Flow::Stay,
        })
    }

    fn cmd_break(&mut self, live: &mut Live<'_, '_, '_>, arg: &str) -> Result<(), String> {
        let (loc, cond) = match arg.split_once(" if ") {
            Some((l, c)) => (l.trim(), Some(c.trim().to_string())),
            None => (arg.trim(), None),
        };
        if loc.is_empty() {
            return Err("break: a location (LINE, FILE:LINE or FUNC)".into());
        }
        let line_of = |s: &str| s.parse::<u32>().ok();
        let (line, func) = if let Some(l) = line_of(loc) {
            (l, None)
        } else if let Some((f, l)) = loc.rsplit_once(':') {
            let base = f.trim_start_matches("./");
            if base != self.file {
                return Err(format!("location {loc:?} not found (only ./{} can be stepped)", self.file));
            }
            (line_of(l).ok_or(format!("invalid line in {loc:?}"))?, None)
        } else {
            let name = if loc.contains('.') { loc.to_string() } else { format!("main.{loc}") };
            let line = self.func_lines.get(&name).copied().ok_or(format!("location {loc:?} not found"))?;
            (line, Some(name))
        };
        let id = self.add_breakpoint(line, func.clone(), cond);
        let at = func.map_or(String::new(), |f| format!("{f}() "));
        println!("Breakpoint {id} set at {at}./{}:{line}", self.file);
        let _ = live;
        Ok(())
    }

    fn cmd_catch(&mut self, arg: &str) -> Result<(), String> {
        const KINDS: &[&str] = &["panic", "recover", "park", "gc", "alloc", "deadlock"];
        if arg.is_empty() {
            println!("catching: {}", if self.catches.is_empty() { "nothing".into() } else { self.catches.join(" ") });
            return Ok(());
        }
        let (del, kinds) = match arg.strip_prefix("-d") {
            Some(rest) => (true, rest.trim()),
            None => (false, arg),
        };
        for k in kinds.split([' ', ',']).filter(|k| !k.is_empty()) {
            if !KINDS.contains(&k) {
                return Err(format!("catch: unknown event {k} (one of {})", KINDS.join(", ")));
            }
            self.catches.retain(|c| c != k);
            if !del {
                self.catches.push(k.to_string());
            }
        }
        println!("catching: {}", if self.catches.is_empty() { "nothing".into() } else { self.catches.join(" ") });
        Ok(())
    }

    fn cmd_events(&mut self, live: &mut Live<'_, '_, '_>, arg: &str) -> Result<(), String> {
        self.events = match arg {
            "" => {
                println!("events: {}", self.events.join(","));
                return Ok(());
            }
            "default" => super::DEFAULT_EVENTS.iter().map(|s| s.to_string()).collect(),
            "all" => ["stmt", "call", "sched", "chan", "time", "alloc", "gc", "mark", "defer", "panic"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            "none" => Vec::new(),
            list => list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
        };
        if let Some((_, t)) = live {
            t.set_only(Some(self.events.clone()));
        }
        println!("events: {}", if self.events.is_empty() { "none".into() } else { self.events.join(",") });
        Ok(())
    }

    fn cmd_display(&mut self, live: &mut Live<'_, '_, '_>, arg: &str) -> Result<(), String> {
        if let Some(e) = arg.strip_prefix("-a") {
            self.displays.push(e.trim().to_string());
            if let Some((m, t)) = live {
                let i = self.displays.len() - 1;
                let d = self.displays[i].clone();
                match expr::print(self, m, t, &d) {
                    Ok(v) => println!("{i}: {d} = {v}"),
                    Err(e) => println!("{i}: {d} = error: {e}"),
                }
            }
        } else if let Some(n) = arg.strip_prefix("-d") {
            let n: usize = n.trim().parse().map_err(|_| "display -d: a number")?;
            if n >= self.displays.len() {
                return Err(format!("no display {n}"));
            }
            self.displays.remove(n);
        } else if arg.is_empty() {
            match live {
                Some((m, t)) => self.print_displays(m, t),
                None => {
                    for (i, d) in self.displays.iter().enumerate() {
                        println!("{i}: {d}");
                    }
                }
            }
        } else {
            // `display EXPR` as `display -a EXPR`.
            return self.cmd_display(live, &format!("-a {arg}"));
        }
        Ok(())
    }

    /// `back`, `rev next`, `rev step`, `goto N`: re-run to an earlier (or
    /// any) step.
    fn cmd_back(&mut self, live: &mut Live<'_, '_, '_>, cmd: &str, arg: &str) -> Result<Flow, String> {
        let cur = self.steps;
        let to = match (cmd, arg) {
            ("goto", n) => n.parse::<u64>().map_err(|_| "goto: a step number")?,
            ("back", _) => {
                // The stop before this one.
                self.stops.retain(|&s| s < cur);
                self.stops.pop().ok_or("back: no earlier stop")?
            }
            ("rev", "step" | "s") => {
                let g = self.goroutine;
                (1..cur).rev().find(|&s| self.history[s as usize - 1].0 == g).ok_or("rev step: no earlier statement")?
            }
            ("rev", "next" | "n") => {
                let g = self.goroutine;
                let d = self.history.get(cur.saturating_sub(1) as usize).map_or(0, |h| h.1);
                (1..cur)
                    .rev()
                    .find(|&s| self.history[s as usize - 1].0 == g && self.history[s as usize - 1].1 <= d)
                    .ok_or("rev next: no earlier statement in this frame")?
            }
            _ => return Err("rev next | rev step".into()),
        };
        if to == 0 {
            return Err("steps are numbered from 1".into());
        }
        if live.is_none() && self.exited.is_none() {
            return Err("the program is not running".into());
        }
        self.replay(to)
    }

    /// Runs the program again up to step `to` (0: a fresh start).
    fn replay(&mut self, to: u64) -> Result<Flow, String> {
        // Choices made before the target are kept (the replay needs them).
        self.choices.retain(|&(s, _)| s < to);
        self.outcome = Some(Outcome::Restart(to));
        Ok(Flow::Resume)
    }

    fn cmd_escape(&mut self, m: &mut Machine<'_>, arg: &str) -> Result<String, String> {
        let f = inspect::selected(self, m)?;
        let vars: Vec<crate::ir::DebugVar> =
            inspect::visible(m, &f).into_iter().filter(|v| arg.is_empty() || v.name == arg).cloned().collect();
        if vars.is_empty() {
            return Err(format!("no variable {arg} in scope"));
        }
        let mut out = String::new();
        for v in vars {
            let (_, line, col) = m.map.line_col(v.decl);
            let why = self.escapes.get(&v.decl).cloned();
            let place = match v.home {
                crate::ir::lower::VarLoc::Heap(_) => "heap",
                crate::ir::lower::VarLoc::Captured(_) => "heap (captured by reference)",
                _ => "stack",
            };
            out.push_str(&format!("{} (./{}:{line}:{col}) lives on the {place}\n", v.name, self.file));
            for l in why.unwrap_or_default() {
                out.push_str(&format!("    {l}\n"));
            }
        }
        Ok(out)
    }
}

/// `cmd rest` split at the first space.
fn split(line: &str) -> (&str, &str) {
    match line.split_once(char::is_whitespace) {
        Some((c, a)) => (c, a.trim()),
        None => (line, ""),
    }
}
