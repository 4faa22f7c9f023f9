//! Runtime values. Scalars are stored inline; structs, arrays and sync types
//! live in heap aggregates (`Agg`) that assignment copies; everything else
//! with identity (maps, channels, slices' backing arrays) is a handle.

use super::arena::{ChanId, MapId, SyncMapId};
use crate::compile::types::TypeId;
use std::rc::Rc;

pub use super::arena::ObjId;

/// The slot index meaning "the whole aggregate", for pointers to structs and arrays.
pub const WHOLE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ptr {
    pub obj: ObjId,
    pub slot: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceRef {
    pub obj: ObjId,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

#[derive(Debug)]
pub struct Closure {
    pub func: u32,
    pub captures: Vec<Value>,
    /// A bound method value (`x.M` used as a value): the receiver comes first.
    pub recv: Option<Value>,
}

#[derive(Debug, Clone)]
pub enum Value {
    Nil,
    Bool(bool),
    /// Every integer kind, wrapped to its kind; uint64 keeps its bits.
    Int(i64),
    Float(f64),
    Str(Rc<[u8]>),
    Ptr(Ptr),
    Agg(ObjId),
    Slice(SliceRef),
    Map(MapId),
    SyncMap(SyncMapId),
    Chan(ChanId),
    Func(Rc<Closure>),
    /// A non-nil interface value: dynamic type and value.
    Iface(Rc<(TypeId, Value)>),
}

impl Value {
    pub fn int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => *f as i64,
            _ => 0,
        }
    }
    pub fn float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }
    pub fn bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    pub fn str(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => b"",
        }
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    pub fn from_str(s: &str) -> Value {
        Value::Str(Rc::from(s.as_bytes()))
    }
    pub fn from_bytes(b: &[u8]) -> Value {
        Value::Str(Rc::from(b))
    }
}
