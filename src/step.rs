//! `gosub step`: a stepper over the event stream, with Delve's command
//! names and views of the runtime no debugger has (run queues, channels,
//! spans, colours, escape reasons).
//!
//! The stepper is an `Observer` of `runtime::trace` events: the machine
//! calls it at every event, and at a statement of the program's own file
//! (the library's are stepped over) it may stop and run the command loop
//! right there, with the whole machine to inspect. Events other than
//! statements are printed as they happen (`events` chooses which), so a
//! step shows what the runtime did during it.
//!
//! Invariants: stepping never changes what the program does. Scheduling
//! depends only on the seed and on the learner's explicit choices
//! (`--sched=manual`), which are logged; so going back (`back`, `goto`)
//! re-runs the program silently to the statement before, and the replayed
//! steps are identical to the original ones. Steps are counted over the
//! program's own statements of every goroutine.
//!
//! Simplifications: a stop is at a statement boundary, at a caught runtime
//! event, or (`--granularity=expr`) at an operation, call, return,
//! allocation or defer inside a statement; loads, stores and `len` are not
//! steps of their own. Restarting abandons the old run's coroutine stacks,
//! as an exiting process would.

mod command;
mod expr;
mod inspect;
mod stop;
pub mod view;

use crate::interp::Machine;
use crate::interp::trace::Observer;
use crate::runtime::trace::{Event, Site, Tracer};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::rc::Rc;

/// How goroutines are chosen (`--sched`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchedMode {
    Auto,
    /// The learner picks among the runnable goroutines.
    Manual,
    /// Choices read from a log (goroutine numbers).
    Replay(Vec<u64>),
}

/// Where commands come from.
pub enum Input {
    /// A terminal: line editing and history.
    Editor(Box<rustyline::DefaultEditor>),
    /// A script (`--commands FILE`, or standard input that is not a
    /// terminal): each command is echoed after the prompt.
    Script(VecDeque<String>),
}

/// What the running program does until the next stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Stop at the next statement of this goroutine (any goroutine: 0).
    Step(u64),
    /// Stop at the next statement of the goroutine at this frame depth or
    /// shallower.
    Next(u64, usize),
    /// Stop once the goroutine's frame depth is below this one.
    StepOut(u64, usize),
    Continue,
}

/// How a run ended, as far as the session is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Run again and stop silently at this step (0: the first one).
    Restart(u64),
    Quit,
}

pub struct Breakpoint {
    id: u32,
    file: String,
    line: u32,
    /// `break FUNC`: the function's name, for listing.
    func: Option<String>,
    cond: Option<String>,
    hits: HashMap<u64, u64>,
    total: u64,
}

/// The session: what persists across runs (breakpoints, displays, the
/// scheduling log) and the state of the current run.
pub struct Stepper {
    input: Input,
    /// The program's base name (`./NAME.go` in locations).
    file: String,
    breakpoints: Vec<Breakpoint>,
    next_bp: u32,
    displays: Vec<String>,
    catches: Vec<String>,
    /// Event kinds and categories printed while the program runs.
    events: Vec<String>,
    last_cmd: String,
    max_steps: u64,
    sched: SchedMode,
    /// Manual choices: (step when made, goroutine number).
    choices: Vec<(u64, u64)>,
    /// The current run: statements so far, what to do, where to stop.
    steps: u64,
    limit: u64,
    mode: Mode,
    target: Option<u64>,
    outcome: Option<Outcome>,
    choice_at: usize,
    /// The goroutine `next` and the views act on, and the selected frame.
    goroutine: u64,
    frame: usize,
    /// Objects the write barrier shaded in the current cycle.
    shaded: Vec<u64>,
    /// `--granularity=expr`.
    pub expr: bool,
    /// At a stop inside a statement: the depth of the frame evaluating it
    /// (what `next` steps over).
    stop_depth: Option<usize>,
    /// Each goroutine's last line and frame depth.
    last_line: Vec<(u64, (u32, usize, u64))>,
    /// `next N`: statements still to step over before stopping.
    pending_nexts: u64,
    /// Functions' first lines (`break FUNC`).
    func_lines: HashMap<String, u32>,
    /// Steps at which the session stopped (`back`), and each statement's
    /// goroutine and frame depth (`rev next`, `rev step`).
    stops: Vec<u64>,
    history: Vec<(u64, usize)>,
    /// Why each variable (by its declaring position) lives where it does.
    pub escapes: HashMap<u32, Vec<String>>,
    /// `--sched=manual`: the goroutines the learner may choose from now.
    choosing: Vec<u64>,
    /// Muted while replaying to a step (the tracer's sink reads it).
    mute: Rc<Cell<bool>>,
    globals: Rc<HashMap<crate::types::typ::ObjId, u64>>,
    exited: Option<i32>,
}

/// The default events shown while running: the scheduler's transitions
/// (not every run-queue change), channels, time, allocation, the
/// collector's phases and barrier, defers and panics.
const DEFAULT_EVENTS: &[&str] = &[
    "go.create",
    "go.park",
    "go.ready",
    "go.start",
    "go.preempt",
    "go.sched",
    "go.end",
    "syscall",
    "syscall.handoff",
    "syscall.exit",
    "chan",
    "time",
    "alloc",
    "gc",
    "defer",
    "panic",
];

/// The tracer's sink while stepping: standard output, unless replaying.
struct Sink(Rc<Cell<bool>>);

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if !self.0.get() {
            std::io::stdout().write_all(b)?;
        }
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().flush()
    }
}

/// The observer the machine holds: the session, shared with the driver.
pub struct Hook(pub Rc<RefCell<Stepper>>);

impl Observer for Hook {
    fn event(&mut self, m: &mut Machine<'_>, t: &mut Tracer, e: &Event, at: &Site) {
        self.0.borrow_mut().event(m, t, e, at);
    }
    fn choose(&mut self, m: &mut Machine<'_>, t: &mut Tracer, runnable: &[usize]) -> Option<usize> {
        self.0.borrow_mut().choose(m, t, runnable)
    }
}

impl Stepper {
    pub fn new(input: Input, file: String, source: &str, max_steps: u64, sched: SchedMode) -> Stepper {
        let mut s = Stepper {
            input,
            file,
            breakpoints: Vec::new(),
            next_bp: 1,
            displays: Vec::new(),
            catches: Vec::new(),
            events: DEFAULT_EVENTS.iter().map(|s| s.to_string()).collect(),
            last_cmd: String::new(),
            max_steps,
            sched,
            choices: Vec::new(),
            steps: 0,
            limit: max_steps,
            mode: Mode::Step(0),
            target: None,
            outcome: None,
            choice_at: 0,
            goroutine: 1,
            frame: 0,
            shaded: Vec::new(),
            choosing: Vec::new(),
            pending_nexts: 0,
            expr: false,
            stop_depth: None,
            last_line: Vec::new(),
            func_lines: HashMap::new(),
            stops: Vec::new(),
            history: Vec::new(),
            escapes: HashMap::new(),
            mute: Rc::new(Cell::new(false)),
            globals: Rc::new(HashMap::new()),
            exited: None,
        };
        // `//gosub:break [if COND]` comments set breakpoints.
        for (i, l) in source.lines().enumerate() {
            if let Some(rest) = l.split_once("//gosub:break").map(|(_, r)| r.trim()) {
                let cond = rest.strip_prefix("if ").map(|c| c.trim().to_string());
                s.add_breakpoint(i as u32 + 1, None, cond);
            }
        }
        s
    }

    /// The run starts muted when it replays to a step.
    pub fn muted(&self) -> bool {
        self.mute.get()
    }

    /// The tracer for a run: brief lines of the chosen events.
    pub fn tracer(&self) -> Tracer {
        let sink = Box::new(Sink(self.mute.clone()));
        Tracer::new(sink, crate::runtime::trace::Format::Brief, Some(self.events.clone()), None, None)
    }

    /// Before a run: the package variables' addresses; resets the run's
    /// state (what persists is kept).
    pub fn begin(
        &mut self,
        globals: HashMap<crate::types::typ::ObjId, u64>,
        funcs: &[crate::ir::Func],
        map: &crate::source::SourceMap,
    ) {
        self.globals = Rc::new(globals);
        self.func_lines = funcs
            .iter()
            .filter_map(|f| {
                let first = f.body.iter().find(|s| s.pos != 0 && s.pos > f.pos)?;
                Some((f.name.clone(), map.line_col(first.pos).1))
            })
            .collect();
        self.history.clear();
        self.last_line.clear();
        self.pending_nexts = 0;
        for b in &mut self.breakpoints {
            b.hits.clear();
            b.total = 0;
        }
        self.steps = 0;
        self.limit = self.max_steps;
        self.outcome = None;
        self.choice_at = 0;
        self.goroutine = 1;
        self.frame = 0;
        self.shaded.clear();
        self.exited = None;
        match self.target {
            Some(0) | None => {
                self.target = None;
                self.mode = Mode::Step(0);
                self.mute.set(false);
            }
            Some(_) => self.mute.set(true),
        }
    }

    /// After a run: whether to run again. A program that ended by itself
    /// leaves the session open (restart, back, or exit).
    pub fn end(&mut self, code: i32) -> bool {
        self.mute.set(false);
        let _ = std::io::stdout().flush();
        loop {
            match self.outcome.take() {
                Some(Outcome::Restart(to)) => {
                    self.target = Some(to);
                    return true;
                }
                Some(Outcome::Quit) => return false,
                None => {}
            }
            if self.exited.is_none() {
                self.exited = Some(code);
                println!("Process has exited with status {code}");
            }
            if !self.command_loop_exited() {
                return false;
            }
        }
    }

    fn add_breakpoint(&mut self, line: u32, func: Option<String>, cond: Option<String>) -> u32 {
        let id = self.next_bp;
        self.next_bp += 1;
        let file = self.file.clone();
        self.breakpoints.push(Breakpoint { id, file, line, func, cond, hits: HashMap::new(), total: 0 });
        id
    }
}

impl Machine<'_> {
    /// Writes out the program's buffered output (so the stepper's lines
    /// come after it).
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }
}
