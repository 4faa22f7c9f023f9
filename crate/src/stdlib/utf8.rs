//! Package `unicode/utf8`, and the one UTF-8 decoder the other packages use.
//!
//! Go decodes UTF-8 one rune at a time and never fails: a byte that does not
//! start a valid encoding (a stray continuation byte, an overlong form, a
//! surrogate, a truncated sequence) decodes as `RuneError` (U+FFFD) with
//! width 1, so the next rune starts at the very next byte. Rust's lossy
//! conversion instead replaces a whole invalid run with one U+FFFD, so every
//! function here that walks runes uses [`decode_rune`], never `from_utf8_lossy`.

use super::api::*;
use crate::vm::value::Value;

pub const RUNE_ERROR: u32 = 0xFFFD;

/// The first rune of `b` and its width, as Go's `utf8.DecodeRune` gives
/// them: `(RuneError, 1)` for an invalid encoding, `(RuneError, 0)` for empty input.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// The last rune of `b` and its width (`utf8.DecodeLastRune`).
pub fn decode_last_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (RUNE_ERROR, 0);
    }
    let end = b.len();
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, n) = decode_rune(&b[start..end]);
    if start + n != end {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// The runes of `b` with their byte offsets, as `for i, r := range s` yields them.
pub fn runes(b: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, n) = decode_rune(&b[i..]);
        let at = i;
        i += n;
        Some((at, r, n))
    })
}

/// The UTF-8 encoding of `r` (`RuneError`'s for invalid runes, as Go's `string(r)`).
pub fn encode_rune(r: u32, out: &mut Vec<u8>) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Bytes a rune takes in UTF-8, or -1 if it is not a valid rune (`utf8.RuneLen`).
pub fn rune_len(r: i64) -> i64 {
    match r {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

fn s(a: &[Value], i: usize) -> &[u8] {
    a.get(i).map(|v| v.str()).unwrap_or(b"")
}

fn rune_count_in_string(_: &mut dyn Host, a: &[Value]) -> Ret {
    int(runes(s(a, 0)).count() as i64)
}

fn valid_string(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(runes(s(a, 0)).all(|(_, r, n)| !(r == RUNE_ERROR && n == 1)))
}

fn decode_rune_in_string(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (r, n) = decode_rune(s(a, 0));
    Ok(vec![Value::Int(r as i64), Value::Int(n as i64)])
}

fn decode_last_rune_in_string(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (r, n) = decode_last_rune(s(a, 0));
    Ok(vec![Value::Int(r as i64), Value::Int(n as i64)])
}

fn rune_len_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    int(rune_len(a[0].int()))
}

fn valid_rune(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(rune_len(a[0].int()) > 0)
}

const fn f(name: &'static str, params: &'static [Ty], results: &'static [Ty], run: Run) -> Func {
    Func { name, params: Params::Fixed(params), results, cost: 30, effect: Effect::Pure, run }
}

pub static PACKAGE: Package = Package {
    path: "unicode/utf8",
    funcs: &[
        f("RuneCountInString", &[Ty::String], &[Ty::Int], rune_count_in_string),
        f("ValidString", &[Ty::String], &[Ty::Bool], valid_string),
        f("DecodeRuneInString", &[Ty::String], &[Ty::Rune, Ty::Int], decode_rune_in_string),
        f("DecodeLastRuneInString", &[Ty::String], &[Ty::Rune, Ty::Int], decode_last_rune_in_string),
        f("RuneLen", &[Ty::Rune], &[Ty::Int], rune_len_fn),
        f("ValidRune", &[Ty::Rune], &[Ty::Bool], valid_rune),
    ],
    consts: &[
        Const { name: "RuneError", value: ConstValue::Rune(RUNE_ERROR as i128) },
        Const { name: "RuneSelf", value: ConstValue::Int(0x80) },
        Const { name: "MaxRune", value: ConstValue::Rune(0x10FFFF) },
        Const { name: "UTFMax", value: ConstValue::Int(4) },
    ],
};
