//! Expressions: each is type-checked and emitted in one go. Constants are
//! not emitted until their type is known (`Operand::Const`).

use super::consts::{self, ConstVal};
use super::exprstr::expr_string;
use super::types::*;
use super::*;
use crate::vm::op::{BinOp, Num, Op};

/// What an expression turned out to be.
#[derive(Debug, Clone)]
pub(crate) enum Operand {
    /// A constant, not yet emitted.
    Const(ConstVal, TypeId),
    /// `nil`, not yet emitted.
    Nil,
    /// One value, on the stack.
    Val(TypeId),
    /// Several values (a call), on the stack.
    Multi(Vec<TypeId>),
    /// A call with no result.
    Void,
    /// The expression names a type.
    Type(TypeId),
}

impl<'a> Compiler<'a> {
    pub fn const_expr(&mut self, e: &Expr, iota: i64) -> R<(ConstVal, TypeId)> {
        let pushed = self.fs.is_empty();
        if pushed {
            self.fs.push(FuncCtx::new(u32::MAX, "const".into()));
        }
        let old = self.iota.replace(iota as i128);
        let r = self.type_of(e);
        self.iota = old;
        if pushed {
            self.fs.pop();
        }
        match r? {
            Operand::Const(c, t) => Ok((c, t)),
            _ => Err(PosError::new(e.pos, format!("{} is not constant", expr_string(e)))),
        }
    }

    /// Compiles `e` and leaves exactly one value on the stack, with its default type.
    pub fn value(&mut self, e: &Expr) -> R<TypeId> {
        let op = self.expr(e)?;
        self.materialize(op, e)
    }

    pub fn materialize(&mut self, op: Operand, e: &Expr) -> R<TypeId> {
        match op {
            Operand::Const(c, t) => {
                let t = self.types.default_type(t);
                self.emit_const(&c, t);
                Ok(t)
            }
            Operand::Nil => {
                self.emit(Op::Nil);
                Ok(T_UNTYPED_NIL)
            }
            Operand::Val(t) => Ok(t),
            Operand::Multi(ts) => Err(PosError::new(e.pos, format!("multiple-value {} (value of type {}) in single-value context", expr_string(e), self.tuple_name(&ts)))),
            Operand::Void => Err(PosError::new(e.pos, format!("{} (no value) used as value", expr_string(e)))),
            Operand::Type(t) => Err(PosError::new(e.pos, format!("{} (type) is not an expression", self.types.display(t)))),
        }
    }

    pub fn tuple_name(&self, ts: &[TypeId]) -> String {
        let parts: Vec<String> = ts.iter().map(|t| self.types.display(*t)).collect();
        format!("({})", parts.join(", "))
    }

    /// Compiles `e` converted to type `to`, as an assignment does; copies aggregates.
    pub fn value_as(&mut self, e: &Expr, to: TypeId, ctx: &str) -> R<()> {
        let op = self.expr(e)?;
        self.convert_to(op, e, to, ctx)?;
        if self.types.is_aggregate(to) && !matches!(e.kind, ExprKind::Composite { .. } | ExprKind::Call { .. }) {
            self.emit(Op::CopyAgg);
        }
        Ok(())
    }

    /// Checks assignability (go.dev/ref/spec#Assignability) and emits the conversion.
    pub fn convert_to(&mut self, op: Operand, e: &Expr, to: TypeId, ctx: &str) -> R<()> {
        match op {
            Operand::Const(c, ct) => {
                if self.types.is_interface(to) {
                    if !self.types.is_untyped(ct) {
                        self.emit_const(&c, ct);
                        return self.convert_value(ct, e, to, ctx);
                    }
                    if let Type::Interface(ms) = self.types.under(to) {
                        if !ms.is_empty() {
                            let dt = self.types.default_type(ct);
                            return Err(self.not_assignable(e, dt, to, ctx, self.missing_method(dt, to)));
                        }
                    }
                    let dt = self.types.default_type(ct);
                    self.emit_const(&c, dt);
                    self.emit(Op::ToIface(dt));
                    return Ok(());
                }
                if !self.types.is_untyped(ct) && ct != to {
                    return Err(PosError::new(
                        e.pos,
                        format!("cannot use {} (constant {} of type {}) as {} value in {}", expr_string(e), c.to_string_go(), self.types.display(ct), self.types.display(to), ctx),
                    ));
                }
                match consts::represent(&self.types, &c, to) {
                    Ok(c2) => {
                        self.emit_const(&c2, to);
                        Ok(())
                    }
                    Err(why) => Err(self.const_conv_error(e, &c, ct, to, why, ctx)),
                }
            }
            Operand::Nil => {
                if self.types.is_nillable(to) {
                    self.emit(Op::Nil);
                    Ok(())
                } else {
                    Err(PosError::new(e.pos, format!("cannot use nil as {} value in {}", self.types.display(to), ctx)))
                }
            }
            Operand::Val(t) => self.convert_value(t, e, to, ctx),
            other => {
                self.materialize(other, e)?;
                Ok(())
            }
        }
    }

    fn convert_value(&mut self, t: TypeId, e: &Expr, to: TypeId, ctx: &str) -> R<()> {
        if t == to || t == T_INVALID || to == T_INVALID {
            return Ok(());
        }
        if t == T_UNTYPED_BOOL && self.types.is_bool(to) {
            return Ok(());
        }
        if self.types.is_interface(to) {
            if self.types.is_interface(t) {
                if let Some(m) = self.missing_method(t, to) {
                    return Err(self.not_assignable(e, t, to, ctx, Some(m)));
                }
                return Ok(());
            }
            if let Some(m) = self.missing_method(t, to) {
                return Err(self.not_assignable(e, t, to, ctx, Some(m)));
            }
            let dt = if t == T_UNTYPED_BOOL { T_BOOL } else { t };
            self.emit(Op::ToIface(dt));
            return Ok(());
        }
        let (ut, uto) = (self.types.underlying(t), self.types.underlying(to));
        if ut == uto && (!self.types.is_named(t) || !self.types.is_named(to)) {
            return Ok(());
        }
        if let (Type::Chan(0, a), Type::Chan(_, b)) = (self.types.get(ut), self.types.get(uto)) {
            if a == b {
                return Ok(());
            }
        }
        Err(self.not_assignable(e, t, to, ctx, None))
    }

    fn not_assignable(&self, e: &Expr, t: TypeId, to: TypeId, ctx: &str, why: Option<String>) -> PosError {
        let what = self.describe(e, t);
        let mut msg = format!("cannot use {} as {} value in {}", what, self.types.display(to), ctx);
        if let Some(w) = why {
            msg.push_str(&format!(": {w}"));
        }
        PosError::new(e.pos, msg)
    }

    /// `x (variable of type int)` / `f() (value of type int)`, as types2 describes operands.
    pub fn describe(&self, e: &Expr, t: TypeId) -> String {
        let kind = match &e.kind {
            ExprKind::Ident(_) => "variable",
            ExprKind::Selector(..) => "variable",
            _ => "value",
        };
        let tn = self.types.display(t);
        if let Type::Struct(_) = self.types.get(t) {
            return format!("{} ({} of struct type {})", expr_string(e), kind, tn);
        }
        format!("{} ({} of type {})", expr_string(e), kind, tn)
    }

    /// Why `t` does not implement interface `iface`, or None if it does.
    pub fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let ms = match self.types.under(iface) {
            Type::Interface(ms) => ms.clone(),
            _ => return None,
        };
        let tn = self.types.display(t);
        let inn = self.types.display(iface);
        for (name, sig) in ms {
            if let Type::Interface(tms) = self.types.under(t) {
                if !tms.iter().any(|(n, s)| *n == name && *s == sig) {
                    return Some(format!("{tn} does not implement {inn} (missing method {name})"));
                }
                continue;
            }
            let (is_ptr, base) = match self.types.get(t) {
                Type::Pointer(b) => (true, *b),
                _ => (false, t),
            };
            match self.types.find_method_deep(base, &name) {
                Some((_, _, m)) => {
                    if m.ptr_recv && !is_ptr {
                        return Some(format!("{tn} does not implement {inn} (method {name} has pointer receiver)"));
                    }
                    if m.sig != sig {
                        return Some(format!("{tn} does not implement {inn} (wrong type for method {name})"));
                    }
                }
                None => return Some(self.embedded_interface_method(base, &name).unwrap_or_else(|| format!("{tn} does not implement {inn} (missing method {name})"))),
            }
        }
        None
    }

    pub fn expr(&mut self, e: &Expr) -> R<Operand> {
        match &e.kind {
            ExprKind::Ident(n) => self.ident(e, n),
            ExprKind::Int(s) => match consts::parse_int_lit(s) {
                Some(v) => Ok(Operand::Const(ConstVal::Int(v), T_UNTYPED_INT)),
                None => Err(PosError::new(e.pos, format!("integer constant overflow: {s}"))),
            },
            ExprKind::Float(s) => match s.replace('_', "").parse::<f64>() {
                Ok(f) => Ok(Operand::Const(ConstVal::Float(f), T_UNTYPED_FLOAT)),
                Err(_) => Err(PosError::new(e.pos, format!("invalid float literal {s}"))),
            },
            ExprKind::Imag(_) => Err(PosError::new(e.pos, "maprace does not support complex numbers yet")),
            ExprKind::Char(c) => Ok(Operand::Const(ConstVal::Int(*c as i128), T_UNTYPED_RUNE)),
            ExprKind::Str(s) => Ok(Operand::Const(ConstVal::Str(Rc::from(&s[..])), T_UNTYPED_STRING)),
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Binary(op, a, b) => self.binary(e, op, a, b),
            ExprKind::Unary(op, x) => self.unary(e, op, x),
            ExprKind::Star(x) => {
                let op = self.expr(x)?;
                if let Operand::Type(t) = op {
                    return Ok(Operand::Type(self.types.intern(Type::Pointer(t))));
                }
                let t = self.materialize(op, x)?;
                match self.types.under(t) {
                    Type::Pointer(el) => {
                        let el = *el;
                        self.emit(Op::Deref);
                        Ok(Operand::Val(el))
                    }
                    _ => Err(PosError::new(e.pos, format!("invalid operation: cannot indirect {}", self.describe(x, t)))),
                }
            }
            ExprKind::Call { func, args, ellipsis } => self.call(e, func, args, *ellipsis),
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index(e, x, idx),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::TypeAssert(x, t) => {
                let t = match t {
                    Some(t) => t,
                    None => return Err(PosError::new(e.pos, "invalid syntax tree: use of .(type) outside type switch")),
                };
                let xt = self.value(x)?;
                if !self.types.is_interface(xt) {
                    return Err(PosError::new(x.pos, format!("invalid operation: {} is not an interface", self.describe(x, xt))));
                }
                let tt = self.resolve_type(t)?;
                self.emit(Op::TypeAssert(tt, false));
                Ok(Operand::Val(tt))
            }
            ExprKind::Composite { ty, elts, .. } => {
                let t = match ty {
                    Some(t) => self.composite_type(t, elts)?,
                    None => return Err(PosError::new(e.pos, "invalid composite literal type: missing type")),
                };
                self.composite(e, t, elts)?;
                Ok(Operand::Val(t))
            }
            ExprKind::FuncLit(f) => {
                let t = self.func_lit(f)?;
                Ok(Operand::Val(t))
            }
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => Ok(Operand::Type(self.resolve_type(e)?)),
            ExprKind::Ellipsis(_) => Err(PosError::new(e.pos, "invalid use of ...")),
            ExprKind::Union(_) => Err(PosError::new(e.pos, format!("cannot use {} outside a type constraint", expr_string(e)))),
        }
    }

    fn ident(&mut self, e: &Expr, n: &str) -> R<Operand> {
        if n == "_" {
            return Err(PosError::new(e.pos, "cannot use _ as value"));
        }
        if n == "iota" {
            if let Some(i) = self.iota {
                if self.lookup("iota").is_none() {
                    return Ok(Operand::Const(ConstVal::Int(i), T_UNTYPED_INT));
                }
            }
        }
        match self.lookup(n) {
            Some(Entity::Var(v)) => {
                self.load_var(&v);
                Ok(Operand::Val(v.ty))
            }
            Some(Entity::Const(c, t)) => Ok(Operand::Const(c, t)),
            Some(Entity::Type(t)) => Ok(Operand::Type(t)),
            Some(Entity::Func(id, sig)) => {
                self.emit(Op::FuncValue(id));
                Ok(Operand::Val(sig))
            }
            Some(Entity::Nil) => Ok(Operand::Nil),
            Some(Entity::Package(p)) => Err(PosError::new(e.pos, format!("use of package {} without selector", p.rsplit('/').next().unwrap_or("")))),
            Some(Entity::Builtin(b)) => Err(PosError::new(e.pos, format!("{b} (built-in function {b}) must be called"))),
            Some(Entity::Generic(g)) => Err(self.without_instantiation(g, e.pos)),
            None => Err(undefined(e.pos, n)),
        }
    }

    fn num_kind(&self, t: TypeId) -> Option<Num> {
        Some(match self.types.under(t) {
            Type::Int(k) => Num::Int(*k),
            Type::Float64 => Num::Float,
            Type::Float32 => Num::Float32,
            Type::String => Num::Str,
            Type::Bool => Num::Bool,
            _ => return None,
        })
    }

    fn binary(&mut self, e: &Expr, op: &'static str, a: &Expr, b: &Expr) -> R<Operand> {
        if op == "&&" || op == "||" {
            return self.logical(e, op, a, b);
        }
        let shift = op == "<<" || op == ">>";
        let xa = self.expr(a)?;
        // A constant left operand is emitted late: remember where it goes.
        let slot = match &xa {
            Operand::Const(..) | Operand::Nil => Some(self.emit(Op::Nil)),
            _ => None,
        };
        let xb = self.expr(b)?;
        let ta = self.operand_type(&xa, a)?;
        let tb = self.operand_type(&xb, b)?;
        if ta == T_INVALID || tb == T_INVALID {
            return Ok(Operand::Val(T_INVALID));
        }
        let is_cmp = matches!(op, "==" | "!=" | "<" | "<=" | ">" | ">=");
        if let (Operand::Nil, Operand::Nil) = (&xa, &xb) {
            // gc (types2) reports it at the right operand.
            return Err(PosError::new(b.pos, format!("invalid operation: {} (operator {} not defined on untyped nil)", expr_string(e), op)));
        }
        // Both constant: fold.
        if let (Operand::Const(ca, _), Operand::Const(cb, _)) = (&xa, &xb) {
            if let Some(s) = slot {
                self.remove_op(s);
            }
            if shift {
                let r = consts::fold_binary(&self.types, op, ca, cb, ta).map_err(|m| PosError::new(e.pos, m))?;
                return Ok(Operand::Const(r, ta));
            }
            let numeric = |t| matches!(t, T_UNTYPED_INT | T_UNTYPED_RUNE | T_UNTYPED_FLOAT);
            if self.types.is_untyped(ta) && self.types.is_untyped(tb) && ta != tb && !(numeric(ta) && numeric(tb)) {
                return Err(self.mismatch(e, a, op, b, ta, tb));
            }
            let ty = if self.types.is_untyped(ta) && self.types.is_untyped(tb) {
                consts::untyped_join(ta, tb)
            } else if self.types.is_untyped(ta) {
                tb
            } else if self.types.is_untyped(tb) || ta == tb {
                ta
            } else {
                return Err(self.mismatch(e, a, op, b, ta, tb));
            };
            if !is_cmp && ta != tb && !(self.types.is_untyped(ta) && self.types.is_untyped(tb)) {
                let other = if self.types.is_untyped(ta) { (ca, a, ta) } else { (cb, b, tb) };
                if let Err(why) = consts::represent(&self.types, other.0, ty) {
                    return Err(self.const_conv_error(other.1, other.0, other.2, ty, why, "expression").with_msg(|m| m));
                }
            }
            if (op == "/" || op == "%") && matches!(cb, ConstVal::Int(0)) {
                return Err(PosError::new(b.pos, "invalid operation: division by zero"));
            }
            let r = consts::fold_binary(&self.types, op, ca, cb, ty).map_err(|m| {
                if m == "overflows" {
                    PosError::new(e.pos, format!("cannot use {} (untyped int constant) as {} value in expression (overflows)", expr_string(e), self.types.display(ty)))
                } else {
                    PosError::new(e.pos, m)
                }
            })?;
            let rt = if is_cmp { T_UNTYPED_BOOL } else { ty };
            if let (ConstVal::Float(f), true) = (&r, self.types.is_integer(ty) && !self.types.is_untyped(ty)) {
                return Ok(Operand::Const(ConstVal::Int(*f as i128), rt));
            }
            return Ok(Operand::Const(r, rt));
        }
        if shift {
            // The left operand's type is the result type; the count is any integer.
            let lt = match (&xa, slot) {
                (Operand::Const(c, t), Some(s)) => {
                    let t = self.types.default_type(*t);
                    let c = consts::represent(&self.types, c, t).map_err(|_| PosError::new(a.pos, format!("invalid operation: shifted operand {} must be integer", expr_string(a))))?;
                    self.place_const(s, &c, t);
                    t
                }
                _ => ta,
            };
            match xb {
                Operand::Const(c, _) => {
                    if let ConstVal::Int(n) = c {
                        if n < 0 {
                            return Err(PosError::new(b.pos, format!("invalid shift count {} (negative)", expr_string(b))));
                        }
                    }
                    self.emit_const(&c, T_INT);
                }
                _ => {
                    if !self.types.is_integer(tb) {
                        return Err(PosError::new(b.pos, format!("invalid operation: shift count {} must be integer", self.describe(b, tb))));
                    }
                }
            }
            let k = match self.types.int_kind(lt) {
                Some(k) => k,
                None => return Err(PosError::new(a.pos, format!("invalid operation: shifted operand {} must be integer", self.describe(a, lt)))),
            };
            // A count of an unsigned 64-bit type may have its top bit set:
            // it is a huge count (the result 0, or -1 for a negative >>), not a negative one.
            let unsigned_count = self.types.int_kind(tb).is_some_and(|c| !c.signed());
            let bop = match (op == "<<", unsigned_count) {
                (true, false) => BinOp::Shl,
                (false, false) => BinOp::Shr,
                (true, true) => BinOp::ShlU,
                (false, true) => BinOp::ShrU,
            };
            self.emit(Op::Bin(bop, Num::Int(k)));
            return Ok(Operand::Val(lt));
        }
        // Decide the operation type, converting an untyped side to the other.
        let ty = match (&xa, &xb) {
            _ if slot.is_some() => {
                let c2 = match &xa {
                    Operand::Const(c, _) => Some(c.clone()),
                    _ => None,
                };
                if self.types.is_interface(tb) && c2.is_some() {
                    let c2 = c2.expect("const");
                    let dt = self.types.default_type(ta);
                    self.place_const(slot.expect("slot"), &c2, dt);
                    // Box the constant into an interface: it sits under b's value.
                    self.emit(Op::Swap);
                    self.emit(Op::ToIface(dt));
                    self.emit(Op::Swap);
                    tb
                } else {
                    match c2 {
                        Some(c2) => {
                            let c3 = consts::represent(&self.types, &c2, tb).map_err(|why| self.const_conv_error(a, &c2, ta, tb, why, "expression"))
                                .map_err(|err| if err.message.contains("mismatch") || !self.types.is_untyped(ta) || true { self.mismatch_or(e, a, op, b, ta, tb, err) } else { err })?;
                            self.place_const(slot.expect("slot"), &c3, tb);
                        }
                        None => {
                            if !self.types.is_nillable(tb) {
                                return Err(self.mismatch(e, a, op, b, ta, tb));
                            }
                            // Op::Nil already there
                        }
                    }
                    tb
                }
            }
            (_, Operand::Const(c, _)) => {
                if self.types.is_interface(ta) {
                    let dt = self.types.default_type(tb);
                    self.emit_const(c, dt);
                    self.emit(Op::ToIface(dt));
                } else {
                    let c2 = consts::represent(&self.types, c, ta).map_err(|why| self.mismatch_or(e, a, op, b, ta, tb, self.const_conv_error(b, c, tb, ta, why, "expression")))?;
                    self.emit_const(&c2, ta);
                }
                ta
            }
            (_, Operand::Nil) => {
                if !self.types.is_nillable(ta) {
                    return Err(self.mismatch(e, a, op, b, ta, tb));
                }
                self.emit(Op::Nil);
                ta
            }
            _ => {
                if ta == tb || (ta == T_UNTYPED_BOOL && self.types.is_bool(tb)) {
                    tb
                } else if tb == T_UNTYPED_BOOL && self.types.is_bool(ta) {
                    ta
                } else if is_cmp && self.types.is_interface(ta) && self.missing_method(tb, ta).is_none() {
                    self.emit(Op::ToIface(tb));
                    ta
                } else if is_cmp && self.types.is_interface(tb) && self.missing_method(ta, tb).is_none() {
                    self.emit(Op::Swap);
                    self.emit(Op::ToIface(ta));
                    self.emit(Op::Swap);
                    tb
                } else {
                    return Err(self.mismatch(e, a, op, b, ta, tb));
                }
            }
        };
        if is_cmp {
            if op == "==" || op == "!=" {
                let comparable = self.types.comparable(ty)
                    || matches!(xa, Operand::Nil)
                    || matches!(xb, Operand::Nil);
                if !comparable {
                    let what = match self.types.under(ty) {
                        Type::Slice(_) => "slice",
                        Type::Map(..) => "map",
                        Type::Func(_) => "func",
                        _ => "struct containing uncomparable field",
                    };
                    return Err(PosError::new(e.pos, format!("invalid operation: {} ({} can only be compared to nil)", expr_string(e), what)));
                }
                self.emit(if op == "==" { Op::Eq(ty) } else { Op::Ne(ty) });
            } else {
                let k = match self.num_kind(ty) {
                    Some(k @ (Num::Int(_) | Num::Float | Num::Float32 | Num::Str)) => k,
                    _ => return Err(PosError::new(e.pos, format!("invalid operation: {} (operator {} not defined on {})", expr_string(e), op, self.operand_kind(a, ty)))),
                };
                let bop = match op {
                    "<" => BinOp::Lt,
                    "<=" => BinOp::Le,
                    ">" => BinOp::Gt,
                    _ => BinOp::Ge,
                };
                self.emit(Op::Bin(bop, k));
            }
            return Ok(Operand::Val(T_UNTYPED_BOOL));
        }
        let k = self.num_kind(ty);
        let bop = match BinOp::from_go(op) {
            Some(b) if !matches!(b, BinOp::Shl | BinOp::Shr) => b,
            _ => return Err(PosError::new(e.pos, format!("invalid operation: operator {op}"))),
        };
        let ok = match k {
            Some(Num::Int(_)) => true,
            Some(Num::Float | Num::Float32) => matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div),
            Some(Num::Str) => bop == BinOp::Add,
            _ => false,
        };
        if !ok {
            return Err(PosError::new(e.pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(a, ty))));
        }
        if let (BinOp::Div | BinOp::Rem, Operand::Const(ConstVal::Int(0), _)) = (bop, &xb) {
            return Err(PosError::new(b.pos, "invalid operation: division by zero"));
        }
        self.emit(Op::Bin(bop, k.expect("checked")));
        Ok(Operand::Val(ty))
    }

    fn operand_kind(&self, e: &Expr, t: TypeId) -> String {
        let _ = e;
        match self.types.under(t) {
            Type::Bool => "bool".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Interface(_) => "interface".into(),
            Type::Slice(_) => "slice".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => self.types.display(t),
        }
    }

    fn mismatch(&self, e: &Expr, _a: &Expr, _op: &str, _b: &Expr, ta: TypeId, tb: TypeId) -> PosError {
        PosError::new(e.pos, format!("invalid operation: {} (mismatched types {} and {})", expr_string(e), self.types.display(ta), self.types.display(tb)))
    }

    #[allow(clippy::too_many_arguments)]
    fn mismatch_or(&self, e: &Expr, a: &Expr, op: &str, b: &Expr, ta: TypeId, tb: TypeId, err: PosError) -> PosError {
        if err.message.ends_with("(overflows)") || err.message.ends_with("(truncated)") {
            return err;
        }
        self.mismatch(e, a, op, b, ta, tb)
    }

    fn operand_type(&self, op: &Operand, e: &Expr) -> R<TypeId> {
        match op {
            Operand::Const(_, t) | Operand::Val(t) => Ok(*t),
            Operand::Nil => Ok(T_UNTYPED_NIL),
            Operand::Multi(ts) => Err(PosError::new(e.pos, format!("multiple-value {} (value of type {}) in single-value context", expr_string(e), self.tuple_name(ts)))),
            Operand::Void => Err(PosError::new(e.pos, format!("{} (no value) used as value", expr_string(e)))),
            Operand::Type(t) => Err(PosError::new(e.pos, format!("{} (type) is not an expression", self.types.display(*t)))),
        }
    }

    fn remove_op(&mut self, at: usize) {
        if self.dry > 0 {
            return;
        }
        let f = self.f();
        f.code.remove(at);
        f.lines.remove(at);
    }

    /// Replaces the placeholder at `at` with the constant as type `ty`.
    fn place_const(&mut self, at: usize, c: &ConstVal, ty: TypeId) {
        if self.dry > 0 {
            return;
        }
        let v = c.to_value(&self.types, ty);
        let op = match v {
            crate::vm::value::Value::Int(i) => Op::Int(i),
            crate::vm::value::Value::Bool(b) => Op::Bool(b),
            v => Op::Const(self.konst(v)),
        };
        self.f().code[at] = op;
    }

    fn logical(&mut self, e: &Expr, op: &str, a: &Expr, b: &Expr) -> R<Operand> {
        let xa = self.expr(a)?;
        if let Operand::Const(ConstVal::Bool(ca), _) = &xa {
            let ca = *ca;
            let xb = self.expr(b)?;
            if let Operand::Const(ConstVal::Bool(cb), _) = xb {
                return Ok(Operand::Const(ConstVal::Bool(if op == "&&" { ca && cb } else { ca || cb }), T_UNTYPED_BOOL));
            }
            let tb = self.materialize(xb, b)?;
            if !self.types.is_bool(tb) {
                return Err(PosError::new(e.pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(b, tb))));
            }
            // true && x == x; false && x == false (x still evaluated: harmless, no side effects in consts)
            match (op, ca) {
                ("&&", true) | ("||", false) => {}
                _ => {
                    self.emit(Op::Pop);
                    self.emit(Op::Bool(ca));
                }
            }
            return Ok(Operand::Val(T_UNTYPED_BOOL));
        }
        let ta = self.materialize(xa, a)?;
        if !self.types.is_bool(ta) {
            return Err(PosError::new(e.pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(a, ta))));
        }
        self.emit(Op::Dup);
        let j = if op == "&&" { self.emit(Op::JumpIfNot(0)) } else { self.emit(Op::JumpIf(0)) };
        self.emit(Op::Pop);
        let tb = self.value(b)?;
        if !self.types.is_bool(tb) {
            return Err(PosError::new(e.pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(b, tb))));
        }
        let end = self.here();
        self.patch(j, end);
        Ok(Operand::Val(if ta == tb { ta } else { T_UNTYPED_BOOL }))
    }

    fn unary(&mut self, e: &Expr, op: &str, x: &Expr) -> R<Operand> {
        match op {
            "&" => {
                let inner = match &x.kind {
                    ExprKind::Paren(i) => i.as_ref(),
                    _ => x,
                };
                if let ExprKind::Composite { ty, elts, .. } = &inner.kind {
                    let t = match ty {
                        Some(t) => self.composite_type(t, elts)?,
                        None => return Err(PosError::new(x.pos, "invalid composite literal type: missing type")),
                    };
                    self.composite(inner, t, elts)?;
                    if !self.types.is_aggregate(t) {
                        // &[]int{} / &map…{}: box the value.
                        self.emit(Op::New(t));
                        self.emit(Op::Dup);
                        self.emit(Op::Pick(2));
                        self.emit(Op::StoreInd);
                        self.emit(Op::Swap);
                        self.emit(Op::Pop);
                    } else {
                        self.emit(Op::FieldAddr(u16::MAX));
                    }
                    return Ok(Operand::Val(self.types.intern(Type::Pointer(t))));
                }
                let t = self.addr(x)?;
                Ok(Operand::Val(self.types.intern(Type::Pointer(t))))
            }
            "<-" => {
                let t = self.value(x)?;
                match self.types.under(t) {
                    Type::Chan(d, el) => {
                        if *d == 1 {
                            return Err(PosError::new(e.pos, format!("invalid operation: cannot receive from send-only channel {}", self.describe(x, t))));
                        }
                        let el = *el;
                        self.emit(Op::ChanRecv(false));
                        Ok(Operand::Val(el))
                    }
                    _ => Err(PosError::new(e.pos, format!("invalid operation: cannot receive from non-channel {}", self.describe(x, t)))),
                }
            }
            _ => {
                let o = self.expr(x)?;
                if let Operand::Const(c, t) = &o {
                    let r = match (op, c) {
                        ("-", ConstVal::Int(i)) => ConstVal::Int(-i),
                        // Constants are exact numbers: there is no negative zero (`-0.0` is 0).
                        ("-", ConstVal::Float(f)) => ConstVal::Float(if *f == 0.0 { 0.0 } else { -f }),
                        ("+", c) => c.clone(),
                        ("!", ConstVal::Bool(b)) => ConstVal::Bool(!b),
                        ("^", ConstVal::Int(i)) => match self.types.int_kind(*t) {
                            Some(k) if !k.signed() => ConstVal::Int(k.min_max().1 ^ i),
                            _ => ConstVal::Int(!i),
                        },
                        _ => return Err(PosError::new(e.pos, format!("invalid operation: operator {} not defined on {}", op, expr_string(x)))),
                    };
                    if let (ConstVal::Int(v), Some(k)) = (&r, self.types.int_kind(*t)) {
                        let (lo, hi) = k.min_max();
                        if *v < lo || *v > hi {
                            return Err(PosError::new(e.pos, format!("cannot use {} (untyped int constant {}) as {} value in expression (overflows)", expr_string(e), v, self.types.display(*t))));
                        }
                    }
                    return Ok(Operand::Const(r, *t));
                }
                let t = self.materialize(o, x)?;
                let k = self.num_kind(t);
                match (op, k) {
                    ("-", Some(k @ (Num::Int(_) | Num::Float | Num::Float32))) => {
                        self.emit(Op::Neg(k));
                    }
                    ("+", Some(Num::Int(_) | Num::Float | Num::Float32)) => {}
                    ("!", _) if self.types.is_bool(t) => {
                        self.emit(Op::Not);
                    }
                    ("^", Some(Num::Int(k))) => {
                        self.emit(Op::Compl(k));
                    }
                    _ => return Err(PosError::new(e.pos, format!("invalid operation: operator {} not defined on {}", op, self.describe(x, t)))),
                }
                Ok(Operand::Val(t))
            }
        }
    }

    /// Pushes a pointer to an addressable expression; returns the pointee type.
    pub fn addr(&mut self, e: &Expr) -> R<TypeId> {
        match &e.kind {
            ExprKind::Paren(x) => self.addr(x),
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Entity::Var(v)) => {
                    self.mark_used(&v);
                    if let Loc::Local(_) = v.loc {
                        if !self.types.is_aggregate(v.ty) && v.depth == self.fs.len() - 1 {
                            return Err(PosError::new(e.pos, format!("internal: {n} not boxed")));
                        }
                    }
                    self.addr_var(&v);
                    Ok(v.ty)
                }
                Some(_) => Err(PosError::new(e.pos, format!("invalid operation: cannot take address of {}", expr_string(e)))),
                None => Err(undefined(e.pos, n)),
            },
            ExprKind::Star(x) => {
                let t = self.value(x)?;
                match self.types.under(t) {
                    Type::Pointer(el) => Ok(*el),
                    _ => Err(PosError::new(e.pos, format!("invalid operation: cannot indirect {}", self.describe(x, t)))),
                }
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(p) = &x.kind {
                    if let Some(Entity::Package(_)) = self.lookup(p) {
                        return Err(PosError::new(e.pos, format!("invalid operation: cannot take address of {}", expr_string(e))));
                    }
                }
                let xt = self.base_for_field(x)?;
                if let Some((i, ft)) = self.sync_field(xt, &sel.name) {
                    self.emit(Op::FieldAddr(i));
                    return Ok(ft);
                }
                let (path, ft) = self.types.find_field(xt, &sel.name).ok_or_else(|| self.no_field(e, x, xt, &sel.name))?;
                self.field_path(xt, &path);
                self.emit(Op::FieldAddr(*path.last().expect("path") as u16));
                Ok(ft)
            }
            ExprKind::Index(x, idx) => {
                let idx = &idx[0];
                let xt = self.base_for_index(x)?;
                match self.types.under(xt).clone() {
                    Type::Slice(el) | Type::Array(_, el) => {
                        self.index_value(idx, xt)?;
                        self.emit(Op::IndexAddr);
                        Ok(el)
                    }
                    Type::Map(..) => Err(PosError::new(e.pos, format!("invalid operation: cannot take address of {} (map index expression of type {})", expr_string(e), self.types.display(self.map_value_type(xt))))),
                    _ => Err(PosError::new(e.pos, format!("invalid operation: cannot index {}", self.describe(x, xt)))),
                }
            }
            ExprKind::Composite { .. } => Err(PosError::new(e.pos, "internal: composite address")),
            _ => Err(PosError::new(e.pos, format!("invalid operation: cannot take address of {}", expr_string(e)))),
        }
    }

    fn map_value_type(&self, t: TypeId) -> TypeId {
        match self.types.under(t) {
            Type::Map(_, v) => *v,
            _ => t,
        }
    }

    /// Pushes something FieldAddr accepts (an aggregate or pointer to one) for `x.f`; returns the struct type.
    fn base_for_field(&mut self, x: &Expr) -> R<TypeId> {
        let t = self.value(x)?;
        Ok(match self.types.under(t) {
            Type::Pointer(el) => *el,
            _ => t,
        })
    }

    /// Pushes the indexable base (array aggregate, slice, or pointer to array).
    fn base_for_index(&mut self, x: &Expr) -> R<TypeId> {
        let t = self.value(x)?;
        Ok(match self.types.under(t).clone() {
            Type::Pointer(el) if matches!(self.types.under(el), Type::Array(..)) => {
                self.emit(Op::Deref);
                el
            }
            _ => t,
        })
    }

    /// The exported fields of the runtime types the compiler models, as
    /// (slot, type): a `sync.Cond`'s `L`, a `time.Timer`'s `C`.
    pub fn sync_field(&mut self, base: TypeId, name: &str) -> Option<(u16, TypeId)> {
        match (self.types.under(base), name) {
            (Type::Sync(SyncKind::Cond), "L") => Some((0, self.locker_type())),
            (Type::Sync(SyncKind::Timer), "C") => Some((0, self.lib_type(crate::stdlib::Ty::TimeChan))),
            _ => None,
        }
    }

    /// Walks embedded fields (all but the last index of a field path).
    pub fn field_path(&mut self, _t: TypeId, path: &[usize]) {
        for &i in &path[..path.len() - 1] {
            self.emit(Op::Field(i as u16));
        }
    }

    fn no_field(&self, e: &Expr, x: &Expr, xt: TypeId, name: &str) -> PosError {
        if let Some(m) = self.embedded_interface_method(xt, name) {
            return PosError::new(e.pos, m);
        }
        PosError::new(
            e.pos,
            format!("{}.{} undefined (type {} has no field or method {})", expr_string(x), name, self.types.display(xt), name),
        )
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> R<Operand> {
        if let ExprKind::Ident(p) = &x.kind {
            if let Some(Entity::Package(path)) = self.lookup(p) {
                return self.package_member(e, &path, sel);
            }
        }
        let xo = self.expr(x)?;
        let xt = match xo {
            Operand::Type(t) => return self.method_expr(e, t, sel),
            o => self.materialize(o, x)?,
        };
        if xt == T_INVALID {
            return Err(PosError::new(e.pos, ""));
        }
        let base = match self.types.under(xt) {
            Type::Pointer(el) => *el,
            _ => xt,
        };
        if let Some((i, ft)) = self.sync_field(base, &sel.name) {
            self.emit(Op::Field(i));
            return Ok(Operand::Val(ft));
        }
        if let Some((path, ft)) = self.types.find_field(base, &sel.name) {
            if matches!(self.types.under(xt), Type::Pointer(_)) {
                // a nil pointer dereference panics in FieldAddr / Field
            }
            self.field_path(base, &path);
            self.emit(Op::Field(*path.last().expect("path") as u16));
            return Ok(Operand::Val(ft));
        }
        // Method value.
        if let Some((path, recv_t, m)) = self.types.find_method_deep(xt, &sel.name) {
            if !path.is_empty() {
                self.field_path(base, &path);
                self.emit(Op::Field(*path.last().expect("p") as u16));
            }
            if m.ptr_recv && !matches!(self.types.under(xt), Type::Pointer(_)) && path.is_empty() {
                // need address: re-evaluate as address
                self.emit(Op::Pop);
                self.addr(x)?;
            }
            if !m.ptr_recv {
                // A value receiver is copied when the method value is
                // evaluated (`get := c.Get; c.n = 2; get()` sees the old c),
                // through a pointer too (which panics here when nil).
                let cur = if path.is_empty() { xt } else { recv_t };
                let inner = match self.types.under(cur) {
                    Type::Pointer(e) => {
                        let e = *e;
                        self.emit(Op::Deref);
                        e
                    }
                    _ => cur,
                };
                if self.types.is_aggregate(inner) {
                    self.emit(Op::CopyAgg);
                }
            }
            self.emit(Op::BindMethod(m.func));
            return Ok(Operand::Val(m.sig));
        }
        if let Type::Sync(_) = self.types.under(base) {
            return Err(PosError::new(e.pos, format!("maprace does not support method values of {} ({}.{}) yet", self.types.display(base), expr_string(x), sel.name)));
        }
        if let Type::Interface(ms) = self.types.under(xt) {
            if let Some((_, sig)) = ms.iter().find(|(n, _)| *n == sel.name) {
                let sig = *sig;
                return self.interface_method_value(e, xt, sel, sig);
            }
        }
        Err(self.no_field(e, x, xt, &sel.name))
    }

    fn package_member(&mut self, e: &Expr, path: &str, sel: &Ident) -> R<Operand> {
        self.check_supported(path, e.pos)?;
        if let Some(c) = crate::stdlib::constant(path, &sel.name) {
            use crate::stdlib::ConstValue;
            return Ok(match c {
                ConstValue::Int(n) => Operand::Const(ConstVal::Int(n), T_UNTYPED_INT),
                ConstValue::Rune(n) => Operand::Const(ConstVal::Int(n), T_UNTYPED_RUNE),
                ConstValue::Float(f) => Operand::Const(ConstVal::Float(f), T_UNTYPED_FLOAT),
                ConstValue::Typed(n, t) => Operand::Const(ConstVal::Int(n), self.lib_type(t)),
            });
        }
        if let Some(t) = self.package_type_pub(path, &sel.name) {
            return Ok(Operand::Type(t));
        }
        if let Some(id) = crate::stdlib::lookup(path, &sel.name).filter(|_| sel.name.starts_with(|c: char| c.is_uppercase())) {
            // A row as a function value (`strings.TrimFunc(s, unicode.IsPunct)`).
            let (fid, sig) = self.row_func(id);
            self.emit(Op::FuncValue(fid));
            return Ok(Operand::Val(sig));
        }
        if let Some((name, _)) = self.library_member(path, &sel.name) {
            // A variable or function of the library's Go source (`io.EOF`, `errors.Is` as a value).
            return self.expr(&Expr { pos: e.pos, kind: ExprKind::Ident(name) });
        }
        Err(PosError::new(e.pos, crate::stdlib::missing_member(path, &sel.name)))
    }

    /// The type `path.name` (by path: looking it up by the package's name
    /// would count as a use of the program's import of that name).
    pub fn package_type_pub(&mut self, path: &str, name: &str) -> Option<TypeId> {
        self.package_type(path, name)
    }

    /// Compiles an index expression to type int, checking constant bounds.
    pub fn index_value(&mut self, idx: &Expr, container: TypeId) -> R<()> {
        let o = self.expr(idx)?;
        match o {
            Operand::Const(c, t) => {
                let n = match consts::represent(&self.types, &c, T_INT) {
                    Ok(ConstVal::Int(n)) => n,
                    _ => return Err(PosError::new(idx.pos, format!("invalid argument: index {} ({} constant) must be integer", expr_string(idx), self.types.display(t)))),
                };
                if n < 0 {
                    return Err(PosError::new(idx.pos, format!("invalid argument: index {} (constant of type int) must not be negative", expr_string(idx))));
                }
                if let Type::Array(len, _) = self.types.under(container) {
                    if n as u64 >= *len {
                        return Err(PosError::new(idx.pos, format!("invalid argument: index {} out of bounds [0:{}]", n, len)));
                    }
                }
                self.emit(Op::Int(n as i64));
            }
            o => {
                let t = self.materialize(o, idx)?;
                if !self.types.is_integer(t) {
                    return Err(PosError::new(idx.pos, format!("invalid argument: index {} must be integer", self.describe(idx, t))));
                }
            }
        }
        Ok(())
    }

    fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> R<Operand> {
        if let Some(o) = self.generic_index(e, x, idx)? {
            return Ok(o);
        }
        let xo = self.expr(x)?;
        if let Operand::Type(_) = xo {
            return Err(PosError::new(e.pos, "maprace does not support generics yet"));
        }
        if let Operand::Const(ConstVal::Str(s), _) = &xo {
            let v = crate::vm::value::Value::from_bytes(s);
            let k = self.konst(v);
            self.emit(Op::Const(k));
            self.index_value(&idx[0], T_STRING)?;
            self.emit(Op::StrIndex);
            return Ok(Operand::Val(T_UINT8));
        }
        let mut xt = self.materialize(xo, x)?;
        if xt == T_INVALID {
            return Err(PosError::new(e.pos, ""));
        }
        if let Type::Pointer(el) = self.types.under(xt) {
            if matches!(self.types.under(*el), Type::Array(..)) {
                xt = *el;
                self.emit(Op::Deref);
            }
        }
        match self.types.under(xt).clone() {
            Type::Map(k, v) => {
                self.value_as(&idx[0], k, "map index")?;
                self.emit(Op::MapIndex { ty: xt, comma_ok: false });
                Ok(Operand::Val(v))
            }
            Type::Slice(el) | Type::Array(_, el) => {
                self.index_value(&idx[0], xt)?;
                self.emit(Op::Index);
                Ok(Operand::Val(el))
            }
            Type::String => {
                self.index_value(&idx[0], xt)?;
                self.emit(Op::StrIndex);
                Ok(Operand::Val(T_UINT8))
            }
            _ => Err(PosError::new(e.pos, format!("invalid operation: cannot index {}", self.describe(x, xt)))),
        }
    }

    fn slice_expr(&mut self, e: &Expr, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>) -> R<Operand> {
        let xo = self.expr(x)?;
        let xt = self.materialize(xo, x)?;
        let (kind, rt) = match self.types.under(xt).clone() {
            Type::Slice(_) => (0u8, xt),
            Type::String | Type::UntypedString => (2, if xt == T_UNTYPED_STRING { T_STRING } else { xt }),
            Type::Array(_, el) => {
                // Slicing an array value: take its address (the aggregate is its own address).
                self.emit(Op::FieldAddr(u16::MAX));
                (1, self.types.intern(Type::Slice(el)))
            }
            Type::Pointer(p) => match self.types.under(p).clone() {
                Type::Array(_, el) => (1, self.types.intern(Type::Slice(el))),
                _ => return Err(PosError::new(e.pos, format!("cannot slice {}", self.describe(x, xt)))),
            },
            _ => return Err(PosError::new(e.pos, format!("cannot slice {}", self.describe(x, xt)))),
        };
        if kind == 2 && max.is_some() {
            return Err(PosError::new(e.pos, format!("invalid operation: 3-index slice of string")));
        }
        for p in [lo, hi, max].into_iter().flatten() {
            self.index_value(p, T_INT)?;
        }
        self.emit(Op::SliceExpr { lo: lo.is_some(), hi: hi.is_some(), max: max.is_some(), kind });
        Ok(Operand::Val(rt))
    }

    /// The type of a composite literal; `[...]T{…}` is as long as its
    /// highest index plus one (keys count: `[...]int{100, 3: 400, 500}` has 5).
    pub fn composite_type(&mut self, t: &Expr, elts: &[Element]) -> R<TypeId> {
        if let ExprKind::ArrayType(None, el) = &t.kind {
            let el = self.resolve_type(el)?;
            let n = self.literal_indices(elts, None)?.iter().map(|&i| i + 1).max().unwrap_or(0);
            return Ok(self.types.intern(Type::Array(n, el)));
        }
        self.resolve_type(t)
    }

    /// The index of each element of an array or slice literal: a key sets it,
    /// an element without one takes the previous index plus one. Indices are
    /// checked as gc checks them (non-negative constants, no duplicates,
    /// below the array's length).
    fn literal_indices(&mut self, elts: &[Element], len: Option<u64>) -> R<Vec<u64>> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::with_capacity(elts.len());
        let mut i: i128 = 0;
        for x in elts {
            let pos = match &x.key {
                Some(k) => {
                    let (c, _) = self.const_expr(k, 0)?;
                    i = match c {
                        ConstVal::Int(v) if v >= 0 => v,
                        _ => return Err(PosError::new(k.pos, "index must be non-negative integer constant")),
                    };
                    k.pos
                }
                None => x.value.pos,
            };
            if let Some(len) = len {
                if i >= len as i128 {
                    // gc words a key and a position differently.
                    return Err(PosError::new(pos, match x.key {
                        Some(_) => format!("invalid argument: index {} out of bounds [0:{}]", i, len),
                        None => format!("index {} is out of bounds (>= {})", i, len),
                    }));
                }
            }
            if i > i64::MAX as i128 {
                return Err(PosError::new(pos, format!("index {} overflows int", i)));
            }
            if !seen.insert(i) {
                return Err(PosError::new(pos, format!("duplicate index {} in array or slice literal", i)));
            }
            out.push(i as u64);
            i += 1;
        }
        Ok(out)
    }

    /// Emits a composite literal of type `t`; leaves the value on the stack.
    pub fn composite(&mut self, e: &Expr, t: TypeId, elts: &[Element]) -> R<()> {
        self.set_line(e.pos);
        match self.types.under(t).clone() {
            Type::Struct(fields) => {
                self.emit(Op::Zero(t));
                let keyed = elts.first().map(|el| el.key.is_some()).unwrap_or(false);
                if !keyed && !elts.is_empty() && elts.len() != fields.len() {
                    let msg = if elts.len() < fields.len() { "too few values in struct literal" } else { "too many values in struct literal" };
                    return Err(PosError::new(e.pos, format!("{} of type {}", msg, self.types.display(t))));
                }
                for (i, el) in elts.iter().enumerate() {
                    let fi = if keyed {
                        let k = el.key.as_ref().ok_or_else(|| PosError::new(el.value.pos, "mixture of field:value and value elements in struct literal"))?;
                        let name = match &k.kind {
                            ExprKind::Ident(n) => n.clone(),
                            _ => return Err(PosError::new(k.pos, format!("invalid field name {} in struct literal", expr_string(k)))),
                        };
                        fields.iter().position(|f| f.name == name).ok_or_else(|| PosError::new(k.pos, format!("unknown field {} in struct literal of type {}", name, self.types.display(t))))?
                    } else {
                        i
                    };
                    self.emit(Op::Dup);
                    self.emit(Op::FieldAddr(fi as u16));
                    self.name_hint(&fields[fi].name, &el.value);
                    self.element(&el.value, fields[fi].ty, "struct literal")?;
                    self.emit(Op::StoreInd);
                }
            }
            Type::Array(len, el) => {
                self.emit(Op::Zero(t));
                let idxs = self.literal_indices(elts, Some(len))?;
                for (x, i) in elts.iter().zip(idxs) {
                    self.emit(Op::Dup);
                    self.emit(Op::Int(i as i64));
                    self.emit(Op::IndexAddr);
                    self.element(&x.value, el, "array or slice literal")?;
                    self.emit(Op::StoreInd);
                }
            }
            Type::Slice(el) => {
                let idxs = self.literal_indices(elts, None)?;
                let n = idxs.iter().map(|&i| i + 1).max().unwrap_or(0);
                self.emit(Op::Int(n as i64));
                self.emit(Op::MakeSlice(t, false));
                for (x, i) in elts.iter().zip(idxs) {
                    self.emit(Op::Dup);
                    self.emit(Op::Int(i as i64));
                    self.emit(Op::IndexAddr);
                    self.element(&x.value, el, "slice literal")?;
                    self.emit(Op::StoreInd);
                }
            }
            Type::Map(k, v) => {
                self.emit(Op::Int(elts.len() as i64));
                self.emit(Op::MakeMap(t, true));
                for x in elts {
                    let key = x.key.as_ref().ok_or_else(|| PosError::new(x.value.pos, "missing key in map literal"))?;
                    self.emit(Op::Dup);
                    self.element(key, k, "map literal")?;
                    self.element(&x.value, v, "map literal")?;
                    self.emit(Op::MapAssign(t));
                }
            }
            // sync.Mutex{}, &sync.WaitGroup{}, atomic.Int64{}: the zero value
            // (their fields are unexported, so only an empty literal compiles).
            Type::Sync(SyncKind::Cond) if elts.iter().all(|el| matches!(&el.key, Some(k) if matches!(&k.kind, ExprKind::Ident(n) if n == "L"))) && elts.len() <= 1 => {
                // sync.Cond{L: &mu}
                self.emit(Op::Zero(t));
                if let Some(el) = elts.first() {
                    let locker = self.locker_type();
                    self.emit(Op::Dup);
                    self.emit(Op::FieldAddr(0));
                    self.element(&el.value, locker, "struct literal")?;
                    self.emit(Op::StoreInd);
                }
            }
            Type::Sync(k) => {
                self.emit(Op::Zero(t));
                if let Some(el) = elts.iter().find(|el| !matches!(&el.key, Some(k) if matches!(&k.kind, ExprKind::Ident(n) if n == "L"))).or(elts.first()) {
                    let quoted = format!("{:?}.{}", k.pkg_path(), k.go_name().rsplit('.').next().unwrap_or(""));
                    return Err(match &el.key {
                        Some(key) => {
                            let name = expr_string(key);
                            let how = if name != "_" && k.go_fields().contains(&name.as_str()) { "cannot refer to unexported field" } else { "unknown field" };
                            PosError::new(key.pos, format!("{how} {name} in struct literal of type {quoted}"))
                        }
                        None => PosError::new(el.value.pos, format!("implicit assignment to unexported field {} in struct literal of type {quoted}", k.go_fields()[0])),
                    });
                }
            }
            _ => return Err(PosError::new(e.pos, format!("invalid composite literal type {}", self.types.display(t)))),
        }
        Ok(())
    }

    /// One element of a composite literal; `{…}` without a type takes `t`.
    fn element(&mut self, v: &Expr, t: TypeId, ctx: &str) -> R<()> {
        if let ExprKind::Composite { ty: None, elts, .. } = &v.kind {
            if let Type::Pointer(inner) = self.types.get(t).clone() {
                self.composite(v, inner, elts)?;
                self.emit(Op::FieldAddr(u16::MAX));
                return Ok(());
            }
            return self.composite(v, t, elts);
        }
        if let (ExprKind::Unary("&", inner), Type::Pointer(_)) = (&v.kind, self.types.get(t)) {
            if let ExprKind::Composite { ty: None, .. } = inner.kind {
                return self.element(inner, t, ctx);
            }
        }
        self.value_as(v, t, ctx)
    }

    /// Compiles a function literal as its own function; pushes the closure.
    pub fn func_lit(&mut self, f: &FuncLit) -> R<TypeId> {
        let sig_t = self.resolve_sig(&f.sig, None)?;
        let sig = match self.types.get(sig_t) {
            Type::Func(s) => s.clone(),
            _ => unreachable!(),
        };
        if self.dry > 0 {
            // Only its type is wanted: the body is compiled (and numbered) once, for real.
            return Ok(sig_t);
        }
        let parent = self.f();
        parent.lit_counter += 1;
        let n = parent.lit_counter;
        // (An instantiation's `[...]` counts as no dots: `main.Map[...].func1`.)
        let name = if parent.name.replace("[...]", "").matches('.').count() <= 1 || parent.name.starts_with("main.(") {
            format!("{}.func{}", parent.name, n)
        } else {
            format!("{}.{}", parent.name, n)
        };
        let race_name = parent.race_name.as_ref().map(|r| format!("{r}{}", &name[parent.name.len()..]));
        let id = self.funcs.len() as u32;
        self.funcs.push(None);
        let line = self.line;
        let depth = self.fs.len();
        self.fs.push(FuncCtx::new(id, name));
        self.f().race_name = race_name;
        self.f().pos = f.body.lbrace;
        self.push_scope();
        let mut params = Vec::new();
        let body = self.declare_params(&f.sig, &sig, &mut params).and_then(|np| self.func_rest(&f.sig, &sig, &f.body, np, params).map(|_| np));
        // A failed literal leaves its context: the enclosing function goes on being compiled.
        let np = body.inspect_err(|_| self.fs.truncate(depth))?;
        let ctx = self.fs.pop().expect("literal context");
        self.check_unused(&ctx)?;
        self.line = line;
        let caps: Vec<Rc<VarInfo>> = ctx.captures.iter().map(|c| c.var.clone()).collect();
        self.funcs[id as usize] = Some(ctx.finish(np, line));
        self.close_over(id, &caps);
        Ok(sig_t)
    }

    /// Pushes a closure of function `id` over the captured variables `caps`.
    pub fn close_over(&mut self, id: u32, caps: &[Rc<VarInfo>]) {
        let top = self.fs.len() - 1;
        for v in caps {
            v.used.set(true);
            if v.depth == top {
                match v.loc {
                    Loc::Local(s) | Loc::Boxed(s) => {
                        self.emit(Op::Load(s));
                    }
                    Loc::Global(_) => {}
                }
            } else {
                let i = self.capture_index(v);
                self.emit(Op::LoadCap(i));
            }
        }
        self.emit(Op::MakeClosure(id, caps.len() as u16));
    }

    /// Compiles an expression expected to produce `n` values (a call or a comma-ok form).
    pub fn multi_value(&mut self, e: &Expr, n: usize, what: &str) -> R<Vec<TypeId>> {
        if n == 2 {
            if let Some(ts) = self.comma_ok(e)? {
                return Ok(ts);
            }
        }
        let o = self.expr(e)?;
        match o {
            Operand::Multi(ts) if ts.len() == n => Ok(ts),
            Operand::Multi(ts) => Err(PosError::new(e.pos, format!("assignment mismatch: {} {}{} but {} returns {} value{}", n, what, plural(n), expr_string(e), ts.len(), plural(ts.len())))),
            Operand::Void => Err(PosError::new(e.pos, format!("assignment mismatch: {} {}{} but {} returns no values", n, what, plural(n), expr_string(e)))),
            _ => Err(PosError::new(e.pos, format!("assignment mismatch: {} {}{} but 1 value", n, what, plural(n)))),
        }
    }

    /// `v, ok := m[k]`, `v, ok := <-ch`, `v, ok := x.(T)`: pushes both values.
    pub fn comma_ok(&mut self, e: &Expr) -> R<Option<Vec<TypeId>>> {
        let inner = match &e.kind {
            ExprKind::Paren(x) => x.as_ref(),
            _ => e,
        };
        match &inner.kind {
            ExprKind::Index(x, idx) => {
                let xt = self.value_type(x)?;
                if let Type::Map(k, v) = self.types.under(xt).clone() {
                    self.value(x)?;
                    self.value_as(&idx[0], k, "map index")?;
                    self.emit(Op::MapIndex { ty: xt, comma_ok: true });
                    return Ok(Some(vec![v, T_UNTYPED_BOOL]));
                }
                Ok(None)
            }
            ExprKind::Unary("<-", x) => {
                let t = self.value(x)?;
                match self.types.under(t) {
                    Type::Chan(_, el) => {
                        let el = *el;
                        self.emit(Op::ChanRecv(true));
                        Ok(Some(vec![el, T_UNTYPED_BOOL]))
                    }
                    _ => Err(PosError::new(e.pos, format!("invalid operation: cannot receive from non-channel {}", self.describe(x, t)))),
                }
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                let xt = self.value(x)?;
                if !self.types.is_interface(xt) {
                    return Err(PosError::new(x.pos, format!("invalid operation: {} is not an interface", self.describe(x, xt))));
                }
                let tt = self.resolve_type(t)?;
                self.emit(Op::TypeAssert(tt, true));
                Ok(Some(vec![tt, T_UNTYPED_BOOL]))
            }
            _ => Ok(None),
        }
    }
}

trait WithMsg {
    fn with_msg(self, f: impl FnOnce(String) -> String) -> Self;
}
impl WithMsg for PosError {
    fn with_msg(mut self, f: impl FnOnce(String) -> String) -> Self {
        self.message = f(self.message);
        self
    }
}
