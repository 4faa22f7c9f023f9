//! Package `errors`: `New` (and what the Go source's `Is` and `As` need
//! reflection for, `go/errors.go`).
//!
//! An error made by `errors.New` is a distinct value: two calls with the same
//! text are not equal (the machine compares `*errors.errorString` values by
//! identity).

use super::api::*;
use crate::vm::value::Value;

fn new(_: &mut dyn Host, a: &[Value]) -> Ret {
    Ok(vec![error_value(&text(a, 0))])
}

/// Whether `==` may compare with the target (reflectlite's `Comparable`).
fn comparable(h: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(h.comparable(&a[0]))
}

/// `errors.As`'s panics for a bad target.
fn check_target(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.check_as_target(&a[0]).map_err(|m| Stop::Panic(m.into()))?;
    none()
}

/// `*target = err` when err's type is assignable to *target's.
fn assign_to(h: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(h.assign_to(&a[0], &a[1]))
}

pub static PACKAGE: Package = Package {
    path: "errors",
    funcs: &[
        Func { name: "New", params: Params::Fixed(&[Ty::String]), results: &[Ty::Error], cost: 30, effect: Effect::Pure, run: new },
        Func { name: "comparable", params: Params::Fixed(&[Ty::Error]), results: &[Ty::Bool], cost: 10, effect: Effect::Pure, run: comparable },
        Func { name: "checkTarget", params: Params::Fixed(&[Ty::Any]), results: &[], cost: 10, effect: Effect::Pure, run: check_target },
        Func { name: "assignTo", params: Params::Fixed(&[Ty::Error, Ty::Any]), results: &[Ty::Bool], cost: 10, effect: Effect::Runtime, run: assign_to },
    ],
    consts: &[],
};
