//! Panics as Go's runtime runs and prints them (runtime/panic.go).
//!
//! `panic(v)` starts unwinding its goroutine: the deferred calls of each
//! frame run, newest first, and a deferred call that calls `recover()`
//! stops the panic — once that deferred call returns, the function that
//! deferred it returns normally to its caller.
//!
//! A deferred call may itself panic. Go keeps every panic that is still
//! under way in a chain (`_panic.link`), and a program that dies prints the
//! whole chain, oldest first, each later one indented by a tab:
//!
//! ```text
//! panic: first [recovered]       the deferred call recovered it, then panicked
//!         panic: second
//! ```
//!
//! * An earlier panic stays in the chain while its deferred call runs; it is
//!   marked `[recovered]` if that call recovered it. When the new panic
//!   unwinds past that deferred call, the earlier one is *aborted*: it will
//!   never resume, but it is still printed.
//! * A panic with the very same value as the one before it (`r :=
//!   recover(); panic(r)` — the same interface value, not an equal one) is
//!   not printed twice: the earlier line says `[recovered, repanicked]`
//!   (`preprintpanics`, Go 1.23).
//! * When a later panic is recovered and its deferring function returns,
//!   the panics it aborted go; a panic it did not abort (its deferred call
//!   is still running) is under way again.
//!
//! The goroutine keeps the current panic in `panicking` (`None` once
//! recovered, with `recovered` set and its value in `recovered_value`) and
//! the earlier ones in `earlier`.

use super::budget;
use super::machine::*;
use super::value::*;
use crate::compile::types::*;
use crate::trace::EventKind;
use std::rc::Rc;

impl Machine<'_> {
    pub fn start_panic(&mut self, gi: usize, v: Value) {
        let text = budget::cap_text(&self.panic_text(&v), 1 << 10);
        if self.is_error_value(&v) && text.starts_with("runtime error: invalid memory address") {
            self.gs[gi].sig = true;
        }
        self.event(gi, EventKind::Panic, None, text);
        // The traceback Go prints is the stack of the newest panic, with the
        // frames earlier panics unwound still below the deferred call running.
        let mut stack = self.stack_of(gi);
        let g = &self.gs[gi];
        if let Some(k) = g.frames.iter().rev().position(|f| f.hook == Hook::Deferred) {
            let at = (k + 1).min(stack.len());
            stack.splice(at..at, g.unwound.iter().cloned());
        }
        self.panic_stack = Some(stack);
        let g = &mut self.gs[gi];
        if let Some(old) = g.panicking.take() {
            // A deferred call panicked while `old` was unwinding.
            g.earlier.push(EarlierPanic { value: old, recovered: false, aborted: false });
        } else if g.recovered {
            // The deferred call that recovered a panic panicked before returning.
            let value = g.recovered_value.take().unwrap_or(Value::Nil);
            g.earlier.push(EarlierPanic { value, recovered: true, aborted: false });
        }
        g.panicking = Some(v);
        g.recovered = false;
        g.recovered_value = None;
        g.micro = None;
        self.unwind(gi);
    }

    /// `recover()` in a deferred call run by a panic: takes the panic's value.
    pub fn recover_panic(&mut self, gi: usize) -> Value {
        let g = &mut self.gs[gi];
        let v = g.panicking.take().unwrap_or(Value::Nil);
        g.recovered = true;
        g.recovered_value = Some(v.clone());
        v
    }

    /// The recovered panic is over (its deferring function returns
    /// normally): the panics it aborted go, and one it did not is under way again.
    pub fn end_recovered_panic(&mut self, gi: usize) {
        let g = &mut self.gs[gi];
        g.recovered = false;
        g.recovered_value = None;
        g.unwound.clear();
        while g.earlier.last().is_some_and(|p| p.aborted) {
            g.earlier.pop();
        }
        if g.earlier.is_empty() {
            g.sig = false; // no panic left (`gp.sig = 0`)
        }
        if let Some(p) = g.earlier.pop() {
            if p.recovered {
                g.recovered = true;
                g.recovered_value = Some(p.value);
            } else {
                g.panicking = Some(p.value);
            }
        }
    }

    /// Runs deferred calls of the panicking goroutine, frame by frame.
    pub(super) fn unwind(&mut self, gi: usize) {
        loop {
            if !self.gs[gi].running_onces.is_empty() {
                self.once_unwound(gi);
            }
            let g = &mut self.gs[gi];
            let f = match g.frames.last_mut() {
                Some(f) => f,
                None => break,
            };
            if let Some((func, args)) = f.defers.pop() {
                self.call_deferred(gi, func, args);
                return;
            }
            let fr = g.frames.pop().expect("frame");
            g.stack.truncate(fr.stack_base);
            if fr.hook == Hook::Deferred || g.frames.iter().any(|f| f.hook == Hook::Deferred) {
                let func = &self.prog.funcs[fr.func as usize];
                let line = func.lines.get(fr.pc.saturating_sub(1) as usize).copied().unwrap_or(func.line);
                self.gs[gi].unwound.push((func.name.clone(), line));
            }
            let g = &mut self.gs[gi];
            for &h in &fr.iters {
                self.iters.remove(h); // the panic leaves the frame's range loops
            }
            if fr.hook == Hook::Deferred {
                // A deferred call itself panicked: the panic that ran it is
                // aborted, and its caller's unwinding goes on.
                if let Some(p) = g.earlier.iter_mut().rev().find(|p| !p.aborted) {
                    p.aborted = true;
                }
                continue;
            }
        }
        self.die_of_panic(gi);
    }

    /// No frame recovered: the program dies with Go's panic message.
    fn die_of_panic(&mut self, gi: usize) {
        let v = self.gs[gi].panicking.clone().unwrap_or(Value::Nil);
        let mut chain: Vec<(Value, bool)> = self.gs[gi].earlier.iter().map(|p| (p.value.clone(), p.recovered)).collect();
        chain.push((v.clone(), false));
        let line = self.gs[gi].created_stack.first().map(|x| x.1);
        let mut s = self.printpanics(&chain);
        let first = s.lines().next().unwrap_or("").to_string();
        if self.gs[gi].sig {
            s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        s.push('\n');
        // The stack at the panic is gone; report the goroutine and where it started.
        let g = &self.gs[gi];
        s.push_str(&format!("goroutine {} [running]:\n", g.id));
        let stack = self.panic_stack.take().unwrap_or_default();
        let fl = stack.first().map(|x| x.1).or(line);
        for (f, l) in &stack {
            s.push_str(&format!("{f}(...)\n\t{}\n", self.prog.lines.file_line(*l)));
        }
        if g.created_by != 0 {
            let (f, l) = g.created_stack.first().cloned().unwrap_or_default();
            s.push_str(&format!("created by {} in goroutine {}\n\t{}\n", f, g.created_by, self.prog.lines.file_line(l)));
        }
        self.stderr.push_str(&s);
        self.set_state(gi, GState::Done);
        self.end(&first, 2, fl);
    }

    /// A throw while panics are under way prints them first, the
    /// `fatal error` indented as a later panic (`printPreFatalDeferPanic`).
    pub fn panics_before_fatal(&mut self, gi: usize) -> String {
        let g = &self.gs[gi];
        let mut chain: Vec<(Value, bool)> = g.earlier.iter().map(|p| (p.value.clone(), p.recovered)).collect();
        match (&g.panicking, &g.recovered_value) {
            (Some(v), _) => chain.push((v.clone(), false)),
            (None, Some(v)) if g.recovered => chain.push((v.clone(), true)),
            _ => {}
        }
        if chain.is_empty() {
            return String::new();
        }
        let mut s = self.printpanics(&chain);
        s.push('\t');
        s
    }

    /// Go's `printpanics` over the chain (oldest first; (value, recovered)):
    /// a panic whose successor has the same value is `[recovered, repanicked]`
    /// and its successor is not printed.
    fn printpanics(&mut self, chain: &[(Value, bool)]) -> String {
        let same = |a: &Value, b: &Value| match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => Rc::ptr_eq(x, y),
            (Value::Nil, Value::Nil) => true,
            _ => false,
        };
        let mut s = String::new();
        for (i, (v, recovered)) in chain.iter().enumerate() {
            if i > 0 && same(&chain[i - 1].0, v) {
                continue; // printed as the earlier one's `repanicked`
            }
            let repanicked = chain.get(i + 1).is_some_and(|(n, _)| same(v, n));
            if i > 0 {
                s.push('\t');
            }
            let text = budget::cap_text(&self.panic_text(v), budget::PANIC_TEXT_MAX);
            s.push_str("panic: ");
            s.push_str(&text);
            if *recovered && repanicked {
                s.push_str(" [recovered, repanicked]");
            } else if *recovered {
                s.push_str(" [recovered]");
            }
            s.push('\n');
        }
        s
    }

    /// Go's printpanicval: errors by Error(), Stringers by String(), basic values as is.
    pub fn panic_text(&mut self, v: &Value) -> String {
        match v {
            Value::Iface(b) => {
                let (t, inner) = (b.0, b.1.clone());
                if let Some(s) = self.method_string(v, "Error").or_else(|| self.method_string(v, "String")) {
                    return s;
                }
                match self.prog.types.under(t) {
                    Type::String if !self.prog.types.is_named(t) => String::from_utf8_lossy(inner.str()).into_owned(),
                    Type::Int(_) | Type::Float64 | Type::Float32 | Type::Bool | Type::String => {
                        let s = self.format_value(&inner, t, 'v', false, false);
                        if self.prog.types.is_named(t) {
                            let q = if matches!(self.prog.types.under(t), Type::String) { format!("{:?}", s) } else { s };
                            format!("{}({})", self.prog.types.name(t), q)
                        } else {
                            s
                        }
                    }
                    _ => format!("({}) {}", self.prog.types.name(t), self.format_value(&inner, t, 'v', false, false)),
                }
            }
            _ => "nil".into(),
        }
    }

    fn is_error_value(&self, v: &Value) -> bool {
        matches!(v, Value::Iface(b) if b.0 == T_ERRSTR)
    }
}
