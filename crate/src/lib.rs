//! maprace: run a small Go program on a simulated Go runtime and report what
//! real Go would — the runtime's `concurrent map …` throws and the race
//! detector's `WARNING: DATA RACE` — with every step on a timeline.
//!
//! The surface used by the CLI and by wasm alike: [`check`], [`run`],
//! [`explore`], [`inspect`]. See `src/README.md` for a map of the modules.

pub mod compile;
pub mod explore;
pub mod gomap;
pub mod gosync;
pub mod lang;
pub mod options;
pub mod race;
pub mod sched;
pub mod stdlib;
pub mod trace;
pub mod vm;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use explore::{explore, ExploreOptions, ExploreResult};
pub use lang::diag::Diagnostic;
pub use trace::RunResult;
pub use options::{Granularity, Options, Settings, Strategy};

/// The stack the core needs: syntax trees are walked recursively up to the
/// parser's depth limit ([`lang::parser::MAX_DEPTH`]). The wasm build links
/// with this much (`.cargo/config.toml`); the CLI runs on a thread this big.
pub const CORE_STACK: usize = 16 << 20;

/// Compile errors of a program, in gc's wording (empty when it compiles).
pub fn check(source: &str) -> Vec<Diagnostic> {
    match compile::compile(source) {
        Ok(_) => Vec::new(),
        Err(d) => d,
    }
}

/// Runs a program once under the given options.
pub fn run(source: &str, opts: &Options) -> Result<RunResult, Vec<Diagnostic>> {
    let prog = compile::compile(source)?;
    Ok(run_program(&prog, opts))
}

/// [`run`] with the result's maps as `view` asks (the CLI's `--whole-maps`
/// gives every group and bucket; the default is paged, `gomap::snapshot`).
pub fn run_view(source: &str, opts: &Options, view: &gomap::snapshot::View) -> Result<RunResult, Vec<Diagnostic>> {
    let prog = compile::compile(source)?;
    let mut m = vm::machine::Machine::new(&prog, opts.clone());
    m.run();
    let maps = (view != &gomap::snapshot::View::default()).then(|| m.snapshots_in(view));
    let mut r = m.result();
    if let Some(maps) = maps {
        r.maps = maps;
    }
    Ok(r)
}

/// Runs an already compiled program (exploration compiles once, runs many times).
pub fn run_program(prog: &compile::Program, opts: &Options) -> RunResult {
    let mut m = vm::machine::Machine::new(prog, opts.clone());
    m.run();
    m.result()
}

/// The state of every map after the event(s) of step `step` of the run the
/// options describe: the run stops after `step` steps; if that step began a
/// map write (or a sync.Map slow path) in its goroutine, the run goes on
/// until that goroutine has stored (or deleted) the entry, so selecting
/// `m[0] = 0` shows `m` holding 0 — with `hashWriting` still set, since the
/// write is under way until its last micro-step clears it. The answer is
/// paged (`gomap::snapshot`): the first map in detail, at its focus pages.
pub fn inspect(source: &str, opts: &Options, step: u64) -> Result<Vec<gomap::snapshot::MapSnapshot>, Vec<Diagnostic>> {
    inspect_view(source, opts, step, &gomap::snapshot::View::default())
}

/// [`inspect`] with the map shown and the pages asked for (`View`; the
/// page's request when it turns a page or picks another map).
pub fn inspect_view(source: &str, opts: &Options, step: u64, view: &gomap::snapshot::View) -> Result<Vec<gomap::snapshot::MapSnapshot>, Vec<Diagnostic>> {
    use vm::machine::Micro;
    let prog = compile::compile(source)?;
    let mut o = opts.clone();
    o.stop_at = Some(step);
    let mut m = vm::machine::Machine::new(&prog, o);
    m.run();
    let g = m.cur;
    let pending = |m: &vm::machine::Machine| match m.gs.get(g).and_then(|g| g.micro.as_ref()) {
        // Between the toggle and the finish: the entry is being stored. (Before
        // the toggle, this step was the write's check; at the finish, it is
        // stored; a swiss rehash is shown group by group.)
        Some(Micro::Write { w, .. }) => w.under_way() && !gomap::shows_work(w),
        Some(Micro::SyncMapSlow { .. }) => true,
        None => false,
    };
    while step > 0 && m.outcome.is_none() && pending(&m) {
        m.opts.stop_at = Some(m.step + 1);
        m.run();
    }
    Ok(m.snapshots_in(view))
}
