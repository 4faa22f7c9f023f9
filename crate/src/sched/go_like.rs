//! The `go` strategy: a small model of Go's scheduler on two Ps
//! (GOMAXPROCS=2, the CI machines' cores), timed like a discrete-event
//! simulation of two CPUs. Each P runs one goroutine and keeps a virtual
//! clock; the P that is behind runs the next step, and the step's cost (a
//! rough figure in nanoseconds: a plain op 1, a map operation's step 5, a
//! `go` statement 300, a print 2000 …) moves its clock on. A goroutine made
//! ready goes to the `runnext` slot of the P that readied it (the previous
//! occupant to the global FIFO queue); an idle P takes its runnext, then the
//! queue, and steals another P's runnext once it has waited `STEAL_NS`
//! (waking an idle P takes Go about a microsecond). A map operation in
//! progress is never interrupted — in real Go overlaps are rare, so a plain
//! run ends as `go run` usually does; exploration finds the rest — and a
//! goroutine is preempted after its quantum.

use super::{Ctx, RunSet, Scheduler};
use std::collections::{HashMap, VecDeque};

const STEAL_NS: u64 = 1_500;

/// The strategy: the two Ps, and the quantum after which a goroutine is
/// preempted (the `Go { quantum }` option counts it in units of 500 ns).
pub struct GoLike {
    ps: TwoPs,
    quantum_ns: u64,
}

impl GoLike {
    pub fn new(quantum: u32) -> Self {
        GoLike { ps: TwoPs::default(), quantum_ns: quantum as u64 * 500 }
    }
}

impl Scheduler for GoLike {
    /// The last step's cost moves the active P's clock (only the steps this
    /// strategy is asked about are timed).
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        self.ps.next(ctx.runnable, ctx.current, ctx.mid_op, self.quantum_ns, ctx.cost)
    }
}

/// The global run queue, FIFO. A goroutine that stops being runnable leaves
/// it lazily: its entry stays until it reaches the front, but no longer
/// counts (`ticket` tells a live entry from a stale one), so leaving costs
/// O(1) however long the queue is.
#[derive(Debug, Default)]
struct RunQueue {
    entries: VecDeque<(u32, u32)>,
    /// Per goroutine id, the ticket of its live entry (0: not queued).
    ticket: Vec<u32>,
    next_ticket: u32,
    live: usize,
}

impl RunQueue {
    fn contains(&self, g: u32) -> bool {
        self.ticket.get(g as usize).is_some_and(|&t| t != 0)
    }

    fn is_empty(&self) -> bool {
        self.live == 0
    }

    fn push_back(&mut self, g: u32) {
        debug_assert!(!self.contains(g), "goroutine {g} queued twice");
        if self.ticket.len() <= g as usize {
            self.ticket.resize(g as usize + 1, 0);
        }
        self.next_ticket += 1;
        self.ticket[g as usize] = self.next_ticket;
        self.entries.push_back((g, self.next_ticket));
        self.live += 1;
    }

    fn remove(&mut self, g: u32) {
        if self.contains(g) {
            self.ticket[g as usize] = 0;
            self.live -= 1;
            // Stale entries at most double the queue before it is compacted.
            if self.entries.len() > 2 * self.live + 64 {
                let ticket = &self.ticket;
                self.entries.retain(|&(g, t)| ticket[g as usize] == t);
            }
        }
    }

    fn front(&mut self) -> Option<u32> {
        while let Some(&(g, t)) = self.entries.front() {
            if self.ticket[g as usize] == t {
                return Some(g);
            }
            self.entries.pop_front();
        }
        None
    }

    fn pop_front(&mut self) -> Option<u32> {
        let g = self.front()?;
        self.entries.pop_front();
        self.ticket[g as usize] = 0;
        self.live -= 1;
        Some(g)
    }
}

#[derive(Debug, Default)]
pub struct TwoPs {
    p: [Option<u32>; 2],
    clock: [u64; 2],
    started: [u64; 2],
    runnext: [Option<u32>; 2],
    queue: RunQueue,
    ready_at: HashMap<u32, u64>,
    active: usize,
}

impl TwoPs {
    fn known(&self, g: u32) -> bool {
        self.p.contains(&Some(g)) || self.runnext.contains(&Some(g)) || self.queue.contains(g)
    }

    /// `cost` is what the previous step took on the active P. Every runnable
    /// goroutine is on a P, in a runnext slot or in the queue after each
    /// call, so only `runnable.changed()` can have left or be new.
    pub fn next(&mut self, runnable: &RunSet, current: Option<u32>, mid_op: bool, quantum_ns: u64, cost: u32) -> u32 {
        self.clock[self.active] += cost as u64;
        // The common case, one goroutine alone and already running: nothing to decide.
        if let (1, Some(c)) = (runnable.len(), current) {
            if runnable.contains(&c) && self.p[self.active] == Some(c) && self.p[1 - self.active].is_none() && self.queue.is_empty() && self.runnext == [None, None] {
                return c;
            }
        }
        let now = self.clock[self.active];
        // Goroutines that blocked or finished leave their P.
        for i in 0..2 {
            if self.p[i].is_some_and(|g| !runnable.contains(&g)) {
                self.p[i] = None;
            }
            if self.runnext[i].is_some_and(|g| !runnable.contains(&g)) {
                self.runnext[i] = None;
            }
        }
        let mut changed = runnable.changed().to_vec();
        changed.sort_unstable();
        for &g in &changed {
            if !runnable.contains(&g) {
                self.queue.remove(g);
            }
        }
        // Newly ready goroutines go to the runnext of the P that just ran.
        for g in changed {
            if runnable.contains(&g) && !self.known(g) {
                if let Some(prev) = self.runnext[self.active].replace(g) {
                    self.queue.push_back(prev);
                }
                self.ready_at.insert(g, now);
            }
        }
        // Preemption after a quantum, when someone else could run.
        let waiting = !self.queue.is_empty() || self.runnext.iter().any(|r| r.is_some());
        for i in 0..2 {
            let protected = mid_op && self.p[i] == current;
            if waiting && !protected && self.clock[i].saturating_sub(self.started[i]) >= quantum_ns {
                if let Some(g) = self.p[i].take() {
                    self.queue.push_back(g);
                }
            }
        }
        // Idle Ps find work: own runnext, the queue, then (once woken) steal.
        for i in 0..2 {
            if self.p[i].is_some() {
                continue;
            }
            let other = 1 - i;
            // An idle P's clock catches up with the busy one: it was waiting meanwhile.
            let t = self.clock[i].max(self.clock[other]);
            let stealable = self.runnext[other].filter(|g| t >= self.ready_at.get(g).copied().unwrap_or(0) + STEAL_NS);
            // The global queue is visible to a spinning P at once.
            let from_queue = self.queue.front();
            let next = if let Some(g) = self.runnext[i].take() {
                Some(g)
            } else if let Some(g) = from_queue {
                self.queue.pop_front();
                Some(g)
            } else if let Some(g) = stealable {
                self.runnext[other] = None;
                Some(g)
            } else {
                None
            };
            if let Some(g) = next {
                self.p[i] = Some(g);
                self.clock[i] = t;
                self.started[i] = t;
            }
        }
        // The P that is behind runs next; never leave a map operation half done.
        let cur_p = (0..2).find(|&i| self.p[i].is_some() && self.p[i] == current);
        let chosen = match cur_p {
            Some(i) if mid_op => i,
            _ => match (self.p[0], self.p[1]) {
                (Some(_), Some(_)) => {
                    if self.clock[0] < self.clock[1] || (self.clock[0] == self.clock[1] && self.active == 0) {
                        0
                    } else {
                        1
                    }
                }
                (Some(_), None) => 0,
                (None, Some(_)) => 1,
                (None, None) => {
                    // Everyone is waiting out the wake-up latency: the active P takes the oldest.
                    let g = self.queue.pop_front().or_else(|| self.runnext[self.active].take()).or_else(|| self.runnext[1 - self.active].take()).unwrap_or_else(|| runnable.first());
                    self.p[self.active] = Some(g);
                    self.started[self.active] = self.clock[self.active];
                    self.active
                }
            },
        };
        self.active = chosen;
        self.p[chosen].unwrap_or_else(|| runnable.first())
    }
}
