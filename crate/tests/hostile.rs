//! Hostile programs: inputs built to crash, exhaust or freeze the core. Each
//! must end in a clear outcome — a compile error in gc's wording or
//! maprace's own "does not support … yet", or a run outcome — never a panic,
//! an abort or a stack overflow. The same suite runs in wasm (tests/wasm.rs
//! runs its deepest programs in Chromium).

use maprace::Options;

/// Runs `f` on a thread with the stack the CLI and the wasm build give the core.
fn on_core_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(maprace::CORE_STACK).spawn(f).unwrap().join().expect("the core must not crash")
}

#[path = "shared/deep.rs"]
mod deep;
use deep::{deep, KINDS};

/// The deepest program of each kind that the parser accepts compiles and
/// runs to an outcome; one level more is the depth error, at a position.
#[test]
fn the_deepest_accepted_programs_compile_and_run() {
    on_core_stack(|| {
        for &kind in KINDS {
            if let Err(e) = deep::check_deepest(kind) {
                panic!("{e}");
            }
        }
    });
}

/// A 100,000-term sum (gc compiles it) is refused cleanly, not a stack overflow.
#[test]
fn a_huge_expression_is_refused_not_a_crash() {
    let d = on_core_stack(|| maprace::check(&deep("sum", 100_000)));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].render().starts_with("main.go:7:"), "{d:?}");
}

// ---- The memory budget (issue 13): every byte the program causes is counted.

fn main_body(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

fn with_fmt(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{body}\n}}\n")
}

/// Runs `src` with a memory budget of `mib` MiB, on the core's stack, and checks it ends within a minute.
fn run_budget(src: String, mib: u64) -> maprace::RunResult {
    let t = std::time::Instant::now();
    let r = on_core_stack(move || maprace::run(&src, &Options { max_memory: mib << 20, max_steps: 50_000_000, ..Options::default() }).expect("compiles"));
    assert!(t.elapsed().as_secs() < 60, "took {:?}: {}", t.elapsed(), r.outcome);
    r
}

/// Real Go's record of a program (tests/oracle/hostile_record.sh): its exit status and standard error.
fn go_record(name: &str) -> (i32, Vec<String>) {
    let text = include_str!("hostile_go.txt");
    let block = text.split("== ").find(|b| b.starts_with(&format!("{name}\n"))).unwrap_or_else(|| panic!("{name} not recorded"));
    let exit = block.lines().find_map(|l| l.strip_prefix("exit: ")).unwrap().parse().unwrap();
    let stderr = block.split("stderr:\n").nth(1).unwrap().lines().map(String::from).collect();
    (exit, stderr)
}

/// `runtime: out of memory: cannot allocate N-byte block (M in use)` / `fatal error: out of memory`, as Go.
fn assert_out_of_memory(r: &maprace::RunResult, go: &str) {
    let (exit, go_err) = go_record(go);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines[0].starts_with("runtime: out of memory: cannot allocate ") && lines[0].ends_with(" in use)"), "{}", r.stderr);
    assert!(go_err[0].starts_with("runtime: out of memory: cannot allocate "), "{go_err:?}");
    assert_eq!(lines[1], go_err[1]);
    assert_eq!(r.exit_code, exit);
    assert!(r.outcome.starts_with("fatal error: out of memory (memory budget "), "{}", r.outcome);
    assert!(r.stderr.contains("maprace: the program used up its memory budget of"), "{}", r.stderr);
}

#[test]
fn running_out_of_memory_is_gos_fatal_error() {
    let doubling = main_body("\ts := \"x\"\n\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}\n\tprintln(len(s))");
    assert_out_of_memory(&run_budget(doubling, 64), "string_doubling");
    let slice = main_body("\tn := 1 << 40\n\ts := make([]byte, n)\n\tprintln(len(s))");
    assert_out_of_memory(&run_budget(slice, 64), "make_slice_1tb");
    let hint = main_body("\tn := 1 << 39\n\tm := make(map[int]int, n)\n\tm[1] = 1\n\tprintln(len(m))");
    assert_out_of_memory(&run_budget(hint, 64), "make_map_hint_1_shl_39");
}

#[test]
fn a_hint_go_drops_makes_a_map_that_grows() {
    for (n, go) in [("1 << 40", "make_map_hint_1_shl_40"), ("-1", "make_map_hint_negative"), ("1 << 62", "make_map_hint_1_shl_40")] {
        let r = run_budget(main_body(&format!("\tn := {n}\n\tm := make(map[int]int, n)\n\tm[1] = 1\n\tprintln(len(m))")), 16);
        let (exit, err) = go_record(go);
        assert_eq!((r.exit_code, r.stderr.lines().next().unwrap_or("")), (exit, err[0].as_str()), "{n}: {}", r.outcome);
    }
}

/// `make(map[int]int, 1<<22)` (a 163-character link once froze the tab for
/// 19 s at 3 GB): under a 1 GB budget it runs as Go does, and its result —
/// what crosses to the page — stays a few kilobytes (the map's snapshot is
/// paged: crate/tests/snapshots.rs).
#[test]
fn a_1_shl_22_hint_runs_and_its_result_is_small() {
    let t = std::time::Instant::now();
    let r = run_budget(main_body("\tm := make(map[int]int, 1<<22)\n\tm[1] = 1\n\tprintln(len(m))"), 1024);
    let (exit, err) = go_record("make_map_hint_1_shl_22");
    assert_eq!((r.exit_code, r.stderr.lines().collect::<Vec<_>>()), (exit, err.iter().map(String::as_str).collect()), "{}", r.outcome);
    let json = serde_json::to_string(&r).unwrap().len();
    assert!(json < 64 << 10, "the result is {json} bytes");
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
}

#[test]
fn builtin_println_writes_whole_strings() {
    let r = run_budget(main_body("\tprintln(\"0123456789012345678901234567890123456789012345678901234567890123456789\", 1, true)"), 16);
    assert_eq!(r.stderr.lines().collect::<Vec<_>>(), go_record("println_long").1);
}

/// Each way a program can hold memory, pushed until the budget ends it.
#[test]
fn every_kind_of_memory_is_counted() {
    let bombs = [
        ("[]byte(s)", main_body("\ts := \"xxxxxxxxxxxxxxxx\"\n\tfor i := 0; i < 16; i++ {\n\t\ts += s\n\t}\n\tvar all [][]byte\n\tfor {\n\t\tall = append(all, []byte(s))\n\t}")),
        ("string(b)", main_body("\tb := make([]byte, 1<<16)\n\tvar all []string\n\tfor {\n\t\tall = append(all, string(b))\n\t}")),
        ("Sprintf", with_fmt("\tvar all []string\n\tfor {\n\t\tall = append(all, fmt.Sprintf(\"%100000d\", len(all)))\n\t}")),
        ("width", with_fmt("\ts := fmt.Sprintf(\"%9999999d\", 1)\n\tfmt.Println(len(s))")),
        ("precision", with_fmt("\ts := fmt.Sprintf(\"%.9999999f\", 1.5)\n\tfmt.Println(len(s))")),
        ("strings.Repeat", "package main\n\nimport \"strings\"\n\nfunc main() {\n\ts := strings.Repeat(\"ab\", 1<<40)\n\tprintln(len(s))\n}\n".to_string()),
        ("goroutines", main_body("\tfor {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t}")),
        ("channel buffers", main_body("\tvar cs []chan int\n\tfor {\n\t\tcs = append(cs, make(chan int, 1<<16))\n\t}")),
        ("map growth", main_body("\tm := map[int]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = i\n\t}")),
        ("maps with hints", main_body("\tvar ms []map[int]int\n\tfor {\n\t\tms = append(ms, make(map[int]int, 1<<14))\n\t}")),
        ("big array", main_body("\tvar a [1 << 30]int\n\tprintln(len(a))")),
        ("new array", main_body("\tp := new([1 << 20][1 << 10]int)\n\tprintln(len(p))")),
        ("append", main_body("\tvar s []int\n\tfor {\n\t\ts = append(s, 1)\n\t}")),
        ("substrings", main_body("\ts := \"x\"\n\tfor len(s) < 1<<20 {\n\t\ts += s\n\t}\n\tvar all []string\n\tfor i := 0; ; i++ {\n\t\tall = append(all, s[i%2:])\n\t}")),
    ];
    for (what, src) in bombs {
        let r = run_budget(src, 8);
        assert!(r.outcome.starts_with("fatal error: out of memory"), "{what}: {} / {}", r.outcome, r.stderr);
    }
}

/// Strings the program drops are not counted for ever: like Go's collector,
/// the budget counts what is still reachable when it fills up.
#[test]
fn garbage_strings_do_not_exhaust_the_budget() {
    let src = with_fmt("\tkeep := \"\"\n\tfor i := 0; i < 200000; i++ {\n\t\ts := fmt.Sprintf(\"%100d\", i)\n\t\tkeep = s + \"!\"\n\t}\n\tfmt.Println(len(keep))");
    let r = run_budget(src, 4);
    assert_eq!((r.outcome.as_str(), r.stdout.as_str()), ("ok", "101\n"), "{}", r.stderr);
}

/// A huge panic message is cut for the page with a note of what was left out.
#[test]
fn a_huge_panic_text_is_capped() {
    let r = run_budget(main_body("\ts := \"x\"\n\tfor i := 0; i < 24; i++ {\n\t\ts += s\n\t}\n\tpanic(s)"), 64);
    assert!(r.stderr.len() < 100_000, "{} bytes", r.stderr.len());
    assert!(r.stderr.contains(&format!("… {} bytes more", (1 << 24) - maprace::vm::budget::PANIC_TEXT_MAX)), "{}", &r.stderr[r.stderr.len() - 200..]);
    assert!(r.outcome.len() < 70_000);
}

#[test]
fn the_budget_is_bytes_and_bounded() {
    let s = |n: u64| maprace::options::Settings { max_memory: Some(n), ..Default::default() }.options(maprace::options::Purpose::Run);
    assert!(s(1 << 30).is_ok());
    assert!(s((1 << 30) + 1).is_err());
    assert!(s(1000).is_err());
    assert_eq!(Options::default().max_memory, 256 << 20);
}

/// Indices beyond 32 bits are compared as 64-bit numbers (wasm's usize is 32
/// bits: a truncated index would read s[2]); tests/wasm.rs-style runs in
/// Chromium run the same corpus program (lang_index_64bit.go).
#[test]
fn indices_beyond_32_bits_are_out_of_range() {
    for (expr, want) in [("s[i]", "index out of range [4294967298] with length 5"), ("s[:i]", "slice bounds out of range [:4294967298] with length 5"), ("b[i]", "index out of range [4294967298] with length 3")] {
        let src = format!("package main\n\nfunc main() {{\n\ts := \"hello\"\n\tb := []byte{{1, 2, 3}}\n\ti := 1<<32 + 2\n\t_, _ = s, b\n\tprintln({expr})\n}}\n");
        let r = run_budget(src, 16);
        assert_eq!(r.outcome, format!("panic: runtime error: {want}"), "{expr}");
    }
}
