//! Statements: assignment, control flow, loops and `range`, switches.

use super::{Flow, Machine, R};
use crate::ir::*;
use crate::runtime::panic::Fault;

impl Machine<'_> {
    pub fn exec_block(&mut self, stmts: &[Stmt]) -> R<Flow> {
        let pins = self.pins.len();
        let mut i = 0;
        while i < stmts.len() {
            let flow = self.exec(&stmts[i])?;
            // What the statement pinned is in memory or dead by now.
            self.pins.truncate(pins);
            match flow {
                Flow::Next => i += 1,
                Flow::Goto(l) => match stmts.iter().position(|s| matches!(s.kind, StmtKind::Label(x) if x == l)) {
                    Some(j) => i = j,
                    None => return Ok(Flow::Goto(l)),
                },
                f => return Ok(f),
            }
        }
        Ok(Flow::Next)
    }

    /// Runs a loop body; `Some(flow)` when the loop must stop with it.
    #[inline]
    fn body(&mut self, label: LabelId, body: &[Stmt]) -> R<Option<Flow>> {
        if self.observer.is_some() {
            self.loop_iters += 1;
        }
        Ok(self.exec_block(body)?.end_iteration(label))
    }

    /// The start of a `for` iteration: a step of the preemption budget;
    /// the pins of the last condition and post statement die.
    #[inline(always)]
    pub(super) fn next_iteration(&mut self, pins: usize) {
        self.budget -= 1;
        if self.budget < 0 {
            self.preempt();
        }
        self.pins.truncate(pins);
    }

    pub(super) fn exec(&mut self, s: &Stmt) -> R<Flow> {
        if let StmtKind::ZeroLocals(slots) = &s.kind {
            // Not a statement of the program: no position, no event.
            for &(off, size) in slots {
                self.mem.fill(self.fp + off as u64, size as u64, 0);
            }
            return Ok(Flow::Next);
        }
        if self.trace.is_some() {
            // The stepper steps over the blocks and loops lowering wraps
            // around a statement (their statements are its steps).
            let event = self.observer.is_none() || !matches!(s.kind, StmtKind::Block(_) | StmtKind::Loop { .. });
            self.stmt_event(s.pos, event)?;
        } else {
            self.pos = s.pos;
        }
        if self.gc_pending.is_some() {
            self.gc_safepoint();
        }
        match &s.kind {
            StmtKind::Expr(e) => self.eval_effect(e)?,
            StmtKind::Store(p, k, e) => {
                let v = self.operand(e)?;
                let a = match p {
                    Place::Local(off) => self.fp + *off as u64,
                    p => self.place_addr(p)?,
                };
                self.st(a, *k, v)?;
            }
            StmtKind::CopyTo(p, _, e) => {
                let a = self.place_addr(p)?;
                self.eval_mem(e, a)?;
            }
            // A block of one statement (lowering wraps every `if` and
            // `for` in one) is that statement: no loop, same pins.
            StmtKind::Block(b) if b.len() == 1 => return self.exec(&b[0]),
            StmtKind::Block(b) => return self.exec_block(b),
            StmtKind::If(c, t, e) => {
                return if self.cond(c)? { self.exec_block(t) } else { self.exec_block(e) };
            }
            StmtKind::Loop { label, cond, body, post } => return self.exec_loop(*label, cond.as_ref(), body, post),
            StmtKind::Break(l) => return Ok(Flow::Break(*l)),
            StmtKind::Continue(l) => return Ok(Flow::Continue(*l)),
            StmtKind::Return => return Ok(Flow::Return),
            _ => return self.exec_cold(s),
        }
        Ok(Flow::Next)
    }

    /// `for cond { body; post }`, out of `exec`'s way.
    #[inline(never)]
    fn exec_loop(&mut self, label: LabelId, cond: Option<&Expr>, body: &[Stmt], post: &[Stmt]) -> R<Flow> {
        // Pins made by the condition and post statement die with
        // their iteration.
        let pins = self.pins.len();
        loop {
            self.next_iteration(pins);
            if let Some(c) = cond
                && !self.cond(c)?
            {
                break;
            }
            if let Some(f) = self.body(label, body)? {
                return Ok(f);
            }
            self.exec_block(post)?;
        }
        Ok(Flow::Next)
    }

    /// The rarer statements (variables moved to the heap, jumps, defer and
    /// go), loops over collections, switches, map updates and channel
    /// operations, out of `exec`'s way (a small `exec` keeps hot frames
    /// small).
    #[inline(never)]
    fn exec_cold(&mut self, s: &Stmt) -> R<Flow> {
        match &s.kind {
            StmtKind::Zero(p, n) => {
                let a = self.place_addr(p)?;
                self.mem.fill(a, *n as u64, 0);
            }
            StmtKind::NewVar { slot, size, layout, why } => {
                let a = self.malloc_why(*size, *layout, *why)?;
                self.mem.store(self.fp + *slot as u64, 8, a);
            }
            StmtKind::RenewVars(vars) => {
                for &(slot, size, layout, why) in vars {
                    let old = self.ld64(self.fp + slot as u64)?;
                    let a = self.malloc_why(size, layout, why)?;
                    self.copy(a, old, size)?;
                    self.mem.store(self.fp + slot as u64, 8, a);
                }
            }
            StmtKind::Goto(l) => return Ok(Flow::Goto(*l)),
            StmtKind::Label(_) => {}
            StmtKind::Fallthrough => return Ok(Flow::Fallthrough),
            StmtKind::Defer(d) => self.deferproc(d)?,
            StmtKind::Go(d) => {
                let (func, block) = self.go_block(d)?;
                self.newproc(crate::runtime::runtime2::GStart { func, block, size: d.size });
            }
            StmtKind::RangeInt { label, n, kind, counter, key, body } => {
                let n = self.eval(n)?;
                let c = self.fp + *counter as u64;
                let mut i = 0u64;
                loop {
                    let more = if kind.is_signed() { (i as i64) < (n as i64) } else { i < n };
                    if !more {
                        break;
                    }
                    self.mem.store(c, 8, i);
                    if let Some(k) = key {
                        let a = self.place_addr(k)?;
                        self.st(a, *kind, i)?;
                    }
                    if let Some(f) = self.body(*label, body)? {
                        return Ok(f);
                    }
                    i = self.ld64(c)? + 1;
                }
            }
            StmtKind::RangeSlice { label, x, tmp, counter, elem, key, value, body } => {
                let t = self.fp + *tmp as u64;
                self.eval_mem(x, t)?;
                let (p, len) = (self.ld64(t)?, self.ld64(t + 8)?);
                for i in 0..len {
                    self.mem.store(self.fp + *counter as u64, 8, i);
                    self.range_kv(key, value.as_ref(), i, p + i * *elem as u64)?;
                    if let Some(f) = self.body(*label, body)? {
                        return Ok(f);
                    }
                }
            }
            StmtKind::RangeArray { label, x, len, counter, elem, key, value, body } => {
                let p = if value.is_some() { self.place_addr(x)? } else { 0 };
                for i in 0..*len {
                    self.mem.store(self.fp + *counter as u64, 8, i);
                    self.range_kv(key, value.as_ref(), i, p + i * *elem as u64)?;
                    if let Some(f) = self.body(*label, body)? {
                        return Ok(f);
                    }
                }
            }
            StmtKind::RangeString { label, x, tmp, counter, key, value, body } => {
                let t = self.fp + *tmp as u64;
                self.eval_mem(x, t)?;
                let (p, len) = (self.ld64(t)?, self.ld64(t + 8)?);
                let mut i = 0u64;
                while i < len {
                    let rest = self.mem.bytes(p + i, (len - i).min(4)).unwrap_or(&[]);
                    let (r, w) = crate::runtime::string::decode_rune(rest);
                    self.mem.store(self.fp + *counter as u64, 8, i);
                    if let Some(k) = key {
                        let a = self.place_addr(k)?;
                        self.st(a, Kind::I64, i)?;
                    }
                    if let Some(v) = value {
                        let a = self.place_addr(v)?;
                        self.st(a, Kind::I32, r as u64)?;
                    }
                    if let Some(f) = self.body(*label, body)? {
                        return Ok(f);
                    }
                    i += w as u64;
                }
            }
            StmtKind::RangeMap { label, map, x, iter, key, value, body } => {
                let m = self.eval(x)?;
                let it = self.fp + *iter as u64;
                self.map_iter_init(map, m, it);
                while let Some((ka, ea)) = self.map_iter_next(map, it)? {
                    if let Some((p, rep)) = key {
                        let a = self.place_addr(p)?;
                        self.copy(a, ka, rep.size())?;
                    }
                    if let Some((p, rep)) = value {
                        let a = self.place_addr(p)?;
                        self.copy(a, ea, rep.size())?;
                    }
                    if let Some(f) = self.body(*label, body)? {
                        return Ok(f);
                    }
                }
            }
            StmtKind::Switch { label, clauses, default } => {
                let mut chosen = *default;
                'find: for (i, c) in clauses.iter().enumerate() {
                    for cond in &c.conds {
                        if self.eval(cond)? != 0 {
                            chosen = Some(i);
                            break 'find;
                        }
                    }
                }
                let Some(mut i) = chosen else { return Ok(Flow::Next) };
                loop {
                    match self.exec_block(&clauses[i].body)? {
                        Flow::Fallthrough if i + 1 < clauses.len() => i += 1,
                        Flow::Next | Flow::Fallthrough => break,
                        Flow::Break(l) if l == *label => break,
                        f => return Ok(f),
                    }
                }
            }
            StmtKind::MapAssign { map, m, key, value, .. } => {
                let mv = self.eval(m)?;
                self.map_store(map, mv, key, value)?;
            }
            StmtKind::MapUpdate { map, m, key, slot, body } => {
                let mv = self.eval(m)?;
                let k = self.push_value(key, map.key_rep)?;
                let ea = self.map_assign_at(map, mv, k);
                self.release(k);
                let ea = ea?;
                self.mem.store(self.fp + *slot as u64, 8, ea);
                self.exec_block(body)?;
            }
            StmtKind::Send { ch, value, rep, tmp } => {
                let c = self.eval(ch)?;
                let a = self.fp + *tmp as u64;
                self.eval_to(value, *rep, a)?;
                self.chansend(c, a, true)?;
            }
            StmtKind::RangeChan { label, ch, tmp, value, body } => {
                let c = self.eval(ch)?;
                let t = self.fp + *tmp as u64;
                loop {
                    // Each receive is the range statement's (a parked
                    // goroutine's traceback shows that line).
                    self.pos = s.pos;
                    let (_, ok) = self.chanrecv(c, t, true)?;
                    if !ok {
                        break;
                    }
                    if let Some((p, rep)) = value {
                        let a = self.place_addr(p)?;
                        self.copy_rep(a, t, *rep)?;
                    }
                    if let Some(f) = self.body(*label, body)? {
                        return Ok(f);
                    }
                }
            }
            StmtKind::Select { label, cases, default } => {
                let mut cs = Vec::with_capacity(cases.len());
                for k in cases {
                    let c = self.eval(&k.ch)?;
                    let elem = self.fp + k.tmp as u64;
                    if let Some((v, rep)) = &k.send {
                        self.eval_to(v, *rep, elem)?;
                    }
                    cs.push(super::chan::Case { chan: c, send: k.send.is_some(), elem });
                }
                // gc compiles a select of one case to the plain channel
                // operation (blocking, or with a default non-blocking).
                let (chosen, ok) = match cs.as_slice() {
                    [k] => {
                        self.pos = cases[0].pos;
                        let block = default.is_none();
                        let (done, ok) = if k.send {
                            (self.chansend(k.chan, k.elem, block)?, true)
                        } else {
                            self.chanrecv(k.chan, k.elem, block)?
                        };
                        (done.then_some(0), ok)
                    }
                    _ => self.selectgo(&cs, default.is_some())?,
                };
                let body = match chosen {
                    Some(i) => {
                        self.mem.store(self.fp + cases[i].ok as u64, 1, ok as u64);
                        &cases[i].body
                    }
                    None => default.as_ref().unwrap(),
                };
                return match self.exec_block(body)? {
                    Flow::Break(l) if l == *label => Ok(Flow::Next),
                    f => Ok(f),
                };
            }
            _ => {}
        }
        Ok(Flow::Next)
    }

    /// Stores the index and element of one iteration.
    #[inline]
    fn range_kv(&mut self, key: &Option<Place>, value: Option<&(Place, ValRep)>, i: u64, ea: u64) -> R<()> {
        if let Some(k) = key {
            let a = self.place_addr(k)?;
            self.st(a, Kind::I64, i)?;
        }
        if let Some((p, rep)) = value {
            let a = self.place_addr(p)?;
            self.copy_rep(a, ea, *rep)?;
        }
        Ok(())
    }

    /// Copies a value held as `rep` from `src` to `dst` (a scalar is read
    /// and stored by its kind).
    #[inline]
    pub(super) fn copy_rep(&mut self, dst: u64, src: u64, rep: ValRep) -> R<()> {
        match rep {
            ValRep::Scalar(k) => {
                let v = self.ld(src, k)?;
                self.st(dst, k, v)
            }
            ValRep::Mem(n) => self.copy(dst, src, n as u64),
        }
    }

    /// Evaluates a value onto the top of the stack (a scratch slot);
    /// `release` pops it.
    pub fn push_value(&mut self, e: &Expr, rep: ValRep) -> R<u64> {
        let a = self.reserve(rep.size().max(1))?;
        self.eval_to(e, rep, a)?;
        Ok(a)
    }

    /// `m[k] = v`: key and value are evaluated before the map is touched.
    pub fn map_store(&mut self, map: &MapInfo, m: u64, key: &Expr, value: &Expr) -> R<()> {
        let k = self.push_value(key, map.key_rep)?;
        let v = self.push_value(value, map.elem_rep)?;
        self.map_store_at(map, m, k, v)
    }

    /// `m[k] = v` with key and value pushed at `k` and `v` (`v` above
    /// `k`): both are popped.
    #[inline]
    pub(super) fn map_store_at(&mut self, map: &MapInfo, m: u64, k: u64, v: u64) -> R<()> {
        let r = self.map_assign_at(map, m, k).and_then(|ea| self.copy(ea, v, map.elem_size as u64));
        self.release(k);
        r
    }

    pub fn map_assign_at(&mut self, map: &MapInfo, m: u64, k: u64) -> R<u64> {
        match self.mapassign(map, m, k)? {
            Some(a) => Ok(a),
            None => Err(self.fault(Fault::NilMapWrite)),
        }
    }

    /// `v := m[k]` and `v, ok := m[k]` after the lookup: the element's
    /// `size` bytes (zero when absent), then `ok`.
    #[inline]
    pub(super) fn map_index_result(&mut self, elem: Option<u64>, size: u64, comma_ok: bool, dst: u64) -> R<()> {
        match elem {
            Some(a) => {
                self.copy(dst, a, size)?;
                if comma_ok {
                    self.mem.store(dst + size, 1, 1);
                }
            }
            None => {
                self.mem.fill(dst, size + comma_ok as u64, 0);
            }
        }
        Ok(())
    }

    pub fn map_access(&mut self, map: &MapInfo, m: &Expr, key: &Expr) -> R<Option<u64>> {
        let mv = self.eval(m)?;
        let k = self.push_value(key, map.key_rep)?;
        let r = self.mapaccess(map, mv, k);
        self.release(k);
        r
    }
}
