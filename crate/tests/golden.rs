//! Same seeds, same events: a fingerprint of every run over the corpus and
//! the examples, under every strategy and granularity, compared with the
//! fingerprints recorded in `tests/golden/events.txt`.
//!
//! A refactor must leave this file unchanged. A change that is *meant* to
//! change runs (a new map model as the default, a calibrated scheduler)
//! re-records it with `MAPRACE_BLESS=1 cargo test --test golden` and says why
//! in its commit.

use maprace::options::MapModel;
use maprace::sched::Strategy;
use maprace::vm::machine::Granularity;
use maprace::Options;
use std::fmt::Write as _;
use std::path::Path;

/// FNV-1a, 64 bits: stable across platforms and Rust versions.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn programs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("tests/corpus"), root.join("../examples")] {
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
        files.sort();
        for f in files {
            let name = format!("{}/{}", dir.file_name().unwrap().to_string_lossy(), f.file_name().unwrap().to_string_lossy());
            out.push((name, std::fs::read_to_string(&f).unwrap()));
        }
    }
    out
}

fn fingerprints() -> String {
    let strategies = [("calibrated", Strategy::Calibrated), ("go", Strategy::parse("go").unwrap()), ("random", Strategy::Random), ("rr", Strategy::parse("rr").unwrap()), ("pct", Strategy::parse("pct").unwrap())];
    let grans = [Granularity::Instruction, Granularity::Sync, Granularity::Preemption];
    let mut out = String::new();
    // Each map model: the classic lines keep the names they had before the
    // swiss map became the default (`go`, …); the swiss ones are `go@swiss`, ….
    let models = [(MapModel::Classic, ""), (MapModel::Swiss, "@swiss")];
    for (name, src) in programs() {
        let Ok(prog) = maprace::compile::compile(&src) else { continue };
        for (model, suffix) in models {
            for (sname, strategy) in strategies {
                for gran in grans {
                    for seed in 1..=3u64 {
                        let opts = Options { seed, strategy, granularity: gran, max_steps: 200_000, map_model: model, ..Options::default() };
                        let r = maprace::run_program(&prog, &opts);
                        let json = serde_json::to_string(&r).unwrap();
                        writeln!(out, "{name} {sname}{suffix} {} {seed} {:016x} {} {}", gran.name(), fnv(json.as_bytes()), r.steps, r.outcome).unwrap();
                    }
                }
            }
        }
    }
    // Exploration: the bounded search (sleep sets) and PCT over the examples.
    for (name, src) in programs().into_iter().filter(|(n, _)| n.starts_with("examples/")) {
        for (model, suffix) in models {
            for (sname, strategy, runs) in [("dfs", Strategy::Dfs { preemptions: 1 }, 400), ("pct", Strategy::parse("pct").unwrap(), 40)] {
                let base = Options { strategy, granularity: Granularity::Sync, map_model: model, ..Options::default() };
                let eo = maprace::ExploreOptions { runs, seed: 7, base, shrink: true, details: false, por: true, frontier: None };
                let r = maprace::explore(&maprace::compile::compile(&src).unwrap(), &eo);
                let json = serde_json::to_string(&r).unwrap();
                writeln!(out, "explore {name} {sname}{suffix} {:016x} {} {}", fnv(json.as_bytes()), r.runs, r.complete).unwrap();
            }
        }
    }
    out
}

#[test]
fn same_seeds_give_the_recorded_events() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/events.txt");
    let got = fingerprints();
    if std::env::var("MAPRACE_BLESS").is_ok() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).expect("tests/golden/events.txt (record with MAPRACE_BLESS=1)");
    // A line is `<program> <how it was run…> <fingerprint> <steps> <outcome>`;
    // its key is everything before the fingerprint. Programs added since the
    // record have no lines there yet (bless to add them); every recorded line
    // must be produced again, identically.
    let key = |l: &str| -> String {
        let w: Vec<&str> = l.split(' ').collect();
        let n = if w[0] == "explore" { 3 } else { 4 };
        w[..n].join(" ")
    };
    let now: std::collections::HashMap<String, &str> = got.lines().map(|l| (key(l), l)).collect();
    let diff: Vec<String> = want
        .lines()
        .filter(|w| now.get(&key(w)) != Some(w))
        .take(10)
        .map(|w| format!("  now:    {}\n  before: {w}", now.get(&key(w)).unwrap_or(&"(missing)")))
        .collect();
    assert!(diff.is_empty(), "runs differ from the recorded events:\n{}", diff.join("\n"));
}
