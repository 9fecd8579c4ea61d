//! Package initialization order (types2's `initorder.go`; Go spec,
//! "Package initialization").
//!
//! Dependencies recorded while checking each package-level declaration
//! give a graph; a variable depends on the variables it refers to directly
//! or through the functions it refers to, transitively. Variables are then
//! initialized in declaration order, each as soon as its dependencies are,
//! and a variable that depends on itself is gc's `initialization cycle`.

use super::check::Checker;
use super::object::ObjKind;
use super::typ::ObjId;
use crate::fxhash::FxHashSet as HashSet;

impl Checker<'_> {
    /// The variables a package-level object needs initialized first.
    fn var_deps(&self, obj: ObjId) -> (HashSet<ObjId>, Vec<ObjId>) {
        let mut vars = HashSet::default();
        let mut seen = HashSet::default();
        let mut path = Vec::new();
        let mut stack: Vec<(ObjId, Vec<ObjId>)> =
            self.obj_deps.get(&obj).into_iter().flatten().map(|&d| (d, vec![obj, d])).collect();
        while let Some((d, p)) = stack.pop() {
            if d == obj {
                // Back at the start: a cycle (the shortest found first wins).
                if path.is_empty() {
                    path = p;
                }
                vars.insert(d);
                continue;
            }
            if !seen.insert(d) {
                continue;
            }
            match self.p.objs.get(d).kind {
                ObjKind::Var(_) | ObjKind::Func(_) => {
                    if matches!(self.p.objs.get(d).kind, ObjKind::Var(_)) {
                        vars.insert(d);
                    }
                    for &n in self.obj_deps.get(&d).into_iter().flatten() {
                        let mut q = p.clone();
                        q.push(n);
                        stack.push((n, q));
                    }
                }
                _ => {}
            }
        }
        (vars, path)
    }

    pub fn init_order(&mut self) {
        let specs = std::mem::take(&mut self.var_specs);
        let mut pending: Vec<(Vec<ObjId>, u32, HashSet<ObjId>)> = Vec::new();
        let mut reported = false;
        for (objs, pos) in &specs {
            let mut deps = HashSet::default();
            for &o in objs {
                let (d, cycle) = self.var_deps(o);
                if d.contains(&o) && !reported {
                    reported = true;
                    let name = self.p.objs.get(o).name.clone();
                    let opos = self.p.objs.get(o).pos;
                    if cycle.len() <= 2 {
                        self.error(opos, format!("initialization cycle: {name} refers to itself"));
                    } else {
                        let mut msg = format!("initialization cycle for {name}");
                        for w in cycle.windows(2) {
                            let (a, b) = (self.p.objs.get(w[0]), self.p.objs.get(w[1]));
                            let p = self.map.position(a.pos);
                            msg.push_str(&format!(
                                "\n\t{}:{}:{}: {} refers to {}",
                                p.file, p.line, p.col, a.name, b.name
                            ));
                        }
                        self.error(opos, msg);
                    }
                }
                deps.extend(d);
            }
            for o in objs {
                deps.remove(o);
            }
            pending.push((objs.clone(), *pos, deps));
        }
        let mut done: HashSet<ObjId> = HashSet::default();
        let mut order = Vec::new();
        while !pending.is_empty() {
            let i = pending.iter().position(|(_, _, d)| d.iter().all(|x| done.contains(x))).unwrap_or(0);
            let (objs, pos, _) = pending.remove(i);
            done.extend(objs.iter().copied());
            order.push((objs, pos));
        }
        self.p.pkgs[self.pkg.0 as usize].init_order = order;
    }
}
