//! Generics (go.dev/ref/spec#Type_parameter_declarations), by
//! monomorphisation: a generic function or type is kept as syntax, and
//! each instantiation — `Map[int, string]`, `SafeMap[string, int]` — is
//! checked and compiled again with its type arguments bound to the type
//! parameters' names. One instantiation per (declaration, type arguments),
//! memoised; its type is a defined type named as Go names it
//! (`main.SafeMap[string,int]`), its functions as Go's tracebacks name them
//! (`main.Map[...]`, `main.(*SafeMap[...]).Set`).
//!
//! The steps, each as the spec gives it:
//! * **declaration**: generic types and functions become `Entity::Generic`;
//!   the methods of a generic type are attached to it by their receiver
//!   (`func (s *SafeMap[K, V]) Set…`), before any type is resolved;
//! * **inference** (go.dev/ref/spec#Type_inference): function arguments are
//!   unified with the parameters' types (inexactly: a defined type matches a
//!   type literal through its underlying type), untyped constants bound to a
//!   bare type parameter give the default type of the largest kind, and
//!   core types of constraints (`S ~[]E`) relate the parameters to each other;
//! * **satisfaction** (go.dev/ref/spec#Satisfying_a_type_constraint): methods,
//!   `comparable`, and the type set's terms, with gc's messages;
//! * **instantiation**: the signature (or a type's underlying type and every
//!   method's signature) is resolved at once; bodies wait in `pending` and are
//!   compiled after the program's own functions, each in a clean environment
//!   (the instantiating function's scopes are not visible).
//!
//! Instantiating while only typing (`type_of`) is allowed: it creates the
//! same memoised instance the real compilation would, and the functions it
//! adds are counted apart (`inst_funcs`) so that `type_of`'s check that
//! nothing observable changed still holds.

use super::exprstr::expr_string;
use super::*;
use std::collections::VecDeque;

/// A generic declaration.
pub(crate) struct Generic {
    pub name: String,
    /// `main`, or the package that declares it (`iter`).
    pub pkg: String,
    /// Each type parameter with its constraint, in order.
    pub tparams: Vec<(Ident, Expr)>,
    /// `[K comparable, V any]`, as gc prints it in messages.
    pub list: String,
    pub kind: GenericKind,
}

pub(crate) enum GenericKind {
    Func(Rc<FuncDecl>),
    /// A type: its type expression and its methods.
    Type { ty: Expr, methods: Vec<Rc<FuncDecl>> },
}

/// A body an instantiation still has to compile.
pub(crate) struct PendingBody {
    pub decl: Rc<FuncDecl>,
    pub id: u32,
    pub name: String,
    pub recv: Option<TypeId>,
    pub bindings: Vec<(String, TypeId)>,
    pub race_name: String,
}

#[derive(Default)]
pub(crate) struct GenericState {
    pub decls: Vec<Generic>,
    /// (declaration, type arguments) → (function id and signature) or (type, type).
    pub instances: HashMap<(u32, Vec<TypeId>), (u32, TypeId)>,
    /// An instantiated type → its declaration and type arguments.
    pub instance_of: HashMap<TypeId, (u32, Vec<TypeId>)>,
    pub pending: VecDeque<PendingBody>,
    /// Functions added by instantiation (not part of `type_of`'s footprint).
    pub inst_funcs: usize,
    /// Above zero while a constraint is resolved (constraint interfaces are allowed there).
    pub in_constraint: u32,
    /// Instantiations in progress inside one another (`List[T]` naming `List[[]T]` …).
    pub depth: u32,
}

/// How deeply instantiations may nest before gc's `instantiation cycle`.
const MAX_DEPTH: u32 = 64;

/// At most this many instantiations: `F[T]` calling `F[[]T]` never ends.
const MAX_INSTANCES: usize = 2_000;

/// A type argument spelled longer than this comes from an instantiation
/// cycle (`F[P]` instantiating `F[[]P]`, which gc finds without running it).
const MAX_NAME: usize = 1_000;

impl<'a> Compiler<'a> {
    /// Registers the program's generic types and functions, and attaches
    /// each method of a generic type to it.
    pub fn declare_generics(&mut self, file: &File) -> R<()> {
        for d in &file.decls {
            if let Decl::Type(specs, _) = d {
                for s in specs.iter().filter(|s| !s.tparams.is_empty()) {
                    if s.alias {
                        return Err(PosError::new(s.name.pos, "maprace does not support generic type aliases yet"));
                    }
                    if matches!(self.pkg.get(&s.name.name), Some(Entity::Generic(_))) {
                        return Err(PosError::new(s.name.pos, format!("{} redeclared in this block", s.name.name)));
                    }
                    let g = self.add_generic(&s.name.name, "main", &s.tparams, GenericKind::Type { ty: s.ty.clone(), methods: Vec::new() });
                    self.pkg.insert(s.name.name.clone(), Entity::Generic(g));
                }
            }
        }
        for d in &file.decls {
            let Decl::Func(f) = d else { continue };
            if !f.sig.tparams.is_empty() {
                if f.recv.is_some() {
                    return Err(PosError::new(f.name.pos, "syntax error: method must have no type parameters"));
                }
                if f.name.name == "main" || f.name.name == "init" {
                    return Err(PosError::new(f.name.pos, format!("func {} must have no type parameters", f.name.name)));
                }
                if matches!(self.pkg.get(&f.name.name), Some(Entity::Generic(_))) {
                    return Err(PosError::new(f.name.pos, format!("{} redeclared in this block", f.name.name)));
                }
                let g = self.add_generic(&f.name.name, "main", &f.sig.tparams, GenericKind::Func(f.clone()));
                self.pkg.insert(f.name.name.clone(), Entity::Generic(g));
            } else if let Some(g) = f.recv.as_ref().and_then(|r| self.receiver_generic(&r.ty)) {
                if let GenericKind::Type { methods, .. } = &mut self.gen.decls[g as usize].kind {
                    methods.push(f.clone());
                }
            }
        }
        Ok(())
    }

    fn add_generic(&mut self, name: &str, pkg: &str, groups: &[TypeParam], kind: GenericKind) -> u32 {
        let mut tparams = Vec::new();
        let mut parts = Vec::new();
        for g in groups {
            let names: Vec<&str> = g.names.iter().map(|n| n.name.as_str()).collect();
            parts.push(format!("{} {}", names.join(", "), expr_string(&g.constraint)));
            for n in &g.names {
                tparams.push((n.clone(), g.constraint.clone()));
            }
        }
        // (A declaration of the library's Go source, `slicesꞏSort`, is package slices' `Sort`.)
        let (pkg, name) = match crate::stdlib::prelude::demangle(name).split_once('.') {
            Some((p, n)) if name.contains('ꞏ') => (p.to_string(), n.to_string()),
            _ => (pkg.to_string(), name.to_string()),
        };
        self.gen.decls.push(Generic { name, pkg, tparams, list: format!("[{}]", parts.join(", ")), kind });
        self.gen.decls.len() as u32 - 1
    }

    /// The generic type a method's receiver names (`*SafeMap[K, V]`), if any.
    pub fn receiver_generic(&self, t: &Expr) -> Option<u32> {
        let mut t = t;
        loop {
            match &t.kind {
                ExprKind::Star(x) | ExprKind::Paren(x) => t = x,
                ExprKind::Index(x, _) => t = x,
                ExprKind::Ident(n) => {
                    return match self.pkg.get(n) {
                        Some(Entity::Generic(g)) if matches!(self.gen.decls[*g as usize].kind, GenericKind::Type { .. }) => Some(*g),
                        _ => None,
                    }
                }
                _ => return None,
            }
        }
    }

    /// The generic declaration `x` names (`Map`, `iter.Seq`), if it names one.
    pub fn generic_named(&mut self, x: &Expr) -> Option<u32> {
        match &x.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Entity::Generic(g)) => Some(g),
                _ => None,
            },
            ExprKind::Paren(x) => self.generic_named(x),
            ExprKind::Selector(p, sel) => match &p.kind {
                ExprKind::Ident(p) => match self.lookup(p) {
                    Some(Entity::Package(path)) => self.package_generic(&path, &sel.name),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// A generic type of a package (`iter.Seq`), read from its Go source once.
    pub fn package_generic(&mut self, path: &str, name: &str) -> Option<u32> {
        let key = format!("\u{0}{path}.{name}");
        if let Some(Entity::Generic(g)) = self.pkg.get(&key) {
            return Some(*g);
        }
        let src = crate::stdlib::generic_types(path)?;
        let file = crate::lang::parser::parse(src).ok()?;
        let spec = file.decls.iter().find_map(|d| match d {
            Decl::Type(specs, _) => specs.iter().find(|s| s.name.name == name).cloned(),
            _ => None,
        })?;
        let pkg = path.rsplit('/').next().unwrap_or(path).to_string();
        let g = self.add_generic(name, &pkg, &spec.tparams, GenericKind::Type { ty: spec.ty.clone(), methods: Vec::new() });
        self.pkg.insert(key, Entity::Generic(g));
        Some(g)
    }

    pub fn is_generic_type(&self, g: u32) -> bool {
        matches!(self.gen.decls[g as usize].kind, GenericKind::Type { .. })
    }

    /// gc's error for a generic name used without type arguments.
    pub fn without_instantiation(&self, g: u32, pos: Pos) -> PosError {
        let d = &self.gen.decls[g as usize];
        let name = if d.pkg == "main" { d.name.clone() } else { format!("{}.{}", d.pkg, d.name) };
        match d.kind {
            GenericKind::Type { .. } => PosError::new(pos, format!("cannot use generic type {name}{} without instantiation", d.list)),
            GenericKind::Func(_) => PosError::new(pos, format!("cannot use generic function {name} without instantiation")),
        }
    }

    /// Runs `f` with only the package scope and `bindings` visible (type
    /// parameter names bound to type arguments), as a generic declaration
    /// is resolved; restores the compiler's state after.
    fn in_clean_env<T>(&mut self, bindings: &[(String, TypeId)], f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        let fs = std::mem::take(&mut self.fs);
        let escaping = std::mem::take(&mut self.escaping);
        let line = self.line;
        let iota = self.iota.take();
        let dry = std::mem::replace(&mut self.dry, 0);
        let in_constraint = std::mem::replace(&mut self.gen.in_constraint, 0);
        let (funcs, inst) = (self.funcs.len(), self.gen.inst_funcs);
        let mut ctx = FuncCtx::new(u32::MAX, "main.init".into());
        for (n, t) in bindings {
            ctx.scopes[0].insert(n.clone(), Entity::Type(*t));
        }
        self.fs.push(ctx);
        let r = f(self);
        self.fs = fs;
        self.escaping = escaping;
        self.line = line;
        self.iota = iota;
        self.dry = dry;
        self.gen.in_constraint = in_constraint;
        self.gen.inst_funcs = inst + (self.funcs.len() - funcs);
        r
    }

    fn new_inst_func(&mut self) -> R<u32> {
        if self.gen.instances.len() >= MAX_INSTANCES {
            let pos = self.fs.last().map_or(0, |f| f.pos);
            return Err(PosError::new(pos, format!("maprace does not support more than {MAX_INSTANCES} instantiations yet")));
        }
        let id = self.funcs.len() as u32;
        self.funcs.push(None);
        self.gen.inst_funcs += 1;
        Ok(id)
    }

    fn bindings(&self, g: u32, args: &[TypeId]) -> Vec<(String, TypeId)> {
        self.gen.decls[g as usize].tparams.iter().zip(args).map(|((n, _), t)| (n.name.clone(), *t)).collect()
    }

    /// Go's name of an instance: `SafeMap[string,int]` (a type argument as `%T` prints it).
    fn instance_name(&self, g: u32, args: &[TypeId]) -> String {
        let d = &self.gen.decls[g as usize];
        let parts: Vec<String> = args.iter().map(|t| self.types.name(*t)).collect();
        format!("{}.{}[{}]", d.pkg, d.name, parts.join(","))
    }

    /// The race detector's `[go.shape.string,go.shape.int]`: each type
    /// argument by its shape (its underlying type; every pointer `*uint8`).
    fn shapes(&self, args: &[TypeId]) -> String {
        let parts: Vec<String> = args
            .iter()
            .map(|&t| match self.types.under(t) {
                Type::Pointer(_) => "go.shape.*uint8".to_string(),
                _ => format!("go.shape.{}", self.types.name(self.types.underlying(t))),
            })
            .collect();
        format!("[{}]", parts.join(","))
    }

    /// A constraint: a union (`~int | ~float64`), an interface, or a single type.
    pub fn resolve_constraint(&mut self, e: &Expr) -> R<TypeId> {
        self.gen.in_constraint += 1;
        let r = (|| {
            if let ExprKind::Union(terms) = &e.kind {
                let ts = self.union_terms(terms)?;
                return Ok(self.types.intern(Type::Constraint { methods: vec![], terms: Some(ts), comparable: false }));
            }
            let t = self.resolve_type(e)?;
            Ok(match self.types.under(t) {
                Type::Interface(_) | Type::Constraint { .. } => t,
                _ => self.types.intern(Type::Constraint { methods: vec![], terms: Some(vec![(false, t)]), comparable: false }),
            })
        })();
        self.gen.in_constraint -= 1;
        r
    }

    pub fn union_terms(&mut self, terms: &[UnionTerm]) -> R<Vec<(bool, TypeId)>> {
        let mut out = Vec::new();
        for t in terms {
            let ty = self.resolve_type(&t.ty)?;
            if t.tilde && self.types.underlying(ty) != ty {
                return Err(PosError::new(t.ty.pos, format!("invalid use of ~ ({} is not the underlying type of {})", self.types.display(self.types.underlying(ty)), self.types.display(ty))));
            }
            out.push((t.tilde, ty));
        }
        Ok(out)
    }

    /// Why `t` does not satisfy constraint `c`, in gc's words, or None.
    fn unsatisfied(&mut self, t: TypeId, c: TypeId) -> Option<String> {
        let tn = self.types.display(t);
        let cn = self.types.display(c);
        let (methods, terms, comparable) = match self.types.under(c).clone() {
            Type::Interface(ms) => (ms, None, false),
            Type::Constraint { methods, terms, comparable } => (methods, terms, comparable),
            _ => return None,
        };
        if !methods.is_empty() {
            let iface = self.types.intern(Type::Interface(methods));
            if let Some(m) = self.missing_method(t, iface) {
                let why = m.rfind(" (").map(|i| m[i..].to_string()).unwrap_or_default();
                return Some(format!("{tn} does not satisfy {cn}{why}"));
            }
        }
        if comparable && !self.types.comparable(t) {
            return Some(format!("{tn} does not satisfy comparable"));
        }
        if let Some(ts) = terms {
            let ok = ts.iter().any(|&(tilde, term)| if tilde { self.types.underlying(t) == self.types.underlying(term) } else { t == term });
            if !ok {
                let list = self.types.terms_string(&ts).replace("main.", "");
                return Some(format!("{tn} does not satisfy {cn} ({tn} missing in {list})"));
            }
        }
        None
    }

    /// Checks the type arguments against their constraints.
    fn check_constraints(&mut self, g: u32, args: &[TypeId], pos: &dyn Fn(usize) -> Pos) -> R<()> {
        let bindings = self.bindings(g, args);
        let constraints: Vec<Expr> = self.gen.decls[g as usize].tparams.iter().map(|(_, c)| c.clone()).collect();
        for (i, c) in constraints.iter().enumerate() {
            let ct = self.in_clean_env(&bindings, |s| s.resolve_constraint(c))?;
            if let Some(msg) = self.unsatisfied(args[i], ct) {
                return Err(PosError::new(pos(i), msg));
            }
        }
        Ok(())
    }

    /// `Pair[int, string]`: the instantiated type, with its methods.
    pub fn instantiate_type(&mut self, g: u32, args: Vec<TypeId>, pos: Pos, arg_pos: &[Pos]) -> R<TypeId> {
        if self.gen.depth >= MAX_DEPTH || self.gen.instances.len() >= MAX_INSTANCES {
            return Err(PosError::new(pos, "instantiation cycle"));
        }
        self.gen.depth += 1;
        let r = self.instantiate_type_at(g, args, pos, arg_pos);
        self.gen.depth -= 1;
        r
    }

    fn instantiate_type_at(&mut self, g: u32, args: Vec<TypeId>, pos: Pos, arg_pos: &[Pos]) -> R<TypeId> {
        let (name, want) = {
            let d = &self.gen.decls[g as usize];
            (d.name.clone(), d.tparams.len())
        };
        if args.len() != want {
            let which = if args.len() < want { "not enough" } else { "too many" };
            return Err(PosError::new(pos, format!("{which} type arguments for type {name}: have {}, want {want}", args.len())));
        }
        if let Some(&(t, _)) = self.gen.instances.get(&(g, args.clone())) {
            return Ok(t);
        }
        if self.instance_name(g, &args).len() > MAX_NAME {
            return Err(PosError::new(pos, "instantiation cycle"));
        }
        self.check_constraints(g, &args, &|i| arg_pos.get(i).copied().unwrap_or(pos))?;
        let id = self.types.new_named(&self.instance_name(g, &args));
        self.gen.instances.insert((g, args.clone()), (id, id));
        self.gen.instance_of.insert(id, (g, args.clone()));
        let (ty, methods) = match &self.gen.decls[g as usize].kind {
            GenericKind::Type { ty, methods } => (ty.clone(), methods.clone()),
            GenericKind::Func(_) => unreachable!("a generic function is not a type"),
        };
        let bindings = self.bindings(g, &args);
        let under = self.in_clean_env(&bindings, |c| c.resolve_type(&ty))?;
        self.types.set_underlying(id, under);
        let pkg = self.gen.decls[g as usize].pkg.clone();
        for m in methods {
            let recv = m.recv.as_ref().expect("a method has a receiver");
            let mut rt = &recv.ty;
            let mut ptr = false;
            loop {
                match &rt.kind {
                    ExprKind::Paren(x) => rt = x,
                    ExprKind::Star(x) => {
                        ptr = true;
                        rt = x;
                    }
                    _ => break,
                }
            }
            let names: Vec<String> = match &rt.kind {
                ExprKind::Index(_, list) => list.iter().map(|a| match &a.kind {
                    ExprKind::Ident(n) => n.clone(),
                    _ => "_".into(),
                }).collect(),
                _ => return Err(self.without_instantiation(g, rt.pos)),
            };
            if names.len() != args.len() {
                return Err(PosError::new(rt.pos, format!("receiver declares {} type parameters, but receiver base type declares {}", names.len(), args.len())));
            }
            let mb: Vec<(String, TypeId)> = names.into_iter().zip(args.iter().copied()).filter(|(n, _)| n != "_").collect();
            if self.types.find_method(id, &m.name.name).is_some() {
                return Err(PosError::new(m.name.pos, format!("method {}.{} already declared", name, m.name.name)));
            }
            let sig = self.in_clean_env(&mb, |c| c.resolve_sig(&m.sig, None))?;
            let fid = self.new_inst_func()?;
            let gname = if ptr { format!("{pkg}.(*{name}[...]).{}", m.name.name) } else { format!("{pkg}.{name}[...].{}", m.name.name) };
            let race_name = gname.replace("[...]", &self.shapes(&args));
            if let Some(n) = self.types.named.get_mut(&id) {
                n.methods.push(Method { name: m.name.name.clone(), func: fid, ptr_recv: ptr, sig });
            }
            let rty = if ptr { self.types.intern(Type::Pointer(id)) } else { id };
            self.gen.pending.push_back(PendingBody { decl: m.clone(), id: fid, name: gname, recv: Some(rty), bindings: mb, race_name });
        }
        Ok(id)
    }

    /// `F[int, string]`: the instantiated function and its signature.
    pub fn instantiate_func(&mut self, g: u32, args: Vec<TypeId>, pos: &dyn Fn(usize) -> Pos) -> R<(u32, TypeId)> {
        if let Some(&r) = self.gen.instances.get(&(g, args.clone())) {
            return Ok(r);
        }
        if self.instance_name(g, &args).len() > MAX_NAME {
            return Err(PosError::new(pos(0), "instantiation cycle"));
        }
        self.check_constraints(g, &args, pos)?;
        let decl = match &self.gen.decls[g as usize].kind {
            GenericKind::Func(f) => f.clone(),
            GenericKind::Type { .. } => unreachable!("a generic type is not a function"),
        };
        let bindings = self.bindings(g, &args);
        let sig = self.in_clean_env(&bindings, |c| c.resolve_sig(&decl.sig, None))?;
        let fid = self.new_inst_func()?;
        let d = &self.gen.decls[g as usize];
        let name = format!("{}.{}[...]", d.pkg, d.name);
        let race_name = format!("{}.{}{}", d.pkg, d.name, self.shapes(&args));
        self.gen.instances.insert((g, args), (fid, sig));
        self.gen.pending.push_back(PendingBody { decl, id: fid, name, recv: None, bindings, race_name });
        Ok((fid, sig))
    }

    /// Compiles the bodies instantiations asked for (which may ask for more).
    pub fn compile_pending(&mut self) {
        while let Some(p) = self.gen.pending.pop_front() {
            self.fs.clear();
            if let Err(e) = self.func_body(&p.decl, p.id, p.name, p.recv, &p.bindings, Some(p.race_name)) {
                self.errors.push(e);
                self.fs.clear();
            }
        }
    }

    /// `T[args]` in an expression: an instantiated type, or a generic
    /// function's value with every type argument given.
    pub fn generic_index(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> R<Option<super::expr::Operand>> {
        let Some(g) = self.generic_named(x) else { return Ok(None) };
        let mut targs = Vec::new();
        for a in idx {
            targs.push(self.resolve_type(a)?);
        }
        let pos: Vec<Pos> = idx.iter().map(|a| a.pos).collect();
        if self.is_generic_type(g) {
            let t = self.instantiate_type(g, targs, x.pos, &pos)?;
            return Ok(Some(super::expr::Operand::Type(t)));
        }
        let want = self.gen.decls[g as usize].tparams.len();
        if targs.len() > want {
            return Err(PosError::new(idx[want].pos, format!("got {} type arguments but want {want}", targs.len())));
        }
        if targs.len() < want {
            let (n, _) = &self.gen.decls[g as usize].tparams[targs.len()];
            let (l, c) = self.lines.line_col(n.pos);
            return Err(PosError::new(e.pos, format!("in call to {}, cannot infer {} (declared at main.go:{l}:{c})", expr_string(x), n.name)));
        }
        let (fid, sig) = self.instantiate_func(g, targs, &|i| pos[i])?;
        self.emit(Op::FuncValue(fid));
        Ok(Some(super::expr::Operand::Val(sig)))
    }

    /// The callee of `F(args)` or `F[int](args)` when `F` is a generic
    /// function: its type arguments inferred where not given, instantiated.
    pub fn generic_callee(&mut self, call: &Expr, fe: &Expr, args: &[Expr], ellipsis: bool) -> R<Option<(u32, TypeId)>> {
        let (g, targ_exprs): (u32, &[Expr]) = match &fe.kind {
            ExprKind::Ident(_) => match self.generic_named(fe) {
                Some(g) => (g, &[]),
                None => return Ok(None),
            },
            ExprKind::Index(x, list) => match self.generic_named(x) {
                Some(g) => (g, list.as_slice()),
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        if self.is_generic_type(g) {
            return Ok(None);
        }
        let want = self.gen.decls[g as usize].tparams.len();
        if targ_exprs.len() > want {
            return Err(PosError::new(targ_exprs[want].pos, format!("got {} type arguments but want {want}", targ_exprs.len())));
        }
        let mut explicit = Vec::new();
        for a in targ_exprs {
            explicit.push(self.resolve_type(a)?);
        }
        let lparen = self.lparen(fe);
        let fname = match &fe.kind {
            ExprKind::Index(x, _) => expr_string(x),
            _ => expr_string(fe),
        };
        let n_explicit = explicit.len();
        let targs = if n_explicit == want { explicit } else { self.infer(g, explicit, &fname, lparen, args, ellipsis)? };
        let _ = call;
        let pos: Vec<Pos> = (0..want).map(|i| if i < n_explicit { targ_exprs[i].pos } else { lparen }).collect();
        let r = self.instantiate_func(g, targs, &|i| pos[i])?;
        Ok(Some(r))
    }

    /// Where the `(` of a call of `fe` is (gc reports inference there).
    fn lparen(&self, fe: &Expr) -> Pos {
        let b = self.src.as_bytes();
        let mut i = fe.pos as usize;
        let mut depth = 0i32;
        while i < b.len() {
            match b[i] {
                b'[' => depth += 1,
                b']' => depth -= 1,
                b'(' if depth == 0 => return i as Pos,
                _ => {}
            }
            i += 1;
        }
        fe.pos
    }

    /// Function argument type inference (go.dev/ref/spec#Type_inference).
    fn infer(&mut self, g: u32, explicit: Vec<TypeId>, fname: &str, lparen: Pos, args: &[Expr], ellipsis: bool) -> R<Vec<TypeId>> {
        let decl = match &self.gen.decls[g as usize].kind {
            GenericKind::Func(f) => f.clone(),
            GenericKind::Type { .. } => unreachable!("inference is for functions"),
        };
        let tps: Vec<String> = self.gen.decls[g as usize].tparams.iter().map(|(n, _)| n.name.clone()).collect();
        let mut bound: Vec<Option<TypeId>> = (0..tps.len()).map(|i| explicit.get(i).copied()).collect();
        let params = &decl.sig.params;
        let np = params.len();
        let variadic = params.last().is_some_and(|p| p.variadic);
        // Each argument's type, learnt without compiling it.
        let mut typed: Vec<(usize, Operand, Option<&Expr>)> = Vec::new();
        if args.len() == 1 && np > 1 {
            if let Operand::Multi(ts) = self.type_of(&args[0])? {
                for (i, t) in ts.into_iter().enumerate() {
                    typed.push((i, Operand::Val(t), None));
                }
            }
        }
        if typed.is_empty() {
            for (i, a) in args.iter().enumerate() {
                typed.push((i, self.type_of(a)?, Some(a)));
            }
        }
        let mut untyped: Vec<(usize, TypeId)> = Vec::new();
        for (i, op, a) in typed {
            let pi = if variadic && i + 1 >= np { np.saturating_sub(1) } else { i };
            let Some(p) = params.get(pi) else { break };
            let spread = ellipsis && variadic && pi + 1 == np;
            let t = match op {
                Operand::Val(t) => t,
                Operand::Const(_, t) if !self.types.is_untyped(t) => t,
                Operand::Const(_, t) => {
                    if let ExprKind::Ident(n) = &p.ty.kind {
                        if let Some(k) = tps.iter().position(|x| x == n) {
                            untyped.push((k, t));
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            let t = if spread {
                match self.types.under(t) {
                    Type::Slice(el) => *el,
                    _ => continue,
                }
            } else {
                t
            };
            if self.unify(&p.ty, t, &tps, &mut bound, 0).is_err() {
                let what = a.map(expr_string).unwrap_or_else(|| format!("{}", expr_string(&args[0])));
                let inferred = {
                    let b: Vec<(String, TypeId)> = tps.iter().zip(&bound).filter_map(|(n, t)| t.map(|t| (n.clone(), t))).collect();
                    let pty = p.ty.clone();
                    self.in_clean_env(&b, |c| c.resolve_type(&pty)).map(|t| self.types.display(t)).unwrap_or_else(|_| expr_string(&p.ty))
                };
                let pos = a.map(|a| a.pos).unwrap_or(lparen);
                return Err(PosError::new(pos, format!("in call to {fname}, type {} of {what} does not match inferred type {inferred} for {}", self.types.display(t), expr_string(&p.ty))));
            }
        }
        // Untyped constants: the default type of the largest kind among them.
        for k in 0..tps.len() {
            if bound[k].is_some() {
                continue;
            }
            let rank = |t: TypeId| match t {
                T_UNTYPED_INT => 1,
                T_UNTYPED_RUNE => 2,
                T_UNTYPED_FLOAT => 3,
                _ => 0,
            };
            if let Some(&(_, t)) = untyped.iter().filter(|(j, _)| *j == k).max_by_key(|(_, t)| rank(*t)) {
                bound[k] = Some(self.types.default_type(t));
            }
        }
        // Core types of the constraints relate the parameters (`S ~[]E`).
        let constraints: Vec<Expr> = self.gen.decls[g as usize].tparams.iter().map(|(_, c)| c.clone()).collect();
        for _ in 0..tps.len() {
            let mut progress = false;
            for (k, c) in constraints.iter().enumerate() {
                let core = match &c.kind {
                    ExprKind::Union(terms) if terms.len() == 1 => &terms[0].ty,
                    ExprKind::Union(_) | ExprKind::InterfaceType(_) | ExprKind::Ident(_) | ExprKind::Selector(..) => continue,
                    _ => c,
                };
                match bound[k] {
                    Some(t) => {
                        let before = bound.iter().filter(|b| b.is_some()).count();
                        let _ = self.unify(core, self.types.underlying(t), &tps, &mut bound, 0);
                        progress |= bound.iter().filter(|b| b.is_some()).count() > before;
                    }
                    None => {
                        let b: Vec<(String, TypeId)> = tps.iter().zip(&bound).filter_map(|(n, t)| t.map(|t| (n.clone(), t))).collect();
                        if mentions_all_bound(core, &tps, &bound) {
                            let core = core.clone();
                            if let Ok(t) = self.in_clean_env(&b, |c| c.resolve_type(&core)) {
                                bound[k] = Some(t);
                                progress = true;
                            }
                        }
                    }
                }
            }
            if !progress {
                break;
            }
        }
        let mut out = Vec::new();
        for (k, b) in bound.iter().enumerate() {
            match b {
                Some(t) => out.push(*t),
                None => {
                    let (n, _) = &self.gen.decls[g as usize].tparams[k];
                    let (l, c) = self.lines.line_col(n.pos);
                    return Err(PosError::new(lparen, format!("in call to {fname}, cannot infer {} (declared at main.go:{l}:{c})", n.name)));
                }
            }
        }
        Ok(out)
    }

    /// Unifies parameter type `p` (syntax mentioning the type parameters
    /// `tps`) with argument type `a`, binding parameters; Err on a conflict.
    fn unify(&mut self, p: &Expr, a: TypeId, tps: &[String], bound: &mut Vec<Option<TypeId>>, depth: u32) -> Result<(), ()> {
        // (Recursive types unify no deeper than this: what is left is checked by assignability.)
        if a == T_INVALID || depth > MAX_DEPTH {
            return Ok(());
        }
        let depth = depth + 1;
        if let ExprKind::Ident(n) = &p.kind {
            if let Some(k) = tps.iter().position(|x| x == n) {
                return match bound[k] {
                    None => {
                        bound[k] = Some(self.types.default_type(a));
                        Ok(())
                    }
                    Some(t) if t == a => Ok(()),
                    Some(_) => Err(()),
                };
            }
            return Ok(());
        }
        if let ExprKind::Index(base, targs) = &p.kind {
            let Some(g) = self.generic_named(base) else { return Ok(()) };
            if let Some((g2, ts)) = self.gen.instance_of.get(&a).cloned() {
                if g2 == g {
                    for (x, t) in targs.iter().zip(ts) {
                        self.unify(x, t, tps, bound, depth)?;
                    }
                    return Ok(());
                }
            }
            // Inexact: the generic type's definition against `a`, then its parameters against ours.
            let (ty, inner): (Expr, Vec<String>) = match &self.gen.decls[g as usize].kind {
                GenericKind::Type { ty, .. } => (ty.clone(), self.gen.decls[g as usize].tparams.iter().map(|(n, _)| n.name.clone()).collect()),
                GenericKind::Func(_) => return Ok(()),
            };
            let mut b2 = vec![None; inner.len()];
            self.unify(&ty, a, &inner, &mut b2, depth)?;
            for (x, t) in targs.iter().zip(b2) {
                if let Some(t) = t {
                    self.unify(x, t, tps, bound, depth)?;
                }
            }
            return Ok(());
        }
        let ua = self.types.underlying(a);
        match (&p.kind, self.types.get(ua).clone()) {
            (ExprKind::Paren(x), _) => self.unify(x, a, tps, bound, depth),
            (ExprKind::Star(x), Type::Pointer(el)) => self.unify(x, el, tps, bound, depth),
            (ExprKind::SliceType(x), Type::Slice(el)) => self.unify(x, el, tps, bound, depth),
            (ExprKind::ArrayType(_, x), Type::Array(_, el)) => self.unify(x, el, tps, bound, depth),
            (ExprKind::MapType(k, v), Type::Map(kt, vt)) => {
                self.unify(k, kt, tps, bound, depth)?;
                self.unify(v, vt, tps, bound, depth)
            }
            (ExprKind::ChanType(_, x), Type::Chan(_, el)) => self.unify(x, el, tps, bound, depth),
            (ExprKind::FuncType(sig), Type::Func(s)) => {
                if sig.params.len() != s.params.len() || sig.results.len() != s.results.len() {
                    return Ok(());
                }
                for (i, (pp, &t)) in sig.params.iter().zip(&s.params).enumerate() {
                    let t = if pp.variadic && i + 1 == s.params.len() {
                        match self.types.under(t) {
                            Type::Slice(el) => *el,
                            _ => t,
                        }
                    } else {
                        t
                    };
                    self.unify(&pp.ty, t, tps, bound, depth)?;
                }
                for (r, &t) in sig.results.iter().zip(&s.results) {
                    self.unify(&r.ty, t, tps, bound, depth)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

use super::expr::Operand;

/// Whether every type parameter the type expression `e` mentions is bound.
fn mentions_all_bound(e: &Expr, tps: &[String], bound: &[Option<TypeId>]) -> bool {
    fn walk(e: &Expr, out: &mut Vec<String>) {
        match &e.kind {
            ExprKind::Ident(n) => out.push(n.clone()),
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::SliceType(x) | ExprKind::ArrayType(_, x) | ExprKind::ChanType(_, x) | ExprKind::Ellipsis(x) => walk(x, out),
            ExprKind::MapType(k, v) => {
                walk(k, out);
                walk(v, out);
            }
            ExprKind::Index(x, args) => {
                walk(x, out);
                args.iter().for_each(|a| walk(a, out));
            }
            ExprKind::FuncType(sig) => sig.params.iter().chain(&sig.results).for_each(|p| walk(&p.ty, out)),
            ExprKind::StructType(fs) => fs.iter().for_each(|f| walk(&f.ty, out)),
            _ => {}
        }
    }
    let mut names = Vec::new();
    walk(e, &mut names);
    tps.iter().zip(bound).all(|(n, b)| b.is_some() || !names.contains(n))
}
