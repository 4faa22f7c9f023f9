//! A recursive-descent parser for the Go subset maprace runs
//! (go.dev/ref/spec), with syntax errors in gc's wording:
//! `syntax error: unexpected }, expected expression`.
//!
//! Written by hand rather than taken from a crate so that every error is gc's
//! wording at gc's position and no input can make it panic (a panic in wasm
//! aborts the tab's worker).

use super::ast::*;
use super::diag::{Pos, PosError};
use super::lexer::{lex, Tok, Token};
use std::rc::Rc;

pub fn parse(src: &str) -> Result<File, PosError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, i: 0, expr_lev: 0, depth: 0 };
    p.file()
}

struct Parser {
    toks: Vec<Token>,
    i: usize,
    /// < 0 inside a control clause header, where `T{` starts the body.
    expr_lev: i32,
    depth: u32,
}

type PResult<T> = Result<T, PosError>;

/// How deeply the syntax tree may nest: every later pass (checker, compiler,
/// printer) walks it recursively, so the depth is bounded here, once, the same
/// natively and in wasm. Left-deep chains that the parser builds in a loop
/// (`a+b+c…`, `x.f.g…`, `f()()…`) count one level per link. In the page's
/// worker the bound is V8's own call stack, not the 16 MiB linked in: at
/// 1000 levels a worker that had just run a deep program overflowed it on
/// the next deep one ("Maximum call stack size exceeded"; tests/e2e/run.mjs
/// runs deep programs one after another in one worker).
pub const MAX_DEPTH: u32 = 500;

impl Parser {
    fn tok(&self) -> &Tok {
        &self.toks[self.i].tok
    }
    fn pos(&self) -> Pos {
        self.toks[self.i].pos
    }
    fn peek(&self, n: usize) -> &Tok {
        &self.toks[(self.i + n).min(self.toks.len() - 1)].tok
    }
    fn next(&mut self) {
        if self.i + 1 < self.toks.len() {
            self.i += 1;
        }
    }
    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }
    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }
    fn is_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
    }
    fn got_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.next();
            true
        } else {
            false
        }
    }
    fn err_unexpected(&self, expected: &str) -> PosError {
        PosError::new(self.pos(), format!("syntax error: unexpected {}, expected {}", self.tok().describe(), expected))
    }
    fn want_op(&mut self, op: &str) -> PResult<Pos> {
        let pos = self.pos();
        if self.got_op(op) {
            Ok(pos)
        } else {
            Err(self.err_unexpected(op))
        }
    }
    fn ident(&mut self) -> PResult<Ident> {
        match self.tok().clone() {
            Tok::Ident(name) => {
                let pos = self.pos();
                self.next();
                Ok(Ident { name, pos })
            }
            _ => Err(self.err_unexpected("name")),
        }
    }
    /// Runs a recursive production, refusing input nested too deeply to parse safely.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let r = self.deeper().and_then(|_| f(self));
        self.depth -= 1;
        r
    }
    /// One level deeper in the tree being built (the caller restores `depth`).
    fn deeper(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(PosError::new(self.pos(), format!("maprace does not support code nested more than {MAX_DEPTH} levels deep yet")));
        }
        Ok(())
    }
    /// After a statement or declaration: `;`, or before a closing `)`/`}`.
    fn semi(&mut self, after: &str) -> PResult<()> {
        if self.is_semi() {
            self.next();
            return Ok(());
        }
        if self.is_op(")") || self.is_op("}") || matches!(self.tok(), Tok::Eof) {
            return Ok(());
        }
        Err(PosError::new(
            self.pos(),
            format!("syntax error: unexpected {} {}", self.tok().describe(), after),
        ))
    }

    fn file(&mut self) -> PResult<File> {
        if !self.is_kw("package") {
            return Err(PosError::new(self.pos(), "syntax error: package statement must be first"));
        }
        self.next();
        let package = self.ident()?;
        self.semi("after package clause")?;
        let mut imports = Vec::new();
        while self.is_kw("import") {
            self.next();
            if self.got_op("(") {
                while !self.is_op(")") {
                    imports.push(self.import_spec()?);
                    self.semi("in import declaration; possibly missing semicolon or newline or )")?;
                }
                self.next();
            } else {
                imports.push(self.import_spec()?);
            }
            self.semi("after top level declaration")?;
        }
        let mut decls = Vec::new();
        while !matches!(self.tok(), Tok::Eof) {
            if self.is_semi() {
                self.next();
                continue;
            }
            let d = match self.tok() {
                Tok::Kw("func") => Decl::Func(Rc::new(self.func_decl()?)),
                Tok::Kw("var") => {
                    let pos = self.pos();
                    self.next();
                    Decl::Var(self.group(Self::var_spec)?, pos)
                }
                Tok::Kw("const") => {
                    let pos = self.pos();
                    self.next();
                    Decl::Const(self.const_group()?, pos)
                }
                Tok::Kw("type") => {
                    let pos = self.pos();
                    self.next();
                    Decl::Type(self.group(Self::type_spec)?, pos)
                }
                Tok::Kw("import") => {
                    return Err(PosError::new(self.pos(), "syntax error: imports must appear before other declarations"))
                }
                _ => return Err(PosError::new(self.pos(), "syntax error: non-declaration statement outside function body")),
            };
            decls.push(d);
            self.semi("after top level declaration")?;
        }
        Ok(File { package, imports, decls })
    }

    fn import_spec(&mut self) -> PResult<Import> {
        let alias = match self.tok() {
            Tok::Ident(_) => Some(self.ident()?),
            Tok::Op(".") => return Err(PosError::new(self.pos(), "maprace does not support dot imports")),
            _ => None,
        };
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Str(path) => {
                self.next();
                Ok(Import { path: String::from_utf8_lossy(&path).into_owned(), alias, pos })
            }
            _ => Err(PosError::new(pos, "syntax error: missing import path; require quoted string")),
        }
    }

    fn group<T>(&mut self, f: fn(&mut Self) -> PResult<T>) -> PResult<Vec<T>> {
        if self.got_op("(") {
            let mut v = Vec::new();
            while !self.is_op(")") {
                v.push(f(self)?);
                self.semi("after declaration; possibly missing semicolon or newline or )")?;
            }
            self.next();
            Ok(v)
        } else {
            Ok(vec![f(self)?])
        }
    }

    fn ident_list(&mut self) -> PResult<Vec<Ident>> {
        let mut v = vec![self.ident()?];
        while self.got_op(",") {
            v.push(self.ident()?);
        }
        Ok(v)
    }

    fn var_spec(&mut self) -> PResult<VarSpec> {
        let names = self.ident_list()?;
        let ty = if self.is_op("=") { None } else { Some(self.ty()?) };
        let values = if self.got_op("=") { self.expr_list()? } else { Vec::new() };
        if ty.is_none() && values.is_empty() {
            return Err(self.err_unexpected("type"));
        }
        Ok(VarSpec { names, ty, values })
    }

    fn const_group(&mut self) -> PResult<Vec<ConstSpec>> {
        let grouped = self.got_op("(");
        let mut v: Vec<ConstSpec> = Vec::new();
        let mut iota = 0;
        loop {
            if grouped && self.got_op(")") {
                break;
            }
            let names = self.ident_list()?;
            let mut ty = None;
            let mut values = Vec::new();
            if !self.is_semi() && !self.is_op(")") {
                if !self.is_op("=") {
                    ty = Some(self.ty()?);
                }
                self.want_op("=")?;
                values = self.expr_list()?;
            }
            if values.is_empty() {
                // Repeat the previous spec's expressions (implicit repetition).
                match v.last() {
                    Some(prev) if ty.is_none() => {
                        ty = prev.ty.clone();
                        values = prev.values.clone();
                    }
                    _ => return Err(PosError::new(names[0].pos, format!("missing init expr for const declaration"))),
                }
            }
            v.push(ConstSpec { names, ty, values, iota });
            iota += 1;
            if !grouped {
                break;
            }
            self.semi("after declaration; possibly missing semicolon or newline or )")?;
        }
        Ok(v)
    }

    fn type_spec(&mut self) -> PResult<TypeSpec> {
        let name = self.ident()?;
        let mut tparams = Vec::new();
        // `type A [N]int` is an array; `type A[T any] …` is generic: a name
        // after the first one decides (gc's parser looks further; a
        // parameter list always has its constraint).
        if self.is_op("[") && matches!(self.peek(1), Tok::Ident(_)) && matches!(self.peek(2), Tok::Ident(_) | Tok::Op("," | "~" | "[") | Tok::Kw("interface" | "func" | "map" | "chan")) {
            tparams = self.type_params()?;
        }
        let alias = self.got_op("=");
        let ty = self.ty()?;
        Ok(TypeSpec { name, ty, alias, type_params: !tparams.is_empty(), tparams })
    }

    /// `[K comparable, V any]`: groups of names, each with its constraint.
    fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let open = self.pos();
        self.want_op("[")?;
        let mut out = Vec::new();
        while !self.is_op("]") {
            let names = self.ident_list()?;
            if self.is_op("]") {
                return Err(PosError::new(self.pos(), "syntax error: missing type constraint"));
            }
            let constraint = self.constraint()?;
            out.push(TypeParam { names, constraint });
            if !self.got_op(",") {
                break;
            }
        }
        if out.is_empty() {
            return Err(PosError::new(open, "empty type parameter list"));
        }
        self.want_op("]")?;
        Ok(out)
    }

    /// A constraint or an interface's type element: `~int | ~string`, `comparable`.
    fn constraint(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let mut terms = Vec::new();
        loop {
            let tilde = self.got_op("~");
            let ty = self.ty()?;
            terms.push(UnionTerm { tilde, ty });
            if !self.got_op("|") {
                break;
            }
        }
        if terms.len() == 1 && !terms[0].tilde {
            return Ok(terms.pop().expect("one term").ty);
        }
        Ok(Expr { pos, kind: ExprKind::Union(terms) })
    }

    /// `[int, string]` after a generic type's name.
    fn type_args(&mut self, x: Expr) -> PResult<Expr> {
        let pos = self.pos();
        self.want_op("[")?;
        let old = self.expr_lev;
        self.expr_lev = self.expr_lev.max(0) + 1;
        let r = self.type_list();
        self.expr_lev = old;
        let list = r?;
        self.got_op(",");
        self.want_op("]")?;
        Ok(Expr { pos, kind: ExprKind::Index(Box::new(x), list) })
    }

    fn func_decl(&mut self) -> PResult<FuncDecl> {
        let fpos = self.pos();
        self.next();
        let mut recv = None;
        if self.is_op("(") {
            let ps = self.params()?;
            if ps.len() != 1 {
                return Err(PosError::new(fpos, "method has multiple receivers"));
            }
            recv = ps.into_iter().next();
        }
        let name = self.ident()?;
        let tparams = if self.is_op("[") { self.type_params()? } else { Vec::new() };
        let mut sig = self.signature(fpos)?;
        sig.type_params = !tparams.is_empty();
        sig.tparams = tparams;
        let body = if self.is_op("{") { Some(self.block()?) } else { None };
        Ok(FuncDecl { name, recv, sig: Rc::new(sig), body })
    }

    fn signature(&mut self, pos: Pos) -> PResult<FuncSig> {
        let params = self.params()?;
        let results = if self.is_op("(") {
            self.params()?
        } else if self.starts_type() {
            vec![Param { name: None, ty: self.ty()?, variadic: false }]
        } else {
            Vec::new()
        };
        Ok(FuncSig { pos, params, results, type_params: false, tparams: Vec::new() })
    }

    /// At `[` after a name in a parameter list: `List[int]` (a generic
    /// type, followed by `,` or `)`) rather than `a [5]int` (a name and an
    /// array type)?
    fn instantiation_ahead(&self) -> bool {
        let mut depth = 0usize;
        let mut k = self.i;
        while k < self.toks.len() {
            match &self.toks[k].tok {
                Tok::Op("[") => depth += 1,
                Tok::Op("]") => {
                    depth -= 1;
                    if depth == 0 {
                        if k == self.i + 1 {
                            return false;
                        }
                        return matches!(self.toks.get(k + 1).map(|t| &t.tok), Some(Tok::Op("," | ")" | "...")));
                    }
                }
                Tok::Eof => return false,
                _ => {}
            }
            k += 1;
        }
        false
    }

    fn starts_type(&self) -> bool {
        matches!(self.tok(), Tok::Ident(_) | Tok::Kw("map" | "chan" | "func" | "struct" | "interface") | Tok::Op("[" | "*" | "(" | "<-"))
    }

    /// `(a, b int, c string)` or `(int, string)`: Go decides after the list.
    fn params(&mut self) -> PResult<Vec<Param>> {
        self.want_op("(")?;
        let mut entries: Vec<(Option<Ident>, Option<Expr>, bool)> = Vec::new();
        while !self.is_op(")") {
            let variadic = self.got_op("...");
            let mut name = None;
            let ty;
            if let Tok::Ident(_) = self.tok() {
                // name Type, name, or a type that starts with a name (pkg.T)
                let id = self.ident()?;
                if self.is_op(",") || self.is_op(")") {
                    ty = None;
                    name = Some(id);
                } else if self.is_op(".") {
                    self.next();
                    let sel = self.ident()?;
                    let pos = id.pos;
                    let mut t = Expr { pos, kind: ExprKind::Selector(Box::new(ident_expr(id)), sel) };
                    if self.is_op("[") {
                        t = self.type_args(t)?;
                    }
                    ty = Some(t);
                } else if self.is_op("[") && self.instantiation_ahead() {
                    ty = Some(self.type_args(ident_expr(id))?);
                } else {
                    name = Some(id);
                    let v = self.got_op("...");
                    let t = self.ty()?;
                    entries.push((name, Some(t), v));
                    if !self.got_op(",") {
                        break;
                    }
                    continue;
                }
            } else {
                ty = Some(self.ty()?);
            }
            entries.push((name, ty, variadic));
            if !self.got_op(",") {
                break;
            }
        }
        if !self.is_op(")") {
            return Err(PosError::new(
                self.pos(),
                format!("syntax error: unexpected {}, expected )", self.tok().describe()),
            ));
        }
        self.next();
        let named = entries.iter().any(|(n, t, _)| n.is_some() && t.is_some());
        let mut out = Vec::new();
        if named {
            // Every entry is `name` (type comes later) or `name Type`.
            let mut pending: Vec<Ident> = Vec::new();
            for (n, t, v) in entries {
                match (n, t) {
                    (Some(n), None) => pending.push(n),
                    (Some(n), Some(t)) => {
                        for p in pending.drain(..) {
                            out.push(Param { name: Some(p), ty: t.clone(), variadic: v });
                        }
                        out.push(Param { name: Some(n), ty: t, variadic: v });
                    }
                    (None, Some(t)) => return Err(PosError::new(t.pos, "syntax error: mixed named and unnamed parameters")),
                    (None, None) => {}
                }
            }
            if let Some(p) = pending.first() {
                return Err(PosError::new(p.pos, "syntax error: mixed named and unnamed parameters"));
            }
        } else {
            for (n, t, v) in entries {
                let ty = match (n, t) {
                    (Some(n), None) => ident_expr(n),
                    (_, Some(t)) => t,
                    (None, None) => continue,
                };
                out.push(Param { name: None, ty, variadic: v });
            }
        }
        Ok(out)
    }

    // ---------- types ----------

    fn ty(&mut self) -> PResult<Expr> {
        self.nested(Self::ty_inner)
    }

    fn ty_inner(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Ident(_) => {
                let id = self.ident()?;
                if self.is_op(".") {
                    self.next();
                    let sel = self.ident()?;
                    let t = Expr { pos, kind: ExprKind::Selector(Box::new(ident_expr(id)), sel) };
                    if self.is_op("[") {
                        return self.type_args(t);
                    }
                    return Ok(t);
                }
                if self.is_op("[") {
                    // An instantiated generic type: Pair[int, string]
                    return self.type_args(ident_expr(id));
                }
                Ok(ident_expr(id))
            }
            Tok::Op("(") => {
                self.next();
                let t = self.ty()?;
                self.want_op(")")?;
                Ok(t)
            }
            Tok::Op("*") => {
                self.next();
                let t = self.ty()?;
                Ok(Expr { pos, kind: ExprKind::Star(Box::new(t)) })
            }
            Tok::Op("[") => {
                self.next();
                if self.got_op("]") {
                    let t = self.ty()?;
                    return Ok(Expr { pos, kind: ExprKind::SliceType(Box::new(t)) });
                }
                let len = if self.is_op("...") {
                    self.next();
                    None
                } else {
                    let old = self.expr_lev;
                    self.expr_lev += 1;
                    let e = self.expr();
                    self.expr_lev = old;
                    Some(Box::new(e?))
                };
                self.want_op("]")?;
                let t = self.ty()?;
                Ok(Expr { pos, kind: ExprKind::ArrayType(len, Box::new(t)) })
            }
            Tok::Kw("map") => {
                self.next();
                self.want_op("[")?;
                let k = self.ty()?;
                self.want_op("]")?;
                let v = self.ty()?;
                Ok(Expr { pos, kind: ExprKind::MapType(Box::new(k), Box::new(v)) })
            }
            Tok::Kw("chan") => {
                self.next();
                let dir = if self.got_op("<-") { ChanDir::Send } else { ChanDir::Both };
                let t = self.ty()?;
                Ok(Expr { pos, kind: ExprKind::ChanType(dir, Box::new(t)) })
            }
            Tok::Op("<-") => {
                self.next();
                if !self.is_kw("chan") {
                    return Err(self.err_unexpected("chan"));
                }
                self.next();
                let t = self.ty()?;
                Ok(Expr { pos, kind: ExprKind::ChanType(ChanDir::Recv, Box::new(t)) })
            }
            Tok::Kw("func") => {
                self.next();
                let sig = self.signature(pos)?;
                Ok(Expr { pos, kind: ExprKind::FuncType(Rc::new(sig)) })
            }
            Tok::Kw("struct") => self.struct_type(),
            Tok::Kw("interface") => self.interface_type(),
            _ => Err(self.err_unexpected("type")),
        }
    }

    fn struct_type(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        self.next();
        self.want_op("{")?;
        let mut fields = Vec::new();
        while !self.is_op("}") {
            if self.is_op("*") {
                let t = self.ty()?;
                let name = embedded_name(&t);
                fields.push(FieldDecl { names: vec![name], ty: t, embedded: true });
            } else {
                let first = self.ident()?;
                if self.is_semi() || self.is_op("}") || self.is_op(".") || matches!(self.tok(), Tok::Str(_)) {
                    let t = if self.got_op(".") {
                        let sel = self.ident()?;
                        Expr { pos: first.pos, kind: ExprKind::Selector(Box::new(ident_expr(first)), sel) }
                    } else {
                        ident_expr(first)
                    };
                    let name = embedded_name(&t);
                    fields.push(FieldDecl { names: vec![name], ty: t, embedded: true });
                } else {
                    let mut names = vec![first];
                    while self.got_op(",") {
                        names.push(self.ident()?);
                    }
                    let ty = self.ty()?;
                    fields.push(FieldDecl { names, ty, embedded: false });
                }
            }
            if let Tok::Str(_) = self.tok() {
                self.next(); // tag
            }
            self.semi("in struct type; possibly missing semicolon or newline or }")?;
        }
        self.next();
        Ok(Expr { pos, kind: ExprKind::StructType(fields) })
    }

    fn interface_type(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        self.next();
        self.want_op("{")?;
        let mut methods = Vec::new();
        while !self.is_op("}") {
            if matches!(self.tok(), Tok::Ident(_)) && matches!(self.peek(1), Tok::Op("(")) {
                let name = self.ident()?;
                let sig = self.signature(name.pos)?;
                methods.push(MethodSpec { name, sig: Some(Rc::new(sig)), embedded: None });
            } else {
                // An embedded interface, or a type element: `~int | ~string`.
                let e = self.constraint()?;
                let name = embedded_name(&e);
                methods.push(MethodSpec { name, sig: None, embedded: Some(e) });
            }
            self.semi("in interface type; possibly missing semicolon or newline or }")?;
        }
        self.next();
        Ok(Expr { pos, kind: ExprKind::InterfaceType(methods) })
    }

    // ---------- statements ----------

    fn block(&mut self) -> PResult<Block> {
        let lbrace = self.pos();
        self.want_op("{")?;
        let stmts = self.stmt_list()?;
        let rbrace = self.pos();
        if !self.is_op("}") {
            return Err(self.err_unexpected("}"));
        }
        self.next();
        Ok(Block { stmts, lbrace, rbrace })
    }

    fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
        let mut v = Vec::new();
        while !self.is_op("}") && !matches!(self.tok(), Tok::Eof | Tok::Kw("case" | "default")) {
            if self.is_semi() {
                self.next();
                continue;
            }
            v.push(self.stmt()?);
            if self.is_op("}") || matches!(self.tok(), Tok::Kw("case" | "default")) {
                break;
            }
            self.semi("at end of statement")?;
        }
        Ok(v)
    }

    fn stmt(&mut self) -> PResult<Stmt> {
        self.nested(Self::stmt_inner)
    }

    fn stmt_inner(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Kw("var") => {
                self.next();
                StmtKind::Var(self.group(Self::var_spec)?)
            }
            Tok::Kw("const") => {
                self.next();
                StmtKind::Const(self.const_group()?)
            }
            Tok::Kw("type") => {
                self.next();
                StmtKind::Type(self.group(Self::type_spec)?)
            }
            Tok::Kw("go") | Tok::Kw("defer") => {
                let is_go = self.is_kw("go");
                self.next();
                let e = self.expr()?;
                if !matches!(e.kind, ExprKind::Call { .. }) {
                    let what = if is_go { "go" } else { "defer" };
                    return Err(PosError::new(e.pos, format!("expression in {what} must be function call")));
                }
                if is_go {
                    StmtKind::Go(e)
                } else {
                    StmtKind::Defer(e)
                }
            }
            Tok::Kw("return") => {
                self.next();
                let vals = if self.is_semi() || self.is_op("}") { Vec::new() } else { self.expr_list()? };
                StmtKind::Return(vals)
            }
            Tok::Kw("break") | Tok::Kw("continue") | Tok::Kw("goto") => {
                let kw = self.tok().clone();
                self.next();
                let label = if let Tok::Ident(_) = self.tok() { Some(self.ident()?) } else { None };
                match kw {
                    Tok::Kw("break") => StmtKind::Break(label),
                    Tok::Kw("continue") => StmtKind::Continue(label),
                    _ => match label {
                        Some(l) => StmtKind::Goto(l),
                        None => return Err(self.err_unexpected("name")),
                    },
                }
            }
            Tok::Kw("fallthrough") => {
                self.next();
                StmtKind::Fallthrough
            }
            Tok::Op("{") => StmtKind::Block(self.block()?),
            Tok::Kw("if") => return self.if_stmt(),
            Tok::Kw("for") => return self.for_stmt(),
            Tok::Kw("switch") => return self.switch_stmt(),
            Tok::Kw("select") => return self.select_stmt(),
            Tok::Ident(_) if matches!(self.peek(1), Tok::Op(":")) => {
                let label = self.ident()?;
                self.next();
                if self.is_op("}") {
                    return Ok(Stmt { pos, kind: StmtKind::Labeled(label, Box::new(Stmt { pos, kind: StmtKind::Empty })) });
                }
                let s = self.stmt()?;
                StmtKind::Labeled(label, Box::new(s))
            }
            Tok::Semi(_) => StmtKind::Empty,
            _ => return self.simple_stmt(),
        };
        Ok(Stmt { pos, kind })
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        if self.is_kw("range") {
            return Err(self.err_unexpected("expression"));
        }
        let lhs = self.expr_list()?;
        let kind = match self.tok().clone() {
            Tok::Op(":=") | Tok::Op("=") => {
                let define = self.is_op(":=");
                self.next();
                if self.is_kw("range") {
                    // handled by for_stmt; here it's misplaced
                    return Err(PosError::new(self.pos(), "syntax error: unexpected keyword range, expected expression"));
                }
                let rhs = self.expr_list()?;
                StmtKind::Assign { lhs, op: if define { AssignOp::Define } else { AssignOp::Assign }, rhs }
            }
            Tok::Op(op) if op.len() >= 2 && op.ends_with('=') && !matches!(op, "==" | "!=" | "<=" | ">=") => {
                self.next();
                let bin: &'static str = &op[..op.len() - 1];
                let rhs = vec![self.expr()?];
                if lhs.len() != 1 {
                    return Err(PosError::new(pos, format!("syntax error: unexpected {op}, expected := or = or comma")));
                }
                StmtKind::Assign { lhs, op: AssignOp::Op(bin), rhs }
            }
            Tok::Op("++") | Tok::Op("--") => {
                let inc = self.is_op("++");
                self.next();
                StmtKind::IncDec(one(lhs, pos)?, inc)
            }
            Tok::Op("<-") => {
                self.next();
                let v = self.expr()?;
                StmtKind::Send(one(lhs, pos)?, v)
            }
            _ => {
                if lhs.len() > 1 {
                    return Err(self.err_unexpected(":= or = or comma"));
                }
                StmtKind::Expr(one(lhs, pos)?)
            }
        };
        Ok(Stmt { pos, kind })
    }

    /// Parses a control-clause header part with composite literals disabled.
    fn header<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let old = self.expr_lev;
        self.expr_lev = -1;
        let r = f(self);
        self.expr_lev = old;
        r
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        if self.is_op("{") {
            return Err(PosError::new(self.pos(), "syntax error: missing condition in if statement"));
        }
        let (init, cond) = self.header(|p| {
            let mut init = None;
            let mut s = if p.is_semi() { None } else { Some(p.simple_stmt()?) };
            if p.is_semi() {
                p.next();
                init = s.take().map(Box::new);
                if !p.is_op("{") {
                    s = Some(p.simple_stmt()?);
                }
            }
            let cond = match s {
                Some(Stmt { kind: StmtKind::Expr(e), .. }) => e,
                Some(st) => {
                    return Err(PosError::new(st.pos, "cannot use assignment as value".to_string()));
                }
                None => return Err(PosError::new(p.pos(), "syntax error: missing condition in if statement")),
            };
            Ok((init, cond))
        })?;
        if !self.is_op("{") {
            return Err(self.err_unexpected("{ after if clause"));
        }
        let then = self.block()?;
        let els = if self.is_kw("else") {
            self.next();
            if self.is_kw("if") {
                Some(Box::new(self.if_stmt()?))
            } else if self.is_op("{") {
                let b = self.block()?;
                Some(Box::new(Stmt { pos: b.lbrace, kind: StmtKind::Block(b) }))
            } else {
                return Err(self.err_unexpected("if statement or block"));
            }
        } else {
            None
        };
        Ok(Stmt { pos, kind: StmtKind::If { init, cond, then, els } })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        enum Head {
            Range(Option<Expr>, Option<Expr>, bool, Expr),
            Three(Option<Box<Stmt>>, Option<Expr>, Option<Box<Stmt>>),
        }
        let head = self.header(|p| {
            if p.is_op("{") {
                return Ok(Head::Three(None, None, None));
            }
            if p.is_kw("range") {
                p.next();
                let x = p.expr()?;
                return Ok(Head::Range(None, None, false, x));
            }
            let mut init = None;
            if !p.is_semi() {
                let spos = p.pos();
                let lhs = p.expr_list()?;
                if (p.is_op(":=") || p.is_op("=")) && matches!(p.peek(1), Tok::Kw("range")) {
                    let define = p.is_op(":=");
                    p.next();
                    p.next();
                    let x = p.expr()?;
                    if lhs.len() > 2 {
                        return Err(PosError::new(lhs[2].pos, "range clause permits at most two iteration variables"));
                    }
                    let mut it = lhs.into_iter();
                    return Ok(Head::Range(it.next(), it.next(), define, x));
                }
                // Re-parse as a simple statement from the saved lhs.
                let s = p.finish_simple(spos, lhs)?;
                if p.is_op("{") {
                    return match s.kind {
                        StmtKind::Expr(e) => Ok(Head::Three(None, Some(e), None)),
                        _ => Err(PosError::new(s.pos, "syntax error: expected for loop condition")),
                    };
                }
                init = Some(Box::new(s));
            }
            if !p.is_semi() {
                return Err(p.err_unexpected("{ after for clause"));
            }
            p.next();
            let cond = if p.is_semi() { None } else { Some(p.expr()?) };
            if !p.is_semi() {
                return Err(p.err_unexpected("{ after for clause"));
            }
            p.next();
            let post = if p.is_op("{") { None } else { Some(Box::new(p.simple_stmt()?)) };
            Ok(Head::Three(init, cond, post))
        })?;
        if !self.is_op("{") {
            return Err(self.err_unexpected("{ after for clause"));
        }
        let body = self.block()?;
        let kind = match head {
            Head::Range(key, value, define, x) => StmtKind::Range { key, value, define, x, body },
            Head::Three(init, cond, post) => StmtKind::For { init, cond, post, body },
        };
        Ok(Stmt { pos, kind })
    }

    /// The rest of a simple statement whose left-hand list is already parsed.
    fn finish_simple(&mut self, pos: Pos, lhs: Vec<Expr>) -> PResult<Stmt> {
        let kind = match self.tok().clone() {
            Tok::Op(":=") | Tok::Op("=") => {
                let define = self.is_op(":=");
                self.next();
                let rhs = self.expr_list()?;
                StmtKind::Assign { lhs, op: if define { AssignOp::Define } else { AssignOp::Assign }, rhs }
            }
            Tok::Op(op) if op.len() >= 2 && op.ends_with('=') && !matches!(op, "==" | "!=" | "<=" | ">=") => {
                self.next();
                let rhs = vec![self.expr()?];
                StmtKind::Assign { lhs, op: AssignOp::Op(&op[..op.len() - 1]), rhs }
            }
            Tok::Op("++") | Tok::Op("--") => {
                let inc = self.is_op("++");
                self.next();
                StmtKind::IncDec(one(lhs, pos)?, inc)
            }
            Tok::Op("<-") => {
                self.next();
                let v = self.expr()?;
                StmtKind::Send(one(lhs, pos)?, v)
            }
            _ => StmtKind::Expr(one(lhs, pos)?),
        };
        Ok(Stmt { pos, kind })
    }

    fn switch_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let (init, tag) = self.header(|p| {
            let mut init = None;
            let mut s = if p.is_op("{") || p.is_semi() { None } else { Some(p.simple_stmt()?) };
            if p.is_semi() {
                p.next();
                init = s.take().map(Box::new);
                if !p.is_op("{") {
                    s = Some(p.simple_stmt()?);
                }
            }
            Ok((init, s))
        })?;
        if !self.is_op("{") {
            return Err(self.err_unexpected("{ after switch clause"));
        }
        // Type switch: `x.(type)` or `v := x.(type)`.
        let type_switch = match &tag {
            Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::TypeAssert(_, None), .. }), .. }) => true,
            Some(Stmt { kind: StmtKind::Assign { op: AssignOp::Define, rhs, .. }, .. }) => {
                matches!(rhs.first(), Some(Expr { kind: ExprKind::TypeAssert(_, None), .. }))
            }
            _ => false,
        };
        self.next();
        let mut clauses = Vec::new();
        while !self.is_op("}") {
            let cpos = self.pos();
            let (exprs, default) = if self.is_kw("case") {
                self.next();
                let list = if type_switch { self.type_list()? } else { self.expr_list()? };
                (list, false)
            } else if self.is_kw("default") {
                self.next();
                (Vec::new(), true)
            } else {
                return Err(self.err_unexpected("case or default or }"));
            };
            self.want_op(":")?;
            let body = self.stmt_list()?;
            clauses.push(CaseClause { pos: cpos, exprs, default, body });
        }
        let rbrace = self.pos();
        self.next();
        if type_switch {
            let (bind, x) = match tag {
                Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::TypeAssert(x, None), .. }), .. }) => (None, *x),
                Some(Stmt { kind: StmtKind::Assign { lhs, rhs, .. }, .. }) => {
                    let bind = match lhs.into_iter().next() {
                        Some(Expr { kind: ExprKind::Ident(n), pos }) => Ident { name: n, pos },
                        _ => return Err(PosError::new(pos, "syntax error: invalid variable name in type switch")),
                    };
                    match rhs.into_iter().next() {
                        Some(Expr { kind: ExprKind::TypeAssert(x, None), .. }) => (Some(bind), *x),
                        _ => return Err(PosError::new(pos, "syntax error: bad type switch")),
                    }
                }
                _ => return Err(PosError::new(pos, "syntax error: bad type switch")),
            };
            return Ok(Stmt { pos, kind: StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } });
        }
        let tag = match tag {
            None => None,
            Some(Stmt { kind: StmtKind::Expr(e), .. }) => Some(e),
            Some(s) => return Err(PosError::new(s.pos, "syntax error: switch expression must be an expression")),
        };
        Ok(Stmt { pos, kind: StmtKind::Switch { init, tag, clauses, rbrace } })
    }

    fn type_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.ty()?];
        while self.got_op(",") {
            v.push(self.ty()?);
        }
        Ok(v)
    }

    fn select_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        self.want_op("{")?;
        let mut clauses = Vec::new();
        while !self.is_op("}") {
            let cpos = self.pos();
            let comm = if self.is_kw("case") {
                self.next();
                Some(Box::new(self.simple_stmt()?))
            } else if self.is_kw("default") {
                self.next();
                None
            } else {
                return Err(self.err_unexpected("case or default or }"));
            };
            self.want_op(":")?;
            let body = self.stmt_list()?;
            clauses.push(CommClause { pos: cpos, comm, body });
        }
        self.next();
        Ok(Stmt { pos, kind: StmtKind::Select(clauses) })
    }

    // ---------- expressions ----------

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.got_op(",") {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    pub fn expr(&mut self) -> PResult<Expr> {
        self.nested(|p| p.binary(1))
    }

    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let x = self.unary()?;
        let depth = self.depth;
        let r = self.binary_chain(x, min_prec);
        self.depth = depth;
        r
    }

    /// The operators after a first operand: a left-deep chain, one level each.
    fn binary_chain(&mut self, mut x: Expr, min_prec: u8) -> PResult<Expr> {
        loop {
            let (op, prec) = match self.tok() {
                Tok::Op(op) => match prec_of(op) {
                    Some(p) if p >= min_prec => (*op, p),
                    _ => break,
                },
                _ => break,
            };
            self.deeper()?;
            self.next();
            let y = self.binary(prec + 1)?;
            // gc reports a binary expression at its left operand.
            x = Expr { pos: x.pos, kind: ExprKind::Binary(op, Box::new(x), Box::new(y)) };
        }
        Ok(x)
    }

    fn unary(&mut self) -> PResult<Expr> {
        self.nested(Self::unary_inner)
    }

    fn unary_inner(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Op(op @ ("+" | "-" | "!" | "^" | "&" | "<-")) => {
                self.next();
                if op == "<-" && self.is_kw("chan") {
                    // <-chan T type in expression position
                    self.next();
                    let t = self.ty()?;
                    return Ok(Expr { pos, kind: ExprKind::ChanType(ChanDir::Recv, Box::new(t)) });
                }
                let x = self.unary()?;
                Ok(Expr { pos, kind: ExprKind::Unary(op, Box::new(x)) })
            }
            Tok::Op("*") => {
                self.next();
                let x = self.unary()?;
                Ok(Expr { pos, kind: ExprKind::Star(Box::new(x)) })
            }
            _ => self.primary(),
        }
    }

    fn operand(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Ident(n) => {
                self.next();
                ExprKind::Ident(n)
            }
            Tok::Int(s) => {
                self.next();
                ExprKind::Int(s)
            }
            Tok::Float(s) => {
                self.next();
                ExprKind::Float(s)
            }
            Tok::Imag(s) => {
                self.next();
                ExprKind::Imag(s)
            }
            Tok::Char(c) => {
                self.next();
                ExprKind::Char(c)
            }
            Tok::Str(s) => {
                self.next();
                ExprKind::Str(s)
            }
            Tok::Op("(") => {
                self.next();
                let old = self.expr_lev;
                self.expr_lev = self.expr_lev.max(0) + 1;
                let x = self.expr();
                self.expr_lev = old;
                let x = x?;
                self.want_op(")")?;
                ExprKind::Paren(Box::new(x))
            }
            Tok::Kw("func") => {
                self.next();
                let sig = Rc::new(self.signature(pos)?);
                if self.is_op("{") {
                    let old = self.expr_lev;
                    self.expr_lev = 0;
                    let body = self.block();
                    self.expr_lev = old;
                    ExprKind::FuncLit(Rc::new(FuncLit { sig, body: body? }))
                } else {
                    ExprKind::FuncType(sig)
                }
            }
            Tok::Op("[") | Tok::Kw("map" | "chan" | "struct" | "interface") => return self.ty(),
            _ => return Err(self.err_unexpected("expression")),
        };
        Ok(Expr { pos, kind })
    }


    fn primary(&mut self) -> PResult<Expr> {
        let depth = self.depth;
        let r = self.primary_chain();
        self.depth = depth;
        r
    }

    /// An operand and its selectors, indexes, calls and literals: a left-deep chain, one level each.
    fn primary_chain(&mut self) -> PResult<Expr> {
        let mut x = self.operand()?;
        loop {
            if matches!(self.tok(), Tok::Op("." | "[" | "(" | "{")) {
                self.deeper()?;
            }
            let pos = self.pos();
            match self.tok() {
                Tok::Op(".") => {
                    self.next();
                    if self.got_op("(") {
                        if self.is_kw("type") {
                            self.next();
                            self.want_op(")")?;
                            x = Expr { pos, kind: ExprKind::TypeAssert(Box::new(x), None) };
                        } else {
                            let t = self.ty()?;
                            self.want_op(")")?;
                            x = Expr { pos, kind: ExprKind::TypeAssert(Box::new(x), Some(Box::new(t))) };
                        }
                    } else {
                        let sel = self.ident()?;
                        x = Expr { pos: x.pos, kind: ExprKind::Selector(Box::new(x), sel) };
                    }
                }
                Tok::Op("[") => {
                    self.next();
                    let old = self.expr_lev;
                    self.expr_lev = self.expr_lev.max(0) + 1;
                    let r = self.index_or_slice(x, pos);
                    self.expr_lev = old;
                    x = r?;
                }
                Tok::Op("(") => {
                    self.next();
                    let old = self.expr_lev;
                    self.expr_lev = self.expr_lev.max(0) + 1;
                    let mut args = Vec::new();
                    let mut ellipsis = false;
                    while !self.is_op(")") {
                        let a = self.expr()?;
                        args.push(a);
                        if self.got_op("...") {
                            ellipsis = true;
                        }
                        if !self.got_op(",") {
                            if !self.is_op(")") {
                                self.expr_lev = old;
                                return Err(PosError::new(
                                    self.pos(),
                                    format!(
                                        "syntax error: unexpected {} in argument list; possibly missing comma or )",
                                        self.tok().describe()
                                    ),
                                ));
                            }
                            break;
                        }
                    }
                    self.expr_lev = old;
                    self.next();
                    x = Expr { pos: x.pos, kind: ExprKind::Call { func: Box::new(x), args, ellipsis } };
                }
                Tok::Op("{") => {
                    if !is_literal_type(&x) || (self.expr_lev < 0 && !is_bracket_type(&x)) {
                        break;
                    }
                    x = self.composite(Some(x))?;
                }
                _ => break,
            }
        }
        Ok(x)
    }

    fn index_or_slice(&mut self, x: Expr, pos: Pos) -> PResult<Expr> {
        let mut idx: [Option<Box<Expr>>; 3] = [None, None, None];
        let mut ncolons = 0;
        if !self.is_op(":") {
            idx[0] = Some(Box::new(self.expr()?));
        }
        if !self.is_op(":") {
            let mut list = vec![*idx[0].take().ok_or_else(|| self.err_unexpected("operand"))?];
            while self.got_op(",") {
                list.push(self.ty()?);
            }
            self.want_op("]")?;
            return Ok(Expr { pos, kind: ExprKind::Index(Box::new(x), list) });
        }
        while self.got_op(":") {
            ncolons += 1;
            if ncolons > 2 {
                return Err(self.err_unexpected("]"));
            }
            if !self.is_op(":") && !self.is_op("]") {
                idx[ncolons] = Some(Box::new(self.expr()?));
            }
        }
        if ncolons == 2 && (idx[1].is_none() || idx[2].is_none()) {
            let which = if idx[1].is_none() { "middle" } else { "final" };
            return Err(PosError::new(pos, format!("syntax error: {which} index required in 3-index slice")));
        }
        self.want_op("]")?;
        let [lo, hi, max] = idx;
        Ok(Expr { pos, kind: ExprKind::Slice { x: Box::new(x), lo, hi, max } })
    }

    fn composite(&mut self, ty: Option<Expr>) -> PResult<Expr> {
        let lbrace = self.pos();
        self.want_op("{")?;
        let old = self.expr_lev;
        self.expr_lev = self.expr_lev.max(0) + 1;
        let r = self.elements();
        self.expr_lev = old;
        let elts = r?;
        let pos = ty.as_ref().map(|t| t.pos).unwrap_or(lbrace);
        Ok(Expr { pos, kind: ExprKind::Composite { ty: ty.map(Box::new), elts, lbrace } })
    }

    fn elements(&mut self) -> PResult<Vec<Element>> {
        let mut elts = Vec::new();
        while !self.is_op("}") {
            let v = self.element_value()?;
            if self.got_op(":") {
                let val = self.element_value()?;
                elts.push(Element { key: Some(v), value: val });
            } else {
                elts.push(Element { key: None, value: v });
            }
            if !self.got_op(",") {
                if !self.is_op("}") {
                    return Err(PosError::new(
                        self.pos(),
                        format!(
                            "syntax error: unexpected {} in composite literal; possibly missing comma or }}",
                            self.tok().describe()
                        ),
                    ));
                }
                break;
            }
        }
        self.next();
        Ok(elts)
    }

    fn element_value(&mut self) -> PResult<Expr> {
        if self.is_op("{") {
            self.composite(None)
        } else {
            self.expr()
        }
    }
}

fn prec_of(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "&&" => 2,
        "==" | "!=" | "<" | "<=" | ">" | ">=" => 3,
        "+" | "-" | "|" | "^" => 4,
        "*" | "/" | "%" | "<<" | ">>" | "&" | "&^" => 5,
        _ => return None,
    })
}

fn ident_expr(id: Ident) -> Expr {
    Expr { pos: id.pos, kind: ExprKind::Ident(id.name) }
}

fn embedded_name(t: &Expr) -> Ident {
    match &t.kind {
        ExprKind::Ident(n) => Ident { name: n.clone(), pos: t.pos },
        ExprKind::Selector(_, sel) => sel.clone(),
        ExprKind::Star(x) => embedded_name(x),
        _ => Ident { name: "_".into(), pos: t.pos },
    }
}

fn one(mut v: Vec<Expr>, pos: Pos) -> PResult<Expr> {
    if v.len() == 1 {
        Ok(v.remove(0))
    } else {
        Err(PosError::new(pos, "syntax error: unexpected comma"))
    }
}

fn is_literal_type(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector(b, _) => matches!(b.kind, ExprKind::Ident(_)),
        ExprKind::ArrayType(..) | ExprKind::SliceType(_) | ExprKind::MapType(..) | ExprKind::StructType(_) => true,
        ExprKind::Index(b, _) => matches!(b.kind, ExprKind::Ident(_)),
        _ => false,
    }
}

fn is_bracket_type(x: &Expr) -> bool {
    matches!(x.kind, ExprKind::ArrayType(..) | ExprKind::SliceType(_) | ExprKind::MapType(..) | ExprKind::StructType(_))
}
