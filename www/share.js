// Share links: the page state (code, options, schedule, selected step, shown map)
// in the URL fragment, compressed with CompressionStream("deflate-raw") and
// base64url-encoded behind a format version: `#v1.<data>`. No server is
// involved, so links work offline. A fragment is untrusted input: it is size-
// limited, decoded defensively, and validated field by field; a bad one
// yields an error message, never a broken page.

import { LINK_FORMAT, LINK_VERSION, LIMITS, RUN_STRATEGIES, GRANULARITIES, SCHEDULE_MAX_LEN, SOURCE_MAX_BYTES, MAP_MODELS } from "./contract.js";

export const FORMAT = LINK_FORMAT;
// The limits follow from the largest program the core runs (SOURCE_MAX_BYTES),
// so every program the page runs makes a link that opens: its JSON is at most
// twice its bytes (an escaped `"`, `\`, tab or newline), plus a schedule; its
// fragment, deflated (incompressible text grows by a few bytes per 64 KB) and
// base64 (4/3), stays under 1.5 MB — below Chromium's 2 MB limit on a URL.
export const MAX_DECODED = 2 * SOURCE_MAX_BYTES + SCHEDULE_MAX_LEN + 64 * 1024; // bytes of JSON after decompression
export const MAX_ENCODED = 1536 * 1024; // characters of fragment
// A link holds what a single run takes: the core's run strategies (contract.js).
const STRATEGIES = new Set(RUN_STRATEGIES);

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("the link is damaged (characters that base64url never uses)");
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  let bin;
  try {
    bin = atob(b64);
  } catch {
    throw new Error("the link is damaged (bad base64)");
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes, stream, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (limit && total > limit) {
      reader.cancel().catch(() => {});
      throw new Error(`the link's content is larger than ${Math.round(limit / 1024)} KB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Encodes the page state as a fragment (without the `#`). */
export async function encodeState(state) {
  const json = JSON.stringify({ ...state, v: LINK_VERSION });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return `${FORMAT}.${toBase64url(packed)}`;
}

/** Checks every field; returns a clean state object or throws with the reason. */
export function validateState(o) {
  if (!o || typeof o !== "object" || Array.isArray(o)) throw new Error("the link holds no playground state");
  const out = {};
  if (typeof o.code !== "string") throw new Error("the link holds no code");
  if (new TextEncoder().encode(o.code).length > SOURCE_MAX_BYTES) throw new Error(`the code in the link is larger than the ${SOURCE_MAX_BYTES / 1024} KB maprace runs`);
  out.code = o.code;
  const int = (k, lo, hi) => {
    if (o[k] === undefined) return;
    if (!Number.isSafeInteger(o[k]) || o[k] < lo || o[k] > hi) throw new Error(`the link's ${k} is not a valid number`);
    out[k] = o[k];
  };
  // The core's own limits (contract.js): what opens here also runs there.
  for (const k of ["seed", "maxSteps", "depth", "gomaxprocs", "maxMemory"]) int(k, LIMITS[k].min, LIMITS[k].max);
  int("step", 0, Number.MAX_SAFE_INTEGER);
  int("shownMap", 0, 10_000);
  // `map`: the map model ("swiss", "classic"; absent in older links: the
  // default). Links made before the model existed used `map` for the index
  // of the map shown, a number.
  if (typeof o.map === "number") {
    if (!Number.isSafeInteger(o.map) || o.map < 0 || o.map > 10_000) throw new Error("the link's map is not a valid number");
    out.shownMap ??= o.map;
  } else if (o.map !== undefined) {
    if (!MAP_MODELS.some((m) => m.name === o.map)) throw new Error("the link's map model is unknown");
    out.map = o.map;
  }
  if (o.strategy !== undefined) {
    if (!STRATEGIES.has(o.strategy)) throw new Error("the link's strategy is unknown");
    out.strategy = o.strategy;
  }
  if (o.granularity !== undefined) {
    if (!GRANULARITIES.includes(o.granularity)) throw new Error("the link's granularity is unknown");
    out.granularity = o.granularity;
  }
  if (o.race !== undefined) {
    if (typeof o.race !== "boolean") throw new Error("the link's race setting is invalid");
    out.race = o.race;
  }
  if (o.schedule !== undefined && o.schedule !== "") {
    if (typeof o.schedule !== "string" || o.schedule.length > SCHEDULE_MAX_LEN || !/^v[12]:[0-9a-f]{1,16}:\S*$/.test(o.schedule)) throw new Error("the link's schedule is invalid");
    out.schedule = o.schedule;
  }
  return out;
}

/** Decodes a fragment (with or without `#`): {state} or {error}. Never throws. */
export async function decodeState(fragment) {
  try {
    const f = fragment.replace(/^#/, "");
    if (f.length > MAX_ENCODED) throw new Error(`the link is longer than ${MAX_ENCODED / 1024} KB`);
    const dot = f.indexOf(".");
    const version = dot < 0 ? "" : f.slice(0, dot);
    if (version !== FORMAT) {
      if (/^v\d+$/.test(version)) throw new Error(`the link was made by a newer maprace (format ${version}); this one reads ${FORMAT}`);
      throw new Error("this is not a maprace link");
    }
    const packed = fromBase64url(f.slice(dot + 1));
    let bytes;
    try {
      bytes = await pipe(packed, new DecompressionStream("deflate-raw"), MAX_DECODED);
    } catch (e) {
      if (e.message.includes("larger than")) throw e;
      throw new Error("the link is damaged (it does not decompress)");
    }
    let obj;
    try {
      obj = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw new Error("the link is damaged (its content is not valid)");
    }
    return { state: validateState(obj) };
  } catch (e) {
    return { error: e.message };
  }
}

// ---------- the <maprace-playground> snippet (embed.js) ----------

/** Heights the iframe may take, in CSS pixels (an attribute outside is clamped, with a warning). */
export const EMBED_HEIGHT = { min: 120, max: 4000, default: 520 };

/** The `<maprace-playground>` snippet for `code` (embed.js: code holding `</script` or `<!--` goes in the `code` attribute, HTML-escaped, so the host page parses it as the same program). */
export function embedSnippet(embedJs, code, attrs) {
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const list = Object.entries(attrs).map(([k, v]) => ` ${k}="${esc(String(v))}"`).join("");
  const head = `<script type="module" src="${esc(embedJs)}"></script>\n`;
  if (/<\/script|<!--/i.test(code)) return `${head}<maprace-playground${list} code="${esc(code)}"></maprace-playground>`;
  return `${head}<maprace-playground${list}>\n<script type="text/go">\n${code}</script>\n</maprace-playground>`;
}
