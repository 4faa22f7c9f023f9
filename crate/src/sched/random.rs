//! The random strategy: a random runnable goroutine runs for a random burst
//! of 1 to 16 steps (a yield ends the burst). It switches anywhere the
//! granularity allows — even inside a map operation — so it finds the rare
//! endings a plain run almost never shows.

use super::rng::Rng;
use super::{Ctx, Scheduler};

pub struct Random {
    rng: Rng,
    burst_left: u32,
}

impl Random {
    pub fn new(rng: Rng) -> Self {
        Random { rng, burst_left: 0 }
    }
}

impl Scheduler for Random {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        if ctx.yielding {
            self.burst_left = 0;
        }
        if let (Some(c), true) = (ctx.current_runnable(), self.burst_left > 0) {
            self.burst_left -= 1;
            return c;
        }
        let g = ctx.runnable.nth(self.rng.below(ctx.runnable.len() as u64) as usize);
        self.burst_left = self.rng.below(16) as u32;
        g
    }
}
