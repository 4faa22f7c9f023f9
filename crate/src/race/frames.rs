//! The runtime's frames: which of Go's own functions a race report or a
//! map throw's traceback shows above the program's frames, per Go version.
//!
//! A `go run -race` report names the runtime function an access was made
//! in (the detector is called from inside `mapassign`, `chansend` …): its
//! `racereadpc`/`racewritepc` passes the function's entry PC, so the report
//! shows the line of the function's declaration, `+0x0`. Go 1.27 (the swiss
//! map, `internal/runtime/maps`) and Go ≤ 1.23 (the classic map,
//! `runtime/map*.go`) differ in names, files and even in frame count:
//!
//! * 1.27's `runtime.mapaccess1_fast64` is a wrapper that calls
//!   `runtime.mapaccess2_fast64`, where the race call is, and the report
//!   shows both frames (`mapaccess2_fast64` innermost) and **not the
//!   program's frame below them** — the wrapper's caller is lost; the same
//!   for `_fast32`, `_faststr` and the generic `mapaccess1`;
//! * `runtime.mapassign_fast64ptr` for 8-byte keys holding pointers;
//! * `delete` and `clear` of 1.27 live in `runtime/map.go` for generic
//!   keys (`mapdelete`, `mapclear`), in `internal/runtime/maps` for fast ones;
//!   `range` is `runtime.mapIterStart` / `runtime.mapIterNext`.
//!
//! A map throw of 1.27 goes through `internal/runtime/maps.fatal`, which a
//! traceback shows (Go hides frames whose names start with `runtime.`, so
//! 1.23's `runtime.fatal` was never shown); `delete`, `clear` and the
//! iterator add the method that threw (`(*Map).Delete`, `(*Map).Clear`,
//! `(*Iter).Next`).
//!
//! Every name, file and line here was read from Go 1.27.3's reports
//! (recorded beside the corpus programs by `tests/oracle/record.py`;
//! `crate/tests/corpus.rs` compares them). The classic names are Go 1.23's,
//! files without lines (no Go 1.23 toolchain records them here).

use crate::options::MapModel;

/// One frame of Go's own code: function, file under `GOROOT/src`, line (0: not known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub func: &'static str,
    pub file: &'static str,
    pub line: u32,
}

/// The runtime frames an access is made in, innermost first, and whether
/// the report shows the program's frames below them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuntimeStack {
    pub frames: &'static [Frame],
    pub caller_shown: bool,
}

impl RuntimeStack {
    /// The innermost runtime function's name (`runtime.mapassign_fast64`).
    pub fn name(&self) -> &'static str {
        self.frames.first().map_or("", |f| f.func)
    }
}

const fn f(func: &'static str, file: &'static str, line: u32) -> Frame {
    Frame { func, file, line }
}

/// One runtime frame, the program's frames below it.
macro_rules! one {
    ($func:expr, $file:expr, $line:expr) => {{
        const S: RuntimeStack = RuntimeStack { frames: &[f($func, $file, $line)], caller_shown: true };
        &S
    }};
}

/// 1.27's `mapaccess1_*`: the wrapper calls `mapaccess2_*` and its caller is lost.
macro_rules! access1 {
    ($func2:expr, $line2:expr, $func1:expr, $line1:expr, $file:expr) => {{
        const S: RuntimeStack = RuntimeStack { frames: &[f($func2, $file, $line2), f($func1, $file, $line1)], caller_shown: false };
        &S
    }};
}

/// A map operation, as the compiler lowers it to a runtime call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapOp {
    /// `v := m[k]`
    Access1,
    /// `v, ok := m[k]`
    Access2,
    /// `m[k] = v`
    Assign,
    /// `delete(m, k)`
    Delete,
    /// `clear(m)`
    Clear,
    /// the start of `range m`
    IterStart,
    /// each further step of `range m`
    IterNext,
}

/// Which of the runtime's variants the compiler picks for a key type
/// (cmd/compile's `mapfast`): 4- and 8-byte memory keys, 8-byte keys holding
/// a pointer (assign only), strings, and the generic functions for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlg {
    Fast32,
    Fast64,
    Fast64Ptr,
    FastStr,
    Generic,
}


/// The runtime frames of a map operation under `model`.
pub fn map_op(model: MapModel, op: MapOp, key: KeyAlg) -> &'static RuntimeStack {
    match model {
        MapModel::Swiss => swiss_op(op, key),
        MapModel::Classic => classic_op(op, key),
    }
}

/// Go 1.27.3 (`internal/runtime/maps`, `runtime/map.go`).
fn swiss_op(op: MapOp, key: KeyAlg) -> &'static RuntimeStack {
    use KeyAlg::*;
    use MapOp::*;
    const F32: &str = "internal/runtime/maps/runtime_fast32.go";
    const F64: &str = "internal/runtime/maps/runtime_fast64.go";
    const FSTR: &str = "internal/runtime/maps/runtime_faststr.go";
    const GEN: &str = "internal/runtime/maps/runtime.go";
    const RT: &str = "runtime/map.go";
    match (op, key) {
        (Access1, Fast32) => access1!("runtime.mapaccess2_fast32", 22, "runtime.mapaccess1_fast32", 17, F32),
        (Access1, Fast64 | Fast64Ptr) => access1!("runtime.mapaccess2_fast64", 22, "runtime.mapaccess1_fast64", 17, F64),
        (Access1, FastStr) => access1!("runtime.mapaccess2_faststr", 120, "runtime.mapaccess1_faststr", 115, FSTR),
        (Access1, Generic) => access1!("runtime.mapaccess2", 63, "runtime.mapaccess1", 58, GEN),
        (Access2, Fast32) => one!("runtime.mapaccess2_fast32", F32, 22),
        (Access2, Fast64 | Fast64Ptr) => one!("runtime.mapaccess2_fast64", F64, 22),
        (Access2, FastStr) => one!("runtime.mapaccess2_faststr", FSTR, 120),
        (Access2, Generic) => one!("runtime.mapaccess2", GEN, 63),
        (Assign, Fast32) => one!("runtime.mapassign_fast32", F32, 187),
        (Assign, Fast64) => one!("runtime.mapassign_fast64", F64, 182),
        (Assign, Fast64Ptr) => one!("runtime.mapassign_fast64ptr", F64, 400),
        (Assign, FastStr) => one!("runtime.mapassign_faststr", FSTR, 261),
        (Assign, Generic) => one!("runtime.mapassign", GEN, 143),
        (Delete, Fast32) => one!("runtime.mapdelete_fast32", F32, 479),
        (Delete, Fast64 | Fast64Ptr) => one!("runtime.mapdelete_fast64", F64, 544),
        (Delete, FastStr) => one!("runtime.mapdelete_faststr", FSTR, 409),
        (Delete, Generic) => one!("runtime.mapdelete", RT, 135),
        (Clear, _) => one!("runtime.mapclear", RT, 178),
        (IterStart, _) => one!("runtime.mapIterStart", RT, 156),
        (IterNext, _) => one!("runtime.mapIterNext", RT, 168),
    }
}

/// Go ≤ 1.23 (`runtime/map.go`, `map_fast32.go`, `map_fast64.go`, `map_faststr.go`).
fn classic_op(op: MapOp, key: KeyAlg) -> &'static RuntimeStack {
    use KeyAlg::*;
    use MapOp::*;
    const F32: &str = "runtime/map_fast32.go";
    const F64: &str = "runtime/map_fast64.go";
    const FSTR: &str = "runtime/map_faststr.go";
    const GEN: &str = "runtime/map.go";
    match (op, key) {
        (Access1, Fast32) => one!("runtime.mapaccess1_fast32", F32, 0),
        (Access1, Fast64 | Fast64Ptr) => one!("runtime.mapaccess1_fast64", F64, 0),
        (Access1, FastStr) => one!("runtime.mapaccess1_faststr", FSTR, 0),
        (Access1, Generic) => one!("runtime.mapaccess1", GEN, 0),
        (Access2, Fast32) => one!("runtime.mapaccess2_fast32", F32, 0),
        (Access2, Fast64 | Fast64Ptr) => one!("runtime.mapaccess2_fast64", F64, 0),
        (Access2, FastStr) => one!("runtime.mapaccess2_faststr", FSTR, 0),
        (Access2, Generic) => one!("runtime.mapaccess2", GEN, 0),
        (Assign, Fast32) => one!("runtime.mapassign_fast32", F32, 0),
        (Assign, Fast64) => one!("runtime.mapassign_fast64", F64, 0),
        (Assign, Fast64Ptr) => one!("runtime.mapassign_fast64ptr", F64, 0),
        (Assign, FastStr) => one!("runtime.mapassign_faststr", FSTR, 0),
        (Assign, Generic) => one!("runtime.mapassign", GEN, 0),
        (Delete, Fast32) => one!("runtime.mapdelete_fast32", F32, 0),
        (Delete, Fast64 | Fast64Ptr) => one!("runtime.mapdelete_fast64", F64, 0),
        (Delete, FastStr) => one!("runtime.mapdelete_faststr", FSTR, 0),
        (Delete, Generic) => one!("runtime.mapdelete", GEN, 0),
        (Clear, _) => one!("runtime.mapclear", GEN, 0),
        (IterStart, _) => one!("runtime.mapiterinit", GEN, 0),
        (IterNext, _) => one!("runtime.mapiternext", GEN, 0),
    }
}

/// Where a map throw happened, for its traceback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThrowSite {
    /// a lookup or an assignment (Go's fast and generic functions, named `runtime.*`: hidden)
    ReadOrAssign,
    /// `delete`'s check at the start, or (`end`) after its work
    Delete { end: bool },
    /// `clear`'s check at the start, or (`end`) after its work
    Clear { end: bool },
    /// `Iter.Next`
    Iterate,
}

/// The runtime frames a map throw's traceback shows above the program's, innermost first.
pub fn map_throw(model: MapModel, site: ThrowSite) -> &'static [Frame] {
    const FATAL: Frame = f("internal/runtime/maps.fatal", "runtime/panic.go", 1195);
    const MAP: &str = "internal/runtime/maps/map.go";
    const READ_OR_ASSIGN: [Frame; 1] = [FATAL];
    const DELETE: [Frame; 2] = [FATAL, f("internal/runtime/maps.(*Map).Delete", MAP, 677)];
    const DELETE_END: [Frame; 2] = [FATAL, f("internal/runtime/maps.(*Map).Delete", MAP, 703)];
    const CLEAR: [Frame; 2] = [FATAL, f("internal/runtime/maps.(*Map).Clear", MAP, 762)];
    const CLEAR_END: [Frame; 2] = [FATAL, f("internal/runtime/maps.(*Map).Clear", MAP, 789)];
    const ITERATE: [Frame; 2] = [FATAL, f("internal/runtime/maps.(*Iter).Next", "internal/runtime/maps/table.go", 882)];
    match (model, site) {
        (MapModel::Classic, _) => &[],
        (MapModel::Swiss, ThrowSite::ReadOrAssign) => &READ_OR_ASSIGN,
        (MapModel::Swiss, ThrowSite::Delete { end: false }) => &DELETE,
        (MapModel::Swiss, ThrowSite::Delete { end: true }) => &DELETE_END,
        (MapModel::Swiss, ThrowSite::Clear { end: false }) => &CLEAR,
        (MapModel::Swiss, ThrowSite::Clear { end: true }) => &CLEAR_END,
        (MapModel::Swiss, ThrowSite::Iterate) => &ITERATE,
    }
}

/// `runtime.chansend` (a send, or a select's send case, reads the channel).
pub const CHANSEND: &RuntimeStack = one!("runtime.chansend", "runtime/chan.go", 0);
/// `runtime.closechan` (close writes the channel).
pub const CLOSECHAN: &RuntimeStack = one!("runtime.closechan", "runtime/chan.go", 0);
/// `sync.(*WaitGroup).Add` (from 0: reads `&wg.sema`).
pub const WG_ADD: &RuntimeStack = one!("sync.(*WaitGroup).Add", "sync/waitgroup.go", 0);
/// `sync.(*WaitGroup).Wait` (the first to block: writes `&wg.sema`).
pub const WG_WAIT: &RuntimeStack = one!("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 0);
