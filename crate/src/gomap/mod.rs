//! Go's map implementations, modelled for watching, and the one seam the VM
//! sees them through.
//!
//! * `classic` — the bucket map of Go ≤ 1.23 (`runtime/map.go`);
//! * `swiss` — the swiss-table map of Go 1.24+ (`internal/runtime/maps`),
//!   the only map Go 1.27 has;
//! * `protocol` — the write protocol both share (check the writing flag →
//!   toggle it → work → check → clear), written once;
//! * `syncmap` (`sync.Map`), `hash` (key bytes and the seeded hash),
//!   `snapshot` (what the map view and `--json` see) and `paging` (how much
//!   of a map one snapshot carries).
//!
//! [`GoMap`] is the seam: whichever model a map is, the VM asks it for its
//! length, its writing flag, a lookup, a write as a sequence of micro-steps
//! ([`MapWrite`], run by [`protocol::step`]), an iteration ([`MapIter`]),
//! its entries for printing, the timeline's words for what a micro-step did
//! ([`GoMap::note`]), and its snapshot. A new map model is one file here
//! implementing [`protocol::Model`], one variant of [`GoMap`] and of its
//! work/effect/iterator enums below, and one name in `options.rs`'s
//! `MapModel`. Nothing outside `gomap/` names a model's types.

pub mod classic;
pub mod hash;
pub mod paging;
pub mod protocol;
pub mod snapshot;
pub mod swiss;
pub mod syncmap;

use crate::options::MapModel;
use crate::vm::value::Value;
use hash::KeyRepr;
use protocol::{Args, Model, WriteKind, Worked, CONCURRENT_ITERATION, CONCURRENT_READ};

/// The swiss model as the VM holds it.
pub type SwissMap = swiss::Map<Value, Value>;

/// A Go map: one of the models.
#[derive(Debug, Clone)]
pub enum GoMap {
    Classic(classic::Hmap),
    Swiss(SwissMap),
}

/// A write's place in the model's work (between the protocol's toggles).
#[derive(Debug, Clone)]
pub enum Work {
    Classic(classic::AssignPhase),
    Swiss(swiss::Work),
}

impl Default for Work {
    fn default() -> Self {
        Work::Classic(classic::AssignPhase::default())
    }
}

/// What one micro-step did, and how many value slots it allocated (a new
/// bucket array, an overflow bucket, a group, a table), for the memory budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub what: What,
    pub allocated: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum What {
    Nothing,
    Classic(classic::Effect),
    Swiss(swiss::Effect),
}

/// A lookup the VM remembers for the map view (a read leaves nothing under
/// way, so the snapshot after it would have no probe to draw): the goroutine,
/// the key as hashed, and the key as written.
#[derive(Debug, Clone)]
pub struct Lookup {
    pub goroutine: u32,
    pub kr: KeyRepr,
    pub key: Value,
}

/// A write on a Go map, micro-step by micro-step.
pub type MapWrite = protocol::WriteOf<GoMap>;

/// An iterator over a Go map (`hiter`, `maps.Iter`).
#[derive(Debug, Clone)]
pub enum MapIter {
    Classic(classic::Hiter),
    Swiss(swiss::Iter),
}

/// What the timeline says a micro-step did: the map grew (or was
/// restructured), or entries moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Grow,
    Evacuate,
}

/// Value slots (a key and an elem are two) of one classic bucket.
const BUCKET_SLOTS: u64 = 16;

impl GoMap {
    /// Bytes of the simulator's memory a map of `model` holds per value slot
    /// of its storage (a key and an elem are two), read off the model's own
    /// types, so the memory budget charges what a table really costs the
    /// host: a swiss group (control word and 8 slots, each a key, its
    /// canonical bytes' handle and an elem) is 584 bytes, 37 a value slot; a
    /// classic bucket (tophash, overflow, and its keys and elems) 640, 40.
    /// Real Go 1.27's `map[int]int` table costs about 18 bytes a slot
    /// (`tests/oracle/map_alloc.go`: 36 bytes per hinted entry), so a table
    /// that fits Go's memory may not fit the same budget here.
    pub fn bytes_per_slot(model: MapModel) -> u64 {
        use std::mem::size_of;
        let (bytes, slots) = match model {
            MapModel::Swiss => (size_of::<swiss::Group<Value, Value>>(), 2 * swiss::MAP_GROUP_SLOTS),
            MapModel::Classic => (
                size_of::<classic::Bucket>() + classic::BUCKET_CNT * (size_of::<Option<(Value, KeyRepr)>>() + size_of::<Value>()),
                BUCKET_SLOTS as usize,
            ),
        };
        bytes.div_ceil(slots) as u64
    }

    /// `makemap` / `NewMap`: an empty map of `model` sized for `hint`
    /// entries, and the value slots it allocated. The one place a map's
    /// first storage is allocated (a budget check before it belongs here).
    pub fn make(model: MapModel, hint: i64, seed: u64, key_type: u32, elem_type: u32, map_type: u32) -> (GoMap, u64) {
        match model {
            MapModel::Classic => {
                let h = classic::Hmap::new(hint, seed, key_type, elem_type, map_type);
                let slots = BUCKET_SLOTS << h.b;
                (GoMap::Classic(h), slots)
            }
            MapModel::Swiss => {
                let m = SwissMap::new(hint.max(0) as u64, seed);
                let slots = m.tables.iter().map(|t| 2 * t.capacity as u64).sum();
                (GoMap::Swiss(m), slots)
            }
        }
    }

    /// Value slots `make` allocates for `hint` (what `make` returns as its
    /// second result), computed without making the map: the budget checks it first.
    pub fn slots_for_hint(model: MapModel, hint: i64) -> u64 {
        let hint = hint.max(0) as u64;
        match model {
            MapModel::Classic => {
                let mut b = 0u8;
                while b < 63 && classic::over_load_factor(hint, b) {
                    b += 1;
                }
                BUCKET_SLOTS << b
            }
            MapModel::Swiss => 2 * hint.saturating_mul(8).div_ceil(7).checked_next_power_of_two().unwrap_or(u64::MAX / 2),
        }
    }

    /// Which model this map is.
    pub fn model(&self) -> MapModel {
        match self {
            GoMap::Classic(_) => MapModel::Classic,
            GoMap::Swiss(_) => MapModel::Swiss,
        }
    }

    /// `len(m)`: `h.count`, `m.used`.
    pub fn len(&self) -> u64 {
        match self {
            GoMap::Classic(h) => h.count,
            GoMap::Swiss(m) => m.used,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `mapaccess1/2`: an empty map answers without the check; a set writing
    /// flag throws `concurrent map read and map write`.
    pub fn get(&self, kr: &KeyRepr) -> Result<Option<Value>, &'static str> {
        if self.is_empty() {
            return Ok(None);
        }
        if self.writing() {
            return Err(CONCURRENT_READ);
        }
        Ok(match self {
            GoMap::Classic(h) => h.lookup(kr),
            GoMap::Swiss(m) => m.get_with_key(kr).map(|s| s.elem.clone()),
        })
    }

    /// Where the element of `kr`'s entry is, as a number unique among this
    /// map's slots (its address, to the race detector: the compiler
    /// instruments the program's load or store through the pointer
    /// `mapaccess`/`mapassign` return, so an element is a memory location of
    /// its own, which growth moves). `None`: no such entry.
    pub fn elem_place(&self, kr: &KeyRepr) -> Option<u64> {
        match self {
            GoMap::Classic(h) => h.find(kr).map(|(t, b, i)| (t as u64) << 40 | (b as u64) << 3 | i as u64),
            GoMap::Swiss(m) => m.place_of(kr).map(|p| match p {
                swiss::Place::Small { group, slot } => 1 << 62 | (group as u64) << 3 | slot as u64,
                swiss::Place::Table { table, group, slot } => (table as u64 + 1) << 40 | group << 3 | slot as u64,
            }),
        }
    }

    /// `mapiterinit` / `Iter.Init`, with the runtime's random draws.
    pub fn iter_init(&mut self, rand: &mut dyn FnMut() -> u64) -> MapIter {
        match self {
            GoMap::Classic(h) => MapIter::Classic(h.iter_init(rand())),
            GoMap::Swiss(m) => MapIter::Swiss(m.iter_init(rand)),
        }
    }

    /// `mapiternext` / `Iter.Next`: the writing flag set throws `concurrent
    /// map iteration and map write`; `Ok(None)` at the end.
    pub fn iter_next(&self, it: &mut MapIter) -> Result<Option<(Value, Value)>, &'static str> {
        if !it.live() {
            return Ok(None);
        }
        if self.writing() {
            return Err(CONCURRENT_ITERATION);
        }
        Ok(match (self, it) {
            (GoMap::Classic(h), MapIter::Classic(it)) => h.iter_next(it),
            (GoMap::Swiss(m), MapIter::Swiss(it)) => m.next_entry(it),
            _ => None,
        })
    }

    /// The check an iteration begins with (package fmt prints a map by
    /// iterating it): a write under way throws.
    pub fn check_iteration(&self) -> Result<(), &'static str> {
        if self.writing() {
            return Err(CONCURRENT_ITERATION);
        }
        Ok(())
    }

    /// Every entry, for printing (fmt sorts them), without checks.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        match self {
            GoMap::Classic(h) => {
                let mut h = h.clone();
                let mut it = h.iter_init(0);
                let mut out = Vec::new();
                while let Some(kv) = h.iter_next(&mut it) {
                    out.push(kv);
                }
                out
            }
            GoMap::Swiss(m) => m.entries(),
        }
    }

    /// The first micro-step of a write whose check passed (see
    /// [`protocol::check`]): the key hashed now; the next micro-step toggles.
    pub fn start_write(&self, kind: WriteKind, key: Option<Value>, kr: Option<KeyRepr>, elem: Option<Value>) -> MapWrite {
        protocol::start(self, kind, key, kr, elem)
    }

    /// Frees what no one can reach any more: a swiss table replaced by
    /// growth that none of `iters` still walks.
    pub fn release(&mut self, iters: &[&MapIter]) {
        if let GoMap::Swiss(m) = self {
            let keep: Vec<swiss::TableId> = iters.iter().filter_map(|it| if let MapIter::Swiss(it) = it { it.tab } else { None }).collect();
            m.release_stale(&keep);
        }
    }

    /// The timeline's words for what a micro-step did, if it is worth an event.
    pub fn note(&self, e: &Effect) -> Option<(NoteKind, String)> {
        use NoteKind::*;
        match &e.what {
            What::Nothing => None,
            What::Classic(c) => match c {
                classic::Effect::Evacuated { oldbucket } => Some((Evacuate, format!("evacuate old bucket {oldbucket}"))),
                classic::Effect::GrowthDone => Some((Evacuate, "evacuation done: growth finished".into())),
                classic::Effect::Grew { same_size: true, b } => Some((Grow, format!("same-size grow (B={b}): too many overflow buckets"))),
                classic::Effect::Grew { same_size: false, b } => Some((Grow, format!("grow to B={b} (load factor 6.5 exceeded)"))),
                _ => None,
            },
            What::Swiss(s) => {
                let cap = |t: &swiss::TableId| match self {
                    GoMap::Swiss(m) => m.tables.get(*t as usize).map(|t| t.capacity).unwrap_or(0),
                    _ => 0,
                };
                match s {
                    swiss::Effect::GrewToTable { table } => Some((Grow, format!("small map full: its group moves into table {table} ({} slots)", cap(table)))),
                    swiss::Effect::RehashStarted { old, new, split: false, capacity } => Some((Grow, format!("table {old} full (7/8 load): rehash into table {} of {capacity} slots", new[0]))),
                    swiss::Effect::RehashStarted { old, new, split: true, .. } => Some((Grow, format!("table {old} full at {} slots: split into tables {} and {}", swiss::MAX_TABLE_CAPACITY, new[0], new[1]))),
                    swiss::Effect::MovedGroup { old, group, entries } => Some((Evacuate, format!("rehash: group {group} of table {old} copied ({entries} entries)"))),
                    swiss::Effect::Installed { old, new, directory_grew } => {
                        let dir = match self {
                            GoMap::Swiss(m) => m.dir_len,
                            _ => 0,
                        };
                        let tables = new.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" and ");
                        let grew = if *directory_grew { format!("; directory doubled to {dir} entries") } else { String::new() };
                        Some((Grow, format!("table {tables} replaces table {old} in the directory{grew}")))
                    }
                    swiss::Effect::RehashAbandoned { old } => Some((Grow, format!("rehash dropped: another write replaced table {old} first"))),
                    swiss::Effect::Inserted { pruned, table, .. } if *pruned > 0 => Some((Evacuate, format!("pruneTombstones: {pruned} tombstones of table {} emptied", table.unwrap_or(0)))),
                    _ => None,
                }
            }
        }
    }

    /// The range event's words: where the random start put the iterator.
    pub fn describe_iter(it: &MapIter) -> String {
        match it {
            MapIter::Classic(it) => format!("range: start bucket {}, offset {}", it.start_bucket, it.offset),
            MapIter::Swiss(it) if !it.live => "range: empty map".into(),
            MapIter::Swiss(it) => format!("range: entryOffset {:#x}, dirOffset {:#x}", it.entry_offset & 0xffff, it.dir_offset & 0xffff),
        }
    }

    /// The model's insides for the map view, as much as `win` asks for
    /// (`paging::Window`): the live iterators and writes on this map with
    /// their goroutines, the last lookup since the last write began;
    /// `fk`/`fv` format keys and elems.
    pub fn snapshot(&self, iters: &[(u32, &MapIter)], writes: &[(u32, &MapWrite)], lookup: Option<&Lookup>, win: paging::Window, fk: &dyn Fn(&Value) -> String, fv: &dyn Fn(&Value) -> String) -> ModelSnapshot {
        let keyed = || writes.iter().filter(|(_, w)| w.kind != WriteKind::Clear).filter_map(|(g, w)| Some((*g, w, w.args.kr.as_ref()?, w.args.key.as_ref()?)));
        match self {
            GoMap::Classic(h) => {
                let its: Vec<(u32, &classic::Hiter)> = iters.iter().filter_map(|(g, it)| if let MapIter::Classic(it) = it { Some((*g, it)) } else { None }).collect();
                let writing: Vec<u32> = if h.buckets.is_some() { keyed().map(|(_, _, kr, _)| h.bucket_of(kr)).collect() } else { Vec::new() };
                ModelSnapshot { hmap: Some(h.snapshot_in(&its, &writing, win, fk, fv)), swiss: None }
            }
            GoMap::Swiss(m) => {
                let its: Vec<(u32, &swiss::Iter)> = iters.iter().filter_map(|(g, it)| if let MapIter::Swiss(it) = it { Some((*g, it)) } else { None }).collect();
                let ws: Vec<(u32, &swiss::Work)> = writes.iter().filter_map(|(g, w)| if let Work::Swiss(x) = &w.work { Some((*g, x)) } else { None }).collect();
                let probes = keyed()
                    .map(|(g, w, kr, key)| m.probe_snapshot(g, swiss::ProbeOp::of(w.kind), kr, fk(key)))
                    .chain(lookup.map(|l| m.probe_snapshot(l.goroutine, swiss::ProbeOp::Lookup, &l.kr, fk(&l.key))))
                    .take(if win.whole { usize::MAX } else { paging::UNDER_WAY_MAX })
                    .collect();
                ModelSnapshot { hmap: None, swiss: Some(m.snapshot_in(&its, &ws, probes, win, fk, fv)) }
            }
        }
    }

    /// The model's invariants (tests): `Err` says which one broke.
    pub fn check_invariants(&self) -> Result<(), String> {
        match self {
            GoMap::Classic(h) => h.check_invariants(),
            GoMap::Swiss(m) => m.check_invariants(),
        }
    }
}

/// Whether a write under way has a state of its own to show before its entry
/// is stored: a swiss write growing the map (its table being built, each
/// group copied an event of its own, the new table installed before the key
/// is stored in it). `inspect` runs a selected write on to
/// its store unless this says stop, so growth is seen as it happens.
pub fn shows_work(w: &MapWrite) -> bool {
    matches!(&w.work, Work::Swiss(s) if s.rehash.is_some() || s.phase != swiss::WorkPhase::Probe || s.just_installed)
}

/// One model's picture (exactly one is set).
pub struct ModelSnapshot {
    pub hmap: Option<snapshot::HmapSnapshot>,
    pub swiss: Option<swiss::SwissSnapshot>,
}

impl MapIter {
    /// False once it can produce nothing more (a nil or empty map at init).
    pub fn live(&self) -> bool {
        match self {
            MapIter::Classic(it) => !it.done,
            MapIter::Swiss(it) => it.live,
        }
    }

    /// The iterator of a nil map: the loop runs zero times.
    pub fn none() -> MapIter {
        MapIter::Classic(classic::Hiter { table: 0, b: 0, start_bucket: 0, offset: 0, wrapped: false, bucket: 0, bptr: None, i: 0, check_bucket: None, done: true })
    }
}

/// Both models under the one protocol: `GoMap` dispatches to the model it is.
impl Model for GoMap {
    type Key = Value;
    type Elem = Value;
    type Work = Work;
    type Effect = Effect;
    fn writing(&self) -> bool {
        match self {
            GoMap::Classic(h) => h.writing(),
            GoMap::Swiss(m) => Model::writing(m),
        }
    }
    fn toggle_writing(&mut self) {
        match self {
            GoMap::Classic(h) => h.toggle_writing(),
            GoMap::Swiss(m) => m.toggle_writing(),
        }
    }
    fn returns_early(&self, kind: WriteKind) -> bool {
        match self {
            GoMap::Classic(h) => h.returns_early(kind),
            GoMap::Swiss(m) => m.returns_early(kind),
        }
    }
    fn hash(&self, kr: &KeyRepr) -> u64 {
        match self {
            GoMap::Classic(h) => h.hash(kr),
            GoMap::Swiss(m) => m.hash(kr),
        }
    }
    fn begin_work(&self, kind: WriteKind) -> Work {
        match self {
            GoMap::Classic(h) => Work::Classic(h.begin_work(kind)),
            GoMap::Swiss(m) => Work::Swiss(m.begin_work(kind)),
        }
    }
    fn work(&mut self, kind: WriteKind, args: &mut Args<Value, Value>, work: &mut Work, rand: &mut dyn FnMut() -> u64) -> Worked<Effect> {
        let (worked, allocated) = match (self, work) {
            (GoMap::Classic(h), Work::Classic(p)) => {
                let (noverflow, probe) = (h.noverflow, *p == classic::AssignPhase::Probe);
                let w = h.work(kind, args, p, rand);
                let e = match &w {
                    Worked::More(e) | Worked::Done(e) => e,
                };
                let allocated = match e {
                    classic::Effect::Grew { b, .. } => BUCKET_SLOTS << b,
                    // An overflow bucket chained by the insert (those evacuation chains are not counted).
                    _ if probe && h.noverflow > noverflow => BUCKET_SLOTS,
                    _ => 0,
                };
                (wrap(w, What::Classic), allocated)
            }
            (GoMap::Swiss(m), Work::Swiss(w)) => {
                let groups = m.small_groups.len();
                let w = m.work(kind, args, w, rand);
                let e = match &w {
                    Worked::More(e) | Worked::Done(e) => e,
                };
                let allocated = match e {
                    swiss::Effect::GrewToTable { table } => 2 * m.tables[*table as usize].capacity as u64,
                    swiss::Effect::RehashStarted { new, capacity, .. } => 2 * *capacity as u64 * new.len() as u64,
                    // growToSmall: the first group.
                    _ if m.small_groups.len() > groups => BUCKET_SLOTS,
                    _ => 0,
                };
                (wrap(w, What::Swiss), allocated)
            }
            // A write begun on a model the map is not: nothing to do.
            (_, _) => (Worked::Done(What::Nothing), 0),
        };
        match worked {
            Worked::More(what) => Worked::More(Effect { what, allocated }),
            Worked::Done(what) => Worked::Done(Effect { what, allocated }),
        }
    }
    fn no_effect() -> Effect {
        Effect { what: What::Nothing, allocated: 0 }
    }
    fn toggled() -> Effect {
        Effect { what: What::Nothing, allocated: 0 }
    }
}

fn wrap<E>(w: Worked<E>, f: impl Fn(E) -> What) -> Worked<What> {
    match w {
        Worked::More(e) => Worked::More(f(e)),
        Worked::Done(e) => Worked::Done(f(e)),
    }
}
