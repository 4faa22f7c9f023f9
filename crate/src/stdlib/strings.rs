//! Package `strings`: the functions maprace provides so far, each one step.
//!
//! Strings are byte strings in Go; these functions work on the text as
//! UTF-8 (invalid bytes read as U+FFFD), which is what Go's do for valid text.

use super::api::*;
use crate::vm::value::Value;

fn contains(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(text(a, 0).contains(&text(a, 1)))
}

fn has_prefix(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(text(a, 0).starts_with(&text(a, 1)))
}

fn has_suffix(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(text(a, 0).ends_with(&text(a, 1)))
}

fn index(_: &mut dyn Host, a: &[Value]) -> Ret {
    int(text(a, 0).find(&text(a, 1)).map(|i| i as i64).unwrap_or(-1))
}

fn join(h: &mut dyn Host, a: &[Value]) -> Ret {
    let items: Vec<String> = h.slice_values(&a[0]).iter().map(|v| String::from_utf8_lossy(v.str()).into_owned()).collect();
    string(&items.join(&text(a, 1)))
}

fn split(h: &mut dyn Host, a: &[Value]) -> Ret {
    let (s, sep) = (text(a, 0), text(a, 1));
    let parts: Vec<String> = if sep.is_empty() { s.chars().map(|c| c.to_string()).collect() } else { s.split(sep.as_str()).map(String::from).collect() };
    Ok(vec![h.string_slice(parts)])
}

fn fields(h: &mut dyn Host, a: &[Value]) -> Ret {
    let parts: Vec<String> = text(a, 0).split_whitespace().map(String::from).collect();
    Ok(vec![h.string_slice(parts)])
}

fn repeat(h: &mut dyn Host, a: &[Value]) -> Ret {
    let s = text(a, 0);
    let count = a.get(1).map(|v| v.int()).unwrap_or(0);
    if count < 0 {
        return Err(Stop::Panic("strings: negative Repeat count".into()));
    }
    if (count as u64).saturating_mul(s.len() as u64) > h.max_memory() * 8 {
        return Err(Stop::Panic("strings: Repeat output length overflow".into()));
    }
    string(&s.repeat(count as usize))
}

fn to_upper(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(&text(a, 0).to_uppercase())
}

fn to_lower(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(&text(a, 0).to_lowercase())
}

fn trim_space(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(text(a, 0).trim())
}

fn replace_all(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(&text(a, 0).replace(&text(a, 1), &text(a, 2)))
}

const S: Ty = Ty::String;
const STRS: Ty = Ty::Strings;

const fn f(name: &'static str, params: &'static [Ty], results: &'static [Ty], run: Run) -> Func {
    Func { name, params: Params::Fixed(params), results, cost: 30, effect: Effect::Pure, run }
}

pub static PACKAGE: Package = Package {
    path: "strings",
    funcs: &[
        f("Contains", &[S, S], &[Ty::Bool], contains),
        f("HasPrefix", &[S, S], &[Ty::Bool], has_prefix),
        f("HasSuffix", &[S, S], &[Ty::Bool], has_suffix),
        f("Index", &[S, S], &[Ty::Int], index),
        f("Join", &[STRS, S], &[S], join),
        f("Split", &[S, S], &[STRS], split),
        f("Repeat", &[S, Ty::Int], &[S], repeat),
        f("ToUpper", &[S], &[S], to_upper),
        f("ToLower", &[S], &[S], to_lower),
        f("TrimSpace", &[S], &[S], trim_space),
        f("ReplaceAll", &[S, S, S], &[S], replace_all),
        f("Fields", &[S], &[STRS], fields),
    ],
    consts: &[],
};
