// Package math as Go 1.27 declares it, for gosub. Functions without a body
// are native (src/stdlib/natives.rs); the others are written in Go from the
// package's documentation (special cases as documented) and interpreted like
// user code. Transcendental functions written here may differ from Go's in
// the last bit.
package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831261326031290457093659001765924054
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// Natives.
func Abs(x float64) float64
func Ceil(x float64) float64
func Cos(x float64) float64
func Exp(x float64) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Floor(x float64) float64
func Hypot(p, q float64) float64
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func Log(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func NaN() float64
func Pow(x, y float64) float64
func Round(x float64) float64
func Sin(x float64) float64
func Sqrt(x float64) float64
func Trunc(x float64) float64

const (
	signMask = 1 << 63
	fracMask = 1<<52 - 1
	expMask  = 0x7FF
	bias     = 1023
	// smallestNormal is the smallest positive normal float64.
	smallestNormal = 2.2250738585072014e-308
)

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// normalize returns a normal number y and exponent exp satisfying
// x == y × 2**exp. It assumes x is finite and non-zero.
func normalize(x float64) (y float64, exp int) {
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a normalized fraction and an integral power of two.
// It returns frac and exp satisfying f == frac × 2**exp, with the absolute
// value of frac in the interval [½, 1).
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>52)&expMask) - bias + 1
	x &^= expMask << 52
	x |= (bias - 1) << 52
	return Float64frombits(x), exp
}

// Ldexp is the inverse of Frexp. It returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>52&expMask) - bias
	if exp < -1075 {
		return Copysign(0, frac) // underflow
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	m := 1.0
	if exp < -1022 { // denormal: scale by a second, rounding multiplication
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= expMask << 52
	x |= uint64(exp+bias) << 52
	return m * Float64frombits(x)
}

// Modf returns integer and fractional floating-point numbers that sum to f.
// Both values have the same sign as f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	x := Float64bits(f)
	e := uint(x>>52&expMask) - bias
	if e < 52 {
		x &^= uint64(1)<<(52-e) - 1
	}
	int = Float64frombits(x)
	frac = f - int
	return
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	return t
}

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	r := Mod(x, y)
	if r == 0 {
		return r
	}
	ay := Abs(y)
	ar := Abs(r)
	// Is the truncated quotient odd?
	var odd bool
	if ay <= MaxFloat64/2 {
		odd = Abs(Mod(x, 2*ay)) >= ay
	} else {
		odd = Abs(x) >= ay
	}
	if ar > ay-ar || ar == ay-ar && odd {
		ar -= ay
	}
	if x < 0 {
		return -ar
	}
	return ar
}

// Exact powers of ten (as Go constants round them) for Pow10.
var pow10tab = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10postab32 = [10]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10negtab32 = [11]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}

// Pow10 returns 10**n, the base-10 exponential of n.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10postab32[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negtab32[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x; exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x. It is more
// accurate than Log(1 + x) when x is near zero.
func Log1p(x float64) float64 {
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	u := 1 + x
	if u == 1 {
		return x
	}
	return Log(u) * x / (u - 1)
}

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64 { return Pow(2, x) }

// Expm1 returns e**x - 1, the base-e exponential of x minus 1. It is more
// accurate than Exp(x) - 1 when x is near zero.
func Expm1(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return -1
	}
	u := Exp(x)
	if u == 1 {
		return x
	}
	um1 := u - 1
	if um1 == -1 {
		return -1
	}
	if IsInf(u, 1) {
		return u
	}
	return um1 * x / Log(u)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	var r float64
	switch {
	case x > 21:
		r = Exp(x) * 0.5
	case x > 0.5:
		e := Exp(x)
		r = (e - 1/e) * 0.5
	default:
		if x == 0 {
			r = x
		} else {
			t := Expm1(x)
			r = (t + t/(t+1)) * 0.5
		}
	}
	if sign {
		r = -r
	}
	return r
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	e := Exp(x)
	return (e + 1/e) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	z := Abs(x)
	switch {
	case IsNaN(x):
		return x
	case z > 44:
		return Copysign(1, x)
	case z == 0:
		return x
	}
	t := Expm1(2 * z)
	r := t / (t + 2)
	if x < 0 {
		r = -r
	}
	return r
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) || x == 0 {
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	var t float64
	switch {
	case x > 1<<28:
		t = Log(x) + Ln2
	case x > 2:
		t = Log(2*x + 1/(Sqrt(x*x+1)+x))
	default:
		t = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if sign {
		t = -t
	}
	return t
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= 1<<28:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case x == 0:
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	var t float64
	if x < 0.5 {
		t = x + x
		t = 0.5 * Log1p(t+t*x/(1-x))
	} else {
		t = 0.5 * Log1p((x+x)/(1-x))
	}
	if sign {
		t = -t
	}
	return t
}

// atanReduced evaluates arctan on [0, 0.66] with the rational approximation
// of the Cephes library.
func atanReduced(x float64) float64 {
	const (
		P0 = -8.750608600031904122785e-01
		P1 = -1.615753718733365076637e+01
		P2 = -7.500855792314704667340e+01
		P3 = -1.228866684490136173410e+02
		P4 = -6.485021904942025371773e+01
		Q0 = +2.485846490142306297962e+01
		Q1 = +1.650270098316988542046e+02
		Q2 = +4.328810604912902668951e+02
		Q3 = +4.853903996359136964868e+02
		Q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((P0*z+P1)*z+P2)*z+P3)*z + P4) / (((((z+Q0)*z+Q1)*z+Q2)*z+Q3)*z + Q4)
	z = x*z + x
	return z
}

// atanPositive reduces x >= 0 into [0, 0.66] for atanReduced.
func atanPositive(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // pi/2 = PIO2 + morebits
		tan3pio8 = 2.41421356237309504880      // tan(3*pi/8)
	)
	if x <= 0.66 {
		return atanReduced(x)
	}
	if x > tan3pio8 {
		return Pi/2 - atanReduced(1/x) + morebits
	}
	return Pi/4 + atanReduced((x-1)/(x+1)) + 0.5*morebits
}

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	if x > 1 {
		return NaN()
	}
	temp := Sqrt(1 - x*x)
	if x > 0.7 {
		temp = Pi/2 - atanPositive(temp/x)
	} else {
		temp = atanPositive(x / temp)
	}
	if sign {
		temp = -temp
	}
	return temp
}

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			switch {
			case IsInf(y, 0):
				return Copysign(Pi/4, y)
			default:
				return Copysign(0, y)
			}
		}
		switch {
		case IsInf(y, 0):
			return Copysign(3*Pi/4, y)
		default:
			return Copysign(Pi, y)
		}
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	return Sin(x) / Cos(x)
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	a := Abs(x)
	t := Pow(a, 1.0/3)
	// One Newton step corrects the last bits of the approximation.
	t = t - (t*t*t-a)/(3*t*t)
	return Copysign(t, x)
}

// FMA returns x * y + z, computed with only one rounding. (Here: an exact
// product split into two parts, then summed; it can differ from a true
// fused multiply-add in rare double-rounding cases.)
func FMA(x, y, z float64) float64 {
	if x == 0 || y == 0 || z == 0 || IsInf(x, 0) || IsInf(y, 0) || IsInf(z, 0) || IsNaN(x) || IsNaN(y) || IsNaN(z) {
		return x*y + z
	}
	p := x * y
	if IsInf(p, 0) {
		return p + z
	}
	// Dekker's exact product: x*y == p + e.
	const split = 134217729 // 2^27 + 1
	xh := x * split
	xh = xh - (xh - x)
	xl := x - xh
	yh := y * split
	yh = yh - (yh - y)
	yl := y - yh
	e := ((xh*yh - p) + xh*yl + xl*yh) + xl*yl
	// Knuth's two-sum: p + z == s + t exactly.
	s := p + z
	bb := s - p
	t := (p - (s - bb)) + (z - bb)
	return s + (t + e)
}

// Float32bits returns the IEEE 754 binary representation of f, with the
// sign bit of f and the result in the same bit position.
func Float32bits(f float32) uint32 {
	b := Float64bits(float64(f))
	sign := uint32(b>>63) << 31
	exp := int(b>>52) & expMask
	m := b & fracMask
	switch {
	case exp == expMask: // Inf or NaN
		if m != 0 {
			return sign | 0x7F800000 | uint32(m>>29) | 0x400000
		}
		return sign | 0x7F800000
	case exp == 0:
		return sign
	}
	e := exp - bias + 127
	if e >= 1 {
		return sign | uint32(e)<<23 | uint32(m>>29)
	}
	// A float32 denormal.
	return sign | uint32((m|1<<52)>>uint(29+1-e))
}

// Float32frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b, with the sign bit of b and the result in
// the same bit position.
func Float32frombits(b uint32) float32 {
	neg := b>>31 != 0
	e := int(b>>23) & 0xFF
	m := b & 0x7FFFFF
	var v float64
	switch {
	case e == 0xFF:
		if m != 0 {
			return float32(NaN())
		}
		v = Inf(1)
	case e == 0:
		v = float64(m) * Float64frombits(uint64(1023-149)<<52)
	default:
		v = float64(m|1<<23) * Float64frombits(uint64(1023+e-150)<<52)
	}
	if neg {
		v = -v
	}
	return float32(v)
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards
// y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	_, e := Frexp(x)
	return e - 1
}

// Logb returns the binary exponent of x.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	_, e := Frexp(x)
	return float64(e - 1)
}

// Not yet written for gosub (declared so that a program using them is told
// so, rather than that they do not exist).
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfinv(x float64) float64
func Erfcinv(x float64) float64
func Gamma(x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
