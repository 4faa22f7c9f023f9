// The page: creates the one state store (state.js) and the parts that view
// and change it — editor, toolbar (toolbar.js), output, timeline, inspector
// and map view (inspector.js, mapview.js), sharing (shareui.js), explore —
// and holds what ties them together: running a program, opening a link,
// saving the draft, and the start-up rule for which code the editor shows.

import { LIMITS, MAP_MODELS } from "./contract.js";
import { createEditor } from "./editor.js";
import { Runner } from "./runner.js";
import { createOutput } from "./output.js";
import { createTimeline } from "./timeline.js";
import { createMapView } from "./mapview.js";
import { EXAMPLES } from "./gallery.js";
import { decodeState } from "./share.js";
import { toTraceEvents, raceText, download, canvasPng } from "./export.js";
import { createExplorePanel } from "./explore.js";
import { createStore, initialState, loadDraft, saveDraft, runOptions, DEFAULT_OPTIONS } from "./state.js";
import { createToolbar } from "./toolbar.js";
import { createShareUI } from "./shareui.js";
import { createInspector } from "./inspector.js";

const EMPTY_PROGRAM = "package main\n\nfunc main() {\n}\n";
const $ = (sel) => document.querySelector(sel);
const params = new URLSearchParams(location.search);
const EMBED = params.has("embed");
if (EMBED) document.body.classList.add("embed");
if (params.get("theme") === "dark" || params.get("theme") === "light") document.documentElement.dataset.theme = params.get("theme");

const exampleById = (id) => EXAMPLES.find((e) => e.id === id);
const exampleOf = (origin) => (origin.startsWith("example:") ? exampleById(origin.slice(8)) : null);

// ---------- the state, and where it starts ----------
const store = createStore(initialState());
const s = store.state;
const draft = EMBED ? null : loadDraft();
if (draft) {
  const origin = draft.origin === "link" || draft.origin === "mine" || exampleOf(draft.origin) ? draft.origin : "mine";
  store.set({ code: draft.code, origin, mine: draft.mine, hash: draft.hash, ...cleanOptions(draft.opts || {}) });
} else {
  store.set({ code: EXAMPLES[0].code, origin: "example:" + EXAMPLES[0].id });
}

/** Options from a draft or a link, each checked, defaults for the missing ones. */
function cleanOptions(o) {
  const strategies = [...$("#strategy").options].map((x) => x.value);
  return {
    seed: Number.isSafeInteger(o.seed) && o.seed >= 0 ? o.seed : DEFAULT_OPTIONS.seed,
    strategy: strategies.includes(o.strategy) ? o.strategy : DEFAULT_OPTIONS.strategy,
    maxSteps: Number.isSafeInteger(o.maxSteps) && o.maxSteps > 0 ? o.maxSteps : DEFAULT_OPTIONS.maxSteps,
    race: typeof o.race === "boolean" ? o.race : DEFAULT_OPTIONS.race,
    gomaxprocs: Number.isSafeInteger(o.gomaxprocs) && o.gomaxprocs >= LIMITS.gomaxprocs.min && o.gomaxprocs <= LIMITS.gomaxprocs.max ? o.gomaxprocs : DEFAULT_OPTIONS.gomaxprocs,
    maxMemory: Number.isSafeInteger(o.maxMemory) && o.maxMemory >= LIMITS.maxMemory.min && o.maxMemory <= LIMITS.maxMemory.max ? o.maxMemory : DEFAULT_OPTIONS.maxMemory,
    mapModel: MAP_MODELS.some((m) => m.name === o.map) ? o.map : DEFAULT_OPTIONS.mapModel, // the core's `map` option
    ...(typeof o.keepSchedule === "boolean" ? { keepSchedule: o.keepSchedule } : {}),
  };
}

const runner = new Runner();
window.maprace = { runner, state: s, store, toTraceEvents }; // for tests and benchmarks

// ---------- the parts ----------
let settingText = false; // the editor's text is being replaced by the page, not typed
const editor = createEditor($("#editor"), {
  doc: s.code,
  onRun: () => runFromControls(),
  onFormat: () => formatCode(),
  readOnly: params.has("readonly"),
  onChange: (text) => {
    // Typing makes the editor's text the user's own code.
    store.set(settingText ? { code: text } : { code: text, origin: "mine", mine: text });
    scheduleCheck();
  },
});
window.maprace.editor = editor; // for tests: a paste of a large program
function setCode(text, origin) {
  settingText = true;
  editor.text = text;
  settingText = false;
  store.set({ code: text, origin });
}

const output = createOutput($("#output"), { onLine: (n) => editor.highlightLine(n) });
const mapview = createMapView($("#maps"), { onPick: (i) => store.set({ shownMap: i }), onView: () => inspector.refresh() });
window.maprace.mapview = mapview; // for tests and benchmarks: its render times
const inspector = createInspector(store, { runner, editor, mapview, el: { stepInfo: $("#step-info"), raceDetail: $("#race-detail") } });
const timeline = createTimeline($("#timeline"), { onSelect: (i) => inspector.select(i) });
window.maprace.timeline = timeline;
const share = createShareUI(store, { embed: EMBED });
const toolbar = createToolbar(store, {
  onRun: () => runFromControls(),
  onStop: () => {
    runner.stop();
    toolbar.setRunning(false);
  },
  onNewSeed: () => {
    store.set({ seed: Math.floor(Math.random() * 1e9), keepSchedule: false });
    run();
  },
  onPick: (v) => {
    if (v === "") return setCode(s.mine ?? EMPTY_PROGRAM, "mine"); // the user's own code, as they left it
    const ex = exampleById(v);
    if (!ex) return;
    setCode(ex.code, "example:" + ex.id); // s.mine is kept
    exploreSettingsOf(ex);
    store.set({ keepSchedule: false });
    run();
  },
});

/** Explore's controls as an example wants them (see gallery.js), or the defaults. */
function exploreSettingsOf(ex) {
  $("#granularity").value = ex?.explore?.granularity || "instruction";
}
exploreSettingsOf(exampleOf(s.origin));

// ---------- derived views: the explanation, the saved draft ----------
function showExplanation() {
  const ex = exampleOf(s.origin);
  const box = $("#explain");
  box.hidden = !ex;
  if (!ex) return;
  box.querySelector("h3").textContent = ex.title;
  box.querySelector(".verdict").textContent = "Real Go: " + ex.verdict;
  box.querySelector(".text").textContent = ex.text;
}
function showSaveStatus() {
  const el = $("#save-status");
  el.hidden = !s.saveError;
  el.textContent = s.saveError;
}
const SAVED = ["code", "origin", "mine", "hash", "seed", "strategy", "maxSteps", "race", "gomaxprocs", "maxMemory", "mapModel", "keepSchedule"];
store.subscribe((st, changed) => {
  if (changed.has("origin")) showExplanation();
  if (changed.has("saveError")) showSaveStatus();
  if (!EMBED && SAVED.some((k) => changed.has(k))) store.set({ saveError: saveDraft(st) });
});
showExplanation();
if (!EMBED) store.set({ saveError: saveDraft(s) });

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

// ---------- run ----------
// A schedule names goroutines and source lines, not step numbers, so with
// "replay schedule" on, Run replays the last run's schedule on edited code;
// the output says where it stopped matching, if it did.
function runFromControls() {
  const keep = s.keepSchedule && s.run?.schedule;
  return run(keep ? { schedule: s.run.schedule } : {});
}

/** Runs `code` (the editor's by default) with the state's options and `extra` ones. */
async function run(extra = {}, code = s.code, step = null) {
  const opts = { ...runOptions(s), ...extra };
  toolbar.setRunning(true);
  output.running();
  const result = await runner.call("run", code, opts);
  toolbar.setRunning(false);
  output.show(result);
  outcomeInView();
  if (result.diagnostics) {
    editor.showDiagnostics(result.diagnostics);
    timeline.show(null);
    inspector.reset(null);
    return;
  }
  editor.showDiagnostics([]);
  if (result.stopped || result.error) return;
  store.set({ run: result, runOpts: { ...opts, schedule: result.schedule }, runSource: code, selected: -1 });
  timeline.show(result);
  inspector.reset(result);
  if (result.fail_line && code === s.code) editor.highlightLine(result.fail_line);
  if (step != null) {
    const i = result.events.findIndex((e) => e.step >= step);
    if (i >= 0) timeline.select(i);
  }
  document.body.dataset.ran = "1";
}

/** After a Run the outcome is in view (on a phone it may be below the editor). */
function outcomeInView() {
  if (EMBED) return;
  const r = $("#outcome").getBoundingClientRect();
  const top = $(".bar").getBoundingClientRect().bottom;
  if (r.top < Math.max(0, top) || r.bottom > window.innerHeight) $(".outcome-row").scrollIntoView({ block: "nearest" });
}

// ---------- format ----------
/** The core's formatter (gofmt's output), when this build has it. */
async function formatCode() {
  if (!runner.caps?.format || params.has("readonly")) return;
  const src = editor.text;
  const r = await runner.call("format", src); // {ok: true, text} | {ok: false, error, diagnostics}
  if (editor.text !== src) return; // typed meanwhile: keep the typing
  if (r && r.ok && typeof r.text === "string") {
    editor.showDiagnostics([]);
    if (r.text !== src) editor.replaceAll(r.text);
  } else if (r && r.diagnostics) {
    editor.showDiagnostics(r.diagnostics); // the text is left as it was
    output.show({ diagnostics: r.diagnostics });
  } else if (r && r.error) output.show({ error: r.error });
}
$("#format").addEventListener("click", () => formatCode());

// ---------- menus, keyboard help ----------
const menus = [...document.querySelectorAll("details.menu")];
document.addEventListener("click", (e) => {
  for (const m of menus) if (m.open && !m.contains(e.target)) m.open = false;
});
for (const m of menus) {
  m.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && m.open) {
      m.open = false;
      m.querySelector("summary").focus();
    }
  });
  // An open menu stays inside the viewport: near an edge it shifts along the toolbar.
  m.addEventListener("toggle", () => {
    const body = m.querySelector(".menu-body");
    body.style.left = body.style.right = "";
    if (!m.open) return;
    const r = body.getBoundingClientRect();
    const over = r.right - (document.documentElement.clientWidth - 6);
    const shift = r.left - Math.max(over, 0) < 6 ? 6 - r.left : -Math.max(over, 0);
    if (shift) {
      body.style.right = "auto";
      body.style.left = `${r.left + shift - m.getBoundingClientRect().left - m.clientLeft}px`;
    }
  });
  // An action taken closes the menu (a field being edited keeps it open).
  for (const b of m.querySelectorAll(".menu-body button")) b.addEventListener("click", () => (m.open = false));
}
const help = $("#help-dialog");
const openHelp = () => !help.open && help.showModal();
$("#help-btn").addEventListener("click", openHelp);
$("#timeline .help-link").addEventListener("click", openHelp);
$("#help-close").addEventListener("click", () => help.close());
document.addEventListener("keydown", (e) => {
  const t = e.target;
  const typing = t.closest?.(".cm-editor") || t.matches?.("input, select, textarea");
  if (e.key === "?" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && !EMBED) {
    e.preventDefault();
    openHelp();
  }
  if ((e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === "F" || e.key === "f") && !t.closest?.(".cm-editor")) {
    e.preventDefault();
    formatCode();
  }
});

// ---------- opening a link ----------
/** Opens a fragment. `own`: the user's page reloaded — the editor keeps the
 *  (newer) draft and its options, the link's run is shown beside it. */
async function openLink(hash, own = false) {
  const { state: st, error } = await decodeState(hash);
  if (error) {
    $("#outcome").textContent = `This link could not be opened: ${error}. Your code is unchanged.`;
    $("#outcome").dataset.kind = "error";
    return false;
  }
  share.cancelPending();
  const linkOpts = cleanOptions(st);
  if (!own) {
    const ex = EXAMPLES.find((e) => e.code === st.code);
    setCode(st.code, ex ? "example:" + ex.id : "link"); // the user's own code stays in s.mine
    store.set({ ...linkOpts, keepSchedule: !!st.schedule });
  }
  store.set({ shownMap: st.shownMap ?? 0 });
  mapview.selectedIndex = st.shownMap ?? 0;
  const { seed, strategy, maxSteps, race, gomaxprocs, maxMemory, mapModel } = linkOpts;
  await run({ seed, strategy, maxSteps, race, gomaxprocs, maxMemory, map: mapModel, ...(st.schedule ? { schedule: st.schedule } : {}) }, st.code, st.step);
  return true;
}
// A link pasted into this tab's address bar opens like a fresh one.
window.addEventListener("hashchange", () => {
  if (location.hash.length > 1 && location.hash !== s.hash) openLink(location.hash).then((ok) => (document.body.dataset.linkOpened = ok ? "1" : "0"));
});

// ---------- export ----------
$("#export").addEventListener("change", async (e) => {
  const what = e.target.value;
  e.target.value = "";
  const r = s.run;
  if (!r) return;
  if (what === "json") download("maprace-run.json", JSON.stringify(r, null, 1));
  if (what === "trace") download("maprace-trace.json", JSON.stringify(toTraceEvents(r)));
  if (what === "races") download("maprace-races.txt", raceText(r), "text/plain");
  if (what === "png") download("maprace-timeline.png", await canvasPng($("#timeline canvas")));
});

// ---------- explore ----------
const explorePanel = createExplorePanel($("#explore-results"), {
  getSource: () => s.code,
  getOptions: () => ({ ...runOptions(s), strategy: $("#explore-strategy").value, preemptions: Number($("#explore-preemptions").value) || 0, granularity: $("#granularity").value }),
  onOpen: (schedule) => {
    store.set({ keepSchedule: true });
    return run({ schedule });
  },
  onError: (r) => output.show(r),
  runOne: (src, opts) => runner.call("run", src, opts),
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
runner.loaded.then(async () => {
  document.body.dataset.ready = "1";
  const canFormat = !!runner.caps?.format && !params.has("readonly");
  $("#format").disabled = !canFormat;
  $("#format").title = canFormat ? "Format the code as gofmt does (Ctrl/Cmd+Shift+F)" : "Format: this build of the core has no formatter yet";
  const hash = location.hash.length > 1 ? location.hash : "";
  if (hash) {
    const own = !!draft && draft.hash === hash;
    const opened = await openLink(hash, own);
    document.body.dataset.linkOpened = opened ? "1" : "0";
  } else if (params.has("autorun")) {
    await run();
  } else {
    output.ready();
  }
  scheduleCheck();
});
