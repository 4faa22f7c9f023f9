// Browser figures for `npm run bench`: navigation to ready, bytes shipped
// (raw and gzip), time to run each gallery example, explore runs/s in the
// worker, and frame time while panning a timeline of ~100,000 events.
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

const gallery = await page.evaluate(() => [...document.querySelectorAll("#gallery option")].map((o) => o.value).filter(Boolean));
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
await browser.close();
srv.close();
