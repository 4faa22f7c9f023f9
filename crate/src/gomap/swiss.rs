//! Go's swiss-table map (Go 1.24+, `internal/runtime/maps`), modelled group by
//! group. Go 1.27 has no other map; the classic bucket map (`classic.rs`) is
//! what Go ≤ 1.23 ran.
//!
//! # The design, in Go's terms
//!
//! A **slot** holds one key/elem pair. A **group** is 8 slots
//! ([`MAP_GROUP_SLOTS`]) plus an 8-byte **control word** ([`CtrlGroup`]), one
//! control byte per slot: empty `0x80` ([`CTRL_EMPTY`]), deleted `0xFE`
//! ([`CTRL_DELETED`], a tombstone), or full `0hhhhhhh`, where `hhhhhhh` is
//! **H2**, the low 7 bits of the key's hash. **H1** is the other 57 bits.
//! A lookup compares H2 against all 8 control bytes at once
//! ([`CtrlGroup::match_h2`]) and compares keys only in the slots that match
//! (1 in 128 false positives per slot).
//!
//! A **table** is a complete open-addressing hash table: a power-of-two array
//! of groups ([`GroupsReference`]). The probe starts at group `H1 & mask` and
//! walks a triangular sequence `p(i) = H1 + (i² + i)/2 (mod groups)`
//! ([`ProbeSeq`]), which visits every group once when their number is a power
//! of two. A probe stops at the first group with an empty slot, so a table
//! must never be full: it holds at most 7/8 of its slots ([`MAX_AVG_GROUP_LOAD`]),
//! counted down in `growthLeft`.
//!
//! **Deletion** must not cut a probe sequence short: in a group that still has
//! an empty slot the slot simply becomes empty again (no probe ever passed
//! through that group), but in a full group it becomes a tombstone. An insert
//! reuses the first tombstone along its probe (without consuming
//! `growthLeft`); tombstones are otherwise removed only when a table is
//! rebuilt, or by `pruneTombstones` when `growthLeft` runs out and at least
//! 10% of the capacity can be recovered.
//!
//! **Growth.** The probe sequence depends on the number of groups, so a table
//! grows all at once: when it has no room left it is rehashed into a new table
//! of double capacity (`grow`). To keep one grow small, a table never exceeds
//! [`MAX_TABLE_CAPACITY`] (1024 slots); beyond that it **splits** into two
//! 1024-slot tables by the next bit of the hash. The **map** ([`Map`]) holds a
//! **directory** of tables indexed by the top `globalDepth` bits of the hash
//! (extendible hashing). A table knows how many bits it was split on
//! (`localDepth`); one that is shallower than the directory occupies
//! `2^(globalDepth - localDepth)` consecutive entries. Splitting a table whose
//! `localDepth == globalDepth` first doubles the directory.
//!
//! **Small maps.** A map that has only ever held ≤ 8 entries is one group with
//! no table or directory (`dirLen == 0`, `dirPtr` points at the group); it
//! needs no tombstones since no probe crosses it. The 9th insert moves the
//! group's entries into a 16-slot table (`growToTable`).
//!
//! **Iteration** starts at a random slot (`entryOffset`) of each table and a
//! random directory entry (`dirOffset`). If the table being walked is replaced
//! by growth, the iterator keeps walking the *old* table — so it never
//! produces a key twice — and looks each key up again in the map, so deleted
//! keys are skipped and updated elements are current. Entries added after the
//! growth may be missed (the spec allows it). A small map is walked as a
//! rotation of its 8 slots. `clearSeq` counts `clear` calls; an iterator uses
//! it for keys that cannot be looked up (NaN).
//!
//! **The race check.** `writing` is toggled (`^= 1`) at the start of every
//! write and toggled back at its end, after checking it is still set; a read,
//! an `Iter.Next` or a second write that finds it set throws
//! `concurrent map read and map write` / `… iteration and map write` /
//! `… writes`. Best effort, as in Go: it fires only when operations overlap.
//!
//! # The model
//!
//! Names are Go's (`Map`, `table` → [`Table`], `groupsReference`,
//! `ctrlGroup`, `probeSeq`, `growthLeft`, `localDepth`, `clearSeq`, …);
//! functions follow Go's line by line, so the control bytes, slot positions,
//! capacities, directory and iteration order equal real Go's *for the same
//! hashes* (`crate/tests/swiss.rs` checks this against a real Go 1.27 map read
//! through `unsafe`). The hash itself is the project's seeded hash
//! ([`hash_key`], as for the classic map); Go's is AES-based with a
//! per-process seed. [`Map::hasher`] is the model of Go's `typ.Hasher`.
//!
//! A write follows the protocol both Go maps share (`gomap/protocol.rs`:
//! check `writing` and throw, hash | `writing ^= 1` | work | check `writing`
//! and throw, `writing ^= 1`), one micro-step each, so another goroutine can
//! run between any two; this file supplies the work ([`Work`], its phases
//! [`WorkPhase`]) and the [`Model`] the protocol drives. Where Go rehashes a whole table inside one write, the model moves
//! one group per step while `writing` is set, so a throw during growth can
//! happen. The old table stays installed and untouched until the new one is
//! installed, as in Go (the new table is a local of the writing goroutine).
//!
//! Tables live in an arena (`Map::tables`, ids are `u32`); a table replaced by
//! growth stays there, stale (`index == -1`), for iterators still walking it.
//!
//! Known differences from Go, on purpose: the hash; a racing write that
//! finds its rehash already superseded by another writer's drops its new
//! table instead of installing it over the other (Go would clobber; the run
//! throws `concurrent map writes` either way); `Clone` (maps.Clone) is not
//! modelled.

use super::hash::{hash_key, KeyRepr};
pub use super::protocol::{Args, Step, WriteKind, CONCURRENT_ITERATION, CONCURRENT_READ, CONCURRENT_WRITES};
use super::protocol::{Model, Worked};
use super::paging::{Window, DIRECTORY_MAX, PAGED_TABLES_MAX, PAGE_GROUPS, UNDER_WAY_MAX};
use serde::Serialize;

/// `abi.MapGroupSlots`: slots per group.
pub const MAP_GROUP_SLOTS: usize = 8;
/// `maxAvgGroupLoad`: a table holds at most 7/8 of its slots.
pub const MAX_AVG_GROUP_LOAD: u16 = 7;
/// `maxTableCapacity`: beyond this a table splits instead of growing.
pub const MAX_TABLE_CAPACITY: u16 = 1024;
/// `ctrlEmpty`.
pub const CTRL_EMPTY: u8 = 0b1000_0000;
/// `ctrlDeleted`: a tombstone.
pub const CTRL_DELETED: u8 = 0b1111_1110;
const BITSET_EMPTY: u64 = 0x8080_8080_8080_8080;

/// `h1`: the upper 57 bits of a hash, which pick the first group to probe.
pub fn h1(hash: u64) -> u64 {
    hash >> 7
}

/// `h2`: the low 7 bits of a hash, stored in a full slot's control byte.
pub fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// `depthToShift` (64-bit hashes).
pub fn depth_to_shift(depth: u8) -> u8 {
    64 - depth
}

/// `localDepthMask`: the hash bit a split at this depth decides on.
pub fn local_depth_mask(local_depth: u8) -> u64 {
    1u64.checked_shl(64 - local_depth as u32).unwrap_or(0)
}

/// `bitset`: a set of slots of one group, one bit per slot (amd64's packed form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bitset(pub u8);

impl Bitset {
    pub fn any(self) -> bool {
        self.0 != 0
    }
    /// `first`: the lowest slot in the set (the set is not empty).
    pub fn first(self) -> usize {
        self.0.trailing_zeros() as usize
    }
    /// `removeFirst`.
    pub fn remove_first(self) -> Bitset {
        Bitset(self.0 & self.0.wrapping_sub(1))
    }
    /// `removeBelow`: drops the slots below `i`.
    pub fn remove_below(self, i: usize) -> Bitset {
        Bitset(self.0 & !((1u16 << i) - 1) as u8)
    }
    pub fn count(self) -> u32 {
        self.0.count_ones()
    }
}

/// `ctrlGroup`: the 8 control bytes of a group in one word (byte i = slot i).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CtrlGroup(pub u64);

impl CtrlGroup {
    pub fn get(self, i: usize) -> u8 {
        (self.0 >> (8 * i)) as u8
    }
    pub fn set(&mut self, i: usize, c: u8) {
        self.0 = (self.0 & !(0xffu64 << (8 * i))) | ((c as u64) << (8 * i));
    }
    /// `setEmpty`.
    pub fn set_empty(&mut self) {
        self.0 = BITSET_EMPTY;
    }
    fn matching(self, f: impl Fn(u8) -> bool) -> Bitset {
        let mut b = 0u8;
        for i in 0..MAP_GROUP_SLOTS {
            if f(self.get(i)) {
                b |= 1 << i;
            }
        }
        Bitset(b)
    }
    /// `matchH2`: full slots whose H2 is `h` (exact, as amd64's SIMD version).
    pub fn match_h2(self, h: u8) -> Bitset {
        self.matching(|c| c == h)
    }
    /// `matchEmpty`.
    pub fn match_empty(self) -> Bitset {
        self.matching(|c| c == CTRL_EMPTY)
    }
    /// `matchEmptyOrDeleted`: bit 7 set.
    pub fn match_empty_or_deleted(self) -> Bitset {
        self.matching(|c| c & CTRL_EMPTY != 0)
    }
    /// `matchFull`: bit 7 clear.
    pub fn match_full(self) -> Bitset {
        self.matching(|c| c & CTRL_EMPTY == 0)
    }
    /// `anyFull`.
    pub fn any_full(self) -> bool {
        self.match_full().any()
    }
}

/// A full slot: the key (as the program sees it, and canonical for hashing) and its elem.
#[derive(Debug, Clone)]
pub struct Slot<K, V> {
    pub key: K,
    pub kr: KeyRepr,
    pub elem: V,
}

/// A group: its control word and 8 slots (Go interleaves key/elem in memory).
#[derive(Debug, Clone)]
pub struct Group<K, V> {
    pub ctrls: CtrlGroup,
    pub slots: [Option<Slot<K, V>>; MAP_GROUP_SLOTS],
}

impl<K, V> Group<K, V> {
    /// A group with every slot empty (`newGroups` + `setEmpty`).
    pub fn empty() -> Self {
        Group { ctrls: CtrlGroup(BITSET_EMPTY), slots: std::array::from_fn(|_| None) }
    }
    /// `typedmemclr` of the group, then `setEmpty`.
    fn clear(&mut self) {
        *self = Group::empty();
    }
}

/// `groupsReference`: a table's array of groups; `length_mask` = groups − 1.
#[derive(Debug, Clone)]
pub struct GroupsReference<K, V> {
    pub data: Vec<Group<K, V>>,
    pub length_mask: u64,
}

impl<K, V> GroupsReference<K, V> {
    /// `newGroups`: `length` (a power of two) empty groups.
    pub fn new(length: u64) -> Self {
        GroupsReference { data: (0..length).map(|_| Group::empty()).collect(), length_mask: length.wrapping_sub(1) }
    }
    pub fn group(&self, i: u64) -> &Group<K, V> {
        &self.data[i as usize]
    }
    pub fn group_mut(&mut self, i: u64) -> &mut Group<K, V> {
        &mut self.data[i as usize]
    }
}

/// `probeSeq`: the triangular sequence of groups a key's probe visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProbeSeq {
    pub mask: u64,
    pub offset: u64,
    pub index: u64,
}

impl ProbeSeq {
    /// `makeProbeSeq(h1(hash), mask)`.
    pub fn new(h1: u64, mask: u64) -> Self {
        ProbeSeq { mask, offset: h1 & mask, index: 0 }
    }
    /// `next`: offset += ++index (mod groups).
    pub fn next(self) -> Self {
        let index = self.index + 1;
        ProbeSeq { mask: self.mask, offset: (self.offset + index) & self.mask, index }
    }
}

/// A table id in [`Map::tables`].
pub type TableId = u32;

/// Go's `table`: one complete swiss table.
#[derive(Debug, Clone)]
pub struct Table<K, V> {
    /// Full slots.
    pub used: u16,
    /// Slots (a power of two, ≥ 8).
    pub capacity: u16,
    /// Inserts left before a rehash: 7/8 of capacity − used − tombstones.
    pub growth_left: u16,
    /// Hash bits the directory used to select this table.
    pub local_depth: u8,
    /// First directory entry pointing here; −1 once replaced (stale).
    pub index: i64,
    pub groups: GroupsReference<K, V>,
}

impl<K: Clone, V: Clone> Table<K, V> {
    /// `newTable`: at least 8 slots, rounded up to a power of two.
    pub fn new(capacity: u64, index: i64, local_depth: u8) -> Self {
        let capacity = capacity.max(MAP_GROUP_SLOTS as u64).min(MAX_TABLE_CAPACITY as u64).next_power_of_two();
        let mut t = Table { used: 0, capacity: 0, growth_left: 0, local_depth, index, groups: GroupsReference { data: Vec::new(), length_mask: 0 } };
        t.reset(capacity as u16);
        t
    }

    /// `reset`: new empty groups of the given capacity.
    fn reset(&mut self, capacity: u16) {
        let group_count = capacity as u64 / MAP_GROUP_SLOTS as u64;
        self.groups = GroupsReference::new(group_count);
        self.capacity = capacity;
        self.growth_left = self.max_growth_left();
    }

    /// `maxGrowthLeft`: inserts an empty table takes before a rehash.
    pub fn max_growth_left(&self) -> u16 {
        if self.capacity as usize <= MAP_GROUP_SLOTS {
            // One group: all slots but one (an empty slot ends every probe).
            self.capacity.saturating_sub(1)
        } else {
            self.capacity * MAX_AVG_GROUP_LOAD / MAP_GROUP_SLOTS as u16
        }
    }

    /// `tombstones`: deleted slots, derived from the counters as Go does.
    pub fn tombstones(&self) -> u16 {
        (self.capacity * MAX_AVG_GROUP_LOAD / MAP_GROUP_SLOTS as u16).saturating_sub(self.used).saturating_sub(self.growth_left)
    }

    /// The probe of `getWithKey`: group and slot holding `kr`.
    pub fn find(&self, hash: u64, kr: &KeyRepr) -> Option<(u64, usize)> {
        let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
        let h2_hash = h2(hash);
        // Go loops until an empty slot; the bound only matters in a table a race has broken.
        for _ in 0..=self.groups.length_mask {
            let g = self.groups.group(seq.offset);
            let mut m = g.ctrls.match_h2(h2_hash);
            while m.any() {
                let i = m.first();
                if matches!(&g.slots[i], Some(s) if s.kr.equal(kr)) {
                    return Some((seq.offset, i));
                }
                m = m.remove_first();
            }
            if g.ctrls.match_empty().any() {
                return None;
            }
            seq = seq.next();
        }
        None
    }

    /// `uncheckedPutSlot`: insert a key known to be absent into the first
    /// empty-or-deleted slot of its probe (used by growth; no tombstones then).
    /// Returns where it went, or None if the table has no room (never, unless a race broke it).
    pub fn unchecked_put_slot(&mut self, hash: u64, slot: Slot<K, V>) -> Option<(u64, usize)> {
        if self.growth_left == 0 {
            return None; // Go: panic("invariant failed: growthLeft is unexpectedly 0")
        }
        let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
        for _ in 0..=self.groups.length_mask {
            let g = self.groups.group_mut(seq.offset);
            let m = g.ctrls.match_empty_or_deleted();
            if m.any() {
                let i = m.first();
                g.slots[i] = Some(slot);
                g.ctrls.set(i, h2(hash));
                self.growth_left -= 1;
                self.used += 1;
                return Some((seq.offset, i));
            }
            seq = seq.next();
        }
        None
    }

    /// `table.Delete` after the lookup: returns (group, slot, tombstone) when `kr` was found.
    pub fn delete(&mut self, hash: u64, kr: &KeyRepr) -> Option<(u64, usize, bool)> {
        let (gi, i) = self.find(hash, kr)?;
        self.used = self.used.saturating_sub(1); // saturating: a racing write may have broken the count
        let g = self.groups.group_mut(gi);
        g.slots[i] = None;
        // Only a full group can sit in the middle of a probe sequence, and a
        // group once full stays full until rehashing: if this one still has an
        // empty slot, no probe passes through it, and the slot can be empty.
        let tombstone = if g.ctrls.match_empty().any() {
            g.ctrls.set(i, CTRL_EMPTY);
            self.growth_left += 1;
            false
        } else {
            g.ctrls.set(i, CTRL_DELETED);
            true
        };
        Some((gi, i, tombstone))
    }

    /// `table.Clear`: every group empty, counters reset (in place: iterators see it).
    pub fn clear(&mut self) {
        let mgl = self.max_growth_left();
        if self.used == 0 && self.growth_left == mgl {
            return; // no entries and no tombstones
        }
        for g in self.groups.data.iter_mut() {
            g.clear();
        }
        self.used = 0;
        self.growth_left = mgl;
    }

    /// `pruneTombstones`: when at least 10% of the capacity is tombstones
    /// that no probe sequence needs, turn them back into empty slots.
    /// Returns how many it removed.
    pub fn prune_tombstones(&mut self, hash_of: &dyn Fn(&KeyRepr) -> u64) -> u16 {
        if (self.tombstones() as u32) * 10 < self.capacity as u32 {
            return 0; // not enough tombstones to be worth the effort
        }
        let ngroups = (self.groups.length_mask + 1) as usize;
        let mut needed = vec![false; ngroups];
        // Trace the probe sequence of every full entry: each tombstone group
        // it walks past before reaching its own group is needed.
        for i in 0..ngroups as u64 {
            let g = self.groups.group(i);
            let mut m = g.ctrls.match_full();
            while m.any() {
                let j = m.first();
                m = m.remove_first();
                let Some(slot) = &g.slots[j] else { continue };
                if !slot.kr.equal(&slot.kr) {
                    continue; // NaN: never looked up, its probe may be broken
                }
                let hash = hash_of(&slot.kr);
                let mut seq = ProbeSeq::new(h1(hash), self.groups.length_mask);
                for _ in 0..ngroups {
                    if seq.offset == i {
                        break;
                    }
                    if self.groups.group(seq.offset).ctrls.match_empty_or_deleted().any() {
                        needed[seq.offset as usize] = true;
                    }
                    seq = seq.next();
                }
            }
            if g.ctrls.match_empty().any() {
                // Groups with empty slots hold no tombstones to remove.
                needed[i as usize] = true;
            }
        }
        let cnt: u32 = (0..ngroups).filter(|&i| !needed[i]).map(|i| self.groups.group(i as u64).ctrls.match_empty_or_deleted().count()).sum();
        if cnt * 10 < self.capacity as u32 {
            return 0; // can't restore 10% of capacity: the caller grows instead
        }
        let mut removed = 0;
        for (i, need) in needed.iter().enumerate() {
            if *need {
                continue;
            }
            let g = self.groups.group_mut(i as u64);
            let mut m = g.ctrls.match_empty_or_deleted();
            while m.any() {
                let k = m.first();
                m = m.remove_first();
                g.ctrls.set(k, CTRL_EMPTY);
                self.growth_left += 1;
                removed += 1;
            }
        }
        removed
    }
}

/// Where an entry is: a slot of a small map's group, or of a table's group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Small { group: u32, slot: usize },
    Table { table: TableId, group: u64, slot: usize },
}

/// `dirPtr`: nothing yet, the one group of a small map, or the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirPtr {
    Nil,
    /// Index into [`Map::small_groups`].
    Small(u32),
    /// `dirLen` entries, each a table id; a table occupies `2^(globalDepth − localDepth)` consecutive ones.
    Directory(Vec<TableId>),
}

/// Go's `Map`.
#[derive(Debug, Clone)]
pub struct Map<K, V> {
    /// Entries in the map (`len`).
    pub used: u64,
    /// The hash seed; re-drawn when a delete empties the map and on `clear`.
    pub seed: u64,
    pub dir_ptr: DirPtr,
    /// Directory length (`1 << globalDepth`); 0 for a small or nil-group map.
    pub dir_len: usize,
    pub global_depth: u8,
    pub global_shift: u8,
    /// Toggled (`^= 1`) at the start and end of every write.
    pub writing: u8,
    /// False when no table can hold a tombstone (lets `clear` of an empty map return early).
    pub tombstone_possible: bool,
    /// Number of `clear` calls.
    pub clear_seq: u64,
    /// Every table ever made (ids are indices); stale ones have `index == -1`.
    pub tables: Vec<Table<K, V>>,
    /// Small-map groups (normally one; kept after growth for iterators).
    pub small_groups: Vec<Group<K, V>>,
    /// Go's `typ.Hasher`: the project's seeded hash unless a test sets another.
    pub hasher: fn(&KeyRepr, u64) -> u64,
}

/// What a micro-step did (for the timeline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Effect {
    Nothing,
    /// `writing ^= 1` at the start or end of a write.
    Toggled,
    /// `growToSmall`: the map's first group.
    GrewToSmall,
    /// Key found: element (and key) updated. `table` is None in a small map.
    Updated { table: Option<TableId>, group: u64, slot: u8 },
    /// `pruned`: tombstones `pruneTombstones` turned back into empty slots first.
    Inserted { table: Option<TableId>, group: u64, slot: u8, reused_tombstone: bool, pruned: u16 },
    Deleted { table: Option<TableId>, group: u64, slot: u8, tombstone: bool },
    /// `growToTable`: the small group's entries moved into a 16-slot table.
    GrewToTable { table: TableId },
    /// A rehash began: `grow` into one table of double capacity, or `split` into two.
    RehashStarted { old: TableId, new: Vec<TableId>, split: bool, capacity: u16 },
    /// One group of the old table copied into the new table(s).
    MovedGroup { old: TableId, group: u64, entries: u8 },
    /// The new table(s) replaced the old in the directory.
    Installed { old: TableId, new: Vec<TableId>, directory_grew: bool },
    /// Another writer replaced the old table first; this rehash was dropped.
    RehashAbandoned { old: TableId },
    Cleared,
}

/// Where a write's work is; each phase is one micro-step (the protocol's
/// check, toggle and finish come before and after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum WorkPhase {
    /// Probe and update/insert/delete, or clear. An insert that finds no
    /// room moves on to `GrowToTable` or `RehashGroup`.
    #[default]
    Probe,
    /// A full small map: `growToTable` (one group moved), then insert the key.
    GrowToTable,
    /// `grow`/`split`: copy the next group of the old table into the new table(s).
    RehashGroup,
    /// Install the new table(s) in the directory (`replaceTable` /
    /// `installTableSplit`, doubling the directory if needed); then probe again.
    Install,
}

/// A rehash in progress (Go's locals in `grow` / `split`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rehash {
    pub old: TableId,
    /// One table (grow) or left and right (split).
    pub new: Vec<TableId>,
    pub split: bool,
    /// Next group of the old table to copy.
    pub next_group: u64,
}

/// A write's work between micro-steps: its phase, and the rehash under way.
#[derive(Debug, Clone, Default)]
pub struct Work {
    pub phase: WorkPhase,
    pub rehash: Option<Rehash>,
    /// The new table(s) were installed by the last micro-step and the key is
    /// not stored yet: the state the "table replaces table" event describes
    /// (cleared when the probe runs again).
    pub just_installed: bool,
}

/// A write on a swiss map.
pub type Write<K, V> = super::protocol::Write<K, V, Work>;

/// Go's `Iter`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Iter {
    /// False when the map was empty at `Init` (Go's `it.m == nil`): nothing to produce.
    pub live: bool,
    pub entry_offset: u64,
    pub dir_offset: u64,
    /// `Map.clearSeq` at `Init`.
    pub clear_seq: u64,
    /// `Map.globalDepth` at the last `Next`.
    pub global_depth: u8,
    /// Directory index before `dirOffset`; −1 when the map was small at `Init`.
    pub dir_idx: i64,
    /// The table being walked (kept after it is replaced).
    pub tab: Option<TableId>,
    /// The small map's group (when `dir_idx == -1`).
    pub small_group: Option<u32>,
    /// Entry index before `entryOffset`: group index << 3 | slot.
    pub entry_idx: u64,
}

impl Iter {
    /// The group and slot `entryIdx` stands for in a table of `entry_mask + 1`
    /// slots (a small group: 8), counted from the random `entryOffset`.
    pub fn slot_at(&self, entry_mask: u64) -> (u64, usize) {
        let entry_idx = self.entry_idx.wrapping_add(self.entry_offset) & entry_mask;
        (entry_idx >> 3, (entry_idx & (MAP_GROUP_SLOTS as u64 - 1)) as usize)
    }
}

impl<K: Clone, V: Clone> Map<K, V> {
    /// `NewMap`: a hint ≤ 8 allocates nothing; a larger one sizes the
    /// directory and tables to hold `hint` entries at 7/8 load.
    /// The caller bounds `hint` (Go refuses hints over its allocation limit).
    pub fn new(hint: u64, seed: u64) -> Self {
        let mut m = Map {
            used: 0,
            seed,
            dir_ptr: DirPtr::Nil,
            dir_len: 0,
            global_depth: 0,
            global_shift: depth_to_shift(0),
            writing: 0,
            tombstone_possible: false,
            clear_seq: 0,
            tables: Vec::new(),
            small_groups: Vec::new(),
            hasher: hash_key,
        };
        if hint <= MAP_GROUP_SLOTS as u64 {
            return m;
        }
        let target_capacity = match hint.checked_mul(MAP_GROUP_SLOTS as u64) {
            Some(x) => x / MAX_AVG_GROUP_LOAD as u64,
            None => return m, // overflow: an empty map
        };
        let dir_size = target_capacity.div_ceil(MAX_TABLE_CAPACITY as u64).next_power_of_two();
        m.global_depth = dir_size.trailing_zeros() as u8;
        m.global_shift = depth_to_shift(m.global_depth);
        let mut dir = Vec::with_capacity(dir_size as usize);
        for i in 0..dir_size {
            let t = Table::new(target_capacity / dir_size, i as i64, m.global_depth);
            dir.push(m.add_table(t));
        }
        m.dir_len = dir.len();
        m.dir_ptr = DirPtr::Directory(dir);
        m
    }

    fn add_table(&mut self, t: Table<K, V>) -> TableId {
        self.tables.push(t);
        (self.tables.len() - 1) as TableId
    }

    pub fn hash(&self, kr: &KeyRepr) -> u64 {
        (self.hasher)(kr, self.seed)
    }

    /// `directoryIndex`: the top `globalDepth` bits of the hash.
    pub fn directory_index(&self, hash: u64) -> usize {
        if self.dir_len == 1 {
            return 0;
        }
        (hash >> (self.global_shift & 63)) as usize
    }

    /// `directoryAt`.
    pub fn directory_at(&self, i: usize) -> Option<TableId> {
        match &self.dir_ptr {
            DirPtr::Directory(d) => d.get(i).copied(),
            _ => None,
        }
    }

    /// The distinct tables in directory order.
    pub fn directory_tables(&self) -> Vec<TableId> {
        let mut out: Vec<TableId> = Vec::new();
        if let DirPtr::Directory(d) = &self.dir_ptr {
            for &t in d {
                if out.last() != Some(&t) {
                    out.push(t);
                }
            }
        }
        out
    }

    /// The small map's group, if the map is small.
    pub fn small_group(&self) -> Option<&Group<K, V>> {
        match self.dir_ptr {
            DirPtr::Small(g) => Some(&self.small_groups[g as usize]),
            _ => None,
        }
    }

    /// The table a hash selects (Nil/small maps: None).
    pub fn table_for(&self, hash: u64) -> Option<TableId> {
        if self.dir_len == 0 {
            return None;
        }
        self.directory_at(self.directory_index(hash))
    }

    /// The probe `op` of `kr` walks: the table (None: small map), the
    /// groups it visits in order, and where it ends in the last one.
    pub fn probe_groups(&self, op: ProbeOp, kr: &KeyRepr) -> (Option<TableId>, Vec<u64>, ProbeEnd) {
        let hash = self.hash(kr);
        // The key's slot in group g (H2 match, then key equality), else its first empty slot.
        let end_in = |g: &Group<K, V>| -> Option<ProbeEnd> {
            let mut m = g.ctrls.match_h2(h2(hash));
            while m.any() {
                if matches!(&g.slots[m.first()], Some(s) if s.kr.equal(kr)) {
                    return Some(ProbeEnd { found: true, slot: Some(m.first()) });
                }
                m = m.remove_first();
            }
            let e = g.ctrls.match_empty();
            e.any().then(|| ProbeEnd { found: false, slot: Some(e.first()) })
        };
        let Some(t) = self.table_for(hash) else {
            // getWithKeySmall and deleteSmall match the one group whole and
            // never look for an empty slot ("a single group means no need to
            // probe or check for empty"); putSlotSmall puts a new key in the
            // first empty slot (a small map has no tombstones). An empty
            // map's probe ends at once.
            let end = self.small_group().and_then(end_in).unwrap_or(ProbeEnd { found: false, slot: None });
            let end = if end.found || op == ProbeOp::Assign { end } else { ProbeEnd { found: false, slot: None } };
            return (None, vec![0], end);
        };
        let tab = &self.tables[t as usize];
        let mut seq = ProbeSeq::new(h1(hash), tab.groups.length_mask);
        let mut out = Vec::new();
        for _ in 0..=tab.groups.length_mask {
            out.push(seq.offset);
            if let Some(end) = end_in(tab.groups.group(seq.offset)) {
                return (Some(t), out, end);
            }
            seq = seq.next();
        }
        (Some(t), out, ProbeEnd { found: false, slot: None })
    }

    /// `getWithKey` without the `writing` check: the entry holding `kr`.
    pub fn get_with_key(&self, kr: &KeyRepr) -> Option<&Slot<K, V>> {
        match self.place_of(kr)? {
            Place::Small { group, slot } => self.small_groups[group as usize].slots[slot].as_ref(),
            Place::Table { table, group, slot } => self.tables[table as usize].groups.group(group).slots[slot].as_ref(),
        }
    }

    /// Where the entry holding `kr` is: the slot whose element a program's
    /// `m[k]` reads and writes (its address, for the race detector).
    pub fn place_of(&self, kr: &KeyRepr) -> Option<Place> {
        if self.used == 0 {
            return None;
        }
        let hash = self.hash(kr);
        match &self.dir_ptr {
            DirPtr::Nil => None,
            DirPtr::Small(g) => {
                // getWithKeySmall: one group, no probe, no need to look for empty.
                let group = &self.small_groups[*g as usize];
                let mut m = group.ctrls.match_h2(h2(hash));
                while m.any() {
                    let i = m.first();
                    if matches!(&group.slots[i], Some(s) if s.kr.equal(kr)) {
                        return Some(Place::Small { group: *g, slot: i });
                    }
                    m = m.remove_first();
                }
                None
            }
            DirPtr::Directory(_) => {
                let table = self.table_for(hash)?;
                let (group, slot) = self.tables[table as usize].find(hash, kr)?;
                Some(Place::Table { table, group, slot })
            }
        }
    }

    /// `mapaccess` (`getWithoutKey`): an empty map answers without the check;
    /// otherwise a set `writing` throws `concurrent map read and map write`.
    pub fn get(&self, kr: &KeyRepr) -> Result<Option<&V>, &'static str> {
        if self.used == 0 {
            return Ok(None);
        }
        if self.writing != 0 {
            return Err(CONCURRENT_READ);
        }
        Ok(self.get_with_key(kr).map(|s| &s.elem))
    }

    /// Begins a write: `mapassign` (key and elem), `mapdelete` (key) or `mapclear`.
    pub fn write(kind: WriteKind, key: Option<K>, kr: Option<KeyRepr>, elem: Option<V>) -> Write<K, V> {
        Write::new(kind, key, kr, elem)
    }

    /// `growToSmall`: the map's first group.
    fn grow_to_small(&mut self) {
        self.small_groups.push(Group::empty());
        self.dir_ptr = DirPtr::Small((self.small_groups.len() - 1) as u32);
    }

    /// `growToTable`: the small group's entries into a new 16-slot table,
    /// which becomes the directory's only entry.
    fn grow_to_table(&mut self) -> TableId {
        let mut tab = Table::new(2 * MAP_GROUP_SLOTS as u64, 0, 0);
        if let DirPtr::Small(g) = self.dir_ptr {
            for i in 0..MAP_GROUP_SLOTS {
                let g = &self.small_groups[g as usize];
                if g.ctrls.get(i) & CTRL_EMPTY == CTRL_EMPTY {
                    continue;
                }
                if let Some(s) = g.slots[i].clone() {
                    let hash = self.hash(&s.kr);
                    tab.unchecked_put_slot(hash, s);
                }
            }
        }
        let id = self.add_table(tab);
        self.dir_ptr = DirPtr::Directory(vec![id]);
        self.dir_len = 1;
        self.global_depth = 0;
        self.global_shift = depth_to_shift(0);
        id
    }

    /// `putSlotSmall`: update or insert in the one group; None when it is full.
    fn put_slot_small(&mut self, hash: u64, key: K, kr: KeyRepr, elem: V) -> Result<Effect, (K, KeyRepr, V)> {
        let DirPtr::Small(gid) = self.dir_ptr else { return Err((key, kr, elem)) };
        let g = &mut self.small_groups[gid as usize];
        let mut m = g.ctrls.match_h2(h2(hash));
        while m.any() {
            let i = m.first();
            if let Some(s) = &mut g.slots[i] {
                if s.kr.equal(&kr) {
                    // NeedKeyUpdate (+0.0 / -0.0, strings): the key is stored again.
                    *s = Slot { key, kr, elem };
                    return Ok(Effect::Updated { table: None, group: 0, slot: i as u8 });
                }
            }
            m = m.remove_first();
        }
        // Small maps have no tombstones.
        let m = g.ctrls.match_empty_or_deleted();
        if !m.any() {
            return Err((key, kr, elem));
        }
        let i = m.first();
        g.slots[i] = Some(Slot { key, kr, elem });
        g.ctrls.set(i, h2(hash));
        self.used += 1;
        Ok(Effect::Inserted { table: None, group: 0, slot: i as u8, reused_tombstone: false, pruned: 0 })
    }

    /// `table.PutSlot`'s probe: update in place, insert, or start a rehash
    /// (after `pruneTombstones` failed to make room).
    fn put_slot_table(&mut self, t: TableId, hash: u64, key: K, kr: KeyRepr, elem: V) -> Result<Effect, Rehash> {
        let hasher = self.hasher;
        let seed = self.seed;
        let tab = &mut self.tables[t as usize];
        let mut seq = ProbeSeq::new(h1(hash), tab.groups.length_mask);
        // The first tombstone along the probe, reused for an insert.
        let mut first_deleted: Option<(u64, usize)> = None;
        let h2_hash = h2(hash);
        let mut end: Option<(u64, usize)> = None;
        for _ in 0..=tab.groups.length_mask {
            let g = tab.groups.group_mut(seq.offset);
            let mut m = g.ctrls.match_h2(h2_hash);
            while m.any() {
                let i = m.first();
                if let Some(s) = &mut g.slots[i] {
                    if s.kr.equal(&kr) {
                        *s = Slot { key, kr, elem };
                        return Ok(Effect::Updated { table: Some(t), group: seq.offset, slot: i as u8 });
                    }
                }
                m = m.remove_first();
            }
            let m = g.ctrls.match_empty_or_deleted();
            if !m.any() {
                seq = seq.next();
                continue; // nothing but full slots: keep probing
            }
            let i = m.first();
            if g.ctrls.get(i) == CTRL_DELETED {
                // Remember the first tombstone, and keep probing (Go looks
                // only at the group's first free slot here).
                if first_deleted.is_none() {
                    first_deleted = Some((seq.offset, i));
                }
                seq = seq.next();
                continue;
            }
            end = Some((seq.offset, i));
            break;
        }
        // An empty slot ends the probe: the key is absent. (No empty slot at
        // all can only happen in a table a race has broken: treat it as full.)
        let mut at = end;
        let mut reused = false;
        if let Some(d) = first_deleted {
            at = Some(d);
            reused = true;
            tab.growth_left += 1; // decremented below: reusing a tombstone costs no growth
        }
        let mut pruned = 0;
        if tab.growth_left == 0 {
            pruned = tab.prune_tombstones(&|k: &KeyRepr| hasher(k, seed));
        }
        if let (Some((gi, i)), true) = (at, tab.growth_left > 0) {
            let g = tab.groups.group_mut(gi);
            g.slots[i] = Some(Slot { key, kr, elem });
            g.ctrls.set(i, h2_hash);
            tab.growth_left -= 1;
            tab.used += 1;
            self.used += 1;
            return Ok(Effect::Inserted { table: Some(t), group: gi, slot: i as u8, reused_tombstone: reused, pruned });
        }
        if reused {
            tab.growth_left -= 1; // undo: the tombstone stays (Go leaves it incremented and the table is replaced)
        }
        Err(self.begin_rehash(t))
    }

    /// `rehash`: allocate the replacement — one table of double capacity
    /// (`grow`), or two of `maxTableCapacity` one bit deeper (`split`).
    fn begin_rehash(&mut self, t: TableId) -> Rehash {
        let old = &self.tables[t as usize];
        let new_capacity = 2 * old.capacity as u64;
        if new_capacity <= MAX_TABLE_CAPACITY as u64 {
            let nt = Table::new(new_capacity, old.index, old.local_depth);
            let id = self.add_table(nt);
            Rehash { old: t, new: vec![id], split: false, next_group: 0 }
        } else {
            let local_depth = old.local_depth + 1;
            let left = self.add_table(Table::new(MAX_TABLE_CAPACITY as u64, -1, local_depth));
            let right = self.add_table(Table::new(MAX_TABLE_CAPACITY as u64, -1, local_depth));
            Rehash { old: t, new: vec![left, right], split: true, next_group: 0 }
        }
    }

    /// One group of `grow`/`split`: copy its full slots into the new table(s).
    fn rehash_group(&mut self, r: &mut Rehash) -> Effect {
        let gi = r.next_group;
        r.next_group += 1;
        let old = &self.tables[r.old as usize];
        if gi > old.groups.length_mask || old.groups.data.is_empty() {
            return Effect::MovedGroup { old: r.old, group: gi, entries: 0 };
        }
        let g = old.groups.group(gi).clone();
        let mut entries = 0;
        for j in 0..MAP_GROUP_SLOTS {
            if g.ctrls.get(j) & CTRL_EMPTY == CTRL_EMPTY {
                continue; // empty or deleted
            }
            let Some(s) = g.slots[j].clone() else { continue };
            let hash = self.hash(&s.kr);
            let dest = if r.split && hash & local_depth_mask(self.tables[r.new[0] as usize].local_depth) != 0 { r.new[1] } else { r.new[0] };
            self.tables[dest as usize].unchecked_put_slot(hash, s);
            entries += 1;
        }
        Effect::MovedGroup { old: r.old, group: gi, entries }
    }

    /// `replaceTable`: point the table's directory entries at it.
    fn replace_table(&mut self, nt: TableId) {
        let t = &self.tables[nt as usize];
        let entries = 1usize << (self.global_depth.saturating_sub(t.local_depth) as u32).min(63);
        let index = t.index;
        if let DirPtr::Directory(d) = &mut self.dir_ptr {
            for i in 0..entries {
                if let Some(e) = d.get_mut((index as usize).wrapping_add(i)) {
                    *e = nt;
                }
            }
        }
    }

    /// `installTableSplit`: double the directory if the old table was as
    /// deep as it, then install left and right.
    fn install_table_split(&mut self, old: TableId, left: TableId, right: TableId) -> bool {
        let mut grew = false;
        if self.tables[old as usize].local_depth == self.global_depth {
            // No room for another level in the directory: double it.
            let DirPtr::Directory(d) = &self.dir_ptr else { return false };
            let mut new_dir = Vec::with_capacity(d.len() * 2);
            let d = d.clone();
            for (i, &t) in d.iter().enumerate() {
                new_dir.push(t);
                new_dir.push(t);
                // A table may appear at several indices: update its index once,
                // at its first (original) one.
                if self.tables[t as usize].index == i as i64 {
                    self.tables[t as usize].index = 2 * i as i64;
                }
            }
            self.global_depth += 1;
            self.global_shift -= 1;
            self.dir_len = new_dir.len();
            self.dir_ptr = DirPtr::Directory(new_dir);
            grew = true;
        }
        // Left and right may still take several entries each, if the
        // directory grew several times since old was last split.
        self.tables[left as usize].index = self.tables[old as usize].index;
        self.replace_table(left);
        let entries = 1i64 << (self.global_depth.saturating_sub(self.tables[left as usize].local_depth) as u32).min(62);
        self.tables[right as usize].index = self.tables[left as usize].index + entries;
        self.replace_table(right);
        grew
    }

    /// Installs a finished rehash; the old table becomes stale.
    fn install(&mut self, r: &Rehash) -> Effect {
        if self.tables[r.old as usize].index < 0 || self.dir_len == 0 {
            // Another (racing) writer replaced it first.
            for &t in &r.new {
                self.tables[t as usize].groups = GroupsReference { data: Vec::new(), length_mask: 0 };
                self.tables[t as usize].index = -1;
            }
            return Effect::RehashAbandoned { old: r.old };
        }
        let directory_grew = if r.split {
            self.install_table_split(r.old, r.new[0], r.new[1])
        } else {
            self.tables[r.new[0] as usize].index = self.tables[r.old as usize].index;
            self.replace_table(r.new[0]);
            false
        };
        self.tables[r.old as usize].index = -1;
        Effect::Installed { old: r.old, new: r.new.clone(), directory_grew }
    }

    /// `deleteSmall`: small maps reuse the slot at once (no tombstones).
    fn delete_small(&mut self, hash: u64, kr: &KeyRepr) -> Effect {
        let DirPtr::Small(gid) = self.dir_ptr else { return Effect::Nothing };
        let g = &mut self.small_groups[gid as usize];
        let mut m = g.ctrls.match_h2(h2(hash));
        while m.any() {
            let i = m.first();
            if matches!(&g.slots[i], Some(s) if s.kr.equal(kr)) {
                self.used = self.used.saturating_sub(1); // saturating: a racing write may have broken the count
                g.slots[i] = None;
                g.ctrls.set(i, CTRL_EMPTY);
                return Effect::Deleted { table: None, group: 0, slot: i as u8, tombstone: false };
            }
            m = m.remove_first();
        }
        Effect::Nothing
    }

    /// `Map.Clear` after the check: every table cleared in place (the directory is kept).
    fn clear(&mut self, rand: &mut dyn FnMut() -> u64) {
        match &self.dir_ptr {
            DirPtr::Nil => {}
            DirPtr::Small(g) => {
                let g = *g as usize;
                self.small_groups[g].clear();
                self.used = 0;
            }
            DirPtr::Directory(_) => {
                for t in self.directory_tables() {
                    self.tables[t as usize].clear();
                }
                self.used = 0;
                self.tombstone_possible = false;
            }
        }
        self.clear_seq += 1;
        // A new seed makes repeated collisions harder (go.dev/issue/25237).
        self.seed = rand();
    }

    /// Runs the next micro-step of `w` (the protocol, `gomap/protocol.rs`).
    pub fn step(&mut self, w: &mut Write<K, V>, rand: &mut dyn FnMut() -> u64) -> Step<Effect> {
        super::protocol::step(self, w, rand)
    }

    /// A whole write at once (tests, and places where nothing can interleave).
    pub fn run_write(&mut self, w: Write<K, V>, rand: &mut dyn FnMut() -> u64) -> Result<(), &'static str> {
        super::protocol::run_write(self, w, rand)
    }

    /// One micro-step of a write's work, between the protocol's toggles.
    fn work_step(&mut self, kind: WriteKind, a: &mut Args<K, V>, w: &mut Work, rand: &mut dyn FnMut() -> u64) -> Worked<Effect> {
        match w.phase {
            WorkPhase::Probe => {
                w.just_installed = false;
                let e = match kind {
                    WriteKind::Assign => {
                        if self.dir_ptr == DirPtr::Nil {
                            self.grow_to_small();
                        }
                        let (Some(key), Some(kr), Some(elem)) = (a.key.clone(), a.kr.clone(), a.elem.clone()) else {
                            return Worked::Done(Effect::Nothing);
                        };
                        if self.dir_len == 0 {
                            match self.put_slot_small(a.hash, key, kr, elem) {
                                Ok(e) => e,
                                Err(_) => {
                                    // Can't fit another entry: grow to a full-size map.
                                    w.phase = WorkPhase::GrowToTable;
                                    return Worked::More(Effect::Nothing);
                                }
                            }
                        } else {
                            let t = self.table_for(a.hash).expect("a directory entry for every hash");
                            match self.put_slot_table(t, a.hash, key, kr, elem) {
                                Ok(e) => e,
                                Err(r) => {
                                    let e = Effect::RehashStarted { old: r.old, new: r.new.clone(), split: r.split, capacity: self.tables[r.new[0] as usize].capacity };
                                    w.rehash = Some(r);
                                    w.phase = WorkPhase::RehashGroup;
                                    return Worked::More(e);
                                }
                            }
                        }
                    }
                    WriteKind::Delete => {
                        let kr = a.kr.clone().unwrap_or_else(|| KeyRepr { bytes: std::rc::Rc::from(&[][..]), nan: true });
                        let e = if self.dir_len == 0 {
                            self.delete_small(a.hash, &kr)
                        } else {
                            match self.table_for(a.hash) {
                                Some(t) => match self.tables[t as usize].delete(a.hash, &kr) {
                                    Some((gi, i, tombstone)) => {
                                        self.used = self.used.saturating_sub(1); // saturating: a racing write may have broken the count
                                        if tombstone {
                                            self.tombstone_possible = true;
                                        }
                                        Effect::Deleted { table: Some(t), group: gi, slot: i as u8, tombstone }
                                    }
                                    None => Effect::Nothing,
                                },
                                None => Effect::Nothing,
                            }
                        };
                        if self.used == 0 {
                            self.seed = rand();
                        }
                        e
                    }
                    WriteKind::Clear => {
                        self.clear(rand);
                        Effect::Cleared
                    }
                };
                Worked::Done(e)
            }
            WorkPhase::GrowToTable => {
                let (Some(key), Some(kr), Some(elem)) = (a.key.clone(), a.kr.clone(), a.elem.clone()) else {
                    return Worked::Done(Effect::Nothing);
                };
                if self.dir_len != 0 {
                    // A racing writer grew it already: probe the table.
                    w.phase = WorkPhase::Probe;
                    return Worked::More(Effect::Nothing);
                }
                let t = self.grow_to_table();
                // uncheckedPutSlotForAssign, then used++.
                let tab = &mut self.tables[t as usize];
                if tab.unchecked_put_slot(a.hash, Slot { key, kr, elem }).is_some() {
                    self.used += 1;
                }
                Worked::Done(Effect::GrewToTable { table: t })
            }
            WorkPhase::RehashGroup => {
                let Some(mut r) = w.rehash.take() else {
                    w.phase = WorkPhase::Probe;
                    return Worked::More(Effect::Nothing);
                };
                let e = self.rehash_group(&mut r);
                if r.next_group > self.tables[r.old as usize].groups.length_mask {
                    w.phase = WorkPhase::Install;
                }
                w.rehash = Some(r);
                Worked::More(e)
            }
            WorkPhase::Install => {
                let e = match w.rehash.take() {
                    Some(r) => self.install(&r),
                    None => Effect::Nothing,
                };
                // PutSlot returned !ok: look the table up again and probe.
                w.phase = WorkPhase::Probe;
                w.just_installed = true;
                Worked::More(e)
            }
        }
    }

    /// `Iter.Init`: random entry and directory offsets from `rand` (two draws, in Go's order).
    pub fn iter_init(&self, rand: &mut dyn FnMut() -> u64) -> Iter {
        let mut it = Iter { live: false, entry_offset: 0, dir_offset: 0, clear_seq: 0, global_depth: 0, dir_idx: 0, tab: None, small_group: None, entry_idx: 0 };
        if self.used == 0 {
            return it;
        }
        if self.dir_len == 0 {
            // dirIdx == -1 marks a map that was small at Init.
            it.dir_idx = -1;
            if let DirPtr::Small(g) = self.dir_ptr {
                it.small_group = Some(g);
            }
        }
        it.live = true;
        it.entry_offset = rand();
        it.dir_offset = rand();
        it.global_depth = self.global_depth;
        it.clear_seq = self.clear_seq;
        it
    }

    /// `grownKeyElem`: the key (as now stored) and elem of a key seen in an
    /// old table or group, looked up again in the map; a NaN key cannot be
    /// looked up, and is produced from the old slot unless a clear happened.
    fn grown_key_elem(&self, it: &Iter, old: &Slot<K, V>) -> Option<(K, V)> {
        match self.get_with_key(&old.kr) {
            Some(s) => Some((s.key.clone(), s.elem.clone())),
            None if it.clear_seq == self.clear_seq && !old.kr.equal(&old.kr) => Some((old.key.clone(), old.elem.clone())),
            None => None,
        }
    }

    /// `Iter.Next`: the next key and element, `Ok(None)` at the end, or the
    /// throw `concurrent map iteration and map write` when `writing` is set.
    pub fn iter_next(&self, it: &mut Iter) -> Result<Option<(K, V)>, &'static str> {
        if !it.live {
            return Ok(None); // empty at Init
        }
        if self.writing != 0 {
            return Err(CONCURRENT_ITERATION);
        }
        Ok(self.next_entry(it))
    }

    /// `Iter.Next` after the `writing` check.
    pub fn next_entry(&self, it: &mut Iter) -> Option<(K, V)> {
        if !it.live {
            return None;
        }
        if it.dir_idx < 0 {
            // Small at Init: a rotation of the group's 8 slots. If the map
            // has grown since, the old group picks the keys and the map is asked again.
            let Some(gid) = it.small_group else { return None };
            let g = &self.small_groups[gid as usize];
            while it.entry_idx < MAP_GROUP_SLOTS as u64 {
                let k = (it.entry_idx.wrapping_add(it.entry_offset) % MAP_GROUP_SLOTS as u64) as usize;
                if g.ctrls.get(k) & CTRL_EMPTY == CTRL_EMPTY {
                    it.entry_idx += 1;
                    continue; // empty or deleted
                }
                let Some(s) = &g.slots[k] else {
                    it.entry_idx += 1;
                    continue;
                };
                let grown = self.dir_len > 0;
                let kv = if grown { self.grown_key_elem(it, s) } else { Some((s.key.clone(), s.elem.clone())) };
                it.entry_idx += 1;
                match kv {
                    Some(kv) => return Some(kv),
                    None => continue,
                }
            }
            return None;
        }

        if it.global_depth != self.global_depth {
            // The directory grew since the last Next: the directory order is
            // kept, each entry became 2^orders entries, so scale the index
            // and the offset (multiplication distributes over the modulo).
            let orders = self.global_depth.saturating_sub(it.global_depth) as u32;
            it.dir_idx <<= orders;
            it.dir_offset = it.dir_offset.wrapping_shl(orders);
            it.global_depth = self.global_depth;
        }

        while (it.dir_idx as usize) < self.dir_len {
            // Resolve the table.
            let tab_id = match it.tab {
                Some(t) => t,
                None => {
                    let mut dir_idx = ((it.dir_idx as u64).wrapping_add(it.dir_offset) & (self.dir_len as u64 - 1)) as usize;
                    let new_tab = self.directory_at(dir_idx).expect("directory entry");
                    let idx = self.tables[new_tab as usize].index;
                    if idx != dir_idx as i64 && idx >= 0 {
                        // The random first dirIdx may land in the middle of a
                        // table's run of entries: move the offset back to its first.
                        let diff = dir_idx as i64 - idx;
                        it.dir_offset = it.dir_offset.wrapping_sub(diff as u64);
                        dir_idx = idx as usize;
                    }
                    let _ = dir_idx;
                    it.tab = Some(new_tab);
                    new_tab
                }
            };
            // Use it.tab, not the directory's table: after growth the old
            // table decides which keys come next.
            let tab = &self.tables[tab_id as usize];
            let entry_mask = (tab.capacity as u64).wrapping_sub(1);
            let grown = tab.index == -1;
            if let Some(kv) = self.next_in_table(it, tab, entry_mask, grown) {
                return Some(kv);
            }
            // Next table: skip the other entries of this table (and of the
            // halves it split into, which the old table already covers).
            let entries = 1i64 << (self.global_depth.saturating_sub(tab.local_depth) as u32).min(62);
            it.dir_idx += entries;
            it.tab = None;
            it.entry_idx = 0;
        }
        None
    }

    /// The part of `Iter.Next` inside one table, as Go writes it: a fast
    /// path that checks the slot at `entryIdx`, then a scan that jumps with
    /// `matchFull` to the next full slot, leaving `entryIdx` at the following
    /// full slot (or the next group) for the next call — so an entry added
    /// behind that point during iteration is not produced, as in Go.
    fn next_in_table(&self, it: &mut Iter, tab: &Table<K, V>, entry_mask: u64, grown: bool) -> Option<(K, V)> {
        if it.entry_idx > entry_mask || tab.groups.data.is_empty() {
            return None;
        }
        let slot_of = |it: &Iter| it.slot_at(entry_mask);
        let produce = |it: &Iter, s: &Option<Slot<K, V>>| -> Option<(K, V)> {
            let s = s.as_ref()?;
            if grown {
                self.grown_key_elem(it, s)
            } else {
                Some((s.key.clone(), s.elem.clone()))
            }
        };
        // Fast path: at 7/8 load the slot at entryIdx is most likely full.
        let (gi, slot_idx) = slot_of(it);
        let g = tab.groups.group(gi);
        if g.ctrls.get(slot_idx) & CTRL_EMPTY == 0 {
            if let Some(kv) = produce(it, &g.slots[slot_idx]) {
                it.entry_idx += 1;
                return Some(kv);
            }
        }
        it.entry_idx += 1;
        // Slow path: match the control word to jump to the next full slot.
        let mut group_match = Bitset(0);
        while it.entry_idx <= entry_mask {
            let (gi, mut slot_idx) = slot_of(it);
            let g = tab.groups.group(gi);
            if !group_match.any() {
                group_match = g.ctrls.match_full().remove_below(slot_idx);
                if !group_match.any() {
                    // Only empty or deleted slots left in this group.
                    it.entry_idx += (MAP_GROUP_SLOTS - slot_idx) as u64;
                    continue;
                }
                let i = group_match.first();
                it.entry_idx += (i - slot_idx) as u64;
                if it.entry_idx > entry_mask {
                    continue; // past the end of this table's walk
                }
                slot_idx = i;
            }
            let kv = produce(it, &g.slots[slot_idx]);
            group_match = group_match.remove_first();
            if !group_match.any() {
                it.entry_idx += (MAP_GROUP_SLOTS - slot_idx) as u64;
            } else {
                it.entry_idx += (group_match.first() - slot_idx) as u64;
            }
            if kv.is_some() {
                return kv;
            }
            // The key is gone from the map: on to the next full slot.
        }
        None
    }

    /// Tables no directory entry points to any more and no iterator in `keep`
    /// walks: their groups are freed (Go's GC would collect them).
    pub fn release_stale(&mut self, keep: &[TableId]) {
        for (id, t) in self.tables.iter_mut().enumerate() {
            if t.index == -1 && !keep.contains(&(id as TableId)) && !t.groups.data.is_empty() {
                t.groups = GroupsReference { data: Vec::new(), length_mask: 0 };
            }
        }
    }

    /// Every entry (for printing, `maps.Keys` …), in slot order, without checks.
    pub fn entries(&self) -> Vec<(K, V)> {
        let mut out = Vec::with_capacity(self.used as usize);
        let mut push = |g: &Group<K, V>| {
            for i in 0..MAP_GROUP_SLOTS {
                if g.ctrls.get(i) & CTRL_EMPTY == 0 {
                    if let Some(s) = &g.slots[i] {
                        out.push((s.key.clone(), s.elem.clone()));
                    }
                }
            }
        };
        match &self.dir_ptr {
            DirPtr::Nil => {}
            DirPtr::Small(g) => push(&self.small_groups[*g as usize]),
            DirPtr::Directory(_) => {
                for t in self.directory_tables() {
                    for g in &self.tables[t as usize].groups.data {
                        push(g);
                    }
                }
            }
        }
        out
    }

    /// Go's invariants (`checkInvariants` in table_debug.go, and the
    /// directory's): for every installed table, `used` = full slots,
    /// `growthLeft` = 7/8·capacity − used − tombstones, at least one empty
    /// slot, every non-NaN key found along its probe sequence and in the
    /// table its hash selects; directory runs match local depths; the map's
    /// `used` is the sum; a small map has no tombstones.
    pub fn check_invariants(&self) -> Result<(), String> {
        match &self.dir_ptr {
            DirPtr::Nil => {
                if self.used != 0 {
                    return Err(format!("nil group but used {}", self.used));
                }
                Ok(())
            }
            DirPtr::Small(g) => {
                let g = &self.small_groups[*g as usize];
                let mut full = 0;
                for i in 0..MAP_GROUP_SLOTS {
                    let c = g.ctrls.get(i);
                    if c == CTRL_DELETED {
                        return Err(format!("small map has a tombstone in slot {i}"));
                    }
                    if c & CTRL_EMPTY == 0 {
                        full += 1;
                        let s = g.slots[i].as_ref().ok_or_else(|| format!("small slot {i} full without a key"))?;
                        if c != h2(self.hash(&s.kr)) {
                            return Err(format!("small slot {i}: ctrl {c:#x} is not the key's H2"));
                        }
                    } else if c != CTRL_EMPTY {
                        return Err(format!("small slot {i}: bad ctrl {c:#x}"));
                    } else if g.slots[i].is_some() {
                        return Err(format!("small slot {i} empty but holds a key"));
                    }
                }
                if self.dir_len != 0 || full != self.used {
                    return Err(format!("small map: used {} but {} full slots, dirLen {}", self.used, full, self.dir_len));
                }
                Ok(())
            }
            DirPtr::Directory(d) => {
                if d.len() != self.dir_len || self.dir_len != 1usize << self.global_depth || self.global_shift != depth_to_shift(self.global_depth) {
                    return Err(format!("directory length {} / dirLen {} / globalDepth {} / globalShift {}", d.len(), self.dir_len, self.global_depth, self.global_shift));
                }
                let mut total = 0u64;
                let mut i = 0usize;
                while i < d.len() {
                    let tid = d[i];
                    let t = &self.tables[tid as usize];
                    if t.index != i as i64 {
                        return Err(format!("table {tid} at directory {i} has index {}", t.index));
                    }
                    if t.local_depth > self.global_depth {
                        return Err(format!("table {tid}: localDepth {} > globalDepth {}", t.local_depth, self.global_depth));
                    }
                    let entries = 1usize << (self.global_depth - t.local_depth);
                    if !i.is_multiple_of(entries) || i + entries > d.len() || d[i..i + entries].iter().any(|&x| x != tid) {
                        return Err(format!("table {tid} (localDepth {}) should fill directory {i}..{}", t.local_depth, i + entries));
                    }
                    if d[i + entries..].contains(&tid) {
                        return Err(format!("table {tid} appears again after its run"));
                    }
                    self.check_table(tid, i, entries)?;
                    total += t.used as u64;
                    i += entries;
                }
                if total != self.used {
                    return Err(format!("map used {} but tables hold {}", self.used, total));
                }
                Ok(())
            }
        }
    }

    fn check_table(&self, tid: TableId, first: usize, entries: usize) -> Result<(), String> {
        let t = &self.tables[tid as usize];
        if !t.capacity.is_power_of_two() || (t.capacity as usize) < MAP_GROUP_SLOTS || t.capacity > MAX_TABLE_CAPACITY || t.groups.data.len() as u64 != t.capacity as u64 / 8 || t.groups.length_mask + 1 != t.groups.data.len() as u64 {
            return Err(format!("table {tid}: capacity {} with {} groups", t.capacity, t.groups.data.len()));
        }
        let (mut used, mut deleted, mut empty) = (0u16, 0u16, 0u16);
        for (gi, g) in t.groups.data.iter().enumerate() {
            for j in 0..MAP_GROUP_SLOTS {
                let c = g.ctrls.get(j);
                match c {
                    CTRL_DELETED => {
                        deleted += 1;
                        if g.slots[j].is_some() {
                            return Err(format!("table {tid} group {gi} slot {j}: tombstone holds a key"));
                        }
                    }
                    CTRL_EMPTY => {
                        empty += 1;
                        if g.slots[j].is_some() {
                            return Err(format!("table {tid} group {gi} slot {j}: empty slot holds a key"));
                        }
                    }
                    c if c & CTRL_EMPTY == 0 => {
                        used += 1;
                        let s = g.slots[j].as_ref().ok_or_else(|| format!("table {tid} group {gi} slot {j}: full without a key"))?;
                        let hash = self.hash(&s.kr);
                        if c != h2(hash) {
                            return Err(format!("table {tid} group {gi} slot {j}: ctrl {c:#x} is not H2 {:#x}", h2(hash)));
                        }
                        let di = self.directory_index(hash);
                        if di < first || di >= first + entries {
                            return Err(format!("table {tid}: key's directory index {di} is outside {first}..{}", first + entries));
                        }
                        if s.kr.equal(&s.kr) && t.find(hash, &s.kr) != Some((gi as u64, j)) {
                            return Err(format!("table {tid} group {gi} slot {j}: key not found along its probe sequence"));
                        }
                    }
                    c => return Err(format!("table {tid} group {gi} slot {j}: bad ctrl {c:#x}")),
                }
            }
            // A group with an empty slot holds no tombstone (Go deletes in place there).
            if g.ctrls.match_empty().any() && (0..MAP_GROUP_SLOTS).any(|j| g.ctrls.get(j) == CTRL_DELETED) {
                return Err(format!("table {tid} group {gi}: tombstone beside an empty slot"));
            }
        }
        if used != t.used {
            return Err(format!("table {tid}: {used} full slots but used {}", t.used));
        }
        let max = t.capacity * MAX_AVG_GROUP_LOAD / MAP_GROUP_SLOTS as u16;
        if t.growth_left as i32 != max as i32 - used as i32 - deleted as i32 {
            return Err(format!("table {tid}: growthLeft {} but 7/8·{} − {used} used − {deleted} tombstones", t.growth_left, t.capacity));
        }
        if t.tombstones() != deleted {
            return Err(format!("table {tid}: {deleted} tombstones, counters say {}", t.tombstones()));
        }
        if empty == 0 {
            return Err(format!("table {tid}: no empty slot (probes would not end)"));
        }
        Ok(())
    }
}

/// The swiss map under the write protocol (`gomap/protocol.rs`).
impl<K: Clone, V: Clone> Model for Map<K, V> {
    type Key = K;
    type Elem = V;
    type Work = Work;
    type Effect = Effect;
    fn writing(&self) -> bool {
        self.writing != 0
    }
    fn toggle_writing(&mut self) {
        self.writing ^= 1;
    }
    /// `Delete` of an empty map, `Clear` of one that has no tombstones either.
    fn returns_early(&self, kind: WriteKind) -> bool {
        kind == WriteKind::Delete && self.used == 0 || kind == WriteKind::Clear && self.used == 0 && !self.tombstone_possible
    }
    fn hash(&self, kr: &KeyRepr) -> u64 {
        Map::hash(self, kr)
    }
    fn begin_work(&self, _kind: WriteKind) -> Work {
        Work::default()
    }
    fn work(&mut self, kind: WriteKind, args: &mut Args<K, V>, work: &mut Work, rand: &mut dyn FnMut() -> u64) -> Worked<Effect> {
        self.work_step(kind, args, work, rand)
    }
    fn no_effect() -> Effect {
        Effect::Nothing
    }
    fn toggled() -> Effect {
        Effect::Toggled
    }
}

// ---------------------------------------------------------------------------
// Snapshots for the map view and --json (plain serde data).

/// A swiss map's insides at one step.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SwissSnapshot {
    pub used: u64,
    pub seed: String,
    pub dir_len: usize,
    pub global_depth: u8,
    pub global_shift: u8,
    pub writing: bool,
    pub tombstone_possible: bool,
    pub clear_seq: u64,
    /// A small map's one group (no table, no directory).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<GroupSnapshot>,
    /// Directory entries: table ids (a table shallower than the directory
    /// repeats); the first `DIRECTORY_MAX` of `dirLen` in a paged answer.
    pub directory: Vec<TableId>,
    /// How many tables the map has (installed, stale and being built).
    pub table_count: usize,
    /// Installed tables in the carried directory's order, then stale tables
    /// iterators still walk, tables a write is building, and any other the
    /// step is about or the page asked for; each with a page of its groups
    /// or none (`groupCount` says how many it has).
    pub tables: Vec<TableSnapshot>,
    pub iterators: Vec<SwissIterSnapshot>,
    pub rehashes: Vec<RehashSnapshot>,
    /// The probe of every write under way that has a key (filled by the
    /// seam, `GoMap::snapshot`, which holds the writes' keys).
    pub probes: Vec<ProbeSnapshot>,
}

/// The groups a key probes (`probeSeq` from `h1 & mask`), in order — a
/// write's under way, or the last lookup's: the last one holds the key
/// (`found`, at `slot`), or has the empty slot where the probe stopped.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProbeSnapshot {
    pub goroutine: u32,
    pub op: ProbeOp,
    pub key: String,
    /// The table probed; None in a small map (its one group, no probe).
    pub table: Option<TableId>,
    pub groups: Vec<u64>,
    /// The key is in the last group.
    pub found: bool,
    /// In the last group: the key's slot, or (not found) its first empty
    /// slot, which ends the probe; None for an absent key in a small map
    /// (a lookup or delete matches its one group whole; an insert into a
    /// full one grows it) or an empty map.
    pub slot: Option<usize>,
}

/// Where a probe ends in its last group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProbeEnd {
    pub found: bool,
    pub slot: Option<usize>,
}

/// What probes: a write (`m[k] = v`, `delete`) under way, or a lookup (`m[k]`) done.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ProbeOp {
    Assign,
    Delete,
    Lookup,
}

impl ProbeOp {
    /// The probe of a write of `kind` (a clear has none; called for assign and delete).
    pub fn of(kind: WriteKind) -> ProbeOp {
        if kind == WriteKind::Delete {
            ProbeOp::Delete
        } else {
            ProbeOp::Assign
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TableSnapshot {
    pub id: TableId,
    /// `installed`, `stale` (replaced, an iterator still walks it) or `building`.
    pub state: &'static str,
    pub capacity: u16,
    pub used: u16,
    pub growth_left: u16,
    pub tombstones: u16,
    pub local_depth: u8,
    pub index: i64,
    /// The carried page of groups, from group `groupsFrom` (empty: not carried).
    pub groups: Vec<GroupSnapshot>,
    pub groups_from: u64,
    pub group_count: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GroupSnapshot {
    /// The 8 control bytes: 0x80 empty, 0xFE deleted, else H2.
    pub ctrl: Vec<u8>,
    pub keys: Vec<Option<String>>,
    pub elems: Vec<Option<String>>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SwissIterSnapshot {
    pub goroutine: u32,
    /// The random offsets, in hex (64-bit: past what a JavaScript number holds exactly).
    pub entry_offset: String,
    pub dir_offset: String,
    pub dir_idx: i64,
    pub entry_idx: u64,
    pub tab: Option<TableId>,
    /// The map was small when the iteration began.
    pub small: bool,
    /// A clear happened since it began.
    pub cleared: bool,
    /// Where the walk goes on, `[group, slot]` of `tab` (of the small group
    /// when `small`); None between tables or at the end.
    pub next: Option<(u64, usize)>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RehashSnapshot {
    pub goroutine: u32,
    pub old: TableId,
    pub new: Vec<TableId>,
    pub split: bool,
    pub next_group: u64,
}

fn group_snapshot<K, V>(g: &Group<K, V>, fk: &dyn Fn(&K) -> String, fv: &dyn Fn(&V) -> String) -> GroupSnapshot {
    GroupSnapshot {
        ctrl: (0..MAP_GROUP_SLOTS).map(|i| g.ctrls.get(i)).collect(),
        keys: g.slots.iter().map(|s| s.as_ref().map(|s| fk(&s.key))).collect(),
        elems: g.slots.iter().map(|s| s.as_ref().map(|s| fv(&s.elem))).collect(),
    }
}

impl<K: Clone, V: Clone> Map<K, V> {
    /// The whole snapshot: `iters` and `writes` are the live iterators and
    /// writes on this map, with their goroutines; `fk`/`fv` format keys and elems.
    pub fn snapshot(&self, iters: &[(u32, &Iter)], writes: &[(u32, &Work)], fk: &dyn Fn(&K) -> String, fv: &dyn Fn(&V) -> String) -> SwissSnapshot {
        self.snapshot_in(iters, writes, Vec::new(), Window::WHOLE, fk, fv)
    }

    /// The snapshot `win` asks for, with the `probes` of the writes under way.
    /// The tables that carry a page of groups: those asked for, then those the
    /// step is about (a probe's, at its last group; a rehash's old table, at
    /// its next group, and the tables it builds; an iterator's, at its next
    /// slot), then those opened, else the first — at most `PAGED_TABLES_MAX`.
    pub fn snapshot_in(&self, iters: &[(u32, &Iter)], writes: &[(u32, &Work)], probes: Vec<ProbeSnapshot>, win: Window, fk: &dyn Fn(&K) -> String, fv: &dyn Fn(&V) -> String) -> SwissSnapshot {
        let live: Vec<&(u32, &Iter)> = iters.iter().filter(|(_, it)| it.live).collect();
        let installed = self.directory_tables();
        let directory = match &self.dir_ptr {
            DirPtr::Directory(d) if win.whole => d.clone(),
            DirPtr::Directory(d) if win.detail => d[..d.len().min(DIRECTORY_MAX)].to_vec(),
            _ => Vec::new(),
        };
        // Every table with its state, and where the step looks in it.
        let mut all: Vec<(TableId, &'static str)> = installed.iter().map(|&t| (t, "installed")).collect();
        let mut focus: Vec<(TableId, Option<usize>)> = Vec::new();
        for p in &probes {
            if let Some(t) = p.table {
                focus.push((t, p.groups.last().map(|&g| g as usize)));
            }
        }
        for (_, it) in &live {
            if let Some(t) = it.tab {
                if self.tables[t as usize].index == -1 && !all.iter().any(|x| x.0 == t) {
                    all.push((t, "stale"));
                }
                let n = self.tables[t as usize].capacity as u64;
                focus.push((t, (it.entry_idx < n).then(|| it.slot_at(n - 1).0 as usize)));
            }
        }
        let mut rehashes = Vec::new();
        for (g, w) in writes {
            if let Some(r) = &w.rehash {
                focus.push((r.old, Some(r.next_group as usize)));
                for &t in &r.new {
                    if !all.iter().any(|x| x.0 == t) {
                        all.push((t, "building"));
                    }
                    focus.push((t, None));
                }
                rehashes.push(RehashSnapshot { goroutine: *g, old: r.old, new: r.new.clone(), split: r.split, next_group: r.next_group });
            }
        }
        // The tables listed: those of the carried directory, the others, and any asked for or in focus.
        let in_dir: std::collections::HashSet<TableId> = directory.iter().copied().collect();
        let state_of = |t: TableId| all.iter().find(|x| x.0 == t).map(|x| x.1);
        let mut listed: Vec<(TableId, &'static str)> = if !win.detail {
            Vec::new()
        } else if win.whole {
            all.clone()
        } else {
            all.iter().filter(|(t, st)| *st != "installed" || in_dir.contains(t)).copied().collect()
        };
        if win.detail && !win.whole {
            for t in win.pages.iter().map(|p| p.0).chain(focus.iter().map(|f| f.0)).chain(win.open.iter().copied()) {
                if let Some(st) = state_of(t) {
                    if !listed.iter().any(|x| x.0 == t) {
                        listed.push((t, st));
                    }
                }
            }
        }
        // Which carry groups.
        let mut carried: Vec<TableId> = Vec::new();
        for t in win.pages.iter().map(|p| p.0).chain(focus.iter().map(|f| f.0)).chain(win.open.iter().copied()) {
            if carried.len() < PAGED_TABLES_MAX && listed.iter().any(|x| x.0 == t) && !carried.contains(&t) {
                carried.push(t);
            }
        }
        if carried.is_empty() {
            carried.extend(listed.first().map(|x| x.0));
        }
        let tables = listed
            .iter()
            .map(|&(id, state)| {
                let t = &self.tables[id as usize];
                let n = t.groups.data.len();
                let at = focus.iter().find(|f| f.0 == id).and_then(|f| f.1);
                let r = win.items(id, n, PAGE_GROUPS, at, carried.contains(&id));
                TableSnapshot {
                    id,
                    state,
                    capacity: t.capacity,
                    used: t.used,
                    growth_left: t.growth_left,
                    tombstones: t.tombstones(),
                    local_depth: t.local_depth,
                    index: t.index,
                    groups_from: r.start as u64,
                    group_count: n as u64,
                    groups: t.groups.data[r].iter().map(|g| group_snapshot(g, fk, fv)).collect(),
                }
            })
            .collect();
        SwissSnapshot {
            used: self.used,
            seed: format!("{:#x}", self.seed),
            dir_len: self.dir_len,
            global_depth: self.global_depth,
            global_shift: self.global_shift,
            writing: self.writing != 0,
            tombstone_possible: self.tombstone_possible,
            clear_seq: self.clear_seq,
            small: self.small_group().map(|g| group_snapshot(g, fk, fv)),
            directory,
            table_count: all.len(),
            tables,
            iterators: win.cut(
                live.iter()
                    .map(|(g, it)| {
                        let slots = if it.dir_idx < 0 { Some(MAP_GROUP_SLOTS as u64) } else { it.tab.map(|t| self.tables[t as usize].capacity as u64) };
                        let next = slots.filter(|&n| it.entry_idx < n).map(|n| it.slot_at(n - 1));
                        SwissIterSnapshot { goroutine: *g, entry_offset: format!("{:#x}", it.entry_offset), dir_offset: format!("{:#x}", it.dir_offset), dir_idx: it.dir_idx, entry_idx: it.entry_idx, tab: it.tab, small: it.dir_idx < 0, cleared: it.clear_seq != self.clear_seq, next }
                    })
                    .collect(),
                UNDER_WAY_MAX,
            ),
            rehashes: win.cut(rehashes, UNDER_WAY_MAX),
            probes: win.cut(probes, UNDER_WAY_MAX),
        }
    }

    /// The probe `op` on `kr` (shown as `key`) walks now, for the snapshot.
    pub fn probe_snapshot(&self, goroutine: u32, op: ProbeOp, kr: &KeyRepr, key: String) -> ProbeSnapshot {
        let (table, groups, end) = self.probe_groups(op, kr);
        ProbeSnapshot { goroutine, op, key, table, groups, found: end.found, slot: end.slot }
    }
}
