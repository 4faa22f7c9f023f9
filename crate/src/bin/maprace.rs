//! The `maprace` command: the same core as the playground, for terminals and scripts.
//!
//! See `USAGE`; `--schedule` takes a `v2` (anchored) or `v1` (steps) schedule string.

use maprace::sched::{Replay, Strategy};
use std::io::Write;

/// Prints to stdout; a closed pipe (`maprace … | head`) ends the program quietly.
macro_rules! out {
    ($($t:tt)*) => {{
        let mut o = std::io::stdout().lock();
        if writeln!(o, $($t)*).and_then(|_| o.flush()).is_err() {
            std::process::exit(0);
        }
    }};
}
use maprace::{ExploreOptions, Options};
use std::process::exit;

const USAGE: &str = "usage:
  maprace check FILE
  maprace run FILE [--seed N] [--strategy go|random|rr|pct] [--schedule S] [--max-steps N] [--no-race] [--json] [--events]
  maprace explore FILE --runs N [--seed N] [--strategy random|pct|dfs|rr|go] [--depth D] [--preemptions K] [--granularity instruction|sync|preemption] [--max-steps N] [--no-por] [--json]";

fn die(msg: &str) -> ! {
    eprintln!("maprace: {msg}");
    exit(2)
}

struct Args {
    cmd: String,
    file: String,
    flags: Vec<(String, Option<String>)>,
}

fn parse_args() -> Args {
    let mut it = std::env::args().skip(1);
    let cmd = it.next().unwrap_or_else(|| die(USAGE));
    if cmd == "-h" || cmd == "--help" {
        out!("{USAGE}");
        exit(0);
    }
    let mut file = None;
    let mut flags = Vec::new();
    let rest: Vec<String> = it.collect();
    let mut i = 0;
    while i < rest.len() {
        let a = &rest[i];
        if let Some(name) = a.strip_prefix("--") {
            let takes = matches!(name, "seed" | "strategy" | "schedule" | "max-steps" | "runs" | "depth" | "granularity" | "preemptions");
            let val = if takes {
                i += 1;
                Some(rest.get(i).cloned().unwrap_or_else(|| die(&format!("--{name} needs a value"))))
            } else {
                None
            };
            flags.push((name.to_string(), val));
        } else if file.is_none() {
            file = Some(a.clone());
        } else {
            die(&format!("unexpected argument {a:?}\n{USAGE}"));
        }
        i += 1;
    }
    Args { cmd, file: file.unwrap_or_else(|| die(USAGE)), flags }
}

impl Args {
    fn get(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|(n, _)| n == name).and_then(|(_, v)| v.as_deref())
    }
    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| n == name)
    }
    fn num(&self, name: &str) -> Option<u64> {
        self.get(name).map(|v| v.parse().unwrap_or_else(|_| die(&format!("--{name}: not a number: {v}"))))
    }
    fn options(&self) -> Options {
        let mut o = Options::default();
        if let Some(s) = self.num("seed") {
            o.seed = s;
        }
        if let Some(s) = self.get("strategy") {
            o.strategy = Strategy::parse(s).unwrap_or_else(|| die(&format!("unknown strategy {s:?} (go, random, rr, pct)")));
        }
        if let (Some(d), Strategy::Pct { steps, .. }) = (self.num("depth"), o.strategy) {
            o.strategy = Strategy::Pct { depth: d.clamp(1, 50) as u32, steps };
        }
        if let Some(s) = self.get("schedule") {
            o.schedule = Some(Replay::parse(s).unwrap_or_else(|e| die(&e)));
        }
        if let Some(n) = self.num("max-steps") {
            o.max_steps = n;
        }
        if let (Some(k), Strategy::Dfs { .. }) = (self.num("preemptions"), o.strategy) {
            o.strategy = Strategy::Dfs { preemptions: k.min(20) as u32 };
        }
        if let Some(g) = self.get("granularity") {
            o.granularity = maprace::vm::machine::Granularity::parse(g).unwrap_or_else(|| die(&format!("unknown granularity {g:?} (instruction, sync, preemption)")));
        }
        if self.has("no-race") {
            o.race = false;
        }
        o
    }
}

fn main() {
    let args = parse_args();
    let src = std::fs::read_to_string(&args.file).unwrap_or_else(|e| die(&format!("{}: {e}", args.file)));
    let json = args.has("json");
    let compile_error = |diags: Vec<maprace::Diagnostic>| -> ! {
        let text: Vec<String> = diags.iter().map(|d| d.render()).collect();
        if json {
            out!("{}", serde_json::json!({ "error": text.join("\n"), "diagnostics": diags }));
        } else {
            eprintln!("# command-line-arguments\n{}", text.join("\n"));
        }
        exit(1)
    };
    match args.cmd.as_str() {
        "check" => {
            let d = maprace::check(&src);
            if !d.is_empty() {
                compile_error(d);
            }
            if json {
                out!("{}", serde_json::json!({ "ok": true }));
            }
        }
        "run" => {
            let opts = args.options();
            let r = maprace::run(&src, &opts).unwrap_or_else(|d| compile_error(d));
            if json {
                let mut v = serde_json::to_value(&r).expect("result serialises");
                if !args.has("events") {
                    if let Some(o) = v.as_object_mut() {
                        o.remove("events");
                    }
                }
                out!("{v}");
            } else {
                let mut o = std::io::stdout().lock();
                if o.write_all(r.stdout.as_bytes()).and_then(|_| o.flush()).is_err() {
                    exit(r.exit_code);
                }
                eprint!("{}", r.stderr);
                if let Some(n) = &r.schedule_note {
                    eprintln!("maprace: {n}");
                }
            }
            exit(r.exit_code);
        }
        "explore" => {
            let prog = maprace::compile::compile(&src).unwrap_or_else(|d| compile_error(d));
            let base = args.options();
            // A bounded search runs until its space is covered (or --runs).
            let default_runs = if matches!(base.strategy, Strategy::Dfs { .. }) { 100_000 } else { 100 };
            let runs = args.num("runs").unwrap_or(default_runs) as u32;
            let mut eo = ExploreOptions::new(runs, base.seed, base);
            eo.por = !args.has("no-por");
            let r = maprace::explore(&prog, &eo);
            if json {
                out!("{}", serde_json::to_string(&r).expect("serialises"));
            } else {
                out!("{} runs ({} strategy, preemption at {} granularity, {} distinct schedules{})", r.runs, r.strategy, r.granularity.name(), r.distinct, if r.complete { "; every schedule within the bound covered" } else { "" });
                for (o, n) in &r.outcomes {
                    out!("  {:>6.2}%  {:>6}  {}", 100.0 * *n as f64 / r.runs.max(1) as f64, n, o);
                }
                out!("race detector: races in {} of {} runs", r.race_runs, r.runs);
                out!("distinct outputs: {}", r.outputs.len());
                for (o, s) in &r.schedules {
                    out!("  replay {o:?}: maprace run {} --schedule '{}'", args.file, s);
                }
            }
        }
        other => die(&format!("unknown command {other:?}\n{USAGE}")),
    }
}
