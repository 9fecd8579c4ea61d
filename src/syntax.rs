//! The front end: source text to AST (Go's `cmd/compile/internal/syntax`).
//!
//! `parse_file` is the stage's one entry: lex the whole file (logos plus the
//! stateful semicolon/LBODY pass), run the LALRPOP parser over the tokens,
//! and word every syntax error as gc does (`parse.rs`).
//! Invariant: never panics; a file always yields either an AST or at least
//! one diagnostic.

pub mod ast;
pub mod builder;
pub mod dump;
pub mod lexer;
pub mod literal;
mod parse;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
    grammar,
    "/go.rs"
);

pub use parse::{parse_file, parse_file_at};
