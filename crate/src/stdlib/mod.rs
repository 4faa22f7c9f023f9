//! The standard library maprace provides, one file per Go package.
//!
//! Each package file (`strings.rs`, `time.rs`, …) declares a [`Package`]:
//! its import path, its functions as rows of data (name, signature, cost,
//! effect, body) and its constants. This module lists the packages and
//! finds a function or constant by import path and name. Everything else
//! reads from here:
//!
//! * the compiler checks a call against the row's signature and emits one
//!   `Op::Native(Native, nargs)` naming the row (`compile/call.rs`), and
//!   resolves `pkg.Const` (`compile/expr.rs`); an import is supported exactly
//!   when its path is listed here or is one of the packages whose types the
//!   compiler models itself (`sync`, `sync/atomic`);
//! * the scheduler reads the row's cost and effect (`vm/opmeta.rs`);
//! * the machine runs the row's body as one step (`vm/natives.rs`).
//!
//! Adding a function is adding a row (and its body) to its package's file;
//! adding a package is adding a file and a line to [`PACKAGES`].
//!
//! Functions whose behaviour is part of the memory model (`sync/atomic`) or
//! which are methods of runtime objects (`sync.Mutex.Lock`, `time.Duration`'s
//! `String`) are not here: they are instructions of their own.

pub mod api;
mod builtin;
mod errors;
mod fmt;
mod iter;
mod math;
pub mod prelude;
mod runtime;
pub mod strconv;
mod strings;
pub mod time;
mod io;
mod log;
mod os;
mod unicode;
mod bytes;
mod cmp;
mod maps;
mod slices;
mod sort;
pub mod utf8;

pub use api::{Const, ConstValue, Effect, Func, Host, Package, Params, Stop, Ty};
use crate::vm::op::Native;

/// Every package, in the order their ids are numbered. Append new packages
/// at the end (an id is a position here; ids are not saved anywhere, but
/// keeping the order keeps compiled programs comparable across versions).
pub static PACKAGES: &[&Package] = &[&fmt::PACKAGE, &builtin::PACKAGE, &errors::PACKAGE, &strings::PACKAGE, &strconv::PACKAGE, &time::PACKAGE, &runtime::PACKAGE, &math::PACKAGE, &utf8::PACKAGE, &iter::PACKAGE, &os::PACKAGE, &io::PACKAGE, &log::PACKAGE, &unicode::PACKAGE, &bytes::PACKAGE, &cmp::PACKAGE, &slices::PACKAGE, &maps::PACKAGE, &sort::PACKAGE];

/// Packages whose functions and types the compiler models itself.
pub const COMPILER_PACKAGES: &[&str] = &["sync", "sync/atomic"];

/// Whether `import "path"` is supported.
pub fn importable(path: &str) -> bool {
    COMPILER_PACKAGES.contains(&path) || (path != builtin::PACKAGE.path && PACKAGES.iter().any(|p| p.path == path))
}

/// The generic types a package declares, as Go source (`iter.Seq`):
/// the compiler instantiates them as it does the program's own.
pub fn generic_types(path: &str) -> Option<&'static str> {
    match path {
        "iter" => Some(iter::GENERIC_TYPES),
        _ => None,
    }
}

/// The package with this import path.
pub fn package(path: &str) -> Option<&'static Package> {
    PACKAGES.iter().copied().find(|p| p.path == path)
}

/// The function `path.name`, as an id for `Op::Native`.
pub fn lookup(path: &str, name: &str) -> Option<Native> {
    let (pi, p) = PACKAGES.iter().enumerate().find(|(_, p)| p.path == path)?;
    let fi = p.funcs.iter().position(|f| f.name == name)?;
    Some(Native { pkg: pi as u8, func: fi as u8 })
}

/// Go's exported top-level names of the packages here (`path Name` a line),
/// recorded from Go's source by `tests/oracle/go_api.py`.
static GO_API: &str = include_str!("go_api.txt");

/// Whether Go's package `path` has the exported name `name`.
pub fn go_has(path: &str, name: &str) -> bool {
    GO_API.lines().any(|l| l.split_once(' ') == Some((path, name)))
}

/// The error for `pkg.name` that maprace does not provide: Go's
/// `undefined: pkg.name` when Go has no such name either.
pub fn missing_member(path: &str, name: &str) -> String {
    let pkg = path.rsplit('/').next().unwrap_or(path);
    if go_has(path, name) {
        format!("maprace does not support {pkg}.{name} yet")
    } else {
        format!("undefined: {pkg}.{name}")
    }
}

/// The builtin `print` or `println`.
pub fn builtin_func(name: &str) -> Option<Native> {
    lookup(builtin::PACKAGE.path, name)
}

/// The constant `path.name`.
pub fn constant(path: &str, name: &str) -> Option<ConstValue> {
    package(path)?.consts.iter().find(|c| c.name == name).map(|c| c.value)
}

/// The row an id names.
pub fn func(n: Native) -> &'static Func {
    &PACKAGES[n.pkg as usize].funcs[n.func as usize]
}

/// `pkg.Name` of an id, for messages and dumps.
pub fn qualified_name(n: Native) -> String {
    let p = PACKAGES[n.pkg as usize];
    let short = p.path.rsplit('/').next().unwrap_or(p.path);
    if p.path == builtin::PACKAGE.path {
        func(n).name.to_string()
    } else {
        format!("{short}.{}", func(n).name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_ids_fit() {
        assert!(PACKAGES.len() < 256);
        for (i, p) in PACKAGES.iter().enumerate() {
            assert!(p.funcs.len() < 256, "{} has too many functions for a u8 id", p.path);
            assert!(PACKAGES[..i].iter().all(|q| q.path != p.path), "package {} listed twice", p.path);
            for (j, f) in p.funcs.iter().enumerate() {
                assert!(p.funcs[..j].iter().all(|g| g.name != f.name), "{}.{} listed twice", p.path, f.name);
                assert_eq!(func(lookup(p.path, f.name).unwrap()).name, f.name);
            }
            for (j, c) in p.consts.iter().enumerate() {
                assert!(p.consts[..j].iter().all(|d| d.name != c.name), "{}.{} listed twice", p.path, c.name);
                assert!(p.funcs.iter().all(|f| f.name != c.name), "{}.{} is both a function and a constant", p.path, c.name);
            }
        }
        assert!(!importable("builtin"));
        assert!(importable("strings") && importable("sync") && !importable("os/exec"));
        assert_eq!(missing_member("strings", "Title"), "maprace does not support strings.Title yet");
        assert_eq!(missing_member("strings", "Nope"), "undefined: strings.Nope");
    }
}
