//! How a program ends when `main` returns: at once under `go run`, after a
//! second's sleep under `go run -race`.
//!
//! When `main.main` returns, `runtime.main` calls `exit(0)`: every other
//! goroutine stops wherever it is, and whatever it would still have printed
//! is never printed. That is the ending maprace reports (outcome, exit
//! status, stdout — what `go run` shows).
//!
//! The race detector sees more. With `-race`, `runtime.main` first calls
//! `racefini`, and ThreadSanitizer's `Finalize` sleeps `atexit_sleep_ms`
//! (1000 ms by default, `GORACE="atexit_sleep_ms=…"`) whenever another
//! goroutine is still alive, then prints its reports and exits. During that
//! second the other Ps keep running goroutines, and the accesses they make
//! are checked like any other. So a goroutine that writes a variable main
//! read, but only 300 ms after `main` returned, is reported by
//! `go run -race` every time (recorded: `crate/tests/corpus/
//! race_after_main_returns.go`), though under `go run` it never runs.
//!
//! maprace runs that second too, as an *exit sleep* after the `main
//! returned` event: the other goroutines go on, the race detector watches,
//! and the ending stays `go run`'s —
//!
//! * what they print is dropped (`go run` had exited),
//! * a throw, a panic or a deadlock among them ends the sleep, not the
//!   program: its text and its event are taken back,
//! * a sleeper due after the second never wakes,
//! * and the watch ends after [`EXIT_WATCH_STEPS`] steps, a bound on what
//!   the sleep may cost (one second of real Go is ~10^9 operations; a race
//!   shows on the first of a loop's iterations).
//!
//! Without the race detector there is no sleep: the run ends at `main`'s
//! return, as `go run` does.

use super::machine::{Exiting, Machine};
use crate::trace::EventKind;

/// ThreadSanitizer's `atexit_sleep_ms` default (Go's race runtime), in ns.
pub const ATEXIT_SLEEP_NS: u64 = 1_000_000_000;
/// The most steps the exit sleep runs.
pub const EXIT_WATCH_STEPS: u64 = 100_000;

impl Machine<'_> {
    /// `main` returned: the program ends, after the race runtime's exit
    /// sleep if another goroutine is alive.
    pub(super) fn main_returned(&mut self, gi: usize) {
        self.event(gi, EventKind::Exit, None, "main returned".into());
        if !self.race.enabled || self.live_goroutines == 0 {
            self.end("ok", 0, None);
            return;
        }
        self.exiting = Some(Exiting {
            until: self.clock + ATEXIT_SLEEP_NS,
            last_step: self.step.saturating_add(EXIT_WATCH_STEPS),
            stderr_mark: self.stderr.len(),
            events_before: self.events.len(),
        });
    }

    /// Whether the exit sleep is over before the next step: its steps are
    /// used up, or nothing can run before its second has passed (so the
    /// virtual clock, which moves only to wake a sleeper, never passes it).
    pub(super) fn exit_sleep_over(&self) -> bool {
        let Some(x) = self.exiting else { return false };
        self.step >= x.last_step || (self.runnable.is_empty() && !self.next_wake().is_some_and(|t| t <= x.until))
    }

    /// Ends the exit sleep; `cut` takes back what a goroutine that ended it
    /// early printed to stderr and its throw/panic events.
    pub(super) fn end_exit_sleep(&mut self, cut: bool) {
        let Some(x) = self.exiting.take() else { return };
        if cut {
            self.stderr.truncate(x.stderr_mark);
            let tail = self.events.split_off(x.events_before);
            self.events.extend(tail.into_iter().filter(|e| !matches!(e.kind, EventKind::Fatal | EventKind::Panic)));
        }
        if self.events.len() > x.events_before {
            self.event(0, EventKind::Exit, None, "the race detector's exit sleep ends (atexit_sleep_ms)".into());
        }
        self.end("ok", 0, None);
    }
}
