//! Scheduling: which goroutine runs the next step.
//!
//! As in awslabs/shuttle, a strategy answers `next_task(runnable, current)`
//! and every choice is recorded, so that a run's [`Schedule`] replays it
//! exactly. A schedule also records the seed of the run's one other source of
//! randomness (map hash seeds, iteration starts, select choices), so a
//! schedule string alone reproduces a run.
//!
//! Two schedule formats replay a run: `v2` ([`anchored`]), what runs report,
//! ties each switch to a goroutine and a source position so that it survives
//! small edits; `v1`, `<draw seed, hex>:<goroutine>x<steps>.…`, counts the
//! steps of each goroutine — exact for the same program only, and what
//! exploration shrinks.

pub mod anchored;
pub mod gops;
pub mod pct;
pub mod rng;

use rng::Rng;

pub use crate::options::Strategy;

/// What a goroutine's next step touches, for partial-order reduction:
/// `None` touches nothing shared; `Some((object, writes))` an object (a map,
/// channel, lock, memory cell …); `ALL` conflicts with everything.
pub type Footprint = Option<(u64, bool)>;
pub const ALL: u64 = u64::MAX;

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

/// A schedule to replay, in either format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replay {
    Steps(Schedule),
    Anchored(anchored::Anchored),
}

impl Replay {
    pub fn parse(s: &str) -> Result<Replay, String> {
        match s.trim().get(..3) {
            Some("v2:") => anchored::Anchored::parse(s).map(Replay::Anchored),
            Some("v1:") => Schedule::parse(s).map(Replay::Steps),
            _ => Err("schedule: unknown format (expected v2:… or v1:…)".into()),
        }
    }

    pub fn draw_seed(&self) -> u64 {
        match self {
            Replay::Steps(s) => s.draw_seed,
            Replay::Anchored(a) => a.draw_seed,
        }
    }
}

/// A recorded run: the draw seed and the run-length-encoded goroutine picks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    pub draw_seed: u64,
    pub picks: Vec<(u32, u32)>,
}

impl Schedule {
    pub fn push(&mut self, g: u32) {
        match self.picks.last_mut() {
            Some((last, n)) if *last == g => *n += 1,
            _ => self.picks.push((g, 1)),
        }
    }

    pub fn render(&self) -> String {
        let picks: Vec<String> = self.picks.iter().map(|(g, n)| format!("{g}x{n}")).collect();
        format!("v1:{:x}:{}", self.draw_seed, picks.join("."))
    }

    pub fn parse(s: &str) -> Result<Schedule, String> {
        let (draw_seed, body) = anchored::split_header(s, "v1")?;
        let mut picks = Vec::new();
        for p in body.split('.').filter(|p| !p.is_empty()) {
            let (g, n) = p.split_once('x').ok_or_else(|| format!("schedule: bad entry {p:?}"))?;
            let g: u32 = g.parse().map_err(|_| format!("schedule: bad goroutine in {p:?}"))?;
            let n: u32 = n.parse().map_err(|_| format!("schedule: bad count in {p:?}"))?;
            if n == 0 {
                return Err(format!("schedule: zero count in {p:?}"));
            }
            picks.push((g, n));
        }
        Ok(Schedule { draw_seed, picks })
    }

    /// Number of steps the schedule covers.
    pub fn len_steps(&self) -> u64 {
        self.picks.iter().map(|(_, n)| *n as u64).sum()
    }
}

/// Chooses goroutines; either a strategy or a replay of a schedule.
pub struct Scheduler {
    strategy: Strategy,
    rng: Rng,
    replay: Option<(Schedule, usize, u32)>,
    burst_left: u32,
    current: Option<u32>,
    /// The Go strategy's two Ps.
    ps: gops::TwoPs,
    pct: Option<pct::Pct>,
    last_cost: u32,
    pub recorded: Schedule,
    pub diverged: Option<String>,
    /// Dfs: the choices to make at the first decisions, and the decisions made.
    pub plan: Vec<u32>,
    pub decisions: Vec<Decision>,
    footprint_of: Option<Vec<Footprint>>,
}

impl Scheduler {
    pub fn new(strategy: Strategy, seed: u64, draw_seed: u64) -> Self {
        Scheduler {
            strategy,
            rng: Rng::new(seed ^ 0x5eed_5c4e_d01e),
            replay: None,
            burst_left: 0,
            current: None,
            ps: Default::default(),
            pct: None,
            last_cost: 0,
            recorded: Schedule { draw_seed, picks: Vec::new() },
            diverged: None,
            plan: Vec::new(),
            decisions: Vec::new(),
            footprint_of: None,
        }
        .with_pct()
    }

    fn with_pct(mut self) -> Self {
        if let Strategy::Pct { depth, steps } = self.strategy {
            self.pct = Some(pct::Pct::new(depth, steps, &mut self.rng));
        }
        self
    }

    pub fn replaying(schedule: Schedule) -> Self {
        let draw_seed = schedule.draw_seed;
        Scheduler {
            strategy: Strategy::Random,
            rng: Rng::new(0),
            replay: Some((schedule, 0, 0)),
            burst_left: 0,
            current: None,
            ps: Default::default(),
            pct: None,
            last_cost: 0,
            recorded: Schedule { draw_seed, picks: Vec::new() },
            diverged: None,
            plan: Vec::new(),
            decisions: Vec::new(),
            footprint_of: None,
        }
    }

    /// Picks the goroutine for the next step from `runnable` (ascending ids,
    /// non-empty); `mid_op` says the current goroutine is inside a map
    /// operation; `cost` is the rough time the previous step took (ns).
    pub fn next_task(&mut self, runnable: &[u32], mid_op: bool, cost: u32) -> u32 {
        self.next_task_with(runnable, mid_op, cost, &|_| None)
    }

    /// `next_task`, with each goroutine's next footprint available (used by Dfs).
    pub fn next_task_with(&mut self, runnable: &[u32], mid_op: bool, cost: u32, footprint: &dyn Fn(u32) -> Footprint) -> u32 {
        self.footprint_of = Some(runnable.iter().map(|&g| footprint(g)).collect());
        self.last_cost = cost;
        let g = self.choose(runnable, mid_op);
        self.current = Some(g);
        self.recorded.push(g);
        g
    }

    fn choose(&mut self, runnable: &[u32], mid_op: bool) -> u32 {
        if let Some((sched, idx, used)) = &mut self.replay {
            if self.diverged.is_none() {
                if let Some(&(g, n)) = sched.picks.get(*idx) {
                    if runnable.contains(&g) {
                        *used += 1;
                        if *used == n {
                            *idx += 1;
                            *used = 0;
                        }
                        return g;
                    }
                    self.diverged = Some(format!(
                        "the schedule stopped matching at step {}: goroutine {} is not runnable there (runnable: {:?}); continuing with the lowest runnable goroutine",
                        self.recorded.len_steps() + 1,
                        g,
                        runnable
                    ));
                } else {
                    self.diverged = Some(format!(
                        "the schedule ended at step {}; continuing with the lowest runnable goroutine",
                        self.recorded.len_steps() + 1
                    ));
                }
            }
            return runnable[0];
        }
        let cur_ok = self.current.filter(|c| runnable.contains(c));
        let _ = mid_op;
        match self.strategy {
            Strategy::Random => {
                if let (Some(c), true) = (cur_ok, self.burst_left > 0) {
                    self.burst_left -= 1;
                    return c;
                }
                let g = runnable[self.rng.below(runnable.len() as u64) as usize];
                self.burst_left = self.rng.below(16) as u32;
                g
            }
            Strategy::Dfs { .. } => {
                let default = cur_ok.unwrap_or(runnable[0]);
                if runnable.len() < 2 {
                    return default;
                }
                let i = self.decisions.len();
                let chosen = self.plan.get(i).copied().filter(|g| runnable.contains(g)).unwrap_or(default);
                let footprints = self.footprint_of.take().unwrap_or_else(|| vec![Some((ALL, true)); runnable.len()]);
                self.decisions.push(Decision { runnable: runnable.to_vec(), current: cur_ok, chosen, footprints, segment: None });
                chosen
            }
            Strategy::Pct { .. } => match self.pct.as_mut() {
                Some(p) => p.next(runnable, cur_ok, &mut self.rng),
                None => runnable[0],
            },
            Strategy::Go { quantum } => self.ps.next(runnable, self.current, mid_op, quantum as u64 * 500, self.last_cost),
            Strategy::RoundRobin { quantum } => {
                if let (Some(c), true) = (cur_ok, self.burst_left > 0) {
                    self.burst_left -= 1;
                    return c;
                }
                self.burst_left = quantum - 1;
                let next = match self.current {
                    Some(c) => runnable.iter().copied().find(|&g| g > c).unwrap_or(runnable[0]),
                    None => runnable[0],
                };
                next
            }
        }
    }

    /// A step given to `g` without asking the strategy: one the granularity
    /// does not let it switch at, or one an anchored replay decided.
    pub fn forced(&mut self, g: u32) -> u32 {
        self.current = Some(g);
        self.recorded.push(g);
        g
    }

    /// The current goroutine yielded (`runtime.Gosched`, blocking): end its burst.
    pub fn yielded(&mut self) {
        self.burst_left = 0;
    }
}
