//! Prints an expression back as source, the way gc quotes it in messages.

use crate::lang::ast::*;
use crate::lang::lexer::{quote_go_bytes, quote_rune};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write(e, &mut s, 0);
    s
}

fn write(e: &Expr, s: &mut String, depth: u32) {
    if depth > 50 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::Int(v) | ExprKind::Float(v) | ExprKind::Imag(v) => s.push_str(v),
        ExprKind::Char(c) => s.push_str(&quote_rune(*c)),
        ExprKind::Str(v) => s.push_str(&quote_go_bytes(v)),
        ExprKind::Binary(op, a, b) => {
            write(a, s, d);
            s.push(' ');
            s.push_str(op);
            s.push(' ');
            write(b, s, d);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op);
            write(x, s, d);
        }
        ExprKind::Star(x) => {
            s.push('*');
            write(x, s, d);
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write(x, s, d);
            s.push(')');
        }
        ExprKind::Call { func, args, ellipsis } => {
            write(func, s, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(a, s, d);
            }
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Index(x, idx) => {
            write(x, s, d);
            s.push('[');
            for (i, a) in idx.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(a, s, d);
            }
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write(x, s, d);
            s.push('[');
            if let Some(l) = lo {
                write(l, s, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write(h, s, d);
            }
            if let Some(m) = max {
                s.push(':');
                write(m, s, d);
            }
            s.push(']');
        }
        ExprKind::Selector(x, sel) => {
            write(x, s, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::TypeAssert(x, t) => {
            write(x, s, d);
            s.push_str(".(");
            match t {
                Some(t) => write(t, s, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Composite { ty, .. } => {
            if let Some(t) = ty {
                write(t, s, d);
            }
            s.push_str("{…}");
        }
        ExprKind::FuncLit(_) => s.push_str("func literal"),
        ExprKind::ArrayType(n, t) => {
            s.push('[');
            match n {
                Some(n) => write(n, s, d),
                None => s.push_str("..."),
            }
            s.push(']');
            write(t, s, d);
        }
        ExprKind::SliceType(t) => {
            s.push_str("[]");
            write(t, s, d);
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write(k, s, d);
            s.push(']');
            write(v, s, d);
        }
        ExprKind::ChanType(_, t) => {
            s.push_str("chan ");
            write(t, s, d);
        }
        ExprKind::FuncType(_) => s.push_str("func(…)"),
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::InterfaceType(m) => s.push_str(if m.is_empty() { "interface{}" } else { "interface{…}" }),
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            write(x, s, d);
        }
        ExprKind::Union(terms) => {
            for (i, t) in terms.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                if t.tilde {
                    s.push('~');
                }
                write(&t.ty, s, d);
            }
        }
    }
}
