//! The fast tier: function bodies compiled once, on their first call, into
//! trees of closures, for runs without tracing or stepping.
//!
//! A tree walker pays, at every node, a `match` over every variant and the
//! prologue of a large function; a closure pays one indirect call into a
//! small function that does just that node's work, with what the node says
//! (offsets, kinds, operators) already chosen. The closures run the same
//! model: every load and store goes through modelled memory (`ld`, `st`),
//! every fault is `Machine::fault`, arithmetic is `ops`, and each statement
//! keeps the walker's observable steps in the walker's order: its position
//! (for tracebacks), the collector's safepoint, the preemption budget of a
//! loop iteration and a call, the pins a statement made dying with it.
//!
//! Invariants:
//! - Compiled code runs only while the event stream is off (`trace` is
//!   `None`, fixed for the whole run): statement, call and expression
//!   events are the walker's (`exec.rs`, `eval.rs`), which `gosub trace`
//!   and the stepper use.
//! - What is not compiled is delegated, node by node, to the walker
//!   (`exec`, `eval`, `place_addr`, `eval_mem`), so the two tiers are one
//!   semantics: the closures cover the hot subset (scalar arithmetic and
//!   comparisons, loads and stores through locals, fields, pointers, array
//!   and slice elements, `if`, `for`, `range` over integers, slices and
//!   channels, sends and scalar receives, static calls, memory values
//!   (`mem.rs`) and map operations (`map.rs`)) and call back for the rest.
//! - A block with a label (a `goto` target) runs in the walker, which finds
//!   labels by searching its statement list.

mod expr;
mod map;
mod mem;
mod stmt;

use super::{Flow, Machine, R};
use crate::ir::FuncId;
use std::rc::Rc;

/// A compiled scalar expression or address.
pub(super) type Val<'p> = Box<dyn Fn(&mut Machine<'p>) -> R<u64> + 'p>;
/// A compiled statement or block.
pub(super) type Run<'p> = Box<dyn Fn(&mut Machine<'p>) -> R<Flow> + 'p>;

impl<'p> Machine<'p> {
    /// The compiled body of function `fid`, compiled on first use.
    #[inline]
    pub(super) fn code(&mut self, fid: FuncId) -> Rc<Run<'p>> {
        if let Some(c) = &self.code[fid as usize] {
            return c.clone();
        }
        self.compile(fid)
    }

    #[cold]
    #[inline(never)]
    fn compile(&mut self, fid: FuncId) -> Rc<Run<'p>> {
        let funcs: &'p [crate::ir::Func] = self.funcs;
        let c = Rc::new(stmt::block(&funcs[fid as usize].body));
        self.code[fid as usize] = Some(c.clone());
        c
    }
}
