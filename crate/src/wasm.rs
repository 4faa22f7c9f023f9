//! The WebAssembly surface: six functions, serde data in and out, nothing
//! else. The core knows nothing of the browser; this module only converts.
//!
//! Options arrive as the core's own [`Settings`] (JSON, camelCase) and are
//! checked by [`Settings::options`], as the CLI's flags are; their types,
//! and the results', are declared in `www/contract.d.ts`, generated from the
//! core by `crate/tests/contract.rs`.
//!
//! ```ts
//! function check(src: string): Diagnostic[];
//! function run(src: string, o: Options): RunResult | {diagnostics} | {error};
//! function explore(src: string, o: ExploreRequest): ExploreResult | {schedule} | {diagnostics} | {error};
//! function inspect(src: string, o: Options, step: number, view?: View): MapSnapshot[] | {diagnostics} | {error};
//! function merge(parts: ExploreResult[]): ExploreResult | {error};
//! function format(src: string): {ok: true, text} | {ok: false, error, diagnostics};
//! ```

use crate::options::{Purpose, Settings};
use crate::sched::Schedule;
use crate::ExploreOptions;
use serde::Deserialize;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What an exploration takes besides its [`Settings`]: how the page splits
/// one exploration over several workers and merges the parts.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Split {
    /// Shrink each ending's schedule (default true; the parts of a split exploration do not).
    shrink: Option<bool>,
    /// Include `best` and `seen` (and a bounded search's `frontier`), for [`merge`].
    details: Option<bool>,
    /// A bounded search: explore these subtrees.
    frontier: Option<Vec<String>>,
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

fn from_js<T: for<'de> Deserialize<'de> + Default>(o: &JsValue) -> Result<T, String> {
    if o.is_undefined() || o.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(o.clone()).map_err(|e| format!("bad options: {e}"))
}

fn options(o: &JsValue, purpose: Purpose) -> Result<(crate::Options, Settings), String> {
    let s: Settings = from_js(o)?;
    let opts = s.options(purpose).map_err(|e| format!("bad options: {e}"))?;
    Ok((opts, s))
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
    let (o, _) = match options(&opts, Purpose::Run) {
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
    let (o, settings, j) = match options(&opts, Purpose::Explore).and_then(|(o, s)| Ok((o, s, from_js::<Split>(&opts)?))) {
        Ok(x) => x,
        Err(e) => return error(e),
    };
    let runs = match settings.runs(o.strategy) {
        Ok(n) => n,
        Err(e) => return error(format!("bad options: {e}")),
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

/// The maps after step `step`, paged: `view` (`gomap::snapshot::View`,
/// optional) names the map shown and the pages asked for.
#[wasm_bindgen]
pub fn inspect(source: &str, opts: JsValue, step: f64, view: JsValue) -> JsValue {
    let (o, _) = match options(&opts, Purpose::Run) {
        Ok(o) => o,
        Err(e) => return error(e),
    };
    let view: crate::gomap::snapshot::View = match from_js(&view) {
        Ok(v) => v,
        Err(e) => return error(e.replace("bad options", "bad view")),
    };
    match crate::inspect_view(source, &o, step as u64, &view) {
        Ok(m) => to_js(&m),
        Err(d) => to_js(&serde_json::json!({ "diagnostics": d })),
    }
}

/// Parts of one exploration explored apart (each with `details`) merged into
/// one result by [`crate::explore::merge`]: the page's workers' parts.
#[wasm_bindgen]
pub fn merge(parts: JsValue) -> JsValue {
    match serde_wasm_bindgen::from_value::<Vec<crate::ExploreResult>>(parts) {
        Ok(p) => to_js(&crate::explore::merge(&p)),
        Err(e) => error(format!("bad exploration parts: {e}")),
    }
}

/// The source as gofmt formats it: `{ok: true, text}`, or, when it does not
/// parse, `{ok: false, error: "main.go:L:C: …", diagnostics: [Diagnostic]}`
/// (gc's wording; the page keeps the user's text unchanged then).
#[wasm_bindgen]
pub fn format(source: &str) -> JsValue {
    match crate::lang::printer::format(source) {
        Ok(text) => to_js(&serde_json::json!({ "ok": true, "text": text })),
        Err(d) => to_js(&serde_json::json!({ "ok": false, "error": d.render(), "diagnostics": [d] })),
    }
}
