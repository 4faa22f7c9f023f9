//! Statements (go.dev/ref/spec#Statements): assignments, control flow,
//! `go`, `defer`, `select`, and the terminating-statement rule behind
//! `missing return`.

use super::exprstr::expr_string;
use super::expr::Operand;
use super::types::*;
use super::*;
use crate::vm::op::{BinOp, Num, Op, SelectDesc};

/// Where an assignment stores.
enum Target {
    Blank,
    Var(Rc<VarInfo>),
    /// A pointer is on the stack.
    Ptr,
    /// The map and key are on the stack.
    Map(TypeId),
}

impl<'a> Compiler<'a> {
    /// Compiles statements; an error is recorded and compilation goes on with
    /// the next statement, so that, like gc, several errors are reported.
    pub fn block_stmts(&mut self, stmts: &[Stmt]) -> R<()> {
        for s in stmts {
            let depth = self.f().scopes.len();
            let loops = self.f().loops.len();
            let nfs = self.fs.len();
            if let Err(e) = self.stmt(s) {
                self.errors.push(e);
                // (A function literal that failed inside the statement leaves its context.)
                self.fs.truncate(nfs);
                self.f().scopes.truncate(depth);
                self.f().loops.truncate(loops);
                self.recover(s);
            }
        }
        Ok(())
    }

    /// After a failed statement: count the names it mentions as used (their
    /// uses were not reached), and declare what a `:=` would have declared,
    /// with the invalid type, so later statements raise no follow-on errors.
    fn recover(&mut self, s: &Stmt) {
        let mut names = std::collections::HashSet::new();
        match &s.kind {
            // Assigning to a variable is not a use of it.
            StmtKind::Assign { lhs, op: AssignOp::Assign, rhs } => {
                for e in lhs.iter().filter(|e| !matches!(e.kind, ExprKind::Ident(_))).chain(rhs) {
                    super::escape::expr_names(e, &mut names);
                }
            }
            _ => super::escape::all_names(s, &mut names),
        }
        for n in &names {
            if let Some(Entity::Var(v)) = self.lookup(n) {
                v.used.set(true);
            }
        }
        if let StmtKind::Var(specs) = &s.kind {
            for sp in specs {
                let t = sp.ty.as_ref().and_then(|t| self.resolve_type(t).ok()).unwrap_or(T_INVALID);
                for n in &sp.names {
                    let in_scope = self.f().scopes.last().is_some_and(|sc| sc.contains_key(&n.name));
                    if n.name != "_" && !in_scope {
                        let _ = self.new_var(&n.name, t, n.pos);
                    }
                }
            }
        }
        if let StmtKind::Assign { lhs, op: AssignOp::Define, .. } = &s.kind {
            for l in lhs {
                if let ExprKind::Ident(n) = &l.kind {
                    let in_scope = self.f().scopes.last().is_some_and(|sc| sc.contains_key(n));
                    if n != "_" && !in_scope {
                        let _ = self.new_var(n, T_INVALID, l.pos);
                    }
                }
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.set_line(s.pos);
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.define(s.pos, lhs, rhs),
                AssignOp::Assign => self.assign(lhs, rhs),
                AssignOp::Op(o) => self.op_assign(s.pos, &lhs[0], o, Some(&rhs[0])),
            },
            StmtKind::IncDec(x, inc) => self.op_assign(s.pos, x, if *inc { "+" } else { "-" }, None),
            StmtKind::Send(ch, v) => {
                let t = self.value(ch)?;
                let el = match self.types.under(t) {
                    Type::Chan(2, _) => return Err(PosError::new(s.pos, format!("invalid operation: cannot send to receive-only channel {}", self.describe(ch, t)))),
                    Type::Chan(_, el) => *el,
                    _ => return Err(PosError::new(s.pos, format!("invalid operation: cannot send to non-channel {}", self.describe(ch, t)))),
                };
                self.value_as(v, el, "send")?;
                self.set_line(s.pos);
                self.emit(Op::ChanSend);
                Ok(())
            }
            StmtKind::Var(specs) => {
                for sp in specs {
                    self.local_var(sp)?;
                }
                Ok(())
            }
            StmtKind::Const(specs) => {
                for sp in specs {
                    self.const_spec(sp, false)?;
                }
                Ok(())
            }
            StmtKind::Type(specs) => {
                let defined: Vec<&TypeSpec> = specs.iter().filter(|s| !s.alias).collect();
                if let Some(e) = super::decl_order::type_cycles(&defined, true).into_iter().next() {
                    return Err(e);
                }
                for sp in specs {
                    if sp.type_params {
                        return Err(PosError::new(sp.name.pos, "generic type cannot be declared inside a function"));
                    }
                    if sp.alias {
                        let t = self.resolve_type(&sp.ty)?;
                        self.declare(&sp.name.name, Entity::Type(t), sp.name.pos)?;
                    } else {
                        let id = self.types.new_named(&sp.name.name);
                        self.declare(&sp.name.name, Entity::Type(id), sp.name.pos)?;
                        let u = self.resolve_type(&sp.ty)?;
                        self.types.set_underlying(id, u);
                    }
                }
                Ok(())
            }
            StmtKind::Go(call) => self.go_defer(call, true),
            StmtKind::Defer(call) => self.go_defer(call, false),
            StmtKind::Return(vals) => self.ret(s.pos, vals),
            StmtKind::Break(label) => self.branch(s.pos, label.as_ref(), true),
            StmtKind::Continue(label) => self.branch(s.pos, label.as_ref(), false),
            StmtKind::Goto(l) => self.goto_stmt(l),
            StmtKind::Fallthrough => Err(PosError::new(s.pos, "fallthrough statement out of place")),
            StmtKind::Block(b) => {
                self.push_scope();
                let r = self.block_stmts(&b.stmts);
                self.pop_scope();
                r
            }
            StmtKind::If { init, cond, then, els } => self.if_stmt(init.as_deref(), cond, then, els.as_deref()),
            StmtKind::For { init, cond, post, body } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range { key, value, define, x, body } => self.range_stmt(s.pos, key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Switch { init, tag, clauses, .. } => self.switch_stmt(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses),
            StmtKind::Select(clauses) => self.select_stmt(s.pos, clauses),
            StmtKind::Labeled(label, inner) => {
                self.define_label(&label.name);
                self.f().pending_label = Some(label.name.clone());
                let r = self.stmt(inner);
                self.f().pending_label = None;
                r
            }
        }
    }

    fn expr_stmt(&mut self, e: &Expr) -> R<()> {
        let is_call_or_recv = matches!(e.kind, ExprKind::Call { .. } | ExprKind::Unary("<-", _))
            || matches!(&e.kind, ExprKind::Paren(x) if matches!(x.kind, ExprKind::Call { .. } | ExprKind::Unary("<-", _)));
        let o = self.expr(e)?;
        match o {
            Operand::Void => Ok(()),
            Operand::Multi(ts) if is_call_or_recv => {
                for _ in ts {
                    self.emit(Op::Pop);
                }
                Ok(())
            }
            Operand::Val(t) if is_call_or_recv => {
                // Conversions and builtins like len are calls syntactically but not allowed as statements.
                if let ExprKind::Call { func, .. } = &e.kind {
                    if let ExprKind::Ident(n) = &func.kind {
                        if let Some(Entity::Builtin(b)) = self.lookup(n) {
                            if matches!(b, "len" | "cap" | "append" | "make" | "new" | "min" | "max") {
                                return Err(PosError::new(e.pos, format!("{} (value of type {}) is not used", expr_string(e), self.types.display(t))));
                            }
                        }
                        if let Some(Entity::Type(_)) = self.lookup(n) {
                            return Err(PosError::new(e.pos, format!("{} (value of type {}) is not used", expr_string(e), self.types.display(t))));
                        }
                    }
                }
                self.emit(Op::Pop);
                Ok(())
            }
            Operand::Const(c, t) => Err(PosError::new(
                e.pos,
                if self.types.is_untyped(t) {
                    format!("{} ({} constant) is not used", expr_string(e), self.types.display(t))
                } else {
                    format!("{} (constant {} of type {}) is not used", expr_string(e), c.to_string_go(), self.types.display(t))
                },
            )),
            Operand::Val(t) | Operand::Type(t) => Err(PosError::new(e.pos, format!("{} ({} of type {}) is not used", expr_string(e), if matches!(e.kind, ExprKind::Ident(_)) { "variable" } else { "value" }, self.types.display(t)))),
            Operand::Nil => Err(PosError::new(e.pos, "nil is not used")),
            Operand::Multi(_) => Err(PosError::new(e.pos, format!("{} is not used", expr_string(e)))),
        }
    }

    fn local_var(&mut self, sp: &VarSpec) -> R<()> {
        let ty = match &sp.ty {
            Some(t) => Some(self.resolve_type(t)?),
            None => None,
        };
        if sp.values.is_empty() {
            let t = ty.expect("var without value has a type");
            for n in &sp.names {
                self.emit(Op::Zero(t));
                let v = self.new_var(&n.name, t, n.pos)?;
                self.init_var(&v);
            }
            return Ok(());
        }
        let tys = self.var_values(&sp.names, ty, &sp.values)?;
        let tys: Vec<TypeId> = tys.iter().map(|t| self.types.default_type(*t)).collect();
        // Declare after evaluating (the scope of a new variable starts after its spec).
        let mut vars = Vec::new();
        for (n, t) in sp.names.iter().zip(&tys) {
            vars.push(self.new_var(&n.name, *t, n.pos)?);
        }
        for (v, t) in vars.iter().rev().zip(tys.iter().rev()) {
            if v.name == "_" {
                self.emit(Op::Pop);
            } else {
                if self.types.is_aggregate(*t) && sp.values.len() == sp.names.len() {
                    // value_as already copied when needed
                }
                self.init_var(v);
            }
        }
        Ok(())
    }

    fn define(&mut self, pos: Pos, lhs: &[Expr], rhs: &[Expr]) -> R<()> {
        let mut names = Vec::new();
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(n) => names.push(Ident { name: n.clone(), pos: l.pos }),
                _ => return Err(PosError::new(l.pos, format!("non-name {} on left side of :=", expr_string(l)))),
            }
        }
        // Which names are new in this scope?
        let scope_has = |c: &mut Self, n: &str| c.f().scopes.last().map(|s| s.contains_key(n)).unwrap_or(false);
        let mut any_new = false;
        let mut existing: Vec<Option<Rc<VarInfo>>> = Vec::new();
        for n in &names {
            if n.name != "_" && scope_has(self, &n.name) {
                match self.f().scopes.last().and_then(|s| s.get(&n.name)).cloned() {
                    Some(Entity::Var(v)) => existing.push(Some(v)),
                    _ => return Err(PosError::new(n.pos, format!("cannot assign to {}", n.name))),
                }
            } else {
                if n.name != "_" {
                    any_new = true;
                }
                existing.push(None);
            }
        }
        if !any_new {
            return Err(PosError::new(pos, "no new variables on left side of :="));
        }
        // Evaluate the right side.
        let tys: Vec<TypeId> = if rhs.len() == 1 && names.len() > 1 {
            self.multi_value(&rhs[0], names.len(), "variable")?
        } else if rhs.len() != names.len() {
            return Err(PosError::new(
                lhs[0].pos,
                format!("assignment mismatch: {} variable{} but {} value{}", names.len(), plural(names.len()), rhs.len(), plural(rhs.len())),
            ));
        } else {
            let mut tys = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                match &existing[i] {
                    Some(v) => {
                        let vt = v.ty;
                        self.value_as(r, vt, "assignment")?;
                        tys.push(vt);
                    }
                    None => {
                        self.name_hint(&names[i].name, r);
                        let o = self.expr(r)?;
                        let t = self.materialize(o, r)?;
                        if t == T_UNTYPED_NIL {
                            return Err(PosError::new(r.pos, "use of untyped nil in assignment"));
                        }
                        if self.types.is_aggregate(t) && !matches!(r.kind, ExprKind::Composite { .. } | ExprKind::Call { .. }) {
                            self.emit(Op::CopyAgg);
                        }
                        tys.push(self.types.default_type(t));
                    }
                }
            }
            tys
        };
        // Store in reverse order (the values are on the stack in order).
        let mut new_vars = Vec::new();
        for (n, t) in names.iter().zip(&tys) {
            new_vars.push(if existing[new_vars.len()].is_none() && n.name != "_" {
                Some((n.clone(), *t))
            } else {
                None
            });
        }
        let mut declared: Vec<Option<Rc<VarInfo>>> = Vec::new();
        for nv in &new_vars {
            declared.push(match nv {
                Some((n, t)) => Some(self.new_var(&n.name, *t, n.pos)?),
                None => None,
            });
        }
        for i in (0..names.len()).rev() {
            if names[i].name == "_" {
                self.emit(Op::Pop);
            } else if let Some(v) = &declared[i] {
                self.init_var(v);
            } else if let Some(v) = &existing[i] {
                if tys[i] != v.ty && !(tys[i] == T_UNTYPED_BOOL && self.types.is_bool(v.ty)) {
                    if self.types.is_interface(v.ty) && self.missing_method(tys[i], v.ty).is_none() {
                        self.emit(Op::ToIface(tys[i]));
                    } else {
                        return Err(PosError::new(names[i].pos, format!("cannot use value of type {} as {} value in assignment", self.types.display(tys[i]), self.types.display(v.ty))));
                    }
                }
                self.store_var(v);
            }
        }
        Ok(())
    }

    fn target(&mut self, l: &Expr) -> R<(Target, TypeId)> {
        match &l.kind {
            ExprKind::Ident(n) if n == "_" => Ok((Target::Blank, T_ANY)),
            ExprKind::Paren(x) => self.target(x),
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Entity::Var(v)) => {
                    let t = v.ty;
                    Ok((Target::Var(v), t))
                }
                Some(_) => Err(PosError::new(l.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", n))),
                None => Err(undefined(l.pos, n)),
            },
            ExprKind::Index(x, idx) => {
                let xt = self.value_type(x)?;
                if let Type::Map(k, v) = self.types.under(xt).clone() {
                    self.value(x)?;
                    self.value_as(&idx[0], k, "map index")?;
                    return Ok((Target::Map(xt), v));
                }
                if self.types.is_string(xt) {
                    return Err(PosError::new(l.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(l))));
                }
                let t = self.addr(l)?;
                Ok((Target::Ptr, t))
            }
            ExprKind::Selector(x, _) => {
                if let ExprKind::Index(m, _) = &x.kind {
                    let mt = self.value_type(m)?;
                    // A struct in a map is not addressable; a pointer in one is
                    // (`m["a"].X = 5` with `map[string]*P` writes through it).
                    if matches!(self.types.under(mt), Type::Map(_, v) if !matches!(self.types.under(*v), Type::Pointer(_))) {
                        return Err(PosError::new(l.pos, format!("cannot assign to struct field {} in map", expr_string(l))));
                    }
                }
                let t = self.addr(l)?;
                Ok((Target::Ptr, t))
            }
            ExprKind::Star(_) => {
                let t = self.addr(l)?;
                Ok((Target::Ptr, t))
            }
            _ => Err(PosError::new(l.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(l)))),
        }
    }

    fn store_target(&mut self, t: Target) {
        match t {
            Target::Blank => {
                self.emit(Op::Pop);
            }
            Target::Var(v) => self.store_var(&v),
            Target::Ptr => {
                self.emit(Op::StoreInd);
            }
            Target::Map(mt) => {
                self.emit(Op::MapAssign(mt));
            }
        }
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) -> R<()> {
        if lhs.len() == 1 && rhs.len() == 1 {
            let (t, ty) = self.target(&lhs[0])?;
            match t {
                Target::Blank => {
                    let o = self.expr(&rhs[0])?;
                    let t = self.materialize(o, &rhs[0])?;
                    if t == T_UNTYPED_NIL {
                        return Err(PosError::new(rhs[0].pos, "use of untyped nil in assignment"));
                    }
                    self.emit(Op::Pop);
                }
                t => {
                    self.name_hint(&super::exprstr::expr_string(&lhs[0]), &rhs[0]);
                    self.value_as(&rhs[0], ty, "assignment")?;
                    self.set_line(lhs[0].pos);
                    self.store_target(t);
                }
            }
            return Ok(());
        }
        // Tuple assignment: evaluate every right side first, into temporaries.
        let tys: Vec<Option<TypeId>> = if rhs.len() == 1 {
            self.multi_value(&rhs[0], lhs.len(), "variable")?.into_iter().map(Some).collect()
        } else if rhs.len() != lhs.len() {
            return Err(PosError::new(lhs[0].pos, format!("assignment mismatch: {} variable{} but {} value{}", lhs.len(), plural(lhs.len()), rhs.len(), plural(rhs.len()))));
        } else {
            let mut v = Vec::new();
            for (l, r) in lhs.iter().zip(rhs) {
                // Type of the target decides the conversion of the value.
                let target_ty = match self.without_emitting(|c| c.target(l))? {
                    (Target::Blank, _) => None,
                    (_, t) => Some(t),
                };
                match target_ty {
                    Some(t) => self.value_as(r, t, "assignment")?,
                    None => {
                        self.value(r)?;
                    }
                }
                v.push(None);
            }
            v
        };
        let temps: Vec<u16> = (0..lhs.len()).map(|_| self.temp()).collect();
        for &t in temps.iter().rev() {
            self.emit(Op::Store(t));
        }
        for (i, l) in lhs.iter().enumerate() {
            let (target, ty) = self.target(l)?;
            self.emit(Op::Load(temps[i]));
            if let (Some(t), false) = (tys[i], matches!(target, Target::Blank)) {
                if t != ty && !(t == T_UNTYPED_BOOL && self.types.is_bool(ty)) {
                    if self.types.is_interface(ty) && self.missing_method(t, ty).is_none() {
                        self.emit(Op::ToIface(t));
                    } else {
                        return Err(PosError::new(l.pos, format!("cannot use value of type {} as {} value in assignment", self.types.display(t), self.types.display(ty))));
                    }
                }
            }
            self.store_target(target);
        }
        Ok(())
    }

    /// `x op= y`, and `x++` / `x--` when `rhs` is None.
    fn op_assign(&mut self, pos: Pos, l: &Expr, op: &'static str, rhs: Option<&Expr>) -> R<()> {
        let (target, ty) = self.target(l)?;
        match &target {
            Target::Blank => return Err(PosError::new(l.pos, "cannot use _ as value")),
            Target::Var(v) => self.load_var(&v.clone()),
            Target::Ptr => {
                self.emit(Op::Dup);
                self.emit(Op::Deref);
            }
            Target::Map(mt) => {
                let mt = *mt;
                self.emit(Op::Pick(1));
                self.emit(Op::Pick(1));
                self.emit(Op::MapIndex { ty: mt, comma_ok: false });
            }
        }
        if let Target::Var(v) = &target {
            // x++ does not count as a use of x.
            let _ = v;
        }
        let shift = op == "<<" || op == ">>";
        match rhs {
            None => {
                if !self.types.is_numeric(ty) {
                    return Err(PosError::new(pos, format!("invalid operation: {}{} (non-numeric type {})", expr_string(l), if op == "+" { "++" } else { "--" }, self.types.display(ty))));
                }
                if self.types.is_float(ty) {
                    let k = self.konst(crate::vm::value::Value::Float(1.0));
                    self.emit(Op::Const(k));
                } else {
                    self.emit(Op::Int(1));
                }
            }
            Some(r) if shift => {
                let t = self.value(r)?;
                if !self.types.is_integer(t) {
                    return Err(PosError::new(r.pos, format!("invalid operation: shift count {} must be integer", self.describe(r, t))));
                }
            }
            Some(r) => self.value_as(r, ty, "assignment").map_err(|e| {
                if e.message.starts_with("cannot use") && !e.message.contains("overflows") {
                    PosError::new(pos, format!("invalid operation: {} {}= {} (mismatched types {} and {})", expr_string(l), op, expr_string(r), self.types.display(ty), e.message.split(" of type ").nth(1).and_then(|s| s.split(')').next()).unwrap_or("?")))
                } else {
                    e
                }
            })?,
        }
        let k = match self.types.under(ty) {
            Type::Int(k) => Num::Int(*k),
            Type::Float64 => Num::Float,
            Type::Float32 => Num::Float32,
            Type::String if op == "+" => Num::Str,
            _ => return Err(PosError::new(pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(l, ty)))),
        };
        let bop = BinOp::from_go(op).ok_or_else(|| PosError::new(pos, format!("invalid operation: operator {op}")))?;
        if matches!(k, Num::Float | Num::Float32) && !matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) {
            return Err(PosError::new(pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(l, ty))));
        }
        self.set_line(pos);
        self.emit(Op::Bin(bop, k));
        self.store_target(target);
        Ok(())
    }

    fn go_defer(&mut self, call: &Expr, is_go: bool) -> R<()> {
        let (func, args, ellipsis) = match &call.kind {
            ExprKind::Call { func, args, ellipsis } => (func.as_ref(), args.as_slice(), *ellipsis),
            _ => return Err(PosError::new(call.pos, "expression in go must be function call")),
        };
        let fe = match &func.kind {
            ExprKind::Paren(x) => x.as_ref(),
            _ => func,
        };
        // In a range-over-function body, `defer` is the function around the loop's (`rangefunc.rs`).
        let token = if is_go { None } else { self.f().range_func.as_ref().and_then(|r| r.token.clone()) };
        if let Some(t) = &token {
            self.load_var(t);
        }
        let at = token.is_some();
        let op = |n: u16| if is_go { Op::Go(n) } else if at { Op::DeferAt(n) } else { Op::Defer(n) };
        // A user function or a function value: evaluate it and its arguments now.
        let generic = self.generic_callee(call, fe, args, ellipsis)?;
        let direct = match &fe.kind {
            _ if generic.is_some() => generic.map(|(id, sig)| (Some(id), sig)),
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Entity::Func(id, sig)) => Some((Some(id), sig)),
                Some(Entity::Var(v)) if matches!(self.types.under(v.ty), Type::Func(_)) => Some((None, v.ty)),
                _ => None,
            },
            ExprKind::FuncLit(_) => Some((None, 0)),
            // A method expression (`defer (*T).Unlock(&t)`): a function value.
            ExprKind::Selector(x, _) if matches!(self.type_of(x), Ok(Operand::Type(_))) => Some((None, 0)),
            _ => None,
        };
        if let Some((id, sig)) = direct {
            let sig_t = match id {
                Some(id) => {
                    self.emit(Op::FuncValue(id));
                    sig
                }
                None => self.value(fe)?,
            };
            let s = self.sig_of(sig_t);
            self.args(call, fe, &s, args, ellipsis, None)?;
            self.set_line(call.pos);
            self.emit(op(s.params.len() as u16));
            if is_go && !s.results.is_empty() {
                // results of a goroutine are discarded
            }
            return Ok(());
        }
        // A method of a user type: the method's function with the receiver as first argument.
        if let ExprKind::Selector(x, sel) = &fe.kind {
            let is_pkg = matches!(&x.kind, ExprKind::Ident(p) if matches!(self.lookup(p), Some(Entity::Package(_))));
            if !is_pkg {
                let xt = self.value_type(x)?;
                let base = match self.types.under(xt) {
                    Type::Pointer(b) => *b,
                    _ => xt,
                };
                let is_field = self.types.find_field(base, &sel.name).is_some();
                if !is_field && !matches!(self.types.under(base), Type::Sync(_)) && !self.types.is_interface(xt) {
                    if let Some((path, _, m)) = self.types.find_method_deep(xt, &sel.name) {
                        if path.is_empty() {
                            self.emit(Op::FuncValue(m.func));
                            let is_ptr = matches!(self.types.under(xt), Type::Pointer(_));
                            if m.ptr_recv && !is_ptr {
                                self.addr(x)?;
                            } else {
                                self.value(x)?;
                                if !m.ptr_recv && is_ptr {
                                    self.emit(Op::Deref);
                                }
                                if !m.ptr_recv && self.types.is_aggregate(base) {
                                    self.emit(Op::CopyAgg);
                                }
                            }
                            let s = self.sig_of(m.sig);
                            self.args(call, fe, &s, args, ellipsis, None)?;
                            self.set_line(call.pos);
                            self.emit(op(s.params.len() as u16 + 1));
                            return Ok(());
                        }
                    }
                }
            }
        }
        // Anything else (builtins, package functions, sync methods, interface
        // methods): evaluate the receiver and arguments now into fresh
        // variables, and run the call in a small wrapper, as gc's
        // `gowrap`/`deferwrap` does.
        self.push_scope();
        let mut new_args = Vec::new();
        let f = self.f();
        f.wraps += 1;
        let n = f.wraps;
        let mut recv_expr = None;
        if let ExprKind::Selector(x, sel) = &fe.kind {
            let is_pkg = matches!(&x.kind, ExprKind::Ident(p) if matches!(self.lookup(p), Some(Entity::Package(_))));
            if !is_pkg {
                let xt = self.value_type(x)?;
                let name = format!("\u{1}r{n}");
                self.escaping.insert(name.clone());
                let (rt, take_addr) = if matches!(self.types.under(xt), Type::Pointer(_)) || self.types.is_interface(xt) || !self.types.is_aggregate(xt) {
                    (xt, false)
                } else {
                    (self.types.intern(Type::Pointer(xt)), true)
                };
                if take_addr {
                    self.addr(x)?;
                } else {
                    self.value(x)?;
                }
                let v = self.new_var(&name, rt, x.pos)?;
                v.used.set(true);
                self.init_var(&v);
                recv_expr = Some(Expr { pos: fe.pos, kind: ExprKind::Selector(Box::new(Expr { pos: x.pos, kind: ExprKind::Ident(name) }), sel.clone()) });
            }
        }
        let is_builtin_type_arg = matches!(&fe.kind, ExprKind::Ident(n) if n == "make" || n == "new");
        for (i, a) in args.iter().enumerate() {
            if is_builtin_type_arg && i == 0 {
                new_args.push(a.clone());
                continue;
            }
            let name = format!("\u{1}a{n}_{i}");
            self.escaping.insert(name.clone());
            let o = self.expr(a)?;
            let t = match o {
                Operand::Const(c, t) if !self.types.is_untyped(t) => {
                    self.emit_const(&c, t);
                    t
                }
                Operand::Const(c, t) => {
                    // Keep untyped constants as literals in the wrapper (they take the callee's type there).
                    let _ = (c, t);
                    new_args.push(a.clone());
                    continue;
                }
                Operand::Nil => {
                    new_args.push(a.clone());
                    continue;
                }
                o => self.materialize(o, a)?,
            };
            let v = self.new_var(&name, t, a.pos)?;
            v.used.set(true);
            self.init_var(&v);
            new_args.push(Expr { pos: a.pos, kind: ExprKind::Ident(name) });
        }
        let new_func = recv_expr.unwrap_or_else(|| fe.clone());
        let body_call = Expr { pos: call.pos, kind: ExprKind::Call { func: Box::new(new_func), args: new_args, ellipsis } };
        let lit = FuncLit {
            sig: Rc::new(FuncSig { pos: call.pos, params: vec![], results: vec![], type_params: false, tparams: vec![] }),
            body: Block { stmts: vec![Stmt { pos: call.pos, kind: StmtKind::Expr(body_call) }], lbrace: call.pos, rbrace: call.pos },
        };
        let wrap_name = format!("{}.{}wrap{}", self.f().name, if is_go { "go" } else { "defer" }, n);
        self.func_lit_named(&lit, Some(wrap_name))?;
        self.set_line(call.pos);
        self.emit(op(0));
        self.pop_scope();
        Ok(())
    }

    /// A function literal with a given name (wrappers), else numbered as gc numbers them.
    pub(super) fn func_lit_named(&mut self, f: &FuncLit, name: Option<String>) -> R<TypeId> {
        let before = self.f().lit_counter;
        let r = self.func_lit(f);
        if let Some(n) = name {
            self.f().lit_counter = before;
            if let Some(Op::MakeClosure(id, _)) = self.f().code.last().cloned() {
                if let Some(Some(func)) = self.funcs.get_mut(id as usize) {
                    func.name = n;
                }
            }
        }
        r
    }

    fn ret(&mut self, pos: Pos, vals: &[Expr]) -> R<()> {
        // (Inside a range-over-function body, the results of the function around it.)
        let real = self.real_func();
        let results: Vec<(Rc<VarInfo>, TypeId)> = self.fs[real].results.clone();
        if vals.is_empty() {
            if !results.is_empty() && !self.fs[real].named_results {
                let want: Vec<String> = results.iter().map(|(_, t)| self.types.display(*t)).collect();
                return Err(PosError::new(pos, format!("not enough return values\n\thave ()\n\twant ({})", want.join(", "))));
            }
            self.emit_return();
            return Ok(());
        }
        if vals.len() == 1 && results.len() > 1 {
            let ts = match self.expr(&vals[0])? {
                Operand::Multi(ts) => ts,
                _ => return Err(PosError::new(vals[0].pos, format!("not enough return values\n\thave ({})\n\twant ({})", "value", results.iter().map(|(_, t)| self.types.display(*t)).collect::<Vec<_>>().join(", ")))),
            };
            if ts.len() != results.len() {
                return Err(PosError::new(vals[0].pos, "wrong number of return values"));
            }
            for (v, _) in results.iter().rev() {
                self.store_var(v);
            }
            self.set_line(pos);
            self.emit_return();
            return Ok(());
        }
        if vals.len() != results.len() {
            let want: Vec<String> = results.iter().map(|(_, t)| self.types.display(*t)).collect();
            let which = if vals.len() > results.len() { "too many" } else { "not enough" };
            return Err(PosError::new(vals[0].pos, format!("{} return values\n\thave ({})\n\twant ({})", which, vals.iter().map(|_| "value").collect::<Vec<_>>().join(", "), want.join(", "))));
        }
        for (v, (_, t)) in vals.iter().zip(&results) {
            self.value_as(v, *t, "return statement")?;
        }
        for (v, _) in results.iter().rev() {
            self.store_var(v);
        }
        self.set_line(pos);
        self.emit_return();
        Ok(())
    }

    /// Stores the value on the stack (of type `ty`) in an iteration
    /// variable of a `for k, v = range …` (an assignment's target).
    pub(super) fn assign_iteration_var(&mut self, t: &Expr, ty: TypeId) -> R<()> {
        let tmp = self.temp();
        self.emit(Op::Store(tmp));
        let (target, tty) = self.target(t)?;
        self.emit(Op::Load(tmp));
        if tty != ty && !matches!(target, Target::Blank) {
            if self.types.is_interface(tty) {
                self.emit(Op::ToIface(ty));
            } else {
                return Err(PosError::new(t.pos, format!("cannot use {} (value of type {}) as {} value in range", expr_string(t), self.types.display(ty), self.types.display(tty))));
            }
        }
        self.store_target(target);
        Ok(())
    }

    pub(super) fn branch(&mut self, pos: Pos, label: Option<&Ident>, is_break: bool) -> R<()> {
        let loops = &self.fs.last().expect("func").loops;
        let idx = match label {
            Some(l) => loops.iter().rposition(|lp| lp.label.as_deref() == Some(&l.name)),
            None => {
                if is_break {
                    loops.iter().rposition(|_| true)
                } else {
                    loops.iter().rposition(|lp| !lp.breakable_only)
                }
            }
        };
        // Leaving `range` loops over maps gives their iterators back: the frame
        // keeps those of the map loops enclosing the target (and the target's
        // own on `continue`).
        let leave = idx.and_then(|i| {
            let depth = loops.iter().filter(|lp| lp.map_range).count();
            let keep = loops[..i].iter().filter(|lp| lp.map_range).count() + (!is_break && loops[i].map_range) as usize;
            (keep < depth).then_some(keep as u16)
        });
        if idx.is_none() && self.range_branch(label, is_break) {
            // Out of a range-over-function body (`rangefunc.rs`).
            return Ok(());
        }
        let j = match leave {
            Some(keep) => self.emit(Op::LeaveRange { target: 0, keep }),
            None => self.emit(Op::Jump(0)),
        };
        let loops = &mut self.fs.last_mut().expect("func").loops;
        match idx {
            Some(i) => {
                if !is_break && loops[i].breakable_only {
                    return Err(PosError::new(pos, format!("invalid continue label {}", label.map(|l| l.name.as_str()).unwrap_or(""))));
                }
                if is_break {
                    loops[i].breaks.push(j);
                } else {
                    loops[i].continues.push(j);
                }
                Ok(())
            }
            None => Err(PosError::new(
                pos,
                match (label, is_break) {
                    (Some(l), true) => format!("invalid break label {}", l.name),
                    (Some(l), false) => format!("invalid continue label {}", l.name),
                    (None, true) => "break is not in a loop, switch, or select".into(),
                    (None, false) => "continue is not in a loop".into(),
                },
            )),
        }
    }

    fn push_loop(&mut self, breakable_only: bool) {
        let label = self.f().pending_label.take();
        self.f().loops.push(LoopCtx { label, breaks: Vec::new(), continues: Vec::new(), breakable_only, map_range: false });
    }

    fn pop_loop(&mut self, continue_target: u32, break_target: u32) {
        let lp = self.f().loops.pop().expect("loop");
        for j in lp.breaks {
            self.patch(j, break_target);
        }
        for j in lp.continues {
            self.patch(j, continue_target);
        }
    }

    fn cond(&mut self, e: &Expr, what: &str) -> R<()> {
        let t = self.value(e)?;
        if !self.types.is_bool(t) && t != T_INVALID {
            return Err(PosError::new(e.pos, format!("non-boolean condition in {what} statement")));
        }
        Ok(())
    }

    fn if_stmt(&mut self, init: Option<&Stmt>, cond: &Expr, then: &Block, els: Option<&Stmt>) -> R<()> {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        self.set_line(cond.pos);
        self.cond(cond, "if")?;
        let jf = self.emit(Op::JumpIfNot(0));
        self.push_scope();
        self.block_stmts(&then.stmts)?;
        self.pop_scope();
        match els {
            Some(e) => {
                let jend = self.emit(Op::Jump(0));
                let l = self.here();
                self.patch(jf, l);
                self.push_scope();
                self.stmt(e)?;
                self.pop_scope();
                let end = self.here();
                self.patch(jend, end);
            }
            None => {
                let l = self.here();
                self.patch(jf, l);
            }
        }
        self.pop_scope();
        Ok(())
    }

    fn for_stmt(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>, body: &Block) -> R<()> {
        self.push_scope();
        let before = self.f().declared.len();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        // Go 1.22: each iteration has its own copy of variables declared in init.
        let loop_vars: Vec<Rc<VarInfo>> = self.f().declared[before..].iter().filter(|v| matches!(v.loc, Loc::Boxed(_))).cloned().collect();
        self.push_loop(false);
        let top = self.here();
        let jf = match cond {
            Some(c) => {
                self.set_line(c.pos);
                self.cond(c, "for")?;
                Some(self.emit(Op::JumpIfNot(0)))
            }
            None => None,
        };
        self.push_scope();
        self.block_stmts(&body.stmts)?;
        self.pop_scope();
        let cont = self.here();
        for v in &loop_vars {
            if let Loc::Boxed(s) = v.loc {
                self.emit(Op::LoadBox(s));
                self.emit(Op::NewBox(s));
            }
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        self.emit(Op::Jump(top));
        let end = self.here();
        if let Some(j) = jf {
            self.patch(j, end);
        }
        self.pop_loop(cont, end);
        self.pop_scope();
        Ok(())
    }

    fn range_stmt(&mut self, pos: Pos, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block) -> R<()> {
        self.push_scope();
        let o = self.expr(x)?;
        let xt = match o {
            Operand::Const(c, t) if self.types.is_integer(t) => {
                self.emit_const(&c, T_INT);
                T_INT
            }
            o => self.materialize(o, x)?,
        };
        let mut xt = xt;
        if let Type::Pointer(p) = self.types.under(xt).clone() {
            if matches!(self.types.under(p), Type::Array(..)) {
                self.emit(Op::Deref);
                xt = p;
            }
        }
        let under = self.types.under(xt).clone();
        let (kt, vt) = match &under {
            Type::Int(_) => (xt, None),
            Type::Slice(el) | Type::Array(_, el) => (T_INT, Some(*el)),
            Type::String => (T_INT, Some(T_INT32)),
            Type::Map(k, v) => (*k, Some(*v)),
            Type::Chan(d, el) => {
                if *d == 1 {
                    return Err(PosError::new(x.pos, format!("invalid operation: range {} receive from send-only channel", expr_string(x))));
                }
                if value.is_some() {
                    return Err(PosError::new(value.map(|v| v.pos).unwrap_or(pos), format!("range over {} permits only one iteration variable", self.describe(x, xt))));
                }
                (*el, None)
            }
            Type::Func(_) => {
                let r = self.range_func(pos, key, value, define, x, body, xt);
                self.pop_scope();
                return r;
            }
            _ => return Err(PosError::new(x.pos, format!("cannot range over {}", self.describe(x, xt)))),
        };
        if value.is_some() && vt.is_none() {
            return Err(PosError::new(value.map(|v| v.pos).unwrap_or(pos), format!("range over {} permits only one iteration variable", self.describe(x, xt))));
        }
        let src = self.temp();
        self.emit(Op::Store(src));
        self.push_loop(false);
        // Each kind leaves (key[, value]) on the stack at `assign`, then the body runs.
        let (top, exit_jump, cont_code): (u32, usize, Box<dyn Fn(&mut Self)>);
        match &under {
            Type::Int(_) | Type::Slice(_) | Type::Array(..) => {
                let n = self.temp();
                let i = self.temp();
                self.emit(Op::Load(src));
                if !matches!(under, Type::Int(_)) {
                    self.emit(Op::Len);
                }
                self.emit(Op::Store(n));
                self.emit(Op::Int(0));
                self.emit(Op::Store(i));
                top = self.here();
                self.emit(Op::Load(i));
                self.emit(Op::Load(n));
                let k = match under {
                    Type::Int(k) => k,
                    _ => IntKind::Int,
                };
                self.emit(Op::Bin(BinOp::Lt, Num::Int(k)));
                exit_jump = self.emit(Op::JumpIfNot(0));
                self.emit(Op::Load(i));
                if value.is_some() {
                    self.emit(Op::Load(src));
                    self.emit(Op::Load(i));
                    self.emit(Op::Index);
                    if self.types.is_aggregate(vt.expect("value type")) {
                        self.emit(Op::CopyAgg);
                    }
                }
                cont_code = Box::new(move |c: &mut Self| {
                    c.emit(Op::Load(i));
                    c.emit(Op::Int(1));
                    c.emit(Op::Bin(BinOp::Add, Num::Int(k)));
                    c.emit(Op::Store(i));
                });
            }
            Type::String => {
                let i = self.temp();
                let next = self.temp();
                let r = self.temp();
                self.emit(Op::Int(0));
                self.emit(Op::Store(next));
                top = self.here();
                self.emit(Op::Load(next));
                self.emit(Op::Store(i));
                self.emit(Op::Load(src));
                self.emit(Op::Load(i));
                exit_jump = self.emit(Op::StrRangeNext(0));
                self.emit(Op::Store(r));
                self.emit(Op::Store(next));
                self.emit(Op::Load(i));
                if value.is_some() {
                    self.emit(Op::Load(r));
                }
                cont_code = Box::new(|_c: &mut Self| {});
            }
            Type::Map(..) => {
                self.f().loops.last_mut().expect("loop").map_range = true;
                let it = self.temp();
                self.set_line(pos);
                self.emit(Op::Load(src));
                self.emit(Op::MapRangeInit(xt));
                self.emit(Op::Store(it));
                top = self.here();
                self.emit(Op::Load(it));
                exit_jump = self.emit(Op::MapRangeNext(0));
                if value.is_none() {
                    self.emit(Op::Pop);
                } else if self.types.is_aggregate(vt.expect("value type")) {
                    self.emit(Op::CopyAgg);
                }
                cont_code = Box::new(|_c: &mut Self| {});
            }
            Type::Chan(..) => {
                top = self.here();
                self.emit(Op::Load(src));
                self.emit(Op::ChanRecv(true));
                // [v, ok]: exit when closed (the value is popped at the exit)
                let j = self.emit(Op::JumpIfNot(0));
                exit_jump = j;
                cont_code = Box::new(|_c: &mut Self| {});
            }
            _ => unreachable!(),
        }
        // Assign key (and value) — they are on the stack as [key, value].
        let targets: Vec<Option<&Expr>> = vec![key, value];
        let tys = [Some(kt), vt];
        let nvals = if value.is_some() || (vt.is_some() && !matches!(under, Type::Map(..))) && false { 2 } else { if value.is_some() { 2 } else { 1 } };
        self.push_scope();
        for idx in (0..nvals).rev() {
            let ty = tys[idx].expect("type");
            match targets[idx] {
                None => {
                    self.emit(Op::Pop);
                }
                Some(t) if define => {
                    let name = match &t.kind {
                        ExprKind::Ident(n) => n.clone(),
                        _ => return Err(PosError::new(t.pos, format!("non-name {} on left side of :=", expr_string(t)))),
                    };
                    if name == "_" {
                        self.emit(Op::Pop);
                        continue;
                    }
                    let v = self.new_var(&name, ty, t.pos)?;
                    self.init_var(&v);
                }
                Some(t) => self.assign_iteration_var(t, ty)?,
            }
        }
        self.block_stmts(&body.stmts)?;
        self.pop_scope();
        let cont = self.here();
        cont_code(self);
        self.emit(Op::Jump(top));
        let end = self.here();
        self.patch(exit_jump, end);
        if matches!(under, Type::Chan(..)) {
            self.emit(Op::Pop);
        }
        let after = self.here();
        self.pop_loop(cont, if matches!(under, Type::Chan(..)) { after } else { end });
        self.pop_scope();
        Ok(())
    }

    fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, clauses: &[CaseClause]) -> R<()> {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let tag_slot = self.temp();
        let tag_ty = match tag {
            Some(t) => {
                let o = self.expr(t)?;
                let ty = self.materialize(o, t)?;
                self.emit(Op::Store(tag_slot));
                Some(ty)
            }
            None => None,
        };
        if clauses.iter().filter(|c| c.default).count() > 1 {
            let second = clauses.iter().filter(|c| c.default).nth(1).expect("second default");
            return Err(PosError::new(second.pos, "multiple defaults in switch"));
        }
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in &c.exprs {
                self.set_line(e.pos);
                match tag_ty {
                    Some(tt) => {
                        self.emit(Op::Load(tag_slot));
                        let o = self.expr(e)?;
                        let et = match o {
                            Operand::Const(cv, ct) => {
                                let to = if self.types.is_interface(tt) { self.types.default_type(ct) } else { tt };
                                self.convert_to(Operand::Const(cv, ct), e, to, "switch case").map_err(|_| {
                                    PosError::new(e.pos, format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_string(e), expr_string(tag.expect("tag")), self.types.display(ct), self.types.display(tt)))
                                })?;
                                if self.types.is_interface(tt) {
                                    self.emit(Op::ToIface(to));
                                }
                                tt
                            }
                            Operand::Nil => {
                                self.emit(Op::Nil);
                                tt
                            }
                            o => {
                                let t = self.materialize(o, e)?;
                                if t != tt {
                                    if self.types.is_interface(tt) {
                                        self.emit(Op::ToIface(t));
                                    } else if !(t == T_UNTYPED_BOOL && self.types.is_bool(tt)) {
                                        return Err(PosError::new(e.pos, format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_string(e), expr_string(tag.expect("tag")), self.types.display(t), self.types.display(tt))));
                                    }
                                }
                                tt
                            }
                        };
                        self.emit(Op::Eq(et));
                    }
                    None => self.cond(e, "case").map_err(|_| PosError::new(e.pos, format!("invalid case {} in switch (mismatched types {} and bool)", expr_string(e), "untyped")))?,
                }
                js.push(self.emit(Op::JumpIf(0)));
            }
            body_jumps.push(js);
        }
        let to_default = self.emit(Op::Jump(0));
        self.push_loop(true);
        let mut ends = Vec::new();
        let mut default_at = None;
        for (i, c) in clauses.iter().enumerate() {
            let at = self.here();
            for &j in &body_jumps[i] {
                self.patch(j, at);
            }
            if c.default {
                default_at = Some(at);
            }
            self.push_scope();
            let (body, falls) = match c.body.last() {
                Some(Stmt { kind: StmtKind::Fallthrough, pos }) => {
                    if i + 1 == clauses.len() {
                        return Err(PosError::new(*pos, "cannot fallthrough final case in switch"));
                    }
                    (&c.body[..c.body.len() - 1], true)
                }
                _ => (&c.body[..], false),
            };
            self.block_stmts(body)?;
            self.pop_scope();
            if !falls {
                ends.push(self.emit(Op::Jump(0)));
            }
        }
        let end = self.here();
        self.patch(to_default, default_at.unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        self.pop_loop(end, end);
        self.pop_scope();
        Ok(())
    }

    fn type_switch(&mut self, init: Option<&Stmt>, bind: Option<&Ident>, x: &Expr, clauses: &[CaseClause]) -> R<()> {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let xt = self.value(x)?;
        if !self.types.is_interface(xt) {
            return Err(PosError::new(x.pos, format!("{} is not an interface", self.describe(x, xt))));
        }
        let slot = self.temp();
        self.emit(Op::Store(slot));
        let mut case_types: Vec<Vec<Option<TypeId>>> = Vec::new();
        let mut body_jumps = Vec::new();
        for c in clauses {
            let mut ts = Vec::new();
            let mut js = Vec::new();
            for e in &c.exprs {
                self.emit(Op::Load(slot));
                if matches!(&e.kind, ExprKind::Ident(n) if n == "nil") {
                    self.emit(Op::Nil);
                    self.emit(Op::Eq(T_ANY));
                    ts.push(None);
                } else {
                    let t = self.resolve_type(e)?;
                    if !self.types.is_interface(t) {
                        if let Some(m) = self.missing_method(t, xt) {
                            return Err(PosError::new(e.pos, format!("impossible type switch case: {} cannot have dynamic type {} ({})", self.describe(x, xt), self.types.display(t), m.split(" (").nth(1).unwrap_or("").trim_end_matches(')'))));
                        }
                    }
                    self.emit(Op::TypeIs(t));
                    ts.push(Some(t));
                }
                js.push(self.emit(Op::JumpIf(0)));
            }
            case_types.push(ts);
            body_jumps.push(js);
        }
        let to_default = self.emit(Op::Jump(0));
        self.push_loop(true);
        let mut ends = Vec::new();
        let mut default_at = None;
        let mut bind_vars = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            let at = self.here();
            for &j in &body_jumps[i] {
                self.patch(j, at);
            }
            if c.default {
                default_at = Some(at);
            }
            self.push_scope();
            if let Some(b) = bind {
                let ty = match case_types[i].as_slice() {
                    [Some(t)] => *t,
                    _ => xt,
                };
                self.emit(Op::Load(slot));
                if ty != xt {
                    self.emit(Op::TypeAssert(ty, false));
                }
                let v = self.new_var(&b.name, ty, b.pos)?;
                self.init_var(&v);
                bind_vars.push(v);
            }
            self.block_stmts(&c.body)?;
            self.pop_scope();
            ends.push(self.emit(Op::Jump(0)));
        }
        if let Some(b) = bind {
            // `v declared and not used` only when no clause uses it.
            let any_used = bind_vars.iter().any(|v| v.used.get());
            for v in &bind_vars {
                v.used.set(true);
            }
            if !any_used {
                self.errors.push(PosError::new(b.pos, format!("declared and not used: {}", b.name)));
            }
        }
        let end = self.here();
        self.patch(to_default, default_at.unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        self.pop_loop(end, end);
        self.pop_scope();
        Ok(())
    }

    fn select_stmt(&mut self, pos: Pos, clauses: &[CommClause]) -> R<()> {
        // Evaluate every channel (and value to send) in source order.
        let mut kinds = Vec::new();
        let mut has_default = false;
        let mut recv_types = Vec::new();
        for c in clauses {
            match &c.comm {
                None => {
                    if has_default {
                        return Err(PosError::new(c.pos, "multiple defaults in select"));
                    }
                    has_default = true;
                    recv_types.push(None);
                }
                Some(s) => match &s.kind {
                    StmtKind::Send(ch, v) => {
                        let t = self.value(ch)?;
                        let el = match self.types.under(t) {
                            Type::Chan(_, el) => *el,
                            _ => return Err(PosError::new(ch.pos, format!("invalid operation: cannot send to non-channel {}", self.describe(ch, t)))),
                        };
                        self.value_as(v, el, "send")?;
                        kinds.push(1u8);
                        recv_types.push(None);
                    }
                    _ => {
                        let recv = select_recv_expr(s).ok_or_else(|| PosError::new(s.pos, "select case must be receive, send or assign recv"))?;
                        let t = self.value(recv)?;
                        let el = match self.types.under(t) {
                            Type::Chan(_, el) => *el,
                            _ => return Err(PosError::new(recv.pos, format!("invalid operation: cannot receive from non-channel {}", self.describe(recv, t)))),
                        };
                        kinds.push(0u8);
                        recv_types.push(Some(el));
                    }
                },
            }
        }
        let desc = self.selects.len() as u32;
        self.selects.push(SelectDesc { cases: kinds, has_default });
        self.set_line(pos);
        self.emit(Op::Select(desc));
        // Stack: [value, ok, index]. Dispatch on the index (default = -1).
        let idx = self.temp();
        let val = self.temp();
        let ok = self.temp();
        self.emit(Op::Store(idx));
        self.emit(Op::Store(ok));
        self.emit(Op::Store(val));
        self.push_loop(true);
        let mut ends = Vec::new();
        let mut ci = 0i64;
        for (c, rt) in clauses.iter().zip(&recv_types) {
            let my = if c.comm.is_none() { -1 } else { ci };
            if c.comm.is_some() {
                ci += 1;
            }
            self.emit(Op::Load(idx));
            self.emit(Op::Int(my));
            self.emit(Op::Eq(T_INT));
            let skip = self.emit(Op::JumpIfNot(0));
            self.push_scope();
            if let (Some(s), Some(el)) = (&c.comm, rt) {
                self.select_assign(s, *el, val, ok)?;
            }
            self.block_stmts(&c.body)?;
            self.pop_scope();
            ends.push(self.emit(Op::Jump(0)));
            let next = self.here();
            self.patch(skip, next);
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.pop_loop(end, end);
        Ok(())
    }

    fn select_assign(&mut self, s: &Stmt, el: TypeId, val: u16, ok: u16) -> R<()> {
        match &s.kind {
            StmtKind::Expr(_) => Ok(()),
            StmtKind::Assign { lhs, op, .. } => {
                let define = matches!(op, AssignOp::Define);
                for (i, l) in lhs.iter().enumerate() {
                    let (slot, ty) = if i == 0 { (val, el) } else { (ok, T_BOOL) };
                    if define {
                        let name = match &l.kind {
                            ExprKind::Ident(n) => n.clone(),
                            _ => return Err(PosError::new(l.pos, format!("non-name {} on left side of :=", expr_string(l)))),
                        };
                        if name == "_" {
                            continue;
                        }
                        self.emit(Op::Load(slot));
                        let v = self.new_var(&name, ty, l.pos)?;
                        self.init_var(&v);
                    } else {
                        let (target, tty) = self.target(l)?;
                        self.emit(Op::Load(slot));
                        if tty != ty && self.types.is_interface(tty) {
                            self.emit(Op::ToIface(ty));
                        }
                        self.store_target(target);
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

fn select_recv_expr(s: &Stmt) -> Option<&Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => &rhs[0],
        _ => return None,
    };
    match &e.kind {
        ExprKind::Unary("<-", x) => Some(x),
        _ => None,
    }
}

/// go.dev/ref/spec#Terminating_statements
pub fn terminates_list(stmts: &[Stmt]) -> bool {
    stmts.last().map(terminates).unwrap_or(false)
}

fn terminates(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(Expr { kind: ExprKind::Call { func, .. }, .. }) => matches!(&func.kind, ExprKind::Ident(n) if n == "panic"),
        StmtKind::Block(b) => terminates_list(&b.stmts),
        StmtKind::If { then, els, .. } => terminates_list(&then.stmts) && els.as_ref().map(|e| terminates(e)).unwrap_or(false),
        StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, None, true),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| c.default)
                && clauses.iter().all(|c| {
                    !has_break(&c.body, None, true) && (terminates_list(&c.body) || matches!(c.body.last(), Some(Stmt { kind: StmtKind::Fallthrough, .. })))
                })
        }
        StmtKind::Select(clauses) => clauses.iter().all(|c| !has_break(&c.body, None, true) && terminates_list(&c.body)),
        StmtKind::Labeled(l, inner) => match &inner.kind {
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, Some(&l.name), true),
            _ => terminates(inner),
        },
        _ => false,
    }
}

/// Does the list contain a `break` that targets the enclosing statement?
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => has_break(&then.stmts, label, top) || els.as_ref().map(|e| has_break(std::slice::from_ref(e), label, top)).unwrap_or(false),
        StmtKind::Labeled(_, inner) => has_break(std::slice::from_ref(inner), label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(clauses) => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}
