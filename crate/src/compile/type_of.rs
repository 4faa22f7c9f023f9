//! `type_of`: what an expression is, without compiling it.
//!
//! The compiler checks and emits in one pass (`expr.rs`), but some decisions
//! need an operand's type *before* its code may be emitted: is `m` in `m[k]`
//! a map (a map index, a comma-ok form, an assignment target) or something
//! addressable; does `x.M()` want `x` or `&x`; is `f(g())` passing several
//! results; are all of `min`'s arguments constant. Compiling the operand to
//! learn its type and then cutting the code back is not enough: compiling
//! also registers the function literals inside it (so the next closure gets
//! the wrong `funcN`, issue 12: `defer get(func(){}).Unlock()` named later
//! closures `main.main.func4` where gc says `func2`), allocates temporaries,
//! records captures and marks variables used.
//!
//! So `type_of` runs the same checker with emission switched off
//! (`Compiler::dry`): one set of typing rules and error messages, never two
//! copies that drift apart. While dry, the compiler's only effects are
//! pure — it emits no op, patches nothing, allocates no temporary, constant
//! or name, records no capture, marks no variable used, and a function
//! literal contributes its signature without its body being compiled or
//! numbered. Debug builds check, on every call, that nothing observable
//! changed.

use super::expr::Operand;
use super::*;

/// What `type_of` must leave untouched (checked in debug builds).
#[derive(Debug, PartialEq)]
struct Footprint {
    fs: usize,
    code: usize,
    nlocals: u16,
    lit_counter: u32,
    captures: Vec<usize>,
    funcs: usize,
    consts: usize,
    names: usize,
    errors: usize,
    line: u32,
}

impl<'a> Compiler<'a> {
    /// The operand `e` is (constant, value, type, several values, none), or the
    /// error compiling it would give; emits nothing.
    pub fn type_of(&mut self, e: &Expr) -> R<Operand> {
        self.without_emitting(|c| c.expr(e))
    }

    /// The type of `e` as a single value (its default type for constants), as `value` would give.
    pub fn value_type(&mut self, e: &Expr) -> R<TypeId> {
        self.without_emitting(|c| c.value(e))
    }

    /// Compiles the receiver `x` whose type `type_of` has just given. While
    /// only typing there is nothing to add (its errors were found then), and
    /// evaluating it again would make a chain `a.M().M().M()…` cost 2^depth.
    pub fn receiver_value(&mut self, x: &Expr) -> R<()> {
        if self.dry == 0 {
            self.value(x)?;
        }
        Ok(())
    }

    /// `value_as(e, to)` where `known` is what `type_of(e)` just gave: while
    /// only typing, the conversion is checked without evaluating `e` again
    /// (nested `f(f(f(…)))` would otherwise cost 2^depth).
    pub fn value_as_known(&mut self, e: &Expr, known: Option<Operand>, to: TypeId, ctx: &str) -> R<()> {
        match known {
            Some(o) if self.dry > 0 => self.convert_to(o, e, to, ctx),
            _ => self.value_as(e, to, ctx),
        }
    }

    /// Runs a piece of the checker with emission off and restores the line.
    pub fn without_emitting<T>(&mut self, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        let before = if cfg!(debug_assertions) { Some(self.footprint()) } else { None };
        let line = self.line;
        self.dry += 1;
        let r = f(self);
        self.dry -= 1;
        self.line = line;
        if let Some(before) = before {
            debug_assert_eq!(before, self.footprint(), "type_of changed the compiler's state");
        }
        r
    }

    fn footprint(&self) -> Footprint {
        let top = self.fs.last();
        Footprint {
            fs: self.fs.len(),
            code: top.map_or(0, |f| f.code.len()),
            nlocals: top.map_or(0, |f| f.nlocals),
            lit_counter: top.map_or(0, |f| f.lit_counter),
            captures: self.fs.iter().map(|f| f.captures.len()).collect(),
            // (Generic instantiations may happen while typing: they are memoised, not undone.)
            funcs: self.funcs.len() - self.gen.inst_funcs,
            consts: self.consts.len(),
            names: self.names.len(),
            errors: self.errors.len(),
            line: self.line,
        }
    }
}
