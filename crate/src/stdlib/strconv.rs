//! Package `strconv`: integer conversions, with Go's `*NumError` texts
//! (`strconv.Atoi: parsing "x": invalid syntax`).

use super::api::*;
use crate::vm::value::Value;

fn itoa(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(&a[0].int().to_string())
}

fn format_int(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (v, base) = (a[0].int(), a[1].int());
    if !(2..=36).contains(&base) {
        return Err(Stop::Panic("strconv: illegal AppendInt/FormatInt base".into()));
    }
    string(&radix(v, base as u32))
}

fn atoi(_: &mut dyn Host, a: &[Value]) -> Ret {
    let t = text(a, 0);
    let parsed = if t.is_empty() || t.len() > 20 { None } else { t.parse::<i64>().ok().filter(|_| !t.starts_with('+') || t.len() > 1) };
    match parsed {
        Some(v) => Ok(vec![Value::Int(v), Value::Nil]),
        None => {
            let digits = t.trim_start_matches(['+', '-']);
            let why = if !t.is_empty() && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) { "value out of range" } else { "invalid syntax" };
            Ok(vec![Value::Int(0), error_value(&format!("strconv.Atoi: parsing {}: {}", crate::lang::lexer::quote_go(&t), why))])
        }
    }
}

/// `v` in base `base` (2…36), lower-case digits, as `FormatInt` writes it.
fn radix(v: i64, base: u32) -> String {
    if v == 0 {
        return "0".into();
    }
    let mut u = v.unsigned_abs();
    let mut out = Vec::new();
    while u > 0 {
        out.push(std::char::from_digit((u % base as u64) as u32, base).unwrap_or('?'));
        u /= base as u64;
    }
    if v < 0 {
        out.push('-');
    }
    out.iter().rev().collect()
}

pub static PACKAGE: Package = Package {
    path: "strconv",
    funcs: &[
        Func { name: "Itoa", params: Params::Fixed(&[Ty::Int]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: itoa },
        Func { name: "Atoi", params: Params::Fixed(&[Ty::String]), results: &[Ty::Int, Ty::Error], cost: 30, effect: Effect::Pure, run: atoi },
        Func { name: "FormatInt", params: Params::Fixed(&[Ty::Int64, Ty::Int]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: format_int },
    ],
    consts: &[],
};
