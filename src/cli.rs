//! The command line, declared with clap: subcommands and options only.
//!
//! Every subcommand is carried out by `driver.rs`; nothing here computes.
//! Names follow Go's tools where Go has one (`run`, `GODEBUG`-style knobs as
//! flags) and Delve's where a debugger does.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "gosub", version, about = "A Go interpreter whose runtime is a working model of Go's own")]
pub struct Cli {
    /// How compile errors are shown: gc's one-line form, or annotated source.
    #[arg(long, value_enum, global = true)]
    pub diag: Option<DiagStyle>,
    /// Colour in annotated diagnostics.
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    pub color: Color,
    #[command(subcommand)]
    pub command: Command,
}

/// Where time comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Clock {
    Virtual,
    Real,
}

/// How a program is run (shared by `run` and `trace`).
#[derive(Args, Debug)]
pub struct RunOpts {
    /// Seed of every choice Go randomises (select, map order, stealing).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Logical processors (default: $GOMAXPROCS, else the host's CPUs).
    #[arg(long)]
    pub gomaxprocs: Option<usize>,
    /// Time source: `virtual` (deterministic; sleeps take no time) or
    /// `real` (the host's clock).
    #[arg(long, value_enum, default_value_t = Clock::Virtual)]
    pub clock: Clock,
    /// Run a whole garbage collection at every allocation and poison freed
    /// memory (also `GODEBUG=gcstress=1`).
    #[arg(long)]
    pub gc_stress: bool,
    /// Re-mark at the end of each collection and fail if a reachable
    /// object was left white (also `GODEBUG=gccheckmark=1`).
    #[arg(long)]
    pub gc_verify: bool,
    pub file: PathBuf,
    /// Arguments passed to the program (os.Args[1:]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// The event stream's format.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum TraceFormat {
    Text,
    Jsonl,
    Chrome,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a Go program, as `go run FILE [ARGS]` does.
    Run {
        #[command(flatten)]
        run: RunOpts,
    },
    /// Run a program and write its event stream (scheduler, channels,
    /// timers, allocation, defers and panics, statements and calls).
    Trace {
        /// `text` (fixed columns), `jsonl` (one JSON object per event) or
        /// `chrome` (Chrome Trace Event JSON, for ui.perfetto.dev).
        #[arg(long, value_enum, default_value_t = TraceFormat::Text)]
        format: TraceFormat,
        /// Only these categories: sched,chan,time,alloc,defer,panic,stmt,call.
        #[arg(long, value_delimiter = ',')]
        only: Option<Vec<String>>,
        /// Only events of this goroutine.
        #[arg(long)]
        goroutine: Option<u64>,
        /// Write the trace here instead of standard error.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Stop writing after N events (a final line says so).
        #[arg(long)]
        max_events: Option<u64>,
        #[command(flatten)]
        run: RunOpts,
    },
    /// Step through a program with Delve's commands and watch the runtime
    /// (`help` at the prompt lists the commands).
    Step {
        /// Read commands from FILE and print the session's transcript
        /// (also when standard input is not a terminal).
        #[arg(long)]
        commands: Option<PathBuf>,
        /// Pause after this many statements, so a program that loops
        /// forever still leaves the prompt usable.
        #[arg(long, default_value_t = 1_000_000)]
        max_steps: u64,
        /// Who runs next: `auto` (Go's scheduler), `manual` (the learner
        /// chooses) or `replay:FILE` (choices from a log of goroutine
        /// numbers).
        #[arg(long, default_value = "auto")]
        sched: String,
        /// `stmt` steps by statement; `expr` also stops inside a statement
        /// at each call, return, allocation and defer, in Go's evaluation
        /// order.
        #[arg(long, value_enum, default_value_t = Granularity::Stmt)]
        granularity: Granularity,
        #[command(flatten)]
        run: RunOpts,
    },
    /// Parse and type-check a program without running it.
    Check { file: PathBuf },
    /// Print escape analysis decisions as `go build -gcflags='-m -l'` does
    /// (to standard output, paths relative to the file's folder).
    Escape {
        /// Before every heap decision, the flow that forced it (as `-m=2`
        /// does) and the reason in plain words; the other lines unchanged.
        #[arg(long)]
        explain: bool,
        file: PathBuf,
    },
    /// Print an intermediate form of a program.
    Dump {
        #[arg(value_enum)]
        what: DumpWhat,
        file: PathBuf,
    },
}

/// How finely `gosub step` steps.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Granularity {
    Stmt,
    Expr,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DumpWhat {
    /// The syntax tree, one declaration or statement a line.
    Ast,
    /// The token stream, one token a line.
    Tokens,
    /// The lowered form the evaluator runs: each function of the program's
    /// file, its frame size and statements (Rust's debug notation).
    Ir,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DiagStyle {
    /// `file:line:col: message`, as gc prints.
    Go,
    /// Annotated source (ariadne).
    Pretty,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Parses the command line and runs it; returns the process exit status.
pub fn main() -> i32 {
    crate::driver::run(Cli::parse())
}
