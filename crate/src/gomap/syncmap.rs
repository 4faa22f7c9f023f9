//! `sync.Map` as Go 1.23 builds it (`src/sync/map.go`).
//!
//! Two maps share entries: `read`, loaded without a lock, and `dirty`,
//! guarded by `mu`, holding every key (new ones included) once anything was
//! stored that `read` lacks (`amended`). A lookup that misses in `read` while
//! `amended` takes the lock, checks `dirty`, and counts a miss; when the misses
//! reach `len(dirty)`, dirty is promoted to be the new read map. A deleted
//! entry holds nil; when `dirty` is rebuilt from `read`, nil entries become
//! `expunged` and are left out of `dirty`.
//!
//! Each method here runs as one step; its `Path` tells the timeline whether
//! the fast path sufficed, the lock was taken, and whether dirty was promoted.

use super::hash::KeyRepr;
use crate::vm::value::Value;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub enum EntryP {
    Val(Value),
    Nil,
    Expunged,
}

/// A map from keys to entry ids, keeping insertion order.
#[derive(Debug, Clone, Default)]
pub struct KMap {
    pub order: Vec<(KeyRepr, Value, usize)>,
    index: HashMap<KeyRepr, usize>,
}

impl KMap {
    pub fn get(&self, k: &KeyRepr) -> Option<usize> {
        if k.nan {
            return None;
        }
        self.index.get(k).map(|&i| self.order[i].2)
    }
    pub fn insert(&mut self, k: KeyRepr, key: Value, e: usize) {
        if let Some(&i) = self.index.get(&k) {
            self.order[i].2 = e;
            return;
        }
        self.index.insert(k.clone(), self.order.len());
        self.order.push((k, key, e));
    }
    pub fn remove(&mut self, k: &KeyRepr) {
        if let Some(i) = self.index.remove(k) {
            self.order.remove(i);
            for (_, j) in self.index.iter_mut() {
                if *j > i {
                    *j -= 1;
                }
            }
        }
    }
    pub fn len(&self) -> usize {
        self.order.len()
    }
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// What a call did inside, for the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Path {
    pub locked: bool,
    pub missed: bool,
    pub promoted: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SyncMap {
    pub entries: Vec<EntryP>,
    pub read: KMap,
    pub amended: bool,
    pub dirty: Option<KMap>,
    pub misses: u32,
}

impl PartialEq for EntryP {
    /// Compares states only (values are never compared this way).
    fn eq(&self, o: &Self) -> bool {
        matches!((self, o), (EntryP::Nil, EntryP::Nil) | (EntryP::Expunged, EntryP::Expunged))
    }
}

/// The calls of sync.Map, for the fast-path question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Load,
    Swap,
    LoadOrStore,
    LoadAndDelete,
    CompareAndSwap,
    CompareAndDelete,
    Range,
    Clear,
}

impl SyncMap {
    /// Whether the call finishes on the lock-free fast path (reading `read`
    /// only); otherwise it goes on to take `mu` in a later step.
    pub fn fast_path_suffices(&self, call: Call, k: Option<&KeyRepr>) -> bool {
        let in_read = k.and_then(|k| self.read.get(k));
        let live = in_read.is_some_and(|e| self.entries[e] != EntryP::Expunged);
        match call {
            Call::Load | Call::LoadAndDelete | Call::CompareAndSwap | Call::CompareAndDelete => in_read.is_some() || !self.amended,
            Call::Swap | Call::LoadOrStore => live,
            Call::Range => !self.amended,
            Call::Clear => self.read.is_empty() && !self.amended,
        }
    }

    fn new_entry(&mut self, v: Value) -> usize {
        self.entries.push(EntryP::Val(v));
        self.entries.len() - 1
    }

    fn load_entry(&self, e: usize) -> Option<Value> {
        match &self.entries[e] {
            EntryP::Val(v) => Some(v.clone()),
            _ => None,
        }
    }

    fn miss_locked(&mut self, p: &mut Path) {
        p.missed = true;
        self.misses += 1;
        let n = self.dirty.as_ref().map(|d| d.len()).unwrap_or(0) as u32;
        if self.misses < n {
            return;
        }
        self.promote(p);
    }

    fn promote(&mut self, p: &mut Path) {
        if let Some(d) = self.dirty.take() {
            self.read = d;
        }
        self.amended = false;
        self.misses = 0;
        p.promoted = true;
    }

    fn dirty_locked(&mut self) {
        if self.dirty.is_some() {
            return;
        }
        let mut d = KMap::default();
        for (k, key, e) in self.read.order.clone() {
            // tryExpungeLocked: a nil entry becomes expunged and stays out of dirty.
            if self.entries[e] == EntryP::Nil {
                self.entries[e] = EntryP::Expunged;
            }
            if self.entries[e] != EntryP::Expunged {
                d.insert(k, key, e);
            }
        }
        self.dirty = Some(d);
    }

    /// Looks `k` up the way Load does (read, then dirty under the lock with a miss).
    fn lookup(&mut self, k: &KeyRepr, p: &mut Path) -> Option<usize> {
        let mut e = self.read.get(k);
        if e.is_none() && self.amended {
            p.locked = true;
            e = self.read.get(k);
            if e.is_none() && self.amended {
                e = self.dirty.as_ref().and_then(|d| d.get(k));
                self.miss_locked(p);
            }
        }
        e
    }

    pub fn load(&mut self, k: &KeyRepr) -> (Option<Value>, Path) {
        let mut p = Path::default();
        let e = self.lookup(k, &mut p);
        (e.and_then(|e| self.load_entry(e)), p)
    }

    /// Swap (and Store): the previous value, if any.
    pub fn swap(&mut self, k: KeyRepr, key: Value, v: Value) -> (Option<Value>, Path) {
        let mut p = Path::default();
        if let Some(e) = self.read.get(&k) {
            // trySwap: fails only on an expunged entry.
            if self.entries[e] != EntryP::Expunged {
                let prev = self.load_entry(e);
                self.entries[e] = EntryP::Val(v);
                return (prev, p);
            }
        }
        p.locked = true;
        let prev;
        if let Some(e) = self.read.get(&k) {
            if self.entries[e] == EntryP::Expunged {
                // unexpungeLocked: the entry goes back into dirty.
                self.entries[e] = EntryP::Nil;
                if let Some(d) = self.dirty.as_mut() {
                    d.insert(k.clone(), key.clone(), e);
                }
            }
            prev = self.load_entry(e);
            self.entries[e] = EntryP::Val(v);
        } else if let Some(e) = self.dirty.as_ref().and_then(|d| d.get(&k)) {
            prev = self.load_entry(e);
            self.entries[e] = EntryP::Val(v);
        } else {
            if !self.amended {
                self.dirty_locked();
                self.amended = true;
            }
            let e = self.new_entry(v);
            if let Some(d) = self.dirty.as_mut() {
                d.insert(k, key, e);
            }
            prev = None;
        }
        (prev, p)
    }

    /// LoadOrStore: (actual, loaded).
    pub fn load_or_store(&mut self, k: KeyRepr, key: Value, v: Value) -> (Value, bool, Path) {
        let mut p = Path::default();
        if let Some(e) = self.read.get(&k) {
            match self.entries[e].clone() {
                EntryP::Val(x) => return (x, true, p),
                EntryP::Nil => {
                    self.entries[e] = EntryP::Val(v.clone());
                    return (v, false, p);
                }
                EntryP::Expunged => {}
            }
        }
        p.locked = true;
        if let Some(e) = self.read.get(&k) {
            if self.entries[e] == EntryP::Expunged {
                self.entries[e] = EntryP::Nil;
                if let Some(d) = self.dirty.as_mut() {
                    d.insert(k.clone(), key.clone(), e);
                }
            }
            return self.try_load_or_store(e, v, p);
        }
        if let Some(e) = self.dirty.as_ref().and_then(|d| d.get(&k)) {
            let r = self.try_load_or_store(e, v, p);
            let mut p2 = r.2;
            self.miss_locked(&mut p2);
            return (r.0, r.1, p2);
        }
        if !self.amended {
            self.dirty_locked();
            self.amended = true;
        }
        let e = self.new_entry(v.clone());
        if let Some(d) = self.dirty.as_mut() {
            d.insert(k, key, e);
        }
        (v, false, p)
    }

    fn try_load_or_store(&mut self, e: usize, v: Value, p: Path) -> (Value, bool, Path) {
        match self.entries[e].clone() {
            EntryP::Val(x) => (x, true, p),
            _ => {
                self.entries[e] = EntryP::Val(v.clone());
                (v, false, p)
            }
        }
    }

    /// LoadAndDelete (and Delete): the value that was there.
    pub fn load_and_delete(&mut self, k: &KeyRepr) -> (Option<Value>, Path) {
        let mut p = Path::default();
        let mut e = self.read.get(k);
        if e.is_none() && self.amended {
            p.locked = true;
            e = self.read.get(k);
            if e.is_none() && self.amended {
                e = self.dirty.as_ref().and_then(|d| d.get(k));
                if let Some(d) = self.dirty.as_mut() {
                    d.remove(k);
                }
                self.miss_locked(&mut p);
            }
        }
        match e {
            Some(e) => {
                let prev = self.load_entry(e);
                if prev.is_some() {
                    self.entries[e] = EntryP::Nil;
                }
                (prev, p)
            }
            None => (None, p),
        }
    }

    pub fn compare_and_swap(&mut self, k: &KeyRepr, old: &Value, new: Value, eq: impl Fn(&Value, &Value) -> bool) -> (bool, Path) {
        let mut p = Path::default();
        if let Some(e) = self.read.get(k) {
            return (self.try_cas(e, old, new, &eq), p);
        }
        if !self.amended {
            return (false, p);
        }
        p.locked = true;
        if let Some(e) = self.read.get(k) {
            return (self.try_cas(e, old, new, &eq), p);
        }
        let mut swapped = false;
        if let Some(e) = self.dirty.as_ref().and_then(|d| d.get(k)) {
            swapped = self.try_cas(e, old, new, &eq);
            self.miss_locked(&mut p);
        }
        (swapped, p)
    }

    fn try_cas(&mut self, e: usize, old: &Value, new: Value, eq: &dyn Fn(&Value, &Value) -> bool) -> bool {
        match &self.entries[e] {
            EntryP::Val(v) if eq(v, old) => {
                self.entries[e] = EntryP::Val(new);
                true
            }
            _ => false,
        }
    }

    pub fn compare_and_delete(&mut self, k: &KeyRepr, old: &Value, eq: impl Fn(&Value, &Value) -> bool) -> (bool, Path) {
        let mut p = Path::default();
        let e = self.lookup(k, &mut p);
        if let Some(e) = e {
            if let EntryP::Val(v) = &self.entries[e] {
                if eq(v, old) {
                    self.entries[e] = EntryP::Nil;
                    return (true, p);
                }
            }
        }
        (false, p)
    }

    /// Range's snapshot: promotes dirty first when amended, then lists live entries of read.
    pub fn range_snapshot(&mut self) -> (Vec<(Value, usize)>, Path) {
        let mut p = Path::default();
        if self.amended {
            p.locked = true;
            self.promote(&mut p);
        }
        (self.read.order.iter().map(|(_, k, e)| (k.clone(), *e)).collect(), p)
    }

    /// The value of an entry now (Range loads each entry as it reaches it).
    pub fn entry_value(&self, e: usize) -> Option<Value> {
        self.load_entry(e)
    }

    pub fn clear(&mut self) -> Path {
        let mut p = Path::default();
        if self.read.is_empty() && !self.amended {
            return p;
        }
        p.locked = true;
        self.read = KMap::default();
        self.amended = false;
        self.dirty = None;
        self.misses = 0;
        p
    }
}
