// End-to-end tests of the playground in Debian's headless Chromium, against
// the built site (dist/). Prints `N passed, N failed` last, for CI.
// Screenshots of each view at desktop and phone width, light and dark, are
// written to tests/artifacts/.
import { launch, serve } from "./browser.mjs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ART = path.join(ROOT, "tests/artifacts");
fs.mkdirSync(ART, { recursive: true });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const srv = await serve(path.join(ROOT, "dist"));
const browser = await launch();

async function openPage({ width = 1400, height = 1000, scheme = "light", storage } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
  const page = await ctx.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  await page.goto(srv.url);
  if (storage !== undefined) {
    await page.evaluate((s) => localStorage.setItem("maprace.source.v1", s), storage);
    await page.reload();
  }
  await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
  return page;
}

async function runAndWait(page) {
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await page.click("#run");
  await page.waitForFunction(() => document.body.dataset.ran === "1" || document.querySelector("#outcome").textContent === "compile error", null, { timeout: 30000 });
}

/** JSON with object keys sorted, to compare values whatever the key order. */
function canonical(v) {
  return JSON.stringify(v, (k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
}

test("a gallery example runs: outcome, race report, one lane per goroutine", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "read-during-write");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  const outcome = await page.textContent("#outcome");
  assert(outcome === "ok · 1 data race", `outcome: ${outcome}`);
  const stderr = await page.textContent("#stderr");
  assert(stderr.includes("WARNING: DATA RACE") && stderr.includes("Found 1 data race(s)"), "race report in stderr");
  assert(stderr.includes("runtime.mapaccess2_fast64()"), "runtime frame of the comma-ok lookup");
  const lanes = await page.evaluate(() => window.maprace.timeline.laneCount());
  assert(lanes === 2, `lanes: ${lanes}`);
  assert((await page.textContent("#explain .verdict")).startsWith("Real Go:"), "explanation shown");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("clicking an event shows the maps at that step and lights the source line", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  const target = await page.evaluate(() => {
    const run = window.maprace.state.run;
    const i = run.events.findIndex((e) => e.kind === "map_write");
    const p = window.maprace.timeline.eventPosition(i);
    return { i, ...p, line: run.events[i].line, step: run.events[i].step };
  });
  const box = await page.locator("#timeline canvas").boundingBox();
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await page.waitForFunction((s) => document.querySelector(".maps-caption").textContent === `at step ${s}`, target.step, { timeout: 10000 });
  const lit = await page.evaluate(() => {
    const lines = [...document.querySelectorAll(".cm-line")];
    return lines.findIndex((l) => l.classList.contains("cm-step-line")) + 1;
  });
  assert(lit === target.line, `highlighted line ${lit}, event line ${target.line}`);
  const hmap = await page.textContent(".maps-body .hmap");
  assert(hmap.includes("hashWriting"), "flags shown");
  const writing = await page.locator(".flag.writing.on").count();
  assert(writing === 1, "hashWriting is lit during the write");
  // Keyboard: step forward and back.
  await page.focus("#timeline canvas");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  const sel = await page.evaluate(() => window.maprace.timeline.selected);
  assert(sel === target.i, `selection back at ${target.i}, got ${sel}`);
});

test("Stop ends a for {} program within 100 ms", async () => {
  const page = await openPage({ storage: "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n" });
  await page.fill("#max-steps", "2000000000");
  await page.click("#run");
  await page.waitForTimeout(400);
  assert((await page.textContent("#outcome")) === "running…", "running");
  const t0 = Date.now();
  await page.click("#stop");
  await page.waitForFunction(() => document.querySelector("#outcome").textContent === "stopped", null, { timeout: 2000 });
  const ms = Date.now() - t0;
  assert(ms < 100 + 150, `stopped after ${ms} ms (click and poll overhead included)`);
  // The page still works afterwards.
  await page.fill("#max-steps", "10000");
  await runAndWait(page).catch(() => {});
  await page.waitForFunction(() => document.querySelector("#outcome").textContent.startsWith("step limit exceeded"), null, { timeout: 10000 });
});

test("a compile error is marked at its line, in gc's words", async () => {
  const page = await openPage({ storage: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(\"hi\")\n}\n" });
  await runAndWait(page);
  assert((await page.textContent("#outcome")) === "compile error", "outcome");
  assert((await page.textContent("#stderr")).includes("main.go:6:2: declared and not used: x"), "message");
  await page.waitForSelector(".cm-lintRange-error");
  const line = await page.evaluate(() => [...document.querySelectorAll(".cm-line")].findIndex((l) => l.querySelector(".cm-lintRange-error")) + 1);
  assert(line === 6, `marked line ${line}`);
  await page.click("#stderr .line-link");
  const lit = await page.evaluate(() => [...document.querySelectorAll(".cm-line")].findIndex((l) => l.classList.contains("cm-step-line")) + 1);
  assert(lit === 6, "clicking main.go:6 lights line 6");
});

test("the code survives a reload", async () => {
  const page = await openPage({ storage: "package main\n\nfunc main() {\n}\n" });
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText("// kept\n");
  await page.reload();
  await page.waitForSelector("body[data-ready='1']");
  assert((await page.textContent(".cm-content")).includes("// kept"), "edit kept");
});

test("the browser's wasm run equals the native CLI's run", async () => {
  const page = await openPage();
  const file = path.join(ROOT, "examples/01-writes-different-keys.go");
  const src = fs.readFileSync(file, "utf8");
  for (const seed of [1, 5, 23]) {
    const web = await page.evaluate(([src, seed]) => window.maprace.runner.call("run", src, { seed, strategy: "random" }), [src, seed]);
    delete web.__ms;
    const out = (() => {
      try {
        return execFileSync(path.join(ROOT, "target/release/maprace"), ["run", file, "--seed", String(seed), "--strategy", "random", "--json", "--events"], { encoding: "utf8" });
      } catch (e) {
        return e.stdout;
      }
    })();
    const native = JSON.parse(out);
    assert(canonical(web) === canonical(native), `seed ${seed}: wasm and native differ`);
  }
});

test("explore counts endings and opens a schedule", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.click(".explore summary");
  await page.fill("#explore-runs", "100");
  await page.click("#explore");
  await page.waitForSelector("#explore-results tbody tr", { timeout: 30000 });
  const summary = await page.textContent("#explore-results .summary");
  assert(summary.includes("race detector flagged 100 of 100"), summary);
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await page.click("#explore-results tbody tr button");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
});

test("screenshots: every view at desktop and phone width, light and dark", async () => {
  for (const [name, width, height, scheme] of [
    ["desktop-light", 1400, 1000, "light"],
    ["desktop-dark", 1400, 1000, "dark"],
    ["phone-light", 390, 1600, "light"],
    ["phone-dark", 390, 1600, "dark"],
  ]) {
    const page = await openPage({ width, height, scheme });
    await page.selectOption("#gallery", "range-during-write");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.focus("#timeline canvas");
    for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector(".maps-caption").textContent.startsWith("at step"), null, { timeout: 10000 });
    await page.screenshot({ path: path.join(ART, `${name}.png`), fullPage: true });
    for (const [sel, view] of [["#editor", "editor"], ["#output", "output"], ["#timeline", "timeline"], ["#maps", "maps"]]) {
      await page.locator(sel).screenshot({ path: path.join(ART, `${name}-${view}.png`) });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert(!overflow, `${name}: no horizontal overflow`);
    assert(page.errors.length === 0, page.errors.join("\n"));
  }
});

let passed = 0,
  failed = 0;
for (const t of tests) {
  const t0 = Date.now();
  try {
    await t.fn();
    passed++;
    console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${t.name}\n     ${e.message.split("\n").join("\n     ")}`);
  }
}
await browser.close();
srv.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
