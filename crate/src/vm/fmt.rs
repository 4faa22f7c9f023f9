//! Package fmt's printing: `%v` and friends, `Println`'s spacing, maps
//! printed sorted by key, `Error()`/`String()` methods honoured, and the
//! `%!d(string=hi)` forms for bad verbs — as go.dev/pkg/fmt specifies.

use super::addr::{chan_addr, heap_addr, map_addr};
use super::arena::MapId;
use super::machine::*;
use super::value::*;
use crate::compile::types::*;
use std::rc::Rc;

impl<'p> Machine<'p> {
    /// A short rendering for the timeline and snapshots (no method calls).
    pub fn fmt_short(&self, v: &Value, t: TypeId) -> String {
        let s = self.fmt_plain(v, t, 'v', false, false, 0);
        if s.len() > 40 {
            let mut cut = 37;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            format!("{}…", &s[..cut])
        } else {
            s
        }
    }

    /// Formats with `Error`/`String` methods called, as fmt does.
    pub fn format_value(&mut self, v: &Value, t: TypeId, verb: char, plus: bool, sharp: bool) -> String {
        self.fmt_value(v, t, verb, plus, sharp, 0)
    }

    fn fmt_value(&mut self, v: &Value, t: TypeId, verb: char, plus: bool, sharp: bool, depth: u32) -> String {
        if depth > 20 {
            return "...".into();
        }
        // Interfaces print their dynamic value.
        if self.prog.types.is_interface(t) {
            return match v {
                Value::Iface(b) => {
                    let (dt, inner) = (b.0, b.1.clone());
                    self.fmt_value(&inner, dt, verb, plus, sharp, depth)
                }
                _ => {
                    if matches!(verb, 'v' | 's') {
                        "<nil>".into()
                    } else {
                        format!("%!{verb}(<nil>)")
                    }
                }
            };
        }
        if matches!(verb, 'v' | 's' | 'q') && !sharp {
            let boxed = Value::Iface(Rc::new((t, v.clone())));
            if let Some(s) = self.method_string(&boxed, "Error").or_else(|| self.method_string(&boxed, "String")) {
                return if verb == 'q' { go_quote(&s) } else { s };
            }
        }
        let types = &self.prog.types;
        match types.under(t).clone() {
            Type::Slice(el) | Type::Array(_, el) => {
                if matches!(verb, 's' | 'q' | 'x') && types.int_kind(el) == Some(IntKind::Uint8) {
                    let bytes: Vec<u8> = self.elems(v).iter().map(|b| b.int() as u8).collect();
                    let s = String::from_utf8_lossy(&bytes).into_owned();
                    return match verb {
                        'q' => quote_go_bytes(&bytes),
                        'x' => bytes.iter().map(|b| format!("{b:02x}")).collect(),
                        _ => s,
                    };
                }
                if matches!(v, Value::Nil) && sharp {
                    return format!("{}(nil)", types.name(t));
                }
                let items: Vec<String> = self.elems(v).iter().map(|x| self.fmt_value(x, el, verb, plus, sharp, depth + 1)).collect();
                if sharp {
                    format!("{}{{{}}}", types.name(t), items.join(", "))
                } else {
                    format!("[{}]", items.join(" "))
                }
            }
            Type::Map(kt, vt) => {
                let id = match v {
                    Value::Map(id) => *id,
                    _ => return if sharp { format!("{}(nil)", types.name(t)) } else { "map[]".into() },
                };
                // fmt iterates the map (internal/fmtsort): a read, checked by the caller.
                self.fmt_map_reads.push(id);
                let mut entries = self.map_entries(id);
                self.sort_keys(&mut entries, kt);
                let items: Vec<String> = entries
                    .into_iter()
                    .map(|(k, x)| format!("{}:{}", self.fmt_value(&k, kt, verb, plus, sharp, depth + 1), self.fmt_value(&x, vt, verb, plus, sharp, depth + 1)))
                    .collect();
                if sharp {
                    format!("{}{{{}}}", types.name(t), items.join(", "))
                } else {
                    format!("map[{}]", items.join(" "))
                }
            }
            Type::Struct(fs) => {
                let id = match v {
                    Value::Agg(id) => *id,
                    _ => return "{}".into(),
                };
                let vals = self.heap.objs[id].clone();
                let parts: Vec<String> = fs
                    .iter()
                    .zip(vals)
                    .map(|(f, x)| {
                        let s = self.fmt_value(&x, f.ty, verb, plus, sharp, depth + 1);
                        if plus || sharp {
                            format!("{}:{}", f.name, s)
                        } else {
                            s
                        }
                    })
                    .collect();
                if sharp {
                    format!("{}{{{}}}", self.prog.types.name(t), parts.join(", "))
                } else {
                    format!("{{{}}}", parts.join(" "))
                }
            }
            Type::Pointer(el) => match v {
                Value::Ptr(p) => {
                    let is_agg = matches!(types.under(el), Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..));
                    if depth == 0 && is_agg && verb == 'v' {
                        let inner = self.heap.load(*p);
                        format!("&{}", self.fmt_value(&inner, el, verb, plus, sharp, depth + 1))
                    } else if verb == 'd' {
                        format!("{}", heap_addr(*p))
                    } else {
                        format!("{:#x}", heap_addr(*p))
                    }
                }
                _ => "<nil>".into(),
            },
            _ => self.fmt_plain(v, t, verb, plus, sharp, depth),
        }
    }

    /// Formats values that need no method calls (numbers, strings, …).
    fn fmt_plain(&self, v: &Value, t: TypeId, verb: char, plus: bool, sharp: bool, depth: u32) -> String {
        let types = &self.prog.types;
        let bad = |what: String| format!("%!{}({}={})", verb, types.name(t), what);
        match (types.under(t), v) {
            (Type::Bool | Type::UntypedBool, Value::Bool(b)) => match verb {
                'v' | 't' => b.to_string(),
                _ => bad(b.to_string()),
            },
            (Type::Int(k), Value::Int(i)) => {
                let u = match k {
                    IntKind::Uint | IntKind::Uint64 | IntKind::Uintptr => Some(*i as u64),
                    _ => None,
                };
                let dec = u.map(|u| u.to_string()).unwrap_or_else(|| i.to_string());
                match verb {
                    'v' | 'd' => dec,
                    'x' => u.map(|u| format!("{u:x}")).unwrap_or_else(|| if *i < 0 { format!("-{:x}", -(*i as i128)) } else { format!("{i:x}") }),
                    'X' => u.map(|u| format!("{u:X}")).unwrap_or_else(|| if *i < 0 { format!("-{:X}", -(*i as i128)) } else { format!("{i:X}") }),
                    'o' => format!("{i:o}"),
                    'b' => format!("{i:b}"),
                    'c' => char::from_u32(*i as u32).map(|c| c.to_string()).unwrap_or("\u{FFFD}".into()),
                    'q' => format!("'{}'", char::from_u32(*i as u32).map(|c| c.to_string()).unwrap_or("\u{FFFD}".into())),
                    // (%#U adds the rune itself when it is printable)
                    'U' => match char::from_u32(*i as u32).filter(|c| sharp && *i >= 0 && !c.is_control() && (*c == ' ' || !c.is_whitespace())) {
                        Some(c) => format!("U+{:04X} '{c}'", i),
                        None => format!("U+{:04X}", i),
                    },
                    'f' | 'e' | 'g' | 's' | 't' => bad(dec),
                    _ => bad(dec),
                }
            }
            (Type::Float64 | Type::Float32 | Type::UntypedFloat, Value::Float(f)) => {
                let bits32 = matches!(types.under(t), Type::Float32);
                match verb {
                    'v' | 'g' => format_float(*f, b'g', -1, bits32),
                    'G' => format_float(*f, b'G', -1, bits32),
                    'f' | 'F' => format_float(*f, b'f', 6, bits32),
                    'e' | 'E' => format_float(*f, verb as u8, 6, bits32),
                    _ => bad(format_float(*f, b'g', -1, bits32)),
                }
            }
            (Type::String | Type::UntypedString, Value::Str(raw)) => {
                let s = String::from_utf8_lossy(raw).into_owned();
                match verb {
                    'v' | 's' => {
                        if sharp {
                            quote_go_bytes(raw)
                        } else {
                            s
                        }
                    }
                    'q' => quote_go_bytes(raw),
                    'x' => raw.iter().map(|b| format!("{b:02x}")).collect(),
                    'X' => raw.iter().map(|b| format!("{b:02X}")).collect(),
                    _ => bad(s),
                }
            }
            (Type::Chan(..), Value::Chan(c)) => format!("{:#x}", chan_addr(*c)),
            (Type::Func(_), Value::Func(_)) => "0x47b0e0".into(),
            (Type::Sync(k), Value::Agg(id)) => {
                let n = self.heap.objs[*id].len();
                let _ = k;
                format!("{{{}}}", vec!["0"; n.max(2)].join(" "))
            }
            (_, Value::Nil) => {
                if sharp {
                    format!("{}(nil)", types.name(t))
                } else {
                    "<nil>".into()
                }
            }
            (Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..) | Type::Pointer(_) | Type::Interface(_), _) => {
                // fmt_short on composite values: render without methods.
                self.fmt_composite_plain(v, t, verb, plus, sharp, depth)
            }
            (_, v) => format!("{v:?}"),
        }
    }

    fn fmt_composite_plain(&self, v: &Value, t: TypeId, verb: char, plus: bool, sharp: bool, depth: u32) -> String {
        if depth > 6 {
            return "…".into();
        }
        let types = &self.prog.types;
        match (types.under(t).clone(), v) {
            (Type::Interface(_), Value::Iface(b)) => self.fmt_plain(&b.1, b.0, verb, plus, sharp, depth),
            (Type::Struct(fs), Value::Agg(id)) => {
                let parts: Vec<String> = fs.iter().zip(self.heap.objs[*id].iter()).map(|(f, x)| self.fmt_plain(x, f.ty, verb, plus, sharp, depth + 1)).collect();
                format!("{{{}}}", parts.join(" "))
            }
            (Type::Slice(el) | Type::Array(_, el), _) => {
                let items: Vec<String> = self.elems(v).iter().take(16).map(|x| self.fmt_plain(x, el, verb, plus, sharp, depth + 1)).collect();
                format!("[{}]", items.join(" "))
            }
            (Type::Map(kt, vt), Value::Map(id)) => {
                let mut entries = self.map_entries(*id);
                self.sort_keys(&mut entries, kt);
                let items: Vec<String> = entries.iter().take(16).map(|(k, x)| format!("{}:{}", self.fmt_plain(k, kt, verb, plus, sharp, depth + 1), self.fmt_plain(x, vt, verb, plus, sharp, depth + 1))).collect();
                format!("map[{}]", items.join(" "))
            }
            (Type::Pointer(_), Value::Ptr(p)) => format!("{:#x}", heap_addr(*p)),
            _ => "?".into(),
        }
    }

    fn elems(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Slice(s) => (0..s.len).map(|i| self.heap.load(Ptr { obj: s.obj, slot: s.off + i })).collect(),
            Value::Agg(id) => self.heap.objs[*id].clone(),
            _ => Vec::new(),
        }
    }

    /// Every entry of a map (through the seam, without flag checks: the
    /// caller's `fmt_checked` made the iteration's check and race read).
    pub fn map_entries(&self, id: MapId) -> Vec<(Value, Value)> {
        self.maps[id].map.entries()
    }

    /// fmt's key order (internal/fmtsort): numbers, strings, bools, then by type for interfaces.
    fn sort_keys(&self, entries: &mut [(Value, Value)], _kt: TypeId) {
        entries.sort_by(|a, b| self.cmp_keys(&a.0, &b.0));
    }

    /// internal/fmtsort's order: numbers, strings, bools by value; structs and
    /// arrays field by field; interfaces by type first.
    fn cmp_keys(&self, a: &Value, b: &Value) -> std::cmp::Ordering {
        if let (Value::Agg(x), Value::Agg(y)) = (a, b) {
            let (xs, ys) = (&self.heap.objs[*x], &self.heap.objs[*y]);
            for (p, q) in xs.iter().zip(ys) {
                let o = self.cmp_keys(p, q);
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
            }
            return std::cmp::Ordering::Equal;
        }
        if let (Value::Iface(x), Value::Iface(y)) = (a, b) {
            return x.0.cmp(&y.0).then_with(|| self.cmp_keys(&x.1, &y.1));
        }
        cmp_keys(a, b)
    }

    /// Calls `name() string` on an interface value's dynamic type if it has one.
    pub fn method_string(&mut self, v: &Value, name: &str) -> Option<String> {
        let (dt, inner) = match v {
            Value::Iface(b) => (b.0, b.1.clone()),
            _ => return None,
        };
        if dt == T_ERRSTR && name == "Error" {
            return Some(String::from_utf8_lossy(inner.str()).into_owned());
        }
        if dt == T_ERRSTR {
            return None;
        }
        // time.Duration's String.
        if self.prog.types.name(dt) == "time.Duration" && name == "String" {
            return Some(duration_string(inner.int()));
        }
        let (is_ptr, base) = match self.prog.types.get(dt) {
            Type::Pointer(b) => (true, *b),
            _ => (false, dt),
        };
        let m = self.prog.types.find_method(base, name)?.clone();
        if m.sig != T_FUNC_STRING || (m.ptr_recv && !is_ptr) {
            return None;
        }
        let recv = if is_ptr && !m.ptr_recv {
            match inner {
                Value::Ptr(p) => self.heap.load(p),
                v => v,
            }
        } else {
            inner
        };
        match self.call_sync(m.func, vec![recv]) {
            Some(mut r) => r.pop().map(|s| String::from_utf8_lossy(s.str()).into_owned()),
            None => Some(format!("%!v(PANIC={name} method)")),
        }
    }

    /// Runs a function to completion within the current step (for fmt's method calls).
    pub fn call_sync(&mut self, func: u32, args: Vec<Value>) -> Option<Vec<Value>> {
        let caller = self.cur.min(self.gs.len().saturating_sub(1));
        let id = self.gs.get(caller).map(|g| g.id).unwrap_or(1);
        let saved_outcome = self.outcome.clone();
        let mut g = self.new_goroutine(id, 0, Vec::new(), func, 0);
        g.frames.push(self.frame(func, args, None, 0));
        self.gs.push(g);
        let gi = self.gs.len() - 1;
        let mut budget = 100_000;
        while budget > 0 && !self.gs[gi].frames.is_empty() && self.gs[gi].state == GState::Runnable && self.gs[gi].panicking.is_none() {
            self.exec_step(gi);
            budget -= 1;
            if self.outcome != saved_outcome {
                break;
            }
        }
        let g = self.gs.pop().expect("temporary goroutine");
        if self.outcome != saved_outcome && saved_outcome.is_none() {
            // A method that ended the program (fatal error) inside fmt: keep that ending.
            return None;
        }
        if !g.frames.is_empty() || g.panicking.is_some() {
            return None;
        }
        Some(g.stack)
    }

    /// fmt.Sprintf.
    pub fn sprintf(&mut self, format: &[u8], args: &[Value]) -> String {
        let f = String::from_utf8_lossy(format).into_owned();
        let mut out = String::new();
        let mut chars = f.chars().peekable();
        let mut argi = 0;
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let (mut plus, mut minus, mut sharp, mut zero, mut space) = (false, false, false, false, false);
            while let Some(&fl) = chars.peek() {
                match fl {
                    '+' => plus = true,
                    '-' => minus = true,
                    '#' => sharp = true,
                    '0' => zero = true,
                    ' ' => space = true,
                    _ => break,
                }
                chars.next();
            }
            let _ = space;
            // fmt's doPrintf: a width, then a precision, each digits (parsenum:
            // a number that grows past 1e6 swallows the rest of the format,
            // which then has no verb) or `*` taking an int argument
            // (intFromArg: not an int, or beyond ±1e6, is BADWIDTH/BADPREC).
            let mut width: i64 = 0;
            if chars.peek() == Some(&'*') {
                chars.next();
                let (n, ok) = int_from_arg(&self.prog.types, args.get(argi));
                if argi < args.len() {
                    argi += 1;
                }
                if !ok {
                    out.push_str("%!(BADWIDTH)");
                }
                width = n;
                if width < 0 {
                    width = -width;
                    minus = true;
                    zero = false;
                }
            } else if let Some(n) = parsenum(&mut chars) {
                width = n;
            }
            let mut prec: Option<usize> = None;
            if chars.peek() == Some(&'.') && chars.clone().nth(1).is_some() {
                chars.next();
                if chars.peek() == Some(&'*') {
                    chars.next();
                    let (n, ok) = int_from_arg(&self.prog.types, args.get(argi));
                    if argi < args.len() {
                        argi += 1;
                    }
                    if ok && n >= 0 {
                        prec = Some(n as usize);
                    } else {
                        out.push_str("%!(BADPREC)");
                    }
                } else {
                    prec = Some(parsenum(&mut chars).unwrap_or(0) as usize);
                }
            }
            // Padding and precision are made before the text: the budget is asked first.
            let ask = (width.max(0) as u64).saturating_add(prec.unwrap_or(0) as u64).saturating_add(out.len() as u64);
            if ask > 1 << 20 && !self.reserve_string(self.cur, ask) {
                return out;
            }
            let verb = match chars.next() {
                Some(v) => v,
                None => {
                    out.push_str("%!(NOVERB)");
                    break;
                }
            };
            if verb == '%' {
                out.push('%');
                continue;
            }
            let arg = match args.get(argi) {
                Some(a) => a.clone(),
                None => {
                    out.push_str(&format!("%!{verb}(MISSING)"));
                    continue;
                }
            };
            argi += 1;
            let s = self.format_verb(&arg, verb, plus, sharp, prec);
            let w = width as usize;
            let n = s.chars().count();
            if n < w {
                let pad = w - n;
                if minus {
                    out.push_str(&s);
                    out.push_str(&" ".repeat(pad));
                } else if zero && !matches!(verb, 's' | 'v' | 'q') {
                    if let Some(rest) = s.strip_prefix('-') {
                        out.push('-');
                        out.push_str(&"0".repeat(pad));
                        out.push_str(rest);
                    } else {
                        out.push_str(&"0".repeat(pad));
                        out.push_str(&s);
                    }
                } else {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(&s);
                }
            } else {
                out.push_str(&s);
            }
        }
        if argi < args.len() {
            let extra: Vec<String> = args[argi..]
                .iter()
                .map(|a| match a {
                    Value::Iface(b) => format!("{}={}", self.prog.types.name(b.0), self.fmt_short(&b.1, b.0)),
                    _ => "<nil>".into(),
                })
                .collect();
            out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
        }
        out
    }

    fn format_verb(&mut self, arg: &Value, verb: char, plus: bool, sharp: bool, prec: Option<usize>) -> String {
        let (t, inner) = match arg {
            Value::Iface(b) => (b.0, b.1.clone()),
            _ => {
                return match verb {
                    'v' | 's' => "%!".to_string() + &verb.to_string() + "(<nil>)",
                    'T' => "<nil>".into(),
                    _ => format!("%!{verb}(<nil>)"),
                }
                .replace("%!v(<nil>)", "<nil>")
            }
        };
        match verb {
            'T' => self.prog.types.name(t),
            'p' => match &inner {
                Value::Ptr(p) => format!("{:#x}", heap_addr(*p)),
                Value::Map(id) => format!("{:#x}", map_addr(*id)),
                Value::Chan(c) => format!("{:#x}", chan_addr(*c)),
                Value::Slice(s) => format!("{:#x}", heap_addr(Ptr { obj: s.obj, slot: s.off })),
                _ => format!("%!p({}={})", self.prog.types.name(t), self.fmt_short(&inner, t)),
            },
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' if self.prog.types.is_float(t) => {
                let f = inner.float();
                match (verb, prec) {
                    ('f' | 'F', p) => format_float(f, b'f', p.unwrap_or(6) as i64, false),
                    ('e' | 'E', p) => format_float(f, verb as u8, p.unwrap_or(6) as i64, false),
                    (_, p) => format_float(f, verb as u8, p.map_or(-1, |p| p as i64), false),
                }
            }
            's' | 'v' | 'q' if prec.is_some() && self.prog.types.is_string(t) => {
                let s: String = String::from_utf8_lossy(inner.str()).chars().take(prec.unwrap_or(0)).collect();
                if verb == 'q' {
                    go_quote(&s)
                } else {
                    s
                }
            }
            _ => self.format_value(&inner, t, verb, plus, sharp),
        }
    }

    /// Println / Print / Sprint operands.
    pub fn sprint(&mut self, args: &[Value], ln: bool) -> String {
        let mut out = String::new();
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let is_string = matches!(a, Value::Iface(b) if matches!(self.prog.types.under(b.0), Type::String));
            if i > 0 && (ln || (!is_string && !prev_string)) {
                out.push(' ');
            }
            out.push_str(&self.format_verb(a, 'v', false, false, None));
            prev_string = is_string;
        }
        if ln {
            out.push('\n');
        }
        out
    }
}

fn cmp_keys(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(if x.is_nan() { Less } else { Greater }),
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Iface(x), Value::Iface(y)) => x.0.cmp(&y.0).then_with(|| cmp_keys(&x.1, &y.1)),
        (Value::Ptr(x), Value::Ptr(y)) => (x.obj, x.slot).cmp(&(y.obj, y.slot)),
        (Value::Nil, Value::Nil) => Equal,
        (Value::Nil, _) => Less,
        (_, Value::Nil) => Greater,
        _ => format!("{a:?}").cmp(&format!("{b:?}")),
    }
}

/// fmt's parsenum over the format's characters: `None` when there are no
/// digits; a number growing past 1e6 (`tooLarge`) consumes the rest of the
/// format and is no number.
fn parsenum(chars: &mut std::iter::Peekable<std::str::Chars>) -> Option<i64> {
    let mut num: i64 = 0;
    let mut isnum = false;
    while let Some(&d) = chars.peek() {
        let Some(v) = d.to_digit(10) else { break };
        if num > 1_000_000 {
            chars.for_each(drop);
            return None;
        }
        num = num * 10 + v as i64;
        isnum = true;
        chars.next();
    }
    isnum.then_some(num)
}

/// fmt's intFromArg: the argument as an int, and whether it was one (any
/// integer kind whose value fits an int, within ±1e6).
fn int_from_arg(types: &Types, a: Option<&Value>) -> (i64, bool) {
    let Some(Value::Iface(b)) = a else { return (0, false) };
    let Some(k) = types.int_kind(b.0) else { return (0, false) };
    let n = b.1.int();
    if !k.signed() && n < 0 {
        return (0, false); // a uint64 beyond int's range
    }
    if !(-1_000_000..=1_000_000).contains(&n) {
        return (0, false);
    }
    (n, true)
}

pub use crate::lang::lexer::quote_go as go_quote;
use crate::lang::lexer::quote_go_bytes;

use crate::stdlib::strconv::format_float;

/// time.Duration.String.
pub fn duration_string(d: i64) -> String {
    if d == 0 {
        return "0s".into();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let s = if u < 1_000 {
        format!("{u}ns")
    } else if u < 1_000_000 {
        format!("{}µs", trim_frac(u as f64 / 1e3))
    } else if u < 1_000_000_000 {
        format!("{}ms", trim_frac(u as f64 / 1e6))
    } else {
        let mut rest = u;
        let h = rest / 3_600_000_000_000;
        rest %= 3_600_000_000_000;
        let m = rest / 60_000_000_000;
        rest %= 60_000_000_000;
        let secs = trim_frac(rest as f64 / 1e9);
        if h > 0 {
            format!("{h}h{m}m{secs}s")
        } else if m > 0 {
            format!("{m}m{secs}s")
        } else {
            format!("{secs}s")
        }
    };
    if neg {
        format!("-{s}")
    } else {
        s
    }
}

fn trim_frac(x: f64) -> String {
    let s = format!("{x:.9}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}
