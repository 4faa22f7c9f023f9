//! Package sync and channels on the simulated runtime: `Mutex`, `RWMutex`,
//! `WaitGroup`, `Once`, atomics and `sync.Map`'s calls (`locks.rs`), and
//! channels with `select` (`chan.rs`). Each operation also gives the race
//! detector its happens-before edge, as the Go memory model states it.

pub mod chan;
pub mod locks;
