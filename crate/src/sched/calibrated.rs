//! The `calibrated` strategy: Go's scheduler on GOMAXPROCS Ps running in
//! parallel, in virtual time, so that a plain run ends the way `go run` does
//! at real Go's odds.
//!
//! Real Go (`runtime/proc.go`) runs goroutines on *Ps* (processors, one per
//! `GOMAXPROCS`), each with its own queue. This strategy keeps the same
//! pieces, and a clock per P:
//!
//! * **virtual time** — every step a goroutine takes moves its P's clock by
//!   the step's cost (`costs.rs`); the next step is taken by the running P
//!   whose clock is furthest behind (ties by a seeded draw). So the Ps
//!   interleave as they would on hardware, also *inside* a map operation:
//!   a write holds the map's `writing` flag for the virtual time its
//!   micro-steps take, and another P's access landing in that interval
//!   throws (`concurrent map writes`, `… read and map write`), as it does
//!   on real CPUs;
//! * **`runnext`** — a new goroutine goes to its creator's P's `runnext`
//!   slot (the previous occupant to the tail of the local run queue), and
//!   so does a goroutine readied by a channel operation, an unlock or a
//!   `Done` (`ready(gp, next=true)`): it runs as soon as the readier blocks;
//! * **`findRunnable`** — a P whose goroutine blocked, ended or yielded looks
//!   in order at its `runnext`, its local run queue, the global run queue
//!   (first, every 61st `schedtick`), then steals half of another P's run
//!   queue; another P's `runnext` only after sleeping (`usleep(3)` in
//!   `runqgrab`, [`costs::STEAL_RUNNEXT_NS`]);
//! * **`wakep`** — when work appears and a P is idle (and no M is already
//!   spinning), that P's M is woken; it looks for work only after the wake-up
//!   latency ([`costs::wake_ns`]) — which is why a goroutine started just
//!   before `main` prints almost never beats it;
//! * **preemption** — a goroutine that has run [`costs::PREEMPT_NS`] (10 ms)
//!   while others wait goes to the global queue, as `sysmon` does; so does
//!   one that calls `runtime.Gosched`;
//! * **timers** — a sleeper wakes at the machine's virtual time, and the Ps'
//!   clocks catch up with it;
//! * **the output's write lock** — `fmt.Println` writes `os.Stdout` through
//!   `poll.FD.Write`, which holds the file's `fdMutex` for the `write`
//!   system call. A goroutine on another P that prints while the write is
//!   under way (its P's clock inside the write's interval) parks on the
//!   lock's semaphore (`runtime_Semacquire`); the writer's `writeUnlock`
//!   wakes it with `semrelease` → `ready(gp, next=true)`: into the *writer's*
//!   P's `runnext`. So a goroutine stolen by an idle P usually prints right
//!   after the line it collided with, from the P that printed it — the
//!   order real Go prints in.
//!
//! At GOMAXPROCS=1 there is one P: goroutines never overlap, and the order
//! is `runnext` first, then the queue — the order `go run` prints.

use super::costs;
use super::rng::Rng;
use super::{Ctx, RunSet, Scheduler};
use std::collections::VecDeque;

/// Go's `schedtick % 61`: how often a P looks at the global queue first.
const GLOBAL_FAIRNESS: u32 = 61;

/// What a P without a goroutine is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wake {
    /// Its M was woken (`wakep`); it searches for work at this time.
    Spin(u64),
    /// Its M found only another P's `runnext`; it steals it at this time.
    StealRunnext(u64),
}

impl Wake {
    fn at(self) -> u64 {
        match self {
            Wake::Spin(t) | Wake::StealRunnext(t) => t,
        }
    }
}

#[derive(Debug, Default)]
struct P {
    clock: u64,
    /// The goroutine running on it.
    g: Option<u32>,
    /// When `g` got the P (for preemption).
    since: u64,
    /// `g` is inside a map operation (not at a safe point).
    mid_op: bool,
    runnext: Option<u32>,
    runq: VecDeque<u32>,
    schedtick: u32,
    wake: Option<Wake>,
}

/// The strategy's state: the Ps, the global run queue, and which goroutines
/// it has placed (on a P or in a queue).
pub struct Calibrated {
    ps: Vec<P>,
    global: VecDeque<u32>,
    /// Per goroutine id: it is on a P or in a queue.
    placed: Vec<bool>,
    /// The P that took the last step.
    active: usize,
    /// A woken M is on its way (Go's `nmspinning`): `wakep` wakes no other.
    spinning: bool,
    /// The machine's virtual time at the last decision (sleeps and timers).
    now: u64,
    rng: Rng,
    /// Nothing but one running goroutine: the next step needs no decision.
    quiet: bool,
    /// The output's write lock (`fdMutex`): the P whose goroutine printed
    /// last and the end of its write (known once the step has run).
    out_held: Option<(usize, Option<u64>)>,
}

impl Calibrated {
    pub fn new(gomaxprocs: u32, rng: Rng) -> Self {
        let n = gomaxprocs.max(1) as usize;
        Calibrated { ps: (0..n).map(|_| P::default()).collect(), global: VecDeque::new(), placed: Vec::new(), active: 0, spinning: false, now: 0, rng, quiet: false, out_held: None }
    }

    fn is_placed(&self, g: u32) -> bool {
        self.placed.get(g as usize).copied().unwrap_or(false)
    }

    fn set_placed(&mut self, g: u32, on: bool) {
        if self.placed.len() <= g as usize {
            self.placed.resize(g as usize + 1, false);
        }
        self.placed[g as usize] = on;
    }

    /// `ready(gp, next=true)`: `g` goes to P `p`'s `runnext`, the previous
    /// occupant to the tail of its run queue; then `wakep`.
    fn ready(&mut self, g: u32, p: usize) {
        self.set_placed(g, true);
        if let Some(old) = self.ps[p].runnext.replace(g) {
            self.ps[p].runq.push_back(old);
        }
        let now = self.ps[p].clock;
        self.wakep(now);
    }

    /// Wakes an idle P's M, unless one is already spinning.
    fn wakep(&mut self, now: u64) {
        if self.spinning {
            return;
        }
        if let Some(i) = (0..self.ps.len()).find(|&i| self.ps[i].g.is_none() && self.ps[i].wake.is_none()) {
            let t = self.ps[i].clock.max(now) + costs::wake_ns(&mut self.rng);
            self.ps[i].wake = Some(Wake::Spin(t));
            self.spinning = true;
        }
    }

    /// Pops a queue's front, skipping entries that are no longer runnable.
    fn pop(q: &mut VecDeque<u32>, runnable: &RunSet) -> Option<u32> {
        while let Some(g) = q.pop_front() {
            if runnable.contains(&g) {
                return Some(g);
            }
        }
        None
    }

    /// `findRunnable` for P `i` at its clock: its own queues, the global
    /// queue, then stealing (another P's `runnext` only if `runnext`).
    fn find_runnable(&mut self, i: usize, runnable: &RunSet, runnext: bool) -> Option<u32> {
        let n = self.ps.len();
        self.ps[i].schedtick += 1;
        if self.ps[i].schedtick % GLOBAL_FAIRNESS == 0 {
            if let Some(g) = Self::pop(&mut self.global, runnable) {
                return Some(g);
            }
        }
        if let Some(g) = self.ps[i].runnext.take().filter(|g| runnable.contains(g)) {
            return Some(g);
        }
        if let Some(g) = Self::pop(&mut self.ps[i].runq, runnable) {
            return Some(g);
        }
        if let Some(g) = Self::pop(&mut self.global, runnable) {
            // globrunqget: a fair share of the global queue moves to the local one.
            let share = (self.global.len() / n).min(128);
            for _ in 0..share {
                match Self::pop(&mut self.global, runnable) {
                    Some(h) => self.ps[i].runq.push_back(h),
                    None => break,
                }
            }
            return Some(g);
        }
        // Steal, from a random victim on (stealOrder).
        let start = self.rng.below(n as u64) as usize;
        for k in 0..n {
            let v = (start + k) % n;
            if v == i {
                continue;
            }
            let len = self.ps[v].runq.len();
            if len > 0 {
                let take = len - len / 2;
                let mut got: Vec<u32> = self.ps[v].runq.drain(..take).filter(|g| runnable.contains(g)).collect();
                if let Some(g) = got.pop() {
                    self.ps[i].runq.extend(got);
                    return Some(g);
                }
            }
        }
        if runnext {
            for k in 0..n {
                let v = (start + k) % n;
                if v != i {
                    if let Some(g) = self.ps[v].runnext.take().filter(|g| runnable.contains(g)) {
                        return Some(g);
                    }
                }
            }
        }
        None
    }

    /// Another P holds a goroutine in `runnext`.
    fn runnext_elsewhere(&self, i: usize) -> bool {
        self.ps.iter().enumerate().any(|(v, p)| v != i && p.runnext.is_some())
    }

    /// Work waits in a queue (a P could take it).
    fn work_waiting(&self) -> bool {
        !self.global.is_empty() || self.ps.iter().any(|p| p.runnext.is_some() || !p.runq.is_empty())
    }

    /// P `i` has no goroutine: it runs what `findRunnable` gives it, or
    /// (having found only another P's `runnext`) sleeps before stealing it,
    /// or goes idle.
    fn schedule(&mut self, i: usize, runnable: &RunSet, runnext: bool) {
        let clock = self.ps[i].clock;
        match self.find_runnable(i, runnable, runnext) {
            Some(g) => {
                let p = &mut self.ps[i];
                p.g = Some(g);
                p.since = clock;
                p.mid_op = false;
                // resetspinning: a spinner that found work wakes another P if work remains.
                if self.work_waiting() {
                    self.wakep(clock);
                }
            }
            None if !runnext && !self.spinning && self.runnext_elsewhere(i) => {
                self.ps[i].wake = Some(Wake::StealRunnext(clock + costs::SPIN_NS + costs::STEAL_RUNNEXT_NS));
                self.spinning = true;
            }
            None => {}
        }
    }

    /// P `i`'s pending wake-up comes due.
    fn wake(&mut self, i: usize, runnable: &RunSet) {
        let Some(w) = self.ps[i].wake.take() else { return };
        self.spinning = false;
        let p = &mut self.ps[i];
        p.clock = p.clock.max(w.at());
        match w {
            Wake::Spin(_) => {
                p.clock += costs::SPIN_NS;
                self.schedule(i, runnable, false)
            }
            Wake::StealRunnext(_) => self.schedule(i, runnable, true),
        }
    }

    fn decide(&mut self, ctx: &Ctx) -> u32 {
        let runnable = ctx.runnable;
        let a = self.active;
        // Timers fired (the machine's time jumped): every P's clock catches up.
        if ctx.now > self.now {
            self.now = ctx.now;
            for p in &mut self.ps {
                p.clock = p.clock.max(ctx.now);
            }
        }
        // Goroutines that blocked or ended leave their P.
        for i in 0..self.ps.len() {
            if let Some(g) = self.ps[i].g.filter(|g| !runnable.contains(g)) {
                self.ps[i].g = None;
                self.set_placed(g, false);
            }
        }
        // New and readied goroutines: the `runnext` of the P that ran the last step.
        let mut changed = runnable.changed().to_vec();
        changed.sort_unstable();
        for g in changed {
            if !runnable.contains(&g) {
                self.set_placed(g, false);
            } else if !self.is_placed(g) {
                if ctx.current.is_none() {
                    // The first step: main on P 0.
                    self.set_placed(g, true);
                    self.ps[0].g = Some(g);
                } else {
                    self.ready(g, a);
                }
            }
        }
        // runtime.Gosched: the goroutine goes to the global queue.
        if ctx.yielding {
            if let Some(c) = ctx.current_runnable().filter(|&c| self.ps[a].g == Some(c)) {
                self.ps[a].g = None;
                self.global.push_back(c);
            }
        }
        // Preemption of a goroutine that ran 10 ms while others wait (sysmon's retake).
        if self.work_waiting() {
            for i in 0..self.ps.len() {
                let p = &mut self.ps[i];
                if let Some(g) = p.g {
                    if !p.mid_op && p.clock.saturating_sub(p.since) >= costs::PREEMPT_NS {
                        p.g = None;
                        self.global.push_back(g);
                    }
                }
            }
        }
        // A P that lost its goroutine schedules at once.
        for i in 0..self.ps.len() {
            if self.ps[i].g.is_none() && self.ps[i].wake.is_none() && (i == a || self.work_waiting()) {
                self.schedule(i, runnable, false);
            }
        }
        loop {
            // The running P furthest behind, or a wake-up due before it.
            let mut best: Option<usize> = None;
            let mut ties = 0u64;
            for i in 0..self.ps.len() {
                if self.ps[i].g.is_none() {
                    continue;
                }
                match best {
                    Some(b) if self.ps[i].clock > self.ps[b].clock => {}
                    Some(b) if self.ps[i].clock == self.ps[b].clock => {
                        ties += 1;
                        if self.rng.below(ties + 1) == 0 {
                            best = Some(i);
                        }
                    }
                    _ => {
                        best = Some(i);
                        ties = 0;
                    }
                }
            }
            let due = (0..self.ps.len()).filter_map(|i| self.ps[i].wake.map(|w| (w.at(), i))).min();
            match (best, due) {
                (Some(b), Some((t, i))) if t <= self.ps[b].clock => self.wake(i, runnable),
                (Some(b), _) => {
                    let g = self.ps[b].g.expect("running");
                    if self.ps.len() > 1 && ctx.world.footprint(g) == Some((super::OUTPUT, true)) {
                        match self.out_held {
                            // Another P's write was under way at this P's time: the
                            // goroutine parks on the lock and the writer's unlock wakes it
                            // into the writer's P's runnext, which runs it when its own
                            // goroutine blocks. (A writer's P with nothing running would
                            // take it at once: then it just waits for the write's end.)
                            Some((p, Some(u))) if p != b && self.ps[b].clock < u => {
                                if self.ps[p].g.is_some() {
                                    // `gopark` and `schedule` take their time on P b (and
                                    // so the loop ends: b's clock passes the write's end).
                                    self.ps[b].g = None;
                                    self.ps[b].clock += costs::PARK_NS;
                                    self.ready(g, p);
                                    self.schedule(b, runnable, false);
                                    continue;
                                }
                                self.ps[b].clock = u;
                                self.out_held = Some((b, None));
                            }
                            _ => self.out_held = Some((b, None)),
                        }
                    }
                    self.active = b;
                    return g;
                }
                (None, Some((_, i))) => self.wake(i, runnable),
                (None, None) => {
                    // Nobody runs and nobody is on the way (goroutines woken
                    // by a timer): the P furthest behind takes anything.
                    let i = (0..self.ps.len()).min_by_key(|&i| self.ps[i].clock).unwrap_or(0);
                    self.schedule(i, runnable, true);
                    if self.ps[i].g.is_none() {
                        let g = runnable.first();
                        self.set_placed(g, true);
                        self.ps[i].g = Some(g);
                        self.ps[i].since = self.ps[i].clock;
                    }
                }
            }
        }
    }
}

impl Scheduler for Calibrated {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        let a = self.active;
        if ctx.current.is_some() {
            let p = &mut self.ps[a];
            p.clock += costs::step_ns(ctx.cost, &mut self.rng);
            p.mid_op = ctx.mid_op;
            // The write that just ran ends here (a print is one step, so its end is
            // known before any other P decides).
            if let Some((p, None)) = self.out_held.filter(|&(p, _)| p == a) {
                self.out_held = Some((p, Some(self.ps[a].clock)));
            }
        }
        if self.quiet && !ctx.yielding && ctx.now <= self.now && ctx.runnable.changed().is_empty() {
            if let Some(c) = ctx.current_runnable().filter(|&c| self.ps[a].g == Some(c)) {
                return c;
            }
        }
        let g = self.decide(ctx);
        self.quiet = self.ps.iter().filter(|p| p.g.is_some()).count() == 1 && !self.work_waiting() && self.ps.iter().all(|p| p.wake.is_none());
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::{Options, Strategy};

    fn run(src: &str, procs: u32, seed: u64) -> crate::trace::RunResult {
        let opts = Options { strategy: Strategy::Calibrated, gomaxprocs: procs, seed, max_events: 0, render_schedule: false, ..Options::default() };
        crate::run(src, &opts).expect("compiles")
    }

    /// At GOMAXPROCS=1, `go` statements then a print: main first, then the
    /// goroutine created last (it waits in `runnext`), then the others in order.
    #[test]
    fn one_p_runs_runnext_first() {
        let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor i := 1; i <= 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfmt.Println(i)\n\t\t}()\n\t}\n\tfmt.Println(\"main\")\n\twg.Wait()\n}\n";
        for seed in 1..5 {
            assert_eq!(run(src, 1, seed).stdout, "main\n3\n1\n2\n");
        }
    }

    /// Two writers on two Ps overlap in virtual time: some seeds throw.
    #[test]
    fn two_ps_overlap_map_writes() {
        let src = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tm := map[int]int{}\n\tvar wg sync.WaitGroup\n\tfor w := 0; w < 2; w++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor i := 0; i < 1000; i++ {\n\t\t\t\tm[w*1000+i] = i\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n}\n";
        let throws = (1..20).filter(|&s| run(src, 2, s).outcome == "fatal error: concurrent map writes").count();
        assert!(throws > 0, "no seed threw");
        assert!((1..5).all(|s| run(src, 1, s).outcome == "ok"));
    }
}
