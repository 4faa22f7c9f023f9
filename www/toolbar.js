// The toolbar: the example picker, Run / Stop, seed, strategy, and in the
// Options menu GOMAXPROCS, step limit, memory, the Go version (which map
// model: its choices and labels come from the core), race detector and
// "replay schedule". Each control writes its value into
// the store when the user changes it, and is redrawn from the store when the
// state changes by other means (a link opened, an explored schedule, a
// reload) — the DOM inputs are a view of the state, not a second copy.
//
// The example picker commits on a deliberate choice only: a pick with the
// mouse, or Enter after moving with the arrow keys. Arrowing through the
// closed list (which changes a native <select>'s value at once) only
// previews the title; leaving the list without Enter puts it back.

import { EXAMPLES } from "./gallery.js";
import { LIMITS, MAP_MODELS } from "./contract.js";

const $ = (sel) => document.querySelector(sel);
const NAV_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Home", "End"]);

/** The <select> value that shows an origin. */
export function galleryValue(origin) {
  if (origin.startsWith("example:")) return origin.slice(8);
  return origin === "link" ? "link" : "";
}

export function createToolbar(store, { onRun, onStop, onNewSeed, onPick }) {
  const s = store.state;
  const seed = $("#seed");
  const strategy = $("#strategy");
  const maxSteps = $("#max-steps");
  const race = $("#race");
  const procs = $("#gomaxprocs");
  const procsOf = () => Math.min(64, Math.max(1, Math.floor(Number(procs.value)) || 2));
  // The budget in MiB on the page, in bytes in the state (the core's unit).
  const memory = $("#max-memory");
  const memoryOf = () => Math.min(LIMITS.maxMemory.max, Math.max(LIMITS.maxMemory.min, (Math.floor(Number(memory.value)) || 256) * 1048576));
  const keep = $("#keep-schedule");
  const mapModel = $("#map-model");
  for (const m of MAP_MODELS) mapModel.append(Object.assign(document.createElement("option"), { value: m.name, textContent: m.describe }));
  const gallery = $("#gallery");

  // ---------- options ----------
  seed.addEventListener("change", () => store.set({ seed: Math.max(0, Math.floor(Number(seed.value))) || 0, keepSchedule: false }));
  strategy.addEventListener("change", () => store.set({ strategy: strategy.value, keepSchedule: false }));
  maxSteps.addEventListener("change", () => store.set({ maxSteps: Math.floor(Number(maxSteps.value)) || LIMITS.maxSteps.default }));
  race.addEventListener("change", () => store.set({ race: race.checked }));
  procs.addEventListener("change", () => store.set({ gomaxprocs: procsOf(), keepSchedule: false }));
  procs.addEventListener("input", () => procs.value !== "" && store.set({ gomaxprocs: procsOf() }));
  memory.addEventListener("change", () => store.set({ maxMemory: memoryOf() }));
  memory.addEventListener("input", () => memory.value !== "" && store.set({ maxMemory: memoryOf() }));
  keep.addEventListener("change", () => store.set({ keepSchedule: keep.checked }));
  mapModel.addEventListener("change", () => store.set({ mapModel: mapModel.value, keepSchedule: false }));
  // Typed values count before the change event (a Run straight after typing a seed).
  seed.addEventListener("input", () => seed.value !== "" && store.set({ seed: Math.max(0, Math.floor(Number(seed.value))) || 0 }));
  maxSteps.addEventListener("input", () => maxSteps.value !== "" && store.set({ maxSteps: Math.floor(Number(maxSteps.value)) || LIMITS.maxSteps.default }));
  $("#new-seed").addEventListener("click", () => onNewSeed());
  $("#run").addEventListener("click", () => onRun());
  $("#stop").addEventListener("click", () => onStop());

  // ---------- the example picker ----------
  for (const ex of EXAMPLES) {
    const o = document.createElement("option");
    o.value = ex.id;
    o.textContent = ex.title;
    gallery.append(o);
  }
  const linkOption = document.createElement("option");
  linkOption.value = "link";
  linkOption.textContent = "— code from a link —";
  linkOption.hidden = true;
  gallery.append(linkOption);

  let viaKeys = false; // the last value change came from arrow keys: wait for Enter
  gallery.addEventListener("keydown", (e) => {
    // Space and Alt+↓ open the list's popup, where a choice is a commit.
    if (e.key === " " || (e.altKey && e.key === "ArrowDown")) viaKeys = false;
    else if (NAV_KEYS.has(e.key) || e.key.length === 1) viaKeys = true;
    if (e.key === "Enter") {
      e.preventDefault();
      viaKeys = false;
      commit();
    }
  });
  gallery.addEventListener("pointerdown", () => (viaKeys = false));
  gallery.addEventListener("change", () => {
    if (viaKeys) {
      gallery.title = "Press Enter to open this example";
      return;
    }
    commit();
  });
  gallery.addEventListener("blur", () => {
    viaKeys = false;
    gallery.title = "";
    gallery.value = galleryValue(s.origin); // an uncommitted choice is dropped
  });
  function commit() {
    gallery.title = "";
    onPick(gallery.value); // the example already shown is run again; "— your code —" brings it back
  }

  // ---------- state → controls ----------
  function render(st) {
    if (document.activeElement !== seed || Number(seed.value) !== st.seed) seed.value = String(st.seed);
    strategy.value = st.strategy;
    if (document.activeElement !== maxSteps || Number(maxSteps.value) !== st.maxSteps) maxSteps.value = String(st.maxSteps);
    race.checked = st.race;
    if (document.activeElement !== procs || Number(procs.value) !== st.gomaxprocs) procs.value = String(st.gomaxprocs);
    if (document.activeElement !== memory || Number(memory.value) * 1048576 !== st.maxMemory) memory.value = String(Math.round(st.maxMemory / 1048576));
    keep.checked = st.keepSchedule;
    mapModel.value = st.mapModel;
    linkOption.hidden = st.origin !== "link";
    if (!viaKeys) gallery.value = galleryValue(st.origin);
  }
  store.subscribe((st, changed) => {
    for (const k of ["seed", "strategy", "maxSteps", "race", "gomaxprocs", "maxMemory", "mapModel", "keepSchedule", "origin"]) {
      if (changed.has(k)) return render(st);
    }
  });
  render(s);

  return {
    setRunning(on) {
      $("#run").disabled = on;
      $("#stop").disabled = !on;
      document.body.dataset.running = on ? "1" : "";
    },
  };
}
