//! Go's classic map (Go ≤ 1.23, `runtime/map.go`), modelled bucket by bucket.
//!
//! A map is an array of 2^B buckets. Each bucket holds up to 8 key/elem pairs
//! (`bucketCnt`) and the top 8 bits of each key's hash (`tophash`), so a
//! lookup compares one byte before it compares keys. Values of `tophash`
//! below `minTopHash` are markers: `emptyRest` (this slot and every later one,
//! overflow included, is empty), `emptyOne`, and, in an old bucket during
//! growth, `evacuatedX` / `evacuatedY` / `evacuatedEmpty`. A full bucket
//! chains to overflow buckets.
//!
//! When the average load passes 6.5 per bucket (`overLoadFactor`) the map
//! doubles; when there are too many overflow buckets for its size
//! (`tooManyOverflowBuckets`, after many deletes) it grows to the same size
//! to compact. Growth is incremental: `hashGrow` only swaps the arrays, and
//! each later write moves (`evacuate`s) the bucket it is about to use plus one
//! more (`growWork`), old bucket i going to new bucket i (X) or i+2^oldB (Y).
//! Reads of a bucket not yet evacuated look in the old array.
//!
//! The runtime's race check is the `hashWriting` flag: a writer sets it for
//! the duration of the write; a reader, iterator or second writer that sees
//! it set throws `concurrent map …`. It is best effort: it only fires when the
//! two operations actually overlap. Here every write follows the protocol
//! both Go maps share (`gomap/protocol.rs`: check | toggle | work | check and
//! clear), one micro-step each; this file supplies the work ([`AssignPhase`]:
//! one step per bucket `growWork` evacuates, one for the probe) and the
//! [`Model`] the protocol drives. The scheduler may switch goroutines
//! between any two micro-steps.
//!
//! Differences from Go, on purpose: keys hash with a seeded 64-bit hash
//! (Go's is AES-based with a per-process seed, which cannot be reproduced);
//! `noverflow` is counted exactly for every B (Go samples it above B=15).

use super::hash::{hash_key, KeyRepr};
use super::protocol::{Args, Model, WriteKind, Worked};
use super::paging::{Window, CHAIN_MAX, PAGE_GROUPS, UNDER_WAY_MAX};
use super::snapshot::{BucketSnapshot, HmapSnapshot, IterSnapshot, SlotsSnapshot};
use crate::vm::value::Value;
use serde::Serialize;

/// Slots per bucket.
pub const BUCKET_CNT: usize = 8;
/// Tophash markers.
pub const EMPTY_REST: u8 = 0;
pub const EMPTY_ONE: u8 = 1;
pub const EVACUATED_X: u8 = 2;
pub const EVACUATED_Y: u8 = 3;
pub const EVACUATED_EMPTY: u8 = 4;
pub const MIN_TOP_HASH: u8 = 5;
/// `flags` bits.
pub const ITERATOR: u8 = 1;
pub const OLD_ITERATOR: u8 = 2;
pub const HASH_WRITING: u8 = 4;
pub const SAME_SIZE_GROW: u8 = 8;
/// The markers' names, as `runtime/map.go` names them (for the map view).
pub const TOPHASH_MARKERS: [(u8, &str); 5] = [(EMPTY_REST, "emptyRest"), (EMPTY_ONE, "emptyOne"), (EVACUATED_X, "evacuatedX"), (EVACUATED_Y, "evacuatedY"), (EVACUATED_EMPTY, "evacuatedEmpty")];
/// The `flags` bits' names, as `runtime/map.go` names them.
pub const FLAG_NAMES: [(u8, &str); 4] = [(ITERATOR, "iterator"), (OLD_ITERATOR, "oldIterator"), (HASH_WRITING, "hashWriting"), (SAME_SIZE_GROW, "sameSizeGrow")];
/// Load factor 6.5 = loadFactorNum/loadFactorDen.
const LOAD_FACTOR_NUM: u64 = 13;
const LOAD_FACTOR_DEN: u64 = 2;

#[derive(Debug, Clone)]
pub struct Bucket {
    pub tophash: [u8; BUCKET_CNT],
    pub keys: Vec<Option<(Value, KeyRepr)>>,
    pub elems: Vec<Value>,
    pub overflow: Option<u32>,
}

impl Bucket {
    fn new() -> Self {
        Bucket { tophash: [EMPTY_REST; BUCKET_CNT], keys: vec![None; BUCKET_CNT], elems: vec![Value::Nil; BUCKET_CNT], overflow: None }
    }
}

/// One bucket array with its overflow buckets (indices ≥ 2^B are overflow).
#[derive(Debug, Clone)]
pub struct Table {
    pub b: u8,
    pub buckets: Vec<Bucket>,
}

impl Table {
    fn new(b: u8) -> Self {
        Table { b, buckets: (0..(1usize << b)).map(|_| Bucket::new()).collect() }
    }
}

pub fn is_empty(x: u8) -> bool {
    x <= EMPTY_ONE
}

pub fn evacuated(b: &Bucket) -> bool {
    let h = b.tophash[0];
    h > EMPTY_ONE && h < MIN_TOP_HASH
}

pub fn tophash(hash: u64) -> u8 {
    let top = (hash >> 56) as u8;
    if top < MIN_TOP_HASH {
        top + MIN_TOP_HASH
    } else {
        top
    }
}

pub fn over_load_factor(count: u64, b: u8) -> bool {
    count > BUCKET_CNT as u64 && count > LOAD_FACTOR_NUM * ((1u64 << b) / LOAD_FACTOR_DEN)
}

pub fn too_many_overflow_buckets(noverflow: u32, b: u8) -> bool {
    let b = b.min(15);
    noverflow as u64 >= 1u64 << b
}

/// An iterator's state (`hiter`).
#[derive(Debug, Clone, Serialize)]
pub struct Hiter {
    /// Table id of the bucket array at `mapiterinit`.
    pub table: u32,
    pub b: u8,
    pub start_bucket: u32,
    pub offset: u8,
    pub wrapped: bool,
    /// Current bucket index (the next to start) and position.
    pub bucket: u32,
    /// The bucket being walked: (table, bucket).
    pub bptr: Option<(u32, u32)>,
    pub i: u8,
    pub check_bucket: Option<u32>,
    pub done: bool,
}

/// The map header, `hmap`.
#[derive(Debug, Clone)]
pub struct Hmap {
    pub count: u64,
    pub flags: u8,
    pub b: u8,
    pub noverflow: u32,
    pub hash0: u64,
    /// Table ids into `tables`; `None` before the first insert.
    pub buckets: Option<u32>,
    pub oldbuckets: Option<u32>,
    pub nevacuate: u32,
    pub tables: Vec<Table>,
    pub key_type: u32,
    pub elem_type: u32,
    pub map_type: u32,
}

/// Where the work of `mapassign` / `mapdelete` / `mapclear` is, between
/// the protocol's toggles; each phase is one scheduler step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AssignPhase {
    /// `growWork`: evacuate the bucket about to be used.
    GrowWorkBucket,
    /// `growWork`: evacuate one more, at `nevacuate`.
    GrowWorkNext,
    /// Probe the bucket chain and insert (or delete), or clear.
    #[default]
    Probe,
}

/// What a completed probe of `mapassign` did, for the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Effect {
    Inserted { bucket: u32, slot: u8 },
    Updated { bucket: u32, slot: u8 },
    Deleted { bucket: u32, slot: u8 },
    Grew { same_size: bool, b: u8 },
    Evacuated { oldbucket: u32 },
    GrowthDone,
    Cleared,
    Nothing,
}

impl Hmap {
    /// `makemap`: B is the smallest that holds `hint` elements without overloading.
    pub fn new(hint: i64, hash0: u64, key_type: u32, elem_type: u32, map_type: u32) -> Self {
        let mut b = 0u8;
        let hint = hint.max(0) as u64;
        while over_load_factor(hint, b) {
            b += 1;
        }
        let mut h = Hmap { count: 0, flags: 0, b, noverflow: 0, hash0, buckets: None, oldbuckets: None, nevacuate: 0, tables: Vec::new(), key_type, elem_type, map_type };
        if b != 0 {
            h.buckets = Some(h.new_table(b));
        }
        h
    }

    fn new_table(&mut self, b: u8) -> u32 {
        self.tables.push(Table::new(b));
        (self.tables.len() - 1) as u32
    }

    pub fn growing(&self) -> bool {
        self.oldbuckets.is_some()
    }

    pub fn same_size_grow(&self) -> bool {
        self.flags & SAME_SIZE_GROW != 0
    }

    fn bucket_mask(&self) -> u64 {
        (1u64 << self.b) - 1
    }

    /// Number of buckets in the old array.
    pub fn noldbuckets(&self) -> u32 {
        let mut ob = self.b;
        if !self.same_size_grow() {
            ob -= 1;
        }
        1u32 << ob
    }

    fn oldbucketmask(&self) -> u32 {
        self.noldbuckets() - 1
    }

    pub fn hash(&self, k: &KeyRepr) -> u64 {
        hash_key(k, self.hash0)
    }

    /// `mapaccess1/2` after the flag check: the element, if present.
    pub fn lookup(&self, k: &KeyRepr) -> Option<Value> {
        self.find(k).map(|(t, b, i)| self.tables[t as usize].buckets[b as usize].elems[i].clone())
    }

    /// Table, bucket and slot holding `k`, looking in the old array while its bucket is not evacuated.
    pub fn find(&self, k: &KeyRepr) -> Option<(u32, u32, usize)> {
        let cur = self.buckets?;
        if self.count == 0 {
            return None;
        }
        let hash = self.hash(k);
        let m = self.bucket_mask();
        let mut t = cur;
        let mut bi = (hash & m) as u32;
        if let Some(old) = self.oldbuckets {
            let mut om = m;
            if !self.same_size_grow() {
                om >>= 1;
            }
            let obi = (hash & om) as u32;
            if !evacuated(&self.tables[old as usize].buckets[obi as usize]) {
                t = old;
                bi = obi;
            }
        }
        let top = tophash(hash);
        let table = &self.tables[t as usize];
        let mut b = Some(bi);
        while let Some(cb) = b {
            let bucket = &table.buckets[cb as usize];
            for i in 0..BUCKET_CNT {
                if bucket.tophash[i] != top {
                    if bucket.tophash[i] == EMPTY_REST {
                        return None;
                    }
                    continue;
                }
                if let Some((_, kr)) = &bucket.keys[i] {
                    if kr.equal(k) {
                        return Some((t, cb, i));
                    }
                }
            }
            b = bucket.overflow;
        }
        None
    }

    /// `growWork`'s first half: evacuate the old bucket that `hash` maps to.
    pub fn grow_work_bucket(&mut self, hash: u64) -> Option<Effect> {
        if !self.growing() {
            return None;
        }
        let ob = (hash & self.bucket_mask()) as u32 & self.oldbucketmask();
        Some(self.evacuate(ob))
    }

    /// `growWork`'s second half: evacuate the bucket at `nevacuate`.
    pub fn grow_work_next(&mut self) -> Option<Effect> {
        if !self.growing() {
            return None;
        }
        Some(self.evacuate(self.nevacuate))
    }

    /// Moves old bucket `oldbucket` (with its overflow chain) to X and Y in the new array.
    pub fn evacuate(&mut self, oldbucket: u32) -> Effect {
        let old = match self.oldbuckets {
            Some(o) => o,
            None => return Effect::Nothing,
        };
        let newbit = self.noldbuckets();
        let cur = self.buckets.expect("buckets during growth");
        if !evacuated(&self.tables[old as usize].buckets[oldbucket as usize]) {
            // X: same index; Y: index + newbit (only when doubling).
            let mut dest: [(u32, usize); 2] = [(oldbucket, 0), (oldbucket + newbit, 0)];
            let mut b = Some(oldbucket);
            while let Some(cb) = b {
                for i in 0..BUCKET_CNT {
                    let top = self.tables[old as usize].buckets[cb as usize].tophash[i];
                    if is_empty(top) {
                        self.tables[old as usize].buckets[cb as usize].tophash[i] = EVACUATED_EMPTY;
                        continue;
                    }
                    let (key, elem) = {
                        let ob = &self.tables[old as usize].buckets[cb as usize];
                        (ob.keys[i].clone().expect("key in a full slot"), ob.elems[i].clone())
                    };
                    let mut use_y = 0usize;
                    if !self.same_size_grow() {
                        let hash = self.hash(&key.1);
                        if !key.1.equal(&key.1) {
                            // NaN: not reproducible; decide by tophash's low bit, as Go does.
                            use_y = (top & 1) as usize;
                        } else if hash & newbit as u64 != 0 {
                            use_y = 1;
                        }
                    }
                    self.tables[old as usize].buckets[cb as usize].tophash[i] = EVACUATED_X + use_y as u8;
                    let (mut db, mut di) = dest[use_y];
                    if di == BUCKET_CNT {
                        let nb = self.newoverflow(cur, db);
                        db = nb;
                        di = 0;
                    }
                    let d = &mut self.tables[cur as usize].buckets[db as usize];
                    d.tophash[di] = top;
                    d.keys[di] = Some(key);
                    d.elems[di] = elem;
                    dest[use_y] = (db, di + 1);
                }
                b = self.tables[old as usize].buckets[cb as usize].overflow;
            }
            // Go clears the old keys and elems for the GC unless an iterator may still use them.
            if self.flags & OLD_ITERATOR == 0 {
                let mut b = Some(oldbucket);
                while let Some(cb) = b {
                    let ob = &mut self.tables[old as usize].buckets[cb as usize];
                    for i in 0..BUCKET_CNT {
                        ob.keys[i] = None;
                        ob.elems[i] = Value::Nil;
                    }
                    b = ob.overflow;
                }
            }
        }
        if oldbucket == self.nevacuate {
            if self.advance_evacuation_mark(newbit) {
                return Effect::GrowthDone;
            }
        }
        Effect::Evacuated { oldbucket }
    }

    /// Returns true when growth has finished.
    fn advance_evacuation_mark(&mut self, newbit: u32) -> bool {
        self.nevacuate += 1;
        let old = self.oldbuckets.expect("old buckets");
        let stop = (self.nevacuate + 1024).min(newbit);
        while self.nevacuate != stop && evacuated(&self.tables[old as usize].buckets[self.nevacuate as usize]) {
            self.nevacuate += 1;
        }
        if self.nevacuate == newbit {
            self.oldbuckets = None;
            self.flags &= !SAME_SIZE_GROW;
            return true;
        }
        false
    }

    /// Chains a new overflow bucket after bucket `b` of table `t`.
    fn newoverflow(&mut self, t: u32, b: u32) -> u32 {
        let table = &mut self.tables[t as usize];
        table.buckets.push(Bucket::new());
        let nb = (table.buckets.len() - 1) as u32;
        table.buckets[b as usize].overflow = Some(nb);
        if Some(t) == self.buckets {
            self.noverflow += 1;
        }
        nb
    }

    /// `hashGrow`: double, or grow to the same size when only overflow is the problem.
    pub fn hash_grow(&mut self) -> Effect {
        let mut bigger = 1u8;
        if !over_load_factor(self.count + 1, self.b) {
            bigger = 0;
            self.flags |= SAME_SIZE_GROW;
        }
        let old = self.buckets;
        let newt = self.new_table(self.b + bigger);
        let mut flags = self.flags & !(ITERATOR | OLD_ITERATOR);
        if self.flags & ITERATOR != 0 {
            flags |= OLD_ITERATOR;
        }
        self.b += bigger;
        self.flags = flags;
        self.oldbuckets = old;
        self.buckets = Some(newt);
        self.nevacuate = 0;
        self.noverflow = 0;
        Effect::Grew { same_size: bigger == 0, b: self.b }
    }

    /// The probe of `mapassign`: update in place, or insert. Returns
    /// `Err(())` when it decided to grow first (the caller runs `growWork` again).
    pub fn assign_probe(&mut self, key: Value, kr: KeyRepr, elem: Value) -> Result<Effect, ()> {
        let hash = self.hash(&kr);
        if self.buckets.is_none() {
            self.buckets = Some(self.new_table(0));
        }
        let cur = self.buckets.expect("buckets");
        let top = tophash(hash);
        let bi = (hash & self.bucket_mask()) as u32;
        let mut insert: Option<(u32, usize)> = None;
        let mut b = bi;
        let mut last = bi;
        'bucketloop: loop {
            for i in 0..BUCKET_CNT {
                let bucket = &self.tables[cur as usize].buckets[b as usize];
                if bucket.tophash[i] != top {
                    if is_empty(bucket.tophash[i]) && insert.is_none() {
                        insert = Some((b, i));
                    }
                    if bucket.tophash[i] == EMPTY_REST {
                        break 'bucketloop;
                    }
                    continue;
                }
                let same = matches!(&bucket.keys[i], Some((_, k)) if k.equal(&kr));
                if !same {
                    continue;
                }
                let bucket = &mut self.tables[cur as usize].buckets[b as usize];
                bucket.keys[i] = Some((key, kr)); // needkeyupdate: +0.0 vs -0.0, strings
                bucket.elems[i] = elem;
                return Ok(Effect::Updated { bucket: b, slot: i as u8 });
            }
            last = b;
            match self.tables[cur as usize].buckets[b as usize].overflow {
                Some(o) => b = o,
                None => break,
            }
        }
        if !self.growing() && (over_load_factor(self.count + 1, self.b) || too_many_overflow_buckets(self.noverflow, self.b)) {
            return Err(());
        }
        let (ib, ii) = match insert {
            Some(p) => p,
            None => (self.newoverflow(cur, last), 0),
        };
        let bucket = &mut self.tables[cur as usize].buckets[ib as usize];
        bucket.tophash[ii] = top;
        bucket.keys[ii] = Some((key, kr));
        bucket.elems[ii] = elem;
        self.count += 1;
        Ok(Effect::Inserted { bucket: ib, slot: ii as u8 })
    }

    /// The probe of `mapdelete`. `reseed` gives a new hash0 when the map becomes empty.
    pub fn delete_probe(&mut self, kr: &KeyRepr, reseed: impl FnOnce() -> u64) -> Effect {
        let cur = match self.buckets {
            Some(c) => c,
            None => return Effect::Nothing,
        };
        let hash = self.hash(kr);
        let top = tophash(hash);
        let borig = (hash & self.bucket_mask()) as u32;
        let mut b = borig;
        loop {
            for i in 0..BUCKET_CNT {
                let bucket = &self.tables[cur as usize].buckets[b as usize];
                if bucket.tophash[i] != top {
                    if bucket.tophash[i] == EMPTY_REST {
                        return Effect::Nothing;
                    }
                    continue;
                }
                if !matches!(&bucket.keys[i], Some((_, k)) if k.equal(kr)) {
                    continue;
                }
                let bucket = &mut self.tables[cur as usize].buckets[b as usize];
                bucket.keys[i] = None;
                bucket.elems[i] = Value::Nil;
                bucket.tophash[i] = EMPTY_ONE;
                self.mark_empty_rest(cur, borig, b, i);
                self.count -= 1;
                if self.count == 0 {
                    // Reset the hash seed to make it harder to trigger collisions (as Go does).
                    self.hash0 = reseed();
                }
                return Effect::Deleted { bucket: b, slot: i as u8 };
            }
            match self.tables[cur as usize].buckets[b as usize].overflow {
                Some(o) => b = o,
                None => return Effect::Nothing,
            }
        }
    }

    /// After a delete: if the bucket chain now ends in emptyOne slots, turn them into emptyRest.
    fn mark_empty_rest(&mut self, t: u32, borig: u32, mut b: u32, mut i: usize) {
        let table = &mut self.tables[t as usize];
        if i == BUCKET_CNT - 1 {
            if let Some(o) = table.buckets[b as usize].overflow {
                if table.buckets[o as usize].tophash[0] != EMPTY_REST {
                    return;
                }
            }
        } else if table.buckets[b as usize].tophash[i + 1] != EMPTY_REST {
            return;
        }
        loop {
            table.buckets[b as usize].tophash[i] = EMPTY_REST;
            if i == 0 {
                if b == borig {
                    break;
                }
                let c = b;
                b = borig;
                while table.buckets[b as usize].overflow != Some(c) {
                    b = table.buckets[b as usize].overflow.expect("chain");
                }
                i = BUCKET_CNT - 1;
            } else {
                i -= 1;
            }
            if table.buckets[b as usize].tophash[i] != EMPTY_ONE {
                break;
            }
        }
    }

    /// `mapclear` after the flag check. As Go since 1.21 (issue #59411), every
    /// bucket of the current and old arrays, overflow included, is first marked
    /// empty, so an iterator still walking them yields none of the cleared
    /// entries; the current array is then reused, cleared (`makeBucketArray`
    /// on `h.buckets`), so entries added after the clear may or may not be seen.
    pub fn clear(&mut self, hash0: u64) {
        for t in [self.buckets, self.oldbuckets].into_iter().flatten() {
            for bk in &mut self.tables[t as usize].buckets {
                bk.tophash = [EMPTY_REST; BUCKET_CNT];
                bk.keys.iter_mut().for_each(|k| *k = None);
                bk.elems.iter_mut().for_each(|e| *e = Value::Nil);
            }
        }
        self.flags &= !SAME_SIZE_GROW;
        self.oldbuckets = None;
        self.nevacuate = 0;
        self.noverflow = 0;
        self.count = 0;
        self.hash0 = hash0;
        if let Some(t) = self.buckets {
            // The main array starts afresh; overflow buckets past it stay as
            // (empty) garbage an iterator may still be walking.
            let table = &mut self.tables[t as usize];
            for bk in table.buckets.iter_mut().take(1usize << table.b) {
                bk.overflow = None;
            }
        }
    }

    /// `mapiterinit`: a random start bucket and offset from `r`.
    pub fn iter_init(&mut self, r: u64) -> Hiter {
        let mut it = Hiter { table: 0, b: self.b, start_bucket: 0, offset: 0, wrapped: false, bucket: 0, bptr: None, i: 0, check_bucket: None, done: true };
        let cur = match self.buckets {
            Some(c) if self.count > 0 => c,
            _ => return it,
        };
        it.done = false;
        it.table = cur;
        it.start_bucket = (r & self.bucket_mask()) as u32;
        it.offset = ((r >> self.b) & (BUCKET_CNT as u64 - 1)) as u8;
        it.bucket = it.start_bucket;
        self.flags |= ITERATOR | OLD_ITERATOR;
        it
    }

    /// `mapiternext` after the flag check: the next key and element, or None at the end.
    pub fn iter_next(&self, it: &mut Hiter) -> Option<(Value, Value)> {
        if it.done {
            return None;
        }
        loop {
            let (tid, bi) = match it.bptr {
                Some(p) => p,
                None => {
                    if it.bucket == it.start_bucket && it.wrapped {
                        it.done = true;
                        return None;
                    }
                    let p = match self.oldbuckets {
                        // Started during this growth, which is not done: walk the old bucket
                        // while it is not evacuated, keeping only keys bound for this bucket.
                        Some(old) if it.b == self.b => {
                            let ob = it.bucket & self.oldbucketmask();
                            if !evacuated(&self.tables[old as usize].buckets[ob as usize]) {
                                it.check_bucket = Some(it.bucket);
                                (old, ob)
                            } else {
                                it.check_bucket = None;
                                (it.table, it.bucket)
                            }
                        }
                        _ => {
                            it.check_bucket = None;
                            (it.table, it.bucket)
                        }
                    };
                    it.bucket += 1;
                    if it.bucket == 1u32 << it.b {
                        it.bucket = 0;
                        it.wrapped = true;
                    }
                    it.i = 0;
                    it.bptr = Some(p);
                    p
                }
            };
            let bk = &self.tables[tid as usize].buckets[bi as usize];
            while (it.i as usize) < BUCKET_CNT {
                let offi = (it.i as usize + it.offset as usize) & (BUCKET_CNT - 1);
                it.i += 1;
                let top = bk.tophash[offi];
                if is_empty(top) || top == EVACUATED_EMPTY {
                    continue;
                }
                let (k, kr) = match &bk.keys[offi] {
                    Some(x) => x.clone(),
                    None => continue,
                };
                if let (Some(cb), false) = (it.check_bucket, self.same_size_grow()) {
                    if kr.equal(&kr) {
                        if (self.hash(&kr) & ((1u64 << it.b) - 1)) as u32 != cb {
                            continue;
                        }
                    } else if (cb >> (it.b - 1)) as u8 != top & 1 {
                        continue;
                    }
                }
                if (top != EVACUATED_X && top != EVACUATED_Y) || !kr.equal(&kr) {
                    return Some((k, bk.elems[offi].clone()));
                }
                // The map grew since the iterator started and this key moved: look it up now.
                if let Some(e) = self.lookup(&kr) {
                    return Some((k, e));
                }
            }
            it.bptr = bk.overflow.map(|o| (tid, o));
            it.i = 0;
        }
    }
}

/// The classic map under the write protocol (`gomap/protocol.rs`).
impl Model for Hmap {
    type Key = Value;
    type Elem = Value;
    type Work = AssignPhase;
    type Effect = Effect;
    fn writing(&self) -> bool {
        self.flags & HASH_WRITING != 0
    }
    fn toggle_writing(&mut self) {
        self.flags ^= HASH_WRITING;
    }
    /// `mapdelete` and `mapclear` of an empty map return before the check.
    fn returns_early(&self, kind: WriteKind) -> bool {
        kind != WriteKind::Assign && self.count == 0
    }
    fn hash(&self, kr: &KeyRepr) -> u64 {
        Hmap::hash(self, kr)
    }
    /// A write to a growing map first helps the growth (`growWork`).
    fn begin_work(&self, kind: WriteKind) -> AssignPhase {
        if kind != WriteKind::Clear && self.growing() {
            AssignPhase::GrowWorkBucket
        } else {
            AssignPhase::Probe
        }
    }
    fn work(&mut self, kind: WriteKind, a: &mut Args<Value, Value>, phase: &mut AssignPhase, rand: &mut dyn FnMut() -> u64) -> Worked<Effect> {
        match *phase {
            AssignPhase::GrowWorkBucket => {
                let e = self.grow_work_bucket(a.hash);
                *phase = if self.growing() { AssignPhase::GrowWorkNext } else { AssignPhase::Probe };
                Worked::More(e.unwrap_or(Effect::Nothing))
            }
            AssignPhase::GrowWorkNext => {
                let e = self.grow_work_next();
                *phase = AssignPhase::Probe;
                Worked::More(e.unwrap_or(Effect::Nothing))
            }
            AssignPhase::Probe => match kind {
                WriteKind::Assign => {
                    let (Some(key), Some(kr), Some(elem)) = (a.key.clone(), a.kr.clone(), a.elem.clone()) else {
                        return Worked::Done(Effect::Nothing);
                    };
                    match self.assign_probe(key, kr, elem) {
                        Ok(e) => Worked::Done(e),
                        Err(()) => {
                            // Too full: hashGrow, then growWork again before inserting.
                            *phase = AssignPhase::GrowWorkBucket;
                            Worked::More(self.hash_grow())
                        }
                    }
                }
                WriteKind::Delete => match &a.kr {
                    Some(kr) => Worked::Done(self.delete_probe(kr, || rand())),
                    None => Worked::Done(Effect::Nothing),
                },
                WriteKind::Clear => {
                    let seed = rand();
                    self.clear(seed);
                    Worked::Done(Effect::Cleared)
                }
            },
        }
    }
    fn no_effect() -> Effect {
        Effect::Nothing
    }
    fn toggled() -> Effect {
        Effect::Nothing
    }
}

impl Hmap {
    /// The map view's picture, whole: the header, every bucket with its
    /// overflow chain (and the old array during growth), and the iterators in
    /// `iters` (with their goroutines); `fk`/`fv` format keys and elems.
    pub fn snapshot(&self, iters: &[(u32, &Hiter)], fk: &dyn Fn(&Value) -> String, fv: &dyn Fn(&Value) -> String) -> HmapSnapshot {
        self.snapshot_in(iters, &[], Window::WHOLE, fk, fv)
    }

    /// The bucket `kr` hashes to in the current array (where a write under way works).
    pub fn bucket_of(&self, kr: &KeyRepr) -> u32 {
        (self.hash(kr) & ((1u64 << self.b) - 1)) as u32
    }

    /// The picture `win` asks for: a page of each array — the one asked for,
    /// else the one holding `writing` (the buckets writes under way hash to)
    /// or an iterator's next bucket; of the old array, the one holding
    /// `nevacuate`.
    pub fn snapshot_in(&self, iters: &[(u32, &Hiter)], writing: &[u32], win: Window, fk: &dyn Fn(&Value) -> String, fv: &dyn Fn(&Value) -> String) -> HmapSnapshot {
        let mut flags = Vec::new();
        for (bit, n) in FLAG_NAMES {
            if self.flags & bit != 0 {
                flags.push(n);
            }
        }
        let live: Vec<&(u32, &Hiter)> = iters.iter().filter(|(_, it)| !it.done).collect();
        let table = |t: u32, part: u32, focus: Option<usize>| -> (Vec<BucketSnapshot>, u32, u32) {
            let tb = &self.tables[t as usize];
            let n = 1usize << tb.b;
            let r = win.items(part, n, PAGE_GROUPS, focus, win.detail);
            let from = r.start as u32;
            let list = r
                .map(|i| {
                    let mut chain = Vec::new();
                    let mut len = 0u32;
                    let mut b = Some(i as u32);
                    while let Some(bi) = b {
                        let bk = &tb.buckets[bi as usize];
                        if win.whole || chain.len() < CHAIN_MAX {
                            chain.push(SlotsSnapshot {
                                tophash: bk.tophash.to_vec(),
                                keys: bk.keys.iter().map(|k| k.as_ref().map(|(k, _)| fk(k))).collect(),
                                elems: bk.keys.iter().zip(&bk.elems).map(|(k, e)| k.as_ref().map(|_| fv(e))).collect(),
                            });
                        }
                        len += 1;
                        b = bk.overflow;
                    }
                    BucketSnapshot { index: i as u32, evacuated: evacuated(&tb.buckets[i]), chain, chain_len: len }
                })
                .collect();
            (list, from, n as u32)
        };
        let focus = writing.first().copied().or_else(|| live.iter().find(|(_, it)| it.check_bucket.is_none()).map(|(_, it)| it.bucket)).map(|b| b as usize);
        let (buckets, buckets_from, bucket_count) = self.buckets.map(|t| table(t, 0, focus)).unwrap_or_default();
        let old = self.oldbuckets.map(|t| table(t, 1, Some(self.nevacuate as usize)));
        let iterators = win.cut(
            live.iter().map(|(g, it)| IterSnapshot { goroutine: *g, start_bucket: it.start_bucket, offset: it.offset, bucket: it.bucket, i: it.i, wrapped: it.wrapped, old: it.check_bucket.is_some() }).collect(),
            UNDER_WAY_MAX,
        );
        HmapSnapshot {
            count: self.count,
            b: self.b,
            flags,
            hash0: format!("{:#x}", self.hash0),
            noverflow: self.noverflow,
            nevacuate: self.nevacuate,
            buckets,
            buckets_from,
            bucket_count,
            oldbuckets_from: old.as_ref().map_or(0, |o| o.1),
            oldbucket_count: old.as_ref().map_or(0, |o| o.2),
            oldbuckets: old.map(|o| o.0),
            iterators,
        }
    }
}

impl Hmap {
    /// The invariants `runtime/map.go` relies on: every entry of the current
    /// array in bucket `hash & mask` with its tophash; `emptyRest` followed
    /// only by `emptyRest`; no evacuation marks in the current array; old
    /// buckets below `nevacuate` evacuated, evacuated ones holding only
    /// markers; no key twice (across both arrays); `count` = live entries.
    pub fn check_invariants(&self) -> Result<(), String> {
        let Some(cur) = self.buckets else {
            return if self.count == 0 { Ok(()) } else { Err(format!("no buckets but count {}", self.count)) };
        };
        let table = &self.tables[cur as usize];
        if table.b != self.b {
            return Err(format!("B {} but the bucket array has B {}", self.b, table.b));
        }
        let mask = (1u64 << self.b) - 1;
        let mut live: Vec<KeyRepr> = Vec::new();
        let mut nan = 0u64;
        for bi in 0..(1u32 << self.b) {
            let mut b = Some(bi);
            let mut seen_rest = false;
            while let Some(x) = b {
                let bk = &table.buckets[x as usize];
                for i in 0..BUCKET_CNT {
                    let t = bk.tophash[i];
                    if seen_rest && t != EMPTY_REST {
                        return Err(format!("bucket {bi}: emptyRest followed by {t}"));
                    }
                    seen_rest |= t == EMPTY_REST;
                    if (EVACUATED_X..=EVACUATED_EMPTY).contains(&t) {
                        return Err(format!("bucket {bi}: evacuation mark {t} in the current array"));
                    }
                    if t >= MIN_TOP_HASH {
                        let Some((_, r)) = &bk.keys[i] else { return Err(format!("bucket {bi} slot {i}: full without a key")) };
                        let hash = self.hash(r);
                        if !r.equal(r) {
                            nan += 1;
                            continue;
                        }
                        if hash & mask != bi as u64 || tophash(hash) != t {
                            return Err(format!("bucket {bi} slot {i}: key belongs in bucket {} with tophash {}", hash & mask, tophash(hash)));
                        }
                        if self.find(r).is_none() {
                            return Err(format!("bucket {bi} slot {i}: key not found by a lookup"));
                        }
                        live.push(r.clone());
                    } else if bk.keys[i].is_some() {
                        return Err(format!("bucket {bi} slot {i}: empty slot holds a key"));
                    }
                }
                b = bk.overflow;
            }
        }
        if let Some(old) = self.oldbuckets {
            let ot = &self.tables[old as usize];
            for bi in 0..(1u32 << ot.b) {
                let evac = evacuated(&ot.buckets[bi as usize]);
                if bi < self.nevacuate && !evac {
                    return Err(format!("old bucket {bi} below nevacuate {} not evacuated", self.nevacuate));
                }
                let mut b = Some(bi);
                while let Some(x) = b {
                    let bk = &ot.buckets[x as usize];
                    for i in 0..BUCKET_CNT {
                        let t = bk.tophash[i];
                        if evac && t > EVACUATED_EMPTY {
                            return Err(format!("evacuated old bucket {bi} holds tophash {t}"));
                        }
                        if !evac && t >= MIN_TOP_HASH {
                            let Some((_, r)) = &bk.keys[i] else { return Err(format!("old bucket {bi} slot {i}: full without a key")) };
                            if r.equal(r) {
                                live.push(r.clone());
                            } else {
                                nan += 1;
                            }
                        }
                    }
                    b = bk.overflow;
                }
            }
        }
        let n = live.len() as u64 + nan;
        live.sort_by(|a, b| a.bytes.cmp(&b.bytes));
        if live.windows(2).any(|w| w[0].bytes == w[1].bytes) {
            return Err("a key is stored twice".into());
        }
        if n != self.count {
            return Err(format!("count {} but {n} live entries", self.count));
        }
        Ok(())
    }
}
