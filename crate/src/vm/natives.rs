//! The standard-library functions maprace provides (fmt, errors, strings,
//! strconv, time, runtime), each one step.

use super::fmt::duration_string;
use super::machine::*;
use super::op::Native;
use super::value::*;
use crate::compile::types::*;
use crate::trace::EventKind;
use std::rc::Rc;

fn err_value(msg: &str) -> Value {
    Value::Iface(Rc::new((T_ERRSTR, Value::from_str(msg))))
}

/// Output beyond this many bytes is dropped (a runaway print loop must not exhaust the tab).
pub const MAX_OUTPUT: usize = 1 << 20;

impl<'p> Machine<'p> {
    /// Appends program output, stopping at `MAX_OUTPUT` with a note.
    pub fn write_stdout(&mut self, s: &str) {
        if self.stdout.len() >= MAX_OUTPUT {
            return;
        }
        if self.stdout.len() + s.len() > MAX_OUTPUT {
            let mut cut = MAX_OUTPUT - self.stdout.len();
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.stdout.push_str(&s[..cut]);
            self.stdout.push_str("\n[maprace: output truncated at 1 MB]\n");
            return;
        }
        self.stdout.push_str(s);
    }

    fn string_slice(&mut self, items: Vec<String>) -> Value {
        let vals: Vec<Value> = items.iter().map(|s| Value::from_str(s)).collect();
        let n = vals.len() as u32;
        let obj = self.heap.alloc(vals);
        Value::Slice(SliceRef { obj, off: 0, len: n, cap: n })
    }

    fn text(v: &Value) -> String {
        String::from_utf8_lossy(v.str()).into_owned()
    }

    pub fn native(&mut self, gi: usize, n: Native, k: u16) {
        let args = self.popn(gi, k as usize);
        let s = |i: usize| args.get(i).map(Self::text).unwrap_or_default();
        match n {
            Native::Println | Native::Print => {
                let Some(out) = self.fmt_checked(gi, |m| m.sprint(&args, n == Native::Println)) else { return };
                self.event(gi, EventKind::Print, None, out.trim_end().chars().take(60).collect());
                self.write_stdout(&out);
            }
            Native::Printf => {
                let Some(out) = self.fmt_checked(gi, |m| m.sprintf(args[0].str(), &args[1..])) else { return };
                self.event(gi, EventKind::Print, None, out.trim_end().chars().take(60).collect());
                self.write_stdout(&out);
            }
            Native::Sprintf => {
                let Some(out) = self.fmt_checked(gi, |m| m.sprintf(args[0].str(), &args[1..])) else { return };
                self.push(gi, Value::from_str(&out));
            }
            Native::Sprint | Native::Sprintln => {
                let Some(out) = self.fmt_checked(gi, |m| m.sprint(&args, n == Native::Sprintln)) else { return };
                self.push(gi, Value::from_str(&out));
            }
            Native::Errorf => {
                let f = String::from_utf8_lossy(args[0].str()).replace("%w", "%v");
                let Some(out) = self.fmt_checked(gi, |m| m.sprintf(f.as_bytes(), &args[1..])) else { return };
                self.push(gi, err_value(&out));
            }
            Native::ErrorsNew => self.push(gi, err_value(&s(0))),
            Native::ErrorsIs => {
                let eq = match (&args[0], &args[1]) {
                    (Value::Nil, Value::Nil) => true,
                    (Value::Iface(a), Value::Iface(b)) => Rc::ptr_eq(a, b) || (a.0 == b.0 && a.0 != T_ERRSTR && self.values_equal(&a.1, &b.1, a.0).unwrap_or(false)),
                    _ => false,
                };
                self.push(gi, Value::Bool(eq));
            }
            Native::StringsContains => self.push(gi, Value::Bool(s(0).contains(&s(1)))),
            Native::StringsHasPrefix => self.push(gi, Value::Bool(s(0).starts_with(&s(1)))),
            Native::StringsHasSuffix => self.push(gi, Value::Bool(s(0).ends_with(&s(1)))),
            Native::StringsIndex => {
                let i = s(0).find(&s(1)).map(|i| i as i64).unwrap_or(-1);
                self.push(gi, Value::Int(i));
            }
            Native::StringsJoin => {
                let items: Vec<String> = self.slice_values(gi, &args[0]).iter().map(Self::text).collect();
                self.push(gi, Value::from_str(&items.join(&s(1))));
            }
            Native::StringsSplit => {
                let (a, sep) = (s(0), s(1));
                let parts: Vec<String> = if sep.is_empty() { a.chars().map(|c| c.to_string()).collect() } else { a.split(sep.as_str()).map(String::from).collect() };
                let v = self.string_slice(parts);
                self.push(gi, v);
            }
            Native::StringsFields => {
                let parts: Vec<String> = s(0).split_whitespace().map(String::from).collect();
                let v = self.string_slice(parts);
                self.push(gi, v);
            }
            Native::StringsRepeat => {
                let c = args.get(1).map(|v| v.int()).unwrap_or(0);
                if c < 0 {
                    return self.rt_panic(gi, "strings: negative Repeat count");
                }
                if (c as u64).saturating_mul(s(0).len() as u64) > self.opts.max_memory * 8 {
                    return self.rt_panic(gi, "strings: Repeat output length overflow");
                }
                self.push(gi, Value::from_str(&s(0).repeat(c as usize)));
            }
            Native::StringsToUpper => self.push(gi, Value::from_str(&s(0).to_uppercase())),
            Native::StringsToLower => self.push(gi, Value::from_str(&s(0).to_lowercase())),
            Native::StringsTrimSpace => self.push(gi, Value::from_str(s(0).trim())),
            Native::StringsReplaceAll => self.push(gi, Value::from_str(&s(0).replace(&s(1), &s(2)))),
            Native::Itoa => self.push(gi, Value::from_str(&args[0].int().to_string())),
            Native::FormatInt => {
                let (v, base) = (args[0].int(), args[1].int());
                if !(2..=36).contains(&base) {
                    return self.rt_panic(gi, "strconv: illegal AppendInt/FormatInt base");
                }
                self.push(gi, Value::from_str(&radix(v, base as u32)));
            }
            Native::Atoi => {
                let t = s(0);
                let parsed = if t.is_empty() || t.len() > 20 { None } else { t.parse::<i64>().ok().filter(|_| !t.starts_with('+') || t.len() > 1) };
                match parsed {
                    Some(v) => {
                        self.push(gi, Value::Int(v));
                        self.push(gi, Value::Nil);
                    }
                    None => {
                        let why = if !t.is_empty() && t.trim_start_matches(['+', '-']).chars().all(|c| c.is_ascii_digit()) && !t.trim_start_matches(['+', '-']).is_empty() { "value out of range" } else { "invalid syntax" };
                        self.push(gi, Value::Int(0));
                        self.push(gi, err_value(&format!("strconv.Atoi: parsing {}: {}", super::fmt::go_quote(&t), why)));
                    }
                }
            }
            Native::Sleep => {
                let d = args.first().map(|v| v.int()).unwrap_or(0);
                self.event(gi, EventKind::Sleep, None, duration_string(d));
                if d > 0 {
                    let until = self.clock + d as u64;
                    self.set_state(gi, GState::Sleeping(until));
                    self.sched.yielded();
                } else {
                    self.sched.yielded();
                }
            }
            Native::Gosched => self.sched.yielded(),
            Native::NumGoroutine => {
                let n = self.gs.iter().filter(|g| g.state != GState::Done).count();
                self.push(gi, Value::Int(n as i64));
            }
            Native::TimeAfter => {
                let d = args.first().map(|v| v.int()).unwrap_or(0).max(0) as u64;
                let ch = self.chans.push(crate::gosync::chan::Chan::new(1, T_INT64));
                self.timers.push((self.clock + d, ch));
                self.push(gi, Value::Chan(ch));
            }
            Native::TimeNow => {
                let c = self.clock as i64;
                self.push(gi, Value::Int(c));
            }
            Native::TimeSince => {
                let d = self.clock as i64 - args[0].int();
                self.push(gi, Value::Int(d));
            }
            Native::DurationString => {
                let d = args[0].int();
                self.push(gi, Value::from_str(&duration_string(d)));
            }
            Native::Math(i) => {
                let x = args.first().map(|v| v.float()).unwrap_or(0.0);
                let y = args.get(1).map(|v| v.float()).unwrap_or(0.0);
                let v = match i {
                    0 => Value::Float(f64::NAN),
                    1 => Value::Float(if args[0].int() >= 0 { f64::INFINITY } else { f64::NEG_INFINITY }),
                    2 => Value::Float(x.sqrt()),
                    3 => Value::Float(x.abs()),
                    4 => Value::Float(x.floor()),
                    5 => Value::Float(x.ceil()),
                    6 => Value::Float(if x.is_nan() || y.is_nan() { f64::NAN } else { x.max(y) }),
                    7 => Value::Float(if x.is_nan() || y.is_nan() { f64::NAN } else { x.min(y) }),
                    8 => Value::Float(x.powf(y)),
                    9 => Value::Bool(x.is_nan()),
                    _ => {
                        let sign = args.get(1).map(|v| v.int()).unwrap_or(0);
                        Value::Bool(x.is_infinite() && (sign == 0 || (sign > 0) == (x > 0.0)))
                    }
                };
                self.push(gi, v);
            }
            Native::PrintBuiltin | Native::PrintlnBuiltin => {
                let parts: Vec<String> = args
                    .iter()
                    .map(|a| match a {
                        Value::Iface(b) => match &b.1 {
                            Value::Float(f) => format!("{:+e}", f),
                            v => self.fmt_short(v, b.0),
                        },
                        _ => "nil".into(),
                    })
                    .collect();
                let mut out = if n == Native::PrintlnBuiltin { parts.join(" ") } else { parts.join("") };
                if n == Native::PrintlnBuiltin {
                    out.push('\n');
                }
                if self.stderr.len() < MAX_OUTPUT {
                    self.stderr.push_str(&out);
                }
            }
        }
    }
}

fn radix(v: i64, base: u32) -> String {
    if v == 0 {
        return "0".into();
    }
    let neg = v < 0;
    let mut u = v.unsigned_abs();
    let mut out = Vec::new();
    while u > 0 {
        out.push(std::char::from_digit((u % base as u64) as u32, base).unwrap_or('?'));
        u /= base as u64;
    }
    if neg {
        out.push('-');
    }
    out.iter().rev().collect()
}
