//! `sync` and `sync/atomic` instructions in the machine, over the models in
//! `gosync/locks.rs` (Mutex, RWMutex, WaitGroup, Once) and
//! `gomap/syncmap.rs` (sync.Map): this file pops operands, parks and wakes
//! goroutines, writes events, and gives the race detector its edges.
//!
//! Happens-before: Unlock → next Lock; RUnlock → next Lock; Unlock → next
//! RLock; WaitGroup Done → Wait returns; Once's f → every Do returns;
//! atomics and sync.Map calls synchronise through their variable or key.
//!
//! WaitGroup as `sync/waitgroup.go` instruments it: only a negative `Add`
//! (`Done`) releases (merging), a `Wait` acquires when it returns; an `Add`
//! taking the counter from 0 reads `&wg.sema` and the first `Wait` to block
//! writes it, so an `Add` racing a `Wait` is reported as a data race.

use super::addr::{Cell, Clock};
use super::arena::{IterId, SyncMapId};
use super::machine::*;
use super::op::SyncOp;
use super::value::*;
use crate::compile::types::*;
use crate::gosync::cond::NotifyList;
use crate::race::frames;
use crate::gosync::locks::{wg_add, wg_zero, Grant, OnceState, RWLock, WaitKind};
use crate::trace::EventKind;


impl<'p> Machine<'p> {
    fn lock_of(&mut self, obj: ObjId) -> RWLock<'_> {
        RWLock(&mut self.heap.objs[obj])
    }

    fn wait_on(&mut self, gi: usize, obj: ObjId, kind: WaitKind, reason: &'static str) {
        let me = self.gs[gi].id;
        self.waiters.entry(obj).or_default().push_back((me, kind));
        self.set_state(gi, GState::Blocked(reason));
        self.sched.yielded();
        self.event(gi, EventKind::Block, Some(format!("sync#{obj}")), reason.to_string());
    }

    fn wake(&mut self, g: u32, what: &str) {
        let wi = self.gi(g);
        self.set_state(wi, GState::Runnable);
        self.event(wi, EventKind::Wake, None, what.to_string());
    }

    pub fn sync_op(&mut self, gi: usize, op: SyncOp) {
        match op {
            SyncOp::MapLoad
            | SyncOp::MapStore
            | SyncOp::MapLoadOrStore
            | SyncOp::MapLoadAndDelete
            | SyncOp::MapDelete
            | SyncOp::MapSwap
            | SyncOp::MapCompareAndSwap
            | SyncOp::MapCompareAndDelete
            | SyncOp::MapClear
            | SyncOp::MapRangeInit => return self.sync_map_op(gi, op),
            SyncOp::MapRangeNext(t) => return self.sync_map_range_next(gi, t),
            SyncOp::AtomicLoad | SyncOp::AtomicStore | SyncOp::AtomicAdd | SyncOp::AtomicSwap | SyncOp::AtomicCas => return self.atomic_op(gi, op),
            SyncOp::CondAdd | SyncOp::CondLocker | SyncOp::CondWait | SyncOp::CondSignal | SyncOp::CondBroadcast => return self.cond_op(gi, op),
            _ => {}
        }
        let arg = if matches!(op, SyncOp::WgAdd) { Some(self.pop(gi)) } else { None };
        let p = self.pop(gi);
        let obj = match p {
            Value::Ptr(Ptr { obj, .. }) => obj,
            _ => return self.rt_panic(gi, "runtime error: invalid memory address or nil pointer dereference"),
        };
        let me = self.gs[gi].id;
        let name = Some(format!("sync#{obj}"));
        match op {
            SyncOp::Lock => {
                let mut l = self.lock_of(obj);
                if l.try_lock() {
                    self.race.acquire(me, Clock::Sync(obj));
                    self.race.acquire(me, Clock::Readers(obj));
                    self.event(gi, EventKind::Lock, name, String::new());
                } else {
                    let reason = if l.is_rw() { "sync.RWMutex.Lock" } else { "sync.Mutex.Lock" };
                    self.wait_on(gi, obj, WaitKind::Lock, reason);
                }
            }
            SyncOp::TryLock => {
                let free = self.lock_of(obj).try_lock();
                if free {
                    self.race.acquire(me, Clock::Sync(obj));
                    self.race.acquire(me, Clock::Readers(obj));
                    self.event(gi, EventKind::Lock, name, "TryLock".into());
                }
                self.push(gi, Value::Bool(free));
            }
            SyncOp::Unlock => {
                if let Err(msg) = self.lock_of(obj).unlock() {
                    return self.fatal(gi, msg);
                }
                self.race.release_store(me, Clock::Sync(obj));
                self.event(gi, EventKind::Unlock, name, String::new());
                self.grant(obj);
            }
            SyncOp::RLock => {
                if RWLock(&mut self.heap.objs[obj]).try_rlock(self.waiters.get(&obj)) {
                    self.race.acquire(me, Clock::Sync(obj));
                    self.event(gi, EventKind::RLock, name, String::new());
                } else {
                    self.wait_on(gi, obj, WaitKind::RLock, "sync.RWMutex.RLock");
                }
            }
            SyncOp::RUnlock => {
                let last = match self.lock_of(obj).runlock() {
                    Ok(last) => last,
                    Err(msg) => return self.fatal(gi, msg),
                };
                self.race.release(me, Clock::Readers(obj));
                self.event(gi, EventKind::RUnlock, name, String::new());
                if last {
                    self.grant(obj);
                }
            }
            SyncOp::WgAdd => self.wg_add(gi, Ptr { obj, slot: 0 }, arg.map(|a| a.int()).unwrap_or(0)),
            SyncOp::WgDone => self.wg_add(gi, Ptr { obj, slot: 0 }, -1),
            SyncOp::WgWait => {
                if wg_zero(&self.heap.objs[obj]) {
                    self.race.acquire(me, Clock::Sync(obj));
                    self.event(gi, EventKind::WgWait, name, "counter is 0".into());
                } else {
                    if self.waiters.get(&obj).is_none_or(|q| q.is_empty()) {
                        self.access(gi, Cell::WgSema(obj), true, &|| "sync.WaitGroup".into(), Some(frames::WG_WAIT));
                    }
                    self.wait_on(gi, obj, WaitKind::Wait, "sync.WaitGroup.Wait");
                }
            }
            SyncOp::OnceBegin(target) => match OnceState::of(&self.heap.objs[obj]) {
                OnceState::Done => {
                    self.race.acquire(me, Clock::Sync(obj));
                    self.gs[gi].frames.last_mut().expect("frame").pc = target;
                }
                OnceState::Running => {
                    // Another goroutine is running f: wait, then look again.
                    self.push(gi, p);
                    self.gs[gi].frames.last_mut().expect("frame").pc -= 1;
                    self.wait_on(gi, obj, WaitKind::Once, "sync.Once.Do");
                }
                OnceState::NotRun => {
                    OnceState::Running.set(&mut self.heap.objs[obj]);
                    let depth = self.gs[gi].frames.len();
                    self.gs[gi].running_onces.push((obj, depth));
                    self.event(gi, EventKind::Once, name, "running f".into());
                }
            },
            SyncOp::OnceEnd => {
                self.gs[gi].running_onces.pop();
                self.once_done(gi, obj, "done");
            }
            _ => {}
        }
    }

    /// A Once's `f` has finished — returned, or panicked (`what` says which):
    /// the Once is done, its release edge made, and the goroutines waiting in
    /// `Do` woken (they return without calling their `f`).
    fn once_done(&mut self, gi: usize, obj: ObjId, what: &str) {
        let me = self.gs[gi].id;
        OnceState::Done.set(&mut self.heap.objs[obj]);
        self.race.release(me, Clock::Sync(obj));
        self.event(gi, EventKind::Once, Some(format!("sync#{obj}")), what.into());
        if let Some(q) = self.waiters.remove(&obj) {
            for (g, _) in q {
                self.wake(g, "once done");
            }
        }
    }

    /// A panic is unwinding into the frame at `depth` (the frames above it are
    /// gone): every Once whose `Do` that frame called is done — before the
    /// frame's own deferred calls run, as `doSlow`'s deferred calls run first.
    pub(super) fn once_unwound(&mut self, gi: usize) {
        let depth = self.gs[gi].frames.len();
        while let Some(&(obj, d)) = self.gs[gi].running_onces.last() {
            if d < depth {
                break;
            }
            self.gs[gi].running_onces.pop();
            self.once_done(gi, obj, "done (f panicked)");
        }
    }

    /// After an unlock: wake whoever the lock goes to, with their edges and events.
    fn grant(&mut self, obj: ObjId) {
        let q = self.waiters.get_mut(&obj);
        match RWLock(&mut self.heap.objs[obj]).grant(q) {
            Grant::Nobody => {}
            Grant::Writer(g) => {
                self.race.acquire(g, Clock::Sync(obj));
                self.race.acquire(g, Clock::Readers(obj));
                let wi = self.gi(g);
                self.wake(g, "lock acquired");
                self.event(wi, EventKind::Lock, Some(format!("sync#{obj}")), "after waiting".into());
            }
            Grant::Readers(woken) => {
                for g in woken {
                    self.race.acquire(g, Clock::Sync(obj));
                    let wi = self.gi(g);
                    self.wake(g, "read lock acquired");
                    self.event(wi, EventKind::RLock, Some(format!("sync#{obj}")), "after waiting".into());
                }
            }
        }
    }

    pub fn wg_add(&mut self, gi: usize, p: Ptr, delta: i64) {
        let obj = p.obj;
        let me = self.gs[gi].id;
        let n = match wg_add(&mut self.heap.objs[obj], delta) {
            Ok(n) => n,
            Err(msg) => return self.rt_panic(gi, msg),
        };
        if delta < 0 {
            self.race.release(me, Clock::Sync(obj));
        } else if delta > 0 && n == delta {
            self.access(gi, Cell::WgSema(obj), false, &|| "sync.WaitGroup".into(), Some(frames::WG_ADD));
        }
        let d = if delta == -1 { format!("Done → {n}") } else { format!("Add({delta}) → {n}") };
        self.event(gi, EventKind::WgAdd, Some(format!("sync#{obj}")), d);
        if n == 0 {
            if let Some(q) = self.waiters.remove(&obj) {
                for (g, _) in q {
                    self.race.acquire(g, Clock::Sync(obj));
                    self.wake(g, "WaitGroup counter is 0");
                }
            }
        }
    }

    /// `sync.Cond` over its notify list (`gosync/cond.rs`). No happens-before
    /// edges of its own: Go's race detector orders a Signal and the woken
    /// Wait only through `c.L`, whose Unlock and Lock the compiled `Wait`
    /// calls around `CondWait`.
    fn cond_op(&mut self, gi: usize, op: SyncOp) {
        let ticket = if op == SyncOp::CondWait { Some(self.pop(gi).int() as u32) } else { None };
        let obj = match self.pop(gi) {
            Value::Ptr(Ptr { obj, .. }) => obj,
            _ => return self.rt_panic(gi, "runtime error: invalid memory address or nil pointer dereference"),
        };
        let name = Some(format!("sync#{obj}"));
        match op {
            SyncOp::CondAdd => {
                let t = NotifyList(&mut self.heap.objs[obj]).add();
                self.push(gi, Value::Int(t as i64));
            }
            SyncOp::CondLocker => {
                let l = self.heap.objs[obj][0].clone();
                self.push(gi, l);
            }
            SyncOp::CondWait => {
                let t = ticket.unwrap_or(0);
                if !NotifyList(&mut self.heap.objs[obj]).notified(t) {
                    self.wait_on(gi, obj, WaitKind::Cond(t), "sync.Cond.Wait");
                }
            }
            SyncOp::CondSignal => {
                let who = self.gs[gi].id;
                if let Some(t) = NotifyList(&mut self.heap.objs[obj]).notify_one() {
                    let q = self.waiters.entry(obj).or_default();
                    if let Some(i) = q.iter().position(|(_, k)| *k == WaitKind::Cond(t)) {
                        let (g, _) = q.remove(i).expect("waiter");
                        self.wake(g, &format!("sync.Cond.Signal by g{who}"));
                    }
                }
                let _ = name;
            }
            _ => {
                let who = self.gs[gi].id;
                NotifyList(&mut self.heap.objs[obj]).notify_all();
                if let Some(q) = self.waiters.remove(&obj) {
                    for (g, _) in q {
                        self.wake(g, &format!("sync.Cond.Broadcast by g{who}"));
                    }
                }
                let _ = name;
            }
        }
    }

    /// Atomic operations: [ptr (, operands)] → result. Each is acquire and release on its variable.
    fn atomic_op(&mut self, gi: usize, op: SyncOp) {
        let (a, b) = match op {
            SyncOp::AtomicLoad => (None, None),
            SyncOp::AtomicCas => {
                let n = self.pop(gi);
                let o = self.pop(gi);
                (Some(o), Some(n))
            }
            _ => (Some(self.pop(gi)), None),
        };
        let p = match self.pop(gi) {
            Value::Ptr(p) if p.slot != WHOLE => p,
            Value::Ptr(Ptr { obj, .. }) => Ptr { obj, slot: 0 },
            _ => return self.rt_panic(gi, "runtime error: invalid memory address or nil pointer dereference"),
        };
        let me = self.gs[gi].id;
        let key = Clock::Atomic(p);
        self.race.acquire(me, key);
        let writes = !matches!(op, SyncOp::AtomicLoad);
        self.access_as(gi, Cell::Heap(p), writes, true, &|| "variable".into(), None);
        let cur = self.heap.load(p);
        let (newv, result) = match op {
            SyncOp::AtomicLoad => (None, Some(cur.clone())),
            SyncOp::AtomicStore => (a, None),
            SyncOp::AtomicAdd => {
                let v = Value::Int(cur.int().wrapping_add(a.map(|x| x.int()).unwrap_or(0)));
                (Some(v.clone()), Some(v))
            }
            SyncOp::AtomicSwap => (a, Some(cur.clone())),
            _ => {
                let old = a.unwrap_or(Value::Nil);
                let eq = match (&cur, &old) {
                    (Value::Int(x), Value::Int(y)) => x == y,
                    (Value::Bool(x), Value::Bool(y)) => x == y,
                    (Value::Nil, Value::Nil) => true,
                    _ => false,
                };
                if eq {
                    (b, Some(Value::Bool(true)))
                } else {
                    (None, Some(Value::Bool(false)))
                }
            }
        };
        if let Some(v) = newv {
            self.heap.store(p, v);
            self.race.release(me, key);
        }
        self.event(gi, EventKind::Atomic, None, format!("{op:?}").replace("Atomic", ""));
        if let Some(r) = result {
            self.push(gi, r);
        }
    }

    fn sync_map_id(&mut self, p: Ptr) -> SyncMapId {
        let obj = p.obj;
        match self.heap.objs[obj].first() {
            Some(Value::SyncMap(id)) => *id,
            _ => {
                let name = format!("sync.Map#{}", self.syncmaps.len());
                let id = self.syncmaps.push(SyncMapObj { m: Default::default(), name, key_clocks: Default::default() });
                self.heap.objs[obj][0] = Value::SyncMap(id);
                id
            }
        }
    }

    fn sync_map_op(&mut self, gi: usize, op: SyncOp) {
        let nargs = match op {
            SyncOp::MapLoad | SyncOp::MapLoadAndDelete | SyncOp::MapDelete => 1,
            SyncOp::MapStore | SyncOp::MapLoadOrStore | SyncOp::MapSwap | SyncOp::MapCompareAndDelete => 2,
            SyncOp::MapCompareAndSwap => 3,
            _ => 0,
        };
        let args = self.popn(gi, nargs);
        let p = match self.pop(gi) {
            Value::Ptr(p) => p,
            _ => return self.rt_panic(gi, "runtime error: invalid memory address or nil pointer dereference"),
        };
        let id = self.sync_map_id(p);
        let kr = match args.first() {
            Some(k) => match self.key_repr(k, T_ANY) {
                Ok(kr) => Some(kr),
                Err(msg) => return self.rt_panic(gi, &msg),
            },
            None => None,
        };
        use crate::gomap::syncmap::Call;
        let call = match op {
            SyncOp::MapLoad => Call::Load,
            SyncOp::MapStore | SyncOp::MapSwap => Call::Swap,
            SyncOp::MapLoadOrStore => Call::LoadOrStore,
            SyncOp::MapLoadAndDelete | SyncOp::MapDelete => Call::LoadAndDelete,
            SyncOp::MapCompareAndSwap => Call::CompareAndSwap,
            SyncOp::MapCompareAndDelete => Call::CompareAndDelete,
            SyncOp::MapClear => Call::Clear,
            _ => Call::Range,
        };
        if !self.syncmaps[id].m.fast_path_suffices(call, kr.as_ref()) {
            // The lock-free read missed: taking mu is the next step (another goroutine may run first).
            let name = self.syncmaps[id].name.clone();
            let why = if self.syncmaps[id].m.amended { "not in read, dirty has more" } else { "not in read" };
            let what = format!("{op:?}").trim_start_matches("Map").to_string();
            self.event(gi, EventKind::SyncMap, Some(name), format!("{what}: {why}: will lock mu"));
            self.gs[gi].micro = Some(Micro::SyncMapSlow { op, map: id, args });
            return;
        }
        self.sync_map_perform(gi, op, id, args);
    }

    /// A sync.Map call from its start (the slow path rechecks `read` under `mu`, as Go does).
    pub fn sync_map_perform(&mut self, gi: usize, op: SyncOp, id: SyncMapId, args: Vec<Value>) {
        let me = self.gs[gi].id;
        let kr = args.first().and_then(|k| self.key_repr(k, T_ANY).ok());
        // Happens-before per key (the entry's atomic pointer) and through the map's mutex.
        let key_clock = |kr: &crate::gomap::hash::KeyRepr| Clock::sync_map_entry(id, kr);
        let mu_clock = Clock::SyncMapMu(id);
        if let Some(k) = &kr {
            self.race.acquire(me, key_clock(k));
        }
        let eqf = |a: &Value, b: &Value| matches!((a, b), (Value::Iface(x), Value::Iface(y)) if x.0 == y.0 && format!("{:?}", x.1) == format!("{:?}", y.1));
        let sm = &mut self.syncmaps[id].m;
        let (detail, path, wrote): (String, crate::gomap::syncmap::Path, bool) = match op {
            SyncOp::MapLoad => {
                let (v, path) = sm.load(kr.as_ref().expect("key"));
                let ok = v.is_some();
                self.push(gi, v.unwrap_or(Value::Nil));
                self.push(gi, Value::Bool(ok));
                (format!("Load → {}", if ok { "found" } else { "missing" }), path, false)
            }
            SyncOp::MapStore | SyncOp::MapSwap => {
                let (prev, path) = sm.swap(kr.clone().expect("key"), args[0].clone(), args[1].clone());
                if op == SyncOp::MapSwap {
                    let ok = prev.is_some();
                    self.push(gi, prev.unwrap_or(Value::Nil));
                    self.push(gi, Value::Bool(ok));
                }
                (if op == SyncOp::MapStore { "Store".into() } else { "Swap".into() }, path, true)
            }
            SyncOp::MapLoadOrStore => {
                let (v, loaded, path) = sm.load_or_store(kr.clone().expect("key"), args[0].clone(), args[1].clone());
                self.push(gi, v);
                self.push(gi, Value::Bool(loaded));
                (format!("LoadOrStore → {}", if loaded { "loaded" } else { "stored" }), path, !loaded)
            }
            SyncOp::MapLoadAndDelete | SyncOp::MapDelete => {
                let (v, path) = sm.load_and_delete(kr.as_ref().expect("key"));
                if op == SyncOp::MapLoadAndDelete {
                    let ok = v.is_some();
                    self.push(gi, v.unwrap_or(Value::Nil));
                    self.push(gi, Value::Bool(ok));
                }
                (if op == SyncOp::MapDelete { "Delete".into() } else { "LoadAndDelete".into() }, path, true)
            }
            SyncOp::MapCompareAndSwap => {
                let (ok, path) = sm.compare_and_swap(kr.as_ref().expect("key"), &args[1], args[2].clone(), eqf);
                self.push(gi, Value::Bool(ok));
                (format!("CompareAndSwap → {ok}"), path, ok)
            }
            SyncOp::MapCompareAndDelete => {
                let (ok, path) = sm.compare_and_delete(kr.as_ref().expect("key"), &args[1], eqf);
                self.push(gi, Value::Bool(ok));
                (format!("CompareAndDelete → {ok}"), path, ok)
            }
            SyncOp::MapClear => {
                let path = sm.clear();
                ("Clear".into(), path, true)
            }
            _ => {
                // Range: snapshot after promoting dirty.
                let (entries, path) = sm.range_snapshot();
                let h = self.alloc_iter(gi, Iter::Sync { map: id, entries, pos: 0 });
                self.push(gi, Value::Int(h.0 as i64));
                ("Range".into(), path, false)
            }
        };
        if path.locked {
            self.race.acquire(me, mu_clock);
            self.race.release(me, mu_clock);
        }
        if let (Some(k), true) = (&kr, wrote) {
            self.race.release(me, key_clock(k));
        }
        let mut d = detail;
        if path.locked {
            d.push_str(if path.missed { " (miss: locked, checked dirty)" } else { " (slow path: locked)" });
        }
        if path.promoted {
            d.push_str("; dirty promoted to read");
        }
        let name = self.syncmaps[id].name.clone();
        self.event(gi, EventKind::SyncMap, Some(name), d);
    }

    fn sync_map_range_next(&mut self, gi: usize, target: u32) {
        let h = IterId(self.pop(gi).int() as u32);
        let me = self.gs[gi].id;
        loop {
            let Some(Some(Iter::Sync { map, entries, pos })) = self.iters.get_mut(h) else {
                self.gs[gi].frames.last_mut().expect("frame").pc = target;
                return;
            };
            if *pos >= entries.len() {
                self.release_iter(gi, h);
                self.gs[gi].frames.last_mut().expect("frame").pc = target;
                return;
            }
            let (k, e) = entries[*pos].clone();
            *pos += 1;
            let map = *map;
            if let Some(v) = self.syncmaps[map].m.entry_value(e) {
                if let Ok(kr) = self.key_repr(&k, T_ANY) {
                    self.race.acquire(me, Clock::sync_map_entry(map, &kr));
                }
                self.push(gi, k);
                self.push(gi, v);
                return;
            }
        }
    }
}
