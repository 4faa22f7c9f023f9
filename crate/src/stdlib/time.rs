//! Package `time` on maprace's virtual clock: `Sleep` parks a goroutine
//! until the clock reaches its deadline, `After` is a channel a timer sends
//! on, `Now`/`Since` read the clock (nanoseconds since the run began). The
//! clock advances only when every goroutine is blocked or asleep, so a
//! program's timing is the same on every run with the same seed.
//!
//! `time.Duration`'s `String` method and the types are the compiler's
//! (`compile/mod.rs`); `time.Time` is the clock's nanoseconds.

use super::api::*;
use crate::vm::value::Value;

fn sleep(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.sleep(a.first().map(|v| v.int()).unwrap_or(0));
    none()
}

fn after(h: &mut dyn Host, a: &[Value]) -> Ret {
    Ok(vec![h.after(a.first().map(|v| v.int()).unwrap_or(0).max(0))])
}

fn now(h: &mut dyn Host, _: &[Value]) -> Ret {
    int(h.now())
}

fn since(h: &mut dyn Host, a: &[Value]) -> Ret {
    int(h.now() - a[0].int())
}

const NS: i128 = 1;

pub static PACKAGE: Package = Package {
    path: "time",
    funcs: &[
        Func { name: "Sleep", params: Params::Fixed(&[Ty::Duration]), results: &[], cost: 30, effect: Effect::Blocks, run: sleep },
        Func { name: "After", params: Params::Fixed(&[Ty::Duration]), results: &[Ty::TimeChan], cost: 30, effect: Effect::Runtime, run: after },
        Func { name: "Now", params: Params::Fixed(&[]), results: &[Ty::Time], cost: 30, effect: Effect::Runtime, run: now },
        Func { name: "Since", params: Params::Fixed(&[Ty::Time]), results: &[Ty::Duration], cost: 30, effect: Effect::Runtime, run: since },
    ],
    consts: &[
        Const { name: "Nanosecond", value: ConstValue::Typed(NS, Ty::Duration) },
        Const { name: "Microsecond", value: ConstValue::Typed(1_000 * NS, Ty::Duration) },
        Const { name: "Millisecond", value: ConstValue::Typed(1_000_000 * NS, Ty::Duration) },
        Const { name: "Second", value: ConstValue::Typed(1_000_000_000 * NS, Ty::Duration) },
        Const { name: "Minute", value: ConstValue::Typed(60_000_000_000 * NS, Ty::Duration) },
        Const { name: "Hour", value: ConstValue::Typed(3_600_000_000_000 * NS, Ty::Duration) },
    ],
};
