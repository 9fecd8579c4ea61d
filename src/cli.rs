//! The command line, declared with clap: subcommands and options only.
//!
//! Every subcommand is carried out by `driver.rs`; nothing here computes.
//! Names follow Go's tools where Go has one (`run`, `GODEBUG`-style knobs as
//! flags) and Delve's where a debugger does.

use clap::{Parser, Subcommand, ValueEnum};
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

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a Go program, as `go run FILE [ARGS]` does.
    Run {
        /// Seed of every choice Go randomises (map iteration order, ...).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Logical processors (default: $GOMAXPROCS, else the host's CPUs).
        #[arg(long)]
        gomaxprocs: Option<usize>,
        /// Time source: `virtual` (deterministic; sleeps take no time) or
        /// `real` (the host's clock).
        #[arg(long, value_enum, default_value_t = Clock::Virtual)]
        clock: Clock,
        file: PathBuf,
        /// Arguments passed to the program (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and type-check a program without running it.
    /// Parse and type-check only.
    Check { file: PathBuf },
    /// Print escape analysis decisions in the format of `go build -gcflags=-m`.
    Escape { file: PathBuf },
    /// Print an intermediate form of a program.
    Dump {
        #[arg(value_enum)]
        what: DumpWhat,
        file: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DumpWhat {
    /// The syntax tree, one declaration or statement a line.
    Ast,
    /// The token stream, one token a line.
    Tokens,
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
