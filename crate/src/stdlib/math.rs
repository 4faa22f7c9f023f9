//! Package `math`: float64 functions with Go's special cases (NaN propagates
//! through `Max`/`Min`), and the constants.
//!
//! Only functions with one exact answer are here (`Sqrt`, `Floor`, `Trunc`,
//! `Round`, `Mod`, `Remainder`, …), which every correct implementation
//! computes to the same bits. The transcendental ones (`Sin`, `Exp`, `Log`,
//! `Cbrt`, `Hypot`, …) are not yet: Go computes them with its own algorithms
//! (some in amd64 assembly), which differ from libm's in the last bit for
//! many inputs (checked against real Go: 19 of 21 functions differed on the
//! inputs of `lib_math.go`), and printing a float shows every bit. They
//! need ports of Go's `math` sources. `Pow` predates this rule: it is
//! computed by `libm` (the same bits natively and in wasm) and is exact for
//! the integer powers programs mostly use.

use super::api::*;
use crate::vm::value::Value;

fn x(a: &[Value]) -> f64 {
    a.first().map(|v| v.float()).unwrap_or(0.0)
}

fn y(a: &[Value]) -> f64 {
    a.get(1).map(|v| v.float()).unwrap_or(0.0)
}

fn float(f: f64) -> Ret {
    Ok(vec![Value::Float(f)])
}

fn nan(_: &mut dyn Host, _: &[Value]) -> Ret {
    float(f64::NAN)
}

fn inf(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(if a[0].int() >= 0 { f64::INFINITY } else { f64::NEG_INFINITY })
}

fn sqrt(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(x(a).sqrt())
}

fn abs(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(x(a).abs())
}

fn floor(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(x(a).floor())
}

fn ceil(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(x(a).ceil())
}

fn max(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (x, y) = (x(a), y(a));
    float(if x.is_nan() || y.is_nan() { f64::NAN } else { x.max(y) })
}

fn min(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (x, y) = (x(a), y(a));
    float(if x.is_nan() || y.is_nan() { f64::NAN } else { x.min(y) })
}

fn is_nan(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(x(a).is_nan())
}

fn is_inf(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (f, sign) = (x(a), a.get(1).map(|v| v.int()).unwrap_or(0));
    boolean(f.is_infinite() && (sign == 0 || (sign > 0) == (f > 0.0)))
}

fn pow_go(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(libm::pow(x(a), y(a)))
}

/// A float64 function of one float64 that has one exact answer, computed by `libm`.
macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(_: &mut dyn Host, a: &[Value]) -> Ret {
            let f: fn(f64) -> f64 = $f;
            float(f(x(a)))
        })*
    };
}

unary! {
    trunc => libm::trunc,
    round => libm::round,
    round_to_even => libm::rint,
}

/// `Mod`: the remainder of x/y with the sign of x (C's fmod).
fn fmod(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(libm::fmod(x(a), y(a)))
}

fn remainder(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(libm::remainder(x(a), y(a)))
}

fn dim(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (x, y) = (x(a), y(a));
    float(if x.is_nan() || y.is_nan() { f64::NAN } else if x - y <= 0.0 { 0.0 } else { x - y })
}

fn copysign(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(x(a).copysign(y(a)))
}

fn signbit(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(x(a).is_sign_negative())
}

fn float64bits(_: &mut dyn Host, a: &[Value]) -> Ret {
    Ok(vec![Value::Int(x(a).to_bits() as i64)])
}

fn float64frombits(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(f64::from_bits(a[0].int() as u64))
}

fn modf(_: &mut dyn Host, a: &[Value]) -> Ret {
    let f = x(a);
    let int = if f.is_infinite() { f } else { libm::trunc(f) };
    let frac = if f.is_infinite() { f64::NAN } else { (f - int).copysign(f) };
    Ok(vec![Value::Float(int), Value::Float(frac)])
}

const F: Ty = Ty::Float64;

const fn f(name: &'static str, params: &'static [Ty], results: &'static [Ty], run: Run) -> Func {
    Func { name, params: Params::Fixed(params), results, cost: 30, effect: Effect::Pure, run }
}

pub static PACKAGE: Package = Package {
    path: "math",
    funcs: &[
        f("NaN", &[], &[F], nan),
        f("Inf", &[Ty::Int], &[F], inf),
        f("Sqrt", &[F], &[F], sqrt),
        f("Abs", &[F], &[F], abs),
        f("Floor", &[F], &[F], floor),
        f("Ceil", &[F], &[F], ceil),
        f("Max", &[F, F], &[F], max),
        f("Min", &[F, F], &[F], min),
        f("Pow", &[F, F], &[F], pow_go),
        f("Trunc", &[F], &[F], trunc),
        f("Round", &[F], &[F], round),
        f("RoundToEven", &[F], &[F], round_to_even),
        f("Mod", &[F, F], &[F], fmod),
        f("Remainder", &[F, F], &[F], remainder),
        f("Dim", &[F, F], &[F], dim),
        f("Copysign", &[F, F], &[F], copysign),
        f("Signbit", &[F], &[Ty::Bool], signbit),
        f("Float64bits", &[F], &[Ty::Uint64], float64bits),
        f("Float64frombits", &[Ty::Uint64], &[F], float64frombits),
        f("Modf", &[F], &[F, F], modf),
        f("IsNaN", &[F], &[Ty::Bool], is_nan),
        f("IsInf", &[F, Ty::Int], &[Ty::Bool], is_inf),
    ],
    consts: &[
        Const { name: "Pi", value: ConstValue::Float(std::f64::consts::PI) },
        Const { name: "E", value: ConstValue::Float(std::f64::consts::E) },
        Const { name: "MaxFloat64", value: ConstValue::Float(f64::MAX) },
        Const { name: "MaxInt", value: ConstValue::Int(i64::MAX as i128) },
        Const { name: "MaxInt64", value: ConstValue::Int(i64::MAX as i128) },
        Const { name: "MinInt", value: ConstValue::Int(i64::MIN as i128) },
        Const { name: "MinInt64", value: ConstValue::Int(i64::MIN as i128) },
        Const { name: "MaxInt32", value: ConstValue::Int(i32::MAX as i128) },
        Const { name: "MinInt32", value: ConstValue::Int(i32::MIN as i128) },
        Const { name: "MaxUint32", value: ConstValue::Int(u32::MAX as i128) },
        Const { name: "MaxInt8", value: ConstValue::Int(127) },
        Const { name: "MaxUint8", value: ConstValue::Int(255) },
        Const { name: "MaxInt16", value: ConstValue::Int(i16::MAX as i128) },
        Const { name: "MinInt16", value: ConstValue::Int(i16::MIN as i128) },
        Const { name: "MinInt8", value: ConstValue::Int(-128) },
        Const { name: "MaxUint16", value: ConstValue::Int(u16::MAX as i128) },
        Const { name: "MaxUint64", value: ConstValue::Int(u64::MAX as i128) },
        Const { name: "MaxUint", value: ConstValue::Int(u64::MAX as i128) },
        Const { name: "SmallestNonzeroFloat64", value: ConstValue::Float(4.9406564584124654e-324) },
        Const { name: "MaxFloat32", value: ConstValue::Float(3.40282346638528859811704183484516925440e+38) },
        Const { name: "Sqrt2", value: ConstValue::Float(std::f64::consts::SQRT_2) },
        Const { name: "Ln2", value: ConstValue::Float(std::f64::consts::LN_2) },
        Const { name: "Ln10", value: ConstValue::Float(std::f64::consts::LN_10) },
        Const { name: "Phi", value: ConstValue::Float(1.61803398874989484820458683436563811772030917980576286213544862) },
    ],
};
