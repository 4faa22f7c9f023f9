//! Both map models through the one seam the VM uses (`gomap::GoMap` and the
//! write protocol of `gomap/protocol.rs`), against a reference map.
//!
//! * Random operation sequences — insert, delete, lookup, clear, fills that
//!   force growth (and, for swiss maps, splits), ranges with mutations in
//!   their body — with the model's invariants checked after **every
//!   micro-step** (`GoMap::check_invariants`: for the swiss map, used = live
//!   entries, every key reachable along its probe sequence, growthLeft
//!   consistent with the control bytes, the directory consistent with the
//!   local depths; for the classic map, every entry in its bucket with its
//!   tophash, evacuation marks, count = live entries), the written key and
//!   `len` after every write, and the range guarantees of the Go spec (no key
//!   produced twice, each produced with its current value, every key present
//!   throughout produced).
//! * While a write is under way (between its toggles — inside a growth too):
//!   a read, an iteration step and a second write all throw Go's words, and
//!   two writers that both passed the check end in `concurrent map writes`.

use maprace::gomap::hash::KeyRepr;
use maprace::gomap::protocol::{self, Phase, Step, WriteKind, CONCURRENT_ITERATION, CONCURRENT_READ, CONCURRENT_WRITES};
use maprace::gomap::{GoMap, MapWrite, What};
use maprace::options::MapModel;
use maprace::vm::value::Value;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

fn kr(k: i64) -> KeyRepr {
    KeyRepr { bytes: Rc::from(k.to_le_bytes().as_slice()), nan: false }
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        v => panic!("int keys and elems only, got {v:?}"),
    }
}

/// A deterministic stand-in for the runtime's `rand()`.
fn lcg(seed: u64) -> impl FnMut() -> u64 {
    let mut s = seed ^ 0x9E37_79B9_7F4A_7C15;
    move || {
        s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        s ^ (s >> 29)
    }
}

fn make(model: MapModel, hint: i64, seed: u64) -> GoMap {
    GoMap::make(model, hint, seed, 0, 0, 0).0
}

fn write(kind: WriteKind, k: Option<i64>, v: Option<i64>) -> MapWrite {
    MapWrite::new(kind, k.map(Value::Int), k.map(kr), v.map(Value::Int))
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(i64, i64),
    Delete(i64),
    Clear,
}

#[derive(Debug, Clone)]
enum Op {
    Insert(i64, i64),
    Delete(i64),
    Lookup(i64),
    Clear,
    /// Insert `count` keys from `start` (forces growth).
    Fill(i64, i64),
    Range(Vec<Mutation>),
}

fn mutation(keys: i64) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        6 => (0..keys, any::<i16>()).prop_map(|(k, v)| Mutation::Insert(k, v as i64)),
        4 => (0..keys).prop_map(Mutation::Delete),
        1 => Just(Mutation::Clear),
    ]
}

fn op(keys: i64) -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => (0..keys, any::<i16>()).prop_map(|(k, v)| Op::Insert(k, v as i64)),
        5 => (0..keys).prop_map(Op::Delete),
        3 => (0..keys).prop_map(Op::Lookup),
        1 => Just(Op::Clear),
        2 => (0..keys, 1..(keys / 2).max(2)).prop_map(|(s, c)| Op::Fill(s, c)),
        2 => prop::collection::vec(mutation(keys), 0..12).prop_map(Op::Range),
    ]
}

struct Harness {
    m: GoMap,
    reference: BTreeMap<i64, i64>,
    rand: Box<dyn FnMut() -> u64>,
    micro_steps: u64,
}

impl Harness {
    fn new(model: MapModel, hint: i64, seed: u64) -> Self {
        Harness { m: make(model, hint, seed), reference: BTreeMap::new(), rand: Box::new(lcg(seed)), micro_steps: 0 }
    }

    /// One write, micro-step by micro-step, with the invariants after each
    /// and, while it is under way, the throws of a read, an iterator and a
    /// second writer.
    fn write(&mut self, kind: WriteKind, k: Option<i64>, v: Option<i64>) {
        let mut w = write(kind, k, v);
        let mut probe_it = self.m.iter_init(&mut *self.rand);
        loop {
            let s = protocol::step(&mut self.m, &mut w, &mut *self.rand);
            self.micro_steps += 1;
            self.m.check_invariants().unwrap_or_else(|e| panic!("{:?} after {:?} of {kind:?} {k:?}: {e}", self.m.model(), w.phase));
            match s {
                Step::Continue(_) => {
                    if matches!(w.phase, Phase::Work | Phase::Finish) {
                        // Under way: every other access throws.
                        if !self.m.is_empty() {
                            assert_eq!(self.m.get(&kr(0)).err(), Some(CONCURRENT_READ));
                            if probe_it.live() {
                                assert_eq!(self.m.iter_next(&mut probe_it).err(), Some(CONCURRENT_ITERATION));
                            }
                        }
                        let mut other = write(WriteKind::Assign, Some(-1), Some(-1));
                        assert_eq!(protocol::step(&mut self.m, &mut other, &mut *self.rand), Step::Throw(CONCURRENT_WRITES));
                    }
                }
                Step::Done(_) => break,
                Step::Throw(t) => panic!("a lone writer threw {t}"),
            }
        }
        match kind {
            WriteKind::Assign => {
                self.reference.insert(k.unwrap(), v.unwrap());
            }
            WriteKind::Delete => {
                self.reference.remove(&k.unwrap());
            }
            WriteKind::Clear => self.reference.clear(),
        }
        assert_eq!(self.m.len() as usize, self.reference.len(), "len = live entries");
        if let Some(k) = k {
            assert_eq!(self.m.get(&kr(k)).unwrap().map(|v| int(&v)), self.reference.get(&k).copied(), "key {k}");
        }
        if self.reference.len() < 64 || self.micro_steps % 7 == 0 {
            self.check_contents();
        }
    }

    fn check_contents(&self) {
        assert_eq!(self.m.len() as usize, self.reference.len(), "len = live entries");
        for (k, v) in &self.reference {
            assert_eq!(self.m.get(&kr(*k)).unwrap().map(|v| int(&v)), Some(*v), "key {k}");
        }
        let mut entries: Vec<(i64, i64)> = self.m.entries().iter().map(|(k, v)| (int(k), int(v))).collect();
        entries.sort();
        assert_eq!(entries, self.reference.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>());
    }

    fn mutate(&mut self, mu: &Mutation) {
        match *mu {
            Mutation::Insert(k, v) => self.write(WriteKind::Assign, Some(k), Some(v)),
            Mutation::Delete(k) => self.write(WriteKind::Delete, Some(k), None),
            Mutation::Clear => self.write(WriteKind::Clear, None, None),
        }
    }

    /// A range loop with mutations in its body, checked against the Go spec.
    fn range(&mut self, muts: &[Mutation]) {
        let at_start: BTreeSet<i64> = self.reference.keys().copied().collect();
        let mut touched: BTreeSet<i64> = BTreeSet::new();
        let mut seen: BTreeSet<i64> = BTreeSet::new();
        // Keys deleted (or cleared) since produced: re-inserted, they are new
        // entries the loop may produce again (as real Go does, both maps).
        let mut removed_since_produced: BTreeSet<i64> = BTreeSet::new();
        let mut it = self.m.iter_init(&mut *self.rand);
        let mut muts = muts.iter();
        loop {
            let Some((k, v)) = self.m.iter_next(&mut it).expect("no write under way") else { break };
            let (k, v) = (int(&k), int(&v));
            assert!(seen.len() <= 100_000, "iteration does not end");
            assert!(seen.insert(k) || removed_since_produced.remove(&k), "{:?}: key {k} produced twice, not deleted in between", self.m.model());
            assert_eq!(self.reference.get(&k), Some(&v), "{:?}: key {k} produced with value {v}", self.m.model());
            if let Some(mu) = muts.next() {
                match mu {
                    Mutation::Delete(d) => {
                        touched.insert(*d);
                        if self.reference.contains_key(d) && seen.contains(d) {
                            removed_since_produced.insert(*d);
                        }
                    }
                    Mutation::Clear => {
                        touched.extend(self.reference.keys().copied());
                        removed_since_produced.extend(self.reference.keys().filter(|k| seen.contains(k)).copied());
                    }
                    Mutation::Insert(..) => {}
                }
                self.mutate(mu);
            }
        }
        for k in at_start.difference(&touched) {
            assert!(seen.contains(k), "{:?}: key {k} was in the map throughout but not produced", self.m.model());
        }
    }

    fn apply(&mut self, op: &Op) {
        match op {
            Op::Insert(k, v) => self.write(WriteKind::Assign, Some(*k), Some(*v)),
            Op::Delete(k) => self.write(WriteKind::Delete, Some(*k), None),
            Op::Lookup(k) => assert_eq!(self.m.get(&kr(*k)).unwrap().map(|v| int(&v)), self.reference.get(k).copied()),
            Op::Clear => self.write(WriteKind::Clear, None, None),
            Op::Fill(s, c) => {
                for k in *s..*s + *c {
                    self.write(WriteKind::Assign, Some(k), Some(k * 3));
                }
            }
            Op::Range(muts) => self.range(muts),
        }
    }
}

fn model() -> impl Strategy<Value = MapModel> {
    prop_oneof![Just(MapModel::Swiss), Just(MapModel::Classic)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Small key spaces: small maps, tombstones and emptyOne/emptyRest, reuse, clears, ranges.
    #[test]
    fn ops_against_reference_small(model in model(), hint in 0..20i64, seed in any::<u64>(), ops in prop::collection::vec(op(40), 1..60)) {
        let mut h = Harness::new(model, hint, seed);
        for o in &ops {
            h.apply(o);
        }
        h.check_contents();
    }

    /// Larger key spaces: growth through many sizes (classic evacuation
    /// across writes; swiss rehashes, splits, directory doubling).
    #[test]
    fn ops_against_reference_large(model in model(), seed in any::<u64>(), ops in prop::collection::vec(op(2500), 1..12)) {
        let mut h = Harness::new(model, 0, seed);
        for o in &ops {
            h.apply(o);
        }
        h.check_contents();
    }
}

/// A growth is under way inside one write for a swiss map (the rehash, one
/// group per micro-step) and across writes for a classic one (evacuation):
/// in both, a read, an iteration and another write that land between the
/// growing write's micro-steps throw.
#[test]
fn the_three_throws_inside_a_growth() {
    for model in MapModel::ALL {
        let mut m = make(model, 0, 9);
        let mut r = lcg(9);
        let mut k = 0;
        let mut grew_at = None;
        'fill: while k < 5000 {
            let mut w = write(WriteKind::Assign, Some(k), Some(k));
            let mut it = m.iter_init(&mut r);
            loop {
                let s = protocol::step(&mut m, &mut w, &mut r);
                let growing = match &s {
                    Step::Continue(e) => matches!(&e.what, What::Classic(maprace::gomap::classic::Effect::Grew { .. }) | What::Swiss(maprace::gomap::swiss::Effect::RehashStarted { .. } | maprace::gomap::swiss::Effect::MovedGroup { .. })),
                    _ => false,
                };
                if growing && k > 100 {
                    assert_eq!(m.get(&kr(1)).err(), Some(CONCURRENT_READ), "{model:?}");
                    assert_eq!(m.iter_next(&mut it).err(), Some(CONCURRENT_ITERATION), "{model:?}");
                    let mut other = write(WriteKind::Delete, Some(1), None);
                    assert_eq!(protocol::step(&mut m, &mut other, &mut r), Step::Throw(CONCURRENT_WRITES), "{model:?}");
                    grew_at = Some(k);
                    break 'fill;
                }
                match s {
                    Step::Continue(_) => {}
                    Step::Done(_) => break,
                    Step::Throw(t) => panic!("{t}"),
                }
            }
            k += 1;
        }
        assert!(grew_at.is_some(), "{model:?}: no growth seen");
    }
}

/// Two writers both pass the check (it is a load; the toggle a later store):
/// the second toggle clears the flag, and the first to finish throws.
#[test]
fn two_writers_past_the_check_throw_at_finish() {
    for model in MapModel::ALL {
        let mut m = make(model, 0, 5);
        let mut r = lcg(5);
        let mut a = write(WriteKind::Assign, Some(1), Some(1));
        let mut b = write(WriteKind::Assign, Some(2), Some(2));
        assert!(matches!(protocol::step(&mut m, &mut a, &mut r), Step::Continue(_))); // A: check
        assert!(matches!(protocol::step(&mut m, &mut b, &mut r), Step::Continue(_))); // B: check
        protocol::step(&mut m, &mut a, &mut r); // A: writing ^= 1 → set
        protocol::step(&mut m, &mut b, &mut r); // B: writing ^= 1 → clear
        let mut last = Step::Continue(maprace::gomap::Effect { what: What::Nothing, allocated: 0 });
        while let Step::Continue(_) = last {
            last = protocol::step(&mut m, &mut a, &mut r); // A: work … finish finds the flag clear
        }
        assert_eq!(last, Step::Throw(CONCURRENT_WRITES), "{model:?}");
    }
}
