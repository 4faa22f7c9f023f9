// The map-internals view: for the selected step, each map as its model has
// it. A swiss map (Go 1.24+, the default) is swissview.js's. A classic map
// (Go ≤ 1.23) shows its hmap header
// (count, B, flags with hashWriting lit, hash0, noverflow, nevacuate), its
// buckets as a grid of 8 slots (tophash, key, value) with overflow chains,
// oldbuckets with evacuation marks and the nevacuate pointer during growth,
// and iterator positions. sync.Map shows read, dirty, amended and misses.
// The maps are shown as they are AFTER the selected event (a write shows its
// entry stored, the writing flag still set until the write's last micro-step).
// What the event changed is highlighted: cells that differ from the picture
// before it, or — when no earlier picture is at hand — what the event names
// (the written key, the evacuated old bucket, the header on a grow).
// The core sends the maps paged (crate/src/gomap/snapshot.rs): the map shown
// in detail, a page of PAGE_GROUPS buckets of each array (of read and dirty:
// PAGE_GROUPS × BUCKET_CNT entries), the others as headers; picking a map or
// turning a page calls `onView(view)` and the inspector asks the core again.

import { TOPHASH_MARKERS as MARKERS, MIN_TOP_HASH, HMAP_FLAGS, BUCKET_CNT, PAGE_GROUPS } from "./contract.js";
import { el, pager } from "./dom.js";
import { createSwissView, swissCells, swissFocus } from "./swissview.js";

// The hmap flags, by bit (iterator, oldIterator, hashWriting, sameSizeGrow).
const FLAGS = Object.entries(HMAP_FLAGS)
  .sort((a, b) => a[1] - b[1])
  .map(([name]) => name);

function slotKey(prefix, b, ci, i) {
  return `${prefix}/${b.index}/${ci}/${i}`;
}

/** A flat map of cell id → rendered text, to diff two snapshots. */
function cells(snap) {
  const out = new Map();
  if (!snap) return out;
  if (snap.hmap) {
    const h = snap.hmap;
    for (const [prefix, list] of [["b", h.buckets], ["o", h.oldbuckets || []]]) {
      for (const b of list)
        b.chain.forEach((c, ci) =>
          c.tophash.forEach((t, i) => out.set(slotKey(prefix, b, ci, i), `${t}|${c.keys[i]}|${c.elems[i]}`)),
        );
    }
    for (const f of ["count", "B", "noverflow", "nevacuate", "hash0"]) out.set(f, String(h[f]));
    out.set("flags", h.flags.join(","));
  }
  if (snap.swiss) swissCells(snap.swiss, out);
  if (snap.sync) {
    snap.sync.read.forEach(([k, v]) => out.set("r/" + k, v));
    (snap.sync.dirty || []).forEach(([k, v]) => out.set("d/" + k, v));
    out.set("#r", String(snap.sync.readCount));
    out.set("#d", String(snap.sync.dirtyCount));
    out.set("amended", String(snap.sync.amended));
    out.set("misses", String(snap.sync.misses));
  }
  return out;
}

/** The cells an event names, for a snapshot taken after it. */
function focusCells(snap, f) {
  const out = [];
  if (f.header) out.push("count", "B", "flags", "noverflow", "nevacuate");
  const h = snap.hmap;
  if (h && f.key != null) {
    out.push("count", "flags");
    for (const [prefix, list] of [["b", h.buckets], ["o", h.oldbuckets || []]])
      for (const b of list) b.chain.forEach((c, ci) => c.keys.forEach((k, i) => k === f.key && out.push(slotKey(prefix, b, ci, i))));
  }
  if (h && f.oldBucket != null) {
    out.push("nevacuate");
    for (const b of h.oldbuckets || []) if (b.index === f.oldBucket) b.chain.forEach((c, ci) => c.tophash.forEach((_, i) => out.push(slotKey("o", b, ci, i))));
  }
  if (snap.swiss) out.push(...swissFocus(snap.swiss, f));
  if (snap.sync && f.key != null) out.push("r/" + f.key, "d/" + f.key);
  return out;
}

/** Whether cell `k`, absent from the picture before, is new (not merely on a page that picture did not carry). */
function isNew(k, before, now) {
  const [kind, part] = k.split("/");
  if (kind === "s") return part !== "small" && !before.has(`t/${part}/capacity`);
  if (kind === "b") return before.get("B") !== now.get("B");
  if (kind === "r" || kind === "d") return Number(before.get(`#${kind}`)) < Number(now.get(`#${kind}`));
  return true;
}

/** `onPick(i)`: the user picked map i; `onView(view)`: the core should be asked again with `view` (another map or page). */
export function createMapView(root, { onPick, onView } = {}) {
  const body = root.querySelector(".maps-body");
  const picker = root.querySelector("select");
  const caption = root.querySelector(".maps-caption");
  let snaps = [];
  let prev = [];
  let current = 0;
  let focus = null;
  let asked = { pages: [], open: [] }; // the pages turned and the tables opened, of the map shown
  const partPages = new Map(); // a classic map's array or a sync.Map's read/dirty → the page turned to
  const ask = () => {
    asked = { pages: [...partPages], open: asked.open };
    onView?.();
  };
  const swiss = createSwissView({
    onView: (v) => {
      asked = v;
      onView?.();
    },
  });
  const renderTimes = []; // ms per render (the bench reads them)

  picker.addEventListener("change", () => {
    current = Number(picker.value);
    partPages.clear();
    asked = { pages: [], open: [] };
    onPick?.(current);
    onView?.();
  });

  /** A pager for a classic array or sync.Map list (`part` as the core names it). */
  function partPager(part, text, what, from, count, per) {
    if (count <= per) return null;
    return pager(text, what, Math.floor(from / per), Math.ceil(count / per), (p) => {
      partPages.set(part, p);
      ask();
    });
  }

  /** Buckets as a table: a row per bucket (and per overflow bucket), a column per slot; the page the core sent. */
  function bucketTable(caption, prefix, list, changed, h, isOld, from, count) {
    const head = el("tr", {}, el("th", { scope: "col" }, isOld ? "old bucket" : "bucket"));
    for (let i = 0; i < BUCKET_CNT; i++) head.append(el("th", { scope: "col" }, `slot ${i}`));
    const body = el("tbody");
    for (const b of list) {
      b.chain.forEach((c, ci) => {
        const tr = el("tr", { class: [b.evacuated ? "evacuated" : "", ci > 0 ? "overflow" : ""].join(" ").trim() });
        const th = el("th", { scope: "row" }, ci === 0 ? String(b.index) : el("span", { title: "overflow bucket" }, `↳ overflow ${ci}`));
        if (ci === 0 && isOld && h.nevacuate === b.index) th.append(el("span", { class: "nevac", title: "nevacuate: the next old bucket to evacuate" }, " ◀ nevacuate"));
        if (ci === 0 && b.evacuated) th.append(el("span", { class: "evac-mark" }, " evacuated"));
        tr.append(th);
        c.tophash.forEach((t, i) => {
          const id = slotKey(prefix, b, ci, i);
          const full = t >= MIN_TOP_HASH;
          const slot = el("td", {
            class: "slot" + (full ? " full" : " empty") + (changed.has(id) ? " changed" : ""),
            title: full ? `tophash ${t} (0x${t.toString(16)})` : MARKERS[t] || "",
          });
          slot.append(el("span", { class: "tophash" }, full ? t.toString(16).padStart(2, "0") : (MARKERS[t] || "?").replace("evacuated", "evac")));
          if (c.keys[i] != null) slot.append(el("span", { class: "kv" }, `${c.keys[i]}: ${c.elems[i]}`));
          tr.append(slot);
        });
        body.append(tr);
      });
      if (b.chainLen > b.chain.length) body.append(el("tr", { class: "overflow" }, el("th", { scope: "row" }, "↳ …"), el("td", { colspan: String(BUCKET_CNT), class: "muted" }, `${b.chainLen - b.chain.length} more overflow buckets`)));
    }
    const table = el("table", { class: "buckets" + (isOld ? " old" : "") }, el("caption", {}, caption), el("thead", {}, head), body);
    const wrap = el("div", { class: "bucket-wrap" }, table);
    const name = isOld ? "old buckets" : "buckets";
    const p = partPager(isOld ? 1 : 0, `${name} ${from}–${from + list.length - 1} of ${count}`, name, from, count, PAGE_GROUPS);
    if (p) wrap.append(p);
    return wrap;
  }

  function render(fresh) {
    const t0 = performance.now();
    draw(fresh);
    if (fresh) reveal();
    renderTimes.push(performance.now() - t0);
    if (renderTimes.length > 1000) renderTimes.splice(0, 500);
  }

  /** Scrolls the view (not the page) to what the event is about: the change, a probe, an iterator. */
  function reveal() {
    const first = body.querySelector(".slot.changed, tr.probe, .slot.probe-end, .iter-mark");
    if (!first) return;
    // A probe's row: the slot where it ends, if the row has it.
    const target = first.querySelector(".slot.probe-end") || first;
    const b = body.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    if (t.top < b.top || t.bottom > b.bottom) {
      // From the top down to the target fits: show it all (the header and
      // the words of what is under way stay in sight); else a third down.
      const bottom = t.bottom - b.top + body.scrollTop;
      body.scrollTop = bottom <= body.clientHeight ? 0 : body.scrollTop + t.top - b.top - b.height / 3;
    }
    // A slot past the right edge (a phone shows four or five of a group's
    // eight): scroll just far enough to show it, else back to the left edge.
    if (target.tagName === "TD") {
      const right = t.right - b.left + body.scrollLeft;
      body.scrollLeft = right <= body.clientWidth ? 0 : right - body.clientWidth + 8;
    }
  }

  function draw(fresh) {
    body.replaceChildren();
    const snap = snaps[current];
    if (!snap) {
      body.append(el("p", { class: "muted" }, "No maps at this step. Select an event on the timeline."));
      return;
    }
    const before = cells(prev.find((p) => p.kind === snap.kind && p.id === snap.id));
    const now = cells(snap);
    const changed = new Set([...now.keys()].filter((k) => before.size > 0 && (before.has(k) ? before.get(k) !== now.get(k) : isNew(k, before, now))));
    // What the event names, where the picture before says nothing (no picture, or a page it did not carry).
    if (focus && focus.obj === (snap.name || `map#${snap.id}`)) for (const k of focusCells(snap, focus)) if (!before.has(k)) changed.add(k);
    if (snap.swiss) {
      body.append(...swiss.render(snap.swiss, changed, snap.name || "the map", fresh));
    } else if (snap.hmap) {
      const h = snap.hmap;
      const cols = [
        ["count", h.count],
        ["B", h.B, `${1 << h.B} buckets`],
        ["noverflow", h.noverflow],
        ["nevacuate", h.nevacuate],
        ["hash0", h.hash0, "the map's hash seed (maprace's own seeded hash; Go's is AES-based)"],
      ];
      const names = el("tr", {}, ...cols.map(([name, , note]) => el("th", { scope: "col", title: note || "" }, name)), el("th", { scope: "col" }, "flags"));
      const values = el("tr", {}, ...cols.map(([name, value]) => el("td", { class: "field" + (changed.has(name) ? " changed" : "") }, String(value))));
      const flags = el("td", { class: "field flags" + (changed.has("flags") ? " changed" : "") });
      for (const f of FLAGS) {
        flags.append(el("span", { class: "flag" + (h.flags.includes(f) ? " on" : "") + (f === "hashWriting" ? " writing" : ""), title: h.flags.includes(f) ? `${f} is set` : `${f} is clear` }, f));
      }
      values.append(flags);
      body.append(el("table", { class: "hmap" }, el("caption", { class: "sr-only" }, `the hmap header of ${snap.name || "the map"}`), el("thead", {}, names), el("tbody", {}, values)));
      if (h.iterators.length) {
        body.append(el("p", { class: "iters" }, h.iterators.map((it) => `range in g${it.goroutine}: started at bucket ${it.start_bucket} offset ${it.offset}, next bucket ${it.bucket}${it.wrapped ? " (wrapped)" : ""}`).join(" · ")));
      }
      body.append(bucketTable(h.oldbuckets ? "buckets (growing: the new array)" : "buckets", "b", h.buckets, changed, h, false, h.bucketsFrom, h.bucketCount));
      if (h.oldbuckets) body.append(bucketTable("oldbuckets (being evacuated)", "o", h.oldbuckets, changed, h, true, h.oldbucketsFrom, h.oldbucketCount));
    } else if (snap.sync) {
      const s = snap.sync;
      body.append(
        el("table", { class: "hmap" },
          el("caption", { class: "sr-only" }, `the sync.Map ${snap.name || ""}`),
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "amended"), el("th", { scope: "col" }, "misses"))),
          el("tbody", {}, el("tr", {},
            el("td", { class: "field" + (changed.has("amended") ? " changed" : "") }, String(s.amended)),
            el("td", { class: "field" + (changed.has("misses") ? " changed" : "") }, String(s.misses))))),
      );
      const per = PAGE_GROUPS * BUCKET_CNT;
      const table = (title, rows, prefix, part, from, count) => {
        const tb = el("tbody");
        for (const [k, v] of rows) tb.append(el("tr", { class: changed.has(prefix + k) ? "changed" : "" }, el("th", { scope: "row" }, k), el("td", {}, v)));
        if (!rows.length) tb.append(el("tr", {}, el("td", { colspan: "2", class: "muted" }, "empty")));
        const t = el("table", { class: "kvtable" }, el("caption", {}, title), el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "key"), el("th", { scope: "col" }, "value"))), tb);
        const p = partPager(part, `${title.split(" ")[0]}: entries ${from}–${from + rows.length - 1} of ${count}`, `entries of ${title.split(" ")[0]}`, from, count, per);
        return p ? el("div", { class: "bucket-wrap" }, t, p) : t;
      };
      body.append(table("read (lock-free)", s.read, "r/", 0, s.readFrom, s.readCount), s.dirty ? table("dirty (under mu)", s.dirty, "d/", 1, s.dirtyFrom, s.dirtyCount) : el("p", { class: "muted" }, "dirty: nil"));
    }
  }

  return {
    /** How long each render took, in ms (the bench's frame time). */
    renderTimes: () => renderTimes.slice(),
    /** What to ask the core for (`View` in contract.d.ts): the map shown, the pages turned, the tables opened. */
    get view() {
      return { map: current, pages: asked.pages, open: asked.open };
    },
    /** The view for a newly selected event: the pages go back to the event's focus, opened tables stay open. */
    get freshView() {
      partPages.clear();
      asked = { pages: [], open: asked.open };
      return { map: current, pages: [], open: asked.open };
    },
    /** Which map is shown (kept in share links). */
    get selectedIndex() {
      return current;
    },
    set selectedIndex(i) {
      current = Number.isSafeInteger(i) && i >= 0 ? i : 0;
    },
    /** Shows snapshots after a step's event ({step, focus}) or at the end of the run (null),
     *  diffed against `previous` (the picture before the event) when given. */
    show(snapshots, previous, at, fresh = true) {
      const step = at ? at.step : null;
      focus = at ? at.focus : null;
      snaps = snapshots || [];
      prev = previous || [];
      picker.replaceChildren(...snaps.map((s, i) => el("option", { value: String(i) }, `${s.name || s.kind + " #" + s.id} (${s.type})`)));
      if (current >= snaps.length) current = 0;
      picker.value = String(current);
      picker.hidden = snaps.length < 2;
      caption.textContent = step != null ? `after step ${step}` : "at the end of the run";
      render(fresh);
    },
  };
}
