//! Escape analysis: gc's algorithm (`cmd/compile/internal/escape`) over
//! the checked syntax tree, deciding which variables move to the heap and
//! which allocations may live in their frame, and reporting the decisions
//! exactly as `go build -gcflags='-m -l'` words and orders them.
//!
//! The analysis builds, for each batch of mutually recursive functions
//! (taken bottom-up over the call graph, closures with their enclosing
//! function), a graph of locations (variables, allocations) whose edges are
//! assignments weighted by dereferences (`graph.rs`), walking statements and
//! expressions as gc's IR spells them (`stmt.rs`, `expr.rs`, `call.rs`). It
//! then solves it (`solve.rs`): a location whose address reaches the heap,
//! or anything outliving it, escapes; a parameter's flows to the heap and to
//! the results become its tag, which callers in later batches use
//! (`batch.rs`). Calls into the library use real gc's tags of the standard
//! library (`tags.rs`). Static values of locals (`oracle.rs`) let gc call
//! known closures directly, report constant operands by value and
//! devirtualize interface calls. Messages print expressions as gc's IR
//! printer does (`gcfmt.rs`), in gc's emission order (per batch: parameter
//! tags, then locations in creation order) — not sorted by position.
//!
//! Verdicts (`Escapes`): variables moved to the heap; variables closures
//! capture by value; allocation sites (by expression and kind) that do not
//! escape, which lowering places in the frame; and each verdict in gc's
//! words (`site_words`, `var_words`), which allocation events carry. The
//! library's own Go code is analysed with the earlier conservative rules
//! (`simple.rs`), and `slices.rs` keeps the syntactic check the frame
//! buffer of appends needs.
//!
//! Explain mode (`analyze_explained`) records, for every heap decision,
//! the path the solver found from the location to the root that outlives
//! it, with gc's `-m=2` notes (`record.rs`), rendered by `explain.rs`.
//!
//! Package initialisation is analysed as gc's `init` (and outlined
//! `map.init.N`) functions (`pkginit.rs`); a generic function's batch is
//! reported once per shape instance (`shapes.rs`).
//!
//! Simplifications: generic functions are analysed with type parameters
//! holding pointers, the same for every shape (gc analyses each shape
//! instance on its own); the body of a range over a function is walked in
//! place, with the loop's variables and the body's own locals as the
//! rewrite's closure would have them, the enclosing function's variables
//! it uses taken as escaping, and the closure and its `#stateN` reported
//! as gc's rewrite makes them; gc's dead-local elimination and
//! inlining (off under `-l`) are not modelled.

mod batch;
mod call;
mod deadcode;
pub mod explain;
mod expr;
mod funcs;
mod gcfmt;
mod graph;
mod loopvar;
pub mod move2heap;
mod oracle;
mod pkginit;
mod record;
mod shapes;
mod simple;
mod slices;
mod solve;
mod stmt;
mod tags;
pub(crate) mod walk;

pub use explain::{explain_decl, explain_stack_var, explain_var, render_explained};
pub use slices::stack_slices;
pub(crate) use walk::{Part, walk_expr, walk_stmt};

use crate::source::SourceMap;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::typ::{ObjId, Type, TypeId};
use std::collections::{HashMap, HashSet};

/// Kinds of allocation sites (gc's allocating ops).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SiteKind {
    /// `new(T)`
    New,
    /// `&T{...}`
    PtrLit,
    /// `[]T{...}`
    SliceLit,
    /// The implicit slice of a variadic call (keyed by the call).
    Variadic,
    MapLit,
    /// `make([]T, ...)`
    MakeSlice,
    MakeMap,
    /// A function literal (or a go/defer wrapper).
    Closure,
    /// `x.M` as a value.
    MethodValue,
    /// A non-pointer value converted to an interface (keyed by the
    /// operand, or by `I(x)` when explicit).
    Iface,
    Str2Bytes,
    Bytes2Str,
    Str2Runes,
    Runes2Str,
    /// `string(r)` of an integer.
    RuneStr,
    /// String concatenation.
    AddStr,
    /// The new backing array an `append` may allocate.
    Append,
}

/// The analysis' verdicts.
#[derive(Default)]
pub struct Escapes {
    /// Variables moved to the heap.
    pub heap: HashSet<ObjId>,
    /// Variables closures capture by value (copied into the closure).
    pub byval: HashSet<ObjId>,
    /// Allocation sites that do not escape.
    pub stack: HashSet<(ExprId, SiteKind)>,
    /// gc's `-m` lines in emission order: (position, message).
    pub report: Vec<(u32, String)>,
    /// Slice variables whose appends may use a frame buffer.
    pub stack_slices: HashSet<ObjId>,
    /// Slices gc moves to the heap where they stop being exclusive
    /// (`move2heap.rs`), and their appends' frame buffers.
    pub moves: move2heap::Moves,
    /// `make` calls whose size (the capacity, else the length) is a
    /// variable holding a constant: the constant (gc's
    /// `rewriteWithLiterals`).
    pub make_consts: HashMap<ExprId, u64>,
    /// Why each heap decision was made (only from `analyze_explained`).
    pub explained: explain::Explained,
    /// The verdict behind each allocation in gc's `-m` words, for the
    /// trace's allocation events: sites by expression and kind (`&T{...}
    /// escapes to heap`, `new(T) does not escape`), variables by object
    /// (`moved to heap: x`); `(too large for stack)` when size forced it
    /// (gc's `-m=2` note). Recorded whether or not `report` is on.
    pub site_words: HashMap<(ExprId, SiteKind), String>,
    pub var_words: HashMap<ObjId, String>,
}

pub(crate) type Output = Escapes;

/// What every part of the analysis reads.
pub(crate) struct Ctx<'a> {
    pub p: &'a Program,
    pub map: &'a SourceMap,
    /// Produce gc's messages.
    pub report: bool,
    /// Record why (`explain.rs`).
    pub explain: bool,
}

/// Analyses the main `file`; the `library` files get the conservative
/// analysis (their variables' heap verdicts only).
pub fn analyze(p: &Program, map: &SourceMap, file: &File, library: &[&File], report: bool) -> Escapes {
    analyze_with(Ctx { p, map, report, explain: false }, file, library)
}

/// `analyze`, also recording the flow behind every heap decision
/// (`Escapes::explained`, read by `render_explained` and `explain_var`).
/// The verdicts and the report are the same.
pub fn analyze_explained(p: &Program, map: &SourceMap, file: &File, library: &[&File], report: bool) -> Escapes {
    analyze_with(Ctx { p, map, report, explain: true }, file, library)
}

fn analyze_with(cx: Ctx, file: &File, library: &[&File]) -> Escapes {
    let p = cx.p;
    let mut out = Escapes { heap: simple::library_heap(p, library), ..Default::default() };
    let mut funcs = funcs::collect(p, file);
    let mut oracle = oracle::Oracle::build(p, file);
    let order = batches(&funcs);
    let devirt = devirtualize(&cx, &funcs, &oracle, &order, &mut out);
    let shapes = shapes::instances(p, &funcs);
    for fns in order {
        // A generic function's batch is reported once per shape instance,
        // and not at all when nothing instantiates it (`shapes.rs`).
        let generic = fns.iter().find(|&&f| funcs.get(f).generic).map(|f| shapes.get(f).map_or(&[][..], |v| &v[..]));
        match generic {
            None => batch::Batch::run(&cx, &mut funcs, &mut oracle, &mut out, fns, &devirt, None),
            Some([]) => {
                let quiet = Ctx { report: false, ..cx };
                batch::Batch::run(&quiet, &mut funcs, &mut oracle, &mut out, fns, &devirt, None);
            }
            Some(list) => {
                for sh in list {
                    batch::Batch::run(&cx, &mut funcs, &mut oracle, &mut out, fns.clone(), &devirt, Some(sh));
                }
            }
        }
    }
    out.moves = move2heap::analyze(p, &funcs);
    out
}

/// Renders the report as `goref escape` prints gc's: `FILE:LINE:COL: MSG`
/// with the file's name relative to its folder.
pub fn render(map: &SourceMap, name: &str, esc: &Escapes) -> String {
    let mut s = String::new();
    for (pos, msg) in &esc.report {
        let (_, line, col) = map.line_col(*pos);
        s.push_str(&format!("{name}:{line}:{col}: {msg}\n"));
    }
    s
}

/// gc's `VisitFuncsBottomUp`: batches of mutually recursive functions with
/// their closures, callees before callers.
fn batches(funcs: &funcs::Funcs) -> Vec<Vec<u32>> {
    struct V<'f, 'a> {
        funcs: &'f funcs::Funcs<'a>,
        visitgen: u32,
        id: HashMap<u32, u32>,
        stack: Vec<u32>,
        out: Vec<Vec<u32>>,
    }
    impl V<'_, '_> {
        fn visit(&mut self, n: u32) -> u32 {
            if let Some(&id) = self.id.get(&n) {
                return id;
            }
            self.visitgen += 1;
            let id = self.visitgen;
            self.id.insert(n, id);
            self.visitgen += 1;
            let mut min = self.visitgen;
            self.stack.push(n);
            for r in self.funcs.get(n).refs.clone() {
                let m = self.visit(r);
                min = min.min(m);
            }
            if (min == id || min == id + 1) && !self.funcs.get(n).is_closure() {
                let i = self.stack.iter().rposition(|&x| x == n).unwrap();
                let block: Vec<u32> = self.stack.drain(i..).collect();
                for &x in &block {
                    self.id.insert(x, u32::MAX);
                }
                self.out.push(block);
            }
            min
        }
    }
    let mut v = V { funcs, visitgen: 0, id: HashMap::new(), stack: Vec::new(), out: Vec::new() };
    // Generic functions are not in gc's list: their instances are reached
    // from the functions instantiating them (the rest come last).
    let generic_last = (0..funcs.fns.len() as u32).filter(|&f| !funcs.get(f).generic);
    let generic_last = generic_last.chain((0..funcs.fns.len() as u32).filter(|&f| funcs.get(f).generic));
    for f in generic_last.collect::<Vec<_>>() {
        let fi = funcs.get(f);
        // Declared functions, package initialisation, and literals of
        // package-level initialisers.
        if (fi.decl.is_some() || fi.init_work.is_some() || (fi.lit.is_some() && fi.parent.is_none()))
            && !fi.is_closure()
        {
            v.visit(f);
        }
    }
    v.out
}

/// gc's devirtualization of interface method calls whose receiver holds a
/// single concrete type (it runs before escape analysis and reports
/// first).
fn devirtualize<'a>(
    cx: &Ctx,
    funcs: &funcs::Funcs<'a>,
    oracle: &oracle::Oracle<'a>,
    order: &[Vec<u32>],
    out: &mut Escapes,
) -> HashMap<ExprId, TypeId> {
    let mut found = HashMap::new();
    for f in order.iter().flatten() {
        let fi = funcs.get(*f);
        let Some(body) = fi.body else { continue };
        devirt_stmts(cx, oracle, &body.stmts, &mut found, out);
    }
    found
}

fn devirt_stmts<'a>(
    cx: &Ctx,
    oracle: &oracle::Oracle<'a>,
    ss: &'a [Stmt],
    found: &mut HashMap<ExprId, TypeId>,
    out: &mut Escapes,
) {
    for s in ss {
        let mut parts = Vec::new();
        walk_stmt(s, &mut parts);
        let go_defer = match &s.kind {
            StmtKind::Go(e) | StmtKind::Defer(e) => Some(gcfmt::strip(e).id),
            _ => None,
        };
        for part in parts {
            match part {
                Part::E(e) => devirt_expr(cx, oracle, e, go_defer, found, out),
                Part::B(b) => devirt_stmts(cx, oracle, b, found, out),
            }
        }
    }
}

fn devirt_expr<'a>(
    cx: &Ctx,
    oracle: &oracle::Oracle<'a>,
    e: &'a Expr,
    go_defer: Option<ExprId>,
    found: &mut HashMap<ExprId, TypeId>,
    out: &mut Escapes,
) {
    if let ExprKind::FuncLit { .. } = &e.kind {
        return;
    }
    walk_expr(e, &mut |x| devirt_expr(cx, oracle, x, go_defer, found, out));
    let ExprKind::Call { fun, .. } = &e.kind else { return };
    if Some(e.id) == go_defer {
        return;
    }
    let fun = gcfmt::strip(fun);
    let ExprKind::Selector(x, m) = &fun.kind else { return };
    let Some(sel) = cx.p.info.selections.get(&fun.id) else { return };
    if sel.kind == crate::types::lookup::SelKind::Field || !cx.p.types.is_interface(sel.recv) {
        return;
    }
    let Some(t) = oracle.concrete_type(cx.p, x) else { return };
    let crate::types::lookup::Lookup::Found(ms) = cx.p.lookup(t, &m.name) else { return };
    let is_ptr = matches!(cx.p.types.under_type(t), Type::Pointer(_));
    if ms.kind == crate::types::lookup::SelKind::Field || (ms.ptr_recv && !is_ptr && !ms.indirect) {
        return;
    }
    let f = gcfmt::Fmt { p: cx.p, map: cx.map, devirt: None, shape: None };
    let partial = if ms.kind == crate::types::lookup::SelKind::IfaceMethod { "partially " } else { "" };
    if cx.report {
        out.report.push((f.pos(e), format!("{partial}devirtualizing {} to {}", f.text(fun), f.type_str(t))));
    }
    found.insert(e.id, t);
}

/// Whether `t` has pointers; type parameters are taken to have them.
pub(crate) fn has_pointers(p: &Program, t: TypeId) -> bool {
    fn go(p: &Program, t: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return true;
        }
        match p.types.get(t) {
            Type::TypeParam(_) => return true,
            Type::Named(_) => {}
            _ => {}
        }
        match p.types.under_type(t) {
            Type::Basic(b) => matches!(
                b.kind(),
                crate::types::typ::Basic::String
                    | crate::types::typ::Basic::UnsafePointer
                    | crate::types::typ::Basic::UntypedString
                    | crate::types::typ::Basic::UntypedNil
            ),
            Type::Array(n, e) => *n > 0 && go(p, *e, depth + 1),
            Type::Struct(fs) => fs.iter().any(|f| go(p, f.ty, depth + 1)),
            Type::TypeParam(_) => true,
            Type::Tuple(ts) => ts.iter().any(|&t| go(p, t, depth + 1)),
            _ => true,
        }
    }
    go(p, t, 0)
}

/// A selector `x.sel` selecting a method value or call (not a method
/// expression `T.M`, whose `x` is a type).
pub(crate) fn is_method_sel(p: &Program, e: &Expr) -> bool {
    let ExprKind::Selector(x, _) = &e.kind else { return false };
    p.info.selections.get(&e.id).is_some_and(|s| s.kind != crate::types::lookup::SelKind::Field) && !is_type_expr(p, x)
}

/// A method expression `T.M`.
pub(crate) fn is_method_expr(p: &Program, e: &Expr) -> bool {
    let ExprKind::Selector(x, _) = &e.kind else { return false };
    p.info.selections.get(&e.id).is_some_and(|s| s.kind != crate::types::lookup::SelKind::Field) && is_type_expr(p, x)
}

pub(crate) fn is_type_expr(p: &Program, e: &Expr) -> bool {
    p.info.types.get(&e.id).is_some_and(|t| t.mode == crate::types::Mode::TypeExpr)
        || match &e.kind {
            ExprKind::Paren(x) | ExprKind::Star(x) => is_type_expr(p, x),
            _ => false,
        }
}

/// The variable a `:=` identifier stands for, and whether it is new.
pub(crate) fn define_target(p: &Program, id: &Ident) -> Option<(ObjId, bool)> {
    if id.name == "_" {
        return None;
    }
    let o = *p.info.defs.get(&id.span.lo)?;
    Some((o, p.objs.get(o).pos == id.span.lo))
}
