// Talks to the worker: one request at a time per kind, promises for results,
// and `stop()` that terminates the worker (a `for {}` program stops at once)
// and starts a fresh one.

export class Runner {
  constructor() {
    this.nextId = 1;
    this.pending = new Map();
    this.start();
  }

  start() {
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    this.loaded = new Promise((resolve) => {
      this.worker.addEventListener("message", (e) => {
        if (e.data.loaded) resolve();
      });
    });
    this.worker.onmessage = (e) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      const r = e.data.result;
      if (r && typeof r === "object" && !Array.isArray(r)) r.__ms = e.data.ms;
      p.resolve(r);
    };
    this.worker.onerror = (e) => {
      for (const p of this.pending.values()) p.resolve({ error: `worker error: ${e.message}` });
      this.pending.clear();
    };
  }

  call(cmd, src, opts = {}, step = 0) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ id, cmd, src, opts, step });
    });
  }

  get busy() {
    return this.pending.size > 0;
  }

  /** Ends whatever is running; pending calls resolve as stopped. */
  stop() {
    this.worker.terminate();
    for (const p of this.pending.values()) p.resolve({ stopped: true });
    this.pending.clear();
    this.start();
  }
}
