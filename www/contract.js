// Generated from the core by crate/tests/contract.rs; do not edit.
// `MAPRACE_BLESS=1 cargo test --test contract` rewrites it (CI fails when it is stale).
// What the core defines and the page uses: crate/src/options.rs, trace/mod.rs, gomap/classic.rs.

/** Every strategy by its stable name; `exploreOnly` ones are not for a single run nor a link. */
export const STRATEGIES = [
  {
    "describe": "like go run: a model of Go's scheduler on two Ps",
    "exploreOnly": false,
    "name": "go"
  },
  {
    "describe": "switches at random points, even inside map operations",
    "exploreOnly": false,
    "name": "random"
  },
  {
    "describe": "round robin, 100 steps each",
    "exploreOnly": false,
    "name": "rr"
  },
  {
    "describe": "probabilistic concurrency testing: random priorities and a few change points",
    "exploreOnly": false,
    "name": "pct"
  },
  {
    "describe": "like go run at real Go's odds: Go's scheduler on GOMAXPROCS Ps in virtual time, costs measured on real Go",
    "exploreOnly": false,
    "name": "calibrated"
  },
  {
    "describe": "bounded search: every schedule with at most K preemptions",
    "exploreOnly": true,
    "name": "dfs"
  }
];
/** Strategies of a single run (and of links). */
export const RUN_STRATEGIES = ["go","random","rr","pct","calibrated"];
export const EXPLORE_STRATEGIES = ["go","random","rr","pct","calibrated","dfs"];
export const DEFAULT_STRATEGY = "go";
export const DEFAULT_EXPLORE_STRATEGY = "pct";
/** Where the scheduler may switch goroutines, finest first. */
export const GRANULARITIES = ["instruction","sync","preemption"];
/** Numeric options by their JSON name: the range the core accepts (out of range is refused) and the default. */
export const LIMITS = {
  "depth": {
    "default": 3,
    "max": 50,
    "min": 1
  },
  "gomaxprocs": {
    "default": 2,
    "max": 64,
    "min": 1
  },
  "maxEvents": {
    "default": 200000,
    "max": 2000000,
    "min": 0
  },
  "maxMemory": {
    "default": 268435456,
    "max": 1073741824,
    "min": 1048576
  },
  "maxSteps": {
    "default": 10000000000,
    "max": 1000000000000,
    "min": 1
  },
  "preemptions": {
    "default": 2,
    "max": 20,
    "min": 0
  },
  "runs": {
    "default": 100,
    "max": 10000000,
    "min": 1
  },
  "seed": {
    "default": 1,
    "max": 9007199254740991,
    "min": 0
  }
};
/** A bounded search's run limit when none is given. */
export const DFS_RUNS_DEFAULT = 100000;
export const SCHEDULE_MAX_LEN = 200000;
export const SOURCE_MAX_BYTES = 1048576;
/** Share links: `#<LINK_FORMAT>.<data>`, the data's JSON carrying `v: LINK_VERSION`. */
export const LINK_FORMAT = "v1";
export const LINK_VERSION = 1;
/** Every event kind, as events carry them. */
export const EVENT_KINDS = ["go","map_read","map_write","map_delete","map_iter","map_grow","map_evacuate","map_clear","lock","unlock","r_lock","r_unlock","wg_add","wg_wait","once","send","recv","close","select","block","wake","sleep","sync_map","atomic","print","panic","fatal","race","exit"];
/** The classic map: slots per bucket, tophash values below MIN_TOP_HASH are markers (by value), and the hmap flags by bit. */
export const BUCKET_CNT = 8;
export const MIN_TOP_HASH = 5;
export const TOPHASH_MARKERS = {"0":"emptyRest","1":"emptyOne","2":"evacuatedX","3":"evacuatedY","4":"evacuatedEmpty"};
export const HMAP_FLAGS = {"hashWriting":4,"iterator":1,"oldIterator":2,"sameSizeGrow":8};
/** The map models by stable name (`map` in options, links and embed attributes), the default first, with the page's label. */
export const MAP_MODELS = [
  {
    "describe": "Go 1.24+ (swiss tables)",
    "name": "swiss"
  },
  {
    "describe": "Go ≤ 1.23 (buckets)",
    "name": "classic"
  }
];
export const DEFAULT_MAP_MODEL = "swiss";
/** The swiss map: slots per group, a table's largest capacity, and the control bytes that are markers (a full slot's byte is H2, 0..=0x7f). */
export const GROUP_SLOTS = 8;
export const MAX_TABLE_CAPACITY = 1024;
export const CTRL_EMPTY = 128;
export const CTRL_DELETED = 254;
/** Snapshots are answers of bounded size (crate/src/gomap/snapshot.rs): groups or buckets per page (sync.Map: ×BUCKET_CNT entries), directory entries, tables carrying a page, a bucket chain's buckets, and maps per answer. */
export const PAGE_GROUPS = 16;
export const DIRECTORY_MAX = 128;
export const PAGED_TABLES_MAX = 8;
export const CHAIN_MAX = 32;
export const MAPS_MAX = 256;
