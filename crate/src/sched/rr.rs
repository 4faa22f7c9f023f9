//! Round robin: goroutines take turns in id order, `quantum` steps each (a
//! yield ends a turn early).

use super::{Ctx, Scheduler};

pub struct RoundRobin {
    quantum: u32,
    burst_left: u32,
}

impl RoundRobin {
    pub fn new(quantum: u32) -> Self {
        RoundRobin { quantum, burst_left: 0 }
    }
}

impl Scheduler for RoundRobin {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        if ctx.yielding {
            self.burst_left = 0;
        }
        if let (Some(c), true) = (ctx.current_runnable(), self.burst_left > 0) {
            self.burst_left -= 1;
            return c;
        }
        self.burst_left = self.quantum - 1;
        match ctx.current {
            Some(c) => ctx.runnable.next_after(c).unwrap_or_else(|| ctx.runnable.first()),
            None => ctx.runnable.first(),
        }
    }
}
