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

/// The virtual clock's zero as a Unix time: 2009-11-10 23:00:00 UTC, the
/// Go playground's fixed date. `time.Now()` and log's headers read it plus
/// the nanoseconds the run has advanced the clock.
pub const EPOCH_UNIX: i64 = 1_257_894_000;

/// A time as its calendar fields (UTC).
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub min: u32,
    pub sec: u32,
    pub nsec: u32,
    /// 0 = Sunday
    pub weekday: u32,
    /// 1..=366
    pub yday: u32,
}

/// The calendar fields of the virtual clock reading `ns` (days from civil
/// as in Howard Hinnant's algorithm, which Go's time package also uses).
pub fn civil(ns: i64) -> Civil {
    let unix = EPOCH_UNIX as i128 * 1_000_000_000 + ns as i128;
    let secs = unix.div_euclid(1_000_000_000) as i64;
    let nsec = unix.rem_euclid(1_000_000_000) as u32;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + (month <= 2) as i64;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const CUM: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = CUM[month as usize - 1] + day + (leap && month > 2) as u32;
    Civil { year, month, day, hour: rem / 3600, min: rem / 60 % 60, sec: rem % 60, nsec, weekday: (days + 4).rem_euclid(7) as u32, yday }
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
