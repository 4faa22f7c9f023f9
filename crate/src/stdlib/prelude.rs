//! The standard library written in Go: package code that calls back into
//! the program (`errors.Is` calls an error's own `Unwrap` and `Is` methods,
//! `sort.Slice` calls `less`) or defines types with methods
//! (`strings.Builder`, `*fmt.wrapError`) is Go source in `stdlib/go/`,
//! compiled together with the program when it imports the package.
//!
//! The source is ordinary Go with one convention: a package-level name `N`
//! of package `p` is spelled `pꞏN` (`errorsꞏIs`, `fmtꞏwrapError`) and
//! another package `q` is reached as `ꞏq` (`ꞏfmt.Sprint`). `ꞏ` is U+A78F,
//! LATIN LETTER SINOLOGICAL DOT: a letter, so Go's lexer takes it inside an
//! identifier, and one no program spells, so these names never meet the
//! program's own. The compiler appends the source of every imported
//! package (and of the packages it needs) after the program's declarations,
//! resolves `p.N` to `pꞏN` when `N` is not a row of `p`, and prints `pꞏN` as
//! `p.N` (function names in tracebacks, `%T`).
//!
//! Because it is compiled as the program is, this code runs step by step
//! under the scheduler and the race detector, as Go's own library does under
//! `-race`.

/// One package's Go source and the packages whose Go source it uses.
struct Source {
    path: &'static str,
    text: &'static str,
    needs: &'static [&'static str],
}

static SOURCES: &[Source] = &[
    Source { path: "errors", text: include_str!("go/errors.go"), needs: &[] },
    // (io's types, without its variables: every program importing fmt has
    // them, and variables would move the program's own in memory.)
    Source { path: "io:types", text: include_str!("go/io.go"), needs: &[] },
    Source { path: "fmt", text: include_str!("go/fmt.go"), needs: &["io:types", "fmt:writers"] },
    Source { path: "fmt:writers", text: include_str!("go/fmt_writers.go"), needs: &[] },
    Source { path: "io", text: include_str!("go/io_vars.go"), needs: &["io:types"] },
    Source { path: "os", text: include_str!("go/os.go"), needs: &[] },
    Source { path: "log", text: include_str!("go/log.go"), needs: &["io", "os"] },
    Source { path: "strings", text: include_str!("go/strings.go"), needs: &["io"] },
    Source { path: "bytes", text: include_str!("go/bytes.go"), needs: &["io"] },
    Source { path: "cmp", text: include_str!("go/cmp.go"), needs: &[] },
    Source { path: "slices", text: include_str!("go/slices.go"), needs: &["cmp"] },
    Source { path: "maps", text: include_str!("go/maps.go"), needs: &[] },
    Source { path: "sort", text: include_str!("go/sort.go"), needs: &["slices"] },
    Source { path: "sync", text: include_str!("go/sync.go"), needs: &[] },
];

/// Whether a program's text names a member of the package imported as
/// `name` from `path` that is not a row (so is the Go source's): `strings.Builder`,
/// `errors.Is`. (A mention in a comment or string only adds code never run.)
fn names_library_member(src: &str, name: &str, path: &str) -> bool {
    let pat = format!("{name}.");
    src.match_indices(&pat).any(|(i, _)| {
        let before = src[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            return false;
        }
        let rest = &src[i + pat.len()..];
        let member: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        member.starts_with(|c: char| c.is_uppercase()) && super::lookup(path, &member).is_none() && super::constant(path, &member).is_none() && declares(path, &member)
    })
}

/// Whether package `path`'s Go source declares `name` (`sync.OnceFunc` is
/// sync's Go source, `sync.Mutex` the compiler's).
fn declares(path: &str, name: &str) -> bool {
    let n = mangle(path, name);
    SOURCES.iter().filter(|s| s.path.split(':').next() == Some(path)).any(|s| {
        s.text.match_indices(&n).any(|(i, _)| !s.text[i + n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

/// The Go source to append to a program with these imports (`(name, path)`)
/// and text: a package's source when the program names one of its members
/// that is not a row (fmt's always: `Errorf` with `%w` and `Fprint*` are
/// its), each once, with the sources it needs. A program that uses only
/// rows gets none, so it runs exactly as before the library had Go source
/// (the source's variables are initialised before the program's own).
/// Empty when no source is needed.
pub fn source_for<'a>(imports: impl IntoIterator<Item = (&'a str, &'a str)>, src: &str) -> String {
    let mut want: Vec<&str> = Vec::new();
    let mut todo: Vec<&str> = imports.into_iter().filter(|(name, path)| *path == "fmt" || names_library_member(src, name, path)).map(|(_, p)| p).collect();
    while let Some(p) = todo.pop() {
        if want.contains(&p) {
            continue;
        }
        if let Some(s) = SOURCES.iter().find(|s| s.path == p) {
            want.push(s.path);
            todo.extend(s.needs);
        }
    }
    // (In SOURCES order, so the text is the same whatever the import order.)
    SOURCES.iter().filter(|s| want.contains(&s.path)).map(|s| s.text).collect::<Vec<_>>().join("\n")
}

/// Where a line of the compiled text is in Go's terms: the program's own
/// lines are `main.go`'s; the library's (appended after them) carry Go's own
/// `//line pkg/file.go:N` directives, written by `tests/oracle/library_lines.py`
/// from GOROOT, so a race report or a traceback names `maps/maps.go:64` as
/// real Go does, not a line past the program's end.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct LineTable {
    /// The first line of the library in the compiled text (0: no library).
    lib_start: u32,
    /// (line of the compiled text, Go's file, Go's line there; 0: not known), by line.
    marks: Vec<(u32, &'static str, u32)>,
}

impl LineTable {
    /// The table for a program of `program_lines` lines followed by `lib`
    /// (after one newline, as `compile` joins them).
    pub fn new(program_lines: u32, lib: &str) -> LineTable {
        if lib.is_empty() {
            return LineTable::default();
        }
        let lib_start = program_lines + 1;
        let mut marks = Vec::new();
        for (i, l) in lib.split('\n').enumerate() {
            let Some((file, n)) = l.strip_prefix("//line ").and_then(|d| d.rsplit_once(':')) else { continue };
            let (Some(file), Ok(n)) = (interned(file), n.parse()) else { continue };
            marks.push((lib_start + i as u32 + 1, file, n));
        }
        LineTable { lib_start, marks }
    }

    /// Go's file (under GOROOT/src) and line for a line of the compiled
    /// text, or None for the program's own lines (`main.go`). Line 0: the
    /// library function has no counterpart in Go's file.
    pub fn locate(&self, line: u32) -> Option<(&'static str, u32)> {
        if self.lib_start == 0 || line < self.lib_start {
            return None;
        }
        let i = self.marks.partition_point(|m| m.0 <= line);
        let &(at, file, n) = self.marks.get(i.checked_sub(1)?)?;
        Some((file, if n == 0 { 0 } else { n + (line - at) }))
    }

    /// A frame's file and line as Go prints it: `main.go:12`,
    /// `<go>/src/maps/maps.go:64` (`<go>` for GOROOT, as the runtime's frames).
    pub fn file_line(&self, line: u32) -> String {
        match self.locate(line) {
            None => format!("main.go:{line}"),
            Some((file, 0)) => format!("<go>/src/{file}"),
            Some((file, n)) => format!("<go>/src/{file}:{n}"),
        }
    }
}

/// The file name of a directive, as the `'static` text it is in.
fn interned(file: &str) -> Option<&'static str> {
    SOURCES.iter().find_map(|s| s.text.find(&format!("//line {file}:")).map(|i| &s.text[i + 7..i + 7 + file.len()]))
}

/// The name package `path`'s Go source gives its member `name`: `errorsꞏIs`.
pub fn mangle(path: &str, name: &str) -> String {
    format!("{}ꞏ{name}", path.replace('/', "ꞏ"))
}

/// The name by which Go source reaches package `path`: `ꞏfmt`, `ꞏunicodeꞏutf8`.
pub fn package_name(path: &str) -> String {
    format!("ꞏ{}", path.replace('/', "ꞏ"))
}

/// Go's name for a mangled one: `errorsꞏIs` → `errors.Is`, `mathꞏrandꞏv2ꞏN` →
/// `rand.N`; other names unchanged.
pub fn demangle(name: &str) -> String {
    match name.rsplit_once('ꞏ') {
        Some((path, n)) => {
            let mut segs = path.rsplit('ꞏ');
            let mut short = segs.next().unwrap_or(path);
            if short == "v2" {
                short = segs.next().unwrap_or(short);
            }
            format!("{short}.{n}")
        }
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(mangle("errors", "Is"), "errorsꞏIs");
        assert_eq!(demangle("errorsꞏIs"), "errors.Is");
        assert_eq!(demangle("mathꞏrandꞏv2ꞏIntN"), "rand.IntN");
        assert_eq!(demangle("unicodeꞏutf8ꞏRuneLen"), "utf8.RuneLen");
        assert_eq!(demangle("main"), "main");
        assert_eq!(source_for([("sync", "sync")], "sync.Mutex"), "");
        assert!(source_for([("sync", "sync")], "sync.OnceFunc(f)").contains("syncꞏOnceFunc"));
        assert!(source_for([("errors", "errors")], "errors.Is(err, x)").contains("errorsꞏIs"));
        // Rows only: no source (strings.Contains is a row).
        assert_eq!(source_for([("strings", "strings")], "strings.Contains(a, b) // xstrings.Builder"), "");
        assert!(source_for([("s", "strings")], "var b s.Builder").contains("stringsꞏBuilder"));
    }

    #[test]
    fn library_lines_are_gos() {
        let lib = source_for([("maps", "maps")], "maps.Copy(a, b)");
        let t = LineTable::new(10, &lib);
        assert_eq!(t.file_line(10), "main.go:10");
        // maps.Copy's `dst[k] = v` is line 64 of Go 1.27's maps/maps.go.
        let at = lib.split('\n').position(|l| l.trim() == "dst[k] = v").unwrap() as u32;
        assert_eq!(t.file_line(11 + at), "<go>/src/maps/maps.go:64");
        assert_eq!(LineTable::new(10, "").file_line(12), "main.go:12");
    }

    #[test]
    fn every_source_is_listed_once() {
        for (i, s) in SOURCES.iter().enumerate() {
            assert!(SOURCES[..i].iter().all(|t| t.path != s.path));
            let path = s.path.split(':').next().unwrap();
            assert!(super::super::importable(path), "{} has Go source but is not importable", s.path);
            for n in s.needs {
                assert!(SOURCES.iter().any(|t| t.path == *n));
            }
        }
    }
}
