//! How much of a map a snapshot carries: the page's request ([`View`]) and
//! the bounds every answer keeps, whatever the map's size.
//!
//! A snapshot (`snapshot.rs`) is an *answer*, bounded: a map made with `make(map[int]int, 1<<22)` has 8,192 tables of 128 groups — a million
//! groups, 150 MB as JSON — and the page shows sixteen of them at a time. So
//! an answer carries, for every map, its header (counts, flags, seeds, the
//! table or directory shape, what is under way), and for the one map the page
//! shows ([`View::map`]) one page of [`PAGE_GROUPS`] groups (swiss) or buckets
//! (classic), or `PAGE_GROUPS × 8` entries (sync.Map), of a few of its parts:
//! the pages the page asked for ([`View::pages`]), else the page holding what
//! the step is about (a write's probe, a rehash's next group, an iterator's
//! next slot, the bucket a write hashes to, the next old bucket to evacuate).
//! Every list is cut to a stated length and says how long it is (`groupCount`,
//! `bucketCount`, `dirLen`, `tableCount`, `readCount` …), so the page turns
//! pages by asking the core again (`inspect` with a view) and a map never
//! crosses whole. [`View::whole`] gives everything (tests, `--whole-maps`).
//!
//! The core keeps nothing between answers: an answer re-runs the program to
//! its step. What it builds is at most [`ANSWER_MAX_BYTES`], asked of the
//! run's memory budget before it is built (a whole view asks for what the
//! maps' slots would cost and is refused, falling back to the paged view,
//! when the budget has no room for it).

use serde::Deserialize;
use std::ops::Range;

/// Groups (swiss) or buckets (classic) in one page of a table; a sync.Map's
/// read or dirty is paged `PAGE_GROUPS × 8` entries at a time.
pub const PAGE_GROUPS: usize = 16;
/// Directory entries an answer carries (the first ones; `dirLen` says how many there are).
pub const DIRECTORY_MAX: usize = 128;
/// Tables of the shown map that carry a page of groups in one answer.
pub const PAGED_TABLES_MAX: usize = 8;
/// A classic bucket's overflow chain is cut after this many buckets (`chainLen` is its length).
pub const CHAIN_MAX: usize = 32;
/// Maps described in one answer (the first ones made; `maps.length` is cut there).
pub const MAPS_MAX: usize = 256;
/// Iterators, writes under way (probes) and rehashes listed per map.
pub const UNDER_WAY_MAX: usize = 64;
/// A key or element as the snapshot shows it: at most 40 bytes (`fmt_short`), plus the `String`.
const SHOWN_VALUE_BYTES: u64 = 40 + 24;
/// What one slot of an answer costs at most (its control byte, key and element).
pub const SLOT_BYTES: u64 = 1 + 2 * SHOWN_VALUE_BYTES;
/// The most an answer holds, in bytes: every map's header and what is under
/// way on it, the shown map's carried directory and table rows, and its pages.
pub const ANSWER_MAX_BYTES: u64 = MAPS_MAX as u64 * (512 + 3 * UNDER_WAY_MAX as u64 * 128)
    + DIRECTORY_MAX as u64 * (8 + 128)
    + PAGED_TABLES_MAX as u64 * PAGE_GROUPS as u64 * CHAIN_MAX as u64 * 8 * SLOT_BYTES;

/// Which map an answer shows in detail and which of its pages (the page's request).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct View {
    /// The map shown: its index in the answer's list (the others come as headers).
    pub map: usize,
    /// Pages asked for, of that map, as `[part, page]`: a part is a swiss
    /// table's id, a classic map's buckets (0) or oldbuckets (1), a sync.Map's
    /// read (0) or dirty (1). Parts not asked for show their focus page.
    pub pages: Vec<(u32, u64)>,
    /// Swiss tables to carry a page of besides those the step is about (the
    /// page's opened tables), each at its focus page or its first.
    pub open: Vec<u32>,
    /// Everything, uncut (tests, the CLI's `--whole-maps`).
    #[serde(skip)]
    pub whole: bool,
}

impl View {
    pub fn whole() -> View {
        View { whole: true, ..View::default() }
    }

    /// The window on map number `i` of the answer.
    pub fn window(&self, i: usize) -> Window<'_> {
        Window { whole: self.whole, detail: self.whole || i == self.map, pages: &self.pages, open: &self.open }
    }
}

/// What an answer carries of one map.
#[derive(Debug, Clone, Copy)]
pub struct Window<'a> {
    /// Everything, uncut.
    pub whole: bool,
    /// The map shown: its pages are carried (else its header only).
    pub detail: bool,
    /// Pages asked for (`View::pages`).
    pub pages: &'a [(u32, u64)],
    /// Tables opened (`View::open`).
    pub open: &'a [u32],
}

impl Window<'static> {
    pub const WHOLE: Window<'static> = Window { whole: true, detail: true, pages: &[], open: &[] };
}

impl Window<'_> {
    /// The page asked for of `part`, if any.
    pub fn asked(&self, part: u32) -> Option<u64> {
        self.pages.iter().find(|(p, _)| *p == part).map(|&(_, n)| n)
    }

    /// The items of `part` (a list of `n`, paged by `per`) the answer carries:
    /// all when whole; none unless `carry`; else the page asked for, or the
    /// one holding `focus`, or the first.
    pub fn items(&self, part: u32, n: usize, per: usize, focus: Option<usize>, carry: bool) -> Range<usize> {
        if self.whole {
            return 0..n;
        }
        if !carry || n == 0 {
            return 0..0;
        }
        let pages = n.div_ceil(per) as u64;
        let page = self.asked(part).unwrap_or_else(|| focus.map_or(0, |f| (f.min(n - 1) / per) as u64)).min(pages - 1) as usize;
        page * per..((page + 1) * per).min(n)
    }

    /// `v` cut to `max` items unless whole.
    pub fn cut<T>(&self, mut v: Vec<T>, max: usize) -> Vec<T> {
        if !self.whole {
            v.truncate(max);
        }
        v
    }
}

