//! `goto` targets (types2's `labels.go`, `blockBranches`): a goto may not
//! jump into a block, nor forward over a variable declaration of the block
//! that holds its label.
//!
//! Every statement list of a function is a block with a path from the
//! function's body; a label's path must be a prefix of its goto's path, and
//! between the goto (or the statement containing it) and a later label of
//! the same list there may be no variable declaration.

use super::check::Checker;
use crate::source::Span;
use crate::syntax::ast::{Decl, Ident, Stmt, StmtKind};

/// A statement list and where it starts (the position gc names).
struct Blocks<'s> {
    /// (path of block indices, statements, start position)
    lists: Vec<(Vec<usize>, &'s [Stmt], u32)>,
    /// (label name, path of its list, index in the list, position)
    labels: Vec<(String, Vec<usize>, usize, u32)>,
    /// (goto label, path of its list, index of the top-level statement of
    /// each enclosing list on the way down, position of the label name)
    gotos: Vec<(Ident, Vec<usize>, Vec<usize>)>,
}

impl<'s> Blocks<'s> {
    fn walk(&mut self, stmts: &'s [Stmt], path: Vec<usize>, start: u32, outer_idx: Vec<usize>) {
        let me = self.lists.len();
        let mut path = path;
        path.push(me);
        self.lists.push((path.clone(), stmts, start));
        for (i, s) in stmts.iter().enumerate() {
            let mut idx = outer_idx.clone();
            idx.push(i);
            self.stmt(s, &path, i, &idx);
        }
    }

    fn stmt(&mut self, s: &'s Stmt, path: &[usize], i: usize, idx: &[usize]) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                self.labels.push((l.name.clone(), path.to_vec(), i, l.span.lo));
                self.stmt(inner, path, i, idx);
            }
            StmtKind::Goto(l) => self.gotos.push((l.clone(), path.to_vec(), idx.to_vec())),
            StmtKind::Block(b) => self.walk(&b.stmts, path.to_vec(), b.span.lo, idx.to_vec()),
            StmtKind::If { then, els, .. } => {
                self.walk(&then.stmts, path.to_vec(), then.span.lo, idx.to_vec());
                if let Some(e) = els {
                    self.stmt(e, path, i, idx);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.walk(&body.stmts, path.to_vec(), body.span.lo, idx.to_vec())
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.walk(&c.body, path.to_vec(), c.span.lo, idx.to_vec());
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.walk(&c.body, path.to_vec(), c.span.lo, idx.to_vec());
                }
            }
            _ => {}
        }
    }
}

/// The variable a statement declares (name, position gc reports).
fn declares_var(s: &Stmt) -> Option<(String, Span)> {
    match &s.kind {
        StmtKind::Define { lhs, .. } => lhs.iter().find(|i| i.name != "_").map(|i| (i.name.clone(), s.pos)),
        StmtKind::Decl(Decl::Var(specs, _)) => {
            specs.iter().flat_map(|sp| sp.names.iter()).find(|i| i.name != "_").map(|i| (i.name.clone(), i.span))
        }
        StmtKind::Labeled(_, inner) => declares_var(inner),
        _ => None,
    }
}

impl Checker<'_> {
    pub fn check_gotos(&mut self, body: &[Stmt], body_start: u32) {
        let mut b = Blocks { lists: vec![], labels: vec![], gotos: vec![] };
        b.walk(body, vec![], body_start, vec![]);
        for (label, gpath, gidx) in &b.gotos {
            let Some((_, lpath, li, _)) = b.labels.iter().find(|l| l.0 == label.name) else { continue };
            if !gpath.starts_with(lpath) {
                // Into the outermost block on the label's path that the goto is not in.
                let k = lpath.iter().zip(gpath.iter()).take_while(|(a, b)| a == b).count();
                let start = b.lists[lpath[k]].2;
                let p = self.map.position(start);
                self.error(
                    label.span.lo,
                    format!("goto {} jumps into block starting at {}:{}:{}", label.name, p.file, p.line, p.col),
                );
                continue;
            }
            // The statement of the label's list that contains the goto.
            let depth = lpath.len() - 1;
            let Some(&gi) = gidx.get(depth) else { continue };
            if *li <= gi {
                continue; // a backward jump
            }
            let list = b.lists[*lpath.last().unwrap()].1;
            if let Some((name, pos)) = list[gi + 1..*li].iter().rev().find_map(declares_var) {
                let p = self.map.position(pos.lo);
                self.error(
                    label.span.lo,
                    format!("goto {} jumps over declaration of {name} at {}:{}:{}", label.name, p.file, p.line, p.col),
                );
            }
        }
    }
}
