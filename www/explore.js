// The explore panel: many schedules over a pool of Web Workers
// (navigator.hardwareConcurrency), with a progress bar, runs/s, an estimate
// and Cancel. The seeds are cut into chunks; the chunks' results merge into
// exactly what one worker would give (counts add up, the best schedule per
// ending is the smallest by (switches, steps, seed)), then that schedule is
// shrunk once.

import { Runner } from "./runner.js";

function workerCount() {
  const forced = Number(new URLSearchParams(location.search).get("workers"));
  if (forced > 0) return Math.min(forced, 16);
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
}

/** Merges chunk results (from explore with details) into one result. */
export function mergeResults(parts) {
  const out = { runs: 0, outcomes: {}, race_runs: 0, outputs: {}, best: {}, seen: new Set(), strategy: parts[0]?.strategy, granularity: parts[0]?.granularity };
  for (const p of parts) {
    out.runs += p.runs;
    out.race_runs += p.race_runs;
    for (const [k, n] of Object.entries(p.outcomes)) out.outcomes[k] = (out.outcomes[k] || 0) + n;
    for (const [k, n] of Object.entries(p.outputs)) out.outputs[k] = (out.outputs[k] || 0) + n;
    for (const h of p.seen || []) out.seen.add(h);
    for (const [k, b] of Object.entries(p.best || {})) {
      const cur = out.best[k];
      const rank = (x) => [x.switches, x.steps, x.seed];
      const less = (a, b2) => {
        const [x, y] = [rank(a), rank(b2)];
        for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
        return false;
      };
      if (!cur || less(b, cur)) out.best[k] = b;
    }
  }
  out.distinct = out.seen.size;
  delete out.seen;
  return out;
}

export function createExplorePanel(root, { getSource, getOptions, onOpen, onError }) {
  const summary = root.querySelector(".summary");
  const bar = root.querySelector("progress");
  const status = root.querySelector(".progress-text");
  const cancel = root.querySelector("#explore-cancel");
  const tbody = root.querySelector("tbody");
  let pool = [];
  let cancelled = false;

  function stopPool() {
    for (const r of pool) r.worker.terminate();
    pool = [];
  }

  cancel.addEventListener("click", () => {
    cancelled = true;
    stopPool();
    status.textContent = "cancelled";
    cancel.disabled = true;
  });

  async function explore(runs) {
    const src = getSource();
    const base = getOptions();
    root.hidden = false;
    tbody.replaceChildren();
    summary.textContent = "";
    cancelled = false;
    cancel.disabled = false;
    const n = workerCount();
    stopPool();
    pool = Array.from({ length: n }, () => new Runner());
    const chunk = Math.max(10, Math.ceil(runs / (n * 8)));
    const chunks = [];
    for (let start = 0; start < runs; start += chunk) chunks.push({ seed: base.seed + start, runs: Math.min(chunk, runs - start) });
    bar.max = runs;
    bar.value = 0;
    const t0 = performance.now();
    const parts = new Array(chunks.length);
    let next = 0,
      done = 0,
      failure = null;
    await Promise.all(
      pool.map(async (w) => {
        await w.loaded;
        while (!cancelled && !failure && next < chunks.length) {
          const i = next++;
          const r = await w.call("explore", src, { ...base, seed: chunks[i].seed, runs: chunks[i].runs, shrink: false, details: true });
          if (r.stopped) return;
          if (r.diagnostics || r.error) {
            failure = r;
            return;
          }
          parts[i] = r;
          done += r.runs;
          bar.value = done;
          const secs = (performance.now() - t0) / 1000;
          const rate = done / secs;
          status.textContent = `${done} / ${runs} runs · ${Math.round(rate)} runs/s · ~${Math.max(0, Math.ceil((runs - done) / rate))} s left · ${n} worker${n > 1 ? "s" : ""}`;
        }
      }),
    );
    cancel.disabled = true;
    if (failure) {
      stopPool();
      root.hidden = true;
      onError(failure);
      return null;
    }
    if (cancelled) return null;
    const merged = mergeResults(parts);
    // Shrink each ending's best schedule once, after merging (as one worker would).
    merged.schedules = {};
    await Promise.all(
      Object.entries(merged.best).map(async ([outcome, b], k) => {
        const r = await pool[k % pool.length].call("explore", src, { ...base, shrinkSchedule: { outcome, schedule: b.schedule } });
        merged.schedules[outcome] = r.schedule || b.schedule;
      }),
    );
    stopPool();
    delete merged.best;
    const secs = (performance.now() - t0) / 1000;
    show(merged, secs);
    return merged;
  }

  function show(r, secs) {
    const outs = Object.keys(r.outputs).length;
    summary.textContent = `${r.strategy} strategy, preemption at ${r.granularity} granularity: ${r.runs} runs (${r.distinct} distinct schedules) in ${secs.toFixed(1)} s (${Math.round(r.runs / secs)} runs/s) · race detector flagged ${r.race_runs} of ${r.runs} · ${outs} distinct output${outs > 1 ? "s" : ""}`;
    for (const [outcome, count] of Object.entries(r.outcomes).sort((a, b) => b[1] - a[1])) {
      const tr = document.createElement("tr");
      const pct = (100 * count) / r.runs;
      const barEl = document.createElement("span");
      barEl.className = "pct-bar";
      barEl.style.width = Math.max(1, pct) + "%";
      const btn = document.createElement("button");
      btn.textContent = "open";
      btn.setAttribute("aria-label", `open the shortest schedule ending in ${outcome}`);
      btn.addEventListener("click", () => onOpen(r.schedules[outcome]));
      for (const c of [outcome, `${count} (${pct.toFixed(1)}%)`]) {
        const td = document.createElement("td");
        td.textContent = c;
        tr.append(td);
      }
      const tdBar = document.createElement("td");
      tdBar.append(barEl);
      const tdBtn = document.createElement("td");
      tdBtn.append(btn);
      tr.append(tdBar, tdBtn);
      tbody.append(tr);
    }
  }

  return { explore };
}
