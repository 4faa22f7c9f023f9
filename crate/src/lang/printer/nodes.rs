//! The tree printed node by node, as go/printer/nodes.go prints go/ast:
//! expressions, statements, declarations, the file. Each function keeps its
//! Go name and its decisions (where a line may break, where a column is
//! aligned, when a body fits on one line); positions go/ast records and
//! maprace's tree does not are read from the tokens (see [`Src`]).

use crate::lang::ast::*;
use crate::lang::diag::{Pos, PosError};
use crate::lang::lexer::Tok;
use super::{Last, Position, Printer, Src, Ws, INFINITY, NO_EXTRA_BLANK, NO_EXTRA_LINEBREAK};
use std::cell::Cell;
use std::rc::Rc;

const LOWEST_PREC: i64 = 0;
const UNARY_PREC: i64 = 6;
const HIGHEST_PREC: i64 = 7;

fn prec_of(op: &str) -> i64 {
    match op {
        "||" => 1,
        "&&" => 2,
        "==" | "!=" | "<" | "<=" | ">" | ">=" => 3,
        "+" | "-" | "|" | "^" => 4,
        _ => 5,
    }
}

// ---------------------------------------------------------------------------
// Positions go/ast has and maprace's tree does not.

impl Src<'_> {
    /// go/ast's `Pos()`: the first byte of `e`.
    pub(super) fn start(&self, e: &Expr) -> Pos {
        match &e.kind {
            ExprKind::Binary(_, x, _) => self.start(x),
            ExprKind::Call { func, .. } => self.start(func),
            ExprKind::Index(x, _) | ExprKind::Slice { x, .. } | ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => self.start(x),
            ExprKind::Composite { ty: Some(t), .. } => self.start(t),
            _ => e.pos,
        }
    }

    /// The index of the last token of `e`.
    pub(super) fn last(&self, e: &Expr) -> usize {
        match &e.kind {
            ExprKind::Binary(_, _, y) => self.last(y),
            ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Ellipsis(x) => self.last(x),
            ExprKind::Call { func, .. } => self.matching(self.last(func) + 1),
            ExprKind::Index(..) | ExprKind::Slice { .. } | ExprKind::Paren(_) => self.matching(self.idx(e.pos)),
            ExprKind::Selector(_, sel) => self.idx(sel.pos),
            ExprKind::TypeAssert(..) => self.matching(self.idx(e.pos) + 1),
            ExprKind::Composite { lbrace, .. } => self.matching(self.idx(*lbrace)),
            ExprKind::FuncLit(f) => self.idx(f.body.rbrace),
            ExprKind::ArrayType(_, t) | ExprKind::SliceType(t) | ExprKind::MapType(_, t) | ExprKind::ChanType(_, t) => self.last(t),
            ExprKind::FuncType(sig) => self.sig_last(sig, self.idx(sig.pos)),
            ExprKind::StructType(_) | ExprKind::InterfaceType(_) => self.matching(self.idx(e.pos) + 1),
            ExprKind::Union(terms) => terms.last().map_or(self.idx(e.pos), |t| self.last(&t.ty)),
            _ => self.idx(e.pos),
        }
    }

    /// go/ast's `End()`: the byte after `e`.
    pub(super) fn end(&self, e: &Expr) -> Pos {
        self.end_of(self.last(e))
    }

    /// The `(` of a signature's parameters, which follows token `before`
    /// (or a generic function's type parameter list after it).
    fn params_open(&self, before: usize) -> usize {
        if self.is_op(before + 1, "[") {
            self.matching(before + 1) + 1
        } else {
            before + 1
        }
    }

    fn sig_results_open(&self, sig: &FuncSig, before: usize) -> Option<usize> {
        let close = self.matching(self.params_open(before));
        if !sig.results.is_empty() && self.is_op(close + 1, "(") {
            Some(close + 1)
        } else {
            None
        }
    }

    fn sig_last(&self, sig: &FuncSig, before: usize) -> usize {
        let close = self.matching(self.params_open(before));
        if sig.results.is_empty() {
            close
        } else if let Some(o) = self.sig_results_open(sig, before) {
            self.matching(o)
        } else {
            self.last(&sig.results[0].ty)
        }
    }

    /// The last token of a simple statement (those in headers and `case`s).
    fn stmt_last(&self, s: &Stmt) -> usize {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Send(_, e) => self.last(e),
            StmtKind::Assign { rhs, .. } => self.last(&rhs[rhs.len() - 1]),
            StmtKind::IncDec(x, _) => self.last(x) + 1,
            _ => self.idx(s.pos),
        }
    }

    /// Whether a comment group on the line where token `last` ends follows
    /// it as a line comment (go/parser's `lineComment`).
    fn has_line_comment(&self, p: &Printer, last: usize) -> bool {
        let end = self.end_of(last);
        let line = self.line(end);
        let next = self.next_real(last);
        p.comments.iter().any(|g| {
            g.pos() >= end && g.pos() < self.pos_of(next) && self.line(g.pos()) == line && {
                let after = self.toks.partition_point(|t| t.pos < g.end());
                let after = (after..self.toks.len()).find(|&k| !matches!(self.toks[k].tok, Tok::Semi(true))).unwrap_or(self.toks.len() - 1);
                self.line(self.pos_of(after)) != self.line(g.end()) || matches!(self.toks[after].tok, Tok::Semi(false) | Tok::Eof)
            }
        })
    }

    /// Whether a comment group ends on the line just above token `i` with no
    /// token between (go/parser's `leadComment`, a declaration's doc).
    fn has_doc(&self, p: &Printer, i: usize) -> bool {
        let pos = self.pos_of(i);
        let prev_end = (0..i).rev().find(|&k| !matches!(self.toks[k].tok, Tok::Semi(true))).map_or(0, |k| self.end_of(k));
        let Some(g) = p.comments.iter().filter(|g| g.pos() >= prev_end && g.end() <= pos).last() else { return false };
        // A group on the previous token's line is its line comment, not a doc.
        let trailing = i > 0 && prev_end > 0 && self.line(g.pos()) == self.line(prev_end);
        !trailing && self.line(g.end()) + 1 == self.line(pos)
    }
}

// ---------------------------------------------------------------------------
// Lists.

/// An element of a list printed by `expr_list`.
#[derive(Clone, Copy)]
pub(super) enum Item<'t> {
    E(&'t Expr),
    I(&'t Ident),
    /// `key: value` in a composite literal.
    Kv(&'t Expr, &'t Expr),
    /// `x.(type)` in a type switch.
    Guard(&'t Expr),
}

impl<'t> Item<'t> {
    fn pos(&self, s: &Src) -> Pos {
        match self {
            Item::E(e) | Item::Kv(e, _) | Item::Guard(e) => s.start(e),
            Item::I(i) => i.pos,
        }
    }
    fn end(&self, s: &Src) -> Pos {
        match self {
            Item::E(e) | Item::Kv(_, e) => s.end(e),
            Item::I(i) => i.pos + i.name.len() as Pos,
            Item::Guard(x) => s.end_of(s.last(x) + 4),
        }
    }
}

/// A node whose printed size `node_size` measures.
#[derive(Clone, Copy)]
pub(super) enum Node<'t> {
    Item(Item<'t>),
    Stmt(&'t Stmt),
    /// A method's signature as a func type (the name's token index).
    Method(&'t FuncSig, usize),
}

impl Node<'_> {
    fn key(&self) -> (usize, u8) {
        match self {
            Node::Item(Item::E(e)) => (*e as *const Expr as usize, 0),
            Node::Item(Item::I(i)) => (*i as *const Ident as usize, 1),
            Node::Item(Item::Kv(k, _)) => (*k as *const Expr as usize, 2),
            Node::Item(Item::Guard(e)) => (*e as *const Expr as usize, 3),
            Node::Stmt(s) => (*s as *const Stmt as usize, 4),
            Node::Method(s, _) => (*s as *const FuncSig as usize, 5),
        }
    }
}

const COMMA_TERM: u8 = 1;
const NO_INDENT: u8 = 2;

/// A field of a parameter list, struct or interface, as go/ast groups them.
pub(super) struct Field<'t> {
    names: Vec<&'t Ident>,
    ty: FieldTy<'t>,
    tag: Option<usize>,
    pos: Pos,
    end: Pos,
    comment: bool,
}

pub(super) enum FieldTy<'t> {
    Expr(&'t Expr),
    /// `...T`: the `...` token's index and T.
    Variadic(usize, &'t Expr),
    /// An interface method: its signature and name token.
    Method(&'t FuncSig, usize),
}

pub(super) struct Fields<'t> {
    opening: usize,
    closing: usize,
    list: Vec<Field<'t>>,
}

/// A statement-list entry: a statement or a case of a switch or select.
#[derive(Clone, Copy)]
enum SItem<'t> {
    S(&'t Stmt),
    Case(&'t CaseClause),
    Comm(&'t CommClause),
}

impl SItem<'_> {
    fn pos(&self) -> Pos {
        match self {
            SItem::S(s) => s.pos,
            SItem::Case(c) => c.pos,
            SItem::Comm(c) => c.pos,
        }
    }
}

/// A const/var spec as go/ast has it (an implicitly repeated const has neither type nor values).
struct VSpec<'t> {
    names: &'t [Ident],
    ty: Option<&'t Expr>,
    values: &'t [Expr],
}

enum Spec<'t> {
    Value(VSpec<'t>),
    Type(&'t TypeSpec),
    Import(ImportSpec),
}

#[derive(Clone)]
struct ImportSpec {
    name: Option<usize>,
    path: usize,
    /// Where it is printed: sorting moves a spec to another's line.
    slot: Pos,
}

struct GenDecl<'t> {
    keyword: &'static str,
    pos: Pos,
    lparen: Option<usize>,
    specs: Vec<Spec<'t>>,
}

enum D<'t> {
    Gen(GenDecl<'t>),
    Func(&'t FuncDecl),
}

impl D<'_> {
    fn token(&self) -> &'static str {
        match self {
            D::Gen(g) => g.keyword,
            D::Func(_) => "func",
        }
    }
    fn pos(&self) -> Pos {
        match self {
            D::Gen(g) => g.pos,
            D::Func(f) => f.sig.pos,
        }
    }
}

impl<'s, 'a> Printer<'s, 'a> {
    fn unsupported(&mut self, pos: Pos, what: &str) {
        if self.unsupported.is_none() {
            self.unsupported = Some(PosError::new(pos, format!("maprace fmt does not support {what} yet")));
        }
    }

    fn setp(&mut self, pos: Pos) {
        self.set_pos(Some(pos));
    }

    fn linebreak(&mut self, line: i64, min: i64, ws: Ws, new_section: bool) -> i64 {
        let mut n = (line - self.pos.line).min(super::MAX_NEWLINES).max(min);
        let mut nbreaks = 0;
        if n > 0 {
            self.ws(ws);
            if new_section {
                self.ws(Ws::Formfeed);
                n -= 1;
                nbreaks = 2;
            }
            nbreaks += n;
            for _ in 0..n {
                self.ws(Ws::Newline);
            }
        }
        nbreaks
    }

    fn ident_list(&mut self, list: &[&Ident], indent: bool) {
        let items: Vec<Item> = list.iter().map(|i| Item::I(i)).collect();
        let mode = if indent { 0 } else { NO_INDENT };
        self.expr_list(None, &items, 1, mode, None);
    }

    pub(super) fn node_size(&mut self, n: Node, max: i64) -> i64 {
        let key = n.key();
        if let Some(&s) = self.sizes.borrow().get(&key) {
            return s;
        }
        let mut size = max + 1;
        self.sizes.borrow_mut().insert(key, size);
        let mut p = Printer::new(self.src, true, Vec::new(), self.sizes.clone());
        p.next_comment();
        match n {
            Node::Item(it) => p.item(it, 1),
            Node::Stmt(s) => {
                if matches!(s.kind, StmtKind::Labeled(..)) {
                    p.indent = 1;
                }
                p.stmt(SItem::S(s), false)
            }
            Node::Method(sig, name) => {
                p.setp(self.src.pos_of(name + 1));
                p.tok("func");
                p.signature(sig, name);
            }
        }
        if p.unsupported.is_some() {
            return size;
        }
        let out = p.finish();
        if (out.len() as i64) <= max && !out.contains(&b'\n') {
            size = out.len() as i64;
            self.sizes.borrow_mut().insert(key, size);
        }
        size
    }

    fn expr_list(&mut self, prev0: Option<Pos>, list: &[Item], depth: i64, mode: u8, next0: Option<Pos>) {
        if list.is_empty() {
            return;
        }
        let src = self.src;
        let prev = prev0.map_or(Position::default(), |p| self.pos_for(p as i64));
        let next = next0.map_or(Position::default(), |p| self.pos_for(p as i64));
        let mut line = self.line_for(list[0].pos(src));
        let end_line = self.line_for(list[list.len() - 1].end(src));
        if prev.valid() && prev.line == line && line == end_line {
            for (i, x) in list.iter().enumerate() {
                if i > 0 {
                    self.setp(x.pos(src));
                    self.tok(",");
                    self.ws(Ws::Blank);
                }
                self.item(*x, depth);
            }
            return;
        }
        let mut ws = if mode & NO_INDENT == 0 { Ws::Indent } else { Ws::Ignore };
        let mut prev_break: i64 = -1;
        if prev.valid() && prev.line < line && self.linebreak(line, 0, ws, true) > 0 {
            ws = Ws::Ignore;
            prev_break = 0;
        }
        let mut size = 0;
        let mut log2sum = 0.0f64;
        let mut count = 0;
        let mut prev_line = prev.line;
        for (i, x) in list.iter().enumerate() {
            line = self.line_for(x.pos(src));
            let mut use_ff = true;
            let prev_size = size;
            const INF: i64 = 1_000_000;
            size = self.node_size(Node::Item(*x), INF);
            let pair = match x {
                Item::Kv(k, _) => Some(*k),
                _ => None,
            };
            if size <= INF && prev.valid() && next.valid() {
                if let Some(k) = pair {
                    size = self.node_size(Node::Item(Item::E(k)), INF);
                }
            } else {
                size = 0;
            }
            if prev_size > 0 && size > 0 {
                const SMALL: i64 = 40;
                if count == 0 || prev_size <= SMALL && size <= SMALL {
                    use_ff = false;
                } else {
                    const R: f64 = 2.5;
                    let geomean = exp2ish(log2sum / count as f64);
                    let ratio = size as f64 / geomean;
                    use_ff = R * ratio <= 1.0 || R <= ratio;
                }
            }
            let needs_linebreak = 0 < prev_line && prev_line < line;
            if i > 0 {
                if !needs_linebreak {
                    self.setp(x.pos(src));
                }
                self.tok(",");
                let mut needs_blank = true;
                if needs_linebreak {
                    let nbreaks = self.linebreak(line, 0, ws, use_ff || prev_break + 1 < i as i64);
                    if nbreaks > 0 {
                        ws = Ws::Ignore;
                        prev_break = i as i64;
                        needs_blank = false;
                    }
                    if nbreaks > 1 {
                        log2sum = 0.0;
                        count = 0;
                    }
                }
                if needs_blank {
                    self.ws(Ws::Blank);
                }
            }
            match (x, pair) {
                (Item::Kv(k, v), Some(_)) if list.len() > 1 && size > 0 && needs_linebreak => {
                    self.expr(k);
                    self.setp(src.pos_of(src.last(k) + 1));
                    self.tok(":");
                    self.ws(Ws::Vtab);
                    self.expr(v);
                }
                _ => self.item(*x, depth),
            }
            if size > 0 {
                log2sum += log2ish(size as f64);
                count += 1;
            }
            prev_line = line;
        }
        if mode & COMMA_TERM != 0 && next.valid() && self.pos.line < next.line {
            self.tok(",");
            if ws == Ws::Ignore && mode & NO_INDENT == 0 {
                self.ws(Ws::Unindent);
            }
            self.ws(Ws::Formfeed);
            return;
        }
        if ws == Ws::Ignore && mode & NO_INDENT == 0 {
            self.ws(Ws::Unindent);
        }
    }

    fn item(&mut self, x: Item, depth: i64) {
        match x {
            Item::E(e) => self.expr0(e, depth),
            Item::I(i) => {
                self.setp(i.pos);
                self.ident(&i.name);
            }
            Item::Kv(k, v) => {
                self.setp(self.src.start(k));
                self.expr(k);
                self.setp(self.src.pos_of(self.src.last(k) + 1));
                self.tok(":");
                self.ws(Ws::Blank);
                self.expr(v);
            }
            Item::Guard(x) => {
                let src = self.src;
                self.setp(src.start(x));
                self.expr1(x, HIGHEST_PREC, depth);
                let dot = src.last(x) + 1;
                self.tok(".");
                self.setp(src.pos_of(dot + 1));
                self.tok("(");
                self.tok("type");
                self.setp(src.pos_of(dot + 3));
                self.tok(")");
            }
        }
    }

    fn parameters(&mut self, fields: &Fields) {
        let src = self.src;
        // (A type parameter list is printed as a parameter list, in brackets.)
        let (open, close) = if src.is_op(fields.opening, "[") { ("[", "]") } else { ("(", ")") };
        self.setp(src.pos_of(fields.opening));
        self.tok(open);
        if !fields.list.is_empty() {
            let mut prev_line = self.line_for(src.pos_of(fields.opening));
            let mut ws = Ws::Indent;
            for (i, par) in fields.list.iter().enumerate() {
                let beg = self.line_for(par.pos);
                let end = self.line_for(par.end);
                let needs_linebreak = 0 < prev_line && prev_line < beg;
                if i > 0 {
                    if !needs_linebreak {
                        self.setp(par.pos);
                    }
                    self.tok(",");
                }
                if needs_linebreak && self.linebreak(beg, 0, ws, true) > 0 {
                    ws = Ws::Ignore;
                } else if i > 0 {
                    self.ws(Ws::Blank);
                }
                if !par.names.is_empty() {
                    self.ident_list(&par.names, ws == Ws::Indent);
                    self.ws(Ws::Blank);
                }
                self.field_type(&par.ty);
                prev_line = end;
            }
            let closing = self.line_for(src.pos_of(fields.closing));
            if 0 < prev_line && prev_line < closing {
                self.tok(",");
                self.linebreak(closing, 0, Ws::Ignore, true);
            }
            if ws == Ws::Ignore {
                self.ws(Ws::Unindent);
            }
        }
        self.setp(src.pos_of(fields.closing));
        self.tok(close);
    }

    /// go/ast's field list of a type parameter list, the `[` at token `open`.
    fn tparam_fields<'t>(&self, tparams: &'t [TypeParam], open: usize) -> Fields<'t> {
        let src = self.src;
        let list = tparams
            .iter()
            .map(|g| Field { names: g.names.iter().collect(), ty: FieldTy::Expr(&g.constraint), tag: None, pos: g.names[0].pos, end: src.end(&g.constraint), comment: false })
            .collect();
        Fields { opening: open, closing: src.matching(open), list }
    }

    fn field_type(&mut self, t: &FieldTy) {
        match t {
            FieldTy::Expr(e) => self.expr(e),
            FieldTy::Variadic(dots, e) => {
                self.setp(self.src.pos_of(*dots));
                self.tok("...");
                self.expr(e);
            }
            FieldTy::Method(sig, name) => {
                self.setp(self.src.pos_of(name + 1));
                self.tok("func");
                self.signature(sig, *name);
            }
        }
    }

    /// go/ast's field list of a signature's parameters (or results), the
    /// `(` at token `open`: consecutive names sharing one type are one field.
    fn param_fields<'t>(&self, params: &'t [Param], open: usize) -> Fields<'t> {
        let src = self.src;
        let mut list: Vec<Field<'t>> = Vec::new();
        let mut i = 0;
        while i < params.len() {
            let p = &params[i];
            let mut names = Vec::new();
            if let Some(n) = &p.name {
                names.push(n);
                while i + 1 < params.len() && params[i + 1].ty.pos == p.ty.pos && params[i + 1].name.is_some() {
                    i += 1;
                    names.push(params[i].name.as_ref().expect("a name"));
                }
            }
            let ty = if p.variadic { FieldTy::Variadic(src.idx(src.start(&p.ty)) - 1, &p.ty) } else { FieldTy::Expr(&p.ty) };
            let pos = match (&names.first(), &ty) {
                (Some(n), _) => n.pos,
                (None, FieldTy::Variadic(d, _)) => src.pos_of(*d),
                (None, _) => src.start(&p.ty),
            };
            list.push(Field { names, ty, tag: None, pos, end: src.end(&p.ty), comment: false });
            i += 1;
        }
        Fields { opening: open, closing: src.matching(open), list }
    }

    /// The signature after token `before` (`func`, or the function's name).
    fn signature(&mut self, sig: &FuncSig, before: usize) {
        let src = self.src;
        if sig.type_params {
            let tps = self.tparam_fields(&sig.tparams, before + 1);
            self.parameters(&tps);
        }
        let open = src.params_open(before);
        let params = self.param_fields(&sig.params, open);
        self.parameters(&params);
        let n = sig.results.len();
        if n > 0 {
            self.ws(Ws::Blank);
            if n == 1 && sig.results[0].name.is_none() {
                self.expr(&sig.results[0].ty);
                return;
            }
            let ro = src.sig_results_open(sig, before).unwrap_or(open);
            let res = self.param_fields(&sig.results, ro);
            self.parameters(&res);
        }
    }

    fn is_one_line_field_list(&mut self, list: &[Field]) -> bool {
        if list.len() != 1 {
            return false;
        }
        let f = &list[0];
        if f.tag.is_some() || f.comment {
            return false;
        }
        const MAX: i64 = 30;
        let mut names_size = 0i64;
        for (i, x) in f.names.iter().enumerate() {
            if i > 0 {
                names_size += 2;
            }
            names_size += x.name.chars().count() as i64;
            if names_size >= MAX {
                break;
            }
        }
        if names_size > 0 {
            names_size = 1;
        }
        let type_size = match &f.ty {
            FieldTy::Expr(e) => self.node_size(Node::Item(Item::E(e)), MAX),
            FieldTy::Variadic(_, e) => self.node_size(Node::Item(Item::E(e)), MAX) + 3,
            FieldTy::Method(sig, name) => self.node_size(Node::Method(sig, *name), MAX),
        };
        names_size + type_size <= MAX
    }

    fn field_list(&mut self, fields: &Fields, is_struct: bool) {
        let src = self.src;
        let lbrace = src.pos_of(fields.opening);
        let rbrace = src.pos_of(fields.closing);
        let list = &fields.list;
        let has_comments = self.comment_before(self.pos_for(rbrace as i64));
        let src_is_one_line = self.line_for(lbrace) == self.line_for(rbrace);
        if !has_comments && src_is_one_line {
            if list.is_empty() {
                self.setp(lbrace);
                self.tok("{");
                self.setp(rbrace);
                self.tok("}");
                return;
            } else if self.is_one_line_field_list(list) {
                self.setp(lbrace);
                self.tok("{");
                self.ws(Ws::Blank);
                let f = &list[0];
                if is_struct {
                    for (i, x) in f.names.iter().enumerate() {
                        if i > 0 {
                            self.tok(",");
                            self.ws(Ws::Blank);
                        }
                        self.setp(x.pos);
                        self.ident(&x.name);
                    }
                    if !f.names.is_empty() {
                        self.ws(Ws::Blank);
                    }
                    self.field_type(&f.ty);
                } else {
                    match &f.ty {
                        FieldTy::Method(sig, name) => {
                            self.setp(src.pos_of(*name));
                            self.ident(&f.names[0].name);
                            self.signature(sig, *name);
                        }
                        t => self.field_type(t),
                    }
                }
                self.ws(Ws::Blank);
                self.setp(rbrace);
                self.tok("}");
                return;
            }
        }
        self.ws(Ws::Blank);
        self.setp(lbrace);
        self.tok("{");
        self.ws(Ws::Indent);
        if has_comments || !list.is_empty() {
            self.ws(Ws::Formfeed);
        }
        let line = Rc::new(Cell::new(0));
        if is_struct {
            let sep = if list.len() == 1 { Ws::Blank } else { Ws::Vtab };
            for (i, f) in list.iter().enumerate() {
                if i > 0 {
                    let ff = self.lines_from(&line) > 0;
                    self.linebreak(self.line_for(f.pos), 1, Ws::Ignore, ff);
                }
                let mut extra_tabs;
                self.record_line(&line);
                if !f.names.is_empty() {
                    self.ident_list(&f.names, false);
                    self.ws(sep);
                    self.field_type(&f.ty);
                    extra_tabs = 1;
                } else {
                    self.field_type(&f.ty);
                    extra_tabs = 2;
                }
                if let Some(tag) = f.tag {
                    if !f.names.is_empty() && sep == Ws::Vtab {
                        self.ws(sep);
                    }
                    self.ws(sep);
                    self.setp(src.pos_of(tag));
                    self.lit(src.text_of(tag), Last::Lit);
                    extra_tabs = 0;
                }
                if f.comment {
                    for _ in 0..extra_tabs {
                        self.ws(sep);
                    }
                }
            }
        } else {
            for (i, f) in list.iter().enumerate() {
                if i > 0 {
                    let ff = self.lines_from(&line) > 0;
                    self.linebreak(self.line_for(f.pos), 1, Ws::Ignore, ff);
                }
                self.record_line(&line);
                match &f.ty {
                    FieldTy::Method(sig, name) => {
                        self.setp(src.pos_of(*name));
                        self.ident(&f.names[0].name);
                        self.signature(sig, *name);
                    }
                    t => self.field_type(t),
                }
            }
        }
        self.ws(Ws::Unindent);
        self.ws(Ws::Formfeed);
        self.setp(rbrace);
        self.tok("}");
    }

    fn struct_fields<'t>(&self, e: &'t Expr, fields: &'t [FieldDecl]) -> Fields<'t> {
        let src = self.src;
        let open = src.idx(e.pos) + 1;
        let list = fields
            .iter()
            .map(|f| {
                let names: Vec<&Ident> = if f.embedded { Vec::new() } else { f.names.iter().collect() };
                let last = src.last(&f.ty);
                let tag = matches!(src.toks[last + 1].tok, Tok::Str(_)).then_some(last + 1);
                let last = tag.unwrap_or(last);
                let pos = names.first().map_or(src.start(&f.ty), |n| n.pos);
                Field { names, ty: FieldTy::Expr(&f.ty), tag, pos, end: src.end_of(last), comment: src.has_line_comment(self, last) }
            })
            .collect();
        Fields { opening: open, closing: src.matching(open), list }
    }

    fn interface_fields<'t>(&self, e: &'t Expr, methods: &'t [MethodSpec]) -> Fields<'t> {
        let src = self.src;
        let open = src.idx(e.pos) + 1;
        let list = methods
            .iter()
            .filter_map(|m| match (&m.sig, &m.embedded) {
                (Some(sig), _) => {
                    let name = src.idx(m.name.pos);
                    Some(Field { names: vec![&m.name], ty: FieldTy::Method(sig, name), tag: None, pos: m.name.pos, end: src.end_of(src.sig_last(sig, name)), comment: false })
                }
                (None, Some(t)) => Some(Field { names: Vec::new(), ty: FieldTy::Expr(t), tag: None, pos: src.start(t), end: src.end(t), comment: false }),
                (None, None) => None,
            })
            .collect();
        Fields { opening: open, closing: src.matching(open), list }
    }

    // -----------------------------------------------------------------------
    // Expressions

    fn binary_expr(&mut self, op: &'static str, x: &Expr, y: &Expr, prec1: i64, cutoff: i64, depth: i64) {
        let prec = prec_of(op);
        if prec < prec1 {
            // Only a tree built without its parentheses gets here; the parser keeps them.
            self.unsupported(x.pos, "this expression");
            return;
        }
        let src = self.src;
        let mut print_blank = prec < cutoff;
        let mut ws = Ws::Indent;
        self.expr1(x, prec, depth + diff_prec(x, prec));
        if print_blank {
            self.ws(Ws::Blank);
        }
        let xline = self.pos.line;
        let yline = self.line_for(src.start(y));
        self.setp(src.pos_of(src.last(x) + 1));
        self.tok(op);
        if xline != yline && xline > 0 && yline > 0 && self.linebreak(yline, 1, ws, true) > 0 {
            ws = Ws::Ignore;
            print_blank = false;
        }
        if print_blank {
            self.ws(Ws::Blank);
        }
        self.expr1(y, prec + 1, depth + 1);
        if ws == Ws::Ignore {
            self.ws(Ws::Unindent);
        }
    }

    fn expr1(&mut self, e: &Expr, prec1: i64, depth: i64) {
        let src = self.src;
        self.setp(src.start(e));
        match &e.kind {
            ExprKind::Ident(n) => self.ident(n),
            ExprKind::Int(t) => self.lit(&normalized_number(t), Last::Int),
            ExprKind::Float(t) | ExprKind::Imag(t) => self.lit(&normalized_number(t), Last::Lit),
            ExprKind::Char(_) | ExprKind::Str(_) => {
                let i = src.idx(e.pos);
                self.lit(src.text_of(i), Last::Lit);
            }
            ExprKind::Binary(op, x, y) => {
                let depth = depth.max(1);
                let c = cutoff(e, depth);
                self.binary_expr(*op, x, y, prec1, c, depth);
            }
            ExprKind::Star(x) => {
                if UNARY_PREC < prec1 {
                    self.tok("(");
                    self.tok("*");
                    self.expr(x);
                    self.tok(")");
                } else {
                    self.tok("*");
                    self.expr(x);
                }
            }
            ExprKind::Unary(op, x) => {
                if UNARY_PREC < prec1 {
                    self.tok("(");
                    self.expr(e);
                    self.tok(")");
                } else {
                    self.tok(*op);
                    self.expr1(x, UNARY_PREC, depth);
                }
            }
            ExprKind::FuncLit(f) => {
                self.setp(f.sig.pos);
                self.tok("func");
                let start_col = self.out.column - 4;
                self.signature(&f.sig, src.idx(f.sig.pos));
                let d = self.distance_from(f.sig.pos, start_col);
                self.func_body(d, Ws::Blank, &f.body);
            }
            ExprKind::Paren(x) => {
                if matches!(x.kind, ExprKind::Paren(_)) {
                    self.expr0(x, depth);
                } else {
                    self.tok("(");
                    self.expr0(x, reduce_depth(depth));
                    self.setp(src.pos_of(src.matching(src.idx(e.pos))));
                    self.tok(")");
                }
            }
            ExprKind::Selector(x, sel) => {
                self.selector_expr(x, sel, depth, false);
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr1(x, HIGHEST_PREC, depth);
                self.tok(".");
                let lp = src.idx(e.pos) + 1;
                self.setp(src.pos_of(lp));
                self.tok("(");
                match t {
                    Some(t) => self.expr(t),
                    None => self.tok("type"),
                }
                self.setp(src.pos_of(src.matching(lp)));
                self.tok(")");
            }
            ExprKind::Index(x, list) => {
                self.expr1(x, HIGHEST_PREC, 1);
                let lb = src.idx(e.pos);
                self.setp(src.pos_of(lb));
                self.tok("[");
                if list.len() == 1 {
                    self.expr0(&list[0], depth + 1);
                } else {
                    let items: Vec<Item> = list.iter().map(Item::E).collect();
                    self.expr_list(Some(src.pos_of(lb)), &items, depth + 1, COMMA_TERM, Some(src.pos_of(src.matching(lb))));
                }
                self.setp(src.pos_of(src.matching(lb)));
                self.tok("]");
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr1(x, HIGHEST_PREC, 1);
                let lb = src.idx(e.pos);
                self.setp(src.pos_of(lb));
                self.tok("[");
                let mut indices: Vec<Option<&Expr>> = vec![lo.as_deref(), hi.as_deref()];
                if max.is_some() {
                    indices.push(max.as_deref());
                }
                let mut needs_blanks = false;
                if depth <= 1 {
                    let count = indices.iter().filter(|x| x.is_some()).count();
                    let has_binaries = indices.iter().flatten().any(|x| matches!(x.kind, ExprKind::Binary(..)));
                    needs_blanks = count > 1 && has_binaries;
                }
                for (i, x) in indices.iter().enumerate() {
                    if i > 0 {
                        if indices[i - 1].is_some() && needs_blanks {
                            self.ws(Ws::Blank);
                        }
                        self.tok(":");
                        if x.is_some() && needs_blanks {
                            self.ws(Ws::Blank);
                        }
                    }
                    if let Some(x) = x {
                        self.expr0(x, depth + 1);
                    }
                }
                self.setp(src.pos_of(src.matching(lb)));
                self.tok("]");
            }
            ExprKind::Call { func, args, ellipsis } => {
                let depth = if args.len() > 1 { depth + 1 } else { depth };
                let was_indented = match &func.kind {
                    ExprKind::Selector(x, sel) => self.selector_expr(x, sel, depth, true),
                    _ => {
                        self.expr1(func, HIGHEST_PREC, depth);
                        false
                    }
                };
                let lp = src.last(func) + 1;
                let rp = src.matching(lp);
                self.setp(src.pos_of(lp));
                self.tok("(");
                let items: Vec<Item> = args.iter().map(Item::E).collect();
                if *ellipsis {
                    let dots = if src.is_op(rp - 1, "...") { rp - 1 } else { rp - 2 };
                    self.expr_list(Some(src.pos_of(lp)), &items, depth, 0, Some(src.pos_of(dots)));
                    self.setp(src.pos_of(dots));
                    self.tok("...");
                    if self.line_for(src.pos_of(dots)) < self.line_for(src.pos_of(rp)) {
                        self.tok(",");
                        self.ws(Ws::Formfeed);
                    }
                } else {
                    self.expr_list(Some(src.pos_of(lp)), &items, depth, COMMA_TERM, Some(src.pos_of(rp)));
                }
                self.setp(src.pos_of(rp));
                self.tok(")");
                if was_indented {
                    self.ws(Ws::Unindent);
                }
            }
            ExprKind::Composite { ty, elts, lbrace } => {
                if let Some(t) = ty {
                    self.expr1(t, HIGHEST_PREC, depth);
                }
                self.level += 1;
                self.setp(*lbrace);
                self.tok("{");
                let items: Vec<Item> = elts.iter().map(|el| match &el.key {
                    Some(k) => Item::Kv(k, &el.value),
                    None => Item::E(&el.value),
                }).collect();
                let rb = src.pos_of(src.matching(src.idx(*lbrace)));
                self.expr_list(Some(*lbrace), &items, 1, COMMA_TERM, Some(rb));
                let mut mode = NO_EXTRA_LINEBREAK;
                if !elts.is_empty() {
                    mode |= NO_EXTRA_BLANK;
                }
                self.ws(Ws::Indent);
                self.ws(Ws::Unindent);
                self.toggle_mode(mode);
                self.setp(rb);
                self.tok("}");
                self.toggle_mode(mode);
                self.level -= 1;
            }
            ExprKind::Ellipsis(x) => {
                self.tok("...");
                self.expr(x);
            }
            ExprKind::Union(terms) => {
                for (i, t) in terms.iter().enumerate() {
                    if i > 0 {
                        self.ws(Ws::Blank);
                        self.tok("|");
                        self.ws(Ws::Blank);
                    }
                    if t.tilde {
                        self.setp(src.pos_of(src.idx(src.start(&t.ty)) - 1));
                        self.tok("~");
                    }
                    self.expr(&t.ty);
                }
            }
            ExprKind::ArrayType(len, elt) => {
                self.tok("[");
                match len {
                    Some(l) => self.expr(l),
                    None => {
                        self.setp(src.pos_of(src.idx(e.pos) + 1));
                        self.tok("...");
                    }
                }
                self.tok("]");
                self.expr(elt);
            }
            ExprKind::SliceType(elt) => {
                self.tok("[");
                self.tok("]");
                self.expr(elt);
            }
            ExprKind::StructType(fields) => {
                self.tok("struct");
                let f = self.struct_fields(e, fields);
                self.field_list(&f, true);
            }
            ExprKind::FuncType(sig) => {
                self.tok("func");
                self.signature(sig, src.idx(sig.pos));
            }
            ExprKind::InterfaceType(methods) => {
                self.tok("interface");
                let f = self.interface_fields(e, methods);
                self.field_list(&f, false);
            }
            ExprKind::MapType(k, v) => {
                self.tok("map");
                self.tok("[");
                self.expr(k);
                self.tok("]");
                self.expr(v);
            }
            ExprKind::ChanType(dir, v) => {
                match dir {
                    ChanDir::Both => self.tok("chan"),
                    ChanDir::Recv => {
                        self.tok("<-");
                        self.tok("chan");
                    }
                    ChanDir::Send => {
                        self.tok("chan");
                        self.setp(src.pos_of(src.idx(e.pos) + 1));
                        self.tok("<-");
                    }
                }
                self.ws(Ws::Blank);
                self.expr(v);
            }
        }
    }

    fn selector_expr(&mut self, x: &Expr, sel: &Ident, depth: i64, is_method: bool) -> bool {
        self.expr1(x, HIGHEST_PREC, depth);
        self.tok(".");
        let line = self.line_for(sel.pos);
        if self.pos.valid() && self.pos.line < line {
            self.ws(Ws::Indent);
            self.ws(Ws::Newline);
            self.setp(sel.pos);
            self.ident(&sel.name);
            if !is_method {
                self.ws(Ws::Unindent);
            }
            return true;
        }
        self.setp(sel.pos);
        self.ident(&sel.name);
        false
    }

    fn expr0(&mut self, x: &Expr, depth: i64) {
        self.expr1(x, LOWEST_PREC, depth);
    }

    fn expr(&mut self, x: &Expr) {
        self.expr1(x, LOWEST_PREC, 1);
    }

    // -----------------------------------------------------------------------
    // Statements

    fn stmt_list(&mut self, list: &[SItem], nindent: i64, next_is_rbrace: bool) {
        if nindent > 0 {
            self.ws(Ws::Indent);
        }
        let line = Rc::new(Cell::new(0));
        let mut i = 0;
        let n = list.len();
        for s in list {
            if matches!(s, SItem::S(Stmt { kind: StmtKind::Empty, .. })) {
                continue;
            }
            if !self.output.is_empty() {
                let ff = i == 0 || nindent == 0 || self.lines_from(&line) > 0;
                self.linebreak(self.line_for(s.pos()), 1, Ws::Ignore, ff);
            }
            self.record_line(&line);
            self.stmt(*s, next_is_rbrace && i == n - 1);
            let mut t = *s;
            while let SItem::S(Stmt { kind: StmtKind::Labeled(_, inner), .. }) = t {
                line.set(line.get() + 1);
                t = SItem::S(inner);
            }
            i += 1;
        }
        if nindent > 0 {
            self.ws(Ws::Unindent);
        }
    }

    fn block(&mut self, b: &Block, nindent: i64) {
        self.setp(b.lbrace);
        self.tok("{");
        let items: Vec<SItem> = b.stmts.iter().map(SItem::S).collect();
        self.stmt_list(&items, nindent, true);
        self.linebreak(self.line_for(b.rbrace), 1, Ws::Ignore, true);
        self.setp(b.rbrace);
        self.tok("}");
    }

    /// A switch's or select's body: `{`, the clauses, `}`.
    fn clause_block(&mut self, lbrace: Pos, rbrace: Pos, items: &[SItem]) {
        self.setp(lbrace);
        self.tok("{");
        self.stmt_list(items, 0, true);
        self.linebreak(self.line_for(rbrace), 1, Ws::Ignore, true);
        self.setp(rbrace);
        self.tok("}");
    }

    fn control_clause(&mut self, is_for: bool, init: Option<&Stmt>, expr: Option<&Expr>, post: Option<&Stmt>) {
        self.ws(Ws::Blank);
        let mut needs_blank = false;
        if init.is_none() && post.is_none() {
            if let Some(e) = expr {
                self.expr(strip_parens(e));
                needs_blank = true;
            }
        } else {
            if let Some(s) = init {
                self.stmt(SItem::S(s), false);
            }
            self.tok(";");
            self.ws(Ws::Blank);
            if let Some(e) = expr {
                self.expr(strip_parens(e));
                needs_blank = true;
            }
            if is_for {
                self.tok(";");
                self.ws(Ws::Blank);
                needs_blank = false;
                if let Some(s) = post {
                    self.stmt(SItem::S(s), false);
                    needs_blank = true;
                }
            }
        }
        if needs_blank {
            self.ws(Ws::Blank);
        }
    }

    fn indent_list(&self, list: &[Expr]) -> bool {
        let src = self.src;
        if list.len() >= 2 {
            let b = self.line_for(src.start(&list[0]));
            let e = self.line_for(src.end(&list[list.len() - 1]));
            if 0 < b && b < e {
                let mut n = 0;
                let mut line = b;
                for x in list {
                    let xb = self.line_for(src.start(x));
                    let xe = self.line_for(src.end(x));
                    if line < xb {
                        return true;
                    }
                    if xb < xe && !is_composite_lit_like(x) {
                        n += 1;
                    }
                    line = xe;
                }
                return n > 1;
            }
        }
        false
    }

    fn stmt(&mut self, item: SItem, next_is_rbrace: bool) {
        let src = self.src;
        self.setp(item.pos());
        let s = match item {
            SItem::Case(c) => {
                if !c.default {
                    self.tok("case");
                    self.ws(Ws::Blank);
                    let items: Vec<Item> = c.exprs.iter().map(Item::E).collect();
                    let colon = src.pos_of(src.last(&c.exprs[c.exprs.len() - 1]) + 1);
                    self.expr_list(Some(c.pos), &items, 1, 0, Some(colon));
                    self.setp(colon);
                } else {
                    self.tok("default");
                    self.setp(src.pos_of(src.idx(c.pos) + 1));
                }
                self.tok(":");
                let body: Vec<SItem> = c.body.iter().map(SItem::S).collect();
                self.stmt_list(&body, 1, next_is_rbrace);
                return;
            }
            SItem::Comm(c) => {
                let colon = match &c.comm {
                    Some(s) => {
                        self.tok("case");
                        self.ws(Ws::Blank);
                        self.stmt(SItem::S(s), false);
                        src.stmt_last(s) + 1
                    }
                    None => {
                        self.tok("default");
                        src.idx(c.pos) + 1
                    }
                };
                self.setp(src.pos_of(colon));
                self.tok(":");
                let body: Vec<SItem> = c.body.iter().map(SItem::S).collect();
                self.stmt_list(&body, 1, next_is_rbrace);
                return;
            }
            SItem::S(s) => s,
        };
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Var(specs) => self.gen_decl(&var_decl(src, specs, s.pos)),
            StmtKind::Const(specs) => self.gen_decl(&const_decl(src, specs, s.pos)),
            StmtKind::Type(specs) => self.gen_decl(&type_decl(src, specs, s.pos)),
            StmtKind::Labeled(label, inner) => {
                self.ws(Ws::Unindent);
                self.setp(label.pos);
                self.ident(&label.name);
                self.setp(src.pos_of(src.idx(label.pos) + 1));
                self.tok(":");
                self.ws(Ws::Indent);
                if matches!(inner.kind, StmtKind::Empty) {
                    if !next_is_rbrace {
                        self.ws(Ws::Newline);
                        self.setp(inner.pos);
                        self.tok(";");
                        return;
                    }
                } else {
                    self.linebreak(self.line_for(inner.pos), 1, Ws::Ignore, true);
                }
                self.stmt(SItem::S(inner), next_is_rbrace);
            }
            StmtKind::Expr(x) => self.expr0(x, 1),
            StmtKind::Send(ch, v) => {
                self.expr0(ch, 1);
                self.ws(Ws::Blank);
                self.setp(src.pos_of(src.last(ch) + 1));
                self.tok("<-");
                self.ws(Ws::Blank);
                self.expr0(v, 1);
            }
            StmtKind::IncDec(x, inc) => {
                self.expr0(x, 2);
                self.setp(src.pos_of(src.last(x) + 1));
                self.tok(if *inc { "++" } else { "--" });
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let depth = if lhs.len() > 1 && rhs.len() > 1 { 2 } else { 1 };
                let tok_pos = src.pos_of(src.last(&lhs[lhs.len() - 1]) + 1);
                let l: Vec<Item> = lhs.iter().map(Item::E).collect();
                self.expr_list(Some(s.pos), &l, depth, 0, Some(tok_pos));
                self.ws(Ws::Blank);
                self.setp(tok_pos);
                self.tok(assign_tok(op));
                self.ws(Ws::Blank);
                let r: Vec<Item> = rhs.iter().map(Item::E).collect();
                self.expr_list(Some(tok_pos), &r, depth, 0, None);
            }
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                self.tok(if matches!(s.kind, StmtKind::Go(_)) { "go" } else { "defer" });
                self.ws(Ws::Blank);
                self.expr(call);
            }
            StmtKind::Return(results) => {
                self.tok("return");
                if !results.is_empty() {
                    self.ws(Ws::Blank);
                    let items: Vec<Item> = results.iter().map(Item::E).collect();
                    if self.indent_list(results) {
                        self.ws(Ws::Indent);
                        self.expr_list(None, &items, 1, NO_INDENT, None);
                        self.ws(Ws::Unindent);
                    } else {
                        self.expr_list(None, &items, 1, 0, None);
                    }
                }
            }
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                self.tok(if matches!(s.kind, StmtKind::Break(_)) { "break" } else { "continue" });
                if let Some(l) = label {
                    self.ws(Ws::Blank);
                    self.setp(l.pos);
                    self.ident(&l.name);
                }
            }
            StmtKind::Goto(l) => {
                self.tok("goto");
                self.ws(Ws::Blank);
                self.setp(l.pos);
                self.ident(&l.name);
            }
            StmtKind::Fallthrough => self.tok("fallthrough"),
            StmtKind::Block(b) => self.block(b, 1),
            StmtKind::If { init, cond, then, els } => {
                self.tok("if");
                self.control_clause(false, init.as_deref(), Some(cond), None);
                self.block(then, 1);
                if let Some(e) = els {
                    self.ws(Ws::Blank);
                    self.tok("else");
                    self.ws(Ws::Blank);
                    self.stmt(SItem::S(e), next_is_rbrace);
                }
            }
            StmtKind::Switch { init, tag, clauses, rbrace } => {
                self.tok("switch");
                self.control_clause(false, init.as_deref(), tag.as_ref(), None);
                let lbrace = src.pos_of(src.matching(src.idx(*rbrace)));
                let items: Vec<SItem> = clauses.iter().map(SItem::Case).collect();
                self.clause_block(lbrace, *rbrace, &items);
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } => {
                self.tok("switch");
                if let Some(init) = init {
                    self.ws(Ws::Blank);
                    self.stmt(SItem::S(init), false);
                    self.tok(";");
                }
                self.ws(Ws::Blank);
                let guard = Item::Guard(x);
                match bind {
                    Some(b) => {
                        self.setp(b.pos);
                        let tok_pos = src.pos_of(src.idx(b.pos) + 1);
                        self.expr_list(Some(b.pos), &[Item::I(b)], 1, 0, Some(tok_pos));
                        self.ws(Ws::Blank);
                        self.setp(tok_pos);
                        self.tok(":=");
                        self.ws(Ws::Blank);
                        self.expr_list(Some(tok_pos), &[guard], 1, 0, None);
                    }
                    None => {
                        self.setp(src.start(x));
                        self.item(guard, 1);
                    }
                }
                self.ws(Ws::Blank);
                let lbrace = src.pos_of(src.matching(src.idx(*rbrace)));
                let items: Vec<SItem> = clauses.iter().map(SItem::Case).collect();
                self.clause_block(lbrace, *rbrace, &items);
            }
            StmtKind::Select(clauses) => {
                self.tok("select");
                self.ws(Ws::Blank);
                let lb = src.idx(s.pos) + 1;
                let (lbrace, rbrace) = (src.pos_of(lb), src.pos_of(src.matching(lb)));
                if clauses.is_empty() && !self.comment_before(self.pos_for(rbrace as i64)) {
                    self.setp(lbrace);
                    self.tok("{");
                    self.setp(rbrace);
                    self.tok("}");
                } else {
                    let items: Vec<SItem> = clauses.iter().map(SItem::Comm).collect();
                    self.clause_block(lbrace, rbrace, &items);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.tok("for");
                self.control_clause(true, init.as_deref(), cond.as_ref(), post.as_deref());
                self.block(body, 1);
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.tok("for");
                self.ws(Ws::Blank);
                if let Some(k) = key {
                    self.expr(k);
                    let mut last = src.last(k);
                    if let Some(v) = value {
                        self.setp(src.start(v));
                        self.tok(",");
                        self.ws(Ws::Blank);
                        self.expr(v);
                        last = src.last(v);
                    }
                    self.ws(Ws::Blank);
                    self.setp(src.pos_of(last + 1));
                    self.tok(if *define { ":=" } else { "=" });
                    self.ws(Ws::Blank);
                }
                self.tok("range");
                self.ws(Ws::Blank);
                self.expr(strip_parens(x));
                self.ws(Ws::Blank);
                self.block(body, 1);
            }
        }
    }

    // -----------------------------------------------------------------------
    // Declarations

    fn value_spec(&mut self, s: &VSpec, keep_type: bool) {
        let names: Vec<&Ident> = s.names.iter().collect();
        self.ident_list(&names, false);
        let mut extra_tabs = 3;
        if s.ty.is_some() || keep_type {
            self.ws(Ws::Vtab);
            extra_tabs -= 1;
        }
        if let Some(t) = s.ty {
            self.expr(t);
        }
        if !s.values.is_empty() {
            self.ws(Ws::Vtab);
            self.tok("=");
            self.ws(Ws::Blank);
            let items: Vec<Item> = s.values.iter().map(Item::E).collect();
            self.expr_list(None, &items, 1, 0, None);
            extra_tabs -= 1;
        }
        if self.spec_has_line_comment(s) {
            for _ in 0..extra_tabs {
                self.ws(Ws::Vtab);
            }
        }
    }

    fn spec_has_line_comment(&self, s: &VSpec) -> bool {
        let src = self.src;
        let last = match (s.values.last(), s.ty) {
            (Some(v), _) => src.last(v),
            (None, Some(t)) => src.last(t),
            (None, None) => src.idx(s.names[s.names.len() - 1].pos),
        };
        src.has_line_comment(self, last)
    }

    fn spec(&mut self, spec: &Spec, n: usize, do_indent: bool) {
        let src = self.src;
        match spec {
            Spec::Import(s) => {
                self.setp(s.slot);
                if let Some(name) = s.name {
                    self.ident(src.text_of(name));
                    self.ws(Ws::Blank);
                }
                if s.name.is_none() {
                    self.setp(s.slot);
                }
                self.lit(&sanitize_import_path(src.text_of(s.path)), Last::Lit);
            }
            Spec::Value(s) => {
                let names: Vec<&Ident> = s.names.iter().collect();
                self.ident_list(&names, do_indent);
                if let Some(t) = s.ty {
                    self.ws(Ws::Blank);
                    self.expr(t);
                }
                if !s.values.is_empty() {
                    self.ws(Ws::Blank);
                    self.tok("=");
                    self.ws(Ws::Blank);
                    let items: Vec<Item> = s.values.iter().map(Item::E).collect();
                    self.expr_list(None, &items, 1, 0, None);
                }
            }
            Spec::Type(t) => {
                self.setp(t.name.pos);
                self.ident(&t.name.name);
                if t.type_params {
                    let src = self.src;
                    let tps = self.tparam_fields(&t.tparams, src.idx(t.name.pos) + 1);
                    self.parameters(&tps);
                }
                self.ws(if n == 1 { Ws::Blank } else { Ws::Vtab });
                if t.alias {
                    self.tok("=");
                    self.ws(Ws::Blank);
                }
                self.expr(&t.ty);
            }
        }
    }

    fn gen_decl(&mut self, d: &GenDecl) {
        let src = self.src;
        self.setp(d.pos);
        self.tok(d.keyword);
        self.ws(Ws::Blank);
        if d.lparen.is_some() || d.specs.len() != 1 {
            let lp = d.lparen.unwrap_or(src.idx(d.pos) + 1);
            self.setp(src.pos_of(lp));
            self.tok("(");
            let n = d.specs.len();
            if n > 0 {
                self.ws(Ws::Indent);
                self.ws(Ws::Formfeed);
                let line = Rc::new(Cell::new(0));
                if n > 1 && (d.keyword == "const" || d.keyword == "var") {
                    let keep = keep_type_column(&d.specs);
                    for (i, s) in d.specs.iter().enumerate() {
                        let Spec::Value(v) = s else { continue };
                        if i > 0 {
                            let ff = self.lines_from(&line) > 0;
                            self.linebreak(self.line_for(v.names[0].pos), 1, Ws::Ignore, ff);
                        }
                        self.record_line(&line);
                        self.value_spec(v, keep[i]);
                    }
                } else {
                    for (i, s) in d.specs.iter().enumerate() {
                        if i > 0 {
                            let ff = self.lines_from(&line) > 0;
                            self.linebreak(self.line_for(spec_pos(s)), 1, Ws::Ignore, ff);
                        }
                        self.record_line(&line);
                        self.spec(s, n, false);
                    }
                }
                self.ws(Ws::Unindent);
                self.ws(Ws::Formfeed);
            }
            self.setp(src.pos_of(src.matching(lp)));
            self.tok(")");
        } else if let Some(s) = d.specs.first() {
            self.spec(s, 1, true);
        }
    }

    fn body_size(&mut self, b: &Block, max: i64) -> i64 {
        if self.line_for(b.lbrace) != self.line_for(b.rbrace) {
            return max + 1;
        }
        if b.stmts.len() > 5 {
            return max + 1;
        }
        let mut size = self.comment_size_before(self.pos_for(b.rbrace as i64));
        for (i, s) in b.stmts.iter().enumerate() {
            if size > max {
                break;
            }
            if i > 0 {
                size += 2;
            }
            size += self.node_size(Node::Stmt(s), max);
        }
        size
    }

    fn func_body(&mut self, header_size: i64, sep: Ws, b: &Block) {
        let saved_level = self.level;
        self.level = 0;
        const MAX: i64 = 100;
        if header_size + self.body_size(b, MAX) <= MAX {
            self.ws(sep);
            self.setp(b.lbrace);
            self.tok("{");
            if !b.stmts.is_empty() {
                self.ws(Ws::Blank);
                for (i, s) in b.stmts.iter().enumerate() {
                    if i > 0 {
                        self.tok(";");
                        self.ws(Ws::Blank);
                    }
                    self.stmt(SItem::S(s), i == b.stmts.len() - 1);
                }
                self.ws(Ws::Blank);
            }
            self.toggle_mode(NO_EXTRA_LINEBREAK);
            self.setp(b.rbrace);
            self.tok("}");
            self.toggle_mode(NO_EXTRA_LINEBREAK);
            self.level = saved_level;
            return;
        }
        if sep != Ws::Ignore {
            self.ws(Ws::Blank);
        }
        self.block(b, 1);
        self.level = saved_level;
    }

    fn distance_from(&self, start: Pos, start_col: i64) -> i64 {
        if self.pos.valid() && self.line_for(start) == self.pos.line {
            return self.out.column - start_col;
        }
        INFINITY
    }

    fn func_decl(&mut self, d: &FuncDecl) {
        let src = self.src;
        self.setp(d.sig.pos);
        self.tok("func");
        self.ws(Ws::Blank);
        let start_col = self.out.column - 5;
        if let Some(r) = &d.recv {
            let open = src.idx(d.sig.pos) + 1;
            let f = self.param_fields(std::slice::from_ref(r), open);
            self.parameters(&f);
            self.ws(Ws::Blank);
        }
        self.setp(d.name.pos);
        self.ident(&d.name.name);
        self.signature(&d.sig, src.idx(d.name.pos));
        if let Some(b) = &d.body {
            let dist = self.distance_from(d.sig.pos, start_col);
            self.func_body(dist, Ws::Vtab, b);
        }
    }

    fn num_lines(&self, d: &FuncDecl) -> i64 {
        let src = self.src;
        let end = match &d.body {
            Some(b) => b.rbrace + 1,
            None => src.end_of(src.sig_last(&d.sig, src.idx(d.name.pos))),
        };
        self.line_for(end) - self.line_for(d.sig.pos) + 1
    }

    fn decl(&mut self, d: &D) {
        match d {
            D::Gen(g) => self.gen_decl(g),
            D::Func(f) => self.func_decl(f),
        }
    }

    fn decl_list(&mut self, list: &[D]) {
        let src = self.src;
        let mut tok = "";
        for d in list {
            let prev = tok;
            tok = d.token();
            if !self.output.is_empty() {
                let min = if prev != tok || src.has_doc(self, src.idx(d.pos())) { 2 } else { 1 };
                let ff = matches!(d, D::Func(f) if self.num_lines(f) > 1);
                self.linebreak(self.line_for(d.pos()), min, Ws::Ignore, ff);
            }
            self.decl(d);
        }
    }

    pub(super) fn file(&mut self, f: &File) {
        let src = self.src;
        let pkg = src.idx(f.package.pos) - 1;
        self.setp(src.pos_of(pkg));
        self.tok("package");
        self.ws(Ws::Blank);
        self.setp(f.package.pos);
        self.ident(&f.package.name);
        let mut decls = import_decls(src, src.idx(f.package.pos) + 1);
        for d in &f.decls {
            decls.push(match d {
                Decl::Func(fd) => D::Func(fd.as_ref()),
                Decl::Var(specs, pos) => D::Gen(var_decl(src, specs, *pos)),
                Decl::Const(specs, pos) => D::Gen(const_decl(src, specs, *pos)),
                Decl::Type(specs, pos) => D::Gen(type_decl(src, specs, *pos)),
            });
        }
        self.decl_list(&decls);
        self.ws(Ws::Newline);
    }
}

fn spec_pos(s: &Spec) -> Pos {
    match s {
        Spec::Value(v) => v.names[0].pos,
        Spec::Type(t) => t.name.pos,
        Spec::Import(i) => i.slot,
    }
}

fn lparen_after(src: &Src, kw: Pos) -> Option<usize> {
    let i = src.idx(kw) + 1;
    src.is_op(i, "(").then_some(i)
}

fn var_decl<'t>(src: &Src, specs: &'t [VarSpec], pos: Pos) -> GenDecl<'t> {
    let specs = specs.iter().map(|s| Spec::Value(VSpec { names: &s.names, ty: s.ty.as_ref(), values: &s.values })).collect();
    GenDecl { keyword: "var", pos, lparen: lparen_after(src, pos), specs }
}

fn const_decl<'t>(src: &Src, specs: &'t [ConstSpec], pos: Pos) -> GenDecl<'t> {
    let specs = specs
        .iter()
        .map(|s| {
            // An implicitly repeated spec: the parser copied the previous one's type and values.
            let after = src.idx(s.names[s.names.len() - 1].pos) + 1;
            let implicit = matches!(src.toks[after].tok, Tok::Semi(_) | Tok::Op(")"));
            if implicit {
                Spec::Value(VSpec { names: &s.names, ty: None, values: &[] })
            } else {
                Spec::Value(VSpec { names: &s.names, ty: s.ty.as_ref(), values: &s.values })
            }
        })
        .collect();
    GenDecl { keyword: "const", pos, lparen: lparen_after(src, pos), specs }
}

fn type_decl<'t>(src: &Src, specs: &'t [TypeSpec], pos: Pos) -> GenDecl<'t> {
    GenDecl { keyword: "type", pos, lparen: lparen_after(src, pos), specs: specs.iter().map(Spec::Type).collect() }
}

/// The import declarations, read from the tokens after the package clause
/// (the tree keeps only the list of imports), each block's runs of lines
/// sorted by path as gofmt's ast.SortImports sorts them.
fn import_decls<'t>(src: &Src, mut i: usize) -> Vec<D<'t>> {
    let mut out = Vec::new();
    loop {
        while matches!(src.toks[i].tok, Tok::Semi(_)) {
            i += 1;
        }
        if !matches!(src.toks[i].tok, Tok::Kw("import")) {
            return out;
        }
        let pos = src.pos_of(i);
        let mut specs = Vec::new();
        let spec_at = |j: usize| -> (ImportSpec, usize) {
            if matches!(src.toks[j].tok, Tok::Ident(_)) {
                (ImportSpec { name: Some(j), path: j + 1, slot: src.pos_of(j) }, j + 2)
            } else {
                (ImportSpec { name: None, path: j, slot: src.pos_of(j) }, j + 1)
            }
        };
        if src.is_op(i + 1, "(") {
            let close = src.matching(i + 1);
            let mut j = i + 2;
            while j < close {
                if matches!(src.toks[j].tok, Tok::Semi(_)) {
                    j += 1;
                    continue;
                }
                let (s, next) = spec_at(j);
                specs.push(s);
                j = next;
            }
            sort_import_runs(src, &mut specs);
            out.push(D::Gen(GenDecl { keyword: "import", pos, lparen: Some(i + 1), specs: specs.into_iter().map(Spec::Import).collect() }));
            i = close + 1;
        } else {
            let (s, next) = spec_at(i + 1);
            out.push(D::Gen(GenDecl { keyword: "import", pos, lparen: None, specs: vec![Spec::Import(s)] }));
            i = next;
        }
    }
}

fn sort_import_runs(src: &Src, specs: &mut [ImportSpec]) {
    let key = |s: &ImportSpec| {
        let path = src.text_of(s.path);
        (path[1..path.len() - 1].to_string(), s.name.map(|n| src.text_of(n).to_string()))
    };
    let mut start = 0;
    for j in 0..=specs.len() {
        let run_ends = j == specs.len() || (j > start && src.line(specs[j].slot) > 1 + src.line(src.end_of(specs[j - 1].path)));
        if run_ends {
            let run = &mut specs[start..j];
            let slots: Vec<Pos> = run.iter().map(|s| s.slot).collect();
            run.sort_by_key(key);
            for (s, slot) in run.iter_mut().zip(slots) {
                s.slot = slot;
            }
            start = j;
        }
    }
}

/// A raw-string import path is printed double-quoted.
fn sanitize_import_path(lit: &str) -> String {
    match lit.strip_prefix('`').and_then(|l| l.strip_suffix('`')) {
        Some(p) if !p.is_empty() && !p.contains(['"', '\\', '\n']) => format!("\"{p}\""),
        _ => lit.to_string(),
    }
}

fn keep_type_column(specs: &[Spec]) -> Vec<bool> {
    let mut m = vec![false; specs.len()];
    let populate = |m: &mut Vec<bool>, i: usize, j: usize, keep: bool| {
        if keep {
            for x in m.iter_mut().take(j).skip(i) {
                *x = true;
            }
        }
    };
    let mut i0: Option<usize> = None;
    let mut keep_type = false;
    for (i, s) in specs.iter().enumerate() {
        let Spec::Value(t) = s else { continue };
        if !t.values.is_empty() {
            if i0.is_none() {
                i0 = Some(i);
                keep_type = false;
            }
        } else if let Some(s0) = i0.take() {
            populate(&mut m, s0, i, keep_type);
        }
        if t.ty.is_some() {
            keep_type = true;
        }
    }
    if let Some(s0) = i0 {
        populate(&mut m, s0, specs.len(), keep_type);
    }
    m
}

fn assign_tok(op: &AssignOp) -> &'static str {
    match op {
        AssignOp::Define => ":=",
        AssignOp::Assign => "=",
        AssignOp::Op(b) => match *b {
            "+" => "+=",
            "-" => "-=",
            "*" => "*=",
            "/" => "/=",
            "%" => "%=",
            "&" => "&=",
            "|" => "|=",
            "^" => "^=",
            "<<" => "<<=",
            ">>" => ">>=",
            _ => "&^=",
        },
    }
}

fn walk_binary(e: &Expr) -> (bool, bool, i64) {
    let ExprKind::Binary(op, x, y) = &e.kind else { return (false, false, 0) };
    let prec = prec_of(op);
    let (mut has4, mut has5, mut max_problem) = (prec == 4, prec == 5, 0);
    if let ExprKind::Binary(lop, ..) = &x.kind {
        if prec_of(lop) >= prec {
            let (h4, h5, mp) = walk_binary(x);
            has4 |= h4;
            has5 |= h5;
            max_problem = max_problem.max(mp);
        }
    }
    match &y.kind {
        ExprKind::Binary(rop, ..) => {
            if prec_of(rop) > prec {
                let (h4, h5, mp) = walk_binary(y);
                has4 |= h4;
                has5 |= h5;
                max_problem = max_problem.max(mp);
            }
        }
        ExprKind::Star(_) => {
            if *op == "/" {
                max_problem = 5;
            }
        }
        ExprKind::Unary(uop, _) => match format!("{op}{uop}").as_str() {
            "/*" | "&&" | "&^" => max_problem = 5,
            "++" | "--" => max_problem = max_problem.max(4),
            _ => {}
        },
        _ => {}
    }
    (has4, has5, max_problem)
}

fn cutoff(e: &Expr, depth: i64) -> i64 {
    let (has4, has5, max_problem) = walk_binary(e);
    if max_problem > 0 {
        return max_problem + 1;
    }
    if has4 && has5 {
        return if depth == 1 { 5 } else { 4 };
    }
    if depth == 1 {
        6
    } else {
        4
    }
}

fn diff_prec(e: &Expr, prec: i64) -> i64 {
    match &e.kind {
        ExprKind::Binary(op, ..) if prec_of(op) == prec => 0,
        _ => 1,
    }
}

fn reduce_depth(depth: i64) -> i64 {
    (depth - 1).max(1)
}

fn is_type_name(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector(x, _) => is_type_name(x),
        _ => false,
    }
}

/// Whether `e` holds a composite literal of a named type not protected by parentheses.
fn has_bare_named_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(_) => false,
        ExprKind::Composite { ty, .. } => ty.as_deref().is_some_and(is_type_name),
        ExprKind::Binary(_, x, y) => has_bare_named_literal(x) || has_bare_named_literal(y),
        ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => has_bare_named_literal(x),
        ExprKind::Call { func, args, .. } => has_bare_named_literal(func) || args.iter().any(has_bare_named_literal),
        ExprKind::Index(x, l) => has_bare_named_literal(x) || l.iter().any(has_bare_named_literal),
        ExprKind::Slice { x, lo, hi, max } => {
            has_bare_named_literal(x) || [lo, hi, max].iter().any(|v| v.as_deref().is_some_and(has_bare_named_literal))
        }
        _ => false,
    }
}

fn strip_parens(x: &Expr) -> &Expr {
    if let ExprKind::Paren(inner) = &x.kind {
        if !has_bare_named_literal(inner) {
            return strip_parens(inner);
        }
    }
    x
}

fn strip_parens_always(x: &Expr) -> &Expr {
    match &x.kind {
        ExprKind::Paren(inner) => strip_parens_always(inner),
        _ => x,
    }
}

fn is_composite_lit_like(x: &Expr) -> bool {
    match &strip_parens_always(x).kind {
        ExprKind::Composite { .. } => true,
        ExprKind::Unary("&", y) => matches!(strip_parens_always(y).kind, ExprKind::Composite { .. }),
        _ => false,
    }
}

/// gofmt's normalizeNumbers: lower-case base prefixes and exponents.
fn normalized_number(x: &str) -> String {
    if x.len() < 2 {
        return x.to_string();
    }
    let mut x = x.to_string();
    match &x[..2] {
        "0X" => {
            x = format!("0x{}", &x[2..]);
            if let Some(i) = x.rfind('P') {
                x.replace_range(i..i + 1, "p");
            }
        }
        "0x" => {
            if let Some(i) = x.rfind('P') {
                x.replace_range(i..i + 1, "p");
            }
        }
        "0O" => x = format!("0o{}", &x[2..]),
        "0o" | "0b" => {}
        "0B" => x = format!("0b{}", &x[2..]),
        _ => {
            if let Some(i) = x.rfind('E') {
                x.replace_range(i..i + 1, "e");
            } else if x.ends_with('i') && !x.contains(['.', 'e']) {
                x = x.trim_start_matches(['0', '_']).to_string();
                if x == "i" {
                    x = "0i".into();
                }
            }
        }
    }
    x
}

/// go/printer's log2ish and exp2ish: cheap approximations used to compare sizes.
fn log2ish(x: f64) -> f64 {
    let (f, e) = frexp(x);
    e as f64 + 2.0 * (f - 1.0)
}

fn exp2ish(x: f64) -> f64 {
    let n = x.floor();
    let f = x - n;
    ldexp(1.0 + f, n as i32)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let frac = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (frac, exp)
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}
