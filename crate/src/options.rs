//! The options of a run or an exploration: the one contract between the
//! core, the CLI and the page.
//!
//! A run is a pure function of (program, [`Options`]). The options reach the
//! core from two sides — the CLI's flags and the page's JSON — and both go
//! through the same door: a [`Settings`] (the options as they are written
//! down: flat, camelCase, every field optional, enumerations as stable
//! lowercase names) is turned into [`Options`] by [`Settings::options`], the
//! one place where limits are checked. Every limit is a named [`Limit`]
//! below (`SEED`, `MAX_STEPS`, …); nothing else clamps. An out-of-range value
//! is refused with a message naming the field and the range, never wrapped
//! or silently clamped.
//!
//! The front end does not copy any of this: `www/contract.js` and
//! `www/contract.d.ts` are generated from these definitions by the test
//! `crate/tests/contract.rs`, which fails when the checked-in files are stale
//! (`MAPRACE_BLESS=1 cargo test --test contract` rewrites them).

use crate::sched::schedule::Replay;
use serde::{Deserialize, Serialize};

/// Where the scheduler may switch goroutines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Before any instruction (the finest).
    #[serde(alias = "instr")]
    Instruction,
    /// Only at map, channel, lock and other sync operations (and when a goroutine blocks).
    Sync,
    /// Only where Go's runtime itself switches: calls, blocking, yields, `go` statements.
    #[serde(alias = "preempt")]
    Preemption,
}

impl Granularity {
    /// Every granularity, finest first.
    pub const ALL: [Granularity; 3] = [Granularity::Instruction, Granularity::Sync, Granularity::Preemption];

    pub fn parse(s: &str) -> Option<Granularity> {
        match s {
            "instruction" | "instr" => Some(Granularity::Instruction),
            "sync" => Some(Granularity::Sync),
            "preemption" | "preempt" => Some(Granularity::Preemption),
            _ => None,
        }
    }

    /// The name `parse` takes and results carry.
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Instruction => "instruction",
            Granularity::Sync => "sync",
            Granularity::Preemption => "preemption",
        }
    }

    /// What it means, for help texts.
    pub fn describe(self) -> &'static str {
        match self {
            Granularity::Instruction => "before any instruction",
            Granularity::Sync => "only at map, channel, lock and other sync operations",
            Granularity::Preemption => "only at Go's own preemption points (calls, blocking, yields)",
        }
    }
}

/// Which Go map a program's maps are (the models are in `gomap/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MapModel {
    /// Go 1.24+'s swiss tables (`internal/runtime/maps`): the only map Go 1.27 has.
    Swiss,
    /// Go ≤ 1.23's bucket map (`runtime/map.go`), the one most articles describe.
    Classic,
}

impl MapModel {
    /// Every model, the default first.
    pub const ALL: [MapModel; 2] = [MapModel::Swiss, MapModel::Classic];
    /// The model of a run when none is given: the map Go runs today.
    pub const DEFAULT: MapModel = MapModel::Swiss;

    pub fn parse(s: &str) -> Option<MapModel> {
        match s {
            "swiss" => Some(MapModel::Swiss),
            "classic" => Some(MapModel::Classic),
            _ => None,
        }
    }

    /// The stable name `parse` takes (flags, JSON, links, embed attributes).
    pub fn name(self) -> &'static str {
        match self {
            MapModel::Swiss => "swiss",
            MapModel::Classic => "classic",
        }
    }

    /// What it is, for help texts and the page's selector.
    pub fn describe(self) -> &'static str {
        match self {
            MapModel::Swiss => "Go 1.24+ (swiss tables)",
            MapModel::Classic => "Go ≤ 1.23 (buckets)",
        }
    }
}

/// Which goroutine runs the next step (the schedulers are in `sched/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// A random runnable goroutine runs for a random burst of 1..=16 steps.
    Random,
    /// Round robin in goroutine order, `quantum` steps each.
    RoundRobin { quantum: u32 },
    /// Like Go's scheduler with GOMAXPROCS=2: two Ps each run a goroutine
    /// until it blocks, yields or uses up its quantum; a goroutine made ready
    /// goes to its P's `runnext`, others wait in a FIFO queue, and an idle P
    /// steals after a short latency. The two Ps interleave in short chunks
    /// but never inside one map operation — real overlaps are rare, so a
    /// plain run ends the way `go run` usually does; exploration finds the rest.
    Go { quantum: u32 },
    /// Probabilistic concurrency testing: random priorities, `depth - 1`
    /// priority change points among the first `steps` steps.
    Pct { depth: u32, steps: u64 },
    /// Bounded-exhaustive search (explore only): every schedule with at most
    /// `preemptions` preemptions. One run follows `Options::plan`, then keeps
    /// the current goroutine while it can run (no further preemption).
    Dfs { preemptions: u32 },
    /// Like `go run`, at real Go's odds: Go's scheduler (`runtime/proc.go`)
    /// on `Options::gomaxprocs` Ps running in parallel in virtual time, with
    /// operation costs measured on real Go (`sched::costs`), so that map
    /// operations of two Ps overlap — and throw — as often as on hardware.
    Calibrated,
}

/// A strategy's stable name and what it is for.
#[derive(Debug, Clone, Copy)]
pub struct StrategyInfo {
    pub name: &'static str,
    /// Only for exploration (not for a single run, nor for links).
    pub explore_only: bool,
    pub describe: &'static str,
}

/// Every strategy, by its stable name (what flags, JSON and links carry).
pub const STRATEGIES: [StrategyInfo; 6] = [
    StrategyInfo { name: "go", explore_only: false, describe: "like go run: a model of Go's scheduler on two Ps" },
    StrategyInfo { name: "random", explore_only: false, describe: "switches at random points, even inside map operations" },
    StrategyInfo { name: "rr", explore_only: false, describe: "round robin, 100 steps each" },
    StrategyInfo { name: "pct", explore_only: false, describe: "probabilistic concurrency testing: random priorities and a few change points" },
    StrategyInfo { name: "calibrated", explore_only: false, describe: "like go run at real Go's odds: Go's scheduler on GOMAXPROCS Ps in virtual time, costs measured on real Go" },
    StrategyInfo { name: "dfs", explore_only: true, describe: "bounded search: every schedule with at most K preemptions" },
];

/// The strategy of a run when none is given.
pub const DEFAULT_STRATEGY: &str = "go";
/// The strategy of an exploration when none is given (the page's and the CLI's).
pub const DEFAULT_EXPLORE_STRATEGY: &str = "pct";
/// Fixed parameters of the strategies (not options).
pub const RR_QUANTUM: u32 = 100;
pub const GO_QUANTUM: u32 = 20_000;
pub const PCT_STEPS: u64 = 2_000;

impl Strategy {
    pub fn parse(s: &str) -> Option<Strategy> {
        match s {
            "random" => Some(Strategy::Random),
            "rr" => Some(Strategy::RoundRobin { quantum: RR_QUANTUM }),
            "go" => Some(Strategy::Go { quantum: GO_QUANTUM }),
            "pct" => Some(Strategy::Pct { depth: PCT_DEPTH.default as u32, steps: PCT_STEPS }),
            "dfs" => Some(Strategy::Dfs { preemptions: DFS_PREEMPTIONS.default as u32 }),
            "calibrated" => Some(Strategy::Calibrated),
            _ => None,
        }
    }

    /// The stable name `parse` takes.
    pub fn name(self) -> &'static str {
        match self {
            Strategy::Random => "random",
            Strategy::RoundRobin { .. } => "rr",
            Strategy::Go { .. } => "go",
            Strategy::Pct { .. } => "pct",
            Strategy::Dfs { .. } => "dfs",
            Strategy::Calibrated => "calibrated",
        }
    }

    pub fn explore_only(self) -> bool {
        matches!(self, Strategy::Dfs { .. })
    }
}

impl Serialize for Strategy {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Strategy {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Strategy::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown strategy {:?} ({})", clip(&s, 40), strategy_names(true))))
    }
}

/// `go, random, rr, pct` (and `dfs` when `explore`).
pub fn strategy_names(explore: bool) -> String {
    STRATEGIES.iter().filter(|s| explore || !s.explore_only).map(|s| s.name).collect::<Vec<_>>().join(", ")
}

/// A numeric option's range and default. `key` is its JSON name, `flag` the CLI's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub key: &'static str,
    pub flag: &'static str,
    pub min: u64,
    pub max: u64,
    pub default: u64,
}

impl Limit {
    /// The value if it is in range, else the error every caller reports.
    pub fn check(&self, v: u64) -> Result<u64, OptionError> {
        if (self.min..=self.max).contains(&v) {
            Ok(v)
        } else {
            Err(OptionError { key: self.key, message: format!("{v} is out of range ({}..={})", self.min, self.max) })
        }
    }
}

/// The seed of a run (an exploration's first seed). At most 2^53 - 1, so that
/// it survives a JavaScript number and a link.
pub const SEED: Limit = Limit { key: "seed", flag: "seed", min: 0, max: (1 << 53) - 1, default: 1 };
/// Steps before a run ends with "step limit exceeded". Go has no such limit,
/// so the default is far beyond what a program real Go finishes in a few
/// seconds takes here (a step is about one operation of compiled Go, which
/// runs ~10^9 of them a second): 10^10 steps, minutes of simulation, by
/// which time the user has pressed Stop (instant: the page ends the worker).
/// What a long run holds is bounded by `MAX_EVENTS` (the timeline is cut,
/// the run goes on), the switches its schedule keeps
/// (`sched::MAX_SWITCHES_KEPT`) and the memory budget, not by its steps.
/// Explorations and tests that want short runs set a lower limit.
pub const MAX_STEPS: Limit = Limit { key: "maxSteps", flag: "max-steps", min: 1, max: 1_000_000_000_000, default: 10_000_000_000 };
/// The run's memory budget in bytes: everything the program makes the
/// simulator hold (see `vm::budget`). Past it the run ends as Go's does,
/// `fatal error: out of memory`. At most 1 GiB, which a browser tab survives.
pub const MAX_MEMORY: Limit = Limit { key: "maxMemory", flag: "max-memory", min: 1 << 20, max: 1 << 30, default: 256 << 20 };
/// Events kept for the timeline (the run goes on; the list is cut).
pub const MAX_EVENTS: Limit = Limit { key: "maxEvents", flag: "max-events", min: 0, max: 2_000_000, default: 200_000 };
/// Runs of an exploration (a bounded search's run limit).
pub const RUNS: Limit = Limit { key: "runs", flag: "runs", min: 1, max: 10_000_000, default: 100 };
/// The run limit of a bounded search when none is given: it stops when its space is covered.
pub const DFS_RUNS_DEFAULT: u64 = 100_000;
/// PCT's depth d (d - 1 priority change points).
pub const PCT_DEPTH: Limit = Limit { key: "depth", flag: "depth", min: 1, max: 50, default: 3 };
/// The bounded search's K (preemptions per schedule).
pub const DFS_PREEMPTIONS: Limit = Limit { key: "preemptions", flag: "preemptions", min: 0, max: 20, default: 2 };

/// The number of Ps (`GOMAXPROCS`) the `calibrated` strategy models: how
/// many goroutines run at the same instant.
pub const GOMAXPROCS: Limit = Limit { key: "gomaxprocs", flag: "gomaxprocs", min: 1, max: 64, default: 2 };

/// Every numeric limit, for the contract and the CLI.
pub const LIMITS: [Limit; 8] = [SEED, MAX_STEPS, MAX_MEMORY, MAX_EVENTS, RUNS, PCT_DEPTH, DFS_PREEMPTIONS, GOMAXPROCS];

/// The share-link format: `#v1.<base64url of deflate-raw JSON>`; the JSON carries `v: 1`.
pub const LINK_FORMAT: &str = "v1";
pub const LINK_VERSION: u32 = 1;

/// The longest schedule string accepted (characters).
pub const SCHEDULE_MAX_LEN: usize = 200_000;
/// The largest program accepted (bytes of source).
pub const SOURCE_MAX_BYTES: usize = 1 << 20;

/// An option that was refused: which (its JSON key) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    pub key: &'static str,
    pub message: String,
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

impl OptionError {
    /// The same error named after the CLI's flag (`--max-steps: …`).
    pub fn for_cli(&self) -> String {
        let flag = LIMITS.iter().find(|l| l.key == self.key).map(|l| l.flag).unwrap_or(self.key);
        format!("--{flag}: {}", self.message)
    }
}

/// At most `n` characters of `s`, with `…` when cut (input echoed in messages).
pub fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Everything a run needs besides the program.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "Settings", into = "Settings")]
pub struct Options {
    pub seed: u64,
    pub strategy: Strategy,
    pub schedule: Option<Replay>,
    pub max_steps: u64,
    /// Heap slots plus map slots.
    pub max_memory: u64,
    pub race: bool,
    pub max_events: usize,
    /// Stop after this many steps (to inspect the state there).
    pub stop_at: Option<u64>,
    pub granularity: Granularity,
    /// For the Dfs strategy: the choices at the first scheduling decisions.
    pub plan: Vec<u32>,
    /// Render the run's anchored (`v2`) schedule into the result; exploration
    /// turns it off for its many runs and renders only the schedules it shows.
    pub render_schedule: bool,
    /// `GOMAXPROCS`: the Ps of the `calibrated` strategy.
    pub gomaxprocs: u32,
    /// Which Go map the program's maps are: swiss tables (Go 1.24+, the
    /// default: the only map Go 1.27 has) or the classic buckets (Go ≤ 1.23).
    pub map_model: MapModel,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: SEED.default,
            strategy: Strategy::parse(DEFAULT_STRATEGY).expect("a known strategy"),
            schedule: None,
            max_steps: MAX_STEPS.default,
            max_memory: MAX_MEMORY.default,
            race: true,
            max_events: MAX_EVENTS.default as usize,
            stop_at: None,
            granularity: Granularity::Instruction,
            plan: Vec::new(),
            render_schedule: true,
            gomaxprocs: GOMAXPROCS.default as u32,
            map_model: MapModel::DEFAULT,
        }
    }
}

/// Options as they are written down (the page's JSON, the CLI's flags, a
/// link): flat, camelCase, every field optional. `depth` applies to `pct`,
/// `preemptions` to `dfs`; `runs` to an exploration. Unknown fields are
/// ignored here (the CLI refuses unknown flags itself).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strategy: Option<Strategy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depth: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preemptions: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granularity: Option<Granularity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_steps: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_memory: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_events: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub race: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gomaxprocs: Option<u64>,
    /// The map model, `swiss` or `classic` (the CLI's `--map`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map: Option<MapModel>,
}

/// What the options are for: a single run refuses explore-only strategies;
/// an exploration defaults to [`DEFAULT_EXPLORE_STRATEGY`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Explore,
}

impl Settings {
    /// The one validation: every given value checked against its limit (out
    /// of range is an error, for everybody), defaults for the rest.
    pub fn options(&self, purpose: Purpose) -> Result<Options, OptionError> {
        let mut o = Options::default();
        let num = |v: Option<u64>, l: &Limit| v.map(|v| l.check(v)).transpose();
        if let Some(s) = num(self.seed, &SEED)? {
            o.seed = s;
        }
        let depth = num(self.depth, &PCT_DEPTH)?;
        let preemptions = num(self.preemptions, &DFS_PREEMPTIONS)?;
        num(self.runs, &RUNS)?;
        o.strategy = match (self.strategy, purpose) {
            (Some(s), Purpose::Run) if s.explore_only() => {
                return Err(OptionError { key: "strategy", message: format!("{} is for explore only (a run takes {})", s.name(), strategy_names(false)) })
            }
            (Some(s), _) => s,
            (None, Purpose::Run) => Strategy::parse(DEFAULT_STRATEGY).expect("known"),
            (None, Purpose::Explore) => Strategy::parse(DEFAULT_EXPLORE_STRATEGY).expect("known"),
        };
        match (&mut o.strategy, depth, preemptions) {
            (Strategy::Pct { depth, .. }, Some(d), _) => *depth = d as u32,
            (Strategy::Dfs { preemptions }, _, Some(k)) => *preemptions = k as u32,
            _ => {}
        }
        if let Some(g) = self.granularity {
            o.granularity = g;
        }
        if let Some(s) = self.schedule.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            if s.len() > SCHEDULE_MAX_LEN {
                return Err(OptionError { key: "schedule", message: format!("longer than {SCHEDULE_MAX_LEN} characters") });
            }
            o.schedule = Some(Replay::parse(s).map_err(|e| OptionError { key: "schedule", message: clip(e.trim_start_matches("schedule: "), 200) })?);
        }
        if let Some(n) = num(self.max_steps, &MAX_STEPS)? {
            o.max_steps = n;
        }
        if let Some(n) = num(self.max_memory, &MAX_MEMORY)? {
            o.max_memory = n;
        }
        if let Some(n) = num(self.max_events, &MAX_EVENTS)? {
            o.max_events = n as usize;
        }
        if let Some(r) = self.race {
            o.race = r;
        }
        if let Some(n) = num(self.gomaxprocs, &GOMAXPROCS)? {
            o.gomaxprocs = n as u32;
        }
        if let Some(m) = self.map {
            o.map_model = m;
        }
        Ok(o)
    }

    /// An exploration's run count: as given (checked), else the default for its strategy.
    pub fn runs(&self, strategy: Strategy) -> Result<u32, OptionError> {
        let n = match self.runs {
            Some(n) => RUNS.check(n)?,
            None if strategy.explore_only() => DFS_RUNS_DEFAULT,
            None => RUNS.default,
        };
        Ok(n as u32)
    }
}

impl TryFrom<Settings> for Options {
    type Error = OptionError;
    fn try_from(s: Settings) -> Result<Options, OptionError> {
        s.options(Purpose::Run)
    }
}

impl From<Options> for Settings {
    fn from(o: Options) -> Settings {
        Settings {
            seed: Some(o.seed),
            strategy: Some(o.strategy),
            depth: match o.strategy {
                Strategy::Pct { depth, .. } => Some(depth as u64),
                _ => None,
            },
            preemptions: match o.strategy {
                Strategy::Dfs { preemptions } => Some(preemptions as u64),
                _ => None,
            },
            granularity: Some(o.granularity),
            schedule: o.schedule.map(|r| match r {
                Replay::Steps(s) => s.render(),
                Replay::Anchored(a) => a.render(),
            }),
            max_steps: Some(o.max_steps),
            max_memory: Some(o.max_memory),
            max_events: Some(o.max_events as u64),
            race: Some(o.race),
            runs: None,
            gomaxprocs: Some(o.gomaxprocs as u64),
            map: Some(o.map_model),
        }
    }
}
