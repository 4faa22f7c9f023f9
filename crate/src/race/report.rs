//! Race reports in `go run -race`'s format, and the structured form the UI draws.

use super::{Access, Race};
use crate::stdlib::prelude::LineTable;
use serde::Serialize;

/// A race as the UI and `--json` see it.
#[derive(Debug, Clone, Serialize)]
pub struct RaceInfo {
    pub object: String,
    pub addr: String,
    pub current: AccessInfo,
    pub previous: AccessInfo,
    /// The missing happens-before edge, in words.
    pub explanation: String,
    /// The report exactly as printed to stderr.
    pub report: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AccessInfo {
    pub goroutine: u32,
    pub step: u64,
    pub line: u32,
    pub func: String,
    pub kind: &'static str,
}

fn kind(a: &Access) -> &'static str {
    if a.write {
        "write"
    } else {
        "read"
    }
}

fn info(a: &Access) -> AccessInfo {
    let (func, line) = a.stack.first().cloned().unwrap_or_default();
    AccessInfo { goroutine: a.g, step: a.step, line, func, kind: kind(a) }
}

/// An access's stack as Go prints it: the runtime's frames (their file
/// under `<go>/src/`, Go's `GOROOT`, with the line when known), then the
/// program's, unless the runtime frames hide them (1.27's `mapaccess1_*`).
/// No `+0x…` offsets: maprace has no machine code.
fn stack_text(out: &mut String, a: &Access, lines: &LineTable) {
    if let Some(rs) = a.runtime_fn {
        for fr in rs.frames {
            match fr.line {
                0 => out.push_str(&format!("  {}()\n      <go>/src/{}\n", fr.func, fr.file)),
                l => out.push_str(&format!("  {}()\n      <go>/src/{}:{l}\n", fr.func, fr.file)),
            }
        }
        if !rs.caller_shown {
            return;
        }
    }
    for (f, line) in a.stack.iter() {
        out.push_str(&format!("  {f}()\n      {}\n", lines.file_line(*line)));
    }
}

/// Renders one report, as Go prints it between `==================` lines.
/// `created` gives, for a goroutine, its state word and the stack of its `go` statement.
/// `lines` names the library's lines by Go's files (`maps/maps.go:64`).
pub fn render(r: &Race, created: &dyn Fn(u32) -> (&'static str, Vec<(String, u32)>), lines: &LineTable) -> RaceInfo {
    let mut s = String::from("==================\nWARNING: DATA RACE\n");
    let cap = |k: &str| {
        let mut c = k.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    };
    let addr = format!("{:#014x}", r.addr);
    s.push_str(&format!("{} at {} by {}:\n", cap(kind(&r.current)), addr, gname(r.current.g)));
    stack_text(&mut s, &r.current, lines);
    s.push_str(&format!("\nPrevious {} at {} by {}:\n", kind(&r.previous), addr, gname(r.previous.g)));
    stack_text(&mut s, &r.previous, lines);
    for g in [r.current.g, r.previous.g] {
        if g == 1 {
            continue;
        }
        let (state, stack) = created(g);
        s.push_str(&format!("\nGoroutine {g} ({state}) created at:\n"));
        for (f, line) in stack {
            s.push_str(&format!("  {f}()\n      {}\n", lines.file_line(line)));
        }
    }
    s.push_str("==================\n");
    let explanation = format!(
        "no synchronisation orders goroutine {}'s {} of {} (line {}) after goroutine {}'s {} (line {}): nothing between them is a happens-before edge (a lock, a channel operation, WaitGroup, Once, atomic)",
        r.current.g,
        kind(&r.current),
        r.object,
        r.current.stack.first().map(|x| x.1).unwrap_or(0),
        r.previous.g,
        kind(&r.previous),
        r.previous.stack.first().map(|x| x.1).unwrap_or(0)
    );
    RaceInfo { object: r.object.clone(), addr, current: info(&r.current), previous: info(&r.previous), explanation, report: s }
}

fn gname(g: u32) -> String {
    if g == 1 {
        "main goroutine".into()
    } else {
        format!("goroutine {g}")
    }
}
