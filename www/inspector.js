// The inspector: what the page shows about the selected event — the line in
// the editor, the event in words (in a live region, so a screen reader says
// "step 525, goroutine 2 writes m[4] while evacuating old bucket 0"), a
// race's full report, and the maps
// AFTER the event in the map view, with what the event changed highlighted.
//
// The core has no saved states: seeing the maps at a step means running the
// program again up to that step (`inspect`). The answer is paged (the map
// shown, a page of a few of its tables: crate/src/gomap/snapshot.rs); picking
// another map, opening a folded table or turning a page asks again for the
// same step with the map view's `view`. That is one request per newly
// selected step or page, never more: results are cached per run, and the "before"
// picture used to highlight the change is the cached state after the
// previous event when there is one (stepping with ←/→); for a first click
// elsewhere, or a page the picture before did not carry, the event itself
// says what changed (the written key, the evacuated bucket).

import { eventInWords } from "./timeline.js";

export function createInspector(store, { runner, editor, mapview, el }) {
  const s = store.state;
  let cache = new Map(); // step and view → snapshots after that step's events, for the run shown
  let cacheRun = null;
  let seq = 0;
  let shown = null; // what the map view shows: {step, at, before} (at null: the end of the run)

  const keyOf = (step, view) => `${step} ${JSON.stringify(view)}`;

  function snapshotsAfter(step, view) {
    if (cacheRun !== s.run) {
      cache = new Map();
      cacheRun = s.run;
    }
    const key = keyOf(step, view);
    if (!cache.has(key)) {
      const p = runner.call("inspect", s.runSource, s.runOpts, step, view).then((r) => (Array.isArray(r) ? r : null));
      cache.set(key, p);
      if (cache.size > 256) cache.delete(cache.keys().next().value);
    }
    return cache.get(key);
  }

  /** The map view asked for another map or page: the same step again, with its view. */
  async function refresh() {
    const run = s.run;
    if (!run) return;
    const my = ++seq;
    const step = shown?.at ? shown.at.step : run.steps;
    const now = await snapshotsAfter(step, mapview.view);
    if (my !== seq || s.run !== run) return;
    if (now) mapview.show(now, shown?.before || [], shown?.at || null, false);
  }

  /** What an event changed, when no earlier picture is at hand. */
  function focusOf(ev) {
    if (ev.kind === "map_write" || ev.kind === "map_delete") {
      const m = /^(?:m\[(.*)\] = |delete\(m, (.*)\)$)/s.exec(ev.detail || "");
      return m ? { obj: ev.obj, key: m[1] ?? m[2], write: ev.kind === "map_write" } : { obj: ev.obj };
    }
    if (ev.kind === "map_evacuate") {
      const m = /old bucket (\d+)/.exec(ev.detail || ""); // classic: evacuate
      if (m) return { obj: ev.obj, oldBucket: Number(m[1]) };
      const g = /group (\d+) of table (\d+)/.exec(ev.detail || ""); // swiss: a rehash copied a group
      return g ? { obj: ev.obj, table: Number(g[2]), group: Number(g[1]) } : { obj: ev.obj };
    }
    if (ev.kind === "map_grow" || ev.kind === "map_clear") return { obj: ev.obj, header: true };
    return null;
  }

  async function select(i) {
    const run = s.run;
    const ev = run?.events[i];
    if (!ev) return;
    store.set({ selected: i });
    editor.highlightLine(ev.line);
    el.stepInfo.textContent = eventInWords(run, i);
    // A race selected with the keyboard shows its whole report (the mouse gets it on hover).
    const race = ev.kind === "race" ? run.races.find((r) => r.current.step === ev.step && r.current.goroutine === ev.g) : null;
    el.raceDetail.hidden = !race;
    el.raceDetail.textContent = race ? race.report + "\n" + race.explanation : "";
    const my = ++seq;
    const view = mapview.freshView;
    // The picture before: the state after the previous event, if already known.
    let beforeP = null;
    for (let j = i - 1; j >= 0; j--) {
      const st = run.events[j].step;
      if (st === ev.step) continue;
      if (cacheRun === run && cache.has(keyOf(st, view))) beforeP = cache.get(keyOf(st, view));
      break;
    }
    const [now, before] = await Promise.all([snapshotsAfter(ev.step, view), beforeP]);
    if (my !== seq || s.run !== run) return;
    const at = { step: ev.step, focus: focusOf(ev) };
    shown = { at, before: before || [] };
    if (now) mapview.show(now, before || [], at);
  }

  return {
    select,
    refresh,
    /** A new run: nothing selected, the maps at its end (the run's result shows the first map; another is asked for). */
    reset(result) {
      seq++;
      shown = null;
      el.stepInfo.textContent = "";
      el.raceDetail.hidden = true;
      const picked = mapview.selectedIndex;
      mapview.show(result ? result.maps : [], [], null);
      if (result && picked > 0 && picked < result.maps.length) refresh();
    },
  };
}
