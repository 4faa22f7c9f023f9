//! Package `strconv`: integers, floats and bools to and from text, with Go's
//! `*NumError` texts (`strconv.Atoi: parsing "x": invalid syntax`), and
//! Go's float formatting (`format_float`, which `fmt`'s `%v`/`%e`/`%g` use too).
//!
//! Float digits come from Rust's formatter, which like Go's gives the
//! shortest digits that read back exactly, or correctly rounded digits at a
//! precision; `fmt_efg` then lays them out exactly as Go's `fmtEFG` does.

use super::api::*;
use crate::vm::value::Value;

fn itoa(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(&a[0].int().to_string())
}

fn format_int(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (v, base) = (a[0].int(), a[1].int());
    if !(2..=36).contains(&base) {
        return Err(Stop::Panic("strconv: illegal AppendInt/FormatInt base".into()));
    }
    string(&radix(v, base as u32))
}

/// `Atoi` is `ParseInt(s, 10, 0)` whose errors name `Atoi`.
fn atoi(_: &mut dyn Host, a: &[Value]) -> Ret {
    let s = a[0].str();
    Ok(match parse_int_go(s, 10, 0) {
        Ok(v) => vec![Value::Int(v), Value::Nil],
        Err((e, v)) => vec![Value::Int(v), num_error("Atoi", s, e)],
    })
}

/// `v` in base `base` (2…36), lower-case digits, as `FormatInt` writes it.
fn radix(v: i64, base: u32) -> String {
    let mut out = radix_u(v.unsigned_abs(), base);
    if v < 0 {
        out.insert(0, '-');
    }
    out
}

fn radix_u(mut u: u64, base: u32) -> String {
    if u == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while u > 0 {
        out.push(std::char::from_digit((u % base as u64) as u32, base).unwrap_or('?'));
        u /= base as u64;
    }
    out.iter().rev().collect()
}

fn format_uint(_: &mut dyn Host, a: &[Value]) -> Ret {
    let base = a[1].int();
    if !(2..=36).contains(&base) {
        return Err(Stop::Panic("strconv: illegal AppendInt/FormatInt base".into()));
    }
    string(&radix_u(a[0].int() as u64, base as u32))
}

/// Why a parse failed, as strconv's `*NumError` says it.
enum NumErr {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

fn num_error(func: &str, input: &[u8], e: NumErr) -> Value {
    let why = match e {
        NumErr::Syntax => "invalid syntax".to_string(),
        NumErr::Range => "value out of range".to_string(),
        NumErr::Base(b) => format!("invalid base {b}"),
        NumErr::BitSize(b) => format!("invalid bit size {b}"),
    };
    error_value(&format!("strconv.{func}: parsing {}: {why}", crate::lang::lexer::quote_go_bytes(input)))
}

/// Go's `underscoreOK`: underscores only between digits, and only with a base prefix.
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let s = if matches!(s.first(), Some(b'-' | b'+')) { &s[1..] } else { s };
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = s[1].to_ascii_lowercase() == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && c.to_ascii_lowercase().is_ascii_hexdigit() {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Go's `ParseUint`: the value, or the error and the value Go returns with it.
fn parse_uint(s0: &[u8], base: i64, bit_size: i64) -> Result<u64, (NumErr, u64)> {
    if s0.is_empty() {
        return Err((NumErr::Syntax, 0));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                match (s.len() >= 3, s.get(1).map(u8::to_ascii_lowercase)) {
                    (true, Some(b'b')) => {
                        s = &s[2..];
                        2
                    }
                    (true, Some(b'o')) => {
                        s = &s[2..];
                        8
                    }
                    (true, Some(b'x')) => {
                        s = &s[2..];
                        16
                    }
                    _ => {
                        s = &s[1..];
                        8
                    }
                }
            } else {
                10
            }
        }
        b => return Err((NumErr::Base(b), 0)),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size,
        b => return Err((NumErr::BitSize(b), 0)),
    };
    let max_val = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let cutoff = u64::MAX / base + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if c.to_ascii_lowercase().is_ascii_lowercase() => c.to_ascii_lowercase() - b'a' + 10,
            _ => return Err((NumErr::Syntax, 0)),
        };
        if d as u64 >= base {
            return Err((NumErr::Syntax, 0));
        }
        if n >= cutoff {
            return Err((NumErr::Range, max_val));
        }
        n *= base;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return Err((NumErr::Range, max_val));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err((NumErr::Syntax, 0));
    }
    Ok(n)
}

/// Go's `ParseInt`.
fn parse_int_go(s0: &[u8], base: i64, bit_size: i64) -> Result<i64, (NumErr, i64)> {
    if s0.is_empty() {
        return Err((NumErr::Syntax, 0));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let un = match parse_uint(s, base, bit_size) {
        Ok(u) => u,
        Err((NumErr::Range, u)) => u,
        Err((e, _)) => return Err((e, 0)),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err((NumErr::Range, (cutoff - 1) as i64));
    }
    if neg && un > cutoff {
        return Err((NumErr::Range, (cutoff as i64).wrapping_neg()));
    }
    Ok(if neg { (un as i64).wrapping_neg() } else { un as i64 })
}

fn parse_int(_: &mut dyn Host, a: &[Value]) -> Ret {
    let s = a[0].str();
    Ok(match parse_int_go(s, a[1].int(), a[2].int()) {
        Ok(v) => vec![Value::Int(v), Value::Nil],
        Err((e, v)) => vec![Value::Int(v), num_error("ParseInt", s, e)],
    })
}

fn parse_uint_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    let s = a[0].str();
    Ok(match parse_uint(s, a[1].int(), a[2].int()) {
        Ok(v) => vec![Value::Int(v as i64), Value::Nil],
        Err((e, v)) => vec![Value::Int(v as i64), num_error("ParseUint", s, e)],
    })
}

fn parse_bool(_: &mut dyn Host, a: &[Value]) -> Ret {
    let s = a[0].str();
    Ok(match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => vec![Value::Bool(true), Value::Nil],
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => vec![Value::Bool(false), Value::Nil],
        _ => vec![Value::Bool(false), num_error("ParseBool", s, NumErr::Syntax)],
    })
}

fn format_bool(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(if a[0].bool() { "true" } else { "false" })
}

/// Go's `ParseFloat` for decimal input and the special names (`inf`,
/// `infinity`, `nan`, any case, with a sign). Hexadecimal floats and
/// underscores are refused as syntax errors (maprace does not read them yet).
fn parse_float(_: &mut dyn Host, a: &[Value]) -> Ret {
    let s = a[0].str();
    let bits32 = a[1].int() == 32;
    let text = std::str::from_utf8(s).unwrap_or("");
    let lower = text.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let named = matches!(body, "inf" | "infinity" | "nan");
    let decimal = !body.is_empty() && body.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-')) && body.bytes().any(|c| c.is_ascii_digit()) && lower.matches(['+', '-']).count() <= 2;
    if !(named || decimal) || body.starts_with('e') {
        return Ok(vec![Value::Float(0.0), num_error("ParseFloat", s, NumErr::Syntax)]);
    }
    let parsed = if bits32 { text.parse::<f32>().map(|f| f as f64) } else { text.parse::<f64>() };
    match parsed {
        Ok(f) if f.is_infinite() && !named => Ok(vec![Value::Float(f), num_error("ParseFloat", s, NumErr::Range)]),
        Ok(f) => Ok(vec![Value::Float(f), Value::Nil]),
        Err(_) => Ok(vec![Value::Float(0.0), num_error("ParseFloat", s, NumErr::Syntax)]),
    }
}

/// The decimal digits of |f| and the decimal point's position (`0.d1d2… × 10^dp`):
/// the shortest that reads back as `f` when `digits` is `None`, else rounded
/// to that many significant digits (trailing zeros trimmed, as Go's decimal does).
fn decimal_digits(f: f64, bits32: bool, digits: Option<usize>) -> (Vec<u8>, i32) {
    let e = match (digits, bits32) {
        (None, true) => format!("{:e}", (f as f32).abs()),
        (None, false) => format!("{:e}", f.abs()),
        (Some(n), true) => format!("{:.*e}", n.max(1) - 1, (f as f32).abs()),
        (Some(n), false) => format!("{:.*e}", n.max(1) - 1, f.abs()),
    };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    if d == b"0" {
        return (Vec::new(), 0);
    }
    (d, exp + 1)
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)` for the formats
/// `e`, `E`, `f`, `g`, `G` (`prec < 0`: the fewest digits that read back as `f`).
pub fn format_float(f: f64, fmt: u8, prec: i64, bits32: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let neg = f.is_sign_negative();
    let shortest = prec < 0;
    if fmt == b'f' && !shortest {
        // A float64 has at most 1074 fractional decimal digits: the rest are zeros.
        const EXACT: usize = 1100;
        let p = (prec as usize).min(EXACT);
        let mut s = if bits32 { format!("{:.*}", p, (f as f32).abs()) } else { format!("{:.*}", p, f.abs()) };
        s.extend(std::iter::repeat_n('0', prec as usize - p));
        return if neg { format!("-{s}") } else { s };
    }
    let (digs, dp, prec) = if shortest {
        let (d, dp) = decimal_digits(f, bits32, None);
        let nd = d.len() as i64;
        let p = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp as i64).max(0),
            _ => nd,
        };
        (d, dp, p)
    } else {
        let want = match fmt {
            b'e' | b'E' => prec + 1,
            _ => prec.max(1),
        };
        let (d, dp) = decimal_digits(f, bits32, Some(want.min(800) as usize));
        (d, dp, if matches!(fmt, b'g' | b'G') { prec.max(1) } else { prec })
    };
    fmt_efg(neg, &digs, dp as i64, prec, fmt, shortest)
}

/// Go's `fmtEFG`: digits `s` (`0.s × 10^dp`) in format `fmt` with precision `prec`.
fn fmt_efg(neg: bool, s: &[u8], dp: i64, mut prec: i64, mut fmt: u8, shortest: bool) -> String {
    let nd = s.len() as i64;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    match fmt {
        b'e' | b'E' => {
            out.push(if nd != 0 { s[0] as char } else { '0' });
            if prec > 0 {
                out.push('.');
                let m = nd.min(prec + 1);
                let mut i = 1;
                if i < m {
                    out.push_str(std::str::from_utf8(&s[1..m as usize]).unwrap_or(""));
                    i = m;
                }
                for _ in 0..(prec + 1 - i) {
                    out.push('0');
                }
            }
            out.push(fmt as char);
            let exp = if nd == 0 { 0 } else { dp - 1 };
            out.push(if exp < 0 { '-' } else { '+' });
            out.push_str(&format!("{:02}", exp.abs()));
        }
        _ => {
            if dp > 0 {
                let m = nd.min(dp);
                out.push_str(std::str::from_utf8(&s[..m as usize]).unwrap_or(""));
                for _ in 0..(dp - m) {
                    out.push('0');
                }
            } else {
                out.push('0');
            }
            if prec > 0 {
                out.push('.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                for _ in 0..lz {
                    out.push('0');
                }
                for i in 0..m {
                    out.push(s[(off + i) as usize] as char);
                }
                for _ in 0..tz {
                    out.push('0');
                }
            }
        }
    }
    out
}

fn format_float_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    let fmt = a[1].int() as u8;
    if !matches!(fmt, b'e' | b'E' | b'f' | b'g' | b'G') {
        return Err(Stop::Panic(format!("maprace does not support strconv.FormatFloat's format {:?} yet", fmt as char)));
    }
    string(&format_float(a[0].float(), fmt, a[2].int(), a[3].int() == 32))
}

fn quote(_: &mut dyn Host, a: &[Value]) -> Ret {
    string(&crate::lang::lexer::quote_go_bytes(a[0].str()))
}

pub static PACKAGE: Package = Package {
    path: "strconv",
    funcs: &[
        Func { name: "Itoa", params: Params::Fixed(&[Ty::Int]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: itoa },
        Func { name: "Atoi", params: Params::Fixed(&[Ty::String]), results: &[Ty::Int, Ty::Error], cost: 30, effect: Effect::Pure, run: atoi },
        Func { name: "FormatInt", params: Params::Fixed(&[Ty::Int64, Ty::Int]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: format_int },
        Func { name: "FormatUint", params: Params::Fixed(&[Ty::Uint64, Ty::Int]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: format_uint },
        Func { name: "ParseInt", params: Params::Fixed(&[Ty::String, Ty::Int, Ty::Int]), results: &[Ty::Int64, Ty::Error], cost: 30, effect: Effect::Pure, run: parse_int },
        Func { name: "ParseUint", params: Params::Fixed(&[Ty::String, Ty::Int, Ty::Int]), results: &[Ty::Uint64, Ty::Error], cost: 30, effect: Effect::Pure, run: parse_uint_fn },
        Func { name: "ParseFloat", params: Params::Fixed(&[Ty::String, Ty::Int]), results: &[Ty::Float64, Ty::Error], cost: 30, effect: Effect::Pure, run: parse_float },
        Func { name: "ParseBool", params: Params::Fixed(&[Ty::String]), results: &[Ty::Bool, Ty::Error], cost: 30, effect: Effect::Pure, run: parse_bool },
        Func { name: "FormatBool", params: Params::Fixed(&[Ty::Bool]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: format_bool },
        Func { name: "FormatFloat", params: Params::Fixed(&[Ty::Float64, Ty::Byte, Ty::Int, Ty::Int]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: format_float_fn },
        Func { name: "Quote", params: Params::Fixed(&[Ty::String]), results: &[Ty::String], cost: 30, effect: Effect::Pure, run: quote },
    ],
    consts: &[Const { name: "IntSize", value: ConstValue::Int(64) }],
};
