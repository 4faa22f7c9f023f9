//! The WebAssembly surface: four functions, serde data in and out, nothing
//! else. The core knows nothing of the browser; this module only converts.
//!
//! TypeScript view of the results (mirrors `trace::RunResult` and friends):
//! ```ts
//! type Options = { seed?: number; strategy?: "go" | "random" | "rr" | "pct" | "dfs";
//!                  schedule?: string; maxSteps?: number; race?: boolean; maxEvents?: number;
//!                  granularity?: "instruction" | "sync" | "preemption";
//!                  depth?: number; preemptions?: number };     // pct's d, dfs's k
//! type ExploreOptions = Options & { runs: number; shrink?: boolean; details?: boolean;
//!                  frontier?: string[];                         // dfs: resume these subtrees
//!                  shrinkSchedule?: { outcome: string; schedule: string } };
//! function check(src: string): Diagnostic[];            // {line, col, message}
//! function run(src: string, o: Options): RunResult | {diagnostics: Diagnostic[]};
//! function explore(src: string, o: ExploreOptions): ExploreResult | {diagnostics};
//! function inspect(src: string, o: Options, step: number): MapSnapshot[] | {diagnostics};
//! ```

use crate::sched::{Replay, Schedule, Strategy};
use crate::{ExploreOptions, Options};
use serde::Deserialize;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JsOptions {
    seed: Option<f64>,
    strategy: Option<String>,
    schedule: Option<String>,
    max_steps: Option<f64>,
    race: Option<bool>,
    max_events: Option<f64>,
    runs: Option<f64>,
    granularity: Option<String>,
    depth: Option<f64>,
    preemptions: Option<f64>,
    frontier: Option<Vec<String>>,
    shrink: Option<bool>,
    details: Option<bool>,
    /// `{outcome, schedule}`: only shrink this schedule (the last step of a split exploration).
    shrink_schedule: Option<ShrinkRequest>,
}

#[derive(Deserialize)]
struct ShrinkRequest {
    outcome: String,
    schedule: String,
}

fn to_js<T: Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

fn error(msg: String) -> JsValue {
    to_js(&serde_json::json!({ "error": msg }))
}

fn options(o: JsValue) -> Result<(Options, u32), String> {
    let j: JsOptions = if o.is_undefined() || o.is_null() { JsOptions::default() } else { serde_wasm_bindgen::from_value(o).map_err(|e| format!("bad options: {e}"))? };
    let mut opts = Options::default();
    if let Some(s) = j.seed {
        opts.seed = s as u64;
    }
    if let Some(s) = j.strategy {
        opts.strategy = Strategy::parse(&s).ok_or_else(|| format!("unknown strategy {s:?}"))?;
    }
    match (&mut opts.strategy, j.depth, j.preemptions) {
        (Strategy::Pct { depth, .. }, Some(d), _) => *depth = (d as u32).clamp(1, 50),
        (Strategy::Dfs { preemptions }, _, Some(k)) => *preemptions = (k as u32).min(20),
        _ => {}
    }
    if let Some(s) = j.schedule.filter(|s| !s.is_empty()) {
        opts.schedule = Some(Replay::parse(&s)?);
    }
    if let Some(n) = j.max_steps {
        opts.max_steps = (n as u64).clamp(1, 200_000_000);
    }
    if let Some(r) = j.race {
        opts.race = r;
    }
    if let Some(g) = j.granularity {
        opts.granularity = crate::vm::machine::Granularity::parse(&g).ok_or_else(|| format!("unknown granularity {g:?}"))?;
    }
    if let Some(n) = j.max_events {
        opts.max_events = n as usize;
    }
    Ok((opts, j.runs.unwrap_or(100.0) as u32))
}

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen]
pub fn check(source: &str) -> JsValue {
    to_js(&crate::check(source))
}

#[wasm_bindgen]
pub fn run(source: &str, opts: JsValue) -> JsValue {
    let (o, _) = match options(opts) {
        Ok(o) => o,
        Err(e) => return error(e),
    };
    match crate::run(source, &o) {
        Ok(r) => to_js(&r),
        Err(d) => to_js(&serde_json::json!({ "diagnostics": d })),
    }
}

#[wasm_bindgen]
pub fn explore(source: &str, opts: JsValue) -> JsValue {
    let j: JsOptions = serde_wasm_bindgen::from_value(opts.clone()).unwrap_or_default();
    let (o, runs) = match options(opts) {
        Ok(o) => o,
        Err(e) => return error(e),
    };
    let p = match crate::compile::compile(source) {
        Ok(p) => p,
        Err(d) => return to_js(&serde_json::json!({ "diagnostics": d })),
    };
    if let Some(req) = j.shrink_schedule {
        return match Schedule::parse(&req.schedule) {
            Ok(s) => to_js(&serde_json::json!({ "schedule": crate::explore::shortest(&p, &o, &s, &req.outcome) })),
            Err(e) => error(e),
        };
    }
    let mut eo = ExploreOptions::new(runs, o.seed, o);
    eo.shrink = j.shrink.unwrap_or(true);
    eo.details = j.details.unwrap_or(false);
    if let Some(f) = j.frontier {
        match f.iter().map(|b| crate::explore::Branch::decode(b)).collect() {
            Ok(f) => eo.frontier = Some(f),
            Err(e) => return error(e),
        }
    }
    to_js(&crate::explore(&p, &eo))
}

#[wasm_bindgen]
pub fn inspect(source: &str, opts: JsValue, step: f64) -> JsValue {
    let (o, _) = match options(opts) {
        Ok(o) => o,
        Err(e) => return error(e),
    };
    match crate::inspect(source, &o, step as u64) {
        Ok(m) => to_js(&m),
        Err(d) => to_js(&serde_json::json!({ "diagnostics": d })),
    }
}
