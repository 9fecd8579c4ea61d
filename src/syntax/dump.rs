//! `gosub dump ast`: a stable, readable print of the AST, and Go-syntax
//! strings of expressions for messages.
//!
//! Declarations and statements print one per line with their `line:col`,
//! indented by nesting; expressions print as S-expressions on one line, so
//! precedence and grouping are visible (`(+ a (* b c))`). The output depends
//! only on the tree and the source map, so syntax goldens are byte-stable.
//! `expr_string` renders an expression the way gc's `syntax.String` does in
//! messages (composite literal and function bodies elided as `{…}`).

use super::ast::*;
use crate::source::SourceMap;
use std::fmt::Write;

pub fn dump_file(map: &SourceMap, f: &File) -> String {
    let mut d = Dumper { map: Some(map), out: String::new(), depth: 0 };
    d.line(&format!("package {}", f.package.name), f.span.lo);
    d.depth += 1;
    for i in &f.imports {
        let name = i.name.as_ref().map(|n| format!("{} ", n.name)).unwrap_or_default();
        d.line(&format!("import {name}{:?}", i.path), i.span.lo);
    }
    for decl in &f.decls {
        d.decl(decl);
    }
    d.out
}

struct Dumper<'a> {
    /// `None` inside expressions, where statements print without positions.
    map: Option<&'a SourceMap>,
    out: String,
    depth: usize,
}

impl Dumper<'_> {
    fn line(&mut self, text: &str, pos: u32) {
        let indent = "  ".repeat(self.depth);
        match self.map {
            Some(map) => {
                let (_, l, c) = map.line_col(pos);
                let _ = writeln!(self.out, "{indent}{text} @{l}:{c}");
            }
            None => {
                let _ = writeln!(self.out, "{indent}{text}");
            }
        }
    }

    fn plain(&mut self, text: &str) {
        let _ = writeln!(self.out, "{}{text}", "  ".repeat(self.depth));
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(specs, span) => {
                self.line("const", span.lo);
                self.nested(|d| {
                    for s in specs {
                        let ty = s.ty.as_ref().map(|t| format!(" {}", sexpr(t))).unwrap_or_default();
                        d.line(&format!("{}{ty}{} (iota {})", names(&s.names), values(&s.values), s.iota), s.span.lo);
                    }
                });
            }
            Decl::Var(specs, span) => {
                self.line("var", span.lo);
                self.nested(|d| {
                    for s in specs {
                        let ty = s.ty.as_ref().map(|t| format!(" {}", sexpr(t))).unwrap_or_default();
                        d.line(&format!("{}{ty}{}", names(&s.names), values(&s.values)), s.span.lo);
                    }
                });
            }
            Decl::Type(specs, span) => {
                self.line("type", span.lo);
                self.nested(|d| {
                    for s in specs {
                        let eq = if s.alias { " =" } else { "" };
                        d.line(&format!("{}{}{eq} {}", s.name.name, tparams(&s.tparams), sexpr(&s.ty)), s.span.lo);
                    }
                });
            }
            Decl::Func(f) => {
                let recv =
                    f.recv.as_ref().map(|r| format!("({}) ", fields(std::slice::from_ref(r)))).unwrap_or_default();
                self.line(&format!("func {recv}{}{} {}", f.name.name, tparams(&f.tparams), sig(&f.sig)), f.span.lo);
                if let Some(body) = &f.body {
                    self.nested(|d| d.stmts(&body.stmts));
                }
            }
            Decl::Bad(span) => self.line("bad-decl", span.lo),
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, label: &str, b: &Block) {
        self.line(label, b.span.lo);
        self.nested(|d| d.stmts(&b.stmts));
    }

    fn stmt(&mut self, s: &Stmt) {
        let pos = s.span.lo;
        match &s.kind {
            StmtKind::Empty => self.line("empty", pos),
            StmtKind::Expr(e) => self.line(&format!("expr {}", sexpr(e)), pos),
            StmtKind::Send { ch, value } => self.line(&format!("send {} {}", sexpr(ch), sexpr(value)), pos),
            StmtKind::IncDec { x, inc } => {
                self.line(&format!("{} {}", if *inc { "inc" } else { "dec" }, sexpr(x)), pos)
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let op = op.map_or("=".to_string(), |o| format!("{}=", o.as_str()));
                self.line(&format!("assign {} {op} {}", sexprs(lhs), sexprs(rhs)), pos)
            }
            StmtKind::Define { lhs, rhs } => self.line(&format!("define {} := {}", names(lhs), sexprs(rhs)), pos),
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Go(e) => self.line(&format!("go {}", sexpr(e)), pos),
            StmtKind::Defer(e) => self.line(&format!("defer {}", sexpr(e)), pos),
            StmtKind::Return(v) => self.line(format!("return {}", sexprs(v)).trim_end(), pos),
            StmtKind::Break(l) => self.line(&format!("break{}", label(l)), pos),
            StmtKind::Continue(l) => self.line(&format!("continue{}", label(l)), pos),
            StmtKind::Goto(l) => self.line(&format!("goto {}", l.name), pos),
            StmtKind::Fallthrough => self.line("fallthrough", pos),
            StmtKind::Block(b) => self.block("block", b),
            StmtKind::Labeled(l, s) => {
                self.line(&format!("label {}", l.name), pos);
                self.nested(|d| d.stmt(s));
            }
            StmtKind::If { init, cond, then, els } => {
                self.line("if", pos);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.plain("init");
                        d.nested(|d| d.stmt(i));
                    }
                    d.plain(&format!("cond {}", sexpr(cond)));
                    d.block("then", then);
                    if let Some(e) = els {
                        d.plain("else");
                        d.nested(|d| d.stmt(e));
                    }
                });
            }
            StmtKind::Switch { init, tag, body, .. } => {
                self.line("switch", pos);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.plain("init");
                        d.nested(|d| d.stmt(i));
                    }
                    if let Some(t) = tag {
                        d.plain(&format!("tag {}", sexpr(t)));
                    }
                    d.cases(body);
                });
            }
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.line("typeswitch", pos);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.plain("init");
                        d.nested(|d| d.stmt(i));
                    }
                    let bind = bind.as_ref().map(|b| format!("{} := ", b.name)).unwrap_or_default();
                    d.plain(&format!("guard {bind}{}", sexpr(x)));
                    d.cases(body);
                });
            }
            StmtKind::Select { body, .. } => {
                self.line("select", pos);
                self.nested(|d| {
                    for c in body {
                        match &c.comm {
                            None => d.line("default", c.span.lo),
                            Some(s) => {
                                d.line("case", c.span.lo);
                                d.nested(|d| d.stmt(s));
                            }
                        }
                        d.nested(|d| d.stmts(&c.body));
                    }
                });
            }
            StmtKind::For { init, cond, post, body } => {
                self.line("for", pos);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.plain("init");
                        d.nested(|d| d.stmt(i));
                    }
                    if let Some(c) = cond {
                        d.plain(&format!("cond {}", sexpr(c)));
                    }
                    if let Some(p) = post {
                        d.plain("post");
                        d.nested(|d| d.stmt(p));
                    }
                    d.block("body", body);
                });
            }
            StmtKind::Range { key, value, define, x, body, .. } => {
                let vars: Vec<String> = key.iter().chain(value.iter()).map(sexpr).collect();
                let op = if vars.is_empty() {
                    String::new()
                } else {
                    format!("{} {} ", vars.join(", "), if *define { ":=" } else { "=" })
                };
                self.line(&format!("range {op}{}", sexpr(x)), pos);
                self.nested(|d| d.block("body", body));
            }
            StmtKind::Bad => self.line("bad-stmt", pos),
        }
    }

    fn cases(&mut self, body: &[CaseClause]) {
        for c in body {
            match &c.exprs {
                None => self.line("default", c.span.lo),
                Some(v) => self.line(&format!("case {}", sexprs(v)), c.span.lo),
            }
            self.nested(|d| d.stmts(&c.body));
        }
    }
}

fn label(l: &Option<Ident>) -> String {
    l.as_ref().map(|l| format!(" {}", l.name)).unwrap_or_default()
}

fn names(v: &[Ident]) -> String {
    v.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn values(v: &[Expr]) -> String {
    if v.is_empty() { String::new() } else { format!(" = {}", sexprs(v)) }
}

fn sexprs(v: &[Expr]) -> String {
    v.iter().map(sexpr).collect::<Vec<_>>().join(", ")
}

fn fields(v: &[Field]) -> String {
    v.iter()
        .map(|f| {
            let n = names(&f.names);
            let tag = f.tag.as_ref().map(|t| format!(" {t:?}")).unwrap_or_default();
            if n.is_empty() { format!("{}{tag}", sexpr(&f.ty)) } else { format!("{n} {}{tag}", sexpr(&f.ty)) }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn tparams(v: &[Field]) -> String {
    if v.is_empty() { String::new() } else { format!("[{}]", fields(v)) }
}

fn sig(s: &FuncType) -> String {
    let r = if s.results.is_empty() { String::new() } else { format!(" ({})", fields(&s.results)) };
    format!("({}){r}", fields(&s.params))
}

/// The S-expression form of an expression.
pub fn sexpr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::BasicLit(_, raw) => raw.clone(),
        ExprKind::CompositeLit { ty, elts, .. } => {
            let ty = ty.as_ref().map_or("_".to_string(), |t| sexpr(t));
            let elts: Vec<String> = elts
                .iter()
                .map(|el| match &el.key {
                    Some(k) => format!("{}: {}", sexpr(k), sexpr(&el.value)),
                    None => sexpr(&el.value),
                })
                .collect();
            format!("(lit {ty} {{{}}})", elts.join(", "))
        }
        ExprKind::FuncLit { sig: s, body } => {
            // Bodies inside expressions print as statements without positions.
            let mut d = Dumper { map: None, out: String::new(), depth: 0 };
            d.stmts(&body.stmts);
            let body: Vec<&str> = d.out.lines().map(str::trim_start).collect();
            format!("(funclit {} {{{}}})", sig(s), body.join("; "))
        }
        ExprKind::Paren(x) => format!("(paren {})", sexpr(x)),
        ExprKind::Selector(x, s) => format!("(sel {} {})", sexpr(x), s.name),
        ExprKind::Index(x, i) => format!("(index {} {})", sexpr(x), sexprs(i)),
        ExprKind::Slice { x, lo, hi, max } => {
            let o = |e: &Option<Box<Expr>>| e.as_ref().map_or("_".to_string(), |e| sexpr(e));
            match max {
                Some(m) => format!("(slice {} {} {} {})", sexpr(x), o(lo), o(hi), sexpr(m)),
                None => format!("(slice {} {} {})", sexpr(x), o(lo), o(hi)),
            }
        }
        ExprKind::TypeAssert(x, t) => {
            format!("(assert {} {})", sexpr(x), t.as_ref().map_or("type".to_string(), |t| sexpr(t)))
        }
        ExprKind::Call { fun, args, ellipsis, .. } => {
            let dots = if *ellipsis { "..." } else { "" };
            if args.is_empty() {
                format!("(call {})", sexpr(fun))
            } else {
                format!("(call {} {}{dots})", sexpr(fun), sexprs(args))
            }
        }
        ExprKind::Star(x) => format!("(* {})", sexpr(x)),
        ExprKind::Unary(op, x) => format!("({} {})", op.as_str(), sexpr(x)),
        ExprKind::Binary(op, l, r) => format!("({} {} {})", op.as_str(), sexpr(l), sexpr(r)),
        ExprKind::ArrayType { len: None, elem } => format!("[]{}", sexpr(elem)),
        ExprKind::ArrayType { len: Some(l), elem } => format!("[{}]{}", sexpr(l), sexpr(elem)),
        ExprKind::MapType(k, v) => format!("map[{}]{}", sexpr(k), sexpr(v)),
        ExprKind::ChanType(dir, t) => match dir {
            ChanDir::Both => format!("(chan {})", sexpr(t)),
            ChanDir::Send => format!("(chan<- {})", sexpr(t)),
            ChanDir::Recv => format!("(<-chan {})", sexpr(t)),
        },
        ExprKind::FuncType(s) => format!("(func {})", sig(s)),
        ExprKind::StructType(fs) => {
            format!("(struct {})", fs.iter().map(|f| fields(std::slice::from_ref(f))).collect::<Vec<_>>().join("; "))
        }
        ExprKind::InterfaceType(elems) => {
            let v: Vec<String> = elems
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { name, sig: s } => format!("{}{}", name.name, sig(s)),
                    InterfaceElem::Union(terms) => terms
                        .iter()
                        .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, sexpr(&t.ty)))
                        .collect::<Vec<_>>()
                        .join(" | "),
                })
                .collect();
            format!("(interface {})", v.join("; "))
        }
        ExprKind::Ellipsis(None) => "...".into(),
        ExprKind::Ellipsis(Some(t)) => format!("...{}", sexpr(t)),
        ExprKind::Bad => "BAD".into(),
    }
}

/// An expression in Go syntax, as gc prints it in messages.
pub fn expr_string(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::BasicLit(_, raw) => raw.clone(),
        ExprKind::CompositeLit { ty, elts, .. } => {
            let body = if elts.is_empty() { "{}" } else { "{…}" };
            format!("{}{body}", ty.as_ref().map_or(String::new(), |t| expr_string(t)))
        }
        ExprKind::FuncLit { sig: s, .. } => format!("func{} {{…}}", go_sig(s)),
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector(x, s) => format!("{}.{}", expr_string(x), s.name),
        ExprKind::Index(x, i) => format!("{}[{}]", expr_string(x), expr_list_string(i)),
        ExprKind::Slice { x, lo, hi, max } => {
            let o = |e: &Option<Box<Expr>>| e.as_ref().map_or(String::new(), |e| expr_string(e));
            match max {
                Some(m) => format!("{}[{}:{}:{}]", expr_string(x), o(lo), o(hi), expr_string(m)),
                None => format!("{}[{}:{}]", expr_string(x), o(lo), o(hi)),
            }
        }
        ExprKind::TypeAssert(x, t) => {
            format!("{}.({})", expr_string(x), t.as_ref().map_or("type".to_string(), |t| expr_string(t)))
        }
        ExprKind::Call { fun, args, ellipsis, .. } => {
            format!("{}({}{})", expr_string(fun), expr_list_string(args), if *ellipsis { "..." } else { "" })
        }
        ExprKind::Star(x) => format!("*{}", expr_string(x)),
        ExprKind::Unary(op, x) => format!("{}{}", op.as_str(), expr_string(x)),
        ExprKind::Binary(op, l, r) => format!("{} {} {}", expr_string(l), op.as_str(), expr_string(r)),
        ExprKind::ArrayType { len: None, elem } => format!("[]{}", expr_string(elem)),
        ExprKind::ArrayType { len: Some(l), elem } => format!("[{}]{}", expr_string(l), expr_string(elem)),
        ExprKind::MapType(k, v) => format!("map[{}]{}", expr_string(k), expr_string(v)),
        ExprKind::ChanType(dir, t) => match dir {
            ChanDir::Both => format!("chan {}", expr_string(t)),
            ChanDir::Send => format!("chan<- {}", expr_string(t)),
            ChanDir::Recv => format!("<-chan {}", expr_string(t)),
        },
        ExprKind::FuncType(s) => format!("func{}", go_sig(s)),
        ExprKind::StructType(fs) if fs.is_empty() => "struct{}".into(),
        ExprKind::StructType(_) => "struct{…}".into(),
        ExprKind::InterfaceType(es) if es.is_empty() => "interface{}".into(),
        ExprKind::InterfaceType(_) => "interface{…}".into(),
        ExprKind::Ellipsis(None) => "...".into(),
        ExprKind::Ellipsis(Some(t)) => format!("...{}", expr_string(t)),
        ExprKind::Bad => "BadExpr".into(),
    }
}

pub fn expr_list_string(v: &[Expr]) -> String {
    v.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

fn go_fields(v: &[Field]) -> String {
    v.iter()
        .map(|f| {
            let n = names(&f.names);
            if n.is_empty() { expr_string(&f.ty) } else { format!("{n} {}", expr_string(&f.ty)) }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn go_sig(s: &FuncType) -> String {
    let r = match s.results.as_slice() {
        [] => String::new(),
        [f] if f.names.is_empty() => format!(" {}", expr_string(&f.ty)),
        v => format!(" ({})", go_fields(v)),
    };
    format!("({}){r}", go_fields(&s.params))
}
