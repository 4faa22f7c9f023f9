//! What the scheduler and the search know about each op, in one table.
//!
//! Every [`Op`] answers four questions, all in [`Op::meta`], one row per op
//! and no catch-all arm, so that a new op does not compile until each is
//! decided:
//!
//! * **name** — its stable name in anchored (`v2`) schedules (`mapassign`,
//!   `load`, `call` …). Saved links spell these, so a name never changes
//!   when an op is renamed in Rust; `tests/op_names.txt` holds the list and a
//!   test compares.
//! * **cost** — a rough time in nanoseconds, which the go-like strategy
//!   adds to its P's virtual clock (a plain op 1, a `go` statement 300, a
//!   print 2000, see `sched::go_like`).
//! * **switch** — before which ops the scheduler may switch goroutines at
//!   each [`Granularity`]: every op at `instruction`; map, channel and lock
//!   operations at `sync`; only where Go's own runtime switches (calls,
//!   blocking, yields, `go`) at `preemption`.
//! * **touches** — what the op reads and writes, stated over its operands
//!   (a local box, the value two below the top of the stack …). The machine
//!   resolves that to a [`Footprint`] for the bounded search's partial-order
//!   reduction: two steps commute unless they touch the same object and one
//!   writes. An op that cannot say touches everything.

use super::addr::Object;
use super::heap::Heap;
use super::machine::{GState, Goroutine, Granularity, Machine, Micro, WriteKind};
use super::op::{Native, Op};
use super::value::Value;
use crate::compile::Program;
use crate::sched::{Footprint, ALL};

/// Before which ops the scheduler may switch (besides every op at `instruction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    /// Only at instruction granularity.
    Instruction,
    /// A map or channel operation: also at `sync`.
    Sync,
    /// A call: also at `preemption`.
    Call,
    /// May block or yield (channels, locks, sleep, `go`): at every granularity.
    Blocking,
}

impl Switch {
    pub fn allowed_at(self, g: Granularity) -> bool {
        match (self, g) {
            (_, Granularity::Instruction) | (Switch::Blocking, _) => true,
            (Switch::Sync, Granularity::Sync) | (Switch::Call, Granularity::Preemption) => true,
            _ => false,
        }
    }
}

/// One thing an op reads or writes, stated over its operands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Touch {
    Nothing,
    /// The object a pointer in local `slot` points to.
    Local { slot: u16, write: bool },
    /// The object a pointer in capture `i` points to.
    Capture { i: u16, write: bool },
    /// The object behind the pointer, aggregate or slice `depth` below the
    /// top of the stack (1 = the top).
    Stack { depth: usize, write: bool },
    /// The map `depth` below the top (a nil map touches nothing).
    Map { depth: usize, write: bool },
    /// `len(x)` with `x` on top: reads a map's count or a channel's buffer
    /// (everything, as channel operations do); a slice's, string's or
    /// array's length is in the value.
    Len,
    /// Everything the top `n` values of the stack reach (the elements of a
    /// slice, the fields of a struct, what a pointer or interface holds …):
    /// what a package function reads of its arguments, or `==` of its operands.
    Values { n: usize },
    /// The program's output (stdout, stderr): one shared object every print writes.
    Output,
    /// The run's one generator of random draws (map hash seeds, iteration
    /// starts): which goroutine draws first decides who gets which value.
    Draws,
    /// Conflicts with every step (time, goroutine creation, channels, locks, endings).
    Everything,
}

/// An op's row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    pub name: &'static str,
    pub cost: u32,
    pub switch: Switch,
    /// Up to two touches (a print writes the output and reads its arguments).
    pub touches: [Touch; 2],
}

const fn row(name: &'static str, cost: u32, switch: Switch, t: Touch) -> Meta {
    Meta { name, cost, switch, touches: [t, Touch::Nothing] }
}

/// The cost of a map operation's later micro-steps (ns).
pub const MICRO_COST: u32 = 5;

/// The footprint of the output: every print writes it (defined beside `ALL`).
pub use crate::sched::OUTPUT;
/// The footprint of the random draws.
pub const DRAWS: u64 = ALL - 2;

impl Op {
    /// This op's row: name, cost, switch points, footprint.
    pub fn meta(&self) -> Meta {
        use Switch::{Blocking as B, Call as C, Instruction as I, Sync as S};
        use Touch::{Everything as All, Nothing as No};
        let r = |d: usize| Touch::Stack { depth: d, write: false };
        let w = |d: usize| Touch::Stack { depth: d, write: true };
        let map = |d: usize, write: bool| Touch::Map { depth: d, write };
        let v = |n: usize| Touch::Values { n };
        match self {
            Op::Const(_) => row("const", 1, I, No),
            Op::Int(_) => row("int", 1, I, No),
            Op::Nil => row("nil", 1, I, No),
            Op::Bool(_) => row("bool", 1, I, No),
            Op::Pop => row("pop", 1, I, No),
            Op::Dup => row("dup", 1, I, No),
            Op::Pick(_) => row("pick", 1, I, No),
            Op::Swap => row("swap", 1, I, No),
            Op::Load(_) => row("load", 1, I, No),
            Op::Store(_) => row("store", 1, I, No),
            Op::NewBox(_) => row("newbox", 1, I, No),
            Op::LoadBox(s) => row("loadbox", 1, I, Touch::Local { slot: *s, write: false }),
            Op::StoreBox(s) => row("storebox", 1, I, Touch::Local { slot: *s, write: true }),
            Op::LoadCap(_) => row("loadcap", 1, I, No),
            Op::LoadCapBox(i) => row("loadcapbox", 1, I, Touch::Capture { i: *i, write: false }),
            Op::StoreCapBox(i) => row("storecapbox", 1, I, Touch::Capture { i: *i, write: true }),
            Op::Global(_) => row("global", 1, I, No),
            Op::Deref => row("deref", 1, I, r(1)),
            Op::StoreInd => Meta { name: "storeind", cost: 1, switch: I, touches: [w(2), v(1)] },
            Op::CopyAgg => row("copyagg", 1, I, r(1)),
            Op::FieldAddr(_) => row("fieldaddr", 1, I, No),
            Op::Field(_) => row("field", 1, I, r(1)),
            Op::IndexAddr => row("indexaddr", 1, I, No),
            Op::Index => row("index", 1, I, r(2)),
            Op::StrIndex => row("strindex", 1, I, No),
            Op::SliceExpr { .. } => row("sliceexpr", 1, I, All),
            Op::Bin(..) => row("bin", 1, I, No),
            Op::Neg(_) => row("neg", 1, I, No),
            Op::Not => row("not", 1, I, No),
            Op::Compl(_) => row("compl", 1, I, No),
            Op::Eq(_) => row("eq", 1, I, v(2)),
            Op::Ne(_) => row("ne", 1, I, v(2)),
            // string(bytes) and string(runes) read the slice.
            Op::Convert(_) => row("convert", 1, I, v(1)),
            Op::Jump(_) => row("jump", 1, I, No),
            Op::JumpIf(_) => row("jumpif", 1, I, No),
            Op::JumpIfNot(_) => row("jumpifnot", 1, I, No),
            // A jump that also gives back the frame's range iterators (its own, local state).
            Op::LeaveRange { .. } => row("leaverange", 1, I, No),
            Op::Call(..) => row("call", 3, C, No),
            Op::CallValue(_) => row("callvalue", 3, C, No),
            Op::CallIface(..) => row("calliface", 3, C, No),
            // Returning runs deferred calls; returning from main ends the program.
            Op::Ret => row("ret", 1, I, All),
            Op::RetFinal(_) => row("retfinal", 1, I, All),
            Op::Go(_) => row("go", 300, B, All),
            Op::Defer(_) => row("defer", 1, I, No),
            Op::FrameToken => row("frametoken", 1, I, No),
            Op::DeferAt(_) => row("deferat", 1, I, No),
            Op::Panic => row("panic", 1, I, All),
            Op::Recover => row("recover", 1, I, No),
            Op::MakeClosure(..) => row("makeclosure", 25, I, No),
            Op::BindMethod(_) => row("bindmethod", 1, I, No),
            Op::FuncValue(_) => row("funcvalue", 1, I, No),
            Op::Zero(_) => row("zero", 1, I, No),
            Op::MakeSlice(..) => row("makeslice", 25, I, No),
            Op::MakeMap(..) => row("makemap", 25, I, Touch::Draws),
            Op::MakeChan(..) => row("makechan", 25, I, No),
            Op::New(_) => row("new", 25, I, No),
            Op::Append(_, n) => row("append", 25, I, w(*n as usize + 1)),
            Op::AppendSlice(_) => Meta { name: "appendslice", cost: 25, switch: I, touches: [w(2), v(1)] },
            Op::CopySlice => Meta { name: "copyslice", cost: 1, switch: I, touches: [w(2), v(1)] },
            Op::Len => row("len", 1, I, Touch::Len),
            Op::Cap => row("cap", 1, I, All),
            Op::MapIndex { .. } => row("mapindex", 20, S, map(2, false)),
            Op::MapAssign(_) => row("mapassign", 5, S, map(3, true)),
            Op::MapDelete(_) => row("mapdelete", 5, S, map(2, true)),
            Op::MapClear(_) => row("mapclear", 5, S, map(1, true)),
            Op::SliceClear(_) => row("sliceclear", 1, I, All),
            Op::MapRangeInit(_) => Meta { name: "maprangeinit", cost: 20, switch: S, touches: [map(1, true), Touch::Draws] },
            Op::MapRangeNext(_) => row("maprangenext", 20, S, All),
            Op::StrRangeNext(_) => row("strrangenext", 1, I, No),
            Op::ChanSend => row("chansend", 60, B, All),
            Op::ChanRecv(_) => row("chanrecv", 60, B, All),
            Op::ChanClose => row("chanclose", 60, S, All),
            Op::Select(_) => row("select", 60, B, All),
            Op::ToIface(_) => row("toiface", 1, I, No),
            Op::TypeAssert(..) => row("typeassert", 1, I, No),
            Op::TypeIs(_) => row("typeis", 1, I, No),
            Op::Native(f, n) => {
                let (cost, switch, t) = f.meta();
                // A package function reads what its arguments reach.
                Meta { name: "native", cost, switch, touches: [t, v(*n as usize)] }
            }
            Op::NativeSpread(f, n) => {
                let (cost, switch, t) = f.meta();
                Meta { name: "nativespread", cost, switch, touches: [t, v(*n as usize + 1)] }
            }
            Op::Sync(_) => row("sync", 20, B, All),
            Op::NameMap(_) => row("namemap", 1, I, No),
            Op::Unreachable => row("unreachable", 1, I, All),
        }
    }

    /// The stable name in anchored schedules.
    pub fn name(&self) -> &'static str {
        self.meta().name
    }

    /// The rough cost (ns) the go-like strategy charges for this op.
    pub fn cost(&self) -> u32 {
        self.meta().cost
    }
}

impl Native {
    /// (cost, switch points, touches besides reading its arguments) of a package function, from its row.
    fn meta(self) -> (u32, Switch, Touch) {
        use crate::stdlib::Effect;
        let f = crate::stdlib::func(self);
        let (switch, touch) = match f.effect {
            Effect::Pure => (Switch::Instruction, Touch::Nothing),
            Effect::Output => (Switch::Instruction, Touch::Output),
            Effect::Blocks => (Switch::Blocking, Touch::Everything),
            Effect::Runtime => (Switch::Instruction, Touch::Everything),
        };
        (f.cost, switch, touch)
    }
}

/// The name of the instruction at `i` in `f` (the implicit return past the end is `ret`).
pub fn op_name_at(f: &crate::compile::Func, i: usize) -> &'static str {
    f.code.get(i).map_or("ret", Op::name)
}

impl<'p> Machine<'p> {
    /// What goroutine `gi`'s next step touches (conservative: unknown means ALL).
    pub fn footprint(&self, gi: usize) -> Footprint {
        footprint(self.prog, &self.heap, &self.gs[gi])
    }

    /// May the scheduler switch away from the current goroutine before its next op?
    pub(crate) fn may_switch(&self) -> bool {
        let g = &self.gs[self.cur];
        if self.opts.granularity == Granularity::Instruction || g.state != GState::Runnable {
            return true;
        }
        if g.micro.is_some() {
            return self.opts.granularity == Granularity::Sync;
        }
        let Some(f) = g.frames.last() else { return true };
        let Some(op) = self.prog.funcs[f.func as usize].code.get(f.pc as usize) else { return true };
        op.meta().switch.allowed_at(self.opts.granularity)
    }
}

/// What goroutine `g`'s next step touches: its op's touches, resolved
/// against its stack and locals.
pub fn footprint(prog: &Program, heap: &Heap, g: &Goroutine) -> Footprint {
    if let Some(m) = &g.micro {
        return match m {
            // Deleting the last entry and clearing re-seed the map: a random draw too.
            Micro::Write { kind: WriteKind::Delete | WriteKind::Clear, .. } => Some((ALL, true)),
            Micro::Write { map, .. } => Some((Object::Map(*map).footprint(), true)),
            Micro::SyncMapSlow { map, .. } => Some((Object::SyncMap(*map).footprint(), true)),
        };
    }
    let Some(f) = g.frames.last() else { return Some((ALL, true)) };
    let Some(op) = prog.funcs[f.func as usize].code.get(f.pc as usize) else { return Some((ALL, true)) };
    let st = &g.stack;
    let at = |k: usize| st.len().checked_sub(k).and_then(|i| st.get(i));
    let ptr_of = |v: Option<&Value>, write: bool| -> Footprint {
        match v {
            Some(Value::Ptr(p)) => Some((Object::Heap(p.obj).footprint(), write)),
            Some(Value::Agg(id)) => Some((Object::Heap(*id).footprint(), write)),
            Some(Value::Slice(s)) => Some((Object::Heap(s.obj).footprint(), write)),
            _ => Some((ALL, true)),
        }
    };
    let resolve = |t: Touch| -> Footprint {
        match t {
            Touch::Nothing => None,
            Touch::Local { slot, write } => ptr_of(f.locals.get(slot as usize), write),
            Touch::Capture { i, write } => ptr_of(f.closure.as_ref().and_then(|c| c.captures.get(i as usize)), write),
            Touch::Stack { depth, write } => ptr_of(at(depth), write),
            Touch::Map { depth, write } => match at(depth) {
                Some(Value::Map(id)) => Some((Object::Map(*id).footprint(), write)),
                Some(Value::Nil) => None,
                _ => Some((ALL, true)),
            },
            Touch::Len => match at(1) {
                Some(Value::Map(id)) => Some((Object::Map(*id).footprint(), false)),
                Some(Value::Chan(_)) => Some((ALL, true)),
                _ => None,
            },
            Touch::Values { n } => st[st.len().saturating_sub(n)..].iter().fold(None, |acc, v| crate::sched::union(acc, reaches(heap, v))),
            Touch::Output => Some((OUTPUT, true)),
            Touch::Draws => Some((DRAWS, true)),
            Touch::Everything => Some((ALL, true)),
        }
    };
    let [a, b] = op.meta().touches;
    crate::sched::union(resolve(a), resolve(b))
}

/// What reading a value reaches, as a footprint: nothing for scalars and
/// strings (immutable), else the objects behind it — one object read, or,
/// past one, everything (a footprint names one object). Maps and sync.Maps
/// are read through their model: everything.
fn reaches(heap: &Heap, v: &Value) -> Footprint {
    let mut acc: Footprint = None;
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        let obj = match v {
            Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Chan(_) | Value::Func(_) => continue,
            Value::Iface(b) => {
                todo.push(&b.1);
                continue;
            }
            Value::Map(_) | Value::SyncMap(_) => return Some((ALL, true)),
            Value::Ptr(p) => p.obj,
            Value::Agg(id) => *id,
            Value::Slice(s) => s.obj,
        };
        let key = Object::Heap(obj).footprint();
        if acc.is_some_and(|(o, _)| o == key) {
            continue;
        }
        acc = crate::sched::union(acc, Some((key, false)));
        if acc == Some((ALL, true)) {
            return acc;
        }
        let Some(slots) = heap.objs.get(obj) else { return Some((ALL, true)) };
        let range = match v {
            Value::Slice(s) => (s.off as usize).min(slots.len())..((s.off + s.len) as usize).min(slots.len()),
            Value::Ptr(p) if p.slot != super::value::WHOLE => (p.slot as usize).min(slots.len())..(p.slot as usize + 1).min(slots.len()),
            _ => 0..slots.len(),
        };
        todo.extend(&slots[range]);
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::types::{IntKind, TypeId};
    use crate::vm::op::{BinOp, Conv, Num, SyncOp};

    /// Numbers every op variant. Exhaustive: a new op does not compile until
    /// it has a number here, and `every_op_has_a_sample` fails until
    /// `samples` holds one.
    fn number(op: &Op) -> usize {
        match op {
            Op::Const(_) => 0,
            Op::Int(_) => 1,
            Op::Nil => 2,
            Op::Bool(_) => 3,
            Op::Pop => 4,
            Op::Dup => 5,
            Op::Pick(_) => 6,
            Op::Swap => 7,
            Op::Load(_) => 8,
            Op::Store(_) => 9,
            Op::NewBox(_) => 10,
            Op::LoadBox(_) => 11,
            Op::StoreBox(_) => 12,
            Op::LoadCap(_) => 13,
            Op::LoadCapBox(_) => 14,
            Op::StoreCapBox(_) => 15,
            Op::Global(_) => 16,
            Op::Deref => 17,
            Op::StoreInd => 18,
            Op::CopyAgg => 19,
            Op::FieldAddr(_) => 20,
            Op::Field(_) => 21,
            Op::IndexAddr => 22,
            Op::Index => 23,
            Op::StrIndex => 24,
            Op::SliceExpr { .. } => 25,
            Op::Bin(..) => 26,
            Op::Neg(_) => 27,
            Op::Not => 28,
            Op::Compl(_) => 29,
            Op::Eq(_) => 30,
            Op::Ne(_) => 31,
            Op::Convert(_) => 32,
            Op::Jump(_) => 33,
            Op::JumpIf(_) => 34,
            Op::JumpIfNot(_) => 35,
            Op::Call(..) => 36,
            Op::CallValue(_) => 37,
            Op::CallIface(..) => 38,
            Op::Ret => 39,
            Op::RetFinal(_) => 40,
            Op::Go(_) => 41,
            Op::Defer(_) => 42,
            Op::Panic => 43,
            Op::Recover => 44,
            Op::MakeClosure(..) => 45,
            Op::BindMethod(_) => 46,
            Op::FuncValue(_) => 47,
            Op::Zero(_) => 48,
            Op::MakeSlice(..) => 49,
            Op::MakeMap(..) => 50,
            Op::MakeChan(..) => 51,
            Op::New(_) => 52,
            Op::Append(..) => 53,
            Op::AppendSlice(_) => 54,
            Op::CopySlice => 55,
            Op::Len => 56,
            Op::Cap => 57,
            Op::MapIndex { .. } => 58,
            Op::MapAssign(_) => 59,
            Op::MapDelete(_) => 60,
            Op::MapClear(_) => 61,
            Op::SliceClear(_) => 62,
            Op::MapRangeInit(_) => 63,
            Op::MapRangeNext(_) => 64,
            Op::StrRangeNext(_) => 65,
            Op::ChanSend => 66,
            Op::ChanRecv(_) => 67,
            Op::ChanClose => 68,
            Op::Select(_) => 69,
            Op::ToIface(_) => 70,
            Op::TypeAssert(..) => 71,
            Op::TypeIs(_) => 72,
            Op::Native(..) => 73,
            Op::Sync(_) => 74,
            Op::NameMap(_) => 75,
            Op::Unreachable => 76,
            Op::LeaveRange { .. } => 77,
            Op::FrameToken => 78,
            Op::DeferAt(_) => 79,
            Op::NativeSpread(..) => 80,
        }
    }
    const VARIANTS: usize = 81;

    /// One op of each kind, in `number` order.
    pub(super) fn samples() -> Vec<Op> {
        let t: TypeId = 0;
        let i = Num::Int(IntKind::Int);
        vec![
            Op::Const(0),
            Op::Int(0),
            Op::Nil,
            Op::Bool(true),
            Op::Pop,
            Op::Dup,
            Op::Pick(1),
            Op::Swap,
            Op::Load(0),
            Op::Store(0),
            Op::NewBox(0),
            Op::LoadBox(0),
            Op::StoreBox(0),
            Op::LoadCap(0),
            Op::LoadCapBox(0),
            Op::StoreCapBox(0),
            Op::Global(0),
            Op::Deref,
            Op::StoreInd,
            Op::CopyAgg,
            Op::FieldAddr(0),
            Op::Field(0),
            Op::IndexAddr,
            Op::Index,
            Op::StrIndex,
            Op::SliceExpr { lo: true, hi: false, max: false, kind: 0 },
            Op::Bin(BinOp::Add, i),
            Op::Neg(i),
            Op::Not,
            Op::Compl(IntKind::Int),
            Op::Eq(t),
            Op::Ne(t),
            Op::Convert(Conv::BytesToString),
            Op::Jump(0),
            Op::JumpIf(0),
            Op::JumpIfNot(0),
            Op::Call(0, 0),
            Op::CallValue(0),
            Op::CallIface(0, 0),
            Op::Ret,
            Op::RetFinal(0),
            Op::Go(0),
            Op::Defer(0),
            Op::Panic,
            Op::Recover,
            Op::MakeClosure(0, 0),
            Op::BindMethod(0),
            Op::FuncValue(0),
            Op::Zero(t),
            Op::MakeSlice(t, false),
            Op::MakeMap(t, false),
            Op::MakeChan(t, false),
            Op::New(t),
            Op::Append(t, 1),
            Op::AppendSlice(t),
            Op::CopySlice,
            Op::Len,
            Op::Cap,
            Op::MapIndex { ty: t, comma_ok: false },
            Op::MapAssign(t),
            Op::MapDelete(t),
            Op::MapClear(t),
            Op::SliceClear(t),
            Op::MapRangeInit(t),
            Op::MapRangeNext(0),
            Op::StrRangeNext(0),
            Op::ChanSend,
            Op::ChanRecv(false),
            Op::ChanClose,
            Op::Select(0),
            Op::ToIface(t),
            Op::TypeAssert(t, false),
            Op::TypeIs(t),
            Op::Native(crate::stdlib::lookup("fmt", "Println").expect("fmt.Println"), 1),
            Op::Sync(SyncOp::Lock),
            Op::NameMap(0),
            Op::Unreachable,
            Op::LeaveRange { target: 0, keep: 0 },
            Op::FrameToken,
            Op::DeferAt(0),
            Op::NativeSpread(crate::stdlib::lookup("fmt", "Println").expect("fmt.Println"), 0),
        ]
    }

    #[test]
    fn every_op_has_a_sample() {
        let mut seen = [false; VARIANTS];
        for op in samples() {
            seen[number(&op)] = true;
        }
        let missing: Vec<usize> = (0..VARIANTS).filter(|&i| !seen[i]).collect();
        assert!(missing.is_empty(), "ops numbered {missing:?} have no sample");
    }

    /// Saved `v2` schedules spell these names: none may change. A new op
    /// adds its line to `tests/op_names.txt`.
    #[test]
    fn op_names_are_stable() {
        let want = include_str!("../../tests/op_names.txt");
        let got: Vec<&str> = samples().iter().map(Op::name).collect();
        let want: Vec<&str> = want.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        assert_eq!(got, want, "an op's stable name changed (saved schedules would stop matching)");
        let mut unique = got.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), got.len(), "two ops share a name");
    }

    #[test]
    fn switch_points_by_granularity() {
        use Granularity::*;
        assert!(Op::Load(0).meta().switch.allowed_at(Instruction));
        assert!(!Op::Load(0).meta().switch.allowed_at(Sync));
        assert!(!Op::Load(0).meta().switch.allowed_at(Preemption));
        assert!(Op::MapAssign(0).meta().switch.allowed_at(Sync) && !Op::MapAssign(0).meta().switch.allowed_at(Preemption));
        assert!(Op::Call(0, 0).meta().switch.allowed_at(Preemption) && !Op::Call(0, 0).meta().switch.allowed_at(Sync));
        assert!(Op::ChanSend.meta().switch.allowed_at(Sync) && Op::ChanSend.meta().switch.allowed_at(Preemption));
    }
}
