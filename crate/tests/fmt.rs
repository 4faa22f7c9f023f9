//! `maprace fmt` against real gofmt, byte for byte.
//!
//! `tests/oracle/gofmt_record.sh` ran gofmt (Go's own, see
//! `fmt/want/VERSION`) on every program of the corpus (`corpus/`), the
//! gallery (`examples/`) and a set of deliberately badly formatted programs
//! (`fmt/input/`: messy spacing, misaligned comments, extra blank lines,
//! one-line functions, unsorted imports, …), and stored its output in
//! `fmt/want/DIR__NAME.go` — or `DIR__NAME.err` when gofmt rejects the file.
//! For each, maprace's formatter must give the same bytes (or reject the file
//! too), and formatting its own output must change nothing.
//!
//! Files where maprace is known to differ are listed in [`KNOWN`] with the
//! reason; the test fails if one of them starts to match (so the list stays
//! accurate) and prints the match count.

use maprace::lang::printer::format;
use std::path::{Path, PathBuf};

/// Known differences from gofmt: (DIR__NAME, why).
const KNOWN: &[(&str, &str)] = &[];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Every program the recording covers: (DIR__NAME, path).
fn programs() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for dir in [root().join("tests/corpus"), root().join("../examples"), root().join("tests/fmt/input")] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
        files.sort();
        let d = dir.file_name().unwrap().to_string_lossy().into_owned();
        for f in files {
            out.push((format!("{d}__{}", f.file_stem().unwrap().to_string_lossy()), f));
        }
    }
    out
}

/// What maprace makes of a file: Ok(text) or Err(message).
fn maprace_fmt(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).unwrap();
    let src = maprace::lang::lexer::source_text(&bytes).map_err(|d| d.render())?;
    format(src).map_err(|d| d.render())
}

#[test]
fn formats_like_gofmt() {
    let want_dir = root().join("tests/fmt/want");
    let mut matched = 0;
    let mut failures = Vec::new();
    let mut known_now_matching = Vec::new();
    let programs = programs();
    assert!(programs.len() > 100, "the corpus is there");
    for (name, path) in &programs {
        let want_go = want_dir.join(format!("{name}.go"));
        let want_err = want_dir.join(format!("{name}.err"));
        let got = maprace_fmt(path);
        let ok = if want_go.exists() {
            let want = std::fs::read_to_string(&want_go).unwrap();
            match &got {
                Ok(text) => *text == want,
                Err(_) => false,
            }
        } else {
            assert!(want_err.exists(), "no gofmt record for {name}: run tests/oracle/gofmt_record.sh");
            got.is_err()
        };
        let known = KNOWN.iter().any(|(n, _)| n == name);
        match (ok, known) {
            (true, false) => matched += 1,
            (true, true) => known_now_matching.push(name.clone()),
            (false, true) => {}
            (false, false) => failures.push(format!("{name}: {}", describe(&got, &want_go))),
        }
    }
    eprintln!("maprace fmt equals gofmt on {matched} of {} programs ({} known differences)", programs.len(), KNOWN.len());
    assert!(failures.is_empty(), "{} programs format differently from gofmt:\n{}", failures.len(), failures.join("\n"));
    assert!(known_now_matching.is_empty(), "listed as known differences but now equal to gofmt (remove from KNOWN): {known_now_matching:?}");
    for (n, _) in KNOWN {
        assert!(programs.iter().any(|(p, _)| p == n), "KNOWN names a program that does not exist: {n}");
    }
}

/// The first differing line, for the failure message.
fn describe(got: &Result<String, String>, want: &Path) -> String {
    let want = std::fs::read_to_string(want).unwrap_or_default();
    match got {
        Err(e) if want.is_empty() => format!("gofmt rejects it, maprace too ({e})"),
        Err(e) => format!("maprace rejects it: {e}"),
        Ok(_) if want.is_empty() => "gofmt rejects it, maprace formats it".into(),
        Ok(text) => {
            let (g, w): (Vec<&str>, Vec<&str>) = (text.lines().collect(), want.lines().collect());
            let i = (0..g.len().max(w.len())).find(|&i| g.get(i) != w.get(i)).unwrap_or(0);
            format!("line {}: maprace {:?}, gofmt {:?}", i + 1, g.get(i).unwrap_or(&"<end>"), w.get(i).unwrap_or(&"<end>"))
        }
    }
}

#[test]
fn formatting_is_idempotent() {
    for (name, path) in programs() {
        if let Ok(once) = maprace_fmt(&path) {
            let twice = format(&once).unwrap_or_else(|d| panic!("{name}: its formatted text does not parse: {}", d.render()));
            assert_eq!(twice, once, "{name}: formatting twice changes the text");
        }
    }
}

#[test]
fn a_file_that_does_not_parse_is_an_error_at_its_line_and_column() {
    let d = format("package main\n\nfunc main() {\n\tx := [}\n}\n").unwrap_err();
    assert_eq!((d.line, d.col), (4, 8), "{d:?}");
    assert!(d.message.starts_with("syntax error: "), "{}", d.message);
    // The same wording as check gives.
    assert_eq!(maprace::check("package main\n\nfunc main() {\n\tx := [}\n}\n")[0], d);
}

// Fuzzing: whatever the text, the formatter returns text or an error, never
// panics; formatted text parses again and formats to itself.

use proptest::prelude::*;

const TOKENS: &[&str] = &[
    "package main\n", "func", "main", "(", ")", "{", "}", "[", "]", "map", "chan", "go", "defer", "range", "for", "if", "else",
    ":=", "=", "+", "-", "<-", "1", "\"s\"", "x", "y", ",", ";", "\n", "\n\n", "\t", "  ", "// c\n", "/* c */", "/*\n c\n*/", "var",
    "int", "string", "struct", "interface", "select", "case", "default", "switch", "return", "break", ".", "...", "*", "&", "const",
    "type", "iota", "`raw`", "'r'", "0X1F", "1E3", ":", "goto", "L",
];

fn sources() -> Vec<String> {
    programs().iter().filter_map(|(_, p)| std::fs::read_to_string(p).ok()).collect()
}

fn check_formats_cleanly(src: &str) {
    if let Ok(text) = format(src) {
        let again = format(&text).unwrap_or_else(|d| panic!("formatted text does not parse: {}\n{text}", d.render()));
        assert_eq!(again, text, "not idempotent for:\n{src}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn token_soup_formats_or_fails_cleanly(toks in proptest::collection::vec(0..TOKENS.len(), 0..80)) {
        let body: String = toks.iter().map(|&i| TOKENS[i]).collect::<Vec<_>>().join(" ");
        let _ = format(&format!("package main\n{body}"));
        let _ = format(&format!("package main\nfunc main() {{ {body} }}"));
    }

    #[test]
    fn mutated_programs_format_or_fail_cleanly(which in any::<prop::sample::Index>(), edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..TOKENS.len(), 0..3u8), 1..6)) {
        let progs = sources();
        let mut src = progs[which.index(progs.len())].clone();
        for (at, tok, kind) in edits {
            let mut i = at.index(src.len().max(1));
            while i > 0 && !src.is_char_boundary(i) { i -= 1; }
            match kind {
                0 => src.insert_str(i, TOKENS[tok]),
                1 => { let mut j = (i + 1 + tok).min(src.len()); while j < src.len() && !src.is_char_boundary(j) { j += 1; } src.replace_range(i..j, ""); }
                _ => { let mut j = (i + 3).min(src.len()); while j < src.len() && !src.is_char_boundary(j) { j += 1; } src.replace_range(i..j, TOKENS[tok]); }
            }
        }
        let _ = format(&src);
    }
}

#[test]
fn whitespace_and_comment_variants_of_the_corpus_format_cleanly() {
    // Every program with its blank lines doubled, and with its indentation removed.
    for src in sources() {
        check_formats_cleanly(&src.replace('\n', "\n\n"));
        check_formats_cleanly(&src.lines().map(str::trim_start).collect::<Vec<_>>().join("\n"));
    }
}
