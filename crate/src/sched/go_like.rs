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

use super::{Ctx, Scheduler};
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

#[derive(Debug, Default)]
pub struct TwoPs {
    p: [Option<u32>; 2],
    clock: [u64; 2],
    started: [u64; 2],
    runnext: [Option<u32>; 2],
    queue: VecDeque<u32>,
    ready_at: HashMap<u32, u64>,
    active: usize,
}

impl TwoPs {
    fn known(&self, g: u32) -> bool {
        self.p.contains(&Some(g)) || self.runnext.contains(&Some(g)) || self.queue.contains(&g)
    }

    /// `cost` is what the previous step took on the active P.
    pub fn next(&mut self, runnable: &[u32], current: Option<u32>, mid_op: bool, quantum_ns: u64, cost: u32) -> u32 {
        self.clock[self.active] += cost as u64;
        // The common case, one goroutine alone and already running: nothing to decide.
        if let ([g], Some(c)) = (runnable, current) {
            if *g == c && self.p[self.active] == Some(c) && self.p[1 - self.active].is_none() && self.queue.is_empty() && self.runnext == [None, None] {
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
        self.queue.retain(|g| runnable.contains(g));
        // Newly ready goroutines go to the runnext of the P that just ran.
        for &g in runnable {
            if !self.known(g) {
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
            let from_queue = self.queue.front().copied();
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
                    let g = self.queue.pop_front().or_else(|| self.runnext[self.active].take()).or_else(|| self.runnext[1 - self.active].take()).unwrap_or(runnable[0]);
                    self.p[self.active] = Some(g);
                    self.started[self.active] = self.clock[self.active];
                    self.active
                }
            },
        };
        self.active = chosen;
        self.p[chosen].unwrap_or(runnable[0])
    }
}
