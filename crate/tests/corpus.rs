//! The corpus: Go programs under `tests/corpus/`, each ending in a record of
//! what real Go (go1.27.3) did with it, written by `tests/oracle/record.py`.
//! For every program and several seeds, maprace must agree:
//! * compile errors: the same `line:col: message` lines;
//! * race-free programs: the same stdout, exit status and first stderr line;
//! * racy programs: a race reported on every run, whatever the seed.

use maprace::sched::Strategy;
use maprace::Options;
use std::path::Path;

struct Record {
    exit: Vec<i32>,
    race: Option<bool>,
    stdout: Option<String>,
    first_line: Option<String>,
    compile: Vec<String>,
    /// When stdout varies: every output real Go printed across its runs.
    seen: Vec<String>,
    /// The program's functions in a panic's traceback (closure names: `main.main.func2`).
    funcs: Option<Vec<String>>,
    /// `race: varies`: the detector's verdict differed between real runs.
    race_varies: bool,
    /// Every `Found N data race(s)` N real Go printed under -race.
    race_counts: Vec<usize>,
    /// Every distinct race report real Go printed: its two accesses (sorted),
    /// each `[kind, "FUNC FILE:LINE", …]` (see tests/oracle/record.py).
    race_reports: Vec<Report>,
    /// The functions of every map throw's traceback real Go printed.
    fatal_funcs: Vec<Vec<String>>,
}

/// A race report as the record writes it: two accesses, each its kind then its frames.
type Report = Vec<Vec<String>>;

fn parse_record(src: &str) -> Record {
    let start = src.find("/* real Go ").expect("program has a real-Go record (run tests/oracle/record.py)");
    let body = &src[start..];
    let body = &body[body.find('\n').unwrap() + 1..body.rfind("*/").unwrap()];
    let mut r = Record { exit: vec![], race: None, stdout: None, first_line: None, compile: vec![], seen: vec![], funcs: None, race_varies: false, race_counts: vec![], race_reports: vec![], fatal_funcs: vec![] };
    let mut lines = body.lines();
    while let Some(l) = lines.next() {
        if let Some(v) = l.strip_prefix("exit: ") {
            r.exit = v.split(',').map(|x| x.trim().parse().unwrap()).collect();
        } else if let Some(v) = l.strip_prefix("race: ") {
            // `varies`: the detector's verdict differed between real runs — no claim.
            r.race = (v != "varies").then_some(v == "yes");
            r.race_varies = v == "varies";
        } else if let Some(v) = l.strip_prefix("race-count: ") {
            r.race_counts = v.split(',').map(|x| x.trim().parse().unwrap()).collect();
        } else if let Some(v) = l.strip_prefix("race-reports: ") {
            r.race_reports = serde_json::from_str(v).expect("race-reports is JSON");
        } else if let Some(v) = l.strip_prefix("fatal-funcs-seen: ") {
            r.fatal_funcs = serde_json::from_str(v).expect("fatal-funcs-seen is JSON");
        } else if let Some(v) = l.strip_prefix("stderr-first-line: ") {
            r.first_line = Some(v.to_string());
        } else if let Some(v) = l.strip_prefix("stderr-funcs: ") {
            r.funcs = Some(v.split(' ').map(String::from).collect());
        } else if let Some(v) = l.strip_prefix("stdout-seen: ") {
            r.seen = serde_json::from_str(v).expect("stdout-seen is a JSON list");
        } else if l == "stdout: varies" {
        } else if l == "stdout:" {
            // The rest of the record, byte for byte: an output that does not
            // end in a newline runs into the closing `*/`.
            let at = body.find("\nstdout:\n").map(|i| i + "\nstdout:\n".len()).unwrap_or(body.len());
            r.stdout = Some(body[at..].to_string());
            break;
        } else if l == "compile:" {
            r.compile = lines.by_ref().map(String::from).collect();
            break;
        }
    }
    r
}

fn check_program(path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).unwrap();
    let rec = parse_record(&src);
    if !rec.compile.is_empty() {
        let got: Vec<String> = maprace::check(&src).iter().map(|d| d.render()).collect();
        // Every error maprace reports is one gc reports, word for word and at the same
        // line:col; gc may find a few more after an error (maprace skips the rest of a
        // failed statement), so the first one gc reports must be among maprace's.
        let invented: Vec<&String> = got.iter().filter(|g| !rec.compile.contains(g)).collect();
        if got.is_empty() || !invented.is_empty() || !got.contains(&rec.compile[0]) {
            return Err(format!("compile errors differ\n  go:      {:?}\n  maprace: {:?}", rec.compile, got));
        }
        return Ok(());
    }
    let strategies = [Strategy::Go { quantum: 20_000 }, Strategy::Random, Strategy::RoundRobin { quantum: 100 }];
    let mut missed_elsewhere = 0;
    for (seed, strategy) in [1u64, 2, 3, 7, 42].into_iter().flat_map(|s| strategies.map(|st| (s, st))) {
        let opts = Options { seed, strategy, ..Options::default() };
        let r = maprace::run(&src, &opts).map_err(|d| format!("does not compile: {:?}", d))?;
        match rec.race {
            Some(true) => {
                // Under the go-like strategy (a plain run, modelling real Go's scheduler) the
                // race must be reported on every seed. Under random and round robin, main may
                // end before a racing goroutine ever runs (as it may in real Go): counted below.
                if r.races.is_empty() {
                    if matches!(strategy, Strategy::Go { .. }) {
                        return Err(format!("seed {seed} {strategy:?}: real Go reports a race, maprace found none (outcome {})", r.outcome));
                    }
                    if matches!(strategy, Strategy::Random) {
                        missed_elsewhere += 1;
                    }
                }
            }
            None if rec.race_varies => {}
            _ => {
                if !r.races.is_empty() {
                    return Err(format!("seed {seed}: false race report:\n{}", r.stderr));
                }
                if let Some(out) = &rec.stdout {
                    if &r.stdout != out {
                        return Err(format!("seed {seed}: stdout differs\n--- go\n{}--- maprace\n{}", out, r.stdout));
                    }
                }
                if !rec.exit.contains(&r.exit_code) {
                    return Err(format!("seed {seed}: exit {} (go: {:?}); outcome {}\n{}", r.exit_code, rec.exit, r.outcome, r.stderr));
                }
                if let Some(want) = &rec.funcs {
                    let got = panic_funcs(&r.stderr);
                    if &got != want {
                        return Err(format!("seed {seed}: functions in the traceback {got:?}, go printed {want:?}\n{}", r.stderr));
                    }
                }
                match &rec.first_line {
                    Some(l) => {
                        if &r.outcome != l {
                            return Err(format!("seed {seed}: outcome {:?}, go printed {:?}", r.outcome, l));
                        }
                    }
                    None => {
                        // (No panic or throw: main returned, or os.Exit ended the program with its status.)
                        let want = match rec.exit[..] {
                            [0] => "ok".to_string(),
                            [code] => format!("exit status {code}"),
                            _ => "ok".to_string(),
                        };
                        if r.outcome != want {
                            return Err(format!("seed {seed}: outcome {:?}, go ended with {want:?}", r.outcome));
                        }
                    }
                }
            }
        }
    }
    if missed_elsewhere > 2 {
        return Err(format!("the race was missed in {missed_elsewhere} of 5 random runs"));
    }
    Ok(())
}

/// As tests/oracle/record.py reads a traceback: the program's functions in the
/// running goroutine's stack, innermost first, then `created-by:NAME`.
fn panic_funcs(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = stderr.lines().skip_while(|l| !(l.starts_with("goroutine ") && l.ends_with(" [running]:")));
    lines.next();
    for l in lines.take_while(|l| !l.trim().is_empty()).filter(|l| !l.starts_with('\t')) {
        let (created, name) = match l.strip_prefix("created by ") {
            Some(rest) => (true, rest),
            None => (false, l),
        };
        let name = name.split(" in goroutine").next().unwrap_or("");
        let Some(rest) = name.strip_prefix("main.") else { continue };
        // `main.(*T).M(…)`: the receiver's parentheses belong to the name.
        let skip = if rest.starts_with('(') { rest.find(").").map_or(0, |i| i + 2) } else { 0 };
        let end = rest[skip..].find(|c: char| c == '(' || c.is_whitespace()).map_or(rest.len(), |i| i + skip);
        out.push(format!("{}main.{}", if created { "created-by:" } else { "" }, &rest[..end]));
    }
    out
}

/// The race reports of one run's stderr, as tests/oracle/record.py reads
/// Go's: each report's two accesses, sorted, each `[kind, "FUNC FILE:LINE", …]`
/// (maprace prints Go's own files under `<go>/src/`).
fn race_reports(stderr: &str) -> Vec<Report> {
    let mut out = Vec::new();
    for block in stderr.split("==================\n").filter(|b| b.starts_with("WARNING: DATA RACE")) {
        let lines: Vec<&str> = block.lines().skip(1).collect();
        let mut accesses: Vec<Vec<String>> = Vec::new();
        let mut open = false;
        let mut i = 0;
        while i < lines.len() {
            let l = lines[i];
            let head = l.strip_prefix("Previous ").unwrap_or(l);
            if let Some(at) = head.find(" at 0x").filter(|_| l.ends_with(':') && !l.starts_with(' ')) {
                accesses.push(vec![head[..at].to_lowercase()]);
                open = true;
            } else if l.trim().is_empty() || l.starts_with("Goroutine ") {
                open = false;
            } else if open && l.starts_with("  ") && !l.starts_with("      ") && i + 1 < lines.len() {
                let func = l.trim().strip_suffix("()").unwrap_or(l.trim());
                let file = lines[i + 1].trim();
                let file = file.strip_prefix("<go>/src/").unwrap_or(file);
                accesses.last_mut().unwrap().push(format!("{func} {file}"));
                i += 1;
            }
            i += 1;
        }
        if accesses.len() == 2 {
            accesses.sort_by_key(|a| serde_json::to_string(a).unwrap());
            out.push(accesses);
        }
    }
    out
}

/// Frames in the library's Go source are Go's own: `maps.Copy` at
/// `maps/maps.go:64`, the call of the program's closure in
/// `sync/oncefunc.go:33`, and none for `sync`'s other functions (Go does not
/// instrument `sync`, so they never enter the detector's stack). Over random
/// schedules, every report maprace prints is one Go printed (Go's
/// compiler-made `gowrap` frame left out), and each of Go's reports is
/// printed by some run.
#[test]
fn library_frames_are_gos() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for name in ["race_map_maps_copy.go", "race_map_oncefunc_unguarded_read.go"] {
        let src = std::fs::read_to_string(dir.join(name)).unwrap();
        let want: Vec<Report> = parse_record(&src).race_reports.iter().map(|r| r.iter().map(|a| a.iter().filter(|f| !f.contains(".gowrap")).cloned().collect()).collect()).collect();
        assert!(!want.is_empty(), "{name} has recorded reports");
        let mut seen: Vec<Report> = Vec::new();
        for seed in 1..=40u64 {
            let opts = Options { seed, strategy: Strategy::Random, map_model: maprace::options::MapModel::Swiss, ..Options::default() };
            for rep in race_reports(&maprace::run(&src, &opts).unwrap().stderr) {
                assert!(want.contains(&rep), "{name} seed {seed}: a report Go never printed:\n  maprace: {rep:?}\n  go:      {want:?}");
                if !seen.contains(&rep) {
                    seen.push(rep);
                }
            }
        }
        for w in &want {
            assert!(seen.contains(w), "{name}: Go's report {w:?} is never printed");
        }
    }
}

/// Go 1.27's race reports on maps: on every corpus program about maps whose
/// record holds the reports real Go printed, maprace's plain runs (the
/// go-like strategy, the swiss map) print only reports Go printed — the same
/// two accesses, each with the same runtime frames (`runtime.mapaccess2_fast64`
/// over `runtime.mapaccess1_fast64`, `runtime.mapassign_faststr`, files and
/// lines of Go's source) and the same program frames — and `Found N data
/// race(s)` with an N Go printed (the element slot is a location of its own,
/// so a same-key race is two reports; one report per address, as Go's
/// detector). On the other racy programs, every report naming a map function
/// is one Go printed (their channel, WaitGroup, atomic and string frames are
/// not Go's yet: see the README's known differences).
#[test]
fn race_reports_are_go_127s() {
    // Reports maprace does not print as Go does, and why.
    let known: &[(&str, &str)] = &[
        // fmt prints a map through reflect: Go's stack is reflect.maplen / reflect.mapIterStart
        // under internal/fmtsort.Sort and fmt's printing functions; maprace names only the map read.
        ("print_map_race.go", "fmt's reflect frames"),
        ("print_map_race_sprint.go", "fmt's reflect frames"),
        ("print_map_race_struct.go", "fmt's reflect frames"),
        ("print_map_throw.go", "fmt's reflect frames"),
        // A struct key is read by Go's generic mapassign (raceReadObjectPC): Go shows the
        // read in runtime.mapassign, maprace in the program's frame.
        ("race_struct_copy_into_map_key.go", "the key read inside runtime.mapassign"),
        // A closure called as `func() { … }()` over several lines: Go's frame names the
        // line of the call's `(`, maprace the line the call starts on.
        ("unhashable_key_racing_write.go", "the caller line of a multi-line call"),
        // `go func(g int) { … }(g)`: Go runs the closure through a compiler-made
        // `main.main.gowrap1`, a frame of its own at the go statement's line; maprace has none.
        ("race_map_maps_copy.go", "Go's gowrap frame of a go statement with arguments"),
        // Go's second P starts the writer first, so the reader finds the key and reads its
        // element too (two reports); the go-like scheduler runs the reader first (runnext):
        // no key, no element read, one report. (The frames are Go's, sync.OnceFunc's included.)
        ("race_map_oncefunc_unguarded_read.go", "the start order of two goroutines"),
    ];
    let about_maps = |name: &str| ["race_map_", "race_struct_copy_into_map", "print_map_", "unhashable_key"].iter().any(|p| name.starts_with(p));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let (mut checked, mut failures) = (0, Vec::new());
    for f in go_files(&dir) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&f).unwrap();
        let rec = parse_record(&src);
        if rec.race_reports.is_empty() || known.iter().any(|(k, _)| *k == name) {
            continue;
        }
        for seed in [1u64, 2, 3, 7, 42] {
            let opts = Options { seed, strategy: Strategy::Go { quantum: 20_000 }, map_model: maprace::options::MapModel::Swiss, ..Options::default() };
            let r = maprace::run(&src, &opts).unwrap();
            let got = race_reports(&r.stderr);
            let whole = about_maps(&name);
            for rep in &got {
                let names_a_map = rep.iter().flatten().any(|f| f.starts_with("runtime.map"));
                if (whole || names_a_map) && !rec.race_reports.contains(rep) {
                    failures.push(format!("{name} seed {seed}: a report Go never printed:\n  maprace: {rep:?}\n  go:      {:?}", rec.race_reports));
                }
            }
            let found = r.stderr.lines().find_map(|l| l.strip_prefix("Found ")?.split(' ').next()?.parse::<usize>().ok());
            if let (Some(n), false, true) = (found, rec.race_counts.is_empty(), whole) {
                if !rec.race_counts.contains(&n) {
                    failures.push(format!("{name} seed {seed}: Found {n} data race(s), Go: {:?}", rec.race_counts));
                }
            }
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} programs have recorded reports");
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

fn go_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
    files.sort();
    files
}

fn check_all(files: &[std::path::PathBuf]) {
    let mut failures = Vec::new();
    for f in files {
        if let Err(e) = check_program(f) {
            failures.push(format!("{}: {}", f.file_name().unwrap().to_string_lossy(), e));
        }
    }
    assert!(failures.is_empty(), "{} of {} programs disagree with real Go:\n\n{}", failures.len(), files.len(), failures.join("\n\n"));
}

#[test]
fn corpus_agrees_with_real_go() {
    let mut files = go_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"));
    assert!(files.len() >= 40, "the corpus has {} programs", files.len());
    // CORPUS_ONLY=word checks only the programs whose file name contains it.
    if let Ok(only) = std::env::var("CORPUS_ONLY") {
        files.retain(|f| f.file_name().unwrap().to_string_lossy().contains(&only));
        assert!(!files.is_empty(), "no corpus program's name contains {only:?}");
    }
    check_all(&files);
}

/// The gallery's examples make claims in the page; each is checked here.
#[test]
fn gallery_examples_agree_with_real_go() {
    let files = go_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples"));
    assert!(files.len() >= 12);
    check_all(&files);
}

/// Every racy example is reported on the first run, whatever the seed and
/// strategy — even in runs where the runtime's own check stays silent.
#[test]
fn races_are_found_on_every_run() {
    let files = go_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples"));
    let mut silent_throw_check = 0;
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        if parse_record(&src).race != Some(true) {
            continue;
        }
        for seed in 0..40u64 {
            for strategy in [Strategy::Go { quantum: 20_000 }, Strategy::Random] {
                let r = maprace::run(&src, &Options { seed, strategy, ..Options::default() }).unwrap();
                assert!(!r.races.is_empty(), "{}: no race reported with seed {seed}, {strategy:?}", f.display());
                if r.outcome == "ok" {
                    silent_throw_check += 1;
                }
            }
        }
    }
    assert!(silent_throw_check > 0, "some racy runs end ok (the runtime check is best effort) and are still reported");
}

/// Exploration finds every ending real Go can reach for the gallery's racy
/// map programs: `ok` and the runtime's throw that the article is about.
#[test]
fn exploration_finds_the_endings_real_go_can_reach() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    for (file, throw) in [
        ("01-writes-different-keys.go", "fatal error: concurrent map writes"),
        ("02-read-during-write.go", "fatal error: concurrent map read and map write"),
        ("03-range-during-write.go", "fatal error: concurrent map iteration and map write"),
        ("06-append-from-goroutine.go", "fatal error: concurrent map iteration and map write"),
        ("11-deferred-stats.go", "fatal error: concurrent map writes"),
    ] {
        let src = std::fs::read_to_string(dir.join(file)).unwrap();
        let prog = maprace::compile::compile(&src).unwrap();
        let base = Options { strategy: Strategy::Pct { depth: 3, steps: 2000 }, ..Options::default() };
        let r = maprace::explore(&prog, &maprace::ExploreOptions::new(400, 1, base));
        assert!(r.outcomes.contains_key("ok") && r.outcomes.contains_key(throw), "{file}: {:?}", r.outcomes);
        assert_eq!(r.race_runs, r.runs, "{file}: the race detector flags every run");
    }
}

/// Every ending and every output real Go produced in its recorded runs of a
/// gallery program (the throw of 11, the lost updates of 09 …) is among what
/// exploration finds.
#[test]
fn exploration_finds_every_ending_and_output_real_go_produced() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut checked_outputs = 0;
    for f in go_files(&dir) {
        let src = std::fs::read_to_string(&f).unwrap();
        let rec = parse_record(&src);
        let prog = maprace::compile::compile(&src).unwrap();
        let mut outcomes = std::collections::BTreeSet::new();
        let mut outputs = std::collections::BTreeSet::new();
        for strategy in [Strategy::Pct { depth: 3, steps: 2000 }, Strategy::Random] {
            let r = maprace::explore(&prog, &maprace::ExploreOptions::new(300, 1, Options { strategy, ..Options::default() }));
            outcomes.extend(r.outcomes.into_keys());
            outputs.extend(r.outputs.into_keys());
        }
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if rec.exit.contains(&0) {
            assert!(outcomes.contains("ok"), "{name}: {outcomes:?}");
        }
        if let Some(first) = rec.first_line.as_ref().filter(|_| rec.exit.contains(&2)) {
            assert!(outcomes.contains(first), "{name}: real Go ended in {first:?}; explored {outcomes:?}");
        }
        for out in &rec.seen {
            assert!(outputs.contains(out), "{name}: real Go printed {out:?}; explored {outputs:?}");
            checked_outputs += 1;
        }
    }
    assert!(checked_outputs >= 2, "the records list outputs that vary");
}

/// The bounded search's partial-order reduction (sleep sets) never loses an
/// ending or an output of the full bounded search, on every gallery program
/// whose bounded space (map, channel and lock operations as decision points,
/// K = 1 and 2) is small enough to cover both ways here.
#[test]
fn the_reduction_keeps_every_ending_of_the_full_bounded_search() {
    use maprace::vm::machine::Granularity;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut compared = 0;
    for f in go_files(&dir) {
        let prog = maprace::compile::compile(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for k in [1, 2] {
            let base = Options { granularity: Granularity::Sync, race: false, ..Options { seed: 1, strategy: Strategy::Dfs { preemptions: k }, ..Options::default() } };
            let mut full = maprace::ExploreOptions::new(15_000, 1, base.clone());
            full.por = false;
            full.shrink = false;
            let full = maprace::explore(&prog, &full);
            if !full.complete {
                continue;
            }
            let mut reduced = maprace::ExploreOptions::new(15_000, 1, base);
            reduced.shrink = false;
            let reduced = maprace::explore(&prog, &reduced);
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            assert!(reduced.complete && reduced.runs <= full.runs, "{name} K={k}");
            assert_eq!(reduced.outcomes.keys().collect::<Vec<_>>(), full.outcomes.keys().collect::<Vec<_>>(), "{name} K={k}: endings");
            assert_eq!(reduced.outputs.keys().collect::<Vec<_>>(), full.outputs.keys().collect::<Vec<_>>(), "{name} K={k}: outputs");
            compared += 1;
        }
    }
    assert!(compared >= 10, "only {compared} bounded spaces were small enough to compare");
}

/// A corpus program whose recorded run ended in one of the runtime's map
/// throws: exploration reaches that throw (here, with random schedules that
/// split map operations) — so the model keeps Go's order of checks, e.g. the
/// writing flag before hashing the key.
#[test]
fn exploration_reaches_the_throws_real_go_printed() {
    let mut checked = 0;
    for f in go_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")) {
        let src = std::fs::read_to_string(&f).unwrap();
        let rec = parse_record(&src);
        let Some(throw) = rec.first_line.filter(|l| l.starts_with("fatal error: concurrent map") && rec.exit.contains(&2)) else { continue };
        let prog = maprace::compile::compile(&src).unwrap();
        let base = Options { strategy: Strategy::Random, max_steps: 300_000, ..Options::default() };
        let r = maprace::explore(&prog, &maprace::ExploreOptions::new(30, 1, base));
        assert!(r.outcomes.contains_key(&throw), "{}: real Go ended in {throw:?}; explored {:?}", f.display(), r.outcomes);
        checked += 1;
    }
    assert!(checked >= 1, "the corpus has programs that end in a map throw");
}

/// The wasm test (tests/wasm.rs) runs every corpus and gallery program in
/// Chromium and natively and compares the results byte for byte; it cannot
/// read the folders, so tests/shared/corpus_list.rs names them. This test
/// fails when the list is stale (`MAPRACE_BLESS=1 cargo test --test corpus
/// the_wasm_test_lists` rewrites it).
#[test]
fn the_wasm_test_lists_every_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = String::from("// Generated by crate/tests/corpus.rs (the_wasm_test_lists_every_program): every corpus and\n// gallery program, for tests/wasm.rs. Rewrite with MAPRACE_BLESS=1 cargo test --test corpus the_wasm_test_lists.\npub const PROGRAMS: &[(&str, &str)] = &[\n");
    for (dir, rel) in [("tests/corpus", "../corpus/"), ("../examples", "../../../examples/")] {
        for f in go_files(&root.join(dir)) {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            text.push_str(&format!("    ({name:?}, include_str!(\"{rel}{name}\")),\n"));
        }
    }
    text.push_str("];\n");
    let path = root.join("tests/shared/corpus_list.rs");
    if std::env::var_os("MAPRACE_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), text, "tests/shared/corpus_list.rs is stale: MAPRACE_BLESS=1 cargo test --test corpus the_wasm_test_lists");
}
