//! Partial-order reduction keeps every ending and every output.
//!
//! The bounded search's sleep sets skip schedules that only reorder steps
//! that commute, which is sound only if every op declares what it reads and
//! writes (`vm/opmeta.rs`). These tests run the search with and without the
//! reduction and compare what both find.

use maprace::sched::Strategy;
use maprace::vm::machine::Granularity;
use maprace::{ExploreOptions, ExploreResult, Options};
use std::path::Path;

fn search(src: &str, k: u32, g: Granularity, runs: u32, por: bool) -> ExploreResult {
    let prog = maprace::compile::compile(src).unwrap();
    let base = Options { granularity: g, strategy: Strategy::Dfs { preemptions: k }, max_steps: 20_000, ..Options::default() };
    let mut eo = ExploreOptions::new(runs, 0, base);
    eo.por = por;
    eo.shrink = false;
    maprace::explore(&prog, &eo)
}

/// The outputs real Go printed, from the program's record.
fn go_outputs(src: &str) -> Vec<String> {
    let rec = &src[src.find("/* real Go ").expect("a real-Go record")..];
    if let Some(l) = rec.lines().find_map(|l| l.strip_prefix("stdout-seen: ")) {
        return serde_json::from_str(l).unwrap();
    }
    let body = rec.split_once("\nstdout:\n").expect("stdout in the record").1;
    vec![body.split("*/").next().unwrap_or("").to_string()]
}

/// `strings.Join` reads the slice a goroutine writes twice. Without the
/// reduction the search finds Join seeing either write; the reduction once
/// declared Join as touching nothing, put main to sleep across the first
/// write and missed "a,x" while still reporting the search complete.
#[test]
fn a_native_that_reads_memory_wakes_the_sleepers() {
    let src = include_str!("corpus/race_strings_join_during_write.go");
    let plain = search(src, 2, Granularity::Instruction, 20_000, false);
    let reduced = search(src, 2, Granularity::Instruction, 20_000, true);
    assert!(plain.complete && reduced.complete);
    let outs = |r: &ExploreResult| r.outputs.keys().cloned().collect::<Vec<_>>();
    assert_eq!(outs(&plain), ["a,b\n", "a,x\n", "a,y\n"]);
    assert_eq!(outs(&reduced), outs(&plain), "the reduction keeps every output");
    assert!(reduced.runs < plain.runs, "and still prunes ({} vs {} runs)", reduced.runs, plain.runs);
    for out in go_outputs(src) {
        assert!(plain.outputs.contains_key(&out), "real Go printed {out:?}; the search finds {:?}", outs(&plain));
    }
    assert!(plain.race_runs == plain.runs, "the race detector flags every run, as -race does");
}

/// Over the whole corpus and the examples (small bound, limited runs): wherever
/// both searches cover their bounded space, they find the same endings and
/// the same outputs.
#[test]
fn with_and_without_the_reduction_the_same_endings_and_outputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut compared = 0;
    let mut failures = Vec::new();
    for dir in [root.join("tests/corpus"), root.join("../examples")] {
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
        files.sort();
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap();
            if maprace::compile::compile(&src).is_err() {
                continue;
            }
            for (k, g) in [(1, Granularity::Instruction), (2, Granularity::Sync)] {
                let plain = search(&src, k, g, 200, false);
                if !plain.complete {
                    continue;
                }
                let reduced = search(&src, k, g, 200, true);
                assert!(reduced.complete, "{f:?}: the reduction never needs more runs");
                compared += 1;
                let keys = |m: &std::collections::BTreeMap<String, u32>| m.keys().cloned().collect::<Vec<_>>();
                if keys(&plain.outcomes) != keys(&reduced.outcomes) || keys(&plain.outputs) != keys(&reduced.outputs) {
                    failures.push(format!(
                        "{} (K={k}, {}): without POR {:?} {:?}, with {:?} {:?}",
                        f.file_name().unwrap().to_string_lossy(),
                        g.name(),
                        keys(&plain.outcomes),
                        keys(&plain.outputs),
                        keys(&reduced.outcomes),
                        keys(&reduced.outputs)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "the reduction lost endings or outputs:\n{}", failures.join("\n"));
    assert!(compared > 50, "only {compared} searches completed within the run limit");
}
