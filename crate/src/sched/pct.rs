//! PCT, probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010):
//! every goroutine gets a random priority when it first appears, the highest
//! priority runnable goroutine runs, and at `depth - 1` random steps the
//! running goroutine's priority drops below all others. A bug that needs `d`
//! ordering constraints is found with probability at least 1/(n·k^(d-1)).

use super::rng::Rng;
use super::{Ctx, Scheduler};
use std::collections::HashMap;

#[derive(Debug)]
pub struct Pct {
    priorities: HashMap<u32, u64>,
    change_points: Vec<u64>,
    /// Decisions so far (the steps the change points count).
    step: u64,
    rng: Rng,
}

impl Pct {
    pub fn new(depth: u32, steps: u64, mut rng: Rng) -> Self {
        let change_points = (1..depth.max(1)).map(|_| 1 + rng.below(steps.max(1))).collect();
        Pct { priorities: HashMap::new(), change_points, step: 0, rng }
    }
}

impl Scheduler for Pct {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        let (runnable, current, rng) = (ctx.runnable, ctx.current_runnable(), &mut self.rng);
        self.step += 1;
        let depth = self.change_points.len() as u64 + 1;
        if let (Some(i), Some(c)) = (self.change_points.iter().position(|&p| p == self.step), current) {
            // A change point: the running goroutine now yields to everyone (priority i < depth).
            self.priorities.insert(c, i as u64);
        }
        for &g in runnable {
            self.priorities.entry(g).or_insert_with(|| depth + rng.below(1 << 40));
        }
        *runnable.iter().max_by_key(|g| (self.priorities[g], std::cmp::Reverse(**g))).unwrap_or(&runnable[0])
    }
}
