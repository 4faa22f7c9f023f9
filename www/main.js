// The page: wires the editor, run controls, output, timeline, map view,
// gallery and explore panel to one shared state and the worker.

import { createEditor } from "./editor.js";
import { Runner } from "./runner.js";
import { createOutput } from "./output.js";
import { createTimeline } from "./timeline.js";
import { createMapView } from "./mapview.js";
import { EXAMPLES } from "./gallery.js";

const STORE_KEY = "maprace.source.v1";
const $ = (sel) => document.querySelector(sel);

const state = {
  run: null, // last RunResult
  runOpts: null, // options of that run
  source: "",
};

const runner = new Runner();
window.maprace = { runner, state }; // for tests and benchmarks

const output = createOutput($("#output"), { onLine: (n) => editor.highlightLine(n) });
const mapview = createMapView($("#maps"));
const timeline = createTimeline($("#timeline"), { onSelect: selectEvent });
window.maprace.timeline = timeline;

const saved = localStorage.getItem(STORE_KEY);
const editor = createEditor($("#editor"), {
  doc: saved ?? EXAMPLES[0].code,
  onRun: run,
  onChange: (text) => {
    localStorage.setItem(STORE_KEY, text);
    scheduleCheck();
  },
});

// ---------- gallery ----------
const gallery = $("#gallery");
for (const ex of EXAMPLES) {
  const o = document.createElement("option");
  o.value = ex.id;
  o.textContent = ex.title;
  gallery.append(o);
}
gallery.addEventListener("change", () => {
  const ex = EXAMPLES.find((e) => e.id === gallery.value);
  if (!ex) return;
  editor.text = ex.code;
  showExplanation(ex);
  run();
});
function showExplanation(ex) {
  const box = $("#explain");
  box.hidden = !ex;
  if (!ex) return;
  box.querySelector("h3").textContent = ex.title;
  box.querySelector(".verdict").textContent = "Real Go: " + ex.verdict;
  box.querySelector(".text").textContent = ex.text;
}

// ---------- options ----------
function options() {
  return {
    seed: Number($("#seed").value) || 0,
    strategy: $("#strategy").value,
    maxSteps: Number($("#max-steps").value) || 5000000,
    race: $("#race").checked,
  };
}
$("#new-seed").addEventListener("click", () => {
  $("#seed").value = String(Math.floor(Math.random() * 1e9));
  run();
});

// ---------- check as you type ----------
let checkTimer = 0;
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(async () => {
    if (runner.busy) return;
    const diags = await runner.call("check", editor.text);
    if (Array.isArray(diags)) editor.showDiagnostics(diags);
  }, 400);
}

// ---------- run / stop ----------
async function run(extra = {}) {
  const src = editor.text;
  const opts = { ...options(), ...extra };
  setRunning(true);
  output.running();
  const result = await runner.call("run", src, opts);
  setRunning(false);
  output.show(result);
  if (result.diagnostics) {
    editor.showDiagnostics(result.diagnostics);
    timeline.show(null);
    mapview.show([], [], null);
    return;
  }
  editor.showDiagnostics([]);
  if (result.stopped || result.error) return;
  state.run = result;
  state.runOpts = { ...opts, schedule: result.schedule };
  state.source = src;
  timeline.show(result);
  mapview.show(result.maps, [], null);
  if (result.fail_line) editor.highlightLine(result.fail_line);
  document.body.dataset.ran = "1";
}

function setRunning(on) {
  $("#run").disabled = on;
  $("#stop").disabled = !on;
  document.body.dataset.running = on ? "1" : "";
}

$("#run").addEventListener("click", () => run());
$("#stop").addEventListener("click", () => {
  runner.stop();
  setRunning(false);
});

// ---------- stepping through events ----------
let inspectSeq = 0;
async function selectEvent(i, ev) {
  editor.highlightLine(ev.line);
  $("#step-info").textContent = `step ${ev.step} · goroutine ${ev.g} · line ${ev.line} · ${ev.kind.replace("_", " ")}${ev.obj ? " " + ev.obj : ""}${ev.detail ? ": " + ev.detail : ""}`;
  const seq = ++inspectSeq;
  const prevStep = i > 0 ? state.run.events[i - 1].step : 0;
  const opts = state.runOpts;
  const [now, before] = await Promise.all([
    runner.call("inspect", state.source, opts, ev.step),
    runner.call("inspect", state.source, opts, Math.max(0, prevStep)),
  ]);
  if (seq !== inspectSeq) return;
  if (Array.isArray(now)) mapview.show(now, Array.isArray(before) ? before : [], ev.step);
}

// ---------- explore ----------
$("#explore").addEventListener("click", async () => {
  const runs = Number($("#explore-runs").value) || 200;
  const panel = $("#explore-results");
  panel.hidden = false;
  panel.querySelector("tbody").replaceChildren();
  panel.querySelector(".summary").textContent = `exploring ${runs} schedules…`;
  setRunning(true);
  const t0 = performance.now();
  // Exploration needs varied schedules: the go-like strategy would repeat one.
  const strategy = options().strategy === "go" ? "random" : options().strategy;
  const r = await runner.call("explore", editor.text, { ...options(), strategy, runs });
  setRunning(false);
  if (r.stopped) {
    panel.querySelector(".summary").textContent = "stopped";
    return;
  }
  if (r.diagnostics || r.error) {
    output.show(r);
    panel.hidden = true;
    return;
  }
  const secs = (performance.now() - t0) / 1000;
  panel.querySelector(".summary").textContent = `${r.runs} runs in ${secs.toFixed(1)} s (${Math.round(r.runs / secs)} runs/s) · race detector flagged ${r.race_runs} of ${r.runs} · ${Object.keys(r.outputs).length} distinct output${Object.keys(r.outputs).length > 1 ? "s" : ""}`;
  const tbody = panel.querySelector("tbody");
  for (const [outcome, n] of Object.entries(r.outcomes).sort((a, b) => b[1] - a[1])) {
    const tr = document.createElement("tr");
    const pct = (100 * n) / r.runs;
    const bar = document.createElement("span");
    bar.className = "pct-bar";
    bar.style.width = Math.max(1, pct) + "%";
    const btn = document.createElement("button");
    btn.textContent = "open";
    btn.setAttribute("aria-label", `open the shortest schedule ending in ${outcome}`);
    btn.addEventListener("click", () => run({ schedule: r.schedules[outcome] }));
    const cells = [outcome, `${n} (${pct.toFixed(1)}%)`];
    for (const c of cells) {
      const td = document.createElement("td");
      td.textContent = c;
      tr.append(td);
    }
    const tdBar = document.createElement("td");
    tdBar.append(bar);
    const tdBtn = document.createElement("td");
    tdBtn.append(btn);
    tr.append(tdBar, tdBtn);
    tbody.append(tr);
  }
});

// ---------- start ----------
const startEx = EXAMPLES.find((e) => e.code === editor.text);
if (startEx) gallery.value = startEx.id;
showExplanation(startEx);
runner.loaded.then(() => {
  document.body.dataset.ready = "1";
  scheduleCheck();
});
