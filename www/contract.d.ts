// Generated from the core by crate/tests/contract.rs; do not edit.
// `MAPRACE_BLESS=1 cargo test --test contract` rewrites it (CI fails when it is stale).
// The shapes that cross between the core (wasm) and the page; the constants are www/contract.js's.

export type Strategy = "go" | "random" | "rr" | "pct" | "calibrated" | "dfs";
export type RunStrategy = "go" | "random" | "rr" | "pct" | "calibrated";
export type Granularity = "instruction" | "sync" | "preemption";
export type EventKind = "go" | "map_read" | "map_write" | "map_delete" | "map_iter" | "map_grow" | "map_evacuate" | "map_clear" | "lock" | "unlock" | "r_lock" | "r_unlock" | "wg_add" | "wg_wait" | "once" | "send" | "recv" | "close" | "select" | "block" | "wake" | "sleep" | "sync_map" | "atomic" | "print" | "panic" | "fatal" | "race" | "exit";
export type HmapFlag = "iterator" | "oldIterator" | "hashWriting" | "sameSizeGrow";
export type MapModel = "swiss" | "classic";

/** Options of a run or an exploration (crate/src/options.rs `Settings`); every field optional, out-of-range values refused. */
export interface Options {
  /** 1..=50, default 3 */
  depth?: number;
  /** 1..=64, default 2 */
  gomaxprocs?: number;
  granularity?: Granularity;
  map?: MapModel;
  /** 0..=2000000, default 200000 */
  maxEvents?: number;
  /** 1048576..=1073741824, default 268435456 */
  maxMemory?: number;
  /** 1..=1000000000000, default 10000000000 */
  maxSteps?: number;
  /** 0..=20, default 2 */
  preemptions?: number;
  race?: boolean;
  /** 1..=10000000, default 100 */
  runs?: number;
  schedule?: string;
  /** 0..=9007199254740991, default 1 */
  seed?: number;
  strategy?: Strategy;
}

/** What `explore` takes: options, and how the page splits one exploration over workers. */
/** What `inspect` shows (crate/src/gomap/snapshot.rs `View`): the map shown in detail (its index in the answer), the pages asked for, `[part, page]` — a swiss table's id, a classic map's buckets (0) or oldbuckets (1), a sync.Map's read (0) or dirty (1) —, and swiss tables opened (carried at their focus page). */
export interface View {
  map?: number;
  pages?: [number, number][];
  open?: number[];
}

export interface ExploreRequest extends Options {
  shrink?: boolean;
  details?: boolean;
  frontier?: string[];
  shrinkSchedule?: { outcome: string; schedule: string };
}

/** A compile error in gc's words. */
export interface Diagnostic {
  line: number;
  col: number;
  message: string;
}

/** One thing a goroutine did, at one step. */
export interface Event {
  step: number;
  g: number;
  line: number;
  kind: EventKind;
  obj?: string;
  detail?: string;
}

/** A goroutine of the run (`func`: Go's name, `main.main.func1`). */
export interface GoroutineInfo {
  id: number;
  func: string;
  created_line: number;
  created_by: number;
  state: string;
}

/** One side of a race. */
export interface AccessInfo {
  goroutine: number;
  step: number;
  line: number;
  func: string;
  kind: "read" | "write";
}

/** A race as `go run -race` reports it, and its structured form. */
export interface RaceInfo {
  object: string;
  addr: string;
  current: AccessInfo;
  previous: AccessInfo;
  explanation: string;
  report: string;
}

/** A bucket (or overflow bucket): eight slots. */
export interface SlotsSnapshot {
  tophash: number[];
  keys: (string | null)[];
  elems: (string | null)[];
}

/** A bucket and its overflow chain (cut at CHAIN_MAX buckets; `chainLen` is its length). */
export interface BucketSnapshot {
  index: number;
  chain: SlotsSnapshot[];
  chainLen: number;
  evacuated: boolean;
}

/** A live iterator's position. */
export interface IterSnapshot {
  goroutine: number;
  start_bucket: number;
  offset: number;
  bucket: number;
  i: number;
  wrapped: boolean;
  old: boolean;
}

/** The classic map's header and a page of its buckets (from `bucketsFrom`, of `bucketCount`) and, growing, of its old buckets. */
export interface HmapSnapshot {
  count: number;
  B: number;
  flags: HmapFlag[];
  hash0: string;
  noverflow: number;
  nevacuate: number;
  buckets: BucketSnapshot[];
  bucketsFrom: number;
  bucketCount: number;
  oldbuckets?: BucketSnapshot[];
  oldbucketsFrom: number;
  oldbucketCount: number;
  iterators: IterSnapshot[];
}

/** sync.Map: a page of read and of dirty (PAGE_GROUPS × BUCKET_CNT entries, from `readFrom` of `readCount`), amended, misses. */
export interface SyncMapSnapshot {
  read: [string, string][];
  readFrom: number;
  readCount: number;
  amended: boolean;
  dirty: [string, string][] | null;
  dirtyFrom: number;
  dirtyCount: number;
  misses: number;
}

/** A swiss group: eight control bytes (CTRL_EMPTY, CTRL_DELETED, else H2) and eight slots. */
export interface GroupSnapshot {
  ctrl: number[];
  keys: (string | null)[];
  elems: (string | null)[];
}

/** A swiss table: `installed` in the directory, `stale` (replaced; an iterator still walks it) or `building` (a rehash or split under way). */
export interface TableSnapshot {
  id: number;
  state: "installed" | "stale" | "building";
  capacity: number;
  used: number;
  growthLeft: number;
  tombstones: number;
  localDepth: number;
  index: number;
  groups: GroupSnapshot[];
  groupsFrom: number;
  groupCount: number;
}

/** A live swiss iterator's position: its random offsets (hex), and `next`, the [group, slot] it looks at next. */
export interface SwissIterSnapshot {
  goroutine: number;
  entryOffset: string;
  dirOffset: string;
  dirIdx: number;
  entryIdx: number;
  tab: number | null;
  small: boolean;
  cleared: boolean;
  next: [number, number] | null;
}

/** The groups a key probes, in order — a write's under way or the last lookup's (table null: a small map's one group); in the last group the key's slot (found) or the empty slot that ended the probe. */
export interface ProbeSnapshot {
  goroutine: number;
  op: "assign" | "delete" | "lookup";
  key: string;
  table: number | null;
  groups: number[];
  found: boolean;
  slot: number | null;
}

/** A rehash (grow into a table of double capacity) or split under way, one group per step. */
export interface RehashSnapshot {
  goroutine: number;
  old: number;
  new: number[];
  split: boolean;
  nextGroup: number;
}

/** The swiss map (Go 1.24+): its header, a small map's one group, the directory (table ids; a shallower table repeats; its first DIRECTORY_MAX entries) and tables (a page of groups each, or none). */
export interface SwissSnapshot {
  used: number;
  seed: string;
  dirLen: number;
  globalDepth: number;
  globalShift: number;
  writing: boolean;
  tombstonePossible: boolean;
  clearSeq: number;
  small?: GroupSnapshot;
  directory: number[];
  tableCount: number;
  tables: TableSnapshot[];
  iterators: SwissIterSnapshot[];
  rehashes: RehashSnapshot[];
  probes: ProbeSnapshot[];
}

/** A map's insides at one step: `swiss` or `hmap` (classic) for a map, `sync` for a sync.Map. */
export interface MapSnapshot {
  id: number;
  name: string;
  kind: "map" | "sync.Map";
  type: string;
  hmap?: HmapSnapshot;
  swiss?: SwissSnapshot;
  sync?: SyncMapSnapshot;
}

/** The result of one run (`run`). */
export interface RunResult {
  outcome: string;
  stdout: string;
  stderr: string;
  exit_code: number;
  steps: number;
  preemptions: number;
  schedule: string;
  races: RaceInfo[];
  maps: MapSnapshot[];
  goroutines: GoroutineInfo[];
  events: Event[];
  events_truncated: boolean;
  schedule_note?: string;
  fail_line?: number;
}

/** An ending's smallest schedule found, with what ranks it (unshrunk, `v1`). */
export interface Best {
  schedule: string;
  seed: number;
  preemptions: number;
  steps: number;
}

/** The result of an exploration (`explore`), or of `merge` of its parts. */
export interface ExploreResult {
  runs: number;
  outcomes: Record<string, number>;
  race_runs: number;
  outputs: Record<string, number>;
  schedules: Record<string, string>;
  strategy: Strategy;
  distinct: number;
  complete: boolean;
  granularity: Granularity;
  best?: Record<string, Best>;
  seen?: string[];
  frontier?: string[];
}

export type Failure = { diagnostics: Diagnostic[] } | { error: string };

/** The wasm module (www/pkg/maprace.js). */
export declare function check(src: string): Diagnostic[];
export declare function run(src: string, o: Options): RunResult | Failure;
export declare function explore(src: string, o: ExploreRequest): ExploreResult | { schedule: string } | Failure;
export declare function inspect(src: string, o: Options, step: number, view?: View): MapSnapshot[] | Failure;
export declare function merge(parts: ExploreResult[]): ExploreResult | { error: string };
/** The source as gofmt formats it; when it does not parse, gc's error and the text unchanged. */
export declare function format(src: string): { ok: true; text: string } | { ok: false; error: string; diagnostics: Diagnostic[] };
