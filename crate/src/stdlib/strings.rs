//! Package `strings`: every function that takes and returns plain values,
//! each one step, working on bytes as Go's do.
//!
//! A Go string is a byte string. Searching (`Index`, `Count`, `Split`, …)
//! works on bytes, so offsets are byte offsets and invalid UTF-8 passes
//! through untouched. Functions that look at characters (`ToUpper`, `Trim`'s
//! cutset, `Fields`, `EqualFold`) walk runes with `utf8::decode_rune`, where
//! each invalid byte is one `RuneError`, as in Go.
//!
//! Not here yet: the functions that take a function (`Map`, `FieldsFunc`,
//! `IndexFunc`, `TrimFunc`, …), the iterators (`Lines`, `SplitSeq`, …), and
//! the types (`Builder`, `Reader`, `Replacer`).

use super::api::*;
use super::utf8::{decode_rune, encode_rune, runes};
use crate::vm::value::Value;

fn b(a: &[Value], i: usize) -> &[u8] {
    a.get(i).map(|v| v.str()).unwrap_or(b"")
}

fn bytes(v: Vec<u8>) -> Ret {
    Ok(vec![Value::from_bytes(&v)])
}

/// The byte offset of the first `sep` in `s` (`Index`).
pub fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(0);
    }
    if sep.len() > s.len() {
        return None;
    }
    s.windows(sep.len()).position(|w| w == sep)
}

fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(s.len());
    }
    if sep.len() > s.len() {
        return None;
    }
    s.windows(sep.len()).rposition(|w| w == sep)
}

/// Non-overlapping occurrences of `sep` (runes + 1 for an empty `sep`).
fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return runes(s).count() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = index(&s[i..], sep) {
        n += 1;
        i += j + sep.len();
    }
    n
}

/// Go's `genSplit`: split after each `sep` (keeping `keep` bytes of it), at most `n` pieces (n < 0: all).
fn gen_split(s: &[u8], sep: &[u8], keep: usize, n: i64) -> Vec<Vec<u8>> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
    let mut out = Vec::new();
    let mut rest = s;
    while (out.len() as i64) < n - 1 {
        let Some(m) = index(rest, sep) else { break };
        out.push(rest[..m + keep].to_vec());
        rest = &rest[m + sep.len()..];
    }
    out.push(rest.to_vec());
    out
}

/// Splits into UTF-8 sequences (each invalid byte alone), at most `n` (n < 0: all).
fn explode(s: &[u8], n: i64) -> Vec<Vec<u8>> {
    let total = runes(s).count() as i64;
    let n = if n < 0 || n > total { total } else { n };
    let mut out = Vec::new();
    let mut rest = s;
    while (out.len() as i64) < n - 1 {
        let (_, w) = decode_rune(rest);
        out.push(rest[..w].to_vec());
        rest = &rest[w..];
    }
    if n > 0 {
        out.push(rest.to_vec());
    }
    out
}

fn is_space(r: u32) -> bool {
    match r {
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 => true,
        _ if r < 0x100 => false,
        _ => char::from_u32(r).is_some_and(char::is_whitespace),
    }
}

/// The rune with its simple case mapping (one rune to one rune, as Go's `unicode.ToUpper`).
fn map_case(r: u32, upper: bool) -> u32 {
    let Some(c) = char::from_u32(r) else { return r };
    let mut m = if upper { c.to_uppercase().collect::<Vec<_>>() } else { c.to_lowercase().collect::<Vec<_>>() };
    if m.len() == 1 {
        m.pop().map_or(r, |c| c as u32)
    } else {
        r
    }
}

fn map_runes(s: &[u8], f: impl Fn(u32) -> u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    // An invalid byte is RuneError, and is written as its encoding (as Go's Map does).
    for (_, r, _) in runes(s) {
        encode_rune(f(r), &mut out);
    }
    out
}

fn in_cutset(cutset: &[u8], r: u32) -> bool {
    runes(cutset).any(|(_, c, _)| c == r)
}

fn trim_left_by(s: &[u8], pred: impl Fn(u32) -> bool) -> &[u8] {
    let mut i = 0;
    while i < s.len() {
        let (r, n) = decode_rune(&s[i..]);
        if !pred(r) {
            break;
        }
        i += n;
    }
    &s[i..]
}

fn trim_right_by(s: &[u8], pred: impl Fn(u32) -> bool) -> &[u8] {
    let mut end = s.len();
    while end > 0 {
        let (r, n) = super::utf8::decode_last_rune(&s[..end]);
        if !pred(r) {
            break;
        }
        end -= n;
    }
    &s[..end]
}

fn fold(r: u32) -> u32 {
    map_case(map_case(r, true), false)
}

fn contains(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(index(b(a, 0), b(a, 1)).is_some())
}

fn contains_any(_: &mut dyn Host, a: &[Value]) -> Ret {
    let chars = b(a, 1);
    boolean(runes(b(a, 0)).any(|(_, r, _)| in_cutset(chars, r)))
}

fn contains_rune(_: &mut dyn Host, a: &[Value]) -> Ret {
    let want = a[1].int();
    boolean(runes(b(a, 0)).any(|(_, r, _)| r as i64 == want))
}

fn count_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    int(count(b(a, 0), b(a, 1)) as i64)
}

fn has_prefix(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(b(a, 0).starts_with(b(a, 1)))
}

fn has_suffix(_: &mut dyn Host, a: &[Value]) -> Ret {
    boolean(b(a, 0).ends_with(b(a, 1)))
}

fn opt(i: Option<usize>) -> Ret {
    int(i.map_or(-1, |i| i as i64))
}

fn index_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    opt(index(b(a, 0), b(a, 1)))
}

fn last_index_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    opt(last_index(b(a, 0), b(a, 1)))
}

fn index_byte(_: &mut dyn Host, a: &[Value]) -> Ret {
    let c = a[1].int() as u8;
    opt(b(a, 0).iter().position(|&x| x == c))
}

fn last_index_byte(_: &mut dyn Host, a: &[Value]) -> Ret {
    let c = a[1].int() as u8;
    opt(b(a, 0).iter().rposition(|&x| x == c))
}

fn index_rune(_: &mut dyn Host, a: &[Value]) -> Ret {
    let want = a[1].int();
    opt(runes(b(a, 0)).find(|&(_, r, _)| r as i64 == want).map(|(i, _, _)| i))
}

fn index_any(_: &mut dyn Host, a: &[Value]) -> Ret {
    let chars = b(a, 1);
    opt(runes(b(a, 0)).find(|&(_, r, _)| in_cutset(chars, r)).map(|(i, _, _)| i))
}

fn last_index_any(_: &mut dyn Host, a: &[Value]) -> Ret {
    let chars = b(a, 1);
    opt(runes(b(a, 0)).filter(|&(_, r, _)| in_cutset(chars, r)).last().map(|(i, _, _)| i))
}

fn join(h: &mut dyn Host, a: &[Value]) -> Ret {
    let items = h.slice_values(&a[0]);
    let sep = b(a, 1);
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(v.str());
    }
    bytes(out)
}

fn strs(h: &mut dyn Host, parts: Vec<Vec<u8>>) -> Ret {
    Ok(vec![h.byte_strings(parts)])
}

fn split(h: &mut dyn Host, a: &[Value]) -> Ret {
    let p = gen_split(b(a, 0), b(a, 1), 0, -1);
    strs(h, p)
}

fn split_n(h: &mut dyn Host, a: &[Value]) -> Ret {
    let p = gen_split(b(a, 0), b(a, 1), 0, a[2].int());
    if a[2].int() == 0 {
        return Ok(vec![Value::Nil]);
    }
    strs(h, p)
}

fn split_after(h: &mut dyn Host, a: &[Value]) -> Ret {
    let p = gen_split(b(a, 0), b(a, 1), b(a, 1).len(), -1);
    strs(h, p)
}

fn split_after_n(h: &mut dyn Host, a: &[Value]) -> Ret {
    if a[2].int() == 0 {
        return Ok(vec![Value::Nil]);
    }
    let p = gen_split(b(a, 0), b(a, 1), b(a, 1).len(), a[2].int());
    strs(h, p)
}

fn fields(h: &mut dyn Host, a: &[Value]) -> Ret {
    let s = b(a, 0);
    let mut parts = Vec::new();
    let mut start = None;
    for (i, r, _) in runes(s) {
        match (is_space(r), start) {
            (true, Some(st)) => {
                parts.push(s[st..i].to_vec());
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        parts.push(s[st..].to_vec());
    }
    strs(h, parts)
}

fn repeat(h: &mut dyn Host, a: &[Value]) -> Ret {
    let s = b(a, 0);
    let count = a.get(1).map(|v| v.int()).unwrap_or(0);
    if count < 0 {
        return Err(Stop::Panic("strings: negative Repeat count".into()));
    }
    let Some(n) = (count as u64).checked_mul(s.len() as u64).filter(|&n| n <= i64::MAX as u64) else {
        return Err(Stop::Panic("strings: Repeat output length overflow".into()));
    };
    if !h.reserve(n) {
        return Err(Stop::Thrown);
    }
    bytes(s.repeat(count as usize))
}

fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    let m = count(s, old) as i64;
    let n = if n < 0 || m < n { m } else { n };
    if n == 0 || old == new {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let j = if old.is_empty() {
            if i > 0 {
                start + decode_rune(&s[start..]).1
            } else {
                start
            }
        } else {
            start + index(&s[start..], old).unwrap_or(0)
        };
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

fn replace_fn(_: &mut dyn Host, a: &[Value]) -> Ret {
    bytes(replace(b(a, 0), b(a, 1), b(a, 2), a[3].int()))
}

fn replace_all(_: &mut dyn Host, a: &[Value]) -> Ret {
    bytes(replace(b(a, 0), b(a, 1), b(a, 2), -1))
}

fn to_upper(_: &mut dyn Host, a: &[Value]) -> Ret {
    bytes(map_runes(b(a, 0), |r| map_case(r, true)))
}

fn to_lower(_: &mut dyn Host, a: &[Value]) -> Ret {
    bytes(map_runes(b(a, 0), |r| map_case(r, false)))
}

fn trim_space(_: &mut dyn Host, a: &[Value]) -> Ret {
    bytes(trim_right_by(trim_left_by(b(a, 0), is_space), is_space).to_vec())
}

fn trim(_: &mut dyn Host, a: &[Value]) -> Ret {
    let cut = b(a, 1);
    bytes(trim_right_by(trim_left_by(b(a, 0), |r| in_cutset(cut, r)), |r| in_cutset(cut, r)).to_vec())
}

fn trim_left(_: &mut dyn Host, a: &[Value]) -> Ret {
    let cut = b(a, 1);
    bytes(trim_left_by(b(a, 0), |r| in_cutset(cut, r)).to_vec())
}

fn trim_right(_: &mut dyn Host, a: &[Value]) -> Ret {
    let cut = b(a, 1);
    bytes(trim_right_by(b(a, 0), |r| in_cutset(cut, r)).to_vec())
}

fn trim_prefix(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (s, p) = (b(a, 0), b(a, 1));
    bytes(s.strip_prefix(p).unwrap_or(s).to_vec())
}

fn trim_suffix(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (s, p) = (b(a, 0), b(a, 1));
    bytes(s.strip_suffix(p).unwrap_or(s).to_vec())
}

fn cut(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (s, sep) = (b(a, 0), b(a, 1));
    Ok(match index(s, sep) {
        Some(i) => vec![Value::from_bytes(&s[..i]), Value::from_bytes(&s[i + sep.len()..]), Value::Bool(true)],
        None => vec![Value::from_bytes(s), Value::from_str(""), Value::Bool(false)],
    })
}

fn cut_prefix(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (s, p) = (b(a, 0), b(a, 1));
    Ok(match s.strip_prefix(p) {
        Some(rest) => vec![Value::from_bytes(rest), Value::Bool(true)],
        None => vec![Value::from_bytes(s), Value::Bool(false)],
    })
}

fn cut_suffix(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (s, p) = (b(a, 0), b(a, 1));
    Ok(match s.strip_suffix(p) {
        Some(rest) => vec![Value::from_bytes(rest), Value::Bool(true)],
        None => vec![Value::from_bytes(s), Value::Bool(false)],
    })
}

fn compare(_: &mut dyn Host, a: &[Value]) -> Ret {
    int(b(a, 0).cmp(b(a, 1)) as i64)
}

fn clone(_: &mut dyn Host, a: &[Value]) -> Ret {
    bytes(b(a, 0).to_vec())
}

fn equal_fold(_: &mut dyn Host, a: &[Value]) -> Ret {
    let (x, y): (Vec<u32>, Vec<u32>) = (runes(b(a, 0)).map(|(_, r, _)| fold(r)).collect(), runes(b(a, 1)).map(|(_, r, _)| fold(r)).collect());
    boolean(x == y)
}

const S: Ty = Ty::String;
const STRS: Ty = Ty::Strings;

const fn f(name: &'static str, params: &'static [Ty], results: &'static [Ty], run: Run) -> Func {
    Func { name, params: Params::Fixed(params), results, cost: 30, effect: Effect::Pure, run }
}

pub static PACKAGE: Package = Package {
    path: "strings",
    funcs: &[
        f("Contains", &[S, S], &[Ty::Bool], contains),
        f("HasPrefix", &[S, S], &[Ty::Bool], has_prefix),
        f("HasSuffix", &[S, S], &[Ty::Bool], has_suffix),
        f("Index", &[S, S], &[Ty::Int], index_fn),
        f("Join", &[STRS, S], &[S], join),
        f("Split", &[S, S], &[STRS], split),
        f("Repeat", &[S, Ty::Int], &[S], repeat),
        f("ToUpper", &[S], &[S], to_upper),
        f("ToLower", &[S], &[S], to_lower),
        f("TrimSpace", &[S], &[S], trim_space),
        f("ReplaceAll", &[S, S, S], &[S], replace_all),
        f("Fields", &[S], &[STRS], fields),
        f("ContainsAny", &[S, S], &[Ty::Bool], contains_any),
        f("ContainsRune", &[S, Ty::Rune], &[Ty::Bool], contains_rune),
        f("Count", &[S, S], &[Ty::Int], count_fn),
        f("LastIndex", &[S, S], &[Ty::Int], last_index_fn),
        f("IndexByte", &[S, Ty::Byte], &[Ty::Int], index_byte),
        f("LastIndexByte", &[S, Ty::Byte], &[Ty::Int], last_index_byte),
        f("IndexRune", &[S, Ty::Rune], &[Ty::Int], index_rune),
        f("IndexAny", &[S, S], &[Ty::Int], index_any),
        f("LastIndexAny", &[S, S], &[Ty::Int], last_index_any),
        f("SplitN", &[S, S, Ty::Int], &[STRS], split_n),
        f("SplitAfter", &[S, S], &[STRS], split_after),
        f("SplitAfterN", &[S, S, Ty::Int], &[STRS], split_after_n),
        f("Replace", &[S, S, S, Ty::Int], &[S], replace_fn),
        f("Trim", &[S, S], &[S], trim),
        f("TrimLeft", &[S, S], &[S], trim_left),
        f("TrimRight", &[S, S], &[S], trim_right),
        f("TrimPrefix", &[S, S], &[S], trim_prefix),
        f("TrimSuffix", &[S, S], &[S], trim_suffix),
        f("Cut", &[S, S], &[S, S, Ty::Bool], cut),
        f("CutPrefix", &[S, S], &[S, Ty::Bool], cut_prefix),
        f("CutSuffix", &[S, S], &[S, Ty::Bool], cut_suffix),
        f("Compare", &[S, S], &[Ty::Int], compare),
        f("Clone", &[S], &[S], clone),
        f("EqualFold", &[S, S], &[Ty::Bool], equal_fold),
    ],
    consts: &[],
};
