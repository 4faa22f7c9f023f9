//! Package `sort`: its Go source is `go/sort.go` (Go's own pdqsort, so equal
//! elements end where Go puts them). The rows here are what Go does by
//! reflection for `sort.Slice`, `SliceStable` and `SliceIsSorted`, whose
//! slice comes as an `any`: its length, and swapping two of its elements
//! (internal/reflectlite.Swapper: two reads and two writes of the elements,
//! which the race detector sees as Go's does).

use super::api::*;
use crate::vm::value::Value;

/// Panics as reflectlite.Swapper does when `x` is not a slice.
fn check_slice(h: &mut dyn Host, a: &[Value]) -> Ret {
    match h.slice_len(&a[0]) {
        Ok(_) => none(),
        Err(kind) => Err(Stop::Panic(format!("reflect: call of Swapper on {kind}"))),
    }
}

/// `reflectlite.ValueOf(x).Len()`.
fn length(h: &mut dyn Host, a: &[Value]) -> Ret {
    match h.slice_len(&a[0]) {
        Ok(n) => int(n),
        Err(kind) => Err(Stop::Panic(format!("reflect: call of reflect.Value.Len on {kind}"))),
    }
}

/// `x[i], x[j] = x[j], x[i]` for the slice in `x`.
fn swap(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.slice_swap(&a[0], a[1].int(), a[2].int());
    none()
}

pub static PACKAGE: Package = Package {
    path: "sort",
    funcs: &[
        Func { name: "checkSlice", params: Params::Fixed(&[Ty::Any]), results: &[], cost: 30, effect: Effect::Pure, run: check_slice },
        Func { name: "length", params: Params::Fixed(&[Ty::Any]), results: &[Ty::Int], cost: 10, effect: Effect::Pure, run: length },
        Func { name: "swap", params: Params::Fixed(&[Ty::Any, Ty::Int, Ty::Int]), results: &[], cost: 10, effect: Effect::Pure, run: swap },
    ],
    consts: &[],
};
