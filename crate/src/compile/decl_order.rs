//! The graphs among declarations: recursive types and the order in which
//! package-level variables are initialised.
//!
//! **Recursive types** (go.dev/ref/spec#Type_definitions): a type may not
//! contain itself by value — through an array element, a struct field, or
//! another defined type it is defined as (`type T [1]T`, `type A struct{ b B }`
//! with `type B struct{ a A }`). A pointer, slice, map, channel, function or
//! interface breaks the cycle. Each cycle is reported once, as types2 does,
//! at its member that comes first in the source: `invalid recursive type:
//! T refers to itself`, or `invalid recursive type A` for a longer one.
//!
//! **Initialisation order** (go.dev/ref/spec#Package_initialization): a
//! package-level variable is initialised after every variable its
//! initialiser refers to — directly, or through the functions (and methods)
//! it mentions. Repeatedly, the earliest variable in declaration order that
//! is ready is initialised (`var a = b + 1; var b = 1` sets b first). A
//! variable that refers back to itself is an initialisation cycle, reported
//! as types2 does (`initialization cycle for a`, or `initialization cycle: a
//! refers to itself` when its own initialiser names it).
//!
//! Both walks are iterative (no recursion on the number of declarations) and
//! name-based: a local variable that shadows a package-level name counts as a
//! reference to it, and `x.M` as a reference to every method named `M` —
//! conservative, so an order can only gain constraints.

use super::escape;
use crate::lang::ast::*;
use crate::lang::diag::PosError;
use std::collections::{HashMap, HashSet};

/// The names a type expression refers to by value: a cycle through these is invalid.
fn by_value_refs(t: &Expr, out: &mut Vec<String>) {
    let mut work = vec![t];
    while let Some(e) = work.pop() {
        match &e.kind {
            ExprKind::Ident(n) => out.push(n.clone()),
            ExprKind::Paren(x) | ExprKind::ArrayType(_, x) => work.push(x),
            ExprKind::StructType(fields) => work.extend(fields.iter().rev().map(|f| &f.ty)),
            // A pointer, slice, map, chan, func, interface or package type: no cycle through it.
            _ => {}
        }
    }
}

/// Cycles among type declarations, each reported at its first member in the
/// source. `local`: a block's declarations, where a name is in scope only
/// from its own declaration on.
pub(crate) fn type_cycles(specs: &[&TypeSpec], local: bool) -> Vec<PosError> {
    let index: HashMap<&str, usize> = specs.iter().enumerate().map(|(i, s)| (s.name.name.as_str(), i)).collect();
    let edges: Vec<Vec<usize>> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut names = Vec::new();
            by_value_refs(&s.ty, &mut names);
            names.iter().filter_map(|n| index.get(n.as_str()).copied()).filter(|&j| !local || j <= i).collect()
        })
        .collect();
    // Depth-first search in source order with an explicit stack; a back edge closes a cycle.
    let mut state = vec![0u8; specs.len()]; // 0 new, 1 on the path, 2 done
    let mut errors = Vec::new();
    let mut reported = HashSet::new();
    for root in 0..specs.len() {
        if state[root] != 0 {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(root, 0)]; // (node, next edge)
        state[root] = 1;
        while let Some(&mut (n, ref mut next)) = path.last_mut() {
            if *next < edges[n].len() {
                let m = edges[n][*next];
                *next += 1;
                match state[m] {
                    0 => {
                        state[m] = 1;
                        path.push((m, 0));
                    }
                    1 => {
                        let from = path.iter().position(|&(p, _)| p == m).expect("on the path");
                        let cycle: Vec<usize> = path[from..].iter().map(|&(p, _)| p).collect();
                        let first = *cycle.iter().min().expect("a cycle has a member");
                        if cycle.iter().all(|c| !reported.contains(c)) {
                            reported.extend(cycle.iter().copied());
                            let s = specs[first];
                            let msg = if cycle.len() == 1 {
                                format!("invalid recursive type: {} refers to itself", s.name.name)
                            } else {
                                format!("invalid recursive type {}", s.name.name)
                            };
                            errors.push(PosError::new(s.name.pos, msg));
                        }
                    }
                    _ => {}
                }
            } else {
                state[n] = 2;
                path.pop();
            }
        }
    }
    errors
}

/// What a package-level variable declaration (one `var` spec) refers to.
struct Unit<'a> {
    spec: &'a VarSpec,
    /// Indices of the units it depends on (through functions too); may include itself.
    deps: HashSet<usize>,
    /// Its own initialiser names one of its own variables (a cycle of one).
    direct_self: bool,
}

/// The order in which to initialise the package's `var` specs (indices into
/// `specs`, which are in declaration order), and the initialisation cycles.
pub(crate) fn var_init_order<'a>(specs: &[&'a VarSpec], funcs: &[&FuncDecl]) -> (Vec<usize>, Vec<PosError>) {
    // Which unit declares each variable name.
    let mut var_of: HashMap<&str, usize> = HashMap::new();
    for (i, s) in specs.iter().enumerate() {
        for n in &s.names {
            if n.name != "_" {
                var_of.insert(n.name.as_str(), i);
            }
        }
    }
    // The names each function and method body mentions (`.M` for selected names).
    let mut func_names: HashMap<String, Vec<HashSet<String>>> = HashMap::new();
    for f in funcs {
        let mut names = HashSet::new();
        if let Some(b) = &f.body {
            for s in &b.stmts {
                escape::all_names(s, &mut names);
            }
        }
        let key = if f.recv.is_some() { format!(".{}", f.name.name) } else { f.name.name.clone() };
        func_names.entry(key).or_default().push(names);
    }
    let mut units: Vec<Unit> = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let mut direct = HashSet::new();
        for v in &s.values {
            escape::expr_names(v, &mut direct);
        }
        let direct_self = direct.iter().any(|n| var_of.get(n.as_str()) == Some(&i));
        // Variables reached directly or through the functions mentioned.
        let mut deps = HashSet::new();
        let mut seen_funcs: HashSet<&str> = HashSet::new();
        let mut work: Vec<&str> = direct.iter().map(String::as_str).collect();
        while let Some(n) = work.pop() {
            if let Some(&u) = var_of.get(n) {
                deps.insert(u);
            } else if let Some(bodies) = func_names.get(n) {
                if seen_funcs.insert(n) {
                    for b in bodies {
                        work.extend(b.iter().map(String::as_str));
                    }
                }
            }
        }
        units.push(Unit { spec: s, deps, direct_self });
    }
    // Repeatedly initialise the earliest ready unit; when none is ready, report a cycle.
    let mut done = vec![false; units.len()];
    let mut order = Vec::new();
    let mut errors = Vec::new();
    let mut lo = 0; // every unit before `lo` is done
    loop {
        while lo < units.len() && done[lo] {
            lo += 1;
        }
        if lo == units.len() {
            break;
        }
        let ready = (lo..units.len()).find(|&i| !done[i] && units[i].deps.iter().all(|&d| done[d] && d != i));
        if let Some(i) = ready {
            done[i] = true;
            order.push(i);
            continue;
        }
        // A cycle: as types2, the waiting unit with the fewest uninitialised dependencies, then the earliest.
        let pending = |i: usize| units[i].deps.iter().filter(|&&d| !done[d]).count();
        let i = (0..units.len()).filter(|&i| !done[i] && on_cycle(&units, &done, i)).min_by_key(|&i| (pending(i), i)).expect("a unit on a cycle");
        let name = &units[i].spec.names[0];
        let msg = if units[i].direct_self {
            format!("initialization cycle: {} refers to itself", name.name)
        } else {
            format!("initialization cycle for {}", name.name)
        };
        errors.push(PosError::new(name.pos, msg));
        // Drop the cycle's members and go on, to report other cycles.
        for j in cycle_members(&units, &done, i) {
            done[j] = true;
        }
    }
    (order, errors)
}

/// The units (not yet initialised) reachable from `i`.
fn reachable(units: &[Unit], done: &[bool], i: usize) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut work: Vec<usize> = units[i].deps.iter().copied().filter(|&d| !done[d]).collect();
    while let Some(n) = work.pop() {
        if seen.insert(n) {
            work.extend(units[n].deps.iter().copied().filter(|&d| !done[d]));
        }
    }
    seen
}

fn on_cycle(units: &[Unit], done: &[bool], i: usize) -> bool {
    reachable(units, done, i).contains(&i)
}

/// The units on a cycle through `i`: those reachable from `i` that reach `i`.
fn cycle_members(units: &[Unit], done: &[bool], i: usize) -> Vec<usize> {
    reachable(units, done, i).into_iter().filter(|&j| j == i || reachable(units, done, j).contains(&i)).collect()
}
