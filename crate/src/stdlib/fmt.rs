//! Package `fmt`: printing to standard output and to strings, and `Errorf`.
//!
//! The formatting itself (verbs, widths, how each type prints) is the
//! machine's `vm/fmt.rs`, because printing a value walks the program's heap
//! and maps — printing a map iterates it, which the race detector sees as a
//! read and which throws if the map is being written. These rows only say
//! what each function takes and where its text goes.

use super::api::*;

/// Writes `text` to standard output.
fn out(h: &mut dyn Host, text: Option<String>) -> Ret {
    let Some(t) = text else { return Err(Stop::Thrown) };
    h.stdout(&t);
    none()
}

fn println(h: &mut dyn Host, a: &[Value]) -> Ret {
    let t = h.sprint(a, true);
    out(h, t)
}

fn print(h: &mut dyn Host, a: &[Value]) -> Ret {
    let t = h.sprint(a, false);
    out(h, t)
}

fn printf(h: &mut dyn Host, a: &[Value]) -> Ret {
    let t = h.sprintf(a[0].str(), &a[1..]);
    out(h, t)
}

fn sprint(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.sprint(a, false).map(|s| vec![Value::from_str(&s)]).ok_or(Stop::Thrown)
}

fn sprintln(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.sprint(a, true).map(|s| vec![Value::from_str(&s)]).ok_or(Stop::Thrown)
}

fn sprintf(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.sprintf(a[0].str(), &a[1..]).map(|s| vec![Value::from_str(&s)]).ok_or(Stop::Thrown)
}

/// `%w` prints as `%v` (wrapping is not modelled yet: `errors.Is` does not see through it).
fn errorf(h: &mut dyn Host, a: &[Value]) -> Ret {
    let f = String::from_utf8_lossy(a[0].str()).replace("%w", "%v");
    h.sprintf(f.as_bytes(), &a[1..]).map(|s| vec![error_value(&s)]).ok_or(Stop::Thrown)
}

use crate::vm::value::Value;

const PRINT: u32 = 2_000;
const SPRINT: u32 = 150;

pub static PACKAGE: Package = Package {
    path: "fmt",
    funcs: &[
        Func { name: "Println", params: Params::Variadic(&[], Ty::Any), results: &[], cost: PRINT, effect: Effect::Output, run: println },
        Func { name: "Print", params: Params::Variadic(&[], Ty::Any), results: &[], cost: PRINT, effect: Effect::Output, run: print },
        Func { name: "Printf", params: Params::Variadic(&[Ty::String], Ty::Any), results: &[], cost: PRINT, effect: Effect::Output, run: printf },
        Func { name: "Sprintf", params: Params::Variadic(&[Ty::String], Ty::Any), results: &[Ty::String], cost: SPRINT, effect: Effect::Pure, run: sprintf },
        Func { name: "Sprint", params: Params::Variadic(&[], Ty::Any), results: &[Ty::String], cost: SPRINT, effect: Effect::Pure, run: sprint },
        Func { name: "Sprintln", params: Params::Variadic(&[], Ty::Any), results: &[Ty::String], cost: SPRINT, effect: Effect::Pure, run: sprintln },
        Func { name: "Errorf", params: Params::Variadic(&[Ty::String], Ty::Any), results: &[Ty::Error], cost: SPRINT, effect: Effect::Pure, run: errorf },
    ],
    consts: &[],
};
