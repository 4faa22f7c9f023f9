// Talks to the worker: one request at a time per kind, promises for results,
// and `stop()` that terminates the worker (a `for {}` program stops at once)
// and starts a fresh one. A worker that fails (the core trapped, or the
// worker itself died) is replaced at once, and the answer says so: a wasm
// instance that trapped may be left broken, so it is never asked again.

const REPLACED = "the worker was replaced by a fresh one; the next run starts clean";

export class Runner {
  constructor() {
    this.nextId = 1;
    this.pending = new Map();
    this.start();
  }

  start() {
    try {
      this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    } catch {
      // A sandboxed frame with an opaque origin may not start a worker: run on the page instead.
      return this.startInline();
    }
    this.loaded = new Promise((resolve) => {
      this.markLoaded = resolve;
      this.worker.addEventListener("message", (e) => {
        if (e.data.loaded) {
          this.caps = e.data.caps || {};
          resolve();
        }
      });
    });
    this.worker.onmessage = (e) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      const r = e.data.result;
      if (r && typeof r === "object" && !Array.isArray(r)) r.__ms = e.data.ms;
      if (e.data.crashed) {
        r.error = `${r.error} — ${REPLACED}`;
        this.replace("the core crashed in another request");
      }
      p.resolve(r);
    };
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.replace(`worker error: ${e.message || "the worker failed"}`);
    };
  }

  /** Ends a failed worker and starts a fresh one; what was pending settles with `why`. */
  replace(why) {
    this.worker.terminate();
    this.markLoaded?.();
    this.replaced = (this.replaced || 0) + 1;
    for (const p of this.pending.values()) p.resolve({ error: `${why} — ${REPLACED}` });
    this.pending.clear();
    this.start();
  }

  /** Without a worker: the core runs on the page (Stop cannot interrupt a run then). */
  startInline() {
    this.inline = import("./pkg/maprace.js").then(async (core) => {
      await core.default();
      return core;
    });
    this.loaded = this.inline.then((core) => {
      this.caps = { format: typeof core.format === "function" };
    });
  }

  /** `cmd`: check | run | explore | inspect (at `step`, paged as `view` asks) | merge (then `opts` is the parts) | format; shapes in contract.d.ts. */
  call(cmd, src, opts = {}, step = 0, view = undefined) {
    if (this.inline) {
      return this.inline.then((core) => {
        const t0 = performance.now();
        let r;
        try {
          r = cmd === "inspect" ? core.inspect(src, opts, step, view) : cmd === "check" ? core.check(src) : cmd === "merge" ? core.merge(opts) : cmd === "format" ? core.format(src) : core[cmd](src, opts);
        } catch (e) {
          r = { error: `maprace crashed: ${e && e.message ? e.message : e}` };
        }
        if (r && typeof r === "object" && !Array.isArray(r)) r.__ms = performance.now() - t0;
        return r;
      });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ id, cmd, src, opts, step, view });
    });
  }

  get busy() {
    return this.pending.size > 0;
  }

  /** Ends whatever is running; pending calls resolve as stopped. */
  stop() {
    if (this.inline) return;
    this.close();
    this.start();
  }

  /** Ends the worker for good: pending calls, and a wait for it to load,
   * settle at once (as stopped), so nobody awaits a worker that is gone. */
  close() {
    if (this.inline) return;
    this.worker.terminate();
    this.markLoaded?.();
    for (const p of this.pending.values()) p.resolve({ stopped: true });
    this.pending.clear();
  }
}
