//! What a debugger shows of a paused program: goroutines, their frames,
//! variables in scope, source lines (Delve's `goroutines`, `stack`,
//! `locals`, `args`, `list`).
//!
//! A goroutine's frames come from the machine's registers when it is the
//! running one, else from the registers its last switch saved (`GRegs`).
//! A variable is in scope in a frame when its declaring identifier comes
//! before the frame's statement and the statement is inside its block
//! (`ir::DebugVar`); parameters and results always are.

use super::Stepper;
use crate::interp::{FrameRec, Machine};
use crate::ir::{DebugVar, VarKind, lower::VarLoc};
use crate::types::typ::TypeId;

/// The text of the source line at `pos`, without its line break.
pub fn source_line<'m>(m: &'m Machine<'_>, pos: u32) -> &'m str {
    let (fid, line, _) = m.map.line_col(pos);
    m.map.line_text(fid, line).trim_end_matches(['\n', '\r'])
}

/// A frame as the stepper shows it: function, frame base, position.
#[derive(Clone, Copy)]
pub struct Frame {
    pub func: u32,
    pub fp: u64,
    pub pos: u32,
}

/// The frames of goroutine `goid`, innermost first (None: no such
/// goroutine, or it has not started).
pub fn frames(m: &Machine<'_>, goid: u64) -> Option<Vec<Frame>> {
    let running = m.in_g && m.sched.allgs.get(m.sched.curg).is_some_and(|g| g.goid == goid);
    let (recs, pos): (&[FrameRec], u32) = if running {
        (&m.aux.frames, m.pos)
    } else {
        let g = m.sched.allgs.iter().find(|g| g.goid == goid && !g.system)?;
        if g.status == crate::runtime::runtime2::GStatus::Dead {
            return None;
        }
        (&g.regs.aux.frames, g.regs.pos)
    };
    let n = recs.len();
    let out: Vec<Frame> = recs
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, r)| r.func != u32::MAX)
        .map(|(i, r)| Frame { func: r.func, fp: r.fp, pos: if i + 1 == n { pos } else { r.pos } })
        .collect();
    (!out.is_empty()).then_some(out)
}

/// A goroutine's frames, or why there are none.
pub fn goroutine_frames(m: &Machine<'_>, goid: u64) -> Result<Vec<Frame>, String> {
    if let Some(fs) = frames(m, goid) {
        return Ok(fs);
    }
    match m.sched.allgs.iter().find(|g| g.goid == goid && !g.system) {
        Some(g) if g.status != crate::runtime::runtime2::GStatus::Dead => {
            Err(format!("goroutine {goid} has not started yet (it will run {})", m.funcs[g.start.func as usize].name))
        }
        _ => Err(format!("goroutine {goid} has exited")),
    }
}

/// The index of a goroutine's innermost frame in the program's own code
/// (Delve's "User:" frame), not the library's.
pub fn user_frame(m: &Machine<'_>, fs: &[Frame]) -> Option<usize> {
    fs.iter().position(|f| f.pos != 0 && !m.map.file(m.map.file_of(f.pos)).name.starts_with("$GOROOT/"))
}

/// The selected goroutine's selected frame.
pub fn selected(s: &Stepper, m: &Machine<'_>) -> Result<Frame, String> {
    let fs = goroutine_frames(m, s.goroutine)?;
    fs.get(s.frame).copied().ok_or_else(|| format!("frame {} does not exist", s.frame))
}

/// `./file.go:12` of a position (library files by their package path).
pub fn location(m: &Machine<'_>, pos: u32) -> String {
    if pos == 0 {
        // The runtime's own frames (`runtime.main`) have no source here.
        return "runtime/proc.go".into();
    }
    let (fid, line, _) = m.map.line_col(pos);
    let name = &m.map.file(fid).name;
    match name.strip_prefix("$GOROOT/") {
        Some(rest) => format!("{rest}:{line}"),
        None => {
            let base = std::path::Path::new(name).file_name().and_then(|f| f.to_str()).unwrap_or(name);
            format!("./{base}:{line}")
        }
    }
}

/// The variables of a frame that are in scope at its position: the
/// innermost declaration of each name.
pub fn visible<'m>(m: &'m Machine<'_>, f: &Frame) -> Vec<&'m DebugVar> {
    let vars = &m.funcs[f.func as usize].vars;
    let mut out: Vec<&DebugVar> = Vec::new();
    for v in vars {
        let in_scope = match v.kind {
            VarKind::Param | VarKind::Result | VarKind::Captured => true,
            VarKind::Local => v.pos <= f.pos && f.pos <= v.end,
        };
        if !in_scope {
            continue;
        }
        match out.iter().position(|o| o.name == v.name) {
            Some(i) if out[i].pos < v.pos => out[i] = v,
            Some(_) => {}
            None => out.push(v),
        }
    }
    out
}

/// Where a variable's value is (None: not allocated yet).
pub fn address(m: &Machine<'_>, f: &Frame, v: &DebugVar) -> Option<u64> {
    let ld = |a: u64| m.mem.load(a, 8).filter(|&p| p != 0);
    match v.home {
        VarLoc::Stack(off) => Some(f.fp + off as u64),
        VarLoc::Heap(slot) => ld(f.fp + slot as u64),
        VarLoc::Captured(off) => ld(ld(f.fp)? + off as u64),
        VarLoc::CapturedVal(off) => Some(ld(f.fp)? + off as u64),
    }
}

/// A name in the selected frame, else a package variable of `main`.
pub fn lookup_var(s: &Stepper, m: &Machine<'_>, name: &str) -> Result<Option<(TypeId, u64)>, String> {
    if let Ok(f) = selected(s, m)
        && let Some(v) = visible(m, &f).into_iter().find(|v| v.name == name)
    {
        let a = address(m, &f, v).ok_or_else(|| format!("{name} is not allocated yet"))?;
        return Ok(Some((v.ty, a)));
    }
    let Some(pkg) = m.checked.pkgs.iter().find(|p| p.path == "main") else { return Ok(None) };
    let Some(o) = m.checked.objs.lookup_local(pkg.scope, name) else { return Ok(None) };
    Ok(s.globals.get(&o).map(|&a| (m.checked.objs.get(o).ty, a)))
}

/// `locals` or `args`: `name = value` lines.
pub fn vars(s: &Stepper, m: &mut Machine<'_>, args: bool) -> Result<String, String> {
    let f = selected(s, m)?;
    let list: Vec<DebugVar> = visible(m, &f)
        .into_iter()
        .filter(|v| matches!(v.kind, VarKind::Param | VarKind::Result) == args)
        .cloned()
        .collect();
    let mut out = String::new();
    for v in list {
        let val = match address(m, &f, &v) {
            Some(a) => super::expr::format(m, &super::expr::Val::Place(v.ty, a))?,
            None => "(not allocated yet)".into(),
        };
        out.push_str(&format!("{} = {val}\n", v.name));
    }
    if out.is_empty() {
        out = if args { "(no args)\n" } else { "(no locals)\n" }.into();
    }
    Ok(out)
}

/// `stack [-defer]`: the selected goroutine's frames, Delve's layout
/// without program counters.
pub fn stack(s: &Stepper, m: &Machine<'_>, defers: bool) -> Result<String, String> {
    let fs = goroutine_frames(m, s.goroutine)?;
    let running = m.in_g && m.sched.allgs.get(m.sched.curg).is_some_and(|g| g.goid == s.goroutine);
    let drecs = if running {
        &m.aux.defers
    } else {
        &m.sched.allgs.iter().find(|g| g.goid == s.goroutine).ok_or("no such goroutine")?.regs.aux.defers
    };
    let mut out = String::new();
    for (i, f) in fs.iter().enumerate() {
        out.push_str(&format!("{i:>2}  {}\n    at {}\n", m.funcs[f.func as usize].name, location(m, f.pos)));
        if defers {
            // Defer records name their frame by depth (index + 1).
            let depth = (fs.len() - i) as u32;
            for (k, d) in drecs.iter().rev().filter(|d| d.depth == depth).enumerate() {
                let name = m.funcs.get(d.func as usize).map_or("nil func", |f| f.name.as_str());
                out.push_str(&format!("        defer {}: {name}\n", k + 1));
            }
        }
    }
    Ok(out)
}

/// `goroutines`: every user goroutine with its location and state.
pub fn goroutines(s: &Stepper, m: &Machine<'_>) -> String {
    let mut out = String::new();
    for g in m.sched.user_gs() {
        let gg = &m.sched.allgs[g];
        let mark = if gg.goid == s.goroutine { "*" } else { " " };
        let at = match frames(m, gg.goid) {
            Some(fs) => {
                let f = &fs[user_frame(m, &fs).unwrap_or(0)];
                format!("{} {}", location(m, f.pos), m.funcs[f.func as usize].name)
            }
            None => format!("(not started) {}", m.funcs[gg.start.func as usize].name),
        };
        use crate::runtime::runtime2::GStatus;
        let running = m.in_g && g == m.sched.curg;
        let state = match gg.status {
            // Parking (a `catch park` stop): already waiting.
            GStatus::Waiting => gg.wait.as_str().to_string(),
            _ if running => "running".to_string(),
            GStatus::Runnable => "runnable".into(),
            GStatus::Syscall => "syscall".into(),
            st => format!("{st:?}").to_lowercase(),
        };
        out.push_str(&format!("{mark} Goroutine {} - User: {at} [{state}]\n", gg.goid));
    }
    out.push_str(&format!("[{} goroutines]\n", m.sched.user_gs().len()));
    out
}

/// `list`: lines around a position, the current one marked `=>`.
pub fn list(m: &Machine<'_>, pos: u32, around: Option<u32>) -> String {
    let (fid, cur, _) = m.map.line_col(pos);
    let center = around.unwrap_or(cur);
    let last = m.map.file(fid).text.lines().count() as u32;
    let mut out = String::new();
    for l in center.saturating_sub(5).max(1)..=(center + 5).min(last) {
        let mark = if l == cur && around.is_none() { "=>" } else { "  " };
        out.push_str(&format!("{mark}{l:>6}:\t{}\n", m.map.line_text(fid, l).trim_end_matches(['\n', '\r'])));
    }
    out
}
