//! Native figures for `npm run bench`: VM steps/second, exploration runs/second
//! (with and without the race detector), and ns per simulated map operation.
//! Prints `name value unit` lines that scripts/bench.sh lays out.
//!
//! A shared 2-core machine varies about 2× between back-to-back runs, so
//! every figure is the median of `REPEAT` measurements, with their range
//! printed after it: a figure without its spread would suggest a precision
//! the machine does not have.

use maprace::options::MapModel;
use maprace::sched::Strategy;
use maprace::{ExploreOptions, Options};
use std::time::Instant;

fn bench_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(bench_dir().join(name)).expect("bench program")
}

/// How many times each figure is measured.
const REPEAT: usize = 5;

/// The median and the range of `REPEAT` values of `f`.
fn median(mut f: impl FnMut() -> f64) -> (f64, f64, f64) {
    let mut v: Vec<f64> = (0..REPEAT).map(|_| f()).collect();
    v.sort_by(f64::total_cmp);
    (v[REPEAT / 2], v[0], v[REPEAT - 1])
}

/// Seconds `f` takes.
fn secs(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

fn main() {
    let opts = Options { max_events: 0, ..Options::default() };

    // VM steps per second on a loop-and-map-heavy program.
    let src = read("loop_map.go");
    let prog = maprace::compile::compile(&src).unwrap();
    let r = maprace::run_program(&prog, &opts);
    assert_eq!(r.outcome, "ok");
    let steps = r.steps as f64;
    for (label, race) in [("vm_steps_per_sec", true), ("vm_steps_per_sec_no_race", false)] {
        let o = Options { race, ..opts.clone() };
        let (m, lo, hi) = median(|| steps / secs(|| drop(maprace::run_program(&prog, &o))));
        println!("{label} {m:.0} steps/s (median of {REPEAT}, range {lo:.0}–{hi:.0}; {steps} steps)");
    }

    // Exploration runs per second on the 100-goroutine map-writing program (racy:
    // most random schedules end early in the throw), and on its locked twin (every run completes).
    for (file, label, race) in [
        ("writers100.go", "explore_runs_per_sec", true),
        ("writers100.go", "explore_runs_per_sec_no_race", false),
        ("writers100_locked.go", "explore_locked_runs_per_sec", true),
        ("writers100_locked.go", "explore_locked_runs_per_sec_no_race", false),
    ] {
        let prog = maprace::compile::compile(&read(file)).unwrap();
        let base = Options { strategy: Strategy::Random, race, ..opts.clone() };
        let runs = 300;
        let mut last = None;
        let (m, lo, hi) = median(|| runs as f64 / secs(|| last = Some(maprace::explore(&prog, &ExploreOptions::new(runs, 1, base.clone())))));
        let r = last.expect("explored");
        println!("{label} {m:.0} runs/s (median of {REPEAT} × {runs} runs, range {lo:.0}–{hi:.0}; outcomes {:?}; race runs {})", r.outcomes, r.race_runs);
    }

    // ns per simulated map operation: the same loops as bench/mapops.go, under
    // both map models (scripts/bench.sh lays them out beside real Go's).
    let n = 200_000;
    for model in MapModel::ALL {
        for (label, body) in [
            ("ns_per_assign", format!("for i := 0; i < {n}; i++ {{\n\t\tm[i] = i\n\t}}")),
            ("ns_per_lookup", format!("for i := 0; i < {n}; i++ {{\n\t\ts += m[i]\n\t}}")),
            ("ns_per_iter_step", "for range m {\n\t\tc++\n\t}".to_string()),
        ] {
            let setup = if label == "ns_per_assign" { String::new() } else { format!("for i := 0; i < {n}; i++ {{\n\t\tm[i] = i\n\t}}") };
            let mk = |with: bool| format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tm := make(map[int]int)\n\ts, c := 0, 0\n\t{setup}\n\t{}\n\tfmt.Println(len(m), s, c)\n}}\n", if with { body.as_str() } else { "" });
            let (with, without) = (maprace::compile::compile(&mk(true)).unwrap(), maprace::compile::compile(&mk(false)).unwrap());
            let o = Options { max_steps: 100_000_000, map_model: model, ..opts.clone() };
            let time = |p: &maprace::compile::Program| {
                let mut out = String::new();
                let t = secs(|| out = maprace::run_program(p, &o).outcome);
                assert_eq!(out, "ok");
                t
            };
            // Each measurement times the loop's program and its twin without the loop, one after the other.
            let (m, lo, hi) = median(|| (time(&with) - time(&without)).max(0.0) * 1e9 / n as f64);
            println!("{label}_{} {m:.1} ns/op (median of {REPEAT}, range {lo:.1}–{hi:.1})", model.name());
        }
    }
}
