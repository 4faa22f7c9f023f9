//! Package `time` on maprace's virtual clock: `Sleep` parks a goroutine
//! until the clock reaches its deadline, `After` is a channel a timer sends
//! on, `NewTimer` a `*Timer` whose `C` it sends on, `AfterFunc` a `*Timer`
//! that starts `f` in a goroutine of its own when it fires (the call happens
//! before `f` starts: a `go` from the timer); `t.Stop()` and `t.Reset(d)`
//! are rows too (`Timer.Stop`, `Timer.Reset`, the receiver first), with Go
//! 1.23's results: a fired value nobody received is drained by Stop and
//! Reset, which then report true. `Now`/`Since` read the clock (nanoseconds since the run began). The
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

fn new_timer(h: &mut dyn Host, a: &[Value]) -> Ret {
    Ok(vec![h.new_timer(a[0].int(), None)])
}

fn after_func(h: &mut dyn Host, a: &[Value]) -> Ret {
    if matches!(a[1], Value::Nil) {
        // (Go panics later, in the timer's goroutine; refuse at the call)
        return Err(Stop::Panic(NIL_DEREF.into()));
    }
    Ok(vec![h.new_timer(a[0].int(), Some(a[1].clone()))])
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

fn timer_stop(h: &mut dyn Host, a: &[Value]) -> Ret {
    if matches!(a[0], Value::Nil) {
        return Err(Stop::Panic(NIL_DEREF.into()));
    }
    match h.stop_timer(&a[0]) {
        Some(b) => boolean(b),
        None => Err(Stop::Panic("time: Stop called on uninitialized Timer".into())),
    }
}

fn timer_reset(h: &mut dyn Host, a: &[Value]) -> Ret {
    if matches!(a[0], Value::Nil) {
        return Err(Stop::Panic(NIL_DEREF.into()));
    }
    match h.reset_timer(&a[0], a[1].int()) {
        Some(b) => boolean(b),
        None => Err(Stop::Panic("time: Reset called on uninitialized Timer".into())),
    }
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
        Func { name: "NewTimer", params: Params::Fixed(&[Ty::Duration]), results: &[Ty::Timer], cost: 60, effect: Effect::Runtime, run: new_timer },
        Func { name: "AfterFunc", params: Params::Fixed(&[Ty::Duration, Ty::Func]), results: &[Ty::Timer], cost: 60, effect: Effect::Runtime, run: after_func },
        // The methods of *time.Timer, called as `t.Stop()` (the receiver is the first argument).
        Func { name: "Timer.Stop", params: Params::Fixed(&[Ty::Timer]), results: &[Ty::Bool], cost: 30, effect: Effect::Runtime, run: timer_stop },
        Func { name: "Timer.Reset", params: Params::Fixed(&[Ty::Timer, Ty::Duration]), results: &[Ty::Bool], cost: 30, effect: Effect::Runtime, run: timer_reset },
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
