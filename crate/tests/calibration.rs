//! The `calibrated` strategy against real Go's odds (issue 15).
//!
//! For every program of `tests/calibration/` and GOMAXPROCS 1 and 2: 100
//! seeds of the strategy give a distribution of (ending, output); real Go's
//! is recorded at the end of the program (`tests/oracle/distribution.py`,
//! 400 runs). The test asserts the same most likely (ending, output) and a
//! total-variation distance of at most 0.25, and prints every distance and
//! their mean. Programs it does not meet yet are named in `KNOWN_MISSES`
//! (checked to still miss, so that the list shrinks as the model improves);
//! programs too slow for every run of the suite are in `SLOW`, run by the
//! ignored test `calibration_slow` (`cargo test --release --test calibration
//! -- --ignored`).
//!
//! `CALIB_ONLY=substring` restricts the programs, `CALIB_SEEDS=n` changes
//! the number of seeds (for tuning; the assertions hold for 100), `CALIB_SHOW=1`
//! prints both distributions of each program side by side.

use maprace::options::{Options, Strategy};
use std::collections::BTreeMap;

/// (program, GOMAXPROCS) the model does not meet yet: most likely outcome
/// differs or TV > 0.25.
const KNOWN_MISSES: &[(&str, u32)] = &[
    ("chan_ten_senders_first.go", 2),
    ("exit_main_before_ten.go", 2),
    ("gallery_01_writes_different_keys.go", 2),
    ("lost_map_check_then_act.go", 2),
    ("start_ten_order.go", 2),
    ("start_three_then_main.go", 2),
    ("throw_read_write_10000.go", 2),
    ("throw_recover_read_write.go", 2),
    ("throw_writes_100.go", 2),
    ("wg_fanin_order.go", 2),
    ("wg_fanin_print.go", 2),
];

/// Too slow for the default suite (millions of steps per run, 200 runs).
const SLOW: &[&str] = &[
    "exit_main_busy_worker.go",
    "lost_counter_2x1000000.go",
    "lost_syncmap_check_then_act_1000.go",
    "throw_iter_write_10000.go",
    "throw_iter_write_100000.go",
    "throw_read_write_10000.go",
    "throw_recover_read_write.go",
    "throw_recover_writes_100000.go",
    "throw_writes_10000.go",
];

const TV_BOUND: f64 = 0.25;

type Key = (String, String);

struct Record {
    /// The Go that recorded it (`go1.27.3`).
    go: String,
    procs: u32,
    dist: BTreeMap<Key, f64>,
}

/// Real Go's recorded distributions at the end of a calibration program.
fn records(src: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut lines = src.lines();
    while let Some(l) = lines.next() {
        let Some(rest) = l.strip_prefix("/* real Go distribution ") else { continue };
        let go = rest.split_whitespace().next().expect("the Go version").to_string();
        let procs: u32 = rest.split_whitespace().find_map(|w| w.strip_prefix("GOMAXPROCS=")).expect("GOMAXPROCS").parse().expect("number");
        let mut counts: BTreeMap<Key, f64> = BTreeMap::new();
        let mut total = 0.0;
        for l in lines.by_ref() {
            if l.trim() == "*/" {
                break;
            }
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON outcome line");
            let n = v["n"].as_f64().expect("n");
            let ending = match (v["exit"].as_i64().expect("exit"), v["stderr"].as_str()) {
                (0, _) => "ok".to_string(),
                (_, Some(s)) => s.to_string(),
                (e, None) => format!("exit {e}"),
            };
            let stdout = v["stdout"].as_str().unwrap_or("").to_string();
            *counts.entry((ending, stdout)).or_default() += n;
            total += n;
        }
        out.push(Record { go, procs, dist: counts.into_iter().map(|(k, n)| (k, n / total)).collect() });
    }
    out
}

/// The strategy's distribution over `seeds` seeds.
fn model(src: &str, procs: u32, seeds: u64) -> BTreeMap<Key, f64> {
    let prog = maprace::compile::compile(src).expect("compiles");
    let mut counts: BTreeMap<Key, f64> = BTreeMap::new();
    for seed in 1..=seeds {
        let opts = Options { strategy: Strategy::Calibrated, gomaxprocs: procs, seed, max_events: 0, render_schedule: false, race: false, ..Options::default() };
        let r = maprace::run_program(&prog, &opts);
        let ending = if r.exit_code == 0 { "ok".to_string() } else { r.outcome.clone() };
        *counts.entry((ending, r.stdout.clone())).or_default() += 1.0;
    }
    counts.into_iter().map(|(k, n)| (k, n / seeds as f64)).collect()
}

fn tv(a: &BTreeMap<Key, f64>, b: &BTreeMap<Key, f64>) -> f64 {
    let keys: std::collections::BTreeSet<&Key> = a.keys().chain(b.keys()).collect();
    keys.into_iter().map(|k| (a.get(k).unwrap_or(&0.0) - b.get(k).unwrap_or(&0.0)).abs()).sum::<f64>() / 2.0
}

fn mode(d: &BTreeMap<Key, f64>) -> Option<&Key> {
    d.iter().max_by(|x, y| x.1.partial_cmp(y.1).expect("numbers")).map(|(k, _)| k)
}

fn show(k: &Key) -> String {
    let out = k.1.trim_end().replace('\n', " / ");
    let out = if out.chars().count() > 40 { format!("{}…", out.chars().take(40).collect::<String>()) } else { out };
    if k.0 == "ok" {
        format!("ok `{out}`")
    } else {
        k.0.clone()
    }
}

/// A GOMAXPROCS's distances: their mean, their largest, and how many are within the bound.
fn summary(v: &[f64]) -> (f64, f64, usize) {
    let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
    (mean, v.iter().cloned().fold(0.0, f64::max), v.iter().filter(|&&d| d <= TV_BOUND).count())
}

fn calibrate(slow: bool) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/calibration");
    let only = std::env::var("CALIB_ONLY").ok();
    let seeds: u64 = std::env::var("CALIB_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let mut files: Vec<String> = std::fs::read_dir(dir).expect("calibration dir").filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|f| f.ends_with(".go")).collect();
    files.sort();
    let (mut passed, mut failed) = (0, 0);
    let mut failures = Vec::new();
    let mut tvs: BTreeMap<u32, Vec<f64>> = BTreeMap::new();
    let mut go = String::new();
    for f in &files {
        if SLOW.contains(&f.as_str()) != slow || only.as_deref().is_some_and(|o| !f.contains(o)) {
            continue;
        }
        let src = std::fs::read_to_string(format!("{dir}/{f}")).expect("readable");
        for rec in records(&src) {
            go.clone_from(&rec.go);
            let t0 = std::time::Instant::now();
            let got = model(&src, rec.procs, seeds);
            let d = tv(&got, &rec.dist);
            let same = mode(&got) == mode(&rec.dist);
            let ok = same && d <= TV_BOUND;
            tvs.entry(rec.procs).or_default().push(d);
            let known = KNOWN_MISSES.contains(&(f.as_str(), rec.procs));
            println!(
                "{} {f} P={} TV {d:.3}{} · real {} {:.0}% · model {} {:.0}% ({:.1}s)",
                if ok { "ok  " } else if known { "miss" } else { "FAIL" },
                rec.procs,
                if same { "" } else { " (most likely differs)" },
                mode(&rec.dist).map(show).unwrap_or_default(),
                100.0 * mode(&rec.dist).map(|k| rec.dist[k]).unwrap_or(0.0),
                mode(&got).map(show).unwrap_or_default(),
                100.0 * mode(&got).map(|k| got[k]).unwrap_or(0.0),
                t0.elapsed().as_secs_f64()
            );
            if std::env::var("CALIB_SHOW").is_ok() {
                let keys: std::collections::BTreeSet<&Key> = got.keys().chain(rec.dist.keys()).collect();
                let mut rows: Vec<(&Key, f64, f64)> = keys.into_iter().map(|k| (k, *rec.dist.get(k).unwrap_or(&0.0), *got.get(k).unwrap_or(&0.0))).collect();
                rows.sort_by(|a, b| (b.1 + b.2).partial_cmp(&(a.1 + a.2)).expect("numbers"));
                for (k, r, m) in rows.iter().take(12) {
                    println!("      real {:5.1}%  model {:5.1}%  {}", 100.0 * r, 100.0 * m, show(k));
                }
            }
            if seeds != 100 || only.is_some() {
                continue;
            }
            match (ok, known) {
                (true, false) | (false, true) => passed += 1,
                (false, false) => {
                    failed += 1;
                    failures.push(format!("{f} P={}: TV {d:.3}{}", rec.procs, if same { "" } else { ", most likely outcome differs" }));
                }
                (true, true) => {
                    failed += 1;
                    failures.push(format!("{f} P={} now passes (TV {d:.3}): remove it from KNOWN_MISSES", rec.procs));
                }
            }
        }
    }
    for (p, v) in &tvs {
        let (mean, max, within) = summary(v);
        println!("GOMAXPROCS={p}: mean TV {mean:.3}, max {max:.3}, {within}/{} within {TV_BOUND}", v.len());
    }
    println!("{passed} passed, {failed} failed");
    if !slow && only.is_none() && seeds == 100 {
        figure(&tvs, &go, &mut failures);
    }
    assert!(failures.is_empty(), "calibration:\n{}", failures.join("\n"));
}

/// The calibration figure the page shows beside predicted odds
/// (`www/calibration.js`, generated here: one definition, no copy in JS):
/// per GOMAXPROCS, the mean total-variation distance over the default
/// suite's programs and how many are within the bound. Stale → the test
/// fails; `MAPRACE_BLESS=1` rewrites it.
fn figure(tvs: &BTreeMap<u32, Vec<f64>>, go: &str, failures: &mut Vec<String>) {
    let procs: Vec<serde_json::Value> = tvs
        .iter()
        .map(|(p, v)| {
            let (mean, _, within) = summary(v);
            serde_json::json!({ "gomaxprocs": p, "programs": v.len(), "meanTv": (mean * 100.0).round() / 100.0, "within": within })
        })
        .collect();
    let fig = serde_json::json!({ "go": go, "seeds": 100, "bound": TV_BOUND, "byProcs": procs });
    let text = format!(
        "// Generated by crate/tests/calibration.rs; do not edit.\n// `MAPRACE_BLESS=1 cargo test --release --test calibration` rewrites it (the test fails when it is stale).\n// How close \"like go run\" (the calibrated strategy) comes to real Go's recorded odds over the\n// calibration corpus (crate/tests/calibration/): per GOMAXPROCS, the mean total-variation distance\n// between its distribution of (ending, output) over 100 seeds and real Go's (0 = the same odds).\nexport const CALIBRATION = {};\n",
        serde_json::to_string_pretty(&fig).expect("json")
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../www/calibration.js");
    if std::env::var("MAPRACE_BLESS").is_ok() {
        std::fs::write(path, &text).expect("writable");
    } else if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
        failures.push(format!("{path} is stale: MAPRACE_BLESS=1 cargo test --release --test calibration"));
    }
}

#[test]
fn calibration() {
    calibrate(false);
}

#[test]
#[ignore = "slow: millions of steps per run (cargo test --release --test calibration -- --ignored)"]
fn calibration_slow() {
    calibrate(true);
}
