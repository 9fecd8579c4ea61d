//! The lexer: logos for the token classes, wrapped by a small stateful pass.
//!
//! Models gc's `syntax/scanner.go`. The logos automaton recognises operators,
//! keywords, identifiers and the start of each literal; literal bodies are
//! scanned by `literal.rs` with gc's rules and messages. The wrapper adds what
//! a regular automaton cannot know:
//! - automatic semicolons (Go spec "Semicolons"): after a line's final token
//!   if it is an identifier, literal, `break continue fallthrough return ++ --
//!   ) ] }`; at EOF likewise; a block comment spanning lines counts as a
//!   newline. The token records whether it came from `;`, a newline or EOF.
//! - `LBody`: the `{` that opens an if/for/switch/select body. In a statement
//!   header at bracket depth 0, a `{` opens the body unless it follows a
//!   literal type (`[]T`, `[N]T`, `map[K]V`, `struct{...}`, `T[args]` after
//!   such a prefix) or a `func` signature, which is how go/parser's exprLev
//!   rule reads Go: `if x == (T{}) {` and `for _, v := range []int{1, 2} {`.
//!
//! Invariants: lexing never fails or panics; every error becomes a
//! diagnostic at gc's position with gc's words, and lexing continues with a
//! best-effort token, so the parser always sees a well-formed stream ending
//! in one EOF semicolon.

use super::literal::{self, LitKind, Scanned};
use super::token::{AssignOp, SemiKind, Tok};
use crate::diag::Diagnostic;
use crate::source::Span;
use logos::Logos;

fn lit_number(lex: &mut logos::Lexer<Raw>) -> Scanned {
    let start = lex.span().start;
    let sc = literal::scan_number(&lex.source().as_bytes()[start..]);
    lex.bump(sc.len.saturating_sub(lex.span().len()));
    sc
}

fn lit_string(lex: &mut logos::Lexer<Raw>) -> Scanned {
    let sc = literal::scan_string(&lex.source()[lex.span().start..]);
    lex.bump(sc.len - 1);
    sc
}

fn lit_raw_string(lex: &mut logos::Lexer<Raw>) -> Scanned {
    let sc = literal::scan_raw_string(&lex.source()[lex.span().start..]);
    lex.bump(sc.len - 1);
    sc
}

fn lit_rune(lex: &mut logos::Lexer<Raw>) -> Scanned {
    let sc = literal::scan_rune(&lex.source()[lex.span().start..]);
    lex.bump(sc.len - 1);
    sc
}

/// (spans lines, terminated)
fn block_comment(lex: &mut logos::Lexer<Raw>) -> (bool, bool) {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(p) => {
            lex.bump(p + 2);
            (rest[..p].contains('\n'), true)
        }
        None => {
            lex.bump(rest.len());
            (rest.contains('\n'), false)
        }
    }
}

fn line_comment(lex: &mut logos::Lexer<Raw>) {
    let rest = lex.remainder();
    lex.bump(rest.find('\n').unwrap_or(rest.len()));
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[token("//", line_comment)]
    LineComment,
    #[token("/*", block_comment)]
    BlockComment((bool, bool)),
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    #[regex(r"[0-9]", lit_number)]
    #[regex(r"\.[0-9]", lit_number)]
    Number(Scanned),
    #[token("\"", lit_string)]
    #[token("`", lit_raw_string)]
    String(Scanned),
    #[token("'", lit_rune)]
    Rune(Scanned),

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=", |_| AssignOp::Add)]
    #[token("-=", |_| AssignOp::Sub)]
    #[token("*=", |_| AssignOp::Mul)]
    #[token("/=", |_| AssignOp::Quo)]
    #[token("%=", |_| AssignOp::Rem)]
    #[token("&=", |_| AssignOp::And)]
    #[token("|=", |_| AssignOp::Or)]
    #[token("^=", |_| AssignOp::Xor)]
    #[token("<<=", |_| AssignOp::Shl)]
    #[token(">>=", |_| AssignOp::Shr)]
    #[token("&^=", |_| AssignOp::AndNot)]
    OpAssign(AssignOp),
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("~")]
    Tilde,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
}

/// A token with its global byte span, as LALRPOP wants it.
pub type Spanned = (u32, Tok, u32);

/// What an open bracket is, for deciding `LBody` after it closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Paren,
    /// `[` starting an array, slice or map-key type.
    TypePrefix,
    /// `[` of type arguments inside a type.
    TypeArgs,
    /// `[` of an index or slice expression.
    Index,
    /// `{` of a struct or interface type.
    TypeBody,
    /// Any other `{`.
    Brace,
}

/// The state of the `LBody` decision.
struct BodyState {
    opens: Vec<Open>,
    /// Depths (lengths of `opens`) at which a statement header is open, with
    /// the number of `func` signatures seen at that depth awaiting a body.
    headers: Vec<(usize, u32)>,
    /// The previous token ended a literal type: a `{` now is a composite literal.
    type_end: bool,
    /// Inside a type written in expression position (after `[]`, `map`, ...).
    type_ctx: bool,
    /// The previous token was `struct` or `interface`.
    type_body_next: bool,
    prev: Option<Tok>,
}

impl BodyState {
    fn prev_ends_operand(&self) -> bool {
        self.prev.as_ref().is_some_and(Tok::ends_operand)
    }

    /// Classifies `tok` (turning `{` into `LBody` where it opens a body) and
    /// updates the state.
    fn next(&mut self, tok: Tok) -> Tok {
        let depth = self.opens.len();
        let mut type_end = false;
        let mut type_ctx = false;
        let mut type_body_next = false;
        let tok = match tok {
            Tok::If | Tok::For | Tok::Switch | Tok::Select => {
                self.headers.push((depth, 0));
                tok
            }
            Tok::Func => {
                if let Some(h) = self.headers.last_mut().filter(|h| h.0 == depth) {
                    h.1 += 1;
                }
                type_ctx = self.type_ctx;
                tok
            }
            Tok::Struct | Tok::Interface => {
                type_body_next = true;
                tok
            }
            Tok::Map | Tok::Chan => {
                type_ctx = true;
                tok
            }
            Tok::Mul => {
                type_ctx = self.type_ctx;
                tok
            }
            Tok::Ident(_) => {
                type_ctx = self.type_ctx;
                type_end = self.type_ctx;
                tok
            }
            Tok::Period => {
                type_ctx = self.type_ctx && matches!(self.prev, Some(Tok::Ident(_)));
                tok
            }
            Tok::LBrack => {
                let open = if matches!(self.prev, Some(Tok::Map)) {
                    Open::TypePrefix
                } else if self.type_ctx && matches!(self.prev, Some(Tok::Ident(_))) {
                    Open::TypeArgs
                } else if self.type_ctx && matches!(self.prev, Some(Tok::RBrack)) {
                    // `[][2]T`: an element type's brackets.
                    Open::TypePrefix
                } else if self.prev_ends_operand() {
                    Open::Index
                } else {
                    Open::TypePrefix
                };
                self.opens.push(open);
                tok
            }
            Tok::RBrack => {
                match self.pop() {
                    Some(Open::TypePrefix) => type_ctx = true,
                    Some(Open::TypeArgs) => {
                        type_ctx = true;
                        type_end = true;
                    }
                    _ => {}
                }
                tok
            }
            Tok::LParen => {
                self.opens.push(Open::Paren);
                tok
            }
            Tok::RParen => {
                self.pop();
                tok
            }
            Tok::LBrace => {
                let in_header = self.headers.last().is_some_and(|h| h.0 == depth);
                if self.type_body_next {
                    self.opens.push(Open::TypeBody);
                    Tok::LBrace
                } else if in_header && !self.type_end {
                    let h = self.headers.last_mut().unwrap();
                    if h.1 > 0 {
                        h.1 -= 1;
                        self.opens.push(Open::Brace);
                        Tok::LBrace
                    } else {
                        self.headers.pop();
                        self.opens.push(Open::Brace);
                        Tok::LBody
                    }
                } else {
                    self.opens.push(Open::Brace);
                    Tok::LBrace
                }
            }
            Tok::RBrace => {
                if self.pop() == Some(Open::TypeBody) {
                    type_end = true;
                    type_ctx = true;
                }
                tok
            }
            t => t,
        };
        self.type_end = type_end;
        self.type_ctx = type_ctx;
        self.type_body_next = type_body_next;
        self.prev = Some(kind_of(&tok));
        tok
    }

    fn pop(&mut self) -> Option<Open> {
        let o = self.opens.pop();
        let depth = self.opens.len();
        // A header whose bracket closed without a body is abandoned.
        while self.headers.last().is_some_and(|h| h.0 > depth) {
            self.headers.pop();
        }
        o
    }
}

/// Lexes a whole file. `base` is the file's global offset in the source map.
pub fn lex(src: &str, base: u32) -> (Vec<Spanned>, Vec<Diagnostic>) {
    let mut toks: Vec<Spanned> = Vec::new();
    let mut diags = Vec::new();
    let mut nlsemi = false;
    let mut body = BodyState {
        opens: vec![],
        headers: vec![],
        type_end: false,
        type_ctx: false,
        type_body_next: false,
        prev: None,
    };
    let pos = |p: usize| base + p as u32;
    let mut lx = Raw::lexer(src);
    let mut push = |toks: &mut Vec<Spanned>, nlsemi: &mut bool, lo: usize, hi: usize, t: Tok| {
        *nlsemi = t.ends_statement();
        let t = body.next(t);
        toks.push((pos(lo), t, pos(hi)));
    };
    let report = |diags: &mut Vec<Diagnostic>, at: usize, errors: &[(usize, String)]| {
        for (off, msg) in errors {
            let p = pos(at + off);
            diags.push(Diagnostic::error(Span::new(p, p), msg.clone()));
        }
    };
    while let Some(r) = lx.next() {
        let span = lx.span();
        let (lo, hi) = (span.start, span.end);
        let text = lx.slice();
        let tok = match r {
            Ok(Raw::Newline) => {
                if nlsemi {
                    push(&mut toks, &mut nlsemi, lo, lo, Tok::Semi(SemiKind::Newline));
                }
                continue;
            }
            Ok(Raw::LineComment) => continue,
            Ok(Raw::BlockComment((multiline, terminated))) => {
                if !terminated {
                    report(&mut diags, lo, &[(0, "comment not terminated".into())]);
                }
                if multiline && nlsemi {
                    push(&mut toks, &mut nlsemi, lo, lo, Tok::Semi(SemiKind::Newline));
                }
                continue;
            }
            Ok(Raw::Ident) => Tok::keyword(text).unwrap_or_else(|| Tok::Ident(text.to_string())),
            Ok(Raw::Number(sc)) => {
                report(&mut diags, lo, &sc.errors);
                let s = text.to_string();
                match sc.kind {
                    LitKind::Int => Tok::Int(s),
                    LitKind::Imag => Tok::Imag(s),
                    _ => Tok::Float(s),
                }
            }
            Ok(Raw::String(sc)) => {
                report(&mut diags, lo, &sc.errors);
                Tok::Str(text.to_string())
            }
            Ok(Raw::Rune(sc)) => {
                report(&mut diags, lo, &sc.errors);
                Tok::Rune(text.to_string())
            }
            Ok(Raw::Add) => Tok::Add,
            Ok(Raw::Sub) => Tok::Sub,
            Ok(Raw::Mul) => Tok::Mul,
            Ok(Raw::Quo) => Tok::Quo,
            Ok(Raw::Rem) => Tok::Rem,
            Ok(Raw::And) => Tok::And,
            Ok(Raw::Or) => Tok::Or,
            Ok(Raw::Xor) => Tok::Xor,
            Ok(Raw::Shl) => Tok::Shl,
            Ok(Raw::Shr) => Tok::Shr,
            Ok(Raw::AndNot) => Tok::AndNot,
            Ok(Raw::OpAssign(op)) => Tok::OpAssign(op),
            Ok(Raw::LAnd) => Tok::LAnd,
            Ok(Raw::LOr) => Tok::LOr,
            Ok(Raw::Arrow) => Tok::Arrow,
            Ok(Raw::Inc) => Tok::Inc,
            Ok(Raw::Dec) => Tok::Dec,
            Ok(Raw::Eql) => Tok::Eql,
            Ok(Raw::Lss) => Tok::Lss,
            Ok(Raw::Gtr) => Tok::Gtr,
            Ok(Raw::Assign) => Tok::Assign,
            Ok(Raw::Not) => Tok::Not,
            Ok(Raw::Neq) => Tok::Neq,
            Ok(Raw::Leq) => Tok::Leq,
            Ok(Raw::Geq) => Tok::Geq,
            Ok(Raw::Define) => Tok::Define,
            Ok(Raw::Ellipsis) => Tok::Ellipsis,
            Ok(Raw::Tilde) => Tok::Tilde,
            Ok(Raw::LParen) => Tok::LParen,
            Ok(Raw::LBrack) => Tok::LBrack,
            Ok(Raw::LBrace) => Tok::LBrace,
            Ok(Raw::Comma) => Tok::Comma,
            Ok(Raw::Period) => Tok::Period,
            Ok(Raw::RParen) => Tok::RParen,
            Ok(Raw::RBrack) => Tok::RBrack,
            Ok(Raw::RBrace) => Tok::RBrace,
            Ok(Raw::Semi) => Tok::Semi(SemiKind::Explicit),
            Ok(Raw::Colon) => Tok::Colon,
            Err(()) => {
                let c = src[lo..].chars().next().unwrap_or('\u{fffd}');
                let msg = if c == '\0' {
                    "invalid NUL character".to_string()
                } else if c == '\u{feff}' {
                    "invalid BOM in the middle of the file".to_string()
                } else {
                    format!("invalid character {}", literal::go_hash_u(c as u32))
                };
                report(&mut diags, lo, &[(0, msg)]);
                // Skip the whole character (logos may have stopped mid-way).
                let len = c.len_utf8();
                if hi - lo < len {
                    lx.bump(len - (hi - lo));
                }
                continue;
            }
        };
        push(&mut toks, &mut nlsemi, lo, hi, tok);
    }
    let end = src.len();
    if nlsemi {
        push(&mut toks, &mut nlsemi, end, end, Tok::Semi(SemiKind::Eof));
    }
    (toks, diags)
}

/// A token without its text (no allocation): the previous token is only
/// ever asked what kind it is.
fn kind_of(tok: &Tok) -> Tok {
    match tok {
        Tok::Ident(_) => Tok::Ident(String::new()),
        Tok::Int(_) => Tok::Int(String::new()),
        Tok::Float(_) => Tok::Float(String::new()),
        Tok::Imag(_) => Tok::Imag(String::new()),
        Tok::Rune(_) => Tok::Rune(String::new()),
        Tok::Str(_) => Tok::Str(String::new()),
        t => t.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        lex(src, 0)
            .0
            .into_iter()
            .map(|(_, t, _)| if t == Tok::LBody { "BODY".into() } else { t.text().to_string() })
            .collect()
    }

    #[test]
    fn body_brace() {
        let k = kinds("if x == (T{}) {\n}");
        assert_eq!(k.iter().filter(|t| *t == "BODY").count(), 1);
        let k = kinds("for _, v := range []int{1, 2} {\n}");
        assert_eq!(k.iter().position(|t| t == "BODY"), Some(k.len() - 3));
        let k = kinds("if f := func() bool { return true }; f() {\n}");
        assert_eq!(k.iter().filter(|t| *t == "BODY").count(), 1);
        let k = kinds("for _, p := range []struct{ a int }{{1}} {\n}");
        assert_eq!(k.iter().filter(|t| *t == "BODY").count(), 1);
        assert_eq!(kinds("if m[k] {}")[5], "BODY");
    }

    #[test]
    fn semicolons() {
        assert_eq!(kinds("x\ny"), vec!["x", ";", "y", ";"]);
        assert_eq!(kinds("x /* a\nb */ y"), vec!["x", ";", "y", ";"]);
        assert_eq!(kinds("return // c\n"), vec!["return", ";"]);
    }

    #[test]
    fn errors_do_not_stop() {
        let (t, d) = lex("a ? b", 0);
        assert_eq!(t.len(), 3);
        assert_eq!(d[0].message, "invalid character U+003F '?'");
    }
}
