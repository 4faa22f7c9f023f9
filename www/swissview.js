// The map-internals view of a swiss map — Go 1.24+'s map (internal/runtime/maps),
// the only map Go 1.27 has — drawn from the core's SwissSnapshot:
//
// * the Map header: used (len), dirLen, globalDepth, seed, clearSeq, and the
//   `writing` flag, lit while a write is under way;
// * the directory, a row per run of entries that point at one table (a table
//   of localDepth d fills 2^(globalDepth − d) entries), with each table's
//   capacity, used, growthLeft and tombstones;
// * every table's groups, a row per group and a cell per slot: its control
//   byte (empty 0x80, deleted 0xFE — a tombstone —, or the key's H2, the low
//   7 bits of its hash, in hex) and its key: value;
// * what is under way: a write's probe (the groups its key's probeSeq
//   visits, numbered in order, and the slot where it ends: the key's, or the
//   empty slot that stops it) — and after a read, the lookup's probe, which
//   the core remembers until the next write on the map —, a rehash (growth into a table of double
//   capacity, or a split into two) with the groups already copied and the
//   table being built, and the slot each iterator looks at next;
// * a small map (≤ 8 entries) as the one group it is, with no table.
//
// The core sends a map paged (crate/src/gomap/snapshot.rs): each table's
// row, and of a few tables one page of PAGE_GROUPS groups — those the event
// is about (its probe, rehash or iterator), at the page holding it, and those
// the user opened; the others are folded. Opening a table or turning a page
// asks the core for that page (`onView`, through the inspector and the
// worker), so a map of millions of slots never crosses whole and draws as
// fast as a small one. The highlighting of what changed is mapview.js's (it
// diffs the cells listed here).

import { CTRL_EMPTY, CTRL_DELETED, GROUP_SLOTS, PAGE_GROUPS } from "./contract.js";
import { el, pager } from "./dom.js";

export const GROUPS_PER_PAGE = PAGE_GROUPS;
const SMALL = "small"; // the table id of a small map's group in cell ids

const slotId = (table, group, slot) => `s/${table}/${group}/${slot}`;
const hex = (n, w = 2) => n.toString(16).padStart(w, "0");

/** What a control byte says, for the cell and its title. */
export function ctrlWords(c) {
  if (c === CTRL_EMPTY) return { cls: "empty", text: `${hex(c)} empty`, title: `control byte 0x${hex(c)}: empty` };
  if (c === CTRL_DELETED) return { cls: "deleted", text: `${hex(c)} deleted`, title: `control byte 0x${hex(c)}: deleted (a tombstone: probes go on past it)` };
  return { cls: "full", text: hex(c), title: `control byte 0x${hex(c)}: full, H2 = 0x${hex(c)} (the low 7 bits of the key's hash)` };
}

/** The cells of a swiss snapshot (id → text), added to `out`, for diffing two pictures. */
export function swissCells(sw, out) {
  for (const f of ["used", "dirLen", "globalDepth", "seed", "clearSeq", "writing"]) out.set(f, String(sw[f]));
  sw.directory.forEach((t, i) => out.set(`dir/${i}`, String(t)));
  const groups = (id, list, from) => list.forEach((g, k) => g.ctrl.forEach((c, i) => out.set(slotId(id, from + k, i), `${c}|${g.keys[i]}|${g.elems[i]}`)));
  for (const t of sw.tables) {
    for (const f of ["capacity", "used", "growthLeft", "tombstones", "localDepth", "state"]) out.set(`t/${t.id}/${f}`, String(t[f]));
    groups(t.id, t.groups, t.groupsFrom);
  }
  if (sw.small) groups(SMALL, [sw.small], 0);
  return out;
}

/** The cells an event names (its key, or the header of a growth), when no earlier picture is at hand. */
export function swissFocus(sw, f) {
  const out = [];
  if (f.header) out.push("used", "dirLen", "globalDepth", "writing");
  if (f.key != null) {
    out.push("used", "writing");
    const scan = (id, list, from) => list.forEach((g, k) => g.keys.forEach((key, i) => key === f.key && out.push(slotId(id, from + k, i))));
    for (const t of sw.tables) scan(t.id, t.groups, t.groupsFrom);
    if (sw.small) scan(SMALL, [sw.small], 0);
  }
  if (f.table != null && f.group != null) for (let i = 0; i < GROUP_SLOTS; i++) out.push(slotId(f.table, f.group, i));
  return out;
}

/** Consecutive directory entries that point at one table: [{from, to, table}]. */
function directoryRuns(dir) {
  const runs = [];
  dir.forEach((t, i) => {
    const last = runs[runs.length - 1];
    if (last && last.table === t) last.to = i;
    else runs.push({ from: i, to: i, table: t });
  });
  return runs;
}

/** `onView({pages, open})`: the user turned a table's page or opened a folded table; the map view asks the core. */
export function createSwissView({ onView } = {}) {
  const pages = new Map(); // table id → the page the user turned to, until the next event
  const open = new Set(); // ids of folded tables the user opened (kept open while stepping)
  const ask = () => onView?.({ pages: [...pages], open: [...open] });

  function header(sw, changed, name) {
    const cols = [
      ["used", sw.used, "entries in the map: len(m)"],
      ["dirLen", sw.dirLen, "directory entries (0: a small map, no table)"],
      ["globalDepth", sw.globalDepth, "how many top bits of the hash index the directory"],
      ["seed", sw.seed, "the map's hash seed (maprace's own seeded hash; Go's is AES-based)"],
      ["clearSeq", sw.clearSeq, "how many times clear(m) ran"],
    ];
    const names = el("tr", {}, ...cols.map(([n, , note]) => el("th", { scope: "col", title: note }, n)), el("th", { scope: "col" }, "flags"));
    const values = el("tr", {}, ...cols.map(([n, v]) => el("td", { class: "field" + (changed.has(n) ? " changed" : "") }, String(v))));
    const flags = el("td", { class: "field flags" + (changed.has("writing") ? " changed" : "") });
    flags.append(el("span", { class: "flag writing" + (sw.writing ? " on" : ""), title: sw.writing ? "writing is set: a write is under way" : "writing is clear" }, "writing"));
    values.append(flags);
    return el("table", { class: "hmap swiss-head" }, el("caption", { class: "sr-only" }, `the swiss map header of ${name}`), el("thead", {}, names), el("tbody", {}, values));
  }

  /** Where a probe ends, in words: the key's slot, or the empty slot that stops it. */
  function probeEnd(p) {
    if (p.slot == null) return p.table == null ? ", key absent (no slot of the group holds it)" : ", key absent";
    return p.found ? `, the key in slot ${p.slot}` : `, key absent: empty slot ${p.slot} stops it`;
  }

  /** Writes (probes, rehashes) and iterators under way, the last lookup, in words. */
  function activity(sw, tableOf) {
    const items = [];
    for (const p of sw.probes) {
      const op = p.op === "delete" ? `delete(m, ${p.key})` : p.op === "lookup" ? `read m[${p.key}]` : `m[${p.key}] = …`;
      const where = p.table == null ? "the small map's one group (no probe)" : `probes table ${p.table}, group${p.groups.length > 1 ? "s" : ""} ${p.groups.join(" → ")}`;
      items.push(el("li", { class: "probe-line" }, `g${p.goroutine} ${op}: ${where}${probeEnd(p)}`));
    }
    for (const r of sw.rehashes) {
      const old = tableOf(r.old);
      const n = old ? old.groupCount : "?";
      const what = r.split ? `splits table ${r.old} into tables ${r.new.join(" and ")}` : `grows table ${r.old} into table ${r.new[0]}`;
      items.push(el("li", { class: "rehash-line" }, `g${r.goroutine} ${what}: ${r.nextGroup} of ${n} groups copied`));
    }
    for (const it of sw.iterators) {
      const where = it.small ? "the small group" : it.tab != null ? `table ${it.tab}` : "between tables";
      const next = it.next ? `, next group ${it.next[0]} slot ${it.next[1]}` : "";
      items.push(el("li", { class: "iter-line", title: `entryOffset ${it.entryOffset}, dirOffset ${it.dirOffset} (random, drawn when the range began)` }, `range in g${it.goroutine}: ${where}${next}${it.cleared ? " (cleared since it began)" : ""}`));
    }
    return items.length ? el("ul", { class: "swiss-activity" }, ...items) : null;
  }

  function directoryTable(sw, changed) {
    const head = el("tr", {}, ...["entries", "table", "localDepth", "capacity", "used", "growthLeft", "tombstones"].map((h) => el("th", { scope: "col" }, h)));
    const body = el("tbody");
    const row = (entries, t, rowChanged) => {
      const cell = (f) => el("td", { class: changed.has(`t/${t.id}/${f}`) ? "changed" : "" }, String(t[f]));
      const state = t.state === "installed" ? "" : ` (${t.state === "building" ? "being built" : "stale: an iterator still walks it"})`;
      body.append(el("tr", { class: rowChanged ? "changed" : "" }, el("th", { scope: "row" }, entries), el("td", {}, `${t.id}${state}`), cell("localDepth"), cell("capacity"), cell("used"), cell("growthLeft"), cell("tombstones")));
    };
    const byId = new Map(sw.tables.map((t) => [t.id, t]));
    const runs = directoryRuns(sw.directory);
    const LIMIT = 128;
    for (const r of runs.slice(0, LIMIT)) {
      const t = byId.get(r.table);
      const changedRun = [...Array(r.to - r.from + 1).keys()].some((k) => changed.has(`dir/${r.from + k}`));
      if (t) row(r.from === r.to ? String(r.from) : `${r.from}–${r.to}`, t, changedRun);
    }
    for (const t of sw.tables) if (t.state !== "installed") row("—", t, false);
    const table = el("table", { class: "kvtable swiss-dir" }, el("caption", {}, `directory: ${sw.dirLen} entr${sw.dirLen === 1 ? "y" : "ies"} (globalDepth ${sw.globalDepth}), ${sw.tableCount} table${sw.tableCount === 1 ? "" : "s"}`), el("thead", {}, head), body);
    const wrap = el("div", { class: "bucket-wrap" }, table);
    if (runs.length > LIMIT) wrap.append(el("p", { class: "muted" }, `… ${runs.length - LIMIT} more directory runs`));
    else if (sw.dirLen > sw.directory.length) wrap.append(el("p", { class: "muted" }, `… entries ${sw.directory.length}–${sw.dirLen - 1} not shown (the core sends the first ${sw.directory.length})`));
    return wrap;
  }

  /** One table's groups (or the small group): the page the core sent (`groups` from group `from`, of `count`). */
  function groupTable(id, caption, groups, from, count, ctx) {
    const { changed, probe, copied, iters } = ctx;
    // A small map's lookup matches its one group whole: no probe steps, only the end.
    const steps = probe && probe.table != null ? probe.groups : null;
    const endGroup = probe ? probe.groups[probe.groups.length - 1] : -1;
    const pagesN = Math.max(1, Math.ceil(count / GROUPS_PER_PAGE));
    const page = Math.floor(from / GROUPS_PER_PAGE);
    const head = el("tr", {}, el("th", { scope: "col" }, "group"));
    for (let i = 0; i < GROUP_SLOTS; i++) head.append(el("th", { scope: "col" }, `slot ${i}`));
    const body = el("tbody");
    groups.forEach((g, k) => {
      const gi = from + k;
      const order = steps ? steps.indexOf(gi) : -1;
      const th = el("th", { scope: "row" }, String(gi));
      if (order >= 0) th.append(el("span", { class: "probe-mark", title: `probe step ${order + 1} of ${steps.length}` }, ` probe ${order + 1}`));
      if (copied != null && gi < copied) th.append(el("span", { class: "evac-mark" }, " copied"));
      const tr = el("tr", { class: (order >= 0 ? "probe" : "") + (copied != null && gi < copied ? " evacuated" : "") }, th);
      g.ctrl.forEach((c, i) => {
        const w = ctrlWords(c);
        const sid = slotId(id, gi, i);
        const end = gi === endGroup && i === probe.slot;
        const td = el("td", { class: `slot ${w.cls}` + (changed.has(sid) ? " changed" : "") + (end ? " probe-end" : ""), title: w.title }, el("span", { class: "tophash ctrl" }, w.text));
        if (g.keys[i] != null) td.append(el("span", { class: "kv" }, `${g.keys[i]}: ${g.elems[i]}`));
        if (end) td.append(el("span", { class: "probe-end-mark", title: probe.found ? "the probe found the key here (H2 matched, then the key)" : "an empty slot: the key is absent, the probe stops" }, probe.found ? `◀ ${probe.op === "lookup" ? "read" : probe.op} finds ${probe.key}` : `◀ ${probe.key} absent: stop`));
        for (const it of iters) if (it.next && it.next[0] === gi && it.next[1] === i) td.append(el("span", { class: "iter-mark" }, `◀ range g${it.goroutine}`));
        tr.append(td);
      });
      body.append(tr);
    });
    const table = el("table", { class: "buckets groups" }, el("caption", {}, caption), el("thead", {}, head), body);
    const wrap = el("div", { class: "bucket-wrap" });
    wrap.append(table);
    if (pagesN > 1) {
      const name = caption.split(" —")[0];
      wrap.append(pager(`${name}: groups ${from}–${from + groups.length - 1} of ${count}`, `groups of ${name}`, page, pagesN, (p) => {
        pages.set(id, p);
        ask();
      }));
    }
    return wrap;
  }

  return {
    /** The nodes of the view for `sw`; `changed`: cell ids to highlight; `fresh`: a new event (focus follows it). */
    render(sw, changed, name, fresh) {
      if (fresh) pages.clear();
      for (const id of open) if (!sw.tables.some((t) => t.id === id)) open.delete(id);
      const out = [header(sw, changed, name)];
      const byId = new Map(sw.tables.map((t) => [t.id, t]));
      const act = activity(sw, (id) => byId.get(id));
      if (act) out.push(act);
      const probeIn = (table) => sw.probes.find((p) => p.table === table) || null;
      const iters = (pred) => sw.iterators.filter(pred);
      if (sw.small) {
        const ctx = { changed, probe: probeIn(null), copied: null, iters: iters((it) => it.small) };
        out.push(groupTable(SMALL, `small map: one group of ${GROUP_SLOTS} slots, no table (dirLen 0)`, [sw.small], 0, 1, ctx));
      }
      if (sw.tables.length) out.push(directoryTable(sw, changed));
      for (const t of sw.tables) {
        const rehash = sw.rehashes.find((r) => r.old === t.id);
        const building = sw.rehashes.find((r) => r.new.includes(t.id));
        const note = t.state === "building" ? ` — being built by g${building?.goroutine ?? "?"}'s ${building?.split ? "split" : "rehash"}` : t.state === "stale" ? " — replaced; an iterator still walks it" : rehash ? ` — ${rehash.split ? "splitting" : "growing"}: groups below ${rehash.nextGroup} copied` : "";
        const caption = `table ${t.id} — ${t.capacity} slots in ${t.groupCount} groups, used ${t.used}, growthLeft ${t.growthLeft}, localDepth ${t.localDepth}${note}`;
        const ctx = { changed, probe: probeIn(t.id), copied: rehash ? rehash.nextGroup : null, iters: iters((it) => !it.small && it.tab === t.id) };
        // The tables the core sent a page of are drawn; the others are folded, and opening one asks for it.
        if (t.groups.length) {
          const table = groupTable(t.id, caption, t.groups, t.groupsFrom, t.groupCount, ctx);
          if (!open.has(t.id)) {
            out.push(table);
            continue;
          }
          const d = el("details", { class: "table-fold", open: "" }, el("summary", {}, caption), table);
          d.addEventListener("toggle", () => {
            if (!d.open && open.delete(t.id)) ask();
          });
          out.push(d);
          continue;
        }
        const d = el("details", { class: "table-fold" }, el("summary", {}, caption));
        d.addEventListener("toggle", () => {
          if (d.open) {
            open.add(t.id);
            d.append(el("p", { class: "muted" }, "loading…"));
            ask();
          }
        });
        out.push(d);
      }
      if (sw.tableCount > sw.tables.length) out.push(el("p", { class: "muted" }, `${sw.tableCount - sw.tables.length} more tables not listed (past the first ${sw.directory.length} directory entries)`));
      if (!sw.small && !sw.tables.length) out.push(el("p", { class: "muted" }, sw.tableCount ? "loading its tables…" : "empty map: no group yet (the first insert makes one)"));
      out.push(el("p", { class: "muted small legend-ctrl" }, `control byte: ${hex(CTRL_EMPTY)} empty · ${hex(CTRL_DELETED)} deleted (a tombstone) · otherwise H2, the low 7 bits of the key's hash`));
      return out;
    },
  };
}
