//! The `maprace` command: the same core as the playground, for terminals and scripts.
//!
//! See `USAGE`; `--schedule` takes a `v2` (anchored) or `v1` (steps) schedule string.
//! Flags become the core's [`Settings`] (the same form the page sends), and
//! [`Settings::options`] checks them: one set of limits for everybody. An
//! unknown flag, a number out of range or a program larger than
//! [`SOURCE_MAX_BYTES`] is an error (exit 2) before anything runs.

use maprace::options::{clip, MapModel, Purpose, SOURCE_MAX_BYTES};
use maprace::{ExploreOptions, Granularity, Settings, Strategy};
use std::io::{Read, Write};
use std::process::exit;

/// Prints to stdout; a closed pipe (`maprace … | head`) ends the program quietly.
macro_rules! out {
    ($($t:tt)*) => {{
        let mut o = std::io::stdout().lock();
        if writeln!(o, $($t)*).and_then(|_| o.flush()).is_err() {
            std::process::exit(0);
        }
    }};
}

const USAGE: &str = "usage:
  maprace check FILE [--json]
  maprace run FILE [--seed N] [--strategy go|random|rr|pct|calibrated] [--gomaxprocs N] [--map swiss|classic] [--depth D] [--schedule S] [--granularity G] [--max-steps N] [--max-memory N] [--max-events N] [--no-race] [--json] [--events] [--whole-maps]
  maprace fmt FILE [-w] [-l]   (prints FILE as gofmt formats it; -w writes it back, -l names it if it changes)
  maprace explore FILE [--runs N] [--seed N] [--strategy pct|random|dfs|rr|go|calibrated] [--gomaxprocs N] [--map swiss|classic] [--depth D] [--preemptions K] [--granularity instruction|sync|preemption] [--max-steps N] [--max-memory N] [--no-race] [--no-por] [--json]";

fn die(msg: &str) -> ! {
    eprintln!("maprace: {msg}");
    exit(2)
}

/// Every flag: its name, whether it takes a value, and the commands that take it.
const FLAGS: &[(&str, bool, &[&str])] = &[
    ("seed", true, &["run", "explore"]),
    ("strategy", true, &["run", "explore"]),
    ("depth", true, &["run", "explore"]),
    ("preemptions", true, &["explore"]),
    ("granularity", true, &["run", "explore"]),
    ("schedule", true, &["run"]),
    ("max-steps", true, &["run", "explore"]),
    ("max-memory", true, &["run", "explore"]),
    ("max-events", true, &["run"]),
    ("runs", true, &["explore"]),
    ("gomaxprocs", true, &["run", "explore"]),
    ("map", true, &["run", "explore"]),
    ("no-race", false, &["run", "explore"]),
    ("no-por", false, &["explore"]),
    ("events", false, &["run"]),
    ("whole-maps", false, &["run"]),
    ("json", false, &["check", "run", "explore"]),
    ("w", false, &["fmt"]),
    ("l", false, &["fmt"]),
];

struct Args {
    cmd: String,
    file: String,
    flags: Vec<(String, Option<String>)>,
}

fn usage_error(msg: &str) -> ! {
    die(&format!("{msg}\n{USAGE}"))
}

fn parse_args() -> Args {
    let mut it = std::env::args().skip(1);
    let cmd = it.next().unwrap_or_else(|| die(USAGE));
    if cmd == "-h" || cmd == "--help" || cmd == "help" {
        out!("{USAGE}");
        exit(0);
    }
    if !matches!(cmd.as_str(), "check" | "run" | "explore" | "fmt") {
        usage_error(&format!("unknown command {:?}", clip(&cmd, 40)));
    }
    let mut file = None;
    let mut flags = Vec::new();
    let rest: Vec<String> = it.collect();
    let mut i = 0;
    while i < rest.len() {
        let a = &rest[i];
        if a == "-h" || a == "--help" {
            out!("{USAGE}");
            exit(0);
        }
        // fmt takes gofmt's one-dash flags (-w, -l) too.
        let dashed = a.strip_prefix("--").or_else(|| if cmd == "fmt" { a.strip_prefix('-').filter(|n| !n.is_empty()) } else { None });
        if let Some(name) = dashed {
            let (name, inline) = match name.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (name, None),
            };
            let Some((_, takes, cmds)) = FLAGS.iter().find(|(n, _, _)| *n == name) else { usage_error(&format!("unknown flag --{}", clip(name, 40))) };
            if !cmds.contains(&cmd.as_str()) {
                usage_error(&format!("{cmd} takes no --{name}"));
            }
            let val = match (takes, inline) {
                (true, Some(v)) => Some(v),
                (true, None) => {
                    i += 1;
                    Some(rest.get(i).cloned().unwrap_or_else(|| usage_error(&format!("--{name} needs a value"))))
                }
                (false, Some(_)) => usage_error(&format!("--{name} takes no value")),
                (false, None) => None,
            };
            flags.push((name.to_string(), val));
        } else if a.starts_with('-') && a.len() > 1 {
            usage_error(&format!("unknown flag {}", clip(a, 40)));
        } else if file.is_none() {
            file = Some(a.clone());
        } else {
            usage_error(&format!("unexpected argument {:?}", clip(a, 40)));
        }
        i += 1;
    }
    Args { cmd, file: file.unwrap_or_else(|| usage_error("missing FILE")), flags }
}

impl Args {
    fn get(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|(n, _)| n == name).and_then(|(_, v)| v.as_deref())
    }
    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| n == name)
    }
    /// A whole number; one that does not fit in 64 bits is out of range, not wrapped.
    fn num(&self, name: &str) -> Option<u64> {
        self.get(name).map(|v| match v.parse::<u64>() {
            Ok(n) => n,
            Err(_) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => die(&format!("--{name}: {} is out of range", clip(v, 40))),
            Err(_) => die(&format!("--{name}: not a number: {}", clip(v, 40))),
        })
    }
    /// The flags as the core's settings (what the page sends as JSON).
    fn settings(&self) -> Settings {
        Settings {
            seed: self.num("seed"),
            strategy: self.get("strategy").map(|s| Strategy::parse(s).unwrap_or_else(|| die(&format!("--strategy: unknown strategy {:?} ({})", clip(s, 40), maprace::options::strategy_names(self.cmd == "explore"))))),
            depth: self.num("depth"),
            preemptions: self.num("preemptions"),
            granularity: self.get("granularity").map(|g| Granularity::parse(g).unwrap_or_else(|| die(&format!("--granularity: unknown granularity {:?} (instruction, sync, preemption)", clip(g, 40))))),
            schedule: self.get("schedule").map(str::to_string),
            max_steps: self.num("max-steps"),
            max_memory: self.num("max-memory"),
            max_events: self.num("max-events"),
            race: self.has("no-race").then_some(false),
            runs: self.num("runs"),
            gomaxprocs: self.num("gomaxprocs"),
            map: self.get("map").map(|m| MapModel::parse(m).unwrap_or_else(|| die(&format!("--map: unknown map model {:?} ({})", clip(m, 40), MapModel::ALL.map(|m| m.name()).join(", "))))),
        }
    }
}

/// The program's text: at most [`SOURCE_MAX_BYTES`] (`/dev/zero` is refused, not read to the end).
fn read_source(file: &str) -> Vec<u8> {
    let f = std::fs::File::open(file).unwrap_or_else(|e| die(&format!("{file}: {e}")));
    let mut bytes = Vec::new();
    f.take(SOURCE_MAX_BYTES as u64 + 1).read_to_end(&mut bytes).unwrap_or_else(|e| die(&format!("{file}: {e}")));
    if bytes.len() > SOURCE_MAX_BYTES {
        die(&format!("{file}: larger than {} KiB (the largest program maprace reads)", SOURCE_MAX_BYTES / 1024));
    }
    bytes
}

/// The core walks syntax trees recursively (to the parser's depth limit), so
/// it runs on a thread with the stack it needs, as in the wasm build.
fn main() {
    let cli = std::thread::Builder::new().stack_size(maprace::CORE_STACK).spawn(cli_main).unwrap_or_else(|e| die(&format!("cannot start: {e}")));
    if cli.join().is_err() {
        exit(2);
    }
}

fn cli_main() {
    let args = parse_args();
    let purpose = if args.cmd == "explore" { Purpose::Explore } else { Purpose::Run };
    let settings = args.settings();
    let opts = settings.options(purpose).unwrap_or_else(|e| die(&e.for_cli()));
    let bytes = read_source(&args.file);
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
    if args.cmd == "fmt" {
        fmt(&args, &bytes);
    }
    // Source that is not UTF-8 is gc's `invalid UTF-8 encoding`, at its line:col.
    let src = maprace::lang::lexer::source_text(&bytes).unwrap_or_else(|d| compile_error(vec![d]));
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
            // --json's maps are paged as the page's are (gomap/snapshot.rs); --whole-maps: every group and bucket.
            let view = if args.has("whole-maps") { maprace::gomap::snapshot::View::whole() } else { Default::default() };
            let r = maprace::run_view(&src, &opts, &view).unwrap_or_else(|d| compile_error(d));
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
            // A bounded search runs until its space is covered (or --runs).
            let runs = settings.runs(opts.strategy).unwrap_or_else(|e| die(&e.for_cli()));
            let mut eo = ExploreOptions::new(runs, opts.seed, opts);
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
        _ => unreachable!("commands are checked by parse_args"),
    }
}

/// `maprace fmt`: gofmt's output and exit codes — 0 when formatted (printed,
/// or with `-w` written back if it changed, or with `-l` the file's name
/// printed if it would change), 2 with `FILE:LINE:COL: message` when the
/// source does not parse (the file is never changed then).
fn fmt(args: &Args, bytes: &[u8]) -> ! {
    let file = &args.file;
    let fail = |d: maprace::Diagnostic| -> ! {
        eprintln!("{file}:{}:{}: {}", d.line, d.col, d.message);
        exit(2)
    };
    let src = maprace::lang::lexer::source_text(bytes).unwrap_or_else(|d| fail(d));
    let text = maprace::lang::printer::format(src).unwrap_or_else(|d| fail(d));
    let changed = text != src;
    if args.has("l") && changed {
        out!("{file}");
    }
    if args.has("w") {
        if changed {
            std::fs::write(file, &text).unwrap_or_else(|e| die(&format!("{file}: {e}")));
        }
    } else if !args.has("l") {
        let mut o = std::io::stdout().lock();
        if o.write_all(text.as_bytes()).and_then(|_| o.flush()).is_err() {
            exit(0);
        }
    }
    exit(0)
}
