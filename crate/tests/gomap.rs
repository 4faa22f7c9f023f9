//! The classic hmap model against a reference map: growth points, structural
//! invariants after every micro-step, and the iteration guarantees of the Go
//! spec and runtime, including iteration across growth.

use maprace::gomap::classic::*;
use maprace::gomap::hash::KeyRepr;
use maprace::vm::value::Value;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

fn kr(k: i64) -> KeyRepr {
    KeyRepr { bytes: Rc::from(k.to_le_bytes().as_slice()), nan: false }
}

fn key_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => panic!("int keys only"),
    }
}

/// `mapassign` phase by phase, as the VM runs it; `check` runs after each micro-step.
fn assign(h: &mut Hmap, k: i64, v: i64, check: &mut dyn FnMut(&Hmap)) -> bool {
    let hash = h.hash(&kr(k));
    let mut grew = false;
    loop {
        if h.growing() {
            h.grow_work_bucket(hash);
            check(h);
            h.grow_work_next();
            check(h);
        }
        match h.assign_probe(Value::Int(k), kr(k), Value::Int(v)) {
            Ok(_) => {
                check(h);
                return grew;
            }
            Err(()) => {
                h.hash_grow();
                grew = true;
                check(h);
            }
        }
    }
}

fn delete(h: &mut Hmap, k: i64, check: &mut dyn FnMut(&Hmap)) {
    if h.count == 0 {
        return;
    }
    let hash = h.hash(&kr(k));
    if h.growing() {
        h.grow_work_bucket(hash);
        check(h);
        h.grow_work_next();
        check(h);
    }
    h.delete_probe(&kr(k), || 12345);
    check(h);
}

/// Every structural invariant the runtime relies on.
fn invariants(h: &Hmap, reference: &BTreeMap<i64, i64>) {
    let cur = match h.buckets {
        Some(c) => c,
        None => {
            assert_eq!(h.count, 0);
            return;
        }
    };
    let table = &h.tables[cur as usize];
    assert_eq!(table.b, h.b);
    let mask = (1u64 << h.b) - 1;
    let mut live = BTreeMap::new();
    // New array: every entry sits in bucket hash & mask; markers consistent.
    for bi in 0..(1u32 << h.b) {
        let mut b = Some(bi);
        let mut seen_rest = false;
        while let Some(x) = b {
            let bk = &table.buckets[x as usize];
            for i in 0..BUCKET_CNT {
                let t = bk.tophash[i];
                if seen_rest {
                    assert_eq!(t, EMPTY_REST, "emptyRest must be followed only by emptyRest");
                }
                if t == EMPTY_REST {
                    seen_rest = true;
                }
                assert!(t != EVACUATED_X && t != EVACUATED_Y && t != EVACUATED_EMPTY, "no evacuation marks in the new array");
                if t >= MIN_TOP_HASH {
                    let (k, r) = bk.keys[i].clone().expect("full slot has a key");
                    let hash = h.hash(&r);
                    assert_eq!(hash & mask, bi as u64, "entry in the wrong bucket");
                    assert_eq!(tophash(hash), t);
                    assert!(live.insert(key_of(&k), key_of(&bk.elems[i])).is_none(), "key twice");
                } else {
                    assert!(bk.keys[i].is_none());
                }
            }
            b = bk.overflow;
        }
    }
    // Old array during growth: entries of unevacuated buckets count too.
    if let Some(old) = h.oldbuckets {
        let ot = &h.tables[old as usize];
        for bi in 0..(1u32 << ot.b) {
            let first = &ot.buckets[bi as usize];
            let evac = evacuated(first);
            if bi < h.nevacuate {
                assert!(evac, "every old bucket below nevacuate is evacuated");
            }
            let mut b = Some(bi);
            while let Some(x) = b {
                let bk = &ot.buckets[x as usize];
                for i in 0..BUCKET_CNT {
                    let t = bk.tophash[i];
                    if evac {
                        assert!(t <= EVACUATED_EMPTY, "an evacuated bucket holds only markers");
                    } else if t >= MIN_TOP_HASH {
                        let (k, _) = bk.keys[i].clone().expect("key");
                        let e = key_of(&bk.elems[i]);
                        assert!(live.insert(key_of(&k), e).is_none(), "key in both arrays");
                    }
                }
                b = bk.overflow;
            }
        }
    }
    assert_eq!(h.count as usize, live.len(), "count equals the live entries");
    assert_eq!(&live, reference, "contents match the reference map");
}

#[test]
fn growth_points_are_9_14_27_53_105() {
    let mut h = Hmap::new(0, 7, 0, 0, 0);
    let mut grew_at = Vec::new();
    for i in 1..=210i64 {
        if assign(&mut h, i * 31, i, &mut |_| {}) {
            grew_at.push(i);
        }
    }
    // A doubling starts while the count is 8, 13, 26, 52, 104 and inserting one more.
    assert_eq!(grew_at, vec![9, 14, 27, 53, 105, 209]);
}

#[test]
fn make_hint_sets_initial_b_as_go_does() {
    for (hint, b) in [(0, 0), (8, 0), (9, 1), (13, 1), (14, 2), (26, 2), (27, 3), (100, 4), (1000, 8)] {
        assert_eq!(Hmap::new(hint, 1, 0, 0, 0).b, b, "make(map, {hint})");
    }
}

#[test]
fn many_deletes_and_inserts_cause_a_same_size_grow() {
    let mut h = Hmap::new(0, 3, 0, 0, 0);
    let mut reference = BTreeMap::new();
    let mut saw_same_size = false;
    // Keep the count low while cycling through many keys: overflow buckets pile up.
    for i in 0..20_000i64 {
        let mut chk = |h: &Hmap| {
            if h.flags & SAME_SIZE_GROW != 0 {
                saw_same_size = true;
            }
        };
        assign(&mut h, i, i, &mut chk);
        reference.insert(i, i);
        if i >= 60 {
            delete(&mut h, i - 60, &mut chk);
            reference.remove(&(i - 60));
        }
    }
    invariants(&h, &reference);
    assert!(saw_same_size, "tooManyOverflowBuckets should trigger a same-size grow");
    assert!(h.b <= 5, "B stays small: growth was same-size, B={}", h.b);
}

#[test]
fn evacuation_advances_nevacuate_and_ends_growth() {
    let mut h = Hmap::new(0, 11, 0, 0, 0);
    for i in 0..104i64 {
        assign(&mut h, i, i, &mut |_| {});
    }
    assert!(!h.growing());
    assert_eq!(h.b, 4);
    assign(&mut h, 104, 104, &mut |_| {}); // the 105th insert starts doubling B=4 → 5
    assert!(h.growing());
    assert_eq!(h.b, 5);
    assert!(h.nevacuate <= 2, "growWork moved at most two of the 16 old buckets");
    // Each further growWork step evacuates one more; growth ends when all 16 are done.
    let mut steps = 0;
    while h.growing() {
        let n = h.nevacuate;
        h.grow_work_next();
        assert!(h.nevacuate > n || !h.growing(), "nevacuate advances");
        steps += 1;
    }
    assert!((14..=16).contains(&steps), "{steps} steps for 16 old buckets");
    assert!(h.oldbuckets.is_none() && h.flags & SAME_SIZE_GROW == 0);
    let mut reference = BTreeMap::new();
    for i in 0..105i64 {
        reference.insert(i, i);
    }
    invariants(&h, &reference);
}

/// Iterates to the end, with `during` run before each step.
fn iterate(h: &mut Hmap, r: u64, mut during: impl FnMut(&mut Hmap, usize)) -> Vec<i64> {
    let mut it = h.iter_init(r);
    let mut out = Vec::new();
    loop {
        during(h, out.len());
        match h.iter_next(&mut it) {
            Some((k, _)) => out.push(key_of(&k)),
            None => return out,
        }
    }
}

#[test]
fn iteration_produces_each_entry_once_across_growth() {
    for seed in 0..50u64 {
        let mut h = Hmap::new(0, seed, 0, 0, 0);
        for i in 0..40i64 {
            assign(&mut h, i, i, &mut |_| {});
        }
        // Insert new keys while iterating: the map grows mid-iteration.
        let mut next = 1000;
        let got = iterate(&mut h, seed * 7919, |h, _| {
            for _ in 0..3 {
                assign(h, next, 0, &mut |_| {});
                next += 1;
            }
        });
        let originals: Vec<i64> = got.iter().copied().filter(|k| *k < 1000).collect();
        let set: BTreeSet<i64> = originals.iter().copied().collect();
        assert_eq!(originals.len(), 40, "seed {seed}: every original entry exactly once");
        assert_eq!(set.len(), 40);
        let all: BTreeSet<i64> = got.iter().copied().collect();
        assert_eq!(all.len(), got.len(), "seed {seed}: nothing produced twice");
    }
}

#[test]
fn iteration_started_during_growth_sees_every_entry_once() {
    for seed in 0..50u64 {
        let mut h = Hmap::new(0, seed ^ 99, 0, 0, 0);
        for i in 0..53i64 {
            assign(&mut h, i, i, &mut |_| {});
        }
        assert!(h.growing(), "the 53rd insert started a growth");
        // Updates of existing keys run growWork without adding entries.
        let got = iterate(&mut h, seed, |h, n| {
            let k = (n as i64 * 7) % 53;
            assign(h, k, -1, &mut |_| {});
        });
        let set: BTreeSet<i64> = got.iter().copied().collect();
        assert_eq!(got.len(), 53, "seed {seed}");
        assert_eq!(set, (0..53).collect());
    }
}

#[test]
fn deleted_before_reached_is_not_produced() {
    for seed in 0..30u64 {
        let mut h = Hmap::new(0, seed, 0, 0, 0);
        for i in 0..30i64 {
            assign(&mut h, i, i, &mut |_| {});
        }
        let mut deleted = BTreeSet::new();
        let got = iterate(&mut h, seed * 31, |h, n| {
            if n == 5 {
                for k in 0..30i64 {
                    if k % 3 == 0 {
                        delete(h, k, &mut |_| {});
                        deleted.insert(k);
                    }
                }
            }
        });
        let produced: BTreeSet<i64> = got.iter().copied().collect();
        // The first five were produced before the deletes; none of the later ones is deleted.
        for k in &got[5..] {
            assert!(!deleted.contains(k), "seed {seed}: deleted key {k} produced");
        }
        assert_eq!(produced.len(), got.len());
        for k in 0..30i64 {
            if !deleted.contains(&k) {
                assert!(produced.contains(&k), "seed {seed}: live key {k} missing");
            }
        }
    }
}

#[test]
fn iteration_start_is_random_per_seed() {
    let mut h = Hmap::new(0, 5, 0, 0, 0);
    for i in 0..50i64 {
        assign(&mut h, i, i, &mut |_| {});
    }
    let firsts: BTreeSet<i64> = (0..40u64).map(|r| iterate(&mut h, r * 0x9E37_79B9, |_, _| {})[0]).collect();
    assert!(firsts.len() > 5, "different starting points: {firsts:?}");
}

#[derive(Debug, Clone)]
enum MapOp {
    Insert(i64, i64),
    Delete(i64),
    Clear,
}

fn op() -> impl Strategy<Value = MapOp> {
    prop_oneof![
        6 => (0i64..300, any::<i64>()).prop_map(|(k, v)| MapOp::Insert(k, v)),
        3 => (0i64..300).prop_map(MapOp::Delete),
        1 => Just(MapOp::Clear),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random operations agree with a reference map, and every invariant holds after every micro-step.
    #[test]
    fn agrees_with_reference_after_every_micro_step(ops in proptest::collection::vec(op(), 1..400), seed in any::<u64>()) {
        let mut h = Hmap::new(0, seed, 0, 0, 0);
        let mut reference: BTreeMap<i64, i64> = BTreeMap::new();
        for o in ops {
            match o {
                MapOp::Insert(k, v) => {
                    let mut before = reference.clone();
                    let mut chk = |h: &Hmap| invariants(h, &before);
                    // Before the probe the reference lacks the new entry; after, it has it.
                    let hash = h.hash(&kr(k));
                    if h.growing() {
                        h.grow_work_bucket(hash);
                        chk(&h);
                        h.grow_work_next();
                        chk(&h);
                    }
                    loop {
                        match h.assign_probe(Value::Int(k), kr(k), Value::Int(v)) {
                            Ok(_) => break,
                            Err(()) => {
                                h.hash_grow();
                                chk(&h);
                                h.grow_work_bucket(hash);
                                chk(&h);
                                h.grow_work_next();
                                chk(&h);
                            }
                        }
                    }
                    before.insert(k, v);
                    reference = before;
                    invariants(&h, &reference);
                    prop_assert_eq!(h.lookup(&kr(k)).map(|v| key_of(&v)), Some(v));
                }
                MapOp::Delete(k) => {
                    let r2 = reference.clone();
                    delete(&mut h, k, &mut |h| invariants(h, &{ let mut x = r2.clone(); if h.lookup(&kr(k)).is_none() { x.remove(&k); } x }));
                    reference.remove(&k);
                    invariants(&h, &reference);
                    prop_assert!(h.lookup(&kr(k)).is_none());
                }
                MapOp::Clear => {
                    h.clear(seed ^ 1);
                    reference.clear();
                    invariants(&h, &reference);
                }
            }
        }
        // A full iteration produces exactly the reference's keys.
        let got = iterate(&mut h, seed, |_, _| {});
        let set: BTreeSet<i64> = got.iter().copied().collect();
        prop_assert_eq!(got.len(), set.len());
        prop_assert_eq!(set, reference.keys().copied().collect::<BTreeSet<_>>());
    }
}
