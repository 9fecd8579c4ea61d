//! The abstract syntax tree of one Go source file.
//!
//! Shaped like go/ast: types are expressions (`ExprKind::ArrayType`, ...), so
//! `T(x)`, `[]int{1}` and `f[int](x)` need no decisions the parser cannot
//! make. Every node carries a byte `Span` into the `SourceMap`; every
//! expression also carries an `ExprId`, dense per file, so later passes keep
//! their facts (types, constant values, escape verdicts) in side tables
//! instead of mutating the tree.
//!
//! Invariant: the tree holds syntax only. Nothing here is resolved; the type
//! checker reads it and never changes it.

use super::token::AssignOp;
use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    pub span: Span,
    /// One past the last `ExprId` of this file.
    pub expr_count: u32,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `x "path"` or `. "path"` or `_ "path"`.
    pub name: Option<Ident>,
    /// The import path, unquoted.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Const(Vec<ConstSpec>, Span),
    Var(Vec<VarSpec>, Span),
    Type(Vec<TypeSpec>, Span),
    Func(Box<FuncDecl>),
    /// A declaration that failed to parse (the error is already reported).
    Bad(Span),
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous one's expressions.
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec (its index in the group).
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub tparams: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field, type parameter or receiver group:
/// `a, b int`, an unnamed `int`, or an embedded field `*T`.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct field tag, unquoted.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

impl FuncType {
    /// Is the last parameter `...T`?
    pub fn variadic(&self) -> bool {
        self.params.last().is_some_and(|f| matches!(f.ty.kind, ExprKind::Ellipsis(_)))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface, or a union of type terms `~int | string`.
    Union(Vec<TypeTerm>),
}

#[derive(Clone, Debug)]
pub struct TypeTerm {
    pub tilde: bool,
    pub ty: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    LOr,
    LAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::LOr => "||",
            BinOp::LAnd => "&&",
            BinOp::Eql => "==",
            BinOp::Neq => "!=",
            BinOp::Lss => "<",
            BinOp::Leq => "<=",
            BinOp::Gtr => ">",
            BinOp::Geq => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Mul => "*",
            BinOp::Quo => "/",
            BinOp::Rem => "%",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::And => "&",
            BinOp::AndNot => "&^",
        }
    }

    /// Go's precedence: 5 for `* / % << >> & &^` down to 1 for `||`.
    pub fn precedence(self) -> u8 {
        match self {
            BinOp::LOr => 1,
            BinOp::LAnd => 2,
            BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => 3,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
            _ => 5,
        }
    }

    pub fn from_assign(op: AssignOp) -> BinOp {
        match op {
            AssignOp::Add => BinOp::Add,
            AssignOp::Sub => BinOp::Sub,
            AssignOp::Mul => BinOp::Mul,
            AssignOp::Quo => BinOp::Quo,
            AssignOp::Rem => BinOp::Rem,
            AssignOp::And => BinOp::And,
            AssignOp::Or => BinOp::Or,
            AssignOp::Xor => BinOp::Xor,
            AssignOp::Shl => BinOp::Shl,
            AssignOp::Shr => BinOp::Shr,
            AssignOp::AndNot => BinOp::AndNot,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Pos,
    Neg,
    Not,
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub kind: ExprKind,
    pub span: Span,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    /// A literal in its source form (decoded by the type checker).
    BasicLit(LitKind, String),
    /// `T{...}`; `ty` is `None` for an elided inner type (`{1, 2}` in `[]P{{1, 2}}`).
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or an instantiation `F[int, string]`.
    Index(Box<Expr>, Vec<Expr>),
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for a type switch guard's `x.(type)`.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
        rparen: Span,
    },
    /// `*x`: a dereference, or a pointer type.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `[N]T`, `[...]T` (len is `Ellipsis(None)`), or `[]T` (len `None`).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `...T` in a parameter list, or the `...` of `[...]T`.
    Ellipsis(Option<Box<Expr>>),
    /// A syntax error was reported here.
    Bad,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
    /// Position of the closing brace (where gc reports `missing return`).
    pub rbrace: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// Where gc reports this statement: its operator for assignments and
    /// sends (`x = 2` at the `=`), its first token otherwise.
    pub pos: Span,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
    pub colon: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a send, a receive statement or a
    /// receive expression.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
    pub colon: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    /// `lhs = rhs` (op `None`) or `lhs op= rhs`.
    Assign {
        lhs: Vec<Expr>,
        op: Option<BinOp>,
        rhs: Vec<Expr>,
    },
    /// `a, b := rhs`; every lhs is an identifier.
    Define {
        lhs: Vec<Ident>,
        rhs: Vec<Expr>,
    },
    Decl(Decl),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    Labeled(Ident, Box<Stmt>),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        lbrace: Span,
        rbrace: Span,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        body: Vec<CaseClause>,
        rbrace: Span,
    },
    Select {
        body: Vec<CommClause>,
        rbrace: Span,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (= | :=)] range x { ... }`
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        /// Iteration variables beyond two (the type checker reports them).
        extra: Vec<Expr>,
    },
    Bad,
}
