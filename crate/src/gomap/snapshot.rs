//! Snapshots of a map's insides at one step, for the map view and `--json`:
//! plain serde data, as much of each map as `paging.rs` says an answer carries.

use serde::Serialize;

pub use super::paging::*;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MapSnapshot {
    pub id: u32,
    /// The variable it was made for, where known (`m`, `stats`).
    pub name: String,
    /// `map` or `sync.Map`.
    pub kind: &'static str,
    #[serde(rename = "type")]
    pub ty: String,
    /// A classic map's insides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hmap: Option<HmapSnapshot>,
    /// A swiss map's insides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swiss: Option<super::swiss::SwissSnapshot>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync: Option<SyncMapSnapshot>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HmapSnapshot {
    pub count: u64,
    #[serde(rename = "B")]
    pub b: u8,
    pub flags: Vec<&'static str>,
    pub hash0: String,
    pub noverflow: u32,
    pub nevacuate: u32,
    /// The carried page of the bucket array (`bucketsFrom` is its first
    /// bucket's index, `bucketCount` the array's length, `2^B`).
    pub buckets: Vec<BucketSnapshot>,
    pub buckets_from: u32,
    pub bucket_count: u32,
    /// During growth, a page of the old array (likewise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oldbuckets: Option<Vec<BucketSnapshot>>,
    pub oldbuckets_from: u32,
    pub oldbucket_count: u32,
    pub iterators: Vec<IterSnapshot>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BucketSnapshot {
    pub index: u32,
    /// The bucket then its overflow buckets, each 8 slots (at most [`CHAIN_MAX`]).
    pub chain: Vec<SlotsSnapshot>,
    /// The chain's whole length.
    pub chain_len: u32,
    pub evacuated: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SlotsSnapshot {
    pub tophash: Vec<u8>,
    pub keys: Vec<Option<String>>,
    pub elems: Vec<Option<String>>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct IterSnapshot {
    pub goroutine: u32,
    pub start_bucket: u32,
    pub offset: u8,
    pub bucket: u32,
    pub i: u8,
    pub wrapped: bool,
    pub old: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SyncMapSnapshot {
    /// `read.m`: key → value (`expunged` / `nil` for deleted entries), a
    /// page of it from entry `readFrom` (`readCount` entries in all).
    pub read: Vec<(String, String)>,
    pub read_from: usize,
    pub read_count: usize,
    pub amended: bool,
    /// `dirty`, when present (paged likewise).
    pub dirty: Option<Vec<(String, String)>>,
    pub dirty_from: usize,
    pub dirty_count: usize,
    pub misses: u32,
}
