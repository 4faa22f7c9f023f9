//! Constant values and constant folding (go.dev/ref/spec#Constant_expressions).
//! Untyped integer constants are exact up to 127 bits here, enough for every
//! program of this kind; overflow on conversion is reported as gc does.

use super::types::*;
use crate::vm::value::Value;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub enum ConstVal {
    Int(i128),
    Float(f64),
    Bool(bool),
    Str(Rc<[u8]>),
}

impl ConstVal {
    pub fn to_string_go(&self) -> String {
        match self {
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{}", *f as i128)
                } else {
                    format!("{f}")
                }
            }
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Str(s) => crate::lang::lexer::quote_go_bytes(s),
        }
    }

    /// The run-time value of this constant as type `ty` (already checked representable).
    pub fn to_value(&self, types: &Types, ty: TypeId) -> Value {
        match (self, types.under(ty)) {
            (ConstVal::Int(i), Type::Float64 | Type::Float32 | Type::UntypedFloat) => Value::Float(*i as f64),
            (ConstVal::Float(f), Type::Int(_) | Type::UntypedInt | Type::UntypedRune) => Value::Int(*f as i64),
            (ConstVal::Int(i), _) => Value::Int(*i as i64),
            (ConstVal::Float(f), Type::Float32) => Value::Float(*f as f32 as f64),
            (ConstVal::Float(f), _) => Value::Float(*f),
            (ConstVal::Bool(b), _) => Value::Bool(*b),
            (ConstVal::Str(s), _) => Value::from_bytes(s),
        }
    }
}

/// Converts a constant to type `to`, as assignment or conversion does.
/// Returns the constant (possibly changed, e.g. truncated float) or an error
/// message tail: `overflows`, `truncated`, or a mismatch.
pub fn represent(types: &Types, c: &ConstVal, to: TypeId) -> Result<ConstVal, &'static str> {
    match (c, types.under(to)) {
        (ConstVal::Int(i), Type::Int(k)) => {
            let (lo, hi) = k.min_max();
            if *i < lo || *i > hi {
                Err("overflows")
            } else {
                Ok(ConstVal::Int(*i))
            }
        }
        (ConstVal::Float(f), Type::Int(k)) => {
            if f.fract() != 0.0 {
                return Err("truncated");
            }
            let (lo, hi) = k.min_max();
            if (*f as i128) < lo || (*f as i128) > hi {
                Err("overflows")
            } else {
                Ok(ConstVal::Int(*f as i128))
            }
        }
        (ConstVal::Int(i), Type::Float64 | Type::Float32 | Type::UntypedFloat) => Ok(ConstVal::Float(*i as f64)),
        (ConstVal::Float(f), Type::Float64 | Type::Float32 | Type::UntypedFloat) => Ok(ConstVal::Float(*f)),
        (ConstVal::Int(_), Type::UntypedInt | Type::UntypedRune) => Ok(c.clone()),
        (ConstVal::Bool(_), Type::Bool | Type::UntypedBool) => Ok(c.clone()),
        (ConstVal::Str(_), Type::String | Type::UntypedString) => Ok(c.clone()),
        (_, Type::Interface(ms)) if ms.is_empty() => Ok(c.clone()),
        _ => Err("mismatch"),
    }
}

/// The kind of untyped constant that results from mixing two untyped kinds.
pub fn untyped_join(a: TypeId, b: TypeId) -> TypeId {
    let rank = |t| match t {
        T_UNTYPED_INT => 1,
        T_UNTYPED_RUNE => 2,
        T_UNTYPED_FLOAT => 3,
        _ => 0,
    };
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// Folds `x op y` for two constants; `ty` is the operands' common type.
pub fn fold_binary(types: &Types, op: &str, x: &ConstVal, y: &ConstVal, ty: TypeId) -> Result<ConstVal, String> {
    use ConstVal::*;
    let int_result = |v: i128| -> Result<ConstVal, String> {
        if let Some(k) = types.int_kind(ty) {
            let (lo, hi) = k.min_max();
            if v < lo || v > hi {
                return Err("overflows".into());
            }
        }
        Ok(Int(v))
    };
    Ok(match (x, y) {
        (Int(a), Int(b)) => {
            let (a, b) = (*a, *b);
            match op {
                "+" => int_result(a.checked_add(b).ok_or("constant overflow")?)?,
                "-" => int_result(a.checked_sub(b).ok_or("constant overflow")?)?,
                "*" => int_result(a.checked_mul(b).ok_or("constant overflow")?)?,
                "/" => {
                    if b == 0 {
                        return Err("invalid operation: division by zero".into());
                    }
                    if types.is_float(ty) {
                        Float(a as f64 / b as f64)
                    } else {
                        Int(a / b)
                    }
                }
                "%" => {
                    if b == 0 {
                        return Err("invalid operation: division by zero".into());
                    }
                    Int(a % b)
                }
                "&" => Int(a & b),
                "|" => Int(a | b),
                "^" => Int(a ^ b),
                "&^" => Int(a & !b),
                "<<" => {
                    if !(0..=126).contains(&b) {
                        return Err("constant shift overflow".into());
                    }
                    int_result(a.checked_shl(b as u32).ok_or("constant overflow")?)?
                }
                ">>" => Int(a >> b.clamp(0, 126)),
                "==" => Bool(a == b),
                "!=" => Bool(a != b),
                "<" => Bool(a < b),
                "<=" => Bool(a <= b),
                ">" => Bool(a > b),
                ">=" => Bool(a >= b),
                _ => return Err(format!("operator {op} not defined on constant")),
            }
        }
        (Int(_) | Float(_), Int(_) | Float(_)) => {
            let a = as_f64(x);
            let b = as_f64(y);
            match op {
                "+" => Float(a + b),
                "-" => Float(a - b),
                "*" => Float(a * b),
                "/" => {
                    if b == 0.0 {
                        return Err("invalid operation: division by zero".into());
                    }
                    Float(a / b)
                }
                "==" => Bool(a == b),
                "!=" => Bool(a != b),
                "<" => Bool(a < b),
                "<=" => Bool(a <= b),
                ">" => Bool(a > b),
                ">=" => Bool(a >= b),
                _ => return Err(format!("operator {op} not defined on untyped float")),
            }
        }
        (Str(a), Str(b)) => match op {
            "+" => Str(Rc::from([&a[..], &b[..]].concat())),
            "==" => Bool(a == b),
            "!=" => Bool(a != b),
            "<" => Bool(a < b),
            "<=" => Bool(a <= b),
            ">" => Bool(a > b),
            ">=" => Bool(a >= b),
            _ => return Err(format!("operator {op} not defined on string constant")),
        },
        (Bool(a), Bool(b)) => match op {
            "&&" => Bool(*a && *b),
            "||" => Bool(*a || *b),
            "==" => Bool(a == b),
            "!=" => Bool(a != b),
            _ => return Err(format!("operator {op} not defined on bool constant")),
        },
        _ => return Err("mismatched constant types".into()),
    })
}

pub fn as_f64(c: &ConstVal) -> f64 {
    match c {
        ConstVal::Int(i) => *i as f64,
        ConstVal::Float(f) => *f,
        _ => 0.0,
    }
}

/// Parses an integer literal (decimal, 0x, 0o, 0b, legacy octal, underscores).
pub fn parse_int_lit(s: &str) -> Option<i128> {
    let s = s.replace('_', "");
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}
