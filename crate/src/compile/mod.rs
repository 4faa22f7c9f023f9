//! AST → bytecode, type-checking as it goes.
//!
//! One pass per function body: every expression is checked and emitted
//! together (`expr.rs`), statements in `stmt.rs`, calls of builtins and of the
//! supported standard-library packages in `call.rs`. Untyped constants are
//! folded at compile time (`consts.rs`) and take their type from context.
//! Where a decision needs an operand's type before its code may be emitted
//! (`x.M()` wants `x` or `&x`), `type_of.rs` runs the checker with emission off.
//! Errors use gc's wording (go.dev/ref/spec is the reference for every rule).
//!
//! Storage: a local lives in a frame slot; one that a closure captures or
//! whose address is taken (see `escape.rs`) lives in a one-slot heap box, so
//! that goroutines share it — and the race detector sees every access to it.
//! Structs and arrays always live in heap aggregates.

mod call;
pub mod consts;
mod decl_order;
mod escape;
mod expr;
mod generics;
mod labels;
mod methods;
mod rangefunc;
pub mod exprstr;
mod stmt;
mod type_of;
pub mod types;

use crate::lang::ast::*;
use crate::lang::diag::{Diagnostic, LineMap, Pos, PosError};
use crate::vm::op::{Op, SelectDesc};
use crate::vm::value::Value;
use consts::ConstVal;
use serde::Serialize;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use types::*;

/// A compiled function.
#[derive(Debug, Clone, Serialize)]
pub struct Func {
    /// Go's name for it: `main.main`, `main.main.func1`, `main.(*Counter).Inc`.
    pub name: String,
    pub code: Vec<Op>,
    /// Source line of each op.
    pub lines: Vec<u32>,
    pub nparams: u16,
    pub nlocals: u16,
    /// Where `Ret` jumps once the deferred calls have run.
    pub epilogue: u32,
    pub line: u32,
    /// How the race detector names an instantiation of a generic function:
    /// by its shapes (`main.Map[go.shape.int,go.shape.string]`), where
    /// tracebacks say `main.Map[...]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub race_name: Option<String>,
}

/// A global variable's storage object is allocated before `init` runs.
#[derive(Debug, Clone, Serialize)]
pub struct Global {
    pub name: String,
    pub ty: TypeId,
}

/// Everything the VM needs to run a program.
#[derive(Debug, Clone, Serialize)]
pub struct Program {
    pub types: Types,
    pub funcs: Vec<Func>,
    #[serde(skip)]
    pub consts: Vec<Value>,
    pub globals: Vec<Global>,
    pub init: u32,
    pub main: u32,
    pub selects: Vec<SelectDesc>,
    /// Interned strings: method names for interface calls, variable names of maps.
    pub names: Vec<String>,
    pub source: String,
    /// Go's file and line for the library's lines (`stdlib::prelude::LineTable`).
    pub lines: crate::stdlib::prelude::LineTable,
}

pub type R<T> = Result<T, PosError>;

#[derive(Debug)]
pub(crate) struct VarInfo {
    pub name: String,
    pub ty: TypeId,
    pub loc: Loc,
    pub used: Cell<bool>,
    pub pos: Pos,
    /// The function (index in the context stack) that declared it.
    pub depth: usize,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Loc {
    Local(u16),
    Boxed(u16),
    Global(u32),
}

#[derive(Debug, Clone)]
pub(crate) enum Entity {
    Var(Rc<VarInfo>),
    Const(ConstVal, TypeId),
    Type(TypeId),
    Func(u32, TypeId),
    Package(String),
    Builtin(&'static str),
    Nil,
    /// A generic function or type (`compile/generics.rs`).
    Generic(u32),
}

/// How a function reaches a variable of an enclosing function.
#[derive(Debug, Clone)]
pub(crate) struct Capture {
    pub var: Rc<VarInfo>,
}

pub(crate) struct LoopCtx {
    pub label: Option<String>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// A switch or select: `break` only.
    pub breakable_only: bool,
    /// A `range` over a map: it holds an iterator of the frame while it runs.
    pub map_range: bool,
}

pub(crate) struct FuncCtx {
    pub _id: u32,
    pub name: String,
    pub code: Vec<Op>,
    pub lines: Vec<u32>,
    pub scopes: Vec<HashMap<String, Entity>>,
    pub nlocals: u16,
    pub captures: Vec<Capture>,
    pub results: Vec<(Rc<VarInfo>, TypeId)>,
    pub named_results: bool,
    pub loops: Vec<LoopCtx>,
    pub lit_counter: u32,
    pub declared: Vec<Rc<VarInfo>>,
    pub pending_label: Option<String>,
    /// Labels compiled so far, and gotos waiting for theirs (`labels.rs`).
    pub labels: HashMap<String, labels::LabelAddr>,
    pub gotos: Vec<labels::PendingGoto>,
    pub wraps: u32,
    pub epilogue: u32,
    /// Where the function starts (for an error about the function as a whole).
    pub pos: Pos,
    /// Its frame's slots (u16 indices) ran out: reported once.
    pub slots_full: bool,
    /// The race detector's name of a generic instantiation (see `Func::race_name`).
    pub race_name: Option<String>,
    /// A range-over-function body (its loop's hidden variables, `rangefunc.rs`).
    pub range_func: Option<rangefunc::RangeFunc>,
    /// Range-over-function loops so far (their bodies are `…-range1`, `…-range2`).
    pub range_counter: u32,
}

pub(crate) struct Compiler<'a> {
    pub types: Types,
    pub funcs: Vec<Option<Func>>,
    pub consts: Vec<Value>,
    pub const_index: HashMap<String, u32>,
    pub lines: &'a LineMap,
    pub pkg: HashMap<String, Entity>,
    pub fs: Vec<FuncCtx>,
    pub imports: HashMap<String, (String, Pos, Cell<bool>)>,
    pub escaping: HashSet<String>,
    pub globals: Vec<Global>,
    pub selects: Vec<SelectDesc>,
    pub names: Vec<String>,
    pub name_index: HashMap<String, u32>,
    pub line: u32,
    pub errors: Vec<PosError>,
    pub iota: Option<i128>,
    /// Which of byte, uint8, rune, int32 the program has spelled.
    pub spelled: (bool, bool, bool, bool),
    /// Above zero inside `type_of`: the checker runs, nothing is emitted (see `type_of.rs`).
    pub dry: u32,
    /// Generic declarations and their instantiations.
    pub gen: generics::GenericState,
    /// Variables a range-over-function body needs boxed: the declaration is compiled again (`rangefunc.rs`).
    pub rebox: Vec<String>,
    pub src: &'a str,
    /// gc's label errors (`labels.rs`): found while parsing, they are the only errors reported.
    pub label_errors: Vec<PosError>,
}

/// Go's predeclared names (go.dev/ref/spec#Predeclared_identifiers).
const UNIVERSE: &[&str] = &[
    "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "rune",
    "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex",
    "copy", "delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
];

/// `undefined: n` — unless `n` is one of Go's predeclared names that
/// maprace does not model (`complex128`): then it says so.
pub(crate) fn undefined(pos: Pos, n: &str) -> PosError {
    if UNIVERSE.contains(&n) {
        PosError::new(pos, format!("maprace does not support {n} yet"))
    } else {
        PosError::new(pos, format!("undefined: {n}"))
    }
}

/// Parses and compiles a program, or returns its diagnostics (at most 10, as gc).
pub fn compile(src: &str) -> Result<Program, Vec<Diagnostic>> {
    let lines = LineMap::new(src);
    let mut file = crate::lang::parser::parse(src).map_err(|e| vec![lines.diagnostic(&e)])?;
    // The Go source of the imported library packages (`stdlib/prelude.rs`), after the program's.
    let names: Vec<(String, &str)> = file.imports.iter().map(|i| (i.alias.as_ref().map(|a| a.name.clone()).unwrap_or_else(|| i.path.rsplit('/').next().unwrap_or("").to_string()), i.path.as_str())).collect();
    let lib = crate::stdlib::prelude::source_for(names.iter().map(|(n, p)| (n.as_str(), *p)), src);
    let full = format!("{src}\n{lib}");
    let line_table = crate::stdlib::prelude::LineTable::new(src.split('\n').count() as u32, &lib);
    let lines = if lib.is_empty() {
        lines
    } else {
        file = crate::lang::parser::parse(&full).map_err(|e| vec![LineMap::new(&full).diagnostic(&e)])?;
        LineMap::new(&full)
    };
    let mut c = Compiler {
        types: Types::new(),
        funcs: Vec::new(),
        consts: Vec::new(),
        const_index: HashMap::new(),
        lines: &lines,
        pkg: HashMap::new(),
        fs: Vec::new(),
        imports: HashMap::new(),
        escaping: HashSet::new(),
        globals: Vec::new(),
        selects: Vec::new(),
        names: Vec::new(),
        name_index: HashMap::new(),
        line: 1,
        errors: Vec::new(),
        iota: None,
        spelled: (false, false, false, false),
        dry: 0,
        gen: Default::default(),
        rebox: Vec::new(),
        src,
        label_errors: Vec::new(),
    };
    let result = c.file(&file);
    if let Err(e) = result {
        c.errors.push(e);
    }
    if !c.label_errors.is_empty() {
        c.errors = std::mem::take(&mut c.label_errors);
    }
    // Errors with no message follow from an earlier error (an invalid operand): not reported.
    let silent_only = !c.errors.is_empty() && c.errors.iter().all(|e| e.message.is_empty());
    c.errors.retain(|e| !e.message.is_empty());
    if silent_only {
        c.errors.push(PosError::new(0, "internal error: an error was suppressed"));
    }
    if !c.errors.is_empty() {
        c.errors.sort_by_key(|e| e.pos);
        c.errors.dedup_by_key(|e| e.pos);
        let mut diags: Vec<Diagnostic> = c.errors.iter().map(|e| lines.diagnostic(e)).collect();
        if diags.len() > 10 {
            diags.truncate(10);
            let last = diags[9].clone();
            diags.push(Diagnostic { line: last.line, col: last.col, message: "too many errors".into() });
        }
        return Err(diags);
    }
    let main = match c.pkg.get("main") {
        Some(Entity::Func(id, _)) => *id,
        _ => return Err(vec![Diagnostic { line: 0, col: 0, message: "function main is undeclared in the main package".into() }]),
    };
    let init = c.funcs.len() as u32 - 1;
    Ok(Program {
        types: c.types,
        funcs: c.funcs.into_iter().map(|f| f.expect("every declared function is compiled")).collect(),
        consts: c.consts,
        globals: c.globals,
        init,
        main,
        selects: c.selects,
        names: c.names,
        source: src.to_string(),
        lines: line_table,
    })
}

impl<'a> Compiler<'a> {
    fn file(&mut self, file: &File) -> R<()> {
        if file.package.name != "main" {
            return Err(PosError::new(file.package.pos, format!("package {} is not a main package", file.package.name)));
        }
        self.universe();
        for imp in &file.imports {
            let name = imp.alias.as_ref().map(|a| a.name.clone()).unwrap_or_else(|| imp.path.rsplit('/').next().unwrap_or("").to_string());
            self.imports.insert(name.clone(), (imp.path.clone(), imp.pos, Cell::new(false)));
            self.pkg.insert(name.clone(), Entity::Package(imp.path.clone()));
        }
        // The library's Go source reaches every package as `ꞏpath` (`stdlib/prelude.rs`).
        for &p in crate::stdlib::PACKAGES.iter().map(|p| &p.path).chain(crate::stdlib::COMPILER_PACKAGES) {
            self.pkg.insert(crate::stdlib::prelude::package_name(p), Entity::Package(p.to_string()));
        }
        // 0. Generic types and functions, and the methods of generic types.
        self.declare_generics(file)?;
        // 1. Declare every type name, then resolve them (types may refer to each other).
        let mut type_specs = Vec::new();
        for d in &file.decls {
            if let Decl::Type(specs, _) = d {
                for s in specs {
                    if s.type_params {
                        continue;
                    }
                    if self.pkg.contains_key(&s.name.name) && !matches!(self.pkg.get(&s.name.name), Some(Entity::Type(_)) | Some(Entity::Builtin(_)) | None) || matches!(self.pkg.get(&s.name.name), Some(Entity::Generic(_))) {
                        return Err(PosError::new(s.name.pos, format!("{} redeclared in this block", s.name.name)));
                    }
                    if s.alias {
                        type_specs.push((s, None));
                    } else {
                        let id = self.types.new_named(&crate::stdlib::prelude::demangle(&s.name.name));
                        self.pkg.insert(s.name.name.clone(), Entity::Type(id));
                        type_specs.push((s, Some(id)));
                    }
                }
            }
        }
        let defined: Vec<&TypeSpec> = type_specs.iter().filter(|(s, _)| !s.alias).map(|(s, _)| *s).collect();
        let cycles = decl_order::type_cycles(&defined, false);
        if !cycles.is_empty() {
            self.errors.extend(cycles);
            return Ok(());
        }
        for (s, id) in &type_specs {
            let under = self.resolve_type(&s.ty)?;
            match id {
                Some(id) => self.types.set_underlying(*id, under),
                None => {
                    self.pkg.insert(s.name.name.clone(), Entity::Type(under));
                }
            }
        }
        // 2. Function and method signatures.
        let mut bodies = Vec::new();
        for d in &file.decls {
            if let Decl::Func(f) = d {
                if f.sig.type_params || f.recv.as_ref().is_some_and(|r| self.receiver_generic(&r.ty).is_some()) {
                    continue;
                }
                let sig = self.resolve_sig(&f.sig, f.recv.as_ref())?;
                let id = self.funcs.len() as u32;
                self.funcs.push(None);
                match &f.recv {
                    None => {
                        if f.name.name == "init" {
                            return Err(PosError::new(f.name.pos, "maprace does not support func init yet"));
                        }
                        if f.name.name == "main" && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
                            return Err(PosError::new(f.name.pos, "func main must have no arguments and no return values"));
                        }
                        if let Some(Entity::Func(..) | Entity::Generic(_)) = self.pkg.get(&f.name.name) {
                            return Err(PosError::new(f.name.pos, format!("{} redeclared in this block", f.name.name)));
                        }
                        self.pkg.insert(f.name.name.clone(), Entity::Func(id, sig));
                        let gname = if f.name.name.contains('ꞏ') { crate::stdlib::prelude::demangle(&f.name.name) } else { format!("main.{}", f.name.name) };
                        bodies.push((f.clone(), id, gname, None));
                    }
                    Some(recv) => {
                        let rt = self.resolve_type(&recv.ty)?;
                        let (base, ptr) = match self.types.get(rt) {
                            Type::Pointer(b) => (*b, true),
                            _ => (rt, false),
                        };
                        if !self.types.is_named(base) || base == T_ERROR {
                            return Err(PosError::new(recv.ty.pos, format!("invalid receiver type {}", self.types.display(rt))));
                        }
                        let tname = self.types.display(base);
                        if self.types.find_method(base, &f.name.name).is_some() {
                            return Err(PosError::new(f.name.pos, format!("method {}.{} already declared", tname, f.name.name)));
                        }
                        // (A library type's methods: `fmt.(*wrapError).Error`.)
                        let (pkg, tname) = tname.split_once('.').unwrap_or(("main", &tname));
                        let gname = if ptr { format!("{pkg}.(*{}).{}", tname, f.name.name) } else { format!("{pkg}.{}.{}", tname, f.name.name) };
                        if let Some(n) = self.types.named.get_mut(&base) {
                            n.methods.push(Method { name: f.name.name.clone(), func: id, ptr_recv: ptr, sig });
                        }
                        bodies.push((f.clone(), id, gname, Some(rt)));
                    }
                }
            }
        }
        // 3. Constants in order, then global variables in initialisation order
        // (dependencies first, see `decl_order.rs`); their initialisers form `init`.
        let var_specs: Vec<&VarSpec> = file.decls.iter().filter_map(|d| if let Decl::Var(specs, _) = d { Some(specs) } else { None }).flatten().collect();
        let func_decls: Vec<&FuncDecl> = file.decls.iter().filter_map(|d| if let Decl::Func(f) = d { Some(f.as_ref()) } else { None }).collect();
        let (order, cycles) = decl_order::var_init_order(&var_specs, &func_decls);
        if !cycles.is_empty() {
            self.errors.extend(cycles);
            return Ok(());
        }
        self.fs.push(FuncCtx::new(u32::MAX, "main.init".into()));
        for d in &file.decls {
            if let Decl::Const(specs, _) = d {
                for s in specs {
                    self.const_spec(s, true)?;
                }
            }
        }
        for i in order {
            self.global_var(var_specs[i])?;
        }
        self.emit(Op::RetFinal(0));
        let init_ctx = self.fs.pop().expect("init context");
        // 4. Bodies.
        for (f, id, name, recv) in bodies {
            if let Err(e) = self.func_body(&f, id, name, recv, &[], None) {
                self.errors.push(e);
                self.fs.clear();
            }
        }
        // 5. The bodies of generic instantiations (which may instantiate more).
        self.compile_pending();
        let init = Func {
            name: "main.init".into(),
            code: init_ctx.code,
            lines: init_ctx.lines,
            nparams: 0,
            nlocals: init_ctx.nlocals,
            epilogue: 0,
            line: 1,
            race_name: None,
        };
        self.funcs.push(Some(init));
        for (name, (_, pos, used)) in &self.imports {
            if !used.get() {
                let path = &self.imports[name].0;
                let msg = if path.rsplit('/').next() == Some(name.as_str()) {
                    format!("\"{path}\" imported and not used")
                } else {
                    format!("\"{path}\" imported as {name} and not used")
                };
                self.errors.push(PosError::new(*pos, msg));
            }
        }
        if !self.pkg.contains_key("main") || !matches!(self.pkg.get("main"), Some(Entity::Func(..))) {
            self.errors.push(PosError::new(0, "function main is undeclared in the main package"));
        }
        Ok(())
    }

    fn universe(&mut self) {
        let basic: &[(&str, Type)] = &[
            ("bool", Type::Bool),
            ("int", Type::Int(IntKind::Int)),
            ("int8", Type::Int(IntKind::Int8)),
            ("int16", Type::Int(IntKind::Int16)),
            ("int32", Type::Int(IntKind::Int32)),
            ("rune", Type::Int(IntKind::Int32)),
            ("int64", Type::Int(IntKind::Int64)),
            ("uint", Type::Int(IntKind::Uint)),
            ("uint8", Type::Int(IntKind::Uint8)),
            ("byte", Type::Int(IntKind::Uint8)),
            ("uint16", Type::Int(IntKind::Uint16)),
            ("uint32", Type::Int(IntKind::Uint32)),
            ("uint64", Type::Int(IntKind::Uint64)),
            ("uintptr", Type::Int(IntKind::Uintptr)),
            ("float64", Type::Float64),
            ("float32", Type::Float32),
            ("string", Type::String),
        ];
        for (n, t) in basic {
            let id = self.types.intern(t.clone());
            self.pkg.insert(n.to_string(), Entity::Type(id));
        }
        self.pkg.insert("any".into(), Entity::Type(T_ANY));
        self.pkg.insert("error".into(), Entity::Type(T_ERROR));
        self.pkg.insert("true".into(), Entity::Const(ConstVal::Bool(true), T_UNTYPED_BOOL));
        self.pkg.insert("false".into(), Entity::Const(ConstVal::Bool(false), T_UNTYPED_BOOL));
        self.pkg.insert("nil".into(), Entity::Nil);
        for b in [
            "len", "cap", "make", "new", "append", "copy", "delete", "panic", "recover", "print", "println", "close", "clear",
            "min", "max", "complex", "real", "imag",
        ] {
            self.pkg.insert(b.into(), Entity::Builtin(b));
        }
    }

    // ---------- emission ----------

    pub fn f(&mut self) -> &mut FuncCtx {
        self.fs.last_mut().expect("inside a function")
    }

    pub fn emit(&mut self, op: Op) -> usize {
        if self.dry > 0 {
            return 0;
        }
        let line = self.line;
        let f = self.f();
        f.code.push(op);
        f.lines.push(line);
        f.code.len() - 1
    }

    pub fn here(&mut self) -> u32 {
        self.f().code.len() as u32
    }

    pub fn patch(&mut self, at: usize, target: u32) {
        if self.dry > 0 {
            return;
        }
        let op = &mut self.f().code[at];
        match op {
            Op::Jump(t) | Op::LeaveRange { target: t, .. } | Op::JumpIf(t) | Op::JumpIfNot(t) | Op::MapRangeNext(t) | Op::StrRangeNext(t) => *t = target,
            Op::Sync(crate::vm::op::SyncOp::OnceBegin(t)) | Op::Sync(crate::vm::op::SyncOp::MapRangeNext(t)) => *t = target,
            _ => {}
        }
    }

    pub fn set_line(&mut self, pos: Pos) {
        self.line = self.lines.line(pos);
    }

    pub fn konst(&mut self, v: Value) -> u32 {
        if self.dry > 0 {
            return 0;
        }
        let key = format!("{v:?}");
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(v);
        self.const_index.insert(key, i);
        i
    }

    pub fn name_id(&mut self, s: &str) -> u32 {
        if self.dry > 0 {
            return 0;
        }
        if let Some(&i) = self.name_index.get(s) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(s.to_string());
        self.name_index.insert(s.to_string(), i);
        i
    }

    pub fn emit_const(&mut self, c: &ConstVal, ty: TypeId) {
        let v = c.to_value(&self.types, ty);
        match v {
            Value::Int(i) => {
                self.emit(Op::Int(i));
            }
            Value::Bool(b) => {
                self.emit(Op::Bool(b));
            }
            v => {
                let k = self.konst(v);
                self.emit(Op::Const(k));
            }
        }
        if self.types.is_interface(ty) {
            let dt = self.types.default_type(const_type(c));
            self.emit(Op::ToIface(dt));
        }
    }

    // ---------- scopes ----------

    pub fn push_scope(&mut self) {
        self.f().scopes.push(HashMap::new());
    }

    pub fn pop_scope(&mut self) {
        self.f().scopes.pop();
    }

    pub fn declare(&mut self, name: &str, e: Entity, pos: Pos) -> R<()> {
        if name == "_" {
            return Ok(());
        }
        let scope = self.f().scopes.last_mut().expect("a scope");
        if scope.contains_key(name) {
            return Err(PosError::new(pos, format!("{name} redeclared in this block")));
        }
        scope.insert(name.to_string(), e);
        Ok(())
    }

    /// Allocates storage for a new local variable and declares it.
    pub fn new_var(&mut self, name: &str, ty: TypeId, pos: Pos) -> R<Rc<VarInfo>> {
        debug_assert_eq!(self.dry, 0, "type_of declares nothing");
        let slot = self.slot(pos)?;
        let boxed = name != "_" && self.escaping.contains(name) && !self.types.is_aggregate(ty);
        let depth = self.fs.len() - 1;
        let v = Rc::new(VarInfo {
            name: name.to_string(),
            ty,
            loc: if boxed { Loc::Boxed(slot) } else { Loc::Local(slot) },
            used: Cell::new(false),
            pos,
            depth,
        });
        if name != "_" {
            self.f().declared.push(v.clone());
        }
        self.declare(name, Entity::Var(v.clone()), pos)?;
        Ok(v)
    }

    /// A hidden local for the compiler's own temporaries.
    pub fn temp(&mut self) -> u16 {
        if self.dry > 0 {
            return 0;
        }
        let pos = self.f().pos;
        match self.slot(pos) {
            Ok(s) => s,
            Err(e) => {
                self.errors.push(e);
                0
            }
        }
    }

    /// The next frame slot. Slot indices are 16 bits in the bytecode: past
    /// 65,535 slots the function is refused (once; later failures are silent).
    fn slot(&mut self, pos: Pos) -> R<u16> {
        let f = self.f();
        if f.nlocals == u16::MAX {
            let first = !f.slots_full;
            f.slots_full = true;
            let msg = if first { format!("maprace does not support more than {} local variables in one function yet", u16::MAX) } else { String::new() };
            return Err(PosError::new(pos, msg));
        }
        f.nlocals += 1;
        Ok(f.nlocals - 1)
    }

    /// Stores the value on top of the stack as the initial value of `v`.
    pub fn init_var(&mut self, v: &VarInfo) {
        match v.loc {
            Loc::Local(s) => {
                self.emit(Op::Store(s));
            }
            Loc::Boxed(s) => {
                self.emit(Op::NewBox(s));
            }
            Loc::Global(g) => {
                self.emit(Op::Global(g));
                self.emit(Op::Swap);
                self.emit(Op::StoreInd);
            }
        }
    }

    pub fn lookup(&mut self, name: &str) -> Option<Entity> {
        let n = self.fs.len();
        for depth in (0..n).rev() {
            for scope in self.fs[depth].scopes.iter().rev() {
                if let Some(e) = scope.get(name) {
                    return Some(e.clone());
                }
            }
        }
        let e = self.pkg.get(name).cloned();
        if let Some(Entity::Package(_)) = &e {
            if let Some((_, _, used)) = self.imports.get(name) {
                used.set(true);
            }
        }
        e
    }

    /// Messages say `byte` / `rune` while the program has only spelled them so (gc
    /// names a type as written).
    pub fn note_spelling(&mut self, n: &str) {
        match n {
            "byte" => self.spelled.0 = true,
            "uint8" => self.spelled.1 = true,
            "rune" => self.spelled.2 = true,
            "int32" => self.spelled.3 = true,
            _ => return,
        }
        self.types.alias_byte = self.spelled.0 && !self.spelled.1;
        self.types.alias_rune = self.spelled.2 && !self.spelled.3;
    }

    /// An error for a use of a package maprace does not model (its import alone is fine).
    /// The entity the library's Go source declares as `path.name` (exported names only).
    pub fn library_member(&self, path: &str, name: &str) -> Option<(String, Entity)> {
        if !name.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let n = crate::stdlib::prelude::mangle(path, name);
        self.pkg.get(&n).map(|e| (n, e.clone()))
    }

    pub fn check_supported(&self, path: &str, pos: Pos) -> R<()> {
        if crate::stdlib::importable(path) {
            Ok(())
        } else {
            Err(PosError::new(pos, format!("maprace does not support package \"{path}\" yet")))
        }
    }

    /// Index of `v` in the current function's captures, adding it (and to every
    /// function between) if needed.
    pub fn capture_index(&mut self, v: &Rc<VarInfo>) -> u16 {
        if self.dry > 0 {
            return 0;
        }
        let top = self.fs.len() - 1;
        for d in (v.depth + 1)..=top {
            let f = &mut self.fs[d];
            if !f.captures.iter().any(|c| Rc::ptr_eq(&c.var, v)) {
                f.captures.push(Capture { var: v.clone() });
            }
        }
        self.fs[top].captures.iter().position(|c| Rc::ptr_eq(&c.var, v)).unwrap_or(0) as u16
    }

    /// A use of the variable (not while only learning a type: `type_of` changes nothing).
    pub fn mark_used(&self, v: &VarInfo) {
        if self.dry == 0 {
            v.used.set(true);
        }
    }

    /// Pushes the variable's value.
    pub fn load_var(&mut self, v: &Rc<VarInfo>) {
        self.mark_used(v);
        let top = self.fs.len() - 1;
        if let Loc::Global(g) = v.loc {
            // A global is reached through its storage (a box, or the aggregate itself).
            self.emit(Op::Global(g));
            self.emit(Op::Deref);
            return;
        }
        if v.depth == top {
            match v.loc {
                Loc::Local(s) => self.emit(Op::Load(s)),
                Loc::Boxed(s) => self.emit(Op::LoadBox(s)),
                Loc::Global(_) => unreachable!(),
            };
        } else {
            let i = self.capture_index(v);
            match v.loc {
                Loc::Boxed(_) => self.emit(Op::LoadCapBox(i)),
                _ => self.emit(Op::LoadCap(i)),
            };
        }
    }

    /// Pops a value into the variable (aggregates: copied into its storage).
    pub fn store_var(&mut self, v: &Rc<VarInfo>) {
        let top = self.fs.len() - 1;
        if self.types.is_aggregate(v.ty) {
            // [val] → addr, val → StoreInd copies into the existing aggregate
            self.addr_var(v);
            self.emit(Op::Swap);
            self.emit(Op::StoreInd);
            return;
        }
        if let Loc::Global(g) = v.loc {
            self.emit(Op::Global(g));
            self.emit(Op::Swap);
            self.emit(Op::StoreInd);
            return;
        }
        if v.depth == top {
            match v.loc {
                Loc::Local(s) => self.emit(Op::Store(s)),
                Loc::Boxed(s) => self.emit(Op::StoreBox(s)),
                Loc::Global(_) => unreachable!(),
            };
        } else {
            let i = self.capture_index(v);
            self.emit(Op::StoreCapBox(i));
        }
    }

    /// Pushes a pointer to the variable's storage.
    pub fn addr_var(&mut self, v: &Rc<VarInfo>) {
        let top = self.fs.len() - 1;
        if let Loc::Global(g) = v.loc {
            self.emit(Op::Global(g));
            return;
        }
        let agg = self.types.is_aggregate(v.ty);
        if v.depth == top {
            match v.loc {
                // An aggregate local holds Agg(id); FieldAddr-style ops accept it as an address.
                Loc::Local(s) | Loc::Boxed(s) => self.emit(Op::Load(s)),
                Loc::Global(_) => unreachable!(),
            };
        } else {
            let i = self.capture_index(v);
            self.emit(Op::LoadCap(i));
        }
        if agg {
            self.emit(Op::FieldAddr(u16::MAX)); // Agg(id) → Ptr{id, WHOLE}
        }
    }

    // ---------- declarations ----------

    pub fn const_spec(&mut self, s: &ConstSpec, global: bool) -> R<()> {
        let ty = match &s.ty {
            Some(t) => Some(self.resolve_type(t)?),
            None => None,
        };
        if s.values.len() < s.names.len() {
            return Err(PosError::new(s.names[s.values.len()].pos, "missing init expr for const declaration"));
        }
        if s.values.len() > s.names.len() {
            return Err(PosError::new(s.values[s.names.len()].pos, "extra init expr"));
        }
        for (name, val) in s.names.iter().zip(&s.values) {
            self.set_line(name.pos);
            let (c, cty) = self.const_expr(val, s.iota)?;
            let (c, cty) = match ty {
                Some(t) => match consts::represent(&self.types, &c, t) {
                    Ok(c2) => (c2, t),
                    Err(why) => return Err(self.const_conv_error(val, &c, cty, t, why, "variable declaration")),
                },
                None => (c, cty),
            };
            let e = Entity::Const(c, cty);
            if global {
                self.pkg.insert(name.name.clone(), e);
            } else {
                self.declare(&name.name, e, name.pos)?;
            }
        }
        Ok(())
    }

    fn global_var(&mut self, s: &VarSpec) -> R<()> {
        let ty = match &s.ty {
            Some(t) => Some(self.resolve_type(t)?),
            None => None,
        };
        let mut vars = Vec::new();
        let types = self.var_values(&s.names, ty, &s.values)?;
        for (name, t) in s.names.iter().zip(types) {
            let g = self.globals.len() as u32;
            self.globals.push(Global { name: name.name.clone(), ty: t });
            let v = Rc::new(VarInfo { name: name.name.clone(), ty: t, loc: Loc::Global(g), used: Cell::new(true), pos: name.pos, depth: 0 });
            if name.name != "_" {
                self.pkg.insert(name.name.clone(), Entity::Var(v.clone()));
            }
            vars.push(v);
        }
        // Values were pushed in order; store in reverse.
        if !s.values.is_empty() || ty.is_some() {
            for v in vars.iter().rev() {
                if s.values.is_empty() {
                    continue;
                }
                self.store_var(v);
            }
        }
        Ok(())
    }

    /// Compiles the initial values of a var declaration onto the stack (or
    /// nothing, leaving zero values) and returns each variable's type.
    pub fn var_values(&mut self, names: &[Ident], ty: Option<TypeId>, values: &[Expr]) -> R<Vec<TypeId>> {
        if values.is_empty() {
            return Ok(vec![ty.expect("type present when no values"); names.len()]);
        }
        if values.len() == 1 && names.len() > 1 {
            let tys = self.multi_value(&values[0], names.len(), "variable")?;
            let mut out = Vec::new();
            for t in tys {
                if let Some(want) = ty {
                    if t != want {
                        return Err(PosError::new(values[0].pos, format!("cannot use value of type {} as {} value in assignment", self.types.display(t), self.types.display(want))));
                    }
                }
                out.push(ty.unwrap_or(t));
            }
            return Ok(out);
        }
        if values.len() != names.len() {
            let msg = format!("assignment mismatch: {} variable{} but {} value{}", names.len(), plural(names.len()), values.len(), plural(values.len()));
            return Err(PosError::new(names[0].pos, msg));
        }
        let mut out = Vec::new();
        for (v, n) in values.iter().zip(names) {
            self.name_hint(&n.name, v);
            match ty {
                Some(t) => {
                    self.value_as(v, t, "variable declaration")?;
                    out.push(t);
                }
                None => {
                    let t = self.value(v)?;
                    if t == T_UNTYPED_NIL {
                        return Err(PosError::new(v.pos, "use of untyped nil in variable declaration"));
                    }
                    out.push(t);
                }
            }
        }
        Ok(out)
    }

    /// A function's body; `tparams` binds the type parameters of a generic instantiation.
    fn func_body(&mut self, f: &FuncDecl, id: u32, name: String, recv: Option<TypeId>, tparams: &[(String, TypeId)], race_name: Option<String>) -> R<()> {
        let body = match &f.body {
            Some(b) => b,
            None => return Err(PosError::new(f.name.pos, format!("missing function body"))),
        };
        self.escaping = escape::escaping_names(body, &f.sig);
        // A range-over-function loop may ask for more variables in boxes: then again.
        let (errors, fs) = (self.errors.len(), self.fs.len());
        for _ in 0..8 {
            let r = self.func_body_once(f, body, id, name.clone(), recv, tparams, race_name.clone());
            if self.rebox.is_empty() {
                return r;
            }
            self.errors.truncate(errors);
            self.fs.truncate(fs);
            let more: Vec<String> = self.rebox.drain(..).collect();
            self.escaping.extend(more);
        }
        Err(PosError::new(f.name.pos, "internal error: range-over-function variables"))
    }

    #[allow(clippy::too_many_arguments)]
    fn func_body_once(&mut self, f: &FuncDecl, body: &Block, id: u32, name: String, recv: Option<TypeId>, tparams: &[(String, TypeId)], race_name: Option<String>) -> R<()> {
        self.set_line(f.name.pos);
        let line = self.line;
        self.fs.push(FuncCtx::new(id, name.clone()));
        self.f().pos = f.name.pos;
        self.f().race_name = race_name;
        for (n, t) in tparams {
            self.f().scopes[0].insert(n.clone(), Entity::Type(*t));
        }
        self.push_scope();
        let mut nparams = 0;
        let mut boxed_params = Vec::new();
        if let (Some(r), Some(rt)) = (&f.recv, recv) {
            let n = r.name.as_ref().map(|n| n.name.clone()).unwrap_or("_".into());
            let v = self.new_var(&n, rt, r.ty.pos)?;
            v.used.set(true);
            nparams += 1;
            boxed_params.push(v);
        }
        let sig = self.resolve_sig(&f.sig, None)?;
        let sig = match self.types.get(sig) {
            Type::Func(s) => s.clone(),
            _ => unreachable!(),
        };
        let depth = self.fs.len() - 1;
        let rest = self.declare_params(&f.sig, &sig, &mut boxed_params).and_then(|n| self.func_rest(&f.sig, &sig, body, nparams + n, boxed_params).map(|_| n));
        nparams += rest.inspect_err(|_| self.fs.truncate(depth))?;
        let ctx = self.fs.pop().expect("function context");
        self.check_unused(&ctx)?;
        self.funcs[id as usize] = Some(ctx.finish(nparams, line));
        Ok(())
    }

    pub fn declare_params(&mut self, fsig: &FuncSig, sig: &Sig, boxed: &mut Vec<Rc<VarInfo>>) -> R<u16> {
        let mut n = 0;
        for (p, &t) in fsig.params.iter().zip(&sig.params) {
            let name = p.name.as_ref().map(|n| n.name.clone()).unwrap_or("_".into());
            let pos = p.name.as_ref().map(|n| n.pos).unwrap_or(p.ty.pos);
            let v = self.new_var(&name, t, pos)?;
            v.used.set(true);
            boxed.push(v);
            n += 1;
        }
        Ok(n)
    }

    /// Results, boxing of parameters, the body, the implicit return, the epilogue.
    pub fn func_rest(&mut self, fsig: &FuncSig, sig: &Sig, body: &Block, _nparams: u16, params: Vec<Rc<VarInfo>>) -> R<()> {
        // Parameters arrive in slots 0..n; escaping ones move into boxes, aggregates are copied by the caller.
        for v in &params {
            if let Loc::Boxed(s) = v.loc {
                self.emit(Op::Load(s));
                self.emit(Op::NewBox(s));
            }
        }
        let named = fsig.results.iter().any(|r| r.name.is_some());
        self.f().named_results = named;
        for (i, &t) in sig.results.iter().enumerate() {
            let (name, pos) = match &fsig.results[i].name {
                Some(n) => (n.name.clone(), n.pos),
                None => (format!("~r{i}"), fsig.pos),
            };
            self.emit(Op::Zero(t));
            let v = self.new_var(&name, t, pos)?;
            v.used.set(true);
            self.init_var(&v);
            self.f().results.push((v, t));
        }
        for e in labels::check(body, self.src, self.lines) {
            if !self.label_errors.iter().any(|x| x.pos == e.pos) {
                self.label_errors.push(e);
            }
        }
        self.push_scope();
        self.block_stmts(&body.stmts)?;
        self.pop_scope();
        self.unresolved_gotos()?;
        if !sig.results.is_empty() && !stmt::terminates_list(&body.stmts) {
            return Err(PosError::new(body.rbrace, "missing return"));
        }
        self.set_line(body.rbrace);
        self.emit(Op::Ret);
        let epi = self.here();
        let results: Vec<_> = self.f().results.iter().map(|(v, _)| v.clone()).collect();
        for v in &results {
            self.load_var(v);
        }
        self.emit(Op::RetFinal(results.len() as u16));
        self.f().epilogue_at(epi);
        Ok(())
    }

    pub fn check_unused(&mut self, ctx: &FuncCtx) -> R<()> {
        for v in &ctx.declared {
            if !v.used.get() && !v.name.starts_with('~') {
                self.errors.push(PosError::new(v.pos, format!("declared and not used: {}", v.name)));
            }
        }
        Ok(())
    }

    /// Before `make(map…)` or a map literal assigned to a variable, tells the VM
    /// the variable's name (shown in snapshots and race reports).
    pub fn name_hint(&mut self, name: &str, rhs: &Expr) {
        let is_map = match &rhs.kind {
            ExprKind::Composite { ty: Some(t), .. } => matches!(t.kind, ExprKind::MapType(..)),
            ExprKind::Call { func, args, .. } => {
                matches!(&func.kind, ExprKind::Ident(n) if n == "make") && args.first().is_some_and(|a| matches!(a.kind, ExprKind::MapType(..)))
            }
            _ => false,
        };
        if is_map && name != "_" {
            let id = self.name_id(name);
            self.emit(Op::NameMap(id));
        }
    }

    // ---------- types ----------

    pub fn resolve_type(&mut self, e: &Expr) -> R<TypeId> {
        Ok(match &e.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Entity::Type(t)) => {
                    self.note_spelling(n);
                    if self.gen.in_constraint == 0 {
                        if let Type::Constraint { comparable, terms, .. } = self.types.under(t) {
                            let why = if *comparable && terms.is_none() { "interface is (or embeds) comparable" } else { "interface contains type constraints" };
                            return Err(PosError::new(e.pos, format!("cannot use type {n} outside a type constraint: {why}")));
                        }
                    }
                    t
                }
                Some(Entity::Generic(g)) if self.is_generic_type(g) => return Err(self.without_instantiation(g, e.pos)),
                Some(_) => return Err(PosError::new(e.pos, format!("{n} is not a type"))),
                None if n == "comparable" => {
                    let t = self.comparable_type();
                    if self.gen.in_constraint == 0 {
                        return Err(PosError::new(e.pos, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable"));
                    }
                    t
                }
                None => return Err(undefined(e.pos, n)),
            },
            ExprKind::Paren(x) => self.resolve_type(x)?,
            ExprKind::Selector(x, sel) => {
                let pkg = match &x.kind {
                    ExprKind::Ident(p) => match self.lookup(p) {
                        Some(Entity::Package(path)) => path,
                        _ => return Err(PosError::new(e.pos, format!("{} is not a type", exprstr::expr_string(e)))),
                    },
                    _ => return Err(PosError::new(e.pos, format!("{} is not a type", exprstr::expr_string(e)))),
                };
                if let Some(g) = self.package_generic_type(&pkg, &sel.name) {
                    return Err(self.without_instantiation(g, e.pos));
                }
                self.package_type(&pkg, &sel.name).ok_or_else(|| PosError::new(sel.pos, crate::stdlib::missing_member(&pkg, &sel.name)))?
            }
            ExprKind::Star(x) => {
                let t = self.resolve_type(x)?;
                self.types.intern(Type::Pointer(t))
            }
            ExprKind::SliceType(x) => {
                let t = self.resolve_type(x)?;
                self.types.intern(Type::Slice(t))
            }
            ExprKind::ArrayType(len, x) => {
                let t = self.resolve_type(x)?;
                let n = match len {
                    Some(l) => {
                        let (c, _) = self.const_expr(l, 0)?;
                        match c {
                            ConstVal::Int(n) if n >= 0 && n < (1 << 31) => n as u64,
                            // gc compiles these (and runs out of memory when one is made).
                            ConstVal::Int(n) if n >= 0 && n <= i64::MAX as i128 => {
                                return Err(PosError::new(l.pos, format!("maprace does not support arrays of more than {} elements yet", (1u64 << 31) - 1)))
                            }
                            _ => return Err(PosError::new(l.pos, format!("invalid array length {}", exprstr::expr_string(l)))),
                        }
                    }
                    None => return Err(PosError::new(e.pos, "invalid use of [...] array (outside a composite literal)")),
                };
                self.types.intern(Type::Array(n, t))
            }
            ExprKind::MapType(k, v) => {
                let kt = self.resolve_type(k)?;
                let vt = self.resolve_type(v)?;
                if !self.types.comparable(kt) {
                    return Err(PosError::new(k.pos, format!("invalid map key type {}", self.types.display(kt))));
                }
                self.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, x) => {
                let t = self.resolve_type(x)?;
                let d = match dir {
                    ChanDir::Both => 0,
                    ChanDir::Send => 1,
                    ChanDir::Recv => 2,
                };
                self.types.intern(Type::Chan(d, t))
            }
            ExprKind::FuncType(sig) => self.resolve_sig(sig, None)?,
            ExprKind::StructType(fields) => {
                let mut fs = Vec::new();
                let mut seen = HashSet::new();
                for fd in fields {
                    let t = self.resolve_type(&fd.ty)?;
                    for n in &fd.names {
                        // Field indices are 16 bits in the bytecode, and u16::MAX means the whole value.
                        if fs.len() == u16::MAX as usize {
                            return Err(PosError::new(n.pos, format!("maprace does not support structs with more than {} fields yet", u16::MAX)));
                        }
                        if n.name != "_" && !seen.insert(n.name.clone()) {
                            return Err(PosError::new(n.pos, format!("{} redeclared", n.name)));
                        }
                        fs.push(Field { name: n.name.clone(), ty: t, embedded: fd.embedded });
                    }
                }
                self.types.intern(Type::Struct(fs))
            }
            ExprKind::InterfaceType(methods) => {
                let mut ms = Vec::new();
                // A constraint interface's type set: its terms (None: every type), and comparable.
                let mut terms: Option<Vec<(bool, TypeId)>> = None;
                let mut comparable = false;
                for m in methods {
                    match (&m.sig, &m.embedded) {
                        (Some(sig), _) => {
                            let s = self.resolve_sig(sig, None)?;
                            ms.push((m.name.name.clone(), s));
                        }
                        (None, Some(emb)) => {
                            self.gen.in_constraint += 1;
                            let r = match &emb.kind {
                                ExprKind::Union(ts) => self.union_terms(ts).map(|ts| (None, Some(ts), false)),
                                _ => self.resolve_type(emb).map(|t| match self.types.under(t).clone() {
                                    Type::Interface(inner) => (Some(inner), None, false),
                                    Type::Constraint { methods, terms, comparable } => (Some(methods), terms, comparable),
                                    _ => (None, Some(vec![(false, t)]), false),
                                }),
                            };
                            self.gen.in_constraint -= 1;
                            let (inner, ts, comp) = r?;
                            ms.extend(inner.unwrap_or_default());
                            comparable |= comp;
                            if let Some(ts) = ts {
                                terms = Some(match terms {
                                    None => ts,
                                    Some(old) => self.intersect_terms(&old, &ts),
                                });
                            }
                        }
                        _ => {}
                    }
                }
                ms.sort_by(|a, b| a.0.cmp(&b.0));
                ms.dedup_by(|a, b| a.0 == b.0);
                if terms.is_some() || comparable {
                    self.types.intern(Type::Constraint { methods: ms, terms, comparable })
                } else {
                    self.types.intern(Type::Interface(ms))
                }
            }
            ExprKind::Index(base, args) => {
                let g = match self.generic_named(base) {
                    Some(g) if self.is_generic_type(g) => g,
                    _ => return Err(PosError::new(base.pos, format!("{} is not a generic type", exprstr::expr_string(base)))),
                };
                let mut targs = Vec::new();
                for a in args {
                    targs.push(self.resolve_type(a)?);
                }
                let pos: Vec<Pos> = args.iter().map(|a| a.pos).collect();
                self.instantiate_type(g, targs, base.pos, &pos)?
            }
            ExprKind::Union(_) => self.resolve_constraint(e)?,
            _ => return Err(PosError::new(e.pos, format!("{} is not a type", exprstr::expr_string(e)))),
        })
    }

    pub fn resolve_sig(&mut self, sig: &FuncSig, _recv: Option<&Param>) -> R<TypeId> {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in sig.params.iter().enumerate() {
            let mut t = self.resolve_type(&p.ty)?;
            if p.variadic {
                if i + 1 != sig.params.len() {
                    return Err(PosError::new(p.ty.pos, "can only use ... with final parameter in list"));
                }
                variadic = true;
                t = self.types.intern(Type::Slice(t));
            }
            params.push(t);
        }
        let mut results = Vec::new();
        for r in &sig.results {
            results.push(self.resolve_type(&r.ty)?);
        }
        Ok(self.types.intern(Type::Func(Sig { params, results, variadic })))
    }

    pub(crate) fn package_type(&mut self, pkg: &str, name: &str) -> Option<TypeId> {
        let k = match (pkg, name) {
            ("sync", "Mutex") => SyncKind::Mutex,
            ("sync", "RWMutex") => SyncKind::RWMutex,
            ("sync", "WaitGroup") => SyncKind::WaitGroup,
            ("sync", "Once") => SyncKind::Once,
            ("sync", "Map") => SyncKind::Map,
            ("sync", "Cond") => SyncKind::Cond,
            ("sync", "Locker") => return Some(self.locker_type()),
            ("sync/atomic", "Int32") => SyncKind::AtomicInt32,
            ("sync/atomic", "Int64") => SyncKind::AtomicInt64,
            ("sync/atomic", "Uint32") => SyncKind::AtomicUint32,
            ("sync/atomic", "Uint64") => SyncKind::AtomicUint64,
            ("sync/atomic", "Bool") => SyncKind::AtomicBool,
            ("sync/atomic", "Value") => SyncKind::AtomicValue,
            ("time", "Duration") => return Some(self.duration_type()),
            ("time", "Timer") => SyncKind::Timer,
            ("time", "Time") => return Some(T_INT64),
            _ => {
                return match self.library_member(pkg, name) {
                    Some((_, Entity::Type(t))) => Some(t),
                    _ => None,
                };
            }
        };
        let t = self.types.intern(Type::Sync(k));
        self.sync_method_set(k, t);
        Some(t)
    }

    /// `sync.Locker`: `interface { Lock(); Unlock() }`, which `*sync.Mutex`
    /// and `*sync.RWMutex` implement (see `sync_method_set`).
    pub fn locker_type(&mut self) -> TypeId {
        if let Some(Entity::Type(t)) = self.pkg.get("\u{0}sync.Locker") {
            return *t;
        }
        let t = self.types.new_named("sync.Locker");
        let void = self.types.intern(Type::Func(Sig { params: vec![], results: vec![], variadic: false }));
        let iface = self.types.intern(Type::Interface(vec![("Lock".into(), void), ("Unlock".into(), void)]));
        self.types.set_underlying(t, iface);
        self.pkg.insert("\u{0}sync.Locker".into(), Entity::Type(t));
        t
    }

    /// What `rw.RLocker()` returns: sync/rwmutex.go's `*rlocker`, a
    /// `sync.Locker` whose Lock and Unlock are the RWMutex's RLock and
    /// RUnlock (its value is the pointer to the RWMutex). `None` while only
    /// asking a type (`type_of` must leave the compiler as it was).
    pub fn rlocker_type(&mut self) -> Option<TypeId> {
        use crate::vm::op::SyncOp;
        if let Some(Entity::Type(t)) = self.pkg.get("\u{0}sync.rlocker") {
            return Some(*t);
        }
        if self.dry > 0 {
            return None;
        }
        let t = self.types.new_named("*sync.rlocker");
        let void = self.types.intern(Type::Func(Sig { params: vec![], results: vec![], variadic: false }));
        let mut methods = Vec::new();
        for (name, op) in [("Lock", SyncOp::RLock), ("Unlock", SyncOp::RUnlock)] {
            let id = self.funcs.len() as u32;
            self.funcs.push(Some(Func {
                name: format!("sync.(*rlocker).{name}"),
                code: vec![Op::Load(0), Op::Sync(op), Op::RetFinal(0)],
                lines: vec![0; 3],
                nparams: 1,
                nlocals: 1,
                epilogue: 2,
                line: 0,
                race_name: None,
            }));
            methods.push(Method { name: name.into(), func: id, ptr_recv: true, sig: void });
        }
        self.types.named.get_mut(&t).expect("new_named registers the type").methods = methods;
        self.pkg.insert("\u{0}sync.rlocker".into(), Entity::Type(t));
        Some(t)
    }

    /// The methods of `*sync.Mutex` and `*sync.RWMutex` as functions, so that
    /// they satisfy interfaces (`sync.Locker`, a `Cond`'s `L`) and are called
    /// through them: each is a function of one op, `sync.(*Mutex).Lock`
    /// running `SyncOp::Lock` on its receiver. (Called directly, `mu.Lock()`
    /// is that op inline, `call.rs`.) Made once per program, the first time
    /// the type is named outside `type_of`.
    fn sync_method_set(&mut self, k: SyncKind, t: TypeId) {
        use crate::vm::op::SyncOp;
        let ops: &[(&str, SyncOp, bool)] = match k {
            SyncKind::Mutex => &[("Lock", SyncOp::Lock, false), ("TryLock", SyncOp::TryLock, true), ("Unlock", SyncOp::Unlock, false)],
            SyncKind::RWMutex => &[
                ("Lock", SyncOp::Lock, false),
                ("RLock", SyncOp::RLock, false),
                ("RUnlock", SyncOp::RUnlock, false),
                ("TryLock", SyncOp::TryLock, true),
                ("Unlock", SyncOp::Unlock, false),
            ],
            _ => return,
        };
        // (Not while only asking a type (`type_of`): that must leave the
        // compiler as it was; the type is named again when compiled.)
        if self.dry > 0 || self.types.named.contains_key(&t) {
            return;
        }
        let short = &k.go_name()["sync.".len()..];
        let mut methods = Vec::new();
        for &(name, op, returns_bool) in ops {
            let results = if returns_bool { vec![T_BOOL] } else { vec![] };
            let sig = self.types.intern(Type::Func(Sig { params: vec![], results, variadic: false }));
            let id = self.funcs.len() as u32;
            self.funcs.push(Some(Func {
                name: format!("sync.(*{short}).{name}"),
                code: vec![Op::Load(0), Op::Sync(op), Op::RetFinal(returns_bool as u16)],
                lines: vec![0; 3],
                nparams: 1,
                nlocals: 1,
                epilogue: 2,
                line: 0,
                race_name: None,
            }));
            methods.push(Method { name: name.into(), func: id, ptr_recv: true, sig });
        }
        self.types.named.insert(t, NamedInfo { underlying: t, methods });
    }

    /// `comparable`: the constraint of the types `==` is defined on.
    pub fn comparable_type(&mut self) -> TypeId {
        if let Some(Entity::Type(t)) = self.pkg.get("\u{0}comparable") {
            return *t;
        }
        let t = self.types.new_named("comparable");
        let c = self.types.intern(Type::Constraint { methods: vec![], terms: None, comparable: true });
        self.types.set_underlying(t, c);
        self.pkg.insert("\u{0}comparable".into(), Entity::Type(t));
        t
    }

    /// The terms in both lists (an interface embedding two unions).
    fn intersect_terms(&self, a: &[(bool, TypeId)], b: &[(bool, TypeId)]) -> Vec<(bool, TypeId)> {
        let covers = |(tilde, t): (bool, TypeId), (_, u): (bool, TypeId)| if tilde { self.types.underlying(u) == t } else { u == t };
        let mut out = Vec::new();
        for &x in a {
            for &y in b {
                if covers(y, x) {
                    out.push(x);
                } else if covers(x, y) {
                    out.push(y);
                }
            }
        }
        out.dedup();
        out
    }

    /// A generic type of package `path`, if `name` is one.
    fn package_generic_type(&mut self, path: &str, name: &str) -> Option<u32> {
        self.package_generic(path, name)
    }

    /// `time.Duration`: a defined int64 type printed by its String method.
    pub fn duration_type(&mut self) -> TypeId {
        if let Some(Entity::Type(t)) = self.pkg.get("\u{0}time.Duration") {
            return *t;
        }
        let t = self.types.new_named("time.Duration");
        self.types.set_underlying(t, T_INT64);
        self.pkg.insert("\u{0}time.Duration".into(), Entity::Type(t));
        t
    }

    pub fn const_conv_error(&self, e: &Expr, c: &ConstVal, cty: TypeId, to: TypeId, why: &str, ctx: &str) -> PosError {
        let what = if self.types.is_untyped(cty) {
            format!("{} ({} constant)", exprstr::expr_string(e), self.types.display(cty))
        } else {
            format!("{} (constant {} of type {})", exprstr::expr_string(e), c.to_string_go(), self.types.display(cty))
        };
        let msg = match why {
            "overflows" => format!("cannot use {} as {} value in {} (overflows)", what, self.types.display(to), ctx),
            "truncated" => format!("cannot use {} as {} value in {} (truncated)", what, self.types.display(to), ctx),
            _ => format!("cannot use {} as {} value in {}", what, self.types.display(to), ctx),
        };
        PosError::new(e.pos, msg)
    }
}

impl FuncCtx {
    pub fn new(id: u32, name: String) -> Self {
        FuncCtx {
            _id: id,
            name,
            code: Vec::new(),
            lines: Vec::new(),
            scopes: vec![HashMap::new()],
            nlocals: 0,
            captures: Vec::new(),
            results: Vec::new(),
            named_results: false,
            loops: Vec::new(),
            lit_counter: 0,
            declared: Vec::new(),
            pending_label: None,
            labels: HashMap::new(),
            gotos: Vec::new(),
            wraps: 0,
            epilogue: 0,
            pos: 0,
            slots_full: false,
            race_name: None,
            range_func: None,
            range_counter: 0,
        }
    }

    fn epilogue_at(&mut self, at: u32) {
        self.epilogue = at;
    }

    pub fn finish(self, nparams: u16, line: u32) -> Func {
        let epilogue = self.epilogue;
        Func { name: self.name, code: self.code, lines: self.lines, nparams, nlocals: self.nlocals.max(nparams), epilogue, line, race_name: self.race_name }
    }
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub fn const_type(c: &ConstVal) -> TypeId {
    match c {
        ConstVal::Int(_) => T_UNTYPED_INT,
        ConstVal::Float(_) => T_UNTYPED_FLOAT,
        ConstVal::Bool(_) => T_UNTYPED_BOOL,
        ConstVal::Str(_) => T_UNTYPED_STRING,
    }
}
