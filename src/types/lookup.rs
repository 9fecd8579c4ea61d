//! Field and method lookup through embedding, and interface satisfaction
//! (types2's `lookup.go`, `methodset.go`).
//!
//! `lookup` searches breadth-first by embedding depth, as the spec's
//! selector rule says: the shallowest match wins, and two matches at the
//! same depth are ambiguous. The result records the path of embedded fields
//! taken, which the lowering turns into field offsets and dereferences.

use super::Program;
use super::object::ObjKind;
use super::typ::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelKind {
    Field,
    Method,
    /// An interface method.
    IfaceMethod,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelKind,
    pub obj: ObjId,
    /// Field type, or method signature (receiver not included).
    pub ty: TypeId,
    /// Indices of embedded fields walked, then (for a field) the field's own
    /// index.
    pub path: Vec<usize>,
    /// A pointer was dereferenced on the way (through an embedded pointer
    /// or the receiver itself).
    pub indirect: bool,
    /// For methods: declared with a pointer receiver.
    pub ptr_recv: bool,
    /// The type in which the field or method was found (after the path).
    pub recv: TypeId,
}

pub enum Lookup {
    Found(Selection),
    NotFound,
    Ambiguous,
}

impl Program {
    /// Looks up field or method `name` in type `t` (or `*t`).
    pub fn lookup(&self, t: TypeId, name: &str) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        // Start: if t is a pointer to a named type, search the named type.
        // The method set of a pointer to an interface is empty.
        if let Type::Pointer(e) = self.types.get(t)
            && self.types.is_interface(*e)
        {
            return Lookup::NotFound;
        }
        // x.f for a pointer x means (*x).f, once.
        let (start, indirect) = match self.types.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        // (type, path, indirect)
        let mut current = vec![(start, Vec::<usize>::new(), indirect)];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..32 {
            let mut found: Vec<Selection> = Vec::new();
            let mut next = Vec::new();
            for (typ, path, ind) in &current {
                let (typ, ind) = match self.types.get(*typ) {
                    Type::Pointer(e) if !path.is_empty() => (*e, true),
                    _ => (*typ, *ind),
                };
                if seen.contains(&typ) && self.types.named_info(typ).is_some() {
                    continue;
                }
                seen.push(typ);
                // Declared methods of a named type.
                if let Some(info) = self.types.named_info(typ) {
                    let methods = self.methods_of(typ, info);
                    for (m, sig) in methods {
                        if self.objs.get(m).name == name {
                            let ptr_recv = matches!(&self.objs.get(m).kind, ObjKind::Func(f) if f.ptr_recv);
                            found.push(Selection {
                                kind: SelKind::Method,
                                obj: m,
                                ty: sig,
                                path: path.clone(),
                                indirect: ind,
                                ptr_recv,
                                recv: typ,
                            });
                        }
                    }
                }
                if let Type::Struct(fields) = self.types.under_type(typ) {
                    for (i, f) in fields.iter().enumerate() {
                        if f.name == name {
                            let mut p = path.clone();
                            p.push(i);
                            found.push(Selection {
                                kind: SelKind::Field,
                                obj: f.obj,
                                ty: f.ty,
                                path: p,
                                indirect: ind,
                                ptr_recv: false,
                                recv: typ,
                            });
                        } else if f.embedded {
                            let mut p = path.clone();
                            p.push(i);
                            next.push((f.ty, p, ind));
                        }
                    }
                }
                // Methods of an interface, or of a type parameter's constraint.
                if self.types.is_tparam(typ) || self.types.is_interface(typ) {
                    let ts = self.type_set(typ);
                    if let Some(m) = ts.methods.iter().find(|m| m.name == name) {
                        found.push(Selection {
                            kind: SelKind::IfaceMethod,
                            obj: m.obj,
                            ty: m.sig,
                            path: path.clone(),
                            indirect: ind,
                            ptr_recv: false,
                            recv: typ,
                        });
                    }
                }
            }
            match found.len() {
                0 => {}
                1 => return Lookup::Found(found.pop().unwrap()),
                _ => return Lookup::Ambiguous,
            }
            if next.is_empty() {
                break;
            }
            current = next;
        }
        Lookup::NotFound
    }

    /// The declared methods of a named type with their signatures (for an
    /// instance of a generic type, substituted).
    pub fn methods_of(&self, typ: TypeId, info: &NamedInfo) -> Vec<(ObjId, TypeId)> {
        match &info.origin {
            None => info.methods.iter().map(|&m| (m, self.objs.get(m).ty)).collect(),
            Some((orig, _)) => {
                let oinfo = self.types.named_info(*orig).unwrap();
                oinfo
                    .methods
                    .iter()
                    .map(|&m| (m, self.inst_method_sigs.get(&(typ, m)).copied().unwrap_or(self.objs.get(m).ty)))
                    .collect()
            }
        }
    }

    /// Why `v` does not implement interface `iface`, in gc's words, or None
    /// when it does.
    pub fn missing_method(&self, v: TypeId, iface: TypeId) -> Option<String> {
        let ts = self.type_set(iface);
        if let Some(terms) = &ts.terms
            && !terms.iter().any(|t| self.term_includes(t, v))
        {
            let vs = self.type_string(v);
            let cs = self.type_string(iface);
            if terms.is_empty() {
                return Some(format!("cannot satisfy {cs} (empty type set)"));
            }
            return Some(format!("{vs} missing in {}", self.terms_string(terms)));
        }
        if ts.comparable && !self.comparable(v) {
            return Some(format!("{} is not comparable", self.type_string(v)));
        }
        let v_is_iface = self.types.is_interface(v);
        for m in &ts.methods {
            match self.lookup(v, &m.name) {
                Lookup::Found(sel) if sel.kind != SelKind::Field => {
                    if !self.identical(sel.ty, m.sig) {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            self.signature_string(sel.ty),
                            m.name,
                            self.signature_string(m.sig)
                        ));
                    }
                    if !v_is_iface && sel.ptr_recv && !sel.indirect && !matches!(self.types.get(v), Type::Pointer(_)) {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                _ => {
                    // A method with another case is worth mentioning, as gc does.
                    let lower = m.name.to_lowercase();
                    if let Some(info) = self.types.named_info(v).or_else(|| match self.types.get(v) {
                        Type::Pointer(e) => self.types.named_info(*e),
                        _ => None,
                    }) {
                        for (mo, sig) in self.methods_of(v, info) {
                            let n = &self.objs.get(mo).name;
                            if n.to_lowercase() == lower && *n != m.name {
                                return Some(format!(
                                    "(missing method {})\n\t\thave {}{}\n\t\twant {}{}",
                                    m.name,
                                    n,
                                    self.signature_string(sig),
                                    m.name,
                                    self.signature_string(m.sig)
                                ));
                            }
                        }
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }
}
