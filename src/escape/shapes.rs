//! Shape instances of generic functions, as gc's messages name them.
//!
//! gc does not analyse a generic body: it analyses each instance the
//! package makes, one per *shape* of the type arguments (the underlying
//! type, any pointer as `*uint8`), named `go.shape.int` and so on, and
//! prints its messages once per instance with the type parameters spelled
//! as shapes (`&element[go.shape.int]{...}`, `(*List[go.shape.int]).Push`).
//! A call of an instance passes its dictionary: `F[go.shape.int](&.dict.F[int], x)`.
//! Instances are compiled as duplicable (`Dupok`), so their parameters'
//! tags are not reported. A generic function nothing instantiates is not
//! analysed, so it reports nothing.
//!
//! gosub's analysis of a generic body is the same for every shape (type
//! parameters are taken to hold pointers); only the words differ, so the
//! body's batch is run once per shape for the report.
//!
//! Invariant: shapes are listed in source order of their first
//! instantiation, each once.
//! Simplifications: instantiations inside generic bodies with arguments
//! that are themselves type parameters are not followed; a shape of a
//! composite type prints types2's spelling of the underlying type.

use super::funcs::Funcs;
use crate::syntax::ast::*;
use crate::types::Program;
use crate::types::object::ObjKind;
use crate::types::typ::{Type, TypeId};
use std::collections::HashMap;

/// One shape instance of a generic function.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Shape {
    /// Type parameter names and their shapes.
    pub names: Vec<(String, String)>,
    /// `[go.shape.int,go.shape.string]`.
    pub suffix: String,
}

/// gc's name of the shape of concrete type `t`: `go.shape.int`.
pub(super) fn shape_name(p: &Program, t: TypeId) -> String {
    let u = p.types.under_type(t);
    if matches!(u, Type::Pointer(_)) {
        return "go.shape.*uint8".into();
    }
    format!("go.shape.{}", super::gcfmt::gc_spacing(&p.type_string(u_id(p, t))))
}

fn u_id(p: &Program, t: TypeId) -> TypeId {
    match p.types.named_info(t) {
        Some(n) => u_id(p, n.underlying),
        None => t,
    }
}

/// Whether `t` mentions a type parameter.
pub(super) fn has_tparam(p: &Program, t: TypeId) -> bool {
    fn go(p: &Program, t: TypeId, depth: u32) -> bool {
        if depth > 20 {
            return false;
        }
        match p.types.get(t) {
            Type::TypeParam(_) => true,
            Type::Named(_) => p
                .types
                .named_info(t)
                .and_then(|n| n.origin.as_ref())
                .is_some_and(|(_, args)| args.iter().any(|&a| go(p, a, depth + 1))),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => go(p, *e, depth + 1),
            Type::Map(k, v) => go(p, *k, depth + 1) || go(p, *v, depth + 1),
            Type::Struct(fs) => fs.iter().any(|f| go(p, f.ty, depth + 1)),
            Type::Tuple(ts) => ts.iter().any(|&x| go(p, x, depth + 1)),
            Type::Signature(s) => s.params.iter().chain(&s.results).any(|x| go(p, x.ty, depth + 1)),
            _ => false,
        }
    }
    go(p, t, 0)
}

fn shape_of(p: &Program, tparams: &[TypeId], targs: &[TypeId]) -> Option<Shape> {
    if tparams.len() != targs.len() || targs.iter().any(|&t| has_tparam(p, t)) {
        return None;
    }
    let shapes: Vec<String> = targs.iter().map(|&t| shape_name(p, t)).collect();
    let names = tparams
        .iter()
        .zip(&shapes)
        .filter_map(|(&tp, s)| Some((p.objs.get(p.types.tparam_info(tp)?.obj).name.clone(), s.clone())))
        .collect();
    Some(Shape { names, suffix: format!("[{}]", shapes.join(",")) })
}

/// The type parameters a generic receiver declares (`T` of `*List[T]`).
fn recv_tparams(p: &Program, fd: &FuncDecl) -> Vec<TypeId> {
    let Some(r) = &fd.recv else { return Vec::new() };
    let mut t = &r.ty;
    if let ExprKind::Star(x) = &t.kind {
        t = x;
    }
    let ExprKind::Index(_, idx) = &t.kind else { return Vec::new() };
    idx.iter().filter_map(|i| p.info.defs.get(&i.span.lo).map(|&o| p.objs.get(o).ty)).collect()
}

/// The shapes each generic function of the file is instantiated with.
pub(super) fn instances(p: &Program, funcs: &Funcs) -> HashMap<u32, Vec<Shape>> {
    let mut out: HashMap<u32, Vec<Shape>> = HashMap::new();
    let mut add = |f: u32, s: Shape| {
        let v = out.entry(f).or_default();
        if !v.contains(&s) {
            v.push(s);
        }
    };
    // Generic functions, at their instantiations.
    let mut insts: Vec<_> = p.info.instances.iter().collect();
    insts.sort_by_key(|(id, _)| **id);
    for (id, inst) in insts {
        let Some(&o) = p.info.uses.get(id) else { continue };
        let Some(&f) = funcs.by_obj.get(&o) else { continue };
        let Some(sig) = p.types.signature(p.objs.get(o).ty) else { continue };
        if let Some(s) = shape_of(p, &sig.tparams, &inst.targs) {
            add(f, s);
        }
    }
    // Methods of generic types: every concrete instance of the type has
    // them all.
    let mut types: Vec<(TypeId, TypeId, Vec<TypeId>)> =
        p.types.instances.iter().map(|((origin, args), &inst)| (inst, *origin, args.clone())).collect();
    types.sort_by_key(|x| x.0);
    for (f, fi) in funcs.fns.iter().enumerate() {
        let Some(fd) = fi.decl.filter(|fd| fd.recv.is_some()) else { continue };
        let Some(&o) = p.info.defs.get(&fd.name.span.lo) else { continue };
        let ObjKind::Func(info) = &p.objs.get(o).kind else { continue };
        let Some(base) = info.recv_base else { continue };
        let tps = recv_tparams(p, fd);
        if tps.is_empty() {
            continue;
        }
        let origin = p.objs.get(base).ty;
        for (_, o2, args) in &types {
            if *o2 == origin
                && let Some(s) = shape_of(p, &tps, args)
            {
                add(f as u32, s);
            }
        }
    }
    out
}

/// `s` with every identifier named in `names` replaced.
pub(super) fn replace_idents(s: &str, names: &[(String, String)]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match names.iter().find(|(n, _)| n == word) {
            Some((_, r)) => out.push_str(r),
            None => out.push_str(word),
        }
        word.clear();
    };
    // Inside a name after a `.`: a selector or qualified name, never a
    // type parameter.
    let mut in_sel = false;
    for c in s.chars() {
        let ident = c.is_alphanumeric() || c == '_';
        if ident && in_sel {
            out.push(c);
        } else if ident {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
            in_sel = c == '.';
        }
    }
    flush(&mut word, &mut out);
    out
}
