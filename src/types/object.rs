//! Named language entities (types2's `object.go`): constants, variables,
//! type names, functions, package names, builtins, labels and `nil`.
//!
//! Every object has a name, a type (set when its declaration is checked), a
//! position and a package. Objects live in one arena and are named by
//! `ObjId`; scopes and side tables refer to them by id.

use super::constant::Value;
use super::typ::{ObjId, PkgId, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [(&'static str, Builtin); 18] = [
        ("append", Builtin::Append),
        ("cap", Builtin::Cap),
        ("clear", Builtin::Clear),
        ("close", Builtin::Close),
        ("complex", Builtin::Complex),
        ("copy", Builtin::Copy),
        ("delete", Builtin::Delete),
        ("imag", Builtin::Imag),
        ("len", Builtin::Len),
        ("make", Builtin::Make),
        ("max", Builtin::Max),
        ("min", Builtin::Min),
        ("new", Builtin::New),
        ("panic", Builtin::Panic),
        ("print", Builtin::Print),
        ("println", Builtin::Println),
        ("real", Builtin::Real),
        ("recover", Builtin::Recover),
    ];

    pub fn name(self) -> &'static str {
        Builtin::ALL.iter().find(|(_, b)| *b == self).map(|(n, _)| *n).unwrap_or("?")
    }
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Const(Value),
    Var(VarInfo),
    TypeName,
    Func(FuncInfo),
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Debug, Default)]
pub struct VarInfo {
    /// A package-level variable.
    pub global: bool,
    pub param: bool,
    pub field: bool,
    pub embedded: bool,
    /// Read somewhere (for `declared and not used`).
    pub used: bool,
}

#[derive(Clone, Debug, Default)]
pub struct FuncInfo {
    /// The receiver's base type name, for methods.
    pub recv_base: Option<ObjId>,
    pub ptr_recv: bool,
    /// Declared without a body (a library function implemented natively).
    pub native: bool,
    /// Index of the declaration among the checked function declarations.
    pub decl: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Position of the declaring identifier (global byte offset); 0 for
    /// universe objects.
    pub pos: u32,
    pub pkg: Option<PkgId>,
}

impl Object {
    pub fn exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is_type(&self) -> bool {
        matches!(self.kind, ObjKind::TypeName)
    }
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var(_))
    }
}

/// A lexical scope: names declared in a block, a function, a file, a
/// package or the universe.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<usize>,
    pub names: crate::fxhash::FxHashMap<String, ObjId>,
    /// Objects in declaration order (for stable iteration).
    pub order: Vec<ObjId>,
    /// A function's outermost scope (so labels and results can find it).
    pub is_func: bool,
}

pub const UNIVERSE: usize = 0;

/// All objects and scopes of a program.
#[derive(Default)]
pub struct Objects {
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
}

impl Objects {
    pub fn new_obj(&mut self, o: Object) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    pub fn get(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn new_scope(&mut self, parent: Option<usize>, is_func: bool) -> usize {
        self.scopes.push(Scope { parent, is_func, ..Default::default() });
        self.scopes.len() - 1
    }

    /// Declares `id` in `scope`; returns the previous object of that name in
    /// the same scope, if any (a redeclaration).
    pub fn declare(&mut self, scope: usize, id: ObjId) -> Option<ObjId> {
        let name = self.objs[id.0 as usize].name.clone();
        if name == "_" {
            return None;
        }
        let s = &mut self.scopes[scope];
        if let Some(&prev) = s.names.get(&name) {
            return Some(prev);
        }
        s.names.insert(name, id);
        s.order.push(id);
        None
    }

    /// Looks a name up from `scope` outwards.
    pub fn lookup(&self, mut scope: usize, name: &str) -> Option<(usize, ObjId)> {
        loop {
            let s = &self.scopes[scope];
            if let Some(&id) = s.names.get(name) {
                return Some((scope, id));
            }
            scope = s.parent?;
        }
    }

    pub fn lookup_local(&self, scope: usize, name: &str) -> Option<ObjId> {
        self.scopes[scope].names.get(name).copied()
    }
}
