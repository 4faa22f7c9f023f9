//! Which local variables must live in heap boxes: those a function literal
//! refers to (closures share variables by reference) and those whose address
//! is taken (`&x`, or `x.M()` with a pointer receiver). Name-based and
//! conservative: boxing a variable that did not need it is still correct.

use crate::lang::ast::*;
use std::collections::HashSet;

pub fn escaping_names(body: &Block, _sig: &FuncSig) -> HashSet<String> {
    let mut out = HashSet::new();
    block(body, false, &mut out);
    out
}

fn block(b: &Block, in_lit: bool, out: &mut HashSet<String>) {
    for s in &b.stmts {
        stmt(s, in_lit, out);
    }
}

fn stmt(s: &Stmt, l: bool, o: &mut HashSet<String>) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) | StmtKind::Fallthrough | StmtKind::Type(_) => {}
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, l, o),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                expr(e, l, o);
            }
        }
        StmtKind::IncDec(e, _) => expr(e, l, o),
        StmtKind::Send(a, b) => {
            expr(a, l, o);
            expr(b, l, o);
        }
        StmtKind::Var(specs) => {
            for sp in specs {
                for e in &sp.values {
                    expr(e, l, o);
                }
            }
        }
        StmtKind::Const(specs) => {
            for sp in specs {
                for e in &sp.values {
                    expr(e, l, o);
                }
            }
        }
        StmtKind::Return(es) => es.iter().for_each(|e| expr(e, l, o)),
        StmtKind::Block(b) => block(b, l, o),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                stmt(i, l, o);
            }
            expr(cond, l, o);
            block(then, l, o);
            if let Some(e) = els {
                stmt(e, l, o);
            }
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            if let Some(i) = init {
                stmt(i, l, o);
            }
            if let Some(t) = tag {
                expr(t, l, o);
            }
            for c in clauses {
                c.exprs.iter().for_each(|e| expr(e, l, o));
                c.body.iter().for_each(|s| stmt(s, l, o));
            }
        }
        StmtKind::TypeSwitch { init, x, clauses, bind, .. } => {
            if let Some(i) = init {
                stmt(i, l, o);
            }
            expr(x, l, o);
            for c in clauses {
                c.body.iter().for_each(|s| stmt(s, l, o));
            }
            let _ = bind;
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                if let Some(cm) = &c.comm {
                    stmt(cm, l, o);
                }
                c.body.iter().for_each(|s| stmt(s, l, o));
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                stmt(i, l, o);
            }
            if let Some(c) = cond {
                expr(c, l, o);
            }
            if let Some(p) = post {
                stmt(p, l, o);
            }
            block(body, l, o);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for e in [key, value].into_iter().flatten() {
                expr(e, l, o);
            }
            expr(x, l, o);
            block(body, l, o);
        }
        StmtKind::Labeled(_, s) => stmt(s, l, o),
    }
}

fn expr(e: &Expr, l: bool, o: &mut HashSet<String>) {
    match &e.kind {
        ExprKind::Ident(n) => {
            if l {
                o.insert(n.clone());
            }
        }
        ExprKind::Unary("&", x) => {
            if let Some(n) = root_ident(x) {
                o.insert(n);
            }
            expr(x, l, o);
        }
        ExprKind::Binary(_, a, b) => {
            expr(a, l, o);
            expr(b, l, o);
        }
        ExprKind::Unary(_, x) | ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Ellipsis(x) => expr(x, l, o),
        ExprKind::Call { func, args, .. } => {
            if let ExprKind::Selector(recv, _) = &func.kind {
                if let Some(n) = root_ident(recv) {
                    o.insert(n);
                }
            }
            expr(func, l, o);
            args.iter().for_each(|a| expr(a, l, o));
        }
        ExprKind::Index(x, idx) => {
            expr(x, l, o);
            idx.iter().for_each(|a| expr(a, l, o));
        }
        ExprKind::Slice { x, lo, hi, max } => {
            if let Some(n) = root_ident(x) {
                o.insert(n); // slicing an array takes its address
            }
            expr(x, l, o);
            for p in [lo, hi, max].into_iter().flatten() {
                expr(p, l, o);
            }
        }
        ExprKind::Selector(x, sel) => {
            // `.name`: a possible method reference (package initialisation order).
            if l {
                o.insert(format!(".{}", sel.name));
            }
            expr(x, l, o)
        }
        ExprKind::TypeAssert(x, _) => expr(x, l, o),
        ExprKind::Composite { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    expr(k, l, o);
                }
                expr(&el.value, l, o);
            }
        }
        ExprKind::FuncLit(f) => block(&f.body, true, o),
        _ => {}
    }
}

fn root_ident(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n.clone()),
        ExprKind::Selector(x, _) | ExprKind::Paren(x) => root_ident(x),
        ExprKind::Index(x, _) => root_ident(x),
        _ => None,
    }
}

/// Every identifier a statement mentions (and each selected name as `.name`).
pub fn all_names(s: &Stmt, out: &mut HashSet<String>) {
    stmt(s, true, out);
}

/// Every identifier an expression mentions, and each selected name as `.name`.
pub fn expr_names(e: &Expr, out: &mut HashSet<String>) {
    expr(e, true, out);
}
