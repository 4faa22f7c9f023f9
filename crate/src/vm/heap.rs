//! The heap: aggregates (structs, arrays, sync types), slices' backing arrays
//! and boxed variables, each an object of value slots. No collector: a run
//! is short, and the memory limit bounds what it may allocate.

use super::arena::Arena;
use super::value::{ObjId, Ptr, Value, WHOLE};
use crate::compile::types::{SyncKind, Type, TypeId, Types};

#[derive(Debug, Default)]
pub struct Heap {
    pub objs: Arena<ObjId, Vec<Value>>,
    /// Slots allocated so far (the memory budget counts these).
    pub slots: u64,
    /// Slots the memory budget could ever give (`max_memory / VALUE_BYTES`).
    pub room_slots: u64,
    /// An aggregate too large for the budget was asked for (its bytes); it
    /// was not made, and the run ends out of memory at the end of the step.
    pub exhausted: Option<u64>,
}

impl Heap {
    pub fn alloc(&mut self, vals: Vec<Value>) -> ObjId {
        self.slots += vals.len() as u64 + 1;
        self.objs.push(vals)
    }

    /// Go's zero value of `t`; aggregates get fresh storage.
    pub fn zero(&mut self, types: &Types, t: TypeId) -> Value {
        match types.under(t).clone() {
            Type::Bool | Type::UntypedBool => Value::Bool(false),
            Type::Int(_) | Type::UntypedInt | Type::UntypedRune => Value::Int(0),
            Type::Float64 | Type::Float32 | Type::UntypedFloat => Value::Float(0.0),
            Type::String | Type::UntypedString => Value::from_str(""),
            Type::Struct(fs) => {
                let vals = fs.iter().map(|f| self.zero(types, f.ty)).collect();
                Value::Agg(self.alloc(vals))
            }
            Type::Array(n, el) => {
                let need = types.size_slots(t);
                if need > self.room_slots.saturating_sub(self.slots) {
                    self.exhausted = Some(need.saturating_mul(super::budget::VALUE_BYTES));
                    return Value::Agg(self.alloc(Vec::new()));
                }
                let n = n as usize;
                let vals = if types.is_aggregate(el) { (0..n).map(|_| self.zero(types, el)).collect() } else { vec![self.zero(types, el); n] };
                Value::Agg(self.alloc(vals))
            }
            Type::Sync(k) => {
                let init = match k {
                    SyncKind::AtomicBool => Value::Bool(false),
                    SyncKind::Map | SyncKind::AtomicValue => Value::Nil,
                    _ => Value::Int(0),
                };
                let mut vals = vec![init; k.slots()];
                if matches!(k, SyncKind::Cond | SyncKind::Timer) {
                    vals[0] = Value::Nil; // a Cond's L, a Timer's C
                }
                Value::Agg(self.alloc(vals))
            }
            _ => Value::Nil,
        }
    }

    /// A deep copy of an aggregate (nested aggregates copied too).
    pub fn copy_agg(&mut self, id: ObjId) -> ObjId {
        let vals = self.objs[id].clone();
        let vals = vals
            .into_iter()
            .map(|v| match v {
                Value::Agg(inner) => Value::Agg(self.copy_agg(inner)),
                v => v,
            })
            .collect();
        self.alloc(vals)
    }

    /// Copies `src`'s contents into `dst` in place, so pointers into `dst` stay valid.
    pub fn copy_into(&mut self, dst: ObjId, src: ObjId) {
        if dst == src {
            return;
        }
        let n = self.objs[src].len().min(self.objs[dst].len());
        for i in 0..n {
            let v = self.objs[src][i].clone();
            match (&self.objs[dst][i], v) {
                (Value::Agg(d), Value::Agg(s)) => {
                    let d = *d;
                    self.copy_into(d, s);
                }
                (_, v) => self.objs[dst][i] = v,
            }
        }
    }

    pub fn load(&self, p: Ptr) -> Value {
        if p.slot == WHOLE {
            return Value::Agg(p.obj);
        }
        self.objs[p.obj][p.slot as usize].clone()
    }

    pub fn store(&mut self, p: Ptr, v: Value) {
        if p.slot == WHOLE {
            if let Value::Agg(src) = v {
                self.copy_into(p.obj, src);
            }
            return;
        }
        match (&self.objs[p.obj][p.slot as usize], v) {
            (Value::Agg(d), Value::Agg(s)) => {
                let d = *d;
                self.copy_into(d, s);
            }
            (_, v) => self.objs[p.obj][p.slot as usize] = v,
        }
    }
}
