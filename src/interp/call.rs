//! Calls: frames on the goroutine stack, static, func-value and interface
//! method calls, natives, and the report of an uncaught panic.

use super::trace::ev;
use super::{Flow, FrameRec, Machine, R};
use crate::ir::{Call, Callee, FuncId, ValRep};
use crate::runtime::panic::{Fault, Unwind};
use crate::runtime::stack::MAX_STACK;

impl Machine<'_> {
    /// Reserves `need` bytes for a frame at the top of the stack.
    #[inline]
    pub(super) fn reserve(&mut self, need: u64) -> R<u64> {
        let base = (self.sp + 7) & !7;
        if base + need <= self.stack.hi {
            self.sp = base + need;
            // Frames start zeroed (results and locals read as zero values).
            if let Some(b) = self.mem.heap.bytes_mut(base, need) {
                b.fill(0);
            }
            return Ok(base);
        }
        self.grow_stack(need)
    }

    #[cold]
    fn grow_stack(&mut self, need: u64) -> R<u64> {
        let size = (self.stack.size() * 2).max(need.next_power_of_two());
        if self.stack_total + size > MAX_STACK {
            return Err(self.stack_overflow());
        }
        let (seg, span) = self.stacks.alloc(&mut self.mem.heap, size);
        if self.trace.is_some() {
            let g = self.current_goid();
            self.trace_stack(true, g, seg, span, "morestack: a new segment");
        }
        self.aux.segments.push((self.stack, self.sp));
        self.stack_total += size;
        self.stack = seg;
        self.sp = seg.lo + need;
        if let Some(b) = self.mem.heap.bytes_mut(seg.lo, need) {
            b.fill(0);
        }
        Ok(seg.lo)
    }

    /// Pops a frame reserved at `base`.
    #[inline]
    pub(super) fn release(&mut self, base: u64) {
        if base > self.stack.lo && base <= self.stack.hi {
            self.sp = base;
            return;
        }
        self.release_segments(base);
    }

    /// Pops stack segments down to the one holding `base` (one frame
    /// starting a segment, or an unwinding past several).
    #[cold]
    fn release_segments(&mut self, base: u64) {
        loop {
            if base > self.stack.lo && base <= self.stack.hi {
                self.sp = base;
                return;
            }
            let first = base == self.stack.lo;
            let Some((prev, sp)) = self.aux.segments.pop() else {
                self.sp = base;
                return;
            };
            let seg = std::mem::replace(&mut self.stack, prev);
            self.stack_total -= seg.size();
            let span = self.stacks.free(&mut self.mem.heap, seg);
            if self.trace.is_some() {
                let g = self.current_goid();
                self.trace_stack(false, g, seg, span, "a segment's last frame returned");
            }
            self.sp = sp;
            if first {
                return;
            }
        }
    }

    /// The overflow as Go reports it: from the prologue of the function
    /// being entered (its frame is the innermost, at its first line).
    pub(super) fn stack_overflow_in(&self, fid: FuncId) -> Box<Unwind> {
        let mut u = self.stack_overflow();
        if let Unwind::Fatal { frames, .. } = &mut *u {
            frames.push(FrameRec { func: fid, pos: self.funcs[fid as usize].pos, inlined: false, fp: 0 });
        }
        u
    }

    pub(super) fn stack_overflow(&self) -> Box<Unwind> {
        let prefix = format!(
            "runtime: goroutine stack exceeds {MAX_STACK}-byte limit\nruntime: sp={:#x} stack=[{:#x}, {:#x}]\n",
            self.sp, self.stack.lo, self.stack.hi
        );
        Box::new(Unwind::Fatal { msg: "stack overflow".into(), prefix, frames: self.traceback() })
    }

    /// Evaluates a call; returns the base of the callee's frame, where its
    /// results are (valid until the next call).
    pub(super) fn call(&mut self, c: &Call) -> R<u64> {
        let (fid, ctx, recv) = match &c.callee {
            Callee::Static(id) => (*id, 0, None),
            Callee::Value(e) => {
                let fv = self.eval(e)?;
                if fv == 0 {
                    return Err(self.fault(Fault::NilDeref(0)));
                }
                let fid = self.mem.load(fv, 8).ok_or_else(|| self.fault(Fault::NilDeref(fv)))?;
                (fid as FuncId, fv, None)
            }
            Callee::Iface(e, idx) => {
                let (f, data) = self.iface_method(e, *idx)?;
                (f, 0, Some(data))
            }
        };
        self.call_frame(fid, c, |m, base| {
            if ctx != 0 {
                m.mem.store(base, 8, ctx);
            }
            if let Some(data) = recv {
                // The receiver is the data word (value methods of non-pointer
                // types are reached through their pointer wrappers).
                m.mem.store(base + 8, 8, data);
            }
            for (e, off, rep) in &c.args {
                m.eval_to(e, *rep, base + *off as u64)?;
            }
            Ok(())
        })
    }

    /// The frame of call `c` to `fid`: reserved on the stack, filled by
    /// `args` (context, receiver, arguments), run, popped; returns its
    /// base. Both tiers' calls go through it.
    #[inline(always)]
    pub(super) fn call_frame(&mut self, fid: FuncId, c: &Call, args: impl FnOnce(&mut Self, u64) -> R<()>) -> R<u64> {
        let f = &self.funcs[fid as usize];
        let need = f.frame_size.max(f.args_size).max(c.args_size) as u64;
        let base = self.reserve(need).map_err(|_| self.stack_overflow_in(fid))?;
        args(self, base)?;
        self.pos = c.pos;
        self.call_inlined = c.inlined;
        let r = self.invoke(fid, base);
        self.release(base);
        r.map(|_| base)
    }

    /// Runs function `fid` on the frame at `base`.
    pub(super) fn invoke(&mut self, fid: FuncId, base: u64) -> R<()> {
        self.budget -= 1;
        if self.budget < 0 {
            self.preempt();
        }
        if !self.host_stack_ok() {
            return Err(self.stack_overflow_in(fid));
        }
        let f = &self.funcs[fid as usize];
        if let Some(rec) = self.aux.frames.last_mut() {
            rec.pos = self.pos;
        }
        let inlined = std::mem::take(&mut self.call_inlined);
        self.aux.frames.push(FrameRec { func: fid, pos: f.pos, inlined, fp: base });
        let saved_pos = self.pos;
        self.pos = f.pos;
        ev!(self, crate::runtime::trace::Event::Call { func: fid });
        let saved_fp = std::mem::replace(&mut self.fp, base);
        let pins = self.pins.len();
        let mut r = match f.native {
            Some(n) => crate::stdlib::call_native(n, self, base),
            None => self.run_body(fid, f),
        };
        if f.slow_exit || r.is_err() {
            r = self.finish_frame(f, r, base);
        }
        if self.trace.is_some() {
            self.frame_end_event(fid, &r);
        }
        self.pins.truncate(pins);
        self.fp = saved_fp;
        self.pos = saved_pos;
        self.aux.frames.pop();
        r
    }

    #[inline(always)]
    fn run_body(&mut self, fid: FuncId, f: &crate::ir::Func) -> R<()> {
        if !f.heap_params.is_empty() {
            self.heap_params(f)?;
        }
        // Without the event stream, the compiled body (`compile`).
        let flow = if self.compiled {
            let code = self.code(fid);
            code(self)
        } else {
            self.exec_block(&f.body)
        };
        match flow {
            Ok(flow) => {
                if f.has_defer && flow != Flow::Return {
                    // Deferred calls of a frame falling off its end run at `}`.
                    self.pos = f.end;
                }
                Ok(())
            }
            Err(u) => Err(u),
        }
    }

    /// Parameters moved to the heap get their objects.
    fn heap_params(&mut self, f: &crate::ir::Func) -> R<()> {
        for &(off, size, layout, slot, why) in &f.heap_params {
            let a = self.malloc_why(size, layout, why)?;
            self.copy(a, self.fp + off as u64, size)?;
            self.mem.store(self.fp + slot as u64, 8, a);
        }
        Ok(())
    }

    /// The rarer work at a frame's end: panics, deferred calls, and named
    /// results moved to the heap copied back to their slots.
    #[inline(never)]
    fn finish_frame(&mut self, f: &crate::ir::Func, r: R<()>, base: u64) -> R<()> {
        let r = self.exit_frame(r, self.aux.frames.len() as u32);
        if r.is_ok() {
            for &(slot, off, size) in &f.result_copies {
                let a = self.ld64(base + slot as u64)?;
                self.copy(base + off as u64, a, size as u64)?;
            }
        }
        r
    }

    /// Calls a Go function value from native code with arguments given as
    /// (offset, bytes); returns the callee frame's base to read results.
    pub fn call_value(&mut self, fv: u64, args: &[(u32, ValRep, u64)], args_size: u32) -> R<u64> {
        let fid = self.mem.load(fv, 8).ok_or_else(|| self.fault(Fault::NilDeref(fv)))? as FuncId;
        let f = &self.funcs[fid as usize];
        let need = f.frame_size.max(f.args_size).max(args_size) as u64;
        let base = self.reserve(need)?;
        self.mem.store(base, 8, fv);
        for &(off, rep, v) in args {
            match rep {
                ValRep::Scalar(k) => self.st(base + off as u64, k, v)?,
                ValRep::Mem(n) => self.copy(base + off as u64, v, n as u64)?,
            }
        }
        let r = self.invoke(fid, base);
        self.release(base);
        r.map(|_| base)
    }

    /// Calls method `fid` with a receiver and arguments laid out by the
    /// caller (natives calling String() or Error()).
    pub fn call_method(&mut self, fid: FuncId, recv: &[u8]) -> R<u64> {
        let f = &self.funcs[fid as usize];
        let need = f.frame_size.max(f.args_size) as u64;
        let base = self.reserve(need)?;
        self.mem.write(base + 8, recv);
        let r = self.invoke(fid, base);
        self.release(base);
        r.map(|_| base)
    }

    /// The text of an uncaught panic or fatal error, as Go prints it.
    pub fn describe_unwind(&mut self, u: &Unwind) -> String {
        match u {
            Unwind::Exit(_) => String::new(),
            Unwind::Panic(p) => {
                // Raised outside any Go frame (cannot normally happen).
                let p = p.clone();
                self.aux.panics.push(crate::runtime::panic::PanicRec::new(p.value, p.frames, 0, false));
                self.describe_unwind(&Unwind::Panicking)
            }
            Unwind::Panicking => {
                let mut s = self.panics_text();
                let frames =
                    self.aux.panics.iter().rev().find(|p| !p.goexit).map(|p| p.frames.clone()).unwrap_or_default();
                s.push_str(&format!("\ngoroutine {} [running]:\n", self.current_goid()));
                let user_panic = self
                    .aux
                    .panics
                    .iter()
                    .rev()
                    .find(|p| !p.goexit)
                    .is_some_and(|p| matches!(p.value, crate::runtime::panic::PanicValue::Value { .. }));
                s.push_str(&self.frames_text(&frames, user_panic));
                s.push_str(&self.created_by(self.sched.curg));
                s
            }
            Unwind::Goexit { .. } => "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".into(),
            Unwind::Recovered(_) => String::new(),
            Unwind::UserFatal { msg, frames } => {
                let mut s = format!("fatal error: {msg}\n\ngoroutine {} [running]:\n", self.current_goid());
                s.push_str(&self.frames_text(frames, false));
                s.push_str(&self.created_by(self.sched.curg));
                s
            }
            Unwind::Fatal { msg, prefix, frames } => {
                // A throw prints the runtime's frames and every goroutine,
                // the runtime's own system goroutines included.
                let mut s = prefix.clone();
                s.push_str(&format!("fatal error: {msg}\n"));
                if msg == "stack overflow" {
                    s.push_str("\nruntime stack:\nruntime.throw({0x0?, 0x0?})\n\t$GOROOT/src/runtime/panic.go:1229\n");
                    s.push_str("runtime.newstack()\n\t$GOROOT/src/runtime/stack.go:1159\n");
                    s.push_str("runtime.morestack()\n\t$GOROOT/src/runtime/asm_amd64.s:621\n");
                }
                let cur = self.current_goid();
                s.push_str(&format!("\ngoroutine {cur} gp=0xc000002380 m=0 mp=0x5a1f40 [running]:\n"));
                s.push_str(&self.frames_text_all(frames));
                if self.in_g {
                    s.push_str(&self.created_by(self.sched.curg));
                }
                // Then every other goroutine in creation order: main, the
                // runtime's four, the program's others.
                let others = self.sched.user_gs().into_iter().filter(|&g| self.sched.allgs[g].goid != cur);
                let (main, rest): (Vec<usize>, Vec<usize>) = others.partition(|&g| self.sched.allgs[g].goid == 1);
                for g in main {
                    s.push_str(&self.parked_text(g));
                }
                for (g, why) in
                    [(2, "force gc (idle)"), (3, "GC sweep wait"), (4, "GC scavenge wait"), (5, "finalizer wait")]
                {
                    s.push_str(&format!(
                        "\ngoroutine {g} gp=0xc000002a80 m=nil [{why}]:\nruntime.gopark(...)\n\t$GOROOT/src/runtime/proc.go:462\n"
                    ));
                }
                for g in rest {
                    s.push_str(&self.parked_text(g));
                }
                s
            }
        }
    }

    /// Frame lines of a panic, innermost first: the program's frames
    /// (`main.f(...)` and `\tfile:line`); Go hides the runtime's.
    /// Wrapper frames are elided, as Go's traceback does, except one that
    /// itself called panic (`defer panic(v)`'s deferwrap): pass
    /// `wrapper_panicked` for the innermost frame of a `panic(v)`.
    pub(super) fn frames_text(&self, frames: &[FrameRec], wrapper_panicked: bool) -> String {
        let n = frames.len();
        let user: Vec<&FrameRec> = frames
            .iter()
            .enumerate()
            .rev()
            .filter(|(i, f)| {
                let func = &self.funcs[f.func as usize];
                func.name.starts_with("main.") && (!func.wrapper || (wrapper_panicked && *i + 1 == n))
            })
            .map(|(_, f)| f)
            .collect();
        self.frame_lines(&user, false)
    }

    /// A goroutine that is not running, in a throw's dump.
    fn parked_text(&self, g: usize) -> String {
        let gg = &self.sched.allgs[g];
        let mut s = format!("\ngoroutine {} gp=0xc000002a80 m=nil [{}]:\n", gg.goid, gg.wait.as_str());
        s.push_str(&self.frames_text_all(&gg.regs.aux.frames));
        s.push_str(&self.created_by(g));
        s
    }

    /// Every frame, the runtime's included (under `runtime.main` is
    /// `runtime.goexit`), as a fatal error prints them.
    fn frames_text_all(&self, frames: &[FrameRec]) -> String {
        let all: Vec<&FrameRec> = frames.iter().rev().collect();
        self.frame_lines(&all, true)
    }

    fn frame_lines(&self, user: &[&FrameRec], with_goexit: bool) -> String {
        let mut s = String::new();
        let mut user = user.to_vec();
        let goexit = FrameRec { func: u32::MAX, pos: 0, inlined: false, fp: 0 };
        if with_goexit {
            user.push(&goexit);
        }
        let n = user.len();
        // Go prints at most 100 frames: the innermost 50 and the outermost 50.
        for (i, fr) in user.iter().enumerate() {
            if n > 100 && i == 50 {
                s.push_str("...additional frames elided...\n");
            }
            if n > 100 && (50..n - 50).contains(&i) {
                continue;
            }
            if fr.func == u32::MAX {
                s.push_str("runtime.goexit({})\n\t$GOROOT/src/runtime/asm_amd64.s:1771\n");
                continue;
            }
            let f = &self.funcs[fr.func as usize];
            if !f.name.starts_with("main.") {
                s.push_str(&format!("{}()\n\t$GOROOT/src/runtime/proc.go:283\n", f.name));
                continue;
            }
            let args = if f.has_args || fr.inlined { "..." } else { "" };
            let (_, line, _) = self.map.line_col(fr.pos);
            s.push_str(&format!("{}({args})\n\t{}:{line}\n", f.name, self.opts.display));
        }
        s
    }
}
