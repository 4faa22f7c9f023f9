//! Exploration: many runs under different seeds; counts of each ending (in
//! Go's words), how many runs the race detector flagged, the distinct
//! outputs, and for each ending the shortest schedule that reproduces it.

use crate::compile::Program;
use crate::vm::machine::Options;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct ExploreOptions {
    pub runs: u32,
    pub seed: u64,
    pub base: Options,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExploreResult {
    pub runs: u32,
    pub outcomes: BTreeMap<String, u32>,
    pub race_runs: u32,
    pub outputs: BTreeMap<String, u32>,
    /// For each outcome, the shortest schedule (fewest steps) that reached it.
    pub schedules: BTreeMap<String, String>,
    pub strategy: String,
}

pub fn explore(prog: &Program, eo: &ExploreOptions) -> ExploreResult {
    let mut outcomes = BTreeMap::new();
    let mut outputs = BTreeMap::new();
    let mut best: BTreeMap<String, (u64, String)> = BTreeMap::new();
    let mut race_runs = 0;
    for i in 0..eo.runs {
        let mut o = eo.base.clone();
        o.seed = eo.seed.wrapping_add(i as u64);
        o.schedule = None;
        o.max_events = 0;
        let r = crate::run_program(prog, &o);
        *outcomes.entry(r.outcome.clone()).or_insert(0) += 1;
        *outputs.entry(r.stdout.clone()).or_insert(0) += 1;
        if !r.races.is_empty() {
            race_runs += 1;
        }
        let e = best.entry(r.outcome.clone()).or_insert((u64::MAX, String::new()));
        if r.steps < e.0 {
            *e = (r.steps, r.schedule.clone());
        }
    }
    ExploreResult {
        runs: eo.runs,
        outcomes,
        race_runs,
        outputs,
        schedules: best.into_iter().map(|(k, v)| (k, v.1)).collect(),
        strategy: format!("{:?}", eo.base.strategy).to_lowercase(),
    }
}
