//! Go's types as the checker and every later stage see them (types2's
//! `type.go`, `basic.go`, `pointer.go`, `slice.go`, `array.go`, `map.go`,
//! `chan.go`, `struct.go`, `signature.go`, `interface.go`, `tuple.go`,
//! `named.go`, `typeparam.go`).
//!
//! Types live in one table and are named by `TypeId`. Structural types are
//! interned, so the same literal type written twice gets the same id; named
//! types and type parameters are unique per declaration (and per instance
//! of a generic type). Identity (`predicates::identical`) is still decided
//! structurally where Go says names don't matter (parameter names).
//!
//! Invariants: a `TypeId` is valid for the table that made it and never
//! changes meaning; a named type's underlying type is set once, when its
//! declaration is checked (`INVALID` until then).

use crate::fxhash::FxHashMap as HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    /// `byte` and `rune`: identical to uint8 and int32, but printed by
    /// their own names in messages, as types2 keeps them.
    Byte,
    Rune,
}

impl Basic {
    pub const ALL: [Basic; 27] = [
        Basic::Invalid,
        Basic::Bool,
        Basic::Int,
        Basic::Int8,
        Basic::Int16,
        Basic::Int32,
        Basic::Int64,
        Basic::Uint,
        Basic::Uint8,
        Basic::Uint16,
        Basic::Uint32,
        Basic::Uint64,
        Basic::Uintptr,
        Basic::Float32,
        Basic::Float64,
        Basic::Complex64,
        Basic::Complex128,
        Basic::String,
        Basic::UnsafePointer,
        Basic::UntypedBool,
        Basic::UntypedInt,
        Basic::UntypedRune,
        Basic::UntypedFloat,
        Basic::UntypedString,
        Basic::UntypedNil,
        Basic::Byte,
        Basic::Rune,
    ];

    /// The kind, with byte and rune mapped to uint8 and int32.
    pub fn kind(self) -> Basic {
        match self {
            Basic::Byte => Basic::Uint8,
            Basic::Rune => Basic::Int32,
            b => b,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Basic::Invalid => "invalid type",
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::Complex64 => "complex64",
            Basic::Complex128 => "complex128",
            Basic::String => "string",
            Basic::UnsafePointer => "unsafe.Pointer",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
            Basic::Byte => "byte",
            Basic::Rune => "rune",
        }
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        matches!(
            self.kind(),
            Basic::Uint | Basic::Uint8 | Basic::Uint16 | Basic::Uint32 | Basic::Uint64 | Basic::Uintptr
        )
    }
    pub fn is_float(self) -> bool {
        matches!(self.kind(), Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self.kind(), Basic::Complex64 | Basic::Complex128)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self.kind(), Basic::String | Basic::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self.kind(), Basic::Bool | Basic::UntypedBool)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    pub fn is_const_type(self) -> bool {
        self.is_boolean() || self.is_numeric() || self.is_string()
    }
    /// Size in bits of an integer type (int, uint, uintptr: 64, as on amd64).
    pub fn bits(self) -> u32 {
        match self.kind() {
            Basic::Int8 | Basic::Uint8 => 8,
            Basic::Int16 | Basic::Uint16 => 16,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: String,
    /// The package of an unexported field (fields of different packages with
    /// the same lower-case name are different fields).
    pub pkg: Option<PkgId>,
    pub obj: ObjId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Param {
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its type is recorded as `[]T`).
    pub variadic: bool,
    /// Type parameters of a generic function (TypeParam types).
    pub tparams: Vec<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    pub sig: TypeId,
    pub obj: ObjId,
}

/// A term of a type set: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    /// Methods declared in the interface itself.
    pub methods: Vec<Method>,
    /// Embedded interfaces and unions (each union a list of terms).
    pub embeddeds: Vec<Embedded>,
    /// Unique per interface literal, so that interfaces are not merged by
    /// interning before their embedded types are known.
    pub id: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Embedded {
    Type(TypeId),
    Union(Vec<Term>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Signature(Signature),
    Interface(Interface),
    Tuple(Vec<TypeId>),
    Named(u32),
    TypeParam(u32),
}

/// A declared (named) type: its type name object, underlying type, methods,
/// and, for generic types, type parameters or the instance's arguments.
#[derive(Clone, Debug)]
pub struct NamedInfo {
    pub obj: ObjId,
    pub underlying: TypeId,
    pub methods: Vec<ObjId>,
    pub tparams: Vec<TypeId>,
    /// For an instance `G[A, B]`: the generic type and the arguments.
    pub origin: Option<(TypeId, Vec<TypeId>)>,
    /// A generic alias `type A[P any] = T`: `underlying` holds `T` itself,
    /// and instantiating it substitutes into `T` (no new named type).
    pub alias: bool,
}

#[derive(Clone, Debug)]
pub struct TypeParamInfo {
    pub obj: ObjId,
    pub index: usize,
    pub constraint: TypeId,
}

/// A computed type set of an interface: all methods (sorted by name), and
/// the terms (`None` = all types).
#[derive(Clone, Debug, Default)]
pub struct TypeSet {
    pub methods: Vec<Method>,
    pub terms: Option<Vec<Term>>,
    pub comparable: bool,
}

pub struct Types {
    types: Vec<Type>,
    intern: HashMap<Type, TypeId>,
    pub named: Vec<NamedInfo>,
    pub tparams: Vec<TypeParamInfo>,
    next_iface: u32,
    /// Instances of generic named types, by (origin, arguments).
    pub instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    pub type_sets: HashMap<TypeId, std::rc::Rc<TypeSet>>,
}

pub const INVALID: TypeId = TypeId(0);

/// The `id` of the predeclared `any` interface (printed as `any`).
pub const ANY_IFACE_ID: u32 = u32::MAX;

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let mut t = Types {
            types: vec![],
            intern: HashMap::default(),
            named: vec![],
            tparams: vec![],
            next_iface: 0,
            instances: HashMap::default(),
            type_sets: HashMap::default(),
        };
        for b in Basic::ALL {
            t.intern(Type::Basic(b));
        }
        t.intern(Type::Interface(Interface { methods: vec![], embeddeds: vec![], id: ANY_IFACE_ID }));
        t
    }

    pub fn basic(&self, b: Basic) -> TypeId {
        TypeId(Basic::ALL.iter().position(|&x| x == b).unwrap() as u32)
    }

    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.intern.insert(t, id);
        id
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The predeclared `any`.
    pub fn any(&self) -> TypeId {
        TypeId(Basic::ALL.len() as u32)
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Slice(t))
    }
    pub fn tuple(&mut self, v: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(v))
    }

    /// A fresh interface type (never merged with another by interning).
    pub fn interface(&mut self, methods: Vec<Method>, embeddeds: Vec<Embedded>) -> TypeId {
        self.next_iface += 1;
        let id = self.next_iface;
        self.intern(Type::Interface(Interface { methods, embeddeds, id }))
    }

    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(NamedInfo {
            obj,
            underlying: INVALID,
            methods: vec![],
            tparams: vec![],
            origin: None,
            alias: false,
        });
        self.intern(Type::Named(idx))
    }

    pub fn new_tparam(&mut self, obj: ObjId, index: usize) -> TypeId {
        let idx = self.tparams.len() as u32;
        self.tparams.push(TypeParamInfo { obj, index, constraint: INVALID });
        self.intern(Type::TypeParam(idx))
    }

    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.get(t) {
            Type::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match *self.get(t) {
            Type::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    pub fn tparam_info(&self, t: TypeId) -> Option<&TypeParamInfo> {
        match self.get(t) {
            Type::TypeParam(i) => Some(&self.tparams[*i as usize]),
            _ => None,
        }
    }

    /// The underlying type (Go spec, "Underlying types"); a type parameter's
    /// underlying type is its constraint interface.
    pub fn under(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..100 {
            match self.get(t) {
                Type::Named(i) => {
                    let u = self.named[*i as usize].underlying;
                    if u == t || u == INVALID {
                        return u;
                    }
                    t = u;
                }
                Type::TypeParam(i) => {
                    // The constraint interface (itself possibly a named interface).
                    let c = self.tparams[*i as usize].constraint;
                    if c == t || c == INVALID {
                        return c;
                    }
                    t = c;
                }
                _ => return t,
            }
        }
        INVALID
    }

    pub fn under_type(&self, t: TypeId) -> &Type {
        self.get(self.under(t))
    }

    /// The basic kind of a type's underlying type (byte and rune as uint8
    /// and int32).
    pub fn as_basic(&self, t: TypeId) -> Option<Basic> {
        match self.under_type(t) {
            Type::Basic(b) => Some(b.kind()),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named(_) | Type::Basic(_) | Type::TypeParam(_))
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        !self.is_tparam(t) && matches!(self.under_type(t), Type::Interface(_))
    }

    pub fn is_tparam(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::TypeParam(_))
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(b) if b.is_untyped())
    }

    /// The default type of an untyped type (Go spec, "Constants").
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(Basic::UntypedBool) => self.basic(Basic::Bool),
            Type::Basic(Basic::UntypedInt) => self.basic(Basic::Int),
            Type::Basic(Basic::UntypedRune) => self.basic(Basic::Rune),
            Type::Basic(Basic::UntypedFloat) => self.basic(Basic::Float64),
            Type::Basic(Basic::UntypedString) => self.basic(Basic::String),
            _ => t,
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under_type(t) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }
}
