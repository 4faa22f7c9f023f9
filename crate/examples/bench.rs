//! Native figures for `npm run bench`: VM steps/second, exploration runs/second
//! (with and without the race detector), and ns per simulated map operation.
//! Prints `name value unit` lines that scripts/bench.sh lays out.

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

fn main() {
    let opts = Options { max_events: 0, ..Options::default() };

    // VM steps per second on a loop-and-map-heavy program.
    let src = read("loop_map.go");
    let prog = maprace::compile::compile(&src).unwrap();
    let mut best = f64::MAX;
    let mut steps = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let r = maprace::run_program(&prog, &opts);
        best = best.min(t.elapsed().as_secs_f64());
        steps = r.steps;
        assert_eq!(r.outcome, "ok");
    }
    println!("vm_steps_per_sec {:.0} steps/s ({} steps in {:.3} s)", steps as f64 / best, steps, best);
    let plain = Options { race: false, ..opts.clone() };
    let t = Instant::now();
    maprace::run_program(&prog, &plain);
    println!("vm_steps_per_sec_no_race {:.0} steps/s", steps as f64 / t.elapsed().as_secs_f64());

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
        let t = Instant::now();
        let r = maprace::explore(&prog, &ExploreOptions::new(runs, 1, base));
        let secs = t.elapsed().as_secs_f64();
        println!("{label} {:.0} runs/s ({} runs in {:.2} s; outcomes {:?}; race runs {})", runs as f64 / secs, runs, secs, r.outcomes, r.race_runs);
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
            let time = |src: &str| {
                let p = maprace::compile::compile(src).unwrap();
                let t = Instant::now();
                let r = maprace::run_program(&p, &Options { max_steps: 100_000_000, map_model: model, ..opts.clone() });
                assert_eq!(r.outcome, "ok", "{}", r.stderr);
                t.elapsed().as_secs_f64()
            };
            let with = time(&mk(true));
            let without = time(&mk(false));
            println!("{label}_{} {:.1} ns/op", model.name(), (with - without).max(0.0) * 1e9 / n as f64);
        }
    }
}
