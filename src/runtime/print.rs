//! The runtime's own printer (`runtime/print.go`), used by the `print` and
//! `println` builtins and for panic values of basic kinds.

/// `printfloat` as of Go 1.27: the shortest representation that reads
/// back to the same value (`%g` style, `1e+21`), with `+Inf`.
pub fn float(out: &mut Vec<u8>, v: f64, bitsize: u32) {
    if v.is_infinite() && v > 0.0 {
        out.extend_from_slice(b"+Inf");
        return;
    }
    crate::stdlib::strconv::ftoa::append_float(out, v, b'g', -1, bitsize);
}
