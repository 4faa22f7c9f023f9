//! Map instructions, over whichever model a map is, through the one seam
//! (`gomap::GoMap`); this file adds what only the VM knows: the program's
//! values and types, the race detector's accesses, the timeline's events,
//! the goroutine a write or an iterator belongs to.
//!
//! * `mapassign` / `mapdelete` / `mapclear`: the write protocol of
//!   `gomap/protocol.rs`, one micro-step each — check the writing flag
//!   (throw `concurrent map writes`) | toggle it | the model's work (a classic
//!   map's `growWork` evacuations and probe, a swiss map's probe and rehash
//!   group by group) | check the flag is still set (throw) and clear it.
//!   The check and the toggle are separate steps, as separate loads and
//!   stores in Go, so both of Go's throw sites can be reached.
//! * `mapaccess`: one step: check the flag (throw `concurrent map read and
//!   map write`) and probe.
//! * `mapiternext`: one step per element: check the flag (throw
//!   `concurrent map iteration and map write`) and advance.

use super::addr::Cell;
use super::arena::{ChanId, IterId, MapId, SyncMapId};
use super::machine::*;
use super::op::Op;
use super::value::*;
use crate::compile::types::*;
use crate::gomap::hash::KeyRepr;
use crate::gomap::protocol::{self, Check, Step};
use crate::gomap::snapshot::*;
use crate::gomap::{GoMap, Lookup, MapIter, MapWrite, NoteKind};
use crate::race::frames::{self, KeyAlg, MapOp, ThrowSite};
use crate::trace::EventKind;
use std::rc::Rc;

impl<'p> Machine<'p> {
    pub fn make_map(&mut self, t: TypeId, hint: i64) -> MapId {
        let (k, v) = match self.prog.types.under(t) {
            Type::Map(k, v) => (*k, *v),
            _ => (T_INT, T_INT),
        };
        let seed = self.draws.next_u64();
        let (map, slots) = GoMap::make(self.opts.map_model, hint, seed, k, v, t);
        self.map_alloc(slots);
        let name = self.pending_name.take().unwrap_or_default();
        self.maps.push(MapObj { map, name, key_type: k, elem_type: v, map_type: t, last_lookup: None })
    }

    /// Value slots a map allocated (its first storage, a bucket, a group, a table).
    pub fn map_alloc(&mut self, slots: u64) {
        self.map_slots += slots;
    }

    /// Canonical bytes of a key, or Go's panic for an unhashable dynamic type.
    pub fn key_repr(&self, v: &Value, t: TypeId) -> Result<KeyRepr, String> {
        let mut out = Vec::with_capacity(16);
        let mut nan = false;
        self.key_bytes(v, t, &mut out, &mut nan, 0)?;
        Ok(KeyRepr { bytes: Rc::from(out.as_slice()), nan })
    }

    fn key_bytes(&self, v: &Value, t: TypeId, out: &mut Vec<u8>, nan: &mut bool, depth: u32) -> Result<(), String> {
        if depth > 32 {
            return Ok(());
        }
        match v {
            Value::Nil => out.push(0),
            Value::Bool(b) => out.push(*b as u8 + 1),
            Value::Int(i) => out.extend_from_slice(&i.to_le_bytes()),
            Value::Float(f) => {
                if f.is_nan() {
                    *nan = true;
                }
                let f = if *f == 0.0 { 0.0 } else { *f };
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                out.extend_from_slice(&(s.len() as u64).to_le_bytes());
                out.extend_from_slice(s);
            }
            Value::Ptr(p) => {
                out.extend_from_slice(&p.obj.0.to_le_bytes());
                out.extend_from_slice(&p.slot.to_le_bytes());
            }
            Value::Chan(ChanId(c)) | Value::Map(MapId(c)) | Value::SyncMap(SyncMapId(c)) => out.extend_from_slice(&c.to_le_bytes()),
            Value::Iface(b) => {
                if !self.prog.types.comparable(b.0) {
                    return Err(format!("runtime error: hash of unhashable type {}", self.prog.types.name(b.0)));
                }
                out.extend_from_slice(&b.0.to_le_bytes());
                self.key_bytes(&b.1, b.0, out, nan, depth + 1)?;
            }
            Value::Agg(id) => {
                let fts: Vec<TypeId> = match self.prog.types.under(t) {
                    Type::Struct(fs) => fs.iter().map(|f| f.ty).collect(),
                    Type::Array(n, el) => vec![*el; *n as usize],
                    _ => Vec::new(),
                };
                for (i, x) in self.heap.objs[*id].iter().enumerate() {
                    self.key_bytes(x, fts.get(i).copied().unwrap_or(T_INT), out, nan, depth + 1)?;
                }
            }
            Value::Slice(_) | Value::Func(_) => return Err(format!("runtime error: hash of unhashable type {}", self.prog.types.name(t))),
        }
        Ok(())
    }

    fn map_obj(&self, id: MapId) -> String {
        let n = &self.maps[id].name;
        if n.is_empty() {
            format!("map#{id}")
        } else {
            n.clone()
        }
    }

    /// Which of the runtime's functions the compiler calls for a key type
    /// (cmd/compile's `mapfast`): 4- and 8-byte integers, pointers and
    /// channels (8 bytes holding a pointer), strings; the generic ones else.
    fn key_alg(&self, key_type: TypeId) -> KeyAlg {
        match self.prog.types.under(key_type) {
            Type::String => KeyAlg::FastStr,
            Type::Int(k) if k.bits() == 64 => KeyAlg::Fast64,
            Type::Int(k) if k.bits() == 32 => KeyAlg::Fast32,
            Type::Pointer(_) | Type::Chan(..) => KeyAlg::Fast64Ptr,
            _ => KeyAlg::Generic,
        }
    }

    /// The runtime frames of `op` on map `id`, as its model's Go names them.
    fn map_frames(&self, id: MapId, op: MapOp) -> &'static frames::RuntimeStack {
        frames::map_op(self.maps[id].map.model(), op, self.key_alg(self.maps[id].key_type))
    }

    /// A map throw: Go's words, with the runtime's frames of the map's model in the traceback.
    fn map_fatal(&mut self, gi: usize, id: MapId, throw: &str, site: ThrowSite) {
        let rt = frames::map_throw(self.maps[id].map.model(), site);
        self.fatal_in(gi, throw, rt);
    }

    /// The program's own load or store of an entry's element (through the
    /// pointer `mapaccess`/`mapassign` returned, or the iterator's): a
    /// memory location apart from the map, as Go's compiler instruments it,
    /// so two goroutines writing the same key race twice.
    fn elem_access(&mut self, gi: usize, id: MapId, kr: &KeyRepr, write: bool) {
        if !self.race.enabled {
            return;
        }
        let Some(place) = self.maps[id].map.elem_place(kr) else { return };
        let name = self.map_obj(id);
        self.access(gi, Cell::MapElem(id, place), write, &|| format!("an element of map {name}"), None);
    }

    /// `mapaccess1/2`: one step.
    pub fn map_index(&mut self, gi: usize, ty: TypeId, comma_ok: bool) {
        let key = self.pop(gi);
        let m = self.pop(gi);
        let (kt, vt) = match self.prog.types.under(ty) {
            Type::Map(k, v) => (*k, *v),
            _ => (T_INT, T_INT),
        };
        let kr = match self.key_repr(&key, kt) {
            Ok(k) => k,
            Err(msg) => return self.rt_panic(gi, &msg),
        };
        let found = match m {
            Value::Map(id) => {
                let name = self.map_obj(id);
                let rf = self.map_frames(id, if comma_ok { MapOp::Access2 } else { MapOp::Access1 });
                self.access(gi, Cell::Map(id), false, &|| format!("map {name}"), Some(rf));
                let r = match self.maps[id].map.get(&kr) {
                    Ok(r) => r,
                    Err(throw) => return self.map_fatal(gi, id, throw, ThrowSite::ReadOrAssign),
                };
                if r.is_some() {
                    self.elem_access(gi, id, &kr, false);
                }
                // mapaccess of an empty map returns before any probe.
                let probed = self.maps[id].map.len() > 0;
                self.maps[id].last_lookup = probed.then(|| Lookup { goroutine: self.gs[gi].id, kr, key: key.clone() });
                let detail = self.fmt_short(&key, kt);
                self.event(gi, EventKind::MapRead, Some(name), format!("m[{}]{}", detail, if r.is_some() { "" } else { " (missing)" }));
                r
            }
            _ => None,
        };
        let ok = found.is_some();
        let v = match found {
            Some(v) => v,
            None => self.heap.zero(&self.prog.types, vt),
        };
        self.push(gi, v);
        if comma_ok {
            self.push(gi, Value::Bool(ok));
        }
    }

    /// The first step of a map write; later steps run from `map_micro`.
    pub fn map_write_start(&mut self, gi: usize, ty: TypeId, kind: WriteKind) {
        let (elem, key) = match kind {
            WriteKind::Assign => {
                let e = self.pop(gi);
                (e, self.pop(gi))
            }
            WriteKind::Delete => (Value::Nil, self.pop(gi)),
            WriteKind::Clear => (Value::Nil, Value::Nil),
        };
        let m = self.pop(gi);
        let kt = match self.prog.types.under(ty) {
            Type::Map(k, _) => *k,
            _ => T_INT,
        };
        let id = match m {
            Value::Map(id) => id,
            _ => {
                if kind == WriteKind::Assign {
                    return self.rt_panic(gi, "assignment to entry in nil map");
                }
                if kind == WriteKind::Delete {
                    if let Err(msg) = self.key_repr(&key, kt) {
                        return self.rt_panic(gi, &msg);
                    }
                }
                return;
            }
        };
        self.maps[id].last_lookup = None; // the write's own probe is shown from now on
        let name = self.map_obj(id);
        let rf = self.map_frames(
            id,
            match kind {
                WriteKind::Assign => MapOp::Assign,
                WriteKind::Delete => MapOp::Delete,
                WriteKind::Clear => MapOp::Clear,
            },
        );
        self.access(gi, Cell::Map(id), true, &|| format!("map {name}"), Some(rf));
        match protocol::check(&self.maps[id].map, kind) {
            Check::Nothing => {
                // mapdelete / mapclear of an empty map return before the flag
                // check; mapdelete still panics on an unhashable key (mapKeyError).
                if kind == WriteKind::Delete {
                    if let Err(msg) = self.key_repr(&key, kt) {
                        return self.rt_panic(gi, &msg);
                    }
                }
                return;
            }
            Check::Throw(throw) => return self.map_fatal(gi, id, throw, throw_site(kind, false)),
            Check::Proceed => {}
        }
        // Go hashes the key only after the flag check: with an unhashable
        // key, a racing write's throw wins over the hash's panic.
        let kr = if kind == WriteKind::Clear {
            None
        } else {
            match self.key_repr(&key, kt) {
                Ok(k) => Some(k),
                Err(msg) => return self.rt_panic(gi, &msg),
            }
        };
        let detail = match kind {
            WriteKind::Clear => "clear(m)".to_string(),
            _ => {
                let k = self.fmt_short(&key, kt);
                if kind == WriteKind::Assign {
                    format!("m[{}] = {}", k, self.fmt_short(&elem, self.maps[id].elem_type))
                } else {
                    format!("delete(m, {k})")
                }
            }
        };
        let (key, elem) = match kind {
            WriteKind::Assign => (Some(key), Some(elem)),
            WriteKind::Delete => (Some(key), None),
            WriteKind::Clear => (None, None),
        };
        let w = self.maps[id].map.start_write(kind, key, kr, elem);
        self.gs[gi].micro = Some(Micro::Write { kind, map: id, w: Box::new(w), detail });
    }

    /// The following micro-steps of a map write.
    pub fn map_micro(&mut self, gi: usize) {
        if let Some(Micro::SyncMapSlow { op, map, args }) = self.gs[gi].micro.clone() {
            self.gs[gi].micro = None;
            return self.sync_map_perform(gi, op, map, args);
        }
        let Some(Micro::Write { kind, map, mut w, detail }) = self.gs[gi].micro.take() else {
            return;
        };
        let name = self.map_obj(map);
        if w.phase == protocol::Phase::Toggle {
            // writing ^= 1: the write is under way from this step (the timeline's mark).
            let ek = match kind {
                WriteKind::Assign => EventKind::MapWrite,
                WriteKind::Delete => EventKind::MapDelete,
                WriteKind::Clear => EventKind::MapClear,
            };
            self.event(gi, ek, Some(name.clone()), detail.clone());
        }
        let draws = &mut self.draws;
        let step = protocol::step(&mut self.maps[map].map, &mut w, &mut || draws.next_u64());
        let effect = match step {
            Step::Throw(throw) => return self.map_fatal(gi, map, throw, throw_site(kind, true)),
            Step::Done(_) => {
                if kind == WriteKind::Assign {
                    // The program stores the value through the pointer mapassign returned.
                    if let Some(kr) = &w.args.kr {
                        self.elem_access(gi, map, kr, true);
                    }
                }
                None
            }
            Step::Continue(e) => Some(e),
        };
        if let Some(e) = effect {
            self.map_alloc(e.allocated);
            if let Some((kind, what)) = self.maps[map].map.note(&e) {
                let ek = match kind {
                    NoteKind::Grow => EventKind::MapGrow,
                    NoteKind::Evacuate => EventKind::MapEvacuate,
                };
                self.event(gi, ek, Some(name), what);
            }
            if matches!(e.what, crate::gomap::What::Swiss(crate::gomap::swiss::Effect::Installed { .. })) {
                self.map_release(map);
            }
            self.gs[gi].micro = Some(Micro::Write { kind, map, w, detail });
        }
    }

    /// Frees a map's storage that only its replaced tables held, keeping what live iterators walk.
    fn map_release(&mut self, map: MapId) {
        let iters: Vec<&MapIter> = self.iters.values().flatten().filter_map(|it| if let Iter::Map { map: Some(m), it, .. } = it { (*m == map).then_some(it) } else { None }).collect();
        let iters: Vec<MapIter> = iters.into_iter().cloned().collect();
        let refs: Vec<&MapIter> = iters.iter().collect();
        self.maps[map].map.release(&refs);
    }

    /// Formats with `f` as package fmt does, treating every map it printed as
    /// what it is in Go — an iteration (internal/fmtsort walks the map with
    /// reflect's MapRange): a read for the race detector, and the iterator's
    /// `hashWriting` check, which throws before anything is printed. `None`
    /// when it threw.
    pub fn fmt_checked(&mut self, gi: usize, f: impl FnOnce(&mut Self) -> String) -> Option<String> {
        self.fmt_map_reads.clear();
        let out = f(self);
        for id in std::mem::take(&mut self.fmt_map_reads) {
            let name = self.map_obj(id);
            let rf = self.map_frames(id, MapOp::IterStart);
            self.access(gi, Cell::Map(id), false, &|| format!("map {name}"), Some(rf));
            if let Err(throw) = self.maps[id].map.check_iteration() {
                self.map_fatal(gi, id, throw, ThrowSite::Iterate);
                return None;
            }
        }
        Some(out)
    }

    /// `mapiterinit`: pushes an iterator handle.
    pub fn map_range_init(&mut self, gi: usize, ty: TypeId) {
        let m = self.pop(gi);
        let _ = ty;
        let g = self.gs[gi].id;
        let it = match m {
            Value::Map(id) => {
                let name = self.map_obj(id);
                let rf = self.map_frames(id, MapOp::IterStart);
                self.access(gi, Cell::Map(id), false, &|| format!("map {name}"), Some(rf));
                let draws = &mut self.draws;
                let it = self.maps[id].map.iter_init(&mut || draws.next_u64());
                self.event(gi, EventKind::MapIter, Some(name), GoMap::describe_iter(&it));
                Iter::Map { map: Some(id), it, g }
            }
            _ => Iter::Map { map: None, it: MapIter::none(), g },
        };
        let h = self.alloc_iter(gi, it);
        self.push(gi, Value::Int(h.0 as i64));
    }

    /// Takes an iterator slot (the free list's lowest) for the current frame's innermost loop.
    pub fn alloc_iter(&mut self, gi: usize, it: Iter) -> IterId {
        let h = self.iters.insert_free(it);
        if let Some(f) = self.gs[gi].frames.last_mut() {
            f.iters.push(h);
        }
        h
    }

    /// A loop ran to its end: its iterator's slot goes back to the free list.
    pub fn release_iter(&mut self, gi: usize, h: IterId) {
        self.iters.remove(h);
        if let Some(f) = self.gs[gi].frames.last_mut() {
            if let Some(p) = f.iters.iter().rposition(|x| *x == h) {
                f.iters.remove(p);
            }
        }
    }

    /// `mapiternext`: one element per step; jumps to `target` at the end
    /// (and gives the iterator back).
    pub fn map_range_next(&mut self, gi: usize, target: u32) {
        let h = IterId(self.pop(gi).int() as u32);
        let live = match self.iters.get(h) {
            Some(Some(Iter::Map { map: Some(m), it, .. })) if it.live() => Some(*m),
            _ => None,
        };
        let Some(map) = live else {
            self.release_iter(gi, h);
            self.gs[gi].frames.last_mut().expect("frame").pc = target;
            return;
        };
        let name = self.map_obj(map);
        let rf = self.map_frames(map, MapOp::IterNext);
        self.access(gi, Cell::Map(map), false, &|| format!("map {name}"), Some(rf));
        let next = match self.iters.get_mut(h) {
            Some(Some(Iter::Map { it, .. })) => self.maps[map].map.iter_next(it),
            _ => Ok(None),
        };
        let next = match next {
            Ok(next) => next,
            Err(throw) => {
                self.release_iter(gi, h); // (the run ends; the map view shows no iterator)
                return self.map_fatal(gi, map, throw, ThrowSite::Iterate);
            }
        };
        match next {
            Some((k, v)) => {
                let kt = self.maps[map].key_type;
                if self.race.enabled && self.range_reads_value(gi) {
                    // `for k, v := range m` copies the element out of its slot.
                    if let Ok(kr) = self.key_repr(&k, kt) {
                        self.elem_access(gi, map, &kr, false);
                    }
                }
                let d = format!("next: {}", self.fmt_short(&k, kt));
                self.event(gi, EventKind::MapIter, Some(name), d);
                self.push(gi, k);
                self.push(gi, v);
            }
            None => {
                self.release_iter(gi, h);
                self.gs[gi].frames.last_mut().expect("frame").pc = target;
            }
        }
    }

    /// Whether the loop body after this `mapiternext` uses the element: the
    /// compiler pops it at once when the range has no value variable (or `_`).
    fn range_reads_value(&self, gi: usize) -> bool {
        let Some(f) = self.gs[gi].frames.last() else { return false };
        let code = &self.prog.funcs[f.func as usize].code;
        let mut pc = f.pc as usize;
        while matches!(code.get(pc), Some(Op::CopyAgg)) {
            pc += 1;
        }
        !matches!(code.get(pc), Some(Op::Pop) | None)
    }

    /// Snapshots of every map and sync.Map, paged as the page gets them (the run's result).
    pub fn snapshots(&self) -> Vec<MapSnapshot> {
        self.snapshots_in(&View::default())
    }

    /// Snapshots of every map and sync.Map, as much of each as `view` asks
    /// for (`gomap::snapshot`). The answer is asked of the run's memory budget
    /// before it is built: a whole view costs what every slot would, and when
    /// the budget has no room for it the paged view is built instead; a paged
    /// answer is at most `ANSWER_MAX_BYTES`, and without room for that only
    /// the maps' headers are (the page can still ask again).
    pub fn snapshots_in(&self, view: &View) -> Vec<MapSnapshot> {
        let whole_bytes = || {
            let slots: u64 = self.map_slots / 2 + self.syncmaps.iter().map(|(_, s)| s.m.read.order.len() as u64 + s.m.dirty.as_ref().map_or(0, |d| d.order.len() as u64)).sum::<u64>();
            slots.saturating_mul(SLOT_BYTES)
        };
        let paged;
        let view = if view.whole && self.budget.fits(whole_bytes()).is_err() {
            paged = View { whole: false, ..view.clone() };
            &paged
        } else {
            view
        };
        let headers;
        let view = if !view.whole && self.budget.fits(ANSWER_MAX_BYTES).is_err() {
            headers = View { map: usize::MAX, ..View::default() };
            &headers
        } else {
            view
        };
        let max = if view.whole { usize::MAX } else { MAPS_MAX };
        let mut out = Vec::new();
        for (id, m) in self.maps.iter().take(max) {
            out.push(self.map_snapshot(id, m, view.window(out.len())));
        }
        for (id, s) in self.syncmaps.iter().take(max - out.len()) {
            let win = view.window(out.len());
            let per = PAGE_GROUPS * crate::gomap::classic::BUCKET_CNT;
            let fmt_entries = |km: &crate::gomap::syncmap::KMap, part: u32| -> (Vec<(String, String)>, usize) {
                let r = win.items(part, km.order.len(), per, None, win.detail);
                let from = r.start;
                let page = km.order[r]
                    .iter()
                    .map(|(_, k, e)| {
                        let v = match &s.m.entries[*e] {
                            crate::gomap::syncmap::EntryP::Val(v) => self.fmt_short(v, T_ANY),
                            crate::gomap::syncmap::EntryP::Nil => "nil (deleted)".into(),
                            crate::gomap::syncmap::EntryP::Expunged => "expunged".into(),
                        };
                        (self.fmt_short(k, T_ANY), v)
                    })
                    .collect();
                (page, from)
            };
            let (read, read_from) = fmt_entries(&s.m.read, 0);
            let dirty = s.m.dirty.as_ref().map(|d| fmt_entries(d, 1));
            out.push(MapSnapshot {
                id: id.0,
                name: s.name.clone(),
                kind: "sync.Map",
                ty: "sync.Map".into(),
                hmap: None,
                swiss: None,
                sync: Some(SyncMapSnapshot {
                    read,
                    read_from,
                    read_count: s.m.read.order.len(),
                    amended: s.m.amended,
                    dirty_from: dirty.as_ref().map_or(0, |d| d.1),
                    dirty_count: s.m.dirty.as_ref().map_or(0, |d| d.order.len()),
                    dirty: dirty.map(|d| d.0),
                    misses: s.m.misses,
                }),
            });
        }
        out
    }

    fn map_snapshot(&self, id: MapId, m: &MapObj, win: Window) -> MapSnapshot {
        let iters: Vec<(u32, &MapIter)> = self
            .iters
            .values()
            .flatten()
            .filter_map(|it| match it {
                Iter::Map { map, it, g } if *map == Some(id) => Some((*g, it)),
                _ => None,
            })
            .collect();
        let writes: Vec<(u32, &MapWrite)> = self
            .gs
            .iter()
            .filter_map(|g| match &g.micro {
                Some(Micro::Write { map, w, .. }) if *map == id => Some((g.id, &**w)),
                _ => None,
            })
            .collect();
        let fk = |k: &Value| self.fmt_short(k, m.key_type);
        let fv = |v: &Value| self.fmt_short(v, m.elem_type);
        let inside = m.map.snapshot(&iters, &writes, m.last_lookup.as_ref(), win, &fk, &fv);
        MapSnapshot { id: id.0, name: m.name.clone(), kind: "map", ty: self.prog.types.name(m.map_type), hmap: inside.hmap, swiss: inside.swiss, sync: None }
    }
}

/// Which of Go's checks threw: a write's first (`end` false) or its last.
fn throw_site(kind: WriteKind, end: bool) -> ThrowSite {
    match kind {
        WriteKind::Assign => ThrowSite::ReadOrAssign,
        WriteKind::Delete => ThrowSite::Delete { end },
        WriteKind::Clear => ThrowSite::Clear { end },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::machine::Options;

    /// Runs `src` to its end; returns the machine's (live iterators, iterator
    /// slots ever used, steps) and the output.
    fn iterators_after(src: &str) -> (usize, usize, u64, String) {
        let prog = crate::compile::compile(src).expect("compiles");
        let mut m = Machine::new(&prog, Options::default());
        m.run();
        let live = m.iters.values().flatten().count();
        assert_eq!(live, m.iters.live(), "the free list agrees with the slots");
        let frames_hold: usize = m.gs.iter().flat_map(|g| &g.frames).map(|f| f.iters.len()).sum();
        assert_eq!(frames_hold, 0, "no frame still holds an iterator");
        (live, m.iters.len(), m.step, m.stdout.clone())
    }

    /// Every way out of a `range` over a map gives its iterator back: the end,
    /// `break`, labelled `continue`/`break`, `return`, a panic unwinding
    /// (recovered), and a sync.Map Range callback returning false.
    #[test]
    fn every_exit_releases_the_iterator() {
        let src = r#"package main

import (
	"fmt"
	"sync"
)

func ret(m map[int]int) int {
	for k := range m {
		for range m {
			return k
		}
	}
	return -1
}

func boom(m map[int]int) (r int) {
	defer func() {
		if recover() != nil {
			r = 1
		}
	}()
	for range m {
		for range m {
			panic("x")
		}
	}
	return 0
}

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	n := 0
	for range m {
		n++
	}
	for range m {
		break
	}
outer:
	for i := 0; i < 3; i++ {
		for range m {
			for range m {
				continue outer
			}
		}
	}
loop:
	for range m {
		switch {
		default:
			for range m {
				break loop
			}
		}
	}
	for range m {
		for j := 0; j < 2; j++ {
			for range m {
				break
			}
		}
		break
	}
	n += ret(m) * 0 + boom(m)
	var s sync.Map
	s.Store(1, 1)
	s.Store(2, 2)
	s.Range(func(k, v any) bool { return false })
	for range m {
		s.Range(func(k, v any) bool { return false })
		break
	}
	fmt.Println(n)
}
"#;
        let (live, slots, _, out) = iterators_after(src);
        assert_eq!(out, "4\n");
        assert_eq!(live, 0, "no iterator outlives its loop");
        assert!(slots <= 3, "slots are reused (the deepest nesting is 3), got {slots}");
    }

    /// The 100k-break program of issue 12, at two loop counts: the iterator
    /// slots used do not grow with the count, and the steps grow by the same
    /// amount per iteration.
    #[test]
    fn breaking_loops_take_one_slot() {
        let prog = |n: u32| {
            format!(
                "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tm := map[int]int{{}}\n\tfor i := 0; i < 16; i++ {{\n\t\tm[i] = i\n\t}}\n\tseen := 0\n\tfor i := 0; i < {n}; i++ {{\n\t\tfor range m {{\n\t\t\tseen++\n\t\t\tbreak\n\t\t}}\n\t\tm[i%16] = i\n\t}}\n\tfmt.Println(seen)\n}}\n"
            )
        };
        let (live1, slots1, steps1, out1) = iterators_after(&prog(1000));
        let (live2, slots2, steps2, out2) = iterators_after(&prog(2000));
        let (_, _, steps0, _) = iterators_after(&prog(0));
        assert_eq!((out1.as_str(), out2.as_str()), ("1000\n", "2000\n"));
        assert_eq!((live1, live2), (0, 0));
        assert_eq!((slots1, slots2), (1, 1), "one iterator slot, reused by every loop");
        assert_eq!(steps2 - steps1, steps1 - steps0, "steps per iteration do not depend on the count");
    }
}
