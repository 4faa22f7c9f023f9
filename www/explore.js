// The explore panel: many schedules over a pool of Web Workers
// (navigator.hardwareConcurrency), with a progress bar, runs/s, an estimate
// and Cancel. Random and PCT cut the seeds into chunks; the bounded search
// (every schedule up to K preemptions) hands out subtrees of its search
// tree, and each call hands back the subtrees it did not reach. Either way
// the parts merge into exactly what one worker would give — the core's
// `merge` (crate/src/explore.rs) adds the counts and keeps the best schedule
// per ending by its one ranking — then that schedule is shrunk once.

import { Runner } from "./runner.js";
import { STRATEGIES } from "./contract.js";
import { CALIBRATION } from "./calibration.js";

function workerCount() {
  const forced = Number(new URLSearchParams(location.search).get("workers"));
  if (forced > 0) return Math.min(forced, 16);
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
}

/** A bounded search (the core's explore-only strategy): subtrees instead of seeds. */
const bounded = (strategy) => STRATEGIES.some((s) => s.name === strategy && s.exploreOnly);

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** The strategy whose seeds sample real Go's odds ("like go run"). */
const PREDICTS = "calibrated";

/** "ok 81% · concurrent map writes 19% — Go 1.27 on 2 CPUs, predicted", and how
 * well that is calibrated (the figure crate/tests/calibration.rs generates). */
export function predictedOdds(outcomes, runs, gomaxprocs) {
  const pct = (n) => { const p = (100 * n) / runs; return p > 0 && p < 1 ? "<1%" : p > 99 && p < 100 ? ">99%" : `${Math.round(p)}%`; };
  const odds = Object.entries(outcomes).sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o.replace(/^fatal error: /, "")} ${pct(n)}`).join(" · ");
  const go = CALIBRATION.go.replace(/^go(\d+\.\d+).*/, "Go $1");
  const cpus = `${gomaxprocs} CPU${gomaxprocs === 1 ? "" : "s"}`;
  const fig = CALIBRATION.byProcs.find((f) => f.gomaxprocs === gomaxprocs);
  const how = fig
    ? `calibration at GOMAXPROCS=${gomaxprocs}: mean total-variation distance ${fig.meanTv.toFixed(2)} from real ${CALIBRATION.go}'s recorded odds over ${fig.programs} programs (0 = the same odds; ${fig.within} within ${CALIBRATION.bound})`
    : `not calibrated at GOMAXPROCS=${gomaxprocs} (checked at ${CALIBRATION.byProcs.map((f) => f.gomaxprocs).join(" and ")})`;
  return { odds: `${odds} — ${go} on ${cpus}, predicted`, how };
}

export function createExplorePanel(root, { getSource, getOptions, onOpen, onError, runOne }) {
  const summary = root.querySelector(".summary");
  const predicted = root.querySelector(".predicted");
  const bar = root.querySelector("progress");
  const status = root.querySelector(".progress-text");
  const cancel = root.querySelector("#explore-cancel");
  const tbody = root.querySelector(".endings tbody");
  const outputs = root.querySelector(".outputs");
  let pool = [];
  let cancelled = false;

  function stopPool() {
    for (const r of pool) r.close();
    pool = [];
  }

  cancel.addEventListener("click", () => {
    cancelled = true;
    stopPool();
    status.textContent = "cancelled";
    cancel.disabled = true;
  });

  /** Explores; `data-exploring` on the panel says whether an exploration is
   * under way ("1") or has returned by any path ("0": done, failed, cancelled). */
  async function explore(runs) {
    root.dataset.exploring = "1";
    try {
      return await exploreAll(runs);
    } finally {
      root.dataset.exploring = "0";
    }
  }

  async function exploreAll(runs) {
    const src = getSource();
    const base = getOptions();
    // Predicted odds come from plain runs: switches wherever a plain run may switch.
    if (base.strategy === PREDICTS) base.granularity = "instruction";
    root.hidden = false;
    tbody.replaceChildren();
    outputs.hidden = true;
    summary.textContent = "";
    predicted.hidden = true;
    cancelled = false;
    cancel.disabled = false;
    const n = workerCount();
    stopPool();
    pool = Array.from({ length: n }, () => new Runner());
    bar.max = runs;
    bar.value = 0;
    const t0 = performance.now();
    const workers = `${n} worker${n > 1 ? "s" : ""}`;
    const rate = (done) => done / ((performance.now() - t0) / 1000);
    const { parts, failure, complete } =
      bounded(base.strategy)
        ? await searchBounded(src, base, runs, (done, left) => {
            bar.value = done;
            status.textContent = `${done} runs · ${left} subtree${left === 1 ? "" : "s"} left · ${Math.round(rate(done))} runs/s · ${workers}`;
          })
        : await sampleSeeds(src, base, runs, (done) => {
            bar.value = done;
            status.textContent = `${done} / ${runs} runs · ${Math.round(rate(done))} runs/s · ~${Math.max(0, Math.ceil((runs - done) / rate(done)))} s left · ${workers}`;
          });
    cancel.disabled = true;
    if (failure) {
      stopPool();
      root.hidden = true;
      onError(failure);
      return null;
    }
    if (cancelled) return null;
    const merged = await pool[0].call("merge", "", parts);
    if (merged.error) {
      stopPool();
      root.hidden = true;
      onError(merged);
      return null;
    }
    delete merged.__ms; // the call's timing, not part of the result
    merged.complete = complete;
    if (complete) bar.value = bar.max;
    if (bounded(base.strategy)) merged.preemptions = base.preemptions;
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
    show(merged, secs, src, base);
    return merged;
  }

  /** Keeps every worker exploring: `take(busy)` gives the next job's options,
   * `null` when there is none yet (a busy worker may hand some back), or
   * `undefined` when the work is done; `record(r, job)` takes each part.
   * Returns the first compile error or failure, if any. */
  async function drive(src, base, take, record) {
    let busy = 0,
      failure = null;
    await Promise.all(
      pool.map(async (w) => {
        await w.loaded;
        while (!cancelled && !failure) {
          const job = take(busy);
          if (job === undefined) return;
          if (job === null) {
            await pause(4);
            continue;
          }
          busy++;
          const r = await w.call("explore", src, { ...base, ...job, shrink: false, details: true });
          busy--;
          if (r.stopped) return;
          if (r.diagnostics || r.error) {
            failure = r;
            return;
          }
          record(r, job);
        }
      }),
    );
    return failure;
  }

  /** Random or PCT: chunks of consecutive seeds, handed out in order. */
  async function sampleSeeds(src, base, runs, progress) {
    const chunk = Math.max(10, Math.ceil(runs / (pool.length * 8)));
    const chunks = [];
    for (let start = 0; start < runs; start += chunk) chunks.push({ seed: base.seed + start, runs: Math.min(chunk, runs - start) });
    const parts = new Array(chunks.length);
    let next = 0,
      done = 0;
    const failure = await drive(
      src,
      base,
      () => chunks[next++],
      (r, job) => {
        parts[(job.seed - base.seed) / chunk] = r;
        done += r.runs;
        progress(done);
      },
    );
    return { parts, failure, complete: false };
  }

  /** The bounded search: subtrees from a shared stack (deepest first, so it
   * stays small); each call explores a few for up to `per` runs and hands
   * back the rest. Complete when the stack empties before `maxRuns`. */
  async function searchBounded(src, base, maxRuns, progress) {
    const stack = [null]; // null: the whole tree
    const parts = [];
    const per = 64;
    let done = 0;
    const failure = await drive(
      src,
      base,
      (busy) => {
        if (done >= maxRuns || (!stack.length && !busy)) return undefined;
        if (!stack.length) return null;
        // The next subtrees to explore, in the order one search would pop them.
        const take = stack.splice(-Math.min(4, Math.ceil(stack.length / pool.length))).reverse();
        return { ...(take[0] === null ? {} : { frontier: take }), runs: Math.min(per, maxRuns - done) };
      },
      (r) => {
        parts.push(r);
        done += r.runs;
        stack.push(...r.frontier.slice().reverse());
        progress(done, stack.length);
      },
    );
    return { parts, failure, complete: !failure && !cancelled && stack.length === 0 };
  }

  /** The schedule of the first explored run (in seed order) that printed `text`:
   * runs are seeded base.seed, base.seed+1, … so each is replayed as it was. */
  async function firstRunPrinting(text, src, base, runs) {
    for (let k = 0; k < runs; k++) {
      const r = await runOne(src, { ...base, seed: base.seed + k });
      if (!r || r.stopped || r.error || r.diagnostics) return null;
      if (r.stdout === text) return r.schedule;
    }
    return null;
  }

  function show(r, secs, src, base) {
    const outs = Object.keys(r.outputs).length;
    const covered = bounded(r.strategy) ? (r.complete ? ` · every schedule with at most ${r.preemptions} preemption${r.preemptions === 1 ? "" : "s"} covered (up to reordering of independent steps)` : ` · run limit reached before every schedule with at most ${r.preemptions} preemptions was covered`) : "";
    predicted.hidden = r.strategy !== PREDICTS;
    if (r.strategy === PREDICTS) {
      const { odds, how } = predictedOdds(r.outcomes, r.runs, base.gomaxprocs);
      const strong = document.createElement("strong");
      strong.textContent = odds;
      const small = document.createElement("span");
      small.className = "muted";
      small.textContent = ` (${how})`;
      predicted.replaceChildren(strong, small);
    }
    summary.textContent = `${r.strategy === PREDICTS ? "like go run (one plain run per seed)" : bounded(r.strategy) ? "bounded search" : r.strategy} strategy, preemption at ${r.granularity} granularity: ${r.runs} runs (${r.distinct} distinct schedules) in ${secs.toFixed(1)} s (${Math.round(r.runs / secs)} runs/s)${covered} · race detector flagged ${r.race_runs} of ${r.runs} · ${outs} distinct output${outs > 1 ? "s" : ""}`;
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
    // Several outputs: which ones, how often (a lost update shows up here).
    const body = outputs.querySelector("tbody");
    body.replaceChildren();
    outputs.hidden = outs < 2;
    for (const [text, count] of Object.entries(r.outputs).sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      const tr = document.createElement("tr");
      const pct = (100 * count) / r.runs;
      const pre = document.createElement("code");
      pre.textContent = text.length > 120 ? text.slice(0, 120) + "…" : text || "(nothing)";
      const barEl = document.createElement("span");
      barEl.className = "pct-bar";
      barEl.style.width = Math.max(1, pct) + "%";
      const cells = [pre, document.createTextNode(`${count} (${pct.toFixed(1)}%)`), barEl];
      // Seeded runs can be found again: open the first one that printed this.
      if (!bounded(r.strategy) && runOne) {
        const btn = document.createElement("button");
        btn.textContent = "open";
        btn.setAttribute("aria-label", `open the first explored run that prints ${text.trim() || "nothing"}`);
        btn.addEventListener("click", async () => {
          btn.disabled = true;
          btn.textContent = "finding…";
          const schedule = await firstRunPrinting(text, src, base, r.runs);
          btn.disabled = false;
          btn.textContent = schedule ? "open" : "not found";
          if (schedule) onOpen(schedule);
        });
        cells.push(btn);
      } else cells.push(document.createTextNode(""));
      for (const c of cells) {
        const td = document.createElement("td");
        td.append(c);
        tr.append(td);
      }
      body.append(tr);
    }
  }

  return { explore };
}
