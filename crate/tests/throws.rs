//! The runtime's three map throws on the swiss map, as Go 1.27 prints them.
//! The programs in `tests/throws/` make two goroutines collide on one map
//! (assign/assign while the map grows, delete/assign, clear/assign,
//! lookup/assign, range/assign); each ends with real Go's record
//! (`tests/oracle/record.py`, `TRIES=8`): the throw it printed and, for
//! every run, the functions of the throwing goroutine's traceback —
//! `internal/runtime/maps.fatal` first, then `(*Map).Delete`, `(*Map).Clear`
//! or `(*Iter).Next` where Go threw inside them.
//!
//! For each program, runs under the random strategy (which switches even
//! inside map operations) reach the throw; every traceback maprace prints
//! for it names the functions of one real Go printed, and every one real Go
//! printed is reached, files and lines included.
//! A throw inside a growth — another goroutine's rehash under way, its
//! `writing` flag set — is reached, and replays from its schedule.

use maprace::options::MapModel;
use maprace::sched::{Replay, Strategy};
use maprace::{Options, RunResult};
use std::collections::BTreeSet;
use std::path::Path;

fn record_line<'a>(src: &'a str, key: &str) -> Option<&'a str> {
    let rec = &src[src.find("/* real Go ").expect("a record (tests/oracle/record.py)")..];
    rec.lines().find_map(|l| l.strip_prefix(key))
}

/// The throwing goroutine's traceback as the record writes it: every
/// function innermost first (Go's own with `FILE:LINE`), then `created-by:NAME`.
fn traceback_funcs(stderr: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().skip_while(|l| !(l.starts_with("goroutine ") && l.ends_with("[running]:"))).skip(1).collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.trim().is_empty() || l.starts_with("exit status ") || l.starts_with("Found ") {
            break;
        }
        if l.starts_with('\t') {
            continue;
        }
        if let Some(rest) = l.strip_prefix("created by ") {
            out.push(format!("created-by:{}", rest.split(" in goroutine").next().unwrap()));
            continue;
        }
        let name = l.strip_suffix("(...)").unwrap_or(l);
        match lines.get(i + 1).and_then(|f| f.trim().strip_prefix("<go>/src/")) {
            Some(file) if !name.starts_with("main.") => out.push(format!("{name} {file}")),
            _ => out.push(name.to_string()),
        }
    }
    out
}

/// The functions of a traceback, without files and lines.
fn names(funcs: &[String]) -> Vec<&str> {
    funcs.iter().map(|f| f.split(' ').next().unwrap()).collect()
}

fn swiss(seed: u64, strategy: Strategy) -> Options {
    Options { seed, strategy, map_model: MapModel::Swiss, max_steps: 400_000, ..Options::default() }
}

fn programs() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/throws");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
    files.sort();
    files.into_iter().map(|f| (f.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&f).unwrap())).collect()
}

#[test]
fn every_throw_prints_go_127s_traceback() {
    let programs = programs();
    assert!(programs.len() >= 5);
    let mut throws = BTreeSet::new();
    for (name, src) in programs {
        let throw = record_line(&src, "stderr-first-line: ").expect("real Go threw").to_string();
        let seen: Vec<Vec<String>> = serde_json::from_str(record_line(&src, "fatal-funcs-seen: ").expect("tracebacks recorded")).unwrap();
        let mut reached: BTreeSet<Vec<String>> = BTreeSet::new();
        for seed in 0..40u64 {
            let r = maprace::run(&src, &swiss(seed, Strategy::Random)).unwrap();
            if r.outcome != throw {
                continue;
            }
            let funcs = traceback_funcs(&r.stderr);
            // The functions are Go's; a line may be the other of a function's two
            // checks (Delete's and Clear's first and last), which real Go rarely hits.
            assert!(seen.iter().any(|g| names(g) == names(&funcs)), "{name} seed {seed}: a traceback real Go never printed: {funcs:?}\nGo: {seen:?}\n{}", r.stderr);
            reached.insert(funcs);
        }
        for want in &seen {
            assert!(reached.contains(want), "{name}: real Go printed the traceback {want:?}; maprace reached {reached:?}");
        }
        throws.insert(throw);
    }
    assert_eq!(throws.len(), 3, "all three throws: {throws:?}");
}

/// The last run of `seeds` ending in `concurrent map writes` while another
/// goroutine's rehash was under way (the final snapshot still shows it).
fn throw_in_rehash(src: &str) -> Option<RunResult> {
    (0..400u64).map(|seed| maprace::run(src, &swiss(seed, Strategy::Random)).unwrap()).find(|r| r.outcome == "fatal error: concurrent map writes" && in_rehash(r))
}

fn in_rehash(r: &RunResult) -> bool {
    r.maps.iter().any(|m| m.swiss.as_ref().is_some_and(|s| !s.rehashes.is_empty()))
}

#[test]
fn a_throw_inside_a_rehash_is_reachable_and_replays() {
    let (_, src) = programs().into_iter().find(|(n, _)| n == "throw_writes_growth.go").expect("the growth program");
    let r = throw_in_rehash(&src).expect("some random schedule throws while a rehash is under way");
    let again = maprace::run(&src, &Options { schedule: Some(Replay::parse(&r.schedule).unwrap()), map_model: MapModel::Swiss, max_steps: 400_000, ..Options::default() }).unwrap();
    assert_eq!(again.outcome, r.outcome);
    assert_eq!(again.stderr, r.stderr, "the replay prints the same traceback");
    assert_eq!(again.steps, r.steps);
    assert!(in_rehash(&again), "the replay throws inside the rehash too");
}
