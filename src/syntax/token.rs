//! Tokens of the Go subset, as the parser sees them.
//!
//! Mirrors gc's `syntax/tokens.go`, with two additions that make the grammar
//! LR(1): semicolons carry what produced them (`;`, a newline or EOF, as gc's
//! `lit` does, so messages can say `unexpected newline`), and the `{` that
//! opens an if/for/switch/select body is its own token, `LBody` (Go 1.5's yacc
//! grammar called it LBODY), decided by the stateful lexer.

use std::fmt;

/// What produced a semicolon token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Rune(String),
    Str(String),

    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    /// `op=`; the operator is one of the binary arithmetic tokens above.
    OpAssign(AssignOp),
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    Tilde,

    LParen,
    LBrack,
    LBrace,
    /// `{` opening the body of an if/for/switch/select statement.
    LBody,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Semi(SemiKind),
    Colon,
}

/// The arithmetic operator of an assignment operation `x op= y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
}

impl AssignOp {
    pub fn as_str(self) -> &'static str {
        match self {
            AssignOp::Add => "+",
            AssignOp::Sub => "-",
            AssignOp::Mul => "*",
            AssignOp::Quo => "/",
            AssignOp::Rem => "%",
            AssignOp::And => "&",
            AssignOp::Or => "|",
            AssignOp::Xor => "^",
            AssignOp::Shl => "<<",
            AssignOp::Shr => ">>",
            AssignOp::AndNot => "&^",
        }
    }
}

impl Tok {
    pub fn keyword(s: &str) -> Option<Tok> {
        Some(match s {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    pub fn is_keyword(&self) -> bool {
        matches!(
            self,
            Tok::Break
                | Tok::Case
                | Tok::Chan
                | Tok::Const
                | Tok::Continue
                | Tok::Default
                | Tok::Defer
                | Tok::Else
                | Tok::Fallthrough
                | Tok::For
                | Tok::Func
                | Tok::Go
                | Tok::Goto
                | Tok::If
                | Tok::Import
                | Tok::Interface
                | Tok::Map
                | Tok::Package
                | Tok::Range
                | Tok::Return
                | Tok::Select
                | Tok::Struct
                | Tok::Switch
                | Tok::Type
                | Tok::Var
        )
    }

    /// The token's source text (for keywords and operators), as gc's
    /// `token.String()` gives it.
    pub fn text(&self) -> &str {
        match self {
            Tok::Ident(s) | Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Rune(s) | Tok::Str(s) => s,
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            Tok::Add => "+",
            Tok::Sub => "-",
            Tok::Mul => "*",
            Tok::Quo => "/",
            Tok::Rem => "%",
            Tok::And => "&",
            Tok::Or => "|",
            Tok::Xor => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::OpAssign(op) => match op {
                AssignOp::Add => "+=",
                AssignOp::Sub => "-=",
                AssignOp::Mul => "*=",
                AssignOp::Quo => "/=",
                AssignOp::Rem => "%=",
                AssignOp::And => "&=",
                AssignOp::Or => "|=",
                AssignOp::Xor => "^=",
                AssignOp::Shl => "<<=",
                AssignOp::Shr => ">>=",
                AssignOp::AndNot => "&^=",
            },
            Tok::LAnd => "&&",
            Tok::LOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Eql => "==",
            Tok::Lss => "<",
            Tok::Gtr => ">",
            Tok::Assign => "=",
            Tok::Not => "!",
            Tok::Neq => "!=",
            Tok::Leq => "<=",
            Tok::Geq => ">=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::Tilde => "~",
            Tok::LParen => "(",
            Tok::LBrack => "[",
            Tok::LBrace | Tok::LBody => "{",
            Tok::Comma => ",",
            Tok::Period => ".",
            Tok::RParen => ")",
            Tok::RBrack => "]",
            Tok::RBrace => "}",
            Tok::Semi(_) => ";",
            Tok::Colon => ":",
        }
    }

    /// How gc's `syntaxErrorAt` names the token after "unexpected ".
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Rune(s) | Tok::Str(s) => format!("literal {s}"),
            Tok::Semi(SemiKind::Explicit) => "semicolon".into(),
            Tok::Semi(SemiKind::Newline) => "newline".into(),
            Tok::Semi(SemiKind::Eof) => "EOF".into(),
            Tok::Comma => "comma".into(),
            t if t.is_keyword() => format!("keyword {}", t.text()),
            t => t.text().into(),
        }
    }

    /// Can this token end an operand (so a following `(` is a call and a
    /// following `[` an index)?
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Rune(_)
                | Tok::Str(_)
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    /// Does a newline after this token insert a semicolon (Go spec, "Semicolons")?
    pub fn ends_statement(&self) -> bool {
        self.ends_operand()
            || matches!(self, Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return | Tok::Inc | Tok::Dec)
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}
