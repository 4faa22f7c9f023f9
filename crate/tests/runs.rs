//! Runs as a whole: determinism, exact replay from a schedule string, the
//! runtime's three map throws reachable and replayable, limits.

use maprace::sched::{Replay, Strategy};
use maprace::{ExploreOptions, Options};

const WRITERS: &str = r#"package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m[i] = i
		}()
	}
	wg.Wait()
}
"#;

const READ_WRITE: &str = r#"package main

func main() {
	m := map[int]int{1: 1}
	done := make(chan bool)
	go func() {
		m[2] = 2
		done <- true
	}()
	_ = m[1]
	<-done
}
"#;

const RANGE_WRITE: &str = r#"package main

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	done := make(chan bool)
	go func() {
		m[4] = 4
		done <- true
	}()
	for range m {
	}
	<-done
}
"#;

fn opts(seed: u64, strategy: Strategy) -> Options {
    Options { seed, strategy, ..Options::default() }
}

#[test]
fn same_inputs_give_identical_runs() {
    for src in [WRITERS, READ_WRITE, RANGE_WRITE] {
        for seed in [1, 9, 77] {
            for st in [Strategy::Random, Strategy::Go { quantum: 20_000 }, Strategy::RoundRobin { quantum: 7 }] {
                let a = maprace::run(src, &opts(seed, st)).unwrap();
                let b = maprace::run(src, &opts(seed, st)).unwrap();
                assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
            }
        }
    }
}

#[test]
fn different_seeds_explore_different_schedules() {
    let schedules: std::collections::BTreeSet<String> = (0..30).map(|s| maprace::run(WRITERS, &opts(s, Strategy::Random)).unwrap().schedule).collect();
    assert!(schedules.len() > 10);
}

#[test]
fn a_schedule_replays_the_run_exactly() {
    for seed in 0..20 {
        let a = maprace::run(READ_WRITE, &opts(seed, Strategy::Random)).unwrap();
        let replay = Options { schedule: Some(Replay::parse(&a.schedule).unwrap()), ..Options::default() };
        let b = maprace::run(READ_WRITE, &replay).unwrap();
        assert_eq!(a.outcome, b.outcome);
        assert_eq!(a.events, b.events, "seed {seed}");
        assert_eq!(a.stderr, b.stderr);
        assert_eq!(a.schedule, b.schedule, "the replay records the same schedule");
        assert!(b.schedule_note.is_none());
    }
}

#[test]
fn a_schedule_that_stops_matching_says_so() {
    let r = maprace::run(WRITERS, &Options { schedule: Some(Replay::parse("v1:1:1x3.5x2").unwrap()), ..Options::default() }).unwrap();
    let note = r.schedule_note.expect("divergence is reported");
    assert!(note.contains("goroutine 5 is not runnable"), "{note}");
}

fn explore(src: &str, runs: u32) -> maprace::ExploreResult {
    let prog = maprace::compile::compile(src).unwrap();
    maprace::explore(&prog, &ExploreOptions::new(runs, 1, opts(1, Strategy::Random)))
}

/// For each of Go's three map throws: exploration reaches both the throw and
/// `ok`, the race detector flags every run, and the throw's schedule replays.
#[test]
fn each_throw_is_reachable_and_replays() {
    for (src, throw) in [
        (WRITERS, "fatal error: concurrent map writes"),
        (READ_WRITE, "fatal error: concurrent map read and map write"),
        (RANGE_WRITE, "fatal error: concurrent map iteration and map write"),
    ] {
        let r = explore(src, 400);
        assert!(r.outcomes.contains_key(throw), "{throw} not reached: {:?}", r.outcomes);
        assert!(r.outcomes.contains_key("ok"), "ok not reached: {:?}", r.outcomes);
        assert_eq!(r.race_runs, r.runs, "the race detector flags every run");
        let sched = Replay::parse(&r.schedules[throw]).unwrap();
        for _ in 0..3 {
            let again = maprace::run(src, &Options { schedule: Some(sched.clone()), ..Options::default() }).unwrap();
            assert_eq!(again.outcome, throw);
            assert!(again.stderr.contains(&format!("{throw}\n\ngoroutine ")), "{}", again.stderr);
            assert_eq!(again.exit_code, 2);
        }
    }
}

#[test]
fn a_fatal_error_is_not_recoverable() {
    let src = r#"package main

import "sync"

func main() {
	defer func() { recover() }()
	var mu sync.Mutex
	mu.Unlock()
}
"#;
    let r = maprace::run(src, &Options::default()).unwrap();
    assert_eq!(r.outcome, "fatal error: sync: unlock of unlocked mutex");
}

#[test]
fn runaway_programs_hit_the_step_limit() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let r = maprace::run(src, &Options { max_steps: 10_000, ..Options::default() }).unwrap();
    assert_eq!(r.outcome, "step limit exceeded");
    assert_eq!(r.steps, 10_000);
    assert!(r.stderr.contains("step limit exceeded"));
}

#[test]
fn runaway_allocation_hits_the_memory_limit() {
    let src = "package main\n\nfunc main() {\n\tvar s [][]int\n\tfor {\n\t\ts = append(s, make([]int, 1000))\n\t}\n}\n";
    let r = maprace::run(src, &Options { max_memory: 1 << 20, ..Options::default() }).unwrap();
    assert_eq!(r.outcome, "fatal error: out of memory (memory budget 1048576 bytes)");
    assert_eq!(r.exit_code, 2);
}

#[test]
fn main_returning_ends_the_program() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo func() {\n\t\tfor {\n\t\t}\n\t}()\n\tfmt.Println(\"bye\")\n}\n";
    for st in [Strategy::Random, Strategy::Go { quantum: 20_000 }] {
        let r = maprace::run(src, &opts(3, st)).unwrap();
        assert_eq!((r.outcome.as_str(), r.stdout.as_str()), ("ok", "bye\n"));
    }
}

#[test]
fn race_reports_follow_go_format() {
    let r = maprace::run(WRITERS, &opts(1, Strategy::Go { quantum: 20_000 })).unwrap();
    assert_eq!(r.races.len(), 1);
    let rep = &r.races[0].report;
    assert!(rep.starts_with("==================\nWARNING: DATA RACE\nWrite at 0x00c0"), "{rep}");
    assert!(rep.contains("  runtime.mapassign_fast64()\n"), "{rep}");
    assert!(rep.contains("  main.main.func1()\n      main.go:12\n"), "{rep}");
    assert!(rep.contains("\nPrevious write at 0x00c0"), "{rep}");
    assert!(rep.contains("created at:\n  main.main()\n      main.go:10\n"), "{rep}");
    assert!(r.stderr.ends_with("Found 1 data race(s)\nexit status 66\n"), "{}", r.stderr);
    assert_eq!(r.exit_code, 66);
    assert!(r.races[0].explanation.contains("no synchronisation"));
}

/// sync.Map's slow path is its own step: a Load that misses `read` while
/// `amended` takes the lock in the next step, counts a miss, and promotes
/// dirty to read once the misses reach len(dirty).
#[test]
fn sync_map_miss_lock_and_promote_are_steps() {
    let src = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	v, _ := m.Load("a")
	w, _ := m.Load("a")
	fmt.Println(v, w)
}
"#;
    let r = maprace::run(src, &Options::default()).unwrap();
    assert_eq!(r.stdout, "1 1\n");
    let sm: Vec<&maprace::trace::Event> = r.events.iter().filter(|e| e.kind == maprace::trace::EventKind::SyncMap).collect();
    let details: Vec<&str> = sm.iter().map(|e| e.detail.as_str()).collect();
    assert_eq!(details, vec!["Store: not in read: will lock mu", "Store (slow path: locked)", "Load: not in read, dirty has more: will lock mu", "Load → found (miss: locked, checked dirty); dirty promoted to read", "Load → found"], "{details:?}");
    assert!(sm[1].step > sm[0].step && sm[3].step > sm[2].step, "the locked part is a later step");
    let snap = r.maps.iter().find(|m| m.kind == "sync.Map").unwrap().sync.clone().unwrap();
    assert_eq!(snap.read, vec![("a".to_string(), "1".to_string())]);
    assert!(!snap.amended && snap.dirty.is_none() && snap.misses == 0);
}

#[test]
fn runaway_output_is_capped() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 100000; i++ {\n\t\tfmt.Println(\"a line of output that repeats\", i)\n\t}\n}\n";
    let r = maprace::run(src, &Options { max_events: 100, ..Options::default() }).unwrap();
    assert_eq!(r.outcome, "ok");
    assert!(r.stdout.len() < (1 << 20) + 100);
    assert!(r.stdout.ends_with("[maprace: output truncated at 1 MB]\n"));
}

/// Shrinking keeps the ending and never makes a schedule longer; PCT reaches the throws too.
#[test]
fn shrinking_and_pct() {
    let prog = maprace::compile::compile(WRITERS).unwrap();
    let throw = "fatal error: concurrent map writes";
    let found = (0..500u64)
        .map(|seed| maprace::run_program(&prog, &opts(seed, Strategy::Random)))
        .find(|r| r.outcome == throw)
        .expect("a random schedule throws");
    let original = found.steps_schedule.clone();
    let shrunk = maprace::explore::shrink(&prog, &Options::default(), &original, throw, 100);
    let again = maprace::run_program(&prog, &Options { schedule: Some(Replay::Steps(shrunk)), ..Options::default() });
    assert_eq!(again.outcome, throw);
    assert!(again.preemptions <= found.preemptions, "{} > {}", again.preemptions, found.preemptions);
    assert!((again.preemptions, again.steps) <= (found.preemptions, found.steps));

    let r = maprace::explore(&prog, &ExploreOptions::new(300, 1, opts(1, Strategy::Pct { depth: 3, steps: 200 })));
    assert_eq!(r.strategy, "pct");
    assert!(r.outcomes.contains_key(throw) && r.outcomes.contains_key("ok"), "{:?}", r.outcomes);
    assert!(r.distinct > 1 && !r.complete);
    for (outcome, s) in &r.schedules {
        let replay = maprace::run_program(&prog, &Options { schedule: Some(Replay::parse(s).unwrap()), ..Options::default() });
        assert_eq!(&replay.outcome, outcome, "the reported schedule reproduces its ending");
    }
}

/// Preemption granularity: replays stay exact; at Go's preemption points no map
/// operation is split, so the runtime's throw cannot happen (the race is still found).
#[test]
fn granularity_controls_where_switches_happen() {
    use maprace::vm::machine::Granularity;
    let prog = maprace::compile::compile(READ_WRITE).unwrap();
    for g in [Granularity::Instruction, Granularity::Sync, Granularity::Preemption] {
        for seed in 0..15 {
            let o = Options { granularity: g, ..opts(seed, Strategy::Random) };
            let a = maprace::run_program(&prog, &o);
            let b = maprace::run_program(&prog, &Options { schedule: Some(Replay::parse(&a.schedule).unwrap()), granularity: g, ..Options::default() });
            assert_eq!(a.events, b.events, "{g:?} seed {seed}: replay");
            assert!(!a.races.is_empty());
        }
    }
    let r = maprace::explore(&prog, &ExploreOptions::new(200, 1, Options { granularity: Granularity::Preemption, ..opts(1, Strategy::Random) }));
    assert_eq!(r.outcomes.keys().collect::<Vec<_>>(), vec!["ok"], "{:?}", r.outcomes);
    assert_eq!(r.race_runs, 200);
    let r = maprace::explore(&prog, &ExploreOptions::new(200, 1, Options { granularity: Granularity::Sync, ..opts(1, Strategy::Random) }));
    assert!(r.outcomes.contains_key("fatal error: concurrent map read and map write"), "{:?}", r.outcomes);
}

/// Bounded-exhaustive search covers every schedule within the bound, finds
/// the same endings whatever the seed, and says it is complete.
#[test]
fn bounded_exhaustive_search_is_complete_and_seed_independent() {
    use maprace::vm::machine::Granularity;
    for (src, throw) in [(WRITERS, "fatal error: concurrent map writes"), (READ_WRITE, "fatal error: concurrent map read and map write"), (RANGE_WRITE, "fatal error: concurrent map iteration and map write")] {
        let prog = maprace::compile::compile(src).unwrap();
        let mut sets = Vec::new();
        for seed in 0..4u64 {
            let base = Options { granularity: Granularity::Sync, ..opts(seed, Strategy::Dfs { preemptions: 2 }) };
            let r = maprace::explore(&prog, &ExploreOptions::new(20_000, seed, base));
            assert!(r.complete, "covered within the bound");
            assert_eq!(r.strategy, "dfs");
            assert!(r.outcomes.contains_key(throw) && r.outcomes.contains_key("ok"), "{:?}", r.outcomes);
            assert_eq!(r.race_runs, r.runs);
            sets.push(r.outcomes.keys().cloned().collect::<Vec<_>>());
        }
        assert!(sets.windows(2).all(|w| w[0] == w[1]), "{sets:?}");
        // No preemption at all: only the endings of non-preemptive schedules.
        let base = Options { granularity: Granularity::Sync, ..opts(0, Strategy::Dfs { preemptions: 0 }) };
        let r0 = maprace::explore(&prog, &ExploreOptions::new(20_000, 0, base));
        assert!(r0.complete && r0.runs < 10 && !r0.outcomes.contains_key(throw), "{:?}", r0.outcomes);
    }
}

/// Partial-order reduction prunes runs but never an ending.
#[test]
fn sleep_sets_keep_every_ending_with_fewer_runs() {
    use maprace::vm::machine::Granularity;
    let mut fewer = false;
    for src in [WRITERS, READ_WRITE, RANGE_WRITE] {
        let prog = maprace::compile::compile(src).unwrap();
        for g in [Granularity::Sync, Granularity::Instruction] {
            let base = Options { granularity: g, ..opts(0, Strategy::Dfs { preemptions: 2 }) };
            let mut plain = ExploreOptions::new(200_000, 0, base.clone());
            plain.por = false;
            plain.shrink = false;
            let mut reduced = ExploreOptions::new(200_000, 0, base);
            reduced.shrink = false;
            let a = maprace::explore(&prog, &plain);
            let b = maprace::explore(&prog, &reduced);
            assert!(a.complete && b.complete);
            assert_eq!(a.outcomes.keys().collect::<Vec<_>>(), b.outcomes.keys().collect::<Vec<_>>(), "{g:?}");
            assert_eq!(a.outputs.keys().collect::<Vec<_>>(), b.outputs.keys().collect::<Vec<_>>());
            assert!(b.runs <= a.runs);
            fewer |= b.runs < a.runs;
        }
    }
    assert!(fewer, "the reduction prunes something");
}

/// A bounded search cut into many small parts (as the page spreads it over
/// workers: a few subtrees and a few runs per call, the rest handed back)
/// adds up to exactly what one search finds.
#[test]
fn a_bounded_search_split_into_parts_adds_up_to_one_search() {
    use maprace::explore::Branch;
    use maprace::vm::machine::Granularity;
    for src in [WRITERS, READ_WRITE, RANGE_WRITE] {
        let prog = maprace::compile::compile(src).unwrap();
        let base = Options { granularity: Granularity::Sync, ..opts(1, Strategy::Dfs { preemptions: 2 }) };
        let mut eo = ExploreOptions::new(100_000, 1, base);
        eo.details = true;
        eo.shrink = false;
        let whole = maprace::explore(&prog, &eo);
        assert!(whole.complete && whole.frontier.as_deref() == Some(&[][..]));

        let mut queue: Vec<Option<Branch>> = vec![None];
        let (mut runs, mut race_runs, mut calls) = (0, 0, 0);
        let mut outcomes = std::collections::BTreeMap::new();
        let mut outputs = std::collections::BTreeMap::new();
        let mut best: std::collections::BTreeMap<String, maprace::explore::Best> = Default::default();
        while !queue.is_empty() {
            let take: Vec<Option<Branch>> = queue.drain(..queue.len().min(3)).collect();
            let part = ExploreOptions { runs: 3, frontier: take.iter().all(Option::is_some).then(|| take.iter().flatten().cloned().collect()), ..eo.clone() };
            let r = maprace::explore(&prog, &part);
            calls += 1;
            runs += r.runs;
            race_runs += r.race_runs;
            for (k, n) in r.outcomes {
                *outcomes.entry(k).or_insert(0) += n;
            }
            for (k, n) in r.outputs {
                *outputs.entry(k).or_insert(0) += n;
            }
            for (k, b) in r.best.unwrap() {
                let key = |b: &maprace::explore::Best| (b.preemptions, b.steps, b.seed, b.schedule.clone());
                if best.get(&k).is_none_or(|cur| key(&b) < key(cur)) {
                    best.insert(k, b);
                }
            }
            queue.extend(r.frontier.unwrap().iter().map(|s| Some(Branch::decode(s).unwrap())));
        }
        assert!(calls >= whole.runs / 3 && calls > 2, "the search was really split ({calls} calls for {} runs)", whole.runs);
        assert_eq!((runs, race_runs), (whole.runs, whole.race_runs));
        assert_eq!(outcomes, whole.outcomes);
        assert_eq!(outputs, whole.outputs);
        let schedules = |b: &std::collections::BTreeMap<String, maprace::explore::Best>| b.iter().map(|(k, v)| (k.clone(), v.schedule.clone())).collect::<Vec<_>>();
        assert_eq!(schedules(&best), schedules(whole.best.as_ref().unwrap()));
    }
}

/// No step limit where Go has none (issue 15): four goroutines writing a map
/// 100,000 times each, a program real Go finishes in milliseconds, runs to
/// its end under the default options.
#[test]
fn the_default_step_limit_does_not_stop_what_go_finishes() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/calibration/throw_recover_writes_100000.go")).unwrap();
    let r = maprace::run(&src, &Options { seed: 1, ..Options::default() }).unwrap();
    assert_ne!(r.outcome, "step limit exceeded");
    assert!(r.steps > 1_000_000, "a long run: {} steps", r.steps);
}
