//! `print EXPR`: Go expressions over a paused frame, read from modelled
//! memory and formatted as fmt's `%v` formats them.
//!
//! The expression is parsed by gosub's own parser; names resolve to the
//! selected frame's variables in scope (innermost first), then to the
//! package's variables. Supported: identifiers, literals, `true`/`false`/
//! `nil`, field selection (through pointers and embedded fields), indexing
//! of arrays, slices and strings (with Go's bounds message), `*p`, `&x`,
//! map indexing by number, bool or string keys, unary and binary operators
//! on numbers, booleans and strings, `len` and `cap`, parentheses.
//!
//! Invariant: evaluating never changes the program: nothing is allocated
//! in the modelled heap and no Go code runs (values with a `String` method
//! are printed as fmt would print them without calling it: `%v` of the
//! underlying value).
//! Simplifications: no calls, slicing or conversions; arithmetic is on
//! 64-bit values of the left operand's type.

use super::Stepper;
use crate::interp::Machine;
use crate::runtime::trace::Tracer;
use crate::syntax::ast::{BinOp, Decl, Expr, ExprKind, LitKind, UnOp};
use crate::types::typ::{Basic, Type, TypeId};

/// A value: a place in memory, or one computed by the expression.
#[derive(Clone, Debug)]
pub enum Val {
    Place(TypeId, u64),
    Int(TypeId, i128),
    Float(TypeId, f64),
    Bool(bool),
    Str(Vec<u8>),
    Nil,
}

type Res<T> = Result<T, String>;

/// Parses an expression with the Go parser.
pub fn parse(text: &str) -> Res<Expr> {
    let mut map = crate::source::SourceMap::new();
    let id = map.add("expr", "expr".into(), format!("package p\nvar _ = ({text})\n"));
    let (file, diags) = crate::syntax::parse_file(&map, id);
    if let Some(d) = diags.first() {
        return Err(format!("could not parse {text:?}: {}", d.message));
    }
    let f = file.ok_or("could not parse expression")?;
    match f.decls.into_iter().next() {
        Some(Decl::Var(specs, _)) => specs.into_iter().next().and_then(|s| s.values.into_iter().next()),
        _ => None,
    }
    .ok_or_else(|| "not an expression".into())
}

/// `print`: the value as `%v`.
pub fn print(s: &Stepper, m: &mut Machine<'_>, _t: &mut Tracer, text: &str) -> Res<String> {
    let e = parse(text)?;
    let v = Eval { s, m }.eval(&e)?;
    format(m, &v)
}

/// A breakpoint's condition.
pub fn eval_bool(s: &Stepper, m: &mut Machine<'_>, text: &str) -> Res<bool> {
    let e = parse(text)?;
    let mut ev = Eval { s, m };
    let v = ev.eval(&e)?;
    match ev.scalar(v)? {
        Val::Bool(b) => Ok(b),
        _ => Err(format!("{text} is not a boolean")),
    }
}

/// An expression's value and static type, for views that need one (a
/// channel, a heap root).
pub fn place(s: &Stepper, m: &mut Machine<'_>, text: &str) -> Res<(TypeId, u64)> {
    let e = parse(text)?;
    match (Eval { s, m }).eval(&e)? {
        Val::Place(t, a) => Ok((t, a)),
        _ => Err(format!("{text} is not a variable or field")),
    }
}

/// Formats a value as fmt's `%v` does.
pub fn format(m: &mut Machine<'_>, v: &Val) -> Res<String> {
    Ok(match v {
        Val::Place(t, a) => {
            let mut p = crate::stdlib::fmt::print::Printer::inspector(m);
            p.print_value(*t, *a, 'v', Default::default(), 0).map_err(|_| "cannot read value".to_string())?;
            String::from_utf8_lossy(&p.buf).into_owned()
        }
        Val::Int(t, i) if is_float(m, *t) => format_float(*i as f64),
        Val::Int(_, i) => i.to_string(),
        Val::Float(_, f) => format_float(*f),
        Val::Bool(b) => b.to_string(),
        Val::Str(s) => String::from_utf8_lossy(s).into_owned(),
        Val::Nil => "<nil>".into(),
    })
}

fn format_float(f: f64) -> String {
    let mut out = Vec::new();
    crate::stdlib::fmt::format::fmt_float(&mut out, &Default::default(), f, 64, 'g', -1);
    String::from_utf8_lossy(&out).into_owned()
}

fn is_float(m: &Machine<'_>, t: TypeId) -> bool {
    matches!(m.checked.types.under_type(t), Type::Basic(b) if b.is_float())
}

struct Eval<'a, 'm, 'p> {
    s: &'a Stepper,
    m: &'m mut Machine<'p>,
}

impl Eval<'_, '_, '_> {
    fn eval(&mut self, e: &Expr) -> Res<Val> {
        match &e.kind {
            ExprKind::Paren(x) => self.eval(x),
            ExprKind::Ident(n) => self.ident(n),
            ExprKind::BasicLit(k, raw) => lit(*k, raw),
            ExprKind::Selector(x, f) => {
                let v = self.eval(x)?;
                self.field(v, &f.name)
            }
            ExprKind::Index(x, i) if i.len() == 1 => {
                let v = self.eval(x)?;
                let v = self.scalar(v)?;
                let i = self.eval(&i[0])?;
                let i = self.scalar(i)?;
                if let Val::Int(t, m) = v
                    && let Type::Map(k, e) = self.m.checked.types.under_type(t).clone()
                {
                    return self.map_index(t, m as u64, k, e, i);
                }
                let i = match i {
                    Val::Int(_, i) => i,
                    _ => return Err("index must be an integer".into()),
                };
                self.index(v, i)
            }
            ExprKind::Star(x) => {
                let v = self.eval(x)?;
                self.deref(v)
            }
            ExprKind::Unary(UnOp::Addr, x) => match self.eval(x)? {
                Val::Place(t, a) => Ok(Val::Int(self.m.checked.types.pointer(t), a as i128)),
                _ => Err("cannot take the address of a value".into()),
            },
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                match (op, self.scalar(v)?) {
                    (UnOp::Pos, v) => Ok(v),
                    (UnOp::Neg, Val::Int(t, i)) => Ok(Val::Int(t, -i)),
                    (UnOp::Neg, Val::Float(t, f)) => Ok(Val::Float(t, -f)),
                    (UnOp::Not, Val::Bool(b)) => Ok(Val::Bool(!b)),
                    (UnOp::Xor, Val::Int(t, i)) => Ok(Val::Int(t, !i)),
                    _ => Err(format!("operator {} not defined on this operand", op.as_str())),
                }
            }
            ExprKind::Binary(op, l, r) => {
                let l = self.eval(l)?;
                // && and || evaluate their right operand only when needed.
                if matches!(op, BinOp::LAnd | BinOp::LOr) {
                    let Val::Bool(a) = self.scalar(l)? else { return Err("&& and || need booleans".into()) };
                    if a == (*op == BinOp::LOr) {
                        return Ok(Val::Bool(a));
                    }
                    let r = self.eval(r)?;
                    return match self.scalar(r)? {
                        Val::Bool(b) => Ok(Val::Bool(b)),
                        _ => Err("&& and || need booleans".into()),
                    };
                }
                let r = self.eval(r)?;
                let (l, r) = (self.scalar(l)?, self.scalar(r)?);
                binary(*op, l, r)
            }
            ExprKind::Call { fun, args, .. } if args.len() == 1 => {
                let ExprKind::Ident(f) = &fun.kind else { return Err("only len and cap can be called".into()) };
                let v = self.eval(&args[0])?;
                self.len_cap(f, v)
            }
            _ => Err("expression not supported by print".into()),
        }
    }

    /// A name: the selected frame's variable in scope, else a package
    /// variable, else a predeclared constant.
    fn ident(&mut self, n: &str) -> Res<Val> {
        if let Some((t, a)) = super::inspect::lookup_var(self.s, self.m, n)? {
            return Ok(Val::Place(t, a));
        }
        match n {
            "true" => Ok(Val::Bool(true)),
            "false" => Ok(Val::Bool(false)),
            "nil" => Ok(Val::Nil),
            _ => Err(format!("could not find symbol value for {n}")),
        }
    }

    /// A computed value from a place holding a number, bool or string.
    fn scalar(&mut self, v: Val) -> Res<Val> {
        let Val::Place(t, a) = v else { return Ok(v) };
        let mem = &self.m.mem;
        let ld = |n: u64| mem.load(a, n).ok_or_else(|| format!("cannot read memory at {a:#x}"));
        Ok(match self.m.checked.types.under_type(t) {
            Type::Basic(b) => match b.kind() {
                Basic::Bool => Val::Bool(ld(1)? != 0),
                Basic::String => {
                    let (p, n) = (ld(8)?, mem.load(a + 8, 8).unwrap_or(0));
                    Val::Str(mem.bytes(p, n).map(<[u8]>::to_vec).unwrap_or_default())
                }
                Basic::Float32 => Val::Float(t, f32::from_bits(ld(4)? as u32) as f64),
                Basic::Float64 => Val::Float(t, f64::from_bits(ld(8)?)),
                k => {
                    let size = self.m.checked.size_of(t);
                    let raw = ld(size)?;
                    let signed = matches!(k, Basic::Int | Basic::Int8 | Basic::Int16 | Basic::Int32 | Basic::Int64);
                    let shift = 64 - 8 * size as u32;
                    let v = if signed { (((raw << shift) as i64) >> shift) as i128 } else { raw as i128 };
                    Val::Int(t, v)
                }
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => Val::Int(t, ld(8)? as i128),
            _ => return Ok(Val::Place(t, a)),
        })
    }

    fn deref(&mut self, v: Val) -> Res<Val> {
        let v = self.scalar(v)?;
        match v {
            Val::Int(t, p) => match self.m.checked.types.under_type(t) {
                Type::Pointer(e) if p == 0 => Err(format!("nil pointer dereference (*{})", self.type_string(*e))),
                Type::Pointer(e) => Ok(Val::Place(*e, p as u64)),
                _ => Err("cannot dereference a non-pointer".into()),
            },
            Val::Nil => Err("nil pointer dereference".into()),
            _ => Err("cannot dereference a non-pointer".into()),
        }
    }

    fn field(&mut self, v: Val, name: &str) -> Res<Val> {
        let v = self.scalar(v)?;
        let (mut t, mut a) = match v {
            Val::Place(t, a) => (t, a),
            Val::Int(t, p) if matches!(self.m.checked.types.under_type(t), Type::Pointer(_)) => {
                match self.deref(Val::Int(t, p))? {
                    Val::Place(t, a) => (t, a),
                    _ => unreachable!("deref gives a place"),
                }
            }
            _ => return Err(format!("{name} is not a field of this value")),
        };
        let sel = match self.m.checked.lookup(t, name) {
            crate::types::lookup::Lookup::Found(s) if s.kind == crate::types::lookup::SelKind::Field => s,
            _ => return Err(format!("{} has no field {name}", self.type_string(t))),
        };
        for &i in &sel.path {
            if let Type::Pointer(e) = self.m.checked.types.under_type(t) {
                let e = *e;
                a = self.m.mem.load(a, 8).unwrap_or(0);
                if a == 0 {
                    return Err(format!("nil pointer dereference (*{})", self.type_string(e)));
                }
                t = e;
            }
            let Type::Struct(fields) = self.m.checked.types.under_type(t).clone() else {
                return Err("not a struct".into());
            };
            a += self.m.checked.offsets_of(t)[i];
            t = fields[i].ty;
        }
        Ok(Val::Place(t, a))
    }

    fn index(&mut self, v: Val, i: i128) -> Res<Val> {
        let v = self.scalar(v)?;
        let (base, len, elem) = match &v {
            Val::Str(s) => {
                let n = s.len() as i128;
                if i < 0 || i >= n {
                    return Err(format!("index out of range [{i}] with length {n}"));
                }
                return Ok(Val::Int(self.m.checked.types.basic(Basic::Uint8), s[i as usize] as i128));
            }
            Val::Place(t, a) => match self.m.checked.types.under_type(*t).clone() {
                Type::Array(n, e) => (*a, n as i128, e),
                Type::Slice(e) => {
                    let p = self.m.mem.load(*a, 8).unwrap_or(0);
                    (p, self.m.mem.load(a + 8, 8).unwrap_or(0) as i128, e)
                }
                _ => return Err("cannot index this value".into()),
            },
            _ => return Err("cannot index this value".into()),
        };
        if i < 0 || i >= len {
            return Err(format!("index out of range [{i}] with length {len}"));
        }
        Ok(Val::Place(elem, base + i as u64 * self.m.checked.size_of(elem)))
    }

    /// `m[k]` for keys that are numbers, booleans or strings, found by
    /// reading the map's slots (no hashing, nothing written).
    fn map_index(&mut self, t: TypeId, m: u64, kt: TypeId, et: TypeId, key: Val) -> Res<Val> {
        for (ka, ea) in self.m.map_entries_snapshot(t, m) {
            let k = self.scalar(Val::Place(kt, ka))?;
            let same = match (&k, &key) {
                (Val::Int(_, a), Val::Int(_, b)) => a == b,
                (Val::Float(_, a), Val::Float(_, b)) => a == b,
                (Val::Float(_, a), Val::Int(_, b)) | (Val::Int(_, b), Val::Float(_, a)) => *a == *b as f64,
                (Val::Str(a), Val::Str(b)) => a == b,
                (Val::Bool(a), Val::Bool(b)) => a == b,
                (Val::Place(..), _) => return Err("print indexes maps with number, bool or string keys".into()),
                _ => false,
            };
            if same {
                return Ok(Val::Place(et, ea));
            }
        }
        Err(format!("key not in map (m[k] is {}'s zero value)", self.type_string(et)))
    }

    fn len_cap(&mut self, f: &str, v: Val) -> Res<Val> {
        let int = self.m.checked.types.basic(Basic::Int);
        let v = self.scalar(v)?;
        let n = match (&v, f) {
            (Val::Str(s), "len") => s.len() as u64,
            (Val::Place(t, a), _) => match (self.m.checked.types.under_type(*t), f) {
                (Type::Array(n, _), _) => *n,
                (Type::Slice(_), "len") => self.m.mem.load(a + 8, 8).unwrap_or(0),
                (Type::Slice(_), "cap") => self.m.mem.load(a + 16, 8).unwrap_or(0),
                _ => return Err(format!("invalid argument for {f}")),
            },
            (Val::Int(t, p), _) if matches!(self.m.checked.types.under_type(*t), Type::Map(..) | Type::Chan(..)) => {
                let p = *p as u64;
                // A map's count is its header's first word; a channel's
                // qcount and dataqsiz its first two.
                match (self.m.checked.types.under_type(*t), f) {
                    (_, _) if p == 0 => 0,
                    (Type::Map(..), "len") => self.m.mem.load(p, 8).unwrap_or(0),
                    (Type::Chan(..), "len") => self.m.mem.load(p, 8).unwrap_or(0),
                    (Type::Chan(..), "cap") => self.m.mem.load(p + 8, 8).unwrap_or(0),
                    _ => return Err(format!("invalid argument for {f}")),
                }
            }
            _ => return Err(format!("invalid argument for {f}")),
        };
        Ok(Val::Int(int, n as i128))
    }

    fn type_string(&self, t: TypeId) -> String {
        self.m.checked.type_string(t)
    }
}

fn lit(k: LitKind, raw: &str) -> Res<Val> {
    let int = TypeId(Basic::ALL.iter().position(|&b| b == Basic::Int).unwrap_or(0) as u32);
    let f64t = TypeId(Basic::ALL.iter().position(|&b| b == Basic::Float64).unwrap_or(0) as u32);
    Ok(match k {
        LitKind::Int => {
            let v = crate::types::constant::Value::from_int_lit(raw);
            Val::Int(int, v.as_i64().ok_or("integer constant overflows")? as i128)
        }
        LitKind::Float => Val::Float(f64t, crate::types::constant::Value::from_float_lit(raw).to_f64()),
        LitKind::Rune => Val::Int(int, crate::syntax::literal::rune_value(raw) as i128),
        LitKind::String => Val::Str(crate::syntax::literal::unquote(raw)),
        LitKind::Imag => return Err("complex numbers are not supported".into()),
    })
}

fn binary(op: BinOp, l: Val, r: Val) -> Res<Val> {
    use BinOp::*;
    let cmp = |o: std::cmp::Ordering| -> Option<bool> {
        Some(match op {
            Eql => o.is_eq(),
            Neq => o.is_ne(),
            Lss => o.is_lt(),
            Leq => o.is_le(),
            Gtr => o.is_gt(),
            Geq => o.is_ge(),
            _ => return None,
        })
    };
    Ok(match (l, r) {
        (Val::Int(t, a), Val::Int(_, b)) => match op {
            Add => Val::Int(t, a.wrapping_add(b)),
            Sub => Val::Int(t, a.wrapping_sub(b)),
            Mul => Val::Int(t, a.wrapping_mul(b)),
            Quo | Rem if b == 0 => return Err("integer divide by zero".into()),
            Quo => Val::Int(t, a / b),
            Rem => Val::Int(t, a % b),
            And => Val::Int(t, a & b),
            Or => Val::Int(t, a | b),
            Xor => Val::Int(t, a ^ b),
            AndNot => Val::Int(t, a & !b),
            Shl => Val::Int(t, a.checked_shl(b as u32).unwrap_or(0)),
            Shr => Val::Int(t, a >> (b.clamp(0, 127) as u32)),
            _ => Val::Bool(cmp(a.cmp(&b)).ok_or("bad operator")?),
        },
        (Val::Int(t, a), Val::Float(_, b)) => return binary(op, Val::Float(t, a as f64), Val::Float(t, b)),
        (Val::Float(t, a), Val::Int(_, b)) => return binary(op, Val::Float(t, a), Val::Float(t, b as f64)),
        (Val::Float(t, a), Val::Float(_, b)) => match op {
            Add => Val::Float(t, a + b),
            Sub => Val::Float(t, a - b),
            Mul => Val::Float(t, a * b),
            Quo => Val::Float(t, a / b),
            _ => Val::Bool(cmp(a.partial_cmp(&b).ok_or("NaN compares false")?).ok_or("bad operator")?),
        },
        (Val::Str(a), Val::Str(b)) => match op {
            Add => Val::Str([a, b].concat()),
            _ => Val::Bool(cmp(a.cmp(&b)).ok_or("bad operator")?),
        },
        (Val::Bool(a), Val::Bool(b)) => match op {
            Eql => Val::Bool(a == b),
            Neq => Val::Bool(a != b),
            _ => return Err("bad operator for booleans".into()),
        },
        (Val::Int(_, p), Val::Nil) | (Val::Nil, Val::Int(_, p)) => match op {
            Eql => Val::Bool(p == 0),
            Neq => Val::Bool(p != 0),
            _ => return Err("bad operator for nil".into()),
        },
        _ => return Err("mismatched operand types".into()),
    })
}
