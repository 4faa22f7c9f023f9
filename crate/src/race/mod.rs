//! The happens-before race detector, after FastTrack and loom's `VersionVec`.
//!
//! Every goroutine has a vector clock; every synchronising object (mutex,
//! channel slot, WaitGroup, Once, atomic variable, sync.Map entry) has one
//! that `release` joins into and `acquire` joins out of — the edges of the Go
//! memory model (go.dev/ref/mem). Every shared memory cell (a boxed variable,
//! a struct field, an array or slice element, a map as one object, a map
//! entry's element slot) keeps its
//! last write and its last read per goroutine; an access that is not ordered
//! after a conflicting one is a data race, whatever the timing. That is why
//! it reports races in runs where the runtime's own map check stayed silent.
//!
//! What it costs must follow what synchronises, not how many goroutines
//! there are: a program may start 100,000 of them. So a vector clock is a
//! persistent tree (`VClock`): a copy (a `go` statement, an unlock) shares
//! the parent's tree, a join (a lock) walks only the subtrees where the two
//! clocks differ and shares the one that already dominates, and a check
//! reads one entry — no access copies a clock. A cell keeps its last write
//! as one `Access` (an epoch: goroutine and time, with the stack for the
//! report) and its reads, one per goroutine, only since that write. A
//! goroutine's clock is dropped when it ends.
//!
//! Cells and clocks are keyed by numbers; which object has which number is
//! `vm/addr.rs`.

pub mod frames;
pub mod report;


use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Goroutine ids per leaf of a clock's tree, and children per inner node.
const LEAF_BITS: u32 = 5;
const LEAF: usize = 1 << LEAF_BITS;
const FAN_BITS: u32 = 4;
const FAN: usize = 1 << FAN_BITS;

/// A node of a clock's tree: a leaf holds the times of `LEAF` consecutive
/// goroutine ids; an inner node `FAN` subtrees (absent: all zero).
#[derive(Debug, Clone)]
enum Node {
    Leaf([u32; LEAF]),
    Inner([Option<Rc<Tree>>; FAN]),
}

/// A node and the last other node it is known to dominate (entry-wise ≥),
/// so that joining into it a subtree it already covers costs O(1) instead
/// of a walk. Why that matters: a WaitGroup's clock gathers every finished
/// goroutine's time one tick after the mutex passed it on, so it and the
/// next goroutine's clock share no node yet one dominates the other almost
/// everywhere — without the cache each `Done` walks all of them (quadratic
/// in the goroutines). A `Weak` keeps the covered node's allocation, so the
/// address is never reused by another node while it is compared; and times
/// only grow (`VClock::set`), so a node still dominates what it covered.
struct Tree {
    node: Node,
    covers: std::cell::Cell<Weak<Tree>>,
}

impl Tree {
    fn new(node: Node) -> Rc<Tree> {
        Rc::new(Tree { node, covers: std::cell::Cell::new(Weak::new()) })
    }

    fn covers(&self, other: &Rc<Tree>) -> bool {
        let w = self.covers.take();
        let hit = std::ptr::eq(w.as_ptr(), Rc::as_ptr(other));
        self.covers.set(w);
        hit
    }

    fn cover(&self, other: &Rc<Tree>) {
        self.covers.set(Rc::downgrade(other));
    }
}

impl std::fmt::Debug for Tree {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.node.fmt(f)
    }
}

impl Clone for Tree {
    fn clone(&self) -> Self {
        let w = self.covers.take();
        self.covers.set(w.clone());
        Tree { node: self.node.clone(), covers: std::cell::Cell::new(w) }
    }
}

/// What joining two subtrees gave: the first one unchanged, the second one
/// (shared, not copied), or a new node.
enum Joined {
    Left,
    Right,
    New(Rc<Tree>),
}

fn join_nodes(a: &Rc<Tree>, b: &Rc<Tree>) -> Joined {
    if Rc::ptr_eq(a, b) || a.covers(b) {
        return Joined::Left;
    }
    let j = join_walk(a, b);
    match &j {
        Joined::Left => a.cover(b),
        Joined::New(n) => n.cover(b),
        Joined::Right => {}
    }
    j
}

fn join_walk(a: &Rc<Tree>, b: &Rc<Tree>) -> Joined {
    match (&a.node, &b.node) {
        (Node::Leaf(x), Node::Leaf(y)) => {
            let left = x.iter().zip(y).all(|(p, q)| p >= q);
            if left {
                return Joined::Left;
            }
            if x.iter().zip(y).all(|(p, q)| p <= q) {
                return Joined::Right;
            }
            let mut z = *x;
            for (p, q) in z.iter_mut().zip(y) {
                *p = (*p).max(*q);
            }
            Joined::New(Tree::new(Node::Leaf(z)))
        }
        (Node::Inner(x), Node::Inner(y)) => {
            let (mut left, mut right) = (true, true);
            let mut z: [Option<Rc<Tree>>; FAN] = Default::default();
            for i in 0..FAN {
                z[i] = match (&x[i], &y[i]) {
                    (None, None) => None,
                    (Some(p), None) => {
                        right = false;
                        Some(p.clone())
                    }
                    (None, Some(q)) => {
                        left = false;
                        Some(q.clone())
                    }
                    (Some(p), Some(q)) => match join_nodes(p, q) {
                        Joined::Left => {
                            right &= Rc::ptr_eq(p, q);
                            Some(p.clone())
                        }
                        Joined::Right => {
                            left = false;
                            Some(q.clone())
                        }
                        Joined::New(n) => {
                            left = false;
                            right = false;
                            Some(n)
                        }
                    },
                };
            }
            if left {
                Joined::Left
            } else if right {
                Joined::Right
            } else {
                Joined::New(Tree::new(Node::Inner(z)))
            }
        }
        _ => unreachable!("subtrees of one height"),
    }
}

/// A vector clock: goroutine id → time, zero where absent.
///
/// Stored as a persistent tree (a radix tree over goroutine ids, leaves of
/// 32 ids, inner nodes of 16): copying a clock shares it (O(1)), setting an
/// entry copies one path, and joining two clocks walks only where they
/// differ — subtrees that are the same node are skipped, a subtree that
/// dominates the other is shared, not copied. So 100,000 goroutines that
/// take turns at one mutex cost memory for what each of them learned, not
/// 100,000 entries each, and a lock or an unlock costs O(log n).
#[derive(Debug, Clone, Default)]
pub struct VClock {
    root: Option<Rc<Tree>>,
    /// Inner levels above the leaves.
    height: u32,
}

impl VClock {
    fn capacity(height: u32) -> u64 {
        (LEAF as u64) << (FAN_BITS * height)
    }

    pub fn get(&self, g: u32) -> u32 {
        if g as u64 >= Self::capacity(self.height) {
            return 0;
        }
        let mut node = match &self.root {
            Some(n) => n,
            None => return 0,
        };
        let mut level = self.height;
        loop {
            match &node.node {
                Node::Leaf(times) => return times[g as usize % LEAF],
                Node::Inner(kids) => {
                    level -= 1;
                    let i = (g >> (LEAF_BITS + FAN_BITS * level)) as usize % FAN;
                    match &kids[i] {
                        Some(n) => node = n,
                        None => return 0,
                    }
                }
            }
        }
    }

    /// Adds levels on top until ids up to `g` fit.
    fn lift(&mut self, g: u32) {
        while g as u64 >= Self::capacity(self.height) {
            if let Some(r) = self.root.take() {
                let mut kids: [Option<Rc<Tree>>; FAN] = Default::default();
                kids[0] = Some(r);
                self.root = Some(Tree::new(Node::Inner(kids)));
            }
            self.height += 1;
        }
    }

    /// Sets goroutine `g`'s time, which only ever grows (a node's `covers`
    /// relies on it).
    pub fn set(&mut self, g: u32, v: u32) {
        debug_assert!(v >= self.get(g), "a clock's time never goes back");
        self.lift(g);
        let mut level = self.height;
        let mut slot = &mut self.root;
        loop {
            let node = slot.get_or_insert_with(|| Tree::new(if level == 0 { Node::Leaf([0; LEAF]) } else { Node::Inner(Default::default()) }));
            match &mut Rc::make_mut(node).node {
                Node::Leaf(times) => {
                    times[g as usize % LEAF] = v;
                    return;
                }
                Node::Inner(kids) => {
                    level -= 1;
                    slot = &mut kids[(g >> (LEAF_BITS + FAN_BITS * level)) as usize % FAN];
                }
            }
        }
    }

    /// Entry-wise maximum.
    pub fn join(&mut self, o: &VClock) {
        let Some(theirs) = &o.root else { return };
        if o.height > self.height {
            self.lift((Self::capacity(o.height) - 1) as u32);
        }
        // A lower `o` covers the leftmost subtree of our height: look there
        // first, and copy the path down to it only if the join changes it.
        let depth = self.height - o.height;
        let mut sub = self.root.as_ref();
        for _ in 0..depth {
            sub = match sub.map(|n| &n.node) {
                Some(Node::Inner(kids)) => kids[0].as_ref(),
                _ => None,
            };
        }
        let joined = match sub {
            None => theirs.clone(),
            Some(mine) => match join_nodes(mine, theirs) {
                Joined::Left => return,
                Joined::Right => theirs.clone(),
                Joined::New(n) => n,
            },
        };
        let mut slot = &mut self.root;
        for _ in 0..depth {
            let node = slot.get_or_insert_with(|| Tree::new(Node::Inner(Default::default())));
            match &mut Rc::make_mut(node).node {
                Node::Inner(kids) => slot = &mut kids[0],
                Node::Leaf(_) => unreachable!("inner nodes above the leaves"),
            }
        }
        *slot = Some(joined);
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
    /// The runtime functions the access is made in, as Go's report shows
    /// them (`runtime.mapassign_fast64`), and whether the program's frames follow.
    pub runtime_fn: Option<&'static frames::RuntimeStack>,
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
    /// Per goroutine id; a finished goroutine's clock is dropped (`exit`).
    clocks: Vec<VClock>,
    sync: HashMap<u64, VClock>,
    cells: HashMap<u64, Cell>,
    /// Goroutines whose clock `exit` dropped: none may use it again.
    exited: Vec<bool>,
    pub enabled: bool,
}

impl Detector {
    pub fn new(enabled: bool) -> Self {
        Detector { enabled, ..Default::default() }
    }

    fn clock(&mut self, g: u32) -> &mut VClock {
        debug_assert!(!self.exited.get(g as usize).copied().unwrap_or(false), "goroutine {g} used its clock after it ended");
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

    /// A goroutine the runtime starts (a timer's `AfterFunc`): nothing
    /// happens before it but what it acquires.
    pub fn start(&mut self, child: u32) {
        if !self.enabled {
            return;
        }
        let mut c = VClock::default();
        c.set(child, 1);
        *self.clock(child) = c;
    }

    /// A goroutine ended: its clock is not needed any more (its accesses
    /// keep their own time; what it released lives in the objects' clocks).
    /// Shadow cells and synchronisation clocks kept (what the memory budget counts).
    pub fn cells(&self) -> usize {
        self.cells.len() + self.sync.len()
    }

    pub fn exit(&mut self, g: u32) {
        if !self.enabled {
            return;
        }
        if let Some(c) = self.clocks.get_mut(g as usize) {
            *c = VClock::default();
        }
        if self.exited.len() <= g as usize {
            self.exited.resize(g as usize + 1, false);
        }
        self.exited[g as usize] = true;
    }

    /// Joins the object's clock into the goroutine's.
    pub fn acquire(&mut self, g: u32, obj: impl Into<u64>) {
        if !self.enabled {
            return;
        }
        let obj = obj.into();
        if let Some(s) = self.sync.get(&obj) {
            let s = s.clone();
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
        let vc = &self.clocks[a.g as usize];
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree clock against a plain vector: get, set, join (both ways,
    /// of clocks of different heights and shared subtrees).
    #[test]
    fn tree_clocks_behave_as_vectors() {
        let mut x: u64 = 99;
        let mut rnd = |n: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) % n
        };
        let mut trees: Vec<VClock> = vec![VClock::default(); 6];
        let mut plain: Vec<Vec<u32>> = vec![Vec::new(); 6];
        let get = |v: &Vec<u32>, g: u32| v.get(g as usize).copied().unwrap_or(0);
        for step in 0..30_000u64 {
            let i = rnd(6) as usize;
            let j = rnd(6) as usize;
            let span = if step % 3 == 0 { 40 } else { 5_000 };
            match rnd(4) {
                0 | 1 => {
                    let g = rnd(span) as u32;
                    let v = get(&plain[i], g) + rnd(1000) as u32 + 1; // times only grow
                    trees[i].set(g, v);
                    if plain[i].len() <= g as usize {
                        plain[i].resize(g as usize + 1, 0);
                    }
                    plain[i][g as usize] = v;
                }
                2 => {
                    let o = trees[j].clone();
                    trees[i].join(&o);
                    let o = plain[j].clone();
                    if plain[i].len() < o.len() {
                        plain[i].resize(o.len(), 0);
                    }
                    for (a, b) in plain[i].iter_mut().zip(&o) {
                        *a = (*a).max(*b);
                    }
                }
                _ => {
                    trees[i] = trees[j].clone();
                    plain[i] = plain[j].clone();
                }
            }
            if step % 500 == 0 {
                for k in 0..6 {
                    for g in 0..5_100 {
                        assert_eq!(trees[k].get(g), get(&plain[k], g), "clock {k} goroutine {g} at step {step}");
                    }
                }
            }
        }
    }
}
