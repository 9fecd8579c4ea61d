//! The executable tree: what lowering (`ir::lower`) makes of a checked
//! program and what the evaluator (`interp`) runs.
//!
//! Everything a name meant has been resolved: a local is a frame offset, a
//! package variable an address in the data segment, a field an offset, a
//! call a function index (or a function value, or an interface method slot),
//! a generic function one instance per type-argument list. The evaluator never
//! looks anything up by name and never inspects a Go type on the hot path:
//! each node says how its value is held.
//!
//! Values are held in one of two ways. A *scalar* (bool, integers, floats,
//! pointers, maps, channels, funcs) is computed into a 64-bit register,
//! integers sign- or zero-extended from their width, float32 as the f64 of
//! the rounded float32. Everything else (strings, slices, interfaces,
//! structs, arrays, complex numbers) is a *memory* value: evaluated straight
//! into a destination address in modelled memory, as gc does with
//! multi-word values.
//!
//! Frames: every function has one layout, `[closure context 8][receiver
//! and parameters][results][locals and temporaries]`, in its goroutine's
//! stack (growing upwards; see `interp::stack`). A variable that escape
//! analysis moved to the heap keeps an 8-byte slot holding its address.
//! Each function's pointer map (`ptrmap.rs`) says which of its frame's
//! words may hold pointers, for the collector's stack scan.

pub mod lower;
mod lower_call;
mod lower_defer;
mod lower_expr;
mod lower_live;
mod lower_rangefunc;
mod lower_select;
mod lower_stack;
mod lower_stmt;
pub mod ptrmap;
pub(crate) use ptrmap::Ptrs;

use crate::syntax::ast::{BinOp, UnOp};
use crate::types::typ::TypeId;

pub type FuncId = u32;
pub type LabelId = u32;

/// Why an allocation is made: an index into `Program::whys`, the
/// program's table of reasons (0: none said). Lowering records one on each
/// node that allocates (escape analysis's verdict for the site, in gc's
/// `-m` words); the evaluator hands it to the allocation's trace event.
pub type Why = u32;

/// A heap object's pointer layout (`runtime/mbitmap.rs`), interned by lowering.
pub use crate::runtime::mbitmap::Layout;

/// The size of every fixed frame buffer that holds an allocation escape
/// analysis keeps in the frame: the runtime's `tmpBuf` (a concatenation,
/// `string(b)`, `[]byte(s)`), and gc's stack buffer for an `append` and
/// for a `make` of run-time size (`-d=variablemakethreshold`).
pub const FRAME_BUF: u64 = 32;

/// The runtime's own reasons, the first entries of every `whys` table.
pub mod why {
    use super::Why;
    pub const NONE: Why = 0;
    pub const MAKEMAP: Why = 1;
    pub const MAP_SMALL: Why = 2;
    pub const MAP_GROW: Why = 3;
    pub const MAKECHAN: Why = 4;
    pub const NEWPROC: Why = 5;
    pub const DEFERPROC: Why = 6;
    pub const PANIC: Why = 7;
    pub const TIMER: Why = 8;
    /// `NONE` first, then each constant's words, in order.
    pub const RUNTIME: [&str; 9] = [
        "",
        "runtime: makemap",
        "runtime: mapassign (growToSmall: a small map's group)",
        "runtime: mapassign (rehash: a table twice the size)",
        "runtime: makechan",
        "runtime: newproc (the go statement's function and arguments)",
        "runtime: deferproc (a defer in a loop: heap-allocated)",
        "runtime: a run-time error's panic value",
        "runtime: a timer's goroutine arguments",
    ];
}

/// How a scalar is held and stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
}

impl Kind {
    pub fn size(self) -> u64 {
        match self {
            Kind::Bool | Kind::I8 | Kind::U8 => 1,
            Kind::I16 | Kind::U16 => 2,
            Kind::I32 | Kind::U32 | Kind::F32 => 4,
            _ => 8,
        }
    }
    pub fn is_float(self) -> bool {
        matches!(self, Kind::F32 | Kind::F64)
    }
    pub fn is_signed(self) -> bool {
        matches!(self, Kind::I8 | Kind::I16 | Kind::I32 | Kind::I64)
    }
}

/// An addressable location.
#[derive(Clone, Debug)]
pub enum Place {
    /// fp + offset.
    Local(u32),
    /// An address in the data segment.
    Global(u64),
    /// `*p`: the address is the pointer's value (nil faults).
    Deref(Box<Expr>),
    /// A field at an offset inside a place.
    Field(Box<Place>, u32),
    /// `a[i]` of an array place.
    ArrayIndex { base: Box<Place>, index: Box<Expr>, len: u64, elem: u32 },
    /// `s[i]` of a slice (a memory operand giving the slice header).
    SliceIndex { slice: Box<Expr>, index: Box<Expr>, elem: u32 },
    /// A value evaluated into a frame temporary (fp + offset); a nonzero
    /// reason marks an allocation escape analysis kept in the frame
    /// (traced as `alloc.stack` each time the place is evaluated).
    Temp(Box<Expr>, u32, ValRep, Why),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// Between integer kinds, and to/from floats: by the kinds.
    Numeric,
    /// `string(r)`; with the frame's 4-byte buffer when the result does not
    /// escape (`intstring`'s `buf`).
    IntToString(Option<u32>),
    /// `string(b)`; with the frame buffer's offset when the result does
    /// not escape (`slicebytetostring`'s `tmpBuf`).
    BytesToString(Option<u32>),
    RunesToString,
    StringToBytes,
    /// `[]byte(s)` whose result stays in the frame: a 32-byte frame buffer
    /// at this offset holds short results (longer ones go to the heap for
    /// this reason).
    StringToBytesBuf(u32, Why),
    StringToRunes,
}

/// How two operands of a comparison are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Scalar(Kind),
    String,
    /// Structs, arrays, interfaces, complex: compared by type (memory).
    Mem(TypeId),
}

#[derive(Clone, Debug)]
pub enum Expr {
    Const(u64),
    /// A memory constant: `size` bytes at a read-only address (string
    /// headers, composite zero values).
    ConstMem(u64, u32),
    Load(Box<Place>, Kind),
    /// `Load(Local(off))`, the commonest node, without the place.
    LoadLocal(u32, Kind),
    Copy(Box<Place>, u32),
    AddrOf(Box<Place>),
    Unary(UnOp, Kind, Box<Expr>),
    Binary(BinOp, Kind, Box<Expr>, Box<Expr>),
    /// Shifts: the count's kind matters (negative counts panic).
    Shift(BinOp, Kind, Box<Expr>, Box<Expr>, Kind),
    /// `==` etc.; `BinOp` is one of the comparison operators.
    Compare(BinOp, CmpKind, Box<Expr>, Box<Expr>),
    AndAnd(Box<Expr>, Box<Expr>),
    OrOr(Box<Expr>, Box<Expr>),
    /// A conversion; the reason is for those that allocate.
    Convert(Conv, Kind, Kind, Box<Expr>, Why),
    /// String concatenation of operands (memory operands); the frame's 32-byte buffer when the result
    /// does not escape (`concatstrings`' `tmpBuf`).
    Concat(Vec<Expr>, Option<u32>, Why),
    /// A call; its first result is the value (scalar or memory).
    Call(Box<Call>, ResultKind),
    /// `new(T)`, `&T{}` and escaping variables: mallocgc(size); the
    /// initialiser (if any) is evaluated into the new object.
    New {
        size: u64,
        layout: Layout,
        init: Option<Box<Expr>>,
        why: Why,
    },
    /// A struct or array literal: zero `size` bytes, then each element at
    /// its offset.
    Composite {
        size: u32,
        elems: Vec<(u32, Expr, ValRep)>,
    },
    /// `[]T{...}`: a backing array (heap) and the header.
    SliceLit {
        elem_size: u64,
        layout: Layout,
        len: u64,
        elems: Vec<(u64, Expr, ValRep)>,
        why: Why,
    },
    MapLit {
        map: MapInfo,
        entries: Vec<(Expr, Expr)>,
        why: Why,
    },
    /// `make([]T, len, cap)`.
    MakeSlice {
        elem_size: u64,
        layout: Layout,
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
        len_kind: Kind,
        /// A run-time-sized `make` that does not escape: the frame's
        /// 32-byte buffer, used when the capacity fits (Go 1.25), and the
        /// verdict for its trace event.
        buf: Option<(u32, Why)>,
        why: Why,
    },
    MakeMap {
        map: MapInfo,
        hint: Option<Box<Expr>>,
        why: Why,
    },
    /// A `MakeMap` or `MapLit` that does not escape: its header at `off`
    /// in the frame, followed by the group a small map uses when the hint
    /// is at most 8 (gc's `stackTempAddr`s); growth goes to the heap.
    FrameMap {
        off: u32,
        why: Why,
        map: Box<Expr>,
    },
    /// `s[lo:hi:max]` of a slice, string, or array place (by address).
    SliceOf {
        base: SliceBase,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        elem: u32,
    },
    /// `len`/`cap` of a memory operand at a word offset.
    HeaderWord(Box<Expr>, u32),
    /// `len(m)` of a map.
    MapLen(Box<Expr>),
    /// `s[i]` of a string: a byte.
    StrIndex(Box<Expr>, Box<Expr>),
    /// `m[k]` (memory result or scalar by rep); with comma-ok into a tuple.
    MapIndex {
        map: MapInfo,
        m: Box<Expr>,
        key: Box<Expr>,
        rep: ValRep,
        comma_ok: bool,
    },
    /// Conversion of a concrete value to an interface: the type word (type
    /// descriptor or itab address) and how the data word is made.
    ToIface {
        word: u64,
        x: Box<Expr>,
        rep: ValRep,
        direct: bool,
        /// A string or slice: an empty string or nil slice boxes to
        /// `zeroVal` (`convTstring`, `convTslice`), no allocation.
        zero_box: bool,
        /// The boxed copy's layout (`convT`'s type).
        layout: Layout,
        why: Why,
    },
    /// An interface value converted to another interface type.
    IfaceToIface {
        x: Box<Expr>,
        target: TypeId,
        from_empty: bool,
        to_empty: bool,
    },
    /// `x.(T)`: to a concrete type or an interface; with comma-ok.
    TypeAssert {
        x: Box<Expr>,
        target: AssertTarget,
        rep: ValRep,
        comma_ok: bool,
        from: TypeId,
    },
    /// Whether an interface holds a type (a type switch case).
    TypeIs {
        x: Box<Expr>,
        target: AssertTarget,
        from: TypeId,
    },
    /// A func value for a declared function (static funcval in rodata).
    FuncValue(u64),
    /// A closure: funcval {fn, captured variable addresses...}.
    Closure {
        func: FuncId,
        size: u32,
        captures: Vec<(u32, Expr, ValRep)>,
        layout: Layout,
        why: Why,
    },
    /// `append(s, elems...)`.
    /// `buf`: a 32-byte frame buffer, followed by its `used` word (never at
    /// offset 0, the context word), and the reason for the buffer; it
    /// serves the first growth from empty that fits, once per call (the
    /// result does not escape), or with `grow_buf` every growth that fits
    /// (gc's `growsliceBuf`, for a slice moved to the heap later); `why`:
    /// the reason for growth on the heap.
    /// Keep this variant within 72 bytes: a larger one lets rustc encode
    /// `Expr`'s discriminant in a `Vec` capacity's niche, which every
    /// `match` in the evaluator then pays for (10% more instructions on
    /// fib, and `StmtKind` follows).
    Append {
        slice: Box<Expr>,
        elems: Vec<Expr>,
        spread: Option<Box<Expr>>,
        elem_size: u64,
        rep: ValRep,
        layout: Layout,
        grow_buf: bool,
        buf: Option<(std::num::NonZeroU32, Why)>,
        why: Why,
    },
    /// `copy(dst, src)`.
    CopySlice {
        dst: Box<Expr>,
        src: Box<Expr>,
        elem_size: u64,
    },
    /// A builtin or runtime helper with memory operands.
    Builtin(Builtin, Vec<Expr>),
    /// `make(chan T, size)`: an hchan (a scalar pointer); `elem` is `T`
    /// (the trace shows the buffer's elements).
    MakeChan {
        elem: TypeId,
        elem_size: u64,
        layout: Layout,
        size: Option<Box<Expr>>,
    },
    /// `<-c`: the value (scalar or memory by rep); with comma-ok, the
    /// value then the bool.
    Recv {
        ch: Box<Expr>,
        rep: ValRep,
        comma_ok: bool,
    },
    /// `len(c)` or `cap(c)` of a channel.
    ChanLen(Box<Expr>, bool),
    /// Multiple results of a call stored into temporaries (for tuple
    /// assignment): evaluated for effect, then read with `Load(Local)`.
    Seq(Vec<Stmt>, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValRep {
    Scalar(Kind),
    Mem(u32),
}

impl ValRep {
    pub fn size(self) -> u64 {
        match self {
            ValRep::Scalar(k) => k.size(),
            ValRep::Mem(n) => n as u64,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    None,
    Scalar(Kind),
    Mem(u32),
}

#[derive(Clone, Debug)]
pub enum AssertTarget {
    /// The type word that must match (type descriptor or itab).
    Concrete {
        word: u64,
        ty: TypeId,
        direct: bool,
    },
    Iface(TypeId),
}

#[derive(Clone, Debug)]
pub enum SliceBase {
    Slice(Box<Expr>),
    String(Box<Expr>),
    /// An addressable array: its place and length.
    Array(Box<Place>, u64),
    /// A pointer to an array.
    ArrayPtr(Box<Expr>, u64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `clear(s)` of a slice with elements of this size.
    Clear(u32),
    ClearMap(MapInfo),
    Delete(MapInfo),
    Min(Kind),
    Max(Kind),
    MinStr,
    MaxStr,
    Print {
        ln: bool,
    },
    Panic,
    SliceToArray(u64, u32),
    SliceToArrayPtr(u64),
    Real(Kind),
    Imag(Kind),
    Complex(Kind),
    /// yield called again after the loop body returned false.
    RangeContinued,
    /// `recover()`: an `any`.
    Recover,
    /// `close(c)`.
    Close,
    /// gc's `move2heap` of the slice variable at the operand's address:
    /// when it points into its frame buffer at `buf`, it is copied to the
    /// heap (`moveSlice`, keeping the capacity, or `moveSliceNoCap`,
    /// rounding the length up to a size class).
    MoveToHeap {
        buf: u32,
        elem_size: u32,
        layout: Layout,
        keep_cap: bool,
        why: Why,
    },
}

/// What the evaluator needs to touch a map of one type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapInfo {
    pub ty: TypeId,
    pub key: TypeId,
    pub key_size: u32,
    pub elem_size: u32,
    pub key_align: u32,
    pub elem_align: u32,
    pub key_rep: ValRep,
    pub elem_rep: ValRep,
    pub key_ptrs: bool,
    pub elem_ptrs: bool,
    /// How keys are hashed and compared, chosen with the type (Go's
    /// `maptype.Hasher` and the key type's `equal`).
    pub alg: KeyAlg,
    /// The layout the map code works with (Go's `abi.SwissMapType`).
    pub layout: crate::runtime::map::MapType,
    /// The pointer layout of one group of the map's groups arrays.
    pub groups: Layout,
}

/// How a map's keys are hashed and compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAlg {
    /// Plain memory of this many bytes (integers, pointers, bools,
    /// channels): `memhash` and `memequal`.
    Mem(u32),
    /// `strhash` and string equality.
    String,
    /// By the key type, walked at run time (floats, interfaces, structs,
    /// arrays): `typehash` and the type's `equal`.
    Generic,
}

impl MapInfo {
    /// The layout of map type `mt`, its keys and elements held as `rep`
    /// says, its groups' pointer layout `groups`.
    pub fn new(p: &crate::types::Program, mt: TypeId, groups: Layout, rep: impl Fn(TypeId) -> ValRep) -> MapInfo {
        use crate::types::typ::Type;
        let Type::Map(k, v) = *p.types.under_type(mt) else { unreachable!("map type") };
        let alg = match p.types.under_type(k) {
            Type::Basic(b) if b.kind().is_string() => KeyAlg::String,
            Type::Basic(b) if b.kind().is_float() || b.kind().is_complex() => KeyAlg::Generic,
            Type::Basic(_) | Type::Pointer(_) | Type::Chan(..) => KeyAlg::Mem(p.size_of(k) as u32),
            _ => KeyAlg::Generic,
        };
        let layout = crate::runtime::map::MapType {
            key_size: p.size_of(k),
            key_align: p.align_of(k),
            elem_size: p.size_of(v),
            elem_align: p.align_of(v),
            key_ptrs: p.has_pointers(k),
            elem_ptrs: p.has_pointers(v),
        };
        MapInfo {
            layout,
            ty: mt,
            key: k,
            key_size: p.size_of(k) as u32,
            elem_size: p.size_of(v) as u32,
            key_align: p.align_of(k) as u32,
            elem_align: p.align_of(v) as u32,
            key_rep: rep(k),
            elem_rep: rep(v),
            key_ptrs: p.has_pointers(k),
            elem_ptrs: p.has_pointers(v),
            alg,
            groups,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Callee {
    Static(FuncId),
    /// A func value (closure context passed in the frame's first word).
    Value(Expr),
    /// An interface method: the interface operand and the method's index
    /// in the itab.
    Iface(Expr, u32),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    /// Each argument with its offset in the callee's frame.
    pub args: Vec<(Expr, u32, ValRep)>,
    /// Offsets of the results in the callee's frame.
    pub results: Vec<(u32, ValRep)>,
    /// Bytes of arguments and results (natives and func values need it
    /// before the callee's own layout is known).
    pub args_size: u32,
    pub pos: u32,
    /// gc would inline this call (`inline`): tracebacks show the callee
    /// as `f(...)`.
    pub inlined: bool,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: u32,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    Store(Place, Kind, Expr),
    /// Evaluate a memory value into a place.
    CopyTo(Place, u32, Expr),
    Zero(Place, u32),
    /// Frame slots that just died (temporaries after their statement,
    /// variables after their scope): cleared, with no statement event.
    ZeroLocals(Vec<(u32, u32)>),
    /// A heap-allocated variable: mallocgc and store its address in the
    /// frame slot; the initialiser (or zero) goes into the new object.
    NewVar {
        slot: u32,
        size: u64,
        layout: Layout,
        why: Why,
    },
    /// Go 1.22 loop variables: give each heap-allocated iteration variable a
    /// fresh copy at the end of an iteration (slot, size, layout, why).
    RenewVars(Vec<(u32, u64, Layout, Why)>),
    Block(Vec<Stmt>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    Loop {
        label: LabelId,
        cond: Option<Expr>,
        body: Vec<Stmt>,
        post: Vec<Stmt>,
    },
    RangeInt {
        label: LabelId,
        n: Expr,
        kind: Kind,
        counter: u32,
        key: Option<Place>,
        body: Vec<Stmt>,
    },
    RangeSlice {
        label: LabelId,
        x: Expr,
        tmp: u32,
        counter: u32,
        elem: u32,
        key: Option<Place>,
        value: Option<(Place, ValRep)>,
        body: Vec<Stmt>,
    },
    RangeArray {
        label: LabelId,
        x: Place,
        len: u64,
        counter: u32,
        elem: u32,
        key: Option<Place>,
        value: Option<(Place, ValRep)>,
        body: Vec<Stmt>,
    },
    RangeString {
        label: LabelId,
        x: Expr,
        tmp: u32,
        counter: u32,
        key: Option<Place>,
        value: Option<Place>,
        body: Vec<Stmt>,
    },
    RangeMap {
        label: LabelId,
        map: MapInfo,
        x: Expr,
        iter: u32,
        key: Option<(Place, ValRep)>,
        value: Option<(Place, ValRep)>,
        body: Vec<Stmt>,
    },
    Switch {
        label: LabelId,
        clauses: Vec<Clause>,
        default: Option<usize>,
    },
    MapAssign {
        map: MapInfo,
        m: Expr,
        key: Expr,
        value: Expr,
        rep: ValRep,
    },
    /// `m[k] op= v` and `m[k]++`: the element address, then an update.
    MapUpdate {
        map: MapInfo,
        m: Expr,
        key: Expr,
        slot: u32,
        body: Vec<Stmt>,
    },
    Break(LabelId),
    Continue(LabelId),
    Goto(LabelId),
    Label(LabelId),
    Fallthrough,
    Return,
    /// `defer f(args)`.
    Defer(Box<Defer>),
    /// `go f(args)`: evaluated like a defer (into a heap block), run by a
    /// new goroutine.
    Go(Box<Defer>),
    /// `c <- v`: the value goes to a frame temporary first.
    Send {
        ch: Expr,
        value: Expr,
        rep: ValRep,
        tmp: u32,
    },
    /// `for v := range c`.
    RangeChan {
        label: LabelId,
        ch: Expr,
        tmp: u32,
        value: Option<(Place, ValRep)>,
        body: Vec<Stmt>,
    },
    Select {
        label: LabelId,
        cases: Vec<SelectCase>,
        default: Option<Vec<Stmt>>,
    },
}

/// A case of a select: a send of `value`, or a receive into the frame
/// temporary `tmp` (and its flag into `ok`), then the body (which starts
/// by assigning the temporaries to the case's variables).
#[derive(Clone, Debug)]
pub struct SelectCase {
    /// Where the case's communication is (a one-case select blocks there).
    pub pos: u32,
    pub ch: Expr,
    pub send: Option<(Expr, ValRep)>,
    pub tmp: u32,
    pub ok: u32,
    pub body: Vec<Stmt>,
}

/// A deferred call (`deferproc`): the callee and arguments are evaluated
/// when the statement runs, into an argument block laid out as the head of
/// the callee's frame (`[context][receiver and parameters]`); the call
/// runs when the function returns or while a panic unwinds it. A deferred
/// builtin (`defer close(c)`) calls a generated wrapper (gc's
/// `deferwrap`).
#[derive(Clone, Debug)]
pub struct Defer {
    pub callee: Callee,
    /// Arguments with their offsets in the block; the receiver of a static
    /// method call is the first.
    pub args: Vec<(Expr, u32, ValRep)>,
    /// Bytes of the block (the callee's context, parameters and results).
    pub size: u32,
    /// Where the block lives: a frame slot at this offset (a defer outside
    /// loops runs at most once per frame: gc's stack-allocated `_defer`),
    /// or None for a heap block (a defer in a loop: heap-allocated).
    pub frame_slot: Option<u32>,
    /// Statements evaluated first (`f(g())` spreading into temporaries).
    pub pre: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Clause {
    pub conds: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub fallthrough: bool,
}

#[derive(Clone, Debug)]
pub struct Func {
    pub name: String,
    /// Size of the frame: context, parameters, results, locals, temps.
    pub frame_size: u32,
    /// Bytes of context + parameters + results (the caller fills them).
    pub args_size: u32,
    /// Parameters moved to the heap: (frame slot of the parameter, size,
    /// layout, slot that holds its new address, why).
    pub heap_params: Vec<(u32, u64, Layout, u32, Why)>,
    pub body: Vec<Stmt>,
    pub pos: u32,
    /// Has a receiver or parameters (the traceback prints `(...)`).
    pub has_args: bool,
    /// A library function implemented in Rust.
    pub native: Option<crate::stdlib::Native>,
    /// A compiler-generated wrapper (gc's `WRAPPER` flag): skipped when
    /// recover looks for the function called by the panic machinery.
    pub wrapper: bool,
    /// Contains a defer statement (its exit runs `deferreturn`).
    pub has_defer: bool,
    /// Position of the closing brace (where a frame falling off its end
    /// runs its deferred calls).
    pub end: u32,
    /// Named results moved to the heap: (slot holding the address, result
    /// offset, size), copied back after the deferred calls have run.
    pub result_copies: Vec<(u32, u32, u32)>,
    /// `has_defer` or `result_copies`: the frame's end needs
    /// `finish_frame`.
    pub slow_exit: bool,
    /// Named variables and where they live (the stepper's debug info).
    pub vars: Vec<DebugVar>,
    /// The frame's stack objects (`interp/mgcstack.rs`), by offset.
    pub stack_objects: Vec<StackObject>,
    /// Which words of the frame may hold pointers (`ir/ptrmap.rs`); None
    /// (natives, generated thunks): every word of the frame may. Boxed:
    /// a larger `Func` costs the evaluator's calls 0.25% more
    /// instructions.
    pub ptrmap: Option<Box<ptrmap::PtrMap>>,
}

/// A stack object (`runtime/mgcstack.go`): a frame slot whose address may
/// be taken, an address-taken variable or an allocation escape analysis
/// kept in the frame. The collector scans it only while it is statically
/// live (the frame's current position is in `live`: the code may still
/// name it) or a live pointer points into it; every other frame word is
/// scanned whenever the frame is.
#[derive(Clone, Debug)]
pub struct StackObject {
    pub off: u32,
    pub size: u32,
    /// The source positions `[lo, hi)` where it is statically live: a
    /// variable from its declaring statement to the last statement of its
    /// block that names it; a temporary, its statement.
    pub live: (u32, u32),
    /// The variable's name (empty for an allocation), and where it is
    /// declared or allocated.
    pub name: String,
    pub pos: u32,
}

/// A named variable of a function, as DWARF describes one to Delve: its
/// home in the frame and the source range where it is in scope.
#[derive(Clone, Debug)]
pub struct DebugVar {
    pub name: String,
    pub ty: TypeId,
    pub home: lower::VarLoc,
    /// Where its scope begins and ends, and its declaring identifier.
    pub pos: u32,
    pub end: u32,
    pub decl: u32,
    pub kind: VarKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum VarKind {
    Param,
    Result,
    Captured,
    Local,
}

/// A lowered program.
pub struct Program {
    pub funcs: Vec<Func>,
    /// Runs the package initialisers (variables, then `init` functions) and
    /// then `main.main`.
    pub entry: FuncId,
    pub checked: crate::types::Program,
    pub memory: crate::runtime::memory::Memory,
    /// Type descriptors by address and itabs (built during lowering).
    pub rtypes: crate::runtime::types::TypeTable,
    /// Address of `os.Args`, set before the initialisers run.
    pub os_args: Option<u64>,
    /// The runtime's error types, for recovered run-time panics.
    pub errors: crate::runtime::panic::ErrorTypes,
    /// Package-level variables and their addresses (for the stepper).
    pub globals: std::collections::HashMap<crate::types::typ::ObjId, u64>,
    /// The reasons allocations are made (`Why`), `why::RUNTIME` first.
    pub whys: Vec<String>,
}

impl Expr {
    /// A scalar read of a place: `LoadLocal` for a local (the form the
    /// evaluator's fast paths look for).
    pub fn load(p: Place, k: Kind) -> Expr {
        match p {
            Place::Local(off) => Expr::LoadLocal(off, k),
            p => Expr::Load(Box::new(p), k),
        }
    }

    /// For an expression with a memory value: an upper bound of its size
    /// (a destination that large can hold it); None for scalars.
    pub fn mem_size(&self) -> Option<u64> {
        match self {
            Expr::Copy(_, n) | Expr::ConstMem(_, n) | Expr::Composite { size: n, .. } => Some(*n as u64),
            Expr::Call(_, ResultKind::Mem(n)) => Some(*n as u64),
            Expr::SliceLit { .. } | Expr::MakeSlice { .. } | Expr::SliceOf { .. } | Expr::Append { .. } => Some(24),
            Expr::Concat(..) | Expr::ToIface { .. } | Expr::IfaceToIface { .. } => Some(16),
            Expr::Convert(c, ..) if *c != Conv::Numeric => Some(24),
            Expr::TypeAssert { rep, comma_ok, .. } | Expr::MapIndex { rep, comma_ok, .. }
                if *comma_ok || matches!(rep, ValRep::Mem(_)) =>
            {
                Some(rep.size() + 1)
            }
            Expr::Builtin(Builtin::SliceToArray(n, es), _) => Some(n * *es as u64),
            Expr::Builtin(Builtin::MinStr | Builtin::MaxStr | Builtin::Recover, _) => Some(16),
            Expr::Recv { rep, comma_ok, .. } if *comma_ok || matches!(rep, ValRep::Mem(_)) => {
                Some(rep.size() + *comma_ok as u64)
            }
            Expr::Seq(_, x) => x.mem_size(),
            _ => None,
        }
    }
}
