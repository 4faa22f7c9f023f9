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
pub mod race;
pub mod sched;
pub mod trace;
pub mod vm;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use explore::{explore, ExploreOptions, ExploreResult};
pub use lang::diag::Diagnostic;
pub use trace::RunResult;
pub use vm::machine::Options;

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

/// Runs an already compiled program (exploration compiles once, runs many times).
pub fn run_program(prog: &compile::Program, opts: &Options) -> RunResult {
    let mut m = vm::machine::Machine::new(prog, opts.clone());
    m.run();
    m.result()
}

/// The state of every map after `step` steps of the run the options describe.
pub fn inspect(source: &str, opts: &Options, step: u64) -> Result<Vec<gomap::snapshot::MapSnapshot>, Vec<Diagnostic>> {
    let prog = compile::compile(source)?;
    let mut o = opts.clone();
    o.stop_at = Some(step);
    let mut m = vm::machine::Machine::new(&prog, o);
    m.run();
    Ok(m.snapshots())
}
