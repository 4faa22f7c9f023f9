//! Anchored (`v2`) schedules: exact replay of the same program, the same
//! run as its step (`v1`) form, and what happens after an edit — switch
//! points found again on moved or changed lines, and a clear note where a
//! schedule stops matching.

use maprace::sched::{Replay, Strategy};
use maprace::vm::machine::Granularity;
use maprace::{Options, RunResult};

/// Four goroutines write their own key of one map: the gallery's first
/// example. The runtime can throw `concurrent map writes`; real Go 1.27
/// almost always ends ok (its record is at the end of the file).
const WRITERS: &str = include_str!("../../examples/01-writes-different-keys.go");

const THROW: &str = "fatal error: concurrent map writes";

fn run(src: &str, o: &Options) -> RunResult {
    maprace::run(src, o).unwrap()
}

fn replay(src: &str, schedule: &str) -> RunResult {
    run(src, &Options { schedule: Some(Replay::parse(schedule).unwrap()), ..Options::default() })
}

/// The shortest schedule exploration finds for the throw.
fn throwing_schedule() -> String {
    let prog = maprace::compile::compile(WRITERS).unwrap();
    let r = maprace::explore(&prog, &maprace::ExploreOptions::new(400, 1, Options { strategy: Strategy::Pct { depth: 3, steps: 400 }, ..Options::default() }));
    r.schedules.get(THROW).cloned().unwrap_or_else(|| panic!("exploration reaches the throw: {:?}", r.outcomes))
}

#[test]
fn both_forms_replay_the_same_run_exactly() {
    for g in [Granularity::Instruction, Granularity::Sync, Granularity::Preemption] {
        for (seed, st) in [(1, Strategy::Random), (2, Strategy::Random), (3, Strategy::Pct { depth: 3, steps: 300 }), (4, Strategy::Go { quantum: 20_000 })] {
            let a = run(WRITERS, &Options { seed, strategy: st, granularity: g, ..Options::default() });
            assert!(a.schedule.starts_with("v2:"), "{}", a.schedule);
            let v2 = replay(WRITERS, &a.schedule);
            let v1 = run(WRITERS, &Options { schedule: Some(Replay::Steps(a.steps_schedule.clone())), ..Options::default() });
            for b in [&v2, &v1] {
                assert_eq!(a.events, b.events, "{g:?} seed {seed}");
                assert_eq!((&a.outcome, &a.stdout, &a.stderr), (&b.outcome, &b.stdout, &b.stderr));
                assert_eq!(a.schedule, b.schedule, "a replay records the same schedule");
                assert!(b.schedule_note.is_none(), "{:?}", b.schedule_note);
            }
        }
    }
}

#[test]
fn a_schedule_names_goroutines_and_source_positions() {
    let s = throwing_schedule();
    // Each switch is `<function>+<line>~<hash>:<instruction>[/k][*visit]><goroutine>`.
    let a = match Replay::parse(&s).unwrap() {
        Replay::Anchored(a) => a,
        other => panic!("{other:?}"),
    };
    assert!(!a.switches.is_empty());
    assert!(a.switches.iter().any(|sw| sw.at.op == "mapassign"), "the throw needs a switch inside a map write: {s}");
    assert!(a.switches.iter().all(|sw| sw.to.func == "main" || sw.to.func == "main.func1"), "{s}");
    assert_eq!(replay(WRITERS, &s).outcome, THROW);
}

#[test]
fn a_schedule_survives_inserted_lines_and_says_they_moved() {
    let s = throwing_schedule();
    let edited = WRITERS.replace("\tresults := map[string]int{}\n", "\tfmt.Println(\"start\")\n\n\tresults := map[string]int{}\n\t// the map every worker writes\n");
    let r = replay(&edited, &s);
    assert_eq!(r.outcome, THROW);
    assert!(r.stdout.starts_with("start\n"));
    let note = r.schedule_note.expect("the replay says it adapted");
    assert!(note.contains("found on moved lines") && note.contains("→"), "{note}");
}

#[test]
fn a_schedule_survives_a_changed_line_and_more_work() {
    let s = throwing_schedule();
    // The written line's text changes (its hash no longer matches: found by offset and instruction kind).
    let changed = WRITERS.replace("results[job] = len(job)", "results[job] = len(job) * 2 + 1");
    assert_eq!(replay(&changed, &s).outcome, THROW);
    // One more job: the goroutines the schedule names still exist.
    let more = WRITERS.replace("\"store\"}", "\"store\", \"notify\"}");
    let r = replay(&more, &s);
    assert_eq!(r.outcome, THROW);
    assert!(r.schedule_note.is_none(), "{:?}", r.schedule_note);
}

#[test]
fn a_schedule_that_stops_matching_says_where_and_why() {
    let s = throwing_schedule();
    // The map write is gone: its switch point cannot be found.
    let gone = WRITERS.replace("results[job] = len(job)", "_ = job");
    let r = replay(&gone, &s);
    assert_eq!(r.outcome, "ok", "the run goes on to its end");
    let note = r.schedule_note.expect("a note");
    assert!(note.contains("stopped matching at switch") && note.contains("mapassign"), "{note}");

    // The worker function is renamed away: the goroutines it names do not exist.
    let renamed = WRITERS.replace("go func() {\n\t\t\tdefer wg.Done()\n\t\t\tresults[job] = len(job) // different keys, same map\n\t\t}()", "go work(&wg, results, job)")
        + "\nfunc work(wg *sync.WaitGroup, results map[string]int, job string) {\n\tdefer wg.Done()\n\tresults[job] = len(job)\n}\n";
    let r = replay(&renamed, &s);
    assert_eq!(r.outcome, "ok");
    let note = r.schedule_note.expect("a note");
    assert!(note.contains("main.func1"), "{note}");
}

#[test]
fn a_schedule_for_a_longer_run_says_the_program_ended_first() {
    let s = throwing_schedule();
    // Workers that return before touching the map end the program before the switches are used.
    let short = WRITERS.replace("\t\t\tdefer wg.Done()\n", "\t\t\twg.Done()\n\t\t\treturn\n");
    let r = replay(&short, &s);
    let note = r.schedule_note.unwrap_or_default();
    assert!(note.contains("stopped matching") || note.contains("ended before"), "{note}");
}

#[test]
fn malformed_schedules_are_errors_not_panics() {
    for bad in ["v2:zz:", "v2:1:main+1~0001:go>main#0", "v3:1:", "v2:1:main+1", "v2:1:+1~0001:go>main#1"] {
        assert!(Replay::parse(bad).is_err(), "{bad}");
    }
    // Well-formed but naming nothing in the program: a note, and the run completes.
    let r = replay(WRITERS, "v2:1:nowhere+3~0000:load*9>ghost#4");
    assert_eq!(r.outcome, "ok");
    assert!(r.schedule_note.unwrap().contains("function nowhere is not in the program"));
}
