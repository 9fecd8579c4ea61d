//! Type predicates (types2's `predicates.go`, `typeset.go`): identity,
//! comparability, nil-ability, and the type sets of interfaces.
//!
//! Invariant: every predicate is total over valid `TypeId`s and terminates
//! on recursive types (a named type is compared by identity, which stops
//! the recursion through its underlying type).

use super::Program;
use super::typ::*;

impl Program {
    /// Go's type identity (spec, "Type identity").
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let t = &self.types;
        match (t.get(a), t.get(b)) {
            (Type::Basic(x), Type::Basic(y)) => x.kind() == y.kind(),
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => self.identical(*x, *y),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical(*x, *y),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.identical(*k1, *k2) && self.identical(*v1, *v2),
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && self.identical(*x, *y),
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.tag == y.tag
                            && (x.pkg == y.pkg || is_exported(&x.name))
                            && self.identical(x.ty, y.ty)
                    })
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.params.iter().zip(&s2.params).all(|(x, y)| self.identical(x.ty, y.ty))
                    && s1.results.iter().zip(&s2.results).all(|(x, y)| self.identical(x.ty, y.ty))
            }
            (Type::Interface(_), Type::Interface(_)) => {
                let (x, y) = (self.type_set(a), self.type_set(b));
                x.methods.len() == y.methods.len()
                    && x.methods.iter().zip(&y.methods).all(|(m, n)| m.name == n.name && self.identical(m.sig, n.sig))
                    && x.comparable == y.comparable
                    && match (&x.terms, &y.terms) {
                        (None, None) => true,
                        (Some(p), Some(q)) => {
                            p.len() == q.len()
                                && p.iter().all(|s| q.iter().any(|u| s.tilde == u.tilde && self.identical(s.ty, u.ty)))
                        }
                        _ => false,
                    }
            }
            (Type::Tuple(x), Type::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.identical(*p, *q))
            }
            (Type::Named(_), Type::Named(_)) => {
                match (&t.named_info(a).unwrap().origin, &t.named_info(b).unwrap().origin) {
                    (Some((o1, a1)), Some((o2, a2))) => {
                        o1 == o2 && a1.len() == a2.len() && a1.iter().zip(a2).all(|(x, y)| self.identical(*x, *y))
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// The type set of an interface (or a type parameter's constraint):
    /// all methods sorted by name, and the union of terms.
    pub fn type_set(&self, t: TypeId) -> TypeSet {
        let mut ts = TypeSet::default();
        self.collect_type_set(self.types.under(t), &mut ts, 0);
        ts.methods.sort_by(|a, b| a.name.cmp(&b.name));
        ts.methods.dedup_by(|a, b| a.name == b.name);
        ts
    }

    fn collect_type_set(&self, t: TypeId, ts: &mut TypeSet, depth: u32) {
        if depth > 64 {
            return;
        }
        let Type::Interface(iface) = self.types.get(t) else {
            // A non-interface embedded type restricts the set to itself.
            self.intersect_terms(ts, vec![Term { tilde: false, ty: t }]);
            return;
        };
        ts.methods.extend(iface.methods.iter().cloned());
        for e in &iface.embeddeds {
            match e {
                Embedded::Type(et) => {
                    let u = self.types.under(*et);
                    if self.comparable_iface(*et) {
                        ts.comparable = true;
                    }
                    if let Type::Interface(_) = self.types.get(u) {
                        let mut inner = TypeSet::default();
                        self.collect_type_set(u, &mut inner, depth + 1);
                        ts.methods.extend(inner.methods);
                        ts.comparable |= inner.comparable;
                        if let Some(terms) = inner.terms {
                            self.intersect_terms(ts, terms);
                        }
                    } else {
                        self.intersect_terms(ts, vec![Term { tilde: false, ty: *et }]);
                    }
                }
                Embedded::Union(terms) => {
                    // A union of interfaces contributes their terms.
                    let mut flat = Vec::new();
                    for term in terms {
                        let u = self.types.under(term.ty);
                        if !term.tilde
                            && matches!(self.types.get(u), Type::Interface(_))
                            && !self.types.is_tparam(term.ty)
                        {
                            let inner = self.type_set(u);
                            match inner.terms {
                                Some(v) => flat.extend(v),
                                None => flat.push(*term),
                            }
                        } else {
                            flat.push(*term);
                        }
                    }
                    self.intersect_terms(ts, flat);
                }
            }
        }
    }

    fn comparable_iface(&self, t: TypeId) -> bool {
        self.comparable_obj.is_some_and(|c| self.objs.get(c).ty == t)
    }

    fn intersect_terms(&self, ts: &mut TypeSet, terms: Vec<Term>) {
        ts.terms = Some(match ts.terms.take() {
            None => terms,
            Some(old) => old
                .into_iter()
                .filter(|a| terms.iter().any(|b| self.term_includes(b, a.ty) || self.term_includes(a, b.ty)))
                .collect(),
        });
    }

    /// Does the term `~T` / `T` include type `x`?
    pub fn term_includes(&self, term: &Term, x: TypeId) -> bool {
        if term.tilde {
            self.identical(self.types.under(term.ty), self.types.under(x))
        } else {
            self.identical(term.ty, x)
        }
    }

    /// Is the type comparable with `==` (spec, "Comparison operators")?
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        if self.types.is_tparam(t) {
            let ts = self.type_set(t);
            return ts.comparable
                || ts
                    .terms
                    .as_ref()
                    .is_some_and(|v| !v.is_empty() && v.iter().all(|x| self.comparable_depth(x.ty, depth + 1)));
        }
        match self.types.under_type(t) {
            Type::Basic(b) => *b != Basic::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.ty, depth + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, depth + 1),
            _ => false,
        }
    }

    /// Can `nil` be assigned to the type?
    pub fn has_nil(&self, t: TypeId) -> bool {
        // A type parameter has nil when every type in its type set does.
        if self.types.is_tparam(t) {
            let ts = self.type_set(t);
            return ts
                .terms
                .as_ref()
                .is_some_and(|terms| !terms.is_empty() && terms.iter().all(|term| self.has_nil(term.ty)));
        }
        match self.types.under_type(t) {
            Type::Basic(b) => matches!(b, Basic::UnsafePointer | Basic::UntypedNil),
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => true,
            Type::Interface(_) => !self.types.is_tparam(t),
            _ => false,
        }
    }

    /// The core type of a type parameter (spec, "Core types"), or the
    /// underlying type of any other type.
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        if !self.types.is_tparam(t) {
            return Some(self.types.under(t));
        }
        let ts = self.type_set(t);
        let terms = ts.terms?;
        let mut core: Option<TypeId> = None;
        for term in terms {
            let u = self.types.under(term.ty);
            match core {
                None => core = Some(u),
                Some(c) if self.identical(c, u) => {}
                Some(_) => return None,
            }
        }
        core
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}
