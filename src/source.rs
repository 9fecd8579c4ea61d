//! Source files and positions: the `SourceMap` that every span points into.
//!
//! Models gc's `syntax.Pos` split the way rustc does it: a `Span` is a pair of
//! global byte offsets, and the map turns an offset into (file, line, column)
//! lazily, by binary search over each file's line starts.
//!
//! Invariants: spans are half-open byte ranges `[lo, hi)`; files are laid out
//! one after another in one offset space (each starts after the previous
//! one's end plus one), so a span names its file without carrying a file id;
//! columns are 1-based byte columns, as gc prints them.

use std::path::PathBuf;

/// A half-open byte range in the global offset space of a `SourceMap`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub const fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.lo.min(other.lo), self.hi.max(other.hi))
    }
    /// An empty span at this span's start.
    pub fn start(self) -> Span {
        Span::new(self.lo, self.lo)
    }
    pub fn len(self) -> u32 {
        self.hi - self.lo
    }
    pub fn is_empty(self) -> bool {
        self.hi == self.lo
    }
}

/// Index of a file in the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId(pub u32);

pub struct SourceFile {
    /// The name as the user gave it (printed in diagnostics).
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    /// Global offset of the first byte.
    pub base: u32,
    /// Offsets (relative to `base`) of the first byte of every line.
    line_starts: Vec<u32>,
}

/// A resolved position: what `file:line:col` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file and returns its id; its spans start at `base_of(id)`.
    pub fn add(&mut self, name: impl Into<String>, path: PathBuf, text: String) -> FileId {
        let base = self.files.last().map_or(0, |f| f.base + f.text.len() as u32 + 1);
        let mut line_starts = vec![0];
        line_starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1));
        self.files.push(SourceFile { name: name.into(), path, text, base, line_starts });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i as u32), f))
    }

    /// The file that contains a global offset.
    pub fn file_of(&self, pos: u32) -> FileId {
        let i = self.files.partition_point(|f| f.base <= pos);
        FileId(i.saturating_sub(1) as u32)
    }

    /// (line, column), both 1-based, column counted in bytes as gc does.
    pub fn line_col(&self, pos: u32) -> (FileId, u32, u32) {
        let id = self.file_of(pos);
        let f = self.file(id);
        let rel = pos.saturating_sub(f.base);
        let line = f.line_starts.partition_point(|&s| s <= rel);
        let col = rel - f.line_starts[line - 1] + 1;
        (id, line as u32, col)
    }

    pub fn position(&self, pos: u32) -> Position {
        let (id, line, col) = self.line_col(pos);
        Position { file: self.file(id).name.clone(), line, col }
    }

    /// The text of line `line` (1-based) of a file, without its newline.
    pub fn line_text(&self, id: FileId, line: u32) -> &str {
        let f = self.file(id);
        let start = f.line_starts[(line - 1) as usize] as usize;
        let end = f.line_starts.get(line as usize).map_or(f.text.len(), |&e| e as usize - 1);
        &f.text[start..end]
    }
}

impl SourceFile {
    pub fn span(&self) -> Span {
        Span::new(self.base, self.base + self.text.len() as u32)
    }
}
