//! The `maprace` command as a user meets it: bad flags and numbers are
//! errors with the usage (exit 2) before anything runs; nothing wraps,
//! nothing is read without bound, nothing huge is echoed back.

use std::process::{Command, Output};

const RACY: &str = "examples/02-read-during-write.go";

fn maprace(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_maprace")).args(args).current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).output().expect("maprace runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit 2, a `maprace:` message containing `want`.
fn refused(args: &[&str], want: &str) -> String {
    let o = maprace(args);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{args:?}: exit {:?}, stderr {e}", o.status.code());
    assert!(e.starts_with("maprace: ") && e.contains(want), "{args:?}: {e}");
    assert!(o.stdout.is_empty(), "{args:?}: nothing on stdout");
    e
}

#[test]
fn unknown_flags_are_an_error_with_the_usage() {
    for args in [
        vec!["run", RACY, "--sede", "3"],
        vec!["run", RACY, "--seed", "3", "--verbose"],
        vec!["explore", RACY, "-n", "3"],
        vec!["check", RACY, "--seed", "1"],
        vec!["run", RACY, "--runs", "5"],
    ] {
        let e = refused(&args, "usage:");
        assert!(e.contains("unknown flag") || e.contains("takes no"), "{args:?}: {e}");
    }
    refused(&["frobnicate", RACY], "unknown command");
    refused(&["run", RACY, "--json=yes"], "takes no value");
    refused(&["run", RACY, "other.go"], "unexpected argument");
}

#[test]
fn out_of_range_numbers_are_an_error_not_wrapped() {
    refused(&["explore", RACY, "--runs", "4294967296"], "--runs: 4294967296 is out of range (1..=10000000)");
    refused(&["explore", RACY, "--runs", "0"], "--runs: 0 is out of range");
    refused(&["explore", RACY, "--runs", "99999999999999999999999"], "--runs: 99999999999999999999999 is out of range");
    refused(&["run", RACY, "--max-steps", &u64::MAX.to_string()], "--max-steps: 18446744073709551615 is out of range (1..=1000000000000)");
    refused(&["run", RACY, "--max-steps", "0"], "--max-steps: 0 is out of range");
    refused(&["run", RACY, "--seed", "-1"], "--seed: not a number: -1");
    refused(&["run", RACY, "--seed", &(1u64 << 53).to_string()], "--seed: 9007199254740992 is out of range");
    refused(&["run", RACY, "--strategy", "pct", "--depth", "0"], "--depth: 0 is out of range (1..=50)");
    refused(&["explore", RACY, "--strategy", "dfs", "--preemptions", "21"], "--preemptions: 21 is out of range (0..=20)");
    refused(&["run", RACY, "--strategy", "calibrated", "--gomaxprocs", "0"], "--gomaxprocs: 0 is out of range (1..=64)");
    refused(&["run", RACY, "--strategy", "dfs"], "dfs is for explore only");
    refused(&["run", RACY, "--strategy", "fifo"], "unknown strategy \"fifo\" (go, random, rr, pct, calibrated)");
    // In range: runs.
    let o = maprace(&["run", RACY, "--max-steps", "1000000000000", "--seed", &((1u64 << 53) - 1).to_string()]);
    assert_eq!(o.status.code(), Some(66), "{}", stderr(&o));
}

#[test]
fn a_source_is_read_up_to_a_limit() {
    // /dev/zero never ends: refused after the limit, not read until memory runs out.
    let e = refused(&["check", "/dev/zero"], "larger than 1024 KiB");
    assert!(e.len() < 200, "{e}");
    let dir = std::env::temp_dir().join(format!("maprace-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.go");
    std::fs::write(&big, format!("package main\n\nfunc main() {{\n}}\n{}", "//".repeat(600_000))).unwrap();
    refused(&["check", big.to_str().unwrap()], "larger than 1024 KiB");
    let ok = dir.join("ok.go");
    std::fs::write(&ok, format!("package main\n\nfunc main() {{\n}}\n{}\n", "//".repeat(500_000))).unwrap();
    assert_eq!(maprace(&["check", ok.to_str().unwrap()]).status.code(), Some(0));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_huge_bad_schedule_is_not_echoed_back() {
    let bad = format!("v1:1:{}", "9".repeat(120_000));
    let e = refused(&["run", RACY, "--schedule", &bad], "--schedule: ");
    assert!(e.len() < 400, "the message is short ({} bytes): {}", e.len(), &e[..400.min(e.len())]);
    assert!(e.contains('…'), "the echoed input is cut: {e}");
    let bad = format!("v2:1:{}", "x".repeat(120_000));
    let e = refused(&["run", RACY, "--schedule", &bad], "--schedule: ");
    assert!(e.len() < 400, "{}", &e[..400.min(e.len())]);
    // Longer than a command-line argument may be: the same check, on the page's side.
    let s = maprace::Settings { schedule: Some(format!("v1:1:{}", "1x1.".repeat(60_000))), ..Default::default() };
    let e = s.options(maprace::options::Purpose::Run).unwrap_err();
    assert_eq!(e.to_string(), "schedule: longer than 200000 characters");
}

#[test]
fn explore_defaults_to_pct_like_the_page() {
    let o = maprace(&["explore", RACY, "--runs", "3", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["strategy"], maprace::options::DEFAULT_EXPLORE_STRATEGY);
    assert_eq!(v["strategy"], "pct");
    assert_eq!(v["runs"], 3);
    // A run still defaults to go, as the page's Run does.
    let o = maprace(&["run", RACY, "--json", "--seed=2"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let native = maprace::run(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/02-read-during-write.go")).unwrap(), &maprace::Options { seed: 2, ..Default::default() }).unwrap();
    assert_eq!(v["schedule"], native.schedule.as_str());
}

#[test]
fn map_picks_the_model_swiss_by_default() {
    let model_of = |args: &[&str]| -> Vec<String> {
        let o = maprace(args);
        assert_eq!(o.status.code(), Some(66), "{args:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["maps"].as_array().unwrap().iter().map(|m| if m.get("swiss").is_some() { "swiss" } else if m.get("hmap").is_some() { "classic" } else { "?" }.to_string()).collect()
    };
    assert_eq!(model_of(&["run", RACY, "--json"]), ["swiss"]);
    assert_eq!(model_of(&["run", RACY, "--json", "--map", "swiss"]), ["swiss"]);
    assert_eq!(model_of(&["run", RACY, "--json", "--map=classic"]), ["classic"]);
    refused(&["run", RACY, "--map", "hashmap"], "--map: unknown map model \"hashmap\" (swiss, classic)");
    refused(&["check", RACY, "--map", "classic"], "usage:");
}

/// `--json`'s maps are paged as the page's are (a table carries one page of
/// its groups, `groupCount` says how many); `--whole-maps` prints them whole.
#[test]
fn json_maps_are_paged_unless_whole_maps() {
    let dir = std::env::temp_dir().join(format!("maprace-cli-whole-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("big.go");
    std::fs::write(&file, "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 2000; i++ {\n\t\tm[i] = i\n\t}\n}\n").unwrap();
    let groups = |args: &[&str]| -> (u64, u64) {
        let o = maprace(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let tables = v["maps"][0]["swiss"]["tables"].as_array().unwrap().clone();
        (tables.iter().map(|t| t["groups"].as_array().unwrap().len() as u64).sum(), tables.iter().map(|t| t["groupCount"].as_u64().unwrap()).sum())
    };
    let f = file.to_str().unwrap();
    let (carried, all) = groups(&["run", f, "--json"]);
    assert!(carried == maprace::gomap::snapshot::PAGE_GROUPS as u64 && all > 4 * carried, "paged: {carried} of {all} groups");
    assert_eq!(groups(&["run", f, "--json", "--whole-maps"]), (all, all));
    refused(&["explore", f, "--whole-maps"], "usage:");
    std::fs::remove_dir_all(&dir).ok();
}
