//! Scheduling: which goroutine runs the next step.
//!
//! As in awslabs/shuttle (`src/scheduler/`), a strategy is a [`Scheduler`]:
//! at each decision it is shown a [`Ctx`] — the runnable goroutines, the
//! one that ran last, whether it is inside a map operation, what the last
//! step cost, where it was, and (on demand) what each goroutine's next step
//! would touch — and answers which goroutine runs. One file per strategy:
//! `go_like.rs`, `random.rs`, `rr.rs`, `pct.rs`, `dfs.rs` (the bounded
//! search's runs), and `replay.rs` (replaying a `v1` or `v2` schedule);
//! [`for_run`] is the one place that maps options to a strategy.
//!
//! The strategies only choose. [`Recorder`] stands between the run loop and
//! the strategy and keeps the run's record in one place: every pick (the
//! step schedule), every change of goroutine (the switches a `v2` schedule
//! is made of) and the preemptions; it also keeps the current goroutine
//! running where the granularity allows no switch, without asking.
//!
//! A schedule also records the seed of the run's one other source of
//! randomness (map hash seeds, iteration starts, select choices), so a
//! schedule string alone reproduces a run.
//!
//! Two schedule formats replay a run: `v2` ([`anchored`]), what runs report,
//! ties each switch to a goroutine and a source position so that it survives
//! small edits; `v1`, `<draw seed, hex>:<goroutine>x<steps>.…`, counts the
//! steps of each goroutine — exact for the same program only, and what
//! exploration shrinks.

pub mod anchored;
pub mod calibrated;
pub mod costs;
pub mod dfs;
pub mod go_like;
pub mod pct;
pub mod random;
pub mod replay;
pub mod rng;
pub mod rr;
pub mod runset;
pub mod schedule;

pub use crate::options::Strategy;
pub use runset::RunSet;
pub use schedule::{Replay, Schedule};

/// What a goroutine's next step touches, for partial-order reduction:
/// `None` touches nothing shared; `Some((object, writes))` an object (a map,
/// channel, lock, memory cell …); `ALL` conflicts with everything.
pub type Footprint = Option<(u64, bool)>;
pub const ALL: u64 = u64::MAX;
/// The footprint of the program's output: every print writes it.
pub const OUTPUT: u64 = ALL - 1;

/// Do two steps not commute (same object, at least one writes, or ALL)?
pub fn dependent(a: Footprint, b: Footprint) -> bool {
    match (a, b) {
        (Some((x, wx)), Some((y, wy))) => x == ALL || y == ALL || (x == y && (wx || wy)),
        _ => false,
    }
}

/// Both footprints in one: the same object (writing if either writes), else ALL.
pub fn union(a: Footprint, b: Footprint) -> Footprint {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some((x, wx)), Some((y, wy))) if x == y => Some((x, wx || wy)),
        _ => Some((ALL, true)),
    }
}

/// A scheduling decision of a run: who could run, who was running, who ran,
/// and (for the search's reduction) what each runnable goroutine's next step
/// would touch and what the steps until the next decision did touch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub runnable: Vec<u32>,
    pub current: Option<u32>,
    pub chosen: u32,
    pub footprints: Vec<Footprint>,
    /// Everything executed from this decision to the next (at a coarse
    /// granularity, several steps), as one footprint.
    pub segment: Footprint,
}

impl Decision {
    /// Switching away from a goroutine that could have gone on.
    pub fn is_preemption(&self, g: u32) -> bool {
        self.current.is_some_and(|c| c != g)
    }
}

/// A step's place: function, instruction, and how many steps the goroutine
/// has taken there so far (this one included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pos {
    pub func: u32,
    pub op: u32,
    pub visit: u32,
}

/// A change of running goroutine: after the step at `at`, goroutine `to`.
#[derive(Debug, Clone, Copy)]
pub struct RawSwitch {
    pub at: Pos,
    pub to: u32,
}

/// What a strategy may ask the machine about goroutines, answered only when asked.
pub trait World {
    /// What goroutine `g`'s next step would read or write.
    fn footprint(&self, g: u32) -> Footprint;
    /// The `ordinal`-th goroutine started with function `func`, if it exists.
    fn started_with(&self, func: u32, ordinal: u32) -> Option<u32>;
    /// `g`'s name in anchored schedules (`main.func1#2`).
    fn ident(&self, g: u32) -> String;
    /// `g`'s state in words (`runnable`, `finished`, `chan receive` …).
    fn state_words(&self, g: u32) -> &'static str;
    fn is_done(&self, g: u32) -> bool;
    /// The source line `g` is at.
    fn line(&self, g: u32) -> u32;
}

/// A scheduling decision's context.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The goroutines that can run (non-empty), kept by the machine: ask it
    /// `contains`, `len`, `nth` (ascending), `next_after`, and `changed` —
    /// whose runnability changed since the strategy was last asked.
    pub runnable: &'a RunSet,
    /// The goroutine that ran the last step (`None` before the first step);
    /// it may have blocked or ended since.
    pub current: Option<u32>,
    /// `current` is inside a map operation.
    pub mid_op: bool,
    /// The rough time (ns) the last step took (see `vm::opmeta`): virtual time
    /// for a timed strategy.
    pub cost: u32,
    /// Steps taken so far.
    pub step: u64,
    /// Where the last step was.
    pub position: Pos,
    /// The granularity lets the scheduler switch before `current`'s next op.
    pub switch_point: bool,
    /// `current` yielded (`runtime.Gosched`, sleep, blocking) since the last decision.
    pub yielding: bool,
    /// The machine's virtual time (ns): where sleeps and timers are counted;
    /// it moves only when every goroutine sleeps or waits for a timer.
    pub now: u64,
    pub world: &'a dyn World,
}

impl Ctx<'_> {
    /// `current`, if it can go on.
    pub fn current_runnable(&self) -> Option<u32> {
        self.current.filter(|c| self.runnable.contains(c))
    }
}

/// A strategy: picks the goroutine for each step it is asked about.
pub trait Scheduler {
    /// Picks from `ctx.runnable`.
    fn next_task(&mut self, ctx: &Ctx) -> u32;
    /// Called for every step once its goroutine is chosen, asked or not.
    fn ran(&mut self, _g: u32, _ctx: &Ctx) {}
    /// A replay must see every step, switch point or not.
    fn every_step(&self) -> bool {
        false
    }
    /// What the user should know about the run's schedule (a replay that
    /// stopped matching, or matched on moved lines).
    fn note(&self) -> Option<String> {
        None
    }
    /// The bounded search's record of the run's decisions.
    fn take_decisions(&mut self) -> Vec<Decision> {
        Vec::new()
    }
}

/// The strategy a run uses: its `Strategy`, or the replay of a `v1`
/// schedule. (A `v2` schedule is found in the program first: see
/// `vm::replay`.) A new strategy is registered here.
pub fn for_run(strategy: Strategy, seed: u64, plan: &[u32], gomaxprocs: u32) -> Box<dyn Scheduler> {
    let rng = rng::Rng::new(seed ^ 0x5eed_5c4e_d01e);
    match strategy {
        Strategy::Random => Box::new(random::Random::new(rng)),
        Strategy::RoundRobin { quantum } => Box::new(rr::RoundRobin::new(quantum)),
        Strategy::Go { quantum } => Box::new(go_like::GoLike::new(quantum)),
        Strategy::Pct { depth, steps } => Box::new(pct::Pct::new(depth, steps, rng)),
        Strategy::Dfs { .. } => Box::new(dfs::Dfs::new(plan.to_vec())),
        Strategy::Calibrated => Box::new(calibrated::Calibrated::new(gomaxprocs, rng)),
    }
}

/// Between the run loop and the strategy: asks the strategy where it may
/// choose, and records the run — every pick, every switch, the preemptions.
pub struct Recorder {
    strategy: Box<dyn Scheduler>,
    yielding: bool,
    /// The strategy was asked at the last decision (it has seen `runnable.changed()`).
    pub asked: bool,
    pub recorded: Schedule,
    /// Every change of running goroutine, for the `v2` schedule.
    pub switches: Vec<RawSwitch>,
    /// Switches away from a goroutine that could have gone on.
    pub preemptions: u32,
    /// The run switched more than [`MAX_SWITCHES_KEPT`] times: its schedule
    /// was dropped (the seed and strategy still reproduce the run).
    pub overflowed: bool,
}

/// Switches a run's record keeps (about 24 bytes each, picks and switches):
/// a schedule longer than this could not be given back anyway (its string
/// would pass `options::SCHEDULE_MAX_LEN`), and a long run switching every
/// few steps must not hold memory in proportion to its steps.
pub const MAX_SWITCHES_KEPT: usize = 1 << 20;

impl Recorder {
    pub fn new(strategy: Box<dyn Scheduler>, draw_seed: u64) -> Self {
        Recorder { strategy, yielding: false, asked: false, recorded: Schedule { draw_seed, picks: Vec::new() }, switches: Vec::new(), preemptions: 0, overflowed: false }
    }

    /// The goroutine for the next step.
    pub fn next_task(&mut self, ctx: Ctx) -> u32 {
        let ctx = Ctx { yielding: self.yielding, ..ctx };
        let keep = ctx.current_runnable();
        self.asked = false;
        let g = match keep {
            Some(c) if !ctx.switch_point && !self.strategy.every_step() => c,
            _ => {
                self.yielding = false;
                self.asked = true;
                self.strategy.next_task(&ctx)
            }
        };
        if let Some(c) = ctx.current {
            if c != g {
                if !self.overflowed {
                    self.switches.push(RawSwitch { at: ctx.position, to: g });
                }
                if keep.is_some() {
                    self.preemptions += 1;
                }
            }
        }
        self.strategy.ran(g, &ctx);
        if !self.overflowed {
            self.recorded.push(g);
            if self.switches.len() > MAX_SWITCHES_KEPT || self.recorded.picks.len() > MAX_SWITCHES_KEPT {
                self.overflowed = true;
                self.switches = Vec::new();
                self.recorded.picks = Vec::new();
            }
        }
        g
    }

    /// The current goroutine yielded (`runtime.Gosched`, blocking): the next
    /// decision is told so (a burst ends).
    pub fn yielded(&mut self) {
        self.yielding = true;
    }

    pub fn note(&self) -> Option<String> {
        let dropped = self.overflowed.then(|| format!("the run switched goroutines more than {MAX_SWITCHES_KEPT} times: its schedule is not kept (run it again with the same seed and strategy to see it again)"));
        match (self.strategy.note(), dropped) {
            (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            (a, b) => a.or(b),
        }
    }

    pub fn take_decisions(&mut self) -> Vec<Decision> {
        self.strategy.take_decisions()
    }
}
