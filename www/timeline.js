// The timeline: one lane per goroutine, steps along the x axis, a mark for
// every event, races as arrows between their two accesses, the fatal error
// or panic marked where it happened, and a legend saying which mark is what.
//
// Canvas with culling, so 100,000 events pan smoothly; lanes are virtual too:
// the canvas is never taller than its box, which scrolls over a spacer as tall
// as all lanes (1,000 goroutines do not make a 28,000-px canvas), drawing the
// lanes in view. A plain wheel scrolls (the lanes, then the page);
// Ctrl+wheel or a pinch zooms, Shift+wheel and drag pan, click selects. Keys:
// ←/→ previous / next event, [/] previous / next race (zoomed to its two
// accesses), ↑/↓ scroll the lanes, +/- zoom, 0 fit, Home/End.
//
// Colours come in a light and a dark palette, each visible on its own lanes.

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
// On dark lanes the near-black and dark marks would vanish: lighter ones.
const DARK_STYLE = {
  map_read: "#6aa3ff",
  map_delete: "#f08a3c",
  map_clear: "#f08a3c",
  map_iter: "#2dd4bf",
  map_grow: "#b98cf5",
  lock: "#9ca3af",
  unlock: "#7c8594",
  r_lock: "#9ca3af",
  r_unlock: "#7c8594",
  wg_add: "#94a3b8",
  wg_wait: "#94a3b8",
  once: "#94a3b8",
  send: "#4ade80",
  recv: "#86efac",
  close: "#22c55e",
  select: "#4ade80",
  block: "#8a8f98",
  wake: "#8a8f98",
  sleep: "#8a8f98",
  atomic: "#94a3b8",
  print: "#c0c4cc",
  go: "#e5e7eb",
  panic: "#f87171",
  fatal: "#f87171",
  race: "#f87171",
  exit: "#e5e7eb",
};

export function kindLabel(kind) {
  return (KIND_STYLE[kind] || ["", kind])[1];
}

function isDark() {
  const forced = document.documentElement.dataset.theme;
  return forced ? forced === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
}

function palette() {
  const dark = isDark();
  const kind = (k) => (dark && DARK_STYLE[k]) || (KIND_STYLE[k] || ["#888"])[0];
  return dark
    ? { dark, kind, bg: "#111418", lane: "#1a1f26", text: "#d1d5db", grid: "#2a313b", sel: "#facc15", race: "#f87171" }
    : { dark, kind, bg: "#ffffff", lane: "#f3f5f8", text: "#1f2937", grid: "#e5e7eb", sel: "#a16207", race: "#dc2626" };
}

// ---------- an event in words (the live region reads it out) ----------

/** `m[4] = 4` with the map's own name for `m`. */
function named(detail, obj) {
  return obj && /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(obj) ? detail.replace(/^m\[/, obj + "[") : detail;
}

/** The write a goroutine has under way at event i (growth work happens inside a write). */
function writeUnderWay(run, i) {
  const e = run.events[i];
  for (let j = i - 1; j >= 0 && j >= i - 5000; j--) {
    const w = run.events[j];
    if (w.g !== e.g) continue;
    if ((w.kind === "map_write" || w.kind === "map_delete" || w.kind === "map_clear") && w.obj === e.obj) return w;
    if (w.kind !== "map_evacuate" && w.kind !== "map_grow" && w.kind !== "race") return null;
  }
  return null;
}

function writeVerb(w) {
  const obj = w.obj || "the map";
  if (w.kind === "map_write") return "writes " + named((w.detail || "").replace(/ = .*$/s, ""), w.obj);
  if (w.kind === "map_delete") {
    const m = /^delete\(m, (.*)\)$/s.exec(w.detail || "");
    return m ? `deletes ${obj}[${m[1]}]` : `deletes from ${obj}`;
  }
  return `clears ${obj}`;
}

/** "step 525, goroutine 2 writes m[4] while evacuating old bucket 0 (line 12)". */
export function eventInWords(run, i) {
  const e = run.events[i];
  const d = e.detail || "";
  const obj = e.obj || "";
  let what;
  switch (e.kind) {
    case "map_write":
      what = `writes ${named(d, obj)}`;
      break;
    case "map_delete":
    case "map_clear":
      what = writeVerb(e);
      break;
    case "map_read":
      what = `reads ${named(d, obj)}`;
      break;
    case "map_iter":
      what = `ranges over ${obj || "a map"}${d ? ", " + d : ""}`;
      break;
    case "map_grow": {
      const w = writeUnderWay(run, i);
      what = `${w ? writeVerb(w) + ", which starts to grow the map: " : `grows ${obj}: `}${d}`;
      break;
    }
    case "map_evacuate": {
      const w = writeUnderWay(run, i);
      const done = /^evacuation done/.test(d);
      const ing = done ? "the last old bucket's evacuation finishes the growth" : d.replace(/^evacuate /, "evacuating ").replace(/^rehash: /, "rehashing: ");
      what = w ? `${writeVerb(w)}${done ? "; " : " while "}${ing}` : `${d} (${obj})`;
      break;
    }
    case "go": {
      const m = /^goroutine (\d+)(?: (.*))?$/.exec(d);
      what = m ? `starts goroutine ${m[1]}${m[2] ? ` running ${m[2]}` : ""}` : "starts a goroutine";
      break;
    }
    case "lock":
      what = `locks ${obj}${d ? ` (${d})` : ""}`;
      break;
    case "unlock":
      what = `unlocks ${obj}`;
      break;
    case "r_lock":
      what = `read-locks ${obj}${d ? ` (${d})` : ""}`;
      break;
    case "r_unlock":
      what = `read-unlocks ${obj}`;
      break;
    case "send":
      what = `sends on ${obj} ${d}`;
      break;
    case "recv":
      what = `receives on ${obj} ${d}`;
      break;
    case "close":
      what = `closes ${obj}`;
      break;
    case "block":
      what = `blocks${d ? ": " + d : ""}`;
      break;
    case "wake":
      what = `wakes up${d ? ": " + d : ""}`;
      break;
    case "sleep":
      what = `sleeps ${d}`;
      break;
    case "print":
      what = `prints “${d}”`;
      break;
    case "race":
      what = `races on ${obj}: ${d}`;
      break;
    case "fatal":
      what = `dies: fatal error: ${d}`;
      break;
    case "panic":
      what = `panics: ${d}`;
      break;
    case "exit":
      what = `exits: ${d}`;
      break;
    default:
      what = `${kindLabel(e.kind)}${obj ? " " + obj : ""}${d ? ": " + d : ""}`;
  }
  return `step ${e.step}, goroutine ${e.g} ${what.trim()} (line ${e.line})`;
}

// ---------- the legend ----------

const SVG = "http://www.w3.org/2000/svg";
function legendItem(draw, text) {
  const li = document.createElement("li");
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  svg.innerHTML = draw;
  li.append(svg, document.createTextNode(text));
  return li;
}

function renderLegend(ul) {
  const p = palette();
  const k = p.kind;
  ul.replaceChildren(
    legendItem(`<rect x="6" y="0" width="6" height="16" fill="${k("map_write")}"/>`, "map write / delete"),
    legendItem(`<circle cx="9" cy="8" r="4" fill="${k("map_read")}"/>`, "map read"),
    legendItem(`<circle cx="9" cy="8" r="4" fill="${k("map_iter")}"/>`, "range"),
    legendItem(`<path d="M9 1 L15 8 L9 15 L3 8 Z" fill="${k("map_grow")}"/>`, "grow / evacuate"),
    legendItem(`<rect x="7" y="2" width="4" height="12" fill="${k("go")}"/><line x1="9" y1="8" x2="9" y2="16" stroke="${k("go")}"/>`, "go (line to the new lane)"),
    legendItem(`<rect x="7" y="3" width="4" height="10" fill="${k("send")}"/>`, "channel"),
    legendItem(`<rect x="7" y="3" width="4" height="10" fill="${k("lock")}"/>`, "lock, WaitGroup, other"),
    legendItem(`<path d="M1 13 C 8 13, 8 3, 15 3" stroke="${p.race}" stroke-width="2" fill="none"/><path d="M17 3 L11 0 L11 6 Z" fill="${p.race}"/>`, "data race (earlier → later access)"),
    legendItem(`<path d="M3 2 L15 14 M15 2 L3 14" stroke="${k("fatal")}" stroke-width="3"/>`, "fatal error / panic"),
    legendItem(`<rect x="2" y="1" width="14" height="14" fill="none" stroke="${p.sel}" stroke-width="2"/>`, "selected"),
  );
}

// ---------- the timeline ----------

export function createTimeline(root, { onSelect, onRaceNav }) {
  const canvas = root.querySelector("canvas");
  const wrap = root.querySelector(".canvas-wrap");
  const spacer = root.querySelector(".lanes-spacer");
  const tip = root.querySelector(".tip");
  const legend = root.querySelector(".legend");
  const raceNav = root.querySelector(".race-nav");
  const racePos = root.querySelector(".race-pos");
  const ctx = canvas.getContext("2d");
  const LANE_H = 28;
  let LABEL_W = 170;
  const TOP = 22;
  let run = null;
  let lanes = new Map();
  let laneOf = []; // lane index → goroutine id
  let races = []; // run.races by the step of their later access
  let x0 = 0; // first visible step
  let scale = 1; // pixels per step
  let y0 = 0; // lanes scrolled by (px)
  let selected = -1;
  let dragging = null;
  let frameTimes = [];

  function laneY(g) {
    return TOP + (lanes.get(g) ?? 0) * LANE_H + LANE_H / 2 - y0;
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
  function totalHeight() {
    return Math.max(80, TOP + lanes.size * LANE_H + 8);
  }
  /** The canvas's height: all lanes, or as many as the box shows. */
  function viewHeight() {
    const max = parseFloat(getComputedStyle(wrap).maxHeight);
    return Math.min(totalHeight(), Number.isFinite(max) && max > 0 ? max : 300);
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

  function draw() {
    const t0 = performance.now();
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    const h = viewHeight();
    canvas.style.height = h + "px";
    spacer.style.height = Math.max(0, totalHeight() - h) + "px";
    y0 = wrap.scrollTop;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const c = palette();
    ctx.fillStyle = c.bg;
    ctx.fillRect(0, 0, w, h);
    if (!run) return;
    LABEL_W = labelWidth();
    ctx.font = "12px ui-sans-serif, system-ui, sans-serif";
    // The lanes in view.
    const firstLane = Math.max(0, Math.floor((y0 - LANE_H) / LANE_H));
    const lastLane = Math.min(laneOf.length - 1, Math.ceil((y0 + h) / LANE_H));
    const inView = (g) => {
      const l = lanes.get(g);
      return l != null && l >= firstLane - 1 && l <= lastLane + 1;
    };
    for (let l = firstLane; l <= lastLane; l++) {
      const y = TOP + l * LANE_H + LANE_H / 2 - y0;
      ctx.fillStyle = c.lane;
      ctx.fillRect(0, y - LANE_H / 2 + 2, w, LANE_H - 4);
    }
    // step axis ticks
    const span = (w - LABEL_W) / scale;
    // Ticks at 1, 2 or 5 × 10^k steps, at least 64 px apart.
    let tick = 1;
    for (let k = 1; tick * scale < 64 && k < 40; k++) tick = [1, 2, 5][k % 3] * Math.pow(10, Math.floor(k / 3));
    ctx.strokeStyle = c.grid;
    for (let s = Math.ceil(x0 / tick) * tick; s < x0 + span; s += tick) {
      const x = stepX(s);
      ctx.beginPath();
      ctx.moveTo(x, TOP - 4);
      ctx.lineTo(x, h);
      ctx.stroke();
    }
    // events (culled to the visible range and lanes, one mark per pixel column and lane)
    const first = lowerBound(Math.floor(x0));
    const last = lowerBound(Math.ceil(x0 + span) + 1);
    const seen = new Set();
    for (let i = first; i < last; i++) {
      const e = run.events[i];
      if (e.kind === "race") continue;
      const spawn = e.kind === "go";
      if (!inView(e.g) && !spawn) continue;
      const x = Math.round(stepX(e.step));
      const key = x * 65536 + (lanes.get(e.g) ?? 0);
      if (seen.has(key) && e.kind !== "fatal" && e.kind !== "panic") continue;
      seen.add(key);
      const y = laneY(e.g);
      const color = c.kind(e.kind);
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
      } else if (spawn) {
        const child = Number((e.detail || "").split(" ")[1]);
        if (lanes.has(child) && (inView(e.g) || inView(child))) {
          ctx.strokeStyle = color;
          ctx.beginPath();
          ctx.moveTo(x + 0.5, y);
          ctx.lineTo(x + 0.5, laneY(child));
          ctx.stroke();
        }
        if (inView(e.g)) ctx.fillRect(x - 2, y - 6, 4, 12);
      } else {
        ctx.fillRect(x - 2, y - 5, 4, 10);
      }
    }
    // races: arrows from the earlier access to the later one
    ctx.strokeStyle = c.race;
    ctx.fillStyle = c.race;
    ctx.lineWidth = 2;
    for (const r of races) {
      const xa = stepX(r.previous.step),
        ya = laneY(r.previous.goroutine);
      const xb = stepX(r.current.step),
        yb = laneY(r.current.goroutine);
      if (Math.max(xa, xb) < LABEL_W || Math.min(xa, xb) > w) continue;
      if (Math.max(ya, yb) < 0 || Math.min(ya, yb) > h) continue;
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
    // the axis and the lane labels on top
    ctx.fillStyle = c.bg;
    ctx.fillRect(0, 0, w, TOP - 4);
    ctx.fillRect(0, 0, LABEL_W - 4, h);
    ctx.fillStyle = c.text;
    for (let s = Math.ceil(x0 / tick) * tick; s < x0 + span; s += tick) {
      const x = stepX(s);
      if (x >= LABEL_W - 2) ctx.fillText(String(s), x + 2, 12);
    }
    ctx.fillText(lanes.size > 1 && h < totalHeight() ? `${lanes.size} goroutines ↕` : "step", 6, 12);
    for (let l = firstLane; l <= lastLane; l++) {
      const g = run.goroutines[l];
      const y = TOP + l * LANE_H + LANE_H / 2 - y0;
      if (y < TOP - 2) continue;
      const name = g.func.replace(/^main\./, "");
      const label = `g${g.id} ${name}${g.created_line ? ` :${g.created_line}` : ""}`;
      const max = Math.floor(LABEL_W / 7);
      ctx.fillText(label.length > max ? label.slice(0, max - 1) + "…" : label, 6, y + 4);
    }
    frameTimes.push(performance.now() - t0);
    if (frameTimes.length > 200) frameTimes.shift();
  }

  function eventAt(px, py) {
    if (!run || py < TOP - 4) return -1;
    const g = laneOf[Math.floor((py + y0 - TOP) / LANE_H)];
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
    for (const r of races) {
      for (const a of [r.current, r.previous]) {
        if (Math.abs(stepX(a.step) - px) < 8 && Math.abs(laneY(a.goroutine) - py) < 10) return r;
      }
    }
    return null;
  }

  /** Scrolls the lanes so goroutine g's lane is in view. */
  function showLane(g) {
    const l = lanes.get(g);
    if (l == null) return;
    const h = viewHeight();
    const top = TOP + l * LANE_H;
    if (top - wrap.scrollTop < TOP) wrap.scrollTop = top - TOP;
    else if (top + LANE_H - wrap.scrollTop > h) wrap.scrollTop = top + LANE_H - h;
    y0 = wrap.scrollTop;
  }

  function select(i, scroll = true) {
    if (!run || i < 0 || i >= run.events.length) return;
    selected = i;
    const e = run.events[i];
    if (scroll) {
      const x = stepX(e.step);
      if (x < LABEL_W + 20 || x > width() - 20) x0 = Math.max(0, e.step - (width() - LABEL_W) / scale / 2);
      showLane(e.g);
    }
    draw();
    showRacePos();
    onSelect(i, e);
  }

  // ---------- races: next / previous ----------
  function currentStep() {
    return selected >= 0 ? run.events[selected].step : -1;
  }
  function raceEventIndex(r) {
    let j = lowerBound(r.current.step);
    for (let k = j; k < run.events.length && run.events[k].step === r.current.step; k++) {
      if (run.events[k].kind === "race" && run.events[k].g === r.current.goroutine) return k;
    }
    return Math.min(j, run.events.length - 1);
  }
  function selectedRace() {
    if (selected < 0) return -1;
    const e = run.events[selected];
    return races.findIndex((r) => e.kind === "race" && r.current.step === e.step && r.current.goroutine === e.g);
  }
  /** Selects race k and zooms so both its accesses are apart and in view. */
  function goToRace(k) {
    if (!run || k < 0 || k >= races.length) return;
    const r = races[k];
    const lo = Math.min(r.previous.step, r.current.step),
      hi = Math.max(r.previous.step, r.current.step);
    const span = Math.max(24, (hi - lo) * 2);
    scale = Math.min(64, Math.max(1e-6, (width() - LABEL_W - 16) / span));
    x0 = Math.max(0, lo - (span - (hi - lo)) / 2);
    showLane(r.previous.goroutine);
    showLane(r.current.goroutine);
    select(raceEventIndex(r), false);
  }
  function nextRace(dir) {
    if (!run || !races.length) return;
    const cur = selectedRace();
    let k;
    if (cur >= 0) k = cur + dir;
    else {
      const s = currentStep();
      if (dir > 0) k = races.findIndex((r) => r.current.step > s);
      else k = races.findLastIndex((r) => r.current.step < s);
    }
    if (k < 0 || k >= races.length) return;
    goToRace(k);
  }
  function showRacePos() {
    raceNav.hidden = !run || !races.length;
    if (!run || !races.length) return;
    const cur = selectedRace();
    racePos.textContent = cur >= 0 ? `race ${cur + 1} of ${races.length}` : `${races.length} race${races.length > 1 ? "s" : ""}`;
    const s = currentStep();
    raceNav.querySelector(".prev-race").disabled = cur >= 0 ? cur === 0 : !races.some((r) => r.current.step < s);
    raceNav.querySelector(".next-race").disabled = cur >= 0 ? cur === races.length - 1 : !races.some((r) => r.current.step > s);
  }
  raceNav.querySelector(".prev-race").addEventListener("click", () => nextRace(-1));
  raceNav.querySelector(".next-race").addEventListener("click", () => nextRace(1));

  function zoom(factor, px) {
    const s = x0 + (px - LABEL_W) / scale;
    scale = Math.min(64, Math.max(1e-6, scale * factor));
    x0 = Math.max(0, s - (px - LABEL_W) / scale);
    draw();
  }

  // A plain wheel is the page's (it scrolls the lanes, then the page).
  canvas.addEventListener(
    "wheel",
    (e) => {
      if (!run) return;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoom(Math.min(2, Math.max(0.5, Math.pow(1.0025, -e.deltaY))), e.offsetX);
      } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        x0 = Math.max(0, x0 + (e.deltaX || e.deltaY) / scale);
        draw();
      }
    },
    { passive: false },
  );
  wrap.addEventListener("scroll", () => {
    tip.hidden = true;
    draw();
  });
  canvas.addEventListener("pointerdown", (e) => {
    dragging = { x: e.offsetX, x0, moved: false };
    canvas.setPointerCapture(e.pointerId);
  });
  function placeTip(cx, cy) {
    tip.style.left = "0px"; // measured where nothing squeezes it
    tip.style.top = "0px";
    const r = tip.getBoundingClientRect();
    const vw = document.documentElement.clientWidth,
      vh = window.innerHeight;
    let left = cx + 12,
      top = cy + 14;
    if (left + r.width > vw - 8) left = Math.max(8, Math.min(cx - 12 - r.width, vw - 8 - r.width));
    if (top + r.height > vh - 8) top = Math.max(8, cy - 14 - r.height);
    tip.style.left = Math.round(left) + "px";
    tip.style.top = Math.round(top) + "px";
  }
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
    if (!tip.hidden) placeTip(e.clientX, e.clientY);
  });
  canvas.addEventListener("pointerleave", () => (tip.hidden = true));
  canvas.addEventListener("pointerup", (e) => {
    const d = dragging;
    dragging = null;
    if (d && !d.moved) {
      const i = eventAt(e.offsetX, e.offsetY);
      if (i >= 0) return select(i, false);
      const r = raceAt(e.offsetX, e.offsetY);
      if (r) select(raceEventIndex(r), false);
    }
  });
  canvas.addEventListener("keydown", (e) => {
    if (!run) return;
    const page = () => (width() - LABEL_W) / scale / 4;
    const lanesScroll = (dy) => {
      const before = wrap.scrollTop;
      wrap.scrollTop += dy;
      return wrap.scrollTop !== before;
    };
    const keys = {
      ArrowRight: () => (e.shiftKey ? ((x0 += page()), draw()) : select(Math.min(run.events.length - 1, selected + 1))),
      ArrowLeft: () => (e.shiftKey ? ((x0 = Math.max(0, x0 - page())), draw()) : select(Math.max(0, selected - 1))),
      ArrowDown: () => lanesScroll(LANE_H * 3),
      ArrowUp: () => lanesScroll(-LANE_H * 3),
      Home: () => select(0),
      End: () => select(run.events.length - 1),
      "]": () => nextRace(1),
      "[": () => nextRace(-1),
      "+": () => zoom(1.5, width() / 2),
      "=": () => zoom(1.5, width() / 2),
      "-": () => zoom(1 / 1.5, width() / 2),
      0: () => (fit(), draw()),
    };
    if (keys[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // ↑/↓ are the page's once the lanes cannot scroll further.
      if (keys[e.key]() === false) return;
      e.preventDefault();
    }
  });
  new ResizeObserver(() => draw()).observe(canvas);
  const retheme = () => {
    renderLegend(legend);
    draw();
  };
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", retheme);
  renderLegend(legend);

  return {
    show(result) {
      run = result && result.events ? result : null;
      lanes = new Map();
      laneOf = [];
      selected = -1;
      races = run ? run.races.slice().sort((a, b) => a.current.step - b.current.step) : [];
      if (run)
        run.goroutines.forEach((g, i) => {
          lanes.set(g.id, i);
          laneOf[i] = g.id;
        });
      root.querySelector(".timeline-empty").hidden = !!run;
      wrap.scrollTop = 0;
      y0 = 0;
      const desc = run
        ? `${run.goroutines.length} goroutine lane${run.goroutines.length === 1 ? "" : "s"}, ${run.events.length} events, ${run.races.length} data race${run.races.length === 1 ? "" : "s"}`
        : "nothing run yet";
      canvas.setAttribute("aria-label", `Timeline: ${desc}. Arrow keys step through events, [ and ] go to races; the selected event is read out below.`);
      fit();
      draw();
      showRacePos();
    },
    select,
    nextRace,
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
    /** Pixels per step, and the first step in view (for tests). */
    view: () => ({ scale, x0, y0 }),
    frameTimes: () => frameTimes.slice(),
    /** Canvas coordinates of event i (for tests). */
    eventPosition(i) {
      const e = run.events[i];
      return { x: stepX(e.step), y: laneY(e.g) };
    },
    laneCount: () => lanes.size,
  };
}
