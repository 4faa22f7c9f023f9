//! Package `os`: writing to the standard files, `Exit`, and an empty
//! environment. `Stdout`, `Stderr`, `Args` and `*os.File` are the Go source's
//! (`go/os.go`).

use super::api::*;
use crate::vm::value::Value;

/// Writes to file descriptor 1 or 2 (`(*os.File).Write`); Stdin takes no writes.
fn write(h: &mut dyn Host, a: &[Value]) -> Ret {
    let t = text(a, 1);
    match a[0].int() {
        1 => h.stdout(&t),
        2 => h.stderr(&t),
        _ => {}
    }
    none()
}

/// Ends the program now with this status: deferred calls do not run.
fn exit(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.exit(a[0].int() as i32);
    Err(Stop::Thrown)
}

/// The program has no environment.
fn getenv(_: &mut dyn Host, _: &[Value]) -> Ret {
    string("")
}

fn lookup_env(_: &mut dyn Host, _: &[Value]) -> Ret {
    Ok(vec![Value::from_str(""), Value::Bool(false)])
}

pub static PACKAGE: Package = Package {
    path: "os",
    funcs: &[
        Func { name: "write", params: Params::Fixed(&[Ty::Int, Ty::String]), results: &[], cost: 2_000, effect: Effect::Output, run: write },
        Func { name: "Exit", params: Params::Fixed(&[Ty::Int]), results: &[], cost: 30, effect: Effect::Runtime, run: exit },
        Func { name: "Getenv", params: Params::Fixed(&[Ty::String]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: getenv },
        Func { name: "LookupEnv", params: Params::Fixed(&[Ty::String]), results: &[Ty::String, Ty::Bool], cost: 30, effect: Effect::Pure, run: lookup_env },
    ],
    consts: &[],
};
