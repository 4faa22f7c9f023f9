// Export of a run: the whole result as JSON, the timeline as Chrome
// trace-event JSON (opens in Perfetto or chrome://tracing: one thread per
// goroutine, one microsecond per step), the race reports as text, and the
// timeline as a PNG image.

/** Chrome trace-event format (the JSON object form). */
export function toTraceEvents(run) {
  const events = [{ name: "process_name", ph: "M", pid: 1, tid: 0, args: { name: "maprace run" } }];
  for (const g of run.goroutines) {
    events.push({ name: "thread_name", ph: "M", pid: 1, tid: g.id, args: { name: `goroutine ${g.id} ${g.func}` } });
  }
  for (const e of run.events) {
    events.push({
      name: e.kind + (e.obj ? ` ${e.obj}` : ""),
      cat: e.kind,
      ph: "X",
      ts: e.step,
      dur: 1,
      pid: 1,
      tid: e.g,
      args: { line: e.line, detail: e.detail || "" },
    });
  }
  for (const r of run.races) {
    events.push({ name: `DATA RACE on ${r.object}`, cat: "race", ph: "i", s: "g", ts: r.current.step, pid: 1, tid: r.current.goroutine, args: { report: r.report } });
  }
  return { traceEvents: events, displayTimeUnit: "ns", otherData: { outcome: run.outcome, schedule: run.schedule } };
}

export function raceText(run) {
  return run.races.map((r) => r.report).join("") + (run.races.length ? `Found ${run.races.length} data race(s)\n` : "No data races.\n");
}

/** Saves text or a blob as a file, without any network request. */
export function download(name, data, type = "application/json") {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function canvasPng(canvas) {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
