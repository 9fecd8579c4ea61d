//! Package-level initialisers as gc analyses them: the code of the
//! package's `init` function and of the outlined `map.init.N` functions
//! (gc's `staticinit` and `tryWrapGlobalInit`).
//!
//! gc initialises what it can statically, in the data of the binary:
//! constants, names, function literals (they capture nothing at package
//! level), addresses of globals, `[]byte("...")`, and struct, array, slice
//! and pointer-to composite literals element by element; a conversion to an
//! interface stores its operand statically too. Whatever is left (calls,
//! map literals, `make`, `new`, string concatenation, ...) is assigned by
//! `init`, in the package's initialisation order, into a global (or into
//! the static temporary behind a literal), so it flows to the heap. A map
//! variable initialised by a large literal without side effects (20 IR
//! nodes or more) gets a function of its own, `map.init.N`, analysed before
//! `init`.
//!
//! Invariant: the work of `init` is in initialisation order, and every
//! expression it lists is walked exactly once.
//!
//! Simplifications: the IR node count follows the source (implicit
//! conversions other than to interfaces are not counted); a global copied
//! from another global is taken as static (a dynamic copy makes no
//! allocation either).

use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::typ::Type;
use std::collections::HashMap;

/// gc's `wrapGlobalMapInitSizeThreshold`.
const OUTLINE_MIN_NODES: usize = 20;

/// One assignment the initialisation code makes.
#[derive(Clone)]
pub(super) enum Work<'a> {
    /// `global = e` (into the blank when `blank`); `conv`: `e` is converted
    /// to an interface there (an allocation site) rather than statically.
    Value { e: &'a Expr, conv: bool, blank: bool },
    /// `a, b = f()`: blank names are the `true`s.
    Multi { e: &'a Expr, blanks: Vec<bool> },
}

/// The package-level variable specs of `file` in initialisation order,
/// each with its values.
pub(super) fn ordered_specs<'a>(p: &Program, file: &'a File) -> Vec<&'a VarSpec> {
    let mut by_pos: HashMap<u32, &'a VarSpec> = HashMap::new();
    for d in &file.decls {
        if let Decl::Var(specs, _) = d {
            for sp in specs {
                if let Some(n) = sp.names.first() {
                    by_pos.insert(n.span.lo, sp);
                }
            }
        }
    }
    let mut out = Vec::new();
    for pkg in &p.pkgs {
        for (objs, _) in &pkg.init_order {
            let Some(&o) = objs.first() else { continue };
            if let Some(sp) = by_pos.remove(&p.objs.get(o).pos)
                && !sp.values.is_empty()
            {
                out.push(sp);
            }
        }
    }
    out
}

/// The map literal a spec's `i`th value is, when gc outlines it into
/// `map.init.N`.
pub(super) fn outlined<'a>(p: &Program, sp: &'a VarSpec, i: usize) -> Option<&'a Expr> {
    if sp.values.len() != sp.names.len() || sp.names[i].name == "_" {
        return None;
    }
    let e = &sp.values[i];
    let t = p.info.types.get(&e.id)?.ty;
    if !matches!(p.types.under_type(t), Type::Map(..)) || !matches!(strip(e).kind, ExprKind::CompositeLit { .. }) {
        return None;
    }
    (nodes(p, e) >= OUTLINE_MIN_NODES && !side_effects(p, e)).then_some(e)
}

/// What initialising `sp` leaves to run-time code.
pub(super) fn work<'a>(p: &Program, sp: &'a VarSpec, out: &mut Vec<Work<'a>>) {
    if sp.values.len() != sp.names.len() {
        if let Some(e) = sp.values.first() {
            let blanks = sp.names.iter().map(|n| n.name == "_").collect();
            out.push(Work::Multi { e, blanks });
        }
        return;
    }
    for (n, e) in sp.names.iter().zip(&sp.values) {
        if n.name == "_" {
            out.push(Work::Value { e, conv: true, blank: true });
        } else {
            dynamic(p, e, true, out);
        }
    }
}

/// gc's `staticassign`: the parts of `e` that cannot be stored statically.
fn dynamic<'a>(p: &Program, e: &'a Expr, check_conv: bool, out: &mut Vec<Work<'a>>) {
    let ty = p.info.types.get(&e.id);
    if ty.is_some_and(|t| t.val.is_some()) || super::oracle::is_nil(p, e) {
        return;
    }
    if check_conv && p.info.conversions.contains_key(&e.id) {
        // The operand is stored statically when it can be (a temporary
        // holds a non-pointer one).
        return dynamic(p, e, false, out);
    }
    let value = Work::Value { e, conv: false, blank: false };
    match &e.kind {
        ExprKind::Paren(x) => dynamic(p, x, check_conv, out),
        ExprKind::Ident(_) | ExprKind::BasicLit(..) | ExprKind::FuncLit { .. } => {}
        ExprKind::Selector(x, _) if super::is_method_expr(p, e) || is_package(p, x) => {}
        ExprKind::Unary(UnOp::Addr, x) => match &strip(x).kind {
            ExprKind::CompositeLit { .. } => dynamic(p, strip(x), false, out),
            ExprKind::Ident(_) => {}
            _ => out.push(value),
        },
        ExprKind::CompositeLit { elts, .. } => {
            let under = ty.map(|t| p.types.under_type(t.ty).clone());
            match under {
                Some(Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Pointer(_)) => {
                    for el in elts {
                        dynamic(p, &el.value, true, out);
                    }
                }
                _ => out.push(value),
            }
        }
        ExprKind::Call { args, .. } if super::call::is_conversion(p, e) => {
            let to = ty.map(|t| t.ty);
            if to.is_some_and(|t| p.types.is_interface(t)) {
                let x = &args[0];
                if p.info.types.get(&x.id).is_some_and(|t| p.types.is_interface(t.ty)) {
                    out.push(Work::Value { e: x, conv: false, blank: false });
                } else {
                    dynamic(p, x, false, out);
                }
            } else if to.is_some_and(|t| matches!(p.types.under_type(t), Type::Slice(_)))
                && p.info.types.get(&args[0].id).is_some_and(|t| t.val.is_some())
                && matches!(p.types.under_type(to.unwrap()), Type::Slice(el) if super::call::is_byte(p, *el))
            {
                // []byte("...") is static data.
            } else {
                out.push(value);
            }
        }
        _ => out.push(value),
    }
}

fn is_package(p: &Program, x: &Expr) -> bool {
    matches!(x.kind, ExprKind::Ident(_))
        && p.info
            .uses
            .get(&x.id)
            .is_some_and(|&o| matches!(p.objs.get(o).kind, crate::types::object::ObjKind::PkgName(..)))
}

fn strip(e: &Expr) -> &Expr {
    super::gcfmt::strip(e)
}

/// The IR nodes of `e` as gc's `ir.Any` counts them.
fn nodes(p: &Program, e: &Expr) -> usize {
    let conv = usize::from(p.info.conversions.contains_key(&e.id));
    if p.info.types.get(&e.id).is_some_and(|t| t.val.is_some()) {
        return 1 + conv;
    }
    conv + match &e.kind {
        ExprKind::Paren(x) => nodes(p, x),
        ExprKind::CompositeLit { elts, .. } => {
            let t = p.info.types.get(&e.id).map(|t| p.types.under_type(t.ty).clone());
            let (ptr, keyed) = match t {
                Some(Type::Pointer(_)) => (1, true),
                Some(Type::Struct(_)) => (0, true),
                _ => (0, false),
            };
            let mut n = 1 + ptr;
            for el in elts {
                n += nodes(p, &el.value);
                match &el.key {
                    Some(k) if !keyed || matches!(t, Some(Type::Map(..))) => n += 1 + nodes(p, k),
                    _ => n += usize::from(keyed),
                }
            }
            n
        }
        ExprKind::Unary(UnOp::Addr, x) if matches!(strip(x).kind, ExprKind::CompositeLit { .. }) => 1 + nodes(p, x),
        ExprKind::Unary(_, x) | ExprKind::Star(x) => 1 + nodes(p, x),
        ExprKind::Binary(_, x, y) => 1 + nodes(p, x) + nodes(p, y),
        ExprKind::Selector(x, _) if is_package(p, x) => 1,
        ExprKind::Selector(x, _) => 1 + nodes(p, x),
        ExprKind::Call { args, .. } => 1 + args.iter().map(|a| nodes(p, a)).sum::<usize>(),
        _ => 1,
    }
}

/// gc's `staticinit.AnySideEffects`: anything but names, constants,
/// arithmetic, comparisons, conversions, composite literals, `len`, `cap`,
/// `new` and field selection of values may have effects.
fn side_effects(p: &Program, e: &Expr) -> bool {
    if p.info.types.get(&e.id).is_some_and(|t| t.val.is_some()) {
        return false;
    }
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(..) => false,
        ExprKind::Paren(x) => side_effects(p, x),
        ExprKind::CompositeLit { elts, .. } => {
            elts.iter().any(|el| side_effects(p, &el.value) || el.key.as_ref().is_some_and(|k| side_effects(p, k)))
        }
        ExprKind::Unary(UnOp::Recv, _) | ExprKind::Star(_) => true,
        ExprKind::Unary(_, x) => side_effects(p, x),
        ExprKind::Binary(op, x, y) => {
            let div = matches!(op, BinOp::Quo | BinOp::Rem)
                && p.info.types.get(&y.id).and_then(|t| t.val.as_ref()).is_none_or(|v| v.as_i64() == Some(0));
            div || side_effects(p, x) || side_effects(p, y)
        }
        ExprKind::Selector(x, _) => {
            if is_package(p, x) {
                return false;
            }
            let through_ptr =
                p.info.types.get(&x.id).is_some_and(|t| matches!(p.types.under_type(t.ty), Type::Pointer(_)));
            let field = p.info.selections.get(&e.id).is_some_and(|s| s.kind == crate::types::lookup::SelKind::Field);
            !field || through_ptr || side_effects(p, x)
        }
        ExprKind::Call { fun, args, .. } => {
            let pure = super::call::is_conversion(p, e)
                || matches!(&strip(fun).kind, ExprKind::Ident(n) if matches!(n.as_str(), "len" | "cap" | "new" | "real" | "imag" | "complex")
                    && p.info.uses.get(&strip(fun).id).is_some_and(|&o| matches!(p.objs.get(o).kind, crate::types::object::ObjKind::Builtin(_))));
            !pure || args.iter().any(|a| side_effects(p, a))
        }
        _ => true,
    }
}
