//! Go types, interned: two structurally identical types share one [`TypeId`],
//! so type identity (go.dev/ref/spec#Type_identity) is `==` on ids. Defined
//! (named) types are never merged. The table is shared with the VM, which
//! needs it for zero values, interface boxing, `fmt` and map keys.

use serde::Serialize;
use std::collections::HashMap;

pub type TypeId = u32;

/// The `func` of a method implemented by the VM itself (`errorString.Error`).
pub const NATIVE_ERROR_METHOD: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum IntKind {
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
}

impl IntKind {
    pub fn bits(self) -> u32 {
        match self {
            IntKind::Int8 | IntKind::Uint8 => 8,
            IntKind::Int16 | IntKind::Uint16 => 16,
            IntKind::Int32 | IntKind::Uint32 => 32,
            _ => 64,
        }
    }
    pub fn signed(self) -> bool {
        matches!(self, IntKind::Int | IntKind::Int8 | IntKind::Int16 | IntKind::Int32 | IntKind::Int64)
    }
    /// Wraps a 64-bit two's-complement value to this kind, as Go's arithmetic does.
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::Int8 => v as i8 as i64,
            IntKind::Int16 => v as i16 as i64,
            IntKind::Int32 => v as i32 as i64,
            IntKind::Uint8 => v as u8 as i64,
            IntKind::Uint16 => v as u16 as i64,
            IntKind::Uint32 => v as u32 as i64,
            _ => v,
        }
    }
    pub fn min_max(self) -> (i128, i128) {
        let b = self.bits();
        if self.signed() {
            (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
        } else {
            (0, (1i128 << b) - 1)
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            IntKind::Int => "int",
            IntKind::Int8 => "int8",
            IntKind::Int16 => "int16",
            IntKind::Int32 => "int32",
            IntKind::Int64 => "int64",
            IntKind::Uint => "uint",
            IntKind::Uint8 => "uint8",
            IntKind::Uint16 => "uint16",
            IntKind::Uint32 => "uint32",
            IntKind::Uint64 => "uint64",
            IntKind::Uintptr => "uintptr",
        }
    }
}

/// The runtime types of package sync and sync/atomic, each stored as a
/// small aggregate of hidden slots so that they are zero-value ready and
/// live inside structs like any field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum SyncKind {
    Mutex,
    RWMutex,
    WaitGroup,
    Once,
    Map,
    /// `sync.Cond`: slots [L, next ticket, tickets notified] (see `gosync/cond.rs`).
    Cond,
    /// `time.Timer`: slots [C, 1 once made by NewTimer or AfterFunc, f] (see `vm/natives.rs`).
    Timer,
    AtomicInt32,
    AtomicInt64,
    AtomicUint32,
    AtomicUint64,
    AtomicBool,
    AtomicValue,
}

impl SyncKind {
    pub fn go_name(self) -> &'static str {
        match self {
            SyncKind::Mutex => "sync.Mutex",
            SyncKind::RWMutex => "sync.RWMutex",
            SyncKind::WaitGroup => "sync.WaitGroup",
            SyncKind::Once => "sync.Once",
            SyncKind::Map => "sync.Map",
            SyncKind::Cond => "sync.Cond",
            SyncKind::Timer => "time.Timer",
            SyncKind::AtomicInt32 => "atomic.Int32",
            SyncKind::AtomicInt64 => "atomic.Int64",
            SyncKind::AtomicUint32 => "atomic.Uint32",
            SyncKind::AtomicUint64 => "atomic.Uint64",
            SyncKind::AtomicBool => "atomic.Bool",
            SyncKind::AtomicValue => "atomic.Value",
        }
    }
    /// The import path of its package.
    pub fn pkg_path(self) -> &'static str {
        if self.go_name().starts_with("sync.") {
            "sync"
        } else if self.go_name().starts_with("time.") {
            "time"
        } else {
            "sync/atomic"
        }
    }
    /// Its fields in Go's source (all unexported), for the errors about a
    /// composite literal that names or fills them (`sync.Mutex{1}`).
    pub fn go_fields(self) -> &'static [&'static str] {
        match self {
            SyncKind::Mutex => &["_", "mu"],
            SyncKind::RWMutex => &["w", "writerSem", "readerSem", "readerCount", "readerWait"],
            SyncKind::WaitGroup => &["noCopy", "state", "sema"],
            SyncKind::Once => &["_", "done", "m"],
            SyncKind::Map => &["_", "m"],
            SyncKind::Cond => &["noCopy", "L", "notify", "checker"],
            SyncKind::Timer => &["C", "initTimer"],
            SyncKind::AtomicInt64 | SyncKind::AtomicUint64 => &["_", "_", "v"],
            SyncKind::AtomicValue => &["v"],
            _ => &["_", "v"],
        }
    }
    /// Hidden slots: Mutex [locked], RWMutex [writer, readers], WaitGroup
    /// [counter], Once [state], Map [handle], Cond [L, wait, notify], atomics [value].
    pub fn slots(self) -> usize {
        match self {
            SyncKind::RWMutex => 2,
            SyncKind::Cond => 3,
            SyncKind::Timer => 3,
            _ => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Sig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum Type {
    Bool,
    Int(IntKind),
    Float64,
    Float32,
    String,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedBool,
    UntypedString,
    UntypedNil,
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Pointer(TypeId),
    Chan(u8, TypeId), // 0 both, 1 send-only, 2 receive-only
    Func(Sig),
    Struct(Vec<Field>),
    /// Method names sorted, each with its signature (a Func type).
    Interface(Vec<(String, TypeId)>),
    Tuple(Vec<TypeId>),
    Sync(SyncKind),
    /// A defined type; `serial` keeps each declaration distinct.
    Named { name: String, serial: u32 },
    /// The type of an expression that already failed to compile (no further errors).
    Invalid,
    /// A constraint interface (go.dev/ref/spec#General_interfaces), usable
    /// only in a type parameter list: its methods (sorted), its type set's
    /// terms (`~int | string`: (tilde, type); `None` for every type) and
    /// whether it demands `comparable`.
    Constraint { methods: Vec<(String, TypeId)>, terms: Option<Vec<(bool, TypeId)>>, comparable: bool },
}

#[derive(Debug, Clone, Serialize)]
pub struct Method {
    pub name: String,
    pub func: u32,
    pub ptr_recv: bool,
    pub sig: TypeId,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct NamedInfo {
    pub underlying: TypeId,
    pub methods: Vec<Method>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Types {
    pub list: Vec<Type>,
    #[serde(skip)]
    index: HashMap<Type, TypeId>,
    pub named: HashMap<TypeId, NamedInfo>,
    serial: u32,
    /// The program spells uint8 as `byte` / int32 as `rune`: messages follow it, as gc's do.
    #[serde(skip)]
    pub alias_byte: bool,
    #[serde(skip)]
    pub alias_rune: bool,
}

/// Well-known ids, interned first in this order.
pub const T_BOOL: TypeId = 0;
pub const T_INT: TypeId = 1;
pub const T_FLOAT64: TypeId = 2;
pub const T_STRING: TypeId = 3;
pub const T_UNTYPED_INT: TypeId = 4;
pub const T_UNTYPED_RUNE: TypeId = 5;
pub const T_UNTYPED_FLOAT: TypeId = 6;
pub const T_UNTYPED_BOOL: TypeId = 7;
pub const T_UNTYPED_STRING: TypeId = 8;
pub const T_UNTYPED_NIL: TypeId = 9;
pub const T_ANY: TypeId = 10;
pub const T_UINT8: TypeId = 11;
pub const T_INT32: TypeId = 12;
pub const T_ERROR: TypeId = 13;
pub const T_INT64: TypeId = 16;
/// `*errors.errorString`, what `errors.New` and `fmt.Errorf` return.
pub const T_ERRSTR: TypeId = 17;
/// `func() string`, the signature of `Error` and `String`.
pub const T_FUNC_STRING: TypeId = 14;
pub const T_INVALID: TypeId = 18;

impl Types {
    pub fn new() -> Self {
        let mut t = Types { list: Vec::new(), index: HashMap::new(), named: HashMap::new(), serial: 0, alias_byte: false, alias_rune: false };
        for ty in [
            Type::Bool,
            Type::Int(IntKind::Int),
            Type::Float64,
            Type::String,
            Type::UntypedInt,
            Type::UntypedRune,
            Type::UntypedFloat,
            Type::UntypedBool,
            Type::UntypedString,
            Type::UntypedNil,
            Type::Interface(vec![]),
            Type::Int(IntKind::Uint8),
            Type::Int(IntKind::Int32),
        ] {
            t.intern(ty);
        }
        let err = t.new_named("error");
        let s = t.intern(Type::Func(Sig { params: vec![], results: vec![T_STRING], variadic: false }));
        let iface = t.intern(Type::Interface(vec![("Error".into(), s)]));
        t.set_underlying(err, iface);
        assert_eq!(err, T_ERROR);
        assert_eq!(t.intern(Type::Int(IntKind::Int64)), T_INT64);
        let es = t.new_named("*errors.errorString");
        assert_eq!(es, T_ERRSTR);
        t.set_underlying(es, T_STRING);
        let fs = t.intern(Type::Func(Sig { params: vec![], results: vec![T_STRING], variadic: false }));
        assert_eq!(fs, T_FUNC_STRING);
        if let Some(n) = t.named.get_mut(&es) {
            n.methods.push(Method { name: "Error".into(), func: NATIVE_ERROR_METHOD, ptr_recv: false, sig: fs });
        }
        assert_eq!(t.intern(Type::Invalid), T_INVALID);
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.index.get(&ty) {
            return id;
        }
        let id = self.list.len() as TypeId;
        self.list.push(ty.clone());
        self.index.insert(ty, id);
        id
    }

    pub fn new_named(&mut self, name: &str) -> TypeId {
        self.serial += 1;
        let id = self.intern(Type::Named { name: name.to_string(), serial: self.serial });
        self.named.insert(id, NamedInfo { underlying: id, methods: Vec::new() });
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        let u = self.underlying(under);
        if let Some(n) = self.named.get_mut(&named) {
            n.underlying = u;
        }
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.list[id as usize]
    }

    /// The underlying type (go.dev/ref/spec#Underlying_types).
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.named.get(&id) {
                Some(n) if n.underlying != id => id = n.underlying,
                _ => return id,
            }
        }
        id
    }

    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named { .. })
    }

    pub fn methods(&self, id: TypeId) -> &[Method] {
        self.named.get(&id).map(|n| n.methods.as_slice()).unwrap_or(&[])
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(
            self.get(id),
            Type::UntypedInt | Type::UntypedRune | Type::UntypedFloat | Type::UntypedBool | Type::UntypedString | Type::UntypedNil
        )
    }

    /// The type an untyped constant gets when nothing else decides.
    pub fn default_type(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::UntypedInt => T_INT,
            Type::UntypedRune => T_INT32,
            Type::UntypedFloat => T_FLOAT64,
            Type::UntypedBool => T_BOOL,
            Type::UntypedString => T_STRING,
            _ => id,
        }
    }

    pub fn int_kind(&self, id: TypeId) -> Option<IntKind> {
        match self.under(id) {
            Type::Int(k) => Some(*k),
            _ => None,
        }
    }
    pub fn is_integer(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Int(_) | Type::UntypedInt | Type::UntypedRune)
    }
    pub fn is_float(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Float64 | Type::Float32 | Type::UntypedFloat)
    }
    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.is_integer(id) || self.is_float(id)
    }
    pub fn is_string(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::String | Type::UntypedString)
    }
    pub fn is_bool(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Bool | Type::UntypedBool)
    }
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }
    /// Struct, array and sync types live in heap aggregates and are copied on assignment.
    pub fn is_aggregate(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Struct(_) | Type::Array(..) | Type::Sync(_))
    }
    /// Heap slots a zero value of `id` takes: each aggregate's slots plus one
    /// for its header, nested aggregates included (what `vm::heap` allocates).
    pub fn size_slots(&self, id: TypeId) -> u64 {
        match self.under(id) {
            Type::Struct(fs) => fs.iter().fold(1u64, |n, f| n.saturating_add(if self.is_aggregate(f.ty) { self.size_slots(f.ty) } else { 1 })),
            Type::Array(n, el) => {
                let per = if self.is_aggregate(*el) { self.size_slots(*el) } else { 1 };
                (*n as u64).saturating_mul(per).saturating_add(1)
            }
            Type::Sync(k) => k.slots() as u64 + 1,
            _ => 1,
        }
    }
    /// Can be `nil`.
    pub fn is_nillable(&self, id: TypeId) -> bool {
        matches!(
            self.under(id),
            Type::Slice(_) | Type::Map(..) | Type::Pointer(_) | Type::Chan(..) | Type::Func(_) | Type::Interface(_) | Type::UntypedNil
        )
    }

    /// go.dev/ref/spec#Comparison_operators: may this type be compared with `==`?
    pub fn comparable(&self, id: TypeId) -> bool {
        match self.under(id) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Array(_, e) => self.comparable(*e),
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            Type::Sync(_) => true,
            _ => true,
        }
    }

    /// Go's spelling of a type, as `%T` and error messages print it.
    pub fn name(&self, id: TypeId) -> String {
        match self.get(id) {
            Type::Bool => "bool".into(),
            Type::Int(k) => match k {
                IntKind::Uint8 => "uint8".into(),
                IntKind::Int32 => "int32".into(),
                k => k.name().into(),
            },
            Type::Float64 => "float64".into(),
            Type::Float32 => "float32".into(),
            Type::String => "string".into(),
            Type::UntypedInt => "untyped int".into(),
            Type::UntypedRune => "untyped rune".into(),
            Type::UntypedFloat => "untyped float".into(),
            Type::UntypedBool => "untyped bool".into(),
            Type::UntypedString => "untyped string".into(),
            Type::UntypedNil => "untyped nil".into(),
            Type::Slice(e) => format!("[]{}", self.name(*e)),
            Type::Array(n, e) => format!("[{}]{}", n, self.name(*e)),
            Type::Map(k, v) => format!("map[{}]{}", self.name(*k), self.name(*v)),
            Type::Pointer(e) => format!("*{}", self.name(*e)),
            Type::Chan(d, e) => match d {
                1 => format!("chan<- {}", self.name(*e)),
                2 => format!("<-chan {}", self.name(*e)),
                _ => format!("chan {}", self.name(*e)),
            },
            Type::Func(sig) => format!("func{}", self.sig_string(sig)),
            Type::Struct(fs) => {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| if f.embedded { self.name(f.ty) } else { format!("{} {}", f.name, self.name(f.ty)) })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
                    .replace("struct {  }", "struct {}")
            }
            Type::Interface(ms) => {
                if ms.is_empty() {
                    "interface {}".into()
                } else {
                    let parts: Vec<String> = ms
                        .iter()
                        .map(|(n, s)| match self.get(*s) {
                            Type::Func(sig) => format!("{}{}", n, self.sig_string(sig)),
                            _ => n.clone(),
                        })
                        .collect();
                    format!("interface {{ {} }}", parts.join("; "))
                }
            }
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| self.name(*t)).collect();
                format!("({})", parts.join(", "))
            }
            Type::Sync(k) => k.go_name().into(),
            Type::Invalid => "invalid type".into(),
            Type::Constraint { methods, terms, comparable } => match (methods.is_empty() && !comparable, terms) {
                (true, Some(ts)) => self.terms_string(ts),
                _ => {
                    let mut parts: Vec<String> = Vec::new();
                    if *comparable {
                        parts.push("comparable".into());
                    }
                    for (n, s) in methods {
                        if let Type::Func(sig) = self.get(*s) {
                            parts.push(format!("{}{}", n, self.sig_string(sig)));
                        }
                    }
                    if let Some(ts) = terms {
                        parts.push(self.terms_string(ts));
                    }
                    format!("interface {{ {} }}", parts.join("; "))
                }
            },
            Type::Named { name, .. } => {
                if name == "error" || name == "comparable" || name.contains('.') {
                    name.clone()
                } else {
                    format!("main.{name}")
                }
            }
        }
    }

    /// The type as the compiler names it in messages: `main.` dropped, `any` kept.
    pub fn display(&self, id: TypeId) -> String {
        if id == T_ANY {
            return "any".into();
        }
        let mut s = self.name(id).replace("main.", "").replace("interface {}", "any");
        if self.alias_byte {
            s = replace_word(&s, "uint8", "byte");
        }
        if self.alias_rune {
            s = replace_word(&s, "int32", "rune");
        }
        s
    }

    /// A type set's terms as Go writes them: `~int | ~float64`.
    pub fn terms_string(&self, terms: &[(bool, TypeId)]) -> String {
        let parts: Vec<String> = terms.iter().map(|(tilde, t)| format!("{}{}", if *tilde { "~" } else { "" }, self.name(*t))).collect();
        parts.join(" | ")
    }

    fn sig_string(&self, sig: &Sig) -> String {
        let n = sig.params.len();
        let ps: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if sig.variadic && i + 1 == n {
                    match self.get(*p) {
                        Type::Slice(e) => format!("...{}", self.name(*e)),
                        _ => self.name(*p),
                    }
                } else {
                    self.name(*p)
                }
            })
            .collect();
        let rs: Vec<String> = sig.results.iter().map(|r| self.name(*r)).collect();
        match rs.len() {
            0 => format!("({})", ps.join(", ")),
            1 => format!("({}) {}", ps.join(", "), rs[0]),
            _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
        }
    }

    /// Looks up a method in a named type's method set (by value or pointer).
    pub fn find_method(&self, id: TypeId, name: &str) -> Option<&Method> {
        self.methods(id).iter().find(|m| m.name == name)
    }

    /// Field lookup in a struct, following embedded fields (depth-first by level).
    /// Returns the path of field indices and the field's type.
    pub fn find_field(&self, id: TypeId, name: &str) -> Option<(Vec<usize>, TypeId)> {
        let mut level: Vec<(Vec<usize>, TypeId)> = vec![(vec![], id)];
        for _ in 0..8 {
            let mut next = Vec::new();
            for (path, t) in &level {
                let t = match self.under(*t) {
                    Type::Pointer(e) if !path.is_empty() => *e,
                    _ => *t,
                };
                if let Type::Struct(fs) = self.under(t) {
                    for (i, f) in fs.iter().enumerate() {
                        let mut p = path.clone();
                        p.push(i);
                        if f.name == name {
                            return Some((p, f.ty));
                        }
                        if f.embedded {
                            next.push((p, f.ty));
                        }
                    }
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// A method of `id` or of a type embedded in it: (field path to the receiver, receiver type, method).
    pub fn find_method_deep(&self, id: TypeId, name: &str) -> Option<(Vec<usize>, TypeId, Method)> {
        let base = match self.get(id) {
            Type::Pointer(e) => *e,
            _ => id,
        };
        if let Some(m) = self.find_method(base, name) {
            return Some((vec![], base, m.clone()));
        }
        let mut level: Vec<(Vec<usize>, TypeId)> = vec![(vec![], base)];
        for _ in 0..8 {
            let mut next = Vec::new();
            for (path, t) in &level {
                if let Type::Struct(fs) = self.under(*t) {
                    for (i, f) in fs.iter().enumerate() {
                        if !f.embedded {
                            continue;
                        }
                        let mut p = path.clone();
                        p.push(i);
                        let ft = match self.get(f.ty) {
                            Type::Pointer(e) => *e,
                            _ => f.ty,
                        };
                        if let Some(m) = self.find_method(ft, name) {
                            return Some((p, f.ty, m.clone()));
                        }
                        next.push((p, ft));
                    }
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

/// Replaces whole-word occurrences (`uint8` but not `uint8x`).
fn replace_word(s: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(from) {
        let before_ok = i == 0 || !rest.as_bytes()[i - 1].is_ascii_alphanumeric();
        let after = i + from.len();
        let after_ok = after >= rest.len() || !rest.as_bytes()[after].is_ascii_alphanumeric();
        out.push_str(&rest[..i]);
        out.push_str(if before_ok && after_ok { to } else { from });
        rest = &rest[after..];
    }
    out.push_str(rest);
    out
}
