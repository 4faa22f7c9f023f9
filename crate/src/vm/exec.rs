//! One step of one goroutine: fetch the op at its pc and execute it.
//! Calls, returns, defers and panics live here; maps (`mapops.rs`),
//! channels (`chanops.rs`), sync and atomics (`syncops.rs`) and formatting (`fmt.rs`) have their own files.

use super::addr::Cell;
use super::budget;
use super::machine::*;
use super::op::{BinOp, Conv, Num, Op};
use super::value::*;
use crate::compile::types::*;
use crate::trace::EventKind;
use std::rc::Rc;

impl<'p> Machine<'p> {
    pub fn push(&mut self, gi: usize, v: Value) {
        self.gs[gi].stack.push(v);
    }

    pub fn pop(&mut self, gi: usize) -> Value {
        self.gs[gi].stack.pop().unwrap_or(Value::Nil)
    }

    pub fn popn(&mut self, gi: usize, n: usize) -> Vec<Value> {
        let s = &mut self.gs[gi].stack;
        let at = s.len().saturating_sub(n);
        s.split_off(at)
    }

    fn top_frame(&mut self, gi: usize) -> &mut Frame {
        self.gs[gi].frames.last_mut().expect("a frame")
    }

    /// Go's runtime error panic (`panic: runtime error: …`).
    pub fn rt_panic(&mut self, gi: usize, msg: &str) {
        let v = Value::Iface(Rc::new((T_ERRSTR, Value::from_str(msg))));
        self.start_panic(gi, v);
    }

    fn nil_deref(&mut self, gi: usize) {
        self.rt_panic(gi, "runtime error: invalid memory address or nil pointer dereference");
    }

    pub fn exec_step(&mut self, gi: usize) {
        if let Some(msg) = self.gs[gi].pending_panic.take() {
            self.rt_panic(gi, &msg);
            return;
        }
        if self.gs[gi].micro.is_some() {
            self.last_cost = super::opmeta::MICRO_COST;
            self.map_micro(gi);
            return;
        }
        let (func, pc) = match self.gs[gi].frames.last() {
            Some(f) => (f.func, f.pc),
            None => {
                self.set_state(gi, GState::Done);
                return;
            }
        };
        let code = &self.prog.funcs[func as usize].code;
        let op = match code.get(pc as usize) {
            Some(op) => op.clone(),
            None => Op::RetFinal(0),
        };
        self.top_frame(gi).pc = pc + 1;
        self.last_cost = op.cost();
        self.exec_op(gi, op);
    }

    fn exec_op(&mut self, gi: usize, op: Op) {
        match op {
            Op::Const(k) => {
                let v = self.prog.consts[k as usize].clone();
                self.push(gi, v);
            }
            Op::Int(i) => self.push(gi, Value::Int(i)),
            Op::Nil => self.push(gi, Value::Nil),
            Op::Bool(b) => self.push(gi, Value::Bool(b)),
            Op::Pop => {
                self.pop(gi);
            }
            Op::Dup => {
                let v = self.gs[gi].stack.last().cloned().unwrap_or(Value::Nil);
                self.push(gi, v);
            }
            Op::Pick(n) => {
                let s = &self.gs[gi].stack;
                let v = s.get(s.len().wrapping_sub(1 + n as usize)).cloned().unwrap_or(Value::Nil);
                self.push(gi, v);
            }
            Op::Swap => {
                let s = &mut self.gs[gi].stack;
                let n = s.len();
                if n >= 2 {
                    s.swap(n - 1, n - 2);
                }
            }
            Op::Load(s) => {
                let v = self.top_frame(gi).locals[s as usize].clone();
                self.push(gi, v);
            }
            Op::Store(s) => {
                let v = self.pop(gi);
                self.top_frame(gi).locals[s as usize] = v;
            }
            Op::NewBox(s) => {
                let v = self.pop(gi);
                let id = self.heap.alloc(vec![v]);
                self.top_frame(gi).locals[s as usize] = Value::Ptr(Ptr { obj: id, slot: 0 });
            }
            Op::LoadBox(s) => {
                let p = self.top_frame(gi).locals[s as usize].clone();
                self.load_ptr(gi, p);
            }
            Op::StoreBox(s) => {
                let v = self.pop(gi);
                let p = self.top_frame(gi).locals[s as usize].clone();
                self.store_ptr(gi, p, v);
            }
            Op::LoadCap(i) => {
                let v = self.top_frame(gi).closure.as_ref().and_then(|c| c.captures.get(i as usize).cloned()).unwrap_or(Value::Nil);
                self.push(gi, v);
            }
            Op::LoadCapBox(i) => {
                let p = self.top_frame(gi).closure.as_ref().and_then(|c| c.captures.get(i as usize).cloned()).unwrap_or(Value::Nil);
                self.load_ptr(gi, p);
            }
            Op::StoreCapBox(i) => {
                let v = self.pop(gi);
                let p = self.top_frame(gi).closure.as_ref().and_then(|c| c.captures.get(i as usize).cloned()).unwrap_or(Value::Nil);
                self.store_ptr(gi, p, v);
            }
            Op::Global(g) => {
                let p = self.globals[g as usize];
                self.push(gi, Value::Ptr(p));
            }
            Op::Deref => {
                let p = self.pop(gi);
                self.load_ptr(gi, p);
            }
            Op::StoreInd => {
                let v = self.pop(gi);
                let p = self.pop(gi);
                self.store_ptr(gi, p, v);
            }
            Op::CopyAgg => {
                if let Value::Agg(id) = self.pop(gi) {
                    self.read_agg(gi, id);
                    let c = self.heap.copy_agg(id);
                    self.push(gi, Value::Agg(c));
                } else {
                    self.push(gi, Value::Nil);
                }
            }
            Op::FieldAddr(i) => {
                let base = self.pop(gi);
                let obj = match base {
                    Value::Agg(id) => id,
                    Value::Ptr(Ptr { obj, slot: WHOLE }) => obj,
                    Value::Ptr(p) => match self.heap.load(p) {
                        Value::Agg(id) => id,
                        _ => return self.nil_deref(gi),
                    },
                    _ => return self.nil_deref(gi),
                };
                if i == u16::MAX {
                    self.push(gi, Value::Ptr(Ptr { obj, slot: WHOLE }));
                    return;
                }
                let p = match self.heap.objs[obj].get(i as usize) {
                    Some(Value::Agg(inner)) => Ptr { obj: *inner, slot: WHOLE },
                    _ => Ptr { obj, slot: i as u32 },
                };
                self.push(gi, Value::Ptr(p));
            }
            Op::Field(i) => {
                let base = self.pop(gi);
                let obj = match base {
                    Value::Agg(id) => id,
                    Value::Ptr(Ptr { obj, slot: WHOLE }) => obj,
                    _ => return self.nil_deref(gi),
                };
                let p = Ptr { obj, slot: i as u32 };
                self.load_ptr(gi, Value::Ptr(p));
            }
            Op::IndexAddr => {
                let i = self.pop(gi).int();
                let base = self.pop(gi);
                if let Some(p) = self.elem_ptr(gi, base, i) {
                    let p = match self.heap.load(p) {
                        Value::Agg(inner) => Ptr { obj: inner, slot: WHOLE },
                        _ => p,
                    };
                    self.push(gi, Value::Ptr(p));
                }
            }
            Op::Index => {
                let i = self.pop(gi).int();
                let base = self.pop(gi);
                if let Some(p) = self.elem_ptr(gi, base, i) {
                    self.load_ptr(gi, Value::Ptr(p));
                }
            }
            Op::StrIndex => {
                let i = self.pop(gi).int();
                let s = self.pop(gi);
                let b = s.str();
                if i < 0 || i as u64 >= b.len() as u64 {
                    let n = b.len();
                    return self.rt_panic(gi, &format!("runtime error: index out of range [{i}] with length {n}"));
                }
                self.push(gi, Value::Int(b[i as usize] as i64));
            }
            Op::SliceExpr { lo, hi, max, kind } => self.slice_expr(gi, lo, hi, max, kind),
            Op::Bin(op, k) => {
                let b = self.pop(gi);
                let a = self.pop(gi);
                if k == Num::Str && op == BinOp::Add && !self.reserve_string(gi, (a.str().len() + b.str().len()) as u64) {
                    return;
                }
                match binop(op, k, &a, &b) {
                    Ok(v) => self.push(gi, v),
                    Err(msg) => self.rt_panic(gi, msg),
                }
            }
            Op::Neg(k) => {
                let a = self.pop(gi);
                let v = match k {
                    Num::Int(k) => Value::Int(k.wrap(a.int().wrapping_neg())),
                    Num::Float32 => Value::Float(-(a.float() as f32) as f64),
                    _ => Value::Float(-a.float()),
                };
                self.push(gi, v);
            }
            Op::Not => {
                let a = self.pop(gi);
                self.push(gi, Value::Bool(!a.bool()));
            }
            Op::Compl(k) => {
                let a = self.pop(gi);
                self.push(gi, Value::Int(k.wrap(!a.int())));
            }
            Op::Eq(t) | Op::Ne(t) => {
                let b = self.pop(gi);
                let a = self.pop(gi);
                match self.values_equal(&a, &b, t) {
                    Ok(eq) => self.push(gi, Value::Bool(if matches!(op, Op::Eq(_)) { eq } else { !eq })),
                    Err(msg) => self.rt_panic(gi, &msg),
                }
            }
            Op::Convert(Conv::SliceToArray(t)) => {
                let a = self.pop(gi);
                self.slice_to_array(gi, a, t);
            }
            Op::Convert(c) => {
                let a = self.pop(gi);
                if matches!(c, Conv::BytesToString | Conv::RunesToString) {
                    self.read_slice(gi, &a);
                }
                let ask = match (c, &a) {
                    (Conv::StringToBytes | Conv::StringToRunes, a) => budget::object_bytes(a.str().len() as u64),
                    (Conv::BytesToString, Value::Slice(s)) => budget::string_bytes(s.len as u64),
                    (Conv::RunesToString, Value::Slice(s)) => budget::string_bytes(s.len as u64 * 4),
                    _ => 0,
                };
                let fits = match c {
                    Conv::BytesToString | Conv::RunesToString => self.reserve_string(gi, ask),
                    _ => self.reserve(gi, ask),
                };
                if !fits {
                    return;
                }
                let v = self.convert(c, a);
                self.push(gi, v);
            }
            Op::Jump(t) => self.top_frame(gi).pc = t,
            Op::LeaveRange { target, keep } => {
                let f = self.top_frame(gi);
                f.pc = target;
                let gone = f.iters.split_off((keep as usize).min(f.iters.len()));
                for h in gone {
                    self.iters.remove(h);
                }
            }
            Op::JumpIf(t) => {
                if self.pop(gi).bool() {
                    self.top_frame(gi).pc = t;
                }
            }
            Op::JumpIfNot(t) => {
                if !self.pop(gi).bool() {
                    self.top_frame(gi).pc = t;
                }
            }
            Op::Call(f, n) => {
                let args = self.popn(gi, n as usize);
                let base = self.gs[gi].stack.len();
                let fr = self.frame(f, args, None, base);
                self.gs[gi].frames.push(fr);
                self.check_depth(gi);
            }
            Op::CallValue(n) => {
                let args = self.popn(gi, n as usize);
                let f = self.pop(gi);
                if f.is_nil() {
                    return self.nil_deref(gi);
                }
                let (func, closure, args) = self.callee(f, args);
                let base = self.gs[gi].stack.len();
                let fr = self.frame(func, args, closure, base);
                self.gs[gi].frames.push(fr);
                self.check_depth(gi);
            }
            Op::CallIface(name, n) => self.call_iface(gi, name, n),
            Op::Ret => self.ret(gi),
            Op::RetFinal(n) => self.ret_final(gi, n),
            Op::Go(n) => {
                if n == u16::MAX {
                    // wg.Go(f): [f, wg pointer]
                    let wg = self.pop(gi);
                    let f = self.pop(gi);
                    let hook = match wg {
                        Value::Ptr(p) => Hook::WgDone(p),
                        _ => Hook::None,
                    };
                    let id = self.spawn(gi, f, Vec::new(), hook);
                    self.event(gi, EventKind::Go, None, format!("goroutine {id}"));
                    return;
                }
                let args = self.popn(gi, n as usize);
                let f = self.pop(gi);
                if f.is_nil() {
                    return self.rt_panic(gi, "runtime error: invalid memory address or nil pointer dereference");
                }
                let id = self.spawn(gi, f, args, Hook::None);
                let name = &self.prog.funcs[self.gs[self.gi(id)].entry_func as usize].name;
                self.event(gi, EventKind::Go, None, format!("goroutine {id} {name}"));
            }
            Op::Defer(n) => {
                let args = self.popn(gi, n as usize);
                let f = self.pop(gi);
                self.top_frame(gi).defers.push((f, args));
            }
            Op::FrameToken => {
                let depth = self.gs[gi].frames.len() - 1;
                self.push(gi, Value::Int(depth as i64));
            }
            Op::DeferAt(n) => {
                let args = self.popn(gi, n as usize);
                let f = self.pop(gi);
                let token = self.pop(gi);
                let frames = &mut self.gs[gi].frames;
                let at = match token {
                    Value::Int(d) if (d as usize) < frames.len() => d as usize,
                    _ => frames.len() - 1,
                };
                frames[at].defers.push((f, args));
            }
            Op::Panic => {
                let v = self.pop(gi);
                let v = if v.is_nil() {
                    // Go 1.21: panic(nil) becomes a *runtime.PanicNilError.
                    Value::Iface(Rc::new((T_ERRSTR, Value::from_str("panic called with nil argument (use runtime.PanicNilError)"))))
                } else {
                    v
                };
                self.start_panic(gi, v);
            }
            Op::Recover => {
                let g = &mut self.gs[gi];
                let direct = g.frames.last().map(|f| f.hook == Hook::Deferred).unwrap_or(false);
                if direct && g.panicking.is_some() && !g.recovered {
                    let v = self.recover_panic(gi);
                    self.push(gi, v);
                } else {
                    self.push(gi, Value::Nil);
                }
            }
            Op::MakeClosure(f, n) => {
                let caps = self.popn(gi, n as usize);
                self.push(gi, Value::Func(Rc::new(Closure { func: f, captures: caps, recv: None })));
            }
            Op::BindMethod(f) => {
                let r = self.pop(gi);
                self.push(gi, Value::Func(Rc::new(Closure { func: f, captures: Vec::new(), recv: Some(r) })));
            }
            Op::FuncValue(f) => self.push(gi, Value::Func(Rc::new(Closure { func: f, captures: Vec::new(), recv: None }))),
            Op::Zero(t) => {
                let v = self.heap.zero(&self.prog.types, t);
                self.push(gi, v);
            }
            Op::New(t) => {
                let v = self.heap.zero(&self.prog.types, t);
                let p = match v {
                    Value::Agg(id) => Ptr { obj: id, slot: WHOLE },
                    v => Ptr { obj: self.heap.alloc(vec![v]), slot: 0 },
                };
                self.push(gi, Value::Ptr(p));
            }
            Op::MakeSlice(t, has_cap) => {
                let cap = if has_cap { Some(self.pop(gi).int()) } else { None };
                let len = self.pop(gi).int();
                let cap = cap.unwrap_or(len);
                if len < 0 {
                    return self.rt_panic(gi, "runtime error: makeslice: len out of range");
                }
                if cap < len {
                    return self.rt_panic(gi, "runtime error: makeslice: cap out of range");
                }
                let el = match self.prog.types.under(t) {
                    Type::Slice(el) => *el,
                    _ => t,
                };
                // runtime.makeslice: sizes beyond maxAlloc are out of range,
                // anything else over the budget is out of memory.
                let size = elem_size(&self.prog.types, el) as u64;
                if size.saturating_mul(len as u64) > budget::MAX_ALLOC {
                    return self.rt_panic(gi, "runtime error: makeslice: len out of range");
                }
                if size.saturating_mul(cap as u64) > budget::MAX_ALLOC {
                    return self.rt_panic(gi, "runtime error: makeslice: cap out of range");
                }
                let slots = (cap as u64).saturating_mul(if self.prog.types.is_aggregate(el) { self.prog.types.size_slots(el) } else { 1 });
                if !self.reserve(gi, budget::object_bytes(slots)) {
                    return;
                }
                let vals = (0..cap).map(|_| self.heap.zero(&self.prog.types, el)).collect();
                let obj = self.heap.alloc(vals);
                self.push(gi, Value::Slice(SliceRef { obj, off: 0, len: len as u32, cap: cap as u32 }));
            }
            Op::MakeMap(t, has_hint) => {
                // runtime.makemap: a negative hint, or one whose table could
                // never be allocated, is dropped (Go 1.24+); the table a
                // hint asks for is checked against the budget before it is made.
                let hint = if has_hint { self.pop(gi).int().max(0) } else { 0 };
                let hint = if budget::map_hint_dropped(hint as u64) { 0 } else { hint };
                let slots = crate::gomap::GoMap::slots_for_hint(self.opts.map_model, hint);
                if !self.reserve(gi, slots.saturating_mul(crate::gomap::GoMap::bytes_per_slot(self.opts.map_model))) {
                    return;
                }
                let id = self.make_map(t, hint);
                self.push(gi, Value::Map(id));
            }
            Op::MakeChan(t, has_size) => {
                let size = if has_size { self.pop(gi).int() } else { 0 };
                let el = match self.prog.types.under(t) {
                    Type::Chan(_, el) => *el,
                    _ => t,
                };
                // runtime.makechan: beyond maxAlloc is out of range; the buffer is checked against the budget.
                if size < 0 || (elem_size(&self.prog.types, el) as u64).saturating_mul(size as u64) > budget::MAX_ALLOC - 96 {
                    return self.rt_panic(gi, "runtime error: makechan: size out of range");
                }
                let bytes = (size as u64).saturating_mul(budget::VALUE_BYTES) + 96;
                if !self.reserve(gi, bytes) {
                    return;
                }
                self.chan_bytes += bytes;
                let ch = self.chans.push(crate::gosync::chan::Chan::new(size as usize, el));
                self.push(gi, Value::Chan(ch));
            }
            Op::Append(t, n) => {
                let vals = self.popn(gi, n as usize);
                let s = self.pop(gi);
                let r = self.append(gi, t, s, vals);
                self.push(gi, r);
            }
            Op::AppendSlice(t) => {
                let src = self.pop(gi);
                let s = self.pop(gi);
                let vals = self.slice_values(gi, &src);
                let r = self.append(gi, t, s, vals);
                self.push(gi, r);
            }
            Op::CopySlice => {
                let src = self.pop(gi);
                let dst = self.pop(gi);
                let vals = self.slice_values(gi, &src);
                let n = match dst {
                    Value::Slice(d) => {
                        let n = (d.len as usize).min(vals.len());
                        for (i, v) in vals.into_iter().take(n).enumerate() {
                            let p = Ptr { obj: d.obj, slot: d.off + i as u32 };
                            self.store_ptr(gi, Value::Ptr(p), v);
                        }
                        n
                    }
                    _ => 0,
                };
                self.push(gi, Value::Int(n as i64));
            }
            Op::Len => {
                let v = self.pop(gi);
                let n = match &v {
                    Value::Str(s) => s.len() as i64,
                    Value::Slice(s) => s.len as i64,
                    Value::Agg(id) => self.heap.objs[*id].len() as i64,
                    Value::Map(id) => {
                        let id = *id;
                        let name = self.maps[id].name.clone();
                        self.access(gi, Cell::Map(id), false, &|| format!("map {name}"), None);
                        self.maps[id].map.len() as i64
                    }
                    Value::Chan(id) => self.chans[*id].buf.len() as i64,
                    _ => 0,
                };
                self.push(gi, Value::Int(n));
            }
            Op::Cap => {
                let v = self.pop(gi);
                let n = match &v {
                    Value::Slice(s) => s.cap as i64,
                    Value::Agg(id) => self.heap.objs[*id].len() as i64,
                    Value::Chan(id) => self.chans[*id].cap as i64,
                    _ => 0,
                };
                self.push(gi, Value::Int(n));
            }
            Op::MapIndex { ty, comma_ok } => self.map_index(gi, ty, comma_ok),
            Op::MapAssign(ty) => self.map_write_start(gi, ty, WriteKind::Assign),
            Op::MapDelete(ty) => self.map_write_start(gi, ty, WriteKind::Delete),
            Op::MapClear(ty) => self.map_write_start(gi, ty, WriteKind::Clear),
            Op::SliceClear(elem) => {
                if let Value::Slice(s) = self.pop(gi) {
                    for i in 0..s.len {
                        let p = Ptr { obj: s.obj, slot: s.off + i };
                        let z = self.heap.zero(&self.prog.types, elem);
                        self.store_ptr(gi, Value::Ptr(p), z);
                    }
                }
            }
            Op::MapRangeInit(ty) => self.map_range_init(gi, ty),
            Op::MapRangeNext(t) => self.map_range_next(gi, t),
            Op::StrRangeNext(t) => {
                let i = self.pop(gi).int() as usize;
                let s = self.pop(gi);
                let b = s.str();
                if i >= b.len() {
                    self.top_frame(gi).pc = t;
                    return;
                }
                let (r, n) = decode_rune(&b[i..]);
                self.push(gi, Value::Int((i + n) as i64));
                self.push(gi, Value::Int(r as i64));
            }
            Op::ChanSend => {
                let v = self.pop(gi);
                let ch = self.pop(gi);
                self.chan_send(gi, ch, v);
            }
            Op::ChanRecv(ok) => {
                let ch = self.pop(gi);
                self.chan_recv(gi, ch, ok);
            }
            Op::ChanClose => {
                let ch = self.pop(gi);
                self.chan_close(gi, ch);
            }
            Op::Select(d) => self.select(gi, d),
            Op::ToIface(t) => {
                let v = self.pop(gi);
                self.push(gi, Value::Iface(Rc::new((t, v))));
            }
            Op::TypeAssert(t, comma_ok) => {
                let v = self.pop(gi);
                let ok = self.type_is(&v, t);
                let out = if ok {
                    if self.prog.types.is_interface(t) {
                        v.clone()
                    } else {
                        match &v {
                            Value::Iface(b) => b.1.clone(),
                            _ => Value::Nil,
                        }
                    }
                } else if comma_ok {
                    self.heap.zero(&self.prog.types, t)
                } else {
                    let tn = self.prog.types.name(t);
                    let msg = match &v {
                        Value::Iface(b) => {
                            if self.prog.types.is_interface(t) {
                                format!("interface conversion: {} is not {}: missing method {}", self.prog.types.name(b.0), tn, self.missing_method_name(b.0, t))
                            } else {
                                format!("interface conversion: interface {{}} is {}, not {}", self.prog.types.name(b.0), tn)
                            }
                        }
                        _ => format!("interface conversion: interface is nil, not {tn}"),
                    };
                    return self.rt_panic(gi, &msg);
                };
                self.push(gi, out);
                if comma_ok {
                    self.push(gi, Value::Bool(ok));
                }
            }
            Op::TypeIs(t) => {
                let v = self.pop(gi);
                let ok = self.type_is(&v, t);
                self.push(gi, Value::Bool(ok));
            }
            Op::Native(n, k) => self.native(gi, n, k as usize),
            Op::NativeSpread(n, k) => {
                let s = self.pop(gi);
                self.read_slice(gi, &s);
                let elems = match s {
                    Value::Slice(s) => (0..s.len).map(|i| self.heap.load(Ptr { obj: s.obj, slot: s.off + i })).collect(),
                    _ => Vec::new(),
                };
                let extra = elems.len();
                self.gs[gi].stack.extend(elems);
                self.native(gi, n, k as usize + extra)
            }
            Op::Sync(s) => self.sync_op(gi, s),
            Op::NameMap(n) => self.pending_name = Some(self.prog.names[n as usize].clone()),
            Op::Unreachable => self.fatal(gi, "unreachable code reached"),
        }
    }

    fn check_depth(&mut self, gi: usize) {
        if self.gs[gi].frames.len() > 10_000 {
            let line = self.current_line(gi);
            self.stderr.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n");
            let tb = self.traceback(gi);
            self.stderr.push_str(&tb);
            self.end("fatal error: stack overflow", 2, Some(line));
        }
    }

    /// Does the dynamic type of interface value `v` match `t` (or implement it)?
    pub fn type_is(&self, v: &Value, t: TypeId) -> bool {
        match v {
            Value::Iface(b) => {
                if self.prog.types.is_interface(t) {
                    self.missing_method_name(b.0, t).is_empty()
                } else {
                    b.0 == t
                }
            }
            _ => false,
        }
    }

    pub(crate) fn missing_method_name(&self, dt: TypeId, iface: TypeId) -> String {
        let ms = match self.prog.types.under(iface) {
            Type::Interface(ms) => ms.clone(),
            _ => return String::new(),
        };
        for (name, sig) in ms {
            // (The method's signature must be the interface's: `Unwrap() []error`
            // does not satisfy `interface{ Unwrap() error }`.)
            let ok = match self.prog.types.get(dt) {
                Type::Pointer(b) => self.prog.types.find_method_deep(*b, &name).is_some_and(|m| m.2.sig == sig),
                _ => self.prog.types.find_method_deep(dt, &name).is_some_and(|m| !m.2.ptr_recv && m.2.sig == sig),
            };
            if !ok {
                return name;
            }
        }
        String::new()
    }

    /// Calls method `name` on the interface value below the arguments.
    fn call_iface(&mut self, gi: usize, name: u32, n: u16) {
        let args = self.popn(gi, n as usize);
        let recv = self.pop(gi);
        let (dt, inner) = match &recv {
            Value::Iface(b) => (b.0, b.1.clone()),
            _ => return self.nil_deref(gi),
        };
        let mname = &self.prog.names[name as usize];
        let (is_ptr, base) = match self.prog.types.get(dt) {
            Type::Pointer(b) => (true, *b),
            _ => (false, dt),
        };
        let (path, m) = match self.prog.types.find_method_deep(base, mname) {
            Some((path, _, m)) => (path, m),
            None => return self.rt_panic(gi, &format!("method {mname} not found")),
        };
        if m.func == NATIVE_ERROR_METHOD {
            self.push(gi, inner);
            return;
        }
        // A promoted method gets the embedded field as its receiver: walk
        // the path of embedded fields (through embedded pointers too).
        let mut recv_v = inner;
        for &i in &path {
            let obj = match recv_v {
                Value::Agg(id) => id,
                Value::Ptr(p) => match self.heap.load(p) {
                    Value::Agg(id) => id,
                    _ => return self.nil_deref(gi),
                },
                _ => return self.nil_deref(gi),
            };
            recv_v = self.heap.objs[obj][i].clone();
        }
        if m.ptr_recv {
            if let Value::Agg(id) = recv_v {
                recv_v = Value::Ptr(Ptr { obj: id, slot: WHOLE });
            }
        } else {
            // A value receiver is the method's own copy.
            if let Value::Ptr(p) = recv_v {
                recv_v = self.heap.load(p);
            } else if is_ptr && path.is_empty() && matches!(recv_v, Value::Nil) {
                return self.nil_deref(gi);
            }
            if let Value::Agg(id) = recv_v {
                recv_v = Value::Agg(self.heap.copy_agg(id));
            }
        }
        let mut all = vec![recv_v];
        all.extend(args);
        let base = self.gs[gi].stack.len();
        let fr = self.frame(m.func, all, None, base);
        self.gs[gi].frames.push(fr);
    }

    /// `Ret`: run the next deferred call, or go to the epilogue.
    fn ret(&mut self, gi: usize) {
        let prog = self.prog;
        let f = self.top_frame(gi);
        match f.defers.pop() {
            Some((func, args)) => {
                f.pc -= 1; // come back to Ret after the deferred call
                self.call_deferred(gi, func, args);
            }
            None => {
                f.pc = prog.funcs[f.func as usize].epilogue;
            }
        }
    }

    pub(super) fn call_deferred(&mut self, gi: usize, func: Value, args: Vec<Value>) {
        if func.is_nil() {
            return self.nil_deref(gi);
        }
        let (fid, closure, args) = self.callee(func, args);
        let base = self.gs[gi].stack.len();
        let mut fr = self.frame(fid, args, closure, base);
        fr.hook = Hook::Deferred;
        self.gs[gi].frames.push(fr);
    }

    fn ret_final(&mut self, gi: usize, n: u16) {
        let results = self.popn(gi, n as usize);
        let fr = match self.gs[gi].frames.pop() {
            Some(f) => f,
            None => return,
        };
        self.gs[gi].stack.truncate(fr.stack_base);
        for &h in &fr.iters {
            self.iters.remove(h); // a return from inside range loops
        }
        if let Hook::WgDone(p) = fr.hook {
            self.wg_add(gi, p, -1);
        }
        if self.gs[gi].frames.is_empty() {
            self.gs[gi].stack.extend(results); // (call_sync reads them)
            self.goroutine_exit(gi);
            return;
        }
        if fr.hook == Hook::Deferred {
            let g = &mut self.gs[gi];
            if g.recovered {
                // The panic was recovered: the deferring function returns normally.
                self.end_recovered_panic(gi);
                let g = &mut self.gs[gi];
                let f = g.frames.last_mut().expect("caller");
                let epi = self.prog.funcs[f.func as usize].epilogue;
                f.pc = epi.saturating_sub(1);
                return;
            }
            if g.panicking.is_some() {
                self.unwind(gi);
            }
            return;
        }
        for r in results {
            self.push(gi, r);
        }
    }

    fn goroutine_exit(&mut self, gi: usize) {
        self.set_state(gi, GState::Done);
        // (call_sync's temporary goroutine sits past the real ones and borrows the caller's id.)
        if self.gs[gi].id == 1 && gi == 0 {
            // main returned: the program ends, whatever other goroutines do (`vm::exit`).
            self.main_returned(gi);
        }
    }

    /// Loads through a pointer (an instrumented read).
    pub fn load_ptr(&mut self, gi: usize, p: Value) {
        match p {
            Value::Ptr(p) => {
                if p.slot != WHOLE {
                    self.access(gi, Cell::Heap(p), false, &|| "variable".into(), None);
                }
                let v = self.heap.load(p);
                self.push(gi, v);
            }
            _ => self.nil_deref(gi),
        }
    }

    /// Stores through a pointer (an instrumented write).
    pub fn store_ptr(&mut self, gi: usize, p: Value, v: Value) {
        match p {
            Value::Ptr(p) => {
                if p.slot != WHOLE {
                    self.access(gi, Cell::Heap(p), true, &|| "variable".into(), None);
                } else if let Value::Agg(src) = &v {
                    let n = self.heap.objs[*src].len().min(self.heap.objs[p.obj].len());
                    for i in 0..n {
                        self.access(gi, Cell::Heap(Ptr { obj: p.obj, slot: i as u32 }), true, &|| "variable".into(), None);
                    }
                }
                self.heap.store(p, v);
            }
            _ => self.nil_deref(gi),
        }
    }

    /// Reads every slot of an aggregate (a struct or array copy), for the race
    /// detector: nested structs and arrays too (`m[k] = v` reads `v.in.buf[3]`),
    /// up to 1024 cells.
    fn read_agg(&mut self, gi: usize, id: ObjId) {
        if !self.race.enabled {
            return;
        }
        let mut budget = 1024usize;
        let mut todo = vec![id];
        while let Some(id) = todo.pop() {
            let n = self.heap.objs[id].len().min(budget);
            budget -= n;
            for i in 0..n {
                self.access(gi, Cell::Heap(Ptr { obj: id, slot: i as u32 }), false, &|| "variable".into(), None);
                if let Value::Agg(inner) = self.heap.objs[id][i] {
                    todo.push(inner);
                }
            }
        }
    }

    /// `string(b)`, `string(r)`: the conversion reads the whole slice (Go's `slicebytetostring`, `slicerunetostring`).
    fn read_slice(&mut self, gi: usize, v: &Value) {
        if let Value::Slice(s) = v {
            if self.race.enabled {
                for i in 0..s.len {
                    self.access(gi, Cell::Heap(Ptr { obj: s.obj, slot: s.off + i }), false, &|| "slice element".into(), None);
                }
            }
        }
    }

    /// The address of element `i` of an array aggregate, slice or array pointer, bounds-checked.
    fn elem_ptr(&mut self, gi: usize, base: Value, i: i64) -> Option<Ptr> {
        let (obj, off, len) = match base {
            Value::Agg(id) | Value::Ptr(Ptr { obj: id, slot: WHOLE }) => (id, 0, self.heap.objs[id].len() as i64),
            Value::Slice(s) => (s.obj, s.off, s.len as i64),
            Value::Nil => {
                if i < 0 || i >= 0 {
                    self.rt_panic(gi, &format!("runtime error: index out of range [{i}] with length 0"));
                }
                return None;
            }
            _ => {
                self.nil_deref(gi);
                return None;
            }
        };
        if i < 0 || i >= len {
            self.rt_panic(gi, &format!("runtime error: index out of range [{i}] with length {len}"));
            return None;
        }
        Some(Ptr { obj, slot: off + i as u32 })
    }

    fn slice_expr(&mut self, gi: usize, lo: bool, hi: bool, max: bool, kind: u8) {
        let m = if max { Some(self.pop(gi).int()) } else { None };
        let h = if hi { Some(self.pop(gi).int()) } else { None };
        let l = if lo { self.pop(gi).int() } else { 0 };
        let base = self.pop(gi);
        if kind == 2 {
            let s = base.str();
            let h = h.unwrap_or(s.len() as i64);
            if h < 0 || h as u64 > s.len() as u64 {
                return self.rt_panic(gi, &format!("runtime error: slice bounds out of range [:{}] with length {}", h, s.len()));
            }
            if l < 0 || l > h {
                return self.rt_panic(gi, &format!("runtime error: slice bounds out of range [{l}:{h}]"));
            }
            let v = Value::from_bytes(&s[l as usize..h as usize]);
            if self.reserve_string(gi, (h - l) as u64) {
                self.push(gi, v);
            }
            return;
        }
        let (obj, off, len, cap) = match base {
            Value::Slice(s) => (s.obj, s.off, s.len as i64, s.cap as i64),
            Value::Ptr(Ptr { obj, slot: WHOLE }) | Value::Agg(obj) => {
                let n = self.heap.objs[obj].len() as i64;
                (obj, 0, n, n)
            }
            Value::Nil => (ObjId(0), 0, 0, 0),
            _ => return self.nil_deref(gi),
        };
        let h = h.unwrap_or(len);
        let m = m.unwrap_or(cap);
        if m < 0 || m > cap {
            let what = if max { format!("[::{m}] with capacity {cap}") } else { format!("[:{h}] with capacity {cap}") };
            return self.rt_panic(gi, &format!("runtime error: slice bounds out of range {what}"));
        }
        if h < 0 || h > m {
            let what = if max { format!("[:{h}:{m}]") } else { format!("[:{h}] with capacity {cap}") };
            return self.rt_panic(gi, &format!("runtime error: slice bounds out of range {what}"));
        }
        if l < 0 || l > h {
            return self.rt_panic(gi, &format!("runtime error: slice bounds out of range [{l}:{h}]"));
        }
        self.push(gi, Value::Slice(SliceRef { obj, off: off + l as u32, len: (h - l) as u32, cap: (m - l) as u32 }));
    }

    pub fn slice_values(&mut self, gi: usize, s: &Value) -> Vec<Value> {
        match s {
            Value::Slice(s) => (0..s.len)
                .map(|i| {
                    let p = Ptr { obj: s.obj, slot: s.off + i };
                    self.access(gi, Cell::Heap(p), false, &|| "slice element".into(), None);
                    self.heap.load(p)
                })
                .collect(),
            Value::Str(b) => b.iter().map(|&c| Value::Int(c as i64)).collect(),
            _ => Vec::new(),
        }
    }

    /// `append` with Go's growth rule (runtime.growslice, Go 1.20+).
    fn append(&mut self, gi: usize, t: TypeId, s: Value, vals: Vec<Value>) -> Value {
        let (obj, off, len, cap) = match s {
            Value::Slice(s) => (s.obj, s.off, s.len as usize, s.cap as usize),
            _ => (ObjId(u32::MAX), 0, 0, 0),
        };
        if vals.is_empty() {
            return s;
        }
        let newlen = len + vals.len();
        let el = match self.prog.types.under(t) {
            Type::Slice(el) => *el,
            _ => t,
        };
        if newlen <= cap {
            for (i, v) in vals.into_iter().enumerate() {
                let p = Ptr { obj, slot: off + (len + i) as u32 };
                self.store_ptr(gi, Value::Ptr(p), v);
            }
            return Value::Slice(SliceRef { obj, off, len: newlen as u32, cap: cap as u32 });
        }
        let newcap = grow_cap(cap, newlen, elem_size(&self.prog.types, el));
        let per = if self.prog.types.is_aggregate(el) { self.prog.types.size_slots(el) } else { 1 };
        if !self.reserve(gi, budget::object_bytes((newcap as u64).saturating_mul(per))) {
            return s;
        }
        let mut data = Vec::with_capacity(newcap);
        for i in 0..len {
            let p = Ptr { obj, slot: off + i as u32 };
            self.access(gi, Cell::Heap(p), false, &|| "slice element".into(), None);
            data.push(self.heap.load(p));
        }
        data.extend(vals);
        while data.len() < newcap {
            let z = self.heap.zero(&self.prog.types, el);
            data.push(z);
        }
        let nobj = self.heap.alloc(data);
        Value::Slice(SliceRef { obj: nobj, off: 0, len: newlen as u32, cap: newcap as u32 })
    }

    /// `[N]T(s)`: reads and copies the first N elements (aggregates deeply).
    fn slice_to_array(&mut self, gi: usize, a: Value, t: TypeId) {
        let n = match self.prog.types.under(t) {
            Type::Array(n, _) => *n,
            _ => 0,
        };
        let (obj, off, len) = match a {
            Value::Slice(s) => (Some(s.obj), s.off, s.len as u64),
            _ => (None, 0, 0),
        };
        if len < n {
            return self.rt_panic(gi, &format!("runtime error: cannot convert slice with length {len} to array or pointer to array with length {n}"));
        }
        let mut vals = Vec::with_capacity(n as usize);
        if let (Some(obj), Value::Slice(s)) = (obj, &a) {
            self.read_slice(gi, &Value::Slice(SliceRef { len: n as u32, ..*s }));
            for i in 0..n as u32 {
                vals.push(match self.heap.load(Ptr { obj, slot: off + i }) {
                    Value::Agg(x) => Value::Agg(self.heap.copy_agg(x)),
                    v => v,
                });
            }
        }
        let id = self.heap.alloc(vals);
        self.push(gi, Value::Agg(id));
    }

    fn convert(&mut self, c: Conv, a: Value) -> Value {
        match c {
            Conv::IntToInt(k) => Value::Int(k.wrap(a.int())),
            Conv::IntToFloat(signed) => {
                let i = a.int();
                Value::Float(if signed { i as f64 } else { i as u64 as f64 })
            }
            Conv::FloatToInt(k) => {
                let f = a.float();
                let v = if k.signed() || k == IntKind::Uint64 && f < 9.2e18 { f as i64 } else { f as u64 as i64 };
                Value::Int(k.wrap(v))
            }
            Conv::FloatToFloat32 => Value::Float(a.float() as f32 as f64),
            Conv::IntToString => {
                let c = char::from_u32(a.int() as u32).filter(|_| a.int() >= 0 && a.int() <= 0x10FFFF).unwrap_or('\u{FFFD}');
                Value::from_str(&c.to_string())
            }
            Conv::StringToBytes => {
                let b = a.str().to_vec();
                let vals: Vec<Value> = b.iter().map(|&c| Value::Int(c as i64)).collect();
                let n = vals.len() as u32;
                let obj = self.heap.alloc(vals);
                Value::Slice(SliceRef { obj, off: 0, len: n, cap: n })
            }
            Conv::StringToRunes => {
                // As `range` decodes: each invalid byte is one U+FFFD.
                let (b, mut i) = (a.str(), 0);
                let mut vals = Vec::new();
                while i < b.len() {
                    let (c, n) = decode_rune(&b[i..]);
                    vals.push(Value::Int(c as i64));
                    i += n;
                }
                let n = vals.len() as u32;
                let obj = self.heap.alloc(vals);
                Value::Slice(SliceRef { obj, off: 0, len: n, cap: n })
            }
            Conv::BytesToString => {
                let b: Vec<u8> = match &a {
                    Value::Slice(s) => (0..s.len).map(|i| self.heap.load(Ptr { obj: s.obj, slot: s.off + i }).int() as u8).collect(),
                    _ => Vec::new(),
                };
                Value::from_bytes(&b)
            }
            Conv::RunesToString => {
                let s: String = match &a {
                    Value::Slice(s) => (0..s.len).map(|i| char::from_u32(self.heap.load(Ptr { obj: s.obj, slot: s.off + i }).int() as u32).unwrap_or('\u{FFFD}')).collect(),
                    _ => String::new(),
                };
                Value::from_str(&s)
            }
            Conv::SliceToArray(_) => unreachable!("slice_to_array"),
        }
    }

    /// Go's `==` on two values of type `t` (interfaces compare dynamic types and values).
    pub fn values_equal(&self, a: &Value, b: &Value, t: TypeId) -> Result<bool, String> {
        Ok(match (a, b) {
            (Value::Nil, Value::Nil) => true,
            (Value::Nil, _) | (_, Value::Nil) => false,
            (Value::Iface(x), Value::Iface(y)) => {
                if x.0 != y.0 {
                    return Ok(false);
                }
                if x.0 == T_ERRSTR {
                    // A *errors.errorString: a pointer, equal only to itself
                    // (two errors.New calls with one text are not equal).
                    return Ok(std::rc::Rc::ptr_eq(x, y));
                }
                if !self.prog.types.comparable(x.0) {
                    return Err(format!("runtime error: comparing uncomparable type {}", self.prog.types.name(x.0)));
                }
                self.values_equal(&x.1, &y.1, x.0)?
            }
            (Value::Agg(x), Value::Agg(y)) => {
                let fts: Vec<TypeId> = match self.prog.types.under(t) {
                    Type::Struct(fs) => fs.iter().map(|f| f.ty).collect(),
                    Type::Array(n, el) => vec![*el; *n as usize],
                    _ => vec![T_INT; self.heap.objs[*x].len()],
                };
                let xs = &self.heap.objs[*x];
                let ys = &self.heap.objs[*y];
                for ((a, b), ft) in xs.iter().zip(ys).zip(fts) {
                    if !self.values_equal(a, b, ft)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::Ptr(x), Value::Ptr(y)) => x == y,
            (Value::Map(x), Value::Map(y)) => x == y,
            (Value::Chan(x), Value::Chan(y)) => x == y,
            (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
            _ => false,
        })
    }
}


/// A rough time in nanoseconds for each op on real hardware: the go-like
/// scheduler uses it to decide which of its two simulated CPUs is behind.
fn binop(op: BinOp, k: Num, a: &Value, b: &Value) -> Result<Value, &'static str> {
    Ok(match k {
        Num::Int(kind) => {
            let (x, y) = (a.int(), b.int());
            let signed = kind.signed();
            let v = match op {
                BinOp::Add => x.wrapping_add(y),
                BinOp::Sub => x.wrapping_sub(y),
                BinOp::Mul => x.wrapping_mul(y),
                BinOp::Div => {
                    if y == 0 {
                        return Err("runtime error: integer divide by zero");
                    }
                    if signed {
                        x.wrapping_div(y)
                    } else {
                        ((x as u64) / (y as u64)) as i64
                    }
                }
                BinOp::Rem => {
                    if y == 0 {
                        return Err("runtime error: integer divide by zero");
                    }
                    if signed {
                        x.wrapping_rem(y)
                    } else {
                        ((x as u64) % (y as u64)) as i64
                    }
                }
                BinOp::And => x & y,
                BinOp::Or => x | y,
                BinOp::Xor => x ^ y,
                BinOp::AndNot => x & !y,
                BinOp::ShlU | BinOp::ShrU if y < 0 => {
                    // A count ≥ 2^63: every bit shifted out.
                    if op == BinOp::ShrU && signed && x < 0 {
                        -1
                    } else {
                        0
                    }
                }
                BinOp::ShlU => binop(BinOp::Shl, k, a, b)?.int(),
                BinOp::ShrU => binop(BinOp::Shr, k, a, b)?.int(),
                BinOp::Shl => {
                    if y < 0 {
                        return Err("runtime error: negative shift amount");
                    }
                    if y >= 64 {
                        0
                    } else {
                        x.wrapping_shl(y as u32)
                    }
                }
                BinOp::Shr => {
                    if y < 0 {
                        return Err("runtime error: negative shift amount");
                    }
                    if signed {
                        x >> y.min(63)
                    } else if y >= 64 {
                        0
                    } else {
                        ((x as u64) >> y) as i64
                    }
                }
                BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                    let ord = if signed { x.cmp(&y) } else { (x as u64).cmp(&(y as u64)) };
                    return Ok(Value::Bool(cmp(op, ord)));
                }
            };
            Value::Int(kind.wrap(v))
        }
        Num::Float | Num::Float32 => {
            let (x, y) = (a.float(), b.float());
            let v = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => x / y,
                BinOp::Lt => return Ok(Value::Bool(x < y)),
                BinOp::Le => return Ok(Value::Bool(x <= y)),
                BinOp::Gt => return Ok(Value::Bool(x > y)),
                BinOp::Ge => return Ok(Value::Bool(x >= y)),
                _ => 0.0,
            };
            Value::Float(if k == Num::Float32 { v as f32 as f64 } else { v })
        }
        Num::Str => match op {
            BinOp::Add => {
                let mut s = a.str().to_vec();
                s.extend_from_slice(b.str());
                Value::from_bytes(&s)
            }
            _ => Value::Bool(cmp(op, a.str().cmp(b.str()))),
        },
        Num::Bool => Value::Bool(false),
    })
}

fn cmp(op: BinOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        BinOp::Lt => o == Less,
        BinOp::Le => o != Greater,
        BinOp::Gt => o == Greater,
        _ => o != Less,
    }
}

/// runtime.growslice's capacity rule (Go 1.20+), then rounded to a size class as Go does for small elements.
pub fn grow_cap(old: usize, needed: usize, elem: usize) -> usize {
    let doublecap = old + old;
    let mut newcap = if needed > doublecap {
        needed
    } else {
        const THRESHOLD: usize = 256;
        if old < THRESHOLD {
            doublecap
        } else {
            let mut c = old;
            while c < needed {
                c += (c + 3 * THRESHOLD) >> 2;
            }
            c
        }
    };
    // roundupsize: malloc size classes.
    if elem > 0 {
        let bytes = newcap * elem;
        let rounded = round_size_class(bytes);
        newcap = rounded / elem;
    }
    newcap.max(needed)
}

fn round_size_class(size: usize) -> usize {
    const CLASSES: &[usize] = &[
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
    ];
    for &c in CLASSES {
        if c >= size {
            return c;
        }
    }
    size.div_ceil(8192) * 8192
}

/// Size in bytes of one element of type `t` on amd64, for append's rounding.
pub fn elem_size(types: &Types, t: TypeId) -> usize {
    match types.under(t) {
        Type::Bool => 1,
        Type::Int(k) => (k.bits() / 8) as usize,
        Type::Float64 => 8,
        Type::Float32 => 4,
        Type::String | Type::Interface(_) => 16,
        Type::Slice(_) => 24,
        Type::Array(n, el) => (*n as usize).saturating_mul(elem_size(types, *el)),
        Type::Struct(fs) => {
            let mut size = 0usize;
            let mut align = 1usize;
            for f in fs {
                let s = elem_size(types, f.ty);
                let a = s.clamp(1, 8).next_power_of_two().min(8);
                align = align.max(a);
                size = size.div_ceil(a) * a + s;
            }
            size.div_ceil(align) * align
        }
        Type::Sync(_) => 8,
        _ => 8,
    }
}

/// Decodes one UTF-8 rune as Go's range does (invalid bytes give U+FFFD, width 1).
pub fn decode_rune(b: &[u8]) -> (char, usize) {
    for n in 1..=4.min(b.len()) {
        if let Ok(s) = std::str::from_utf8(&b[..n]) {
            if let Some(c) = s.chars().next() {
                return (c, n);
            }
        }
    }
    ('\u{FFFD}', 1)
}
