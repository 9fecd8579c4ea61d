//! Runs the LALRPOP parser over the lexed tokens and words its errors as gc.
//!
//! gc's parser (`syntax/parser.go`) is recursive descent and words an error
//! by the construct it is in ("in argument list; possibly missing comma or
//! )", "at end of statement", "after top level declaration"). An LR parser
//! knows its state, not the construct, so `Context` recovers the construct
//! from the tokens before the error: the innermost open bracket and what
//! opened it (a call, a parameter list, a composite literal, a block), plus
//! the token just before. That and the token found give gc's message.
//! Simplification: where gc's wording depends on more than this (a handful of
//! rarer messages), the generic `unexpected X` form is used.

use super::ast::File;
use super::builder::{Builder, Recovery};
use super::grammar::FileParser;
use super::lexer::{Spanned, lex};
use super::token::{SemiKind, Tok};
use crate::diag::Diagnostic;
use crate::source::{FileId, SourceMap, Span};
use lalrpop_util::ParseError;

/// Parses one file. Returns the tree when parsing got to the end (even with
/// recovered errors), and every diagnostic found, lexical ones included.
pub fn parse_file(map: &SourceMap, id: FileId) -> (Option<File>, Vec<Diagnostic>) {
    parse_file_at(map, id, 0)
}

/// Like `parse_file`, numbering expressions from `first_expr` (files of one
/// program get disjoint `ExprId`s; `File::expr_count` is then the next free id).
pub fn parse_file_at(map: &SourceMap, id: FileId, first_expr: u32) -> (Option<File>, Vec<Diagnostic>) {
    let f = map.file(id);
    let (toks, mut diags) = lex(&f.text, f.base);
    let end = f.base + f.text.len() as u32;
    let mut b = Builder::starting_at(first_expr);
    let stream = toks.into_iter().map(Ok::<Spanned, Diagnostic>);
    let result = FileParser::new().parse(&mut b, stream);
    if b.recovered.is_empty()
        && b.errors.is_empty()
        && let Ok(mut file) = result
    {
        file.expr_count = b.expr_count();
        return (Some(file), diags);
    }
    // Wording syntax errors needs the tokens, which the parser consumed:
    // lex again (the same tokens) rather than copy them for every file.
    let (toks, _) = lex(&f.text, f.base);
    let mut syntax: Vec<Diagnostic> =
        std::mem::take(&mut b.recovered).into_iter().map(|r| word(&toks, r.error, end)).collect();
    syntax.append(&mut b.errors);
    let file = match result {
        Ok(mut file) => {
            file.expr_count = b.expr_count();
            Some(file)
        }
        Err(e) => {
            syntax.push(word(&toks, e, end));
            None
        }
    };
    diags.extend(first_per_decl(&toks, syntax));
    (file, diags)
}

/// Keeps the first syntax error of each top-level declaration: after an
/// error, the LR recovery resynchronises at the next statement, where gc's
/// `advance` skips further, so later errors in the same declaration are
/// mostly echoes of the first.
fn first_per_decl(toks: &[Spanned], mut errs: Vec<Diagnostic>) -> Vec<Diagnostic> {
    // Start offsets of top-level declarations: decl keywords at depth 0.
    let mut starts = Vec::new();
    let mut depth = 0i32;
    for (lo, t, _) in toks {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::LBody => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            t if depth <= 0 && is_decl_start(t) => starts.push(*lo),
            _ => {}
        }
    }
    errs.sort_by_key(|d| d.span.lo);
    let mut seen = std::collections::HashSet::new();
    errs.retain(|d| seen.insert(starts.partition_point(|&s| s <= d.span.lo)));
    errs
}

/// What the innermost open bracket before an error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    TopLevel,
    Call,
    Params,
    Paren,
    Index,
    Composite,
    Block,
    /// Inside the braces of a struct or interface type.
    TypeBody,
    /// An if/for/switch header, before its body.
    Header,
}

/// Finds the construct that the token at `idx` is in.
fn context(toks: &[Spanned], idx: usize) -> Ctx {
    let mut stack: Vec<Ctx> = Vec::new();
    // Depth at which a func signature is pending a body.
    let mut sig_at: Vec<usize> = Vec::new();
    let mut header_at: Vec<usize> = Vec::new();
    let mut type_body_next = false;
    for i in 0..idx.min(toks.len()) {
        let prev = if i > 0 { Some(&toks[i - 1].1) } else { None };
        let t = &toks[i].1;
        let depth = stack.len();
        match t {
            Tok::Func => sig_at.push(depth),
            Tok::If | Tok::For | Tok::Switch | Tok::Select => header_at.push(depth),
            Tok::Struct | Tok::Interface => type_body_next = true,
            Tok::LParen => {
                let ctx = if sig_at.last() == Some(&depth) {
                    Ctx::Params
                } else if prev.is_some_and(Tok::ends_operand) {
                    Ctx::Call
                } else {
                    Ctx::Paren
                };
                stack.push(ctx);
            }
            Tok::LBrack => stack.push(Ctx::Index),
            Tok::LBrace | Tok::LBody => {
                let ctx = if type_body_next {
                    Ctx::TypeBody
                } else if *t == Tok::LBody || sig_at.last() == Some(&depth) {
                    Ctx::Block
                } else if prev.is_some_and(|p| p.ends_operand() && *p != Tok::RParen)
                    || stack.last() == Some(&Ctx::Composite)
                        && prev.is_some_and(|p| matches!(p, Tok::LBrace | Tok::Comma | Tok::Colon))
                {
                    Ctx::Composite
                } else {
                    Ctx::Block
                };
                if sig_at.last() == Some(&depth) {
                    sig_at.pop();
                }
                if *t == Tok::LBody && header_at.last() == Some(&depth) {
                    header_at.pop();
                }
                stack.push(ctx);
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                stack.pop();
                let d = stack.len();
                sig_at.retain(|&s| s <= d);
                header_at.retain(|&s| s <= d);
            }
            Tok::Semi(_)
                // A signature without a body (or an abandoned one) ends here.
                if sig_at.last() == Some(&depth) => {
                    sig_at.pop();
                }
            _ => {}
        }
        if !matches!(t, Tok::Struct | Tok::Interface) {
            type_body_next = false;
        }
    }
    if header_at.last() == Some(&stack.len()) {
        return Ctx::Header;
    }
    stack.last().copied().unwrap_or(Ctx::TopLevel)
}

fn is_decl_start(t: &Tok) -> bool {
    matches!(t, Tok::Const | Tok::Var | Tok::Type | Tok::Func | Tok::Import)
}

/// Words a parse error as gc would.
fn word(toks: &[Spanned], e: ParseError<u32, Tok, Diagnostic>, end: u32) -> Diagnostic {
    let (lo, tok, expected) = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => {
            return Diagnostic::error(Span::new(location, location), "syntax error");
        }
        ParseError::UnrecognizedEof { location: _, expected } => (end, Tok::Semi(SemiKind::Eof), expected),
        ParseError::UnrecognizedToken { token: (lo, tok, _), expected } => (lo, tok, expected),
        ParseError::ExtraToken { token: (lo, tok, _) } => (lo, tok, vec![]),
    };
    let idx = toks.partition_point(|t| t.0 < lo);
    let prev = if idx > 0 { toks.get(idx - 1).map(|t| &t.1) } else { None };
    let expects = |s: &str| expected.iter().any(|x| x == s);
    let unexpected = tok.describe();
    let ctx = context(toks, idx);
    let at = Span::new(lo, lo);
    let msg = |m: String| Diagnostic::error(at, format!("syntax error: {m}"));

    // No package clause: the go command's own scan words it (go/parser).
    if idx == 0 && tok != Tok::Package {
        let found = match &tok {
            Tok::Ident(s) => s.clone(),
            t if t.is_keyword() => format!("'{}'", t.text()),
            Tok::Semi(SemiKind::Eof) => "'EOF'".into(),
            t => format!("'{}'", t.text()),
        };
        return Diagnostic::error(at, format!("expected 'package', found {found}"));
    }
    if idx == 1 && toks[0].1 == Tok::Package && !matches!(tok, Tok::Ident(_)) {
        let found = if matches!(tok, Tok::Semi(_)) { "'EOF'".to_string() } else { format!("'{}'", tok.text()) };
        return Diagnostic::error(at, format!("expected 'IDENT', found {found}"));
    }
    if ctx == Ctx::Header && tok == Tok::LBody {
        // `if x > 0` and a newline: the body's `{` came after the semicolon.
        if let (Some(Tok::Semi(kind)), Some(semi)) = (prev, toks.get(idx - 1)) {
            let kw = toks[..idx].iter().rev().find(|t| matches!(t.1, Tok::If | Tok::For | Tok::Switch | Tok::Select));
            let at = Span::new(semi.0, semi.0);
            let m = match (kind, kw) {
                (SemiKind::Explicit, Some((_, Tok::If, _))) => "missing condition in if statement".to_string(),
                (_, Some((_, k, _))) => {
                    format!("unexpected {}, expected {{ after {} clause", prev.unwrap().describe(), k.text())
                }
                _ => "unexpected semicolon or newline before {".to_string(),
            };
            return Diagnostic::error(at, format!("syntax error: {m}"));
        }
    }
    // `{` on its own line after a function signature or statement header.
    if matches!(tok, Tok::LBrace | Tok::LBody) && matches!(prev, Some(Tok::Semi(SemiKind::Newline))) {
        return msg("unexpected semicolon or newline before {".into());
    }
    match ctx {
        Ctx::TopLevel => {
            if is_decl_start(&tok) && !matches!(prev, Some(Tok::Semi(_)) | None) {
                return msg(format!("unexpected {unexpected} after top level declaration"));
            }
            if matches!(prev, Some(Tok::Semi(_)) | None)
                && !is_decl_start(&tok)
                && !matches!(tok, Tok::Semi(SemiKind::Eof))
            {
                if prev.is_none() || toks.first().is_some_and(|t| t.1 != Tok::Package) {
                    return msg("package statement must be first".to_string());
                }
                return msg("non-declaration statement outside function body".into());
            }
            if expects("\";\"") && !expects("\")\"") {
                return msg(format!("unexpected {unexpected} after top level declaration"));
            }
        }
        Ctx::Call => {
            if expects("\")\"") || expects("\",\"") {
                return msg(format!("unexpected {unexpected} in argument list; possibly missing comma or )"));
            }
        }
        Ctx::Params => {
            if expects("\")\"") || expects("\",\"") {
                return msg(format!("unexpected {unexpected} in parameter list; possibly missing comma or )"));
            }
        }
        Ctx::Composite => {
            if expects("\"}\"") || expects("\",\"") {
                return msg(format!("unexpected {unexpected} in composite literal; possibly missing comma or }}"));
            }
        }
        Ctx::Block => {
            if matches!(prev, Some(Tok::Semi(_)) | Some(Tok::LBrace) | Some(Tok::LBody) | Some(Tok::Colon)) {
                // At the start of a statement.
                if matches!(tok, Tok::Else | Tok::Case | Tok::Default | Tok::Import) {
                    return msg(format!("unexpected {unexpected}, expected }}"));
                }
                if matches!(tok, Tok::Semi(SemiKind::Eof)) {
                    return msg(format!("unexpected {unexpected}, expected }}"));
                }
            } else if expects("\";\"") || expects("\"}\"") {
                return msg(format!("unexpected {unexpected} at end of statement"));
            }
        }
        Ctx::Header => {
            if matches!(tok, Tok::Semi(SemiKind::Newline)) || matches!(tok, Tok::LBrace) {
                let kw =
                    toks[..idx].iter().rev().find(|t| matches!(t.1, Tok::If | Tok::For | Tok::Switch | Tok::Select));
                if let Some((_, k, _)) = kw {
                    return msg(format!("unexpected {unexpected}, expected {{ after {} clause", k.text()));
                }
            }
        }
        Ctx::TypeBody => {
            let kw = toks[..idx].iter().rev().find(|t| matches!(t.1, Tok::Struct | Tok::Interface));
            let what = if matches!(kw, Some((_, Tok::Interface, _))) { "interface" } else { "struct" };
            return msg(format!("unexpected {unexpected} in {what} type; possibly missing semicolon or newline or }}"));
        }
        Ctx::Paren => {
            if expects("\")\"") {
                return msg(format!("unexpected {unexpected}, expected )"));
            }
        }
        Ctx::Index => {
            if expects("\"]\"") && !expects("\"name\"") {
                return msg(format!("unexpected {unexpected}, expected ]"));
            }
        }
    }
    if expects("\"=\"") && expects("\"map\"") && !expects("\";\"") {
        return msg(format!("unexpected {unexpected}, expected type"));
    }
    if expects("\"int\"") && !expects("\";\"") && !expects("\")\"") {
        return msg(format!("unexpected {unexpected}, expected expression"));
    }
    msg(format!("unexpected {unexpected}"))
}

#[allow(dead_code)]
fn _assert_recovery_type(_: Recovery) {}
