//! What a package function is, and what it may ask of the machine.
//!
//! A Go package function in maprace is a row of data — its name, its
//! signature in the small type language [`Ty`], what it costs and what it
//! does to the world ([`Effect`]) — plus a plain Rust function that computes
//! its results from its arguments. The compiler reads the signature to check
//! and convert a call (`compile/call.rs`), the scheduler reads the cost and
//! effect (`vm/opmeta.rs`), and the machine runs the function as one step
//! (`vm/natives.rs`).
//!
//! The function never sees the machine itself. It gets a [`Host`]: the few
//! things a library function needs from a running program (printing, reading
//! a slice's elements, allocating a `[]string`, the virtual clock, parking the
//! goroutine). That keeps every package file free of the VM's internals, and
//! keeps the import graph one-way: `stdlib` is used by `compile` and `vm`,
//! and uses only values.

use crate::compile::types::T_ERRSTR;
use crate::vm::value::Value;
use std::rc::Rc;

/// A type in a package function's signature. The compiler turns each into
/// its `TypeId` (`Compiler::lib_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Bool,
    Int,
    Int64,
    Uint64,
    /// `byte` (`uint8`)
    Byte,
    /// `rune` (`int32`)
    Rune,
    Float64,
    String,
    /// `error`
    Error,
    /// `any` (an argument is converted to an interface value)
    Any,
    /// `[]string`
    Strings,
    /// `time.Duration`
    Duration,
    /// `time.Time` (maprace's virtual time, nanoseconds)
    Time,
    /// `<-chan time.Time`
    TimeChan,
    /// `*time.Timer`
    Timer,
    /// `func()`
    Func,
    /// `[]any`
    Anys,
    /// `[]int`
    Ints,
}

/// The parameters of a package function.
#[derive(Debug, Clone, Copy)]
pub enum Params {
    /// Exactly these.
    Fixed(&'static [Ty]),
    /// These, then any number of the last type (`...any` in fmt: an argument
    /// that is a call returning several values spreads into several).
    Variadic(&'static [Ty], Ty),
}

/// What a call does besides computing its results from its arguments: where
/// the scheduler may switch around it and what it touches (for partial-order
/// reduction).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Reads its arguments only.
    Pure,
    /// Writes the program's output.
    Output,
    /// May park or yield the goroutine (`time.Sleep`, `runtime.Gosched`).
    Blocks,
    /// Reads or changes the runtime's state (the clock, timers, goroutines).
    Runtime,
}

/// Why a call produced no results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// A run-time panic with this message (`panic: …`).
    Panic(String),
    /// The host has already ended the run or the goroutine (a throw while
    /// printing a map that is being written).
    Thrown,
}

/// The results of a call.
pub type Ret = Result<Vec<Value>, Stop>;

/// A package function's body.
pub type Run = fn(&mut dyn Host, &[Value]) -> Ret;

/// One function of a package.
pub struct Func {
    pub name: &'static str,
    pub params: Params,
    pub results: &'static [Ty],
    /// Virtual nanoseconds one call costs (the go-like strategy's clock).
    pub cost: u32,
    pub effect: Effect,
    pub run: Run,
}

/// A constant of a package (`time.Second`, `math.Pi`).
pub struct Const {
    pub name: &'static str,
    pub value: ConstValue,
}

#[derive(Debug, Clone, Copy)]
pub enum ConstValue {
    /// An untyped integer constant.
    Int(i128),
    /// An untyped rune constant (`utf8.RuneError`).
    Rune(i128),
    /// An untyped floating-point constant.
    Float(f64),
    /// An integer constant of a package type (`time.Second` is a `time.Duration`).
    Typed(i128, Ty),
}

/// One Go package: its import path, functions and constants.
pub struct Package {
    pub path: &'static str,
    pub funcs: &'static [Func],
    pub consts: &'static [Const],
}

/// What a package function may ask of the running program (implemented by
/// the machine in `vm/natives.rs`, for the calling goroutine).
pub trait Host {
    /// `fmt.Sprint`/`Sprintln`'s text; `None` when printing threw (a map
    /// being written was iterated).
    fn sprint(&mut self, args: &[Value], ln: bool) -> Option<String>;
    /// `fmt.Sprintf`'s text; `None` as for `sprint`.
    fn sprintf(&mut self, format: &[u8], args: &[Value]) -> Option<String>;
    /// Writes to standard output (and records the print event).
    fn stdout(&mut self, text: &str);
    /// Writes to standard error (the builtin `print`/`println`).
    fn stderr(&mut self, text: &str);
    /// A value as the builtin `print` writes it.
    fn print_builtin(&mut self, v: &Value) -> String;
    /// The elements of a slice value (each a race-detector read).
    fn slice_values(&mut self, s: &Value) -> Vec<Value>;
    /// The length of the slice in an interface value, or the reflect name of
    /// what it holds instead (`int Value`, `zero Value` for nil).
    fn slice_len(&mut self, v: &Value) -> Result<i64, String>;
    /// Swaps elements `i` and `j` of the slice in an interface value (two
    /// race-detector reads, then two writes); panics as an index out of range would.
    fn slice_swap(&mut self, v: &Value, i: i64, j: i64);
    /// A new `[]string` of these byte strings.
    fn byte_strings(&mut self, items: Vec<Vec<u8>>) -> Value;
    /// Whether an interface value's dynamic type is comparable (reflect's `Comparable`).
    fn comparable(&mut self, v: &Value) -> bool;
    /// `errors.As`'s check of its target (an `any`): `Err` with Go's panic
    /// text unless it is a non-nil pointer to an interface or to a type
    /// implementing error.
    fn check_as_target(&mut self, target: &Value) -> Result<(), &'static str>;
    /// If `v`'s dynamic type is assignable to the type `target` points to,
    /// stores `v` through `target` and returns true (`errors.As`).
    fn assign_to(&mut self, v: &Value, target: &Value) -> bool;
    /// Ends the program with this exit status (`os.Exit`): deferred calls do not run.
    fn exit(&mut self, code: i32);
    /// The line being run `skip` calls up from the calling Go function
    /// (`runtime.Caller(skip)`'s line; 0 for the caller itself).
    fn caller_line(&mut self, skip: usize) -> u32;
    /// A new slice of these values (`[]int`, `[]any`).
    fn new_slice(&mut self, items: Vec<Value>) -> Value;
    /// Before a body allocates `bytes` whose size came from the program:
    /// true if they fit the run's memory budget; false if the run just ended
    /// out of memory (the body then returns `Stop::Thrown`).
    fn reserve(&mut self, bytes: u64) -> bool;
    /// Parks the goroutine for `ns` virtual nanoseconds (or yields when `ns <= 0`).
    fn sleep(&mut self, ns: i64);
    /// Yields the processor (`runtime.Gosched`).
    fn gosched(&mut self);
    /// Goroutines that exist (`runtime.NumGoroutine`).
    fn num_goroutine(&mut self) -> i64;
    /// The virtual clock in nanoseconds.
    fn now(&self) -> i64;
    /// A channel that receives the time `ns` from now (`time.After`).
    fn after(&mut self, ns: i64) -> Value;
    /// A new `*time.Timer` firing `ns` from now: it sends the time on its
    /// channel `C` (`time.NewTimer`), or starts `f` in a goroutine of its own
    /// (`time.AfterFunc`).
    fn new_timer(&mut self, ns: i64, f: Option<Value>) -> Value;
    /// `t.Stop()` (Go 1.23+): whether it stopped the timer before it fired
    /// (or drained a fired value nobody received); `None` for a Timer not
    /// made by NewTimer or AfterFunc.
    fn stop_timer(&mut self, t: &Value) -> Option<bool>;
    /// `t.Reset(d)`: as `stop_timer`, then the timer fires `ns` from now.
    fn reset_timer(&mut self, t: &Value, ns: i64) -> Option<bool>;
}

/// An `error` value made by `errors.New` (or a library function) with this text.
pub fn error_value(msg: &str) -> Value {
    Value::Iface(Rc::new((T_ERRSTR, Value::from_str(msg))))
}

/// The argument at `i` as Rust text (lossy for invalid UTF-8).
pub fn text(args: &[Value], i: usize) -> String {
    args.get(i).map(|v| String::from_utf8_lossy(v.str()).into_owned()).unwrap_or_default()
}

/// One string result.
pub fn string(s: &str) -> Ret {
    Ok(vec![Value::from_str(s)])
}

/// One bool result.
pub fn boolean(b: bool) -> Ret {
    Ok(vec![Value::Bool(b)])
}

/// One integer result.
pub fn int(i: i64) -> Ret {
    Ok(vec![Value::Int(i)])
}

/// No results.
pub fn none() -> Ret {
    Ok(Vec::new())
}
