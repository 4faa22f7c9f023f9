// The page's state in one place. Everything the page shows or remembers is a
// field of one object; the controls, the URL fragment and localStorage are
// derived from it, never read back as a second source of truth:
//
//   user acts ─▶ store.set(patch) ─▶ subscribers render controls, editor,
//                                     address bar, and save the draft
//
// What the editor shows has an origin: the user's own code ("mine"), a
// gallery example ("example:<id>"), or the code of a link someone sent
// ("link"). The user's own code is kept apart in `mine`, so choosing an
// example or opening a link never destroys it, and "— your code —" brings
// it back; typing makes the editor's text the user's own again.
//
// Reload rule. The address bar holds the fragment of the last run (and its
// selected step); the draft in localStorage remembers which fragment it was
// written under (`hash`). On load:
//   * fragment == draft.hash: this is the user's own page reloaded; the draft
//     is newer than the fragment (edits made after the run), so the editor
//     shows the draft, and the fragment's run is shown beside it;
//   * another fragment: a link from someone (or an older link): its code is
//     shown, the user's own code stays in `mine`;
//   * no fragment: the draft.

import { DEFAULT_STRATEGY, DEFAULT_MAP_MODEL, LIMITS } from "./contract.js";

export const STORE_KEY = "maprace.page.v2";
const LEGACY_KEY = "maprace.source.v1"; // the code only, as earlier versions saved it

// Every default is the core's (www/contract.js is generated from options.rs).
// mapModel: which Go's map ("swiss": Go 1.24+, "classic": Go ≤ 1.23), the core's `map` option.
export const DEFAULT_OPTIONS = {
  seed: LIMITS.seed.default,
  strategy: DEFAULT_STRATEGY,
  maxSteps: LIMITS.maxSteps.default,
  race: true,
  gomaxprocs: LIMITS.gomaxprocs.default,
  maxMemory: LIMITS.maxMemory.default,
  mapModel: DEFAULT_MAP_MODEL,
};

/** A fresh state: nothing run, nothing selected. */
export function initialState() {
  return {
    code: "", // the editor's text
    origin: "mine", // "mine" | "example:<id>" | "link"
    mine: null, // the user's own code, kept while an example or a link is shown
    ...DEFAULT_OPTIONS,
    keepSchedule: false, // Run replays the last run's schedule
    run: null, // the last RunResult shown
    runOpts: null, // the options of that run, with its schedule
    runSource: "", // the code of that run (the editor may have moved on)
    selected: -1, // index of the selected event in run.events
    shownMap: 0, // index of the map shown in the map view
    hash: "", // the fragment the address bar holds (written by this page)
    saveError: "", // why the draft could not be saved, if it could not
  };
}

/** A tiny store: `set` merges a patch and tells every subscriber which keys changed. */
export function createStore(initial = initialState()) {
  const state = { ...initial };
  const subs = [];
  return {
    state,
    get: () => state,
    set(patch) {
      const changed = new Set();
      for (const [k, v] of Object.entries(patch)) {
        if (state[k] !== v) {
          state[k] = v;
          changed.add(k);
        }
      }
      if (changed.size) for (const fn of subs) fn(state, changed);
      return changed;
    },
    subscribe(fn) {
      subs.push(fn);
    },
  };
}

/** The options a run uses, from the state. */
export function runOptions(s) {
  return { seed: s.seed, strategy: s.strategy, maxSteps: s.maxSteps, race: s.race, gomaxprocs: s.gomaxprocs, maxMemory: s.maxMemory, map: s.mapModel };
}

// ---------- localStorage ----------

/** The saved draft, or null. Never throws (storage may be disabled). */
export function loadDraft(storage = globalThis.localStorage) {
  try {
    const legacy = storage.getItem(LEGACY_KEY);
    if (legacy != null) {
      // Written by an older page (or a test): it is newer than any v2 draft.
      return { code: legacy, origin: "mine", mine: legacy, hash: "" };
    }
    const raw = storage.getItem(STORE_KEY);
    if (!raw) return null;
    const d = JSON.parse(raw);
    if (!d || typeof d !== "object" || typeof d.code !== "string") return null;
    const mine = d.mine === true ? d.code : typeof d.mine === "string" ? d.mine : null;
    return {
      code: d.code,
      origin: typeof d.origin === "string" ? d.origin : "mine",
      mine,
      hash: typeof d.hash === "string" ? d.hash : "",
      opts: d.opts && typeof d.opts === "object" ? d.opts : null,
    };
  } catch {
    return null;
  }
}

/** Saves the draft; returns "" or the reason it could not be saved. */
export function saveDraft(s, storage = globalThis.localStorage) {
  // The user's code is stored once when the editor shows it.
  const mine = s.origin === "mine" && s.mine === s.code ? true : s.mine;
  const json = JSON.stringify({ v: 2, code: s.code, origin: s.origin, mine, hash: s.hash, opts: { ...runOptions(s), keepSchedule: s.keepSchedule } });
  try {
    storage.setItem(STORE_KEY, json);
    storage.removeItem(LEGACY_KEY);
    return "";
  } catch (e) {
    const kb = Math.ceil((json.length * 2) / 1024);
    if (e && (e.name === "QuotaExceededError" || e.code === 22)) {
      return `Not saved: this browser's storage quota for the page is used up (your code needs ${kb.toLocaleString()} KB) — a reload would lose it. Copy it, or use Copy link.`;
    }
    return "Not saved: this browser does not let the page store your code — a reload would lose it.";
  }
}
