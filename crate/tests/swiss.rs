//! The swiss-table model (`gomap/swiss.rs`) against real Go 1.27 and against
//! a reference map.
//!
//! * Real Go: `crate/tests/swiss_growth.txt` is a real Go 1.27.3 map read
//!   through `unsafe` (`tests/oracle/swiss_layout.go`): for n = 1…5000
//!   inserts of 0…n-1 into `make(map[int]int)`, the directory and every
//!   table, a digest of all control words and slot contents, and Go's hash of
//!   each key. Fed Go's own hashes, the model must match every line exactly;
//!   with maprace's hash it must match wherever Go's result does not depend
//!   on the hash.
//! * Properties: random operation sequences (insert, delete, lookup, clear,
//!   range with mutations) against a reference map, with the invariants
//!   checked after every micro-step, and the iteration guarantees of the Go
//!   spec; the `writing` checks between micro-steps; racing writers never
//!   break the model.

use maprace::gomap::hash::{hash_key, KeyRepr};
use maprace::gomap::protocol::Phase;
use maprace::gomap::swiss::*;
use proptest::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

type M = Map<i64, i64>;

fn kr(k: i64) -> KeyRepr {
    KeyRepr { bytes: Rc::from(k.to_le_bytes().as_slice()), nan: false }
}

fn key_of(k: &KeyRepr) -> i64 {
    i64::from_le_bytes(k.bytes[..8].try_into().unwrap())
}

/// A deterministic stand-in for the runtime's `rand()`.
fn lcg(seed: u64) -> impl FnMut() -> u64 {
    let mut s = seed ^ 0x9E37_79B9_7F4A_7C15;
    move || {
        s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        s ^ (s >> 29)
    }
}

/// Runs one write micro-step by micro-step, calling `check` after each.
fn run(m: &mut M, mut w: Write<i64, i64>, rand: &mut dyn FnMut() -> u64, check: &mut dyn FnMut(&M)) -> usize {
    let mut steps = 0;
    loop {
        steps += 1;
        let s = m.step(&mut w, rand);
        check(m);
        match s {
            Step::Continue(_) => {}
            Step::Done(_) => return steps,
            Step::Throw(t) => panic!("unexpected throw: {t}"),
        }
    }
}

fn assign(m: &mut M, k: i64, v: i64, check: &mut dyn FnMut(&M)) -> usize {
    let mut r = lcg(0);
    run(m, M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(v)), &mut r, check)
}

// ---------------------------------------------------------------------------
// The record of real Go.

thread_local! {
    static GO_HASHES: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Go's `typ.Hasher` for the recorded map: the hash real Go computed for each key.
fn go_hasher(k: &KeyRepr, _seed: u64) -> u64 {
    GO_HASHES.with(|h| h.borrow()[key_of(k) as usize])
}

struct Line {
    shape: String,
    digest: u32,
}

struct Record {
    hashes: Vec<u64>,
    /// Index n-1: "dir D depth G caps C" and the digest.
    lines: Vec<Line>,
    /// n → every table's cap:used:growthLeft:localDepth:index, where recorded.
    tables: BTreeMap<usize, String>,
    /// n → key orders of ranges over the map at n.
    iters: BTreeMap<usize, Vec<Vec<i64>>>,
    /// make(map[int]int, hint) → its shape line.
    hints: Vec<(u64, String)>,
    /// After the i-th op of `op_script`: shape and digest (every 50th op and the last).
    ops: BTreeMap<usize, Line>,
    /// i → every table's fields, where recorded.
    optables: BTreeMap<usize, String>,
}

fn record() -> Record {
    let text = include_str!("swiss_growth.txt");
    let mut r = Record { hashes: Vec::new(), lines: Vec::new(), tables: BTreeMap::new(), iters: BTreeMap::new(), hints: Vec::new(), ops: BTreeMap::new(), optables: BTreeMap::new() };
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("go go1.27.3"), "the record comes from Go 1.27.3");
    for l in lines {
        if let Some(h) = l.strip_prefix("hash ") {
            r.hashes.push(u64::from_str_radix(h, 16).unwrap());
        } else if let Some(rest) = l.strip_prefix("n ") {
            let (n, rest) = rest.split_once(' ').unwrap();
            assert_eq!(n.parse::<usize>().unwrap(), r.lines.len() + 1);
            let (shape, digest) = rest.split_once(" digest ").unwrap();
            r.lines.push(Line { shape: shape.to_string(), digest: u32::from_str_radix(digest, 16).unwrap() });
        } else if let Some(rest) = l.strip_prefix("tables ") {
            let (n, t) = rest.split_once(' ').unwrap();
            r.tables.insert(n.parse().unwrap(), t.to_string());
        } else if let Some(rest) = l.strip_prefix("iter ") {
            let (n, ks) = rest.split_once(' ').unwrap();
            r.iters.entry(n.parse().unwrap()).or_default().push(ks.split(',').map(|k| k.parse().unwrap()).collect());
        } else if let Some(rest) = l.strip_prefix("op ") {
            let (i, rest) = rest.split_once(' ').unwrap();
            let (shape, digest) = rest.split_once(" digest ").unwrap();
            r.ops.insert(i.parse().unwrap(), Line { shape: shape.to_string(), digest: u32::from_str_radix(digest, 16).unwrap() });
        } else if let Some(rest) = l.strip_prefix("optables ") {
            let (i, t) = rest.split_once(' ').unwrap();
            r.optables.insert(i.parse().unwrap(), t.to_string());
        } else if let Some(rest) = l.strip_prefix("hint ") {
            let (h, shape) = rest.split_once(' ').unwrap();
            r.hints.push((h.parse().unwrap(), shape.to_string()));
        }
    }
    assert_eq!(r.hashes.len(), 6500);
    assert_eq!(r.lines.len(), 5000);
    r
}

/// The record's shape line for the model: "dir D depth G caps 1024x2,512".
fn shape(m: &M) -> String {
    let caps: Vec<String> = if m.dir_ptr == DirPtr::Nil {
        vec!["nil".into()]
    } else if m.dir_len == 0 {
        vec!["small".into()]
    } else { m.directory_tables().iter().map(|&t| m.tables[t as usize].capacity.to_string()).collect() };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < caps.len() {
        let mut j = i;
        while j < caps.len() && caps[j] == caps[i] {
            j += 1;
        }
        runs.push(if j - i > 1 { format!("{}x{}", caps[i], j - i) } else { caps[i].clone() });
        i = j;
    }
    format!("dir {} depth {} caps {}", m.dir_len, m.global_depth, runs.join(","))
}

fn tables(m: &M) -> String {
    if m.dir_len == 0 {
        return "small".into();
    }
    m.directory_tables()
        .iter()
        .map(|&t| {
            let t = &m.tables[t as usize];
            format!("{}:{}:{}:{}:{}", t.capacity, t.used, t.growth_left, t.local_depth, t.index)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The record's digest (FNV-1a 64 over the same fields, in the same order; low 32 bits).
fn digest(m: &M) -> u32 {
    let mut h: u64 = 14695981039346656037;
    let mut add = |v: u64| {
        for i in 0..8 {
            h ^= (v >> (8 * i)) & 0xff;
            h = h.wrapping_mul(1099511628211);
        }
    };
    let group = |add: &mut dyn FnMut(u64), g: &Group<i64, i64>| {
        add(g.ctrls.0);
        for i in 0..MAP_GROUP_SLOTS {
            if g.ctrls.get(i) & CTRL_EMPTY == 0 {
                add(g.slots[i].as_ref().unwrap().key as u64);
            }
        }
    };
    add(m.used);
    add(m.dir_len as u64);
    add(m.global_depth as u64);
    if m.dir_len == 0 {
        group(&mut add, m.small_group().unwrap());
    } else {
        for t in m.directory_tables() {
            let t = &m.tables[t as usize];
            add(t.capacity as u64);
            add(t.used as u64);
            add(t.growth_left as u64);
            add(t.local_depth as u64);
            add(t.index as u64);
            for g in &t.groups.data {
                group(&mut add, g);
            }
        }
    }
    h as u32
}

/// With Go's own hashes the model reproduces real Go's map exactly: at every
/// n, the directory, every table's capacity/used/growthLeft/localDepth/index,
/// and every control byte and key position (the digest). This pins the
/// growth points, the splits and the directory doubling, and the probe and
/// placement rules, to the real runtime.
#[test]
fn every_insert_matches_real_go_given_gos_hashes() {
    let r = record();
    GO_HASHES.with(|h| *h.borrow_mut() = r.hashes.clone());
    let mut m = M::new(0, 0);
    m.hasher = go_hasher;
    let mut steps = 0;
    for n in 1..=5000usize {
        // Invariants after every micro-step up to the first split, then at every insert.
        let mut check = |m: &M| {
            if n <= 1000 {
                m.check_invariants().unwrap_or_else(|e| panic!("n={n}: {e}"));
            }
        };
        steps += assign(&mut m, n as i64 - 1, n as i64 - 1, &mut check);
        if n > 1000 && n % 50 == 0 {
            m.check_invariants().unwrap_or_else(|e| panic!("n={n}: {e}"));
        }
        let line = &r.lines[n - 1];
        assert_eq!(shape(&m), line.shape, "n={n}");
        if let Some(t) = r.tables.get(&n) {
            assert_eq!(&tables(&m), t, "n={n}");
        }
        assert_eq!(digest(&m), line.digest, "n={n}: control words or slots differ from real Go ({})", tables(&m));
    }
    assert_eq!(m.used, 5000);
    eprintln!("5000 inserts, {steps} micro-steps, every one of 5000 layouts equal to real Go's");
}

/// The oracle's deletes and inserts after the 5000 inserts (swiss_layout.go's
/// opScript): delete every third key; insert 5000…5999; delete 1000…2999;
/// insert 6000…6499; insert every third key again.
fn op_script() -> Vec<(bool, i64)> {
    let mut ops = vec![];
    ops.extend((0..5000).step_by(3).map(|k| (false, k)));
    ops.extend((5000..6000).map(|k| (true, k)));
    ops.extend((1000..3000).map(|k| (false, k)));
    ops.extend((6000..6500).map(|k| (true, k)));
    ops.extend((0..5000).step_by(3).map(|k| (true, k)));
    ops
}

/// Deletes (tombstone or empty slot, growthLeft given back or not), deletes
/// of absent keys, and inserts into a map with tombstones (reusing the first
/// tombstone along the probe) leave the same control words, slots and
/// counters as in real Go, given Go's hashes.
#[test]
fn deletes_and_reinserts_match_real_go_given_gos_hashes() {
    let r = record();
    GO_HASHES.with(|h| *h.borrow_mut() = r.hashes.clone());
    let mut m = M::new(0, 0);
    m.hasher = go_hasher;
    for k in 0..5000 {
        assign(&mut m, k, k, &mut |_| {});
    }
    let ops = op_script();
    assert_eq!(ops.len(), *r.ops.keys().last().unwrap());
    let mut rand = lcg(0);
    for (i, &(insert, k)) in ops.iter().enumerate() {
        let w = if insert { M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)) } else { M::write(WriteKind::Delete, Some(k), Some(kr(k)), None) };
        m.run_write(w, &mut rand).unwrap();
        if let Some(line) = r.ops.get(&(i + 1)) {
            m.check_invariants().unwrap_or_else(|e| panic!("op {}: {e}", i + 1));
            assert_eq!(shape(&m), line.shape, "op {}", i + 1);
            if let Some(t) = r.optables.get(&(i + 1)) {
                assert_eq!(&tables(&m), t, "op {}", i + 1);
            }
            assert_eq!(digest(&m), line.digest, "op {}: control words or slots differ from real Go ({})", i + 1, tables(&m));
        }
    }
    let tombstones: u16 = m.directory_tables().iter().map(|&t| m.tables[t as usize].tombstones()).sum();
    eprintln!("{} ops after 5000 inserts equal to real Go; {tombstones} tombstones at the end", ops.len());
    assert!(tombstones > 0);
}

/// `make(map[int]int, hint)` sizes the directory and tables as real Go does
/// (a hint ≤ 8 allocates nothing; otherwise 8/7 of the hint, split over
/// tables of at most 1024 slots).
#[test]
fn make_with_hint_matches_real_go() {
    let r = record();
    assert!(r.hints.len() >= 10);
    for (hint, go) in &r.hints {
        let m = M::new(*hint, 1);
        assert_eq!(&shape(&m), go, "make(map[int]int, {hint})");
        m.check_invariants().unwrap();
    }
}

/// Real Go's range orders, recorded over the same maps (same hashes): each is
/// the order the model produces for some entryOffset and dirOffset — a
/// rotation of the slots for a small map, the slot order of each table from
/// one random slot, tables in directory order from a random entry.
#[test]
fn range_orders_match_real_go() {
    let r = record();
    GO_HASHES.with(|h| *h.borrow_mut() = r.hashes.clone());
    let mut m = M::new(0, 0);
    m.hasher = go_hasher;
    let mut n = 0usize;
    let mut checked = 0;
    for (&at, orders) in &r.iters {
        while n < at {
            assign(&mut m, n as i64, n as i64, &mut |_| {});
            n += 1;
        }
        assert_eq!(digest(&m), r.lines[n - 1].digest);
        let max_cap = m.directory_tables().iter().map(|&t| m.tables[t as usize].capacity as u64).max().unwrap_or(8);
        for order in orders {
            assert_eq!(order.len(), n);
            let produces = |eo: u64, d: u64| {
                let mut draws = [eo, d].into_iter();
                let mut it = m.iter_init(&mut || draws.next().unwrap());
                for want in order {
                    match m.iter_next(&mut it).unwrap() {
                        Some((k, _)) if k == *want => {}
                        _ => return false,
                    }
                }
                m.iter_next(&mut it).unwrap().is_none()
            };
            let found = (0..max_cap).flat_map(|eo| (0..m.dir_len.max(1) as u64).map(move |d| (eo, d))).find(|&(eo, d)| produces(eo, d));
            assert!(found.is_some(), "n={n}: real Go's order {:?}… is not one the model produces", &order[..order.len().min(12)]);
            checked += 1;
        }
    }
    assert!(checked >= 16);
}

/// The growth points of real Go, read from the record: where the directory or
/// a table's capacity changes.
fn change_points(lines: &[String]) -> Vec<usize> {
    (1..lines.len()).filter(|&i| lines[i] != lines[i - 1]).map(|i| i + 1).collect()
}

/// The gallery's texts (www/gallery.js) as written in the page.
fn gallery_texts() -> Vec<String> {
    let js = include_str!("../../www/gallery.js");
    js.split("text: `").skip(1).map(|t| t.split('`').next().unwrap().to_string()).collect()
}

/// The numbers in `text` after `from`, up to `to` ("at inserts 15, 29 and 57" → [15, 29, 57]).
fn numbers_between(text: &str, from: &str, to: &str) -> Vec<usize> {
    let start = text.find(from).unwrap_or_else(|| panic!("the gallery says {from:?}")) + from.len();
    let rest = &text[start..];
    let rest = &rest[..rest.find(to).unwrap_or_else(|| panic!("…then {to:?}"))];
    rest.split(|c: char| !c.is_ascii_digit()).filter(|w| !w.is_empty()).map(|w| w.parse().unwrap()).collect()
}

/// A gallery text that states how a map grows or deletes says which Go's
/// map it is about — Go 1.24+ (swiss tables) or Go ≤ 1.23 (buckets) — and
/// its swiss numbers are real Go's, read from the record here.
#[test]
fn the_gallery_says_which_map_each_fact_is_about_and_its_growth_points_are_real_gos() {
    let r = record();
    let go: Vec<String> = r.lines.iter().map(|l| l.shape.clone()).collect();
    let points = change_points(&go);
    let texts = gallery_texts();
    assert!(texts.len() >= 12, "{} gallery texts", texts.len());
    let growth = texts.iter().find(|t| t.contains("made its first table at insert")).expect("a gallery text gives real Go's growth points");
    let said = numbers_between(growth, "made its first table at insert", ")");
    assert_eq!(said, points[..said.len()], "the gallery's growth points are the record's: {growth}");
    assert!(said.len() >= 3);
    let small = texts.iter().find(|t| t.contains("a map of ≤ ")).expect("a gallery text says how small a small map is");
    let said = numbers_between(small, "a map of ≤ ", "entries");
    let last_small = go.iter().rposition(|s| s.ends_with("caps small")).unwrap() + 1;
    assert_eq!(said, vec![last_small], "a small map holds up to {last_small} entries in real Go: {small}");
    const CLASSIC: &[&str] = &["bucket", "evacuat", "hashWriting", "mapiternext", "emptyOne", "emptyRest", "overflow", "6.5"];
    const SWISS: &[&str] = &["swiss", " table", "rehash", "tombstone", "control byte", "Iter).Next", "group"];
    for t in &texts {
        if CLASSIC.iter().any(|w| t.contains(w)) {
            assert!(t.contains("Go ≤ 1.23"), "a classic map's fact without its Go version: {t}");
        }
        if SWISS.iter().any(|w| t.contains(w)) {
            assert!(t.contains("Go 1.24+"), "a swiss map's fact without its Go version: {t}");
        }
    }
}

/// With maprace's own hash (any seed) the model grows exactly where real Go
/// does for every n at which Go's result cannot depend on the hash: up to and
/// including the first split, every table grows when its growthLeft runs out,
/// which inserts alone decide. After the first split, how the entries divide
/// between the two halves depends on the hash, so the next splits do too.
#[test]
fn growth_points_match_real_go_where_the_hash_does_not_matter() {
    let r = record();
    let go: Vec<String> = r.lines.iter().map(|l| l.shape.clone()).collect();
    let go_points = change_points(&go);
    // What the record says (these numbers are read from it, not assumed):
    let first_split = go_points.iter().copied().find(|&n| go[n - 1].starts_with("dir 2")).unwrap();
    let independent: Vec<usize> = go_points.iter().copied().filter(|&n| n <= first_split).collect();
    assert_eq!(independent, vec![9, 15, 29, 57, 113, 225, 449, 897], "real Go's growth points up to the first split");
    assert_eq!(go[8], "dir 1 depth 0 caps 16", "the 9th insert makes a 16-slot table");
    assert_eq!(go[7], "dir 0 depth 0 caps small", "8 entries stay a small map");
    assert_eq!(go[first_split - 1], "dir 2 depth 1 caps 1024x2");
    let dependent: Vec<usize> = go_points.iter().copied().filter(|&n| n > first_split).collect();

    let mut differs = Vec::new();
    for seed in 1..=4u64 {
        let mut m = M::new(0, seed.wrapping_mul(0x1234_5678_9abc_def1));
        let mut model = Vec::new();
        for n in 1..=5000usize {
            assign(&mut m, n as i64 - 1, 1, &mut |_| {});
            model.push(shape(&m));
            if n <= first_split {
                assert_eq!(model[n - 1], go[n - 1], "seed {seed}, n={n}: a hash-independent point differs from real Go");
            }
        }
        let points = change_points(&model);
        assert_eq!(points.iter().copied().filter(|&n| n <= first_split).collect::<Vec<_>>(), independent);
        let later: Vec<usize> = points.into_iter().filter(|&n| n > first_split).collect();
        eprintln!("seed {seed}: later splits at {later:?}");
        if later != dependent {
            differs.push(seed);
        }
        // Whatever the hash, the later splits keep every table at 1024 slots.
        assert!(model[first_split..].iter().all(|s| s.contains("caps 1024x") || s.ends_with("caps 1024")));
    }
    eprintln!(
        "growth points independent of the hash (checked against real Go): {independent:?}; \
         depending on the hash: every n > {first_split} (real Go's later splits with its hash: {dependent:?}; \
         maprace's hash gave other points for seeds {differs:?})"
    );
    assert!(!differs.is_empty(), "the later splits should depend on the hash");
}

// ---------------------------------------------------------------------------
// Properties against a reference map.

/// A hash that crowds probe sequences into 64 start groups (heavy collisions,
/// long probes, full groups, tombstones) while keeping the top bits random for
/// the directory.
fn clustered(k: &KeyRepr, seed: u64) -> u64 {
    let h = hash_key(k, seed);
    (h & 0xFFFF_0000_0000_0000) | (h & 0x1FFF)
}

#[derive(Debug, Clone)]
enum Op {
    Insert(i64, i64),
    Delete(i64),
    Lookup(i64),
    Clear,
    /// Insert keys start..start+count.
    Fill(i64, i64),
    /// Range over the map, doing one mutation after each produced entry (while any are left).
    Range(Vec<Mutation>),
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(i64, i64),
    Delete(i64),
    Clear,
}

fn mutation(keys: i64) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (0..keys, any::<i64>()).prop_map(|(k, v)| Mutation::Insert(k, v)),
        4 => (0..keys).prop_map(Mutation::Delete),
        1 => Just(Mutation::Clear),
    ]
}

fn op(keys: i64) -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => (0..keys, any::<i64>()).prop_map(|(k, v)| Op::Insert(k, v)),
        5 => (0..keys).prop_map(Op::Delete),
        3 => (0..keys).prop_map(Op::Lookup),
        1 => Just(Op::Clear),
        1 => (0..keys, 1..300i64).prop_map(|(s, c)| Op::Fill(s, c)),
        2 => prop::collection::vec(mutation(keys), 0..40).prop_map(Op::Range),
    ]
}

struct Harness {
    m: M,
    reference: BTreeMap<i64, i64>,
    rand: Box<dyn FnMut() -> u64>,
    steps: u64,
    writes: u64,
}

impl Harness {
    fn new(seed: u64, clustered_hash: bool) -> Self {
        let mut m = M::new(0, seed);
        if clustered_hash {
            m.hasher = clustered;
        }
        Harness { m, reference: BTreeMap::new(), rand: Box::new(lcg(seed)), steps: 0, writes: 0 }
    }

    /// After every micro-step: the map's structural invariants. After every
    /// write: `used`, and the written key; the whole contents every 16th write
    /// (and after every write while the map is small).
    fn write(&mut self, kind: WriteKind, k: Option<i64>, v: Option<i64>) {
        let mut w = M::write(kind, k, k.map(kr), v);
        loop {
            let s = self.m.step(&mut w, &mut *self.rand);
            self.steps += 1;
            self.m.check_invariants().unwrap_or_else(|e| panic!("after {:?} in {kind:?}: {e}", w.phase));
            match s {
                Step::Continue(_) => {
                    // A write is under way: readers and iterators throw.
                    if w.phase != Phase::Toggle && w.phase != Phase::Done {
                        assert_eq!(self.m.writing, 1);
                        if self.m.used > 0 {
                            assert_eq!(self.m.get(&kr(0)), Err(CONCURRENT_READ));
                        }
                    }
                }
                Step::Done(_) => break,
                Step::Throw(t) => panic!("{t}"),
            }
        }
        assert_eq!(self.m.writing, 0);
        match kind {
            WriteKind::Assign => {
                self.reference.insert(k.unwrap(), v.unwrap());
            }
            WriteKind::Delete => {
                self.reference.remove(&k.unwrap());
            }
            WriteKind::Clear => self.reference.clear(),
        }
        self.writes += 1;
        assert_eq!(self.m.used as usize, self.reference.len(), "used = live entries");
        if let Some(k) = k {
            assert_eq!(self.m.get(&kr(k)), Ok(self.reference.get(&k)), "key {k}");
        }
        if self.writes % 16 == 0 || self.reference.len() < 64 {
            self.check_contents();
        }
    }

    fn check_contents(&self) {
        assert_eq!(self.m.used as usize, self.reference.len(), "used = live entries");
        for (k, v) in &self.reference {
            assert_eq!(self.m.get(&kr(*k)), Ok(Some(v)), "key {k}");
        }
        let mut entries = self.m.entries();
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

    /// A range loop with mutations in its body, checked against the Go spec:
    /// no entry twice — a key produced again must have been deleted (or
    /// cleared) since it was produced and inserted anew, a new entry the spec
    /// lets the loop produce (real Go does: tests/iteration/range_delete_reinsert_holes.go
    /// and range_clear_reinsert.go); an entry produced is in the map then,
    /// with its current value; every entry present at the start and never
    /// deleted (or cleared) during the loop is produced.
    fn range(&mut self, muts: &[Mutation]) {
        let at_start: BTreeSet<i64> = self.reference.keys().copied().collect();
        let mut touched: BTreeSet<i64> = BTreeSet::new(); // deleted (or cleared) at some point
        let mut seen: BTreeSet<i64> = BTreeSet::new();
        let mut removed_since_produced: BTreeSet<i64> = BTreeSet::new();
        let mut it = self.m.iter_init(&mut *self.rand);
        let mut muts = muts.iter();
        let mut produced = 0usize;
        loop {
            let next = self.m.iter_next(&mut it).expect("no write in progress");
            let Some((k, v)) = next else { break };
            produced += 1;
            assert!(produced <= 100_000, "iteration does not end");
            assert!(seen.insert(k) || removed_since_produced.remove(&k), "key {k} produced twice, not deleted in between");
            assert_eq!(self.reference.get(&k), Some(&v), "key {k} produced with value {v}, map has {:?}", self.reference.get(&k));
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
            assert!(seen.contains(k), "key {k} was in the map throughout but not produced");
        }
    }

    fn apply(&mut self, op: &Op) {
        match op {
            Op::Insert(k, v) => self.write(WriteKind::Assign, Some(*k), Some(*v)),
            Op::Delete(k) => self.write(WriteKind::Delete, Some(*k), None),
            Op::Lookup(k) => assert_eq!(self.m.get(&kr(*k)), Ok(self.reference.get(k))),
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Small key spaces: small maps, tombstones, reuse, clears, iteration with mutations.
    #[test]
    fn ops_against_reference_small(seed in any::<u64>(), clustered_hash in any::<bool>(), ops in prop::collection::vec(op(40), 1..80)) {
        let mut h = Harness::new(seed, clustered_hash);
        for o in &ops {
            h.apply(o);
        }
        h.check_contents();
    }

    /// Larger key spaces: growth through every capacity, splits and directory doubling.
    #[test]
    fn ops_against_reference_large(seed in any::<u64>(), clustered_hash in any::<bool>(), ops in prop::collection::vec(op(3000), 1..40)) {
        let mut h = Harness::new(seed, clustered_hash);
        for o in &ops {
            h.apply(o);
        }
        h.check_contents();
    }
}

/// Splits and directory doubling under a long run of inserts, deletes and
/// ranges (deterministic, so it always reaches several splits).
#[test]
fn splits_with_deletes_and_ranges() {
    let mut h = Harness::new(7, false);
    for k in 0..1900 {
        h.write(WriteKind::Assign, Some(k), Some(k));
    }
    assert!(h.m.dir_len >= 2 && h.m.directory_tables().len() >= 3, "{}", shape(&h.m));
    for k in (0..1900).step_by(3) {
        h.write(WriteKind::Delete, Some(k), None);
    }
    h.range(&[Mutation::Insert(5000, 1), Mutation::Delete(1), Mutation::Insert(5001, 2)]);
    h.write(WriteKind::Clear, None, None);
    h.range(&[]);
    // Split during a range: 896 entries fill one 1024-slot table; the body's
    // first insert splits it, and the iterator keeps walking the old table.
    let mut h = Harness::new(8, false);
    for k in 0..896 {
        h.write(WriteKind::Assign, Some(k), Some(k));
    }
    assert_eq!(shape(&h.m), "dir 1 depth 0 caps 1024");
    let fill: Vec<Mutation> = (6000..6300).map(|k| Mutation::Insert(k, k)).chain((0..100).map(Mutation::Delete)).collect();
    h.range(&fill);
    assert_eq!(shape(&h.m), "dir 2 depth 1 caps 1024x2");
    h.check_contents();
}

// ---------------------------------------------------------------------------
// Tombstones, with a hash that puts every key's probe at group 0.

fn group_zero(k: &KeyRepr, _seed: u64) -> u64 {
    // h1 = 0 (every probe starts at group 0), h2 = key's low 7 bits.
    (key_of(k) as u64) & 0x7f
}

#[test]
fn tombstones_are_left_in_full_groups_and_reused() {
    let mut m = M::new(0, 1);
    m.hasher = group_zero;
    let mut ck = |m: &M| m.check_invariants().unwrap();
    for k in 0..9 {
        assign(&mut m, k, k, &mut ck);
    }
    // 9 entries: a 16-slot table, group 0 full, key 8 in group 1.
    let t = m.directory_tables()[0];
    assert_eq!(m.tables[t as usize].capacity, 16);
    assert_eq!(m.tables[t as usize].groups.data[0].ctrls.match_full().count(), 8);
    let mut r = lcg(1);
    // Deleting from the full group 0 leaves a tombstone; growthLeft stays.
    let gl = m.tables[t as usize].growth_left;
    m.run_write(M::write(WriteKind::Delete, Some(3), Some(kr(3)), None), &mut r).unwrap();
    let tab = &m.tables[t as usize];
    assert_eq!(tab.groups.data[0].ctrls.get(3), CTRL_DELETED);
    assert_eq!((tab.growth_left, tab.tombstones()), (gl, 1));
    assert!(m.tombstone_possible);
    // Key 8 still found past the tombstone.
    assert_eq!(m.get(&kr(8)), Ok(Some(&8)));
    // Deleting from group 1 (which has empty slots) empties the slot: growthLeft back.
    m.run_write(M::write(WriteKind::Delete, Some(8), Some(kr(8)), None), &mut r).unwrap();
    assert_eq!(m.tables[t as usize].growth_left, gl + 1);
    assert_eq!(m.tables[t as usize].tombstones(), 1);
    // An insert reuses the tombstone (first along the probe) without spending growthLeft.
    m.run_write(M::write(WriteKind::Assign, Some(20), Some(kr(20)), Some(20)), &mut r).unwrap();
    let tab = &m.tables[t as usize];
    assert_eq!(tab.groups.data[0].ctrls.get(3), 20);
    assert_eq!((tab.growth_left, tab.tombstones()), (gl + 1, 0));
    m.check_invariants().unwrap();
    // Delete everything: group 0 never has an empty slot again, so 8 tombstones.
    for k in [0, 1, 2, 4, 5, 6, 7, 20] {
        m.run_write(M::write(WriteKind::Delete, Some(k), Some(kr(k)), None), &mut r).unwrap();
    }
    assert_eq!((m.used, m.tables[t as usize].tombstones()), (0, 8));
    // A clear of an empty map returns early only if no tombstone is possible: this one runs.
    let seq = m.clear_seq;
    m.run_write(M::write(WriteKind::Clear, None, None, None), &mut r).unwrap();
    assert_eq!((m.used, m.clear_seq, m.tables[t as usize].tombstones(), m.tombstone_possible), (0, seq + 1, 0, false));
    m.check_invariants().unwrap();
}

/// Keys below 100 probe from group 0, the others from group 1.
fn two_groups(k: &KeyRepr, _seed: u64) -> u64 {
    let k = key_of(k) as u64;
    ((k >= 100) as u64) << 7 | (k & 0x7f)
}

#[test]
fn prune_tombstones_when_growth_left_runs_out() {
    let mut m = M::new(0, 1);
    m.hasher = two_groups;
    let mut r = lcg(3);
    // 0..7 fill group 0; 100..105 sit in group 1: 14 entries, growthLeft 0.
    for k in (0..8).chain(100..106) {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    let t = m.directory_tables()[0];
    assert_eq!((m.tables[t as usize].capacity, m.tables[t as usize].growth_left), (16, 0));
    // Two deletes in the full group 0: tombstones, growthLeft still 0.
    for k in [1, 2] {
        m.run_write(M::write(WriteKind::Delete, Some(k), Some(kr(k)), None), &mut r).unwrap();
    }
    let tab = &m.tables[t as usize];
    assert_eq!((tab.used, tab.tombstones(), tab.growth_left), (12, 2, 0));
    m.check_invariants().unwrap();
    // Key 106 probes group 1 only and finds an empty slot with growthLeft 0:
    // pruneTombstones frees group 0's tombstones (no probe needs them, and
    // they are ≥ 10% of the capacity), so the table does not grow.
    m.run_write(M::write(WriteKind::Assign, Some(106), Some(kr(106)), Some(106)), &mut r).unwrap();
    let tab = &m.tables[t as usize];
    assert_eq!((tab.capacity, tab.used, tab.tombstones(), tab.growth_left), (16, 13, 0, 1));
    assert_eq!((tab.groups.data[0].ctrls.get(1), tab.groups.data[0].ctrls.get(2)), (CTRL_EMPTY, CTRL_EMPTY));
    assert_eq!(m.tables.len(), 1, "no rehash");
    m.check_invariants().unwrap();
}

// ---------------------------------------------------------------------------
// The writing flag between micro-steps.

/// The micro-step a write is at: the protocol's phase, or within the work the model's.
fn phase(w: &Write<i64, i64>) -> String {
    match w.phase {
        Phase::Work => format!("{:?}", w.work.phase),
        p => format!("{p:?}"),
    }
}

#[test]
fn writes_are_micro_steps_with_the_flag_set() {
    let mut m = M::new(0, 5);
    let mut r = lcg(5);
    for k in 0..14 {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    // The 15th insert rehashes 16 → 32 slots: Check, Toggle, Probe (starts the
    // rehash), one step per old group (2), Install, Probe again, Finish.
    let mut w = M::write(WriteKind::Assign, Some(14), Some(kr(14)), Some(14));
    let mut phases = vec![];
    let mut it = {
        let mut r2 = lcg(9);
        m.iter_init(&mut r2)
    };
    let mut saw_rehash_throws = false;
    loop {
        phases.push(phase(&w));
        let s = m.step(&mut w, &mut r);
        if w.phase == Phase::Work && (w.work.phase == WorkPhase::RehashGroup || w.work.phase == WorkPhase::Install) {
            // Mid-growth: the old table is still installed, writing is set.
            assert_eq!(m.writing, 1);
            assert_eq!(m.get(&kr(3)), Err(CONCURRENT_READ));
            assert_eq!(m.iter_next(&mut it), Err(CONCURRENT_ITERATION));
            let mut other = M::write(WriteKind::Assign, Some(99), Some(kr(99)), Some(1));
            assert_eq!(m.step(&mut other, &mut r), Step::Throw(CONCURRENT_WRITES));
            assert_eq!(m.tables[m.directory_tables()[0] as usize].capacity, 16);
            saw_rehash_throws = true;
        }
        if matches!(s, Step::Done(_)) {
            break;
        }
    }
    assert_eq!(phases, vec!["Check", "Toggle", "Probe", "RehashGroup", "RehashGroup", "Install", "Probe", "Finish"]);
    assert!(saw_rehash_throws);
    assert_eq!(m.tables[m.directory_tables()[0] as usize].capacity, 32);
    m.check_invariants().unwrap();
}

#[test]
fn two_writers_past_the_check_throw_at_finish() {
    let mut m = M::new(0, 5);
    let mut r = lcg(5);
    let mut a = M::write(WriteKind::Assign, Some(1), Some(kr(1)), Some(1));
    let mut b = M::write(WriteKind::Assign, Some(2), Some(kr(2)), Some(2));
    assert!(matches!(m.step(&mut a, &mut r), Step::Continue(_))); // A: check
    assert!(matches!(m.step(&mut b, &mut r), Step::Continue(_))); // B: check
    m.step(&mut a, &mut r); // A: writing ^= 1 → 1
    m.step(&mut b, &mut r); // B: writing ^= 1 → 0
    assert_eq!(m.writing, 0);
    m.step(&mut a, &mut r); // A: probe
    assert_eq!(m.step(&mut a, &mut r), Step::Throw(CONCURRENT_WRITES)); // A: finish finds 0
}

#[derive(Debug, Clone)]
enum Racer {
    Write(u8, i64),
    Delete(u8, i64),
    Clear(u8),
    Read(i64),
    Next,
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Writers racing at micro-step granularity (including inside growth):
    /// the model never panics or loops, and a throw is what ends the race
    /// whenever two writes overlapped.
    #[test]
    fn racing_writers_never_break_the_model(seed in any::<u64>(), prefill in 0..1200i64, script in prop::collection::vec(
        prop_oneof![
            5 => (0..3u8, 0..2000i64).prop_map(|(g, k)| Racer::Write(g, k)),
            2 => (0..3u8, 0..2000i64).prop_map(|(g, k)| Racer::Delete(g, k)),
            1 => (0..3u8).prop_map(Racer::Clear),
            1 => (0..2000i64).prop_map(Racer::Read),
            1 => Just(Racer::Next),
        ], 1..400)) {
        let mut m = M::new(0, seed);
        let mut r = lcg(seed);
        for k in 0..prefill {
            m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
        }
        let mut it = m.iter_init(&mut r);
        let mut writers: [Option<Write<i64, i64>>; 3] = [None, None, None];
        let mut overlapped = false;
        let mut threw = false;
        'script: for s in &script {
            let g = match s {
                Racer::Write(g, _) | Racer::Delete(g, _) | Racer::Clear(g) => *g as usize,
                Racer::Read(k) => {
                    if m.get(&kr(*k)).is_err() { threw = true; break 'script; }
                    continue;
                }
                Racer::Next => {
                    if m.iter_next(&mut it).is_err() { threw = true; break 'script; }
                    continue;
                }
            };
            if writers[g].is_none() {
                writers[g] = Some(match s {
                    Racer::Write(_, k) => M::write(WriteKind::Assign, Some(*k), Some(kr(*k)), Some(*k)),
                    Racer::Delete(_, k) => M::write(WriteKind::Delete, Some(*k), Some(kr(*k)), None),
                    _ => M::write(WriteKind::Clear, None, None, None),
                });
            }
            // Run this writer a few micro-steps (more when it is rehashing).
            for _ in 0..3 {
                let in_progress = writers.iter().filter(|w| matches!(w, Some(w) if !matches!(w.phase, Phase::Check | Phase::Toggle | Phase::Done))).count();
                if in_progress > 1 { overlapped = true; }
                let w = writers[g].as_mut().unwrap();
                match m.step(w, &mut r) {
                    Step::Continue(_) => {}
                    Step::Done(_) => { writers[g] = None; break; }
                    Step::Throw(_) => { threw = true; break 'script; }
                }
            }
        }
        // Let the writers still under way finish (each alone), as the scheduler would.
        if !threw {
            for g in 0..3 {
                while let Some(w) = writers[g].as_mut() {
                    match m.step(w, &mut r) {
                        Step::Continue(_) => {}
                        Step::Done(_) => writers[g] = None,
                        Step::Throw(_) => { threw = true; writers[g] = None; }
                    }
                }
            }
        }
        if overlapped {
            prop_assert!(threw, "two writes overlapped but nothing threw");
        }
    }
}

// ---------------------------------------------------------------------------
// Iteration details.

#[test]
fn small_map_iterates_as_a_rotation() {
    let mut m = M::new(0, 11);
    let mut r = lcg(11);
    for k in 0..8 {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    // Slot i holds key i (inserted in order into an empty group).
    for draw in 0..16u64 {
        let mut d = vec![draw, 0].into_iter();
        let mut it = m.iter_init(&mut || d.next().unwrap());
        let mut got = vec![];
        while let Ok(Some((k, _))) = m.iter_next(&mut it) {
            got.push(k);
        }
        let want: Vec<i64> = (0..8).map(|i| ((i + draw) % 8) as i64).collect();
        assert_eq!(got, want);
    }
}

/// A range over a small map that grows into a table keeps walking the old
/// group (so only its keys come out) and looks each key up again: a deleted
/// key is skipped, an updated one shows its new value.
#[test]
fn range_over_a_small_map_that_grows_uses_the_old_group() {
    let mut h = Harness::new(21, false);
    for k in 0..8 {
        h.write(WriteKind::Assign, Some(k), Some(k));
    }
    let mut it = h.m.iter_init(&mut *h.rand);
    let (first, _) = h.m.iter_next(&mut it).unwrap().unwrap();
    let (upd, del) = ((first + 1) % 8, (first + 2) % 8);
    for k in 8..40 {
        h.write(WriteKind::Assign, Some(k), Some(k));
    }
    h.write(WriteKind::Assign, Some(upd), Some(500));
    h.write(WriteKind::Delete, Some(del), None);
    assert!(h.m.dir_len > 0 && h.m.tables[h.m.directory_tables()[0] as usize].capacity == 64);
    let mut rest = BTreeMap::new();
    while let Some((k, v)) = h.m.iter_next(&mut it).unwrap() {
        assert!(rest.insert(k, v).is_none());
    }
    let want: BTreeMap<i64, i64> = (0..8).filter(|&k| k != first && k != del).map(|k| (k, if k == upd { 500 } else { k })).collect();
    assert_eq!(rest, want);
}

#[test]
fn snapshot_is_plain_data() {
    let fk = |k: &i64| k.to_string();
    let mut m = M::new(0, 3);
    let mut r = lcg(3);
    let s = m.snapshot(&[], &[], &fk, &fk);
    assert!(s.small.is_none() && s.tables.is_empty());
    for k in 0..5 {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    let s = m.snapshot(&[], &[], &fk, &fk);
    let small = s.small.as_ref().unwrap();
    assert_eq!(small.ctrl.iter().filter(|&&c| c == CTRL_EMPTY).count(), 3);
    assert_eq!(small.keys.iter().flatten().count(), 5);
    for k in 5..14 {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    let it = m.iter_init(&mut r);
    // The 15th insert stopped in the middle of its rehash.
    let mut w = M::write(WriteKind::Assign, Some(14), Some(kr(14)), Some(14));
    while phase(&w) != "RehashGroup" {
        m.step(&mut w, &mut r);
    }
    m.step(&mut w, &mut r);
    let s = m.snapshot(&[(2, &it)], &[(3, &w.work)], &fk, &fk);
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["dirLen"], 1);
    assert_eq!(json["writing"], true);
    assert_eq!(json["tables"][0]["state"], "installed");
    assert_eq!(json["tables"][0]["capacity"], 16);
    assert_eq!(json["tables"][0]["growthLeft"], 0);
    assert_eq!(json["tables"][0]["groups"][0]["ctrl"].as_array().unwrap().len(), 8);
    assert_eq!(json["tables"][1]["state"], "building");
    assert_eq!(json["tables"][1]["capacity"], 32);
    assert_eq!(json["rehashes"][0]["nextGroup"], 1);
    assert_eq!(json["iterators"][0]["goroutine"], 2);
}

/// The probe the map view highlights: from `h1 & mask`, triangular steps
/// (`probeSeq`), past full groups only, ending at the key's group (or where
/// an insert would stop); a small map is its one group.
#[test]
fn the_snapshot_probe_walks_the_keys_probe_sequence() {
    let fk = |k: &i64| k.to_string();
    let mut m = M::new(0, 5);
    let mut r = lcg(5);
    for k in 0..4 {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    let p = m.probe_snapshot(2, ProbeOp::Assign, &kr(3), "3".into());
    assert_eq!((p.table, p.groups.clone(), p.op, p.key.as_str(), p.goroutine), (None, vec![0], ProbeOp::Assign, "3", 2));
    let small = m.small_group().unwrap();
    assert!(p.found && small.slots[p.slot.unwrap()].as_ref().unwrap().key == 3, "found in its slot: {p:?}");
    // A small map's lookup and delete match the group whole (no empty slot
    // stops them); an insert goes into the first empty slot.
    for op in [ProbeOp::Lookup, ProbeOp::Delete] {
        let p = m.probe_snapshot(2, op, &kr(77), "77".into());
        assert!(!p.found && p.slot.is_none(), "absent, no end slot: {p:?}");
    }
    let p = m.probe_snapshot(2, ProbeOp::Assign, &kr(77), "77".into());
    assert!(!p.found && p.slot == Some(small.ctrls.match_empty().first()), "a new key's slot: the first empty one: {p:?}");
    // Every probe starts at group 0: probes of later keys cross full groups.
    let mut m = M::new(0, 5);
    m.hasher = group_zero;
    for k in 0..300 {
        m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
    }
    let mut long = 0;
    for k in [0, 7, 150, 299, 1000] {
        let p = m.probe_snapshot(1, ProbeOp::Delete, &kr(k), k.to_string());
        let t = &m.tables[p.table.unwrap() as usize];
        let n = t.groups.length_mask + 1;
        assert_eq!(p.groups[0], h1(m.hash(&kr(k))) & t.groups.length_mask, "starts at h1 & mask");
        for i in 1..p.groups.len() {
            assert_eq!((p.groups[i] + n - p.groups[i - 1]) % n, i as u64 % n, "triangular step {i}");
            assert!(!t.groups.group(p.groups[i - 1]).ctrls.match_empty().any(), "a probe only passes full groups");
        }
        let last = t.groups.group(*p.groups.last().unwrap());
        let holds = last.slots.iter().flatten().any(|s| s.key == k);
        assert!(holds == (k < 300), "the last group holds the key {k} (or, absent, has an empty slot)");
        assert!(holds || last.ctrls.match_empty().any());
        assert_eq!(p.found, holds);
        let slot = p.slot.expect("the probe ends at a slot");
        if holds {
            assert_eq!(last.slots[slot].as_ref().unwrap().key, k, "the key's slot");
        } else {
            assert_eq!(slot, last.ctrls.match_empty().first(), "the first empty slot ends the probe");
        }
        long = long.max(p.groups.len());
    }
    assert!(long > 3, "some probe crosses several groups: {long}");
    assert_eq!(serde_json::to_value(m.snapshot(&[], &[], &fk, &fk)).unwrap()["probes"], serde_json::json!([]));
}

/// An iterator's `next` in the snapshot is the slot `Iter.Next` looks at
/// first: when that slot is full, it is the key produced next.
#[test]
fn the_snapshot_iterator_position_is_the_slot_next_looks_at() {
    let fk = |k: &i64| k.to_string();
    for n in [5, 40] {
        let mut m = M::new(0, 6);
        let mut r = lcg(6);
        for k in 0..n {
            m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
        }
        let mut it = m.iter_init(&mut r);
        let (mut hits, mut produced) = (0, 0);
        loop {
            let s = m.snapshot(&[(1, &it)], &[], &fk, &fk);
            let at = s.iterators[0].next;
            let key_there = at.and_then(|(g, i)| {
                let group = if s.iterators[0].small { s.small.as_ref()? } else { &s.tables.iter().find(|t| Some(t.id) == s.iterators[0].tab)?.groups[g as usize] };
                group.keys[i].clone()
            });
            let Some((k, _)) = m.next_entry(&mut it) else { break };
            produced += 1;
            if let Some(want) = key_there {
                assert_eq!(want, k.to_string(), "n={n}: the slot at next is produced first");
                hits += 1;
            }
        }
        assert_eq!(produced, n);
        assert!(hits > 0, "n={n}: some positions land on a full slot");
    }
}

/// The map view sees a rehash as it happens: `inspect` at each group-copy
/// event shows the rehash under way (that many groups copied, the new table
/// being built, `writing` set), not the write run on to its end.
#[test]
fn inspect_shows_a_rehash_group_by_group() {
    let src = "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 40; i++ {\n\t\tm[i] = i\n\t}\n}\n";
    let o = maprace::Options::default();
    let r = maprace::run(src, &o).unwrap();
    let mut seen = 0;
    for e in r.events.iter().filter(|e| e.detail.starts_with("rehash: group")) {
        let group: u64 = e.detail.split(' ').nth(2).unwrap().parse().unwrap();
        let snap = maprace::inspect(src, &o, e.step).unwrap();
        let sw = snap[0].swiss.as_ref().expect("a swiss map");
        assert!(sw.writing, "step {}: writing is set during the rehash", e.step);
        assert_eq!(sw.rehashes.len(), 1, "step {}: {}", e.step, e.detail);
        assert_eq!(sw.rehashes[0].next_group, group + 1, "step {}: {}", e.step, e.detail);
        assert!(sw.tables.iter().any(|t| t.state == "building"), "step {}: the new table is shown", e.step);
        seen += 1;
    }
    assert!(seen >= 6, "the map rehashes twice on the way to 40 entries: {seen} group copies");
}

/// The end of a growth, "table N replaces table M in the directory": `inspect`
/// at that event shows the new table installed (the old one gone from the
/// directory, no rehash under way) with `writing` still set and the write's
/// key not stored yet — the write probes the new table next; the store is
/// the next event's.
#[test]
fn inspect_at_a_table_replacing_a_table_shows_the_key_not_yet_stored() {
    let src = "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 40; i++ {\n\t\tm[i] = i\n\t}\n}\n";
    let o = maprace::Options::default();
    let r = maprace::run(src, &o).unwrap();
    let mut seen = 0;
    for e in r.events.iter().filter(|e| e.detail.contains("replaces table")) {
        let snap = maprace::inspect(src, &o, e.step).unwrap();
        let sw = snap[0].swiss.as_ref().expect("a swiss map");
        let key = sw.used.to_string(); // m[i] = i with i entries stored before it
        assert!(sw.writing, "step {}: the write is under way", e.step);
        assert!(sw.rehashes.is_empty(), "step {}: the rehash is over: {:?}", e.step, sw.rehashes);
        assert!(sw.tables.iter().all(|t| t.state == "installed"), "step {}: the new table is in the directory", e.step);
        let stored = sw.tables.iter().flat_map(|t| &t.groups).flat_map(|g| &g.keys).flatten().any(|k| *k == key);
        assert!(!stored, "step {} ({}): key {key} is not stored yet", e.step, e.detail);
        assert_eq!(sw.probes.len(), 1, "step {}: the write's probe, in the new table", e.step);
        // The next event of this write stores the key.
        let next = r.events.iter().find(|x| x.step > e.step && x.g == e.g).expect("the write goes on");
        let after = maprace::inspect(src, &o, next.step).unwrap();
        let sw = after[0].swiss.as_ref().unwrap();
        assert!(sw.tables.iter().flat_map(|t| &t.groups).flat_map(|g| &g.keys).flatten().any(|k| *k == key), "step {}: key {key} stored", next.step);
        seen += 1;
    }
    assert_eq!(seen, 2, "the map grows twice on the way to 40 entries (16 → 32 → 64 slots)");
}

/// A read leaves nothing under way, so the map view's probe after a
/// `map_read` event is the one the VM remembers: the lookup's groups, ending
/// at the key's slot (found) or the empty slot that stopped it (missing),
/// exactly the probe `probe_snapshot` computes; the next write's start drops it.
#[test]
fn inspect_after_a_read_shows_the_lookups_probe() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i\n\t}\n\tfmt.Println(m[42])\n\t_, ok := m[1000]\n\tm[7] = 0\n\tfmt.Println(ok)\n}\n";
    let o = maprace::Options::default();
    let r = maprace::run(src, &o).unwrap();
    let reads: Vec<_> = r.events.iter().filter(|e| e.kind == maprace::trace::EventKind::MapRead).collect();
    assert_eq!(reads.len(), 2);
    for (e, key, found) in [(reads[0], "42", true), (reads[1], "1000", false)] {
        let snap = maprace::inspect(src, &o, e.step).unwrap();
        let sw = snap[0].swiss.as_ref().unwrap();
        assert_eq!(sw.probes.len(), 1, "step {}: {:?}", e.step, sw.probes);
        let p = &sw.probes[0];
        assert_eq!((p.op, p.key.as_str(), p.found, p.goroutine), (ProbeOp::Lookup, key, found, e.g), "{p:?}");
        assert!(!sw.writing);
        let t = sw.tables.iter().find(|t| Some(t.id) == p.table).expect("the probed table is drawn");
        let last = &t.groups[*p.groups.last().unwrap() as usize];
        let slot = p.slot.unwrap();
        if found {
            assert_eq!(last.keys[slot].as_deref(), Some(key), "the key's slot");
        } else {
            assert_eq!(last.ctrl[slot], CTRL_EMPTY, "an empty slot ends the probe of a missing key");
        }
    }
    let w = r.events.iter().find(|e| e.step > reads[1].step && e.kind == maprace::trace::EventKind::MapWrite).unwrap();
    let snap = maprace::inspect(src, &o, w.step).unwrap();
    let ops: Vec<ProbeOp> = snap[0].swiss.as_ref().unwrap().probes.iter().map(|p| p.op).collect();
    assert_eq!(ops, vec![ProbeOp::Assign], "the write's probe replaces the lookup's");
}

/// NaN keys (never equal, not even to themselves): each insert adds an entry;
/// a lookup never finds one; after growth a range still produces them from
/// the old group — unless a clear happened (clearSeq), as Go's grownKeyElem says.
#[test]
fn nan_keys_survive_growth_during_a_range_but_not_a_clear() {
    let nan = |k: i64| KeyRepr { bytes: Rc::from(k.to_le_bytes().as_slice()), nan: true };
    for clear in [false, true] {
        let mut m = M::new(0, 4);
        let mut r = lcg(4);
        for k in 0..6 {
            m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
        }
        for _ in 0..2 {
            // m[NaN] = -1, twice: two entries.
            m.run_write(M::write(WriteKind::Assign, Some(-1), Some(nan(-1)), Some(-1)), &mut r).unwrap();
        }
        assert_eq!(m.used, 8);
        assert_eq!(m.get(&nan(-1)), Ok(None));
        let mut draws = [0u64, 0].into_iter();
        let mut it = m.iter_init(&mut || draws.next().unwrap());
        let (first, _) = m.iter_next(&mut it).unwrap().unwrap();
        assert_eq!(first, 0);
        for k in 100..120 {
            m.run_write(M::write(WriteKind::Assign, Some(k), Some(kr(k)), Some(k)), &mut r).unwrap();
        }
        assert!(m.dir_len > 0);
        if clear {
            m.run_write(M::write(WriteKind::Clear, None, None, None), &mut r).unwrap();
        }
        let mut rest = vec![];
        while let Some((k, _)) = m.iter_next(&mut it).unwrap() {
            rest.push(k);
        }
        if clear {
            assert_eq!(rest, Vec::<i64>::new());
        } else {
            assert_eq!(rest, vec![1, 2, 3, 4, 5, -1, -1]);
        }
        m.check_invariants().unwrap();
    }
}
