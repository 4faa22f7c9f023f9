//! Package `math`: the float64 functions maprace provides so far, with Go's
//! special cases (NaN propagates through `Max`/`Min`), and the constants.

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

fn pow(_: &mut dyn Host, a: &[Value]) -> Ret {
    float(x(a).powf(y(a)))
}

fn is_nan(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(x(a).is_nan())
}

fn is_inf(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (f, sign) = (x(a), a.get(1).map(|v| v.int()).unwrap_or(0));
    boolean(f.is_infinite() && (sign == 0 || (sign > 0) == (f > 0.0)))
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
        f("Pow", &[F, F], &[F], pow),
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
    ],
};
