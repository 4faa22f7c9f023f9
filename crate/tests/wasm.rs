//! The wasm surface, in a real browser (wasm-bindgen-test in Chromium):
//! check, run, explore and inspect answer with the serde shapes the page
//! reads, and a run is identical to the same run natively.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PROG: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m[k] = len(k)
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
"#;

fn get(v: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(k)).unwrap()
}

fn opts(seed: f64) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"seed".into(), &seed.into()).unwrap();
    js_sys::Reflect::set(&o, &"strategy".into(), &"random".into()).unwrap();
    o.into()
}

#[wasm_bindgen_test]
fn check_reports_go_diagnostics() {
    let d = maprace::wasm::check("package main\n\nfunc main() {\n\tx := 1\n}\n");
    let arr = js_sys::Array::from(&d);
    assert_eq!(arr.length(), 1);
    let first = arr.get(0);
    assert_eq!(get(&first, "line").as_f64(), Some(4.0));
    assert_eq!(get(&first, "col").as_f64(), Some(2.0));
    assert_eq!(get(&first, "message").as_string().unwrap(), "declared and not used: x");
}

#[wasm_bindgen_test]
fn run_reports_outcome_races_and_events() {
    let o = opts(3.0);
    js_sys::Reflect::set(&o, &"strategy".into(), &"go".into()).unwrap();
    let r = maprace::wasm::run(PROG, o);
    assert_eq!(get(&r, "outcome").as_string().unwrap(), "ok");
    assert_eq!(get(&r, "stdout").as_string().unwrap(), "3\n");
    assert!(js_sys::Array::from(&get(&r, "races")).length() >= 1);
    assert!(js_sys::Array::from(&get(&r, "events")).length() > 5);
    assert_eq!(js_sys::Array::from(&get(&r, "goroutines")).length(), 4);
}

#[wasm_bindgen_test]
fn the_boundary_preserves_the_result() {
    for seed in [1u64, 2, 99] {
        let js = maprace::wasm::run(PROG, opts(seed as f64));
        let wasm_json = js_sys::JSON::stringify(&js).unwrap().as_string().unwrap();
        let native = maprace::run(PROG, &maprace::Options { seed, strategy: maprace::sched::Strategy::Random, ..Default::default() }).unwrap();
        let native_json = serde_json::to_string(&native).unwrap();
        let a: serde_json::Value = serde_json::from_str(&wasm_json).unwrap();
        let b: serde_json::Value = serde_json::from_str(&native_json).unwrap();
        assert_eq!(a, b, "seed {seed}");
    }
}

#[wasm_bindgen_test]
fn explore_and_inspect_answer() {
    let o = opts(1.0);
    js_sys::Reflect::set(&o, &"runs".into(), &25.0.into()).unwrap();
    let e = maprace::wasm::explore(PROG, o);
    assert_eq!(get(&e, "runs").as_f64(), Some(25.0));
    assert_eq!(get(&e, "race_runs").as_f64(), Some(25.0));
    let maps = maprace::wasm::inspect(PROG, opts(3.0), 40.0, JsValue::UNDEFINED);
    let arr = js_sys::Array::from(&maps);
    assert_eq!(arr.length(), 1);
    assert_eq!(get(&arr.get(0), "name").as_string().unwrap(), "m");
}

/// A page of a big map asked for in wasm is the page natively: the view
/// crosses as JSON, the answer is the core's, byte for byte.
#[wasm_bindgen_test]
fn a_paged_answer_is_the_native_one() {
    let src = "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 3000; i++ {\n\t\tm[i] = i\n\t}\n}\n";
    let native_run = maprace::run(src, &maprace::Options::default()).unwrap();
    let table = native_run.maps[0].swiss.as_ref().unwrap().tables[1].id;
    let view: maprace::gomap::snapshot::View = serde_json::from_value(serde_json::json!({ "map": 0, "pages": [[table, 3]] })).unwrap();
    let native = serde_json::to_value(maprace::inspect_view(src, &maprace::Options::default(), native_run.steps - 5, &view).unwrap()).unwrap();
    let js_view = js_sys::JSON::parse(&format!("{{\"map\":0,\"pages\":[[{table},3]]}}")).unwrap();
    let w = maprace::wasm::inspect(src, js_sys::Object::new().into(), (native_run.steps - 5) as f64, js_view);
    let wasm: serde_json::Value = serde_json::from_str(&js_sys::JSON::stringify(&w).unwrap().as_string().unwrap()).unwrap();
    assert_eq!(wasm, native);
    assert_eq!(native[0]["swiss"]["tables"][1]["groupsFrom"], serde_json::json!(3 * maprace::gomap::snapshot::PAGE_GROUPS));
}

#[wasm_bindgen_test]
fn bad_options_are_an_error_not_a_crash() {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"schedule".into(), &"garbage".into()).unwrap();
    let r = maprace::wasm::run(PROG, o.into());
    assert!(get(&r, "error").as_string().unwrap().contains("schedule"));
}

/// An anchored schedule recorded natively replays the same run in wasm,
/// and the wasm run records the same schedule.
#[wasm_bindgen_test]
fn a_native_schedule_replays_exactly_in_wasm() {
    for seed in [1u64, 5, 8] {
        let native = maprace::run(PROG, &maprace::Options { seed, strategy: maprace::sched::Strategy::Random, ..Default::default() }).unwrap();
        assert!(native.schedule.starts_with("v2:"));
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"schedule".into(), &native.schedule.as_str().into()).unwrap();
        let r = maprace::wasm::run(PROG, o.into());
        assert_eq!(get(&r, "schedule").as_string().unwrap(), native.schedule, "seed {seed}");
        assert_eq!(get(&r, "outcome").as_string().unwrap(), native.outcome);
        let events = js_sys::JSON::stringify(&get(&r, "events")).unwrap().as_string().unwrap();
        assert_eq!(serde_json::from_str::<serde_json::Value>(&events).unwrap(), serde_json::to_value(&native.events).unwrap());
        assert!(get(&r, "schedule_note").is_undefined());
    }
}

/// The bounded search answers through the boundary: complete, with its
/// frontier, and resumable from a frontier it handed back.
#[wasm_bindgen_test]
fn the_bounded_search_hands_back_its_frontier() {
    let o = js_sys::Object::new();
    for (k, v) in [("strategy", JsValue::from("dfs")), ("preemptions", 1.0.into()), ("granularity", "sync".into()), ("runs", 5.0.into()), ("details", true.into())] {
        js_sys::Reflect::set(&o, &k.into(), &v).unwrap();
    }
    let first = maprace::wasm::explore(PROG, o.clone().into());
    assert_eq!(get(&first, "runs").as_f64(), Some(5.0));
    assert_eq!(get(&first, "complete").as_bool(), Some(false));
    let frontier = get(&first, "frontier");
    assert!(js_sys::Array::from(&frontier).length() > 0);
    js_sys::Reflect::set(&o, &"frontier".into(), &frontier).unwrap();
    js_sys::Reflect::set(&o, &"runs".into(), &100_000.0.into()).unwrap();
    let rest = maprace::wasm::explore(PROG, o.clone().into());
    assert_eq!(get(&rest, "complete").as_bool(), Some(true));
    assert_eq!(js_sys::Array::from(&get(&rest, "frontier")).length(), 0);
    js_sys::Reflect::set(&o, &"frontier".into(), &js_sys::Array::of1(&"garbage".into())).unwrap();
    assert!(get(&maprace::wasm::explore(PROG, o.into()), "error").as_string().unwrap().contains("bad search branch"));
}

#[wasm_bindgen_test]
fn format_answers_text_or_a_diagnostic() {
    let messy = "package main\nimport \"fmt\"\nfunc main(){\nx:=1+2*3\nfmt.Println(x)}\n";
    let r = maprace::wasm::format(messy);
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(get(&r, "text").as_string().unwrap(), maprace::lang::printer::format(messy).unwrap());
    let bad = maprace::wasm::format("package main\n\nfunc main() {\n\tx := [}\n}\n");
    assert_eq!(get(&bad, "ok").as_bool(), Some(false));
    assert!(get(&bad, "error").as_string().unwrap().starts_with("main.go:4:8: syntax error"));
    let d = js_sys::Array::from(&get(&bad, "diagnostics"));
    assert_eq!(get(&d.get(0), "line").as_f64(), Some(4.0));
}

/// 64-bit indices stay 64-bit where usize is 32 bits, and the memory budget
/// ends a bomb the same way as natively (crate/tests/hostile.rs).
#[wasm_bindgen_test]
fn wide_indices_and_the_budget_match_native() {
    let progs = [
        "package main\n\nfunc main() {\n\ts := \"hello\"\n\ti := 1<<32 + 2\n\tprintln(s[i])\n}\n",
        "package main\n\nfunc main() {\n\ts := \"hello\"\n\ti := 1<<32 + 2\n\tprintln(s[:i])\n}\n",
        "package main\n\nfunc main() {\n\tb := []int{1, 2, 3}\n\ti := 1<<32 + 1\n\tprintln(b[i])\n}\n",
        "package main\n\nfunc main() {\n\tm := make(map[int]int, 1<<22)\n\tm[1] = 1\n\tprintln(len(m))\n}\n",
        "package main\n\nfunc main() {\n\ts := \"x\"\n\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}\n\tprintln(len(s))\n}\n",
    ];
    for src in progs {
        let native = maprace::run(src, &maprace::Options { seed: 1, strategy: maprace::Strategy::Random, ..Default::default() }).unwrap();
        let js = maprace::wasm::run(src, opts(1.0));
        assert_eq!(get(&js, "outcome").as_string().unwrap(), native.outcome, "{src}");
        assert_eq!(get(&js, "stderr").as_string().unwrap(), native.stderr, "{src}");
    }
}

#[path = "shared/corpus_list.rs"]
mod corpus_list;
#[path = "shared/deep.rs"]
mod deep;

/// The whole result as the page gets it, as JSON text.
fn wasm_json(src: &str, o: JsValue) -> serde_json::Value {
    let js = maprace::wasm::run(src, o);
    serde_json::from_str(&js_sys::JSON::stringify(&js).unwrap().as_string().unwrap()).unwrap()
}

/// Lets the browser (and the test runner's webdriver) in between two long steps.
async fn yield_to_browser() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let set_timeout: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"setTimeout".into()).unwrap().into();
        set_timeout.call2(&JsValue::NULL, &resolve, &0.into()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Steps of each corpus run compared (the 100k-loop programs would take
/// minutes in a debug build; their first 50,000 steps are compared).
const CORPUS_STEPS: u64 = 50_000;

/// Determinism across the boundary: every corpus and gallery program (the
/// 64-bit edge cases among them: lang_index_64bit, lang_shift_huge_count,
/// the fmt widths) gives the same result in wasm as natively, byte for byte
/// once serialised — events, races, output, schedule — under two strategies.
#[wasm_bindgen_test]
async fn every_corpus_program_runs_identically_in_wasm_and_natively() {
    assert!(corpus_list::PROGRAMS.len() >= 190, "{} programs", corpus_list::PROGRAMS.len());
    for (name, src) in corpus_list::PROGRAMS {
        yield_to_browser().await;
        for (strategy, st) in [("go", maprace::Strategy::Go { quantum: 20_000 }), ("random", maprace::Strategy::Random)] {
            let o = opts(7.0);
            js_sys::Reflect::set(&o, &"strategy".into(), &strategy.into()).unwrap();
            js_sys::Reflect::set(&o, &"maxSteps".into(), &(CORPUS_STEPS as f64).into()).unwrap();
            let a = wasm_json(src, o);
            let b = match maprace::run(src, &maprace::Options { seed: 7, strategy: st, max_steps: CORPUS_STEPS, ..Default::default() }) {
                Ok(r) => serde_json::to_value(&r).unwrap(),
                Err(d) => serde_json::json!({ "diagnostics": d }),
            };
            assert!(a == b, "{name} ({strategy}): wasm and native differ");
        }
    }
}

/// More 64-bit edges where wasm's usize is 32 bits: every one gives the same
/// result in wasm and natively.
#[wasm_bindgen_test]
fn sixty_four_bit_edges_run_identically() {
    let bodies = [
        "\ts := make([]byte, 3)\n\ti := 1<<32 + 1\n\tprintln(s[i:])",
        "\ts := make([]int, 1<<32+1)\n\tprintln(len(s))",
        "\ts := make([]int, 2, 1<<33)\n\tprintln(cap(s))",
        "\tm := make(map[int]int, 1<<33)\n\tm[1] = 1\n\tprintln(len(m))",
        "\tc := make(chan int, 1<<33)\n\tprintln(cap(c))",
        "\tx := int64(-1 << 63)\n\ty := int64(-1)\n\tprintln(x/y, x%y, x*y)",
        "\tvar u uint64 = 1<<64 - 1\n\tprintln(u, u+1, u>>63, int32(u), uint32(u))",
        "\tn := uint(1 << 63)\n\tprintln(1<<n, -1>>n, 1<<(n>>31))",
        "\ta := [3]int{}\n\ti := -1 << 40\n\tprintln(a[i+1<<40+5])",
        "\ts := \"héllo\"\n\tfor i := range 1 << 33 {\n\t\tif i > 2 {\n\t\t\tbreak\n\t\t}\n\t\tprintln(s[i])\n\t}",
    ];
    for body in bodies {
        let src = format!("package main\n\nfunc main() {{\n{body}\n}}\n");
        let a = wasm_json(&src, opts(1.0));
        let b = match maprace::run(&src, &maprace::Options { seed: 1, strategy: maprace::Strategy::Random, ..Default::default() }) {
            Ok(r) => serde_json::to_value(&r).unwrap(),
            Err(d) => serde_json::json!({ "diagnostics": d }),
        };
        assert_eq!(a, b, "{src}");
    }
}

/// The hostile suite's deepest programs in the browser (the core's 16 MiB
/// stack, linked in): each compiles and runs, one level more is refused —
/// and the module still answers afterwards (a stack overflow here used to
/// break the worker for every later run).
#[wasm_bindgen_test]
async fn the_deepest_programs_run_in_wasm_and_the_next_run_works() {
    for &kind in deep::KINDS {
        yield_to_browser().await;
        deep::check_deepest(kind).unwrap();
        let src = deep::deep(kind, 700);
        let r = maprace::wasm::run(&src, opts(1.0));
        let out = get(&r, "outcome").as_string().or_else(|| get(&r, "diagnostics").is_object().then(|| "diagnostics".into()));
        assert!(out.is_some(), "{kind}: an outcome or diagnostics");
    }
    let huge = deep::deep("sum", 100_000);
    let d = js_sys::Array::from(&maprace::wasm::check(&huge));
    assert_eq!(d.length(), 1);
    let o = opts(3.0);
    js_sys::Reflect::set(&o, &"strategy".into(), &"go".into()).unwrap();
    assert_eq!(get(&maprace::wasm::run(PROG, o), "stdout").as_string().unwrap(), "3\n");
}

/// Bombs end with the budget's outcome in wasm as natively, within the
/// worker's memory, and the next run works.
#[wasm_bindgen_test]
async fn bombs_end_within_the_budget_in_wasm() {
    let bombs = [
        "\tfor {\n\t\tgo func() {}()\n\t}",
        "\tfor {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t}",
        "\tm := map[int]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = i\n\t}",
        "\tvar s []string\n\tx := \"0123456789abcdef\"\n\tfor {\n\t\ts = append(s, x+x)\n\t}",
        "\tm := make(map[int]int, 1<<40)\n\tm[1] = 1\n\tprintln(len(m))",
        "\tvar a [1 << 40]byte\n\tprintln(len(a))",
    ];
    for body in bombs {
        yield_to_browser().await;
        let src = format!("package main\n\nfunc main() {{\n{body}\n}}\n");
        let o = opts(1.0);
        js_sys::Reflect::set(&o, &"maxMemory".into(), &((16u32 << 20) as f64).into()).unwrap();
        let a = wasm_json(&src, o);
        let b = match maprace::run(&src, &maprace::Options { seed: 1, strategy: maprace::Strategy::Random, max_memory: 16 << 20, ..Default::default() }) {
            Ok(r) => serde_json::to_value(&r).unwrap(),
            Err(d) => serde_json::json!({ "diagnostics": d }),
        };
        assert_eq!(a["outcome"], b["outcome"], "{src}");
        assert_eq!(a["stderr"], b["stderr"], "{src}");
    }
    let o = opts(3.0);
    js_sys::Reflect::set(&o, &"strategy".into(), &"go".into()).unwrap();
    assert_eq!(get(&maprace::wasm::run(PROG, o), "stdout").as_string().unwrap(), "3\n");
}
