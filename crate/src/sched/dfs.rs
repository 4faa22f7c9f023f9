//! One run of the bounded search (`explore.rs` drives the search): follow
//! the plan — the choices at the first decisions — then keep the running
//! goroutine while it can run (no further preemption), and record each
//! decision: who could run, what each one's next step would touch, who ran,
//! and what the steps up to the next decision touched, for the search's
//! branching and its sleep sets.

use super::{union, Ctx, Decision, Scheduler};

pub struct Dfs {
    plan: Vec<u32>,
    decisions: Vec<Decision>,
}

impl Dfs {
    pub fn new(plan: Vec<u32>) -> Self {
        Dfs { plan, decisions: Vec::new() }
    }
}

impl Scheduler for Dfs {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        let cur_ok = ctx.current_runnable();
        let default = cur_ok.unwrap_or_else(|| ctx.runnable.first());
        if ctx.runnable.len() < 2 {
            return default;
        }
        let i = self.decisions.len();
        let chosen = self.plan.get(i).copied().filter(|g| ctx.runnable.contains(g)).unwrap_or(default);
        let footprints = ctx.runnable.iter().map(|g| ctx.world.footprint(g)).collect();
        self.decisions.push(Decision { runnable: ctx.runnable.to_vec(), current: cur_ok, chosen, footprints, segment: None });
        chosen
    }

    /// Every step after a decision adds to its segment.
    fn ran(&mut self, g: u32, ctx: &Ctx) {
        if let Some(d) = self.decisions.last_mut() {
            d.segment = union(d.segment, ctx.world.footprint(g));
        }
    }

    fn take_decisions(&mut self) -> Vec<Decision> {
        std::mem::take(&mut self.decisions)
    }
}
