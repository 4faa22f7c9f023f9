//! The builtins `print` and `println`: they write to standard error, each
//! value in the runtime's own short form (floats as `+1.500000e+000`).
//!
//! They are not a package one can import; they live here because they run
//! as package functions do (one step, a row of data). The compiler reaches
//! them through [`super::builtin_func`], never through an import.

use super::api::*;
use crate::vm::value::Value;

fn print(h: &mut dyn Host, a: &[Value]) -> Ret {
    let parts: Vec<std::string::String> = a.iter().map(|v| h.print_builtin(v)).collect();
    h.stderr(&parts.join(""));
    none()
}

fn println(h: &mut dyn Host, a: &[Value]) -> Ret {
    let parts: Vec<std::string::String> = a.iter().map(|v| h.print_builtin(v)).collect();
    h.stderr(&(parts.join(" ") + "\n"));
    none()
}

pub static PACKAGE: Package = Package {
    path: "builtin",
    funcs: &[
        Func { name: "print", params: Params::Variadic(&[], Ty::Any), results: &[], cost: 2_000, effect: Effect::Output, run: print },
        Func { name: "println", params: Params::Variadic(&[], Ty::Any), results: &[], cost: 2_000, effect: Effect::Output, run: println },
    ],
    consts: &[],
};
