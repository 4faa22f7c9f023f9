//! Exploration: many runs under different seeds; counts of each ending (in
//! Go's words), how many runs the race detector flagged, the distinct
//! outputs, and for each ending the shortest schedule that reproduces it —
//! fewest preemptions, then fewest steps — shrunk the way property
//! testing shrinks a failing case: drop or merge a switch, replay, keep the
//! result when it still ends the same way.

use crate::compile::Program;
use crate::sched::{Replay, Schedule};
use crate::options::Options;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct ExploreOptions {
    pub runs: u32,
    pub seed: u64,
    pub base: Options,
    /// Shrink each ending's schedule (off for the parts of a split exploration).
    pub shrink: bool,
    /// Include `best` and `seen`, so that parts explored apart can be merged.
    pub details: bool,
    /// Bounded search: prune with sleep sets (partial-order reduction).
    pub por: bool,
    /// Bounded search: start from these subtrees instead of the whole tree
    /// (how the page spreads one search over several workers).
    pub frontier: Option<Vec<Branch>>,
}

/// A subtree of the bounded search still to explore: the choices at the
/// first scheduling decisions, the preemptions they use, and the sleep set
/// after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branch {
    pub plan: Vec<u32>,
    pub used: u32,
    pub sleep: Vec<(u32, crate::sched::Footprint)>,
}

impl Branch {
    fn root() -> Branch {
        Branch { plan: Vec::new(), used: 0, sleep: Vec::new() }
    }

    /// `<plan, comma-separated>|<preemptions used>|<goroutine>:<object hex>:<w>,…`
    /// (`-` for a footprint that touches nothing): opaque to the page.
    pub fn encode(&self) -> String {
        let plan: Vec<String> = self.plan.iter().map(|g| g.to_string()).collect();
        let sleep: Vec<String> = self
            .sleep
            .iter()
            .map(|(g, f)| match f {
                Some((o, w)) => format!("{g}:{o:x}:{}", *w as u8),
                None => format!("{g}:-"),
            })
            .collect();
        format!("{}|{}|{}", plan.join(","), self.used, sleep.join(","))
    }

    pub fn decode(s: &str) -> Result<Branch, String> {
        let bad = || format!("bad search branch {s:?}");
        let mut parts = s.split('|');
        let (Some(plan), Some(used), Some(sleep), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return Err(bad()) };
        let plan = plan.split(',').filter(|p| !p.is_empty()).map(|p| p.parse().map_err(|_| bad())).collect::<Result<_, _>>()?;
        let used = used.parse().map_err(|_| bad())?;
        let sleep = sleep
            .split(',')
            .filter(|p| !p.is_empty())
            .map(|e| {
                let mut f = e.split(':');
                let g = f.next().and_then(|g| g.parse().ok()).ok_or_else(bad)?;
                match (f.next(), f.next()) {
                    (Some("-"), None) => Ok((g, None)),
                    (Some(o), Some(w)) => Ok((g, Some((u64::from_str_radix(o, 16).map_err(|_| bad())?, w == "1")))),
                    _ => Err(bad()),
                }
            })
            .collect::<Result<_, _>>()?;
        Ok(Branch { plan, used, sleep })
    }
}

impl ExploreOptions {
    pub fn new(runs: u32, seed: u64, base: Options) -> Self {
        ExploreOptions { runs, seed, base, shrink: true, details: false, por: true, frontier: None }
    }
}

/// The smallest schedule found for an ending, with what ranks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Best {
    pub schedule: String,
    pub seed: u64,
    pub preemptions: u32,
    pub steps: u64,
}

/// The one ranking of schedules, for runs and for parts explored apart:
/// smallest by (preemptions, steps, seed), ties by the schedule itself, so
/// that parts merge to what one exploration finds.
fn ranks_before((size_a, seed_a, sched_a): (Size, u64, &str), (size_b, seed_b, sched_b): (Size, u64, &str)) -> bool {
    (size_a, seed_a).cmp(&(size_b, seed_b)).then_with(|| sched_a.cmp(sched_b)).is_lt()
}

impl Best {
    fn rank(&self) -> (Size, u64, &str) {
        ((self.preemptions, self.steps), self.seed, &self.schedule)
    }
}

/// What "shortest" ranks by: preemptions, then steps.
type Size = (u32, u64);

fn size(r: &crate::RunResult) -> Size {
    (r.preemptions, r.steps)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExploreResult {
    pub runs: u32,
    pub outcomes: BTreeMap<String, u32>,
    pub race_runs: u32,
    pub outputs: BTreeMap<String, u32>,
    /// For each outcome, the shortest schedule that reached it (after shrinking).
    pub schedules: BTreeMap<String, String>,
    pub strategy: String,
    /// Distinct schedules among the runs.
    pub distinct: u32,
    /// True when every schedule of a bounded space was covered (no bounded search yet: false).
    pub complete: bool,
    /// Where preemption was allowed.
    pub granularity: crate::options::Granularity,
    /// With `details`: the unshrunk best per ending, and a hash of every schedule seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best: Option<BTreeMap<String, Best>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Vec<String>>,
    /// With `details`, for a bounded search: the subtrees left unexplored
    /// when the run limit stopped it (empty when it covered everything).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frontier: Option<Vec<String>>,
}

/// What runs add up to: counts per ending and output, race runs, and the
/// smallest schedule (with its seed) per ending.
#[derive(Default)]
struct Tally {
    runs: u32,
    outcomes: BTreeMap<String, u32>,
    outputs: BTreeMap<String, u32>,
    race_runs: u32,
    best: BTreeMap<String, (Schedule, u64, Size)>,
}

impl Tally {
    fn add(&mut self, r: &crate::RunResult, seed: u64) {
        self.runs += 1;
        *self.outcomes.entry(r.outcome.clone()).or_insert(0) += 1;
        *self.outputs.entry(r.stdout.clone()).or_insert(0) += 1;
        if !r.races.is_empty() {
            self.race_runs += 1;
        }
        let s = &r.steps_schedule;
        let better = |(b, bs, bsize): &(Schedule, u64, Size)| ranks_before((size(r), seed, &s.render()), (*bsize, *bs, &b.render()));
        if self.best.get(&r.outcome).is_none_or(better) {
            self.best.insert(r.outcome.clone(), (s.clone(), seed, size(r)));
        }
    }

    /// The result; each ending's schedule shrunk when `eo.shrink`.
    fn result(self, prog: &Program, eo: &ExploreOptions, strategy: &str, distinct: u32, complete: bool, seen: Option<Vec<String>>, frontier: Option<Vec<String>>) -> ExploreResult {
        let base = Options { seed: eo.seed, ..eo.base.clone() };
        ExploreResult {
            runs: self.runs,
            race_runs: self.race_runs,
            schedules: self.best.iter().map(|(k, (v, _, _))| (k.clone(), if eo.shrink { shortest(prog, &base, v, k) } else { anchored(prog, &base, v) })).collect(),
            best: eo.details.then(|| self.best.iter().map(|(k, (v, seed, (p, steps)))| (k.clone(), Best { schedule: v.render(), seed: *seed, preemptions: *p, steps: *steps })).collect()),
            outcomes: self.outcomes,
            outputs: self.outputs,
            strategy: strategy.into(),
            distinct,
            complete,
            granularity: eo.base.granularity,
            seen,
            frontier,
        }
    }
}

/// Parts of one exploration explored apart (each with `details`: seeds in
/// chunks, or subtrees of a bounded search) merged into what one exploration
/// of them all gives: counts added, the best schedule per ending by the one
/// ranking, distinct schedules counted once. `schedules` holds each ending's
/// best schedule unshrunk (shrink them with [`shortest`]); `best` is kept,
/// `complete` is false (only the driver knows whether its search is done).
pub fn merge(parts: &[ExploreResult]) -> ExploreResult {
    let mut out = ExploreResult {
        runs: 0,
        outcomes: BTreeMap::new(),
        race_runs: 0,
        outputs: BTreeMap::new(),
        schedules: BTreeMap::new(),
        strategy: parts.first().map(|p| p.strategy.clone()).unwrap_or_default(),
        distinct: 0,
        complete: false,
        granularity: parts.first().map(|p| p.granularity).unwrap_or(crate::options::Granularity::Instruction),
        best: Some(BTreeMap::new()),
        seen: None,
        frontier: None,
    };
    let mut seen = std::collections::BTreeSet::new();
    let best = out.best.as_mut().expect("set above");
    for p in parts {
        out.runs += p.runs;
        out.race_runs += p.race_runs;
        for (k, n) in &p.outcomes {
            *out.outcomes.entry(k.clone()).or_insert(0) += n;
        }
        for (k, n) in &p.outputs {
            *out.outputs.entry(k.clone()).or_insert(0) += n;
        }
        seen.extend(p.seen.iter().flatten().cloned());
        for (k, b) in p.best.iter().flatten() {
            if best.get(k).is_none_or(|cur| ranks_before(b.rank(), cur.rank())) {
                best.insert(k.clone(), b.clone());
            }
        }
    }
    out.schedules = best.iter().map(|(k, b)| (k.clone(), b.schedule.clone())).collect();
    // A bounded search runs every schedule once: each run is distinct.
    out.distinct = if out.strategy == "dfs" { out.runs } else { seen.len() as u32 };
    out
}

/// The anchored (`v2`) form of a step schedule: what users see and replay.
pub fn anchored(prog: &Program, base: &Options, s: &Schedule) -> String {
    let o = Options { schedule: Some(Replay::Steps(s.clone())), max_events: 0, render_schedule: true, ..base.clone() };
    crate::run_program(prog, &o).schedule
}

/// An ending's schedule as shown: shrunk, then anchored.
pub fn shortest(prog: &Program, base: &Options, s: &Schedule, outcome: &str) -> String {
    anchored(prog, base, &shrink(prog, base, s, outcome, 60))
}

/// Shrinks a schedule that ends in `outcome`: tries removing or merging each
/// switch, replays, and keeps any smaller schedule (fewer preemptions, or as
/// many and fewer steps) with the same ending.
pub fn shrink(prog: &Program, base: &Options, sched: &Schedule, outcome: &str, budget: u32) -> Schedule {
    let replay = |s: Schedule| crate::run_program(prog, &Options { schedule: Some(Replay::Steps(s)), max_events: 0, render_schedule: false, ..base.clone() });
    let mut best = sched.clone();
    let mut best_size = size(&replay(sched.clone()));
    let mut tries = 0;
    let mut improved = true;
    while improved && tries < budget {
        improved = false;
        let n = best.picks.len();
        for i in (0..n).rev() {
            for merge in [true, false] {
                if tries >= budget {
                    break;
                }
                let mut cand = best.clone();
                let (_, steps) = cand.picks.remove(i);
                if merge && i > 0 {
                    cand.picks[i - 1].1 += steps; // the previous goroutine keeps running
                }
                tries += 1;
                let r = replay(cand);
                if r.outcome != outcome {
                    continue;
                }
                if size(&r) < best_size {
                    best_size = size(&r);
                    best = r.steps_schedule;
                    improved = true;
                    break;
                }
            }
            if improved {
                break;
            }
        }
    }
    best
}

/// Bounded-exhaustive search: depth-first over scheduling decisions, every
/// schedule with at most `k` preemptions (a switch away from a goroutine that
/// could go on), each explored once, up to `max_runs` runs. `complete` says
/// whether the whole bounded space was covered.
///
/// With `por`, sleep sets (Godefroid) prune alternatives: in the subtree of
/// an alternative that preempts the running goroutine `c`, `c` sleeps until
/// a step that does not commute with `c`'s next segment (what `c` ran from
/// that decision to the next, observed in this run: at a coarse granularity
/// several steps; same object, one writes) runs — any schedule that runs `c`
/// earlier than that is a reordering of one in `c`'s own subtree that runs
/// that segment first.
///
/// Under a preemption bound that reordering must cost no more preemptions,
/// or the class could be missed (the known unsoundness of sleep sets with
/// bounding): moving `c`'s step back to the decision turns the paid
/// preemption of `c` into at most one switch away from `c`, and removes the
/// switches into and out of `c` later, so it never costs more. Moving a
/// sibling that was itself a preemption can cost one more, which is why only
/// the preempted goroutine, never an explored sibling, is put to sleep.
fn explore_dfs(prog: &Program, eo: &ExploreOptions, k: u32) -> ExploreResult {
    let mut tally = Tally::default();
    use crate::sched::{dependent, Footprint};
    // Popped last-in first-out: children in order, deepest first.
    let mut stack: Vec<Branch> = eo.frontier.clone().unwrap_or_else(|| vec![Branch::root()]);
    stack.reverse();
    while let Some(branch) = stack.pop() {
        if tally.runs >= eo.runs {
            stack.push(branch);
            break;
        }
        let Branch { plan, used, sleep: sleep_after } = branch;
        let o = Options { plan: plan.clone(), schedule: None, max_events: 0, render_schedule: false, seed: eo.seed, ..eo.base.clone() };
        let mut m = crate::vm::machine::Machine::new(prog, o);
        m.run();
        let decisions = m.sched.take_decisions();
        let r = m.result();
        tally.add(&r, eo.seed);
        // Branch at every decision this run made on its own (after the plan).
        let prefix: Vec<u32> = decisions.iter().map(|d| d.chosen).collect();
        // Decisions after the plan keep the running goroutine: they add no preemption.
        let preempts = used;
        let mut children = Vec::new();
        let mut sleep: Vec<(u32, Footprint)> = Vec::new();
        for (i, d) in decisions.iter().enumerate() {
            if i < plan.len() {
                continue;
            }
            if i == plan.len() && eo.por {
                // The plan's last step (the alternative this branch is for) wakes its dependents.
                let last = i.checked_sub(1).map(|j| decisions[j].segment).unwrap_or(None);
                sleep = sleep_after.iter().filter(|(_, f)| !dependent(*f, last)).cloned().collect();
            }
            let fp = |g: u32| d.runnable.iter().position(|&x| x == g).map(|j| d.footprints[j]).unwrap_or(Some((crate::sched::ALL, true)));
            // Only the goroutine an alternative preempts goes to sleep in its
            // subtree (see the function's comment for why not the siblings).
            let preempted = (d.current == Some(d.chosen)).then_some((d.chosen, d.segment));
            for &alt in &d.runnable {
                if alt == d.chosen || sleep.iter().any(|(g, _)| *g == alt) {
                    continue;
                }
                let cost = preempts + d.is_preemption(alt) as u32;
                if cost <= k {
                    let mut child = prefix[..i].to_vec();
                    child.push(alt);
                    let child_sleep = if eo.por {
                        sleep.iter().chain(&preempted).filter(|(g, f)| *g != alt && !dependent(*f, fp(alt))).cloned().collect()
                    } else {
                        Vec::new()
                    };
                    children.push(Branch { plan: child, used: cost, sleep: child_sleep });
                }
            }
            // What ran until the next decision wakes every sleeper it does not commute with.
            sleep.retain(|(g, f)| *g != d.chosen && !dependent(*f, d.segment));
        }
        // Deeper branches first pop last: explore in order.
        stack.extend(children.into_iter().rev());
    }
    let runs = tally.runs;
    let frontier = eo.details.then(|| stack.iter().rev().map(Branch::encode).collect());
    tally.result(prog, eo, "dfs", runs, stack.is_empty(), None, frontier)
}

pub fn explore(prog: &Program, eo: &ExploreOptions) -> ExploreResult {
    if let crate::sched::Strategy::Dfs { preemptions } = eo.base.strategy {
        return explore_dfs(prog, eo, preemptions);
    }
    let mut tally = Tally::default();
    let mut seen = std::collections::HashSet::new();
    for i in 0..eo.runs {
        let mut o = eo.base.clone();
        o.seed = eo.seed.wrapping_add(i as u64);
        o.schedule = None;
        o.max_events = 0;
        o.render_schedule = false;
        let r = crate::run_program(prog, &o);
        seen.insert(r.steps_schedule.render());
        tally.add(&r, o.seed);
    }
    let hashes = eo.details.then(|| {
        let mut v: Vec<String> = seen.iter().map(|s| format!("{:016x}", crate::gomap::hash::hash_key(&crate::gomap::hash::KeyRepr { bytes: std::rc::Rc::from(s.as_bytes()), nan: false }, 1))).collect();
        v.sort();
        v
    });
    tally.result(prog, eo, eo.base.strategy.name(), seen.len() as u32, false, hashes, None)
}
