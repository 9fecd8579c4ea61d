//! Panics and fatal errors (`runtime/panic.go`, `runtime/error.go`): the
//! run-time errors Go raises, with Go's exact messages (RUNTIME-REFERENCE
//! §6.7), and how an uncaught one ends the program.
//!
//! A panic unwinds the host evaluator as an `Err(Unwind)`; each Go frame
//! it passes is one host frame returning. Simplification until issue 6:
//! there are no deferred calls to run and no recover, so a panic always
//! reaches the top and the program exits with status 2 after printing
//! `panic: ...`, the goroutine header and the user frames.

use crate::interp::FrameRec;

/// A run-time error (`runtime.Error`).
#[derive(Clone, Debug)]
pub enum Fault {
    /// `runtime.boundsError`: index i with length n.
    Index(i64, u64),
    /// Slice bounds: the message after `slice bounds out of range `.
    SliceBounds(String),
    /// Nil or invalid memory access at an address.
    NilDeref(u64),
    DivideByZero,
    NegativeShift,
    NilMapWrite,
    /// `interface conversion: ...`
    TypeAssertion(String),
    MakeSliceLen,
    MakeSliceCap,
    Unhashable(String),
    Uncomparable(String),
    SliceToArray(u64, u64),
    /// `panic(nil)`
    PanicNil,
    RangeContinued,
}

impl Fault {
    /// The value's `Error()` text.
    pub fn message(&self) -> String {
        match self {
            Fault::Index(i, n) => {
                if *i < 0 {
                    format!("runtime error: index out of range [{i}]")
                } else {
                    format!("runtime error: index out of range [{i}] with length {n}")
                }
            }
            Fault::SliceBounds(s) => format!("runtime error: slice bounds out of range {s}"),
            Fault::NilDeref(_) => "runtime error: invalid memory address or nil pointer dereference".into(),
            Fault::DivideByZero => "runtime error: integer divide by zero".into(),
            Fault::NegativeShift => "runtime error: negative shift amount".into(),
            Fault::NilMapWrite => "assignment to entry in nil map".into(),
            Fault::TypeAssertion(s) => format!("interface conversion: {s}"),
            Fault::MakeSliceLen => "runtime error: makeslice: len out of range".into(),
            Fault::MakeSliceCap => "runtime error: makeslice: cap out of range".into(),
            Fault::Unhashable(t) => format!("runtime error: hash of unhashable type {t}"),
            Fault::Uncomparable(t) => format!("runtime error: comparing uncomparable type {t}"),
            Fault::SliceToArray(n, m) => format!(
                "runtime error: cannot convert slice with length {n} to array or pointer to array with length {m}"
            ),
            Fault::PanicNil => "panic called with nil argument (goexperiment.PanicNil=0)".into(),
            Fault::RangeContinued => {
                "runtime error: range function continued iteration after function for loop body returned false".into()
            }
        }
    }
}

#[derive(Clone, Debug)]
pub enum PanicValue {
    Runtime(Fault),
    /// `panic(v)`: the interface value's type word and data word, and the
    /// text Go prints for it (computed when the panic starts, as
    /// `printpanicval` does before the world stops).
    Value {
        typ: u64,
        data: u64,
        text: String,
    },
}

#[derive(Clone, Debug)]
pub struct PanicInfo {
    pub value: PanicValue,
    pub frames: Vec<FrameRec>,
}

#[derive(Clone, Debug)]
pub enum Unwind {
    Panic(PanicInfo),
    /// `os.Exit(code)`.
    Exit(i32),
    /// `fatal error: ...` (not recoverable); `prefix` is printed first
    /// (the stack-overflow lines).
    Fatal {
        msg: String,
        prefix: String,
        frames: Vec<FrameRec>,
    },
}

impl Unwind {
    pub fn exit_code(&self) -> i32 {
        match self {
            Unwind::Exit(c) => *c,
            _ => 2,
        }
    }
}

/// Go's `printpanicval` for a string: newlines are followed by a tab.
pub fn panic_string(s: &str) -> String {
    s.replace('\n', "\n\t")
}
