//! Panics and fatal errors (`runtime/panic.go`, `runtime/error.go`): the
//! run-time errors Go raises, with Go's exact messages (RUNTIME-REFERENCE
//! §6.7), the `_defer` and `_panic` records of a goroutine, and how an
//! unwinding travels through the host evaluator.
//!
//! A Go frame is a host call (`Machine::invoke`), so unwinding is an
//! `Err(Unwind)` returning through host frames. Go runs deferred calls
//! *before* it unwinds any frame (gopanic runs them on top of the
//! panicking stack), and so does the model: a raised `Unwind::Panic` is
//! caught by the innermost Go frame, which runs the goroutine's whole
//! defer chain there (`interp::panic`). Only then does the host unwind:
//! `Recovered` up to the frame whose deferred call recovered, which
//! returns normally; `Panicking` (no recovery) to the top, which prints
//! the panic chain and exits with status 2.
//!
//! Run-time errors are host values (`Fault`) until a program recovers
//! one; then they are boxed into the runtime package's error types
//! (`boundsError`, `errorString`, `errorAddressString`, `plainError`,
//! `*TypeAssertionError`), whose Error methods give the same text as
//! `Fault::message`.
//!
//! `panic(nil)`: Go 1.21+ turns it into a `*runtime.PanicNilError` only
//! for modules declaring go ≥ 1.21 or under `//go:debug panicnil=0`; a
//! lone file run by `go run` is built in GOPATH mode, where the old
//! behaviour holds (`panic: nil`, and recover returns nil). The model
//! does the same, honouring the `//go:debug` line.

use crate::interp::FrameRec;
use crate::ir::FuncId;

/// The bounds check that failed (`runtime.boundsErrorCode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Bounds {
    Index,
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
    Convert,
}

/// A run-time error (`runtime.Error`).
#[derive(Clone, Debug)]
pub enum Fault {
    /// `runtime.boundsError`: x against y (always signed in the model).
    Bounds(Bounds, i64, i64),
    /// Nil or invalid memory access at an address.
    NilDeref(u64),
    DivideByZero,
    NegativeShift,
    NilMapWrite,
    /// `*runtime.TypeAssertionError`: interface, concrete, asserted type
    /// names and the missing method (empty concrete: a nil interface).
    TypeAssertion {
        iface: String,
        concrete: String,
        asserted: String,
        missing: String,
    },
    MakeSliceLen,
    MakeSliceCap,
    Unhashable(String),
    Uncomparable(String),
    RangeContinued,
    /// `panic(nil)` under `//go:debug panicnil=0`.
    PanicNil,
    /// A `plainError` with this text (channel misuse, makechan).
    Plain(&'static str),
}

/// How a fault is boxed when recovered: its runtime type and fields.
pub enum FaultClass {
    Bounds { x: i64, y: i64, code: u8 },
    ErrorString(String),
    ErrorAddress(String, u64),
    Plain(String),
    TypeAssertion([String; 4]),
    PanicNil,
}

impl Fault {
    pub fn index(i: i64, len: u64) -> Fault {
        Fault::Bounds(Bounds::Index, i, len as i64)
    }

    /// The value's `Error()` text.
    pub fn message(&self) -> String {
        match self.class() {
            FaultClass::Bounds { x, y, code } => {
                let b = Bounds::from(code);
                let f = if x < 0 { b.neg_format() } else { b.format() };
                format!("runtime error: {}", f.replace("%x", &x.to_string()).replace("%y", &y.to_string()))
            }
            FaultClass::ErrorString(s) | FaultClass::ErrorAddress(s, _) => format!("runtime error: {s}"),
            FaultClass::Plain(s) => s,
            FaultClass::PanicNil => "runtime error: panic called with nil argument".into(),
            FaultClass::TypeAssertion([iface, concrete, asserted, missing]) => {
                if concrete.is_empty() {
                    format!("interface conversion: {iface} is nil, not {asserted}")
                } else if !missing.is_empty() {
                    format!("interface conversion: {concrete} is not {asserted}: missing method {missing}")
                } else {
                    format!("interface conversion: {iface} is {concrete}, not {asserted}")
                }
            }
        }
    }

    /// The runtime type Go panics with, and its fields.
    pub fn class(&self) -> FaultClass {
        let es = |s: &str| FaultClass::ErrorString(s.to_string());
        match self {
            Fault::Bounds(b, x, y) => FaultClass::Bounds { x: *x, y: *y, code: *b as u8 },
            Fault::NilDeref(a) if *a >= 0x1000 => {
                FaultClass::ErrorAddress("invalid memory address or nil pointer dereference".into(), *a)
            }
            Fault::NilDeref(_) => es("invalid memory address or nil pointer dereference"),
            Fault::DivideByZero => es("integer divide by zero"),
            Fault::NegativeShift => es("negative shift amount"),
            Fault::NilMapWrite => FaultClass::Plain("assignment to entry in nil map".into()),
            Fault::TypeAssertion { iface, concrete, asserted, missing } => {
                FaultClass::TypeAssertion([iface.clone(), concrete.clone(), asserted.clone(), missing.clone()])
            }
            Fault::MakeSliceLen => es("makeslice: len out of range"),
            Fault::MakeSliceCap => es("makeslice: cap out of range"),
            Fault::Unhashable(t) => FaultClass::ErrorString(format!("hash of unhashable type {t}")),
            Fault::Uncomparable(t) => FaultClass::ErrorString(format!("comparing uncomparable type {t}")),
            Fault::RangeContinued => {
                es("range function continued iteration after function for loop body returned false")
            }
            Fault::Plain(s) => FaultClass::Plain(s.to_string()),
            Fault::PanicNil => FaultClass::PanicNil,
        }
    }
}

impl Bounds {
    fn from(code: u8) -> Bounds {
        use Bounds::*;
        [Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C, Convert][code as usize % 9]
    }

    /// `boundsErrorFmt`.
    fn format(self) -> &'static str {
        match self {
            Bounds::Index => "index out of range [%x] with length %y",
            Bounds::SliceAlen => "slice bounds out of range [:%x] with length %y",
            Bounds::SliceAcap => "slice bounds out of range [:%x] with capacity %y",
            Bounds::SliceB => "slice bounds out of range [%x:%y]",
            Bounds::Slice3Alen => "slice bounds out of range [::%x] with length %y",
            Bounds::Slice3Acap => "slice bounds out of range [::%x] with capacity %y",
            Bounds::Slice3B => "slice bounds out of range [:%x:%y]",
            Bounds::Slice3C => "slice bounds out of range [%x:%y:]",
            Bounds::Convert => "cannot convert slice with length %x to array or pointer to array with length %y",
        }
    }

    /// `boundsNegErrorFmt`: x is negative.
    fn neg_format(self) -> &'static str {
        match self {
            Bounds::Index => "index out of range [%x]",
            Bounds::SliceAlen | Bounds::SliceAcap => "slice bounds out of range [:%x]",
            Bounds::SliceB => "slice bounds out of range [%x:]",
            Bounds::Slice3Alen | Bounds::Slice3Acap => "slice bounds out of range [::%x]",
            Bounds::Slice3B => "slice bounds out of range [:%x:]",
            Bounds::Slice3C => "slice bounds out of range [%x::]",
            Bounds::Convert => self.format(),
        }
    }
}

/// Type words of the runtime's error types (set by lowering).
#[derive(Clone, Copy, Debug, Default)]
pub struct ErrorTypes {
    pub bounds: u64,
    pub error_string: u64,
    pub error_address: u64,
    pub plain: u64,
    pub type_assertion: u64,
    pub panic_nil: u64,
}

#[derive(Clone, Debug)]
pub enum PanicValue {
    Runtime(Fault),
    /// `panic(v)`: the interface value's type word and data word (the
    /// text is made when the panic turns out fatal, as `preprintpanics`
    /// does).
    Value {
        typ: u64,
        data: u64,
    },
}

/// A panic as raised, before the defer chain has run for it.
#[derive(Clone, Debug)]
pub struct PanicInfo {
    pub value: PanicValue,
    /// The goroutine's frames where it was raised (for the traceback).
    pub frames: Vec<FrameRec>,
}

/// A `_defer` record: a call waiting for its frame to end.
#[derive(Clone, Copy, Debug)]
pub struct DeferRec {
    /// The function to call; `NIL_FUNC` for a nil func value (Go panics
    /// when the call runs, not at the defer statement).
    pub func: FuncId,
    /// The argument block: context word, receiver and arguments.
    pub block: u64,
    pub size: u32,
    /// Depth of the deferring frame (its index + 1 in the frame list).
    pub depth: u32,
    /// The block was allocated on the heap (a defer in a loop).
    pub heap: bool,
}

pub const NIL_FUNC: FuncId = u32::MAX;

impl PanicRec {
    /// A panic (or Goexit's pseudo-panic) starting in the frame at `depth`.
    pub fn new(value: PanicValue, frames: Vec<FrameRec>, depth: u32, goexit: bool) -> PanicRec {
        PanicRec { value, frames, boxed: None, recovered: false, repanicked: false, goexit, depth, argp: 0 }
    }
}

/// A `_panic` record on the goroutine's panic chain.
#[derive(Clone, Debug)]
pub struct PanicRec {
    pub value: PanicValue,
    pub frames: Vec<FrameRec>,
    /// The value as recovered (runtime faults are boxed on recovery).
    pub boxed: Option<(u64, u64)>,
    pub recovered: bool,
    pub repanicked: bool,
    /// `runtime.Goexit`'s pseudo-panic: recover ignores it.
    pub goexit: bool,
    /// Depth of the frame that panicked.
    pub depth: u32,
    /// Index in the frame list of the deferred call being run for this
    /// panic: recover works only in that frame (wrappers skipped).
    pub argp: u32,
}

#[derive(Clone, Debug)]
pub enum Unwind {
    /// A panic just raised: the innermost Go frame starts it.
    Panic(PanicInfo),
    /// A started panic no deferred call recovered: print the goroutine's
    /// panic chain and exit.
    Panicking,
    /// A deferred call recovered: unwind to the frame of this depth, which
    /// then returns normally.
    Recovered(u32),
    /// `runtime.Goexit` called; `started` once the deferred calls ran and
    /// only the goroutine's end remains.
    Goexit { started: bool },
    /// `os.Exit(code)`.
    Exit(i32),
    /// `fatal` (sync's misuse errors): the message and the current
    /// goroutine only, no runtime frames.
    UserFatal { msg: String, frames: Vec<FrameRec> },
    /// `fatal error: ...` (not recoverable); `prefix` is printed first
    /// (the stack-overflow lines).
    Fatal { msg: String, prefix: String, frames: Vec<FrameRec> },
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
