//! Calls: user functions and methods, function values, interface methods,
//! conversions, the builtins (go.dev/ref/spec#Built-in_functions), and the
//! functions and methods of the standard-library packages maprace models.

use super::consts::{self, ConstVal};
use super::exprstr::expr_string;
use super::expr::Operand;
use super::types::*;
use super::*;
use crate::stdlib;
use crate::vm::op::{Conv, Op, SyncOp};

impl<'a> Compiler<'a> {
    pub(crate) fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> R<Operand> {
        self.set_line(e.pos);
        // Argument counts are 16 bits in the bytecode.
        if args.len() > u16::MAX as usize {
            return Err(PosError::new(e.pos, format!("maprace does not support more than {} arguments in one call yet", u16::MAX)));
        }
        let fe = match &func.kind {
            ExprKind::Paren(x) => x.as_ref(),
            _ => func,
        };
        // A generic function: instantiated (type arguments inferred where not given), then called.
        if let Some((id, sig)) = self.generic_callee(e, fe, args, ellipsis)? {
            let s = self.sig_of(sig);
            self.args(e, fe, &s, args, ellipsis, None)?;
            self.set_line(e.pos);
            self.emit(Op::Call(id, s.params.len() as u16));
            return Ok(results(&s));
        }
        match &fe.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Entity::Builtin(b)) => return self.builtin(e, b, args, ellipsis),
                Some(Entity::Func(id, sig)) => {
                    let s = self.sig_of(sig);
                    self.args(e, fe, &s, args, ellipsis, None)?;
                    self.set_line(e.pos);
                    self.emit(Op::Call(id, s.params.len() as u16));
                    return Ok(results(&s));
                }
                Some(Entity::Type(t)) => {
                    self.note_spelling(n);
                    return self.conversion(e, t, args);
                }
                _ => {}
            },
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(p) = &x.kind {
                    if let Some(Entity::Package(path)) = self.lookup(p) {
                        if !p.starts_with('ꞏ') && !sel.name.starts_with(|c: char| c.is_uppercase()) {
                            // (lower-case rows are the library's Go source's own)
                            return Err(PosError::new(sel.pos, format!("name {} not exported by package {p}", sel.name)));
                        }
                        if let Some(t) = self.package_type_pub(&path, &sel.name) {
                            return self.conversion(e, t, args);
                        }
                        return self.package_call(e, &path, &sel.name, args, ellipsis);
                    }
                }
                if let Some(r) = self.method_call(e, x, sel, args, ellipsis)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        let fo = self.expr(fe)?;
        if let Operand::Type(t) = fo {
            return self.conversion(e, t, args);
        }
        let ft = self.materialize(fo, fe)?;
        if ft == T_INVALID {
            return Err(PosError::new(e.pos, ""));
        }
        let s = match self.types.under(ft) {
            Type::Func(s) => s.clone(),
            _ => return Err(PosError::new(e.pos, format!("invalid operation: cannot call non-function {}", self.describe(fe, ft)))),
        };
        self.args(e, fe, &s, args, ellipsis, None)?;
        self.set_line(e.pos);
        self.emit(Op::CallValue(s.params.len() as u16));
        Ok(results(&s))
    }

    pub fn sig_of(&self, t: TypeId) -> Sig {
        match self.types.under(t) {
            Type::Func(s) => s.clone(),
            _ => Sig { params: vec![], results: vec![], variadic: false },
        }
    }

    /// Compiles call arguments against a signature (variadic packing, `f(g())`).
    pub fn args(&mut self, e: &Expr, fe: &Expr, s: &Sig, args: &[Expr], ellipsis: bool, _recv: Option<TypeId>) -> R<()> {
        let np = s.params.len();
        let fname = expr_string(fe);
        // f(g()) where g returns several values.
        let mut known = None;
        if args.len() == 1 && (np > 1 || (s.variadic && np >= 1)) {
            if let ExprKind::Call { .. } = args[0].kind {
                let o = self.type_of(&args[0])?;
                known = Some(o.clone());
                if let Operand::Multi(ts) = o {
                    if s.variadic || ts.len() != np {
                        return Err(self.arg_count_error(e, &fname, s, ts.len()));
                    }
                    for (i, (&t, &p)) in ts.iter().zip(&s.params).enumerate() {
                        if t != p && !(self.types.is_interface(p) && self.missing_method(t, p).is_none()) {
                            return Err(PosError::new(args[0].pos, format!("cannot use {} (value of type {}) as {} value in argument to {}", expr_string(&args[0]), self.types.display(t), self.types.display(p), fname)));
                        }
                        let _ = i;
                    }
                    // Interface conversions of multi-value results are rare; require identical types above.
                    if self.dry == 0 {
                        self.expr(&args[0])?;
                    }
                    return Ok(());
                }
            }
        }
        if s.variadic && !ellipsis {
            if args.len() < np - 1 {
                return Err(self.arg_count_error(e, &fname, s, args.len()));
            }
            for (a, &p) in args.iter().zip(&s.params[..np - 1]) {
                self.value_as(a, p, &format!("argument to {fname}"))?;
            }
            let st = s.params[np - 1];
            let el = match self.types.under(st) {
                Type::Slice(el) => *el,
                _ => st,
            };
            let extra = &args[np - 1..];
            self.emit(Op::Nil);
            for a in extra {
                self.value_as_known(a, known.take(), el, &format!("argument to {fname}"))?;
            }
            if !extra.is_empty() {
                self.emit(Op::Append(st, extra.len() as u16));
            }
            return Ok(());
        }
        if ellipsis && !s.variadic {
            return Err(PosError::new(e.pos, format!("have (...) but function is not variadic: {fname}")));
        }
        if args.len() != np {
            return Err(self.arg_count_error(e, &fname, s, args.len()));
        }
        for (a, &p) in args.iter().zip(&s.params) {
            self.value_as(a, p, &format!("argument to {fname}"))?;
        }
        Ok(())
    }

    fn arg_count_error(&self, e: &Expr, fname: &str, s: &Sig, have: usize) -> PosError {
        let want: Vec<String> = s.params.iter().map(|p| self.types.display(*p)).collect();
        let which = if have < s.params.len() { "not enough" } else { "too many" };
        PosError::new(e.pos, format!("{} arguments in call to {}\n\twant ({})", which, fname, want.join(", ")))
    }

    /// `x.M(args)`: user methods, interface methods, sync and atomic methods.
    fn method_call(&mut self, e: &Expr, x: &Expr, sel: &Ident, args: &[Expr], ellipsis: bool) -> R<Option<Operand>> {
        // The receiver's type decides whether `x` or `&x` is compiled.
        let xt = match self.type_of(x)? {
            Operand::Type(_) => return Ok(None),
            o => self.without_emitting(|c| c.materialize(o, x))?,
        };
        if xt == T_INVALID {
            return Err(PosError::new(e.pos, ""));
        }
        let base = match self.types.under(xt) {
            Type::Pointer(el) => *el,
            _ => xt,
        };
        // A field of function type is called as a value, not as a method.
        if self.types.find_field(base, &sel.name).is_some() {
            return Ok(None);
        }
        if let Type::Sync(k) = self.types.under(base).clone() {
            // Receiver pointer: the address of `x` when `x` is not a pointer.
            if !matches!(self.types.under(xt), Type::Pointer(_)) {
                self.addr(x)?;
            } else {
                self.receiver_value(x)?;
            }
            return self.sync_method(e, k, sel, args).map(Some);
        }
        if let Type::Interface(ms) = self.types.under(xt).clone() {
            let sig_t = match ms.iter().find(|(n, _)| *n == sel.name) {
                Some((_, s)) => *s,
                None => return Err(PosError::new(sel.pos, format!("{}.{} undefined (type {} has no field or method {})", expr_string(x), sel.name, self.types.display(xt), sel.name))),
            };
            let s = self.sig_of(sig_t);
            self.receiver_value(x)?;
            self.args(e, e, &s, args, ellipsis, None)?;
            let name = self.name_id(&sel.name);
            self.set_line(e.pos);
            self.emit(Op::CallIface(name, s.params.len() as u16));
            return Ok(Some(results(&s)));
        }
        // A method promoted from an embedded sync type (`type shard struct { sync.Mutex; … }`):
        // the op inline, as for the sync value itself.
        let promoted_from_sync = match self.types.find_method_deep(xt, &sel.name) {
            None => true,
            Some((_, from, _)) => matches!(self.types.under(match self.types.get(from) { Type::Pointer(p) => *p, _ => from }), Type::Sync(_)),
        };
        if promoted_from_sync {
            if let Type::Struct(fs) = self.types.under(base).clone() {
                for (i, f) in fs.iter().enumerate() {
                    if let (true, Type::Sync(k)) = (f.embedded, self.types.under(f.ty).clone()) {
                        if !matches!(self.types.under(xt), Type::Pointer(_)) {
                            self.addr(x)?;
                        } else {
                            self.receiver_value(x)?;
                        }
                        self.emit(Op::FieldAddr(i as u16));
                        return self.sync_method(e, k, sel, args).map(Some);
                    }
                }
            }
        }
        let (path, _recv_t, m) = match self.types.find_method_deep(xt, &sel.name) {
            Some(r) => r,
            None if self.embedded_interface_method(xt, &sel.name).is_some() => return Err(PosError::new(sel.pos, self.embedded_interface_method(xt, &sel.name).unwrap_or_default())),
            None => return Err(PosError::new(sel.pos, format!("{}.{} undefined (type {} has no field or method {})", expr_string(x), sel.name, self.types.display(xt), sel.name))),
        };
        let is_ptr = matches!(self.types.under(xt), Type::Pointer(_));
        if !path.is_empty() {
            // Promoted through embedded fields: walk to the embedded value.
            self.receiver_value(x)?;
            self.field_path(base, &path);
            let last = *path.last().expect("path") as u16;
            if m.ptr_recv {
                self.emit(Op::FieldAddr(last));
            } else {
                self.emit(Op::Field(last));
            }
            let emb_is_ptr = {
                let mut t = base;
                for &i in &path {
                    if let Type::Struct(fs) = self.types.under(match self.types.under(t) { Type::Pointer(p) => *p, _ => t }).clone() {
                        t = fs[i].ty;
                    }
                }
                matches!(self.types.get(t), Type::Pointer(_))
            };
            if m.ptr_recv && emb_is_ptr {
                self.emit(Op::Deref);
            } else if !m.ptr_recv && emb_is_ptr {
                self.emit(Op::Deref);
                self.emit(Op::CopyAgg);
            } else if !m.ptr_recv && self.types.is_aggregate(self.types.underlying(m.sig)) {
                self.emit(Op::CopyAgg);
            }
        } else if m.ptr_recv && !is_ptr {
            self.addr(x).map_err(|_| PosError::new(x.pos, format!("cannot call pointer method {} on {}", sel.name, self.types.display(xt))))?;
        } else {
            self.receiver_value(x)?;
            if !m.ptr_recv && is_ptr {
                self.emit(Op::Deref);
                if self.types.is_aggregate(base) {
                    self.emit(Op::CopyAgg);
                }
            } else if !m.ptr_recv && self.types.is_aggregate(base) {
                self.emit(Op::CopyAgg);
            }
        }
        let s = self.sig_of(m.sig);
        let fname = format!("{}.{}", expr_string(x), sel.name);
        let fe = Expr { pos: e.pos, kind: ExprKind::Ident(fname) };
        self.args(e, &fe, &s, args, ellipsis, Some(xt))?;
        self.set_line(e.pos);
        self.emit(Op::Call(m.func, s.params.len() as u16 + 1));
        Ok(Some(results(&s)))
    }

    fn sync_method(&mut self, e: &Expr, k: SyncKind, sel: &Ident, args: &[Expr]) -> R<Operand> {
        use SyncKind::*;
        let name = sel.name.as_str();
        let bad = || PosError::new(sel.pos, format!("{}.{} undefined (type {} has no field or method {})", "x", name, k.go_name(), name));
        let want = |c: &Self, n: usize| -> R<()> {
            if args.len() != n {
                let which = if args.len() < n { "not enough" } else { "too many" };
                return Err(PosError::new(e.pos, format!("{} arguments in call to {}", which, expr_string(e).split('(').next().unwrap_or(""))));
            }
            let _ = c;
            Ok(())
        };
        let op = |c: &mut Self, op: SyncOp| {
            c.set_line(e.pos);
            c.emit(Op::Sync(op));
        };
        match (k, name) {
            (Mutex | RWMutex, "Lock") => {
                want(self, 0)?;
                op(self, SyncOp::Lock);
                Ok(Operand::Void)
            }
            (Mutex | RWMutex, "Unlock") => {
                want(self, 0)?;
                op(self, SyncOp::Unlock);
                Ok(Operand::Void)
            }
            (Mutex | RWMutex, "TryLock") => {
                want(self, 0)?;
                op(self, SyncOp::TryLock);
                Ok(Operand::Val(T_BOOL))
            }
            (RWMutex, "RLock") => {
                want(self, 0)?;
                op(self, SyncOp::RLock);
                Ok(Operand::Void)
            }
            (RWMutex, "RUnlock") => {
                want(self, 0)?;
                op(self, SyncOp::RUnlock);
                Ok(Operand::Void)
            }
            (RWMutex, "RLocker") => {
                want(self, 0)?;
                if let Some(t) = self.rlocker_type() {
                    self.emit(Op::ToIface(t));
                }
                Ok(Operand::Val(self.locker_type()))
            }
            (WaitGroup, "Add") => {
                want(self, 1)?;
                self.value_as(&args[0], T_INT, "argument to wg.Add")?;
                op(self, SyncOp::WgAdd);
                Ok(Operand::Void)
            }
            (WaitGroup, "Done") => {
                want(self, 0)?;
                op(self, SyncOp::WgDone);
                Ok(Operand::Void)
            }
            (WaitGroup, "Wait") => {
                want(self, 0)?;
                op(self, SyncOp::WgWait);
                Ok(Operand::Void)
            }
            (WaitGroup, "Go") => {
                // wg.Go(f) (Go 1.25): Add(1), then go func() { defer wg.Done(); f() }()
                want(self, 1)?;
                let t = self.temp();
                self.emit(Op::Store(t));
                self.emit(Op::Load(t));
                self.emit(Op::Int(1));
                op(self, SyncOp::WgAdd);
                let ft = self.value(&args[0])?;
                if self.sig_of(ft).params.len() != 0 || !matches!(self.types.under(ft), Type::Func(_)) {
                    return Err(PosError::new(args[0].pos, format!("cannot use {} as func() value in argument to wg.Go", self.describe(&args[0], ft))));
                }
                self.emit(Op::Load(t));
                self.emit(Op::Go(u16::MAX)); // [f, wg ptr]: the VM runs f then wg.Done
                Ok(Operand::Void)
            }
            (Once, "Do") => {
                want(self, 1)?;
                let t = self.temp();
                self.emit(Op::Store(t));
                self.emit(Op::Load(t));
                let j = self.emit(Op::Sync(SyncOp::OnceBegin(0)));
                let ft = self.value(&args[0])?;
                if !matches!(self.types.under(ft), Type::Func(s) if s.params.is_empty()) {
                    return Err(PosError::new(args[0].pos, format!("cannot use {} as func() value in argument to once.Do", self.describe(&args[0], ft))));
                }
                self.emit(Op::CallValue(0));
                self.emit(Op::Load(t));
                self.emit(Op::Sync(SyncOp::OnceEnd));
                let end = self.here();
                self.patch(j, end);
                Ok(Operand::Void)
            }
            (Map, _) => self.sync_map_method(e, name, args),
            (Timer, "Stop" | "Reset") => {
                // Rows of package time (`Timer.Stop`, `Timer.Reset`), the receiver first.
                want(self, if name == "Reset" { 1 } else { 0 })?;
                if name == "Reset" {
                    let d = self.duration_type();
                    self.value_as(&args[0], d, "argument to t.Reset")?;
                }
                let id = stdlib::lookup("time", &format!("Timer.{name}")).expect("time.Timer method row");
                self.set_line(e.pos);
                self.emit(Op::Native(id, args.len() as u16 + 1));
                Ok(Operand::Val(T_BOOL))
            }
            (Cond, "Signal" | "Broadcast") => {
                want(self, 0)?;
                op(self, if name == "Signal" { SyncOp::CondSignal } else { SyncOp::CondBroadcast });
                Ok(Operand::Void)
            }
            (Cond, "Wait") => {
                // As sync/cond.go's Wait: t := notifyListAdd(&c.notify);
                // c.L.Unlock(); notifyListWait(&c.notify, t); c.L.Lock().
                // The Locker's own methods run, with their edges.
                want(self, 0)?;
                let c = self.temp();
                self.emit(Op::Store(c));
                self.emit(Op::Load(c));
                op(self, SyncOp::CondAdd); // [ticket]
                let unlock = self.name_id("Unlock");
                let lock = self.name_id("Lock");
                self.emit(Op::Load(c));
                op(self, SyncOp::CondLocker);
                self.emit(Op::CallIface(unlock, 0));
                self.emit(Op::Load(c));
                self.emit(Op::Swap); // [c, ticket]
                op(self, SyncOp::CondWait);
                self.emit(Op::Load(c));
                op(self, SyncOp::CondLocker);
                self.emit(Op::CallIface(lock, 0));
                Ok(Operand::Void)
            }
            (AtomicInt32 | AtomicInt64 | AtomicUint32 | AtomicUint64 | AtomicBool | AtomicValue, _) => {
                let vt = match k {
                    AtomicInt32 => T_INT32,
                    AtomicInt64 => T_INT64,
                    AtomicUint32 => self.types.intern(Type::Int(IntKind::Uint32)),
                    AtomicUint64 => self.types.intern(Type::Int(IntKind::Uint64)),
                    AtomicBool => T_BOOL,
                    _ => T_ANY,
                };
                self.emit(Op::FieldAddr(0));
                match name {
                    "Load" => {
                        want(self, 0)?;
                        op(self, SyncOp::AtomicLoad);
                        Ok(Operand::Val(vt))
                    }
                    "Store" => {
                        want(self, 1)?;
                        self.value_as(&args[0], vt, "argument to Store")?;
                        op(self, SyncOp::AtomicStore);
                        Ok(Operand::Void)
                    }
                    "Add" if vt != T_BOOL && vt != T_ANY => {
                        want(self, 1)?;
                        self.value_as(&args[0], vt, "argument to Add")?;
                        let kk = self.types.int_kind(vt).expect("int");
                        op(self, SyncOp::AtomicAdd);
                        self.emit(Op::Convert(Conv::IntToInt(kk)));
                        Ok(Operand::Val(vt))
                    }
                    "Swap" => {
                        want(self, 1)?;
                        self.value_as(&args[0], vt, "argument to Swap")?;
                        op(self, SyncOp::AtomicSwap);
                        Ok(Operand::Val(vt))
                    }
                    "CompareAndSwap" => {
                        want(self, 2)?;
                        self.value_as(&args[0], vt, "argument to CompareAndSwap")?;
                        self.value_as(&args[1], vt, "argument to CompareAndSwap")?;
                        op(self, SyncOp::AtomicCas);
                        Ok(Operand::Val(T_BOOL))
                    }
                    _ => Err(bad()),
                }
            }
            _ => Err(bad()),
        }
    }

    fn sync_map_method(&mut self, e: &Expr, name: &str, args: &[Expr]) -> R<Operand> {
        let n = match name {
            "Load" | "LoadAndDelete" | "Delete" | "CompareAndDelete" => {
                if name == "CompareAndDelete" {
                    2
                } else {
                    1
                }
            }
            "Store" | "LoadOrStore" | "Swap" => 2,
            "CompareAndSwap" => 3,
            "Range" => 1,
            "Clear" => 0,
            _ => return Err(PosError::new(e.pos, format!("m.{name} undefined (type sync.Map has no field or method {name})"))),
        };
        if args.len() != n {
            let which = if args.len() < n { "not enough" } else { "too many" };
            return Err(PosError::new(e.pos, format!("{} arguments in call to {}", which, expr_string(e).split('(').next().unwrap_or(""))));
        }
        if name == "Range" {
            let it = self.temp();
            let ft = self.temp();
            self.set_line(e.pos);
            self.emit(Op::Sync(SyncOp::MapRangeInit));
            self.emit(Op::Store(it));
            let t = self.value(&args[0])?;
            let want = self.types.intern(Type::Func(Sig { params: vec![T_ANY, T_ANY], results: vec![T_BOOL], variadic: false }));
            if self.types.underlying(t) != want {
                return Err(PosError::new(args[0].pos, format!("cannot use {} as func(key any, value any) bool value in argument to m.Range", self.describe(&args[0], t))));
            }
            self.emit(Op::Store(ft));
            let top = self.here();
            self.emit(Op::Load(ft));
            self.emit(Op::Load(it));
            let next = self.emit(Op::Sync(SyncOp::MapRangeNext(0)));
            self.emit(Op::CallValue(2));
            self.emit(Op::JumpIf(top));
            // The callback returned false: give the Range's iterator back.
            let keep = self.f().loops.iter().filter(|lp| lp.map_range).count() as u16;
            let exit = self.emit(Op::LeaveRange { target: 0, keep });
            let done = self.here();
            self.patch(next, done);
            self.emit(Op::Pop);
            let end = self.here();
            self.patch(exit, end);
            return Ok(Operand::Void);
        }
        for a in args {
            self.value_as(a, T_ANY, &format!("argument to m.{name}"))?;
        }
        self.set_line(e.pos);
        let (op, res) = match name {
            "Load" => (SyncOp::MapLoad, Operand::Multi(vec![T_ANY, T_BOOL])),
            "Store" => (SyncOp::MapStore, Operand::Void),
            "LoadOrStore" => (SyncOp::MapLoadOrStore, Operand::Multi(vec![T_ANY, T_BOOL])),
            "LoadAndDelete" => (SyncOp::MapLoadAndDelete, Operand::Multi(vec![T_ANY, T_BOOL])),
            "Delete" => (SyncOp::MapDelete, Operand::Void),
            "Swap" => (SyncOp::MapSwap, Operand::Multi(vec![T_ANY, T_BOOL])),
            "CompareAndSwap" => (SyncOp::MapCompareAndSwap, Operand::Val(T_BOOL)),
            "CompareAndDelete" => (SyncOp::MapCompareAndDelete, Operand::Val(T_BOOL)),
            _ => (SyncOp::MapClear, Operand::Void),
        };
        self.emit(Op::Sync(op));
        Ok(res)
    }

    fn conversion(&mut self, e: &Expr, to: TypeId, args: &[Expr]) -> R<Operand> {
        if args.len() != 1 {
            return Err(PosError::new(e.pos, format!("{} arguments in conversion to {}", if args.is_empty() { "missing" } else { "too many" }, self.types.display(to))));
        }
        let x = &args[0];
        let o = self.expr(x)?;
        if let Operand::Const(c, ct) = &o {
            // Constant conversions stay constant when the target is a basic type.
            if matches!(self.types.under(to), Type::Int(_) | Type::Float64 | Type::Float32 | Type::String | Type::Bool) {
                if self.types.is_string(to) && self.types.is_integer(*ct) {
                    if let ConstVal::Int(i) = c {
                        let ch = char::from_u32(*i as u32).unwrap_or('\u{fffd}');
                        return Ok(Operand::Const(ConstVal::Str(Rc::from(ch.to_string().into_bytes())), to));
                    }
                }
                return match consts::represent(&self.types, c, to) {
                    Ok(c2) => Ok(Operand::Const(c2, to)),
                    Err(why) => {
                        let what = if self.types.is_untyped(*ct) {
                            format!("{} ({} constant)", expr_string(x), self.types.display(*ct))
                        } else {
                            format!("{} (constant {} of type {})", expr_string(x), c.to_string_go(), self.types.display(*ct))
                        };
                        if why == "overflows" && self.types.is_untyped(*ct) {
                            return Err(PosError::new(x.pos, format!("constant {} overflows {}", c.to_string_go(), self.types.display(to))));
                        }
                        Err(PosError::new(x.pos, format!("cannot convert {} to type {}", what, self.types.display(to))))
                    }
                };
            }
        }
        let from = match o {
            Operand::Nil => {
                if self.types.is_nillable(to) {
                    self.emit(Op::Nil);
                    return Ok(Operand::Val(to));
                }
                return Err(PosError::new(x.pos, format!("cannot convert nil to type {}", self.types.display(to))));
            }
            o => self.materialize(o, x)?,
        };
        let (fu, tu) = (self.types.under(from).clone(), self.types.under(to).clone());
        let conv = match (&fu, &tu) {
            _ if self.types.underlying(from) == self.types.underlying(to) => None,
            (Type::Int(_), Type::Int(k)) => Some(Conv::IntToInt(*k)),
            (Type::Int(k), Type::Float64 | Type::Float32) => {
                if matches!(tu, Type::Float32) {
                    self.emit(Op::Convert(Conv::IntToFloat(k.signed())));
                    Some(Conv::FloatToFloat32)
                } else {
                    Some(Conv::IntToFloat(k.signed()))
                }
            }
            (Type::Float64 | Type::Float32, Type::Int(k)) => Some(Conv::FloatToInt(*k)),
            (Type::Float64, Type::Float32) => Some(Conv::FloatToFloat32),
            (Type::Float32, Type::Float64) => None,
            (Type::Int(_), Type::String) => Some(Conv::IntToString),
            (Type::String, Type::Slice(el)) if self.types.int_kind(*el) == Some(IntKind::Uint8) => Some(Conv::StringToBytes),
            (Type::String, Type::Slice(el)) if self.types.int_kind(*el) == Some(IntKind::Int32) => Some(Conv::StringToRunes),
            (Type::Slice(el), Type::String) if self.types.int_kind(*el) == Some(IntKind::Uint8) => Some(Conv::BytesToString),
            (Type::Slice(el), Type::String) if self.types.int_kind(*el) == Some(IntKind::Int32) => Some(Conv::RunesToString),
            (Type::Pointer(a), Type::Pointer(b)) if self.types.underlying(*a) == self.types.underlying(*b) => None,
            (Type::Slice(a), Type::Array(_, b)) if a == b => Some(Conv::SliceToArray(to)),
            (Type::Slice(a), Type::Pointer(p)) if matches!(self.types.under(*p), Type::Array(_, b) if b == a) => {
                return Err(PosError::new(e.pos, format!("maprace does not support converting a slice to an array pointer ({}) yet", self.types.display(to))));
            }
            (_, Type::Interface(_)) => {
                if let Some(m) = self.missing_method(from, to) {
                    return Err(PosError::new(x.pos, format!("cannot convert {} to type {}: {}", self.describe(x, from), self.types.display(to), m)));
                }
                if !self.types.is_interface(from) {
                    self.emit(Op::ToIface(from));
                }
                return Ok(Operand::Val(to));
            }
            _ => return Err(PosError::new(x.pos, format!("cannot convert {} to type {}", self.describe(x, from), self.types.display(to)))),
        };
        if let Some(c) = conv {
            self.emit(Op::Convert(c));
        }
        Ok(Operand::Val(to))
    }

    fn builtin(&mut self, e: &Expr, b: &str, args: &[Expr], ellipsis: bool) -> R<Operand> {
        let nargs = |lo: usize, hi: usize| -> R<()> {
            if args.len() < lo {
                return Err(PosError::new(e.pos, format!("not enough arguments for {} (expected {}, found {})", expr_string(e), lo, args.len())));
            }
            if args.len() > hi {
                return Err(PosError::new(e.pos, format!("too many arguments for {} (expected {}, found {})", expr_string(e), hi, args.len())));
            }
            Ok(())
        };
        match b {
            "len" | "cap" => {
                nargs(1, 1)?;
                let o = self.expr(&args[0])?;
                if let Operand::Const(ConstVal::Str(s), _) = &o {
                    if b == "len" {
                        return Ok(Operand::Const(ConstVal::Int(s.len() as i128), T_INT));
                    }
                }
                let t = self.materialize(o, &args[0])?;
                let t_under = match self.types.under(t).clone() {
                    Type::Pointer(p) if matches!(self.types.under(p), Type::Array(..)) => {
                        self.emit(Op::Deref);
                        p
                    }
                    _ => t,
                };
                let ok = match self.types.under(t_under) {
                    Type::String => b == "len",
                    Type::Slice(_) | Type::Array(..) | Type::Chan(..) => true,
                    Type::Map(..) => b == "len",
                    _ => false,
                };
                if !ok {
                    if t == T_INVALID {
                        return Err(PosError::new(args[0].pos, "")); // reported where the type went wrong
                    }
                    return Err(PosError::new(args[0].pos, format!("invalid argument: {} for built-in {}", self.describe(&args[0], t), b)));
                }
                self.set_line(e.pos);
                self.emit(if b == "len" { Op::Len } else { Op::Cap });
                Ok(Operand::Val(T_INT))
            }
            "make" => {
                if args.is_empty() {
                    return Err(PosError::new(e.pos, "not enough arguments for make() (expected 1, found 0)"));
                }
                let t = self.resolve_type(&args[0])?;
                let rest = &args[1..];
                for a in rest {
                    self.index_value(a, T_INT).map_err(|err| {
                        if err.message.starts_with("invalid argument: index") {
                            PosError::new(a.pos, err.message.replace("invalid argument: index", "invalid argument:"))
                        } else {
                            err
                        }
                    })?;
                }
                self.set_line(e.pos);
                match self.types.under(t) {
                    Type::Slice(_) => {
                        if rest.is_empty() {
                            return Err(PosError::new(e.pos, format!("invalid operation: {} expects 2 or 3 arguments; found 1", expr_string(e))));
                        }
                        if rest.len() > 2 {
                            return Err(PosError::new(e.pos, format!("invalid operation: {} expects 2 or 3 arguments; found {}", expr_string(e), args.len())));
                        }
                        self.emit(Op::MakeSlice(t, rest.len() == 2));
                    }
                    Type::Map(..) => {
                        if rest.len() > 1 {
                            return Err(PosError::new(e.pos, format!("invalid operation: {} expects 1 or 2 arguments; found {}", expr_string(e), args.len())));
                        }
                        self.emit(Op::MakeMap(t, rest.len() == 1));
                    }
                    Type::Chan(..) => {
                        if rest.len() > 1 {
                            return Err(PosError::new(e.pos, format!("invalid operation: {} expects 1 or 2 arguments; found {}", expr_string(e), args.len())));
                        }
                        self.emit(Op::MakeChan(t, rest.len() == 1));
                    }
                    _ => return Err(PosError::new(args[0].pos, format!("invalid argument: cannot make {}; type must be slice, map, or channel", expr_string(&args[0])))),
                }
                Ok(Operand::Val(t))
            }
            "new" => {
                nargs(1, 1)?;
                if !matches!(self.type_of(&args[0]), Ok(Operand::Type(_)) | Err(_)) {
                    return self.new_of_value(&args[0]);
                }
                let t = self.resolve_type(&args[0])?;
                self.emit(Op::New(t));
                Ok(Operand::Val(self.types.intern(Type::Pointer(t))))
            }
            "append" => {
                if args.is_empty() {
                    return Err(PosError::new(e.pos, "not enough arguments for append() (expected 1, found 0)"));
                }
                let o = self.expr(&args[0])?;
                let st = match o {
                    Operand::Nil => return Err(PosError::new(args[0].pos, "invalid argument: nil (untyped nil) is not a slice")),
                    o => self.materialize(o, &args[0])?,
                };
                let el = match self.types.under(st) {
                    Type::Slice(el) => *el,
                    _ => return Err(PosError::new(args[0].pos, format!("invalid argument: {} is not a slice", self.describe(&args[0], st)))),
                };
                if ellipsis {
                    if args.len() != 2 {
                        return Err(PosError::new(e.pos, "can only use ... with final argument in list"));
                    }
                    let o = self.expr(&args[1])?;
                    let t = match o {
                        Operand::Const(c, ct) if self.types.is_string(ct) && self.types.int_kind(el) == Some(IntKind::Uint8) => {
                            self.emit_const(&c, T_STRING);
                            self.emit(Op::Convert(Conv::StringToBytes));
                            st
                        }
                        o => self.materialize(o, &args[1])?,
                    };
                    let t = if self.types.is_string(t) && self.types.int_kind(el) == Some(IntKind::Uint8) {
                        self.emit(Op::Convert(Conv::StringToBytes));
                        st
                    } else {
                        t
                    };
                    if self.types.underlying(t) != self.types.underlying(st) && t != T_UNTYPED_NIL {
                        return Err(PosError::new(args[1].pos, format!("cannot use {} as {} value in argument to append", self.describe(&args[1], t), self.types.display(st))));
                    }
                    self.set_line(e.pos);
                    self.emit(Op::AppendSlice(st));
                    return Ok(Operand::Val(st));
                }
                for a in &args[1..] {
                    self.value_as(a, el, "argument to append")?;
                }
                self.set_line(e.pos);
                self.emit(Op::Append(st, (args.len() - 1) as u16));
                Ok(Operand::Val(st))
            }
            "copy" => {
                nargs(2, 2)?;
                let d = self.value(&args[0])?;
                let s = self.value(&args[1])?;
                if self.types.is_string(s) {
                    self.emit(Op::Convert(Conv::StringToBytes));
                } else if !matches!(self.types.under(d), Type::Slice(_)) || self.types.underlying(d) != self.types.underlying(s) {
                    return Err(PosError::new(e.pos, format!("invalid argument: copy expects slice arguments; found {} and {}", self.describe(&args[0], d), self.describe(&args[1], s))));
                }
                self.emit(Op::CopySlice);
                Ok(Operand::Val(T_INT))
            }
            "delete" => {
                nargs(2, 2)?;
                let mt = self.value(&args[0])?;
                let k = match self.types.under(mt) {
                    Type::Map(k, _) => *k,
                    _ => return Err(PosError::new(args[0].pos, format!("invalid argument: {} is not a map", self.describe(&args[0], mt)))),
                };
                self.value_as(&args[1], k, "argument to delete")?;
                self.set_line(e.pos);
                self.emit(Op::MapDelete(mt));
                Ok(Operand::Void)
            }
            "clear" => {
                nargs(1, 1)?;
                let t = self.value(&args[0])?;
                self.set_line(e.pos);
                match self.types.under(t) {
                    Type::Map(..) => self.emit(Op::MapClear(t)),
                    Type::Slice(elem) => {
                        let elem = *elem;
                        self.emit(Op::SliceClear(elem))
                    }
                    _ => return Err(PosError::new(args[0].pos, format!("invalid argument: {} must be a map or slice", self.describe(&args[0], t)))),
                };
                Ok(Operand::Void)
            }
            "close" => {
                nargs(1, 1)?;
                let t = self.value(&args[0])?;
                match self.types.under(t) {
                    Type::Chan(2, _) => return Err(PosError::new(args[0].pos, format!("invalid operation: cannot close receive-only channel {}", self.describe(&args[0], t)))),
                    Type::Chan(..) => {}
                    _ => return Err(PosError::new(args[0].pos, format!("invalid operation: non-chan argument {} to close", self.describe(&args[0], t)))),
                }
                self.set_line(e.pos);
                self.emit(Op::ChanClose);
                Ok(Operand::Void)
            }
            "panic" => {
                nargs(1, 1)?;
                self.value_as(&args[0], T_ANY, "argument to panic")?;
                self.set_line(e.pos);
                self.emit(Op::Panic);
                Ok(Operand::Void)
            }
            "recover" => {
                nargs(0, 0)?;
                self.emit(Op::Recover);
                Ok(Operand::Val(T_ANY))
            }
            "print" | "println" => {
                for a in args {
                    self.value_as(a, T_ANY, "argument to print")?;
                }
                self.set_line(e.pos);
                let n = stdlib::builtin_func(b).expect("print and println are rows of stdlib's builtin table");
                self.emit(Op::Native(n, args.len() as u16));
                Ok(Operand::Void)
            }
            "min" | "max" => {
                if args.is_empty() {
                    return Err(PosError::new(e.pos, format!("not enough arguments for {}() (expected 1, found 0)", b)));
                }
                // All constant: fold.
                // Each argument's operand, learnt once (nested min/max would otherwise cost 3^depth).
                let mut ops = Vec::new();
                for a in args {
                    ops.push(self.type_of(a)?);
                }
                let mut consts_only = Vec::new();
                for o in &ops {
                    match o.clone() {
                        Operand::Const(c, t) => consts_only.push((c, t)),
                        _ => {
                            consts_only.clear();
                            break;
                        }
                    }
                }
                if consts_only.len() == args.len() {
                    let mut best = consts_only[0].clone();
                    for (c, t) in &consts_only[1..] {
                        let op = if b == "min" { "<" } else { ">" };
                        let ty = consts::untyped_join(best.1, *t);
                        if let Ok(ConstVal::Bool(true)) = consts::fold_binary(&self.types, op, c, &best.0, ty) {
                            best = (c.clone(), ty);
                        }
                    }
                    return Ok(best.0.clone()).map(|c| Operand::Const(c, best.1));
                }
                // Find the common type from the first typed operand.
                let mut ty = None;
                for o in &ops {
                    if let Operand::Val(t) = *o {
                        ty = Some(t);
                        break;
                    }
                }
                let ty = ty.unwrap_or(T_INT);
                if !self.types.is_numeric(ty) && !self.types.is_string(ty) {
                    return Err(PosError::new(e.pos, format!("invalid argument: {} cannot be ordered", self.types.display(ty))));
                }
                let k = match self.types.under(ty) {
                    Type::Int(k) => crate::vm::op::Num::Int(*k),
                    Type::String => crate::vm::op::Num::Str,
                    _ => crate::vm::op::Num::Float,
                };
                let ctx = format!("argument to {b}");
                // While only typing, convert the operands already learnt instead of evaluating each again.
                let arg = |c: &mut Self, i: usize| if c.dry > 0 { c.convert_to(ops[i].clone(), &args[i], ty, &ctx) } else { c.value_as(&args[i], ty, &ctx) };
                arg(self, 0)?;
                for i in 1..args.len() {
                    arg(self, i)?;
                    self.emit(Op::Pick(1));
                    self.emit(Op::Pick(1));
                    self.emit(Op::Bin(if b == "min" { crate::vm::op::BinOp::Lt } else { crate::vm::op::BinOp::Gt }, k));
                    let j = self.emit(Op::JumpIfNot(0));
                    self.emit(Op::Pop);
                    let end = self.emit(Op::Jump(0));
                    let l = self.here();
                    self.patch(j, l);
                    self.emit(Op::Swap);
                    self.emit(Op::Pop);
                    let l2 = self.here();
                    self.patch(end, l2);
                }
                Ok(Operand::Val(ty))
            }
            _ => Err(PosError::new(e.pos, format!("maprace does not support {b} yet (complex numbers)"))),
        }
    }

    /// A call of a package function: `sync/atomic`'s are instructions of
    /// their own; every other one is a row of `stdlib`, checked against the
    /// row's signature and emitted as one `Op::Native`.
    fn package_call(&mut self, e: &Expr, path: &str, name: &str, args: &[Expr], ellipsis: bool) -> R<Operand> {
        self.check_supported(path, e.pos)?;
        if path == "sync/atomic" {
            return self.atomic_func(e, name, args);
        }
        if path == "sync" && name == "NewCond" {
            // func NewCond(l Locker) *Cond { return &Cond{L: l} }
            if args.len() != 1 {
                let which = if args.is_empty() { "not enough" } else { "too many" };
                return Err(PosError::new(e.pos, format!("{which} arguments in call to sync.NewCond")));
            }
            let cond = self.package_type_pub("sync", "Cond").expect("sync.Cond");
            let locker = self.locker_type();
            self.set_line(e.pos);
            self.emit(Op::Zero(cond));
            self.emit(Op::Dup);
            self.emit(Op::FieldAddr(0));
            self.value_as(&args[0], locker, "argument to sync.NewCond")?;
            self.emit(Op::StoreInd);
            self.emit(Op::FieldAddr(u16::MAX));
            return Ok(Operand::Val(self.types.intern(Type::Pointer(cond))));
        }
        let pkg = path.rsplit('/').next().unwrap_or(path);
        if path == "fmt" && name == "Errorf" && !matches!(args.first().map(|a| self.type_of(a)), Some(Ok(Operand::Const(ConstVal::Str(ref f), _))) if !f.windows(2).any(|w| w == b"%w")) {
            // With %w (or a format only known when it runs): the Go source's errorf.
            return self.library_call(e, path, "errorf", args, ellipsis);
        }
        let Some(id) = stdlib::lookup(path, name) else {
            if self.library_member(path, name).is_some() {
                return self.library_call(e, path, name, args, ellipsis);
            }
            return Err(PosError::new(e.pos, stdlib::missing_member(path, name)));
        };
        let f = stdlib::func(id);
        let n = self.lib_args(e, &format!("{pkg}.{name}"), f.params, args, ellipsis)?;
        self.set_line(e.pos);
        self.emit(if ellipsis { Op::NativeSpread(id, n) } else { Op::Native(id, n) });
        let results: Vec<TypeId> = f.results.iter().map(|t| self.lib_type(*t)).collect();
        Ok(match results.len() {
            0 => Operand::Void,
            1 => Operand::Val(results[0]),
            _ => Operand::Multi(results),
        })
    }

    /// `new(expr)` (Go 1.26): a new variable holding the value of `expr`
    /// (an untyped constant takes its default type); a pointer to it.
    fn new_of_value(&mut self, x: &Expr) -> R<Operand> {
        let o = self.expr(x)?;
        if let Operand::Nil = o {
            return Err(PosError::new(x.pos, "use of untyped nil in argument to new"));
        }
        let t = self.materialize(o, x)?;
        let pt = self.types.intern(Type::Pointer(t));
        if self.types.is_aggregate(t) {
            // A copy of the struct or array, addressed as a whole.
            self.emit(Op::CopyAgg);
            self.emit(Op::FieldAddr(u16::MAX));
        } else {
            let tmp = self.temp();
            self.emit(Op::Store(tmp));
            self.emit(Op::New(t));
            self.emit(Op::Dup);
            self.emit(Op::Load(tmp));
            self.emit(Op::StoreInd);
        }
        Ok(Operand::Val(pt))
    }

    /// A package row as a function of its own (made once): its parameters
    /// pushed, the row run, its results returned.
    pub(super) fn row_func(&mut self, id: crate::vm::op::Native) -> (u32, TypeId) {
        let f = stdlib::func(id);
        let params: Vec<TypeId> = match f.params {
            stdlib::Params::Fixed(ts) => ts.iter().map(|t| self.lib_type(*t)).collect(),
            stdlib::Params::Variadic(ts, r) => {
                let mut v: Vec<TypeId> = ts.iter().map(|t| self.lib_type(*t)).collect();
                let r = self.lib_type(r);
                v.push(self.types.intern(Type::Slice(r)));
                v
            }
        };
        let results: Vec<TypeId> = f.results.iter().map(|t| self.lib_type(*t)).collect();
        let sig = self.types.intern(Type::Func(Sig { params: params.clone(), results: results.clone(), variadic: matches!(f.params, stdlib::Params::Variadic(..)) }));
        let key = format!("\u{0}row {}", stdlib::qualified_name(id));
        if let Some(Entity::Func(fid, _)) = self.pkg.get(&key) {
            return (*fid, sig);
        }
        if self.dry > 0 {
            return (0, sig); // (`type_of` leaves the compiler unchanged)
        }
        let n = params.len() as u16;
        let mut code: Vec<Op> = (0..n).map(Op::Load).collect();
        // A variadic row gets its final parameter, a slice, spread.
        code.push(if matches!(f.params, stdlib::Params::Variadic(..)) { Op::NativeSpread(id, n - 1) } else { Op::Native(id, n) });
        code.push(Op::RetFinal(results.len() as u16));
        let fid = self.funcs.len() as u32;
        let len = code.len();
        self.funcs.push(Some(Func { name: stdlib::qualified_name(id), code, lines: vec![0; len], nparams: n, nlocals: n, epilogue: len as u32 - 1, line: 0, race_name: None }));
        self.pkg.insert(key, Entity::Func(fid, sig));
        (fid, sig)
    }

    /// A call of a function of the library's Go source (`stdlib/prelude.rs`):
    /// the call of `pathꞏname`.
    fn library_call(&mut self, e: &Expr, path: &str, name: &str, args: &[Expr], ellipsis: bool) -> R<Operand> {
        let f = Expr { pos: e.pos, kind: ExprKind::Ident(stdlib::prelude::mangle(path, name)) };
        self.call(e, &f, args, ellipsis)
    }

    /// Checks and emits the arguments of a call of `what` (a package
    /// function or builtin) with parameters `params`; returns how many
    /// values it pushed (with `xs...`, how many before the slice `xs`).
    pub(super) fn lib_args(&mut self, e: &Expr, what: &str, params: stdlib::Params, args: &[Expr], ellipsis: bool) -> R<u16> {
        let (fixed, rest) = match params {
            stdlib::Params::Fixed(ts) => (ts, None),
            stdlib::Params::Variadic(ts, r) => (ts, Some(r)),
        };
        let Some(rest) = rest else {
            if ellipsis {
                return Err(PosError::new(e.pos, format!("cannot use ... in call to non-variadic {what}")));
            }
            if args.len() != fixed.len() {
                let which = if args.len() < fixed.len() { "not enough" } else { "too many" };
                return Err(PosError::new(e.pos, format!("{which} arguments in call to {what}")));
            }
            for (a, t) in args.iter().zip(fixed) {
                let t = self.lib_type(*t);
                self.value_as(a, t, &format!("argument to {what}"))?;
            }
            return Ok(args.len() as u16);
        };
        if args.len() < fixed.len() {
            return Err(PosError::new(e.pos, format!("not enough arguments in call to {what}")));
        }
        for (a, t) in args.iter().zip(fixed) {
            let t = self.lib_type(*t);
            self.value_as(a, t, &format!("argument to {what}"))?;
        }
        let from = fixed.len();
        let rest_t = self.lib_type(rest);
        if ellipsis {
            if args.len() != from + 1 {
                let which = if args.len() < from + 1 { "not enough" } else { "too many" };
                return Err(PosError::new(e.pos, format!("{which} arguments in call to {what}")));
            }
            let st = self.types.intern(Type::Slice(rest_t));
            self.value_as(&args[from], st, &format!("argument to {what}"))?;
            return Ok(from as u16);
        }
        // f(g()) with g returning several values: each becomes an argument.
        let mut known = None;
        if args.len() == from + 1 {
            if let ExprKind::Call { .. } = args[from].kind {
                let o = self.type_of(&args[from])?;
                known = Some(o.clone());
                if let Operand::Multi(ts) = o {
                    if self.dry == 0 {
                        self.expr(&args[from])?;
                    }
                    let temps: Vec<u16> = ts.iter().map(|_| self.temp()).collect();
                    for t in temps.iter().rev() {
                        self.emit(Op::Store(*t));
                    }
                    for (t, ty) in temps.iter().zip(&ts) {
                        self.emit(Op::Load(*t));
                        if rest_t == T_ANY && !self.types.is_interface(*ty) {
                            self.emit(Op::ToIface(*ty));
                        }
                    }
                    return Ok((from + ts.len()) as u16);
                }
            }
        }
        for a in &args[from..] {
            self.value_as_known(a, known.take(), rest_t, &format!("argument to {what}"))?;
        }
        Ok(args.len() as u16)
    }

    /// The `TypeId` of a type in a library signature.
    pub(super) fn lib_type(&mut self, t: stdlib::Ty) -> TypeId {
        use stdlib::Ty;
        match t {
            Ty::Bool => T_BOOL,
            Ty::Int => T_INT,
            Ty::Int64 => T_INT64,
            Ty::Uint64 => self.types.intern(Type::Int(IntKind::Uint64)),
            Ty::Byte => T_UINT8,
            Ty::Rune => T_INT32,
            Ty::Float64 => T_FLOAT64,
            Ty::String => T_STRING,
            Ty::Error => T_ERROR,
            Ty::Any => T_ANY,
            Ty::Strings => self.types.intern(Type::Slice(T_STRING)),
            Ty::Duration => self.duration_type(),
            Ty::Time => T_INT64,
            Ty::TimeChan => self.types.intern(Type::Chan(2, T_INT64)),
            Ty::Timer => {
                let t = self.package_type_pub("time", "Timer").expect("time.Timer");
                self.types.intern(Type::Pointer(t))
            }
            Ty::Func => self.types.intern(Type::Func(Sig { params: vec![], results: vec![], variadic: false })),
            Ty::Anys => self.types.intern(Type::Slice(T_ANY)),
            Ty::Ints => self.types.intern(Type::Slice(T_INT)),
        }
    }

    /// `atomic.AddInt64(&x, 1)` and friends.
    fn atomic_func(&mut self, e: &Expr, name: &str, args: &[Expr]) -> R<Operand> {
        let (op, suffix) = if let Some(s) = name.strip_prefix("Add") {
            (SyncOp::AtomicAdd, s)
        } else if let Some(s) = name.strip_prefix("Load") {
            (SyncOp::AtomicLoad, s)
        } else if let Some(s) = name.strip_prefix("Store") {
            (SyncOp::AtomicStore, s)
        } else if let Some(s) = name.strip_prefix("Swap") {
            (SyncOp::AtomicSwap, s)
        } else if let Some(s) = name.strip_prefix("CompareAndSwap") {
            (SyncOp::AtomicCas, s)
        } else {
            return Err(PosError::new(e.pos, format!("undefined: atomic.{name}")));
        };
        let vt = match suffix {
            "Int32" => T_INT32,
            "Int64" => T_INT64,
            "Uint32" => self.types.intern(Type::Int(IntKind::Uint32)),
            "Uint64" => self.types.intern(Type::Int(IntKind::Uint64)),
            _ => return Err(PosError::new(e.pos, format!("undefined: atomic.{name}"))),
        };
        let pt = self.types.intern(Type::Pointer(vt));
        let n = match op {
            SyncOp::AtomicLoad => 1,
            SyncOp::AtomicCas => 3,
            _ => 2,
        };
        if args.len() != n {
            let which = if args.len() < n { "not enough" } else { "too many" };
            return Err(PosError::new(e.pos, format!("{which} arguments in call to atomic.{name}")));
        }
        self.value_as(&args[0], pt, &format!("argument to atomic.{name}"))?;
        for a in &args[1..] {
            self.value_as(a, vt, &format!("argument to atomic.{name}"))?;
        }
        self.set_line(e.pos);
        self.emit(Op::Sync(op));
        Ok(match op {
            SyncOp::AtomicStore => Operand::Void,
            SyncOp::AtomicCas => Operand::Val(T_BOOL),
            SyncOp::AtomicAdd => {
                let k = self.types.int_kind(vt).expect("int");
                self.emit(Op::Convert(Conv::IntToInt(k)));
                Operand::Val(vt)
            }
            _ => Operand::Val(vt),
        })
    }
}

fn results(s: &Sig) -> Operand {
    match s.results.len() {
        0 => Operand::Void,
        1 => Operand::Val(s.results[0]),
        _ => Operand::Multi(s.results.clone()),
    }
}
