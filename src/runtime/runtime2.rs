//! The scheduler's records (`runtime/runtime2.go`): goroutines (G), logical
//! processors (P), goroutine states and wait reasons with Go's names, and
//! the sudogs that park a goroutine on a channel or semaphore.
//!
//! A G's evaluator state (its goroutine stack in modelled memory, frame
//! registers, defer and panic chains) is saved here while it is not
//! running (`interp::proc` swaps it in and out, as `gogo`/`gosave` do);
//! its host coroutine lives beside it.
//!
//! Simplifications: there is no M record (one OS thread runs every P in
//! turn): an M is an id, the one a P is wired to (`P::m`), which changes
//! only when a blocking system call hands the P off; sudogs are host
//! records in an arena, named by index (+1, so 0 is nil) from the wait
//! queues that hchan keeps in modelled memory, where Go allocates them
//! from a per-P cache.

use crate::interp::FrameRec;
use crate::ir::FuncId;
use crate::runtime::panic::{DeferRec, PanicRec};
use crate::runtime::stack::Stack;
use std::collections::VecDeque;

pub type GId = usize;

/// `_Gidle` … `_Gdead`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GStatus {
    Idle,
    Runnable,
    Running,
    Syscall,
    Waiting,
    Dead,
}

/// `waitReason`: why a goroutine is parked, as a traceback names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    None,
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncWaitGroupWait,
    SyncCondWait,
    Semacquire,
    /// `runtime.GC` waiting for its cycle's mark to finish.
    WaitForGcCycle,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::Semacquire => "semacquire",
            WaitReason::WaitForGcCycle => "wait for GC cycle",
        }
    }

    /// The reason `sync` passes to `runtime_Semacquire`.
    pub fn from_sync(code: u64) -> WaitReason {
        match code {
            1 => WaitReason::SyncMutexLock,
            2 => WaitReason::SyncRWMutexRLock,
            3 => WaitReason::SyncRWMutexLock,
            4 => WaitReason::SyncWaitGroupWait,
            5 => WaitReason::SyncCondWait,
            _ => WaitReason::Semacquire,
        }
    }
}

/// The evaluator registers of a goroutine that is not running.
#[derive(Default)]
pub struct GRegs {
    pub stack: Stack,
    pub stack_total: u64,
    pub sp: u64,
    pub fp: u64,
    pub pos: u32,
    pub host_base: usize,
    pub yielder: usize,
    /// Values the evaluator holds outside modelled memory (see
    /// `Machine::pins`).
    pub pins: Vec<u64>,
    pub aux: Box<GAux>,
}

/// The part of a goroutine's evaluator state the evaluator touches less
/// often than every statement: boxed, so a goroutine switch exchanges it as
/// one pointer rather than copying a dozen words each way.
#[derive(Default)]
pub struct GAux {
    /// Stack segments below the current one (see `interp`'s header).
    pub segments: Vec<(Stack, u64)>,
    /// The call frames, innermost last.
    pub frames: Vec<FrameRec>,
    /// The `_defer` chain and `_panic` chain (newest last).
    pub defers: Vec<DeferRec>,
    pub panics: Vec<PanicRec>,
    /// The address of a memory fault the goroutine took (`gp.sig`).
    pub sig: Option<u64>,
}

/// How a goroutine starts: a function and its argument block.
#[derive(Clone, Copy, Debug)]
pub struct GStart {
    pub func: FuncId,
    pub block: u64,
    pub size: u32,
}

pub struct G {
    pub goid: u64,
    pub status: GStatus,
    pub wait: WaitReason,
    pub regs: GRegs,
    pub start: GStart,
    /// The goroutine that ran the `go` statement, its function and the
    /// statement's position (`created by F in goroutine N`).
    pub parent: Option<(u64, FuncId, u32)>,
    /// A runtime helper goroutine (timer callbacks): not counted or shown.
    pub system: bool,
    /// Set by whoever wakes a parked G: the select case that fired, and
    /// whether the channel operation succeeded (false: woken by close).
    pub param: i64,
    pub success: bool,
    /// A select in progress has been claimed by one of its cases.
    pub select_done: bool,
    /// The sudogs of a select in progress, to unlink on wake.
    pub waiting: Vec<u32>,
    /// The goroutine (Go's number) whose operation claimed this one's
    /// select, for the event stream.
    pub waker: u64,
}

/// A logical processor: its run queues and its allocation cache (its
/// timers are in `Timers`, by P).
pub struct P {
    pub id: usize,
    /// `p.mcache`: where goroutines running on this P allocate.
    pub mcache: super::mcache::MCache,
    /// The local run queue (Go's 256-slot ring).
    pub runq: VecDeque<GId>,
    pub runnext: Option<GId>,
    pub schedtick: u32,
    /// The M (thread) the P is wired to, by Go's M id; None while the P
    /// is idle after a handoff found no work for it (`pidleput`).
    pub m: Option<u64>,
}

impl P {
    /// A new P (`procresize`'s `pp.init`): empty queues and its own mcache.
    pub fn new(id: usize) -> P {
        P {
            id,
            mcache: super::mcache::MCache::new(id),
            runq: VecDeque::with_capacity(RUNQ_SIZE),
            runnext: None,
            schedtick: 0,
            // m0 runs P0; M1 is sysmon's, which has no P.
            m: Some(if id == 0 { 0 } else { id as u64 + 1 }),
        }
    }
}

/// Capacity of a P's local run queue.
pub const RUNQ_SIZE: usize = 256;

/// A goroutine waiting on a channel (or a select case).
#[derive(Clone, Copy, Debug, Default)]
pub struct Sudog {
    pub g: GId,
    /// Where the value to send is, or where a received value goes (0: drop).
    pub elem: u64,
    pub chan: u64,
    pub next: u32,
    pub prev: u32,
    /// For a select: the case index this sudog stands for.
    pub case: i64,
    pub is_select: bool,
    /// Where a comma-ok receive's flag goes (0: none).
    pub ok: u64,
}
