//! The parser's state and the helpers its grammar actions call.
//!
//! LALRPOP actions stay one-liners: they hand their pieces to a `Builder`,
//! which numbers expressions (`ExprId`s in creation order), reshapes
//! statement headers (a switch header into a type switch, an if header's
//! simple statement into its condition) and records the syntax errors that
//! only an action can see, in gc's words.

use super::ast::*;
use super::token::Tok;
use crate::diag::Diagnostic;
use crate::source::Span;
use lalrpop_util::ErrorRecovery;

pub type Recovery = ErrorRecovery<u32, Tok, Diagnostic>;

/// A top-level item: imports (with the position of their keyword) or a declaration.
pub enum TopItem {
    Import(Vec<Import>, u32),
    Decl(Decl),
}

#[derive(Default)]
pub struct Builder {
    next_id: u32,
    /// Errors found by actions (already worded).
    pub errors: Vec<Diagnostic>,
    /// Errors the parser recovered from (worded later, with context).
    pub recovered: Vec<Recovery>,
}

pub fn sp(lo: u32, hi: u32) -> Span {
    Span::new(lo, hi)
}

impl Builder {
    /// A builder whose expressions are numbered from `first` (so that the
    /// files of one program have disjoint `ExprId`s).
    pub fn starting_at(first: u32) -> Builder {
        Builder { next_id: first, ..Default::default() }
    }

    pub fn expr_count(&self) -> u32 {
        self.next_id
    }

    /// Assembles the file; an import after a declaration is gc's error.
    pub fn file(&mut self, package: Ident, items: Vec<TopItem>, lo: u32, hi: u32) -> File {
        let mut imports = Vec::new();
        let mut decls = Vec::new();
        for item in items {
            match item {
                TopItem::Import(v, at) => {
                    if !decls.is_empty() {
                        self.error(sp(at, at), "syntax error: imports must appear before other declarations");
                    }
                    imports.extend(v);
                }
                TopItem::Decl(d) => decls.push(d),
            }
        }
        File { package, imports, decls, span: sp(lo, hi), expr_count: self.next_id }
    }

    pub fn expr(&mut self, kind: ExprKind, lo: u32, hi: u32) -> Expr {
        let id = ExprId(self.next_id);
        self.next_id += 1;
        Expr { id, kind, span: sp(lo, hi) }
    }

    pub fn ident_expr(&mut self, id: Ident) -> Expr {
        let span = id.span;
        self.expr(ExprKind::Ident(id.name), span.lo, span.hi)
    }

    pub fn bin(&mut self, op: BinOp, l: Expr, r: Expr) -> Expr {
        let (lo, hi) = (l.span.lo, r.span.hi);
        self.expr(ExprKind::Binary(op, Box::new(l), Box::new(r)), lo, hi)
    }

    /// `<-x`; `<-chan T` is a receive-only channel type, as go/parser reads it.
    pub fn recv(&mut self, x: Expr, lo: u32) -> Expr {
        let hi = x.span.hi;
        match x.kind {
            ExprKind::ChanType(ChanDir::Both, elem) => self.expr(ExprKind::ChanType(ChanDir::Recv, elem), lo, hi),
            _ => self.expr(ExprKind::Unary(UnOp::Recv, Box::new(x)), lo, hi),
        }
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic::error(span, msg));
    }

    pub fn stmt(&self, kind: StmtKind, lo: u32, hi: u32) -> Stmt {
        Stmt { kind, span: sp(lo, hi), pos: sp(lo, lo) }
    }

    /// A statement that gc positions at its operator.
    pub fn op_stmt(&self, kind: StmtKind, lo: u32, op: u32, hi: u32) -> Stmt {
        Stmt { kind, span: sp(lo, hi), pos: sp(op, op) }
    }

    /// `lhs := rhs`: every left-hand side must be a name.
    pub fn define(&mut self, lhs: Vec<Expr>, rhs: Vec<Expr>, lo: u32, op: u32, hi: u32) -> Stmt {
        let names = self.names(lhs, ":=");
        self.op_stmt(StmtKind::Define { lhs: names, rhs }, lo, op, hi)
    }

    fn names(&mut self, lhs: Vec<Expr>, op: &str) -> Vec<Ident> {
        lhs.into_iter()
            .map(|e| match e.kind {
                ExprKind::Ident(name) => Ident { name, span: e.span },
                _ => {
                    self.error(
                        e.span,
                        format!("syntax error: non-name {} on left side of {op}", super::dump::expr_string(&e)),
                    );
                    Ident { name: "_".into(), span: e.span }
                }
            })
            .collect()
    }

    /// The condition of an if/for header given as a simple statement.
    pub fn cond(&mut self, s: Stmt, what: &str) -> Expr {
        match s.kind {
            StmtKind::Expr(e) => e,
            _ => {
                let text = match &s.kind {
                    StmtKind::Assign { lhs, op: None, rhs } => format!(
                        "assignment {} = {}",
                        super::dump::expr_list_string(lhs),
                        super::dump::expr_list_string(rhs)
                    ),
                    StmtKind::Define { lhs, rhs } => format!(
                        "{} := {}",
                        lhs.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(", "),
                        super::dump::expr_list_string(rhs)
                    ),
                    _ => what.to_string(),
                };
                self.error(s.pos, format!("syntax error: cannot use {text} as value"));
                self.expr(ExprKind::Bad, s.span.lo, s.span.hi)
            }
        }
    }

    /// Builds a switch statement, recognising a type switch guard
    /// `[x :=] y.(type)` in the tag position.
    #[allow(clippy::too_many_arguments)]
    pub fn switch(
        &mut self,
        init: Option<Stmt>,
        tag: Option<Stmt>,
        body: Vec<CaseClause>,
        lbrace: u32,
        rbrace: u32,
        lo: u32,
        hi: u32,
    ) -> Stmt {
        let init = init.map(Box::new);
        let rb = sp(rbrace, rbrace + 1);
        let kind = match tag {
            None => StmtKind::Switch { init, tag: None, body, lbrace: sp(lbrace, lbrace + 1), rbrace: rb },
            Some(Stmt { kind: StmtKind::Expr(e), .. }) => match e.kind {
                ExprKind::TypeAssert(x, None) => StmtKind::TypeSwitch { init, bind: None, x: *x, body, rbrace: rb },
                _ => StmtKind::Switch { init, tag: Some(e), body, lbrace: sp(lbrace, lbrace + 1), rbrace: rb },
            },
            Some(Stmt { kind: StmtKind::Define { mut lhs, mut rhs }, .. })
                if lhs.len() == 1 && rhs.len() == 1 && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
            {
                let ExprKind::TypeAssert(x, None) = rhs.pop().unwrap().kind else { unreachable!() };

                StmtKind::TypeSwitch { init, bind: lhs.pop(), x: *x, body, rbrace: rb }
            }
            Some(s) => {
                let e = self.cond(s, "switch expression");
                StmtKind::Switch { init, tag: Some(e), body, lbrace: sp(lbrace, lbrace + 1), rbrace: rb }
            }
        };
        self.stmt(kind, lo, hi)
    }

    /// A parameter written `name [N]T` or `name []T`, whose type the grammar
    /// had to assemble from pieces.
    pub fn array(&mut self, len: Option<Expr>, elem: Expr, lo: u32) -> Expr {
        let hi = elem.span.hi;
        self.expr(ExprKind::ArrayType { len: len.map(Box::new), elem: Box::new(elem) }, lo, hi)
    }

    /// Groups `a, b int` in a parameter list: when any parameter is named,
    /// the bare names before it share its type (Go spec, "Function types").
    pub fn params(&mut self, fields: Vec<Field>) -> Vec<Field> {
        if fields.iter().all(|f| f.names.is_empty()) {
            return fields;
        }
        let mut out: Vec<Field> = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        for f in fields {
            if f.names.is_empty() {
                match f.ty.kind {
                    ExprKind::Ident(name) => pending.push(Ident { name, span: f.ty.span }),
                    _ => {
                        self.error(f.ty.span.start(), "syntax error: missing parameter name");
                    }
                }
                continue;
            }
            let mut names = std::mem::take(&mut pending);
            let lo = names.first().map_or(f.span.lo, |n| n.span.lo);
            names.extend(f.names);
            out.push(Field { names, ty: f.ty, tag: f.tag, span: sp(lo, f.span.hi) });
        }
        if let Some(last) = pending.last() {
            self.error(Span::new(last.span.hi, last.span.hi), "syntax error: missing parameter type");
        }
        out
    }

    /// A type parameter's constraint: a plain type stays itself; `~T` or a
    /// union is an implicit interface (Go spec, "General interfaces").
    pub fn constraint(&mut self, mut terms: Vec<TypeTerm>, lo: u32, hi: u32) -> Expr {
        if terms.len() == 1 && !terms[0].tilde {
            return terms.pop().unwrap().ty;
        }
        self.expr(ExprKind::InterfaceType(vec![InterfaceElem::Union(terms)]), lo, hi)
    }

    /// `x[i]` or `F[A, B]`; `x[]` is gc's error.
    pub fn index(&mut self, x: Expr, i: Vec<Expr>, lo: u32, hi: u32) -> Expr {
        if i.is_empty() {
            self.error(sp(hi - 1, hi - 1), "syntax error: expected operand");
        }
        self.expr(ExprKind::Index(Box::new(x), i), lo, hi)
    }

    /// `T[a, b]` as a type (generic instantiation).
    pub fn instance(&mut self, t: Expr, args: Vec<Expr>, hi: u32) -> Expr {
        let lo = t.span.lo;
        self.expr(ExprKind::Index(Box::new(t), args), lo, hi)
    }

    pub fn field(&self, names: Vec<Ident>, ty: Expr, tag: Option<String>, lo: u32, hi: u32) -> Field {
        Field { names, ty, tag, span: sp(lo, hi) }
    }

    pub fn block(&self, stmts: Vec<Option<Stmt>>, lo: u32, rbrace: u32, hi: u32) -> Block {
        Block { stmts: stmts.into_iter().flatten().collect(), span: sp(lo, hi), rbrace: sp(rbrace, rbrace + 1) }
    }

    /// `for k, v := range x` / `for k, v = range x`.
    pub fn range(&mut self, lhs: Vec<Expr>, define: bool, x: Expr, body: Block, lo: u32, hi: u32) -> Stmt {
        if define {
            // Checks that every left-hand side is a name.
            let _ = self.names(lhs.clone(), ":=");
        }
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        let extra = it.collect();
        self.stmt(StmtKind::Range { key, value, define, x, body, extra }, lo, hi)
    }

    pub fn string_value(raw: &str) -> String {
        String::from_utf8_lossy(&super::literal::unquote(raw)).into_owned()
    }
}
