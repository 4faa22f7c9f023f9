// Sharing from the page: the address bar, Copy link, Open in new tab, the
// Embed dialog and the embed's "Open in the full playground" link. The
// fragment codec itself is share.js; this module decides WHAT goes in it.
//
// Two fragments, both derived from the state:
//   * the address bar holds what is on screen — the last run, its schedule,
//     the selected step and the map shown — so a reload reopens that run;
//   * Copy link, Open in new tab and the embed snippet carry the EDITOR's
//     code: when it is still the code of the last run (and the options have
//     not changed) that is the same full fragment; after an edit not yet run
//     it is the new code with the current options (no schedule, which
//     belonged to other code), so the link opens to the run the recipient
//     would get by pressing Run.

import { encodeState, embedSnippet, EMBED_HEIGHT } from "./share.js";
import { runOptions } from "./state.js";

const $ = (sel) => document.querySelector(sel);

/** The fragment of the run on screen (without `#`), or null before any run. */
export function runFragment(s) {
  if (!s.run) return null;
  const o = s.runOpts;
  const sel = s.selected >= 0 ? s.run.events[s.selected] : null;
  return encodeState({
    code: s.runSource,
    seed: o.seed,
    strategy: o.strategy,
    maxSteps: o.maxSteps,
    race: o.race,
    gomaxprocs: o.gomaxprocs,
    maxMemory: o.maxMemory,
    ...(s.run.schedule ? { schedule: s.run.schedule } : {}),
    ...(sel ? { step: sel.step } : {}),
    map: o.map,
    shownMap: s.shownMap,
  });
}

/** Whether the editor still shows the last run (same code, same options). */
export function editorIsRun(s) {
  if (!s.run || s.code !== s.runSource) return false;
  const a = runOptions(s),
    b = s.runOpts;
  return a.seed === b.seed && a.strategy === b.strategy && a.maxSteps === b.maxSteps && a.race === b.race && a.gomaxprocs === b.gomaxprocs && a.maxMemory === b.maxMemory && a.map === b.map;
}

/** The fragment for the editor's code (Copy link, new tab, embed). */
export function editorFragment(s) {
  if (editorIsRun(s)) return runFragment(s);
  return encodeState({ code: s.code, ...runOptions(s) });
}

export function createShareUI(store, { embed }) {
  const s = store.state;
  let timer = 0;
  let latest = 0;

  /** Puts a fragment in the address bar (and in the state, so the draft knows it). */
  function setAddress(frag) {
    const hash = "#" + frag;
    history.replaceState(null, "", hash);
    store.set({ hash });
  }

  // After every run and selection the address bar holds the link to what is on screen.
  // `latest` counts address requests: a fragment still being encoded when a
  // newer request (a later run, or Copy link with unsaved edits) came is dropped.
  store.subscribe((st, changed) => {
    if (embed || !(changed.has("run") || changed.has("selected") || changed.has("shownMap"))) return;
    clearTimeout(timer);
    const mine = ++latest;
    timer = setTimeout(async () => {
      const f = await runFragment(store.state);
      if (f && mine === latest) setAddress(f);
    }, 150);
  });

  $("#copy-link").addEventListener("click", async () => {
    clearTimeout(timer);
    const mine = ++latest;
    const frag = await editorFragment(s);
    if (mine === latest) setAddress(frag);
    try {
      await navigator.clipboard.writeText(location.href);
      flash("#copy-link", "copied");
    } catch {
      prompt("Copy this link:", location.href);
    }
  });
  $("#open-tab").addEventListener("click", async () => {
    const url = new URL(location.href);
    url.hash = await editorFragment(s);
    window.open(url.href, "_blank", "noopener");
  });
  $("#embed-btn").addEventListener("click", async () => {
    const dlg = $("#embed-dialog");
    const base = new URL("./", location.href).href;
    const frag = await editorFragment(s);
    $("#embed-iframe").value = `<iframe src="${base}index.html?embed=1#${frag}" title="maprace playground" style="width:100%;height:520px;border:1px solid #ccc;border-radius:8px"></iframe>`;
    $("#embed-element").value = embedSnippet(`${base}embed.js`, s.code, { seed: s.seed, strategy: s.strategy, height: EMBED_HEIGHT.default });
    dlg.showModal();
  });
  $("#embed-close").addEventListener("click", () => $("#embed-dialog").close());
  // The embed's "Open in the full playground" carries its code as edited.
  let fullTimer = 0;
  const fullLink = $("#full-link");
  fullLink.href = new URL("./index.html" + location.hash, location.href).href;
  store.subscribe((st, changed) => {
    if (!embed || !["code", "run", "seed", "strategy", "maxSteps", "race", "gomaxprocs", "maxMemory", "selected"].some((k) => changed.has(k))) return;
    clearTimeout(fullTimer);
    fullTimer = setTimeout(async () => {
      fullLink.href = new URL("./index.html#" + (await editorFragment(store.state)), location.href).href;
    }, 200);
  });

  function flash(sel, text) {
    const b = $(sel);
    const old = b.textContent;
    b.textContent = text;
    setTimeout(() => (b.textContent = old), 1200);
  }

  return {
    /** Cancels a pending address-bar update (a link is being opened). */
    cancelPending: () => clearTimeout(timer),
  };
}
