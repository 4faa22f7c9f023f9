//! The happens-before race detector, after FastTrack and loom's `VersionVec`.
//!
//! Every goroutine has a vector clock; every synchronising object (mutex,
//! channel slot, WaitGroup, Once, atomic variable, sync.Map entry) has one
//! that `release` joins into and `acquire` joins out of — the edges of the Go
//! memory model (go.dev/ref/mem). Every shared memory cell (a boxed variable,
//! a struct field, an array or slice element, a map as one object) keeps its
//! last write and its last read per goroutine; an access that is not ordered
//! after a conflicting one is a data race, whatever the timing. That is why
//! it reports races in runs where the runtime's own map check stayed silent.
//!
//! Cells and clocks are keyed by numbers; which object has which number is
//! `vm/addr.rs`.

pub mod report;

use std::collections::HashMap;
use std::rc::Rc;

/// A vector clock, indexed by goroutine id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VClock(pub Vec<u32>);

impl VClock {
    pub fn get(&self, g: u32) -> u32 {
        self.0.get(g as usize).copied().unwrap_or(0)
    }
    pub fn set(&mut self, g: u32, v: u32) {
        if self.0.len() <= g as usize {
            self.0.resize(g as usize + 1, 0);
        }
        self.0[g as usize] = v;
    }
    pub fn join(&mut self, o: &VClock) {
        if self.0.len() < o.0.len() {
            self.0.resize(o.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a = (*a).max(*b);
        }
    }
}

/// Where an access happened: its goroutine, the call stack (innermost first) and the step.
#[derive(Debug, Clone)]
pub struct Access {
    pub g: u32,
    pub clock: u32,
    pub write: bool,
    pub stack: Rc<Vec<(String, u32)>>,
    pub step: u64,
    /// A runtime function the access is made in, as Go's report shows it (`runtime.mapassign`).
    pub runtime_fn: Option<&'static str>,
    /// A sync/atomic access: it never races with another atomic one, only with plain ones.
    pub atomic: bool,
}

#[derive(Debug, Default)]
struct Cell {
    write: Option<Access>,
    reads: Vec<Access>,
}

/// A race found: the current access and the earlier one it is unordered with.
#[derive(Debug, Clone)]
pub struct Race {
    pub addr: u64,
    pub object: String,
    pub current: Access,
    pub previous: Access,
}

#[derive(Debug, Default)]
pub struct Detector {
    pub clocks: Vec<VClock>,
    sync: HashMap<u64, VClock>,
    cells: HashMap<u64, Cell>,
    pub enabled: bool,
}

impl Detector {
    pub fn new(enabled: bool) -> Self {
        Detector { enabled, ..Default::default() }
    }

    fn clock(&mut self, g: u32) -> &mut VClock {
        if self.clocks.len() <= g as usize {
            self.clocks.resize(g as usize + 1, VClock::default());
        }
        &mut self.clocks[g as usize]
    }

    pub fn now(&mut self, g: u32) -> u32 {
        let c = self.clock(g);
        let v = c.get(g);
        if v == 0 {
            c.set(g, 1);
            return 1;
        }
        v
    }

    fn tick(&mut self, g: u32) {
        let v = self.now(g);
        self.clock(g).set(g, v + 1);
    }

    /// The `go` statement: everything the parent did happens before the child starts.
    pub fn spawn(&mut self, parent: u32, child: u32) {
        if !self.enabled {
            return;
        }
        self.now(parent);
        let mut c = self.clock(parent).clone();
        c.set(child, 1);
        *self.clock(child) = c;
        self.tick(parent);
    }

    /// Joins the object's clock into the goroutine's.
    pub fn acquire(&mut self, g: u32, obj: impl Into<u64>) {
        if !self.enabled {
            return;
        }
        let obj = obj.into();
        if let Some(s) = self.sync.get(&obj).cloned() {
            self.clock(g).join(&s);
        }
    }

    /// Joins the goroutine's clock into the object's, then advances the goroutine.
    pub fn release(&mut self, g: u32, obj: impl Into<u64>) {
        if !self.enabled {
            return;
        }
        let obj = obj.into();
        self.now(g);
        let c = self.clock(g).clone();
        self.sync.entry(obj).or_default().join(&c);
        self.tick(g);
    }

    /// Replaces the object's clock with the goroutine's (a mutex unlock).
    pub fn release_store(&mut self, g: u32, obj: impl Into<u64>) {
        if !self.enabled {
            return;
        }
        let obj = obj.into();
        self.now(g);
        let c = self.clock(g).clone();
        self.sync.insert(obj, c);
        self.tick(g);
    }

    /// Go's `racereleaseacquire` (tsan's ReleaseStoreAcquire), the edge of a
    /// buffered channel's slot: the goroutine joins the object's clock, and
    /// the object's clock *becomes* the goroutine's (as it was before the
    /// join). So the slot carries only its last user's clock: the k-th
    /// receive is ordered before the (k+C)-th send, and no further.
    pub fn release_acquire(&mut self, g: u32, obj: impl Into<u64>) {
        if !self.enabled {
            return;
        }
        let obj = obj.into();
        self.now(g);
        let mine = self.clock(g).clone();
        if let Some(old) = self.sync.insert(obj, mine) {
            self.clock(g).join(&old);
        }
        self.tick(g);
    }

    /// Records an access to memory cell `addr`; returns a race if it has one.
    pub fn access(&mut self, addr: u64, mut a: Access) -> Option<(Access, Access)> {
        if !self.enabled {
            return None;
        }
        a.clock = self.now(a.g);
        let vc = self.clocks[a.g as usize].clone();
        let atomic = a.atomic;
        let hb = |p: &Access| p.clock <= vc.get(p.g) || (atomic && p.atomic);
        let cell = self.cells.entry(addr).or_default();
        let mut race = None;
        if let Some(w) = &cell.write {
            if w.g != a.g && !hb(w) {
                race = Some((a.clone(), w.clone()));
            }
        }
        if a.write {
            if race.is_none() {
                if let Some(r) = cell.reads.iter().find(|r| r.g != a.g && !hb(r)) {
                    race = Some((a.clone(), r.clone()));
                }
            }
            cell.reads.clear();
            cell.write = Some(a);
        } else {
            match cell.reads.iter_mut().find(|r| r.g == a.g) {
                Some(r) => *r = a,
                None => cell.reads.push(a),
            }
        }
        race
    }
}
