// The page: wires the editor, run controls, output, timeline, map view,
// gallery and explore panel to one shared state and the worker.

import { createEditor } from "./editor.js";
import { Runner } from "./runner.js";
import { createOutput } from "./output.js";
import { createTimeline } from "./timeline.js";
import { createMapView } from "./mapview.js";
import { EXAMPLES } from "./gallery.js";
import { encodeState, decodeState } from "./share.js";
import { toTraceEvents, raceText, download, canvasPng } from "./export.js";
import { createExplorePanel } from "./explore.js";

const STORE_KEY = "maprace.source.v1";
const $ = (sel) => document.querySelector(sel);
const params = new URLSearchParams(location.search);
const EMBED = params.has("embed");
if (EMBED) document.body.classList.add("embed");
if (params.get("theme") === "dark" || params.get("theme") === "light") document.documentElement.dataset.theme = params.get("theme");

const state = {
  run: null, // last RunResult
  runOpts: null, // options of that run
  source: "",
};

const runner = new Runner();
window.maprace = { runner, state, toTraceEvents }; // for tests and benchmarks

const output = createOutput($("#output"), { onLine: (n) => editor.highlightLine(n) });
const mapview = createMapView($("#maps"), { onPick: () => updateLink() });
const timeline = createTimeline($("#timeline"), { onSelect: selectEvent });
window.maprace.timeline = timeline;

const saved = EMBED ? null : localStorage.getItem(STORE_KEY);
let loadingLink = false; // code placed from a link is not saved over the user's own until edited
const editor = createEditor($("#editor"), {
  doc: saved ?? EXAMPLES[0].code,
  onRun: () => runFromControls(),
  readOnly: params.has("readonly"),
  onChange: (text) => {
    if (!loadingLink && !EMBED) localStorage.setItem(STORE_KEY, text);
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
  keepSchedule(false);
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
  keepSchedule(false);
  run();
});
for (const id of ["#seed", "#strategy"]) $(id).addEventListener("change", () => keepSchedule(false));

// ---------- replaying a schedule on edited code ----------
// A schedule names goroutines and source lines, not step numbers, so the
// last run's schedule can be replayed after an edit; the output says where
// it stopped matching, if it did.
function keepSchedule(on) {
  $("#keep-schedule").checked = on;
}
function runFromControls() {
  const keep = $("#keep-schedule").checked && state.run?.schedule;
  return run(keep ? { schedule: state.run.schedule } : {});
}

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
  if (extra.step != null) {
    const i = result.events.findIndex((e) => e.step >= extra.step);
    if (i >= 0) timeline.select(i);
  }
  document.body.dataset.ran = "1";
  updateLink();
}

// ---------- share links ----------
let linkTimer = 0;
/** After every run (and selection) the address bar holds the link to what is on screen. */
function updateLink() {
  clearTimeout(linkTimer);
  linkTimer = setTimeout(async () => {
    if (!state.run || EMBED) return;
    lastHash = "#" + (await stateFragment());
    history.replaceState(null, "", lastHash);
  }, 150);
}

/** The fragment for what is on screen now (the last run, its selected step and map). */
async function stateFragment() {
  if (!state.run) return encodeState({ code: editor.text });
  const sel = timeline.selected >= 0 ? state.run.events[timeline.selected] : null;
  const o = state.runOpts;
  return encodeState({ code: state.source, seed: o.seed, strategy: o.strategy, maxSteps: o.maxSteps, race: o.race, schedule: state.run.schedule, ...(sel ? { step: sel.step } : {}), map: mapview.selectedIndex });
}
let lastHash = "";
// A link pasted into this tab's address bar opens like a fresh one.
window.addEventListener("hashchange", () => {
  if (location.hash.length > 1 && location.hash !== lastHash) openLink(location.hash).then((ok) => (document.body.dataset.linkOpened = ok ? "1" : "0"));
});

async function openLink(hash) {
  const { state: st, error } = await decodeState(hash);
  if (error) {
    $("#outcome").textContent = `This link could not be opened: ${error}. Your code is unchanged.`;
    $("#outcome").dataset.kind = "error";
    return false;
  }
  loadingLink = true;
  editor.text = st.code;
  loadingLink = false;
  if (st.seed != null) $("#seed").value = String(st.seed);
  if (st.strategy) $("#strategy").value = st.strategy;
  if (st.maxSteps) $("#max-steps").value = String(st.maxSteps);
  if (st.race != null) $("#race").checked = st.race;
  gallery.value = "";
  showExplanation(null);
  if (st.map != null) mapview.selectedIndex = st.map;
  keepSchedule(!!st.schedule);
  await run({ ...(st.schedule ? { schedule: st.schedule } : {}), step: st.step });
  return true;
}

$("#copy-link").addEventListener("click", async () => {
  clearTimeout(linkTimer);
  if (!state.run) await run();
  lastHash = "#" + (await stateFragment());
  history.replaceState(null, "", lastHash);
  try {
    await navigator.clipboard.writeText(location.href);
    flash("#copy-link", "copied");
  } catch {
    prompt("Copy this link:", location.href);
  }
});
$("#open-tab").addEventListener("click", async () => {
  const url = new URL(location.href);
  url.hash = await stateFragment();
  window.open(url.href, "_blank", "noopener");
});
$("#embed-btn").addEventListener("click", async () => {
  const dlg = $("#embed-dialog");
  const base = new URL("./", location.href).href;
  const frag = await stateFragment();
  $("#embed-iframe").value = `<iframe src="${base}index.html?embed=1#${frag}" title="maprace playground" style="width:100%;height:520px;border:1px solid #ccc;border-radius:8px"></iframe>`;
  const code = editor.text.replace(/<\/script/gi, "<\\/script");
  $("#embed-element").value = `<script type="module" src="${base}embed.js"></script>\n<maprace-playground seed="${$("#seed").value}" height="520">\n<script type="text/go">\n${code}</script>\n</maprace-playground>`;
  dlg.showModal();
});
$("#embed-close").addEventListener("click", () => $("#embed-dialog").close());
$("#full-link").addEventListener("click", (e) => {
  e.currentTarget.href = new URL("./index.html" + location.hash, location.href).href;
});

function flash(sel, text) {
  const b = $(sel);
  const old = b.textContent;
  b.textContent = text;
  setTimeout(() => (b.textContent = old), 1200);
}

// ---------- export ----------
$("#export").addEventListener("change", async (e) => {
  const what = e.target.value;
  e.target.value = "";
  const r = state.run;
  if (!r) return;
  if (what === "json") download("maprace-run.json", JSON.stringify(r, null, 1));
  if (what === "trace") download("maprace-trace.json", JSON.stringify(toTraceEvents(r)));
  if (what === "races") download("maprace-races.txt", raceText(r), "text/plain");
  if (what === "png") download("maprace-timeline.png", await canvasPng($("#timeline canvas")));
});

function setRunning(on) {
  $("#run").disabled = on;
  $("#stop").disabled = !on;
  document.body.dataset.running = on ? "1" : "";
}

$("#run").addEventListener("click", () => runFromControls());
$("#stop").addEventListener("click", () => {
  runner.stop();
  setRunning(false);
});

// ---------- stepping through events ----------
let inspectSeq = 0;
async function selectEvent(i, ev) {
  editor.highlightLine(ev.line);
  updateLink();
  $("#step-info").textContent = `step ${ev.step} · goroutine ${ev.g} · line ${ev.line} · ${ev.kind.replace("_", " ")}${ev.obj ? " " + ev.obj : ""}${ev.detail ? ": " + ev.detail : ""}`;
  // A race selected with the keyboard shows its whole report (the mouse gets it on hover).
  const race = ev.kind === "race" ? state.run.races.find((r) => r.current.step === ev.step && r.current.goroutine === ev.g) : null;
  $("#race-detail").hidden = !race;
  $("#race-detail").textContent = race ? race.report + "\n" + race.explanation : "";
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
const explorePanel = createExplorePanel($("#explore-results"), {
  getSource: () => editor.text,
  getOptions: () => ({ ...options(), strategy: $("#explore-strategy").value, preemptions: Number($("#explore-preemptions").value) || 0, granularity: $("#granularity").value }),
  onOpen: (schedule) => {
    keepSchedule(true);
    return run({ schedule });
  },
  onError: (r) => output.show(r),
});
// The bounded search takes K and a run limit instead of a number of runs.
$("#explore-strategy").addEventListener("change", () => {
  const bounded = $("#explore-strategy").value === "dfs";
  document.querySelector(".dfs-only").hidden = !bounded;
  $("#explore-runs-label").textContent = bounded ? "run limit" : "runs";
  if (bounded && Number($("#explore-runs").value) < 5000) $("#explore-runs").value = "20000";
  if (!bounded && Number($("#explore-runs").value) > 5000) $("#explore-runs").value = "200";
});
$("#explore").addEventListener("click", async () => {
  const r = await explorePanel.explore(Number($("#explore-runs").value) || 200);
  if (r) window.maprace.lastExplore = r;
});

// ---------- start ----------
const startEx = EXAMPLES.find((e) => e.code === editor.text);
if (startEx) gallery.value = startEx.id;
showExplanation(startEx);
runner.loaded.then(async () => {
  document.body.dataset.ready = "1";
  if (location.hash.length > 1) {
    const opened = await openLink(location.hash);
    document.body.dataset.linkOpened = opened ? "1" : "0";
  } else if (params.has("autorun")) {
    run();
  }
  scheduleCheck();
});
