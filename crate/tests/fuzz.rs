//! Fuzzing the front end and the VM: arbitrary text and mutated programs
//! never panic the core; every failure is a diagnostic or an outcome.
//! `FUZZ_CASES=N` sets how many mutated corpus programs are tried (default
//! 400, for CI); the issue-13 run is
//! `FUZZ_CASES=1000000 cargo test --release --test fuzz mutated`.

use maprace::Options;
use proptest::prelude::*;
use std::path::Path;

/// The corpus and gallery programs without their records, read once.
fn corpus() -> &'static [String] {
    static PROGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PROGS.get_or_init(read_corpus)
}

fn read_corpus() -> Vec<String> {
    let mut v = Vec::new();
    for dir in ["tests/corpus", "../examples"] {
        let d = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "go") {
                let s = std::fs::read_to_string(p).unwrap();
                let cut = s.find("/* real Go ").unwrap_or(s.len());
                v.push(s[..cut].to_string());
            }
        }
    }
    v.sort();
    v
}

fn run_small(src: &str) {
    let opts = Options { max_steps: 20_000, max_memory: 200_000, max_events: 1000, ..Options::default() };
    match maprace::run(src, &opts) {
        Ok(r) => assert!(!r.outcome.is_empty()),
        Err(d) => {
            assert!(!d.is_empty());
            for x in d {
                assert!(!x.message.is_empty());
            }
        }
    }
}

const TOKENS: &[&str] = &[
    "package main\n", "func", "main", "(", ")", "{", "}", "[", "]", "map", "chan", "go", "defer", "range", "for", "if", "else",
    ":=", "=", "+", "-", "<-", "1", "\"s\"", "x", "y", ",", ";", "\n", "make", "var", "int", "string", "struct", "interface",
    "select", "case", "default", "switch", "return", "break", ".", "...", "*", "&", "sync.Mutex", "import \"sync\"\n", "nil",
    // Generics and range over functions.
    "[T any]", "[K comparable, V any]", "T", "K", "V", "~", "|", "comparable", "any", "[int]", "[string, int]", "type",
    "interface{ ~int | ~string }", "iter.Seq[int]", "import \"iter\"\n", "yield", "func(yield func(int) bool)", "continue",
    // Method expressions, method and function values, goto, new(expr), panics.
    "(*T).M", "T.M", "fmt.Println", "strings.ToUpper", "fmt.Stringer", ".String", "goto", "L:", "L", "new(1)", "new(x)",
    "recover()", "panic(r)", "xs...", "2i", "complex(1, 2)",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,300}") {
        let _ = maprace::check(&s);
        run_small(&s);
    }

    #[test]
    fn token_soup_never_panics(toks in proptest::collection::vec(0..TOKENS.len(), 0..120)) {
        let src: String = toks.iter().map(|&i| TOKENS[i]).collect::<Vec<_>>().join(" ");
        run_small(&format!("package main\n{src}"));
        run_small(&format!("package main\nfunc main() {{ {src} }}"));
    }

}

fn mutated_cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(400)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: mutated_cases(), ..ProptestConfig::default() })]

    #[test]
    fn mutated_programs_never_panic(which in any::<prop::sample::Index>(), edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..TOKENS.len(), 0..3u8), 1..6)) {
        let progs = corpus();
        run_small(&mutate(&progs[which.index(progs.len())], &edits));
    }
}

/// `src` with each edit applied in turn: (where, which token, 0 insert / 1 delete / 2 replace).
fn mutate(src: &str, edits: &[(prop::sample::Index, usize, u8)]) -> String {
    let mut src = src.to_string();
    for &(at, tok, kind) in edits {
        let mut i = at.index(src.len().max(1));
        while i > 0 && !src.is_char_boundary(i) { i -= 1; }
        match kind {
            0 => src.insert_str(i, TOKENS[tok]),
            1 => { let mut j = (i + 1 + tok).min(src.len()); while j < src.len() && !src.is_char_boundary(j) { j += 1; } src.replace_range(i..j, ""); }
            _ => { let mut j = (i + 3).min(src.len()); while j < src.len() && !src.is_char_boundary(j) { j += 1; } src.replace_range(i..j, TOKENS[tok]); }
        }
    }
    src
}

/// The corpus programs with generics, range-over-function loops, method
/// expressions, goto, new(expr) or panic chains.
fn generic_corpus() -> Vec<&'static String> {
    corpus()
        .iter()
        .filter(|s| s.contains("yield") || s.contains(" any]") || s.contains(" comparable") || s.contains(").") || s.contains("goto ") || s.contains("panic(r)") || s.contains("new(4"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The new syntax mutated: type parameter lists, constraints, instantiations, iterators.
    #[test]
    fn mutated_generic_programs_never_panic(which in any::<prop::sample::Index>(), edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..TOKENS.len(), 0..3u8), 1..6)) {
        let progs = generic_corpus();
        prop_assert!(progs.len() >= 10);
        run_small(&mutate(progs[which.index(progs.len())], &edits));
    }
}

#[test]
fn new_syntax_edge_cases_are_errors_not_crashes() {
    for src in [
        "package main\n\nfunc main() { goto L; { L: } }\n",
        "package main\n\nfunc main() { L: goto L }\n",
        "package main\n\nfunc main() { for range func(func() bool) {} { goto E }; E: }\n",
        "package main\n\nfunc main() { f := (*int).X; _ = f }\n",
        "package main\n\ntype T int\n\nfunc main() { _ = T.M; _ = (*T).String; var s interface{ M() }; _ = s.M }\n",
        "package main\n\nimport \"fmt\"\n\nfunc main() { p := new(nil); q := new(fmt.Println); _, _ = p, q; fmt.Println([]any{}...) }\n",
        "package main\n\nfunc main() { defer func() { panic(recover()) }(); defer func() { panic(1) }(); panic(nil) }\n",
    ] {
        let _ = maprace::check(src);
        run_small(src);
    }
}

#[test]
fn instantiation_cycles_are_errors_not_crashes() {
    for src in [
        "package main\n\ntype T[P any] struct{ x *T[[]P] }\n\nfunc main() { var t T[int]; _ = t }\n",
        "package main\n\nfunc F[P any](n int) { if n > 0 { F[[]P](n - 1) } }\n\nfunc main() { F[int](3) }\n",
        "package main\n\ntype F[T any] func(F[T])\n\nfunc G[T any](f F[T]) {}\n\nfunc main() { var f F[int]; G(f) }\n",
    ] {
        let _ = maprace::check(src);
        run_small(src);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("package main\nfunc main() {{ x := {}1{} ; _ = x }}", "(".repeat(5000), ")".repeat(5000));
    let d = maprace::check(&src);
    assert!(d.iter().any(|x| x.message.contains(&format!("nested more than {} levels deep", maprace::lang::parser::MAX_DEPTH))), "{d:?}");
}

#[test]
fn deep_recursion_is_a_stack_overflow_not_a_crash() {
    let src = "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n";
    let r = maprace::run(src, &Options::default()).unwrap();
    assert_eq!(r.outcome, "fatal error: stack overflow");
}
