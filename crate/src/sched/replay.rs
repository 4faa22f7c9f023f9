//! Replaying a schedule: the strategy that follows a recorded run.
//!
//! * [`Steps`] replays a `v1` schedule, `<goroutine>x<steps>` at a time —
//!   exact for the same program only.
//! * [`AnchoredReplay`] replays a `v2` schedule: each switch point is a
//!   source position that `vm::replay` has already found in this program
//!   (perhaps on a moved line); the running goroutine keeps running until
//!   its step there, then the switch's goroutine runs.
//!
//! Where a schedule stops matching (a goroutine is not runnable where it
//! should run, a switch point is gone, the schedule ends early) the replay
//! says where and why, and the run goes on without preemption.

use super::anchored::Switch;
use super::{Ctx, Schedule, Scheduler};

/// The replay of a `v1` (step) schedule.
pub struct Steps {
    sched: Schedule,
    idx: usize,
    used: u32,
    diverged: Option<String>,
}

impl Steps {
    pub fn new(sched: Schedule) -> Self {
        Steps { sched, idx: 0, used: 0, diverged: None }
    }
}

impl Scheduler for Steps {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        let runnable = ctx.runnable;
        if self.diverged.is_none() {
            if let Some(&(g, n)) = self.sched.picks.get(self.idx) {
                if runnable.contains(&g) {
                    self.used += 1;
                    if self.used == n {
                        self.idx += 1;
                        self.used = 0;
                    }
                    return g;
                }
                self.diverged = Some(format!(
                    "the schedule stopped matching at step {}: goroutine {} is not runnable there (runnable: {:?}); continuing with the lowest runnable goroutine",
                    ctx.step + 1,
                    g,
                    runnable
                ));
            } else {
                self.diverged = Some(format!("the schedule ended at step {}; continuing with the lowest runnable goroutine", ctx.step + 1));
            }
        }
        runnable.first()
    }

    fn every_step(&self) -> bool {
        true
    }

    fn note(&self) -> Option<String> {
        self.diverged.clone()
    }
}

/// A switch of a `v2` schedule, as found in this program.
pub struct Found {
    pub sw: Switch,
    /// (function, instruction, line) of the switch point, or why it is gone.
    pub at: Result<(u32, u32, u32), String>,
    /// The target goroutine's start function.
    pub to_func: Option<u32>,
    /// The line the schedule recorded, when the switch point was found on another.
    pub relocated_from: Option<u32>,
}

/// The replay of a `v2` (anchored) schedule.
pub struct AnchoredReplay {
    found: Vec<Found>,
    next: usize,
    stopped: bool,
    diverged: Option<String>,
}

/// 1st, 2nd, 3rd, 4th …
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl AnchoredReplay {
    pub fn new(found: Vec<Found>) -> Self {
        AnchoredReplay { found, next: 0, stopped: false, diverged: None }
    }

    fn stop(&mut self, why: String, keep: u32) -> u32 {
        self.stopped = true;
        self.diverged = Some(format!("{why}; from there the run went on without preemption"));
        keep
    }
}

impl Scheduler for AnchoredReplay {
    fn next_task(&mut self, ctx: &Ctx) -> u32 {
        let runnable = ctx.runnable;
        let keep = ctx.current_runnable().unwrap_or_else(|| runnable.first());
        let Some(cur) = ctx.current else { return keep };
        if self.stopped {
            return keep;
        }
        let total = self.found.len();
        let last = ctx.position;
        if let Some(f) = self.found.get(self.next) {
            let n = self.next + 1;
            match &f.at {
                Err(why) => {
                    let why = format!("the schedule stopped matching at switch {n} of {total}: {why}");
                    return self.stop(why, keep);
                }
                Ok((func, op, line)) if (*func, *op, f.sw.at.visit) == (last.func, last.op, last.visit) => {
                    self.next += 1;
                    let target = f.to_func.and_then(|tf| ctx.world.started_with(tf, f.sw.to.ordinal));
                    let why = match target {
                        Some(t) if runnable.contains(&t) => return t,
                        Some(t) => format!("goroutine {} is {} there", f.sw.to, ctx.world.state_words(t)),
                        None => format!("goroutine {} does not exist there", f.sw.to),
                    };
                    let why = format!("the schedule stopped matching at switch {n} of {total} (after line {line}): {why}");
                    return self.stop(why, keep);
                }
                Ok(_) => {}
            }
        }
        if runnable.contains(&cur) {
            return cur;
        }
        // The running goroutine blocked or ended before its next switch point.
        let what = if ctx.world.is_done(cur) { "ended".to_string() } else { format!("stopped ({}) at line {}", ctx.world.state_words(cur), ctx.world.line(cur)) };
        let who = ctx.world.ident(cur);
        let why = match self.found.get(self.next) {
            Some(f) => {
                let line = f.at.as_ref().map(|x| x.2).unwrap_or(0);
                format!("the schedule stopped matching at switch {} of {total}: goroutine {who} {what} before its switch point (line {line}, {} time)", self.next + 1, ordinal(f.sw.at.visit))
            }
            None => format!("the schedule ended at step {}: goroutine {who} {what}", ctx.step),
        };
        self.stop(why, keep)
    }

    fn every_step(&self) -> bool {
        true
    }

    /// Why the replay stopped matching; else, if the program ended before
    /// the schedule's last switch or its switch points were found on moved
    /// lines, that.
    fn note(&self) -> Option<String> {
        if self.stopped {
            return self.diverged.clone();
        }
        if self.next < self.found.len() {
            return Some(format!("the program ended before the schedule's switch {} of {}", self.next + 1, self.found.len()));
        }
        let moved: Vec<String> = self.found.iter().filter_map(|f| Some(format!("{}→{}", f.relocated_from?, f.at.as_ref().ok()?.2))).collect();
        (!moved.is_empty()).then(|| {
            format!("the schedule was recorded on other code: {} of its {} switch points were found on moved lines ({})", moved.len(), self.found.len(), moved.join(", "))
        })
    }
}
