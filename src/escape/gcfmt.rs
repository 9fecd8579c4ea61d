//! Expressions as gc's `-m` messages print them (`ir/fmt.go`'s `exprFmt`)
//! and the positions gc gives them.
//!
//! gc prints the IR, not the source: implicit conversions, dereferences and
//! address-of are skipped; composite literals print as `T{...}` (`T{}`
//! when empty); conversions to unnamed types as `([]byte)(s)`; method calls
//! as method expressions (`(*B).Len(b)`); constants (named ones too) by
//! value with their type when it is not the default one
//! (`int64(7)`, `'x'`, `1e+09`); parentheses come from precedence only.
//! Positions: a call (and a conversion) is at its `(`, a selector and a type
//! assertion at the `.`, an index or slice at the `[`, a composite literal
//! at the `{`, a binary expression at its operator, anything else at its
//! first byte.

use crate::source::SourceMap;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::constant::{Value, format_g};
use crate::types::object::ObjKind;
use crate::types::typ::{Basic, Type, TypeId};

pub(super) struct Fmt<'a> {
    pub p: &'a Program,
    pub map: &'a SourceMap,
    /// Devirtualized interface calls: the receiver's concrete type.
    pub devirt: Option<&'a std::collections::HashMap<ExprId, crate::types::typ::TypeId>>,
    /// The shape instance of a generic function being reported.
    pub shape: Option<&'a super::shapes::Shape>,
}

/// The first byte at or after `pos` that is not blank or in a comment.
pub(super) fn skip_blank(map: &SourceMap, mut pos: u32) -> u32 {
    let f = map.file(map.file_of(pos));
    let b = f.text.as_bytes();
    loop {
        let i = (pos - f.base) as usize;
        if i >= b.len() {
            return pos;
        }
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => pos += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while ((pos - f.base) as usize) < b.len() && b[(pos - f.base) as usize] != b'\n' {
                    pos += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                pos += 2;
                while ((pos - f.base) as usize + 1) < b.len()
                    && !(b[(pos - f.base) as usize] == b'*' && b[(pos - f.base) as usize + 1] == b'/')
                {
                    pos += 1;
                }
                pos += 2;
            }
            _ => return pos,
        }
    }
}

/// Go's precedence of IR operators (`ir.OpPrec`).
fn bin_prec(op: BinOp) -> i32 {
    match op {
        BinOp::LOr => 1,
        BinOp::LAnd => 2,
        BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => 4,
        BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 5,
        _ => 6,
    }
}

impl Fmt<'_> {
    /// gc's position of an expression.
    pub fn pos(&self, e: &Expr) -> u32 {
        match &e.kind {
            ExprKind::Call { fun, .. } => skip_blank(self.map, fun.span.hi),
            ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => skip_blank(self.map, x.span.hi),
            ExprKind::Index(x, _) | ExprKind::Slice { x, .. } => skip_blank(self.map, x.span.hi),
            ExprKind::CompositeLit { ty: Some(t), .. } => skip_blank(self.map, t.span.hi),
            ExprKind::Binary(_, x, _) => skip_blank(self.map, x.span.hi),
            _ => e.span.lo,
        }
    }

    fn ty(&self, e: &Expr) -> Option<TypeId> {
        self.p.info.types.get(&e.id).map(|t| t.ty)
    }

    /// gc's printing of a type: types2's, with gc's spacing of struct and
    /// interface literals (`struct { f int }`, `interface {}`).
    pub fn type_str(&self, t: TypeId) -> String {
        let s = gc_spacing(&self.p.type_string(t)).replace("\"sync/atomic\".", "atomic.").replace("\"sync\".", "sync.");
        match self.shape {
            Some(sh) if super::shapes::has_tparam(self.p, t) => super::shapes::replace_idents(&s, &sh.names),
            _ => s,
        }
    }

    /// A constant value with type `t` (gc's `OLITERAL`).
    pub fn literal(&self, v: &Value, t: Option<TypeId>) -> String {
        let b = t.and_then(|t| match self.p.types.get(t) {
            Type::Basic(b) => Some(*b),
            _ => None,
        });
        if let (Value::Int(i), Some(Basic::Rune | Basic::UntypedRune)) = (v, b)
            && let Some(c) = i.to_string().parse::<u32>().ok().and_then(char::from_u32)
        {
            return rune_quote(c);
        }
        let s = match v {
            Value::Bool(b) => b.to_string(),
            Value::String(s) => string_lit(s),
            Value::Int(i) => i.to_string(),
            Value::Float(_) => float_lit(v),
            Value::Unknown => "?".into(),
        };
        let default = match (v, b) {
            (_, None) => t.is_none(),
            (Value::Bool(_), Some(b)) => matches!(b, Basic::Bool | Basic::UntypedBool),
            (Value::String(_), Some(b)) => matches!(b, Basic::String | Basic::UntypedString),
            (Value::Int(_), Some(b)) => matches!(b, Basic::Int | Basic::UntypedInt),
            (Value::Float(_), Some(b)) => matches!(b, Basic::Float64 | Basic::UntypedFloat),
            _ => true,
        };
        if default { s } else { format!("{}({s})", self.type_str(t.unwrap())) }
    }

    /// gc's text of an expression at precedence `prec`.
    pub fn text(&self, e: &Expr) -> String {
        self.expr(e, 0)
    }

    fn wrap(&self, s: String, own: i32, prec: i32) -> String {
        if prec > own { format!("({s})") } else { s }
    }

    /// Constants print by value (gc's reader makes named constants
    /// literals too).
    fn constant_text(&self, e: &Expr) -> Option<String> {
        let tv = self.p.info.types.get(&e.id)?;
        let v = tv.val.as_ref()?;
        Some(self.literal(v, Some(tv.ty)))
    }

    fn raw(&self, e: &Expr) -> String {
        let f = self.map.file(self.map.file_of(e.span.lo));
        f.text[(e.span.lo - f.base) as usize..(e.span.hi - f.base) as usize].to_string()
    }

    /// The package an identifier names, if it is an import's name.
    fn pkg_of(&self, e: &Expr) -> Option<crate::types::typ::PkgId> {
        if !matches!(e.kind, ExprKind::Ident(_)) {
            return None;
        }
        match self.p.objs.get(*self.p.info.uses.get(&e.id)?).kind {
            ObjKind::PkgName(id) => Some(id),
            _ => None,
        }
    }

    fn is_type(&self, e: &Expr) -> bool {
        self.p.info.types.get(&e.id).is_some_and(|t| t.mode == crate::types::Mode::TypeExpr)
    }

    fn args(&self, args: &[Expr], ellipsis: bool) -> String {
        let mut s = args.iter().map(|a| self.expr(a, 0)).collect::<Vec<_>>().join(", ");
        if ellipsis {
            s.push_str("...");
        }
        s
    }

    /// Arguments of a call of `fun` as gc's IR holds them: trailing
    /// variadic arguments packed into an implicit `... argument` (or nil).
    fn call_args(&self, fun: &Expr, args: &[Expr], ellipsis: bool, skip: usize) -> Vec<String> {
        let variadic =
            self.ty(fun).and_then(|t| self.p.types.signature(t)).filter(|s| s.variadic).map(|s| s.params.len());
        let mut out: Vec<String> = Vec::new();
        match variadic {
            Some(n) if !(ellipsis || args.len() == 1 && n > 1 + skip && self.is_tuple(&args[0])) => {
                let fixed = (n - 1).saturating_sub(skip).min(args.len());
                out.extend(args[..fixed].iter().map(|a| self.expr(a, 0)));
                out.push(if args.len() > fixed { "... argument...".into() } else { "nil...".into() });
            }
            _ => {
                out.extend(args.iter().map(|a| self.expr(a, 0)));
                if ellipsis && let Some(l) = out.last_mut() {
                    l.push_str("...");
                }
            }
        }
        out
    }

    /// The names of the embedded fields a selection's path walks.
    fn embedded_names(&self, x: &Expr, path: &[usize]) -> Vec<String> {
        let mut out = Vec::new();
        let Some(mut t) = self.ty(x) else { return out };
        for &i in path {
            if let Type::Pointer(e) = self.p.types.under_type(t) {
                t = *e;
            }
            let Type::Struct(fs) = self.p.types.under_type(t) else { break };
            let Some(f) = fs.get(i) else { break };
            out.push(f.name.clone());
            t = f.ty;
        }
        out
    }

    fn is_tuple(&self, e: &Expr) -> bool {
        self.ty(e).is_some_and(|t| matches!(self.p.types.get(t), Type::Tuple(_)))
    }

    fn expr(&self, e: &Expr, prec: i32) -> String {
        if let Some(s) = self.constant_text(e) {
            return s;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x, prec),
            ExprKind::Ident(n) => n.clone(),
            ExprKind::BasicLit(_, s) => s.clone(),
            ExprKind::FuncLit { .. } => "func literal".into(),
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.ty(e).map(|t| self.type_str(t)).unwrap_or_default();
                format!("{t}{{{}}}", if elts.is_empty() { "" } else { "..." })
            }
            ExprKind::Selector(x, sel) => {
                if let Some(pkg) = self.pkg_of(x) {
                    // gc names the package, whatever the import calls it.
                    return format!("{}.{}", self.p.pkgs[pkg.0 as usize].name, sel.name);
                }
                if super::is_method_expr(self.p, e) {
                    let t = self.ty(x).map(|t| self.type_str(t)).unwrap_or_default();
                    let t = if t.starts_with('*') { format!("({t})") } else { t };
                    return format!("{t}.{}", sel.name);
                }
                let mut s = self.expr(x, 8);
                // Promoted fields: the embedded fields on the way.
                if let Some(selection) = self.p.info.selections.get(&e.id) {
                    let field = selection.kind == crate::types::lookup::SelKind::Field;
                    let n = selection.path.len().saturating_sub(field as usize);
                    for name in self.embedded_names(x, &selection.path[..n]) {
                        s = format!("{s}.{name}");
                    }
                }
                format!("{s}.{}", sel.name)
            }
            ExprKind::Index(x, idx) => {
                if self.is_type(e)
                    || self.p.info.instances.contains_key(&x.id)
                    || self.p.info.instances.contains_key(&e.id)
                {
                    return self.expr(x, 8);
                }
                format!("{}[{}]", self.expr(x, 8), self.args(idx, false))
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let mut s = format!("{}[", self.expr(x, 8));
                if let Some(l) = lo {
                    s.push_str(&self.expr(l, 0));
                }
                s.push(':');
                if let Some(h) = hi {
                    s.push_str(&self.expr(h, 0));
                }
                if let Some(m) = max {
                    s.push(':');
                    s.push_str(&self.expr(m, 0));
                }
                s.push(']');
                s
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.ty(e).map(|t| self.type_str(t)).unwrap_or_default();
                format!("{}.({t})", self.expr(x, 8))
            }
            ExprKind::Call { fun, args, ellipsis, .. } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => self.wrap(format!("*{}", self.expr(x, 8)), 7, prec),
            // `&T{...}` has no precedence in gc's table: always in parens.
            ExprKind::Unary(UnOp::Addr, x) if matches!(strip(x).kind, ExprKind::CompositeLit { .. }) => {
                self.wrap(format!("&{}", self.expr(x, 8)), 0, prec)
            }
            ExprKind::Unary(op, x) => {
                let inner = self.expr(x, 8);
                let sp = if matches!(&x.kind, ExprKind::Unary(o, _) if o == op) { " " } else { "" };
                self.wrap(format!("{}{sp}{inner}", op.as_str()), 7, prec)
            }
            ExprKind::Binary(op, x, y) => {
                if self.is_string_concat(e) {
                    let mut parts = Vec::new();
                    self.concat_parts(e, &mut parts);
                    let s = parts.iter().map(|p| self.expr(p, 0)).collect::<Vec<_>>().join(" + ");
                    return self.wrap(s, 0, prec);
                }
                let np = bin_prec(*op);
                let s = format!("{} {} {}", self.expr(x, np), op.as_str(), self.expr(y, np + 1));
                self.wrap(s, np, prec)
            }
            _ => self.raw(e),
        }
    }

    pub fn is_string_concat(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Binary(BinOp::Add, ..))
            && self
                .ty(e)
                .is_some_and(|t| matches!(self.p.types.under_type(t), Type::Basic(b) if b.kind() == Basic::String))
            && self.p.info.types.get(&e.id).is_some_and(|t| t.val.is_none())
    }

    /// The operands of a flattened string concatenation (gc's `OADDSTR`).
    pub fn concat_parts<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        match &e.kind {
            ExprKind::Binary(BinOp::Add, x, y) if self.is_string_concat(e) => {
                let x = strip(x);
                if self.is_string_concat(x) {
                    self.concat_parts(x, out);
                } else {
                    out.push(x);
                }
                out.push(y);
            }
            ExprKind::Paren(x) => self.concat_parts(x, out),
            _ => out.push(e),
        }
    }

    fn call(&self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: bool) -> String {
        let fun_s = strip(fun);
        // Conversions.
        if self.is_type(fun_s) {
            let t = self.ty(e).unwrap_or_default();
            let named = matches!(self.p.types.get(t), Type::Named(_) | Type::Basic(_))
                || self.p.type_string(t) == "any"
                || self.p.type_string(t) == "error";
            let ts = self.type_str(t);
            // A constant string to []rune is folded into a literal.
            if let Some(a) = args.first()
                && let Some(s) = self.p.info.types.get(&a.id).and_then(|t| t.val.as_ref()).and_then(|v| v.as_str())
                && matches!(self.p.types.under_type(t), Type::Slice(el) if matches!(self.p.types.under_type(*el), Type::Basic(b) if b.kind() == Basic::Int32))
            {
                return format!("{ts}{{{}}}", if s.is_empty() { "" } else { "..." });
            }
            let ts = if named { ts } else { format!("({ts})") };
            return format!("{ts}({})", args.first().map(|a| self.expr(a, 0)).unwrap_or_default());
        }
        // Builtins.
        if let ExprKind::Ident(name) = &fun_s.kind
            && let Some(&o) = self.p.info.uses.get(&fun_s.id)
            && matches!(self.p.objs.get(o).kind, ObjKind::Builtin(_))
        {
            return match name.as_str() {
                "new" | "make" => {
                    let t = args.first().and_then(|a| self.ty(a));
                    // A shape instance allocates a type parameter's type
                    // from its dictionary.
                    if name == "new"
                        && self.shape.is_some()
                        && t.is_some_and(|t| matches!(self.p.types.get(t), Type::TypeParam(_)))
                    {
                        return "new(<node DYNAMICTYPE>)".into();
                    }
                    let t = t.map(|t| self.type_str(t)).unwrap_or_default();
                    let rest: Vec<String> = args[1..].iter().map(|a| self.expr(a, 0)).collect();
                    if rest.is_empty() { format!("{name}({t})") } else { format!("{name}({t}, {})", rest.join(", ")) }
                }
                _ => format!("{name}({})", self.args(args, ellipsis)),
            };
        }
        // Devirtualized interface calls: through a type assertion.
        if let ExprKind::Selector(x, sel) = &fun_s.kind
            && let Some(&t) = self.devirt.and_then(|d| d.get(&e.id))
            && let crate::types::lookup::Lookup::Found(ms) = self.p.lookup(t, &sel.name)
        {
            let mut recv = format!("{}.({})", self.expr(x, 8), self.type_str(t));
            let mut ty = t;
            for &i in &ms.path {
                if let Type::Pointer(el) = self.p.types.under_type(ty) {
                    ty = *el;
                }
                let Type::Struct(fs) = self.p.types.under_type(ty) else { break };
                let Some(f) = fs.get(i) else { break };
                recv = format!("{recv}.{}", f.name);
                ty = f.ty;
            }
            let args = self.call_args(fun_s, args, ellipsis, 0);
            if ms.kind == crate::types::lookup::SelKind::IfaceMethod {
                return format!("{recv}.{}({})", sel.name, args.join(", "));
            }
            let recv_t = match &self.p.objs.get(ms.obj).kind {
                ObjKind::Func(fi) if fi.ptr_recv => format!("(*{})", self.type_str(ms.recv)),
                _ => self.type_str(ms.recv),
            };
            let recv_t = recv_t.replace("(**", "(*");
            let mut all = vec![recv];
            all.extend(args);
            return format!("{recv_t}.{}({})", sel.name, all.join(", "));
        }
        // Method calls print as method expressions with the receiver first.
        if let ExprKind::Selector(x, sel) = &fun_s.kind
            && super::is_method_sel(self.p, fun_s)
            && let Some(s) = self.p.info.selections.get(&fun_s.id)
            && !self.p.types.is_interface(s.recv)
        {
            let generic = self.generic_recv(s.recv);
            let recv_s = match &generic {
                Some((shape, _)) => shape.clone(),
                None => self.type_str(s.recv),
            };
            let recv_t = match &self.p.objs.get(s.obj).kind {
                ObjKind::Func(fi) if fi.ptr_recv => format!("(*{recv_s})"),
                _ => recv_s,
            };
            let recv_t = recv_t.replace("(**", "(*");
            let mut recv = self.expr(x, 0);
            for name in self.embedded_names(x, &s.path) {
                recv = format!("{recv}.{name}");
            }
            let mut all = vec![recv];
            all.extend(generic.map(|(_, dict)| dict));
            all.extend(self.call_args(fun_s, args, ellipsis, 0));
            return format!("{recv_t}.{}({})", sel.name, all.join(", "));
        }
        // A generic function's shape instance, passed its dictionary.
        let name_e = match &fun_s.kind {
            ExprKind::Index(x, _) => strip(x),
            _ => fun_s,
        };
        if let ExprKind::Ident(name) = &name_e.kind
            && let Some(inst) = self.p.info.instances.get(&name_e.id)
            && !inst.targs.iter().any(|&t| super::shapes::has_tparam(self.p, t))
        {
            let shapes: Vec<String> = inst.targs.iter().map(|&t| super::shapes::shape_name(self.p, t)).collect();
            let targs: Vec<String> = inst.targs.iter().map(|&t| self.type_str(t)).collect();
            let mut all = vec![format!("&.dict.{name}[{}]", targs.join(","))];
            all.extend(self.call_args(fun_s, args, ellipsis, 0));
            return format!("{name}[{}]({})", shapes.join(","), all.join(", "));
        }
        format!("{}({})", self.expr(fun, 8), self.call_args(fun_s, args, ellipsis, 0).join(", "))
    }

    /// For a receiver of a generic type's concrete instance `List[int]`:
    /// its shape instance `List[go.shape.int]` and dictionary argument
    /// `&.dict.List[int]`.
    fn generic_recv(&self, mut t: TypeId) -> Option<(String, String)> {
        if let Type::Pointer(e) = self.p.types.get(t) {
            t = *e;
        }
        let (origin, args) = self.p.types.named_info(t)?.origin.clone()?;
        if args.iter().any(|&a| super::shapes::has_tparam(self.p, a)) {
            return None;
        }
        let name = self.p.objs.get(self.p.types.named_info(origin)?.obj).name.clone();
        let shapes: Vec<String> = args.iter().map(|&a| super::shapes::shape_name(self.p, a)).collect();
        let targs: Vec<String> = args.iter().map(|&a| self.type_str(a)).collect();
        Some((format!("{name}[{}]", shapes.join(",")), format!("&.dict.{name}[{}]", targs.join(","))))
    }
}

/// `struct{a T}` → `struct { a T }`, `interface{}` → `interface {}`.
pub(super) fn gc_spacing(s: &str) -> String {
    let mut out = String::new();
    // For each open brace: whether it opened a struct/interface body.
    let mut stack: Vec<bool> = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if let Some(r) = rest.strip_prefix("struct{").or_else(|| rest.strip_prefix("interface{")) {
            let kw = &rest[..rest.len() - r.len() - 1];
            out.push_str(kw);
            if let Some(after) = r.strip_prefix('}') {
                out.push_str(" {}");
                rest = after;
            } else {
                out.push_str(" { ");
                stack.push(true);
                rest = r;
            }
            continue;
        }
        match c {
            '{' => stack.push(false),
            '}' if stack.pop() == Some(true) => out.push(' '),
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The builtin a call's function expression names (parentheses aside),
/// if it names one.
pub(super) fn builtin_name<'e>(p: &Program, fun: &'e Expr) -> Option<&'e str> {
    let fun = strip(fun);
    let ExprKind::Ident(n) = &fun.kind else { return None };
    let o = *p.info.uses.get(&fun.id)?;
    matches!(p.objs.get(o).kind, ObjKind::Builtin(_)).then_some(n.as_str())
}

pub(super) fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

/// Go's `unicode.IsPrint`, roughly: not a control, format, private-use,
/// surrogate or unassigned character.
fn is_print(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || u == 0xAD
        || (0x2000..=0x200F).contains(&u)
        || (0x2028..=0x202E).contains(&u)
        || (0x2060..=0x206F).contains(&u)
        || u == 0xFEFF
        || (0xE000..=0xF8FF).contains(&u)
        || (0xFFF9..=0xFFFB).contains(&u)
        || (0xFFFE..=0xFFFF).contains(&u)
        || u >= 0xF0000
        || (c.is_whitespace() && c != ' '))
}

/// One character as Go's `strconv.Quote` escapes it inside `quote`.
fn quote_char(out: &mut String, c: char, quote: char) {
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if is_print(c) => out.push(c),
        c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

fn rune_quote(c: char) -> String {
    let mut s = String::from("'");
    quote_char(&mut s, c, '\'');
    s.push('\'');
    s
}

/// Go's `strconv.Quote` of a string constant's bytes (invalid UTF-8 as
/// `\xNN`).
fn go_quote(s: &str) -> String {
    let bytes = crate::types::constant::string_bytes(s);
    let mut out = String::from("\"");
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            quote_char(&mut out, c, '"');
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

/// go/constant's `String` of a string: quoted, cut at 72 characters.
fn string_lit(s: &str) -> String {
    let q = go_quote(s);
    if q.chars().count() > 72 {
        let cut: String = q.chars().take(69).collect();
        return cut + "...";
    }
    q
}

/// go/constant's `String` of a float: `%.6g`, or `%g` when that hides a
/// fraction.
fn float_lit(v: &Value) -> String {
    let x = v.to_f64();
    let s = format_g(x, Some(6));
    let is_int = v.to_int().is_some();
    if !is_int && !s.contains('.') {
        return format_g(x, None);
    }
    s
}
