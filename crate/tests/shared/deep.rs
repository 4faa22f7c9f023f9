//! Programs nested `n` deep in every way the parser builds a deep tree, for
//! the hostile suite natively (hostile.rs) and in Chromium (wasm.rs).

/// Programs nested `n` deep in each way the parser builds a deep tree.
pub fn deep(kind: &str, n: usize) -> String {
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

pub const KINDS: &[&str] = &["sum", "paren", "neg", "block", "ifs", "func", "slicetype", "arraytype", "pointertype", "literal", "selector", "call"];

fn too_deep(src: &str) -> bool {
    maprace::check(src).iter().any(|d| d.message.contains("nested more than"))
}

/// The deepest program of `kind` the parser accepts compiles and runs to an
/// outcome (a run, or a compile error at a position); one level more is the
/// depth error, at a position. Returns that depth.
pub fn check_deepest(kind: &str) -> Result<usize, String> {
    // Binary search for the largest accepted n.
    let (mut lo, mut hi) = (1usize, 2 * maprace::lang::parser::MAX_DEPTH as usize);
    if !too_deep(&deep(kind, hi)) {
        return Err(format!("{kind}: {hi} levels must be refused"));
    }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if too_deep(&deep(kind, mid)) {
            hi = mid
        } else {
            lo = mid
        }
    }
    let src = deep(kind, lo);
    let outcome = match maprace::run(&src, &maprace::Options { max_steps: 100_000, ..maprace::Options::default() }) {
        Ok(r) => r.outcome,
        Err(d) => d[0].render(),
    };
    if !(outcome == "ok" || outcome.starts_with("main.go:")) {
        return Err(format!("{kind} at depth {lo}: {outcome}"));
    }
    let d = maprace::check(&deep(kind, hi));
    if !(d[0].line > 0 && d[0].col > 0 && d[0].message.starts_with("maprace does not support code nested more than")) {
        return Err(format!("{kind}: {d:?}"));
    }
    Ok(lo)
}
