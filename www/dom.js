// A tiny DOM builder shared by the views: el("td", {class, text, …}, ...children).

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

/** A pager under a paged table: `text` (what is shown), ◀ ▶ buttons labelled
 *  "previous/next `what`", calling `turn(page)`; the core sends the page asked for. */
export function pager(text, what, page, pages, turn) {
  const prev = el("button", { type: "button", "aria-label": `previous ${what}` }, "◀");
  const next = el("button", { type: "button", "aria-label": `next ${what}` }, "▶");
  prev.disabled = page <= 0;
  next.disabled = page >= pages - 1;
  prev.addEventListener("click", () => turn(page - 1));
  next.addEventListener("click", () => turn(page + 1));
  return el("div", { class: "pager" }, el("span", { class: "muted" }, text), prev, next);
}
