// <maprace-playground>: one <script type="module" src=".../embed.js"> and
//
//   <maprace-playground seed="3" height="480" autorun>
//     <script type="text/go">package main … </script>
//   </maprace-playground>
//
// Attributes: seed, strategy, schedule, map ("swiss": Go 1.24+, the default;
// "classic": Go ≤ 1.23's bucket map), height, readonly, autorun, theme
// ("light" | "dark"), code. The element shows the playground in embed mode in an
// iframe, so it works on a page of any origin and inside sandboxed frames;
// the code travels in the iframe's URL fragment, never through innerHTML.
//
// Code that holds `</script` or `<!--` cannot sit inside <script
// type="text/go"> unchanged (the host page's HTML parser would end the
// script there, or swallow the rest of the page), and rewriting it as
// `<\/script` would change the Go program. Such code goes in the `code`
// attribute, HTML-escaped (share.js's `embedSnippet` writes it so); the
// attribute's text is the program byte for byte.

import { encodeState, EMBED_HEIGHT as HEIGHT } from "./share.js";
import { LIMITS, RUN_STRATEGIES, MAP_MODELS } from "./contract.js";

/** The iframe's height from the `height` attribute: a number of pixels, within HEIGHT. */
function frameHeight(attr) {
  if (attr == null) return HEIGHT.default;
  const h = parseFloat(attr);
  if (!Number.isFinite(h)) {
    console.warn(`maprace-playground: height must be a number of pixels (${HEIGHT.min} to ${HEIGHT.max})`);
    return HEIGHT.default;
  }
  const clamped = Math.min(HEIGHT.max, Math.max(HEIGHT.min, Math.round(h)));
  if (clamped !== h) console.warn(`maprace-playground: height ${attr} is outside ${HEIGHT.min} to ${HEIGHT.max} pixels; using ${clamped}`);
  return clamped;
}

function dedent(text) {
  const lines = text.replace(/^\n+|\s+$/g, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n") + "\n";
}

class MapracePlayground extends HTMLElement {
  async connectedCallback() {
    if (this.frame) return;
    const src = this.querySelector('script[type="text/go"]');
    // Inline code is dedented (it is indented with the host page); the code attribute is taken as it is.
    const code = src ? dedent(src.textContent) : this.getAttribute("code") || "package main\n\nfunc main() {\n}\n";
    const state = { code };
    // Attributes within the core's limits (contract.js) are passed on; others are ignored with a warning.
    const seed = Number(this.getAttribute("seed"));
    if (this.hasAttribute("seed")) {
      if (Number.isSafeInteger(seed) && seed >= LIMITS.seed.min && seed <= LIMITS.seed.max) state.seed = seed;
      else console.warn(`maprace-playground: seed must be a whole number from ${LIMITS.seed.min} to ${LIMITS.seed.max}`);
    }
    const strategy = this.getAttribute("strategy");
    if (strategy) {
      if (RUN_STRATEGIES.includes(strategy)) state.strategy = strategy;
      else console.warn(`maprace-playground: unknown strategy "${strategy}" (${RUN_STRATEGIES.join(", ")})`);
    }
    const map = this.getAttribute("map");
    if (map) {
      if (MAP_MODELS.some((m) => m.name === map)) state.map = map;
      else console.warn(`maprace-playground: unknown map "${map}" (${MAP_MODELS.map((m) => m.name).join(", ")})`);
    }
    const schedule = this.getAttribute("schedule");
    if (schedule) state.schedule = schedule;
    const params = new URLSearchParams({ embed: "1" });
    for (const flag of ["readonly", "autorun"]) if (this.hasAttribute(flag)) params.set(flag, "1");
    const theme = this.getAttribute("theme");
    if (theme === "light" || theme === "dark") params.set("theme", theme);
    const base = new URL(/* @vite-ignore */ "./", import.meta.url);
    const frame = document.createElement("iframe");
    frame.title = "maprace playground";
    frame.style.cssText = `width:100%;border:1px solid #d0d4da;border-radius:8px;height:${frameHeight(this.getAttribute("height"))}px`;
    frame.src = `${base.href}index.html?${params}#${await encodeState(state)}`;
    this.frame = frame;
    this.replaceChildren(frame);
  }
}

if (!customElements.get("maprace-playground")) customElements.define("maprace-playground", MapracePlayground);
