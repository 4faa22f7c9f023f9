//! Package `errors`: `New` and `Is`.
//!
//! An error made by `errors.New` is a distinct value: two calls with the same
//! text are not equal, so `errors.Is` compares by identity for them and with
//! `==` for comparable error types of the program (the host decides).

use super::api::*;
use crate::vm::value::Value;

fn new(_: &mut dyn Host, a: &[Value]) -> Ret {
    Ok(vec![error_value(&text(a, 0))])
}

fn is(h: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(h.errors_equal(&a[0], &a[1]))
}

pub static PACKAGE: Package = Package {
    path: "errors",
    funcs: &[
        Func { name: "New", params: Params::Fixed(&[Ty::String]), results: &[Ty::Error], cost: 30, effect: Effect::Pure, run: new },
        Func { name: "Is", params: Params::Fixed(&[Ty::Error, Ty::Error]), results: &[Ty::Bool], cost: 30, effect: Effect::Pure, run: is },
    ],
    consts: &[],
};
