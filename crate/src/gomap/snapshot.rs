//! Snapshots of a map's insides at one step, for the map view and `--json`.

use serde::Serialize;

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
pub struct HmapSnapshot {
    pub count: u64,
    #[serde(rename = "B")]
    pub b: u8,
    pub flags: Vec<&'static str>,
    pub hash0: String,
    pub noverflow: u32,
    pub nevacuate: u32,
    pub buckets: Vec<BucketSnapshot>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oldbuckets: Option<Vec<BucketSnapshot>>,
    pub iterators: Vec<IterSnapshot>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BucketSnapshot {
    pub index: u32,
    /// The bucket then its overflow buckets, each 8 slots.
    pub chain: Vec<SlotsSnapshot>,
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
pub struct SyncMapSnapshot {
    /// `read.m`: key → value (`expunged` / `nil` for deleted entries).
    pub read: Vec<(String, String)>,
    pub amended: bool,
    /// `dirty`, when present.
    pub dirty: Option<Vec<(String, String)>>,
    pub misses: u32,
}
