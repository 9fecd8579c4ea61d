//! Types as gc prints them in messages (types2's `typestring.go`).
//!
//! Named types of the package being checked print unqualified (`Square`),
//! others with their package name (`*strings.Builder`); `any`, `byte` and
//! `rune` keep their names; parameter names are printed when declared.
//! Simplification: user-declared aliases print as the aliased type (types2
//! keeps alias names since Go 1.23).

use super::Program;
use super::typ::*;

/// Packages whose names collide with internal packages in the standard
/// library's own import graph, so types2 qualifies them by quoted path.
const QUOTED_PATHS: &[&str] = &["sync", "sync/atomic"];

impl Program {
    pub fn type_string(&self, t: TypeId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, t, &mut Vec::new());
        out
    }

    fn write_type(&self, out: &mut String, t: TypeId, seen: &mut Vec<TypeId>) {
        match self.types.get(t) {
            Type::Basic(b) => out.push_str(b.name()),
            Type::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, seen);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, seen);
            }
            Type::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write_type(out, *e, seen);
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, seen);
                out.push(']');
                self.write_type(out, *v, seen);
            }
            Type::Chan(dir, e) => {
                let elem_recv = matches!(self.types.get(*e), Type::Chan(ChanDir::Recv, _));
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both && elem_recv;
                if paren {
                    out.push('(');
                }
                self.write_type(out, *e, seen);
                if paren {
                    out.push(')');
                }
            }
            Type::Struct(fields) => {
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, seen);
                    if !f.tag.is_empty() {
                        out.push_str(&format!(" {:?}", f.tag));
                    }
                }
                out.push('}');
            }
            Type::Signature(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, seen);
            }
            Type::Interface(iface) => {
                if iface.id == ANY_IFACE_ID {
                    out.push_str("any");
                    return;
                }
                if iface.methods.is_empty() && iface.embeddeds.is_empty() {
                    out.push_str("interface{}");
                    return;
                }
                out.push_str("interface{");
                let mut first = true;
                for m in &iface.methods {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(&m.name);
                    if let Type::Signature(s) = self.types.get(m.sig) {
                        self.write_signature(out, s, seen);
                    }
                }
                for e in &iface.embeddeds {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    match e {
                        Embedded::Type(t) => self.write_type(out, *t, seen),
                        Embedded::Union(terms) => self.write_terms(out, terms, seen),
                    }
                }
                out.push('}');
            }
            Type::Tuple(v) => {
                out.push('(');
                for (i, t) in v.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *t, seen);
                }
                out.push(')');
            }
            Type::Named(i) => {
                let info = &self.types.named[*i as usize];
                let obj = self.objs.get(info.obj);
                if let Some(p) = obj.pkg.filter(|&p| Some(p) != self.current) {
                    let pkg = &self.pkgs[p.0 as usize];
                    // types2 writes the path when two imported packages share
                    // the name; in Go 1.27 `sync` and `sync/atomic` always
                    // do (internal/sync, internal/runtime/atomic).
                    if QUOTED_PATHS.contains(&pkg.path.as_str()) {
                        out.push_str(&format!("{:?}", pkg.path));
                    } else {
                        out.push_str(&pkg.name);
                    }
                    out.push('.');
                }
                out.push_str(&obj.name);
                if let Some((_, args)) = &info.origin {
                    out.push('[');
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        self.write_type(out, *a, seen);
                    }
                    out.push(']');
                }
            }
            Type::TypeParam(i) => out.push_str(&self.objs.get(self.types.tparams[*i as usize].obj).name),
        }
    }

    fn write_terms(&self, out: &mut String, terms: &[Term], seen: &mut Vec<TypeId>) {
        for (i, t) in terms.iter().enumerate() {
            if i > 0 {
                out.push_str(" | ");
            }
            if t.tilde {
                out.push('~');
            }
            self.write_type(out, t.ty, seen);
        }
    }

    pub fn terms_string(&self, terms: &[Term]) -> String {
        let mut out = String::new();
        self.write_terms(&mut out, terms, &mut Vec::new());
        out
    }

    fn write_signature(&self, out: &mut String, sig: &Signature, seen: &mut Vec<TypeId>) {
        out.push('(');
        self.write_params(out, &sig.params, sig.variadic, seen);
        out.push(')');
        match sig.results.as_slice() {
            [] => {}
            [r] if r.name.is_empty() => {
                out.push(' ');
                self.write_type(out, r.ty, seen);
            }
            rs => {
                out.push_str(" (");
                self.write_params(out, rs, false, seen);
                out.push(')');
            }
        }
    }

    fn write_params(&self, out: &mut String, ps: &[Param], variadic: bool, seen: &mut Vec<TypeId>) {
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if !p.name.is_empty() {
                out.push_str(&p.name);
                out.push(' ');
            }
            if variadic && i == ps.len() - 1 {
                out.push_str("...");
                let elem = match self.types.get(p.ty) {
                    Type::Slice(e) => *e,
                    _ => p.ty,
                };
                self.write_type(out, elem, seen);
            } else {
                self.write_type(out, p.ty, seen);
            }
        }
    }

    /// A signature without the `func` keyword, as in `have (int) want (string)`.
    pub fn signature_string(&self, t: TypeId) -> String {
        let mut out = String::new();
        if let Type::Signature(s) = self.types.get(t) {
            self.write_signature(&mut out, s, &mut Vec::new());
        }
        out
    }
}
