//! The type checker: Go's static semantics for the subset, in gc's words
//! (mirrors `cmd/compile/internal/types2`, a file per construct).
//!
//! `check` is the stage's one entry. It checks the library's stub packages
//! (Go declarations without bodies, `src/stdlib/pkgs/`) and then the user's
//! `main` package, and returns a `Program`: every type, every object, and
//! side tables keyed by `ExprId` and identifier position that give each
//! expression its type and constant value, each identifier its object and
//! each selector its path. Later stages read these and never resolve a name
//! again (DESIGN invariant 2).
//!
//! Errors are collected, sorted by position, and reported as gc does (at
//! most 10, then `too many errors`).

pub mod constant;
pub mod lookup;
pub mod object;
pub mod predicates;
pub mod sizes;
pub mod typ;
pub mod typestring;

use crate::fxhash::FxHashMap as HashMap;
use crate::syntax::ast::ExprId;
use constant::Value;
use lookup::Selection;
use object::Objects;
use typ::{ObjId, PkgId, TypeId, Types};

/// What an expression denotes (types2's operand modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An error was reported; the operand must not cause more.
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    /// Addressable variable.
    Variable,
    /// `m[k]`: assignable, not addressable.
    MapIndex,
    Value,
    /// A value that may also be used in a comma-ok assignment.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
}

/// A use of a generic function or type with its type arguments.
#[derive(Clone, Debug)]
pub struct Instance {
    pub targs: Vec<TypeId>,
    pub ty: TypeId,
}

/// Everything the checker learned about the source (types2's `Info`).
#[derive(Default)]
pub struct Info {
    pub types: HashMap<ExprId, TypeAndValue>,
    /// Identifier definitions, by the identifier's position.
    pub defs: HashMap<u32, ObjId>,
    /// Identifier uses.
    pub uses: HashMap<ExprId, ObjId>,
    pub selections: HashMap<ExprId, Selection>,
    /// The variable a type switch clause declares, by the clause's position.
    pub implicits: HashMap<u32, ObjId>,
    pub instances: HashMap<ExprId, Instance>,
    /// Implicit conversions of concrete values to interface types (in
    /// assignments, arguments, returns, composite literals, sends): the
    /// expression and the interface type it is converted to.
    pub conversions: HashMap<ExprId, TypeId>,
}

pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: usize,
    /// Package-level variables in initialization order, by spec: (lhs
    /// objects, index of the file, position of the spec).
    pub init_order: Vec<(Vec<ObjId>, u32)>,
    pub init_funcs: Vec<ObjId>,
}

/// The checked program.
pub struct Program {
    pub types: Types,
    pub objs: Objects,
    pub pkgs: Vec<Package>,
    /// The package whose names print unqualified in messages.
    pub current: Option<PkgId>,
    pub comparable_obj: Option<ObjId>,
    pub error_type: TypeId,
    pub info: Info,
    /// Signatures of methods of generic type instances, by (instance, method).
    pub inst_method_sigs: HashMap<(TypeId, ObjId), TypeId>,
    /// Type parameters declared by the receivers of generic types' methods.
    pub recv_tparams: HashMap<ObjId, Vec<TypeId>>,
}

mod builtins;
mod call;
pub mod check;
mod decl;
mod expr;
mod index;
mod initorder;
mod labels;
mod literals;
pub mod operand;
mod range;
mod returns;
mod stmt;
mod typexpr;

use crate::diag::Diagnostic;
use crate::source::SourceMap;
use crate::syntax::ast;

/// The result of checking: the program, the library's stub files (their
/// package-level variables are initialized at run time), and the errors.
pub struct Checked {
    pub program: Program,
    pub stubs: Vec<(PkgId, ast::File)>,
    pub errors: Vec<Diagnostic>,
}

/// Checks the `main` package in `main` against the library stubs.
/// Substitutes type arguments for type parameters in `t` after checking
/// (lowering instantiates generic functions with it); instances of
/// generic types it meets are made as the checker makes them.
pub fn subst_types(p: &mut Program, map: &SourceMap, t: TypeId, subst: &[(TypeId, TypeId)]) -> TypeId {
    if subst.is_empty() {
        return t;
    }
    let pkg = p.current.unwrap_or(typ::PkgId(0));
    let taken = std::mem::replace(p, Program::empty());
    let mut c = check::Checker::new(taken, map, pkg);
    c.recv_tparams = std::mem::take(&mut c.p.recv_tparams);
    let r = c.subst(t, subst);
    c.complete_instances();
    let rtps = std::mem::take(&mut c.recv_tparams);
    *p = c.p;
    p.recv_tparams = rtps;
    r
}

pub fn check(map: &mut SourceMap, main: &ast::File) -> Checked {
    let mut program = check::new_program();
    let mut errors = Vec::new();
    // The stubs the program needs, transitively, in the order their
    // imports are met (build.rs lists each stub's imports and name).
    let mut needed: Vec<(String, crate::stdlib::Stub)> = Vec::new();
    let mut wanted: Vec<String> = main.imports.iter().map(|i| i.path.clone()).collect();
    // The runtime is always linked: its error types carry run-time panics.
    wanted.push("runtime".into());
    while let Some(path) = wanted.pop() {
        if needed.iter().any(|(p, _)| *p == path) {
            continue;
        }
        let Some(stub) = crate::stdlib::stub(&path) else { continue };
        wanted.extend(stub.imports.iter().map(|p| p.to_string()));
        needed.push((path, stub));
    }
    // Dependency order: a package after the packages it imports.
    let mut order: Vec<usize> = Vec::new();
    fn visit(i: usize, needed: &[(String, crate::stdlib::Stub)], order: &mut Vec<usize>, seen: &mut Vec<usize>) {
        if seen.contains(&i) {
            return;
        }
        seen.push(i);
        for imp in needed[i].1.imports {
            if let Some(j) = needed.iter().position(|(p, _)| p == imp) {
                visit(j, needed, order, seen);
            }
        }
        order.push(i);
    }
    let mut seen = Vec::new();
    for i in 0..needed.len() {
        visit(i, &needed, &mut order, &mut seen);
    }
    // Register every package first so imports resolve by path.
    let mut pkg_ids = vec![PkgId(0); needed.len()];
    for &i in &order {
        let (path, stub) = &needed[i];
        pkg_ids[i] = add_package(&mut program, path, stub.name);
    }
    let main_pkg = add_package(&mut program, "main", &main.package.name);
    let ids: Vec<_> = needed
        .iter()
        .map(|(path, stub)| {
            map.add(format!("$GOROOT/src/{path}/stub.go"), format!("stdlib/{path}.go").into(), stub.source.to_string())
        })
        .collect();
    let map: &SourceMap = map;
    // Each stub is checked as soon as it is parsed, in dependency order,
    // while the others are still being parsed.
    let base = main.expr_count.next_multiple_of(STUB_EXPR_IDS);
    let mut stub_files: Vec<Option<ast::File>> = (0..needed.len()).map(|_| None).collect();
    parse_stubs(map, &ids, base, &order, |i, (file, diags)| {
        errors.extend(diags);
        if let Some(file) = file {
            let p = std::mem::replace(&mut program, Program::empty());
            program = check_package(p, map, pkg_ids[i], &[&file], &mut errors);
            stub_files[i] = Some(file);
        }
    });
    if main.package.name != "main" {
        errors
            .push(Diagnostic::error(main.package.span, format!("package {} is not a main package", main.package.name)));
    }
    let files = [main];
    program.current = Some(main_pkg);
    program = check_package(program, map, main_pkg, &files, &mut errors);
    let main_scope = program.pkgs[main_pkg.0 as usize].scope;
    let has_main = program
        .objs
        .lookup_local(main_scope, "main")
        .is_some_and(|o| matches!(program.objs.get(o).kind, object::ObjKind::Func(_)));
    if errors.is_empty() && !has_main {
        errors.push(Diagnostic::plain("runtime.main_main·f: function main is undeclared in the main package"));
    }
    let stubs = order.iter().filter_map(|&i| Some((pkg_ids[i], stub_files[i].take()?))).collect();
    Checked { program, stubs, errors }
}

/// Each stub's expression ids start at a multiple of this after the main
/// file's, so the stubs can be parsed in any order, in parallel. Ids only
/// need to be unique: every table keyed by them is a hash map.
const STUB_EXPR_IDS: u32 = 1 << 20;

/// Parses the stub files `ids` (the k-th numbering its expressions from
/// `base + k * STUB_EXPR_IDS`) on up to four threads, taking them in
/// `order`, and hands each to `then` in that order on this thread as soon
/// as it and those before it are parsed: the caller type-checks one
/// package while the threads parse the next. Parsing the library is most
/// of start-up, and a benchmark is timed from start-up.
fn parse_stubs(
    map: &SourceMap,
    ids: &[crate::source::FileId],
    base: u32,
    order: &[usize],
    mut then: impl FnMut(usize, ParsedStub),
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let parse = |k: usize| crate::syntax::parse_file_at(map, ids[k], base + k as u32 * STUB_EXPR_IDS);
    let helpers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4).min(order.len()).saturating_sub(1);
    if helpers == 0 {
        for &k in order {
            then(k, parse(k));
        }
        return;
    }
    // The next job: an index into `order`, taken by whichever thread is free.
    let next = AtomicUsize::new(0);
    let take = || order.get(next.fetch_add(1, Ordering::Relaxed)).copied();
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, ParsedStub)>();
        for _ in 0..helpers {
            let tx = tx.clone();
            let work = move || {
                while let Some(k) = take() {
                    if tx.send((k, parse(k))).is_err() {
                        break;
                    }
                }
            };
            // Without a thread, this one parses everything itself.
            let _ = std::thread::Builder::new().stack_size(PARSE_STACK).spawn_scoped(s, work);
        }
        drop(tx);
        let mut ready: Vec<Option<ParsedStub>> = (0..ids.len()).map(|_| None).collect();
        for &k in order {
            while ready[k].is_none() {
                // Parse a job here rather than wait; with none left, wait
                // for the helpers' results (a helper that died leaves its
                // file to be parsed here).
                match take() {
                    Some(j) => ready[j] = Some(parse(j)),
                    None => match rx.recv() {
                        Ok((j, r)) => ready[j] = Some(r),
                        Err(_) => ready[k] = Some(parse(k)),
                    },
                }
            }
            if let Some(r) = ready[k].take() {
                then(k, r);
            }
        }
    });
}

type ParsedStub = (Option<ast::File>, Vec<Diagnostic>);

/// Native stack of a parse thread (the parser's builder recurses on nesting).
const PARSE_STACK: usize = 16 << 20;

fn add_package(p: &mut Program, path: &str, name: &str) -> PkgId {
    let scope = p.objs.new_scope(Some(object::UNIVERSE), false);
    p.pkgs.push(Package { path: path.into(), name: name.into(), scope, init_order: vec![], init_funcs: vec![] });
    PkgId(p.pkgs.len() as u32 - 1)
}

fn check_package(
    p: Program,
    map: &SourceMap,
    pkg: PkgId,
    files: &[&ast::File],
    errors: &mut Vec<Diagnostic>,
) -> Program {
    let mut c = check::Checker::new(p, map, pkg);
    // Methods of generic types declared in other packages instantiate too.
    c.recv_tparams = std::mem::take(&mut c.p.recv_tparams);
    let prev = c.p.current;
    c.p.current = Some(pkg);
    c.collect(files);
    c.check_package();
    errors.append(&mut c.errors);
    let rtps = std::mem::take(&mut c.recv_tparams);
    let mut p = c.p;
    p.recv_tparams.extend(rtps);
    p.current = prev.or(Some(pkg));
    p
}

#[cfg(test)]
mod tests {
    use crate::source::SourceMap;

    /// Checks `src`; also returns one past its last ExprId (stub packages
    /// are numbered after it).
    fn check(src: &str) -> (super::Checked, u32) {
        let mut map = SourceMap::new();
        let id = map.add("./t.go", "t.go".into(), src.to_string());
        let (file, diags) = crate::syntax::parse_file(&map, id);
        assert!(diags.is_empty());
        let file = file.unwrap();
        (super::check(&mut map, &file), file.expr_count)
    }

    /// build.rs reads each stub's imports and name without the parser, and each
    /// stub's expression ids must fit its window: both checked here.
    #[test]
    fn stub_imports_and_id_windows() {
        for (path, src, imports, name) in crate::stdlib::PACKAGES {
            let mut map = SourceMap::new();
            let id = map.add(format!("{path}.go"), format!("{path}.go").into(), src.to_string());
            let (file, diags) = crate::syntax::parse_file(&map, id);
            assert!(diags.is_empty(), "{path}");
            let file = file.unwrap();
            let parsed: Vec<&str> = file.imports.iter().map(|i| i.path.as_str()).collect();
            assert_eq!(parsed, *imports, "{path}");
            assert_eq!(file.package.name, *name, "{path}");
            assert!(file.expr_count < super::STUB_EXPR_IDS, "{path}: {} expressions", file.expr_count);
        }
    }

    #[test]
    fn records_types_constants_and_conversions() {
        let (c, n) = check(
            "package main\n\nimport \"fmt\"\n\nconst k = 1 << 3\n\nfunc main() {\n\tx := k + 1\n\tfmt.Println(x, \"s\")\n}\n",
        );
        assert!(c.errors.is_empty(), "{:?}", c.errors.iter().map(|d| &d.message).collect::<Vec<_>>());
        let p = &c.program;
        // Every constant expression has its value; `x` and "s" are boxed into `any`.
        let consts: Vec<String> =
            p.info.types.values().filter_map(|tv| tv.val.as_ref().map(|v| v.to_string())).collect();
        assert!(consts.contains(&"8".to_string()) && consts.contains(&"9".to_string()));
        let mine: Vec<_> = p.info.conversions.iter().filter(|(e, _)| e.0 < n).collect();
        assert_eq!(mine.len(), 2);
        for (_, t) in mine {
            assert_eq!(p.type_string(*t), "any");
        }
        // The package-level constant is defined and used.
        assert!(p.info.defs.values().any(|&o| p.objs.get(o).name == "k"));
        assert!(p.info.uses.values().any(|&o| p.objs.get(o).name == "k"));
    }
}

#[cfg(test)]
mod layout_tests {
    use crate::source::SourceMap;

    /// Sizes, offsets and pointer masks of a few types, as gc lays them out.
    #[test]
    fn gc_layout() {
        let src = "package main\n\ntype T struct {\n\ta bool\n\tb int64\n\tc string\n\td []int\n\te any\n\tf int32\n}\n\ntype E struct {\n\tx int32\n\ty struct{}\n}\n\nfunc main() {}\n";
        let mut map = SourceMap::new();
        let id = map.add("./t.go", "t.go".into(), src.into());
        let (file, _) = crate::syntax::parse_file(&map, id);
        let c = super::check(&mut map, &file.unwrap());
        let p = &c.program;
        let scope = p.pkgs[p.current.unwrap().0 as usize].scope;
        let t = p.objs.get(p.objs.lookup_local(scope, "T").unwrap()).ty;
        assert_eq!(p.size_of(t), 80);
        assert_eq!(p.offsets_of(t), vec![0, 8, 16, 32, 56, 72]);
        let mask: Vec<u8> = p.ptr_mask(t).iter().map(|&b| b as u8).collect();
        assert_eq!(mask, vec![0, 0, 1, 0, 1, 0, 0, 1, 1, 0]);
        assert_eq!(p.ptr_bytes(t), 72);
        // A trailing zero-size field is padded.
        let e = p.objs.get(p.objs.lookup_local(scope, "E").unwrap()).ty;
        assert_eq!(p.size_of(e), 8);
    }
}
