//! Package sync's types and channels as data with their operations, the way
//! `gomap` holds the maps: `Chan` with its buffer and queues (`chan.rs`), and
//! the state and transitions of `Mutex`, `RWMutex`, `WaitGroup` and `Once`
//! (`locks.rs`), and `Cond`'s notify list (`cond.rs`). Nothing here knows the machine: `vm/chanops.rs` and
//! `vm/syncops.rs` run them as instructions, park and wake goroutines, and
//! give the race detector its happens-before edges.

pub mod chan;
pub mod cond;
pub mod locks;
