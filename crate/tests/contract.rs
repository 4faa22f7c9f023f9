//! The contract between the core and the page, generated from the core.
//!
//! The page must not keep its own copies of what the core defines: strategy
//! names (and which are explore-only), granularities, limits and defaults,
//! event kinds, the classic map's tophash markers and flag names, the link
//! format. This test renders them into `www/contract.js` (an ES module of
//! constants) and `www/contract.d.ts` (TypeScript declarations of the options
//! and of every result that crosses to the page), and fails when the
//! checked-in files differ — so CI (`cargo test --workspace`) catches a stale
//! contract. `MAPRACE_BLESS=1 cargo test --test contract` rewrites them.
//!
//! The declared shapes of the results are checked against what the core
//! really serialises: a field added to `RunResult` (or `Event`, …) without
//! declaring it here fails the test.

use maprace::gomap::{classic, snapshot, swiss};
use maprace::options::{self, Limit, MapModel, Purpose, Settings, LIMITS, STRATEGIES};
use maprace::trace::EventKind;
use maprace::{Granularity, Options};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt::Write;

/// A declared interface: its name and fields (`name`, TypeScript type, optional?).
struct Shape {
    name: &'static str,
    doc: &'static str,
    fields: &'static [(&'static str, &'static str, bool)],
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "Diagnostic",
        doc: "A compile error in gc's words.",
        fields: &[("line", "number", false), ("col", "number", false), ("message", "string", false)],
    },
    Shape {
        name: "Event",
        doc: "One thing a goroutine did, at one step.",
        fields: &[("step", "number", false), ("g", "number", false), ("line", "number", false), ("kind", "EventKind", false), ("obj", "string", true), ("detail", "string", true)],
    },
    Shape {
        name: "GoroutineInfo",
        doc: "A goroutine of the run (`func`: Go's name, `main.main.func1`).",
        fields: &[("id", "number", false), ("func", "string", false), ("created_line", "number", false), ("created_by", "number", false), ("state", "string", false)],
    },
    Shape {
        name: "AccessInfo",
        doc: "One side of a race.",
        fields: &[("goroutine", "number", false), ("step", "number", false), ("line", "number", false), ("func", "string", false), ("kind", "\"read\" | \"write\"", false)],
    },
    Shape {
        name: "RaceInfo",
        doc: "A race as `go run -race` reports it, and its structured form.",
        fields: &[("object", "string", false), ("addr", "string", false), ("current", "AccessInfo", false), ("previous", "AccessInfo", false), ("explanation", "string", false), ("report", "string", false)],
    },
    Shape {
        name: "SlotsSnapshot",
        doc: "A bucket (or overflow bucket): eight slots.",
        fields: &[("tophash", "number[]", false), ("keys", "(string | null)[]", false), ("elems", "(string | null)[]", false)],
    },
    Shape {
        name: "BucketSnapshot",
        doc: "A bucket and its overflow chain (cut at CHAIN_MAX buckets; `chainLen` is its length).",
        fields: &[("index", "number", false), ("chain", "SlotsSnapshot[]", false), ("chainLen", "number", false), ("evacuated", "boolean", false)],
    },
    Shape {
        name: "IterSnapshot",
        doc: "A live iterator's position.",
        fields: &[("goroutine", "number", false), ("start_bucket", "number", false), ("offset", "number", false), ("bucket", "number", false), ("i", "number", false), ("wrapped", "boolean", false), ("old", "boolean", false)],
    },
    Shape {
        name: "HmapSnapshot",
        doc: "The classic map's header and a page of its buckets (from `bucketsFrom`, of `bucketCount`) and, growing, of its old buckets.",
        fields: &[
            ("count", "number", false),
            ("B", "number", false),
            ("flags", "HmapFlag[]", false),
            ("hash0", "string", false),
            ("noverflow", "number", false),
            ("nevacuate", "number", false),
            ("buckets", "BucketSnapshot[]", false),
            ("bucketsFrom", "number", false),
            ("bucketCount", "number", false),
            ("oldbuckets", "BucketSnapshot[]", true),
            ("oldbucketsFrom", "number", false),
            ("oldbucketCount", "number", false),
            ("iterators", "IterSnapshot[]", false),
        ],
    },
    Shape {
        name: "SyncMapSnapshot",
        doc: "sync.Map: a page of read and of dirty (PAGE_GROUPS × BUCKET_CNT entries, from `readFrom` of `readCount`), amended, misses.",
        fields: &[
            ("read", "[string, string][]", false),
            ("readFrom", "number", false),
            ("readCount", "number", false),
            ("amended", "boolean", false),
            ("dirty", "[string, string][] | null", false),
            ("dirtyFrom", "number", false),
            ("dirtyCount", "number", false),
            ("misses", "number", false),
        ],
    },
    Shape {
        name: "GroupSnapshot",
        doc: "A swiss group: eight control bytes (CTRL_EMPTY, CTRL_DELETED, else H2) and eight slots.",
        fields: &[("ctrl", "number[]", false), ("keys", "(string | null)[]", false), ("elems", "(string | null)[]", false)],
    },
    Shape {
        name: "TableSnapshot",
        doc: "A swiss table: `installed` in the directory, `stale` (replaced; an iterator still walks it) or `building` (a rehash or split under way).",
        fields: &[
            ("id", "number", false),
            ("state", "\"installed\" | \"stale\" | \"building\"", false),
            ("capacity", "number", false),
            ("used", "number", false),
            ("growthLeft", "number", false),
            ("tombstones", "number", false),
            ("localDepth", "number", false),
            ("index", "number", false),
            ("groups", "GroupSnapshot[]", false),
            ("groupsFrom", "number", false),
            ("groupCount", "number", false),
        ],
    },
    Shape {
        name: "SwissIterSnapshot",
        doc: "A live swiss iterator's position: its random offsets (hex), and `next`, the [group, slot] it looks at next.",
        fields: &[
            ("goroutine", "number", false),
            ("entryOffset", "string", false),
            ("dirOffset", "string", false),
            ("dirIdx", "number", false),
            ("entryIdx", "number", false),
            ("tab", "number | null", false),
            ("small", "boolean", false),
            ("cleared", "boolean", false),
            ("next", "[number, number] | null", false),
        ],
    },
    Shape {
        name: "ProbeSnapshot",
        doc: "The groups a key probes, in order — a write's under way or the last lookup's (table null: a small map's one group); in the last group the key's slot (found) or the empty slot that ended the probe.",
        fields: &[("goroutine", "number", false), ("op", "\"assign\" | \"delete\" | \"lookup\"", false), ("key", "string", false), ("table", "number | null", false), ("groups", "number[]", false), ("found", "boolean", false), ("slot", "number | null", false)],
    },
    Shape {
        name: "RehashSnapshot",
        doc: "A rehash (grow into a table of double capacity) or split under way, one group per step.",
        fields: &[("goroutine", "number", false), ("old", "number", false), ("new", "number[]", false), ("split", "boolean", false), ("nextGroup", "number", false)],
    },
    Shape {
        name: "SwissSnapshot",
        doc: "The swiss map (Go 1.24+): its header, a small map's one group, the directory (table ids; a shallower table repeats; its first DIRECTORY_MAX entries) and tables (a page of groups each, or none).",
        fields: &[
            ("used", "number", false),
            ("seed", "string", false),
            ("dirLen", "number", false),
            ("globalDepth", "number", false),
            ("globalShift", "number", false),
            ("writing", "boolean", false),
            ("tombstonePossible", "boolean", false),
            ("clearSeq", "number", false),
            ("small", "GroupSnapshot", true),
            ("directory", "number[]", false),
            ("tableCount", "number", false),
            ("tables", "TableSnapshot[]", false),
            ("iterators", "SwissIterSnapshot[]", false),
            ("rehashes", "RehashSnapshot[]", false),
            ("probes", "ProbeSnapshot[]", false),
        ],
    },
    Shape {
        name: "MapSnapshot",
        doc: "A map's insides at one step: `swiss` or `hmap` (classic) for a map, `sync` for a sync.Map.",
        fields: &[("id", "number", false), ("name", "string", false), ("kind", "\"map\" | \"sync.Map\"", false), ("type", "string", false), ("hmap", "HmapSnapshot", true), ("swiss", "SwissSnapshot", true), ("sync", "SyncMapSnapshot", true)],
    },
    Shape {
        name: "RunResult",
        doc: "The result of one run (`run`).",
        fields: &[
            ("outcome", "string", false),
            ("stdout", "string", false),
            ("stderr", "string", false),
            ("exit_code", "number", false),
            ("steps", "number", false),
            ("preemptions", "number", false),
            ("schedule", "string", false),
            ("races", "RaceInfo[]", false),
            ("maps", "MapSnapshot[]", false),
            ("goroutines", "GoroutineInfo[]", false),
            ("events", "Event[]", false),
            ("events_truncated", "boolean", false),
            ("schedule_note", "string", true),
            ("fail_line", "number", true),
        ],
    },
    Shape {
        name: "Best",
        doc: "An ending's smallest schedule found, with what ranks it (unshrunk, `v1`).",
        fields: &[("schedule", "string", false), ("seed", "number", false), ("preemptions", "number", false), ("steps", "number", false)],
    },
    Shape {
        name: "ExploreResult",
        doc: "The result of an exploration (`explore`), or of `merge` of its parts.",
        fields: &[
            ("runs", "number", false),
            ("outcomes", "Record<string, number>", false),
            ("race_runs", "number", false),
            ("outputs", "Record<string, number>", false),
            ("schedules", "Record<string, string>", false),
            ("strategy", "Strategy", false),
            ("distinct", "number", false),
            ("complete", "boolean", false),
            ("granularity", "Granularity", false),
            ("best", "Record<string, Best>", true),
            ("seen", "string[]", true),
            ("frontier", "string[]", true),
        ],
    },
];

fn js(v: impl serde::Serialize) -> String {
    serde_json::to_string(&v).unwrap()
}

fn union<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(" | ")
}

fn event_kinds() -> Vec<String> {
    EventKind::ALL.iter().map(|k| serde_json::to_value(k).unwrap().as_str().unwrap().to_string()).collect()
}

const HEADER: &str = "// Generated from the core by crate/tests/contract.rs; do not edit.\n// `MAPRACE_BLESS=1 cargo test --test contract` rewrites it (CI fails when it is stale).\n";

fn limit_js(l: &Limit) -> Value {
    json!({ "min": l.min, "max": l.max, "default": l.default })
}

fn render_js() -> String {
    let mut s = String::from(HEADER);
    s.push_str("// What the core defines and the page uses: crate/src/options.rs, trace/mod.rs, gomap/classic.rs.\n\n");
    let strategies: Vec<Value> = STRATEGIES.iter().map(|st| json!({ "name": st.name, "exploreOnly": st.explore_only, "describe": st.describe })).collect();
    writeln!(s, "/** Every strategy by its stable name; `exploreOnly` ones are not for a single run nor a link. */").unwrap();
    writeln!(s, "export const STRATEGIES = {};", serde_json::to_string_pretty(&strategies).unwrap()).unwrap();
    writeln!(s, "/** Strategies of a single run (and of links). */").unwrap();
    writeln!(s, "export const RUN_STRATEGIES = {};", js(STRATEGIES.iter().filter(|s| !s.explore_only).map(|s| s.name).collect::<Vec<_>>())).unwrap();
    writeln!(s, "export const EXPLORE_STRATEGIES = {};", js(STRATEGIES.iter().map(|s| s.name).collect::<Vec<_>>())).unwrap();
    writeln!(s, "export const DEFAULT_STRATEGY = {};", js(options::DEFAULT_STRATEGY)).unwrap();
    writeln!(s, "export const DEFAULT_EXPLORE_STRATEGY = {};", js(options::DEFAULT_EXPLORE_STRATEGY)).unwrap();
    writeln!(s, "/** Where the scheduler may switch goroutines, finest first. */").unwrap();
    writeln!(s, "export const GRANULARITIES = {};", js(Granularity::ALL.iter().map(|g| g.name()).collect::<Vec<_>>())).unwrap();
    writeln!(s, "/** Numeric options by their JSON name: the range the core accepts (out of range is refused) and the default. */").unwrap();
    let limits: serde_json::Map<String, Value> = LIMITS.iter().map(|l| (l.key.to_string(), limit_js(l))).collect();
    writeln!(s, "export const LIMITS = {};", serde_json::to_string_pretty(&limits).unwrap()).unwrap();
    writeln!(s, "/** A bounded search's run limit when none is given. */").unwrap();
    writeln!(s, "export const DFS_RUNS_DEFAULT = {};", options::DFS_RUNS_DEFAULT).unwrap();
    writeln!(s, "export const SCHEDULE_MAX_LEN = {};", options::SCHEDULE_MAX_LEN).unwrap();
    writeln!(s, "export const SOURCE_MAX_BYTES = {};", options::SOURCE_MAX_BYTES).unwrap();
    writeln!(s, "/** Share links: `#<LINK_FORMAT>.<data>`, the data's JSON carrying `v: LINK_VERSION`. */").unwrap();
    writeln!(s, "export const LINK_FORMAT = {};", js(options::LINK_FORMAT)).unwrap();
    writeln!(s, "export const LINK_VERSION = {};", options::LINK_VERSION).unwrap();
    writeln!(s, "/** Every event kind, as events carry them. */").unwrap();
    writeln!(s, "export const EVENT_KINDS = {};", js(event_kinds())).unwrap();
    writeln!(s, "/** The classic map: slots per bucket, tophash values below MIN_TOP_HASH are markers (by value), and the hmap flags by bit. */").unwrap();
    writeln!(s, "export const BUCKET_CNT = {};", classic::BUCKET_CNT).unwrap();
    writeln!(s, "export const MIN_TOP_HASH = {};", classic::MIN_TOP_HASH).unwrap();
    let markers: serde_json::Map<String, Value> = classic::TOPHASH_MARKERS.iter().map(|(v, n)| (v.to_string(), json!(n))).collect();
    writeln!(s, "export const TOPHASH_MARKERS = {};", js(markers)).unwrap();
    let flags: serde_json::Map<String, Value> = classic::FLAG_NAMES.iter().map(|(b, n)| (n.to_string(), json!(b))).collect();
    writeln!(s, "export const HMAP_FLAGS = {};", js(flags)).unwrap();
    writeln!(s, "/** The map models by stable name (`map` in options, links and embed attributes), the default first, with the page's label. */").unwrap();
    let models: Vec<Value> = MapModel::ALL.iter().map(|m| json!({ "name": m.name(), "describe": m.describe() })).collect();
    writeln!(s, "export const MAP_MODELS = {};", serde_json::to_string_pretty(&models).unwrap()).unwrap();
    writeln!(s, "export const DEFAULT_MAP_MODEL = {};", js(MapModel::DEFAULT.name())).unwrap();
    writeln!(s, "/** The swiss map: slots per group, a table's largest capacity, and the control bytes that are markers (a full slot's byte is H2, 0..=0x7f). */").unwrap();
    writeln!(s, "export const GROUP_SLOTS = {};", swiss::MAP_GROUP_SLOTS).unwrap();
    writeln!(s, "export const MAX_TABLE_CAPACITY = {};", swiss::MAX_TABLE_CAPACITY).unwrap();
    writeln!(s, "export const CTRL_EMPTY = {};", swiss::CTRL_EMPTY).unwrap();
    writeln!(s, "export const CTRL_DELETED = {};", swiss::CTRL_DELETED).unwrap();
    writeln!(s, "/** Snapshots are answers of bounded size (crate/src/gomap/snapshot.rs): groups or buckets per page (sync.Map: ×BUCKET_CNT entries), directory entries, tables carrying a page, a bucket chain's buckets, and maps per answer. */").unwrap();
    writeln!(s, "export const PAGE_GROUPS = {};", snapshot::PAGE_GROUPS).unwrap();
    writeln!(s, "export const DIRECTORY_MAX = {};", snapshot::DIRECTORY_MAX).unwrap();
    writeln!(s, "export const PAGED_TABLES_MAX = {};", snapshot::PAGED_TABLES_MAX).unwrap();
    writeln!(s, "export const CHAIN_MAX = {};", snapshot::CHAIN_MAX).unwrap();
    writeln!(s, "export const MAPS_MAX = {};", snapshot::MAPS_MAX).unwrap();
    s
}

fn render_dts() -> String {
    let mut s = String::from(HEADER);
    s.push_str("// The shapes that cross between the core (wasm) and the page; the constants are www/contract.js's.\n\n");
    let strategies = union(STRATEGIES.iter().map(|s| s.name));
    let run_strategies = union(STRATEGIES.iter().filter(|s| !s.explore_only).map(|s| s.name));
    writeln!(s, "export type Strategy = {strategies};").unwrap();
    writeln!(s, "export type RunStrategy = {run_strategies};").unwrap();
    writeln!(s, "export type Granularity = {};", union(Granularity::ALL.iter().map(|g| g.name()))).unwrap();
    let kinds = event_kinds();
    writeln!(s, "export type EventKind = {};", union(kinds.iter().map(String::as_str))).unwrap();
    writeln!(s, "export type HmapFlag = {};", union(classic::FLAG_NAMES.iter().map(|(_, n)| *n))).unwrap();
    writeln!(s, "export type MapModel = {};", union(MapModel::ALL.iter().map(|m| m.name()))).unwrap();
    s.push('\n');
    // Options: every field of Settings, typed from its JSON value, its limits in the comment.
    writeln!(s, "/** Options of a run or an exploration (crate/src/options.rs `Settings`); every field optional, out-of-range values refused. */").unwrap();
    writeln!(s, "export interface Options {{").unwrap();
    for (key, value) in settings_fields() {
        let ty = match key.as_str() {
            "strategy" => "Strategy".to_string(),
            "granularity" => "Granularity".to_string(),
            "map" => "MapModel".to_string(),
            _ => match value {
                Value::Bool(_) => "boolean".into(),
                Value::Number(_) => "number".into(),
                Value::String(_) => "string".into(),
                other => panic!("a Settings field of unexpected JSON type: {key}: {other}"),
            },
        };
        let note = match LIMITS.iter().find(|l| l.key == key) {
            Some(l) => format!("  /** {}..={}, default {} */\n", l.min, l.max, l.default),
            None => String::new(),
        };
        write!(s, "{note}  {key}?: {ty};\n").unwrap();
    }
    writeln!(s, "}}\n").unwrap();
    writeln!(s, "/** What `explore` takes: options, and how the page splits one exploration over workers. */").unwrap();
    writeln!(s, "/** What `inspect` shows (crate/src/gomap/snapshot.rs `View`): the map shown in detail (its index in the answer), the pages asked for, `[part, page]` — a swiss table's id, a classic map's buckets (0) or oldbuckets (1), a sync.Map's read (0) or dirty (1) —, and swiss tables opened (carried at their focus page). */").unwrap();
    writeln!(s, "export interface View {{\n  map?: number;\n  pages?: [number, number][];\n  open?: number[];\n}}\n").unwrap();
    writeln!(s, "export interface ExploreRequest extends Options {{\n  shrink?: boolean;\n  details?: boolean;\n  frontier?: string[];\n  shrinkSchedule?: {{ outcome: string; schedule: string }};\n}}\n").unwrap();
    for shape in SHAPES {
        writeln!(s, "/** {} */", shape.doc).unwrap();
        writeln!(s, "export interface {} {{", shape.name).unwrap();
        for (f, ty, opt) in shape.fields {
            writeln!(s, "  {f}{}: {ty};", if *opt { "?" } else { "" }).unwrap();
        }
        writeln!(s, "}}\n").unwrap();
    }
    s.push_str("export type Failure = { diagnostics: Diagnostic[] } | { error: string };\n\n");
    s.push_str("/** The wasm module (www/pkg/maprace.js). */\n");
    s.push_str("export declare function check(src: string): Diagnostic[];\n");
    s.push_str("export declare function run(src: string, o: Options): RunResult | Failure;\n");
    s.push_str("export declare function explore(src: string, o: ExploreRequest): ExploreResult | { schedule: string } | Failure;\n");
    s.push_str("export declare function inspect(src: string, o: Options, step: number, view?: View): MapSnapshot[] | Failure;\n");
    s.push_str("export declare function merge(parts: ExploreResult[]): ExploreResult | { error: string };\n");
    s.push_str("/** The source as gofmt formats it; when it does not parse, gc's error and the text unchanged. */\n");
    s.push_str("export declare function format(src: string): { ok: true; text: string } | { ok: false; error: string; diagnostics: Diagnostic[] };\n");
    s
}

/// Every field of `Settings`, with an example value (all set).
fn settings_fields() -> Vec<(String, Value)> {
    let all = Settings {
        seed: Some(1),
        strategy: Some(maprace::Strategy::Random),
        depth: Some(1),
        preemptions: Some(1),
        granularity: Some(Granularity::Sync),
        schedule: Some(String::new()),
        max_steps: Some(1),
        max_memory: Some(1),
        max_events: Some(1),
        race: Some(true),
        runs: Some(1),
        gomaxprocs: Some(2),
        map: Some(MapModel::Classic),
    };
    match serde_json::to_value(&all).unwrap() {
        Value::Object(m) => m.into_iter().collect(),
        _ => unreachable!(),
    }
}

fn check_file(rel: &str, want: &str) -> Result<(), String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel);
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have == want {
        return Ok(());
    }
    if std::env::var_os("MAPRACE_BLESS").is_some() {
        std::fs::write(&path, want).unwrap();
        return Ok(());
    }
    Err(format!("{rel} is stale: run `MAPRACE_BLESS=1 cargo test --test contract` and commit it"))
}

#[test]
fn the_generated_contract_is_fresh() {
    let errors: Vec<String> = [check_file("www/contract.js", &render_js()), check_file("www/contract.d.ts", &render_dts())].into_iter().filter_map(Result::err).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// The keys of a JSON object, which must be the declared fields (optional ones may be absent).
fn check_shape(name: &str, v: &Value) {
    let shape = SHAPES.iter().find(|s| s.name == name).unwrap();
    let Value::Object(m) = v else { panic!("{name}: not an object: {v}") };
    let have: BTreeSet<&str> = m.keys().map(String::as_str).collect();
    let declared: BTreeSet<&str> = shape.fields.iter().map(|f| f.0).collect();
    let required: BTreeSet<&str> = shape.fields.iter().filter(|f| !f.2).map(|f| f.0).collect();
    assert!(have.is_subset(&declared), "{name}: undeclared fields {:?} (declare them in crate/tests/contract.rs)", have.difference(&declared).collect::<Vec<_>>());
    assert!(required.is_subset(&have), "{name}: fields declared required but missing {:?}", required.difference(&have).collect::<Vec<_>>());
}

const RACY_GROWING: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var s sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				m[i+g*100] = i
				s.Store(i, i)
			}
		}()
	}
	for k := range m {
		_ = k
	}
	wg.Wait()
	fmt.Println(len(m))
}
"#;

/// Every number a snapshot carries is one a JavaScript number holds exactly:
/// the wasm bridge refuses a larger integer (a random 64-bit offset goes as hex).
fn assert_exact_in_js(v: &Value) {
    match v {
        Value::Number(n) => assert!(n.as_u64().map_or(true, |u| u <= (1 << 53) - 1) && n.as_i64().map_or(true, |i| i >= -(1 << 53) + 1), "{n} is past Number.MAX_SAFE_INTEGER"),
        Value::Array(a) => a.iter().for_each(assert_exact_in_js),
        Value::Object(o) => o.values().for_each(assert_exact_in_js),
        _ => {}
    }
}

#[test]
fn the_declared_shapes_are_what_the_core_serialises() {
    let mut shapes = BTreeSet::new();
    for (seed, map_model) in (1..=20).flat_map(|s| MapModel::ALL.map(|m| (s, m))) {
        let o = Options { seed, strategy: maprace::Strategy::Random, map_model, ..Default::default() };
        let r = maprace::run(RACY_GROWING, &o).unwrap();
        let v = serde_json::to_value(&r).unwrap();
        check_shape("RunResult", &v);
        for e in v["events"].as_array().unwrap() {
            check_shape("Event", e);
        }
        for g in v["goroutines"].as_array().unwrap() {
            check_shape("GoroutineInfo", g);
        }
        for race in v["races"].as_array().unwrap() {
            check_shape("RaceInfo", race);
            check_shape("AccessInfo", &race["current"]);
            check_shape("AccessInfo", &race["previous"]);
            shapes.insert("RaceInfo");
        }
        let mut maps: Vec<Value> = v["maps"].as_array().unwrap().clone();
        for step in [50, 200, 400] {
            maps.extend(serde_json::to_value(maprace::inspect(RACY_GROWING, &o, step).unwrap()).unwrap().as_array().unwrap().clone());
        }
        for m in &maps {
            check_shape("MapSnapshot", m);
            assert_exact_in_js(m);
            if let Some(h) = m.get("hmap") {
                check_shape("HmapSnapshot", h);
                for b in h["buckets"].as_array().unwrap().iter().chain(h.get("oldbuckets").and_then(Value::as_array).into_iter().flatten()) {
                    check_shape("BucketSnapshot", b);
                    for c in b["chain"].as_array().unwrap() {
                        check_shape("SlotsSnapshot", c);
                    }
                }
                for it in h["iterators"].as_array().unwrap() {
                    check_shape("IterSnapshot", it);
                    shapes.insert("IterSnapshot");
                }
                if h.get("oldbuckets").is_some() {
                    shapes.insert("oldbuckets");
                }
            }
            if let Some(w) = m.get("swiss") {
                check_shape("SwissSnapshot", w);
                shapes.insert("SwissSnapshot");
                for g in w.get("small").into_iter().chain(w["tables"].as_array().unwrap().iter().flat_map(|t| {
                    check_shape("TableSnapshot", t);
                    t["groups"].as_array().unwrap().iter()
                })) {
                    check_shape("GroupSnapshot", g);
                }
                for it in w["iterators"].as_array().unwrap() {
                    check_shape("SwissIterSnapshot", it);
                    shapes.insert("SwissIterSnapshot");
                }
                for r in w["rehashes"].as_array().unwrap() {
                    check_shape("RehashSnapshot", r);
                    shapes.insert("RehashSnapshot");
                }
                for p in w["probes"].as_array().unwrap() {
                    check_shape("ProbeSnapshot", p);
                    shapes.insert("ProbeSnapshot");
                }
            }
            if let Some(s) = m.get("sync") {
                check_shape("SyncMapSnapshot", s);
                shapes.insert("SyncMapSnapshot");
            }
        }
    }
    assert!(shapes.contains("RaceInfo") && shapes.contains("SyncMapSnapshot") && shapes.contains("SwissSnapshot"), "the program exercises races, sync.Map and both map models: {shapes:?}");
    for swiss in ["SwissIterSnapshot", "RehashSnapshot", "ProbeSnapshot"] {
        assert!(shapes.contains(swiss), "the program's swiss map shows {swiss}: {shapes:?}");
    }
    let d = maprace::check("package main\n\nfunc main() {\n\tx := 1\n}\n");
    check_shape("Diagnostic", &serde_json::to_value(&d[0]).unwrap());
    // An exploration, with details, and the merge of its parts.
    let prog = maprace::compile::compile(RACY_GROWING).unwrap();
    let settings = Settings { runs: Some(6), ..Default::default() };
    let base = settings.options(Purpose::Explore).unwrap();
    let mut eo = maprace::ExploreOptions::new(settings.runs(base.strategy).unwrap(), base.seed, base);
    eo.details = true;
    eo.shrink = false;
    let r = serde_json::to_value(maprace::explore(&prog, &eo)).unwrap();
    check_shape("ExploreResult", &r);
    for b in r["best"].as_object().unwrap().values() {
        check_shape("Best", b);
    }
    let part: maprace::ExploreResult = serde_json::from_value(r).unwrap();
    check_shape("ExploreResult", &serde_json::to_value(maprace::explore::merge(&[part])).unwrap());
}

#[test]
fn event_kinds_are_listed_in_order_and_named_as_serialised() {
    // ALL lists every variant in declaration order (fieldless: the discriminant is the index).
    for (i, k) in EventKind::ALL.iter().enumerate() {
        assert_eq!(*k as usize, i, "EventKind::ALL out of order at {k:?}");
        assert_eq!(serde_json::to_value(k).unwrap(), json!(k.name()));
    }
    assert_eq!(EventKind::ALL.len(), EventKind::Exit as usize + 1, "Exit is the last kind and ALL holds them all");
}

#[test]
fn options_round_trip_through_their_json_form() {
    for name in STRATEGIES.iter().filter(|s| !s.explore_only).map(|s| s.name) {
        let text = format!(r#"{{"seed": 7, "strategy": "{name}", "depth": 5, "granularity": "sync", "maxSteps": 1000, "race": false, "schedule": "v1:3:1x4.2x1"}}"#);
        let o: Options = serde_json::from_str(&text).unwrap();
        let back = serde_json::to_value(&o).unwrap();
        let again: Options = serde_json::from_value(back.clone()).unwrap();
        assert_eq!(serde_json::to_value(&again).unwrap(), back, "{name}");
        assert_eq!(o.strategy.name(), name);
        assert_eq!(back["seed"], 7);
        assert_eq!(back["granularity"], "sync");
    }
    // The same refusals for everybody, with the same words.
    let err = |t: &str| serde_json::from_str::<Options>(t).unwrap_err().to_string();
    assert!(err(r#"{"maxSteps": 0}"#).contains("maxSteps: 0 is out of range (1..=1000000000000)"));
    assert!(err(r#"{"strategy": "dfs"}"#).contains("dfs is for explore only"));
    assert!(err(r#"{"strategy": "fifo"}"#).contains("unknown strategy"));
    assert!(err(r#"{"seed": -1}"#).contains("invalid value"));
    assert!(err(r#"{"granularity": "coarse"}"#).contains("unknown variant"));
    let dfs: Settings = serde_json::from_str(r#"{"strategy": "dfs", "preemptions": 3}"#).unwrap();
    assert_eq!(dfs.options(Purpose::Explore).unwrap().strategy, maprace::Strategy::Dfs { preemptions: 3 });
    assert_eq!(dfs.runs(maprace::Strategy::Dfs { preemptions: 3 }).unwrap() as u64, options::DFS_RUNS_DEFAULT);
    // Defaults: a run is `go`, an exploration `pct`.
    let none = Settings::default();
    assert_eq!(none.options(Purpose::Run).unwrap().strategy.name(), options::DEFAULT_STRATEGY);
    assert_eq!(none.options(Purpose::Explore).unwrap().strategy.name(), options::DEFAULT_EXPLORE_STRATEGY);
    // Every limit's default is within its range, and is what Options::default uses.
    for l in LIMITS {
        assert!(l.check(l.default).is_ok(), "{l:?}");
    }
    let d = Options::default();
    assert_eq!((d.seed, d.max_steps, d.max_memory, d.max_events as u64), (options::SEED.default, options::MAX_STEPS.default, options::MAX_MEMORY.default, options::MAX_EVENTS.default));
}
