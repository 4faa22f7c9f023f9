//! The run's memory budget: one number of bytes (`Options::max_memory`,
//! `--max-memory`, `maxMemory`) that bounds everything the simulated program
//! makes the simulator hold.
//!
//! Real Go runs out of memory when the operating system refuses to give the
//! heap more pages; it then prints
//!
//! ```text
//! runtime: out of memory: cannot allocate 2147483648-byte block (2151383040 in use)
//! fatal error: out of memory
//! ```
//!
//! (recorded from go1.27.3 in `crate/tests/hostile_go.txt`). maprace plays the
//! operating system: the budget is the memory it is willing to give. What the
//! program causes is counted in bytes of the simulator's own memory, roughly
//! what each thing costs on the host (a value slot is a `Value`, 24 bytes):
//!
//! * **held until the run ends** — heap objects (structs, arrays, slices'
//!   backing arrays, boxed variables: a header plus a slot per value), map
//!   tables and their growth (at what the model's groups or buckets cost,
//!   `GoMap::bytes_per_slot`), channel buffers, goroutines (a record each, and
//!   while alive a stack and the race detector's clock), race-detector shadow
//!   cells, the events kept for the timeline, and the output;
//! * **strings** — every string the program makes (concatenation,
//!   `[]byte`/`string` conversions, `fmt.Sprintf` and the other library
//!   results, slicing) is counted when it is made. Strings are freed when the
//!   program drops them, so — like Go's collector — when the count reaches
//!   the budget the machine counts the strings still reachable (`live`) and
//!   starts again from there; only if that is still over the budget is the
//!   program out of memory.
//!
//! Every allocation whose size comes from the program (a `make` length or
//! hint, a string's length, a fmt width) is checked *before* it is made, so a
//! program cannot make the simulator allocate more than the budget even
//! once; small fixed-size allocations are checked at the end of their step.
//!
//! Where Go has a different word for a size, maprace uses it: a length or
//! capacity beyond what Go could ever address (`maxAlloc`, 2^48 bytes on
//! 64-bit Linux) is `makeslice: len out of range`, `makeslice: cap out of
//! range` or `makechan: size out of range`; a `make(map, hint)` whose table
//! could never be allocated drops the hint, as Go 1.24+'s `NewMap` does, and
//! the map grows as it is written. Anything within Go's reach but over the
//! budget is `fatal error: out of memory`, and the run's outcome names the
//! budget.

/// Bytes of one value slot (`vm::value::Value`).
pub const VALUE_BYTES: u64 = 24;
/// Bytes of an object's header (its `Vec` and arena entry).
pub const OBJECT_BYTES: u64 = 32;
/// Bytes of a string's header (an `Rc<[u8]>`'s counts), beside its bytes.
pub const STRING_BYTES: u64 = 16;
/// A goroutine's record, kept after it ends (its id, creator, stack of creation).
pub const GOROUTINE_RECORD_BYTES: u64 = 1024;
/// A live goroutine's stack, frames and race-detector clock, given back when it ends.
pub const GOROUTINE_LIVE_BYTES: u64 = 2048;
/// One race-detector shadow cell (the last accesses of one memory location).
pub const RACE_CELL_BYTES: u64 = 128;
/// One event kept for the timeline.
pub const EVENT_BYTES: u64 = 96;
/// Go's `maxAlloc` on 64-bit Linux: no allocation can be larger (`malloc.go`).
pub const MAX_ALLOC: u64 = 1 << 48;

/// Bytes of a value slot count (an object of `n` slots).
pub fn object_bytes(n: u64) -> u64 {
    n.saturating_mul(VALUE_BYTES).saturating_add(OBJECT_BYTES)
}

/// Bytes of a string of `n` bytes.
pub fn string_bytes(n: u64) -> u64 {
    n.saturating_add(STRING_BYTES)
}

/// Whether Go 1.24+'s `NewMap` (internal/runtime/maps) drops `hint` as
/// "obviously too large": the directory of 1024-slot tables it would need,
/// rounded up to a power of two, times the group size (8 control bytes and
/// 8 slots of an 8-byte key and an 8-byte element) exceeds `maxAlloc`.
/// Checked against go1.27.3: `make(map[int]int, 1<<39)` runs out of memory,
/// `1<<40` makes an empty map.
pub fn map_hint_dropped(hint: u64) -> bool {
    const GROUP_SLOTS: u64 = 8;
    const MAX_TABLE_CAPACITY: u64 = 1024;
    const GROUP_SIZE: u64 = 8 + GROUP_SLOTS * 16;
    if hint <= GROUP_SLOTS {
        return false;
    }
    let Some(target) = hint.checked_mul(GROUP_SLOTS).map(|t| t / 7) else { return true };
    let dir = target.div_ceil(MAX_TABLE_CAPACITY);
    let Some(dir) = dir.checked_next_power_of_two() else { return true };
    match dir.checked_mul(MAX_TABLE_CAPACITY).and_then(|g| g.checked_mul(GROUP_SIZE)) {
        Some(mem) => mem > MAX_ALLOC,
        None => true,
    }
}

/// The budget asked for more than it has: Go's `cannot allocate N-byte block (M in use)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory {
    pub ask: u64,
    pub in_use: u64,
}

/// A run's memory budget. `held` is what the machine reports each step (it
/// recomputes it from its tables); strings are counted here as they are made.
#[derive(Debug, Clone)]
pub struct Budget {
    pub limit: u64,
    /// Bytes held until the run ends, as of the last `hold`.
    held: u64,
    /// Live string bytes at the last count.
    strings_live: u64,
    /// String bytes made since the last count.
    strings_new: u64,
    /// How many times live strings were counted (for tests and the curious).
    pub counts: u64,
}

impl Budget {
    pub fn new(limit: u64) -> Self {
        Budget { limit, held: 0, strings_live: 0, strings_new: 0, counts: 0 }
    }

    /// Everything counted now.
    pub fn in_use(&self) -> u64 {
        self.held.saturating_add(self.strings_live).saturating_add(self.strings_new)
    }

    /// Bytes still free.
    pub fn room(&self) -> u64 {
        self.limit.saturating_sub(self.in_use())
    }

    /// Sets what the run holds (recomputed by the machine); false if over the budget.
    pub fn hold(&mut self, held: u64) -> bool {
        self.held = held;
        self.in_use() <= self.limit
    }

    /// Whether `ask` more bytes fit; without counting them.
    pub fn fits(&self, ask: u64) -> Result<(), OutOfMemory> {
        if ask <= self.room() {
            Ok(())
        } else {
            Err(OutOfMemory { ask, in_use: self.in_use() })
        }
    }

    /// Counts a new string of `bytes` (its header included). `Err` when it
    /// does not fit: the caller counts the live strings (`recount`) and asks again.
    pub fn string(&mut self, bytes: u64) -> Result<(), OutOfMemory> {
        self.fits(bytes)?;
        self.strings_new += bytes;
        Ok(())
    }

    /// Whether a count of live strings could free anything.
    pub fn strings_since_count(&self) -> u64 {
        self.strings_new
    }

    /// The machine counted `live` bytes of reachable strings.
    pub fn recount(&mut self, live: u64) {
        self.strings_live = live;
        self.strings_new = 0;
        self.counts += 1;
    }
}

/// Longest panic text kept whole; the rest is a note `… N bytes more`
/// (Go prints it all; a page must not freeze on a 60 MB message).
pub const PANIC_TEXT_MAX: usize = 64 << 10;

/// `s` cut to at most `max` bytes (at a character boundary) with a note of what was left out.
pub fn cap_text(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}… {} bytes more", &s[..cut], s.len() - cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_slot_is_what_the_budget_says() {
        assert_eq!(std::mem::size_of::<crate::vm::value::Value>() as u64, VALUE_BYTES);
    }

    #[test]
    fn go_drops_a_hint_from_1_shl_40_not_1_shl_39() {
        assert!(!map_hint_dropped(1 << 39));
        assert!(map_hint_dropped(1 << 40));
        assert!(map_hint_dropped(u64::MAX));
        assert!(!map_hint_dropped(100));
    }

    #[test]
    fn a_map_slot_costs_what_gomap_says() {
        use crate::{gomap::GoMap, options::MapModel};
        // The figures gomap's doc and the README give; they move when the models' types do.
        assert_eq!((GoMap::bytes_per_slot(MapModel::Swiss), GoMap::bytes_per_slot(MapModel::Classic)), (37, 40));
    }

    #[test]
    fn strings_are_recounted_not_summed_for_ever() {
        let mut b = Budget::new(1000);
        assert!(b.hold(100));
        b.string(800).unwrap();
        assert_eq!(b.string(200), Err(OutOfMemory { ask: 200, in_use: 900 }));
        b.recount(0);
        b.string(200).unwrap();
        assert_eq!(b.in_use(), 300);
    }
}
