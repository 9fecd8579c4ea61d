//! The evaluator: runs the executable tree over modelled memory, by
//! walking it (`eval.rs`, `exec.rs`: the tier that emits events, for
//! `gosub trace` and the stepper) or as closures compiled from it on a
//! function's first call (`compile.rs`: runs without tracing).
//!
//! One `Machine` runs one program. Its state is the runtime's: the address
//! space (`Memory`: read-only data, data segment, heap spans), the
//! allocator's per-P cache, the goroutine's stack, and the registers of the
//! running frame (`fp`, `sp`, the current statement's position). Values are
//! read and written only through memory; the host keeps no Go objects.
//!
//! The goroutine stack: frames are laid out upwards in stack memory from
//! the stack allocator. A call reserves the callee's frame above `sp`,
//! evaluates the arguments into it, then runs the callee with `fp` at its
//! base. Simplification: when a frame does not fit, the stack grows by
//! chaining a new segment twice the size (Go 1.2's segmented stacks)
//! instead of copying the stack (Go ≥ 1.4), so stack addresses never move;
//! the total is capped at Go's 1 GB `maxstacksize`. The host recursion
//! that runs nested calls is bounded too (`HOST_STACK_BUDGET`): whichever
//! limit is hit first ends the program with Go's stack-overflow error.

mod alg;
mod builtins;
mod call;
mod chan;
mod compile;
mod eval;
mod exec;
mod mgc;
mod mgcstack;
pub(crate) use mgc::Root;
pub(crate) use mgcstack::Live;
pub mod ops;
mod panic;
mod proc;
mod string;
mod syscall;
mod time;
pub(crate) mod trace;

use crate::ir::{self, FuncId};
use crate::runtime::malloc::Alloc;
pub use crate::runtime::mbitmap::Layout;
use crate::runtime::memory::Memory;
use crate::runtime::panic::{Fault, Unwind};
use crate::runtime::stack::{Stack, StackAllocator};
use crate::runtime::types::TypeTable;
use crate::source::SourceMap;
use std::io::Write;
use trace::ev;

pub type R<T> = Result<T, Box<Unwind>>;

/// How a statement list was left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Next,
    Break(ir::LabelId),
    Continue(ir::LabelId),
    Goto(ir::LabelId),
    Fallthrough,
    Return,
}

impl Flow {
    /// How a loop body's flow ends its iteration: `None` to go on, else
    /// the loop's own flow.
    #[inline(always)]
    pub(crate) fn end_iteration(self, label: ir::LabelId) -> Option<Flow> {
        match self {
            Flow::Next => None,
            Flow::Continue(l) if l == label => None,
            Flow::Break(l) if l == label => Some(Flow::Next),
            f => Some(f),
        }
    }
}

/// A frame of the running goroutine, for tracebacks.
#[derive(Clone, Copy, Debug)]
pub struct FrameRec {
    pub func: FuncId,
    /// Position of the statement the frame is executing.
    pub pos: u32,
    /// Called by a call gc would inline (printed `f(...)`).
    pub inlined: bool,
    /// The frame's base (its locals' addresses are `fp + offset`).
    pub fp: u64,
}

/// The modelled heap's size limit: a program that needs more ends with
/// Go's `fatal error: runtime: out of memory` (the host never runs out).
pub const HEAP_LIMIT: u64 = 8 << 30;

/// Bytes of a goroutine's host stack the evaluator may use for nested Go
/// calls (the rest is headroom for natives and the deepest frame).
pub const HOST_STACK_BUDGET: usize = proc::GO_HOST_STACK - (32 << 20);

pub struct Options {
    pub seed: u64,
    pub args: Vec<String>,
    pub display: String,
    /// `//go:debug panicnil=0`: panic(nil) panics with a PanicNilError.
    pub panic_nil_error: bool,
    /// `GODEBUG=schedtrace=MS`.
    pub schedtrace: Option<i64>,
    /// `--clock=real`: the wall clock's start; None for virtual time.
    pub real_clock: Option<std::time::Instant>,
    /// GOGC (-1: off) and GOMEMLIMIT.
    pub gogc: i64,
    pub mem_limit: u64,
}

pub struct Machine<'p> {
    pub funcs: &'p [ir::Func],
    /// Each function's compiled body (`compile`), made on its first call
    /// in a run without tracing.
    code: Vec<Option<std::rc::Rc<compile::Run<'p>>>>,
    /// Run compiled bodies (`compile`): on unless the run is traced (fixed
    /// when the run starts) or the walker was asked for (`GOSUB_WALK=1`,
    /// which the tests use to check both tiers against the same goldens).
    pub compiled: bool,
    pub checked: crate::types::Program,
    pub mem: Memory,
    pub rtypes: TypeTable,
    pub stacks: StackAllocator,
    pub map: &'p SourceMap,
    pub opts: Options,
    pub fp: u64,
    pub sp: u64,
    pub stack: Stack,
    pub stack_total: u64,
    /// The running goroutine's segments, frames, defer and panic chains,
    /// and fault address, behind one pointer so a switch moves it
    /// as one word (`GAux`).
    pub aux: Box<crate::runtime::runtime2::GAux>,
    pub pos: u32,
    pub rng: crate::runtime::rand::Rng,
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    host_base: usize,
    /// The runtime's error types (`ir::Program::errors`).
    pub errors: crate::runtime::panic::ErrorTypes,
    /// The scheduler: goroutines, Ps, run queues.
    pub sched: crate::runtime::proc::Sched,
    /// The host side of blocking system calls (`syscall`).
    sys: syscall::Syscalls,
    /// Each goroutine's coroutine (by G index) and pooled coroutine stacks.
    cos: Vec<Option<Box<proc::GCo>>>,
    co_stacks: Vec<corosensei::stack::DefaultStack>,
    /// The running goroutine's coroutine yielder (an address).
    yielder: usize,
    /// Steps left in the running goroutine's time slice, and what was
    /// left when it was switched in (the clock advances by the difference).
    pub budget: i64,
    budget_at_switch: i64,
    /// The virtual monotonic clock, in nanoseconds.
    pub clock: i64,
    /// main called runtime.Goexit.
    main_goexit: bool,
    /// When the next schedtrace line is due (virtual ns).
    next_trace: i64,
    /// The call being made is one gc would inline.
    call_inlined: bool,
    /// The goroutine being switched in took runnext's time slice.
    start_inherit: bool,
    /// A goroutine is running (else the scheduler runs, on g0).
    pub(crate) in_g: bool,
    /// The host's CPU count, read once (Go's `ncpu`, set by `schedinit`):
    /// asking the OS each time costs syscalls, at every collection.
    pub(crate) ncpu: usize,
    /// `runtime.staticuint64s`: the words 0..255, which small boxed
    /// values point into.
    pub staticuint64s: u64,
    /// `runtime.zeroVal`: zero bytes an empty string or nil slice boxed
    /// in an interface points to.
    pub zeroval: u64,
    /// strconv's `smallsString` ("00" to "99"), which `Itoa` of a small
    /// number returns a substring of.
    pub smalls: u64,
    /// The program's own code has started (the trace skips the library's
    /// initialisers before it).
    user_seen: bool,
    /// The event stream's writer, when tracing (`gosub trace`).
    pub trace: Option<Box<crate::runtime::trace::Tracer>>,
    /// The stepper, called at every event (only when `trace` is on).
    pub observer: Option<Box<dyn trace::Observer>>,
    /// The observer asked to end the run (restart or quit): the next
    /// statement unwinds as `os.Exit` would.
    pub abort: bool,
    /// The program's output is discarded (the stepper replaying).
    pub mute: bool,
    /// Lines of recent event positions: (position, file, line).
    line_cache: Box<[(u32, u32, u32); trace::LINE_CACHE]>,
    /// `--granularity=expr`: arithmetic, comparisons and conversions are
    /// events (`Event::Eval`).
    pub expr_steps: bool,
    /// Files as event sites name them, by file (`trace::site_file`).
    site_files: Vec<Option<(&'p str, bool)>>,
    /// Loop iterations begun while an observer watches (a line run again
    /// by a loop is a new step).
    pub loop_iters: u64,
    /// The collector: phase, pacer, the current cycle's record.
    pub gc: crate::runtime::mgc::GcController,
    /// A goroutine asked the scheduler for a stop-the-world pause.
    stw_request: Option<crate::runtime::mgc::Trigger>,
    /// The goroutine being switched in is resuming after a pause.
    resuming: bool,
    /// Heap pointers the evaluator holds in host variables while the
    /// statement that made them runs: every new object and every pointer a
    /// call returned (Go's compiler keeps them in stack slots its stack
    /// maps describe). Roots for the collector; cut back when the
    /// statement ends (`exec_block`), each loop iteration, and when a
    /// frame returns.
    pub pins: Vec<u64>,
    /// A cycle waits for the next statement boundary (a safe point).
    gc_pending: Option<crate::runtime::mgc::Trigger>,
    /// The host is running on a goroutine's coroutine (it can suspend).
    on_g_stack: bool,
    /// The bytes of a string concatenation being built (kept to reuse
    /// its host allocation).
    concat_buf: Vec<u8>,
    /// The operands of the `concatstrings` being evaluated, reused.
    concat_parts: Vec<(u64, u64)>,
    /// fmt's host buffers, reused from call to call.
    pub fmt_scratch: crate::stdlib::fmt::print::Scratch,
    /// The reason of the allocations being made (`ir::Why`), for their
    /// trace events: set around an allocating construct's `mallocgc`
    /// (`malloc_why`, `with_why`), 0 otherwise.
    pub why: ir::Why,
}

impl<'p> Machine<'p> {
    pub fn new(
        funcs: &'p [ir::Func],
        map: &'p SourceMap,
        checked: crate::types::Program,
        mut mem: Memory,
        rtypes: TypeTable,
        opts: Options,
    ) -> Self {
        let mut stacks = StackAllocator::default();
        let (stack, _) = stacks.alloc(&mut mem.heap, 8192);
        let rng = crate::runtime::rand::Rng::new(opts.seed);
        let table: Vec<u8> = (0..256u64).flat_map(|v| v.to_le_bytes()).collect();
        let staticuint64s = mem.add_rodata_aligned(&table, 8);
        let zeroval = mem.add_rodata_aligned(&[0u8; 32], 8);
        let smalls: Vec<u8> = (0..100u8).flat_map(|i| [b'0' + i / 10, b'0' + i % 10]).collect();
        let smalls = mem.add_rodata(&smalls);
        let (opts_gogc, opts_memlimit) = (opts.gogc, opts.mem_limit);
        let pacer = crate::runtime::mgcpacer::Pacer::new(opts_gogc, opts_memlimit);
        mem.heap.stats.gc.next_gc = pacer.goal;
        Machine {
            funcs,
            code: vec![None; funcs.len()],
            compiled: std::env::var_os("GOSUB_WALK").is_none_or(|v| v == "0"),
            checked,
            mem,
            rtypes,
            stacks,
            map,
            opts,
            fp: stack.lo,
            sp: stack.lo,
            stack,
            stack_total: stack.size(),
            aux: Box::default(),
            pos: 0,
            rng,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            host_base: 0,
            errors: Default::default(),
            sched: crate::runtime::proc::Sched::new(1),
            sys: Default::default(),
            cos: Vec::new(),
            co_stacks: Vec::new(),
            yielder: 0,
            budget: proc::PREEMPT_STEPS,
            budget_at_switch: proc::PREEMPT_STEPS,
            clock: 0,
            main_goexit: false,
            next_trace: 0,
            call_inlined: false,
            trace: None,
            start_inherit: false,
            in_g: false,
            ncpu: std::thread::available_parallelism().map_or(1, |n| n.get()),
            user_seen: false,
            observer: None,
            abort: false,
            mute: false,
            loop_iters: 0,
            expr_steps: false,
            line_cache: Box::new([(0, 0, 0); trace::LINE_CACHE]),
            site_files: Vec::new(),
            staticuint64s,
            zeroval,
            smalls,
            gc: crate::runtime::mgc::GcController::new(pacer),
            stw_request: None,
            resuming: false,
            pins: Vec::new(),
            gc_pending: None,
            on_g_stack: false,
            concat_buf: Vec::new(),
            concat_parts: Vec::new(),
            fmt_scratch: Default::default(),
            why: ir::why::NONE,
        }
    }

    /// Runs the program (initialisers, then main.main); returns the exit
    /// status.
    pub fn run(&mut self, entry: FuncId, os_args: Option<u64>, procs: usize) -> i32 {
        self.sched = crate::runtime::proc::Sched::new(procs);
        // Events come from the walker.
        self.compiled &= self.trace.is_none();
        let code = match self.init_runtime_globals(os_args) {
            Ok(()) => self.run_main(entry),
            Err(u) => {
                let text = self.describe_unwind(&u);
                self.write_stderr(text.as_bytes());
                u.exit_code()
            }
        };
        let _ = self.stdout.flush();
        ev!(self, crate::runtime::trace::Event::Exit { code });
        if let Some(t) = &mut self.trace {
            t.flush();
        }
        // Goroutines still parked are abandoned with the process, as in Go.
        for co in std::mem::take(&mut self.cos).into_iter().flatten() {
            std::mem::forget(co);
        }
        code
    }

    /// `os.Args` is set before any initialiser runs (`goargs`).
    fn init_runtime_globals(&mut self, os_args: Option<u64>) -> R<()> {
        let Some(addr) = os_args else { return Ok(()) };
        let args = self.opts.args.clone();
        let n = args.len() as u64;
        let p = self.malloc(16 * n, Layout::STRING)?;
        for (i, a) in args.iter().enumerate() {
            self.new_string(p + 16 * i as u64, a.as_bytes())?;
        }
        self.write_slice(addr, p, n, n)
    }

    /// Allocates an object (`mallocgc`); the event stream will report it.
    #[inline]
    pub fn malloc(&mut self, size: u64, layout: Layout) -> R<u64> {
        if size > HEAP_LIMIT || self.mem.heap.mem.len() as u64 + size > HEAP_LIMIT {
            return Err(self.out_of_memory());
        }
        let a = self.mallocgc(size, layout);
        Ok(self.allocated(&a, size))
    }

    /// `mallocgc` through the mcache of the P running the goroutine.
    #[inline]
    pub(crate) fn mallocgc(&mut self, size: u64, layout: Layout) -> Alloc {
        let p = self.sched.curp;
        self.sched.ps[p].mcache.mallocgc(&mut self.mem.heap, size, layout)
    }

    /// `malloc` for reason `why` (the allocation event's).
    #[inline]
    pub fn malloc_why(&mut self, size: u64, layout: Layout, why: ir::Why) -> R<u64> {
        self.with_why(why, |m| m.malloc(size, layout))
    }

    /// Runs `f`, whose allocations are made for reason `why`.
    #[inline]
    pub fn with_why<T>(&mut self, why: ir::Why, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.why, why);
        let r = f(self);
        self.why = saved;
        r
    }

    /// After `mallocgc`: the event, the pin that keeps the new object alive
    /// until its statement ends, and the collector's share.
    #[inline]
    pub(crate) fn allocated(&mut self, a: &Alloc, size: u64) -> u64 {
        if self.trace.is_some() {
            self.trace_alloc(a, size);
        }
        self.pins.push(a.addr);
        self.gc_alloc(a.addr, a.bytes);
        a.addr
    }

    #[cold]
    pub(crate) fn out_of_memory(&self) -> Box<crate::runtime::panic::Unwind> {
        Box::new(crate::runtime::panic::Unwind::Fatal {
            msg: "runtime: out of memory".into(),
            prefix: String::new(),
            frames: self.traceback(),
        })
    }

    /// A run-time panic with Go's message, at the current position.
    pub fn fault(&self, f: Fault) -> Box<Unwind> {
        Box::new(Unwind::Panic(crate::runtime::panic::PanicInfo {
            value: crate::runtime::panic::PanicValue::Runtime(f),
            frames: self.traceback(),
        }))
    }

    pub fn traceback(&self) -> Vec<FrameRec> {
        let mut v = self.aux.frames.clone();
        if let Some(last) = v.last_mut() {
            last.pos = self.pos;
        }
        v
    }

    /// Whether the host stack has room for another nested Go call.
    #[inline]
    pub fn host_stack_ok(&self) -> bool {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        self.host_base.saturating_sub(here) < HOST_STACK_BUDGET
    }

    /// Scratch memory on top of the stack (released in LIFO order).
    pub fn reserve_scratch(&mut self, n: u64) -> R<u64> {
        self.reserve(n)
    }

    pub fn release_scratch(&mut self, a: u64) {
        self.release(a)
    }

    /// A panic with a plain string value (`panic("...")` from the library).
    pub fn plain_panic(&mut self, msg: &str) -> Box<crate::runtime::panic::Unwind> {
        let t = self.checked.types.basic(crate::types::typ::Basic::String);
        let typ = self.rtypes.descriptor(&mut self.checked, &mut self.mem, t);
        let data = match self.malloc(16, Layout::STRING) {
            Ok(o) => o,
            Err(u) => return u,
        };
        if let Err(u) = self.new_string(data, msg.as_bytes()) {
            return u;
        }
        self.gopanic(typ, data)
    }

    pub fn write_stdout(&mut self, b: &[u8]) {
        if !self.mute {
            let _ = self.stdout.write_all(b);
        }
    }

    pub fn write_stderr(&mut self, b: &[u8]) {
        if self.mute {
            return;
        }
        // The stepper's session is one stream (its transcript).
        if self.observer.is_some() {
            let _ = self.stdout.write_all(b);
            return;
        }
        let _ = self.stdout.flush();
        let _ = std::io::stderr().write_all(b);
    }
}
