//! Method expressions and interface method values (go.dev/ref/spec#Method_expressions,
//! #Method_values).
//!
//! A method expression `T.M` (or `(*T).M`, or `I.M` for an interface `I`)
//! is a function whose first parameter is the receiver: `T.Get` is
//! `func(t T) int`, `(*T).Inc` is `func(t *T)`. When the method's own
//! function already has that shape (`T.Get` for a value method, `(*T).Inc`
//! for a pointer one) it is that function. Otherwise gc generates a small
//! wrapper that calls the method on its first parameter (`(*T).Get`
//! dereferences, `I.M` calls through the interface, a promoted method walks
//! to the embedded field) — and so does maprace: the wrapper is written as
//! Go syntax, `func(r R, a0 P0, …) (…) { return r.M(a0, …) }`, with the
//! types bound to hidden names, and compiled like any function literal, so
//! every receiver rule of an ordinary call applies.
//!
//! An interface method value `s.M` evaluates `s` at once (a nil interface
//! panics there, as in Go) and binds it as the receiver of the `I.M`
//! wrapper, as `BindMethod` binds a concrete receiver.

use super::expr::Operand;
use super::exprstr::expr_string;
use super::types::*;
use super::*;

impl<'a> Compiler<'a> {
    /// `T.M` where `T` (of type `t`) is a type: pushes the function value.
    pub(super) fn method_expr(&mut self, e: &Expr, t: TypeId, sel: &Ident) -> R<Operand> {
        let shown = self.types.display(t);
        let is_ptr = matches!(self.types.get(t), Type::Pointer(_));
        let base = match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let undefined = || PosError::new(sel.pos, format!("{}.{} undefined (type {} has no field or method {})", expr_string_of(e), sel.name, shown, sel.name));
        // The method's signature without its receiver, and whether it is in T's method set.
        let (sig_t, direct) = if let Type::Interface(ms) = self.types.under(t).clone() {
            match ms.iter().find(|(n, _)| *n == sel.name) {
                Some((_, s)) => (*s, None),
                None => return Err(undefined()),
            }
        } else if let Some((path, _, m)) = self.types.find_method_deep(t, &sel.name) {
            let via_ptr = path.is_empty() || self.embedded_through_pointer(base, &path);
            if m.ptr_recv && !is_ptr && !(via_ptr && !path.is_empty()) {
                return Err(PosError::new(
                    sel.pos,
                    format!("invalid method expression {}.{} (needs pointer receiver (*{}).{})", shown, sel.name, shown, sel.name),
                ));
            }
            // The method's function itself takes the receiver as it is.
            let same = path.is_empty() && m.ptr_recv == is_ptr;
            (m.sig, same.then_some(m.func))
        } else {
            return Err(if matches!(self.types.under(base), Type::Sync(_)) {
                PosError::new(sel.pos, format!("maprace does not support method expressions of {} yet", shown))
            } else {
                undefined()
            });
        };
        let s = self.sig_of(sig_t);
        let mut params = vec![t];
        params.extend(&s.params);
        let full = self.types.intern(Type::Func(Sig { params, results: s.results.clone(), variadic: s.variadic }));
        match direct {
            Some(fid) => {
                self.emit(Op::FuncValue(fid));
            }
            None => {
                let name = format!("main.{}.{}", if is_ptr { format!("({})", shown.trim_start_matches("main.")) } else { shown.trim_start_matches("main.").to_string() }, sel.name);
                self.method_wrapper(e.pos, t, sel, &s, name)?;
            }
        }
        Ok(Operand::Val(full))
    }

    /// `s.M` with `s` (already pushed, of interface type `t`): binds it to the
    /// `I.M` wrapper; a nil `s` panics now.
    pub(super) fn interface_method_value(&mut self, e: &Expr, t: TypeId, sel: &Ident, sig_t: TypeId) -> R<Operand> {
        // if s == nil { *nil } — Go's nil check at evaluation.
        self.emit(Op::Dup);
        self.emit(Op::Nil);
        self.emit(Op::Eq(t));
        let skip = self.emit(Op::JumpIfNot(0));
        self.emit(Op::Nil);
        self.emit(Op::Deref);
        let here = self.here();
        self.patch(skip, here);
        let s = self.sig_of(sig_t);
        let name = format!("{}.{}-fm", self.types.display(t), sel.name);
        let fid = self.method_wrapper(e.pos, t, sel, &s, name)?;
        if self.dry == 0 {
            // The wrapper's closure (no captures) becomes a method value bound to `s`.
            let f = self.f();
            debug_assert!(matches!(f.code.last(), Some(Op::MakeClosure(id, 0)) if *id == fid));
            f.code.pop();
            f.lines.pop();
            self.emit(Op::BindMethod(fid));
        }
        Ok(Operand::Val(sig_t))
    }

    /// Is the embedded field at the end of `path` (from `base`) reached through a pointer?
    fn embedded_through_pointer(&self, base: TypeId, path: &[usize]) -> bool {
        let mut t = base;
        let mut ptr = false;
        for &i in path {
            let under = match self.types.under(t) {
                Type::Pointer(p) => *p,
                _ => t,
            };
            if let Type::Struct(fs) = self.types.under(under) {
                t = fs[i].ty;
                ptr |= matches!(self.types.get(t), Type::Pointer(_));
            }
        }
        ptr
    }

    /// Compiles `func(r R, a0 P0, …) (…) { return r.M(a0, …) }` as a
    /// function literal named `name` (its closure pushed); returns its id.
    fn method_wrapper(&mut self, pos: Pos, recv: TypeId, sel: &Ident, s: &Sig, name: String) -> R<u32> {
        self.push_scope();
        let r = self.method_wrapper_in_scope(pos, recv, sel, s, name);
        self.pop_scope();
        r
    }

    fn method_wrapper_in_scope(&mut self, pos: Pos, recv: TypeId, sel: &Ident, s: &Sig, name: String) -> R<u32> {
        let ident = |n: String| Expr { pos, kind: ExprKind::Ident(n) };
        let mut ty_n = 0;
        let mut bind = |c: &mut Self, t: TypeId| -> R<Expr> {
            ty_n += 1;
            let n = format!("\u{1}mt{ty_n}");
            c.declare(&n, Entity::Type(t), pos)?;
            Ok(ident(n))
        };
        let mut params = vec![Param { name: Some(Ident { name: "\u{1}mr".into(), pos }), ty: bind(self, recv)?, variadic: false }];
        let mut args = Vec::new();
        for (i, &p) in s.params.iter().enumerate() {
            let last = s.variadic && i + 1 == s.params.len();
            let pt = match (last, self.types.get(p)) {
                (true, Type::Slice(el)) => *el,
                _ => p,
            };
            let n = format!("\u{1}ma{i}");
            params.push(Param { name: Some(Ident { name: n.clone(), pos }), ty: bind(self, pt)?, variadic: last });
            args.push(ident(n));
        }
        let mut results = Vec::new();
        for &r in &s.results {
            results.push(Param { name: None, ty: bind(self, r)?, variadic: false });
        }
        let call = Expr {
            pos,
            kind: ExprKind::Call { func: Box::new(Expr { pos, kind: ExprKind::Selector(Box::new(ident("\u{1}mr".into())), sel.clone()) }), args, ellipsis: s.variadic },
        };
        let stmt = if s.results.is_empty() { StmtKind::Expr(call) } else { StmtKind::Return(vec![call]) };
        let lit = FuncLit {
            sig: Rc::new(FuncSig { pos, params, results, type_params: false, tparams: vec![] }),
            body: Block { stmts: vec![Stmt { pos, kind: stmt }], lbrace: pos, rbrace: pos },
        };
        let id = self.funcs.len() as u32;
        self.func_lit_named(&lit, Some(name))?;
        Ok(id)
    }
}

/// The source text of a selector's operand, for messages.
fn expr_string_of(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Selector(x, _) => expr_string(x),
        _ => expr_string(e),
    }
}

impl<'a> Compiler<'a> {
    /// `maprace does not support …` when `name` would be a method promoted
    /// from an interface embedded in the struct `t` (or `*t`), which Go allows.
    pub(super) fn embedded_interface_method(&self, t: TypeId, name: &str) -> Option<String> {
        let mut level = vec![match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        }];
        for _ in 0..8 {
            let mut next = Vec::new();
            for t in level {
                if let Type::Struct(fs) = self.types.under(t) {
                    for f in fs.iter().filter(|f| f.embedded) {
                        let ft = match self.types.get(f.ty) {
                            Type::Pointer(b) => *b,
                            _ => f.ty,
                        };
                        if let Type::Interface(ms) = self.types.under(ft) {
                            if ms.iter().any(|(n, _)| n == name) {
                                return Some(format!("maprace does not support methods promoted from an embedded interface ({}.{}) yet", self.types.display(ft), name));
                            }
                        }
                        next.push(ft);
                    }
                }
            }
            level = next;
        }
        None
    }
}
