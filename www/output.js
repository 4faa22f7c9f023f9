// The output view: the outcome in Go's words (announced to screen readers),
// stdout, and stderr as Go prints it, with `main.go:N` turned into links
// that jump to the line in the editor.

export function createOutput(root, { onLine }) {
  const outcome = root.querySelector("#outcome");
  const meta = root.querySelector("#run-meta");
  const stdout = root.querySelector("#stdout");
  const stderr = root.querySelector("#stderr");

  function linkify(el, text) {
    el.replaceChildren();
    const re = /main\.go:(\d+)(?::(\d+))?/g;
    let last = 0;
    for (const m of text.matchAll(re)) {
      el.append(document.createTextNode(text.slice(last, m.index)));
      const a = document.createElement("a");
      a.href = "#";
      a.className = "line-link";
      a.textContent = m[0];
      a.dataset.line = m[1];
      a.addEventListener("click", (e) => {
        e.preventDefault();
        onLine(Number(m[1]));
      });
      el.append(a);
      last = m.index + m[0].length;
    }
    el.append(document.createTextNode(text.slice(last)));
  }

  return {
    show(result) {
      if (result.diagnostics) {
        outcome.textContent = "compile error";
        outcome.dataset.kind = "error";
        meta.textContent = "";
        stdout.textContent = "";
        linkify(stderr, "# command-line-arguments\n" + result.diagnostics.map((d) => `main.go:${d.line}:${d.col}: ${d.message}`).join("\n"));
        return;
      }
      if (result.stopped) {
        outcome.textContent = "stopped";
        outcome.dataset.kind = "neutral";
        meta.textContent = "";
        return;
      }
      if (result.error) {
        outcome.textContent = result.error;
        outcome.dataset.kind = "error";
        return;
      }
      const races = result.races.length;
      outcome.textContent = result.outcome + (races ? ` · ${races} data race${races > 1 ? "s" : ""}` : "");
      outcome.dataset.kind = result.outcome === "ok" ? (races ? "race" : "ok") : "error";
      meta.textContent = `${result.steps.toLocaleString()} steps · ${result.goroutines.length} goroutine${result.goroutines.length > 1 ? "s" : ""} · exit status ${result.exit_code}` + (result.__ms != null ? ` · ${Math.round(result.__ms)} ms` : "") + (result.schedule_note ? ` · ${result.schedule_note}` : "");
      stdout.textContent = result.stdout;
      linkify(stderr, result.stderr);
    },
    /** The core is loaded and nothing has run yet. */
    ready() {
      outcome.textContent = "ready — press ▶ Run (Ctrl+Enter)";
      outcome.dataset.kind = "neutral";
      meta.textContent = "";
    },
    running() {
      outcome.textContent = "running…";
      outcome.dataset.kind = "neutral";
      meta.textContent = "";
    },
  };
}
