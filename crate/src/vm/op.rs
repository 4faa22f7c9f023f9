//! The bytecode. One `Op` is one step of a goroutine and one scheduling
//! point; map operations are further split into micro-steps by the VM
//! (see `gomap::protocol`), so one `MapAssign` may take several steps.

use crate::compile::types::{IntKind, TypeId};
use serde::Serialize;

/// How arithmetic interprets its operands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Num {
    Int(IntKind),
    Float,
    Float32,
    Str,
    Bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    /// Shifts by a count of an unsigned type (never negative).
    ShlU,
    ShrU,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    /// The arithmetic op for a Go operator (`+`, `&^`, `<<` …); comparisons excluded.
    pub fn from_go(op: &str) -> Option<BinOp> {
        Some(match op {
            "+" => BinOp::Add,
            "-" => BinOp::Sub,
            "*" => BinOp::Mul,
            "/" => BinOp::Div,
            "%" => BinOp::Rem,
            "&" => BinOp::And,
            "|" => BinOp::Or,
            "^" => BinOp::Xor,
            "&^" => BinOp::AndNot,
            "<<" => BinOp::Shl,
            ">>" => BinOp::Shr,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Conv {
    IntToInt(IntKind),
    IntToFloat(bool), // from signed?
    FloatToInt(IntKind),
    FloatToFloat32,
    IntToString,
    StringToBytes,
    BytesToString,
    StringToRunes,
    RunesToString,
    /// `[N]T(s)` (Go 1.20): a copy of the slice's first N elements; panics
    /// when the slice is shorter. The array type is the operand.
    SliceToArray(TypeId),
}

/// A package function, run as one step: the row `stdlib::func(n)` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Native {
    /// The package's position in `stdlib::PACKAGES`.
    pub pkg: u8,
    /// The function's position in its package's table.
    pub func: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SyncOp {
    Lock,
    Unlock,
    TryLock,
    RLock,
    RUnlock,
    WgAdd,
    WgDone,
    WgWait,
    /// Jumps to the target when the Once is already done; otherwise marks it running.
    OnceBegin(u32),
    OnceEnd,
    MapLoad,
    MapStore,
    MapLoadOrStore,
    MapLoadAndDelete,
    MapDelete,
    MapSwap,
    MapCompareAndSwap,
    MapCompareAndDelete,
    MapClear,
    /// Pushes a snapshot iterator of the map's entries.
    MapRangeInit,
    /// [iter] → key, value; jumps to the target when done.
    MapRangeNext(u32),
    /// [cond ptr] → ticket (`notifyListAdd`).
    CondAdd,
    /// [cond ptr] → its `L`, read as package sync reads it (not a race-detector access).
    CondLocker,
    /// [cond ptr, ticket] → (parks until the ticket is notified).
    CondWait,
    CondSignal,
    CondBroadcast,
    AtomicLoad,
    AtomicStore,
    AtomicAdd,
    AtomicSwap,
    AtomicCas,
}

#[derive(Debug, Clone, Serialize)]
pub enum Op {
    Const(u32),
    Int(i64),
    Nil,
    Bool(bool),
    Pop,
    Dup,
    /// Copies the value `n` below the top onto the top.
    Pick(u16),
    Swap,
    Load(u16),
    Store(u16),
    /// Pops a value and stores a new one-slot box holding it in the local.
    NewBox(u16),
    LoadBox(u16),
    StoreBox(u16),
    LoadCap(u16),
    LoadCapBox(u16),
    StoreCapBox(u16),
    /// Pushes a pointer to global `n` (a box, or the aggregate itself).
    Global(u32),
    Deref,
    StoreInd,
    CopyAgg,
    /// [agg or ptr-to-agg] → pointer to field n (or the nested aggregate).
    FieldAddr(u16),
    /// [agg] → value of field n.
    Field(u16),
    /// [array agg, slice or pointer to array; index] → pointer to the element.
    IndexAddr,
    /// [array agg or slice; index] → element.
    Index,
    StrIndex,
    /// Slicing with lo/hi/max present flags; `kind` 0 slice, 1 array pointer, 2 string.
    SliceExpr { lo: bool, hi: bool, max: bool, kind: u8 },
    Bin(BinOp, Num),
    Neg(Num),
    Not,
    Compl(IntKind),
    /// Deep equality of two values of the given type.
    Eq(TypeId),
    Ne(TypeId),
    Convert(Conv),
    Jump(u32),
    /// `break`/`continue` out of `range` loops over maps (or a sync.Map Range
    /// whose callback returned false): gives back the frame's iterators past
    /// the first `keep`, then jumps. One step, like the `Jump` it replaces.
    LeaveRange { target: u32, keep: u16 },
    JumpIf(u32),
    JumpIfNot(u32),
    Call(u32, u16),
    /// [func value, args…] → results.
    CallValue(u16),
    /// [iface receiver, args…]; method name.
    CallIface(u32, u16),
    /// Begins returning: runs pending defers, then jumps to the epilogue.
    Ret,
    /// The epilogue's last op: pops `n` results and returns them to the caller.
    RetFinal(u16),
    /// [func value, args…]: starts a goroutine.
    Go(u16),
    /// [func value, args…]: pushes a deferred call.
    Defer(u16),
    /// Pushes the current frame's token (its depth), which a
    /// range-over-function body defers to (`DeferAt`).
    FrameToken,
    /// `defer` inside a range-over-function body: [token, f, args…] — the
    /// call runs when the token's frame (the function around the loop) returns.
    DeferAt(u16),
    Panic,
    Recover,
    MakeClosure(u32, u16),
    /// [receiver] → a method value bound to it.
    BindMethod(u32),
    /// [func id] as a value with no captures.
    FuncValue(u32),
    Zero(TypeId),
    MakeSlice(TypeId, bool),
    MakeMap(TypeId, bool),
    MakeChan(TypeId, bool),
    New(TypeId),
    /// [slice, n values] → slice, with Go's growth rule.
    Append(TypeId, u16),
    AppendSlice(TypeId),
    CopySlice,
    Len,
    Cap,
    MapIndex { ty: TypeId, comma_ok: bool },
    MapAssign(TypeId),
    MapDelete(TypeId),
    MapClear(TypeId),
    /// `clear(s)`: every element of the slice set to the zero value of its type.
    SliceClear(TypeId),
    /// [map] → iterator handle.
    MapRangeInit(TypeId),
    /// [iter] → key, value; jumps to the target when done.
    MapRangeNext(u32),
    /// [str, byte index] → next index, rune; jumps when done.
    StrRangeNext(u32),
    ChanSend,
    ChanRecv(bool),
    ChanClose,
    /// A select statement described by `selects[n]`; pushes the chosen case index.
    Select(u32),
    ToIface(TypeId),
    TypeAssert(TypeId, bool),
    /// [iface] → bool: does its dynamic type equal (or implement) the type.
    TypeIs(TypeId),
    Native(Native, u16),
    /// [args…, slice]: a variadic package function called with its final
    /// argument a slice (`fmt.Println(xs...)`, a row as a function value):
    /// the slice's elements become the row's last arguments. The count is
    /// of the values before the slice.
    NativeSpread(Native, u16),
    Sync(SyncOp),
    /// Marks the variable name of the map just made (for snapshots).
    NameMap(u32),
    Unreachable,
}

/// One case of a select: receive (with comma-ok) or send; default has no channel.
#[derive(Debug, Clone, Serialize)]
pub struct SelectDesc {
    /// For each case: 0 recv, 1 send. Channels (and send values) are on the stack in case order.
    pub cases: Vec<u8>,
    pub has_default: bool,
}
