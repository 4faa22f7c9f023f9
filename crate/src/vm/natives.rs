//! The machine's side of package functions (`stdlib`): each call runs as
//! one step — pop the arguments, run the row's body with the calling
//! goroutine as its [`Host`], push the results (or start the panic).

use super::fmt::duration_string;
use super::machine::*;
use super::op::Native;
use super::addr::{Cell, Clock};
use super::value::*;
use crate::compile::types::*;
use crate::stdlib::{self, Host, Stop};
use crate::trace::EventKind;

/// Output beyond this many bytes is dropped (a runaway print loop must not exhaust the tab).
pub const MAX_OUTPUT: usize = 1 << 20;

impl<'p> Machine<'p> {
    /// Appends program output, stopping at `MAX_OUTPUT` with a note.
    pub fn write_stdout(&mut self, s: &str) {
        if self.stdout.len() >= MAX_OUTPUT || self.exiting.is_some() {
            // (After `main` returned, `go run` prints nothing more: `vm::exit`.)
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

    /// Runs package function `n` with the `k` arguments on top of goroutine `gi`'s stack.
    pub fn native(&mut self, gi: usize, n: Native, k: usize) {
        let args = self.popn(gi, k);
        let f = stdlib::func(n);
        match (f.run)(&mut Caller { m: self, gi }, &args) {
            Ok(_) if self.outcome.is_some() => {}
            Ok(results) => {
                // The strings a function made count against the budget.
                for r in &results {
                    if let Value::Str(b) = r {
                        if !self.reserve_string(gi, b.len() as u64) {
                            return;
                        }
                    }
                }
                self.gs[gi].stack.extend(results)
            }
            Err(Stop::Panic(msg)) => self.rt_panic(gi, &msg),
            Err(Stop::Thrown) => {}
        }
    }
}

/// Goroutine `gi` of a machine, calling a package function.
struct Caller<'a, 'p> {
    m: &'a mut Machine<'p>,
    gi: usize,
}

impl Caller<'_, '_> {
    /// The storage of a `*time.Timer` made by NewTimer or AfterFunc.
    fn timer_obj(&self, t: &Value) -> Option<ObjId> {
        match t {
            Value::Ptr(p) if self.m.heap.objs[p.obj].get(1).map(|v| v.int()) == Some(1) => Some(p.obj),
            _ => None,
        }
    }
}

impl Host for Caller<'_, '_> {
    fn sprint(&mut self, args: &[Value], ln: bool) -> Option<String> {
        self.m.fmt_checked(self.gi, |m| m.sprint(args, ln))
    }

    fn sprintf(&mut self, format: &[u8], args: &[Value]) -> Option<String> {
        let s = self.m.fmt_checked(self.gi, |m| m.sprintf(format, args));
        if self.m.outcome.is_some() {
            return None; // out of memory (a width or precision over the budget)
        }
        s
    }

    fn stdout(&mut self, text: &str) {
        self.m.event(self.gi, EventKind::Print, None, text.trim_end().chars().take(60).collect());
        self.m.write_stdout(text);
    }

    fn stderr(&mut self, text: &str) {
        if self.m.stderr.len() < MAX_OUTPUT {
            self.m.stderr.push_str(text);
        }
    }

    fn print_builtin(&mut self, v: &Value) -> String {
        match v {
            Value::Iface(b) => match &b.1 {
                Value::Float(f) => format!("{:+e}", f),
                Value::Str(s) => String::from_utf8_lossy(s).into_owned(), // whole, as runtime.printstring
                x => self.m.fmt_short(x, b.0),
            },
            _ => "nil".into(),
        }
    }

    fn slice_values(&mut self, s: &Value) -> Vec<Value> {
        self.m.slice_values(self.gi, s)
    }

    fn slice_len(&mut self, v: &Value) -> Result<i64, String> {
        let Value::Iface(b) = v else { return Err("zero Value".into()) };
        let types = &self.m.prog.types;
        let under = types.under(b.0);
        let kind = match under {
            Type::Slice(_) => return Ok(match &b.1 {
                Value::Slice(s) => s.len as i64,
                _ => 0,
            }),
            Type::Array(..) => "array".to_string(),
            Type::Map(..) => "map".into(),
            Type::Pointer(_) => "ptr".into(),
            Type::Chan(..) => "chan".into(),
            Type::Func(_) => "func".into(),
            Type::Struct(_) => "struct".into(),
            Type::Interface(_) => "interface".into(),
            _ => types.display(types.underlying(b.0)),
        };
        Err(format!("{kind} Value"))
    }

    fn slice_swap(&mut self, v: &Value, i: i64, j: i64) {
        let Value::Iface(b) = v else { return };
        let Value::Slice(s) = &b.1 else { return };
        let (pi, pj) = (Ptr { obj: s.obj, slot: s.off + i as u32 }, Ptr { obj: s.obj, slot: s.off + j as u32 });
        let (vi, vj) = (self.m.heap.load(pi), self.m.heap.load(pj));
        // The cells a swap reads and writes: the elements, or a struct or array element's own cells.
        let cells = |m: &Machine, p: Ptr, v: &Value| match v {
            Value::Agg(id) => (0..m.heap.objs[*id].len() as u32).map(|k| Ptr { obj: *id, slot: k }).collect::<Vec<_>>(),
            _ => vec![p],
        };
        let (ci, cj) = (cells(self.m, pi, &vi), cells(self.m, pj, &vj));
        for write in [false, true] {
            for &c in ci.iter().chain(&cj) {
                self.m.access(self.gi, Cell::Heap(c), write, &|| "slice element".into(), None);
            }
        }
        match (vi, vj) {
            (Value::Agg(a), Value::Agg(b)) => {
                let tmp = self.m.heap.copy_agg(a);
                self.m.heap.copy_into(a, b);
                self.m.heap.copy_into(b, tmp);
            }
            (vi, vj) => {
                self.m.heap.store(pi, vj);
                self.m.heap.store(pj, vi);
            }
        }
    }

    fn byte_strings(&mut self, items: Vec<Vec<u8>>) -> Value {
        let vals: Vec<Value> = items.iter().map(|s| Value::from_bytes(s)).collect();
        let n = vals.len() as u32;
        let obj = self.m.heap.alloc(vals);
        Value::Slice(SliceRef { obj, off: 0, len: n, cap: n })
    }

    fn comparable(&mut self, v: &Value) -> bool {
        match v {
            Value::Iface(b) => b.0 == T_ERRSTR || self.m.prog.types.comparable(b.0),
            _ => true,
        }
    }

    fn check_as_target(&mut self, target: &Value) -> Result<(), &'static str> {
        let types = &self.m.prog.types;
        let Value::Iface(b) = target else { return Err("errors: target cannot be nil") };
        let elem = match (types.get(b.0), &b.1) {
            (Type::Pointer(elem), Value::Ptr(_)) => *elem,
            _ => return Err("errors: target must be a non-nil pointer"),
        };
        if types.is_interface(elem) || self.m.missing_method_name(elem, T_ERROR).is_empty() {
            Ok(())
        } else {
            Err("errors: *target must be interface or implement error")
        }
    }

    fn assign_to(&mut self, v: &Value, target: &Value) -> bool {
        let (Value::Iface(e), Value::Iface(t)) = (v, target) else { return false };
        let Type::Pointer(elem) = *self.m.prog.types.get(t.0) else { return false };
        if !self.m.type_is(v, elem) {
            return false;
        }
        let stored = if self.m.prog.types.is_interface(elem) {
            v.clone()
        } else {
            match &e.1 {
                Value::Agg(id) => Value::Agg(self.m.heap.copy_agg(*id)),
                x => x.clone(),
            }
        };
        self.m.store_ptr(self.gi, t.1.clone(), stored);
        self.m.outcome.is_none()
    }

    fn exit(&mut self, code: i32) {
        let outcome = if code == 0 { "ok".to_string() } else { format!("exit status {code}") };
        self.m.end(&outcome, code, None);
    }

    fn caller_line(&mut self, skip: usize) -> u32 {
        let frames = &self.m.gs[self.gi].frames;
        match frames.len().checked_sub(1 + skip).map(|i| &frames[i]) {
            Some(f) => {
                let func = &self.m.prog.funcs[f.func as usize];
                func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(func.line)
            }
            None => 0,
        }
    }

    fn new_slice(&mut self, items: Vec<Value>) -> Value {
        let n = items.len() as u32;
        let obj = self.m.heap.alloc(items);
        Value::Slice(SliceRef { obj, off: 0, len: n, cap: n })
    }

    fn reserve(&mut self, bytes: u64) -> bool {
        self.m.reserve(self.gi, bytes)
    }

    fn sleep(&mut self, ns: i64) {
        let gi = self.gi;
        self.m.event(gi, EventKind::Sleep, None, duration_string(ns));
        if ns > 0 {
            let until = self.m.clock + ns as u64;
            self.m.set_state(gi, GState::Sleeping(until));
        }
        self.m.sched.yielded();
    }

    fn gosched(&mut self) {
        self.m.sched.yielded();
    }

    fn num_goroutine(&mut self) -> i64 {
        self.m.gs.iter().filter(|g| g.state != GState::Done).count() as i64
    }

    fn now(&self) -> i64 {
        self.m.clock as i64
    }

    fn after(&mut self, ns: i64) -> Value {
        let ch = self.m.chans.push(crate::gosync::chan::Chan::new(1, T_INT64));
        self.m.timers.push(PendingTimer { when: self.m.clock + ns.max(0) as u64, obj: None, fire: Fire::Chan(ch) });
        Value::Chan(ch)
    }

    fn new_timer(&mut self, ns: i64, f: Option<Value>) -> Value {
        // A *time.Timer: slots [C, 1 (made), f].
        let (c, fire) = match &f {
            None => {
                let ch = self.m.chans.push(crate::gosync::chan::Chan::new(1, T_INT64));
                (Value::Chan(ch), Fire::Chan(ch))
            }
            Some(f) => (Value::Nil, Fire::Func(f.clone())),
        };
        let obj = self.m.heap.alloc(vec![c, Value::Int(1), f.unwrap_or(Value::Nil)]);
        let me = self.m.gs[self.gi].id;
        self.m.race.release(me, Clock::Sync(obj));
        self.m.timers.push(PendingTimer { when: self.m.clock + ns.max(0) as u64, obj: Some(obj), fire });
        Value::Ptr(Ptr { obj, slot: WHOLE })
    }

    fn stop_timer(&mut self, t: &Value) -> Option<bool> {
        let obj = self.timer_obj(t)?;
        Some(self.m.disarm_timer(obj))
    }

    fn reset_timer(&mut self, t: &Value, ns: i64) -> Option<bool> {
        let obj = self.timer_obj(t)?;
        let was = self.m.disarm_timer(obj);
        let me = self.m.gs[self.gi].id;
        self.m.race.release(me, Clock::Sync(obj));
        let fire = match self.m.heap.objs[obj].first().cloned() {
            Some(Value::Chan(ch)) => Fire::Chan(ch),
            _ => Fire::Func(self.m.heap.objs[obj].get(2).cloned().unwrap_or(Value::Nil)),
        };
        self.m.timers.push(PendingTimer { when: self.m.clock + ns.max(0) as u64, obj: Some(obj), fire });
        Some(was)
    }
}
