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

/// `Errorf` with a constant format without `%w` (one with `%w` is the Go
/// source's `fmtꞏerrorf`, `go/fmt.go`, which wraps).
fn errorf(h: &mut dyn Host, a: &[Value]) -> Ret {
    h.sprintf(a[0].str(), &a[1..]).map(|s| vec![error_value(&s)]).ok_or(Stop::Thrown)
}

/// Where a format's `%w` verbs are: (byte offset of each `w`, the argument
/// it formats), and whether the format reorders its arguments (`%[2]w`) —
/// fmt's `doPrintf` walking the format without printing.
pub fn wrap_verbs(f: &[u8], nargs: usize) -> (Vec<(usize, usize)>, bool) {
    let (mut arg, mut i, mut reordered, mut out) = (0usize, 0usize, false, Vec::new());
    // `[n]` at i: the argument it names (if valid) and the index after it.
    let index = |i: usize, arg: usize, reordered: &mut bool| -> (usize, usize, bool) {
        if f.get(i) != Some(&b'[') {
            return (arg, i, false);
        }
        *reordered = true;
        let Some(close) = f[i..].iter().position(|&c| c == b']') else { return (arg, i + 1, false) };
        let digits = &f[i + 1..i + close];
        let n = std::str::from_utf8(digits).ok().filter(|d| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit())).and_then(|d| d.parse::<usize>().ok());
        match n {
            Some(n) if n >= 1 && n <= nargs => (n - 1, i + close + 1, true),
            _ => (arg, i + close + 1, n.is_some()),
        }
    };
    let num = |mut i: usize| {
        while i < f.len() && f[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    while i < f.len() {
        while i < f.len() && f[i] != b'%' {
            i += 1;
        }
        if i >= f.len() {
            break;
        }
        i += 1;
        while i < f.len() && matches!(f[i], b'#' | b'0' | b'+' | b'-' | b' ') {
            i += 1;
        }
        let mut after;
        (arg, i, after) = index(i, arg, &mut reordered);
        if f.get(i) == Some(&b'*') {
            i += 1;
            arg += (arg < nargs) as usize;
            after = false;
        } else {
            i = num(i);
        }
        if i + 1 < f.len() && f[i] == b'.' {
            i += 1;
            (arg, i, after) = index(i, arg, &mut reordered);
            if f.get(i) == Some(&b'*') {
                i += 1;
                arg += (arg < nargs) as usize;
                after = false;
            } else {
                i = num(i);
            }
        }
        if !after {
            (arg, i, _) = index(i, arg, &mut reordered);
        }
        let Some(&verb) = f.get(i) else { break };
        let size = std::str::from_utf8(&f[i..]).ok().and_then(|s| s.chars().next()).map(char::len_utf8).unwrap_or(1);
        i += size;
        if verb == b'%' || arg >= nargs {
            continue;
        }
        if verb == b'w' {
            out.push((i - 1, arg));
        }
        arg += 1;
    }
    (out, reordered)
}

/// `Errorf`'s text: each `%w` prints as `%v` (its operand is an error).
fn sprintfw(h: &mut dyn Host, a: &[Value]) -> Ret {
    let args = h.slice_values(&a[1]);
    let mut f = a[0].str().to_vec();
    for (at, _) in wrap_verbs(&f.clone(), args.len()).0 {
        f[at] = b'v';
    }
    h.sprintf(&f, &args).map(|s| vec![Value::from_str(&s)]).ok_or(Stop::Thrown)
}

/// `Sprint`/`Sprintln` of a `[]any` (for the Go source's Fprint, log).
fn sprints(h: &mut dyn Host, a: &[Value]) -> Ret {
    let args = h.slice_values(&a[0]);
    h.sprint(&args, a[1].bool()).map(|s| vec![Value::from_str(&s)]).ok_or(Stop::Thrown)
}

/// `Sprintf` of a `[]any`.
fn sprintfs(h: &mut dyn Host, a: &[Value]) -> Ret {
    let args = h.slice_values(&a[1]);
    h.sprintf(a[0].str(), &args).map(|s| vec![Value::from_str(&s)]).ok_or(Stop::Thrown)
}

/// The arguments `%w` names, in format order (sorted when the format reorders).
fn wrapped(h: &mut dyn Host, a: &[Value]) -> Ret {
    let (verbs, reordered) = wrap_verbs(a[0].str(), a[1].int().max(0) as usize);
    let mut idx: Vec<usize> = verbs.into_iter().map(|(_, arg)| arg).collect();
    if reordered {
        idx.sort();
    }
    Ok(vec![h.new_slice(idx.into_iter().map(|i| Value::Int(i as i64)).collect())])
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
        // For the Go source (`go/fmt.go`).
        Func { name: "sprintfw", params: Params::Fixed(&[Ty::String, Ty::Anys]), results: &[Ty::String], cost: SPRINT, effect: Effect::Pure, run: sprintfw },
        Func { name: "sprints", params: Params::Fixed(&[Ty::Anys, Ty::Bool]), results: &[Ty::String], cost: SPRINT, effect: Effect::Pure, run: sprints },
        Func { name: "sprintfs", params: Params::Fixed(&[Ty::String, Ty::Anys]), results: &[Ty::String], cost: SPRINT, effect: Effect::Pure, run: sprintfs },
        Func { name: "wrapped", params: Params::Fixed(&[Ty::String, Ty::Int]), results: &[Ty::Ints], cost: 30, effect: Effect::Pure, run: wrapped },
    ],
    consts: &[],
};
