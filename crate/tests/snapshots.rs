//! Snapshots are bounded answers (crate/src/gomap/snapshot.rs): a run's
//! result and an `inspect` carry each map's header and, of the map shown, one
//! page of a few tables, whatever the map's size — and the pages the page
//! asks for, one at a time, are exactly the pages of the whole snapshot.

use maprace::gomap::snapshot::{MapSnapshot, View, PAGE_GROUPS};
use maprace::options::MapModel;
use maprace::Options;
use serde_json::{json, Value};

/// The most bytes of JSON a run's result or an answer may take for a map of
/// any size (here, of a few maps): far below what a page parses at once.
const ANSWER_JSON_MAX: usize = 64 << 10;

fn hint_program(hint: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tm := make(map[int]int, {hint})\n\tm[1] = 1\n\tfmt.Println(len(m))\n}}\n")
}

/// `make(map[int]int, 1<<22)`: 8,192 tables of 128 groups; the whole
/// snapshot was 150 MB of JSON. The result and an answer at the write stay small.
#[test]
fn a_1_shl_22_hint_crosses_as_a_few_kilobytes() {
    let src = hint_program("1<<22");
    let o = Options { max_memory: 1 << 30, ..Options::default() };
    let r = maprace::run(&src, &o).unwrap();
    assert_eq!((r.outcome.as_str(), r.stdout.as_str()), ("ok", "1\n"), "{}", r.stderr);
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.len() < ANSWER_JSON_MAX, "the run's result is {} bytes", json.len());
    let s = r.maps[0].swiss.as_ref().unwrap();
    assert_eq!((s.dir_len, s.table_count, s.used), (8192, 8192, 1));
    assert!(s.tables.iter().all(|t| t.group_count == 128) && s.tables.iter().filter(|t| !t.groups.is_empty()).count() == 1);
    // The write's step: its probe's table carries the page holding the key.
    let write = r.events.iter().find(|e| e.detail == "m[1] = 1").expect("the write's event").step;
    let maps = maprace::inspect(&src, &o, write).unwrap();
    let at = serde_json::to_string(&maps).unwrap();
    assert!(at.len() < ANSWER_JSON_MAX, "the answer at the write is {} bytes", at.len());
    let sw = maps[0].swiss.as_ref().unwrap();
    let p = &sw.probes[0];
    let t = sw.tables.iter().find(|t| Some(t.id) == p.table).expect("the probed table is listed");
    let last = *p.groups.last().unwrap();
    assert!(t.groups_from <= last && last < t.groups_from + t.groups.len() as u64, "the page holds the probe's last group {last}: from {}", t.groups_from);
    // Another page of another table, asked for.
    let other = sw.tables.iter().find(|x| x.id != t.id).unwrap().id;
    let asked = maprace::inspect_view(&src, &o, write, &View { map: 0, pages: vec![(other, 7)], ..View::default() }).unwrap();
    let ot = asked[0].swiss.as_ref().unwrap().tables.iter().find(|x| x.id == other).unwrap();
    assert_eq!((ot.groups_from, ot.groups.len()), (7 * PAGE_GROUPS as u64, PAGE_GROUPS));
}

/// Every page of every part, asked for one at a time, is the whole snapshot's page.
fn pages_equal_the_whole(src: &str, o: &Options, step: u64) -> usize {
    let whole = serde_json::to_value(maprace::inspect_view(src, o, step, &View::whole()).unwrap()).unwrap();
    let ask = |map: usize, part: u32, page: u64| -> Value {
        let v = maprace::inspect_view(src, o, step, &View { map, pages: vec![(part, page)], ..View::default() }).unwrap();
        serde_json::to_value(&v[map]).unwrap()
    };
    let mut compared = 0;
    for (i, m) in whole.as_array().unwrap().iter().enumerate() {
        if let Some(s) = m.get("swiss") {
            for t in s["tables"].as_array().unwrap() {
                let groups = t["groups"].as_array().unwrap();
                for page in 0..groups.len().div_ceil(PAGE_GROUPS) {
                    let got = ask(i, t["id"].as_u64().unwrap() as u32, page as u64);
                    let gt = got["swiss"]["tables"].as_array().unwrap().iter().find(|x| x["id"] == t["id"]).unwrap_or_else(|| panic!("table {} not listed", t["id"])).clone();
                    let want: Vec<Value> = groups.iter().skip(page * PAGE_GROUPS).take(PAGE_GROUPS).cloned().collect();
                    assert_eq!(gt["groups"], json!(want), "step {step}, table {}, page {page}", t["id"]);
                    assert_eq!((gt["groupsFrom"].as_u64(), gt["groupCount"].as_u64()), (Some((page * PAGE_GROUPS) as u64), Some(groups.len() as u64)));
                    let strip = |v: &Value| {
                        let mut v = v.clone();
                        for k in ["groups", "groupsFrom"] {
                            v.as_object_mut().unwrap().remove(k);
                        }
                        v
                    };
                    assert_eq!(strip(&gt), strip(t), "the table's row");
                    for k in ["used", "dirLen", "globalDepth", "seed", "writing", "iterators", "rehashes", "probes", "tableCount", "small"] {
                        assert_eq!(got["swiss"].get(k), s.get(k), "{k}");
                    }
                    compared += 1;
                }
            }
        }
        if let Some(h) = m.get("hmap") {
            for (part, key, from) in [(0, "buckets", "bucketsFrom"), (1, "oldbuckets", "oldbucketsFrom")] {
                let Some(list) = h.get(key).and_then(Value::as_array) else { continue };
                for page in 0..list.len().div_ceil(PAGE_GROUPS) {
                    let got = ask(i, part, page as u64);
                    let want: Vec<Value> = list.iter().skip(page * PAGE_GROUPS).take(PAGE_GROUPS).cloned().collect();
                    assert_eq!(got["hmap"][key], json!(want), "step {step}, {key} page {page}");
                    assert_eq!(got["hmap"][from].as_u64(), Some((page * PAGE_GROUPS) as u64));
                    for k in ["count", "B", "flags", "nevacuate", "noverflow", "iterators", "bucketCount", "oldbucketCount"] {
                        assert_eq!(got["hmap"].get(k), h.get(k), "{k}");
                    }
                    compared += 1;
                }
            }
        }
        if let Some(sm) = m.get("sync") {
            let per = PAGE_GROUPS * 8;
            for (part, key, from) in [(0, "read", "readFrom"), (1, "dirty", "dirtyFrom")] {
                let Some(list) = sm.get(key).and_then(Value::as_array) else { continue };
                for page in 0..list.len().div_ceil(per) {
                    let got = ask(i, part, page as u64);
                    let want: Vec<Value> = list.iter().skip(page * per).take(per).cloned().collect();
                    assert_eq!(got["sync"][key], json!(want), "step {step}, {key} page {page}");
                    assert_eq!(got["sync"][from].as_u64(), Some((page * per) as u64));
                    compared += 1;
                }
            }
        }
    }
    compared
}

const GROWING: &str = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tm := map[int]int{}\n\tvar s sync.Map\n\tfor i := 0; i < 1500; i++ {\n\t\tm[i] = i\n\t\tif i < 300 {\n\t\t\ts.Store(i, i)\n\t\t}\n\t\tif i%3 == 0 {\n\t\t\tfor k := range m {\n\t\t\t\t_ = k\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t}\n\ts.Range(func(k, v any) bool { return true })\n}\n";

/// A map of 1,500 entries (several swiss tables of several pages; a classic
/// map growing, its old buckets paged too) and a sync.Map of 300: at steps
/// through the run, while growing and at the end, the pages equal the whole's.
#[test]
fn paged_answers_are_the_whole_snapshots_pages() {
    for model in [MapModel::Swiss, MapModel::Classic] {
        let o = Options { map_model: model, ..Options::default() };
        let r = maprace::run(GROWING, &o).unwrap();
        assert_eq!(r.outcome, "ok");
        let grow = r.events.iter().filter(|e| e.kind == maprace::trace::EventKind::MapEvacuate).map(|e| e.step).last().expect("the map grows");
        let mut compared = 0;
        for step in [r.steps / 3, grow, r.steps] {
            compared += pages_equal_the_whole(GROWING, &o, step);
        }
        assert!(compared > 20, "{model:?}: {compared} pages compared");
    }
}

/// A paged answer's pages are the page's request: another map shown (the
/// sync.Map, second in the list) leaves the first as its header only.
#[test]
fn only_the_map_shown_carries_pages() {
    let o = Options::default();
    let r = maprace::run(GROWING, &o).unwrap();
    let first: &MapSnapshot = &r.maps[0];
    assert!(first.swiss.as_ref().unwrap().tables.iter().any(|t| !t.groups.is_empty()));
    assert_eq!(r.maps[1].sync.as_ref().unwrap().read.len(), 0, "the sync.Map is not shown: no entries carried");
    let v = maprace::inspect_view(GROWING, &o, r.steps, &View { map: 1, ..View::default() }).unwrap();
    let sw = v[0].swiss.as_ref().unwrap();
    assert!(sw.tables.is_empty() && sw.directory.is_empty() && sw.used == 1500 && sw.table_count > 1, "a header: {sw:?}");
    let sm = v[1].sync.as_ref().unwrap();
    assert_eq!((sm.read.len(), sm.read_count), (PAGE_GROUPS * 8, 300));
}

/// The answer is asked of the run's budget before it is built: with little
/// room left (a hinted table holding most of a 45 MB budget) a whole view is
/// refused for the paged one, and a paged answer shrinks to headers.
#[test]
fn an_answer_is_charged_to_the_budget_before_it_is_built() {
    let src = hint_program("1<<18");
    let roomy = Options::default();
    let whole = maprace::inspect_view(&src, &roomy, u64::MAX, &View::whole()).unwrap();
    assert_eq!(whole[0].swiss.as_ref().unwrap().tables.iter().map(|t| t.groups.len()).sum::<usize>(), 1 << 16, "with room, the whole map");
    let tight = Options { max_memory: 45 << 20, ..Options::default() };
    let r = maprace::run(&src, &tight).unwrap();
    assert_eq!(r.outcome, "ok", "{}", r.stderr);
    let sw = r.maps[0].swiss.as_ref().unwrap();
    assert!(sw.tables.is_empty() && sw.used == 1, "no room for an answer's pages: the header only ({} tables)", sw.tables.len());
    let w = maprace::inspect_view(&src, &tight, u64::MAX, &View::whole()).unwrap();
    assert!(w[0].swiss.as_ref().unwrap().tables.is_empty(), "a whole view is refused too");
}
