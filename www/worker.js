// The Web Worker that runs the core: the page never blocks on a run, and
// Stop terminates this worker. Messages: {id, cmd: "check"|"run"|"explore"|"inspect"|"merge", src, opts, step}
// (merge: `opts` is the array of exploration parts). Types: contract.d.ts.

import init, * as core from "./pkg/maprace.js";

const ready = init();

self.onmessage = async (e) => {
  const { id, cmd, src, opts, step } = e.data;
  await ready;
  let result;
  const t0 = performance.now();
  try {
    switch (cmd) {
      case "check":
        result = core.check(src);
        break;
      case "run":
        result = core.run(src, opts);
        break;
      case "explore":
        result = core.explore(src, opts);
        break;
      case "inspect":
        result = core.inspect(src, opts, step);
        break;
      case "merge":
        result = core.merge(opts);
        break;
      default:
        result = { error: `unknown command ${cmd}` };
    }
  } catch (err) {
    result = { error: `maprace crashed: ${err && err.message ? err.message : err}` };
  }
  self.postMessage({ id, result, ms: performance.now() - t0 });
};

self.postMessage({ ready: true });
ready.then(() => self.postMessage({ loaded: true }));
