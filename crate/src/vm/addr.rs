//! Addresses: the one place where runtime objects become numbers.
//!
//! Three consumers need a number for an object, and all of them get it here:
//!
//! * the race detector (`race/`), which keys memory cells and the clocks of
//!   synchronising objects by `u64` (`Cell::key`, `Clock` into `u64`);
//! * the bounded search's footprints (`sched::Footprint`): which object a
//!   step touches (`Object::footprint`);
//! * the hex addresses Go prints: `%p`, `println` of a pointer, map or
//!   channel, and the `Read at 0x… by goroutine` line of a race report.
//!
//! The key spaces are kept apart by high bits, so no two kinds of object
//! share a key (a heap key stays below 2^58):
//!
//! | object | key | printed as |
//! |---|---|---|
//! | heap cell `Ptr { obj, slot }` | `obj<<26 \| slot` (slot 0 for the whole aggregate) | `0xc000010000 + obj·0x40 + slot·8` |
//! | map (one cell for the race detector) | `1<<62 \| map` | `0xc000030000 + map·0x30`; in race reports `0xc000100000 + map·0x30` |
//! | a map's element slot (`GoMap::elem_place`) | `1<<62 \| 1<<57 \|` 48 bits mixed from map and place | `0xc000200000 +` 20 of those bits `·8` |
//! | channel buffer slot `n` (`n mod cap`) | `1<<60 \| chan<<24 \| n mod cap` | channel: `0xc000020000 + chan·0x60` |
//! | channel's `c.raceaddr()` (close; unbuffered handoff; slots of zero-size elements) | `1<<60 \| chan<<24 \| 0xffffff` | |
//! | channel as a memory cell (send reads it, close writes it) | `1<<60 \| chan<<24` | `&c.buf`: channel + 0x10 |
//! | a WaitGroup's `sema` as a memory cell (first Add reads it, first blocking Wait writes it) | `1<<61 \| obj<<2 \| 2` | the WaitGroup + 8 |
//! | Mutex/RWMutex writer, WaitGroup, Once | `1<<61 \| obj<<2` | |
//! | RWMutex readers | `1<<61 \| obj<<2 \| 1` | |
//! | atomic variable | `1<<61 \| 1<<59 \| its heap key` | |
//! | sync.Map entry | `1<<61 \| 1<<58 \| map<<40 \| low 40 bits of the key's hash` | |
//! | sync.Map's `mu` | `1<<61 \| 1<<58 \| map<<40 \| 0xffffffffff` | |
//!
//! Footprints name whole objects: a heap object by its `obj`, a map by
//! `1<<62 | map`, a sync.Map by `1<<61 | 1<<58 | map`.
//!
//! A heap cell's key is not its printed address: objects are printed 0x40
//! apart, so element 8 of a 9-element slice prints as the next object's
//! first slot; keys must never alias (two goroutines writing `data[8]` and
//! reading another object's variable are not a race).
//!
//! These numbers are part of every recorded run (race reports print them,
//! and footprints steer the search): changing one changes the golden runs.

use super::arena::{ChanId, MapId, SyncMapId};
use super::value::{ObjId, Ptr, WHOLE};
use crate::gomap::hash::{hash_key, KeyRepr};

const MAP_SPACE: u64 = 1 << 62;
const SYNC_SPACE: u64 = 1 << 61;
const CHAN_SPACE: u64 = 1 << 60;
const ATOMIC: u64 = 1 << 59;
const SYNC_MAP: u64 = 1 << 58;

/// Below the map cells' bit: element slots (a map's own cell has a small id).
const MAP_ELEM: u64 = 1 << 57;

/// 48 bits mixed from a map and one of its element places (splitmix64's finaliser).
fn elem_mix(m: MapId, place: u64) -> u64 {
    let mut z = place ^ (m.0 as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) & ((1 << 48) - 1)
}

/// The address Go would print for a pointer into a heap object.
pub fn heap_addr(p: Ptr) -> u64 {
    0x00c0_0001_0000 + (p.obj.0 as u64) * 0x40 + if p.slot == WHOLE { 0 } else { p.slot as u64 * 8 }
}

/// The race detector's key for a heap cell: unique per (object, slot), below 2^58.
pub fn heap_key(p: Ptr) -> u64 {
    const SLOT_BITS: u32 = 26;
    let slot = if p.slot == WHOLE { 0 } else { (p.slot as u64).min((1 << SLOT_BITS) - 1) };
    (p.obj.0 as u64) << SLOT_BITS | slot
}

/// The address `println(m)` and `%p` show for a map.
pub fn map_addr(m: MapId) -> u64 {
    0xc000_0300_00 + m.0 as u64 * 0x30
}

/// The address `println(ch)` and `%p` show for a channel.
pub fn chan_addr(c: ChanId) -> u64 {
    0xc000_0200_00 + c.0 as u64 * 0x60
}

/// A memory cell the race detector watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// A variable, field or element.
    Heap(Ptr),
    /// A map, as one object (as Go's race runtime sees `runtime.mapassign`).
    Map(MapId),
    /// The element slot of a map entry (`GoMap::elem_place`): the program's
    /// `m[k]` reads it and `m[k] = v` writes it, besides the map itself.
    MapElem(MapId, u64),
    /// A channel's `c.raceaddr()` (`&c.buf`): `chansend` and a select's send
    /// case read it, `closechan` writes it, so a send racing a close is a race.
    Chan(ChanId),
    /// A WaitGroup's `&wg.sema`: an `Add` taking the counter from 0 reads it,
    /// the first `Wait` to block writes it (`sync/waitgroup.go`), so an `Add`
    /// not ordered before a blocking `Wait` (or a reuse before the previous
    /// round's waiter returned) is a race.
    WgSema(ObjId),
}

impl Cell {
    pub fn key(self) -> u64 {
        match self {
            Cell::Heap(p) => heap_key(p),
            Cell::Map(m) => MAP_SPACE | m.0 as u64,
            Cell::MapElem(m, place) => MAP_SPACE | MAP_ELEM | elem_mix(m, place),
            Cell::Chan(c) => CHAN_SPACE | (c.0 as u64) << 24,
            Cell::WgSema(obj) => SYNC_SPACE | (obj.0 as u64) << 2 | 2,
        }
    }

    /// The address a race report prints for it.
    pub fn shown(self) -> u64 {
        match self {
            Cell::Heap(p) => heap_addr(p),
            Cell::Map(m) => 0x00c0_0010_0000 + m.0 as u64 * 0x30,
            Cell::MapElem(m, place) => 0x00c0_0020_0000 + (elem_mix(m, place) & 0xfffff) * 8,
            Cell::Chan(c) => chan_addr(c) + 0x10,
            Cell::WgSema(obj) => heap_addr(Ptr { obj, slot: 0 }) + 8,
        }
    }
}

/// A synchronising object's clock: release joins into it, acquire joins out of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The buffer slot the `n`-th send or receive of a buffered channel goes
    /// through (elements of non-zero size).
    ChanSlot { ch: ChanId, n: u64, cap: usize },
    /// The sync object at a channel's `c.raceaddr()`: `closechan` releases
    /// it and a receive that sees the close acquires it; for an unbuffered
    /// channel (and for zero-size elements) `c.buf` is that same address, so
    /// handoffs and buffer slots accumulate here too.
    ChanBuf(ChanId),
    /// A Mutex (an RWMutex's writer side), WaitGroup or Once.
    Sync(ObjId),
    /// An RWMutex's readers (RUnlock → next Lock).
    Readers(ObjId),
    /// A variable used through sync/atomic.
    Atomic(Ptr),
    /// One sync.Map entry (its atomic pointer), by the key's hash.
    SyncMapEntry { map: SyncMapId, hash: u64 },
    /// A sync.Map's `mu`.
    SyncMapMu(SyncMapId),
}

impl Clock {
    /// The clock of the entry for key `kr` of sync.Map `map`.
    pub fn sync_map_entry(map: SyncMapId, kr: &KeyRepr) -> Clock {
        Clock::SyncMapEntry { map, hash: hash_key(kr, 7) }
    }

    pub fn key(self) -> u64 {
        let chan = |c: ChanId| CHAN_SPACE | (c.0 as u64) << 24;
        let sync_map = |m: SyncMapId| SYNC_SPACE | SYNC_MAP | (m.0 as u64) << 40;
        match self {
            Clock::ChanSlot { ch, n, cap } => chan(ch) | (n % cap.max(1) as u64),
            Clock::ChanBuf(ch) => chan(ch) | 0xFF_FFFF,
            Clock::Sync(obj) => SYNC_SPACE | (obj.0 as u64) << 2,
            Clock::Readers(obj) => SYNC_SPACE | (obj.0 as u64) << 2 | 1,
            Clock::Atomic(p) => SYNC_SPACE | ATOMIC | heap_key(p),
            Clock::SyncMapEntry { map, hash } => sync_map(map) | (hash & 0xFF_FFFF_FFFF),
            Clock::SyncMapMu(map) => sync_map(map) | 0xFF_FFFF_FFFF,
        }
    }
}

impl From<Clock> for u64 {
    fn from(c: Clock) -> u64 {
        c.key()
    }
}

/// A whole object a step touches, for footprints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    Heap(ObjId),
    Map(MapId),
    SyncMap(SyncMapId),
}

impl Object {
    pub fn footprint(self) -> u64 {
        match self {
            Object::Heap(obj) => obj.0 as u64,
            Object::Map(m) => MAP_SPACE | m.0 as u64,
            Object::SyncMap(m) => SYNC_SPACE | SYNC_MAP | m.0 as u64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key spaces stay apart: no cell, clock or footprint of one kind
    /// takes the key of another kind's (for ids of the sizes runs reach).
    #[test]
    fn kinds_never_share_a_key() {
        let mut cells = std::collections::HashMap::new();
        let mut clocks = std::collections::HashMap::new();
        for i in 0..64u32 {
            let p = Ptr { obj: ObjId(i), slot: 0 };
            for (c, kind) in [(Cell::Heap(p), "heap"), (Cell::Map(MapId(i)), "map"), (Cell::Chan(ChanId(i)), "chan"), (Cell::WgSema(ObjId(i)), "wg"), (Cell::MapElem(MapId(i), 3), "elem")] {
                assert_eq!(*cells.entry(c.key()).or_insert(kind), kind);
            }
            let (ch, sm) = (ChanId(i), SyncMapId(i));
            for (c, kind) in [
                (Clock::ChanSlot { ch, n: 3, cap: 4 }, "slot"),
                (Clock::ChanBuf(ch), "buf"),
                (Clock::Sync(ObjId(i)), "sync"),
                (Clock::Readers(ObjId(i)), "readers"),
                (Clock::Atomic(p), "atomic"),
                (Clock::SyncMapEntry { map: sm, hash: 12345 }, "entry"),
                (Clock::SyncMapMu(sm), "mu"),
            ] {
                assert_eq!(*clocks.entry(c.key()).or_insert(kind), kind);
            }
        }
        // Heap cells never alias across objects, however many slots an object has.
        let keys: std::collections::HashSet<u64> = (0..16u32).flat_map(|o| (0..100u32).map(move |s| Cell::Heap(Ptr { obj: ObjId(o), slot: s }).key())).collect();
        assert_eq!(keys.len(), 16 * 100);
        let fps: std::collections::HashSet<u64> = (0..64u32).flat_map(|i| [Object::Heap(ObjId(i)), Object::Map(MapId(i)), Object::SyncMap(SyncMapId(i))]).map(Object::footprint).collect();
        assert_eq!(fps.len(), 3 * 64);
    }
}
