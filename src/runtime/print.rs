//! The runtime's own printer (`runtime/print.go`), used by the `print` and
//! `println` builtins and for panic values of basic kinds.

/// `printfloat`: seven significant digits in `+d.dddddde+ddd` form.
pub fn float(out: &mut Vec<u8>, mut v: f64) {
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = ((e / 10) % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    out.extend_from_slice(&buf);
}
