//! PCT, probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010):
//! every goroutine gets a random priority when it first appears, the highest
//! priority runnable goroutine runs, and at `depth - 1` random steps the
//! running goroutine's priority drops below all others. A bug that needs `d`
//! ordering constraints is found with probability at least 1/(n·k^(d-1)).

use super::rng::Rng;
use super::{Ctx, Scheduler};
use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

/// Priorities are kept as the runnable goroutines ordered by (priority,
/// lower id first), so a decision takes the highest in O(log n); the set is
/// updated from the goroutines whose runnability changed.
#[derive(Debug)]
pub struct Pct {
    priorities: HashMap<u32, u64>,
    /// The runnable goroutines that have a priority, by (priority, Reverse(id)).
    ready: BTreeSet<(u64, Reverse<u32>)>,
    change_points: Vec<u64>,
    /// Decisions so far (the steps the change points count).
    step: u64,
    rng: Rng,
}

impl Pct {
    pub fn new(depth: u32, steps: u64, mut rng: Rng) -> Self {
        let change_points = (1..depth.max(1)).map(|_| 1 + rng.below(steps.max(1))).collect();
        Pct { priorities: HashMap::new(), ready: BTreeSet::new(), change_points, step: 0, rng }
    }
}

impl Scheduler for Pct {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        let runnable = ctx.runnable;
        let current = ctx.current_runnable();
        self.step += 1;
        let depth = self.change_points.len() as u64 + 1;
        if let (Some(i), Some(c)) = (self.change_points.iter().position(|&p| p == self.step), current) {
            // A change point: the running goroutine now yields to everyone (priority i < depth).
            if let Some(old) = self.priorities.insert(c, i as u64) {
                self.ready.remove(&(old, Reverse(c)));
            }
            self.ready.insert((i as u64, Reverse(c)));
        }
        // Every runnable goroutine without a priority gets one, lowest id
        // first (only the changed ones can be new); those that stopped
        // being runnable leave the ready set.
        let mut changed = runnable.changed().to_vec();
        changed.sort_unstable();
        for g in changed {
            let prio = self.priorities.get(&g).copied();
            if !runnable.contains(&g) {
                if let Some(p) = prio {
                    self.ready.remove(&(p, Reverse(g)));
                }
                continue;
            }
            let p = prio.unwrap_or_else(|| {
                let p = depth + self.rng.below(1 << 40);
                self.priorities.insert(g, p);
                p
            });
            self.ready.insert((p, Reverse(g)));
        }
        match self.ready.last() {
            Some(&(_, Reverse(g))) => g,
            None => runnable.first(),
        }
    }
}
