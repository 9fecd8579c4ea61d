//! Deferred calls, panics, recover and Goexit (`runtime/panic.go`):
//! `deferproc`, `deferreturn`, `gopanic`, `gorecover`, `Goexit`, and the
//! report of a panic nobody recovered (`printpanics`).
//!
//! Go has three defer implementations: open-coded defers (gc inlines the
//! deferred calls at each exit of a function with at most 8 defers, none
//! in a loop, and a bit mask says which ran), stack-allocated `_defer`
//! records, and heap-allocated ones (defers in loops). The model shows the
//! `_defer` chain of the second and third: every defer statement pushes a
//! record on the goroutine's chain, whose argument block lives in the
//! frame (outside loops) or on the heap (in loops); `deferreturn` pops the
//! frame's records at exit. Open-coding is an optimisation with the same
//! observable order, so it is not modelled.
//!
//! A panic runs on top of the panicking frame, as in Go: the innermost Go
//! frame that sees a raised panic (`exit_frame`) pushes a `_panic` record
//! and calls the chain's deferred calls newest first, while every frame
//! below is still live (so tracebacks inside deferred calls show them).
//! A deferred call that recovers makes the host unwind to its frame
//! (`Unwind::Recovered`), which runs its remaining deferred calls and
//! returns normally with its named results. Without a recovery the panic
//! is fatal (`Unwind::Panicking`).
//!
//! recover works only in the function the panic machinery called for the
//! current panic, compiler-generated wrappers skipped (`argp` records the
//! frame index of that call), as gc's `gorecover` checks the caller's
//! argument pointer.
//!
//! A panic recovered while a `Goexit` is in progress lets the Goexit carry
//! on from the recovering frame, as in Go.

use super::trace::ev;
use super::{Layout, Machine, R};
use crate::ir::{Callee, Defer, FuncId};
use crate::runtime::panic::{DeferRec, Fault, FaultClass, NIL_FUNC, PanicInfo, PanicRec, PanicValue, Unwind};
use crate::runtime::trace::Event;

impl Machine<'_> {
    /// `deferproc`: evaluates the callee and arguments into a block and
    /// pushes a record on the goroutine's defer chain.
    pub(super) fn deferproc(&mut self, d: &Defer) -> R<()> {
        let (func, block, heap) = self.eval_deferred(d, crate::ir::why::DEFERPROC)?;
        let depth = self.aux.frames.len() as u32;
        self.aux.defers.push(DeferRec { func, block, size: d.size, depth, heap });
        ev!(self, Event::DeferPush { func: self.func_name(func) });
        Ok(())
    }

    /// `go f(args)`: the function and a heap block holding its arguments
    /// (a nil func value panics here, in the caller, as in Go).
    pub(super) fn go_block(&mut self, d: &Defer) -> R<(FuncId, u64)> {
        let (func, block, _) = self.eval_deferred(d, crate::ir::why::NEWPROC)?;
        if func == NIL_FUNC {
            return Err(self.fault(Fault::NilDeref(0)));
        }
        Ok((func, block))
    }

    /// Evaluates a deferred call's callee and arguments into its block.
    fn eval_deferred(&mut self, d: &Defer, why: crate::ir::Why) -> R<(FuncId, u64, bool)> {
        self.exec_block(&d.pre)?;
        let (func, ctx, recv) = match &d.callee {
            Callee::Static(id) => (*id, 0, None),
            Callee::Value(e) => {
                let fv = self.eval(e)?;
                let f = if fv == 0 { NIL_FUNC } else { self.ld64(fv)? as FuncId };
                (f, fv, None)
            }
            Callee::Iface(e, idx) => {
                let (f, data) = self.iface_method(e, *idx)?;
                (f, 0, Some(data))
            }
        };
        let (block, heap) = match d.frame_slot {
            Some(off) => (self.fp + off as u64, false),
            None => (self.malloc_why(d.size as u64, Layout::CONSERVATIVE, why)?, true),
        };
        self.mem.fill(block, d.size as u64, 0);
        self.mem.store(block, 8, ctx);
        if let Some(data) = recv {
            self.mem.store(block + 8, 8, data);
        }
        for (e, off, rep) in &d.args {
            self.eval_to(e, *rep, block + *off as u64)?;
        }
        Ok((func, block, heap))
    }

    /// Runs one deferred call on top of the stack.
    fn run_defer(&mut self, d: DeferRec) -> R<()> {
        ev!(self, Event::DeferRun { func: self.func_name(d.func) });
        if d.func == NIL_FUNC {
            return Err(self.fault(Fault::NilDeref(0)));
        }
        let f = &self.funcs[d.func as usize];
        let need = (f.frame_size.max(f.args_size).max(d.size)) as u64;
        let base = self.reserve(need).map_err(|_| self.stack_overflow_in(d.func))?;
        self.copy(base, d.block, d.size as u64)?;
        let r = self.invoke(d.func, base);
        self.release(base);
        r
    }

    /// The end of a Go frame at `depth`: starts a panic raised in it, stops
    /// an unwinding that recovered here, and runs the frame's deferred
    /// calls (`deferreturn`).
    #[inline(never)]
    pub(super) fn exit_frame(&mut self, mut r: R<()>, depth: u32) -> R<()> {
        loop {
            match r {
                Ok(()) => match self.aux.defers.last() {
                    Some(d) if d.depth == depth => {
                        let d = self.aux.defers.pop().unwrap();
                        r = self.run_defer(d);
                    }
                    _ => return Ok(()),
                },
                Err(u) => match *u {
                    Unwind::Panic(p) => r = self.gopanic_run(p),
                    Unwind::Goexit { started: false } => r = self.goexit_run(),
                    Unwind::Recovered(d) if d == depth => {
                        // Panics started in this frame or above are over;
                        // a Goexit among them carries on from here.
                        ev!(self, Event::Recovered);
                        let goexit = self.aux.panics.iter().any(|p| p.depth >= depth && p.goexit);
                        self.aux.panics.retain(|p| p.depth < depth);
                        r = if goexit { Err(Box::new(Unwind::Goexit { started: false })) } else { Ok(()) };
                    }
                    other => return Err(Box::new(other)),
                },
            }
        }
    }

    /// `gopanic`: runs the deferred calls, newest first, until one
    /// recovers.
    fn gopanic_run(&mut self, p: PanicInfo) -> R<()> {
        let depth = self.aux.frames.len() as u32;
        if let PanicValue::Runtime(Fault::NilDeref(a)) = p.value {
            self.aux.sig = Some(a);
        }
        if self.trace.is_some() {
            let value = match &p.value {
                PanicValue::Runtime(f) => f.message(),
                PanicValue::Value { typ, data } => {
                    let mut out = Vec::new();
                    self.print_value(&mut out, *typ, *data);
                    String::from_utf8_lossy(&out).into_owned()
                }
            };
            ev!(self, Event::PanicStart { value });
        }
        self.aux.panics.push(PanicRec::new(p.value, p.frames, depth, false));
        let idx = self.aux.panics.len() - 1;
        self.note_repanic(idx);
        while let Some(d) = self.aux.defers.pop() {
            self.aux.panics[idx].argp = self.aux.frames.len() as u32;
            // A panic in the deferred call continues on its own; its
            // outcome (recovered lower down, or fatal) is this one's.
            self.run_defer(d)?;
            if self.aux.panics[idx].recovered {
                return Err(Box::new(Unwind::Recovered(d.depth)));
            }
        }
        Err(Box::new(Unwind::Panicking))
    }

    /// Re-panicking with the value just recovered marks the older panic
    /// `repanicked` (printed once, as `[recovered, repanicked]`).
    fn note_repanic(&mut self, idx: usize) {
        if idx == 0 {
            return;
        }
        let (old, new) = (&self.aux.panics[idx - 1], &self.aux.panics[idx]);
        let PanicValue::Value { typ, data } = new.value else { return };
        let Some((ot, od)) = old.boxed else { return };
        if !old.recovered || ot != typ {
            return;
        }
        let same = od == data || {
            match crate::runtime::types::type_of_word(&self.mem, typ, false) {
                Some(t) if !self.rtypes.is_direct(&self.checked, t) => self.equal(t, od, data).unwrap_or(false),
                _ => false,
            }
        };
        if same {
            self.aux.panics[idx - 1].repanicked = true;
        }
    }

    /// `Goexit`: runs every deferred call of the goroutine (recover sees
    /// no panic), then ends it.
    fn goexit_run(&mut self) -> R<()> {
        ev!(self, Event::Goexit);
        let depth = self.aux.frames.len() as u32;
        self.aux.panics.push(PanicRec::new(PanicValue::Value { typ: 0, data: 0 }, Vec::new(), depth, true));
        while let Some(d) = self.aux.defers.pop() {
            self.run_defer(d)?;
        }
        Err(Box::new(Unwind::Goexit { started: true }))
    }

    /// `gorecover`: the current panic's value, when called from the
    /// function the panic machinery called (wrappers skipped); nil
    /// otherwise.
    pub(super) fn gorecover(&mut self) -> R<(u64, u64)> {
        let Some(p) = self.aux.panics.last() else { return Ok((0, 0)) };
        if p.recovered || p.goexit {
            return Ok((0, 0));
        }
        let argp = p.argp as usize;
        let cur = self.aux.frames.len() - 1;
        if cur < argp
            || self.funcs[self.aux.frames[cur].func as usize].wrapper
            || self.aux.frames[argp..cur].iter().any(|f| !self.funcs[f.func as usize].wrapper)
        {
            return Ok((0, 0));
        }
        let v = match &p.value {
            PanicValue::Value { typ, data } => (*typ, *data),
            PanicValue::Runtime(f) => {
                let f = f.clone();
                self.box_fault(&f)?
            }
        };
        let p = self.aux.panics.last_mut().unwrap();
        p.recovered = true;
        p.boxed = Some(v);
        Ok(v)
    }

    /// A run-time error as the `any` Go panics with: a value of one of the
    /// runtime package's error types.
    fn box_fault(&mut self, f: &Fault) -> R<(u64, u64)> {
        self.with_why(crate::ir::why::PANIC, |m| m.box_fault_(f))
    }

    fn box_fault_(&mut self, f: &Fault) -> R<(u64, u64)> {
        let ty = self.errors;
        Ok(match f.class() {
            FaultClass::Bounds { x, y, code } => {
                let o = self.malloc(24, Layout::NOSCAN)?;
                self.mem.store(o, 8, x as u64);
                self.mem.store(o + 8, 8, y as u64);
                self.mem.store(o + 16, 1, 1);
                self.mem.store(o + 17, 1, code as u64);
                (ty.bounds, o)
            }
            FaultClass::ErrorString(s) => (ty.error_string, self.boxed_string(&s)?),
            FaultClass::Plain(s) => (ty.plain, self.boxed_string(&s)?),
            FaultClass::ErrorAddress(s, addr) => {
                let o = self.malloc(24, Layout::SLICE)?;
                self.new_string(o, s.as_bytes())?;
                self.mem.store(o + 16, 8, addr);
                (ty.error_address, o)
            }
            FaultClass::PanicNil => (ty.panic_nil, self.malloc(8, Layout::NOSCAN)?),
            FaultClass::TypeAssertion(parts) => {
                let o = self.malloc(64, Layout::STRING)?;
                for (i, s) in parts.iter().enumerate() {
                    self.new_string(o + 16 * i as u64, s.as_bytes())?;
                }
                (ty.type_assertion, o)
            }
        })
    }

    fn boxed_string(&mut self, s: &str) -> R<u64> {
        let o = self.malloc(16, Layout::STRING)?;
        self.new_string(o, s.as_bytes())?;
        Ok(o)
    }

    /// `printpanics`: the chain oldest first, a newer panic indented by a
    /// tab, a re-panic of the same value folded into the older line.
    pub(super) fn panics_text(&mut self) -> String {
        let chain = self.aux.panics.clone();
        let mut s = String::new();
        let mut prev: Option<&PanicRec> = None;
        for p in &chain {
            if let Some(q) = prev {
                if q.repanicked {
                    prev = Some(p);
                    continue;
                }
                if !q.goexit {
                    s.push('\t');
                }
            }
            prev = Some(p);
            if p.goexit {
                continue;
            }
            s.push_str("panic: ");
            let text = match &p.value {
                PanicValue::Runtime(f) => f.message(),
                PanicValue::Value { typ, data } => self.panic_text(*typ, *data),
            };
            s.push_str(&text);
            if p.repanicked {
                s.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                s.push_str(" [recovered]");
            }
            s.push('\n');
        }
        if let Some(addr) = self.aux.sig {
            s.push_str(&format!("[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc=0x0]\n"));
        }
        s
    }

    fn func_name(&self, f: FuncId) -> String {
        if f == NIL_FUNC { "nil".into() } else { self.funcs[f as usize].name.clone() }
    }

    /// The method of an interface value (its itab entry) and data word.
    pub(super) fn iface_method(&mut self, e: &crate::ir::Expr, idx: u32) -> R<(FuncId, u64)> {
        let a = self.mem_addr(e)?;
        let tab = self.ld64(a)?;
        let data = self.ld64(a + 8)?;
        if tab == 0 {
            return Err(self.fault(Fault::NilDeref(0)));
        }
        let ent = self.ld64(tab + crate::runtime::types::ITAB_FUN_OFF + 8 * idx as u64)?;
        Ok((ent as FuncId, data))
    }
}
