//! Iteration while the same goroutine changes the map, against real Go's
//! odds. The programs in `tests/iteration/` range over a map and, inside the
//! loop, insert new keys (a small map, and a table that grows mid-loop),
//! delete and re-insert keys, or `clear` the map and insert again. The Go
//! spec leaves open whether an entry added during iteration is produced, so
//! the loop's count is random — in real Go, from the iterator's random start
//! and the map's per-process hash seed. Each program ends with the
//! distribution of its output over 300 runs of real Go 1.27.3
//! (`tests/oracle/distribution.py`, `RUNS=300 PROCS=1`).
//!
//! For the swiss model (the map Go 1.27 has), over many seeds: every output
//! maprace produces is one real Go produced, and maprace reaches every output
//! real Go produced in at least 10% of its runs.

use maprace::options::MapModel;
use maprace::sched::Strategy;
use maprace::Options;
use std::collections::BTreeMap;
use std::path::Path;

const MARK: &str = "/* real Go distribution ";

/// The recorded outputs and how many of the real runs printed each.
fn recorded(src: &str) -> (BTreeMap<String, u64>, u64) {
    let start = src.find(MARK).expect("a distribution record (tests/oracle/distribution.py)");
    let body = &src[start..src[start..].find("*/").unwrap() + start];
    let mut out = BTreeMap::new();
    let mut runs = 0;
    for line in body.lines().skip(1).filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["exit"], 0, "{line}");
        let n = v["n"].as_u64().unwrap();
        *out.entry(v["stdout"].as_str().unwrap().to_string()).or_insert(0) += n;
        runs += n;
    }
    (out, runs)
}

#[test]
fn counts_during_range_lie_within_real_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/iteration");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
    files.sort();
    assert!(files.len() >= 4);
    let mut failures = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&f).unwrap();
        let (go, runs) = recorded(&src);
        assert!(runs >= 200, "{name}: {runs} recorded runs");
        let mut ours: BTreeMap<String, u64> = BTreeMap::new();
        for seed in 0..300u64 {
            let opts = Options { seed, strategy: Strategy::Go { quantum: 20_000 }, map_model: MapModel::Swiss, ..Options::default() };
            let r = maprace::run(&src, &opts).unwrap();
            assert_eq!(r.outcome, "ok", "{name} seed {seed}");
            *ours.entry(r.stdout).or_insert(0) += 1;
        }
        for out in ours.keys() {
            if !go.contains_key(out) {
                failures.push(format!("{name}: maprace printed {out:?}, real Go never did in {runs} runs (go {go:?}, maprace {ours:?})"));
            }
        }
        for (out, n) in &go {
            if *n * 10 >= runs && !ours.contains_key(out) {
                failures.push(format!("{name}: real Go printed {out:?} in {n} of {runs} runs, maprace never (go {go:?}, maprace {ours:?})"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
