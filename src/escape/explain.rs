//! Why a location is on the heap: the flow that forced each heap decision,
//! as gc's `-m=2` explains it (`explainPath`, `explainFlow`), for
//! `gosub escape --explain` and for the stepper.
//!
//! An explanation (`Why`) is recorded while the graph is solved
//! (`record.rs`): when a location first escapes, the walk's back-pointers
//! give the shortest path from it to the walk's root, one `Flow` per edge
//! (`dst ← src` with the edge's dereferences: `&` for an address, `*` per
//! dereference) with the notes that made the edge (`from &x (address-of)
//! at x.go:6:9`); when a parameter's leak gets shorter, likewise. A last
//! sentence (`because:`) says in plain words why the root outlives the
//! location: it is the heap, a result handed to the caller, a variable
//! outliving a loop iteration or a closure's frame, or the allocation is
//! too large for a frame.
//!
//! Output (`render_explained`): every report line that states a heap
//! decision (`moved to heap`, `escapes to heap`, `leaking param`) is
//! preceded by its explanation, each line at the decision's position:
//! a header ending in `:` (gc's -m=2 header), then lines indented by two
//! or more spaces. Removing those lines leaves exactly the `-m` report.
//!
//! Invariants: explanations exist only when the analysis ran in explain
//! mode (`analyze_explained`); the report is unchanged by it.
//! Simplifications: one path per decision (gc prints one for every walk
//! that finds the location outliving its root); gc's additional `-m=2`
//! lines (capturing by value/ref, per-statement traces) are not printed.

use super::Escapes;
use crate::source::SourceMap;
use std::collections::HashMap;

/// One reason an assignment edge exists (gc's `note`): the construct as gc
/// prints it, gc's word for what it does, and where it is.
#[derive(Clone, Debug)]
pub struct Note {
    pub what: String,
    pub why: &'static str,
    pub pos: u32,
}

/// One edge of the path: `dst` receives `src` after `derefs`
/// dereferences (-1: its address).
#[derive(Clone, Debug)]
pub struct Flow {
    pub dst: String,
    pub src: String,
    pub derefs: i32,
    pub notes: Vec<Note>,
}

/// The explanation of one heap decision.
#[derive(Clone, Debug)]
pub struct Why {
    /// gc's -m=2 header: `x escapes to heap in f`, `parameter p leaks to
    /// {heap} for f with derefs=0`.
    pub header: String,
    /// From the location to the root, in order.
    pub flows: Vec<Flow>,
    /// The path ran into an assignment cycle and was cut (gc's warning).
    pub truncated: bool,
    /// Why the root outlives the location, in plain words.
    pub because: String,
}

/// Where a declared variable lives.
#[derive(Clone, Debug)]
pub enum Fate {
    /// Moved to the heap (`why` is None only if no path was recorded).
    Heap { name: String, func: String, why: Option<Why> },
    /// Stays in its function's frame; a parameter may still leak what it
    /// holds (`leaking param: p`, with the flow).
    Frame { name: String, func: String, leaks: Vec<(String, Why)> },
}

/// Everything explain mode records.
#[derive(Default)]
pub struct Explained {
    /// The explanation of report line `i` (`Escapes::report[i]`).
    pub lines: HashMap<usize, Why>,
    /// The fate of each variable of the analysed file, by the position of
    /// its declaring identifier.
    pub vars: HashMap<u32, Fate>,
}

impl Why {
    /// The explanation's lines without positions: the header, the flows
    /// and their notes (`at FILE:LINE:COL` by `at`), the reason.
    pub fn lines(&self, at: &dyn Fn(u32) -> String) -> Vec<String> {
        let mut out = vec![format!("{}:", self.header)];
        for f in &self.flows {
            let ops = if f.derefs < 0 { "&".to_string() } else { "*".repeat(f.derefs as usize) };
            out.push(format!("  flow: {} ← {ops}{}:", f.dst, f.src));
            for n in &f.notes {
                out.push(format!("    from {} ({}) at {}", n.what, n.why, at(n.pos)));
            }
        }
        if self.truncated {
            out.push("  warning: truncated explanation due to assignment cycle".into());
        }
        out.push(format!("  because: {}", self.because));
        out
    }
}

/// The report with every heap decision's explanation before it, as
/// `gosub escape --explain` prints it (`FILE:LINE:COL: MSG`).
pub fn render_explained(map: &SourceMap, name: &str, esc: &Escapes) -> String {
    let at = |pos: u32| {
        let (_, line, col) = map.line_col(pos);
        format!("{name}:{line}:{col}")
    };
    let mut s = String::new();
    for (i, (pos, msg)) in esc.report.iter().enumerate() {
        let here = at(*pos);
        if let Some(why) = esc.explained.lines.get(&i) {
            for l in why.lines(&at) {
                s.push_str(&format!("{here}: {l}\n"));
            }
        }
        s.push_str(&format!("{here}: {msg}\n"));
    }
    s
}

/// `FILE:LINE:COL` with the file's base name.
fn pos_text(map: &SourceMap, pos: u32) -> String {
    let p = map.position(pos);
    let file = std::path::Path::new(&p.file).file_name().map_or(p.file.clone(), |f| f.to_string_lossy().into_owned());
    format!("{file}:{}:{}", p.line, p.col)
}

/// Why the variable declared at `decl_pos` (the global offset of its
/// declaring identifier, `Span::lo`) is on the heap: `moved to heap: x`,
/// then the flow that forced it (gc's -m=2 lines without positions) and a
/// plain-words reason. None when the variable stays in its frame or is not
/// known (library code, or `result` not made by `analyze_explained`).
pub fn explain_var(result: &Escapes, map: &SourceMap, decl_pos: u32) -> Option<Vec<String>> {
    let Some(Fate::Heap { name, func, why }) = result.explained.vars.get(&decl_pos) else { return None };
    let mut out = vec![format!("moved to heap: {name} (declared at {} in {func})", pos_text(map, decl_pos))];
    match why {
        Some(w) => out.extend(w.lines(&|p| pos_text(map, p)).into_iter().map(|l| format!("  {l}"))),
        None => out.push("  (no flow was recorded)".into()),
    }
    Some(out)
}

/// For a variable that stays in its frame: `x does not escape: stays in
/// the frame of f`; for a parameter whose value still leaks, the leak and
/// its flow after that. None when the variable is on the heap or unknown.
pub fn explain_stack_var(result: &Escapes, map: &SourceMap, decl_pos: u32) -> Option<Vec<String>> {
    let Some(Fate::Frame { name, func, leaks }) = result.explained.vars.get(&decl_pos) else { return None };
    let mut out = vec![format!("{name} does not escape: stays in the frame of {func}")];
    for (verdict, w) in leaks {
        out.push(format!("  but what it holds leaks ({verdict}):"));
        out.extend(w.lines(&|p| pos_text(map, p)).into_iter().map(|l| format!("    {l}")));
    }
    Some(out)
}

/// Whichever of `explain_var` and `explain_stack_var` applies.
pub fn explain_decl(result: &Escapes, map: &SourceMap, decl_pos: u32) -> Option<Vec<String>> {
    explain_var(result, map, decl_pos).or_else(|| explain_stack_var(result, map, decl_pos))
}

#[cfg(test)]
mod tests {
    use crate::source::SourceMap;

    const SRC: &str = "package main

var g *int

func main() {
\tx := 1
\tg = &x
\ty := 2
\tprintln(y)
}
";

    #[test]
    fn explains_heap_and_frame_variables() {
        let mut map = SourceMap::new();
        let id = map.add("./x.go", "x.go".into(), SRC.to_string());
        let (file, diags) = crate::syntax::parse_file(&map, id);
        assert!(diags.is_empty());
        let file = file.unwrap();
        let checked = crate::types::check(&mut map, &file);
        assert!(checked.errors.is_empty());
        let esc = super::super::analyze_explained(&checked.program, &map, &file, &[], false);
        let pos = |name: &str| SRC.find(&format!("{name} :=")).unwrap() as u32;
        let x = super::explain_var(&esc, &map, pos("x")).unwrap();
        assert_eq!(x[0], "moved to heap: x (declared at x.go:6:2 in main)");
        assert_eq!(x[1], "  x escapes to heap in main:");
        assert_eq!(x[2], "    flow: {heap} ← &x:");
        assert_eq!(x[3], "      from &x (address-of) at x.go:7:6");
        assert_eq!(x[4], "      from g = &x (assign) at x.go:7:4");
        assert!(x[5].starts_with("    because: a pointer to x reaches the heap"));
        assert!(super::explain_stack_var(&esc, &map, pos("x")).is_none());
        assert_eq!(
            super::explain_decl(&esc, &map, pos("y")).unwrap(),
            vec!["y does not escape: stays in the frame of main".to_string()]
        );
        assert!(super::explain_var(&esc, &map, pos("y")).is_none());
        assert!(super::explain_decl(&esc, &map, 0).is_none());
    }
}
