// End-to-end tests of the playground in Debian's headless Chromium, against
// the built site (dist/). Prints `N passed, N failed` last, for CI.
// Screenshots of each view at desktop and phone width, light and dark, are
// written to tests/artifacts/.
import { launch, serve } from "./browser.mjs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import zlib from "node:zlib";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// What the core defines (generated from it): strategies, limits, defaults.
const CONTRACT = await import(pathToFileURL(path.join(ROOT, "www/contract.js")).href);
// The embed's height limits (share.js).
const { EMBED_HEIGHT: EMBED } = await import(pathToFileURL(path.join(ROOT, "www/share.js")).href);
const ART = path.join(ROOT, "tests/artifacts");
fs.mkdirSync(ART, { recursive: true });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

// CORS on, as on common static hosts: <maprace-playground> loads embed.js cross-origin.
const srv = await serve(path.join(ROOT, "dist"), { "access-control-allow-origin": "*" });
const browser = await launch();

async function openPage({ width = 1400, height = 1000, scheme = "light", storage, init, bypassCSP = false } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, bypassCSP });
  if (init) await ctx.addInitScript(init);
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

/** The screenshots' screens: desktop and phone width, light and dark. */
const SCREENS = [
  ["desktop-light", 1366, 800, "light"],
  ["desktop-dark", 1366, 800, "dark"],
  ["phone-light", 390, 844, "light"],
  ["phone-dark", 390, 844, "dark"],
];

async function runAndWait(page) {
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await page.click("#run");
  await page.waitForFunction(() => document.body.dataset.ran === "1" || document.querySelector("#outcome").textContent === "compile error", null, { timeout: 30000 });
}

/** Opens a toolbar menu ("options-menu", "share-menu") if it is closed. */
async function openMenu(page, id) {
  if (!(await page.evaluate((id) => document.getElementById(id).open, id))) await page.click(`#${id} > summary`);
}

/** Replaces the editor's text as a paste would. */
async function setCode(page, code) {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(code);
}

/** Example 01, explored by the bounded search with K preemptions at map/channel/lock granularity. */
async function exploreBounded(page, k) {
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.click(".explore summary");
  assert(!(await page.isVisible("#explore-preemptions")), "K is only asked for by the bounded search");
  await page.selectOption("#explore-strategy", "dfs");
  assert(await page.isVisible("#explore-preemptions"), "K is asked for");
  await page.fill("#explore-preemptions", String(k));
  await page.selectOption("#granularity", "sync");
  await page.click("#explore");
  await page.waitForFunction(() => window.maprace.lastExplore, null, { timeout: 60000 });
  return page.evaluate(() => window.maprace.lastExplore);
}

/** Opens the link in `page`'s address bar (once it holds one) in a fresh browser context. */
async function openAddressInFreshContext(page) {
  await page.waitForFunction(() => location.hash.startsWith("#v1."), null, { timeout: 5000 });
  await page.waitForTimeout(400);
  const href = await page.evaluate(() => location.href);
  const other = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const p2 = await other.newPage();
  await p2.goto(href);
  await p2.waitForFunction(() => document.body.dataset.linkOpened === "1", null, { timeout: 30000 });
  return { other, p2 };
}

function canonical(v) {
  return JSON.stringify(v, (k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
}

test("a gallery example runs: outcome, race report, one lane per goroutine", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "read-during-write");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  const outcome = await page.textContent("#outcome");
  assert(/^ok · \d+ data races?$/.test(outcome), `outcome: ${outcome}`);
  const stderr = await page.textContent("#stderr");
  assert(stderr.includes("WARNING: DATA RACE") && /Found \d+ data race\(s\)/.test(stderr), "race report in stderr");
  assert(stderr.includes("runtime.mapaccess2_fast64()"), "runtime frame of the comma-ok lookup");
  const lanes = await page.evaluate(() => window.maprace.timeline.laneCount());
  assert(lanes === 2, `lanes: ${lanes}`);
  assert((await page.textContent("#explain .verdict")).startsWith("Real Go:"), "explanation shown");
  // A race reached with the keyboard shows its report (the mouse sees it on hover).
  await page.focus("#timeline canvas");
  await page.keyboard.press("Home");
  for (let i = 0; i < 400 && !(await page.evaluate(() => window.maprace.state.run.events[window.maprace.timeline.selected].kind === "race")); i++) await page.keyboard.press("ArrowRight");
  assert(await page.isVisible("#race-detail"), "race report shown for the focused race");
  assert((await page.textContent("#race-detail")).includes("WARNING: DATA RACE"), "full report");
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
  await page.waitForFunction((s) => document.querySelector(".maps-caption").textContent === `after step ${s}`, target.step, { timeout: 10000 });
  const lit = await page.evaluate(() => {
    const lines = [...document.querySelectorAll(".cm-line")];
    return lines.findIndex((l) => l.classList.contains("cm-step-line")) + 1;
  });
  assert(lit === target.line, `highlighted line ${lit}, event line ${target.line}`);
  const hmap = await page.textContent(".maps-body .hmap");
  // The map's writing flag (swiss: writing; classic: hashWriting) is shown, and lit during the write.
  assert(/hashWriting|writing/.test(hmap), "flags shown");
  const writing = await page.locator(".flag.writing.on").count();
  assert(writing === 1, "the writing flag is lit during the write");
  // Keyboard: step forward and back.
  await page.focus("#timeline canvas");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  const sel = await page.evaluate(() => window.maprace.timeline.selected);
  assert(sel === target.i, `selection back at ${target.i}, got ${sel}`);
});

test("Stop ends a for {} program that would otherwise run for minutes", async () => {
  const page = await openPage({ storage: "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n" });
  await openMenu(page, "options-menu");
  await page.fill("#max-steps", String(CONTRACT.LIMITS.maxSteps.max)); // the largest step limit the core takes
  await page.click("#run");
  await page.waitForTimeout(400);
  assert((await page.textContent("#outcome")) === "running…", "running");
  // (How fast Stop is, is measured by the bench, not asserted here.)
  await page.click("#stop");
  await page.waitForFunction(() => document.querySelector("#outcome").textContent === "stopped", null, { timeout: 10000 });
  // The page still works afterwards.
  await openMenu(page, "options-menu");
  await page.fill("#max-steps", "10000");
  await runAndWait(page).catch(() => {});
  await page.waitForFunction(() => document.querySelector("#outcome").textContent.startsWith("step limit exceeded"), null, { timeout: 10000 });
});

test("the memory budget (Options) ends a memory bomb with Go's out-of-memory words; the next run works", async () => {
  const bomb = "package main\n\nfunc main() {\n\ts := \"x\"\n\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}\n\tprintln(len(s))\n}\n";
  const page = await openPage({ storage: bomb });
  await openMenu(page, "options-menu");
  await page.fill("#max-memory", "16");
  await runAndWait(page);
  const outcome = await page.textContent("#outcome");
  assert(outcome.startsWith("fatal error: out of memory (memory budget 16777216 bytes)"), outcome);
  const stderr = await page.evaluate(() => window.maprace.state.run.stderr);
  assert(/^runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)\nfatal error: out of memory\n/.test(stderr), stderr);
  assert((await page.evaluate(() => window.maprace.state.runOpts.maxMemory)) === 16777216, "the run used the budget set");
  const ok = await page.evaluate(() => window.maprace.runner.call("run", "package main\n\nfunc main() {\n\tprintln(1)\n}\n", { seed: 1, strategy: "go", maxSteps: 1000, race: true, maxMemory: 16777216 }));
  assert(ok.outcome === "ok" && ok.stderr === "1\n", JSON.stringify(ok.outcome));
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
  await page.waitForFunction(() => window.maprace.lastExplore, null, { timeout: 30000 });
  const summary = await page.textContent("#explore-results .summary");
  assert(summary.includes("race detector flagged 100 of 100"), summary);
  // Several workers give exactly what one worker gives for the same seeds.
  const many = await page.evaluate(() => JSON.stringify(window.maprace.lastExplore));
  const one = await openPage();
  await one.goto(srv.url + "?workers=1");
  await one.waitForSelector("body[data-ready='1']");
  await one.selectOption("#gallery", "writes-different-keys");
  await one.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await one.click(".explore summary");
  await one.fill("#explore-runs", "100");
  await one.click("#explore");
  await one.waitForFunction(() => window.maprace.lastExplore, null, { timeout: 60000 });
  const single = await one.evaluate(() => JSON.stringify(window.maprace.lastExplore));
  assert(canonical(JSON.parse(single)) === canonical(JSON.parse(many)), "one worker and several workers agree");
  assert(JSON.parse(many).runs === 100, "all runs counted");
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await page.click("#explore-results tbody tr button");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
});

test("Cancel ends an exploration at once: it returns, and the next one runs", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.click(".explore summary");
  await page.fill("#explore-runs", "100000");
  await page.click("#explore");
  await page.waitForFunction(() => document.querySelector("#explore-results progress").value > 0, null, { timeout: 30000 });
  await page.click("#explore-cancel");
  // Every worker's pending request settles, so the exploration itself returns.
  await page.waitForSelector("#explore-results[data-exploring='0']", { timeout: 5000 });
  assert((await page.textContent("#explore-results .progress-text")) === "cancelled", "says cancelled");
  await page.fill("#explore-runs", "40");
  await page.click("#explore");
  await page.waitForFunction(() => window.maprace.lastExplore && window.maprace.lastExplore.runs === 40, null, { timeout: 30000 });
});

test("Explore with like go run shows the predicted odds at GOMAXPROCS and the calibration figure, equal to the CLI's", async () => {
  const CAL = (await import(pathToFileURL(path.join(ROOT, "www/calibration.js")).href)).CALIBRATION;
  const file = path.join(ROOT, "examples/01-writes-different-keys.go");
  const cli = JSON.parse(execFileSync(path.join(ROOT, "target/release/maprace"), ["explore", file, "--strategy", "calibrated", "--gomaxprocs", "2", "--runs", "100", "--seed", "1", "--json"], { encoding: "utf8" }));
  for (const [name, width, height, scheme] of SCREENS) {
    const page = await openPage({ width, height, scheme });
    await page.selectOption("#gallery", "writes-different-keys");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.click(".explore summary");
    await page.selectOption("#explore-strategy", "calibrated");
    await page.fill("#explore-runs", "100");
    await page.click("#explore");
    await page.waitForFunction(() => window.maprace.lastExplore && document.querySelector("#explore-results").dataset.exploring === "0", null, { timeout: 60000 });
    const r = await page.evaluate(() => window.maprace.lastExplore);
    assert(canonical(r.outcomes) === canonical(cli.outcomes), `${name}: the page's odds are the core's: ${canonical(r.outcomes)} vs ${canonical(cli.outcomes)}`);
    const text = await page.textContent("#explore-results .predicted");
    assert(await page.isVisible("#explore-results .predicted"), `${name}: predicted odds shown`);
    assert(text.includes(`— Go ${CAL.go.replace(/^go(\d+\.\d+).*/, "$1")} on 2 CPUs, predicted`), text);
    for (const [o, n] of Object.entries(cli.outcomes)) assert(text.includes(`${o.replace(/^fatal error: /, "")} ${Math.round(n)}%`) || n < 1 || n > 99, `${name}: ${o} ${n}% in ${text}`);
    const fig = CAL.byProcs.find((f) => f.gomaxprocs === 2);
    assert(text.includes(`mean total-variation distance ${fig.meanTv.toFixed(2)}`) && text.includes(`over ${fig.programs} programs`), `${name}: the calibration figure: ${text}`);
    await page.locator(".explore").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ART, `${name}-explore-predicted.png`) });
    await page.locator("#explore-results").screenshot({ path: path.join(ART, `${name}-explore-predicted-panel.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert(!overflow, `${name}: no horizontal overflow`);
    // Another search hides the prediction: its shares are not real Go's odds.
    await page.selectOption("#explore-strategy", "pct");
    await page.fill("#explore-runs", "20");
    await page.click("#explore");
    await page.waitForFunction(() => window.maprace.lastExplore && window.maprace.lastExplore.strategy === "pct" && document.querySelector("#explore-results").dataset.exploring === "0", null, { timeout: 60000 });
    assert(!(await page.isVisible("#explore-results .predicted")), `${name}: PCT predicts nothing`);
    assert(page.errors.length === 0, page.errors.join("\n"));
  }
});

test("the bounded search covers every schedule within K in the page, with any number of workers, as the CLI does", async () => {
  const file = path.join(ROOT, "examples/01-writes-different-keys.go");
  const cli = JSON.parse(execFileSync(path.join(ROOT, "target/release/maprace"), ["explore", file, "--strategy", "dfs", "--preemptions", "1", "--granularity", "sync", "--json"], { encoding: "utf8" }));
  assert(cli.complete && cli.runs > 50, "the CLI covers the bounded space");
  const results = [];
  for (const workers of [1, 3]) {
    const page = await openPage();
    await page.goto(srv.url + `?workers=${workers}`);
    await page.waitForSelector("body[data-ready='1']");
    const r = await exploreBounded(page, 1);
    const summary = await page.textContent("#explore-results .summary");
    assert(summary.includes("every schedule with at most 1 preemption covered"), summary);
    results.push(r);
  }
  for (const r of results) {
    assert(r.complete === true && r.runs === cli.runs && r.distinct === cli.runs, `runs ${r.runs} vs CLI ${cli.runs}`);
    assert(canonical(r.outcomes) === canonical(cli.outcomes), `${JSON.stringify(r.outcomes)} vs ${JSON.stringify(cli.outcomes)}`);
    assert(canonical(r.schedules) === canonical(cli.schedules), "the same shortest schedules");
  }
});

test("a schedule opened from Explore replays on edited code, and says when it stopped matching", async () => {
  const page = await openPage();
  await exploreBounded(page, 1);
  const throwRow = page.locator("#explore-results .endings tbody tr", { hasText: "concurrent map writes" });
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await throwRow.locator("button").click();
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await page.textContent("#outcome")).startsWith("fatal error: concurrent map writes"));
  assert(await page.isChecked("#keep-schedule"), "an opened schedule is kept for the next Run");
  // Two lines inserted above the goroutines: the switch points move, the run does not change.
  const edited = (await page.evaluate(() => window.maprace.state.runSource)).replace("\tresults := map[string]int{}\n", "\tfmt.Println(\"start\")\n\t// one map for all workers\n\tresults := map[string]int{}\n");
  await setCode(page, edited);
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await page.click("#run");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await page.textContent("#outcome")).startsWith("fatal error: concurrent map writes"), await page.textContent("#outcome"));
  const meta = await page.textContent("#run-meta");
  assert(meta.includes("found on moved lines"), meta);
  // The map write removed: the schedule stops matching, and the output says where.
  await setCode(page, edited.replace("results[job] = len(job)", "_ = job"));
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await page.click("#run");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  const meta2 = await page.textContent("#run-meta");
  assert(meta2.includes("stopped matching at switch"), meta2);
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("screenshots: every view at desktop and phone width, light and dark", async () => {
  for (const [name, width, height, scheme] of SCREENS) {
    const page = await openPage({ width, height, scheme });
    await page.screenshot({ path: path.join(ART, `${name}-start.png`) }); // ready, before any run
    await page.selectOption("#gallery", "range-during-write");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    // Step to the second map write: the map view shows it stored and highlighted.
    await page.focus("#timeline canvas");
    let writes = 0;
    for (let i = 0; i < 400 && writes < 2; i++) {
      await page.keyboard.press("ArrowRight");
      if ((await page.evaluate(() => window.maprace.state.run.events[window.maprace.timeline.selected].kind)) === "map_write") writes++;
    }
    await page.waitForFunction(() => document.querySelector(".maps-caption").textContent.startsWith("after step"), null, { timeout: 10000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ART, `${name}.png`), fullPage: true });
    for (const [sel, view] of [["#editor", "editor"], ["#output", "output"], ["#timeline", "timeline"], ["#maps", "maps"]]) {
      await page.locator(sel).screenshot({ path: path.join(ART, `${name}-${view}.png`) });
    }
    await page.screenshot({ path: path.join(ART, `${name}-viewport.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert(!overflow, `${name}: no horizontal overflow`);
    // The menus and the keyboard help.
    await page.evaluate(() => scrollTo(0, 0));
    // An open menu lies inside the viewport (the Options menu once ran off the right edge at 1366 px).
    const menuInView = (id) => page.waitForFunction((id) => {
      const r = document.querySelector(`#${id} .menu-body`).getBoundingClientRect();
      return r.left >= 0 && r.right <= document.documentElement.clientWidth;
    }, id, { timeout: 5000 }).then(() => true, () => false);
    await openMenu(page, "options-menu");
    assert(await menuInView("options-menu"), `${name}: the Options menu is inside the viewport`);
    await page.screenshot({ path: path.join(ART, `${name}-options-menu.png`) });
    await page.keyboard.press("Escape");
    await openMenu(page, "share-menu");
    assert(await menuInView("share-menu"), `${name}: the Share menu is inside the viewport`);
    await page.screenshot({ path: path.join(ART, `${name}-share-menu.png`) });
    await page.keyboard.press("Escape");
    await page.click("#help-btn");
    await page.screenshot({ path: path.join(ART, `${name}-help.png`) });
    await page.keyboard.press("Escape");
    assert(page.errors.length === 0, page.errors.join("\n"));
  }
});

test("a link made in one browser context reproduces the run and the selected step in a fresh one", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "read-during-write");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.focus("#timeline canvas");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  const want = await page.evaluate(() => ({ sel: window.maprace.timeline.selected, events: JSON.stringify(window.maprace.state.run.events), outcome: window.maprace.state.run.outcome }));
  const { other, p2 } = await openAddressInFreshContext(page);
  const got = await p2.evaluate(() => ({ sel: window.maprace.timeline.selected, events: JSON.stringify(window.maprace.state.run.events), outcome: window.maprace.state.run.outcome }));
  assert(got.outcome === want.outcome, "same outcome");
  assert(got.events === want.events, "same events");
  assert(got.sel === want.sel, `same selected event (${got.sel} vs ${want.sel})`);
  await other.close();
});

test("hostile or broken links are rejected cleanly, keeping the user's code", async () => {
  const mine = "package main\n\nfunc main() {\n\t// my own work\n}\n";
  const page = await openPage({ storage: mine });
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  const big = await page.evaluate(async () => {
    // A valid deflate stream that inflates to 16 MB of JSON (a decompression bomb).
    const json = JSON.stringify({ v: 1, code: "x".repeat(16 << 20) });
    const s = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const b = new Uint8Array(await new Response(s).arrayBuffer());
    let t = "";
    for (const c of b) t += String.fromCharCode(c);
    return btoa(t).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  });
  const typed = await page.evaluate(async () => {
    const json = JSON.stringify({ v: 1, code: 42, seed: "x" });
    const s = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const b = new Uint8Array(await new Response(s).arrayBuffer());
    let t = "";
    for (const c of b) t += String.fromCharCode(c);
    return btoa(t).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  });
  const cases = [
    ["<script>alert(1)</script>", "not a maprace link"],
    ["v1.<img src=x onerror=alert(1)>", "damaged"],
    ["v1.@@@@", "damaged"],
    ["v1.AAAAAAAAAAAA", "damaged"],
    ["v9.abc", "newer maprace"],
    ["v1." + "A".repeat(1600 * 1024), "longer than"],
    ["v1." + big, "larger than"],
    ["v1." + typed, "no code"],
  ];
  for (const [i, [frag, why]] of cases.entries()) {
    await page.goto(`${srv.url}?case=${i}#${frag}`);
    await page.waitForFunction(() => document.body.dataset.linkOpened === "0", null, { timeout: 15000 });
    const outcome = await page.textContent("#outcome");
    assert(outcome.startsWith("This link could not be opened") && outcome.includes(why), `${frag.slice(0, 30)}: ${outcome}`);
    assert((await page.textContent(".cm-content")).includes("my own work"), "the user's code is kept");
  }
  assert(dialogs === 0, "no script ran");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("the iframe snippet and the custom element work from a page on another port", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await openMenu(page, "share-menu");
  await page.click("#embed-btn"); // at once: the dialog must not depend on the address bar being updated
  await page.waitForFunction(() => document.querySelector("#embed-iframe").value.includes("#v1."), null, { timeout: 5000 });
  const iframeSnippet = await page.inputValue("#embed-iframe");
  const elementSnippet = await page.inputValue("#embed-element");
  const dir = fs.mkdtempSync(path.join(ROOT, "tests/artifacts/host-"));
  fs.writeFileSync(path.join(dir, "iframe.html"), `<!doctype html><title>docs</title><link rel="icon" href="data:,"><h1>A blog post</h1>${iframeSnippet}`);
  fs.writeFileSync(path.join(dir, "element.html"), `<!doctype html><title>docs</title><link rel="icon" href="data:,"><h1>Docs</h1>${elementSnippet.replace('seed="', 'autorun seed="')}`);
  fs.writeFileSync(path.join(dir, "sandboxed.html"), `<!doctype html><title>sandbox</title><link rel="icon" href="data:,"><iframe sandbox="allow-scripts" srcdoc="${elementSnippet.replace('seed="', 'autorun seed="').replace(/"/g, "&quot;")}" style="width:100%;height:600px"></iframe>`);
  const host = await serve(dir);
  try {
    for (const file of ["iframe.html", "element.html", "sandboxed.html"]) {
      const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const p = await ctx.newPage();
      const errors = [];
      p.on("pageerror", (e) => errors.push(e.message));
      await p.goto(host.url + file);
      let frame = null;
      for (let i = 0; i < 100 && !frame; i++) {
        frame = p.frames().find((f) => f.url().includes("embed=1"));
        if (!frame) await p.waitForTimeout(100);
      }
      assert(frame, `${file}: the playground frame appears`);
      await frame.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 }).catch((e) => {
        throw new Error(`${file}: ${e.message}`);
      });
      const outcome = await frame.textContent("#outcome");
      assert(/data race/.test(outcome), `${file}: ${outcome}`);
      assert(await frame.evaluate(() => document.body.classList.contains("embed")), "compact embed mode");
      const full = await frame.getAttribute("#full-link", "href");
      assert(full && full.includes("index.html"), "open-in-full-playground link");
      assert(errors.length === 0, errors.join("\n"));
      await ctx.close();
    }
  } finally {
    host.close();
  }
});

test("the element snippet keeps code holding </script and <!-- <script> byte for byte, the host page after it intact; height=\"1e9\" is clamped", async () => {
  const code = 'package main\n\nimport "fmt"\n\n// <!-- <script> a comment the host page must not act on\nfunc main() {\n\tfmt.Println("</script><b>not bold</b>", `</SCRIPT >`, "a & b \\"q\\"")\n}\n';
  const page = await openPage();
  await setCode(page, code);
  await openMenu(page, "share-menu");
  await page.click("#embed-btn");
  await page.waitForFunction(() => document.querySelector("#embed-iframe").value.includes("#v1."), null, { timeout: 5000 });
  const snippet = await page.inputValue("#embed-element");
  const dir = fs.mkdtempSync(path.join(ROOT, "tests/artifacts/host-"));
  const embedJs = new URL("embed.js", srv.url).href;
  fs.writeFileSync(
    path.join(dir, "escaped.html"),
    `<!doctype html><title>docs</title><link rel="icon" href="data:,"><h1>Docs</h1>${snippet.replace('seed="', 'autorun seed="')}<p id="after">the rest of the page</p>` +
      `<div id="tall"><script type="module" src="${embedJs}"></script><maprace-playground height="1e9"><script type="text/go">\npackage main\n\nfunc main() {\n}\n</script></maprace-playground></div>`,
  );
  const host = await serve(dir);
  try {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(host.url + "escaped.html");
    assert((await p.textContent("#after")) === "the rest of the page", "the host page after the snippet is not swallowed");
    assert((await p.locator("b").count()) === 0, "no markup of the Go code reaches the host page");
    await p.waitForFunction(() => document.querySelectorAll("maprace-playground iframe").length === 2, null, { timeout: 10000 });
    const heights = await p.evaluate(() => [...document.querySelectorAll("maprace-playground iframe")].map((f) => f.getBoundingClientRect().height));
    assert(heights[1] >= EMBED.min && heights[1] <= EMBED.max + 2, `height="1e9" gives a bounded iframe, not 1 px: ${heights}`);
    let frame = null;
    for (let i = 0; i < 100 && !frame; i++) {
      frame = p.frames().find((f) => f.url().includes("autorun"));
      if (!frame) await p.waitForTimeout(100);
    }
    assert(frame, "the playground frame appears");
    await frame.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    const st = await frame.evaluate(() => ({ source: window.maprace.state.runSource, stdout: window.maprace.state.run.stdout }));
    assert(st.source === code, `the embedded program is the editor's, byte for byte:\n${JSON.stringify(st.source)}`);
    assert(st.stdout === '</script><b>not bold</b> </SCRIPT > a & b "q"\n', JSON.stringify(st.stdout));
    await ctx.close();
  } finally {
    host.close();
  }
});

test("a worker that fails is replaced at once, the page says so, and the next run works", async () => {
  // The first worker dies on its first request, the second answers that the core crashed (as
  // worker.js does when the wasm instance traps); the third is the real one.
  const fakes = [
    `self.postMessage({ ready: true }); self.postMessage({ loaded: true, caps: {} }); self.onmessage = (e) => { if (e.data.cmd !== "run") return self.postMessage({ id: e.data.id, result: [] }); throw new Error("simulated worker failure"); };`,
    `self.postMessage({ ready: true }); self.postMessage({ loaded: true, caps: {} }); self.onmessage = (e) => self.postMessage(e.data.cmd !== "run" ? { id: e.data.id, result: [] } : { id: e.data.id, crashed: true, result: { error: "maprace crashed: RuntimeError: unreachable" } });`,
  ];
  let served = 0;
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await ctx.route(/worker[^/]*\.js$/, (route) => (served < fakes.length ? route.fulfill({ contentType: "text/javascript", body: fakes[served++] }) : route.continue()));
  const page = await ctx.newPage();
  await page.goto(srv.url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
  assert(served === 1, `the page's worker came from the route (${served})`);
  for (const want of [/^worker error: .*simulated worker failure.* the worker was replaced by a fresh one/, /^maprace crashed: RuntimeError: unreachable — the worker was replaced by a fresh one/]) {
    await page.evaluate(() => (document.querySelector("#outcome").dataset.kind = ""));
    await page.click("#run");
    await page.waitForFunction(() => document.querySelector("#outcome").dataset.kind === "error", null, { timeout: 30000 });
    const said = await page.textContent("#outcome");
    assert(want.test(said), `the page says the worker failed and was replaced: ${said}`);
  }
  assert(served === 2, "the failed workers were replaced");
  await page.waitForFunction(() => window.maprace.runner.replaced === 2, null, { timeout: 10000 });
  await runAndWait(page);
  const outcome = await page.textContent("#outcome");
  assert(!/replaced|crashed|worker error/.test(outcome) && (await page.evaluate(() => window.maprace.state.run.outcome)), `the next run works: ${outcome}`);
  await ctx.close();
});

test("the deepest program of every shape checks, runs and formats in one worker, one after another; one level more is refused", async () => {
  // The shapes of crate/tests/shared/deep.rs. At a depth limit of 1000 a worker that had just run a
  // deep program overflowed V8's own call stack on the next deep one (lang/parser.rs MAX_DEPTH).
  const rep = (t, n) => t.repeat(n);
  const bodies = {
    sum: (n) => `\tx := 1\n\ty := ${Array(n).fill("x").join("+")}\n\tfmt.Println(y)`,
    paren: (n) => `\tx := 1\n\ty := ${rep("(", n)}x${rep(")", n)}\n\tfmt.Println(y)`,
    neg: (n) => `\tx := 1\n\ty := ${rep("-(", n)}x${rep(")", n)}\n\tfmt.Println(y)`,
    block: (n) => `\t${rep("{", n)}fmt.Println(1)${rep("}", n)}`,
    ifs: (n) => `\tx := 1\n\t${rep("if x > 0 {", n)}fmt.Println(x)${rep("}", n)}`,
    func: (n) => `\t${rep("func() {", n)}fmt.Println(1)${rep("}()", n)}`,
    slicetype: (n) => `\tvar s ${rep("[]", n)}int\n\tfmt.Println(len(s))`,
    arraytype: (n) => `\tvar s ${rep("[1]", n)}int\n\tfmt.Println(s)`,
    pointertype: (n) => `\tvar p ${rep("*", n)}int\n\tfmt.Println(p == nil)`,
    literal: (n) => `\ts := ${rep("[]any{", n)}1${rep("}", n)}\n\tfmt.Println(s)`,
    selector: (n) => `\ttype T struct{ f *T }\n\tt := &T{}\n\tt.f = t\n\tfmt.Println(t${rep(".f", n)} != nil)`,
    call: (n) => `\tvar f func() any\n\tf = func() any { return f }\n\tfmt.Println(f${rep("().(func() any)", n)} != nil)`,
  };
  const prog = (k, n) => `package main\n\nimport "fmt"\n\nfunc main() {\n${bodies[k](n)}\n}\n`;
  const page = await openPage();
  const call = (cmd, src) => page.evaluate(([cmd, src]) => window.maprace.runner.call(cmd, src, { seed: 1, strategy: "go", maxSteps: 100000, race: true }), [cmd, src]);
  const crashed = (r) => /crashed|worker error/.test(JSON.stringify(r));
  const tooDeep = (d) => Array.isArray(d) && d.some((x) => /^maprace does not support code nested more than \d+ levels deep yet/.test(x.message) && x.line > 0 && x.col > 0);
  for (const k of Object.keys(bodies)) {
    let lo = 1, hi = 2000;
    assert(tooDeep(await call("check", prog(k, hi))), `${k}: ${hi} levels are refused`);
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const d = await call("check", prog(k, mid));
      assert(!crashed(d), `${k} ${mid}: check crashed: ${JSON.stringify(d).slice(0, 200)}`);
      if (tooDeep(d)) hi = mid;
      else lo = mid;
    }
    const run = await call("run", prog(k, lo));
    assert(run.outcome === "ok", `${k} ${lo}: run ${JSON.stringify(run).slice(0, 200)}`);
    const f = await call("format", prog(k, lo));
    assert(f.ok === true, `${k} ${lo}: format ${JSON.stringify(f).slice(0, 200)}`);
    const over = await call("run", prog(k, hi));
    assert(tooDeep(over.diagnostics), `${k} ${hi}: ${JSON.stringify(over).slice(0, 200)}`);
  }
  assert(!(await page.evaluate(() => window.maprace.runner.replaced)), "no worker was replaced");
});

test("the exported trace is Chrome trace-event JSON", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await openMenu(page, "share-menu");
  const [download] = await Promise.all([page.waitForEvent("download"), page.selectOption("#export", "trace")]);
  const file = path.join(ART, "trace.json");
  await download.saveAs(file);
  const trace = JSON.parse(fs.readFileSync(file, "utf8"));
  assert(Array.isArray(trace.traceEvents) && trace.traceEvents.length > 10, "traceEvents");
  for (const e of trace.traceEvents) {
    assert(typeof e.name === "string" && typeof e.ph === "string" && Number.isInteger(e.pid) && Number.isInteger(e.tid), "event fields");
    if (e.ph === "X") assert(Number.isFinite(e.ts) && Number.isFinite(e.dur), "complete events have ts and dur");
  }
  assert(trace.traceEvents.some((e) => e.ph === "M" && e.name === "thread_name"), "thread names");
  assert(trace.traceEvents.some((e) => e.cat === "race"), "races marked");
});

// ---------- nothing lost (issue 18) ----------

/** The editor's text. */
const editorText = (page) => page.evaluate(() => window.maprace.state.code);
/** Types at the end of the editor, as a user would. */
async function typeAtEnd(page, text) {
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(text);
}
/** Counts the requests the page sends to its run worker, by command. */
function countWorkerRequests() {
  window.__requests = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m) {
    if (m && m.cmd) window.__requests.push(m.cmd);
    return post.apply(this, arguments);
  };
}

test("after a Run, edits not yet run survive a reload; the link's run is shown beside them", async () => {
  const page = await openPage();
  await runAndWait(page);
  await page.waitForFunction(() => location.hash.startsWith("#v1.") && window.maprace.state.hash === location.hash, null, { timeout: 5000 });
  await typeAtEnd(page, "// edited after the run\n");
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.linkOpened === "1" && document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await editorText(page)).includes("// edited after the run"), "the draft wins over the fragment of the last run");
  assert((await page.textContent(".cm-content")).includes("// edited after the run"), "shown in the editor");
  assert(!(await page.evaluate(() => window.maprace.state.runSource)).includes("// edited"), "the run shown is the link's");
  // A second reload keeps it too (the next keystroke must not be needed to save it).
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.linkOpened === "1", null, { timeout: 30000 });
  assert((await editorText(page)).includes("// edited after the run"), "kept over two reloads");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("opening someone else's link shows their code; the user's own code comes back with “— your code —”", async () => {
  const mine = "package main\n\nfunc main() {\n\t// my own work\n}\n";
  const theirs = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"their code\")\n}\n";
  const other = await openPage();
  await setCode(other, theirs);
  await openMenu(other, "share-menu");
  await other.click("#copy-link");
  await other.waitForFunction(() => location.hash.startsWith("#v1."), null, { timeout: 5000 });
  const link = await other.evaluate(() => location.href);
  const page = await openPage({ storage: mine });
  await page.goto(link);
  await page.waitForFunction(() => document.body.dataset.linkOpened === "1" && document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await editorText(page)) === theirs, "their code is shown");
  assert((await page.textContent("#stdout")).includes("their code"), "and run");
  await page.selectOption("#gallery", "");
  assert((await editorText(page)) === mine, "— your code — brings the user's code back");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("choosing an example keeps the user's code; “— your code —” brings it back; the explanation goes with the example", async () => {
  const mine = "package main\n\nfunc main() {\n\t// my own work\n}\n";
  const page = await openPage({ storage: mine });
  assert(await page.isHidden("#explain"), "no example explanation next to the user's own program");
  await page.selectOption("#gallery", "sharded");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await editorText(page)).includes("shard"), "the example is shown");
  assert(await page.isVisible("#explain"), "with its explanation");
  // Reloading keeps what is shown, and the user's code stays saved.
  await page.reload();
  await page.waitForSelector("body[data-ready='1']");
  assert((await editorText(page)).includes("shard"), "the example is still shown after a reload");
  await page.selectOption("#gallery", "");
  assert((await editorText(page)) === mine, "the user's code is back");
  assert(await page.isHidden("#explain"), "the explanation is gone with the example");
  // Editing an example makes it the user's own: the explanation goes.
  await page.selectOption("#gallery", "rwmutex-cache");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert(await page.isVisible("#explain"), "explanation of the example");
  await typeAtEnd(page, "// mine now\n");
  assert(await page.isHidden("#explain"), "the explanation does not stay next to the user's edited program");
  assert((await page.inputValue("#gallery")) === "", "the picker says it is the user's code");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("ArrowDown on the focused example list does not load or run the next example; Enter does", async () => {
  const mine = "package main\n\nfunc main() {\n\t// my own work\n}\n";
  const page = await openPage({ storage: mine, init: countWorkerRequests });
  await page.waitForTimeout(600); // the check-as-you-type request
  await page.evaluate(() => (window.__requests = []));
  await page.focus("#gallery");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(800);
  assert((await editorText(page)) === mine, "the code is unchanged");
  assert((await page.evaluate(() => window.__requests.filter((c) => c === "run").length)) === 0, "nothing ran");
  const chosen = await page.inputValue("#gallery");
  assert(chosen === "read-during-write", `the list shows the second example (${chosen})`);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await editorText(page)).includes("v, ok := m[1]") || (await page.evaluate(() => window.maprace.state.origin)) === "example:read-during-write", "Enter opens it");
  // Leaving the list after arrowing, without Enter, drops the choice.
  await page.focus("#gallery");
  await page.keyboard.press("ArrowDown");
  await page.focus("#run");
  assert((await page.inputValue("#gallery")) === "read-during-write", "the uncommitted choice is dropped");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("Copy link, Open in new tab and the embed snippet carry the editor's code, unsaved edits included, and open identically in a fresh context", async () => {
  const page = await openPage();
  await runAndWait(page);
  await page.fill("#seed", "7");
  await typeAtEnd(page, "// not run yet\n");
  const code = await editorText(page);
  // What the run of the editor's code gives here.
  const want = await page.evaluate((code) => window.maprace.runner.call("run", code, { seed: 7, strategy: "go", maxSteps: 5000000, race: true }), code);
  // Open in new tab
  await openMenu(page, "share-menu");
  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.click("#open-tab")]);
  await tab.waitForLoadState();
  const tabUrl = tab.url();
  // Embed snippet
  await openMenu(page, "share-menu");
  await page.click("#embed-btn");
  await page.waitForFunction(() => document.querySelector("#embed-iframe").value.includes("#v1."), null, { timeout: 5000 });
  const iframeSrc = /src="([^"]+)"/.exec(await page.inputValue("#embed-iframe"))[1];
  const element = await page.inputValue("#embed-element");
  assert(element.includes("// not run yet") && element.includes('seed="7"'), "the custom element carries the editor's code and seed");
  await page.click("#embed-close");
  // Copy link
  page.on("dialog", (d) => d.dismiss());
  // The address bar holds the last run's link until Copy link replaces it
  // with the editor's (wait for the change, not for any hash at all).
  const before = await page.evaluate(() => location.hash);
  await openMenu(page, "share-menu");
  await page.click("#copy-link");
  await page.waitForFunction((b) => window.maprace.state.hash && location.hash === window.maprace.state.hash && location.hash !== b, before, { timeout: 5000 });
  const copied = await page.evaluate(() => location.href);
  for (const [what, url] of [["copy link", copied], ["new tab", tabUrl], ["embed iframe", iframeSrc]]) {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(url);
    await p.waitForFunction(() => document.body.dataset.linkOpened === "1" && document.body.dataset.ran === "1", null, { timeout: 30000 });
    const got = await p.evaluate(() => ({ code: window.maprace.state.code, events: JSON.stringify(window.maprace.state.run.events), outcome: window.maprace.state.run.outcome, seed: window.maprace.state.seed }));
    assert(got.code === code, `${what}: the editor's code`);
    assert(got.seed === 7, `${what}: the seed as set`);
    assert(got.outcome === want.outcome && got.events === JSON.stringify(want.events), `${what}: the same run`);
    await ctx.close();
  }
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("code over the localStorage quota says it was not saved", async () => {
  const page = await openPage();
  // Fill the origin's storage to the last byte.
  await page.evaluate(() => {
    let lo = 0,
      hi = 1;
    const fits = (n) => {
      try {
        localStorage.setItem("filler", "x".repeat(n));
        return true;
      } catch {
        return false;
      }
    };
    while (fits(hi)) hi *= 2;
    while (hi - lo > 64) {
      const mid = (lo + hi) >> 1;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    fits(lo);
  });
  assert(await page.isHidden("#save-status"), "nothing said yet");
  await typeAtEnd(page, "// " + "a long comment ".repeat(200) + "\n");
  await page.waitForSelector("#save-status:not([hidden])", { timeout: 5000 });
  const said = await page.textContent("#save-status");
  assert(/^Not saved/.test(said) && said.includes("quota"), said);
  await page.locator(".editor-pane").screenshot({ path: path.join(ART, "not-saved.png") });
  // Room again: the next edit is saved and the warning goes.
  await page.evaluate(() => localStorage.removeItem("filler"));
  await typeAtEnd(page, "// saved\n");
  await page.waitForSelector("#save-status", { state: "hidden", timeout: 5000 });
  assert((await page.evaluate(() => localStorage.getItem("maprace.page.v2"))).includes("// saved"), "saved");
});

test("after loading, the outcome line says the page is ready (not “loading…” until the first Run)", async () => {
  const page = await openPage();
  await page.waitForFunction(() => document.querySelector("#outcome").textContent !== "loading…", null, { timeout: 5000 });
  const t = await page.textContent("#outcome");
  assert(/ready/.test(t) && /Run/.test(t), t);
  assert((await page.evaluate(() => document.body.dataset.ran || "")) === "", "nothing ran");
});

test("the map view shows the state after the selected event, the change highlighted; a click runs the program once", async () => {
  const page = await openPage({ init: countWorkerRequests });
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.waitForTimeout(600);
  await page.evaluate(() => (window.__requests = []));
  const target = await page.evaluate(() => {
    const run = window.maprace.state.run;
    const i = run.events.findIndex((e) => e.kind === "map_write");
    return { i, ...window.maprace.timeline.eventPosition(i), step: run.events[i].step, detail: run.events[i].detail };
  });
  const m = /^m\[(.*)\] = (.*)$/.exec(target.detail);
  assert(m, target.detail);
  const box = await page.locator("#timeline canvas").boundingBox();
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await page.waitForFunction((s) => document.querySelector(".maps-caption").textContent === `after step ${s}`, target.step, { timeout: 10000 });
  await page.waitForTimeout(300);
  const sent = await page.evaluate(() => window.__requests);
  assert(sent.filter((c) => c === "inspect").length === 1 && !sent.includes("run"), `one inspect request per click, got ${JSON.stringify(sent)}`);
  const kvs = await page.$$eval(".maps-body .slot .kv", (els) => els.map((e) => e.textContent));
  assert(kvs.includes(`${m[1]}: ${m[2]}`), `the written entry ${m[1]}: ${m[2]} is in the map after the write: ${JSON.stringify(kvs)}`);
  const lit = await page.$$eval(".maps-body .slot.changed .kv", (els) => els.map((e) => e.textContent));
  assert(lit.includes(`${m[1]}: ${m[2]}`), `the written entry is highlighted: ${JSON.stringify(lit)}`);
  // Stepping to the next write: one request again, the change found by comparing with the picture before.
  const next = await page.evaluate((i) => {
    const ev = window.maprace.state.run.events;
    for (let j = i + 1; j < ev.length; j++) if (ev[j].kind === "map_write") return { j, detail: ev[j].detail, step: ev[j].step };
  }, target.i);
  await page.evaluate(() => (window.__requests = []));
  await page.focus("#timeline canvas");
  for (let k = target.i; k < next.j; k++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction((s) => document.querySelector(".maps-caption").textContent === `after step ${s}`, next.step, { timeout: 10000 });
  await page.waitForTimeout(500);
  const sent2 = await page.evaluate(() => window.__requests);
  assert(sent2.filter((c) => c === "inspect").length <= next.j - target.i && !sent2.includes("run"), `at most one request per step: ${JSON.stringify(sent2)}`);
  const m2 = /^m\[(.*)\] = (.*)$/.exec(next.detail);
  const lit2 = await page.$$eval(".maps-body .slot.changed .kv", (els) => els.map((e) => e.textContent));
  assert(lit2.includes(`${m2[1]}: ${m2[2]}`), `the next write is highlighted: ${JSON.stringify(lit2)}`);
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("a link from every run strategy opens to the identical run in a fresh context", async () => {
  for (const strategy of CONTRACT.RUN_STRATEGIES) {
    const page = await openPage();
    await page.selectOption("#gallery", "read-during-write");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.selectOption("#strategy", strategy);
    await page.fill("#seed", "3");
    await runAndWait(page);
    const want = await page.evaluate(() => ({ events: JSON.stringify(window.maprace.state.run.events), outcome: window.maprace.state.run.outcome, schedule: window.maprace.state.run.schedule, strategy: window.maprace.state.runOpts.strategy }));
    assert(want.strategy === strategy, `${strategy}: the run used it`);
    await page.waitForFunction((s) => location.hash.startsWith("#v1.") && window.maprace.state.runOpts.strategy === s, strategy, { timeout: 5000 });
    await page.waitForTimeout(400);
    const href = await page.evaluate(() => location.href);
    const other = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p2 = await other.newPage();
    await p2.goto(href);
    await p2.waitForFunction(() => document.body.dataset.linkOpened, null, { timeout: 30000 });
    const opened = await p2.evaluate(() => document.body.dataset.linkOpened);
    assert(opened === "1", `${strategy}: the link opens (${await p2.textContent("#outcome")})`);
    const got = await p2.evaluate(() => ({ events: JSON.stringify(window.maprace.state.run.events), outcome: window.maprace.state.run.outcome, schedule: window.maprace.state.run.schedule, strategy: window.maprace.state.runOpts.strategy }));
    assert(got.strategy === strategy && (await p2.inputValue("#strategy")) === strategy, `${strategy}: the strategy is restored`);
    assert(got.outcome === want.outcome && got.schedule === want.schedule, `${strategy}: same outcome and schedule`);
    assert(got.events === want.events, `${strategy}: same events`);
    await other.close();
    await page.context().close();
  }
});

test("<maprace-playground strategy=\"pct\"> runs its own code under PCT", async () => {
  const code = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]int{}\n\tdone := make(chan bool)\n\tgo func() {\n\t\tm[1] = 1\n\t\tdone <- true\n\t}()\n\tm[2] = 2\n\t<-done\n\tfmt.Println(\"embedded pct\", len(m))\n}\n";
  const dir = fs.mkdtempSync(path.join(ROOT, "tests/artifacts/host-"));
  const embedJs = new URL("embed.js", srv.url).href;
  fs.writeFileSync(path.join(dir, "pct.html"), `<!doctype html><title>pct</title><link rel="icon" href="data:,"><script type="module" src="${embedJs}"></script><maprace-playground strategy="pct" seed="4" autorun><script type="text/go">\n${code}</script></maprace-playground>`);
  const host = await serve(dir);
  try {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(host.url + "pct.html");
    let frame = null;
    for (let i = 0; i < 100 && !frame; i++) {
      frame = p.frames().find((f) => f.url().includes("embed=1"));
      if (!frame) await p.waitForTimeout(100);
    }
    assert(frame, "the playground frame appears");
    await frame.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    const st = await frame.evaluate(() => ({ linkOpened: document.body.dataset.linkOpened, strategy: window.maprace.state.runOpts.strategy, seed: window.maprace.state.runOpts.seed, source: window.maprace.state.runSource, events: JSON.stringify(window.maprace.state.run.events) }));
    assert(st.linkOpened === "1", "the element's state opens");
    assert(st.strategy === "pct" && st.seed === 4, `strategy ${st.strategy}, seed ${st.seed}`);
    assert(st.source.includes("embedded pct"), "its own code, not another program");
    const direct = await frame.evaluate((src) => window.maprace.runner.call("run", src, { seed: 4, strategy: "pct" }).then((r) => JSON.stringify(r.events)), st.source);
    assert(direct === st.events, "the same run as a direct PCT run");
    await ctx.close();
  } finally {
    host.close();
  }
});

test("the CLI's explore defaults to the page's explore strategy", async () => {
  const page = await openPage();
  const pageDefault = await page.inputValue("#explore-strategy");
  assert(pageDefault === CONTRACT.DEFAULT_EXPLORE_STRATEGY, `page: ${pageDefault}`);
  const cli = JSON.parse(execFileSync(path.join(ROOT, "target/release/maprace"), ["explore", path.join(ROOT, "examples/02-read-during-write.go"), "--runs", "3", "--json"], { encoding: "utf8" }));
  assert(cli.strategy === pageDefault, `CLI: ${cli.strategy}`);
});

// ---------- the picture in view, reading it, accessibility (issue 18) ----------

/** Rectangles of elements, relative to the viewport. */
const rects = (page, sels) =>
  page.evaluate((sels) => Object.fromEntries(sels.map((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return [s, r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } : null];
  })), sels);

test("at 1366×800 after Run: a one-row toolbar, and the code, the outcome, the timeline and the map view all in view", async () => {
  for (const scheme of ["light", "dark"]) {
    const page = await openPage({ width: 1366, height: 800, scheme });
    await page.selectOption("#gallery", "writes-different-keys");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.click("#run");
    await page.waitForFunction(() => document.body.dataset.running === "" && document.body.dataset.ran === "1", null, { timeout: 30000 });
    const r = await rects(page, [".bar", ".cm-editor", "#outcome", "#timeline canvas", "#maps .maps-body", "#maps table.buckets tbody tr", "#run"]);
    const H = 800;
    assert(r[".bar"].height <= 50, `${scheme}: the toolbar is one row (${r[".bar"].height} px)`);
    const inView = (k, minVisible) => {
      const x = r[k];
      assert(x, `${scheme}: ${k} exists`);
      const visible = Math.min(x.bottom, H) - Math.max(x.top, r[".bar"].bottom);
      assert(visible >= Math.min(minVisible, x.height), `${scheme}: ${k} in view (${JSON.stringify(x)})`);
    };
    inView(".cm-editor", 400);
    inView("#outcome", 20);
    assert(r["#outcome"].bottom <= H && r["#outcome"].top >= r[".bar"].bottom, `${scheme}: the whole outcome in view`);
    assert(r["#timeline canvas"].top >= r[".bar"].bottom && r["#timeline canvas"].bottom <= H, `${scheme}: the whole timeline canvas in view ${JSON.stringify(r["#timeline canvas"])}`);
    inView("#maps .maps-body", 150);
    assert(r["#maps table.buckets tbody tr"].bottom <= H, `${scheme}: the map's first bucket row in view`);
    assert(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)), "no horizontal overflow");
    assert(page.errors.length === 0, page.errors.join("\n"));
    await page.context().close();
  }
});

test("on a 390×844 phone the outcome is in view after Run", async () => {
  for (const scheme of ["light", "dark"]) {
    const page = await openPage({ width: 390, height: 844, scheme });
    // The first example with its explanation, as a newcomer sees the page.
    await page.click("#run");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.waitForTimeout(200);
    const r = await rects(page, ["#outcome", "#run"]);
    assert(r["#outcome"].top >= 0 && r["#outcome"].bottom <= 844, `${scheme}: the outcome is in view: ${JSON.stringify(r["#outcome"])}`);
    // After scrolling down to the map view and running again from there (Ctrl+Enter in the editor is at the top).
    await page.evaluate(() => document.querySelector("#maps").scrollIntoView());
    await page.evaluate(() => (document.body.dataset.ran = ""));
    await page.evaluate(() => document.querySelector("#run").click());
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.waitForTimeout(200);
    const r2 = await rects(page, ["#outcome"]);
    assert(r2["#outcome"].top >= 0 && r2["#outcome"].bottom <= 844, `${scheme}: in view after a Run from further down: ${JSON.stringify(r2["#outcome"])}`);
    assert(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)), "no horizontal overflow");
    await page.context().close();
  }
});

test("the embed at its default height shows the outcome and the timeline", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "read-during-write");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await openMenu(page, "share-menu");
  await page.click("#embed-btn");
  await page.waitForFunction(() => document.querySelector("#embed-iframe").value.includes("#v1."), null, { timeout: 5000 });
  const snippet = await page.inputValue("#embed-iframe");
  const element = await page.inputValue("#embed-element");
  const dir = fs.mkdtempSync(path.join(ROOT, "tests/artifacts/host-"));
  fs.writeFileSync(path.join(dir, "iframe.html"), `<!doctype html><title>docs</title><link rel="icon" href="data:,"><style>body{margin:8px}</style>${snippet}`);
  fs.writeFileSync(path.join(dir, "element.html"), `<!doctype html><title>docs</title><link rel="icon" href="data:,">${element.replace('seed="', 'autorun seed="')}`);
  const host = await serve(dir);
  try {
    for (const [file, width] of [["iframe.html", 1100], ["iframe.html", 390], ["element.html", 800]]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await ctx.newPage();
      await p.goto(host.url + file);
      let frame = null;
      for (let i = 0; i < 100 && !frame; i++) {
        frame = p.frames().find((f) => f.url().includes("embed=1"));
        if (!frame) await p.waitForTimeout(100);
      }
      assert(frame, "the frame appears");
      await frame.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
      const got = await frame.evaluate(() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect();
        return { h: window.innerHeight, outcome: r("#outcome").bottom, canvasTop: r("#timeline canvas").top, canvasBottom: r("#timeline canvas").bottom };
      });
      assert(got.h >= 500 && got.h <= 530, `${file} ${width}: default height ${got.h}`);
      assert(got.outcome <= got.h, `${file} ${width}: the outcome in view`);
      assert(got.canvasBottom <= got.h + 1, `${file} ${width}: the timeline in view: ${JSON.stringify(got)}`);
      await p.screenshot({ path: path.join(ART, `embed-${width}.png`) });
      await ctx.close();
    }
  } finally {
    host.close();
  }
});

test("the timeline has a legend; ? opens the keyboard help", async () => {
  const page = await openPage();
  const items = await page.$$eval("#timeline .legend li", (els) => els.map((e) => e.textContent));
  for (const want of ["map write", "map read", "grow", "go", "data race", "fatal"]) assert(items.some((t) => t.includes(want)), `legend has ${want}: ${JSON.stringify(items)}`);
  await page.click("h1");
  await page.keyboard.press("?");
  assert(await page.isVisible("#help-dialog"), "? opens the help");
  const text = await page.textContent("#help-dialog");
  for (const k of ["[", "]", "Ctrl", "Format"]) assert(text.includes(k), `help mentions ${k}`);
  await page.keyboard.press("Escape");
  assert(!(await page.isVisible("#help-dialog")), "Esc closes it");
  // In the editor, ? is a character.
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("// ?");
  assert(!(await page.isVisible("#help-dialog")), "not from the editor");
  assert((await editorText(page)).includes("// ?"), "typed");
});

/** A run with its two racing accesses far apart: a long loop between them. */
const LONG_RACE = `package main

import "fmt"

func main() {
	m := map[int]int{}
	done := make(chan bool)
	go func() {
		s := 0
		for i := 0; i < 60000; i++ {
			s += i
		}
		m[1] = s
		done <- true
	}()
	m[2] = 2
	<-done
	fmt.Println(len(m))
}
`;

test("in a long run, ] and [ reach each race, zoomed so its two accesses are apart; the race tooltip stays in the viewport", async () => {
  for (const [width, height] of [[1366, 800], [390, 844]]) {
    const page = await openPage({ width, height, storage: LONG_RACE });
    await runAndWait(page);
    const races = await page.evaluate(() => window.maprace.state.run.races.length);
    assert(races >= 1, "the program races");
    await page.focus("#timeline canvas");
    await page.keyboard.press("]");
    const sel = await page.evaluate(() => {
      const run = window.maprace.state.run;
      const e = run.events[window.maprace.timeline.selected];
      const r = run.races.find((r) => r.current.step === e.step);
      const v = window.maprace.timeline.view();
      return { kind: e.kind, apart: r ? Math.abs(r.current.step - r.previous.step) * v.scale : 0, steps: run.steps };
    });
    assert(sel.kind === "race", `] selects a race (${sel.kind})`);
    assert(sel.apart >= 20, `its accesses are ${sel.apart.toFixed(1)} px apart`);
    assert(await page.isVisible("#race-detail"), "its report is shown");
    assert((await page.textContent("#timeline .race-pos")).startsWith("race 1 of"), await page.textContent("#timeline .race-pos"));
    assert((await page.textContent("#step-info")).includes("races on"), await page.textContent("#step-info"));
    // Hovering its later access shows the report, inside the viewport.
    const pos = await page.evaluate(() => window.maprace.timeline.eventPosition(window.maprace.timeline.selected));
    const box = await page.locator("#timeline canvas").boundingBox();
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    await page.waitForSelector("#timeline .tip:not([hidden])", { timeout: 3000 });
    const tip = await page.evaluate(() => {
      const r = document.querySelector("#timeline .tip").getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: document.querySelector("#timeline .tip").textContent, vw: document.documentElement.clientWidth, vh: innerHeight };
    });
    assert(tip.text.includes("WARNING: DATA RACE"), "the race report");
    assert(tip.left >= 0 && tip.right <= tip.vw && tip.top >= 0 && tip.bottom <= tip.vh, `${width}: the tooltip stays in the viewport: ${JSON.stringify(tip)}`);
    await page.keyboard.press("[");
    await page.context().close();
  }
});

test("a plain wheel over the timeline scrolls the page; Ctrl+wheel zooms", async () => {
  const page = await openPage({ width: 390, height: 844 });
  await page.selectOption("#gallery", "read-during-write");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.evaluate(() => document.querySelector("#timeline canvas").scrollIntoView({ block: "center" }));
  const box = await page.locator("#timeline canvas").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await page.evaluate(() => ({ y: scrollY, scale: window.maprace.timeline.view().scale }));
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => ({ y: scrollY, scale: window.maprace.timeline.view().scale }));
  assert(after.y > before.y, `the page scrolled (${before.y} → ${after.y})`);
  assert(after.scale === before.scale, "no zoom");
  const box2 = await page.locator("#timeline canvas").boundingBox();
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await page.waitForTimeout(300);
  const zoomed = await page.evaluate(() => ({ y: scrollY, scale: window.maprace.timeline.view().scale }));
  assert(zoomed.scale > after.scale, `Ctrl+wheel zoomed in (${after.scale} → ${zoomed.scale})`);
  assert(zoomed.y === after.y, "without scrolling the page");
});

test("1,000 goroutines: the canvas stays the height of its box, and every lane is reachable", async () => {
  const code = `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			m[i] = i
			mu.Unlock()
		}()
	}
	wg.Wait()
}
`;
  const page = await openPage({ width: 1366, height: 800, storage: code });
  await runAndWait(page);
  const lanes = await page.evaluate(() => window.maprace.timeline.laneCount());
  assert(lanes === 1001, `lanes: ${lanes}`);
  const c = await page.evaluate(() => {
    const cv = document.querySelector("#timeline canvas");
    return { css: cv.getBoundingClientRect().height, backing: cv.height, dpr: devicePixelRatio };
  });
  assert(c.css <= 400 && c.backing <= 400 * c.dpr, `canvas ${JSON.stringify(c)}`);
  // The last goroutine's lane: scroll the lanes to the end and click one of its events.
  await page.evaluate(() => {
    const w = document.querySelector("#timeline .canvas-wrap");
    w.scrollTop = w.scrollHeight;
  });
  await page.waitForTimeout(200);
  const target = await page.evaluate(() => {
    const run = window.maprace.state.run;
    const g = run.goroutines[run.goroutines.length - 1].id;
    const i = run.events.findIndex((e) => e.g === g && e.kind === "map_write");
    return { i, g, ...window.maprace.timeline.eventPosition(i) };
  });
  const box = await page.locator("#timeline canvas").boundingBox();
  assert(target.y > 0 && target.y < box.height, `the last lane is in view after scrolling (${target.y} of ${box.height})`);
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await page.waitForTimeout(200);
  // At this zoom, many events share a pixel: any event of that goroutine counts.
  const g = await page.evaluate(() => window.maprace.state.run.events[window.maprace.timeline.selected]?.g);
  assert(g === target.g, `selected an event of goroutine ${target.g} (got ${g})`);
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("the selected event is read out in words; the map view is tables with headers", async () => {
  const code = `package main

func main() {
	m := map[int]int{}
	for i := 0; i < 40; i++ {
		m[i] = i
	}
}
`;
  const page = await openPage({ storage: code });
  // The classic map's words and bucket tables (the swiss map's are the swiss view tests').
  await openMenu(page, "options-menu");
  await page.selectOption("#map-model", "classic");
  await runAndWait(page);
  assert((await page.getAttribute("#step-info", "aria-live")) === "polite", "a live region");
  const i = await page.evaluate(() => window.maprace.state.run.events.findIndex((e) => e.kind === "map_evacuate" && e.detail.startsWith("evacuate old bucket")));
  assert(i > 0, "the map grows and evacuates");
  await page.evaluate((i) => window.maprace.timeline.select(i), i);
  const words = await page.textContent("#step-info");
  assert(/^step \d+, goroutine 1 writes m\[\d+\] while evacuating old bucket \d+ \(line 6\)$/.test(words), words);
  const w = await page.evaluate(() => window.maprace.state.run.events.findIndex((e) => e.kind === "map_write"));
  await page.evaluate((i) => window.maprace.timeline.select(i), w);
  assert(/^step \d+, goroutine 1 writes m\[0\] = 0 \(line 6\)$/.test(await page.textContent("#step-info")), await page.textContent("#step-info"));
  await page.waitForFunction(() => document.querySelector(".maps-caption").textContent.startsWith("after step"), null, { timeout: 10000 });
  const t = await page.evaluate(() => ({
    hmapHeads: [...document.querySelectorAll(".maps-body table.hmap th")].map((e) => e.textContent),
    cols: [...document.querySelectorAll(".maps-body table.buckets thead th[scope=col]")].map((e) => e.textContent),
    rowHeads: document.querySelectorAll(".maps-body table.buckets tbody th[scope=row]").length,
    caption: document.querySelector(".maps-body table.buckets caption")?.textContent,
    kv: [...document.querySelectorAll(".maps-body table.buckets td.slot .kv")].map((e) => e.textContent),
  }));
  assert(["count", "B", "flags"].every((h) => t.hmapHeads.includes(h)), JSON.stringify(t.hmapHeads));
  assert(t.cols.length === 9 && t.cols[0] === "bucket" && t.cols[8] === "slot 7", JSON.stringify(t.cols));
  assert(t.rowHeads >= 1 && t.caption === "buckets", JSON.stringify(t));
  assert(t.kv.includes("0: 0"), "the state after the write: m[0] is stored");
});

/** axe-core's serious and critical violations on the page (or frame) as it is. */
async function axeViolations(target) {
  await target.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  const res = await target.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return res.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " " + (n.failureSummary || "").split("\n").slice(1, 2).join("")).join(" | ")}`);
}

test("axe-core: no serious or critical violation in light, dark, phone and embed", async () => {
  const found = [];
  for (const [name, width, height, scheme, query] of [
    ["light", 1366, 800, "light", ""],
    ["dark", 1366, 800, "dark", ""],
    ["phone", 390, 844, "light", ""],
    ["phone-dark", 390, 844, "dark", ""],
    ["embed", 700, 520, "light", "?embed=1"],
    ["embed-dark", 700, 520, "dark", "?embed=1"],
  ]) {
    const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(srv.url + query);
    await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
    await page.selectOption("#gallery", "range-during-write").catch(() => {});
    if (query) await page.click("#run");
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
    await page.focus("#timeline canvas");
    for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(500);
    for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
    if (!query) {
      // The menus and the dialogs open.
      await openMenu(page, "options-menu");
      for (const v of await axeViolations(page)) found.push(`${name} options menu: ${v}`);
      await page.keyboard.press("Escape");
      await page.click("#help-btn");
      for (const v of await axeViolations(page)) found.push(`${name} help: ${v}`);
    }
    await ctx.close();
  }
  assert(found.length === 0, [...new Set(found)].join("\n"));
});

test("typing a program line by line gives that program: no stray } or ) from auto-closed brackets, tabs for indentation", async () => {
  const want = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			m[fmt.Sprint(n)] = n
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m), m["1"])
}
`;
  const page = await openPage({ storage: "" });
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  // As a person types: each line without its indentation (the editor indents), then Enter.
  for (const line of want.trimEnd().split("\n")) {
    await page.keyboard.type(line.replace(/^\t+/, ""));
    await page.keyboard.press("Enter");
  }
  const got = (await editorText(page)).replace(/\s+$/, "\n");
  assert(got === want, `typed:\n${got}\n---- wanted:\n${want}`);
});

test("Format: the button and Ctrl/Cmd+Shift+F call the core's formatter (disabled, saying why, while the core has none)", async () => {
  const page = await openPage({ storage: "package main\n\nfunc main(){\nx:=1\n  _ = x\n}\n" });
  const caps = await page.evaluate(() => window.maprace.runner.caps);
  if (!caps.format) {
    assert(await page.isDisabled("#format"), "disabled without a formatter");
    assert((await page.getAttribute("#format", "title")).includes("no formatter"), "says why");
    return;
  }
  assert(await page.isEnabled("#format"), "enabled");
  await page.click("#format");
  await page.waitForFunction(() => window.maprace.state.code.includes("func main() {"), null, { timeout: 10000 });
  assert((await editorText(page)) === "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n", await editorText(page));
  await setCode(page, "package main\n\nfunc main(){\n}\n");
  await page.keyboard.press("Control+Shift+F");
  await page.waitForFunction(() => window.maprace.state.code.includes("func main() {"), null, { timeout: 10000 });
});

// ---------- links and embedding (issue 18) ----------

test("the largest program the page runs round-trips through a link (and a reload)", async () => {
  // Just under the core's source limit, varied like real code (so it does not compress to nothing).
  const head = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]int{}\n";
  const tail = "\tfmt.Println(len(m))\n}\n";
  let body = "";
  for (let i = 0; head.length + body.length + tail.length < CONTRACT.SOURCE_MAX_BYTES - 80; i++) body += `\tm[${(i * 7919) % 100003}] = ${(i * 104729) % 1000003} // entry ${i.toString(36)}\n`;
  const code = head + body + tail;
  assert(code.length <= CONTRACT.SOURCE_MAX_BYTES && code.length > CONTRACT.SOURCE_MAX_BYTES - 200, `${code.length} bytes`);
  const page = await openPage();
  await page.evaluate((c) => (window.maprace.editor.text = c), code); // as a paste (1 MB through the keyboard API is too slow)
  assert((await editorText(page)) === code, "the editor holds it");
  page.on("dialog", (d) => d.dismiss());
  await openMenu(page, "share-menu");
  await page.click("#copy-link");
  await page.waitForFunction(() => location.hash.startsWith("#v1.") && window.maprace.state.hash === location.hash, null, { timeout: 20000 });
  const href = await page.evaluate(() => location.href);
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const p2 = await ctx.newPage();
  await p2.goto(href);
  await p2.waitForFunction(() => document.body.dataset.linkOpened, null, { timeout: 60000 });
  assert((await p2.evaluate(() => document.body.dataset.linkOpened)) === "1", `it opens: ${await p2.textContent("#outcome")} (link ${href.length} characters)`);
  assert((await p2.evaluate(() => window.maprace.state.code)) === code, "the same code");
  await p2.reload();
  await p2.waitForFunction(() => document.body.dataset.linkOpened, null, { timeout: 60000 });
  assert((await p2.evaluate(() => document.body.dataset.linkOpened)) === "1", "and again on reload");
  assert((await p2.evaluate(() => window.maprace.state.code)) === code, "the same code after the reload");
  await ctx.close();
  await page.context().close();
  console.log(`     (a ${code.length}-byte program, ${code.split("\n").length} lines: a ${href.length}-character link)`);
});

test("a sandboxed page on a plain static server (no CORS): what the Embed dialog says is what happens", async () => {
  const plain = await serve(path.join(ROOT, "dist")); // no Access-Control-Allow-Origin
  const page = await openPage();
  await page.selectOption("#gallery", "read-during-write");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await openMenu(page, "share-menu");
  await page.click("#embed-btn");
  await page.waitForFunction(() => document.querySelector("#embed-iframe").value.includes("#v1."), null, { timeout: 5000 });
  const note = await page.textContent("#embed-dialog .embed-note");
  assert(note.includes("allow-same-origin") && note.includes("Access-Control-Allow-Origin"), note);
  const src = /src="([^"]+)"/.exec(await page.inputValue("#embed-iframe"))[1].replace(srv.url, plain.url);
  const dir = fs.mkdtempSync(path.join(ROOT, "tests/artifacts/host-"));
  const frameHtml = (sandbox) => `<!doctype html><title>docs</title><link rel="icon" href="data:,"><iframe ${sandbox} src="${src}" style="width:100%;height:520px"></iframe>`;
  fs.writeFileSync(path.join(dir, "plain.html"), frameHtml(""));
  fs.writeFileSync(path.join(dir, "same-origin.html"), frameHtml('sandbox="allow-scripts allow-same-origin"'));
  fs.writeFileSync(path.join(dir, "opaque.html"), frameHtml('sandbox="allow-scripts"'));
  const host = await serve(dir);
  const opened = async (file) => {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 700 } });
    const p = await ctx.newPage();
    await p.goto(host.url + file);
    let frame = null;
    for (let i = 0; i < 100 && !frame; i++) {
      frame = p.frames().find((f) => f.url().includes("embed=1"));
      if (!frame) await p.waitForTimeout(100);
    }
    const ran = await frame.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 15000 }).then(() => true, () => false);
    const styled = await frame.evaluate(() => getComputedStyle(document.body).margin === "0px").catch(() => false);
    await p.screenshot({ path: path.join(ART, `sandbox-${file.replace(".html", "")}.png`) });
    await ctx.close();
    return { ran, styled };
  };
  try {
    const a = await opened("plain.html");
    assert(a.ran && a.styled, "a plain iframe from another origin works");
    const b = await opened("same-origin.html");
    assert(b.ran && b.styled, "sandbox with allow-same-origin works on a plain server");
    const c = await opened("opaque.html");
    assert(!c.ran, "sandbox without allow-same-origin cannot load the modules from a plain server (as the dialog says)");
  } finally {
    host.close();
    plain.close();
  }
});

test("the gallery's promise: Example 1's default Explore finds the throw, and open shows it", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "writes-different-keys");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  const text = await page.textContent("#explain .text");
  assert(text.includes("Press Explore") && text.includes("open the schedule that throws"), "the promise");
  await page.click(".explore summary");
  await page.click("#explore");
  await page.waitForFunction(() => window.maprace.lastExplore, null, { timeout: 120000 });
  const row = page.locator("#explore-results .endings tbody tr", { hasText: "fatal error: concurrent map writes" });
  assert((await row.count()) === 1, `the default Explore finds the throw: ${JSON.stringify(await page.evaluate(() => window.maprace.lastExplore.outcomes))}`);
  await page.evaluate(() => (document.body.dataset.ran = ""));
  await row.locator("button").click();
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  assert((await page.textContent("#outcome")).startsWith("fatal error: concurrent map writes"), await page.textContent("#outcome"));
});

test("Explore: each output (a lost update) gets open, which shows a run printing it", async () => {
  const page = await openPage();
  await page.selectOption("#gallery", "syncmap-check-then-act");
  await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
  await page.click(".explore summary");
  await page.click("#explore");
  await page.waitForFunction(() => window.maprace.lastExplore, null, { timeout: 120000 });
  const outs = await page.evaluate(() => Object.keys(window.maprace.lastExplore.outputs));
  assert(outs.length >= 2, `several outputs: ${JSON.stringify(outs)}`);
  const rows = page.locator("#explore-results .outputs tbody tr");
  assert((await rows.count()) === outs.length, "a row per output");
  for (let k = 0; k < Math.min(3, outs.length); k++) {
    const row = rows.nth(k);
    const want = await page.evaluate((k) => Object.entries(window.maprace.lastExplore.outputs).sort((a, b) => b[1] - a[1])[k][0], k);
    await page.evaluate(() => (document.body.dataset.ran = ""));
    await row.locator("button", { hasText: "open" }).click();
    await page.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 60000 });
    const got = await page.evaluate(() => window.maprace.state.run.stdout);
    assert(got === want, `open shows a run printing ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
});

// ---------- the swiss map (Go 1.24+) and the Go-version choice ----------

const GROWING = (n) => `package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < ${n}; i++ {
		m[i] = i
	}
	delete(m, 3)
	for k := range m {
		_ = k
		break
	}
	fmt.Println(len(m))
}
`;

// 56 entries fill a 64-slot table to 7/8: most groups are full, so deleting
// every other key leaves tombstones.
const TOMBSTONES = `package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 56; i++ {
		m[i] = i
	}
	for i := 0; i < 56; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
}
`;

/** Selects event `i` on the timeline and waits for the map view to show the state after it. */
async function selectEvent(page, i) {
  const step = await page.evaluate((i) => {
    window.maprace.timeline.select(i);
    return window.maprace.state.run.events[i].step;
  }, i);
  await page.waitForFunction((s) => document.querySelector(".maps-caption").textContent === `after step ${s}`, step, { timeout: 20000 }).catch(async (e) => {
    throw new Error(`event ${i} (step ${step}): the map view shows “${await page.textContent(".maps-caption")}”: ${e.message}`);
  });
  return step;
}

/** The index of the first event (after `from`) that `pred` (a function's source) accepts. */
async function findEvent(page, pred, from = -1) {
  return page.evaluate(([src, from]) => window.maprace.state.run.events.findIndex((e, i) => i > from && new Function("e", `return (${src})(e)`)(e)), [pred.toString(), from]);
}

/** A fragment as share.js writes it (`v1.` + base64url of deflate-raw JSON), made here for links of older pages. */
function fragmentOf(obj) {
  return `${CONTRACT.LINK_FORMAT}.` + zlib.deflateRawSync(Buffer.from(JSON.stringify({ ...obj, v: CONTRACT.LINK_VERSION }))).toString("base64url");
}

const hexByte = (n) => n.toString(16).padStart(2, "0");

test("swiss view: a small map is one group; a write shows its control bytes, its probe and the writing flag; growth is a rehash", async () => {
  const page = await openPage({ storage: GROWING(40) });
  assert((await page.inputValue("#map-model")) === CONTRACT.DEFAULT_MAP_MODEL && CONTRACT.DEFAULT_MAP_MODEL === "swiss", "swiss tables by default");
  await runAndWait(page);
  // The first write: the small map, one group, no table.
  const w0 = await findEvent(page, (e) => e.kind === "map_write");
  await selectEvent(page, w0);
  const small = await page.evaluate(() => ({
    caption: document.querySelector(".maps-body table.groups caption")?.textContent,
    cols: [...document.querySelectorAll(".maps-body table.groups thead th[scope=col]")].map((e) => e.textContent),
    ctrl: [...document.querySelectorAll(".maps-body table.groups td.slot .ctrl")].map((e) => e.textContent),
    writing: document.querySelector(".maps-body .swiss-head .flag.writing")?.classList.contains("on"),
    heads: [...document.querySelectorAll(".maps-body table.swiss-head th")].map((e) => e.textContent),
    lit: [...document.querySelectorAll(".maps-body .slot.changed .kv")].map((e) => e.textContent),
    tables: document.querySelectorAll(".maps-body table.groups").length,
  }));
  assert(small.caption.startsWith("small map: one group"), JSON.stringify(small));
  assert(small.tables === 1 && small.cols.length === CONTRACT.GROUP_SLOTS + 1 && small.cols[0] === "group", JSON.stringify(small.cols));
  assert(["used", "dirLen", "globalDepth", "flags"].every((h) => small.heads.includes(h)), JSON.stringify(small.heads));
  const empty = `${hexByte(CONTRACT.CTRL_EMPTY)} empty`;
  assert(small.ctrl.filter((c) => c === empty).length === 7 && small.ctrl.filter((c) => /^[0-7][0-9a-f]$/.test(c)).length === 1, `one full slot (its H2), seven empty: ${JSON.stringify(small.ctrl)}`);
  assert(small.writing === true, "writing is lit during the write");
  assert(small.lit.includes("0: 0"), `the new entry is highlighted: ${JSON.stringify(small.lit)}`);
  // A write into a table: its probe, numbered, and the group holding the key.
  const w20 = await findEvent(page, (e) => e.kind === "map_write" && e.detail === "m[20] = 20");
  await selectEvent(page, w20);
  const probe = await page.evaluate(() => ({
    line: document.querySelector(".maps-body .probe-line")?.textContent,
    marks: [...document.querySelectorAll(".maps-body tr.probe")].map((tr) => [tr.querySelector(".probe-mark").textContent.trim(), [...tr.querySelectorAll(".kv")].map((e) => e.textContent)]),
    writing: document.querySelector(".maps-body .swiss-head .flag.writing").classList.contains("on"),
    dir: [...document.querySelectorAll(".maps-body table.swiss-dir thead th")].map((e) => e.textContent),
  }));
  assert(/^g1 m\[20\] = …: probes table \d+, groups? \d+/.test(probe.line || ""), JSON.stringify(probe));
  assert(probe.marks.length >= 1 && probe.marks[0][0] === "probe 1", JSON.stringify(probe.marks));
  assert(probe.marks[probe.marks.length - 1][1].includes("20: 20"), `the probe ends at the key's group: ${JSON.stringify(probe.marks)}`);
  assert(probe.writing, "writing is lit");
  assert(["entries", "table", "localDepth", "capacity", "used", "growthLeft", "tombstones"].every((h) => probe.dir.includes(h)), JSON.stringify(probe.dir));
  // Between writes (the range after them), writing is clear; the iterator's next slot is marked.
  await selectEvent(page, await findEvent(page, (e) => e.kind === "map_iter" && e.detail.startsWith("next")));
  const ranged = await page.evaluate(() => ({
    writing: document.querySelector(".maps-body .swiss-head .flag.writing").classList.contains("on"),
    line: document.querySelector(".maps-body .iter-line")?.textContent,
    marks: [...document.querySelectorAll(".maps-body .iter-mark")].map((e) => e.textContent),
  }));
  assert(!ranged.writing && /^range in g1: table \d+, next group \d+ slot \d/.test(ranged.line || "") && ranged.marks.join() === "◀ range g1", JSON.stringify(ranged));
  // Growth: the rehash that copies groups into a table of double capacity.
  const grow = await findEvent(page, (e) => e.kind === "map_evacuate" && /^rehash: group 0 of table \d+ copied/.test(e.detail));
  assert(grow > 0, "the map grows by rehashing");
  await selectEvent(page, grow);
  const rh = await page.evaluate(() => ({
    line: document.querySelector(".maps-body .rehash-line")?.textContent,
    captions: [...document.querySelectorAll(".maps-body table.groups caption")].map((e) => e.textContent),
    copied: document.querySelectorAll(".maps-body table.groups .evac-mark").length,
    writing: document.querySelector(".maps-body .swiss-head .flag.writing").classList.contains("on"),
  }));
  assert(/^g1 grows table \d+ into table \d+: 1 of \d+ groups copied$/.test(rh.line || ""), JSON.stringify(rh));
  const words = await page.textContent("#step-info");
  assert(/^step \d+, goroutine 1 writes m\[\d+\] while rehashing: group 0 of table \d+ copied \(\d+ entries\) \(line 8\)$/.test(words), words);
  assert(rh.captions.some((c) => c.includes("being built")) && rh.copied === 1 && rh.writing, JSON.stringify(rh));
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("swiss view: deletes in full groups leave tombstones (deleted control bytes), counted in the table's row", async () => {
  const page = await openPage({ storage: TOMBSTONES });
  await runAndWait(page);
  const last = await page.evaluate(() => window.maprace.state.run.events.map((e) => e.kind).lastIndexOf("map_delete"));
  await selectEvent(page, last);
  const t = await page.evaluate(() => ({
    deleted: document.querySelectorAll(".maps-body table.groups td.slot.deleted").length,
    texts: [...new Set([...document.querySelectorAll(".maps-body table.groups td.slot.deleted .ctrl")].map((e) => e.textContent))],
    row: [...document.querySelectorAll(".maps-body table.swiss-dir tbody tr")].map((tr) => [...tr.cells].map((c) => c.textContent)),
    kv: [...document.querySelectorAll(".maps-body table.groups td.slot .kv")].map((e) => Number(e.textContent.split(":")[0])),
  }));
  const heads = await page.$$eval(".maps-body table.swiss-dir thead th", (ths) => ths.map((h) => h.textContent));
  const tomb = t.row[0][heads.indexOf("tombstones")];
  assert(t.deleted > 0 && String(t.deleted) === tomb, `tombstones drawn ${t.deleted}, counted ${tomb}`);
  assert(JSON.stringify(t.texts) === JSON.stringify([`${hexByte(CONTRACT.CTRL_DELETED)} deleted`]), JSON.stringify(t.texts));
  assert(t.kv.length === 28 && t.kv.every((k) => k % 2 === 1), `the odd keys are left: ${JSON.stringify(t.kv)}`);
  await page.locator("#maps").screenshot({ path: path.join(ART, "swiss-tombstones.png") });
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("swiss view: a map growing to 2,000 entries steps event by event, its tables paged", async () => {
  const page = await openPage({ storage: GROWING(2000) });
  await runAndWait(page);
  const n = await page.evaluate(() => window.maprace.state.run.events.length);
  const last = await findEvent(page, (e) => e.kind === "map_write" && e.detail === "m[1999] = 1999");
  assert(last > 0, `the run has its 2,000 writes (${n} events)`);
  const split = await findEvent(page, (e) => e.kind === "map_grow" && e.detail.includes("split"));
  assert(split > 0, "the table splits");
  await selectEvent(page, last - 40);
  await page.focus("#timeline canvas");
  // Each step draws its own state (how fast is the bench's swiss_view_step_ms, not a test's business).
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press("ArrowRight");
    const step = await page.evaluate(() => window.maprace.state.run.events[window.maprace.timeline.selected].step);
    await page.waitForFunction((s) => document.querySelector(".maps-caption").textContent === `after step ${s}`, step, { timeout: 20000 });
  }
  const v = await page.evaluate(() => ({
    rows: [...document.querySelectorAll(".maps-body table.groups")].map((t) => t.tBodies[0].rows.length),
    folded: document.querySelectorAll(".maps-body details.table-fold:not([open])").length,
    pager: document.querySelector(".maps-body .pager")?.textContent,
    dirRows: document.querySelectorAll(".maps-body table.swiss-dir tbody tr").length,
    lit: [...document.querySelectorAll(".maps-body .slot.changed .kv")].map((e) => e.textContent),
    used: document.querySelector(".maps-body .swiss-head td")?.textContent,
  }));
  assert(v.rows.length >= 1 && v.rows.every((r) => r <= 16), `tables paged: ${JSON.stringify(v.rows)}`);
  assert(v.folded >= 1 && v.folded + v.rows.length === v.dirRows, `the tables the step is not about are folded: ${JSON.stringify(v)}`);
  assert(v.dirRows >= 2, "a directory of several tables");
  assert(v.lit.includes("1999: 1999") && v.used === "2000", JSON.stringify(v));
  // Opening a folded table draws its groups.
  await page.click(".maps-body details.table-fold > summary");
  const opened = await page.waitForFunction(() => document.querySelectorAll(".maps-body details.table-fold[open] table.groups").length === 1, null, { timeout: 5000 }).then(() => true, () => false);
  assert(opened, "an opened table shows its groups");
  // Turning a page shows the next groups (the core sends the page asked for).
  const before = await page.textContent(".maps-body .pager span");
  await page.click(".maps-body .pager button:not([disabled])");
  const turned = await page.waitForFunction((b) => document.querySelector(".maps-body .pager span")?.textContent !== b, before, { timeout: 5000 }).then(() => true, () => false);
  assert(turned, "the page turned");
  assert(page.errors.length === 0, page.errors.join("\n"));
});

/** Records the size (characters of JSON) of every answer the worker sends, with the command asked. */
function measureWorkerMessages() {
  window.__answers = [];
  const Real = Worker;
  window.Worker = class extends Real {
    constructor(...a) {
      super(...a);
      const asked = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (m, ...rest) => {
        if (m && m.id != null) asked.set(m.id, m.cmd);
        return post(m, ...rest);
      };
      this.addEventListener("message", (e) => {
        if (e.data && e.data.id != null) window.__answers.push({ cmd: asked.get(e.data.id), bytes: JSON.stringify(e.data.result).length });
      });
    }
  };
}

const HINTED = (hint) => `package main

import "fmt"

func main() {
	m := make(map[int]int, ${hint})
	for i := 0; i < 40; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
`;

test("map view: a make(map[int]int, 1<<20) map runs in the page, pages through the worker, and its answers stay small", async () => {
  for (const [name, width, height] of [["desktop", 1366, 800], ["phone", 390, 844]]) {
    const page = await openPage({ width, height, storage: HINTED("1 << 20"), init: measureWorkerMessages });
    await runAndWait(page);
    assert((await page.textContent("#outcome")).includes("ok"), await page.textContent("#outcome"));
    const sizes = () => page.evaluate(() => window.__answers.splice(0));
    const ran = (await sizes()).filter((a) => a.cmd === "run");
    // The whole map was 37 MB of JSON; the run's answer carries its header, the directory's first entries and one page.
    assert(ran.length === 1 && ran[0].bytes < 64 * 1024, `the run's answer: ${JSON.stringify(ran)}`);
    const end = await page.evaluate(() => ({
      dir: document.querySelector(".maps-body table.swiss-dir caption")?.textContent,
      drawn: document.querySelectorAll(".maps-body table.groups").length,
      folded: document.querySelectorAll(".maps-body details.table-fold:not([open])").length,
      pager: document.querySelector(".maps-body .pager span")?.textContent,
    }));
    assert(/^directory: 2048 entries \(globalDepth 11\), 2048 tables$/.test(end.dir || ""), JSON.stringify(end));
    assert(end.drawn === 1 && end.folded >= 100 && /: groups 0–15 of 128$/.test(end.pager || ""), JSON.stringify(end));
    // The last write: its probe's table is drawn at the page holding the key, the entry lit.
    await selectEvent(page, await findEvent(page, (e) => e.kind === "map_write" && e.detail === "m[39] = 39"));
    const lit = await page.$$eval(".maps-body .slot.changed .kv", (els) => els.map((e) => e.textContent));
    assert(lit.includes("39: 39"), `the write is lit: ${JSON.stringify(lit)}`);
    // Turning a page and opening a folded table each ask the worker for one small answer.
    const before = await page.textContent(".maps-body .pager span");
    await page.click(".maps-body .pager button:not([disabled])");
    await page.waitForFunction((b) => document.querySelector(".maps-body .pager span")?.textContent !== b, before, { timeout: 10000 });
    await page.click(".maps-body details.table-fold:not([open]) > summary");
    await page.waitForFunction(() => document.querySelectorAll(".maps-body details.table-fold[open] table.groups").length === 1, null, { timeout: 10000 });
    const asked = (await sizes()).filter((a) => a.cmd === "inspect");
    assert(asked.length === 3 && asked.every((a) => a.bytes < 64 * 1024), `inspect answers: ${JSON.stringify(asked)}`);
    await page.locator("#maps").screenshot({ path: path.join(ART, `map-view-hint-1shl20-${name}.png`) });
    await page.screenshot({ path: path.join(ART, `map-view-hint-1shl20-${name}-viewport.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert(!overflow, `${name}: no horizontal overflow`);
    assert(page.errors.length === 0, page.errors.join("\n"));
    await page.context().close();
  }
});


/** Reads of a present and a missing key in a 40-entry map (tables), then in a small map. */
const LOOKUPS = `package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 40; i++ {
		m[i] = i
	}
	fmt.Println(m[20])
	_, ok := m[1000]
	fmt.Println(ok)
	s := map[string]int{"a": 1}
	fmt.Println(s["a"], s["b"])
}
`;

/** Picks the second map (the small one) in the map view and waits for the core's answer for it (the view asks again). */
async function pickSmallMap(page) {
  await page.selectOption("#maps select", "1");
  await page.waitForFunction(() => document.querySelector(".maps-body table.groups caption")?.textContent.startsWith("small map"), null, { timeout: 10000 });
}

/** What the swiss view shows of the lookup probe now drawn: its words, its numbered groups, the slot that ends it. */
async function lookupProbe(page) {
  return page.evaluate(() => {
    const end = [...document.querySelectorAll(".maps-body td.slot.probe-end")];
    const tr = end[0]?.closest("tr");
    return {
      lines: [...document.querySelectorAll(".maps-body .probe-line")].map((e) => e.textContent),
      ends: end.length,
      mark: end[0]?.querySelector(".probe-end-mark")?.textContent,
      ctrl: end[0]?.querySelector(".ctrl")?.textContent,
      kv: end[0]?.querySelector(".kv")?.textContent ?? null,
      slot: tr ? [...tr.querySelectorAll("td.slot")].indexOf(end[0]) : -1,
      endRow: tr ? [tr.querySelector("th").firstChild.textContent, tr.querySelector(".probe-mark")?.textContent.trim() ?? null] : null,
      probeRows: [...document.querySelectorAll(".maps-body tr.probe")].map((r) => [r.querySelector("th").firstChild.textContent, r.querySelector(".probe-mark").textContent.trim()]),
      writing: document.querySelector(".maps-body .swiss-head .flag.writing")?.classList.contains("on"),
    };
  });
}

test("swiss view: selecting a map read shows the lookup's probe, ending at the key's slot or at the empty slot that stops it", async () => {
  const page = await openPage({ storage: LOOKUPS });
  await runAndWait(page);
  // A present key: the probe's groups in order, the last one holding the key, its slot marked.
  await selectEvent(page, await findEvent(page, (e) => e.kind === "map_read" && e.detail === "m[20]"));
  const hit = await lookupProbe(page);
  const hitLine = /^g1 read m\[20\]: probes table \d+, groups? ([\d →]+), the key in slot (\d)$/.exec(hit.lines.join("|"));
  assert(hitLine, JSON.stringify(hit));
  const hitGroups = hitLine[1].split(" → ");
  assert(hit.ends === 1 && hit.mark === "◀ read finds 20" && hit.kv === "20: 20" && String(hit.slot) === hitLine[2], JSON.stringify(hit));
  assert(JSON.stringify(hit.probeRows) === JSON.stringify(hitGroups.map((g, i) => [g, `probe ${i + 1}`])), `the groups numbered in probe order: ${JSON.stringify(hit)}`);
  assert(JSON.stringify(hit.endRow) === JSON.stringify([hitGroups.at(-1), `probe ${hitGroups.length}`]), `the end mark in the probe's last group: ${JSON.stringify(hit)}`);
  assert(/^[0-7][0-9a-f]$/.test(hit.ctrl) && hit.writing === false, `a full slot (its H2); a read sets no writing flag: ${JSON.stringify(hit)}`);
  // A missing key: the probe stops at the first empty slot of its last group.
  await selectEvent(page, await findEvent(page, (e) => e.kind === "map_read" && e.detail === "m[1000] (missing)"));
  const miss = await lookupProbe(page);
  const missLine = /^g1 read m\[1000\]: probes table \d+, groups? ([\d →]+), key absent: empty slot (\d) stops it$/.exec(miss.lines.join("|"));
  assert(missLine, JSON.stringify(miss));
  const missGroups = missLine[1].split(" → ");
  assert(miss.ends === 1 && miss.mark === "◀ 1000 absent: stop" && miss.kv === null && String(miss.slot) === missLine[2], JSON.stringify(miss));
  assert(miss.ctrl === `${hexByte(CONTRACT.CTRL_EMPTY)} empty`, `an empty slot ends it: ${JSON.stringify(miss)}`);
  assert(JSON.stringify(miss.endRow) === JSON.stringify([missGroups.at(-1), `probe ${missGroups.length}`]), JSON.stringify(miss));
  // The small map: a present key's slot is marked; a missing one is matched against the group whole, no slot ends it.
  const reads = await page.evaluate(() => window.maprace.state.run.events.flatMap((e, i) => (e.kind === "map_read" ? [i] : [])));
  assert(reads.length === 4, `four reads: ${reads}`);
  await selectEvent(page, reads[2]);
  await pickSmallMap(page);
  const small = await lookupProbe(page);
  assert(/^g1 read m\[a\]: the small map's one group \(no probe\), the key in slot \d$/.test(small.lines.join("|")) && small.ends === 1 && small.kv === "a: 1" && small.mark === "◀ read finds a", JSON.stringify(small));
  assert(small.probeRows.length === 0 && small.endRow[1] === null, `no probe steps in a small map: ${JSON.stringify(small)}`);
  await selectEvent(page, reads[3]);
  await pickSmallMap(page);
  const absent = await lookupProbe(page);
  assert(absent.lines.join("|") === `g1 read m[b]: the small map's one group (no probe), key absent (no slot of the group holds it)` && absent.ends === 0, JSON.stringify(absent));
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("swiss view: a lookup's probe in screenshots at desktop and phone width, light and dark; axe-core finds no serious or critical violation", async () => {
  const found = [];
  for (const [name, width, height, scheme] of SCREENS) {
    const page = await openPage({ width, height, scheme, storage: LOOKUPS, bypassCSP: true }); // axe-core is injected
    await runAndWait(page);
    for (const [what, detail] of [["found", "m[20]"], ["missing", "m[1000] (missing)"]]) {
      await selectEvent(page, await page.evaluate((d) => window.maprace.state.run.events.findIndex((e) => e.kind === "map_read" && e.detail === d), detail));
      const seen = await page.evaluate(() => {
        const end = document.querySelector(".maps-body td.slot.probe-end").getBoundingClientRect();
        const body = document.querySelector(".maps-body").getBoundingClientRect();
        const r = (x) => [x.left, x.top, x.right, x.bottom].map(Math.round);
        return { in: end.top >= body.top - 1 && end.bottom <= body.bottom + 1 && end.left >= body.left - 1 && end.right <= body.right + 1 && end.width > 0, end: r(end), body: r(body) };
      });
      assert(seen.in, `${name} ${what}: the view scrolls the end slot into sight: ${JSON.stringify(seen)}`);
      await page.locator("#maps").screenshot({ path: path.join(ART, `swiss-${name}-lookup-${what}.png`) });
      for (const v of await axeViolations(page)) found.push(`${name} lookup ${what}: ${v}`);
    }
    await page.screenshot({ path: path.join(ART, `swiss-${name}-lookup-viewport.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert(!overflow, `${name}: no horizontal overflow`);
    assert(page.errors.length === 0, page.errors.join("\n"));
    await page.context().close();
  }
  assert(found.length === 0, [...new Set(found)].join("\n"));
});

test("map model: Go ≤ 1.23 (buckets) from the Options menu; its link reopens classic in a fresh context, a link without map opens swiss", async () => {
  const page = await openPage({ storage: GROWING(20) });
  await openMenu(page, "options-menu");
  const labels = await page.$$eval("#map-model option", (os) => os.map((o) => [o.value, o.textContent]));
  assert(JSON.stringify(labels) === JSON.stringify(CONTRACT.MAP_MODELS.map((m) => [m.name, m.describe])), `the core's labels: ${JSON.stringify(labels)}`);
  await page.selectOption("#map-model", "classic");
  await runAndWait(page);
  assert((await page.evaluate(() => window.maprace.state.runOpts.map)) === "classic", "the run used the classic map");
  assert((await page.locator(".maps-body table.buckets:not(.groups)").count()) >= 1, "the map view shows buckets");
  const { other, p2 } = await openAddressInFreshContext(page);
  const got = await p2.evaluate(() => ({ map: window.maprace.state.runOpts.map, model: window.maprace.state.mapModel, classic: !!window.maprace.state.run.maps[0].hmap, swiss: !!window.maprace.state.run.maps[0].swiss }));
  assert(got.map === "classic" && got.model === "classic" && got.classic && !got.swiss, JSON.stringify(got));
  assert((await p2.inputValue("#map-model")) === "classic", "the selector shows it");
  // A link of an older page: no `map` (and `map` as the index of the map shown) opens with the default, swiss.
  // Same document: the page opens it on hashchange, so wait for this open's mark, not the first one's.
  await p2.evaluate(() => delete document.body.dataset.linkOpened);
  await p2.goto(srv.url + "#" + fragmentOf({ code: GROWING(20), seed: 1, map: 0 }));
  await p2.waitForFunction(() => document.body.dataset.linkOpened === "1" && window.maprace.state.run, null, { timeout: 30000 });
  const old = await p2.evaluate(() => ({ map: window.maprace.state.runOpts.map, swiss: !!window.maprace.state.run.maps[0].swiss }));
  assert(old.map === "swiss" && old.swiss, JSON.stringify(old));
  await other.close();
  // An unknown model is refused, the user's code kept.
  const p3 = await openPage({ storage: "package main\n\nfunc main() {}\n" });
  await p3.goto(srv.url + "#" + fragmentOf({ code: GROWING(3), map: "hashtrie" }));
  await p3.waitForFunction(() => document.body.dataset.linkOpened === "0", null, { timeout: 30000 });
  assert((await p3.textContent("#outcome")).includes("map model is unknown"), await p3.textContent("#outcome"));
  assert(page.errors.length === 0, page.errors.join("\n"));
});

test("map model: <maprace-playground map=\"classic\"> runs the classic map", async () => {
  const dir = fs.mkdtempSync(path.join(ROOT, "tests/artifacts/host-"));
  const embedJs = new URL("embed.js", srv.url).href;
  fs.writeFileSync(path.join(dir, "classic.html"), `<!doctype html><title>classic</title><link rel="icon" href="data:,"><script type="module" src="${embedJs}"></script><maprace-playground map="classic" autorun><script type="text/go">\n${GROWING(12)}</script></maprace-playground><maprace-playground autorun><script type="text/go">\n${GROWING(12)}</script></maprace-playground>`);
  const host = await serve(dir);
  try {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(host.url + "classic.html");
    let frames = [];
    for (let i = 0; i < 100 && frames.length < 2; i++) {
      frames = p.frames().filter((f) => f.url().includes("embed=1"));
      if (frames.length < 2) await p.waitForTimeout(100);
    }
    assert(frames.length === 2, "both playground frames appear");
    const got = [];
    for (const f of frames) {
      await f.waitForFunction(() => document.body.dataset.ran === "1", null, { timeout: 30000 });
      got.push(await f.evaluate(() => ({ map: window.maprace.state.runOpts.map, hmap: !!window.maprace.state.run.maps[0].hmap })));
    }
    got.sort((a, b) => (a.map < b.map ? -1 : 1));
    assert(JSON.stringify(got) === JSON.stringify([{ map: "classic", hmap: true }, { map: "swiss", hmap: false }]), JSON.stringify(got));
    await ctx.close();
  } finally {
    host.close();
  }
});

test("swiss view: screenshots at desktop and phone width, light and dark; axe-core finds no serious or critical violation", async () => {
  const found = [];
  for (const [name, width, height, scheme] of SCREENS) {
    const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await page.evaluate((s) => localStorage.setItem("maprace.source.v1", s), GROWING(40));
    await page.reload();
    await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
    await runAndWait(page);
    // A write with its probe, a rehash under way, a range.
    await selectEvent(page, await findEvent(page, (e) => e.kind === "map_write" && e.detail === "m[20] = 20"));
    await page.waitForTimeout(200);
    await page.locator("#maps").screenshot({ path: path.join(ART, `swiss-${name}-write.png`) });
    for (const v of await axeViolations(page)) found.push(`${name} write: ${v}`);
    await selectEvent(page, await findEvent(page, (e) => e.kind === "map_evacuate" && e.detail.startsWith("rehash: group 1 of")));
    await page.waitForTimeout(200);
    await page.locator("#maps").screenshot({ path: path.join(ART, `swiss-${name}-rehash.png`) });
    await selectEvent(page, await findEvent(page, (e) => e.kind === "map_iter" && e.detail.startsWith("next")));
    await page.waitForTimeout(200);
    await page.locator("#maps").screenshot({ path: path.join(ART, `swiss-${name}-range.png`) });
    await page.screenshot({ path: path.join(ART, `swiss-${name}-viewport.png`) });
    for (const v of await axeViolations(page)) found.push(`${name} range: ${v}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert(!overflow, `${name}: no horizontal overflow`);
    await ctx.close();
  }
  assert(found.length === 0, [...new Set(found)].join("\n"));
});

let passed = 0,
  failed = 0;
// E2E_ONLY=regex runs the matching tests only (while working on one).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
for (const t of tests) {
  if (only && !only.test(t.name)) continue;
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
