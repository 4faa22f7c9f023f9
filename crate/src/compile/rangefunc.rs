//! Range over functions (Go 1.23, go.dev/ref/spec#For_range): `for k, v :=
//! range seq { body }` where `seq` is `func(yield func(K, V) bool)`.
//!
//! As gc does (cmd/compile/internal/rangefunc/rewrite.go), the body becomes
//! a function of its own — the `yield` function, named as gc names it
//! (`main.main-range1`) — and the loop is the call `seq(yield)`. The body's
//! iteration variables are its parameters (a new set on every call, as Go
//! 1.22's loop variables are). Two hidden variables of the enclosing
//! function, shared with the body (boxed), carry the protocol:
//!
//! * `#state`: `READY` while the iterator may call `yield`, `PANIC` while the
//!   body runs, `DONE` once the body asked to stop (`yield` returned false),
//!   `EXHAUSTED` once `seq` returned. Calling `yield` when not `READY`, and
//!   `seq` returning normally while the body was panicking, are Go's runtime
//!   errors (`runtime.panicrangestate`), with its words.
//! * `#next`: what the body left the loop for, to be done by the enclosing
//!   code once `seq` has returned: a `break` or `continue` of an outer loop
//!   (a number per target), or `-1`, a `return` (whose values the body has
//!   already stored in the enclosing function's results).
//!
//! A `break` of the loop itself is `#state = DONE; return false`; a
//! `continue`, `#state = READY; return true`.
//!
//! Because the body is another function, the variables of the enclosing
//! function it uses must live in boxes, which escape analysis (syntactic,
//! run before types are known) cannot foresee: the first time such a loop
//! meets an unboxed variable, it names it in `rebox`, and `func_body`
//! compiles the whole declaration again with those names boxed.

use super::escape;
use super::types::*;
use super::*;

/// The states of `#state` (internal/abi's `RF_DONE` …).
const RF_DONE: i64 = 0;
const RF_READY: i64 = 1;
const RF_PANIC: i64 = 2;
const RF_EXHAUSTED: i64 = 3;

/// What a range-over-function body has to tell the code after `seq` returns.
#[derive(Clone, PartialEq)]
pub(crate) enum Exit {
    /// `break`/`continue` of an outer loop (by label, or the innermost).
    Branch(Option<String>, bool),
    Return,
}

/// The yield function being compiled: its loop's hidden variables, label
/// and the exits its body took.
pub(crate) struct RangeFunc {
    pub state: Rc<VarInfo>,
    pub next: Rc<VarInfo>,
    pub label: Option<String>,
    pub exits: Vec<Exit>,
    /// The enclosing function's frame token, when the body defers calls (to it).
    pub token: Option<Rc<VarInfo>>,
}

impl<'a> Compiler<'a> {
    /// `for … := range seq` with `seq` (on the stack, of type `xt`) a function.
    #[allow(clippy::too_many_arguments)]
    pub fn range_func(&mut self, pos: Pos, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, xt: TypeId) -> R<()> {
        let bad = |c: &Self, why: &str| PosError::new(x.pos, format!("cannot range over {}: {why}", c.describe(x, xt)));
        let sig = self.sig_of(xt);
        if sig.params.len() != 1 {
            return Err(bad(self, "func must be func(yield func(...) bool): wrong argument count"));
        }
        if !sig.results.is_empty() {
            return Err(bad(self, "func must be func(yield func(...) bool): func has results"));
        }
        let ysig = match self.types.under(sig.params[0]) {
            Type::Func(s) => s.clone(),
            _ => return Err(bad(self, "func must be func(yield func(...) bool): argument is not func")),
        };
        if ysig.results.len() != 1 || !self.types.is_bool(ysig.results[0]) {
            return Err(bad(self, "func must be func(yield func(...) bool): yield func does not return bool"));
        }
        if ysig.params.len() > 2 {
            return Err(bad(self, "func must be func(yield func(...) bool): yield func has too many parameters"));
        }
        let nvars = value.map_or(key.map_or(0, |_| 1), |_| 2);
        if nvars > ysig.params.len() {
            let what = match ysig.params.len() {
                0 => "permits no iteration variables",
                _ => "permits only one iteration variable",
            };
            let at = if ysig.params.is_empty() { key.map_or(pos, |k| k.pos) } else { value.map_or(pos, |v| v.pos) };
            return Err(PosError::new(at, format!("range over {} {what}", self.describe(x, xt))));
        }
        // The enclosing function's variables the body uses must be boxed.
        let mut names = std::collections::HashSet::new();
        for s in &body.stmts {
            escape::all_names(s, &mut names);
        }
        for e in [key, value].into_iter().flatten().filter(|_| !define) {
            escape::expr_names(e, &mut names);
        }
        let mut unboxed: Vec<String> = names
            .iter()
            .filter(|n| matches!(self.lookup(n), Some(Entity::Var(v)) if matches!(v.loc, Loc::Local(_)) && !self.types.is_aggregate(v.ty)))
            .cloned()
            .collect();
        if has_return(&body.stmts) {
            let real = self.real_func();
            for (v, _) in &self.fs[real].results {
                if matches!(v.loc, Loc::Local(_)) && !self.types.is_aggregate(v.ty) {
                    unboxed.push(v.name.clone());
                }
            }
        }
        if !unboxed.is_empty() {
            unboxed.sort();
            self.rebox.extend(unboxed);
            return Ok(());
        }
        let label = self.f().pending_label.take();
        self.f().range_counter += 1;
        let n = self.f().range_counter;
        let src = self.temp();
        self.emit(Op::Store(src));
        let state = self.hidden_var(&format!("\u{1}state{n}"), RF_READY)?;
        let next = self.hidden_var(&format!("\u{1}next{n}"), 0)?;
        // A `defer` in the body runs when the function around the loop returns.
        let token = if has_defer(&body.stmts) {
            match self.f().range_func.as_ref().and_then(|r| r.token.clone()) {
                Some(outer) => self.load_var(&outer),
                None => {
                    self.emit(Op::FrameToken);
                }
            }
            let name = format!("\u{1}token{n}");
            self.escaping.insert(name.clone());
            let pos = self.f().pos;
            let v = self.new_var(&name, T_INT, pos)?;
            v.used.set(true);
            self.init_var(&v);
            Some(v)
        } else {
            None
        };
        // The yield function.
        let name = format!("{}-range{}", self.f().name, n);
        let race_name = self.f().race_name.as_ref().map(|r| format!("{r}-range{n}"));
        let id = self.funcs.len() as u32;
        self.funcs.push(None);
        let line = self.line;
        self.fs.push(FuncCtx::new(id, name));
        self.f().pos = body.lbrace;
        self.f().race_name = race_name;
        self.f().range_func = Some(RangeFunc { state: state.clone(), next: next.clone(), label, exits: Vec::new(), token });
        let depth = self.fs.len();
        let body_fn = self.yield_body(pos, key, value, define, body, &ysig, &state);
        if body_fn.is_err() {
            // (The yield function's context goes, whatever failed inside it.)
            self.fs.truncate(depth - 1);
            self.line = line;
        }
        let (exits, caps) = body_fn?;
        self.finish_range(id, line, &ysig, pos, body, src, exits, caps, &state, &next)
    }

    /// The yield function's body, in its own context (on top of `fs`); pops it.
    #[allow(clippy::too_many_arguments)]
    fn yield_body(&mut self, pos: Pos, key: Option<&Expr>, value: Option<&Expr>, define: bool, body: &Block, ysig: &Sig, state: &Rc<VarInfo>) -> R<(Vec<Exit>, Vec<Rc<VarInfo>>)> {
        let line = self.line;
        self.push_scope();
        let targets = [key, value];
        let mut params = Vec::new();
        for (i, &t) in ysig.params.iter().enumerate() {
            let (pname, ppos) = match targets[i] {
                Some(Expr { kind: ExprKind::Ident(n), pos }) if define => (n.clone(), *pos),
                Some(t) if define => return Err(PosError::new(t.pos, format!("non-name {} on left side of :=", super::exprstr::expr_string(t)))),
                _ => (format!("\u{1}p{i}"), body.lbrace),
            };
            let v = self.new_var(&pname, t, ppos)?;
            params.push(v);
        }
        for v in &params {
            if let Loc::Boxed(s) = v.loc {
                self.emit(Op::Load(s));
                self.emit(Op::NewBox(s));
            }
        }
        // if #state != READY { panic(runtime.panicrangestate(#state)) }; #state = PANIC
        self.set_line(pos);
        for (st, msg) in [
            (RF_DONE, "range function continued iteration after function for loop body returned false"),
            (RF_PANIC, "range function continued iteration after loop body panic"),
            (RF_EXHAUSTED, "range function continued iteration after whole loop exit"),
        ] {
            self.load_var(&state);
            self.emit(Op::Int(st));
            self.emit(Op::Eq(T_INT));
            let j = self.emit(Op::JumpIfNot(0));
            self.runtime_panic(msg);
            let l = self.here();
            self.patch(j, l);
        }
        self.set_state(&state, RF_PANIC);
        for v in params.iter().filter(|v| v.name.starts_with('\u{1}')) {
            v.used.set(true);
        }
        if !define {
            for (i, t) in targets.iter().enumerate().take(ysig.params.len()) {
                let Some(t) = t else { continue };
                self.load_var(&params[i]);
                self.assign_iteration_var(t, ysig.params[i])?;
            }
        }
        self.push_scope();
        self.block_stmts(&body.stmts)?;
        self.unresolved_gotos()?;
        self.pop_scope();
        self.set_line(body.rbrace);
        self.yield_return(true);
        let epi = self.here();
        self.emit(Op::Bool(false));
        self.emit(Op::RetFinal(1));
        self.f().epilogue = epi;
        let ctx = self.fs.pop().expect("yield function");
        self.check_unused(&ctx)?;
        self.line = line;
        let exits = ctx.range_func.as_ref().map(|r| r.exits.clone()).unwrap_or_default();
        let caps: Vec<Rc<VarInfo>> = ctx.captures.iter().map(|c| c.var.clone()).collect();
        let id = ctx._id;
        self.funcs[id as usize] = Some(ctx.finish(ysig.params.len() as u16, line));
        Ok((exits, caps))
    }

    /// After the body: `seq(yield)`, and what follows it.
    #[allow(clippy::too_many_arguments)]
    fn finish_range(&mut self, id: u32, line: u32, ysig: &Sig, pos: Pos, body: &Block, src: u16, exits: Vec<Exit>, caps: Vec<Rc<VarInfo>>, state: &Rc<VarInfo>, next: &Rc<VarInfo>) -> R<()> {
        let _ = (line, ysig);
        // seq(yield)
        self.set_line(pos);
        self.emit(Op::Load(src));
        self.close_over(id, &caps);
        self.emit(Op::CallValue(1));
        // if #state == PANIC { panic(runtime.panicrangestate(RF_MISSING_PANIC)) }; #state = EXHAUSTED
        self.set_line(body.rbrace);
        self.load_var(&state);
        self.emit(Op::Int(RF_PANIC));
        self.emit(Op::Eq(T_INT));
        let j = self.emit(Op::JumpIfNot(0));
        self.runtime_panic("range function recovered a loop body panic and did not resume panicking");
        let l = self.here();
        self.patch(j, l);
        self.set_state(&state, RF_EXHAUSTED);
        // What the body left for.
        for (i, exit) in exits.iter().enumerate() {
            let code = if *exit == Exit::Return { -1 } else { i as i64 + 1 };
            self.load_var(&next);
            self.emit(Op::Int(code));
            self.emit(Op::Eq(T_INT));
            let j = self.emit(Op::JumpIfNot(0));
            match exit {
                Exit::Return => self.emit_return(),
                Exit::Branch(label, is_break) => {
                    let label = label.as_ref().map(|n| Ident { name: n.clone(), pos });
                    self.branch(pos, label.as_ref(), *is_break)?
                }
            }
            let l = self.here();
            self.patch(j, l);
        }
        Ok(())
    }

    /// A boxed variable of the compiler's own, initialised to `v`.
    fn hidden_var(&mut self, name: &str, v: i64) -> R<Rc<VarInfo>> {
        self.escaping.insert(name.to_string());
        let pos = self.f().pos;
        let var = self.new_var(name, T_INT, pos)?;
        var.used.set(true);
        self.emit(Op::Int(v));
        self.init_var(&var);
        Ok(var)
    }

    fn set_state(&mut self, state: &Rc<VarInfo>, v: i64) {
        self.emit(Op::Int(v));
        self.store_var(state);
    }

    /// `panic(runtime error)`, as the runtime raises it.
    fn runtime_panic(&mut self, msg: &str) {
        let k = self.konst(crate::vm::value::Value::from_str(&format!("runtime error: {msg}")));
        self.emit(Op::Const(k));
        self.emit(Op::ToIface(T_ERRSTR));
        self.emit(Op::Panic);
    }

    /// Leaves the yield function: `#state = READY; return true` (the body
    /// ended or continued), or `#state = DONE; return false`.
    fn yield_return(&mut self, go_on: bool) {
        let state = self.f().range_func.as_ref().map(|r| r.state.clone()).expect("inside a yield function");
        self.set_state(&state, if go_on { RF_READY } else { RF_DONE });
        self.emit(Op::Bool(go_on));
        self.emit(Op::RetFinal(1));
    }

    /// The index in `fs` of the function a `return` returns from (the
    /// innermost that is not a range-over-function body).
    pub fn real_func(&self) -> usize {
        (0..self.fs.len()).rev().find(|&i| self.fs[i].range_func.is_none()).unwrap_or(0)
    }

    /// `return` once the results are stored: the function's `Ret`, or from
    /// inside a loop body, `#next = -1` and leave the body.
    pub fn emit_return(&mut self) {
        let Some(rf) = self.f().range_func.as_mut() else {
            self.emit(Op::Ret);
            return;
        };
        if !rf.exits.contains(&Exit::Return) {
            rf.exits.push(Exit::Return);
        }
        let next = rf.next.clone();
        self.emit(Op::Int(-1));
        self.store_var(&next);
        self.yield_return(false);
    }

    /// A `break` or `continue` no loop inside the body takes: of the
    /// range-over-function loop itself, or (through `#next`) of an outer one.
    /// Ok(false) when this is not a loop body.
    pub fn range_branch(&mut self, label: Option<&Ident>, is_break: bool) -> bool {
        let Some(rf) = self.f().range_func.as_mut() else { return false };
        let own = match label {
            None => true,
            Some(l) => rf.label.as_deref() == Some(l.name.as_str()),
        };
        if own {
            self.yield_return(!is_break);
            return true;
        }
        let exit = Exit::Branch(label.map(|l| l.name.clone()), is_break);
        let i = match rf.exits.iter().position(|e| *e == exit) {
            Some(i) => i,
            None => {
                rf.exits.push(exit);
                rf.exits.len() - 1
            }
        };
        let next = rf.next.clone();
        self.emit(Op::Int(i as i64 + 1));
        self.store_var(&next);
        self.yield_return(false);
        true
    }
}

/// Whether the statements hold a `return` (not one of a function literal's).
fn has_return(stmts: &[Stmt]) -> bool {
    holds(stmts, &|s| matches!(s, StmtKind::Return(_)))
}

/// Whether the statements hold a `defer` (not one of a function literal's).
fn has_defer(stmts: &[Stmt]) -> bool {
    holds(stmts, &|s| matches!(s, StmtKind::Defer(_)))
}

/// Whether a statement `is` holds, at any depth outside function literals.
fn holds(stmts: &[Stmt], is: &dyn Fn(&StmtKind) -> bool) -> bool {
    let list = |b: &[Stmt]| holds(b, is);
    let one = |s: &Stmt| holds(std::slice::from_ref(s), is);
    stmts.iter().any(|s| {
        is(&s.kind)
            || match &s.kind {
                StmtKind::Block(b) => list(&b.stmts),
                StmtKind::If { then, els, .. } => list(&then.stmts) || els.as_deref().is_some_and(one),
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => list(&body.stmts),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| list(&c.body)),
                StmtKind::Select(clauses) => clauses.iter().any(|c| list(&c.body)),
                StmtKind::Labeled(_, s) => one(s),
                _ => false,
            }
    })
}
