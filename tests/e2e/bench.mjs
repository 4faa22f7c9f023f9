// Browser figures for `npm run bench`: navigation to ready, bytes shipped
// (raw and gzip), time to run each gallery example, explore runs/s in the
// worker, frame time while panning a timeline of ~100,000 events, and the
// swiss map view's draw time while stepping a map of 2,000 entries.
import { launch, serve } from "./browser.mjs";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(ROOT, "dist");
const srv = await serve(dist);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

const t0 = Date.now();
await page.goto(srv.url);
await page.waitForSelector("body[data-ready='1']");
console.log(`ready_ms ${Date.now() - t0} ms (navigation to wasm loaded)`);

for (const f of fs.readdirSync(path.join(dist, "assets"))) {
  const b = fs.readFileSync(path.join(dist, "assets", f));
  const kind = f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : "css";
  console.log(`bytes_${kind} ${f}: ${b.length} raw, ${zlib.gzipSync(b).length} gzip`);
}

// The examples (not "— your code —", nor the hidden "— code from a link —").
const gallery = await page.evaluate(() => [...document.querySelectorAll("#gallery option")].filter((o) => o.value && !o.hidden).map((o) => o.value));
for (const id of gallery) {
  await page.evaluate(() => (document.body.dataset.ran = ""));
  const s = Date.now();
  await page.selectOption("#gallery", id);
  await page.waitForFunction(() => document.body.dataset.ran === "1");
  const ms = await page.evaluate(() => window.maprace.state.run.__ms);
  console.log(`run_${id} ${ms.toFixed(1)} ms in the worker, ${Date.now() - s} ms to drawn`);
}

const writers = fs.readFileSync(path.join(ROOT, "bench/writers100.go"), "utf8");
const ex = await page.evaluate(async (src) => {
  const t = performance.now();
  const r = await window.maprace.runner.call("explore", src, { runs: 200, strategy: "random", seed: 1 });
  return { runs: r.runs, secs: (performance.now() - t) / 1000 };
}, writers);
console.log(`explore_runs_per_sec_chromium ${(ex.runs / ex.secs).toFixed(0)} runs/s (one worker, 100-goroutine writers)`);
// All workers, through the page's explore panel (its pool: navigator.hardwareConcurrency).
const locked = fs.readFileSync(path.join(ROOT, "bench/writers100_locked.go"), "utf8");
for (const [name, src] of [["writers100", writers], ["writers100_locked", locked]]) {
  for (const workers of [1, 0]) {
    const p2 = await browser.newPage();
    await p2.goto(srv.url + (workers ? `?workers=${workers}` : ""));
    await p2.waitForSelector("body[data-ready='1']");
    await p2.evaluate((s) => localStorage.setItem("maprace.source.v1", s), src);
    await p2.goto(srv.url + (workers ? `?workers=${workers}` : ""));
    await p2.waitForSelector("body[data-ready='1']");
    await p2.click(".explore summary");
    await p2.selectOption("#strategy", "random");
    await p2.fill("#explore-runs", "1000");
    const t = Date.now();
    await p2.click("#explore");
    await p2.waitForFunction(() => window.maprace.lastExplore, null, { timeout: 120000 });
    const secs = (Date.now() - t) / 1000;
    const n = await p2.evaluate(() => navigator.hardwareConcurrency);
    console.log(`explore_panel_${name} ${(1000 / secs).toFixed(0)} runs/s with ${workers || Math.min(n, 8)} worker(s) (1000 random schedules, merge and shrink included)`);
    await p2.close();
  }
}

const big = `package main

func main() {
	m := map[int]int{}
	for i := 0; i < 50000; i++ {
		m[i%64] = i
		_ = m[i%32]
	}
}
`;
await page.evaluate((src) => localStorage.setItem("maprace.source.v1", src), big);
await page.goto(srv.url); // (a reload would keep the share link in the address bar and run that)
await page.waitForSelector("body[data-ready='1']");
await page.evaluate(() => (document.body.dataset.ran = ""));
await page.click("#run");
await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 60000 });
const nev = await page.evaluate(() => window.maprace.state.run.events.length);
const frames = await page.evaluate(async () => {
  const tl = window.maprace.timeline;
  tl.zoomTo(0.05);
  const before = tl.frameTimes().length;
  for (let i = 0; i < 120; i++) {
    tl.pan(400);
    await new Promise((r) => requestAnimationFrame(r));
  }
  tl.zoomTo(0.002);
  for (let i = 0; i < 60; i++) {
    tl.pan(5000);
    await new Promise((r) => requestAnimationFrame(r));
  }
  const ft = tl.frameTimes().slice(-180);
  ft.sort((a, b) => a - b);
  return { n: ft.length, median: ft[Math.floor(ft.length / 2)], p95: ft[Math.floor(ft.length * 0.95)], max: ft[ft.length - 1], before };
});
console.log(`timeline_frame_ms ${nev} events: median ${frames.median.toFixed(2)} ms, p95 ${frames.p95.toFixed(2)} ms, max ${frames.max.toFixed(2)} ms per redraw while panning`);
// The swiss map view: a map growing from 1 to 2,000 entries (its last tables
// split, 4 of them), stepped event by event at its end: each step reruns the
// program to that step in the worker (inspect) and redraws the view.
const growing = `package main

func main() {
	m := map[int]int{}
	for i := 0; i < 2000; i++ {
		m[i] = i
	}
}
`;
await page.evaluate((src) => localStorage.setItem("maprace.source.v1", src), growing);
await page.goto(srv.url);
await page.waitForSelector("body[data-ready='1']");
await page.evaluate(() => (document.body.dataset.ran = ""));
await page.click("#run");
await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 60000 });
const sv = await page.evaluate(async () => {
  const { timeline, mapview, state } = window.maprace;
  const n = state.run.events.length;
  const steps = [];
  for (let i = n - 101; i < n - 1; i++) {
    const t = performance.now();
    timeline.select(i);
    const want = `after step ${state.run.events[i].step}`;
    while (document.querySelector(".maps-caption").textContent !== want) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    steps.push(performance.now() - t);
  }
  const q = (a, p) => [...a].sort((x, y) => x - y)[Math.floor(a.length * p)];
  const render = mapview.renderTimes().slice(-100);
  return { n, tables: state.run.maps[0].swiss?.tables.length, stepMedian: q(steps, 0.5), stepP95: q(steps, 0.95), renderMedian: q(render, 0.5), renderP95: q(render, 0.95) };
});
console.log(`swiss_view_frame_ms ${sv.renderMedian.toFixed(2)} ms median, ${sv.renderP95.toFixed(2)} ms p95 to draw the view (2,000 entries in ${sv.tables} tables, paged)`);
console.log(`swiss_view_step_ms ${sv.stepMedian.toFixed(1)} ms median, ${sv.stepP95.toFixed(1)} ms p95 per step from select to painted (the rerun to that step in the worker included; ${sv.n} events)`);
await browser.close();
srv.close();
