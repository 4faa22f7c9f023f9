// The map-internals view: for the selected step, a map's hmap header
// (count, B, flags with hashWriting lit, hash0, noverflow, nevacuate), its
// buckets as a grid of 8 slots (tophash, key, value) with overflow chains,
// oldbuckets with evacuation marks and the nevacuate pointer during growth,
// and iterator positions. sync.Map shows read, dirty, amended and misses.
// The maps are shown as they are AFTER the selected event (a write shows its
// entry stored, hashWriting still set until the write's last micro-step).
// What the event changed is highlighted: cells that differ from the picture
// before it, or — when no earlier picture is at hand — what the event names
// (the written key, the evacuated old bucket, the header on a grow).

import { TOPHASH_MARKERS as MARKERS, MIN_TOP_HASH, HMAP_FLAGS } from "./contract.js";

// The hmap flags, by bit (iterator, oldIterator, hashWriting, sameSizeGrow).
const FLAGS = Object.entries(HMAP_FLAGS)
  .sort((a, b) => a[1] - b[1])
  .map(([name]) => name);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

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
  if (snap.sync) {
    snap.sync.read.forEach(([k, v]) => out.set("r/" + k, v));
    (snap.sync.dirty || []).forEach(([k, v]) => out.set("d/" + k, v));
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
  if (snap.sync && f.key != null) out.push("r/" + f.key, "d/" + f.key);
  return out;
}

export function createMapView(root, { onPick } = {}) {
  const body = root.querySelector(".maps-body");
  const picker = root.querySelector("select");
  const caption = root.querySelector(".maps-caption");
  let snaps = [];
  let prev = [];
  let current = 0;
  let focus = null;

  picker.addEventListener("change", () => {
    current = Number(picker.value);
    render();
    onPick?.(current);
  });

  function bucketRow(prefix, b, changed, h, isOld) {
    const row = el("div", { class: "bucket" + (b.evacuated ? " evacuated" : "") });
    const head = el("div", { class: "bucket-index" }, `${isOld ? "old " : ""}${b.index}`);
    if (isOld && h.nevacuate === b.index) head.append(el("span", { class: "nevac", title: "nevacuate: the next old bucket to evacuate" }, " ◀ nevacuate"));
    if (b.evacuated) head.append(el("span", { class: "evac-mark" }, " evacuated"));
    row.append(head);
    b.chain.forEach((c, ci) => {
      const group = el("div", { class: "slots" + (ci > 0 ? " overflow" : "") });
      if (ci > 0) group.append(el("span", { class: "ovf", title: "overflow bucket" }, "→"));
      c.tophash.forEach((t, i) => {
        const id = slotKey(prefix, b, ci, i);
        const full = t >= MIN_TOP_HASH;
        const slot = el("div", {
          class: "slot" + (full ? " full" : " empty") + (changed.has(id) ? " changed" : ""),
          title: full ? `tophash ${t} (0x${t.toString(16)})` : MARKERS[t] || "",
        });
        slot.append(el("span", { class: "tophash" }, full ? t.toString(16).padStart(2, "0") : (MARKERS[t] || "?").replace("evacuated", "evac")));
        if (c.keys[i] != null) slot.append(el("span", { class: "kv" }, `${c.keys[i]}: ${c.elems[i]}`));
        group.append(slot);
      });
      row.append(group);
    });
    return row;
  }

  function render() {
    body.replaceChildren();
    const snap = snaps[current];
    if (!snap) {
      body.append(el("p", { class: "muted" }, "No maps at this step. Select an event on the timeline."));
      return;
    }
    const before = cells(prev.find((p) => p.kind === snap.kind && p.id === snap.id));
    const now = cells(snap);
    const changed = new Set([...now.keys()].filter((k) => before.size > 0 && before.get(k) !== now.get(k)));
    if (!before.size && focus && focus.obj === (snap.name || `map#${snap.id}`)) for (const k of focusCells(snap, focus)) changed.add(k);
    if (snap.hmap) {
      const h = snap.hmap;
      const header = el("div", { class: "hmap" });
      const field = (name, value, key = name, note) =>
        el("span", { class: "field" + (changed.has(key) ? " changed" : ""), title: note || "" }, el("b", {}, name + " "), String(value));
      header.append(
        field("count", h.count),
        field("B", h.B, "B", `${1 << h.B} buckets`),
        field("noverflow", h.noverflow),
        field("nevacuate", h.nevacuate),
        field("hash0", h.hash0, "hash0", "the map's hash seed (maprace's own seeded hash; Go's is AES-based)"),
      );
      const flags = el("span", { class: "field flags" + (changed.has("flags") ? " changed" : "") }, el("b", {}, "flags "));
      for (const f of FLAGS) {
        flags.append(el("span", { class: "flag" + (h.flags.includes(f) ? " on" : "") + (f === "hashWriting" ? " writing" : "") }, f));
      }
      header.append(flags);
      body.append(header);
      if (h.iterators.length) {
        body.append(el("p", { class: "iters" }, h.iterators.map((it) => `range in g${it.goroutine}: started at bucket ${it.start_bucket} offset ${it.offset}, next bucket ${it.bucket}${it.wrapped ? " (wrapped)" : ""}`).join(" · ")));
      }
      const grid = el("div", { class: "buckets" });
      h.buckets.slice(0, 256).forEach((b) => grid.append(bucketRow("b", b, changed, h, false)));
      if (h.buckets.length > 256) grid.append(el("p", { class: "muted" }, `… ${h.buckets.length - 256} more buckets`));
      body.append(el("h4", {}, h.oldbuckets ? "buckets (growing: new array)" : "buckets"), grid);
      if (h.oldbuckets) {
        const old = el("div", { class: "buckets old" });
        h.oldbuckets.slice(0, 128).forEach((b) => old.append(bucketRow("o", b, changed, h, true)));
        body.append(el("h4", {}, "oldbuckets (being evacuated)"), old);
      }
    } else if (snap.sync) {
      const s = snap.sync;
      body.append(
        el("div", { class: "hmap" },
          el("span", { class: "field" + (changed.has("amended") ? " changed" : "") }, el("b", {}, "amended "), String(s.amended)),
          el("span", { class: "field" + (changed.has("misses") ? " changed" : "") }, el("b", {}, "misses "), String(s.misses))),
      );
      const table = (title, rows, prefix) => {
        const t = el("table", { class: "kvtable" }, el("caption", {}, title));
        for (const [k, v] of rows) t.append(el("tr", { class: changed.has(prefix + k) ? "changed" : "" }, el("td", {}, k), el("td", {}, v)));
        if (!rows.length) t.append(el("tr", {}, el("td", { colspan: "2", class: "muted" }, "empty")));
        return t;
      };
      body.append(table("read (lock-free)", s.read, "r/"), s.dirty ? table("dirty (under mu)", s.dirty, "d/") : el("p", { class: "muted" }, "dirty: nil"));
    }
  }

  return {
    /** Which map is shown (kept in share links). */
    get selectedIndex() {
      return current;
    },
    set selectedIndex(i) {
      current = Number.isSafeInteger(i) && i >= 0 ? i : 0;
    },
    /** Shows snapshots after a step's event ({step, focus}) or at the end of the run (null),
     *  diffed against `previous` (the picture before the event) when given. */
    show(snapshots, previous, at) {
      const step = at ? at.step : null;
      focus = at ? at.focus : null;
      snaps = snapshots || [];
      prev = previous || [];
      picker.replaceChildren(...snaps.map((s, i) => el("option", { value: String(i) }, `${s.name || s.kind + " #" + s.id} (${s.type})`)));
      if (current >= snaps.length) current = 0;
      picker.value = String(current);
      picker.hidden = snaps.length < 2;
      caption.textContent = step != null ? `after step ${step}` : "at the end of the run";
      render();
    },
  };
}
