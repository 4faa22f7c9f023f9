//! No import circle between the core's files: a file may use another only
//! if that one does not (directly or through others) use it back. The graph
//! is read from the source: every `crate::a::b…` and `super::…` path is
//! resolved to the file that defines the module it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file: `vm/op.rs` → ["vm", "op"], `vm/mod.rs` → ["vm"], `lib.rs` → [].
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

#[test]
fn no_import_circle_between_files() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let modules: BTreeMap<Vec<String>, String> =
        all.iter().filter(|p| !p.starts_with(src.join("bin"))).map(|p| (module_of(p.strip_prefix(&src).unwrap()), p.strip_prefix(&src).unwrap().display().to_string())).collect();
    // The longest module prefix of a path is the file it points into.
    let resolve = |path: &[String]| -> Option<&String> { (1..=path.len()).rev().find_map(|n| modules.get(&path[..n])) };
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(src.join(file)).unwrap();
        // Test modules inside a file may use anything.
        let text = text.split("#[cfg(test)]").next().unwrap();
        // `super` is the module this file's module is declared in.
        let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
        for (i, _) in text.match_indices("crate::").chain(text.match_indices("super::")) {
            let (base, rest) = if text[i..].starts_with("crate::") { (Vec::new(), &text[i + 7..]) } else { (parent.clone(), &text[i + 7..]) };
            if i > 0 && text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut path = base;
            for seg in rest.split("::") {
                let name: String = seg.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if name.is_empty() || name.chars().next().unwrap().is_uppercase() {
                    break;
                }
                path.push(name.clone());
                if name.len() != seg.len() {
                    break;
                }
            }
            if let Some(target) = resolve(&path) {
                // A module's own children and its parent's `mod` lines are not uses.
                if target != file && !modules.get(&path[..path.len().min(module.len())]).is_some_and(|f| f == file) {
                    edges.entry(file.clone()).or_default().insert(target.clone());
                }
            }
        }
    }
    // Files that reach each other form a circle (a strongly connected component).
    let reach = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(f) = todo.pop() {
            for t in edges.get(&f).into_iter().flatten() {
                if seen.insert(t.clone()) {
                    todo.push(t.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> = edges.keys().map(|f| (f, reach(f))).collect();
    let mut circles: BTreeSet<Vec<String>> = BTreeSet::new();
    for (f, r) in &reaches {
        if r.contains(*f) {
            circles.insert(r.iter().filter(|g| reaches.get(g).is_some_and(|rg| rg.contains(*f))).cloned().collect());
        }
    }
    let text: Vec<String> = circles.iter().map(|c| c.join(" ↔ ")).collect();
    assert!(circles.is_empty(), "import circles between files (each line: files that use each other):\n  {}", text.join("\n  "));
}
