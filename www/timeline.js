// The timeline: one lane per goroutine, steps along the x axis, a mark for
// every event, races as arrows between their two accesses, the fatal error
// or panic marked where it happened. Canvas with culling, so 100,000 events
// pan smoothly. Wheel zooms, drag pans, click selects; keys: ←/→ previous /
// next event, +/- zoom, 0 fit, Home/End.

const KIND_STYLE = {
  map_read: ["#2f6fde", "read"],
  map_write: ["#e07b00", "write"],
  map_delete: ["#c25400", "delete"],
  map_clear: ["#c25400", "clear"],
  map_iter: ["#0d9488", "range"],
  map_grow: ["#8b3fd9", "grow"],
  map_evacuate: ["#b07de8", "evacuate"],
  lock: ["#6b7280", "lock"],
  unlock: ["#9ca3af", "unlock"],
  r_lock: ["#6b7280", "rlock"],
  r_unlock: ["#9ca3af", "runlock"],
  wg_add: ["#64748b", "wg"],
  wg_wait: ["#64748b", "wait"],
  once: ["#64748b", "once"],
  send: ["#15803d", "send"],
  recv: ["#16a34a", "recv"],
  close: ["#166534", "close"],
  select: ["#15803d", "select"],
  block: ["#a3a3a3", "block"],
  wake: ["#a3a3a3", "wake"],
  sleep: ["#a3a3a3", "sleep"],
  sync_map: ["#0891b2", "sync.Map"],
  atomic: ["#475569", "atomic"],
  print: ["#525252", "print"],
  go: ["#111827", "go"],
  panic: ["#dc2626", "panic"],
  fatal: ["#dc2626", "fatal"],
  race: ["#dc2626", "race"],
  exit: ["#111827", "exit"],
};

export function kindLabel(kind) {
  return (KIND_STYLE[kind] || ["", kind])[1];
}

export function createTimeline(root, { onSelect }) {
  const canvas = root.querySelector("canvas");
  const tip = root.querySelector(".tip");
  const ctx = canvas.getContext("2d");
  const LANE_H = 28;
  let LABEL_W = 170;
  const TOP = 22;
  let run = null;
  let lanes = new Map();
  let x0 = 0; // first visible step
  let scale = 1; // pixels per step
  let selected = -1;
  let dragging = null;
  let frameTimes = [];

  function laneY(g) {
    return TOP + (lanes.get(g) ?? 0) * LANE_H + LANE_H / 2;
  }
  function stepX(s) {
    return LABEL_W + (s - x0) * scale;
  }
  function width() {
    return canvas.clientWidth;
  }
  function labelWidth() {
    return Math.round(Math.min(170, Math.max(90, canvas.clientWidth * 0.26)));
  }
  function fit() {
    if (!run) return;
    LABEL_W = labelWidth();
    const maxStep = Math.max(1, run.steps);
    scale = Math.max(1e-6, (width() - LABEL_W - 16) / maxStep);
    x0 = 0;
  }
  /** First event index with step >= s (events are in step order). */
  function lowerBound(s) {
    let lo = 0,
      hi = run.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (run.events[mid].step < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function colors() {
    const forced = document.documentElement.dataset.theme;
    const dark = forced ? forced === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    return dark
      ? { bg: "#111418", lane: "#1a1f26", text: "#d1d5db", grid: "#2a313b", sel: "#facc15" }
      : { bg: "#ffffff", lane: "#f5f7fa", text: "#1f2937", grid: "#e5e7eb", sel: "#ca8a04" };
  }

  function draw() {
    const t0 = performance.now();
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    const h = Math.max(80, TOP + lanes.size * LANE_H + 8);
    canvas.style.height = h + "px";
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const c = colors();
    ctx.fillStyle = c.bg;
    ctx.fillRect(0, 0, w, h);
    if (!run) return;
    LABEL_W = labelWidth();
    ctx.font = "12px ui-sans-serif, system-ui, sans-serif";
    // lanes
    for (const g of run.goroutines) {
      const y = laneY(g.id);
      ctx.fillStyle = c.lane;
      ctx.fillRect(0, y - LANE_H / 2 + 2, w, LANE_H - 4);
    }
    // step axis ticks
    const span = (w - LABEL_W) / scale;
    // Ticks at 1, 2 or 5 × 10^k steps, at least 64 px apart.
    let tick = 1;
    for (let k = 1; tick * scale < 64 && k < 40; k++) tick = [1, 2, 5][k % 3] * Math.pow(10, Math.floor(k / 3));
    ctx.fillStyle = c.text;
    ctx.strokeStyle = c.grid;
    for (let s = Math.ceil(x0 / tick) * tick; s < x0 + span; s += tick) {
      const x = stepX(s);
      ctx.beginPath();
      ctx.moveTo(x, TOP - 4);
      ctx.lineTo(x, h);
      ctx.stroke();
      ctx.fillText(String(s), x + 2, 12);
    }
    // events (culled to the visible range, one mark per pixel column and lane)
    const first = lowerBound(Math.floor(x0));
    const last = lowerBound(Math.ceil(x0 + span) + 1);
    const seen = new Set();
    for (let i = first; i < last; i++) {
      const e = run.events[i];
      const x = Math.round(stepX(e.step));
      const key = x * 4096 + (lanes.get(e.g) ?? 0);
      if (seen.has(key) && e.kind !== "race" && e.kind !== "fatal" && e.kind !== "panic") continue;
      seen.add(key);
      const y = laneY(e.g);
      const [color] = KIND_STYLE[e.kind] || ["#888"];
      ctx.fillStyle = color;
      if (e.kind === "fatal" || e.kind === "panic") {
        ctx.strokeStyle = color;
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(x - 6, y - 6);
        ctx.lineTo(x + 6, y + 6);
        ctx.moveTo(x + 6, y - 6);
        ctx.lineTo(x - 6, y + 6);
        ctx.stroke();
        ctx.lineWidth = 1;
      } else if (e.kind === "map_write" || e.kind === "map_delete" || e.kind === "map_clear") {
        ctx.fillRect(x - 3, y - 8, 6, 16);
      } else if (e.kind === "map_read" || e.kind === "map_iter") {
        ctx.beginPath();
        ctx.arc(x, y, 4, 0, Math.PI * 2);
        ctx.fill();
      } else if (e.kind === "map_grow" || e.kind === "map_evacuate") {
        ctx.beginPath();
        ctx.moveTo(x, y - 7);
        ctx.lineTo(x + 6, y);
        ctx.lineTo(x, y + 7);
        ctx.lineTo(x - 6, y);
        ctx.fill();
      } else if (e.kind === "go") {
        const child = Number((e.detail || "").split(" ")[1]);
        if (lanes.has(child)) {
          ctx.strokeStyle = color;
          ctx.beginPath();
          ctx.moveTo(x, y);
          ctx.lineTo(x, laneY(child));
          ctx.stroke();
        }
        ctx.fillRect(x - 2, y - 6, 4, 12);
      } else if (e.kind !== "race") {
        ctx.fillRect(x - 2, y - 5, 4, 10);
      }
    }
    // races: arrows from the earlier access to the later one
    ctx.strokeStyle = "#dc2626";
    ctx.fillStyle = "#dc2626";
    ctx.lineWidth = 2;
    for (const r of run.races) {
      const xa = stepX(r.previous.step),
        ya = laneY(r.previous.goroutine);
      const xb = stepX(r.current.step),
        yb = laneY(r.current.goroutine);
      if (Math.max(xa, xb) < LABEL_W || Math.min(xa, xb) > w) continue;
      ctx.beginPath();
      ctx.moveTo(xa, ya);
      ctx.bezierCurveTo((xa + xb) / 2, ya, (xa + xb) / 2, yb, xb, yb);
      ctx.stroke();
      const ang = Math.atan2(yb - ya, 1);
      ctx.beginPath();
      ctx.moveTo(xb, yb);
      ctx.lineTo(xb - 8 * Math.cos(ang - 0.5), yb - 8 * Math.sin(ang - 0.5));
      ctx.lineTo(xb - 8 * Math.cos(ang + 0.5), yb - 8 * Math.sin(ang + 0.5));
      ctx.fill();
    }
    ctx.lineWidth = 1;
    // selection
    if (selected >= 0 && run.events[selected]) {
      const e = run.events[selected];
      const x = stepX(e.step);
      ctx.strokeStyle = c.sel;
      ctx.lineWidth = 2;
      ctx.strokeRect(x - 7, laneY(e.g) - 11, 14, 22);
      ctx.beginPath();
      ctx.setLineDash([3, 3]);
      ctx.moveTo(x, TOP - 4);
      ctx.lineTo(x, h);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.lineWidth = 1;
    }
    // lane labels on top
    ctx.fillStyle = c.bg;
    ctx.fillRect(0, 0, LABEL_W - 4, h);
    ctx.fillStyle = c.text;
    for (const g of run.goroutines) {
      const y = laneY(g.id);
      const name = g.func.replace(/^main\./, "");
      const label = `g${g.id} ${name}${g.created_line ? ` :${g.created_line}` : ""}`;
      const max = Math.floor(LABEL_W / 7);
      ctx.fillText(label.length > max ? label.slice(0, max - 1) + "…" : label, 6, y + 4);
    }
    frameTimes.push(performance.now() - t0);
    if (frameTimes.length > 200) frameTimes.shift();
  }

  function eventAt(px, py) {
    if (!run) return -1;
    const laneIdx = Math.floor((py - TOP) / LANE_H);
    const g = [...lanes.entries()].find(([, i]) => i === laneIdx)?.[0];
    if (g == null) return -1;
    const s = x0 + (px - LABEL_W) / scale;
    const radius = 8 / scale;
    let best = -1,
      bestD = Infinity;
    for (let i = lowerBound(s - radius); i < run.events.length && run.events[i].step <= s + radius; i++) {
      const e = run.events[i];
      if (e.g !== g) continue;
      const d = Math.abs(e.step - s);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  function raceAt(px, py) {
    if (!run) return null;
    for (const r of run.races) {
      for (const a of [r.current, r.previous]) {
        if (Math.abs(stepX(a.step) - px) < 8 && Math.abs(laneY(a.goroutine) - py) < 10) return r;
      }
    }
    return null;
  }

  function select(i, scroll = true) {
    if (!run || i < 0 || i >= run.events.length) return;
    selected = i;
    const e = run.events[i];
    if (scroll) {
      const x = stepX(e.step);
      if (x < LABEL_W + 20 || x > width() - 20) x0 = Math.max(0, e.step - (width() - LABEL_W) / scale / 2);
    }
    draw();
    onSelect(i, e);
  }

  function zoom(factor, px) {
    const s = x0 + (px - LABEL_W) / scale;
    scale = Math.min(64, Math.max(1e-6, scale * factor));
    x0 = Math.max(0, s - (px - LABEL_W) / scale);
    draw();
  }

  canvas.addEventListener("wheel", (e) => {
    e.preventDefault();
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      x0 = Math.max(0, x0 + (e.deltaX || e.deltaY) / scale);
      draw();
    } else zoom(e.deltaY < 0 ? 1.25 : 0.8, e.offsetX);
  }, { passive: false });
  canvas.addEventListener("pointerdown", (e) => {
    dragging = { x: e.offsetX, x0, moved: false };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (dragging) {
      const dx = e.offsetX - dragging.x;
      if (Math.abs(dx) > 3) dragging.moved = true;
      x0 = Math.max(0, dragging.x0 - dx / scale);
      draw();
      return;
    }
    const r = raceAt(e.offsetX, e.offsetY);
    const i = r ? -1 : eventAt(e.offsetX, e.offsetY);
    if (r) {
      tip.textContent = r.report;
    } else if (i >= 0) {
      const ev = run.events[i];
      tip.textContent = `step ${ev.step} · g${ev.g} · line ${ev.line}\n${kindLabel(ev.kind)}${ev.obj ? " " + ev.obj : ""}${ev.detail ? ": " + ev.detail : ""}`;
    }
    tip.hidden = !(r || i >= 0);
    if (!tip.hidden) {
      tip.style.left = Math.min(e.offsetX + 12, canvas.clientWidth - 320) + "px";
      tip.style.top = e.offsetY + 14 + "px";
    }
  });
  canvas.addEventListener("pointerleave", () => (tip.hidden = true));
  canvas.addEventListener("pointerup", (e) => {
    const d = dragging;
    dragging = null;
    if (d && !d.moved) {
      const i = eventAt(e.offsetX, e.offsetY);
      if (i >= 0) return select(i, false);
      const r = raceAt(e.offsetX, e.offsetY);
      if (r) {
        const j = run.events.findIndex((ev) => ev.kind === "race" && ev.step === r.current.step);
        if (j >= 0) select(j, false);
      }
    }
  });
  canvas.addEventListener("keydown", (e) => {
    if (!run) return;
    const page = () => (width() - LABEL_W) / scale / 4;
    const keys = {
      ArrowRight: () => (e.shiftKey ? ((x0 += page()), draw()) : select(Math.min(run.events.length - 1, selected + 1))),
      ArrowLeft: () => (e.shiftKey ? ((x0 = Math.max(0, x0 - page())), draw()) : select(Math.max(0, selected - 1))),
      Home: () => select(0),
      End: () => select(run.events.length - 1),
      "+": () => zoom(1.5, width() / 2),
      "=": () => zoom(1.5, width() / 2),
      "-": () => zoom(1 / 1.5, width() / 2),
      0: () => (fit(), draw()),
    };
    if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]();
    }
  });
  new ResizeObserver(() => draw()).observe(canvas);
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", draw);

  return {
    show(result) {
      run = result && result.events ? result : null;
      lanes = new Map();
      selected = -1;
      if (run) run.goroutines.forEach((g, i) => lanes.set(g.id, i));
      root.querySelector(".timeline-empty").hidden = !!run;
      const lanesDesc = run ? `${run.goroutines.length} goroutine lanes, ${run.events.length} events` : "";
      canvas.setAttribute("aria-label", `Timeline: ${lanesDesc}. Arrow keys step through events.`);
      fit();
      draw();
    },
    select,
    get selected() {
      return selected;
    },
    /** Pans by `steps` (for benchmarks and tests). */
    pan(steps) {
      x0 = Math.max(0, x0 + steps);
      draw();
    },
    zoomTo(pxPerStep) {
      scale = pxPerStep;
      draw();
    },
    frameTimes: () => frameTimes.slice(),
    /** Canvas coordinates of event i (for tests). */
    eventPosition(i) {
      const e = run.events[i];
      return { x: stepX(e.step), y: laneY(e.g) };
    },
    laneCount: () => lanes.size,
  };
}
