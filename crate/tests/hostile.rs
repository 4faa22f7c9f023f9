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

/// Programs nested `n` deep in each way the parser builds a deep tree.
fn deep(kind: &str, n: usize) -> String {
    let body = match kind {
        "sum" => format!("\tx := 1\n\ty := {}\n\tfmt.Println(y)", vec!["x"; n].join("+")),
        "paren" => format!("\tx := 1\n\ty := {}x{}\n\tfmt.Println(y)", "(".repeat(n), ")".repeat(n)),
        "neg" => format!("\tx := 1\n\ty := {}x{}\n\tfmt.Println(y)", "-(".repeat(n), ")".repeat(n)),
        "block" => format!("\t{}fmt.Println(1){}", "{".repeat(n), "}".repeat(n)),
        "ifs" => format!("\tx := 1\n\t{}fmt.Println(x){}", "if x > 0 {".repeat(n), "}".repeat(n)),
        "func" => format!("\t{}fmt.Println(1){}", "func() {".repeat(n), "}()".repeat(n)),
        "slicetype" => format!("\tvar s {}int\n\tfmt.Println(len(s))", "[]".repeat(n)),
        "arraytype" => format!("\tvar s {}int\n\tfmt.Println(s)", "[1]".repeat(n)),
        "pointertype" => format!("\tvar p {}int\n\tfmt.Println(p == nil)", "*".repeat(n)),
        "literal" => format!("\ts := {}1{}\n\tfmt.Println(s)", "[]any{".repeat(n), "}".repeat(n)),
        "selector" => format!("\ttype T struct{{ f *T }}\n\tt := &T{{}}\n\tt.f = t\n\tfmt.Println(t{} != nil)", ".f".repeat(n)),
        "call" => format!("\tvar f func() any\n\tf = func() any {{ return f }}\n\tfmt.Println(f{} != nil)", "().(func() any)".repeat(n)),
        _ => unreachable!(),
    };
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{body}\n}}\n")
}

const KINDS: &[&str] = &["sum", "paren", "neg", "block", "ifs", "func", "slicetype", "arraytype", "pointertype", "literal", "selector", "call"];

fn too_deep(src: &str) -> bool {
    maprace::check(src).iter().any(|d| d.message.contains("nested more than"))
}

/// The deepest program of each kind that the parser accepts compiles and
/// runs to an outcome; one level more is the depth error, at a position.
#[test]
fn the_deepest_accepted_programs_compile_and_run() {
    on_core_stack(deepest_accepted);
}

fn deepest_accepted() {
    for &kind in KINDS {
        // Binary search for the largest accepted n.
        let (mut lo, mut hi) = (1usize, 2 * maprace::lang::parser::MAX_DEPTH as usize);
        assert!(too_deep(&deep(kind, hi)), "{kind}: {hi} levels must be refused");
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if too_deep(&deep(kind, mid)) {
                hi = mid
            } else {
                lo = mid
            }
        }
        let src = deep(kind, lo);
        let outcome = match maprace::run(&src, &Options { max_steps: 100_000, ..Options::default() }) {
            Ok(r) => r.outcome,
            Err(d) => d[0].render(),
        };
        assert!(outcome == "ok" || outcome.starts_with("main.go:"), "{kind} at depth {lo}: {outcome}");
        let d = maprace::check(&deep(kind, hi));
        assert!(d[0].line > 0 && d[0].col > 0 && d[0].message.starts_with("maprace does not support code nested more than"), "{kind}: {d:?}");
    }
}

/// A 100,000-term sum (gc compiles it) is refused cleanly, not a stack overflow.
#[test]
fn a_huge_expression_is_refused_not_a_crash() {
    let d = on_core_stack(|| maprace::check(&deep("sum", 100_000)));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].render().starts_with("main.go:7:"), "{d:?}");
}
