//! What things cost in the `calibrated` strategy's virtual time, in one table.
//!
//! The strategy (`calibrated.rs`) runs Go's scheduler on GOMAXPROCS Ps,
//! each with a clock. Two kinds of figures move those clocks:
//!
//! * **the cost of a step** — what one op of the program takes on a real
//!   CPU. Each op's figure is its row in `vm::opmeta` (a plain op 1 ns, a
//!   map operation's step 5 ns, a `go` statement 300 ns, a channel
//!   operation 60 ns, a print — a `write` system call — 2 µs …); here it is
//!   scaled by [`STEP_SCALE`] and given a seeded jitter ([`JITTER_PCT`]),
//!   which stands for what makes two runs of one binary differ on real
//!   hardware (caches, frequency, the other vCPU's neighbours);
//! * **the runtime's latencies** — how long an idle P takes to notice work
//!   (`wakep` waking a spinning M: [`wake_ns`]), how long a spinning M
//!   sleeps before it steals another P's `runnext` (`runqgrab`'s
//!   `usleep(3)`, which Linux's timer slack stretches: [`STEAL_RUNNEXT_NS`]),
//!   the time slice after which `sysmon` preempts a goroutine
//!   ([`PREEMPT_NS`], `forcePreemptNS` in `runtime/proc.go`).
//!
//! The figures were fitted against real Go (go1.27.3 linux/amd64 on a
//! 2-vCPU machine): `tests/oracle/costs.py` measures a map write, a map read,
//! a range step, a `go` statement, a channel hand-off, a print and the
//! latency of waking an idle P there and writes `tests/oracle/costs.txt`
//! with the machine's load (no quiet-machine recording is checked in yet: a
//! loaded machine's figures — every op 5-10× slower, idle Ps woken after
//! milliseconds — say nothing about a quiet one); the wake-up latencies are what makes the
//! calibration corpus's odds (`crate/tests/calibration/`, recorded by
//! `tests/oracle/distribution.py`) come out as recorded. `crate/tests/calibration.rs`
//! checks the result.

use super::rng::Rng;

/// Multiplies every step's `opmeta` cost (ns).
pub const STEP_SCALE: u64 = 1;
/// Each step's cost varies by up to ± this percentage (seeded).
pub const JITTER_PCT: u64 = 30;
/// A goroutine running longer than this is preempted (`forcePreemptNS`, 10 ms).
pub const PREEMPT_NS: u64 = 10_000_000;
/// How long a spinning M sleeps before stealing a running P's `runnext`
/// (`usleep(3)` plus Linux's 50 µs timer slack).
pub const STEAL_RUNNEXT_NS: u64 = 55_000;
/// A woken M's search, once running, before it finds work (ns).
pub const SPIN_NS: u64 = 300;
/// A goroutine parking on a semaphore (`gopark`, then `schedule` on its P), ns.
pub const PARK_NS: u64 = 300;

/// Out of 1000 wake-ups, how many find the woken M's thread slow to get a
/// CPU (the vCPU busy elsewhere): their latency is [`WAKE_SLOW_NS`] and up.
pub const WAKE_SLOW_PER_MILLE: u64 = 350;
/// The typical latency of waking an idle P's M (`futexwakeup` to running), ns.
pub const WAKE_FAST_NS: u64 = 2_000;
/// A slow wake-up's least latency, ns (exponentially longer from there).
pub const WAKE_SLOW_NS: u64 = 400_000;

/// A step that `opmeta` says costs `cost`, with its jitter.
pub fn step_ns(cost: u32, rng: &mut Rng) -> u64 {
    let base = cost as u64 * STEP_SCALE;
    if base < 4 {
        return base;
    }
    let span = base * JITTER_PCT / 100;
    base - span + rng.below(2 * span + 1)
}

/// The latency of one `wakep`: mostly a couple of microseconds, sometimes
/// (the thread waits for a CPU) hundreds.
pub fn wake_ns(rng: &mut Rng) -> u64 {
    if rng.below(1000) < WAKE_SLOW_PER_MILLE {
        WAKE_SLOW_NS + exp(rng, WAKE_SLOW_NS)
    } else {
        WAKE_FAST_NS / 2 + exp(rng, WAKE_FAST_NS / 2)
    }
}

/// Exponentially distributed with mean `mean` (ns).
fn exp(rng: &mut Rng, mean: u64) -> u64 {
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    (-libm::log(1.0 - u) * mean as f64) as u64
}
