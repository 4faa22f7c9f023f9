//! Package `unicode`: the classes and case mappings of one rune.
//!
//! The classes are Rust's `char` properties, which agree with Go's tables
//! for ASCII and Latin-1 (where Go itself uses a small table) and for the
//! common scripts; `IsPunct` and `IsSymbol` split ASCII as Go's categories
//! do (`$+<=>^`|~` are symbols). A mapping that Rust gives as several runes
//! (`ß` to upper case is `SS`) leaves the rune as it is, as Go's one-rune
//! mappings do.

use super::api::*;
use crate::vm::value::Value;

fn ch(a: &[Value]) -> Option<char> {
    char::from_u32(a[0].int() as u32).filter(|_| a[0].int() >= 0)
}

fn is(a: &[Value], f: fn(char) -> bool) -> Ret {
    boolean(ch(a).is_some_and(f))
}

fn punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !"$+<=>^`|~".contains(c);
    }
    matches!(c as u32, 0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x3008..=0x3011)
}

fn symbol(c: char) -> bool {
    if c.is_ascii() {
        return "$+<=>^`|~".contains(c);
    }
    matches!(c as u32, 0xA2..=0xA6 | 0xA8 | 0xA9 | 0xAC | 0xAE..=0xB1 | 0xB4 | 0xB8 | 0xD7 | 0xF7 | 0x20A0..=0x20C0 | 0x2100..=0x214F | 0x2190..=0x23FF | 0x2500..=0x27BF)
}

fn space(c: char) -> bool {
    c.is_whitespace()
}

fn is_letter(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, |c| c.is_alphabetic() && !c.is_numeric())
}
fn is_digit(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, |c| c.is_ascii_digit() || (!c.is_ascii() && c.to_digit(10).is_none() && c.is_numeric() && !matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x2150..=0x218F | 0x2460..=0x24FF)))
}
fn is_number(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, char::is_numeric)
}
fn is_space(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, space)
}
fn is_upper(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, char::is_uppercase)
}
fn is_lower(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, char::is_lowercase)
}
fn is_title(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, |c| matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC))
}
fn is_punct(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, punct)
}
fn is_symbol(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, symbol)
}
fn is_control(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, char::is_control)
}
fn is_graphic(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, |c| !c.is_control() && (c == ' ' || !space(c) || c == '\u{A0}' || c == '\u{3000}' || (c as u32 >= 0x2000 && c as u32 <= 0x200A)))
}
fn is_print(_: &mut dyn Host, a: &[Value]) -> Ret {
    is(a, |c| !c.is_control() && (c == ' ' || !space(c)) && !matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF))
}

/// A one-rune case mapping: Rust's when it is one rune, else the rune itself.
fn map(a: &[Value], f: fn(char) -> Vec<char>) -> Ret {
    let r = a[0].int();
    let out = match ch(a) {
        Some(c) => match f(c)[..] {
            [m] => m as i64,
            _ => r,
        },
        None => r,
    };
    Ok(vec![Value::Int(out)])
}
fn to_upper(_: &mut dyn Host, a: &[Value]) -> Ret {
    map(a, |c| c.to_uppercase().collect())
}
fn to_lower(_: &mut dyn Host, a: &[Value]) -> Ret {
    map(a, |c| c.to_lowercase().collect())
}
fn to_title(_: &mut dyn Host, a: &[Value]) -> Ret {
    map(a, |c| match c as u32 {
        0x1C4..=0x1C6 => vec!['\u{1C5}'],
        0x1C7..=0x1C9 => vec!['\u{1C8}'],
        0x1CA..=0x1CC => vec!['\u{1CB}'],
        0x1F1..=0x1F3 => vec!['\u{1F2}'],
        _ => c.to_uppercase().collect(),
    })
}

const fn f(name: &'static str, run: Run) -> Func {
    Func { name, params: Params::Fixed(&[Ty::Rune]), results: &[Ty::Bool], cost: 20, effect: Effect::Pure, run }
}
const fn m(name: &'static str, run: Run) -> Func {
    Func { name, params: Params::Fixed(&[Ty::Rune]), results: &[Ty::Rune], cost: 20, effect: Effect::Pure, run }
}

pub static PACKAGE: Package = Package {
    path: "unicode",
    funcs: &[
        f("IsLetter", is_letter),
        f("IsDigit", is_digit),
        f("IsNumber", is_number),
        f("IsSpace", is_space),
        f("IsUpper", is_upper),
        f("IsLower", is_lower),
        f("IsTitle", is_title),
        f("IsPunct", is_punct),
        f("IsSymbol", is_symbol),
        f("IsControl", is_control),
        f("IsGraphic", is_graphic),
        f("IsPrint", is_print),
        m("ToUpper", to_upper),
        m("ToLower", to_lower),
        m("ToTitle", to_title),
    ],
    consts: &[
        Const { name: "MaxRune", value: ConstValue::Rune(0x10FFFF) },
        Const { name: "ReplacementChar", value: ConstValue::Rune(0xFFFD) },
        Const { name: "MaxASCII", value: ConstValue::Rune(0x7F) },
        Const { name: "MaxLatin1", value: ConstValue::Rune(0xFF) },
        Const { name: "UpperCase", value: ConstValue::Int(0) },
        Const { name: "LowerCase", value: ConstValue::Int(1) },
        Const { name: "TitleCase", value: ConstValue::Int(2) },
    ],
};
