//! Package `runtime`: yielding, counting goroutines, and the number of Ps.

use super::api::*;
use crate::vm::value::Value;

fn gosched(h: &mut dyn Host, _: &[Value]) -> Ret {
    h.gosched();
    none()
}

fn num_goroutine(h: &mut dyn Host, _: &[Value]) -> Ret {
    int(h.num_goroutine())
}

/// maprace models two Ps: `GOMAXPROCS(n)` reports 2 and changes nothing.
fn gomaxprocs(_: &mut dyn Host, _: &[Value]) -> Ret {
    int(2)
}

pub static PACKAGE: Package = Package {
    path: "runtime",
    funcs: &[
        Func { name: "Gosched", params: Params::Fixed(&[]), results: &[], cost: 30, effect: Effect::Blocks, run: gosched },
        Func { name: "NumGoroutine", params: Params::Fixed(&[]), results: &[Ty::Int], cost: 30, effect: Effect::Runtime, run: num_goroutine },
        Func { name: "GOMAXPROCS", params: Params::Fixed(&[Ty::Int]), results: &[Ty::Int], cost: 30, effect: Effect::Pure, run: gomaxprocs },
    ],
    consts: &[],
};
