//! The write protocol both Go maps share, written once.
//!
//! Go's classic map (`runtime/map.go`, Go ≤ 1.23) and its swiss-table map
//! (`internal/runtime/maps`, Go 1.24+) guard every write the same way — only
//! the flag's name differs (`h.flags & hashWriting`, `m.writing`):
//!
//! ```text
//! if writing { fatal("concurrent map writes") }   // Check
//! hash := hasher(key, seed)                         //   (a panic here writes nothing)
//! writing ^= 1                                      // Toggle
//! … find the slot, grow, insert / delete / clear …  // Work: the model's own steps
//! if !writing { fatal("concurrent map writes") }   // Finish: check …
//! writing ^= 1                                      //   … and clear
//! ```
//!
//! Each line is a separate load or store in Go, so another goroutine can run
//! between any two: two writers can both pass the check, and the first to
//! finish then throws. Here each is one **micro-step** (one scheduler step),
//! and the work between the toggles is as many micro-steps as the model makes
//! of it (a classic map's `growWork` evacuations, a swiss map's rehash one
//! group at a time). [`step`] runs the protocol; a model ([`Model`]) supplies
//! only its flag, its hash, the early return of a delete or clear on an empty
//! map, and its work. Reads and iteration check the same flag (see
//! `GoMap::get` and `GoMap::iter_next` in `gomap/mod.rs`).

use super::hash::KeyRepr;
use serde::Serialize;

/// The throws, in Go's words (both maps use the same three).
pub const CONCURRENT_WRITES: &str = "concurrent map writes";
pub const CONCURRENT_READ: &str = "concurrent map read and map write";
pub const CONCURRENT_ITERATION: &str = "concurrent map iteration and map write";

/// What kind of write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum WriteKind {
    /// `m[k] = v` (`mapassign`).
    Assign,
    /// `delete(m, k)` (`mapdelete`).
    Delete,
    /// `clear(m)` (`mapclear`).
    Clear,
}

/// Where a write is in the protocol; each phase is one micro-step, `Work`
/// as many as the model's work takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// Check the flag (throw `concurrent map writes`) and hash the key. A
    /// delete or clear of an empty map returns here, before the check, as in Go.
    Check,
    /// `writing ^= 1`: the write is under way from here.
    Toggle,
    /// The model's work (its own phases, in [`Write::work`]).
    Work,
    /// Check the flag is still set (throw `concurrent map writes`), clear it.
    Finish,
    /// The write is over.
    Done,
}

/// What a write carries: the key (as the program sees it, and canonical for
/// hashing), the elem, and the hash taken at the check with the seed then.
#[derive(Debug, Clone)]
pub struct Args<K, V> {
    pub key: Option<K>,
    pub kr: Option<KeyRepr>,
    pub elem: Option<V>,
    pub hash: u64,
}

/// One write's state between micro-steps.
#[derive(Debug, Clone)]
pub struct Write<K, V, W> {
    pub kind: WriteKind,
    pub phase: Phase,
    pub args: Args<K, V>,
    /// The model's own place in its work.
    pub work: W,
}

/// A write on model `M`.
pub type WriteOf<M> = Write<<M as Model>::Key, <M as Model>::Elem, <M as Model>::Work>;

/// The outcome of one step of a model's work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Worked<E> {
    /// More work follows.
    More(E),
    /// The work is done: the next step is `Finish`.
    Done(E),
}

/// The outcome of one micro-step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<E> {
    /// More micro-steps follow.
    Continue(E),
    /// The write is over.
    Done(E),
    /// `fatal(…)`: the runtime's throw, in Go's words.
    Throw(&'static str),
}

/// What the check decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// A delete or clear of an empty map: nothing to do, no check.
    Nothing,
    /// Another write is under way.
    Throw(&'static str),
    /// Go on: hash, then toggle.
    Proceed,
}

/// A Go map as the protocol needs it.
pub trait Model {
    type Key: Clone;
    type Elem: Clone;
    /// The model's place in its work (`Default`: before the toggle chose it).
    type Work: Clone + Default;
    /// What a micro-step did (for the timeline).
    type Effect;
    /// The writing flag: `h.flags & hashWriting != 0`, `m.writing != 0`.
    fn writing(&self) -> bool;
    /// `writing ^= 1`.
    fn toggle_writing(&mut self);
    /// A delete or clear that returns before the check (the map is empty).
    fn returns_early(&self, kind: WriteKind) -> bool;
    /// The key's hash with the map's seed now.
    fn hash(&self, kr: &KeyRepr) -> u64;
    /// The work's first step, chosen as the flag is set.
    fn begin_work(&self, kind: WriteKind) -> Self::Work;
    /// One step of the work. `rand` is the runtime's `rand()` (new seeds).
    fn work(&mut self, kind: WriteKind, args: &mut Args<Self::Key, Self::Elem>, work: &mut Self::Work, rand: &mut dyn FnMut() -> u64) -> Worked<Self::Effect>;
    /// The effect of a step that only checked or toggled.
    fn no_effect() -> Self::Effect;
    fn toggled() -> Self::Effect;
}

/// The check of a write's first micro-step.
pub fn check<M: Model>(m: &M, kind: WriteKind) -> Check {
    if m.returns_early(kind) {
        return Check::Nothing;
    }
    if m.writing() {
        return Check::Throw(CONCURRENT_WRITES);
    }
    Check::Proceed
}

impl<K: Clone, V: Clone, W: Clone + Default> Write<K, V, W> {
    /// A write not yet checked: its first [`step`] is the check.
    pub fn new(kind: WriteKind, key: Option<K>, kr: Option<KeyRepr>, elem: Option<V>) -> Self {
        Write { kind, phase: Phase::Check, args: Args { key, kr, elem, hash: 0 }, work: W::default() }
    }

    /// Hashes the key (after the check, before the toggle, as Go does: the
    /// hasher may panic, and then nothing was written).
    fn hash_key<M: Model<Key = K, Elem = V, Work = W>>(&mut self, m: &M) {
        if let Some(kr) = &self.args.kr {
            self.args.hash = m.hash(kr);
        }
        self.phase = Phase::Toggle;
    }

    /// True between the toggle and the finish: the entry is being stored
    /// (or deleted), the flag set.
    pub fn under_way(&self) -> bool {
        self.phase == Phase::Work
    }
}

/// A write whose check (see [`check`]) said `Proceed`, made where the check
/// was taken (the caller's first micro-step): the key hashed now; its next
/// [`step`] toggles the flag.
pub fn start<M: Model>(m: &M, kind: WriteKind, key: Option<M::Key>, kr: Option<KeyRepr>, elem: Option<M::Elem>) -> WriteOf<M> {
    let mut w = Write::new(kind, key, kr, elem);
    w.hash_key(m);
    w
}

/// Runs the next micro-step of `w`: the protocol, and the model's work between its toggles.
pub fn step<M: Model>(m: &mut M, w: &mut WriteOf<M>, rand: &mut dyn FnMut() -> u64) -> Step<M::Effect> {
    match w.phase {
        Phase::Check => match check(m, w.kind) {
            Check::Nothing => {
                w.phase = Phase::Done;
                Step::Done(M::no_effect())
            }
            Check::Throw(t) => {
                w.phase = Phase::Done;
                Step::Throw(t)
            }
            Check::Proceed => {
                w.hash_key(m);
                Step::Continue(M::no_effect())
            }
        },
        Phase::Toggle => {
            m.toggle_writing();
            w.work = m.begin_work(w.kind);
            w.phase = Phase::Work;
            Step::Continue(M::toggled())
        }
        Phase::Work => match m.work(w.kind, &mut w.args, &mut w.work, rand) {
            Worked::More(e) => Step::Continue(e),
            Worked::Done(e) => {
                w.phase = Phase::Finish;
                Step::Continue(e)
            }
        },
        Phase::Finish => {
            w.phase = Phase::Done;
            if !m.writing() {
                return Step::Throw(CONCURRENT_WRITES);
            }
            m.toggle_writing();
            Step::Done(M::toggled())
        }
        Phase::Done => Step::Done(M::no_effect()),
    }
}

/// A whole write at once (tests, and places where nothing can interleave).
pub fn run_write<M: Model>(m: &mut M, mut w: WriteOf<M>, rand: &mut dyn FnMut() -> u64) -> Result<(), &'static str> {
    loop {
        match step(m, &mut w, rand) {
            Step::Continue(_) => {}
            Step::Done(_) => return Ok(()),
            Step::Throw(s) => return Err(s),
        }
    }
}
