//! The stepper's views of runtime state: the scheduler, a channel, the
//! heap, the allocator's span hierarchy and the collector.

// Placeholder signatures until the views land (replaced at merge).
use crate::interp::Machine;
use crate::runtime::trace::Tracer;
use crate::types::typ::TypeId;
pub fn sched(_m: &Machine) -> String {
    String::new()
}
pub fn chan(_m: &mut Machine, _t: &mut Tracer, _ch: u64, _elem: TypeId) -> String {
    String::new()
}
pub fn heap(_m: &mut Machine, _t: &mut Tracer, _root: Option<(u64, TypeId)>) -> String {
    String::new()
}
pub fn mem(_m: &Machine) -> String {
    String::new()
}
pub fn gc(_m: &Machine, _t: &mut Tracer, _shaded: &[u64]) -> String {
    String::new()
}
